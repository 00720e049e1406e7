"""Step 5 of the pipeline — map to RDF: the quads of one document's named graph.

The graph is self-contained: besides the document, its paragraphs and the
citations found in them, it declares (type, number, label) every entity it
points to — meeting, resolutions, articles, cited documents — so that
replacing or removing a document's graph never leaves another document's
facts dangling.  Identical declarations in two graphs show twice in the
union of graphs: the named queries use ``SELECT DISTINCT``.
"""

from __future__ import annotations

import datetime as dt

from pyoxigraph import Literal, NamedNode, Quad

from ..ontology.iris import Iris
from ..ontology.series import SERIES
from ..ontology.vocabulary import XSD, C, P
from .facts import (
    ArticleCitation,
    Body,
    DocumentFacts,
    Kind,
    Place,
    PlaceKind,
    ResolutionCitation,
    Span,
    SymbolCitation,
)
from .numerals import english_ordinal
from .segment import Segmented

_INTEGER = NamedNode(XSD + "integer")
_DATE = NamedNode(XSD + "date")
_BOOLEAN = NamedNode(XSD + "boolean")

_BODY_LABELS = {
    Body.UNCAC_COSP: ("联合国反腐败公约缔约国会议",
                      "Conference of the States Parties to the United Nations Convention against Corruption"),
    Body.UNTOC_COP: ("联合国打击跨国有组织犯罪公约缔约方会议",
                     "Conference of the Parties to the United Nations Convention against "
                     "Transnational Organized Crime"),
    Body.GENERAL_ASSEMBLY: ("联合国大会", "United Nations General Assembly"),
}
_CONVENTION_LABELS = {
    "UNCAC": ("联合国反腐败公约", "United Nations Convention against Corruption"),
    "UNTOC": ("联合国打击跨国有组织犯罪公约",
              "United Nations Convention against Transnational Organized Crime"),
}


def integer(value: int) -> Literal:
    return Literal(str(value), datatype=_INTEGER)


def date(value: dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=_DATE)


class _Graph:
    """Collects the triples of one named graph, without duplicates, in insertion order."""

    def __init__(self, name: NamedNode) -> None:
        self.name = name
        self.quads: dict[Quad, None] = {}

    def add(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal | None) -> None:
        if o is not None:
            self.quads[Quad(s, p, o, self.name)] = None

    def labels(self, s: NamedNode, zh: str, en: str) -> None:
        self.add(s, P.label, Literal(zh, language="zh"))
        self.add(s, P.label, Literal(en, language="en"))


def document_iri(facts: DocumentFacts, iris: Iris) -> NamedNode:
    return iris.document(symbol=facts.symbol, source=facts.source, language=facts.language)


def to_quads(facts: DocumentFacts, doc: Segmented, iris: Iris, *, version: str) -> list[Quad]:
    """All quads of the document's named graph (named by the document's IRI)."""
    doc_iri = document_iri(facts, iris)
    g = _Graph(doc_iri)
    meeting = _meeting(g, facts, iris)
    _document(g, doc_iri, meeting, facts, iris, version)
    places = _structure(g, doc_iri, doc)
    for rec in facts.recommendations:
        rec_iri = iris.recommendation(facts.meeting.series, facts.meeting.ordinal,
                                      _recommendation_key(rec.label, rec.span, facts))
        g.add(rec_iri, P.type, C.Recommendation)
        g.add(rec_iri, P.item_label, Literal(rec.label))
        g.add(rec_iri, P.text, Literal(rec.text, language=facts.language))
        g.add(rec_iri, P.agreed_at, meeting)
        g.add(rec_iri, P.in_paragraph, places[rec.span.place])
        g.add(rec_iri, P.is_part_of, doc_iri)
        g.add(rec_iri, P.start, integer(rec.span.start))
        g.add(rec_iri, P.end, integer(rec.span.end))
    for res in facts.resolutions:
        _cite(g, places[res.span.place], _resolution(g, res, iris), res.span, iris,
              anaphoric=res.anaphoric)
    for art in facts.articles:
        _cite(g, places[art.span.place], _article(g, art, iris), art.span, iris)
    for sym in facts.symbols:
        _cite(g, places[sym.span.place], _un_document(g, sym, iris), sym.span, iris)
    return list(g.quads)


