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
SKOS = "http://www.w3.org/2004/02/skos/core#"
ELI = "http://data.europa.eu/eli/ontology#"
OA = "http://www.w3.org/ns/oa#"
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
QB = "http://purl.org/linked-data/cube#"
OWL = "http://www.w3.org/2002/07/owl#"

#: Prefixes offered to every query (named queries, the CLI, the endpoint).
PREFIXES: dict[str, str] = {
    "ukg": UKG,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "dcterms": DCTERMS,
    "schema": SCHEMA,
    "prov": PROV,
    "skos": SKOS,
    "eli": ELI,
    "org": ORG,
    "foaf": FOAF,
    "qb": QB,
    "oa": OA,
}


def _term(namespace: str, name: str) -> NamedNode:
    return NamedNode(namespace + name)


def concept(scheme: str, key: str) -> NamedNode:
    """A concept of a concept scheme: ``concept("addressee", "secretariat")`` is ``ukg:addressee-secretariat``."""
    return NamedNode(f"{UKG}{scheme}-{key}")


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
    Statement = _term(UKG, "Statement")
    Header = _term(UKG, "Header")
    UnplacedText = _term(UKG, "UnplacedText")
    Loading = _term(UKG, "Loading")
    Chapter = _term(UKG, "Chapter")
    State = _term(UKG, "State")
    Territory = _term(UKG, "Territory")
    Organization = _term(UKG, "Organization")
    Person = _term(UKG, "Person")
    Participation = _term(UKG, "Participation")
    ChairRole = _term(UKG, "ChairRole")
    AgendaItem = _term(UKG, "AgendaItem")
    Panel = _term(UKG, "Panel")
    Panelist = _term(UKG, "Panelist")
    Observation = _term(QB, "Observation")
    DirectoryObservation = _term(UKG, "DirectoryObservation")
    Reaffirmation = _term(UKG, "Reaffirmation")
    Mandate = _term(UKG, "Mandate")
    ArticleLink = _term(UKG, "ArticleLink")
    MeetingReport = _term(UKG, "MeetingReport")
    Concept = _term(SKOS, "Concept")
    Suggestion = _term(UKG, "Suggestion")
    Proposal = _term(UKG, "Proposal")
    Posting = _term(UKG, "Posting")
    Thread = _term(UKG, "Thread")
    Recurrence = _term(UKG, "Recurrence")
    ThemeTag = _term(UKG, "ThemeTag")
    ConceptScheme = _term(SKOS, "ConceptScheme")
    SymbolAttribution = _term(UKG, "SymbolAttribution")


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
    proposed_at = _term(UKG, "proposedAt")
    status = _term(UKG, "status")
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
    about = _term(UKG, "about")
    was_derived_from = _term(PROV, "wasDerivedFrom")
    notation = _term(SKOS, "notation")
    alt_label = _term(SKOS, "altLabel")
    subject_term = _term(UKG, "subjectTerm")
    suggested_for = _term(UKG, "suggestedFor")
    member = _term(UKG, "member")
    thread = _term(UKG, "thread")
    first_seen = _term(UKG, "firstSeen")
    last_seen = _term(UKG, "lastSeen")
    meeting_count = _term(UKG, "meetingCount")
    earlier = _term(UKG, "earlier")
    later = _term(UKG, "later")
    score = _term(UKG, "score")
    shared_term = _term(UKG, "sharedTerm")
    added = _term(UKG, "added")
    removed = _term(UKG, "removed")
    link_kind = _term(UKG, "linkKind")
    description = _term(DCTERMS, "description")
    restated_in = _term(UKG, "restatedIn")
    endorsed_by = _term(UKG, "endorsedBy")
    reaffirmed_by = _term(UKG, "reaffirmedBy")
    reaffirmed_in = _term(UKG, "reaffirmedIn")
    token = _term(UKG, "token")
    token_count = _term(UKG, "tokenCount")
    occurs_in = _term(UKG, "occursIn")
    word_count = _term(UKG, "wordCount")
    item_count = _term(UKG, "itemCount")
    average_word_count = _term(UKG, "averageWordCount")
    pref_label = _term(SKOS, "prefLabel")
    job_number = _term(UKG, "jobNumber")
    meeting_format = _term(UKG, "format")
    header = _term(UKG, "header")
    chapter = _term(UKG, "chapter")
    name = _term(FOAF, "name")
    iso2 = _term(UKG, "iso2")
    iso3 = _term(UKG, "iso3")
    regional_group = _term(UKG, "regionalGroup")
    organization_kind = _term(UKG, "organizationKind")
    participant = _term(UKG, "participant")
    participant_kind = _term(UKG, "participantKind")
    attended = _term(UKG, "attended")
    name_as_written = _term(UKG, "nameAsWritten")
    chair = _term(UKG, "chair")
    person = _term(UKG, "person")
    nationality = _term(UKG, "nationality")
    role = _term(UKG, "role")
    office = _term(UKG, "office")
    agenda_item = _term(UKG, "agendaItem")
    panel = _term(UKG, "panel")
    super_event = _term(SCHEMA, "superEvent")
    topic = _term(UKG, "topic")
    panelist = _term(UKG, "panelist")
    origin = _term(UKG, "from")
    dataset = _term(QB, "dataSet")
    as_of = _term(UKG, "asOf")
    category = _term(UKG, "category")
    count = _term(UKG, "count")
    body = _term(UKG, "body")
    reports_on = _term(UKG, "reportsOn")
    reaffirms = _term(UKG, "reaffirms")
    reaffirmed = _term(UKG, "reaffirmed")
    report = _term(UKG, "report")
    reaffirming = _term(UKG, "reaffirmingMeeting")
    resolution = _term(UKG, "resolution")
    relation = _term(UKG, "relation")
    mandated = _term(UKG, "mandated")
    addressee = _term(UKG, "addressee")
    concerns_article = _term(UKG, "concernsArticle")
    recommendation = _term(UKG, "recommendation")
    article = _term(UKG, "article")
    explicit = _term(UKG, "explicit")
    evidence_term = _term(UKG, "evidenceTerm")
    theme = _term(UKG, "theme")
    item = _term(UKG, "item")
    method = _term(UKG, "method")
    shared_theme = _term(UKG, "sharedTheme")
    broader = _term(SKOS, "broader")
    in_scheme = _term(SKOS, "inScheme")


def prefixed(iri: str) -> str | None:
    """``ukg:Meeting`` for an IRI in one of the project's namespaces (the longest that fits);
    None for any other IRI."""
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda p: -len(p[1])):
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return None
