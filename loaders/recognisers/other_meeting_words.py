"""The words of other meetings: the bodies whose sessions count, and the patterns of a
session's name, date, venue and manner (``2018 年 10 月 16 日在维也纳举行的国际合作工作组第十次会议``,
``NAME于DATE在VENUE举行``, ``NAME（DATE，VENUE）``, …) that :mod:`.other_meetings` reads with."""

from __future__ import annotations

import re
from contextvars import ContextVar

from ...text.dates import date_ranges, months

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
DATE = (r"(?:(?:\d{4}年|今年|本年|同年)?\d{1,2}月|同月(?:晚些时候|稍后|晚些|(?=\d|[，,])))"
        r"(?:\d{1,2}(?:日|(?=(?:至|到|-|–|—|~)\d))(?:、\d{1,2}日)*"
         r"(?:(?:至|到|和|及|-|–|—|~)(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)?|上旬|中旬|下旬|初|底)?")
#: A session by its number: ``第十五次会议``, ``第四次全体会议`` (``…续会``, a resumed one).
NUMBER = r"第[\d一二三四五六七八九十]{1,4}[次届](?:全体|特别)?会议"
NUMBERED = NUMBER + r"(?:续会)?"
#: A venue: a city, perhaps after its State (``维也纳``, ``俄罗斯联邦圣彼得堡``), not a clause.
VENUE = r"[^，。、；与以同]{1,20}?"
#: How a meeting is held beside another or in a form: ``与…接连``, ``与…联合``, ``以混合形式``.
MANNER = (r"(?:与[^。，]{2,40}?(?:接连|联合|同时|同期|衔接|背靠背)|以[^。，]{1,12}(?:形式|方式)"
          r"|(?:紧接|紧随|紧跟)[^。，；]{1,16}?(?:之后|之前)|(?:紧接|紧随)其?(?:后|前))")  # (``紧接本次会议之后``)
#: date [在 venue] 举行(的|了) name…会议, or name date [在 venue] 举行的 第N次会议.
#: (``DATE，秘书处在维也纳召开了…会议``: who convened it between; ``DATE，X工作组举行了第N次会议``: whose session)
HELD = re.compile(
    rf"(?P<date>{DATE})(?:[，,](?P<host>[^，。；在于（）()]{{0,12}}?)(?=在|于|举行|召开|举办))?(?:还|也|又|另)?"
    rf"(?:(?:在|于)(?P<venue>{VENUE}))?{MANNER}?"
    r"(?:举行|举办|召开|召集)(?:的|了)?(?P<name>[^。，；]{2,60}?会议(?:(?:(?!会议|举行|召开)[^。，；、]){0,20}?第[\d一二三四五六七八九十]{1,4}[次届](?:全体)?会议)?)"
)
AFTER_NAME = re.compile(
    rf"(?P<name>[^。，；：]{{2,30}}?)(?:在|于)?(?P<date>{DATE})(?:(?:在|于)(?P<venue>{VENUE}))?{MANNER}?"
    r"(?:举行|召开|举办)(?:的|了|其)?(?P<number>(?:第.{1,4}[次届](?:全体)?)?会议)"
)
#: A body's meeting named by its date and number alone: 工作组在2020年7月第11次会议.
DATED_NUMBER = re.compile(
    rf"(?P<name>[^。，；]{{2,20}}?)在(?P<date>{DATE})(?P<venue>)(?P<number>第[\d一二三四五六七八九十]{{1,4}}[次届]会议)"
)
#: ``DATE，NAME举行了第N次会议``: the date leads the sentence.
DATE_FIRST = re.compile(
    rf"(?P<date>{DATE})[，,](?P<name>[^。，；]{{2,30}}?)(?:在(?P<venue>{VENUE}))?{MANNER}?(?:举行|召开|举办)了?"
    rf"(?P<number>第[\d一二三四五六七八九十]{{1,4}}[次届](?:全体)?会议(?:续会)?)"
)
#: ``DATE，NAME第N次会议在VENUE举行``.
DATE_FIRST_NAMED = re.compile(
    rf"(?P<date>{DATE})[，,](?P<name>[^。，；]{{2,40}}?{NUMBERED})"
    rf"(?:在(?P<venue>{VENUE}))?{MANNER}?(?:也|亦|还|则)?(?:举行|召开|举办|通过|决定|审议)"
)
#: ``在DATE的大会反腐败问题特别会议上``, ``审议组2024年6月的第十五届会议``: a session of its date, not
#: said to be held.
DATE_OF = re.compile(
    rf"(?P<date>{DATE})的(?P<name>(?:(?![由与场了])[^。，；]){{2,40}}?(?:{NUMBERED}|特别会议))(?P<venue>)"
    r"(?!的?(?:副主席|主席|报告员))"
)
#: ``2021年6月大会反腐败问题特别会议``: a known body's session right after its date.
DATE_THEN_BODY = re.compile(
    rf"(?P<date>{DATE})(?P<venue>)(?P<name>(?:联合国)?大会(?:反腐败问题)?特别会议|(?:缔约国会议|缔约方会议|实施情况审议组)"
    rf"{NUMBERED})"
)
NAME_DATE_OF = re.compile(
    rf"(?P<name>(?:(?![由与场了])[^。，；]){{2,30}}?)(?:在|于)?(?P<date>{DATE})的?(?P<venue>)"
    r"(?P<number>第[\d一二三四五六七八九十]{1,4}[次届](?:全体)?会议)(?!的?(?:副主席|主席|报告员))"
)
#: ``DATE，A和B在VENUE分别举行了第N次会议和第M次会议``.
DATE_FIRST_RESPECTIVELY = re.compile(
    rf"(?P<date>{DATE})[，,](?P<names>[^。；]{{4,80}}?)(?:在(?P<venue>{VENUE}))?分别(?:举行|召开)了"
    rf"(?P<numbers>{NUMBER}(?:和|及|、){NUMBER})"
)
#: Words that refer back to a body named earlier in the paragraph.
BACK = re.compile(r"(?:^|该|此|其|[，,])(?:工作组|网络|小组|审议组)$|^该")
#: A session named by its number alone, of the body spoken of: ``第四次全体会议``, ``其第十次会议``,
#: ``下一次全体会议``, ``网络第二次全体会议`` (the body by its kind).
BARE_SESSION = re.compile(
    r"(?:其|该[^的，。；]{0,6}的|(?:该|此|其|这一?)?(?:网络|工作组|审议组)的?)?"
    r"(?:第[\d一二三四五六七八九十]{1,4}|下一|上一|首)[次届](?:全体)?会议(?:续会)?")
