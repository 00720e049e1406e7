"""Sessions of other bodies referred to without their body or their dates: ``该工作组第九次会议``,
``第十次会议`` after the body spoken of, ``该次会议于…举行`` after a session named without a date,
``后者的会期为…`` — resolved against what the paragraph named before (:mod:`.other_meetings`)."""

from __future__ import annotations

import re

from ..facts import OtherMeeting, Place, Span
from .other_meeting_words import (
    BARE_SESSION,
    BODIES,
    ITS_DATES,
    NUMBERED,
    SAME_SERIES,
    THAT_SESSION,
    body_of,
    dates_of,
    meeting_name,
)


class Renamed:
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


#: A match of a session's name and date, or one whose name is re-read.
SessionMatch = re.Match[str] | Renamed


def body_met_then(here: list[OtherMeeting]) -> list[OtherMeeting]:
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

def dated_by_its_dates(text: str, here: list[OtherMeeting], year: int | None) -> list[OtherMeeting]:
    """``后者的会期为DATE``: the dates of the (last or first) session named before without any."""
    out = list(here)
    for m in ITS_DATES.finditer(text):
        undated = [i for i, f in enumerate(out) if f.span.end <= m.start() and f.start is None]
        if not undated:
            continue
        i = undated[0] if m.group("which") == "前者" else undated[-1]
        start, end = dates_of(m.group("date"), year)
        out[i] = OtherMeeting(out[i].name, out[i].body, start, end, out[i].venue, out[i].span)
    return out

def same_session(name: str, meeting: OtherMeeting) -> bool:
    """``缔约方会议第八届会议`` is ``联合国打击跨国有组织犯罪公约缔约方会议第八届会议``."""
    number = re.search(NUMBERED, name)
    return bool(number) and body_of(name) == meeting.body and number.group(0) in meeting.name  # type: ignore[union-attr]

def date_back_references(text: str, place: Place, here: list[OtherMeeting], matches: list[SessionMatch],
                          year: int | None) -> list[OtherMeeting]:
    """``…工作组第十四次会议的成果。该次会议于2023年6月5日和6日在维也纳举行``: the date of a
    back-reference is the date of the session named before it, if that one had none."""
    out = list(here)
    for m in matches:
        name = meeting_name(m.group("name"), m.groupdict().get("number") or "")
        if not THAT_SESSION.match(name):
            continue
        earlier = [i for i, f in enumerate(out) if f.span.end <= m.start() and f.start is None]
        if not earlier:  # ``…通报了该工作组第十五次会议的成果。该次会议于…举行``: a session named by its number
            bare = [b for b in BARE_SESSION.finditer(text, 0, m.start()) if b.group(0).startswith(("该", "此", "其"))]
            body = topic_body(text[: bare[-1].start()], bare[-1].group(0)) if bare else None
            if not body and text[max(0, m.start() - 1) : m.start()] in "，,":  # ``…非正式专家组会议，会议于…召开``
                body = topic_body(text[: m.start()], name)
                if body and body != "other":
                    start, end = dates_of(m.group("date"), year)
                    out.append(OtherMeeting(name, body, start, end, m.group("venue") or None,
                                            Span(place, m.start(), m.end(), m.group(0))))
                continue
            if not body or any(f.span.start <= bare[-1].start() < f.span.end for f in out):
                continue
            start, end = dates_of(m.group("date"), year)
            out.append(OtherMeeting(bare[-1].group(0), body, start, end, m.group("venue") or None,
                                    Span(place, bare[-1].start(), m.end(), text[bare[-1].start() : m.end()])))
            continue
        i = earlier[-1]
        start, end = dates_of(m.group("date"), year)
        meeting = out[i]
        span = Span(place, meeting.span.start, m.end(), text[meeting.span.start : m.end()])
        out[i] = OtherMeeting(meeting.name, meeting.body, start, end, m.group("venue") or meeting.venue, span)
    return out

_COSP_ALONE = re.compile(r"缔约国会议(?!第[\d一二三四五六七八九十]{1,3}届)")  # (``缔约国会议第4/2号决议``: alone)
_COP_ALONE = re.compile(r"缔约方会议(?!第[\d一二三四五六七八九十]{1,3}届)")
#: A body referred to by its kind alone: ``该网络的…``, ``工作组在…``, ``该审议组…``.
BODY_NOUN = re.compile(r"^(?:该|此|其|这一?)?(工作组|网络|审议组|小组)")


def topic_body(before: str, name: str) -> str | None:
    """The body a session named without it belongs to: for ``该网络的…``, the body named last
    whose name ends in the same noun; otherwise the body the sentence (or, if it names none so
    far, the sentence before) is about, its first named — None if that is the document's series."""
    noun = BODY_NOUN.match(name) or re.search(r"(?:该|此|其)(工作组|网络|审议组|小组)", name)  # (…设立的该工作组)
    if name.startswith("其"):  # ``该网络已于…启动，其第一次全体会议…``: the body the sentence is about
        sentence = before[max(before.rfind("。"), before.rfind("；")) + 1 :]
        noun = BODY_NOUN.match(sentence) or noun
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
        if start and (it := BODY_NOUN.match(before[start:])) and it.group(0)[0] in "该此这":
            return topic_body(before[:start], it.group(0))  # ``该工作组由…缔约方会议设立，第九次会议于…``
        here = [n for n in named if n[0] >= start]
        if here:
            return min(here, key=lambda n: (n[0], n[2]))[3]
    return None
