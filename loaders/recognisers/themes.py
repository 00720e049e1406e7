"""Recognise what each recommendation and suggestion asks for: its narrow themes.

Driven by the theme scheme (``ontology/themes.ttl``, read through
:mod:`uncac_kg.ontology.themes`), not by rules about particular reports:

* **terms** — a theme's Chinese labels (``skos:prefLabel``, ``altLabel``,
  ``hiddenLabel``), found in the item's text;
* **phrase patterns** — a label with gaps (``参与…网络``, ``列入…议程``): its parts in
  order, within one clause, each gap at most :data:`GAP` characters;
* **article links** — an article (or article paragraph) the item cites: the themes
  related to that paragraph (``skos:related``), else the themes that concern the
  article as a whole (:meth:`~uncac_kg.ontology.themes.Theme.own_articles`): an item
  citing article 46 gets mutual-legal-assistance even if it never says 司法协助.

Four scope notes and definitions of the scheme are rules here, because a term alone cannot
tell them:

* a form of cooperation (the narrow themes under ``forms-of-cooperation``) is tagged
  when the demand is about it, not when its name only qualifies people or a moment
  (``从事司法协助和引渡事务的从业人员``, ``在提交正式司法协助请求之前``);
* central authorities are tagged when they are the subject of the demand, not when they
  are one side of the communication between authorities (``中央机关和其他主管机关之间的
  直接沟通`` is direct-communication);
* the Convention as a legal basis is tagged when it is asked for, not when cooperation
  based on it is where challenges arise (``基于《公约》的国际合作遇到的挑战``);
* a mandate (``任务授权``) is a meeting topic when it is the expert meeting's own
  (``与专家会议任务授权有关的事项``), not a resolution's or another forum's.

Each theme is tagged once per item, with the strongest evidence for it (a citation, a
preferred, alternative or hidden label, a phrase pattern), the first in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ...ontology import themes as scheme
from ..facts import ArticleCitation, Recommendation, Span, TagMethod, ThemeTag
from ..normalise import canonical

#: The longest gap a phrase pattern bridges between two of its parts.
GAP = 24
#: What a gap may not cross: the end of a clause.
_CLAUSE_END = "，,。；;：:"
#: A form of cooperation that only qualifies people (从事司法协助和引渡事务的从业人员) or a
#: moment (在提交正式司法协助请求之前), read after the form's name.
_QUALIFIER = re.compile(r"^[^，。；]{0,8}?(?:事务)?的(?:从业人员|专家|官员|工作人员)|^[^，。；]{0,4}(?:之前|以前)")
#: An authority that is one side of a relation between authorities (…和其他主管机关之间).
_PARTY = re.compile(r"^[^，。；]{0,16}?之间")
#: Cooperation under the Convention as the setting of challenges (基于《公约》的国际合作遇到的
#:挑战), not as a demand to use the Convention as the basis.
_SETTING = re.compile(r"^[^，。；]{0,16}?(?:遇到|面临|中)的(?:挑战|困难|问题)")
#: A mandate (任务授权) is the expert meeting's own only when the meeting is named before it
#: in the clause (与专家会议任务授权有关的事项), not a resolution's or another forum's.
_OWN_MANDATE = re.compile(r"专家会议[^，。；]{0,12}$")
_MANDATE = "任务授权"
#: The themes whose name may only qualify; the theme whose authorities may only be a party;
#: the theme that applies only as a demand; the theme of the meeting's own mandate.
FORMS = "forms-of-cooperation"
AUTHORITIES = "central-authorities"
LEGAL_BASIS = "convention-legal-basis"
TOPICS = "meeting-topics-panels"


@dataclass(frozen=True)
class _Matcher:
    theme: str
    label: str
    method: TagMethod
    strength: int  # 0 for a preferred label, 1 alternative, 2 hidden, 3 a phrase pattern
    pattern: re.Pattern[str]


_STRENGTH = {"pref": 0, "alt": 1, "hidden": 2}


@cache
def _matchers() -> tuple[_Matcher, ...]:
    """One matcher per Chinese label of every narrow theme, longest labels first."""
    out = []
    for theme in scheme.narrow():
        seen = set()
        for label in theme.labels:
            text = canonical(label.text)
            if text in seen:
                continue
            seen.add(text)
            parts = [re.escape(p) for p in text.split("…") if p]
            gap = f"[^{_CLAUSE_END}]{{0,{GAP}}}?"
            method = TagMethod.PATTERN if label.is_pattern else TagMethod.TERM
            strength = 3 if label.is_pattern else _STRENGTH[label.kind]
            out.append(_Matcher(theme.slug, label.text, method, strength, re.compile(gap.join(parts))))
    return tuple(sorted(out, key=lambda m: (-len(m.label), m.theme, m.label)))


@cache
def _forms() -> frozenset[str]:
    return frozenset(t.slug for t in scheme.narrow() if t.broader == FORMS)


def _incidental(theme: str, text: str, start: int, end: int) -> bool:
    """Whether a match only qualifies (a form), is a party (authorities), is the setting of
    challenges (the Convention as legal basis) or is another body's mandate (topics)."""
    rest = text[end:]
    if theme in _forms():
        return bool(_QUALIFIER.match(rest))
    if theme == AUTHORITIES:
        return bool(_PARTY.match(rest))
    if theme == LEGAL_BASIS:
        return bool(_SETTING.match(rest))
    if theme == TOPICS and text[start:end] == _MANDATE:
        return not _OWN_MANDATE.search(text[:start])
    return False