def _recommendation_key(label: str, span: Span, facts: DocumentFacts) -> str:
    """The label, or paragraph-and-label where a report has two lettered lists."""
    paragraphs = {r.span.place for r in facts.recommendations if r.label == label}
    return label if len(paragraphs) == 1 else f"{span.place.key}{label}"


def _meeting(g: _Graph, facts: DocumentFacts, iris: Iris) -> NamedNode:
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
    g.labels(meeting, f"第{m.ordinal}次{series.name_zh}",
             f"{english_ordinal(m.ordinal)} {series.name_en}")
    g.add(meeting, P.start_date, date(m.start) if m.start else None)
    g.add(meeting, P.end_date, date(m.end) if m.end else None)
    g.add(meeting, P.venue, Literal(m.venue, language=facts.language) if m.venue else None)
    return meeting


def _document(g: _Graph, doc: NamedNode, meeting: NamedNode, facts: DocumentFacts,
              iris: Iris, version: str) -> None:
    g.add(doc, P.type, C.Document)
    g.add(doc, P.type, C.Report if facts.kind is Kind.REPORT else C.SecretariatNote)
    g.add(doc, P.source, Literal(facts.source))
    g.add(doc, P.title, Literal(facts.title, language=facts.language))
    g.add(doc, P.language, Literal(facts.language))
    g.add(doc, P.meeting, meeting)
    g.add(doc, P.issued, date(facts.distributed) if facts.distributed else None)
    g.add(doc, P.loader_version, Literal(version))
    if facts.original_language:
        g.add(doc, P.original_language, Literal(facts.original_language))
    if facts.symbol:
        g.add(doc, P.symbol, Literal(facts.symbol))
        work = iris.un_document(facts.symbol)
        g.add(doc, P.realizes, work)
        g.add(work, P.type, C.UNDocument)
        g.add(work, P.symbol, Literal(facts.symbol))


def _structure(g: _Graph, doc_iri: NamedNode, doc: Segmented) -> dict[Place, NamedNode]:
    """Headings, paragraphs and footnotes; returns the IRI of every place."""
    places: dict[Place, NamedNode] = {}
    heading_iris = {}
    for index, heading in enumerate(doc.headings):
        iri = Iris.part(doc_iri, "heading", index)
        heading_iris[id(heading)] = iri
        places[Place(PlaceKind.HEADING, str(index))] = iri
        g.add(iri, P.type, C.Heading)
        g.add(iri, P.is_part_of, doc_iri)
        g.add(iri, P.level, integer(heading.level))
        g.add(iri, P.position, integer(index))
        if heading.label:
            g.add(iri, P.item_label, Literal(heading.label))
        g.add(iri, P.title, Literal(heading.title, language="zh"))
    for paragraph in doc.paragraphs:
        iri = Iris.part(doc_iri, "para", paragraph.number)
        places[Place(PlaceKind.PARAGRAPH, str(paragraph.number))] = iri
        g.add(iri, P.type, C.Paragraph)
        g.add(iri, P.is_part_of, doc_iri)
        g.add(iri, P.number, integer(paragraph.number))
        g.add(iri, P.text, Literal(paragraph.text, language="zh"))
        if paragraph.headings:
            g.add(iri, P.heading, heading_iris[id(paragraph.headings[-1])])
    for note in doc.footnotes:
        iri = Iris.part(doc_iri, "footnote", note.marker)
        places[Place(PlaceKind.FOOTNOTE, note.marker)] = iri
        g.add(iri, P.type, C.Footnote)
        g.add(iri, P.is_part_of, doc_iri)
        g.add(iri, P.marker, Literal(note.marker))
        g.add(iri, P.text, Literal(note.text, language="zh"))
    return places


