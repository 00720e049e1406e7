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
from collections.abc import Iterator
from contextvars import ContextVar

from ...text.dates import date_ranges, months
from ..facts import OtherMeeting, Place, PlaceKind, Span
from ..segment import Segmented
from .other_meeting_words import (
    AFTER_NAME,
    BACK,
    BARE_SESSION,
    BETWEEN_JOINS,
    BODIES,
    BODY_MET,
    BODY_MET_DATED_AFTER,
    BOTH,
    BRACKETED,
    COMMA_DATED,
    DATE_FIRST,
    DATE_FIRST_NAMED,
    DATE_FIRST_RESPECTIVELY,
    DATE_OF,
    DATE_THEN_BODY,
    DATED_NUMBER,
    HELD,
    ITS_DATES,
    LEAD_IN,
    NAME_DATE_OF,
    NOT_REPORTED_AFTER,
    NOT_REPORTED_BEFORE,
    NUMBERED,
    OPENED_CLOSED,
    PREDICATE,
    RESPECTIVELY,
    RESUMED,
    SAME_SERIES,
    SESSION,
    SUBJECT_AFTER,
    THAT_IS,
    THAT_SESSION,
    YEARS,
)

#: The month ``同月`` means in the paragraph being read: the last one named before it (``…于2017年10月9日和
#: 10日…举行。`` then ``…随后于同月11日至13日…``), in this paragraph or an earlier one.
_SAME_MONTH: ContextVar[str | None] = ContextVar("same_month", default=None)
_YEAR_MONTH = re.compile(r"\d{4}年\d{1,2}月")


def find(doc: Segmented, *, year: int | None) -> list[OtherMeeting]:
    token = _SAME_MONTH.set(None)
    try:
        return _find(doc, year=year)
    finally:
        _SAME_MONTH.reset(token)


