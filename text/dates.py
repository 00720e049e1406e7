"""Dates as the reports write them, in Chinese and in English.

``2019年5月31日``, ``2017年11月6日至7日``, ``9月6日至10日`` (year from
context), ``2018年5月30日和31日``, ``2019年12月30日至2020年1月2日``,
``6月12-13日``, ``截至2020年9月`` (month precision) and ``2 July 2019``.  Functions take
canonical text (no spaces next to Chinese characters), as produced by
:mod:`.normalise`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_DAY = r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日"
_SEPARATOR = r"(?:至|到|-|–|—|~|和|及)"
#: A day, or a range whose first day may drop its 日 (``6月12-13日``, ``6月12至13日``).
_RANGE = re.compile(
    r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})(?:日|(?=" + _SEPARATOR + r"\d{1,2}日))"
    r"(?:" + _SEPARATOR + _DAY + ")?"
)
_MONTH = re.compile(r"(\d{4})年(\d{1,2})月(?!\d{1,2}(?:日|" + _SEPARATOR + "))")

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_ENGLISH = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})\b")


@dataclass(frozen=True)
class DateRange:
    start: dt.date
    end: dt.date
    at: int  # where the expression starts in the text
    stop: int  # where it ends


def _date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def date_ranges(text: str, *, default_year: int | None = None) -> list[DateRange]:
    """Every Chinese day or day range in the text, in order.

    A range without a year takes ``default_year``; one whose year cannot be
    known is skipped (never guessed).
    """
    found = []
    for m in _RANGE.finditer(text):
        y1 = int(m.group(1)) if m.group(1) else default_year
        start = _date(y1, int(m.group(2)), int(m.group(3)))
        if start is None:
            continue
        end = start
        if m.group(6):
            y2 = int(m.group(4)) if m.group(4) else start.year
            month2 = int(m.group(5)) if m.group(5) else start.month
            end_date = _date(y2, month2, int(m.group(6)))
            if end_date is None or end_date < start:
                continue
            end = end_date
        found.append(DateRange(start, end, m.start(), m.end()))
    return found


def first_range(text: str, *, default_year: int | None = None) -> DateRange | None:
    ranges = date_ranges(text, default_year=default_year)
    return ranges[0] if ranges else None


def months(text: str) -> list[tuple[int, int, int]]:
    """(year, month, position) of month-precision dates such as ``截至2020年9月``."""
    return [(int(m.group(1)), int(m.group(2)), m.start()) for m in _MONTH.finditer(text)
            if 1 <= int(m.group(2)) <= 12]


def english_date(text: str) -> dt.date | None:
    """The first English date (``2 July 2019``) in the text."""
    for m in _ENGLISH.finditer(text):
        month = _MONTHS.get(m.group(2).lower())
        if month:
            date = _date(int(m.group(3)), month, int(m.group(1)))
            if date:
                return date
    return None