#: The body a session named before it belongs to, the subject of the sentence's main clause.
SUBJECT_AFTER = re.compile(  # (``…举行的第四届会议所通过的第4/2号决议，缔约国会议决定…``)
    r"(?:上|期间|时|(?:上|中)?所?通过的[^，。；]{0,20})?[，,]\s?(?P<body>[^，。；]{0,16}?(?:缔约国会议|缔约方会议)|[^，。；]{2,16}?工作组|实施情况审议组)")
#: A named session of a known body, with no date: 实施情况审议组第十届会议.
SESSION = re.compile(r"(?P<name>(?:国际合作(?:问题)?工作组|实施情况审议组|"
                      r"资产追回(?:问题)?(?:不限成员名额政府间)?工作组|技术援助(?:问题)?(?:政府专家)?工作组|"
                      r"预防(?:腐败)?(?:问题)?(?:不限成员名额政府间)?工作组|缔约国会议|缔约方会议|GlobE网络|反腐败执法机构全球(?:行动|业务)网络)"
                      r"(?:的|在其?|于其?)?(?:(?:(?!分别)[^，。；第]){1,12}?举行(?:的|了))?"
                      r"第[\d一二三四五六七八九十]{1,4}[次届](?:全体)?会议(?:续会)?)")
#: A session named as an office (缔约国会议第九届会议副主席), or what a document was written for
#: (为…第七届会议出版的), is not a
#: meeting reported on.
NOT_REPORTED_AFTER = re.compile(
    r"(?:的)?(?:另一位|另一名|另外一位|一位|两位|一名|两名|各位|几位)?(?:候任)?(?:副主席|主席|主席团|报告员)")