def _find(doc: Segmented, *, year: int | None) -> list[OtherMeeting]:
    found: list[OtherMeeting] = []
    month_before: str | None = None
    for paragraph in doc.paragraphs:
        place = Place(PlaceKind.PARAGRAPH, str(paragraph.number))
        text = paragraph.text
        named = [m.group(0) for m in _YEAR_MONTH.finditer(text, 0, max(text.rfind("同月"), 0))]
        _SAME_MONTH.set(named[-1] if named else month_before)
        month_before = next(reversed([m.group(0) for m in _YEAR_MONTH.finditer(text)]), month_before)
        months = [m.start() for m in _MONTH.finditer(text)]
        here: list[OtherMeeting] = []
        matches: list[_Match] = [*_near(HELD, text, months), *_near(AFTER_NAME, text, months),
                                 *_near(BODY_MET, text, months),
                   *_near(DATED_NUMBER, text, months), *_near(DATE_FIRST, text, months),
                   *_near(DATE_FIRST_NAMED, text, months), *_near(DATE_OF, text, months),
                   *_near(DATE_THEN_BODY, text, months), *BODY_MET_DATED_AFTER.finditer(text),
                   *_near(NAME_DATE_OF, text, months),
                   *_named_first(text, months)]
        for m in matches:
            raw = m.group("name") + (m.groupdict().get("number") or "")
            name = _name(m.group("name"), m.groupdict().get("number") or "")
            if THAT_SESSION.match(name):
                continue  # dated below, as the session it refers to
            if raw.startswith(("该", "此", "其", "这")) and _BODY_NOUN.match(raw):
                body = _topic_body(text[: m.start()], raw)  # ``该工作组则于…举行了会议``: the body named before
            else:
                body = _body(raw) or _body(name)
            if body is None and (BACK.search(m.group("name")) or name.startswith("该") or "该" in name[:4]
                                 or BARE_SESSION.fullmatch(name)):
                body = _topic_body(text[: m.start()], name)  # 该网络的第一次会议, 第二次全体会议
            if body is None and BARE_SESSION.fullmatch(name) and (after := SUBJECT_AFTER.match(text, m.end())):
                body = _body(after.group("body") + name)  # ``在…举行的第七届会议上，缔约国会议通过了…``
                name = after.group("body") + name if body else name
            if body is None or SAME_SERIES.search(name):  # (not the words before it: ``…向专家会议通报了X…``)
                continue
            same_year = m.groupdict().get("same_year") and YEARS.findall(text, 0, m.start())
            # (a date without its year: the year the paragraph named last, ``2022年6月13日…和6月16日举行的…``)
            said = YEARS.findall(text, 0, m.start("date"))  # (the paragraph's narrative year)
            start, end = _dates(m.group("date"), int(same_year[-1]) if same_year else int(said[-1]) if said else year)
            span = Span(place, m.start(), m.end(), m.group(0))
            here.append(OtherMeeting(name, body, start, end, m.group("venue") or None, span))
        here += _respectively(text, place, year)
        for m in OPENED_CLOSED.finditer(text):
            name = m.group("name")[max(m.group("name").rfind(c) for c in "，。；、") + 1 :]
            body = _body(name)
            start, _ = _dates(m.group("date"), year)
            _, end = _dates(m.group("closed"), int(start[:4]) if start else year)
            if body and not SAME_SERIES.search(name):
                here.append(OtherMeeting(_name(name, ""), body, start, end, None,
                                         Span(place, m.start(), m.end(), m.group(0))))
        for m in THAT_IS.finditer(text):  # ``国际合作工作组最近一次会议，即第八次会议``
            body = _topic_body(text[: m.start()], m.group("name"))
            if body and not any(f.span.start <= m.start() < f.span.end for f in here):
                start, end = _dates(m.group("date"), year) if m.group("date") else (None, None)
                here.append(OtherMeeting(m.group("name"), body, start, end, None,
                                         Span(place, m.start("name"), m.end(), m.group(0))))
        for m in SESSION.finditer(text):
            if NOT_REPORTED_AFTER.match(text, m.end()) or NOT_REPORTED_BEFORE.search(text, 0, m.start()):
                continue
            if text.startswith("期间", m.end()) and SAME_SERIES.search(text, max(text.rfind("。", 0, m.start()), 0),
                                                                     m.start()):
                continue  # ``专家会议在…第七届会议期间…举行``: the series' own setting (another body's is a session)
            if any(m.group("name") in f.name or _same_session(m.group("name"), f)
                   or (f.span.start < m.end() and m.start() < f.span.end and _body(m.group("name")) in (f.body, None))
                   for f in here):
                continue  # (read already, with its date)
            body = _body(m.group("name"))
            span = Span(place, m.start(), m.end(), m.group(0))
            here.append(OtherMeeting(m.group("name"), body or "other", None, None, None, span))
        for m in RESUMED.finditer(text):  # ``…第十三届会议于…举行，其续会于2022年9月在维也纳举行``
            before = [f for f in here if f.span.end <= m.start() and "续会" not in f.name]
            if before:
                start, end = _dates(m.group("date"), year)
                here.append(OtherMeeting(before[-1].name + "续会", before[-1].body, start, end,
                                         m.group("venue") or None, Span(place, m.start(), m.end(), m.group(0))))
        here = _dated_by_its_dates(text, _body_met_then(here), year)
        found += _date_back_references(text, place, here, matches, year)
    return _unique(found)


def _body_met_then(here: list[OtherMeeting]) -> list[OtherMeeting]:
    """``…国际合作工作组第七次会议的成果。该工作组于10月18日和19日开会``: a body said to meet on a date,
    after its session was named without one, dates that session (one meeting, not two)."""
    out = list(here)
    for met in [f for f in here if f.start and not re.search(NUMBERED, f.name)]:
        named = [i for i, f in enumerate(out) if f.start is None and f.body == met.body
                 and f.span.end <= met.span.start and re.search(NUMBERED, f.name)]
        if named and met in out:
            session = out[named[-1]]
            out[named[-1]] = OtherMeeting(session.name, session.body, met.start, met.end, met.venue or session.venue,
                                          session.span)
            out.remove(met)
    return out


def _dated_by_its_dates(text: str, here: list[OtherMeeting], year: int | None) -> list[OtherMeeting]:
    """``后者的会期为DATE``: the dates of the (last or first) session named before without any."""
    out = list(here)
    for m in ITS_DATES.finditer(text):
        undated = [i for i, f in enumerate(out) if f.span.end <= m.start() and f.start is None]
        if not undated:
            continue
        i = undated[0] if m.group("which") == "前者" else undated[-1]
        start, end = _dates(m.group("date"), year)
        out[i] = OtherMeeting(out[i].name, out[i].body, start, end, out[i].venue, out[i].span)
    return out


