"""Reference data shipped with the project (``ontology/reference/*.csv``).

The loaders link to it (States by their Chinese UN short names, organisations,
Convention articles, subject terms) and the graph carries it, so that queries
can use its labels.  Every table is read once, on first use.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "reference"


def _rows(name: str) -> list[dict[str, str]]:
    path = FOLDER / name
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(handle)]


def _aliases(value: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in value.split("|") if a.strip())


@dataclass(frozen=True)
class State:
    zh: str
    iso2: str
    iso3: str
    en: str
    group: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Organization:
    zh: str
    en: str
    acronym: str
    kind: str
    aliases: tuple[str, ...]

    @property
    def key(self) -> str:
        """A readable identifier for IRIs: the English acronym, else the English name."""
        base = self.acronym or self.en or self.zh
        return "".join(c if c.isalnum() else "-" for c in base.lower()).strip("-")


@dataclass(frozen=True)
class Article:
    number: int
    chapter: str
    en: str
    zh: str
    verified: bool


@dataclass(frozen=True)
class Chapter:
    chapter: str
    number: int
    first: int
    last: int
    en: str
    zh: str


@dataclass(frozen=True)
class ResolutionInfo:
    body: str
    number: str
    session: str
    adopted: str
    en: str
    zh: str


@dataclass(frozen=True)
class Subject:
    term: str
    article: int


@cache
def states() -> tuple[State, ...]:
    return tuple(State(r["zh"], r["iso2"], r["iso3"], r["en"], r.get("group", ""), _aliases(r.get("aliases", "")))
                 for r in _rows("states.csv"))


@cache
def state_names() -> dict[str, State]:
    """Every Chinese name (short name and aliases) → State."""
    names: dict[str, State] = {}
    for state in states():
        for name in (state.zh, *state.aliases):
            names.setdefault(name, state)
    return names


@dataclass(frozen=True)
class Territory:
    zh: str
    iso2: str
    en: str
    aliases: tuple[str, ...]


@cache
def territories() -> dict[str, Territory]:
    """Non-State jurisdictions (英属维尔京群岛, 根西岛 …) by every Chinese name."""
    names: dict[str, Territory] = {}
    for r in _rows("territories.csv"):
        territory = Territory(r["zh"], r["iso2"], r["en"], _aliases(r.get("aliases", "")))
        for name in (territory.zh, *territory.aliases):
            names.setdefault(name, territory)
    return names


@cache
def organizations() -> tuple[Organization, ...]:
    return tuple(Organization(r["zh"], r["en"], r.get("acronym_en", ""), r["kind"], _aliases(r.get("aliases", "")))
                 for r in _rows("organizations.csv"))


@cache
def organization_names() -> dict[str, Organization]:
    names: dict[str, Organization] = {}
    for org in organizations():
        for name in (org.zh, *org.aliases):
            names.setdefault(name, org)
    return names


@cache
def articles() -> dict[int, Article]:
    return {int(r["article"]): Article(int(r["article"]), r["chapter"], r["en"], r["zh"],
                                       r.get("zh_status", "") not in ("U", "unverified"))
            for r in _rows("articles.csv")}


@cache
def chapters() -> tuple[Chapter, ...]:
    return tuple(Chapter(r["chapter"], int(r["number"]), int(r["first_article"]), int(r["last_article"]),
                         r["en"], r["zh"]) for r in _rows("chapters.csv"))


@cache
def resolutions() -> dict[tuple[str, str], ResolutionInfo]:
    return {(r["body"], r["number"]): ResolutionInfo(r["body"], r["number"], r.get("session", ""),
                                                     r.get("adopted", ""), r.get("en", ""), r.get("zh", ""))
            for r in _rows("resolutions.csv")}


@cache
def subjects() -> tuple[Subject, ...]:
    """Subject terms and the article that governs the subject (司法协助 → 46 …), longest first."""
    rows = [Subject(r["term"], int(r["article"])) for r in _rows("subjects.csv")]
    return tuple(sorted(rows, key=lambda s: -len(s.term)))


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Session:
    session: int
    start: dt.date | None
    end: dt.date | None
    venue_en: str
    venue_zh: str
    symbol: str


@cache
def cosp_sessions() -> tuple[Session, ...]:
    return tuple(Session(int(r["session"]), _date(r.get("start", "")), _date(r.get("end", "")),
                         r.get("venue_en", ""), r.get("venue_zh", ""), r.get("symbol", ""))
                 for r in _rows("cosp_sessions.csv"))


@dataclass(frozen=True)
class ExpertMeeting:
    ordinal: int
    start: dt.date | None
    end: dt.date | None
    report_symbol: str


@cache
def expert_meetings() -> tuple[ExpertMeeting, ...]:
    return tuple(ExpertMeeting(int(r["ordinal"]), _date(r.get("start", "")), _date(r.get("end", "")),
                               r.get("report_symbol", "")) for r in _rows("expert_meetings.csv"))


@cache
def glossary() -> tuple[dict[str, str], ...]:
    """Chinese terms of the domain with their English equivalents."""
    return tuple(_rows("glossary.csv"))