def _cite(g: _Graph, place: NamedNode, target: NamedNode, span: Span, iris: Iris,
          *, anaphoric: bool = False) -> None:
    citation = NamedNode(place.value + "/citation/" + target.value[len(iris.base):])
    g.add(place, P.references, target)
    g.add(citation, P.type, C.Citation)
    g.add(citation, P.cited_in, place)
    g.add(citation, P.cites, target)
    g.add(citation, P.start, integer(span.start))
    g.add(citation, P.end, integer(span.end))
    g.add(citation, P.evidence, Literal(span.text))
    if anaphoric:
        g.add(citation, P.anaphoric, Literal("true", datatype=_BOOLEAN))


def _body(g: _Graph, body: Body, iris: Iris) -> NamedNode:
    iri = iris.body(body.value)
    g.add(iri, P.type, C.Body)
    g.labels(iri, *_BODY_LABELS[body])
    if body.convention:
        convention = iris.convention(body.convention)
        g.add(iri, P.convention, convention)
        _convention(g, body.convention, iris)
    return iri


def _convention(g: _Graph, code: str, iris: Iris) -> NamedNode:
    iri = iris.convention(code)
    g.add(iri, P.type, C.Convention)
    g.add(iri, P.code, Literal(code))
    if code in _CONVENTION_LABELS:
        g.labels(iri, *_CONVENTION_LABELS[code])
    return iri


def _resolution(g: _Graph, res: ResolutionCitation, iris: Iris) -> NamedNode:
    iri = iris.resolution(res.body.value, res.number)
    g.add(iri, P.type, C.Resolution)
    g.add(iri, P.number, Literal(res.number))
    g.add(iri, P.adopted_by, _body(g, res.body, iris))
    g.labels(iri, f"第{res.number}号决议", f"Resolution {res.number}")
    if res.cited_paragraph is None:
        return iri
    part = Iris.part(iri, "para", res.cited_paragraph)
    g.add(part, P.type, C.ResolutionParagraph)
    g.add(part, P.is_part_of, iri)
    g.add(part, P.number, integer(res.cited_paragraph))
    g.labels(part, f"第{res.number}号决议第{res.cited_paragraph}段",
             f"Resolution {res.number}, paragraph {res.cited_paragraph}")
    return part


def _article(g: _Graph, art: ArticleCitation, iris: Iris) -> NamedNode:
    article = iris.article(art.convention, art.article)
    g.add(article, P.type, C.Article)
    g.add(article, P.number, integer(art.article))
    g.add(article, P.convention, _convention(g, art.convention, iris))
    g.labels(article, f"第{art.article}条", f"Article {art.article}")
    target = article
    if art.paragraph is not None:
        target = iris.article(art.convention, art.article, art.paragraph)
        g.add(target, P.type, C.ArticleParagraph)
        g.add(target, P.is_part_of, article)
        g.add(target, P.number, integer(art.paragraph))
        g.labels(target, f"第{art.article}条第{art.paragraph}款",
                 f"Article {art.article}, paragraph {art.paragraph}")
    if art.subparagraph is not None:
        parent = target
        target = iris.article(art.convention, art.article, art.paragraph, art.subparagraph)
        g.add(target, P.type, C.ArticleSubparagraph)
        g.add(target, P.is_part_of, parent)
        g.add(target, P.item_label, Literal(art.subparagraph))
        where = f"paragraph {art.paragraph}, " if art.paragraph is not None else ""
        g.labels(target, f"第{art.article}条" + (f"第{art.paragraph}款" if where else "")
                 + f"第({art.subparagraph})项",
                 f"Article {art.article}, {where}subparagraph ({art.subparagraph})")
    return target


def _un_document(g: _Graph, sym: SymbolCitation, iris: Iris) -> NamedNode:
    iri = iris.un_document(sym.symbol)
    g.add(iri, P.type, C.UNDocument)
    g.add(iri, P.symbol, Literal(sym.symbol))
    return iri