def _respectively(text: str, place: Place, year: int | None) -> list[OtherMeeting]:
    """Two sessions named together, dated ``分别于`` in the same order, or ``均于`` one date, or
    two bodies holding their sessions on one date (``DATE，A和B分别举行了第九次会议和第十一次会议``)."""
    out: list[OtherMeeting] = []
    for m in DATE_FIRST_RESPECTIVELY.finditer(text):
        start, end = _dates(m.group("date"), year)
        bodies = [(p.group(0), m.start("names") + p.start()) for p in BETWEEN_JOINS.finditer(m.group("names"))]
        numbers = re.findall(NUMBERED, m.group("numbers"))
        if len(bodies) == len(numbers):
            for (name, at), number in zip(bodies, numbers, strict=True):
                body = _body(name)
                if body and not SAME_SERIES.search(name):
                    out.append(OtherMeeting(_name(name, number), body, start, end, m.group("venue") or None,
                                            Span(place, at, at + len(name), name)))
    for m in BOTH.finditer(text):
        start, end = _dates(m.group("date"), year)
        for piece in BETWEEN_JOINS.finditer(m.group("names")):
            name, at = piece.group(0), m.start("names") + piece.start()
            body = _body(name) if re.search(NUMBERED, name) else None
            if body and not SAME_SERIES.search(name):  # each its own span: one date, two meetings
                out.append(OtherMeeting(_name(name, ""), body, start, end, m.group("venue") or None,
                                        Span(place, at, at + len(name), name)))
    for m in RESPECTIVELY.finditer(text):
        parts = re.split(r"和|及|以及|、", m.group("names"))
        if len(parts) == 2 and re.fullmatch(r"(?:其|该届会议的?)?续会", parts[1].strip()):
            parts[1] = parts[0] + "续会"  # ``A第十四届会议和续会分别于…和…``: the session and its resumed part
        names = [n for n in parts if re.search(NUMBERED, n)]
        shared = _TWO_OF_ONE_BODY.search(m.group("names"))
        if shared:  # ``A第十一次和第十二次会议分别于…``: both sessions of one body
            names = [f"{shared.group('body')}第{shared.group(n)}次会议" for n in ("a", "b")]
        if len(names) != 2:
            continue
        start, end = _dates(m.group("first"), year)
        later = _dates(m.group("second"), int(start[:4]) if start else year)
        for name, (first, last) in zip(names, [(start, end), later], strict=True):
            body = _body(name)
            if body and not SAME_SERIES.search(name):
                out.append(OtherMeeting(_name(name, ""), body, first, last, m.group("venue") or None,
                                        Span(place, m.start(), m.end(), m.group(0))))
    return out


#: Two sessions of one body named together: ``国际合作工作组第十一次和第十二次会议``.
_TWO_OF_ONE_BODY = re.compile(
    r"(?P<body>[^。，；]{2,60}?)第(?P<a>[\d一二三四五六七八九十]{1,4})[次届](?:会议)?(?:和|及|以及|、)"
    r"第(?P<b>[\d一二三四五六七八九十]{1,4})[次届](?:全体)?会议$")


class _Renamed:
    """A match whose ``name`` group is read without its lead-in words."""

    def __init__(self, match: re.Match[str], name: str) -> None:
        self._match, self._name = match, name

    def group(self, key: str | int = 0) -> str:
        if key == "name":
            return self._name
        return self._match.group(key)

    def groupdict(self) -> dict[str, str | None]:
        return {**self._match.groupdict(), "name": self._name}

    def start(self, key: str | int = 0) -> int:
        return self._match.start(key)

    def end(self, key: str | int = 0) -> int:
        return self._match.end(key)


_Match = re.Match[str] | _Renamed


