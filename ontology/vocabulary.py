"""The vocabulary of the graph: namespaces, classes and properties.

Own terms live in the ``ukg:`` namespace; standard vocabularies are used
where they fit (Dublin Core terms for titles, parts and references,
schema.org for event dates).  The Turtle ontology in ``ontology/uncac-kg.ttl``
documents every term.
"""

from __future__ import annotations

from pyoxigraph import NamedNode

UKG = "https://w3id.org/uncac-kg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCTERMS = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"

#: Prefixes offered to every query (named queries, the CLI, the endpoint).
PREFIXES: dict[str, str] = {
    "ukg": UKG,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "dcterms": DCTERMS,
    "schema": SCHEMA,
    "prov": PROV,
}


def _term(namespace: str, name: str) -> NamedNode:
    return NamedNode(namespace + name)


class C:
    """Classes."""

    Series = _term(UKG, "MeetingSeries")
    Meeting = _term(UKG, "Meeting")
    Event = _term(SCHEMA, "Event")
    Document = _term(UKG, "Document")
    Report = _term(UKG, "Report")
    SecretariatNote = _term(UKG, "SecretariatNote")
    UNDocument = _term(UKG, "UNDocument")
    Paragraph = _term(UKG, "Paragraph")
    Heading = _term(UKG, "Heading")
    Footnote = _term(UKG, "Footnote")
    Recommendation = _term(UKG, "Recommendation")
    Convention = _term(UKG, "Convention")
    Body = _term(UKG, "Body")
    Resolution = _term(UKG, "Resolution")
    ResolutionParagraph = _term(UKG, "ResolutionParagraph")
    Article = _term(UKG, "Article")
    ArticleParagraph = _term(UKG, "ArticleParagraph")
    ArticleSubparagraph = _term(UKG, "ArticleSubparagraph")
    Citation = _term(UKG, "Citation")


class P:
    """Properties."""

    type = _term(RDF, "type")
    label = _term(RDFS, "label")
    title = _term(DCTERMS, "title")
    language = _term(DCTERMS, "language")
    is_part_of = _term(DCTERMS, "isPartOf")
    references = _term(DCTERMS, "references")
    issued = _term(DCTERMS, "issued")
    identifier = _term(DCTERMS, "identifier")
    start_date = _term(SCHEMA, "startDate")
    end_date = _term(SCHEMA, "endDate")
    was_generated_by = _term(PROV, "wasGeneratedBy")

    series = _term(UKG, "series")
    ordinal = _term(UKG, "ordinal")
    venue = _term(UKG, "venue")
    meeting = _term(UKG, "meeting")
    source = _term(UKG, "source")
    symbol = _term(UKG, "symbol")
    realizes = _term(UKG, "realizes")
    original_language = _term(UKG, "originalLanguage")
    number = _term(UKG, "number")
    position = _term(UKG, "position")
    level = _term(UKG, "level")
    marker = _term(UKG, "marker")
    text = _term(UKG, "text")
    heading = _term(UKG, "heading")
    item_label = _term(UKG, "label")
    agreed_at = _term(UKG, "agreedAt")
    in_paragraph = _term(UKG, "inParagraph")
    adopted_by = _term(UKG, "adoptedBy")
    convention = _term(UKG, "convention")
    code = _term(UKG, "code")
    cites = _term(UKG, "cites")
    cited_in = _term(UKG, "citedIn")
    start = _term(UKG, "start")
    end = _term(UKG, "end")
    evidence = _term(UKG, "evidence")
    anaphoric = _term(UKG, "anaphoric")
    loader_version = _term(UKG, "loaderVersion")
