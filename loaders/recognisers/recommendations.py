"""Recognise the recommendations a meeting agreed.

They are the lettered items ``(a)``, ``(b)`` … of the paragraphs of the
section whose title speaks of recommendations: ``结论和建议`` in most reports,
``缔约国在会议期间提出的建议`` (proposals made by States parties during the
meeting) in the 10th.  Lettered lists elsewhere (a mandate's functions, the
directory counts) are not recommendations, and neither are the concluding
paragraphs of a Secretariat note, which suggest rather than agree.
"""

from __future__ import annotations

import re

from ...ontology import reference
from ..facts import ArticleCitation, ArticleLink, Kind, Place, PlaceKind, Recommendation, Span
from ..segment import Paragraph, Segmented

_RECOMMENDATIONS_SECTION = re.compile(r"建议$")


def _concluding(doc: Segmented) -> list[tuple[Place, Paragraph]]:
    """The paragraphs of the section of recommendations (结论和建议 …), with their places."""
    return [(Place(PlaceKind.PARAGRAPH, str(p.number)), p) for p in doc.paragraphs
            if p.section is not None and _RECOMMENDATIONS_SECTION.search(p.section.title)]


def suggestions(doc: Segmented, kind: Kind) -> list[Recommendation]:
    """A Secretariat note's concluding suggestions: one per paragraph of its 结论和建议,
    labelled by the paragraph number."""
    if kind is not Kind.NOTE:
        return []
    return [Recommendation(str(p.number), p.text, Span(place, 0, len(p.text), p.text))
            for place, p in _concluding(doc)]


def find(doc: Segmented, kind: Kind) -> list[Recommendation]:
    if kind is not Kind.REPORT:
        return []
    return [Recommendation(item.label, item.text, Span(place, item.start, item.end, p.text[item.start : item.end]))
            for place, p in _concluding(doc) for item in p.items]


# --- to whom, and about which articles ---------------------------------------

#: Actors, by the words that name them, in the order they are tried.
ACTORS = (
    ("unodc", "毒品和犯罪问题办公室"),
    ("secretariat", "秘书处"),
    ("cosp", "缔约国会议"),
    ("expert-meeting", "专家会议"),
    ("states-parties", "缔约国"),
)
#: Names of bodies: a subject term inside them (国际合作工作组) names the body, not a subject.
_BODY_NAMES = re.compile(
    r"(?:增进)?(?:《[^》]{1,20}》下)?国际合作(?:问题)?(?:不限成员名额政府间)?专家会议|国际合作工作组|"
    r"资产追回问题(?:不限成员名额政府间)?工作组|实施情况审议组"
)
_ASKED = re.compile(
    r"(?:鼓励|请|促请|敦促|邀请|吁请|建议|应赞扬)(?P<actor>[^，。；]{0,20}?)"
    r"(?:继续|考虑|在|根据|定期|积极|加强|分享|简化|进一步|努力|[^，。；]{0,2}(?:应|$))"
)
_SUBJECT = re.compile(r"^(?P<actor>[^，。；]{0,40}?)应(?:当|继续|考虑|努力|积极|为|推动|探讨|在)?")


def addressees(recs: list[Recommendation]) -> dict[str, list[str]]:
    """Who each recommendation asks to act: ``鼓励缔约国…`` → states-parties, ``秘书处应…`` → secretariat.

    A proposal with no actor named (``充分利用《公约》…``) is addressed to the States parties.
    """
    out: dict[str, list[str]] = {}
    for rec in recs:
        found = _actors(rec.text)
        out[rec.label] = found or ["states-parties"]
    return out


def _actors(text: str) -> list[str]:
    head = re.split(r"[，,；;]", text, maxsplit=1)[0]
    for pattern in (_ASKED, _SUBJECT):
        m = pattern.search(head if pattern is _SUBJECT else text[:40])
        if m and (keys := _keys(m.group("actor"))):
            return keys
    return []


def _keys(words: str) -> list[str]:
    keys = []
    rest = words
    for key, name in ACTORS:
        if name in rest:
            keys.append(key)
            rest = rest.replace(name, "")
    return keys


def article_links(recs: list[Recommendation], cited: list[ArticleCitation]) -> list[ArticleLink]:
    """The articles each recommendation concerns: cited in it, else inferred from a subject term."""
    links = []
    for rec in recs:
        seen: set[int] = set()
        for citation in cited:
            inside = citation.span.place == rec.span.place and rec.span.start <= citation.span.start < rec.span.end
            if inside and citation.convention == "UNCAC" and citation.article not in seen:
                seen.add(citation.article)
                links.append(ArticleLink(rec.label, citation.article, True, citation.span.text, citation.span))
        matches: list[tuple[int, int, int]] = [(m.start(), m.end(), 0) for m in _BODY_NAMES.finditer(rec.text)]
        for subject in reference.subjects():  # longest terms first
            for m in re.finditer(re.escape(subject.term), rec.text):
                if not any(a <= m.start() < b for a, b, _ in matches):  # 司法协助 inside 刑事司法协助
                    matches.append((m.start(), m.end(), subject.article))
        offset = max(rec.span.text.find(rec.text), 0)
        for start, end, article in sorted(matches):
            if article == 0 or article in seen:  # 0: the name of a body, not a subject
                continue
            seen.add(article)
            at = rec.span.start + offset + start
            term = rec.text[start:end]
            links.append(ArticleLink(rec.label, article, False, term, Span(rec.span.place, at, at + len(term), term)))
    return links
