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

from ...text.dates import date_ranges, months
from ..facts import OtherMeeting, Place, PlaceKind, Span
from ..segment import Segmented

#: Bodies by the words of their meetings' names, most specific first.
BODIES = (
    ("untoc-wg-technical-assistance", re.compile(r"技术援助(?:问题)?(?:政府专家)?工作组")),
    ("untoc-wg-international-cooperation", re.compile(r"国际合作(?:问题)?工作组")),
    ("informal-expert-group", re.compile(r"非正式专家组")),
    ("irg", re.compile(r"实施情况审议组")),
    ("wg-asset-recovery", re.compile(r"资产追回(?:问题)?(?:不限成员名额政府间)?工作组")),
    ("other", re.compile(r"预防(?:腐败)?(?:问题)?(?:不限成员名额政府间)?工作组")),
    ("globe", re.compile(r"GlobE|全球(?:行动|业务)网络")),
    ("ga-special-session",
     re.compile(r"(?:大会)?反腐败问题特别会议|大会(?:第[\d一二三四五六七八九十]{1,4}届)?特别会议")),
    ("untoc-cop", re.compile(r"缔约方会议(?:(?:在其?|于其?|的)?(?:[^，。；第]{1,12}?举行的)?第.{1,3}届会议"
                             r"|[^。，]{0,10}届会)")),
    ("cosp", re.compile(r"缔约国会议(?:(?:在其?|于其?|的)?(?:[^，。；第]{1,12}?举行的)?第.{1,3}届会议)")),
)
_DATE = (r"(?:\d{4}年|今年|本年)?\d{1,2}月(?:\d{1,2}(?:日|(?=(?:至|到|-|–|—|~)\d))(?:、\d{1,2}日)*"
         r"(?:(?:至|到|和|及|-|–|—|~)(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)?|上旬|中旬|下旬|初|底)?")
#: A session by its number: ``第十五次会议``, ``第四次全体会议`` (``…续会``, a resumed one).
_NUMBER = r"第[\d一二三四五六七八九十]{1,4}[次届](?:全体|特别)?会议"
_NUMBERED = _NUMBER + r"(?:续会)?"
#: A venue: a city, perhaps after its State (``维也纳``, ``俄罗斯联邦圣彼得堡``), not a clause.
_VENUE = r"[^，。、；与以同]{1,20}?"
#: How a meeting is held beside another or in a form: ``与…接连``, ``与…联合``, ``以混合形式``.
_MANNER = r"(?:与[^。，]{2,40}?(?:接连|联合|同时|衔接|背靠背)|以[^。，]{1,12}(?:形式|方式))"
#: date [在 venue] 举行(的|了) name…会议, or name date [在 venue] 举行的 第N次会议.
_HELD = re.compile(
    rf"(?P<date>{_DATE})(?:(?:在|于)(?P<venue>{_VENUE}))?{_MANNER}?"
    r"(?:举行|举办|召开)(?:的|了)?(?P<name>[^。，；]{2,60}?会议(?:第[\d一二三四五六七八九十]{1,4}[次届](?:全体)?会议)?)"
)
_AFTER_NAME = re.compile(
    rf"(?P<name>[^。，；]{{2,30}}?)(?:在|于)?(?P<date>{_DATE})(?:(?:在|于)(?P<venue>{_VENUE}))?{_MANNER}?"
    r"(?:举行|召开|举办)(?:的|了|其)?(?P<number>(?:第.{1,4}[次届](?:全体)?)?会议)"
)
#: A body's meeting named by its date and number alone: 工作组在2020年7月第11次会议.
_DATED_NUMBER = re.compile(
    rf"(?P<name>[^。，；]{{2,20}}?)在(?P<date>{_DATE})(?P<venue>)(?P<number>第[\d一二三四五六七八九十]{{1,4}}[次届]会议)"
)
#: ``DATE，NAME举行了第N次会议``: the date leads the sentence.
_DATE_FIRST = re.compile(
    rf"(?P<date>{_DATE})[，,](?P<name>[^。，；]{{2,30}}?)(?:在(?P<venue>{_VENUE}))?{_MANNER}?(?:举行|召开|举办)了?"
    rf"(?P<number>第[\d一二三四五六七八九十]{{1,4}}[次届](?:全体)?会议(?:续会)?)"
)
#: ``DATE，NAME第N次会议在VENUE举行``.
_DATE_FIRST_NAMED = re.compile(
    rf"(?P<date>{_DATE})[，,](?P<name>[^。，；]{{2,40}}?{_NUMBERED})"
    rf"(?:在(?P<venue>{_VENUE}))?{_MANNER}?(?:举行|召开|举办|通过|决定|审议)"
)
#: ``DATE，A和B在VENUE分别举行了第N次会议和第M次会议``.
_DATE_FIRST_RESPECTIVELY = re.compile(
    rf"(?P<date>{_DATE})[，,](?P<names>[^。；]{{4,80}}?)(?:在(?P<venue>{_VENUE}))?分别(?:举行|召开)了"
    rf"(?P<numbers>{_NUMBER}(?:和|及|、){_NUMBER})"
)
#: Words that refer back to a body named earlier in the paragraph.
_BACK = re.compile(r"(?:^|该|此|其|[，,])(?:工作组|网络|小组)$|^该")
#: A session named by its number alone, of the body spoken of: ``第四次全体会议``, ``其第十次会议``,
#: ``下一次全体会议``.
_BARE_SESSION = re.compile(
    r"(?:其|该[^的，。；]{0,6}的)?(?:第[\d一二三四五六七八九十]{1,4}|下一|上一|首)[次届](?:全体)?会议(?:续会)?")
