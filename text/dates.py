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

from .numerals import to_int

_DAY = r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日"
_SEPARATOR = r"(?:至|到|-|–|—|~|和|及)"
#: A day, or a range whose first day may drop its 日 (``6月12-13日``, ``6月12至13日``).
_RANGE = re.compile(
    r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})(?:日|(?=" + _SEPARATOR + r"\d{1,2}日))"
    r"(?:、\d{1,2}日)*"  # the days between, listed: ``5月27日、28日和29日``
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


_YEAR_DIGITS = "〇零一二三四五六七八九"
_SMALL = "一二三四五六七八九十"
_DIGIT_OF = {"〇": 0, "零": 0, **{c: i for i, c in enumerate("一二三四五六七八九", start=1)}}
#: A date written in Chinese numerals, with a four-digit year: ``二〇二一年六月二日至四日``.
_CHINESE_DATE = re.compile(
    rf"(?P<year>[{_YEAR_DIGITS}]{{4}})年(?:(?P<month>[{_SMALL}]{{1,3}})月)?(?:(?P<day>[{_SMALL}]{{1,3}})日)?"
    rf"(?:(?P<sep>至|到|和|及)(?:(?P<month2>[{_SMALL}]{{1,3}})月)?(?P<day2>[{_SMALL}]{{1,3}})日)?"
)


def arabic_dates(text: str) -> str:
    """Dates written in Chinese numerals in Arabic ones: ``二〇二一年六月二日至四日`` →
    ``2021年6月2日至4日`` (a four-digit year is required, so ``十二月`` alone stays as it is)."""
    def arabic(m: re.Match[str]) -> str:
        out = "".join(str(_DIGIT_OF[c]) for c in m.group("year")) + "年"
        for key, unit in (("month", "月"), ("day", "日")):
            if m.group(key):
                out += f"{to_int(m.group(key))}{unit}"
        if m.group("day2"):
            out += m.group("sep") + (f"{to_int(m.group('month2'))}月" if m.group("month2") else "")
            out += f"{to_int(m.group('day2'))}日"
        return out

    return _CHINESE_DATE.sub(arabic, text)

