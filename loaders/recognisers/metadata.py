"""Recognise what a document is: its kind, series, meeting, dates, venue,
distribution date and symbol, from the header and the title sentence.

A meeting report's title sentence reads
``2019年5月31日在维也纳举行的第八次增进…专家会议的报告``; a Secretariat note
has the meeting's name, dates and venue as header lines
(``2020年11月16日至18日，维也纳``) and the words ``秘书处的说明``, and names
the meeting it is written for in its text (``向第九次专家会议通报``).
A text in which none of this is found is not a document the loaders know:
:func:`recognise` raises ``ValueError`` saying what is missing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from ...ontology import reference
from ...ontology.series import Series, find_series
from ...text.dates import english_date as _english_date
from ...text.dates import first_range
from ...text.numerals import CHINESE_NUMERAL_CHARS, to_int
from ..facts import DocumentKind, Meeting, Place, PlaceKind, Span
from ..normalise import flow, locate
from ..segment import Segmented
from .symbols import is_symbol

_ORDINAL = re.compile(rf"第([{CHINESE_NUMERAL_CHARS}]{{1,4}}|\d{{1,3}})(?:次|届)")
_VENUE_TITLE = re.compile(r"日(?:在|于)(.{1,12}?)(?:以[^举]{1,16}(?:形式|方式))?举行")  # (``以线下和线上相结合的方式``)
#: (the venue line may run on into the title after it: ``…2021年9月6日至10日，维也纳增进…第十次会议报告``)
_VENUE_LINE = re.compile(
    r"日[，,]([^\s（）()，,]{1,12}?)(?:[）)]|$|(?=第[\d一二三四五六七八九十]{1,3}次|的?报告$|增进))")
_NOTE = re.compile(r"秘书处(?:的)?说明")
_REPORT_TITLE = re.compile(r"报告$|的报告")
#: The first meeting is ``首次``/``首届`` as often as ``第一次``.
_FIRST = re.compile(r"首(?:次|届)(?:[^，。；]{0,40}?)?会议")
_PREPARED_FOR = re.compile(rf"(?:向|为|供)第([{CHINESE_NUMERAL_CHARS}]{{1,4}}|\d{{1,3}})次\S{{0,6}}?会议")
_LANGUAGES = {"chinese": "zh", "english": "en", "french": "fr", "spanish": "es",
              "russian": "ru", "arabic": "ar"}


@dataclass(frozen=True)
class Identity:
    kind: DocumentKind
    series: Series
    meeting: Meeting
    title: str
    title_span: Span | None  # where the title stands in the header place
    symbol: str | None
    distributed: dt.date | None
    language: str | None
    original_language: str | None


def recognise(doc: Segmented, *, running_heads: list[str]) -> Identity:
    header = doc.header_text
    if not header:
        raise ValueError("no header or title before the first numbered paragraph")
    series = find_series(header)
    if series is None:
        raise ValueError(
            "not a document of a known meeting series: the header names none "
            "(expected e.g. 增进《联合国反腐败公约》下国际合作不限成员名额政府间专家会议)"
        )
    kind = DocumentKind.NOTE if _NOTE.search(header) else DocumentKind.REPORT
    title = _title(doc, series, kind)
    if kind is DocumentKind.REPORT and not _REPORT_TITLE.search(title):
        raise ValueError("no title sentence: neither a meeting report (…会议的报告) "
                         "nor a Secretariat note (秘书处的说明)")
    symbol = _symbol(doc.header, running_heads)
    return Identity(
        kind=kind,
        series=series,
        meeting=_meeting(doc, series, kind, title, symbol),
        title=title,
        title_span=_span_in_header(doc, title),
        symbol=symbol,
        distributed=_distributed(doc.header),
        language=_language(doc.header),
        original_language=_original(doc.header),
    )


def _span_in_header(doc: Segmented, text: str) -> Span | None:
    """Where ``text`` (which may run over the header's lines) stands in the header place."""
    header = doc.header_place
    found = locate(header, text)
    return Span(Place(PlaceKind.HEADER, "0"), found[0], found[1], header[found[0]:found[1]]) if found else None


def _title(doc: Segmented, series: Series, kind: DocumentKind) -> str:
    """The title sentence of a report; the title of a note (above ``秘书处的说明``)."""
    lines = [line for line in doc.header if not _is_masthead(line)]
    if kind is DocumentKind.REPORT:
        text = flow(lines)
        m = series.pattern.search(text)
        assert m is not None
        end = text.find("报告", m.end())
        return text[: end + 2] if end >= 0 else text
    return note_header(doc, series)[2] or series.name_zh


_NOTE_ITEM = re.compile(r"^(?:临时)?议程\*?项目(\d{1,2})")


def note_header(doc: Segmented, series: Series) -> tuple[int | None, str, str]:
    """A note's header: (agenda item number, agenda item title, the note's title).

    Between ``临时议程*项目3`` and ``秘书处的说明`` stand the agenda item's title and then
    the note's own, each perhaps wrapped over lines; the note's title is the one that
    names the meeting series (``增进…专家会议任务授权执行进展情况``).
    """
    lines = [line for line in doc.header if not _is_masthead(line)]
    at_note = next((i for i, line in enumerate(lines) if _NOTE.search(line)), len(lines))
    at_item = next((i for i, line in enumerate(lines[:at_note]) if _NOTE_ITEM.match(line)), None)
    if at_item is None:
        start = next((i + 1 for i, line in enumerate(lines[:at_note]) if first_range(line)), 0)
        return None, "", flow(lines[start:at_note])
    number = int(_NOTE_ITEM.match(lines[at_item]).group(1))  # type: ignore[union-attr]
    block = flow(lines[at_item + 1 : at_note])
    named = [m for m in series.pattern.finditer(block) if m.start() > 0]
    if not named:
        return number, block, ""
    split = block.rfind("增进", max(0, named[-1].start() - 30), named[-1].start())
    split = split if split >= 0 else named[-1].start()
    return number, block[:split], block[split:]


def _is_masthead(line: str) -> bool:
    low = line.lower()
    return (
        low.startswith(("distr", "original", "chinese", "english"))
        or bool(re.fullmatch(r"\d{1,2} [A-Za-z]+ \d{4}", line))
        or is_symbol(line)
        or line.endswith(("缔约国会议", "缔约方会议"))
    )


def _meeting(doc: Segmented, series: Series, kind: DocumentKind, title: str, symbol: str | None) -> Meeting:
    if kind is DocumentKind.REPORT:
        where = title
        ordinal_text = _ORDINAL.search(title)
        ordinal = to_int(ordinal_text.group(1)) if ordinal_text else (1 if _FIRST.search(title) else None)
    else:
        where = next((c for c in doc.header if first_range(c)), "")
        ordinal = _note_ordinal(doc)
    dates = first_range(where)
    if dates is None and kind is DocumentKind.REPORT:  # ``…专家会议报告`` then ``（2023年6月14日至16日，维也纳）``
        where = next((line for line in doc.header if first_range(line) and _VENUE_LINE.search(line)), where)
        dates = first_range(where)
    if ordinal is None and kind is DocumentKind.REPORT and series.key == "eg1":
        # a title without 第…次 (``2015年6月11日和12日在维也纳举行的…专家会议的报告``): the meeting
        # whose report the document's own symbol is, or that the series held on those dates
        known = reference.expert_meetings()
        ordinal = next((m.ordinal for m in known if symbol and m.report_symbol == symbol), None) or next(
            (m.ordinal for m in known if dates is not None and m.start == dates.start), None)
    if ordinal is None:
        raise ValueError("the meeting's ordinal (第…次) is not stated")
    venue = _VENUE_TITLE.search(where) or _VENUE_LINE.search(where)
    return Meeting(
        series=series.key,
        ordinal=ordinal,
        start=dates.start if dates else None,
        end=dates.end if dates else None,
        venue=venue.group(1) if venue else None,
    )


def _note_ordinal(doc: Segmented) -> int | None:
    """The meeting a note is written for: ``向第九次专家会议通报``, else the latest one named."""
    texts = [p.text for p in doc.paragraphs]
    for text in texts:
        m = _PREPARED_FOR.search(text)
        if m and "本说明" in text:
            return to_int(m.group(1))
    named = [to_int(m.group(1)) for text in texts for m in _ORDINAL.finditer(text)
             if "会议" in text[m.end() : m.end() + 8]]
    return max(named) if named else None


def _symbol(header: list[str], running_heads: list[str]) -> str | None:
    """The document's own symbol: its running head, or a symbol standing alone in the header."""
    heads = Counter(h for h in running_heads if is_symbol(h))
    if heads:
        return heads.most_common(1)[0][0].replace(" ", "")
    alone = [line for line in header if is_symbol(line)]
    if alone:
        return alone[0].replace(" ", "")
    for line in header:  # "联合国 CAC/COSP/EG.1/2014/3": the masthead's first line
        rest = _MASTHEAD_WORDS.sub(" ", line).strip()
        if rest != line.strip() and is_symbol(rest):
            return rest.replace(" ", "")
    return None


#: Words of the masthead that may share a line with the document's symbol.
_MASTHEAD_WORDS = re.compile(r"^\s*(?:联合国|United Nations|Nations Unies|Naciones Unidas)\s*|"
                             r"\s*V\.\d{2}-\d{5}(?:\s*[(（][A-Za-z][)）])?\s*|"
                             r"\s*(?:Distr\.?\s*[:：]\s*(?:General|Limited|Restricted))\s*$", re.IGNORECASE)


def _distributed(header: list[str]) -> dt.date | None:
    for i, line in enumerate(header):
        if line.lower().startswith("distr"):
            for candidate in [line, *header[i + 1 : i + 3]]:
                date = _english_date(candidate)
                if date:
                    return date
    return None


def _language(header: list[str]) -> str | None:
    """The language named in the masthead (``Chinese``), if any."""
    for line in header:
        code = _LANGUAGES.get(line.strip().lower())
        if code:
            return code
    return None


def _original(header: list[str]) -> str | None:
    for line in header:
        m = re.match(r"original\s*[:：]\s*([A-Za-z]+)", line.strip(), re.IGNORECASE)
        if m:
            return _LANGUAGES.get(m.group(1).lower())
    return None