#: The body a session named before it belongs to, the subject of the sentence's main clause.
_SUBJECT_AFTER = re.compile(
    r"(?:上|期间|时)?[，,]\s?(?P<body>缔约国会议|缔约方会议|[^，。；]{2,16}?工作组|实施情况审议组)")
#: A named session of a known body, with no date: 实施情况审议组第十届会议.
_SESSION = re.compile(r"(?P<name>(?:国际合作(?:问题)?工作组|实施情况审议组|"
                      r"资产追回(?:问题)?(?:不限成员名额政府间)?工作组|技术援助(?:问题)?(?:政府专家)?工作组|"
                      r"预防(?:腐败)?(?:问题)?(?:不限成员名额政府间)?工作组|缔约国会议|缔约方会议|GlobE网络|反腐败执法机构全球(?:行动|业务)网络)"
                      r"(?:的|在其?|于其?)?(?:(?:(?!分别)[^，。；第]){1,12}?举行(?:的|了))?"
                      r"第[\d一二三四五六七八九十]{1,4}[次届](?:全体)?会议)")
#: A session named as an office (缔约国会议第九届会议副主席), the meeting's own setting
#: (在…第七届会议期间), or what a document was written for (为…第七届会议出版的), is not a
#: meeting reported on.
_NOT_REPORTED_AFTER = re.compile(
    r"(?:的)?(?:一位|两位|一名|两名|各位|几位)?(?:候任)?(?:副主席|主席|主席团|报告员|期间)")
_NOT_REPORTED_BEFORE = re.compile(r"(?:同一|该|为|在本届|于本届)$")
_SAME_SERIES = re.compile(r"专家会议")
#: ``NAME于DATE在VENUE举行``, ``NAME将于DATE举行``, ``NAME定于DATE举行``.
_PREDICATE = re.compile(
    rf"(?P<name>[^。，；]{{2,60}}?(?:{_NUMBERED}|会议(?:续会)?))(?:则|也|亦|还)?"
    r"(?:刚刚|刚|已经?|业已|曾|将|暂定|定|拟|计划|预定|预计|预期|原定)?"
    # ``将紧接本次会议之后，于…``, ``与技术援助工作组同期于…``
    r"(?:[^，。；]{1,12}[，,]|与[^，。；]{1,20}?(?:同期|同时|接连|联合|背靠背)(?:举行)?)?"
    rf"(?:于|在)(?P<same_year>同年|当年|同一年)?[［\[]?(?P<date>{_DATE})[］\]]?"
    rf"(?:(?:在|于)(?P<venue>{_VENUE}))?{_MANNER}?(?:举行|召开|举办|结束(?!时))"
)
#: A session's opening and closing days: ``审议组第十五届会议于2024年6月10日（星期一）开幕，6月14日（星期五）闭幕``.
_OPENED_CLOSED = re.compile(
    rf"(?P<name>[^。，；]{{2,60}}?{_NUMBERED})(?:于|在)(?P<date>{_DATE})(?:[（(]星期.[）)])?开幕[，,]?(?:并|并于|于)?"
    rf"(?P<closed>{_DATE})(?:[（(]星期.[）)])?闭幕")
