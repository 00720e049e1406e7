"""Step 5 of the pipeline — map to RDF: the quads of one document's named graph.

The graph is self-contained: besides the document, its structure and the
statements found in it, it declares (type, number, part-of) every entity it
points to, so that replacing or removing a document's graph never leaves
another document's facts dangling.  Identical declarations in two graphs are one
triple in the default graph (the merge of the graphs, as a set: see ``graph/store.py``).

Every extracted statement is a node typed ``ukg:Statement`` that says what it
is about, the place it was derived from (paragraph, heading, footnote or
header), the character span in that place's text, the text of the span, and
the loading (with the loader's version) that produced it.
"""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Quad

from ...ontology.iris import Iris
from ...ontology.rdf import Triples, boolean, date, integer, zh
from ...ontology.series import SERIES
from ...ontology.vocabulary import C, P, concept
from ...text.numerals import english_ordinal
from ..facts import DocumentFacts, DocumentKind, Place, PlaceKind, Span
from ..segment import Segmented
from . import entities, themes
from .meeting import meeting_facts


def document_iri(facts: DocumentFacts, iris: Iris) -> NamedNode:
    return iris.document(symbol=facts.symbol, source=facts.source, language=facts.language,
                         meeting=(facts.meeting.series, facts.meeting.ordinal), kind=facts.kind.value)


def to_quads(facts: DocumentFacts, doc: Segmented, iris: Iris, *, version: str, header: str) -> list[Quad]:
    """All quads of the document's named graph (named by the document's IRI)."""
    doc_iri = document_iri(facts, iris)
    activity = Iris.part(doc_iri, "loading")
    g = Triples(doc_iri, places=_places(doc_iri, doc), activity=activity)
    g.add(activity, P.type, C.Loading)
    g.add(activity, P.loader_version, Literal(version))
    meeting = _meeting(g, facts, iris)
    _document(g, doc_iri, meeting, facts, iris)
    _structure(g, doc_iri, doc, header)
    _meeting_statement(g, doc_iri, meeting, facts)
    for rec in facts.recommendations:
        _recommendation(g, rec.label, rec.text, rec.span, facts, meeting, doc_iri, iris)
    for rec in facts.proposals:
        _recommendation(g, rec.label, rec.text, rec.span, facts, meeting, doc_iri, iris, proposal=True)
    for suggestion in facts.suggestions:
        _suggestion(g, suggestion.label, suggestion.text, suggestion.span, facts, meeting, doc_iri, iris)
    for res in facts.resolutions:
        target = entities.resolution(g, res.body, res.number, iris, paragraph=res.cited_paragraph)
        _cite(g, target, res.span, iris, anaphoric=res.anaphoric)
    for art in facts.articles:
        target = entities.article(g, art.convention, art.article, iris, paragraph=art.paragraph,
                                  subparagraph=art.subparagraph)
        _cite(g, target, art.span, iris)
    for sym in facts.symbols:
        _cite(g, entities.un_document(g, sym.symbol, iris), sym.span, iris)
    meeting_facts(g, facts, meeting, iris)
    return list(g.quads)


def _places(doc_iri: NamedNode, doc: Segmented) -> dict[object, NamedNode]:
    places: dict[object, NamedNode] = {Place(PlaceKind.HEADER, "0"): Iris.part(doc_iri, "header")}
    for index in range(len(doc.headings)):
        places[Place(PlaceKind.HEADING, str(index))] = Iris.part(doc_iri, "heading", index)
    for paragraph in doc.paragraphs:
        places[Place(PlaceKind.PARAGRAPH, str(paragraph.number))] = Iris.part(doc_iri, "para", paragraph.number)
    for note in doc.footnotes:
        places[Place(PlaceKind.FOOTNOTE, note.marker)] = Iris.part(doc_iri, "footnote", note.marker)
    return places