NOT_REPORTED_BEFORE = re.compile(r"(?:同一|该|为|在本届|于本届)$")
SAME_SERIES = re.compile(r"专家会议")
#: ``NAME于DATE在VENUE举行``, ``NAME将于DATE举行``, ``NAME定于DATE举行``.
PREDICATE = re.compile(
    rf"(?P<name>[^。，；]{{2,60}}?(?:{NUMBERED}|会议(?:续会)?)|(?:该|这|此)(?:续会|会议)|(?<=[，,])会议)(?:则|也|亦|还)?(?:随后|其后|之后|紧接其后|紧随其后|随即|紧接着|接着)?"
    r"(?:刚刚|刚|已经?|业已|曾|将|暂定|定|拟|计划|预定|预计|预期|原定)?"
    # ``将紧接本次会议之后，于…``, ``与技术援助工作组同期于…``
    r"(?:[^，。；]{1,12}[，,]|与[^，。；]{1,20}?(?:同期|同时|接连|联合|背靠背)(?:举行)?)?"
    rf"(?:于|在)?(?:即|本周稍后|稍后|此后)?(?P<same_year>同年|当年|同一年)?[［\[（(]?(?P<date>{DATE})[］\]）)]?{MANNER}?"
    rf"(?:同样|也|亦|还)?(?:(?:在|于)(?P<venue>{VENUE}))?{MANNER}?(?:举行|召开|举办|(?:结束|闭幕)(?!时)|通过(?:了|的)|审议)"
)
#: A session's opening and closing days: ``审议组第十五届会议于2024年6月10日（星期一）开幕，6月14日（星期五）闭幕``.
OPENED_CLOSED = re.compile(
    rf"(?P<name>[^。，；]{{2,60}}?{NUMBERED})(?:于|在)(?P<date>{DATE})(?:[（(]星期.[）)])?开幕[，,]?(?:并|并于|于)?"
    rf"(?P<closed>{DATE})(?:[（(]星期.[）)])?闭幕")
#: A body meeting on a date: ``刑事事项国际合作非正式专家组于2019年3月在维也纳举行会议``.
BODY_MET = re.compile(
    rf"(?P<name>[^。，；]{{2,40}}?(?:组|网络|审议组))(?:已经?|曾|将|预计|预期|预定|拟|计划|定|暂定)?(?:将)?(?:于|在)"
    rf"(?P<date>{DATE}){MANNER}?(?:(?:在|于)(?P<venue>{VENUE}))?{MANNER}?"
    r"(?:(?:举行|召开)(?:了|的)?(?:一次|一场|下一次|其下一次)?(?:全体|特别)?(?:会议)|开会)"
)
#: A body meeting, its date in brackets after: ``国际合作工作组也在维也纳举行了会议（10月8日和9日）``.
BODY_MET_DATED_AFTER = re.compile(
    rf"(?P<name>[^。，；]{{2,40}}?(?:组|网络|审议组))(?:也|还|则|亦)?(?:在(?P<venue>{VENUE}))?(?:举行|召开)了?(?:一次|一场)?会议"
    rf"[（(](?P<date>{DATE})[）)]"
)
#: The dates of a session named just before: ``…第十六届会议之后召开，后者的会期为2025年6月10日至13日``.
ITS_DATES = re.compile(rf"(?:(?P<which>后者|前者)|该届会议|该次会议)"
                       r"(?:的(?:会期|日期)(?:为|是)|(?(which)(?:则|已|将)?(?:于|在)|(?!)))"
                       rf"(?P<date>{DATE})")  # (``后者于6月5日至6日召开``; ``该次会议于…`` is a back-reference)
#: Sessions dated one by one: ``A第N次会议和B第M次会议分别于DATE和DATE举行``.
RESPECTIVELY = re.compile(
    rf"(?P<names>[^。，；]{{4,80}}?)(?:分别|先后|依次)(?:于|在)(?P<first>{DATE})(?:在[^，。；和及、]{{1,12}}?)?(?:以及|和|及|、)"
    rf"(?P<second>{DATE})"
    rf"(?:(?:在|于)(?P<venue>{VENUE}))?{MANNER}?(?:举行|召开|举办)"
)
#: Sessions sharing one date: ``A第八次会议和B第九次会议均于2017年10月在维也纳举行``.
BOTH = re.compile(
    rf"(?P<names>[^。，；]{{4,80}}?)(?:均|都|同时)(?:于|在)(?P<date>{DATE})"
    rf"(?:(?:在|于)(?P<venue>{VENUE}))?{MANNER}?(?:举行|召开|举办)"
)
YEARS = re.compile(r"(\d{4})年")
#: A session named by its number after the body's last one: ``…最近一次会议，即第八次会议``.
THAT_IS = re.compile(rf"即(?:其)?(?P<name>{NUMBER})(?!期间|上)"
                      rf"(?:[，,]\s?(?:已经?|将|曾)?(?:于|在)(?P<date>{DATE}))?")