#: A body meeting on a date: ``刑事事项国际合作非正式专家组于2019年3月在维也纳举行会议``.
_BODY_MET = re.compile(
    rf"(?P<name>[^。，；]{{2,40}}?(?:组|网络|审议组))(?:已经?|曾|将)?(?:于|在)(?P<date>{_DATE})"
    rf"(?:(?:在|于)(?P<venue>{_VENUE}))?(?:举行|召开)了?(?:一次|一场)?(?:会议)"
)
#: The dates of a session named just before: ``…第十六届会议之后召开，后者的会期为2025年6月10日至13日``.
_ITS_DATES = re.compile(rf"(?P<which>后者|前者|该届会议|该次会议)的(?:会期|日期)(?:为|是)(?P<date>{_DATE})")
#: Sessions dated one by one: ``A第N次会议和B第M次会议分别于DATE和DATE举行``.
_RESPECTIVELY = re.compile(
    rf"(?P<names>[^。，；]{{4,80}}?)分别(?:于|在)(?P<first>{_DATE})(?:以及|和|及|、)(?P<second>{_DATE})"
    rf"(?:(?:在|于)(?P<venue>{_VENUE}))?{_MANNER}?(?:举行|召开|举办)"
)
#: Sessions sharing one date: ``A第八次会议和B第九次会议均于2017年10月在维也纳举行``.
_BOTH = re.compile(
    rf"(?P<names>[^。，；]{{4,80}}?)(?:均|都|同时)(?:于|在)(?P<date>{_DATE})"
    rf"(?:(?:在|于)(?P<venue>{_VENUE}))?{_MANNER}?(?:举行|召开|举办)"
)
_YEARS = re.compile(r"(\d{4})年")
#: A session named by its number after the body's last one: ``…最近一次会议，即第八次会议``.
_THAT_IS = re.compile(rf"即(?:其)?(?P<name>{_NUMBER})(?!期间|上)"
                      rf"(?:[，,]\s?(?:已经?|将|曾)?(?:于|在)(?P<date>{_DATE}))?")
_BETWEEN_JOINS = re.compile(r"(?:(?!以及|和|及|、).)+")
#: Words before a meeting's name that are not part of it.
_LEAD_IN = re.compile(r"介绍了|提到了?|通报了|回顾了|指出|表示|审议了|关于|包括|以及|此外|另外|根据|依据|依照|按照"
                      r"|专家会议与")
#: ``NAME（DATE，VENUE）``.
_BRACKETED = re.compile(
    rf"(?P<name>[^。，；（]{{0,60}}?{_NUMBERED})（(?:[^，,）]{{1,12}}[，,])?(?P<date>{_DATE})"
    rf"(?:[，,](?P<venue>[^）]{{1,12}}))?）"
)
#: ``NAME，DATE，VENUE；`` (a list of sessions: ``(a)实施情况审议组第四届会议，2013年5月27日至31日，维也纳；``).
_COMMA_DATED = re.compile(
    rf"(?P<name>[^。，；（]{{0,60}}?{_NUMBERED})[，,](?P<date>{_DATE})(?:[，,](?P<venue>[^，。；;]{{1,12}}))?(?=[；;。]|$)"
)
#: The resumed session of the one named before: ``其续会于2022年9月在维也纳举行``.
_RESUMED = re.compile(rf"(?:其|该届会议的?)续会(?:将|已)?(?:于|在)(?P<date>{_DATE})(?:(?:在|于)(?P<venue>{_VENUE}))?"
                      r"(?:举行|召开)")
#: A back-reference to a session named before: ``该次会议于…举行``.
_THAT_SESSION = re.compile(r"^(?:该|这|此|那)(?:次|届)?(?:会议|届会)$")


