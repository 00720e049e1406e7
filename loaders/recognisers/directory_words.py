"""The words of the directory's statistics: the categories of authority and the dates of counts.

:mod:`.directory` reads counts in prose, :mod:`.directory_tables` in tables; both name a
count's category (:func:`category_in`, :func:`categories_in`) and date it
(:func:`date_of_count`: ``截至…``, ``到…为止``, a date in brackets, ``截至同一日期`` for the
date of the paragraph before, ``本年`` for the meeting's year) with the words kept here.
"""

from __future__ import annotations

import re
from contextvars import ContextVar

from ...text.dates import date_ranges, months

#: The year of the meeting, for dates written ``本年10月31日``.
YEAR: ContextVar[int | None] = ContextVar("year", default=None)
THIS_YEAR = re.compile(r"^(?:本年|今年|当年)")
#: The date of the counts last read, for ``截至同一日期`` in a later paragraph.
PREVIOUS_DATE: ContextVar[str | None] = ContextVar("previous_date", default=None)
#: The date the paragraph before gave the directory's figures without giving them (``…资料截至2018年5月15日。``
#: then ``具体而言，…的缔约国有130个；…``): the date of counts that state none.
CARRIED_DATE: ContextVar[str | None] = ContextVar("carried_date", default=None)
SAME_DATE = r"(?:同日|同一(?:统计)?日期?|该日|当日|上述日期)"
#: What dates a count: ``截至…``, ``到2016年5月为止``.
AS_OF = re.compile(r"截至|截止(?:到|至)?|(?<![\u4e00-\u9fff])到(?=(?:\d{4}年)?\d{1,2}月[^，。；]{0,10}为止)"
                    r"|(?<![\u4e00-\u9fff])到(?=\d{4}年\d{1,2}月(?:\d{1,2}日|底|初)?[，,])"
                    r"|(?<![\d年])(?=\d{4}年\d{1,2}月(?:\d{1,2}日)?时)|(?<=即)(?=\d{4}年\d{1,2}月)"
                    r"|(?<=在)(?=同一(?:统计)?日期)|(?<=以)(?=\d{4}年\d{1,2}月(?:\d{1,2}日)?为准)|(?<![\u4e00-\u9fff])到(?=(?:同日|同一(?:统计)?日期?|该日|上述日期)为止)")
#: Category keys and the words that identify them, tried in order.
CATEGORIES = (
    ("civil-administrative", re.compile(r"民事|行政诉讼")),
    ("extradition", re.compile(r"引渡")),
    ("asset-recovery", re.compile(r"资产追回|追回资产|资产返还|返还资产|追缴")),
    # (or by the article of the Convention that asks for it: 第6条第3款, 第46条第13款)
    ("mutual-legal-assistance", re.compile(r"司法协助|第(?:46|四十六)条")),
    ("prevention", re.compile(r"预防|第(?:6|六)条")),
    # a central authority named alone is the one of article 46 (13), for mutual legal assistance
    ("mutual-legal-assistance", re.compile(r"中央机关")),
)
#: The categories named by their own words (not the bare 中央机关).
SPECIFIC = CATEGORIES[:-1]
BARE = CATEGORIES[-1][1]
AUTHORITY = re.compile(r"机关|机构|当局|联络点|联络人|协调中心|协调人|主管|中央|通报国|(?<=[引渡协助追回预防诉讼])类")
#: Words saying the States made the authority known.
NOTIFIED = re.compile(
    r"通报|指定|告知|通知|提交|登记|载有|列有|列入|提供了?(?:关于|有关)?[^，。；]{0,20}(?:信息|资料|详情)")
#: A day or month of a year: ``2016年5月31日``, ``2016年5月``.
DATE = r"\d{4}年\d{1,2}月(?:\d{1,2}日)?"
#: Figures dated by what they are: ``2016年5月31日的数字``.
FIGURES_OF = re.compile(rf"{DATE}(?=的(?:数字|数据|统计|情况))")
SENTENCE_END = re.compile(r"[。\n]")
CELL_END = re.compile(r"[，,、；;\n]")
CLAUSE_END = re.compile(r"[；;]")
#: A sentence opening on the time of an event: ``2013年11月第二次专家会议举行时，…为111个``.
AT_THE_TIME = re.compile(
    rf"(?:在|到|至)?(?P<date>{DATE})[^，。；\d]{{0,24}}?(?:之?时|的时候)[，,]")
#: A time phrase opening a clause: ``而在2011年10月，``, ``2023年5月31日，``.
IN_TIME = re.compile(rf"(?:而|但)?(?:在|于)?(?P<date>{DATE})[，,]")  # (or bare: ``2023年5月31日，…``)
#: The figures of a date a sentence compares with: ``与2018年5月30日的数字相比``.
COMPARED_WITH = re.compile(
    rf"与(?:截至)?(?P<date>{DATE})(?:底|时)?的(?:数字|数据|统计数字?|数目)相比")
#: A date in brackets dating what follows: ``首次会议召开前（2012年9月30日），``.
BRACKETED_DATE = re.compile(rf"[（(](?P<date>{DATE})[）)]")
#: Words before a ``截至`` that make it the date of a comparison only.
COMPARED = re.compile(r"(?:而|与|和|较|比|由|从)$")
#: A day or a month: ``2015年5月31日``, ``2020年9月``.
A_DATE = re.compile(DATE)
#: A date of its own right before a count: ``2015年5月的122个``, ``（2015年5月为122个）``.
OWN_DATE = re.compile(
    rf"(?P<opened>(?<=[（(]))?(?P<date>{DATE})(?:底|初|中旬|时)?"
    r"(?:[）)]?[，,]?(?:的|为|时为|时有|有|是)|[（(]|(?(opened)[，,]|(?!)))$")  # (``（2021年8月，133个）``)