BETWEEN_JOINS = re.compile(r"(?:(?!以及|和|及|、).)+")
#: Words before a meeting's name that are not part of it.
LEAD_IN = re.compile(r"介绍了|提到了?|通报了|回顾了|指出|表示|审议了|关于|包括|以及|此外|另外|根据|依据|依照|按照"
                      r"|专家会议与")
#: ``NAME（DATE，VENUE）``, ``NAME（定于DATE在VENUE举行）``.
BRACKETED = re.compile(
    rf"(?P<name>[^。，；（]{{0,60}}?(?:{NUMBERED}|特别会议))（(?:[^，,）]{{1,12}}[，,])?(?:定于|将于|拟于|预定于|于)?(?P<date>{DATE})"
    rf"(?:(?:[，,]|在)(?P<venue>[^）]{{1,12}}?))?(?:举行|召开)?）"
)
#: ``NAME，DATE，VENUE；`` (a list of sessions: ``(a)实施情况审议组第四届会议，2013年5月27日至31日，维也纳；``).
COMMA_DATED = re.compile(
    rf"(?P<name>[^。，；（]{{0,60}}?{NUMBERED})[，,](?P<date>{DATE})(?:[，,](?P<venue>[^，。；;]{{1,12}}))?(?=[；;。]|$)"
)
#: The resumed session of the one named before: ``其续会于2022年9月在维也纳举行``.
RESUMED = re.compile(rf"(?:其|该届会议的?)续会(?:将|已)?(?:于|在)(?P<date>{DATE})(?:(?:在|于)(?P<venue>{VENUE}))?"
                      r"(?:举行|召开)")
#: A back-reference to a session named before: ``该次会议于…举行``.
#: (bare: ``…非正式专家组会议，会议于…召开``, the one just named)
THAT_SESSION = re.compile(r"^(?:(?:该|这|此|那)(?:次|届)?)?(?:会议|届会|续会)$"
                          # (``该工作组的这次会议``)
                          r"|^(?:该|此|这一?)(?:工作组|网络|审议组)的(?:这|该|此)(?:次|届)会议$")


#: The month ``同月`` means in the paragraph being read: the last one named before it (``…于2017年10月9日和
#: 10日…举行。`` then ``…随后于同月11日至13日…``), in this paragraph or an earlier one.
SAME_MONTH: ContextVar[str | None] = ContextVar("same_month", default=None)


def meeting_name(name: str, number: str) -> str:
    """The meeting's name: the body's words (after any lead-in) and the session number."""
    name = re.sub(r"^.*[）”」](?:是|为|系)", "", name)  # ``第4/2号决议（题为“…”）是缔约国会议…``: what it is
    name = re.sub(r"^.*[”」]", "", name)  # ``题为“…专家会议”的第4/2号决议系由…``: a title is no meeting's name
    name = re.sub(r"^.*?(?:举行了|介绍了|通报了|在|于|与)(?=[^在于与]{2,}$)", "", name)
    name = re.sub(r"^(?:在维也纳|与会者|此外|其中包括|概要介绍了|介绍了|供|向|由|和|及|与|、|）)", "", name)
    name = re.sub(r"(?:定|拟|将|计划)$", "", name)
    if number and not name.endswith(number):
        name = name.removesuffix("的") + number
    return name


def body_of(name: str) -> str | None:
    """The body whose words a session's name holds; of several, the one named last, nearest the session's number
    (``国际合作工作组通过的建议将提交缔约方会议定于…举行的第十二届会议``: the Conference's)."""
    named = [(m.end(), -rank, key) for rank, (key, pattern) in enumerate(BODIES) for m in pattern.finditer(name)]
    return max(named)[2] if named else None


def dates_of(text: str, year: int | None) -> tuple[str | None, str | None]:
    if text.startswith("同月"):
        same = SAME_MONTH.get()
        if same is None:
            return None, None
        text = same + text[2:]
    text = re.sub(r"^(?:今年|本年|同年)", f"{year}年" if year else "", text)  # ``定于今年12月15日至19日``: the year's
    if year and re.match(r"\d{1,2}月", text):  # ``计划在11月举办…``: a month of the narrative's year
        text = f"{year}年{text}"
    days = date_ranges(text, default_year=year)
    if days:
        return days[0].start.isoformat(), days[0].end.isoformat()
    found = months(text) if "年" in text else []
    if found:
        y, month, _ = found[0]
        return f"{y:04d}-{month:02d}", f"{y:04d}-{month:02d}"
    return None, None