def _named_first(text: str, months: list[int]) -> list[_Renamed]:
    """Sessions whose date follows their name: ``NAME于DATE举行``, ``NAME（DATE，VENUE）``."""
    out = []
    for pattern in (PREDICATE, BRACKETED, COMMA_DATED):
        for m in pattern.finditer(text):
            if not any(m.start("date") <= month < m.end("date") for month in months):
                continue
            name = m.group("name")
            cut = max(name.rfind(c) for c in "，。；、")
            opened = name.rfind("（")
            if opened > cut and name.find("）", opened) < 0:
                cut = opened
            name = name[cut + 1 :]
            leads = list(LEAD_IN.finditer(name))
            out.append(_Renamed(m, name[leads[-1].end() :] if leads else name))
    return out


def _same_session(name: str, meeting: OtherMeeting) -> bool:
    """``缔约方会议第八届会议`` is ``联合国打击跨国有组织犯罪公约缔约方会议第八届会议``."""
    number = re.search(NUMBERED, name)
    return bool(number) and _body(name) == meeting.body and number.group(0) in meeting.name  # type: ignore[union-attr]


def _date_back_references(text: str, place: Place, here: list[OtherMeeting], matches: list[_Match],
                          year: int | None) -> list[OtherMeeting]:
    """``…工作组第十四次会议的成果。该次会议于2023年6月5日和6日在维也纳举行``: the date of a
    back-reference is the date of the session named before it, if that one had none."""
    out = list(here)
    for m in matches:
        name = _name(m.group("name"), m.groupdict().get("number") or "")
        if not THAT_SESSION.match(name):
            continue
        earlier = [i for i, f in enumerate(out) if f.span.end <= m.start() and f.start is None]
        if not earlier:  # ``…通报了该工作组第十五次会议的成果。该次会议于…举行``: a session named by its number
            bare = [b for b in BARE_SESSION.finditer(text, 0, m.start()) if b.group(0).startswith(("该", "此", "其"))]
            body = _topic_body(text[: bare[-1].start()], bare[-1].group(0)) if bare else None
            if not body and text[max(0, m.start() - 1) : m.start()] in "，,":  # ``…非正式专家组会议，会议于…召开``
                body = _topic_body(text[: m.start()], name)
                if body and body != "other":
                    start, end = _dates(m.group("date"), year)
                    out.append(OtherMeeting(name, body, start, end, m.group("venue") or None,
                                            Span(place, m.start(), m.end(), m.group(0))))
                continue
            if not body or any(f.span.start <= bare[-1].start() < f.span.end for f in out):
                continue
            start, end = _dates(m.group("date"), year)
            out.append(OtherMeeting(bare[-1].group(0), body, start, end, m.group("venue") or None,
                                    Span(place, bare[-1].start(), m.end(), text[bare[-1].start() : m.end()])))
            continue
        i = earlier[-1]
        start, end = _dates(m.group("date"), year)
        meeting = out[i]
        span = Span(place, meeting.span.start, m.end(), text[meeting.span.start : m.end()])
        out[i] = OtherMeeting(meeting.name, meeting.body, start, end, m.group("venue") or meeting.venue, span)
    return out


#: Every match of the three patterns above has a date, so a ``月`` at most this far from its start.
_MONTH = re.compile("月")
_REACH = 45


