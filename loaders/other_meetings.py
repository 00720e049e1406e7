"""Recognise the other meetings a document reports on, with their dates.

``2018 年 10 月 16 日在维也纳举行的国际合作工作组第十次会议``,
``2019 年 4 月 9 日至 11 日在维也纳举行了刑事事项中的国际合作问题非正式专家组会议``,
``国际合作工作组 2021 年 3 月 25 日和 26 日在维也纳举行的第十二次会议``,
``2021 年 6 月举行的大会反腐败问题特别会议``: a date, perhaps a venue, and the
name of a meeting of a known body (the UNTOC working groups, informal expert
groups, the Implementation Review Group, the asset recovery working group, the
GlobE network, the General Assembly special session, the Conference).  Meetings
of the document's own series are the series' business, not "other meetings".
"""

from __future__ import annotations

import re

from .dates import date_ranges, months
from .facts import OtherMeeting, Place, PlaceKind, Span
from .segment import Segmented

#: Bodies by the words of their meetings' names, most specific first.
BODIES = (
    ("untoc-wg-technical-assistance", re.compile(r"技术援助问题(?:政府专家)?工作组")),
    ("untoc-wg-international-cooperation", re.compile(r"国际合作工作组")),
    ("informal-expert-group", re.compile(r"非正式专家组")),
    ("irg", re.compile(r"实施情况审议组")),
    ("wg-asset-recovery", re.compile(r"资产追回问题(?:不限成员名额政府间)?工作组")),
    ("globe", re.compile(r"GlobE|反腐败执法机构全球行动网络")),
    ("ga-special-session", re.compile(r"大会反腐败问题特别会议|大会特别会议")),
    ("cosp", re.compile(r"缔约国会议第.{1,3}届会议")),
)
_DATE = (r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日(?:(?:至|到|和|及)(?:\d{1,2}月)?\d{1,2}日)?)?")
#: date [在 venue] 举行(的|了) name…会议, or name date [在 venue] 举行的 第N次会议.
_HELD = re.compile(
    rf"(?P<date>{_DATE})(?:(?:在|于)(?P<venue>[^，。、；]{{1,8}}?))?(?:与[^。，]{{2,40}}?接连|以[^。，]{{1,12}}形式)?"
    r"举行(?:的|了)(?P<name>[^。，；]{2,60}?会议)"
)
_AFTER_NAME = re.compile(
    rf"(?P<name>[^。，；]{{2,30}}?)(?P<date>{_DATE})(?:(?:在|于)(?P<venue>[^，。、；]{{1,8}}?))?举行的(?P<number>第.{{1,4}}次会议)"
)
_FUTURE = re.compile(r"定于|计划|将于|拟于|预计")
_SAME_SERIES = re.compile(r"专家会议")


def find(doc: Segmented, *, year: int | None) -> list[OtherMeeting]:
    found: list[OtherMeeting] = []
    for paragraph in doc.paragraphs:
        place = Place(PlaceKind.PARAGRAPH, str(paragraph.number))
        text = paragraph.text
        for m in list(_HELD.finditer(text)) + list(_AFTER_NAME.finditer(text)):
            name = m.group("name") + (m.groupdict().get("number") or "")
            name = re.sub(r"^(?:在维也纳|与会者|此外|其中包括)", "", name)
            body = _body(name)
            if body is None or _SAME_SERIES.search(name):
                continue
            if _FUTURE.search(text[max(0, m.start() - 6) : m.start()]):
                continue
            start, end = _dates(m.group("date"), year)
            venue = m.group("venue")
            span = Span(place, m.start(), m.end(), m.group(0))
            found.append(OtherMeeting(name, body, start, end, venue, span))
    return _unique(found)


def _body(name: str) -> str | None:
    for key, pattern in BODIES:
        if pattern.search(name):
            return key
    return None


def _dates(text: str, year: int | None) -> tuple[str | None, str | None]:
    days = date_ranges(text, default_year=year)
    if days:
        return days[0].start.isoformat(), days[0].end.isoformat()
    found = months(text) if "年" in text else []
    if found:
        y, month, _ = found[0]
        return f"{y:04d}-{month:02d}", f"{y:04d}-{month:02d}"
    return None, None


def _unique(found: list[OtherMeeting]) -> list[OtherMeeting]:
    seen: dict[tuple[str, str, str | None], OtherMeeting] = {}
    for meeting in sorted(found, key=lambda m: m.span.start):
        key = (meeting.span.place.key, meeting.body, meeting.start)
        seen.setdefault(key, meeting)
    return list(seen.values())