def find(doc: Segmented, *, year: int | None) -> list[OtherMeeting]:
    found: list[OtherMeeting] = []
    for paragraph in doc.paragraphs:
        place = Place(PlaceKind.PARAGRAPH, str(paragraph.number))
        text = paragraph.text
        months = [m.start() for m in _MONTH.finditer(text)]
        here: list[OtherMeeting] = []
        matches: list[_Match] = [*_near(_HELD, text, months), *_near(_AFTER_NAME, text, months),
                                 *_near(_BODY_MET, text, months),
                   *_near(_DATED_NUMBER, text, months), *_near(_DATE_FIRST, text, months),
                   *_near(_DATE_FIRST_NAMED, text, months),
                   *_named_first(text, months)]
        for m in matches:
            raw = m.group("name") + (m.groupdict().get("number") or "")
            name = _name(m.group("name"), m.groupdict().get("number") or "")
            if _THAT_SESSION.match(name):
                continue  # dated below, as the session it refers to
            body = _body(raw) or _body(name)
            if body is None and (_BACK.search(m.group("name")) or name.startswith("该") or "该" in name[:4]
                                 or _BARE_SESSION.fullmatch(name)):
                body = _topic_body(text[: m.start()], name)  # 该网络的第一次会议, 第二次全体会议
            if body is None and _BARE_SESSION.fullmatch(name) and (after := _SUBJECT_AFTER.match(text, m.end())):
                body = _body(after.group("body") + name)  # ``在…举行的第七届会议上，缔约国会议通过了…``
                name = after.group("body") + name if body else name
            if body is None or _SAME_SERIES.search(raw):
                continue
            same_year = m.groupdict().get("same_year") and _YEARS.findall(text, 0, m.start())
            start, end = _dates(m.group("date"), int(same_year[-1]) if same_year else year)  # 则于同年8月…
            span = Span(place, m.start(), m.end(), m.group(0))
            here.append(OtherMeeting(name, body, start, end, m.group("venue") or None, span))
        here += _respectively(text, place, year)
        for m in _OPENED_CLOSED.finditer(text):
            name = m.group("name")[max(m.group("name").rfind(c) for c in "，。；、") + 1 :]
            body = _body(name)
            start, _ = _dates(m.group("date"), year)
            _, end = _dates(m.group("closed"), int(start[:4]) if start else year)
            if body and not _SAME_SERIES.search(name):
                here.append(OtherMeeting(_name(name, ""), body, start, end, None,
                                         Span(place, m.start(), m.end(), m.group(0))))
        for m in _THAT_IS.finditer(text):  # ``国际合作工作组最近一次会议，即第八次会议``
            body = _topic_body(text[: m.start()], m.group("name"))
            if body and not any(f.span.start <= m.start() < f.span.end for f in here):
                start, end = _dates(m.group("date"), year) if m.group("date") else (None, None)
                here.append(OtherMeeting(m.group("name"), body, start, end, None,
                                         Span(place, m.start("name"), m.end(), m.group(0))))
        for m in _SESSION.finditer(text):
            if _NOT_REPORTED_AFTER.match(text, m.end()) or _NOT_REPORTED_BEFORE.search(text, 0, m.start()):
                continue
            if any(m.group("name") in f.name or _same_session(m.group("name"), f)
                   or (f.span.start < m.end() and m.start() < f.span.end and _body(m.group("name")) in (f.body, None))
                   for f in here):
                continue  # (read already, with its date)
            body = _body(m.group("name"))
            span = Span(place, m.start(), m.end(), m.group(0))
            here.append(OtherMeeting(m.group("name"), body or "other", None, None, None, span))
        for m in _RESUMED.finditer(text):  # ``…第十三届会议于…举行，其续会于2022年9月在维也纳举行``
            before = [f for f in here if f.span.end <= m.start() and "续会" not in f.name]
            if before:
                start, end = _dates(m.group("date"), year)
                here.append(OtherMeeting(before[-1].name + "续会", before[-1].body, start, end,
                                         m.group("venue") or None, Span(place, m.start(), m.end(), m.group(0))))
        here = _dated_by_its_dates(text, here, year)
        found += _date_back_references(text, place, here, matches, year)
    return _unique(found)