def _near(pattern: re.Pattern[str], text: str, months: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying only the starts within reach of a ``月``.

    The same matches, but a long paragraph with few dates costs a few tries per date instead of
    some thirty steps per character (the lazy names of the patterns).
    """
    starts = sorted({s for month in months for s in range(max(0, month - _REACH), month)})
    end = 0
    for start in starts:
        if start < end:
            continue
        m = pattern.match(text, start)
        if m:
            yield m
            end = m.end()


def _name(name: str, number: str) -> str:
    """The meeting's name: the body's words (after any lead-in) and the session number."""
    name = re.sub(r"^.*[）”」](?:是|为|系)", "", name)  # ``第4/2号决议（题为“…”）是缔约国会议…``: what it is
    name = re.sub(r"^.*[”」]", "", name)  # ``题为“…专家会议”的第4/2号决议系由…``: a title is no meeting's name
    name = re.sub(r"^.*?(?:举行了|介绍了|通报了|在|于|与)(?=[^在于与]{2,}$)", "", name)
    name = re.sub(r"^(?:在维也纳|与会者|此外|其中包括|概要介绍了|介绍了|供|向|由|和|及|与|、|）)", "", name)
    name = re.sub(r"(?:定|拟|将|计划)$", "", name)
    if number and not name.endswith(number):
        name = name.removesuffix("的") + number
    return name


def _body(name: str) -> str | None:
    for key, pattern in BODIES:
        if pattern.search(name):
            return key
    return None


_COSP_ALONE = re.compile(r"缔约国会议(?!第[\d一二三四五六七八九十]{1,3}届)")  # (``缔约国会议第4/2号决议``: alone)
_COP_ALONE = re.compile(r"缔约方会议(?!第[\d一二三四五六七八九十]{1,3}届)")
#: A body referred to by its kind alone: ``该网络的…``, ``工作组在…``, ``该审议组…``.
_BODY_NOUN = re.compile(r"^(?:该|此|其|这一?)?(工作组|网络|审议组|小组)")


def _topic_body(before: str, name: str) -> str | None:
    """The body a session named without it belongs to: for ``该网络的…``, the body named last
    whose name ends in the same noun; otherwise the body the sentence (or, if it names none so
    far, the sentence before) is about, its first named — None if that is the document's series."""
    noun = _BODY_NOUN.match(name) or re.search(r"(?:该|此|其)(工作组|网络|审议组|小组)", name)  # (…设立的该工作组)
    if name.startswith("其"):  # ``该网络已于…启动，其第一次全体会议…``: the body the sentence is about
        sentence = before[max(before.rfind("。"), before.rfind("；")) + 1 :]
        noun = _BODY_NOUN.match(sentence) or noun
    named: list[tuple[int, int, int, str | None, str]] = [
        (m.start(), m.end(), -rank, key, m.group(0)) for rank, (key, pattern) in enumerate(BODIES)
        for m in pattern.finditer(before)]
    named += [(m.start(), m.end(), 0, None, m.group(0)) for m in SAME_SERIES.finditer(before)]
    # a Conference named alone, its session named after it: ``缔约国会议是在…举行的第四届会议上``
    named += [(m.start(), m.end(), -len(BODIES), key, m.group(0)) for key, m in
              [*(("cosp", m) for m in _COSP_ALONE.finditer(before)),
               *(("untoc-cop", m) for m in _COP_ALONE.finditer(before))]]
    if noun:
        same = [n for n in named if n[3] is not None
                and (n[4].endswith(noun.group(1)) or before.startswith(noun.group(1), n[1]))]
        if same:
            return max(same, key=lambda n: (n[1], n[2]))[3]
    ends = [m.end() for m in re.finditer(r"[。；]", before)]
    for start in reversed([0, *ends]):
        if start and (it := _BODY_NOUN.match(before[start:])) and it.group(0)[0] in "该此这":
            return _topic_body(before[:start], it.group(0))  # ``该工作组由…缔约方会议设立，第九次会议于…``
        here = [n for n in named if n[0] >= start]
        if here:
            return min(here, key=lambda n: (n[0], n[2]))[3]
    return None


def _dates(text: str, year: int | None) -> tuple[str | None, str | None]:
    if text.startswith("同月"):
        same = _SAME_MONTH.get()
        if same is None:
            return None, None
        text = same + text[2:]
    text = re.sub(r"^(?:今年|本年)", f"{year}年" if year else "", text)  # ``定于今年12月15日至19日``: the report's year
    days = date_ranges(text, default_year=year)
    if days:
        return days[0].start.isoformat(), days[0].end.isoformat()
    found = months(text) if "年" in text else []
    if found:
        y, month, _ = found[0]
        return f"{y:04d}-{month:02d}", f"{y:04d}-{month:02d}"
    return None, None


def _unique(found: list[OtherMeeting]) -> list[OtherMeeting]:
    """One meeting per (paragraph, body, date); a match inside a longer one is the same meeting."""
    seen: dict[tuple[str, str, str | None], OtherMeeting] = {}
    kept: list[OtherMeeting] = []
    for meeting in sorted(found, key=lambda m: (m.span.start, -len(m.span.text))):
        inside = any(k.span.place == meeting.span.place and k.start == meeting.start
                     and k.span.start <= meeting.span.start and meeting.span.end <= k.span.end for k in kept)
        key = (meeting.span.place.key, meeting.body, meeting.start)
        if inside or key in seen:
            continue
        seen[key] = meeting
        kept.append(meeting)
    return kept
