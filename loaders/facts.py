"""What the recognisers find: plain data, independent of RDF.

Every fact found in a text carries where it was found: a :class:`Place`
(numbered paragraph, heading or footnote) and the character span of the
evidence in that place's canonical text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from ..ontology.bodies import Body


class DocumentKind(StrEnum):
    """Kinds of document the loaders know."""

    REPORT = "report"  # report of a meeting
    NOTE = "note"  # note by the Secretariat to a meeting


class PlaceKind(StrEnum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    FOOTNOTE = "footnote"
    HEADER = "header"  # the masthead and title lines before the first heading


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
    #: whom the list's group heading (``对秘书处的建议``) or lead-in (``专家会议还请秘书处：``) addresses
    #: the item to, if it says
    heading: str | None = None


@dataclass(frozen=True)
class Meeting:
    series: str  # "EG.1"
    ordinal: int
    start: dt.date | None
    end: dt.date | None
    venue: str | None  # as written ("维也纳")


# --- the meeting: chairs, agenda, attendance, panels ------------------------


class ParticipantKind(StrEnum):
    STATE_PARTY = "state-party"
    SIGNATORY = "signatory"
    REGIONAL_ORGANIZATION = "regional-organization"
    UN_BODY = "un-body"
    INSTITUTE = "institute"
    INTERGOVERNMENTAL_ORGANIZATION = "intergovernmental-organization"
    OTHER_ENTITY = "other-entity"


@dataclass(frozen=True)
class Attendance:
    name: str  # as written
    kind: ParticipantKind
    position: int  # 1, 2 … in the order of the report
    span: Span


class ChairRole(StrEnum):
    CHAIR = "chair"  # 担任主席
    PRESIDING = "presiding"  # 主持


@dataclass(frozen=True)
class Chair:
    name: str
    state: str | None  # as written
    role: ChairRole
    office: str | None  # "缔约国会议副主席"
    span: Span


@dataclass(frozen=True)
class AgendaItem:
    position: int
    title: str
    span: Span


@dataclass(frozen=True)
class Panelist:
    origin: str  # the State or entity the panelist came from, as written
    span: Span


@dataclass(frozen=True)
class Panel:
    topic: str
    panelists: tuple[Panelist, ...]
    span: Span


# --- statistics, other meetings, reaffirmations, mandates ------------------


@dataclass(frozen=True)
class DirectoryCount:
    as_of: str  # "2019-05-01" or "2020-09"
    category: str  # "prevention", "mutual-legal-assistance", …
    count: int
    span: Span


@dataclass(frozen=True)
class OtherMeeting:
    name: str  # as written
    body: str  # "untoc-wg-international-cooperation", "irg", …
    start: str | None  # ISO date or "YYYY-MM"
    end: str | None
    venue: str | None
    span: Span


@dataclass(frozen=True)
class Reaffirmation:
    reaffirmed: int  # ordinal of the earlier meeting
    symbol: str | None  # its report
    span: Span


@dataclass(frozen=True)
class Mandate:
    resolution: str  # "4/2"
    body: Body
    relation: str  # "established", "instructed", "requested", "welcomed"
    span: Span


@dataclass(frozen=True)
class ArticleLink:
    """A recommendation concerns an article: cited in it, or inferred from a subject term."""

    label: str  # the recommendation
    article: int
    explicit: bool
    term: str  # the citation or the subject term, as written
    span: Span


class TagMethod(StrEnum):
    """How a theme tag was found."""

    TERM = "term"  # a label of the theme (skos:prefLabel, altLabel, hiddenLabel)
    PATTERN = "pattern"  # a label with gaps (参与…网络): its parts in order, in one clause
    ARTICLE = "article"  # a cited article (or paragraph) the theme concerns (skos:related)


@dataclass(frozen=True)
class ThemeTag:
    """A recommendation or suggestion asks for, or concerns, a narrow theme of ``ontology/themes.ttl``."""

    label: str  # the recommendation or suggestion
    theme: str  # the theme's slug
    method: TagMethod
    term: str  # the label or pattern of the theme, or the citation, that shows it
    span: Span
    article: int | None = None  # the article cited (method ARTICLE)
    paragraph: int | None = None  # and its paragraph, if cited


@dataclass
class DocumentFacts:
    """Everything recognised in one document."""

    source: str  # file name
    kind: DocumentKind
    language: str  # BCP 47 tag of the text ("zh")
    meeting: Meeting
    title: str
    title_span: Span | None = None  # where the title stands in the header
    symbol: str | None = None
    distributed: dt.date | None = None
    original_language: str | None = None
    resolutions: list[ResolutionCitation] = field(default_factory=list)
    articles: list[ArticleCitation] = field(default_factory=list)
    symbols: list[SymbolCitation] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    proposals: list[Recommendation] = field(default_factory=list)  # made by States during the meeting
    suggestions: list[Recommendation] = field(default_factory=list)  # a note's concluding paragraphs
    job_number: str | None = None
    format: str | None = None  # "in-person", "hybrid"
    chairs: list[Chair] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    attendance: list[Attendance] = field(default_factory=list)
    panels: list[Panel] = field(default_factory=list)
    directory: list[DirectoryCount] = field(default_factory=list)
    other_meetings: list[OtherMeeting] = field(default_factory=list)
    reaffirmations: list[Reaffirmation] = field(default_factory=list)
    mandates: list[Mandate] = field(default_factory=list)
    addressees: dict[str, list[str]] = field(default_factory=dict)  # recommendation label → keys
    article_links: list[ArticleLink] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)  # what was only partly understood, where (see .doubts)
    themes: list[ThemeTag] = field(default_factory=list)  # of recommendations and suggestions
