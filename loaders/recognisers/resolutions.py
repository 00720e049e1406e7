"""Recognise citations of resolutions: ``第4/2号决议``, ``第 7/1 号决议第 27 段``,
``第 6/4 号和第 7/1 号决议``, and references back such as ``该决议第 18 段``.

The adopting body is read from the words just before the citation:
``缔约国会议`` (the Conference of the States Parties to UNCAC) or
``缔约方会议`` (the Conference of the Parties to UNTOC), ``大会`` (the General
Assembly); with no body named, the document's own conference is meant.
"""

from __future__ import annotations

import re

from ...ontology.bodies import Body
from ..facts import Place, ResolutionCitation, Span

_NUMBER = r"第(\d{1,2}/\d{1,3})号"
_JOIN = r"(?:、|和|及|以及|与|，)"
#: One or more resolution numbers ending in 决议, with the cited paragraph(s).
_CITATION = re.compile(
    rf"(?:{_NUMBER}(?:决议)?{_JOIN})*{_NUMBER}决议"
    r"(?:(?:执行部分)?第(\d{1,3})(?:(?:、|和|及|至)(\d{1,3}))?段)?"
)
_EACH = re.compile(_NUMBER)
_ANAPHOR = re.compile(
    r"(该|同一份?|上述|这项|这一|此项|该项|前述)决议"
    r"(?:(?:执行部分)?第(\d{1,3})(?:(?:、|和|及|至)(\d{1,3}))?段)?"
)
_BODIES = (
    (re.compile(r"缔约方会议$"), Body.UNTOC_COP),
    (re.compile(r"有组织犯罪公约[》]?$"), Body.UNTOC_COP),
    (re.compile(r"缔约国会议$"), Body.UNCAC_COSP),
    (re.compile(r"反腐败公约[》]?$"), Body.UNCAC_COSP),
    (re.compile(r"(?<!特别会议)(?<!缔约国)(?<!缔约方)大会$"), Body.GENERAL_ASSEMBLY),
)
#: How far before a citation (characters) the name of its body may stand.
_BODY_WINDOW = 14
#: Words that may stand between the body and the citation ("缔约国会议在第5/1号决议中").
_BETWEEN = re.compile(r"(?:还|也|又|已|曾|在|于|于其|在其|通过的?|的|通过了)*$")


class ResolutionReader:
    """Reads a document's places in order; remembers citations for back-references."""

    def __init__(self, default_body: Body = Body.UNCAC_COSP) -> None:
        self.default_body = default_body
        self.last_group: list[tuple[str, Body]] = []
        self.run: list[tuple[str, Body]] = []  # cited in the latest run of citing paragraphs
        self._run_open = False

    def read(self, text: str, place: Place) -> list[ResolutionCitation]:
        found: list[ResolutionCitation] = []
        for m in _CITATION.finditer(text):
            body = self._body(text, m.start())
            numbers = [n.group(1) for n in _EACH.finditer(m.group(0))]
            cited = _paragraphs(m.group(3), m.group(4))
            group = [(number, body) for number in numbers]
            for i, (number, b) in enumerate(group):
                # A cited paragraph belongs to the last resolution of a list.
                paragraphs = cited if i == len(group) - 1 else [None]
                for paragraph in paragraphs:
                    span = Span(place, m.start(), m.end(), m.group(0))
                    found.append(ResolutionCitation(number, b, paragraph, False, span))
            self.last_group = group
        for m in _ANAPHOR.finditer(text):
            if _inside_any(m.start(), found):
                continue
            earlier = [c for c in found if c.span.start < m.start()]
            if earlier:
                targets = [(earlier[-1].number, earlier[-1].body)]
            elif m.group(1) == "上述":
                targets = list(self.run)
            else:
                targets = self.last_group[-1:]
            self.last_group = targets
            for number, body in targets:
                for paragraph in _paragraphs(m.group(2), m.group(3)):
                    span = Span(place, m.start(), m.end(), m.group(0))
                    found.append(ResolutionCitation(number, body, paragraph, True, span))
        self._advance_run(found)
        return _unique(found)

    def _advance_run(self, found: list[ResolutionCitation]) -> None:
        cited = list(dict.fromkeys((c.number, c.body) for c in found))
        if cited:
            earlier = self.run if self._run_open else []
            self.run = list(dict.fromkeys(earlier + cited))
        self._run_open = bool(cited)

    def _body(self, text: str, start: int) -> Body:
        before = text[max(0, start - _BODY_WINDOW) : start]
        for cut in "。；;":
            before = before.rsplit(cut, 1)[-1]
        trimmed = _BETWEEN.sub("", before)
        for pattern, body in _BODIES:
            if pattern.search(trimmed):
                return body
        return self.default_body


def _paragraphs(first: str | None, second: str | None) -> list[int | None]:
    if not first:
        return [None]
    if second:
        return [int(first), int(second)]
    return [int(first)]


def _inside_any(position: int, found: list[ResolutionCitation]) -> bool:
    return any(c.span.start <= position < c.span.end for c in found)


def _unique(found: list[ResolutionCitation]) -> list[ResolutionCitation]:
    """One citation per (resolution, body, cited paragraph); an explicit one wins."""
    seen: dict[tuple[str, Body, int | None], ResolutionCitation] = {}
    for citation in sorted(found, key=lambda c: (c.anaphoric, c.span.start)):
        seen.setdefault((citation.number, citation.body, citation.cited_paragraph), citation)
    return sorted(seen.values(), key=lambda c: c.span.start)