@dataclass(frozen=True)
class Evidence:
    """A theme shown in a text: where (characters of the text), how, and by which label."""

    theme: str
    method: TagMethod
    term: str
    start: int
    end: int


def in_text(text: str) -> list[Evidence]:
    """Every theme a text shows by its labels, each with its strongest evidence (a preferred
    label before an alternative, a hidden label, a phrase pattern; then the first in reading
    order, the longer where two start together), in reading order."""
    found: dict[str, tuple[tuple[int, int, int], Evidence]] = {}
    for matcher in _matchers():
        for m in matcher.pattern.finditer(text):
            if _incidental(matcher.theme, text, m.start(), m.end()):
                continue
            rank = (matcher.strength, m.start(), m.start() - m.end())
            known = found.get(matcher.theme)
            if known is None or rank < known[0]:
                evidence = Evidence(matcher.theme, matcher.method, matcher.label, m.start(), m.end())
                found[matcher.theme] = (rank, evidence)
            break
    return sorted((e for _, e in found.values()), key=lambda e: (e.start, e.theme))


def for_article(article: int, paragraph: int | None) -> list[str]:
    """The narrow themes a citation of an article (or of one of its paragraphs) shows:
    those related to the paragraph, else those that concern the article as a whole."""
    narrow = scheme.narrow()
    if paragraph is not None:
        exact = [t.slug for t in narrow if (article, paragraph) in t.paragraphs()]
        if exact:
            return exact
    return [t.slug for t in narrow if article in t.own_articles()]


def find(items: Iterable[Recommendation], cited: list[ArticleCitation]) -> list[ThemeTag]:
    """The theme tags of recommendations (or suggestions): by article citations inside
    the item first, then by the labels its text uses."""
    tags: list[ThemeTag] = []
    for item in items:
        seen: set[str] = set()
        for citation in cited:
            inside = (citation.span.place == item.span.place
                      and item.span.start <= citation.span.start < item.span.end)
            if not inside or citation.convention != "UNCAC":
                continue
            for theme in for_article(citation.article, citation.paragraph):
                if theme not in seen:
                    seen.add(theme)
                    tags.append(ThemeTag(item.label, theme, TagMethod.ARTICLE, citation.span.text, citation.span,
                                         citation.article, citation.paragraph))
        offset = item.span.start + max(item.span.text.find(item.text), 0)
        for evidence in in_text(item.text):
            if evidence.theme in seen:
                continue
            seen.add(evidence.theme)
            words = item.text[evidence.start:evidence.end]
            span = Span(item.span.place, offset + evidence.start, offset + evidence.end, words)
            tags.append(ThemeTag(item.label, evidence.theme, evidence.method, evidence.term, span))
    return tags
