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

from ..facts import OtherMeeting, Place, PlaceKind, Span
from ..segment import Segmented
from .other_meeting_references import (
    BODY_NOUN,
    Renamed,
    SessionMatch,
    body_met_then,
    date_back_references,
    dated_by_its_dates,
    same_session,
    topic_body,
)
from .other_meeting_words import (
    AFTER_NAME,
    BACK,
    BARE_SESSION,
    BETWEEN_JOINS,
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
    LEAD_IN,
    NAME_DATE_OF,
    NOT_REPORTED_AFTER,
    NOT_REPORTED_BEFORE,
    NUMBERED,
    OPENED_CLOSED,
    PREDICATE,
    RESPECTIVELY,
    RESUMED,
    SAME_MONTH,
    SAME_SERIES,
    SESSION,
    SUBJECT_AFTER,
    THAT_IS,
    THAT_SESSION,
    YEARS,
    body_of,
    dates_of,
    meeting_name,
)

_YEAR_MONTH = re.compile(r"\d{4}年\d{1,2}月")


_TO_THE_LAST_MEETING = re.compile(r"[^。，；]{2,60}会议")


def find(doc: Segmented, *, year: int | None) -> list[OtherMeeting]:
    token = SAME_MONTH.set(None)
    try:
        return _find(doc, year=year)
    finally:
        SAME_MONTH.reset(token)


def _find(doc: Segmented, *, year: int | None) -> list[OtherMeeting]:
    found: list[OtherMeeting] = []
    month_before: str | None = None
    for paragraph in doc.paragraphs:
        place = Place(PlaceKind.PARAGRAPH, str(paragraph.number))
        text = paragraph.text
        named = [m.group(0) for m in _YEAR_MONTH.finditer(text, 0, max(text.rfind("同月"), 0))]
        SAME_MONTH.set(named[-1] if named else month_before)
        month_before = next(reversed([m.group(0) for m in _YEAR_MONTH.finditer(text)]), month_before)
        months = [m.start() for m in _MONTH.finditer(text)]
        here: list[OtherMeeting] = []
        matches: list[SessionMatch] = [*_near(HELD, text, months), *_near(AFTER_NAME, text, months),
                                 *_near(BODY_MET, text, months),
                   *_near(DATED_NUMBER, text, months), *_near(DATE_FIRST, text, months),
                   *_near(DATE_FIRST_NAMED, text, months), *_near(DATE_OF, text, months),
                   *_near(DATE_THEN_BODY, text, months), *BODY_MET_DATED_AFTER.finditer(text),
                   *_near(NAME_DATE_OF, text, months),
                   *_named_first(text, months)]
        for m in matches:
            raw = m.group("name") + (m.groupdict().get("number") or "")
            held = isinstance(m, re.Match) and m.re is HELD
            if held and body_of(raw) is None and (longer := _TO_THE_LAST_MEETING.match(text, m.start("name"))):
                raw = longer.group(0)  # ``召集了一次关于…视频会议技术的非正式专家组会议``: the clause's last 会议
            name = meeting_name(raw if held else m.group("name"), m.groupdict().get("number") or "")
            if THAT_SESSION.match(name):
                continue  # dated below, as the session it refers to
            if raw.startswith(("该", "此", "其", "这")) and BODY_NOUN.match(raw):
                body = topic_body(text[: m.start()], raw)  # ``该工作组则于…举行了会议``: the body named before
            else:
                body = body_of(raw) or body_of(name)
            if body is None and BARE_SESSION.fullmatch(name) and (host := m.groupdict().get("host")):
                body = body_of(host)  # ``同月晚些时候，资产追回问题工作组举行了第十八次会议``: the host's session
                name = host + name if body else name
            if body is None and (BACK.search(m.group("name")) or name.startswith("该") or "该" in name[:4]
                                 or BARE_SESSION.fullmatch(name)):
                body = topic_body(text[: m.start()], name)  # 该网络的第一次会议, 第二次全体会议
            if body is None and BARE_SESSION.fullmatch(name) and (after := SUBJECT_AFTER.match(text, m.end())):
                body = body_of(after.group("body") + name)  # ``在…举行的第七届会议上，缔约国会议通过了…``
                name = after.group("body") + name if body else name
            if body is None or SAME_SERIES.search(name):  # (not the words before it: ``…向专家会议通报了X…``)
                continue
            same_year = m.groupdict().get("same_year") and YEARS.findall(text, 0, m.start())
            # (a date without its year: the year the paragraph named last, ``2022年6月13日…和6月16日举行的…``)
            said = YEARS.findall(text, 0, m.start("date"))  # (the paragraph's narrative year)
            start, end = dates_of(m.group("date"), int(same_year[-1]) if same_year else int(said[-1]) if said else year)
            span = Span(place, m.start(), m.end(), m.group(0))
            here.append(OtherMeeting(name, body, start, end, m.group("venue") or None, span))
        here += _respectively(text, place, year)
        for m in OPENED_CLOSED.finditer(text):
            name = m.group("name")[max(m.group("name").rfind(c) for c in "，。；、") + 1 :]
            body = body_of(name)
            start, _ = dates_of(m.group("date"), year)
            _, end = dates_of(m.group("closed"), int(start[:4]) if start else year)
            if body and not SAME_SERIES.search(name):
                here.append(OtherMeeting(meeting_name(name, ""), body, start, end, None,
                                         Span(place, m.start(), m.end(), m.group(0))))
        for m in THAT_IS.finditer(text):  # ``国际合作工作组最近一次会议，即第八次会议``
            body = topic_body(text[: m.start()], m.group("name"))
            if body and not any(f.span.start <= m.start() < f.span.end for f in here):
                start, end = dates_of(m.group("date"), year) if m.group("date") else (None, None)
                here.append(OtherMeeting(m.group("name"), body, start, end, None,
                                         Span(place, m.start("name"), m.end(), m.group(0))))
        for m in SESSION.finditer(text):
            if NOT_REPORTED_AFTER.match(text, m.end()) or NOT_REPORTED_BEFORE.search(text, 0, m.start()):
                continue
            if re.search(r"\d{4}年(?!\d{1,2}月)", m.group("name")):
                continue  # ``缔约国会议2011年在马拉喀什举行的第四届会议``: dated by its year only, not counted
            if text.startswith("期间", m.end()) and SAME_SERIES.search(text, max(text.rfind("。", 0, m.start()), 0),
                                                                     m.start()):
                continue  # ``专家会议在…第七届会议期间…举行``: the series' own setting (another body's is a session)
            if any(m.group("name") in f.name or same_session(m.group("name"), f)
                   or (f.span.start < m.end() and m.start() < f.span.end and body_of(m.group("name")) in (f.body, None))
                   for f in here):
                continue  # (read already, with its date)
            body = body_of(m.group("name"))
            span = Span(place, m.start(), m.end(), m.group(0))
            here.append(OtherMeeting(m.group("name"), body or "other", None, None, None, span))
        for m in RESUMED.finditer(text):  # ``…第十三届会议于…举行，其续会于2022年9月在维也纳举行``
            before = [f for f in here if f.span.end <= m.start() and "续会" not in f.name]
            if before:
                start, end = dates_of(m.group("date"), year)
                here.append(OtherMeeting(before[-1].name + "续会", before[-1].body, start, end,
                                         m.group("venue") or None, Span(place, m.start(), m.end(), m.group(0))))
        here = dated_by_its_dates(text, body_met_then(here), year)
        found += date_back_references(text, place, here, matches, year)
    return _unique(found)


