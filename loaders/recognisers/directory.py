"""Recognise the statistics of the online directory of competent national authorities.

Every document repeats them, dated by ``截至``: a time series of counts per category of
authority.  Editors write a count and its category in either order —

* count first, in a clause of its own: ``截至 2019 年 5 月 1 日，115 个缔约国根据《公约》
  第六条第三款提供了关于本国预防机关的信息；129 个国家…中央机关…``, or joined by commas
  ``截至2023年5月，137个缔约国已依照…通报了负责司法协助的中央机关，124个缔约国通报了…``,
  or ``(a) 132个缔约国的司法协助事宜中央机关；``;
* category first: ``负责司法协助的中央机关——127个缔约国``, ``预防机关：105个缔约国``,
  ``通报了引渡事宜中央机关的缔约国有38个``

— and may add an earlier figure for comparison, dated in brackets
(``127个缔约国（2015年5月为122个）``), which counts for the same category at its own date.
Counts of answers to a note verbale or of members of a network (``答复``, ``加入``) are not
directory statistics.  A count whose category or date cannot be read is reported as partly
understood.
"""

from __future__ import annotations

import re

from ...text.dates import date_ranges, months
from ...text.numerals import CHINESE_NUMERAL_CHARS, to_int
from .. import doubts
from ..facts import DirectoryCount, Place, PlaceKind, Span
from ..segment import Segmented

_DIRECTORY = re.compile(r"名录|目录")
_AS_OF = re.compile(r"截至|截止(?:到|至)?")
#: A count of States: ``137个缔约国``, ``137 个国家``, or ``137个`` closing a clause.
_COUNT = re.compile(
    rf"(?P<n>\d{{1,3}}|[{CHINESE_NUMERAL_CHARS}]{{2,6}})\s?个(?:(?P<noun>缔约国|国家)|(?![\u4e00-\u9fff]))"
)
#: Category keys and the words that identify them, tried in order.
CATEGORIES = (
    ("civil-administrative", re.compile(r"民事|行政诉讼")),
    ("extradition", re.compile(r"引渡")),
    ("asset-recovery", re.compile(r"资产追回|追回资产")),
    ("mutual-legal-assistance", re.compile(r"司法协助")),
    ("prevention", re.compile(r"预防")),
)
_AUTHORITY = re.compile(r"机关|联络点|联络人|协调中心|主管|中央")
#: Counts of something else: answers to a note verbale, members of a network.
_OTHER = re.compile(r"答复|回复|复函|加入|成员|参加|出席")
#: A clause boundary: a count's words do not run past it.
_HARD = re.compile(r"[；;。\n]")
#: A count stated as the predicate of its category: ``…机关——127个``, ``…的缔约国有38个``.
_PREDICATE_BEFORE = re.compile(r"(?:——|—|－|-|：|:|为|有|达|达到|增至|共计|共有|共)$")
#: A bracketed earlier figure: ``（2015年5月为122个）``.
_EARLIER = re.compile(r"[（(](?P<date>[^（）()]{4,16}?)(?:时)?(?:为|有|是)$")


def find(doc: Segmented) -> list[DirectoryCount]:
    found: list[DirectoryCount] = []
    previous = ""
    for paragraph in doc.paragraphs:
        text = paragraph.text
        about = _DIRECTORY.search(text) or _DIRECTORY.search(previous) or any(
            _DIRECTORY.search(h.title) for h in paragraph.headings[1:])
        previous = text
        if not about or not _AS_OF.search(text):
            continue
        found += _counts(text, Place(PlaceKind.PARAGRAPH, str(paragraph.number)))
    return _unique(found)


