"""Recognise the statistics of the online directory of competent national authorities.

Every document repeats them, dated: ``截至 2019 年 5 月 1 日，115 个缔约国根据《公约》
第六条第三款提供了关于本国预防机关的信息；129 个国家…负责司法协助事宜的中央机关…``
or ``截至2020年9月，该名录中载有…：(a) 132个缔约国的司法协助事宜中央机关；…`` —
a time series of counts per category of authority.
"""

from __future__ import annotations

import re

from ..facts import DirectoryCount, Place, PlaceKind, Span
from ..segment import Segmented
from .dates import date_ranges, months

_DIRECTORY = re.compile(r"名录|目录")
_AS_OF = re.compile(r"截至")
_COUNT = re.compile(r"(\d{1,3})个(?:缔约国|国家)")
#: Category keys and the words that identify them, tried in order.
CATEGORIES = (
    ("civil-administrative", re.compile(r"民事|行政诉讼")),
    ("extradition", re.compile(r"引渡")),
    ("asset-recovery", re.compile(r"资产追回|追回资产")),
    ("mutual-legal-assistance", re.compile(r"司法协助")),
    ("prevention", re.compile(r"预防")),
)
_AUTHORITY = re.compile(r"机关|联络点|联络人|协调中心|主管|中央")


def find(doc: Segmented) -> list[DirectoryCount]:
    found: list[DirectoryCount] = []
    previous = ""
    for paragraph in doc.paragraphs:
        text = paragraph.text
        about_directory = _DIRECTORY.search(text) or _DIRECTORY.search(previous)
        previous = text
        if not about_directory or not _AS_OF.search(text):
            continue
        place = Place(PlaceKind.PARAGRAPH, str(paragraph.number))
        for segment_start, segment in _segments(text):
            count = _COUNT.search(segment)
            if not count:
                continue
            as_of = _as_of(text, segment_start + count.start())
            category = _category(segment[count.end():])
            if as_of is None or category is None:
                continue
            start, end = segment_start + count.start(), segment_start + len(segment)
            found.append(DirectoryCount(as_of, category, int(count.group(1)), Span(place, start, end, text[start:end])))
    return _unique(found)


def _segments(text: str) -> list[tuple[int, str]]:
    """The clauses of a paragraph, split at ``；`` and at item breaks."""
    out, start = [], 0
    for m in re.finditer(r"[；;\n]", text):
        out.append((start, text[start:m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return out


def _category(clause: str) -> str | None:
    if not _AUTHORITY.search(clause):
        return None
    for key, pattern in CATEGORIES:
        if pattern.search(clause):
            return key
    return None


def _as_of(text: str, position: int) -> str | None:
    """The ``截至`` date governing a count: the last one before it."""
    before = text[:position]
    at = before.rfind("截至")
    if at < 0:
        return None
    window = text[at : at + 20]
    days = date_ranges(window)
    if days and days[0].at <= 3:
        return days[0].start.isoformat()
    found = months(window)
    if found and found[0][2] <= 3:
        year, month, _ = found[0]
        return f"{year:04d}-{month:02d}"
    return None


def _unique(found: list[DirectoryCount]) -> list[DirectoryCount]:
    seen: dict[tuple[str, str], DirectoryCount] = {}
    for count in found:
        seen.setdefault((count.as_of, count.category), count)
    return list(seen.values())