def _respectively(text: str, place: Place, year: int | None) -> list[OtherMeeting]:
    """Two sessions named together, dated ``分别于`` in the same order, or ``均于`` one date, or
    two bodies holding their sessions on one date (``DATE，A和B分别举行了第九次会议和第十一次会议``)."""
    out: list[OtherMeeting] = []
    for m in DATE_FIRST_RESPECTIVELY.finditer(text):
        start, end = dates_of(m.group("date"), year)
        bodies = [(p.group(0), m.start("names") + p.start()) for p in BETWEEN_JOINS.finditer(m.group("names"))]
        numbers = re.findall(NUMBERED, m.group("numbers"))
        if len(bodies) == len(numbers):
            for (name, at), number in zip(bodies, numbers, strict=True):
                body = body_of(name)
                if body and not SAME_SERIES.search(name):
                    out.append(OtherMeeting(meeting_name(name, number), body, start, end, m.group("venue") or None,
                                            Span(place, at, at + len(name), name)))
    for m in BOTH.finditer(text):
        start, end = dates_of(m.group("date"), year)
        for piece in BETWEEN_JOINS.finditer(m.group("names")):
            name, at = piece.group(0), m.start("names") + piece.start()
            body = body_of(name) if re.search(NUMBERED, name) else None
            if body and not SAME_SERIES.search(name):  # each its own span: one date, two meetings
                out.append(OtherMeeting(meeting_name(name, ""), body, start, end, m.group("venue") or None,
                                        Span(place, at, at + len(name), name)))
    for m in RESPECTIVELY.finditer(text):
        parts = re.split(r"和|及|以及|、", m.group("names"))
        if len(parts) == 2 and re.fullmatch(r"(?:其|该届会议的?)?续会", parts[1].strip()):
            parts[1] = parts[0] + "续会"  # ``A第十四届会议和续会分别于…和…``: the session and its resumed part
        names = [n for n in parts if re.search(NUMBERED, n)]
        if len(names) == 2 and body_of(names[1]) is None and (numbered := re.search(NUMBERED, names[0])):
            names[1] = names[0][: numbered.start()] + names[1].strip()  # ``A第五届会议和第六届会议分别于…``: A's
        shared = _TWO_OF_ONE_BODY.search(m.group("names"))
        if shared:  # ``A第十一次和第十二次会议分别于…``: both sessions of one body
            names = [f"{shared.group('body')}第{shared.group(n)}{shared.group('unit')}会议" for n in ("a", "b")]
        if len(names) != 2:
            continue
        start, end = dates_of(m.group("first"), year)
        later = dates_of(m.group("second"), int(start[:4]) if start else year)
        for name, (first, last) in zip(names, [(start, end), later], strict=True):
            body = body_of(name)
            if body and not SAME_SERIES.search(name):
                out.append(OtherMeeting(meeting_name(name, ""), body, first, last, m.group("venue") or None,
                                        Span(place, m.start(), m.end(), m.group(0))))
    return out


#: Two sessions of one body named together: ``国际合作工作组第十一次和第十二次会议``.
_TWO_OF_ONE_BODY = re.compile(
    r"(?P<body>[^。，；]{2,60}?)第(?P<a>[\d一二三四五六七八九十]{1,4})[次届](?:会议)?(?:和|及|以及|、)"
    r"第(?P<b>[\d一二三四五六七八九十]{1,4})(?P<unit>[次届])(?:全体)?会议$")  # (a Conference's sessions: 届)


def _named_first(text: str, months: list[int]) -> list[Renamed]:
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
            out.append(Renamed(m, name[leads[-1].end() :] if leads else name))
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
