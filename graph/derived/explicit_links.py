"""Links the texts state outright, beside the similar wording that :mod:`.recurrence` finds.

* A paragraph that restates a meeting's recommendation: ``根据…第八次专家会议的建议，
  鼓励缔约国继续向秘书处提供…`` (and ``根据同一次会议的建议`` for the meeting just named).
* A CoSP resolution that welcomes a meeting's recommendations: ``缔约国会议第 7/1 号决议
  欣见…第六次…专家会议…建议。…建议缔约国…以《公约》为法律依据…``.
* A later meeting that reaffirms an earlier meeting's recommendations (``第八次专家会议重申
  了第六次和第七次专家会议提出的建议``): every recommendation that meeting agreed is
  reaffirmed, explicitly (score 1.0), by the later meeting, in the paragraph that says so.

Which recommendation of the meeting is meant is decided by the wording: the one most
similar to the paragraph (TF-IDF cosine, at least :data:`MIN_SCORE`); when none is similar
enough, the link is made to the meeting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions

from ...ontology.iris import Iris
from ...ontology.vocabulary import C, P
from ...text.numerals import CHINESE_NUMERAL_CHARS, to_int
from ...text.sentences import sentence_end
from ..store.embedded import GraphStore
from .recurrence import Item, graph_name, vectorise, without_actors
from .words import Cuts

#: Similarity a restating paragraph needs to the recommendation it restates.
MIN_SCORE = 0.2

_N = rf"([{CHINESE_NUMERAL_CHARS}]{{1,3}}|\d{{1,2}})"
_RESTATES = re.compile(rf"根据[^。；]{{0,70}}?第{_N}次[^。；]{{0,50}}?会议的建议|根据同一次会议的建议")
_WELCOMES = re.compile(r"第(\d{1,2}/\d{1,2})号决议(?:欣见|欢迎)[^。]{0,40}?专家会议[^。]{0,30}?建议")
_MEETING = re.compile(rf"第{_N}次[^。，]{{0,40}}?专家会议")

_PARAGRAPHS = """
SELECT ?paragraph ?number ?document ?text WHERE {
  ?paragraph a ukg:Paragraph ; ukg:text ?text ; ukg:number ?number ; dcterms:isPartOf ?document .
  FILTER (CONTAINS(?text, "会议的建议") || CONTAINS(?text, "号决议欣见") || CONTAINS(?text, "号决议欢迎"))
}
"""
_MARKS = ("会议的建议", "号决议欣见", "号决议欢迎")  # (the FILTER above)


@dataclass(frozen=True)
class ExplicitLink:
    kind: str  # "restates" (a paragraph restates a recommendation), "endorses" (a resolution), "reaffirms"
    source: str  # the paragraph, or the resolution's number ("7/1")
    meeting: int  # the meeting whose recommendation is meant
    target: Item | None  # the recommendation, when the wording tells which
    score: float
    evidence: str  # the words of the text that state the link
    by: str | None = None  # "reaffirms": the reaffirming meeting


_REAFFIRMED = """
SELECT ?later ?ordinal ?place ?evidence WHERE {
  ?statement a ukg:Reaffirmation ; ukg:reaffirmingMeeting ?later ; ukg:reaffirmed/ukg:ordinal ?ordinal ;
             prov:wasDerivedFrom ?place ; ukg:evidence ?evidence .
}
"""


def reaffirmed(store: GraphStore, found: list[Item]) -> list[ExplicitLink]:
    """Every recommendation agreed by a meeting that a later meeting reaffirms, once per reaffirmation."""
    result = store.query(_REAFFIRMED)
    assert isinstance(result, QuerySolutions)
    agreed: dict[int, list[Item]] = {}
    for item in found:
        if item.kind == "recommendation":
            agreed.setdefault(item.ordinal, []).append(item)
    links = []
    for row in result:
        for item in agreed.get(int(row["ordinal"].value), []):
            links.append(ExplicitLink("reaffirms", row["place"].value, item.ordinal, item, 1.0,
                                      row["evidence"].value, by=row["later"].value))
    return sorted(set(links), key=lambda link: (link.target.iri if link.target else "", link.by or ""))


def _restated(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each mention of a meeting's recommendation, with the clause that restates it."""
    for m in _RESTATES.finditer(text):
        yield m, text[m.end(): sentence_end(text, m.end())]