def _meeting(g: Triples, facts: DocumentFacts, iris: Iris) -> NamedNode:
    m = facts.meeting
    series = next(s for s in SERIES if s.key == m.series)
    series_iri = iris.series(series.key)
    g.add(series_iri, P.type, C.Series)
    g.labels(series_iri, series.name_zh, series.name_en)
    g.add(series_iri, P.symbol, Literal(series.symbol_prefix))
    meeting = iris.meeting(m.series, m.ordinal)
    g.add(meeting, P.type, C.Meeting)
    g.add(meeting, P.type, C.Event)
    g.add(meeting, P.series, series_iri)
    g.add(meeting, P.ordinal, integer(m.ordinal))
    g.labels(meeting, f"第{m.ordinal}次{series.name_zh}", f"{english_ordinal(m.ordinal)} {series.name_en}")
    g.add(meeting, P.start_date, date(m.start) if m.start else None)
    g.add(meeting, P.end_date, date(m.end) if m.end else None)
    g.add(meeting, P.venue, Literal(m.venue, language=facts.language) if m.venue else None)
    if facts.format:
        g.add(meeting, P.meeting_format, concept("format", facts.format))
    return meeting


def _document(g: Triples, doc: NamedNode, meeting: NamedNode, facts: DocumentFacts, iris: Iris) -> None:
    g.add(doc, P.type, C.Document)
    g.add(doc, P.type, C.Report if facts.kind is DocumentKind.REPORT else C.SecretariatNote)
    g.add(doc, P.source, Literal(facts.source))
    g.add(doc, P.title, Literal(facts.title, language=facts.language))
    g.add(doc, P.language, Literal(facts.language))
    g.add(doc, P.meeting, meeting)
    g.add(doc, P.issued, date(facts.distributed) if facts.distributed else None)
    g.add(doc, P.was_generated_by, g.activity)
    g.add(doc, P.job_number, Literal(facts.job_number) if facts.job_number else None)
    if facts.original_language:
        g.add(doc, P.original_language, Literal(facts.original_language))
    if facts.symbol:
        g.add(doc, P.symbol, Literal(facts.symbol))
        work = entities.un_document(g, facts.symbol, iris)
        g.add(doc, P.realizes, work)
        if facts.kind is DocumentKind.REPORT:
            g.add(meeting, P.report, work)


def _structure(g: Triples, doc_iri: NamedNode, doc: Segmented, header: str) -> None:
    """Header, headings, paragraphs and footnotes, each with its text."""
    header_iri = g.places[Place(PlaceKind.HEADER, "0")]
    g.add(header_iri, P.type, C.Header)
    g.add(header_iri, P.is_part_of, doc_iri)
    g.add(header_iri, P.text, zh(header))
    g.add(doc_iri, P.header, header_iri)
    heading_iris = {}
    for index, heading in enumerate(doc.headings):
        iri = g.places[Place(PlaceKind.HEADING, str(index))]
        heading_iris[id(heading)] = iri
        g.add(iri, P.type, C.Heading)
        g.add(iri, P.is_part_of, doc_iri)
        g.add(iri, P.level, integer(heading.level))
        g.add(iri, P.position, integer(index))
        if heading.label:
            g.add(iri, P.item_label, Literal(heading.label))
        g.add(iri, P.title, zh(heading.title))
        g.add(iri, P.text, zh(heading.title))
    for paragraph in doc.paragraphs:
        iri = g.places[Place(PlaceKind.PARAGRAPH, str(paragraph.number))]
        g.add(iri, P.type, C.Paragraph)
        g.add(iri, P.is_part_of, doc_iri)
        g.add(iri, P.number, integer(paragraph.number))
        g.add(iri, P.text, zh(paragraph.text))
        if paragraph.headings:
            g.add(iri, P.heading, heading_iris[id(paragraph.headings[-1])])
    for position, text in enumerate(doc.unplaced, start=1):
        iri = Iris.part(doc_iri, "text", position)  # text the segmenter could not place: kept, not dropped
        g.add(iri, P.type, C.UnplacedText)
        g.add(iri, P.is_part_of, doc_iri)
        g.add(iri, P.position, integer(position))
        g.add(iri, P.text, zh(text))
    for note in doc.footnotes:
        iri = g.places[Place(PlaceKind.FOOTNOTE, note.marker)]
        g.add(iri, P.type, C.Footnote)
        g.add(iri, P.is_part_of, doc_iri)
        g.add(iri, P.marker, Literal(note.marker))
        g.add(iri, P.text, zh(note.text))


