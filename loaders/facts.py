"""What the recognisers find: plain data, independent of RDF.

Every fact found in a text carries where it was found: a :class:`Place`
(numbered paragraph, heading or footnote) and the character span of the
evidence in that place's canonical text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """Kinds of document the loaders know."""

    REPORT = "report"  # report of a meeting
    NOTE = "note"  # note by the Secretariat to a meeting


class Body(StrEnum):
    """Bodies that adopt the resolutions the reports cite."""

    UNCAC_COSP = "uncac-cosp"  # Conference of the States Parties to UNCAC
    UNTOC_COP = "untoc-cop"  # Conference of the Parties to UNTOC
    GENERAL_ASSEMBLY = "ga"

    @property
    def convention(self) -> str | None:
        return {Body.UNCAC_COSP: "UNCAC", Body.UNTOC_COP: "UNTOC"}.get(self)


class PlaceKind(StrEnum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    FOOTNOTE = "footnote"


@dataclass(frozen=True)
class Place:
    """A numbered paragraph, a heading (by its position) or a footnote (by its marker)."""

    kind: PlaceKind
    key: str  # "13" for paragraph 13, "3" for the third heading, "*" or "1" for a footnote

    @property
    def paragraph(self) -> int | None:
        return int(self.key) if self.kind is PlaceKind.PARAGRAPH else None


@dataclass(frozen=True)
class Span:
    place: Place
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ResolutionCitation:
    number: str  # "7/1"
    body: Body
    cited_paragraph: int | None
    anaphoric: bool
    span: Span


@dataclass(frozen=True)
class ArticleCitation:
    article: int
    paragraph: int | None  # the 款
    subparagraph: str | None  # the 项, as a letter
    convention: str  # "UNCAC" or "UNTOC"
    span: Span


@dataclass(frozen=True)
class SymbolCitation:
    symbol: str  # "CAC/COSP/EG.1/2019/2"
    span: Span


@dataclass(frozen=True)
class Recommendation:
    label: str  # "a", "b" …
    text: str
    span: Span


@dataclass(frozen=True)
class Meeting:
    series: str  # "EG.1"
    ordinal: int
    start: dt.date | None
    end: dt.date | None
    venue: str | None  # as written ("维也纳")


@dataclass
class DocumentFacts:
    """Everything recognised in one document."""

    source: str  # file name
    kind: Kind
    language: str  # BCP 47 tag of the text ("zh")
    meeting: Meeting
    title: str
    symbol: str | None = None
    distributed: dt.date | None = None
    original_language: str | None = None
    resolutions: list[ResolutionCitation] = field(default_factory=list)
    articles: list[ArticleCitation] = field(default_factory=list)
    symbols: list[SymbolCitation] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
