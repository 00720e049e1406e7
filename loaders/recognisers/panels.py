"""Recognise the panels a meeting held, their topics and where the panelists came from.

A panel is announced by a paragraph that says one was held (``举行了一场专题小组
讨论会，主题为…``, ``组织了一场专题小组讨论会，内容是…``, ``听取了一个专题小组关于…的
情况介绍``); its panelists are named there (``来自巴西、大韩民国和瑞士以及毒品和犯罪
问题办公室预防恐怖主义处的专家参与了讨论``, ``哈萨克斯坦和美国以及英属维尔京群岛和根西岛
的专家介绍了各自的经验``) or in the paragraphs that follow (``来自中国的主讲人…``),
until the discussion that follows the panel (``在随后的讨论中``).
"""

from __future__ import annotations

import re

from ..facts import Panel, Panelist, Place, PlaceKind, Span
from ..segment import Paragraph, Segmented
from .attendance import split_names

_HELD = re.compile(r"(?:举行|组织|召开|听取)了[^。]{0,12}?(?:专题)?(?:小组讨论|讨论小组|专题小组)")
_TOPIC = (
    re.compile(r"主题为[“「]?(?P<topic>[^。]+?)[”」]?(?:[。；]|$)"),
    re.compile(r"内容是[“「]?(?P<topic>[^。]+?)[”」]?(?:[。；]|$)"),
    re.compile(r"专题小组关于(?P<topic>[^。]+?)的(?:情况介绍|介绍|讨论)"),
    re.compile(r"关于(?P<topic>[^。]{4,}?)的专题小组讨论"),
)
_ORIGINS = re.compile(
    r"(?:来自)?(?P<list>[^，。；：]{2,80}?)的(?:专家|主讲人|讨论嘉宾|讨论小组成员|小组成员|发言者)"
    r"(?:参与了讨论|参加了讨论|介绍了|分享了|担任)"
)
_ONE = re.compile(r"(?:来自|代表)(?P<origin>[^，。；的]{2,30}?)的(?:讨论小组成员|小组成员|主讲人|讨论嘉宾|专家)")
_DISCUSSION = re.compile(r"^(?:在随后的讨论中|在讨论中|随后)")


def find(doc: Segmented) -> list[Panel]:
    panels = []
    paragraphs = doc.paragraphs
    for index, paragraph in enumerate(paragraphs):
        held = _HELD.search(paragraph.text)
        if not held:
            continue
        place = Place(PlaceKind.PARAGRAPH, str(paragraph.number))
        topic = _topic(paragraph, doc)
        panelists = _listed(paragraph, place)
        if not panelists:
            panelists = _following(paragraphs[index + 1:], paragraph)
        span = Span(place, held.start(), held.end(), held.group(0))
        panels.append(Panel(topic, tuple(panelists), span))
    return panels


def _topic(paragraph: Paragraph, doc: Segmented) -> str:
    for pattern in _TOPIC:
        m = pattern.search(paragraph.text)
        if m:
            return m.group("topic").strip("，, ")
    for heading in reversed(paragraph.headings):  # "关于…的专题小组讨论" as a sub-heading
        m = _TOPIC[3].search(heading.title)
        if m:
            return m.group("topic")
    return ""


def _listed(paragraph: Paragraph, place: Place) -> list[Panelist]:
    m = _ORIGINS.search(paragraph.text)
    if not m:
        return []
    names = m.group("list")
    at = m.start("list")
    return [Panelist(name, Span(place, at + offset, at + offset + len(name), name))
            for name, offset in split_names(names.replace("以及", "、 "))
            if name]


def _following(paragraphs: list[Paragraph], announcing: Paragraph) -> list[Panelist]:
    found: list[Panelist] = []
    seen: set[str] = set()
    for paragraph in paragraphs:
        if _DISCUSSION.match(paragraph.text) or paragraph.headings != announcing.headings:
            break
        place = Place(PlaceKind.PARAGRAPH, str(paragraph.number))
        for m in _ONE.finditer(paragraph.text):
            origin = m.group("origin")
            if origin in seen:
                continue
            seen.add(origin)
            found.append(Panelist(origin, Span(place, m.start("origin"), m.end("origin"), origin)))
    return found