def _welcomed(text: str) -> Iterator[tuple[re.Match[str], re.Match[str], str]]:
    """Each resolution welcoming a meeting's recommendations: the mention, the meeting named,
    and the text after the mention."""
    for m in _WELCOMES.finditer(text):
        named = _MEETING.search(text, m.start())
        if named is not None:
            yield m, named, text[m.end():]


def to_cut(document: Iterable[Quad]) -> set[str]:
    """The strings :func:`find` may cut for the paragraphs of one document's quads (the
    clauses compared with recommendations), to be cut beforehand."""
    paragraphs = {quad.subject for quad in document if quad.predicate == P.type and quad.object == C.Paragraph}
    texts = [quad.object.value for quad in document if quad.predicate == P.text and isinstance(quad.object, Literal)
             and quad.subject in paragraphs and any(mark in quad.object.value for mark in _MARKS)]
    clauses = [clause for text in texts for _, clause in _restated(text)]
    clauses += [rest for text in texts for _, _, rest in _welcomed(text)]
    return {without_actors(clause) for clause in clauses if clause.strip()}


def find(store: GraphStore, found: list[Item], *, cuts: Cuts | None = None) -> list[ExplicitLink]:
    result = store.query(_PARAGRAPHS)
    assert isinstance(result, QuerySolutions)
    links: list[ExplicitLink] = []
    last: dict[str, int] = {}  # per document: the meeting whose recommendations were last named
    rows = sorted(result, key=lambda r: (r["document"].value, int(r["number"].value)))
    for row in rows:
        paragraph, text, document = row["paragraph"].value, row["text"].value, row["document"].value
        for m, clause in _restated(text):
            ordinal = to_int(m.group(1)) if m.group(1) else last.get(document)
            if ordinal is None:
                continue
            last[document] = ordinal
            link = _link("restates", paragraph, ordinal, clause, m.group(0), found, cuts=cuts)
            if link.target is not None:  # a bare mention of a meeting's advice restates nothing
                links.append(link)
        for m, named, rest in _welcomed(text):
            links.append(_link("endorses", m.group(1), to_int(named.group(1)), rest, m.group(0), found, cuts=cuts))
    return links


def _link(kind: str, source: str, ordinal: int, clause: str, evidence: str, found: list[Item], *,
          cuts: Cuts | None) -> ExplicitLink:
    candidates = [item for item in found if item.ordinal == ordinal]
    best, score = _most_similar(clause, candidates, cuts=cuts)
    return ExplicitLink(kind, source, ordinal, best if score >= MIN_SCORE else None, round(score, 4), evidence)


def _most_similar(text: str, candidates: list[Item], *, cuts: Cuts | None) -> tuple[Item | None, float]:
    if not candidates or not text.strip():
        return None, 0.0
    matrix: Any
    matrix, _ = vectorise([text, *(c.text for c in candidates)], cuts=cuts)
    scores = (matrix[1:] @ matrix[0].T).toarray().ravel()
    best = int(scores.argmax())
    return candidates[best], float(scores[best])


def quads(found: list[ExplicitLink], iris: Iris) -> list[Quad]:
    """``?recommendation ukg:restatedIn ?paragraph``, ``ukg:endorsedBy ?resolution`` (on the
    recommendation, or on the meeting when the text does not say which recommendation), and
    ``ukg:reaffirmedBy ?meeting`` with ``ukg:reaffirmedIn ?paragraph``."""
    graph = graph_name(iris)  # (the threads graph)
    out = []
    for link in found:
        subject = NamedNode(link.target.iri) if link.target else iris.meeting("eg1", link.meeting)
        if link.kind == "restates":
            out.append(Quad(subject, P.restated_in, NamedNode(link.source), graph))
        elif link.kind == "reaffirms" and link.by is not None:
            out.append(Quad(subject, P.reaffirmed_by, NamedNode(link.by), graph))
            out.append(Quad(subject, P.reaffirmed_in, NamedNode(link.source), graph))
        else:
            out.append(Quad(subject, P.endorsed_by, iris.resolution("uncac-cosp", link.source), graph))
    return out