def categories_in(words: str) -> list[str]:
    """The categories named in ``words``, in the order named (each once)."""
    named = sorted((m.start(), key) for key, pattern in SPECIFIC for m in pattern.finditer(words))
    if not named:
        named = sorted((m.start(), key) for key, pattern in CATEGORIES for m in pattern.finditer(words))
    return list(dict.fromkeys(key for _, key in named))


def sentence_start(text: str, position: int) -> int:
    return max((b.end() for b in SENTENCE_END.finditer(text, 0, position)), default=0)


def category_in(words: str, *, authority: str | None = None,
                among: tuple[tuple[str, re.Pattern[str]], ...] = CATEGORIES) -> str | None:
    """The category ``words`` name (the last one named), if ``authority`` (by default the same
    words) speaks of an authority."""
    if not AUTHORITY.search(words if authority is None else authority):
        return None
    specific = [(m.start(), key) for key, pattern in among if pattern is not BARE for m in pattern.finditer(words)]
    named = specific or [(m.start(), key) for key, pattern in among for m in pattern.finditer(words)]
    if authority is not None:  # a topic: the one named last before the count (by its own words first)
        return max(named)[1] if named else None
    for key, pattern in among:
        if pattern.search(words):
            return key
    return None


def own_date(text: str, position: int) -> str | None:
    own = OWN_DATE.search(text, max(0, position - 16), position)
    return date_at(own.group("date")) if own else None


def date_of_count(text: str, position: int, *, main: bool = False) -> str | None:
    """The date governing a count: a date in brackets earlier in its sentence (``首次会议召开前
    （2012年9月30日），…``); else the last ``截至`` in its clause, or before it in the paragraph
    unless that one dates only a comparison (``而截至2011年9月30日，这一数字为83个；``);
    the time the sentence opens on (``2013年11月第二次专家会议举行时，…``);
    ``截至同日`` is the one before; else the first after it (``…（截至2016年5月31日的数字）``)."""
    sentence = sentence_start(text, position)
    clause = max([sentence, *(b.end() for b in CLAUSE_END.finditer(text, 0, position))])
    bracketed = [m for m in BRACKETED_DATE.finditer(text, clause, position)]  # (its clause: not past a ；)
    if bracketed:
        return date_at(bracketed[-1].group("date"))
    if not main and (with_figures := COMPARED_WITH.search(text, sentence, position)):
        return date_at(with_figures.group("date"))  # ``与2018年5月30日的数字相比，…从129个增至131个``
    for then in AT_THE_TIME.finditer(text, sentence, position):  # (opening the sentence or a clause of it)
        if (then.start() == sentence or text[then.start() - 1] in "，,") and not main:
            return date_at(then.group("date"))
    for then in IN_TIME.finditer(text, clause, position):  # ``…，而在2011年10月，这一数字为94个``
        if (then.start() == clause or text[then.start() - 1] in "，,") and not main:
            return date_at(then.group("date"))
    opening = IN_TIME.match(text, sentence)  # ``2020年2月1日，…；…则由27个缔约国作了通报``: the sentence's date
    if opening and opening.end() <= position and not main:
        return date_at(opening.group("date"))
    found = None
    for m in AS_OF.finditer(text, 0, position):
        if _figure_bracket(text, m.start()) and not _figure_bracket(text, position):
            continue  # ``…有162个（2024年6月30日时为158个），…有141个``: the bracket's own date
        window = text[m.end() : m.end() + 16]
        named = re.findall(r"(\d{4})年", text[: m.start()]) or [YEAR.get()]
        if re.match(r"\d{1,2}月", window) and named[-1]:  # ``截至6月10日``: the year the paragraph named last,
            window = f"{named[-1]}年{window}"  # else the meeting's
        if re.match(SAME_DATE, window):  # the date before it, here or in the paragraphs before
            found = found or PREVIOUS_DATE.get()
            continue
        compared = bool(COMPARED.search(text, max(0, m.start() - 4), m.start()))
        if not compared or (m.start() >= clause and not main):
            found = date_at(window) or found
    if found is None:
        later = AS_OF.search(text, position) or FIGURES_OF.search(text)
        if later and later.re is AS_OF and re.match(SAME_DATE, text[later.end() :]):
            return PREVIOUS_DATE.get()
        if later:
            found = date_at(text[later.end() : later.end() + 16] if later.re is AS_OF else later.group())
    return found or CARRIED_DATE.get()


def _figure_bracket(text: str, at: int) -> bool:
    """Is ``at`` inside brackets that give a figure of their own (``（2024年6月30日时为158个）``)?"""
    opened = max(text.rfind("（", 0, at), text.rfind("(", 0, at))
    if opened < 0 or max(text.rfind("）", opened, at), text.rfind(")", opened, at)) >= 0:
        return False
    closed = min((c for c in (text.find("）", at), text.find(")", at)) if c >= 0), default=len(text))
    return bool(re.search(r"\d\s?个", text[opened:closed]))


def date_at(window: str) -> str | None:
    """A day or month at the start of ``window`` (``本年`` is the meeting's year)."""
    year = YEAR.get()
    if year is not None:
        window = THIS_YEAR.sub(f"{year}年", window)
    days = date_ranges(window)
    if days and days[0].at <= 2:
        return days[0].start.isoformat()
    found = months(window)
    if found and found[0][2] <= 2:
        year, month, _ = found[0]
        return f"{year:04d}-{month:02d}"
    return None
