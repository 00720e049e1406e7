"""The reference graph: the ontology, its concept schemes and the reference tables as RDF.

It holds what no report states but every query may want: the theme scheme
(``themes.ttl``, under the graph's base IRI); the 71 articles of
UNCAC with their Chinese and English titles, grouped in chapters; the bodies,
conventions and CoSP sessions; the resolutions with their titles; the States
with ISO codes, English names and regional groups; organisations and
territories; the meetings of the series with their report symbols.  It is its
own named graph (``{base}graph/reference``), rewritten whenever documents are
loaded, so that it never mixes with facts extracted from documents.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse, serialize

from . import reference, themes
from .bodies import Body
from .iris import Iris
from .rdf import Triples, date, integer, partial_date
from .series import EXPERT_MEETING
from .vocabulary import C, P, concept

ONTOLOGY_FILES = tuple(Path(reference.FOLDER).parent / name for name in ("uncac-kg.ttl", "concepts.ttl"))
_CONVENTIONS = {
    "UNCAC": ("联合国反腐败公约", "United Nations Convention against Corruption"),
    "UNTOC": ("联合国打击跨国有组织犯罪公约", "United Nations Convention against Transnational Organized Crime"),
}


def graph_name(iris: Iris) -> NamedNode:
    return iris.graph("reference")


def quads(iris: Iris) -> list[Quad]:
    """The reference graph's quads (made once per base IRI: they come from the package's own
    files, read once as the reference tables are)."""
    return list(_quads(iris.base))


def nquads(iris: Iris) -> bytes:
    """The reference graph as N-Quads (made once per base IRI, as :func:`quads`)."""
    return _nquads(iris.base)


@cache
def _nquads(base: str) -> bytes:
    return serialize(_quads(base), format=RdfFormat.N_QUADS) or b""


@cache
def _quads(base: str) -> tuple[Quad, ...]:
    iris = Iris(base)
    name = graph_name(iris)
    g = Triples(name, places={}, activity=name)
    for path in ONTOLOGY_FILES:
        for triple in parse(path=str(path), format=RdfFormat.TURTLE):
            g.quads[Quad(triple.subject, triple.predicate, triple.object, name)] = None
    g.quads.update(dict.fromkeys(themes.quads(name, iris.base)))
    _law(g, iris)
    _agents(g, iris)
    _meetings(g, iris)
    return tuple(g.quads)


def _law(g: Triples, iris: Iris) -> None:
    for code, (zh, en) in _CONVENTIONS.items():
        iri = iris.convention(code)
        g.add(iri, P.type, C.Convention)
        g.add(iri, P.code, Literal(code))
        g.labels(iri, zh, en)
        g.add(iri, P.title, Literal(zh, language="zh"))
        g.add(iri, P.title, Literal(en, language="en"))
    uncac = iris.convention("UNCAC")
    chapter_iris = {}
    for chapter in reference.chapters():
        iri = Iris.part(uncac, "chapter", chapter.number)
        chapter_iris[chapter.chapter] = iri
        g.add(iri, P.type, C.Chapter)
        g.add(iri, P.is_part_of, uncac)
        g.add(iri, P.number, integer(chapter.number))
        g.add(iri, P.item_label, Literal(chapter.chapter))
        g.labels(iri, f"第{chapter.number}章 {chapter.zh}", f"Chapter {chapter.chapter}. {chapter.en}")
        g.add(iri, P.title, Literal(chapter.zh, language="zh") if chapter.zh else None)
        g.add(iri, P.title, Literal(chapter.en, language="en") if chapter.en else None)
    subjects: dict[int, list[str]] = {}
    for subject in reference.subjects():
        subjects.setdefault(subject.article, []).append(subject.term)
    for number, art in sorted(reference.articles().items()):
        iri = iris.article("UNCAC", number)
        g.add(iri, P.type, C.Article)
        g.add(iri, P.number, integer(number))
        g.add(iri, P.convention, uncac)
        g.add(iri, P.chapter, chapter_iris.get(art.chapter))
        g.add(iri, P.is_part_of, chapter_iris.get(art.chapter))
        g.labels(iri, f"第{number}条" + (f" {art.zh}" if art.zh else ""), f"Article {number}. {art.en}")
        g.add(iri, P.title, Literal(art.zh, language="zh") if art.zh else None)
        g.add(iri, P.title, Literal(art.en, language="en") if art.en else None)
        for term in subjects.get(number, []):
            g.add(iri, P.subject_term, Literal(term, language="zh"))
    for body in Body:
        iri = iris.body(body.value)
        g.add(iri, P.type, C.Body)
        g.labels(iri, body.name_zh, body.name_en)
        g.add(iri, P.convention, iris.convention(body.convention) if body.convention else None)
    for info in reference.resolutions().values():
        iri = iris.resolution(info.body, info.number)
        g.add(iri, P.type, C.Resolution)
        g.add(iri, P.number, Literal(info.number))
        g.add(iri, P.adopted_by, iris.body(info.body))
        g.labels(iri, f"第{info.number}号决议", f"Resolution {info.number}")
        g.add(iri, P.title, Literal(info.zh, language="zh") if info.zh else None)
        g.add(iri, P.title, Literal(info.en, language="en") if info.en else None)
        g.add(iri, P.issued, partial_date(info.adopted) if _is_date(info.adopted) else None)


def _agents(g: Triples, iris: Iris) -> None:
    for state in reference.states():
        iri = iris.state(state.iso3)
        g.add(iri, P.type, C.State)
        g.add(iri, P.iso2, Literal(state.iso2))
        g.add(iri, P.iso3, Literal(state.iso3))
        g.labels(iri, state.zh, state.en)
        g.add(iri, P.regional_group, Literal(state.group) if state.group else None)
        for alias in state.aliases:
            g.add(iri, P.alt_label, Literal(alias, language="zh"))
    for territory in {t.iso2: t for t in reference.territories().values()}.values():
        iri = iris.territory(territory.iso2)
        g.add(iri, P.type, C.Territory)
        g.add(iri, P.iso2, Literal(territory.iso2))
        g.labels(iri, territory.zh, territory.en)
    for org in reference.organizations():
        iri = iris.organization(org.key)
        g.add(iri, P.type, C.Organization)
        g.add(iri, P.organization_kind, concept("organization", org.kind))
        g.labels(iri, org.zh, org.en)
        if org.acronym:
            g.add(iri, P.alt_label, Literal(org.acronym, language="en"))
        for alias in org.aliases:
            g.add(iri, P.alt_label, Literal(alias, language="zh"))


def _meetings(g: Triples, iris: Iris) -> None:
    series = iris.series(EXPERT_MEETING.key)
    g.add(series, P.type, C.Series)
    g.labels(series, EXPERT_MEETING.name_zh, EXPERT_MEETING.name_en)
    g.add(series, P.symbol, Literal(EXPERT_MEETING.symbol_prefix))
    for row in reference.expert_meetings():
        meeting = iris.meeting(EXPERT_MEETING.key, row.ordinal)
        g.add(meeting, P.type, C.Meeting)
        g.add(meeting, P.series, series)
        g.add(meeting, P.ordinal, integer(row.ordinal))
        if row.report_symbol:
            report = iris.un_document(row.report_symbol)
            g.add(report, P.type, C.UNDocument)
            g.add(report, P.symbol, Literal(row.report_symbol))
            g.add(meeting, P.report, report)
    cosp = iris.series("cosp")
    g.add(cosp, P.type, C.Series)
    g.labels(cosp, "联合国反腐败公约缔约国会议届会", "Sessions of the Conference of the States Parties to UNCAC")
    for session in reference.cosp_sessions():
        meeting = iris.meeting("cosp", session.session)
        g.add(meeting, P.type, C.Meeting)
        g.add(meeting, P.type, C.Event)
        g.add(meeting, P.series, cosp)
        g.add(meeting, P.ordinal, integer(session.session))
        g.add(meeting, P.start_date, date(session.start) if session.start else None)
        g.add(meeting, P.end_date, date(session.end) if session.end else None)
        g.add(meeting, P.venue, Literal(session.venue_zh, language="zh") if session.venue_zh else None)
        g.add(meeting, P.venue, Literal(session.venue_en, language="en") if session.venue_en else None)
        g.labels(meeting, f"缔约国会议第{session.session}届会议", f"CoSP, session {session.session}")


def _is_date(text: str) -> bool:
    return len(text) in (7, 10) and text[:4].isdigit() and text[4] == "-"