def _counts(text: str, place: Place) -> list[DirectoryCount]:
    out: list[DirectoryCount] = []
    counts = [m for m in _COUNT.finditer(text) if _value(m) is not None]
    main = [m for m in counts if not _bracketed(text, m.start())]
    last_category: tuple[int, str | None] = (-1, None)
    for m in counts:
        value = _value(m)
        assert value is not None
        if _bracketed(text, m.start()):
            earlier = _EARLIER.search(text, max(0, m.start() - 20), m.start())
            owner = last_category[1] if last_category[0] >= 0 and m.start() - last_category[0] < 40 else None
            if earlier and owner:
                as_of = _date(earlier.group("date"))
                if as_of:
                    out.append(DirectoryCount(as_of, owner, value, _span(text, place, m.start(), m.end())))
            continue
        clause_start, clause_end = _clause(text, m, main)
        clause = text[clause_start:clause_end]
        if _OTHER.search(clause):
            continue
        category = _category_of(text, m, clause_start, clause_end)
        as_of = _as_of(text, m.start())
        if category is None:
            if _AUTHORITY.search(clause) and as_of:
                doubts.note(place, "directory-statistics",
                            f"a count ({value}) of the directory whose category could not be read")
            continue
        if as_of is None:
            doubts.note(place, "directory-statistics", f"a count ({value}) for {category} without a date")
            continue
        last_category = (m.end(), category)
        out.append(DirectoryCount(as_of, category, value, _span(text, place, m.start(), clause_end)))
    return out


def _value(m: re.Match[str]) -> int | None:
    raw = m.group("n")
    try:
        value = to_int(raw)
    except ValueError:
        return None
    return value if value >= 2 else None


def _bracketed(text: str, position: int) -> bool:
    opened = max(text.rfind("（", 0, position), text.rfind("(", 0, position))
    closed = max(text.rfind("）", 0, position), text.rfind(")", 0, position))
    return opened > closed


def _clause(text: str, m: re.Match[str], main: list[re.Match[str]]) -> tuple[int, int]:
    """The words that belong to this count: from the boundary or count before it to the boundary
    or count after it."""
    index = next(i for i, c in enumerate(main) if c.start() == m.start())
    hard_before = max((b.end() for b in _HARD.finditer(text, 0, m.start())), default=0)
    start = max(hard_before, main[index - 1].end() if index else 0)
    hard_after = _HARD.search(text, m.end())
    end = hard_after.start() if hard_after else len(text)
    if index + 1 < len(main):
        end = min(end, main[index + 1].start())
    return start, end


def _category_of(text: str, m: re.Match[str], start: int, end: int) -> str | None:
    """The category named after the count (``137个缔约国通报了…司法协助…机关``), or before it
    when the count is the predicate (``…中央机关——127个缔约国``)."""
    before = text[start : m.start()]
    after = text[m.end() : end]
    # a comma before the next count ends this count's words: "…机关，124个缔约国…"
    cut = after.rfind("，")
    if cut >= 0 and end < len(text) and _COUNT.match(text, end):
        after = after[:cut]
    predicate = bool(_PREDICATE_BEFORE.search(before.rstrip())) or not m.group("noun")
    if predicate:
        clause_before = before[before.rfind("，") + 1 :] if "，" in before else before
        return _category(clause_before) or _category(before) or _category(after)
    return _category(after) or _category(before[before.rfind("，") + 1 :] if "，" in before else before)


def _category(words: str) -> str | None:
    if not _AUTHORITY.search(words):
        return None
    for key, pattern in CATEGORIES:
        if pattern.search(words):
            return key
    return None


def _as_of(text: str, position: int) -> str | None:
    """The ``截至`` date governing a count: the last one before it (``截至同日``: the one before)."""
    found = None
    for m in _AS_OF.finditer(text, 0, position):
        window = text[m.end() : m.end() + 16]
        if not re.match(r"(?:同日|同一日期?|该日|当日|上述日期)", window):
            found = _date(window)
    return found


def _date(window: str) -> str | None:
    """A day or month at the start of ``window``."""
    days = date_ranges(window)
    if days and days[0].at <= 2:
        return days[0].start.isoformat()
    found = months(window)
    if found and found[0][2] <= 2:
        year, month, _ = found[0]
        return f"{year:04d}-{month:02d}"
    return None


def _span(text: str, place: Place, start: int, end: int) -> Span:
    return Span(place, start, end, text[start:end])


def _unique(found: list[DirectoryCount]) -> list[DirectoryCount]:
    seen: dict[tuple[str, str], DirectoryCount] = {}
    for count in found:
        seen.setdefault((count.as_of, count.category), count)
    return list(seen.values())