def _meeting_statement(g: Triples, doc_iri: NamedNode, meeting: NamedNode, facts: DocumentFacts) -> None:
    """Where the meeting's ordinal, dates and venue were read: the title in the header."""
    if facts.title_span is None:
        return
    span = facts.title_span
    g.statement(Iris.part(doc_iri, "statement", "meeting"), C.MeetingReport, span, meeting, doc_iri)


def _recommendation(g: Triples, label: str, text: str, span: Span, facts: DocumentFacts,
                    meeting: NamedNode, doc_iri: NamedNode, iris: Iris, *, proposal: bool = False) -> None:
    """A recommendation the meeting agreed (``ukg:agreedAt``), or a proposal States parties made
    during it (a ``ukg:Proposal``, ``ukg:proposedAt``): both ``ukg:Recommendation``."""
    siblings = facts.proposals if proposal else facts.recommendations
    key = label if sum(r.label == label for r in siblings) == 1 else f"{span.place.key}{label}"
    if proposal:
        rec = iris.proposal(facts.meeting.series, facts.meeting.ordinal, key)
        g.add(rec, P.type, C.Proposal)
        _item(g, rec, C.Recommendation, P.proposed_at, label, text, span, facts, meeting, doc_iri, iris, key)
        g.add(rec, P.status, concept("status", "proposed"))
    else:
        rec = iris.recommendation(facts.meeting.series, facts.meeting.ordinal, key)
        _item(g, rec, C.Recommendation, P.agreed_at, label, text, span, facts, meeting, doc_iri, iris, key)
        g.add(rec, P.status, concept("status", "agreed"))
    g.add(rec, P.start, integer(span.start))
    g.add(rec, P.end, integer(span.end))
    for key_ in facts.addressees.get(label, []):
        g.add(rec, P.addressee, concept("addressee", key_))
    for link in (x for x in facts.article_links if x.label == label):
        art = entities.article(g, "UNCAC", link.article, iris)
        g.add(rec, P.concerns_article, art)
        node = g.statement(Iris.part(g.places[span.place], "recommendation", key, "article", link.article),
                           C.ArticleLink, link.span, rec, art)
        g.add(node, P.recommendation, rec)
        g.add(node, P.article, art)
        g.add(node, P.explicit, boolean(link.explicit))
        g.add(node, P.evidence_term, Literal(link.term, language="zh"))


def _suggestion(g: Triples, label: str, text: str, span: Span, facts: DocumentFacts,
                meeting: NamedNode, doc_iri: NamedNode, iris: Iris) -> None:
    """A Secretariat note's concluding suggestion to the meeting it is written for."""
    node = iris.suggestion(facts.meeting.series, facts.meeting.ordinal, label)
    _item(g, node, C.Suggestion, P.suggested_for, label, text, span, facts, meeting, doc_iri, iris)
    g.add(node, P.status, concept("status", "suggested"))


def _item(g: Triples, node: NamedNode, kind: NamedNode, to_meeting: NamedNode, label: str, text: str,
          span: Span, facts: DocumentFacts, meeting: NamedNode, doc_iri: NamedNode, iris: Iris, *key: str) -> None:
    """What a recommendation and a note's suggestion share: label, text, meeting, place, provenance,
    themes."""
    g.add(node, P.type, kind)
    g.add(node, P.item_label, Literal(label))
    g.add(node, P.text, Literal(text, language=facts.language))
    g.add(node, to_meeting, meeting)
    g.add(node, P.in_paragraph, g.places[span.place])
    g.add(node, P.is_part_of, doc_iri)
    name = "recommendation" if kind == C.Recommendation else "suggestion"
    statement = g.statement(Iris.part(g.places[span.place], name, *key), C.Statement, span, node, meeting)
    themes.tags(g, node, statement, [t for t in facts.themes if t.label == label and t.span.place == span.place],
                iris)


def _cite(g: Triples, target: NamedNode, span: Span, iris: Iris, *, anaphoric: bool = False) -> None:
    place = g.places[span.place]
    citation = NamedNode(place.value + "/citation/" + target.value[len(iris.base):])
    g.add(place, P.references, target)
    g.statement(citation, C.Citation, span, target, place)
    g.add(citation, P.cited_in, place)
    g.add(citation, P.cites, target)
    if anaphoric:
        g.add(citation, P.anaphoric, boolean(True))