def _dated_by_its_dates(text: str, here: list[OtherMeeting], year: int | None) -> list[OtherMeeting]:
    """``后者的会期为DATE``: the dates of the (last or first) session named before without any."""
    out = list(here)
    for m in _ITS_DATES.finditer(text):
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
    for m in _DATE_FIRST_RESPECTIVELY.finditer(text):
        start, end = _dates(m.group("date"), year)
        bodies = [(p.group(0), m.start("names") + p.start()) for p in _BETWEEN_JOINS.finditer(m.group("names"))]
        numbers = re.findall(_NUMBERED, m.group("numbers"))
        if len(bodies) == len(numbers):
            for (name, at), number in zip(bodies, numbers, strict=True):
                body = _body(name)
                if body and not _SAME_SERIES.search(name):
                    out.append(OtherMeeting(_name(name, number), body, start, end, m.group("venue") or None,
                                            Span(place, at, at + len(name), name)))
    for m in _BOTH.finditer(text):
        start, end = _dates(m.group("date"), year)
        for piece in _BETWEEN_JOINS.finditer(m.group("names")):
            name, at = piece.group(0), m.start("names") + piece.start()
            body = _body(name) if re.search(_NUMBERED, name) else None
            if body and not _SAME_SERIES.search(name):  # each its own span: one date, two meetings
                out.append(OtherMeeting(_name(name, ""), body, start, end, m.group("venue") or None,
                                        Span(place, at, at + len(name), name)))
    for m in _RESPECTIVELY.finditer(text):
        names = [n for n in re.split(r"和|及|以及|、", m.group("names")) if re.search(_NUMBERED, n)]
        shared = _TWO_OF_ONE_BODY.search(m.group("names"))
        if shared:  # ``A第十一次和第十二次会议分别于…``: both sessions of one body
            names = [f"{shared.group('body')}第{shared.group(n)}次会议" for n in ("a", "b")]
        if len(names) != 2:
            continue
        start, end = _dates(m.group("first"), year)
        later = _dates(m.group("second"), int(start[:4]) if start else year)
        for name, (first, last) in zip(names, [(start, end), later], strict=True):
            body = _body(name)
            if body and not _SAME_SERIES.search(name):
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
    for pattern in (_PREDICATE, _BRACKETED, _COMMA_DATED):
        for m in pattern.finditer(text):
            if not any(m.start("date") <= month < m.end("date") for month in months):
                continue
            name = m.group("name")
            cut = max(name.rfind(c) for c in "，。；、")
            opened = name.rfind("（")
            if opened > cut and name.find("）", opened) < 0:
                cut = opened
            name = name[cut + 1 :]
            leads = list(_LEAD_IN.finditer(name))
            out.append(_Renamed(m, name[leads[-1].end() :] if leads else name))
    return out


def _same_session(name: str, meeting: OtherMeeting) -> bool:
    """``缔约方会议第八届会议`` is ``联合国打击跨国有组织犯罪公约缔约方会议第八届会议``."""
    number = re.search(_NUMBERED, name)
    return bool(number) and _body(name) == meeting.body and number.group(0) in meeting.name  # type: ignore[union-attr]


def _date_back_references(text: str, place: Place, here: list[OtherMeeting], matches: list[_Match],
                          year: int | None) -> list[OtherMeeting]:
    """``…工作组第十四次会议的成果。该次会议于2023年6月5日和6日在维也纳举行``: the date of a
    back-reference is the date of the session named before it, if that one had none."""
    out = list(here)
    for m in matches:
        name = _name(m.group("name"), m.groupdict().get("number") or "")
        if not _THAT_SESSION.match(name):
            continue
        earlier = [i for i, f in enumerate(out) if f.span.end <= m.start() and f.start is None]
        if not earlier:
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


_COSP_ALONE = re.compile(r"缔约国会议(?!第)")
_COP_ALONE = re.compile(r"缔约方会议(?!第)")
#: A body referred to by its kind alone: ``该网络的…``, ``工作组在…``, ``该审议组…``.
_BODY_NOUN = re.compile(r"^(?:该|此|其|这一?)?(工作组|网络|审议组|小组)")


def _topic_body(before: str, name: str) -> str | None:
    """The body a session named without it belongs to: for ``该网络的…``, the body named last
    whose name ends in the same noun; otherwise the body the sentence (or, if it names none so
    far, the sentence before) is about, its first named — None if that is the document's series."""
    noun = _BODY_NOUN.match(name)
    if name.startswith("其"):  # ``该网络已于…启动，其第一次全体会议…``: the body the sentence is about
        sentence = before[max(before.rfind("。"), before.rfind("；")) + 1 :]
        noun = _BODY_NOUN.match(sentence) or noun
    named: list[tuple[int, int, int, str | None, str]] = [
        (m.start(), m.end(), -rank, key, m.group(0)) for rank, (key, pattern) in enumerate(BODIES)
        for m in pattern.finditer(before)]
    named += [(m.start(), m.end(), 0, None, m.group(0)) for m in _SAME_SERIES.finditer(before)]
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
        here = [n for n in named if n[0] >= start]
        if here:
            return min(here, key=lambda n: (n[0], n[2]))[3]
    return None


def _dates(text: str, year: int | None) -> tuple[str | None, str | None]:
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
