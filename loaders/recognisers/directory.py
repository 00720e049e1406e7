"""Recognise the statistics of the online directory of competent national authorities.

Every document repeats them: counts of States that notified an authority, per category of
authority, dated (``截至 …``, ``到 … 为止``, ``… 的数字``).  Editors write a count and its
category in any order —

* count first, in a clause of its own: ``截至 2019 年 5 月 1 日，115 个缔约国根据《公约》
  第六条第三款提供了关于本国预防机关的信息；129 个国家…中央机关…``, joined by commas
  (``137个缔约国已依照…通报了负责司法协助的中央机关，124个缔约国通报了…``), or as a list
  (``(a) 132个缔约国的司法协助事宜中央机关；``);
* category first, the count its predicate: ``负责司法协助的中央机关——127个缔约国``,
  ``预防机关：105个缔约国``, ``通报了引渡事宜中央机关的缔约国有38个``, passive
  ``引渡事宜中央机关已由35个缔约国通报``, or a table's lines ``预防机关：101``;
* the category as the sentence's topic: ``在资产追回方面，有68个缔约国通报了联络点``;

— and may give an earlier figure for comparison, dated in brackets
(``127个缔约国（2015年5月为122个）``) or in the sentence (``从2015年5月的122个增至131个``),
which counts for the same category at its own date.  A count is a directory statistic when
the paragraph is about the directory (``名录``) or the count's clause says the States
notified, designated or gave the authority.  A total over categories (``至少一个主管机关``) and
counts of answers to a note verbale or of members of a network (``答复``, ``加入``) are not
directory statistics.  A count whose category or date cannot be read is reported as partly
understood.
"""

from __future__ import annotations

import re
from contextvars import ContextVar

from ...text.numerals import CHINESE_NUMERAL_CHARS, to_int
from .. import doubts
from ..facts import DirectoryCount, Place, PlaceKind, Span
from ..normalise import TABLE_CELL
from ..segment import Segmented
from .directory_tables import DATE_COLUMNS, grids, reflowed_table, table_lines
from .directory_words import (
    A_DATE,
    AS_OF,
    AT_THE_TIME,
    AUTHORITY,
    BRACKETED_DATE,
    CARRIED_DATE,
    CATEGORIES,
    CELL_END,
    DATE,
    FIGURES_OF,
    IN_TIME,
    NOTIFIED,
    OWN_DATE,
    PREVIOUS_DATE,
    SPECIFIC,
    YEAR,
    categories_in,
    category_in,
    date_at,
    date_of_count,
    own_date,
    sentence_start,
)

_DIRECTORY = re.compile(r"名录|目录|数据库")
_PREVIOUS_CATEGORIES: ContextVar[list[str] | None] = ContextVar("previous_categories", default=None)
_FIRST_N = re.compile(r"前[两二三四五](?:类|个|项)")  # (else the last ones: ``后两类的数字分别为…``)
_NOUN = r"缔约国|缔约方|国家|会员国|签署国"
#: A count of States: ``137个缔约国``, ``137 国家``, ``九个缔约国``, or ``137个`` closing a
#: clause or changing (``122个增至``).
_COUNT = re.compile(
    rf"(?<![第\d{CHINESE_NUMERAL_CHARS}])(?P<n>\d{{1,3}}|[{CHINESE_NUMERAL_CHARS}]{{1,6}})\s?"
    rf"(?:(?:个\s?)?(?P<noun>{_NOUN})|个(?:(?![\u4e00-\u9fff])|(?=增|减|升|降|上升|下降|和|及|或|有所|通报|指定|登记|提供|告知|同时|已|均|都|还|向|相比)"
    r"|(?=[^，。；\d个]{0,10}?(?:联络点|联络人|中央机关|预防腐败机关))))"  # (``95个资产追回联络点``)
)
#: Counts of something else: answers to a note verbale, members of a network.
_OTHER = re.compile(r"答复|回复|复函|加入|成员|参加|出席")
#: A total over the categories.
_TOTAL = re.compile(r"至少一[个类]|任何|所有类别|各类|总数")
#: A clause boundary: a count's words do not run past it.
_HARD = re.compile(r"[；;。\n]")
#: A count stated as the predicate of its category: ``…机关——127个``, ``…的缔约国有38个``,
#: ``…已由35个缔约国通报``.
_PREDICATE_BEFORE = re.compile(r"(?:——|—|－|-|：|:|为|有|达|达到|增至|共计|共有|共|由)$")
#: A count that continues the one before it: ``从122个增至131个``.
_CHANGE_BEFORE = re.compile(r"(?:增至|增加到|增加至|增为|上升到|上升至|升至|达到|减至|减少到|减少至|变为|到)$")
_VERB_AFTER = re.compile(r"\s?(?:缔约国)?(?:已|均|都|也|则|同时|还)?(?:向[^，。；]{0,10})?(?:通报|指定|登记|提供|告知)")
#: A change, not a count: ``增加了五个``.
_CHANGE_BY = re.compile(r"(?:增加|减少|新增|增长|多出?|少)了?\s?$")
#: A count with its own date before it: ``与2018年5月底的23个相比``.
_DATED_COUNT = re.compile(rf"{DATE}(?:底|初|中旬|时)?的[\d一二三四五六七八九十百]{{1,6}}\s?个")
#: Words after a number of States that make it the whole they are counted out of.
_OUT_OF = re.compile(r"\s?(?:缔约国)?(?:中|当中|之中)(?:[，,]|有|已有)")
#: A figure standing for the one just counted: ``这一数字为83个``.
_SAME_FIGURE = re.compile(r"(?:这一|这个|该|此一?)(?:数字|数目|数量|数)(?:为|是|有|仅为)$")
#: A count alone in brackets: ``（131个）``.
_ALONE_IN_BRACKETS = re.compile(r"[（(][\d一二三四五六七八九十百〇零两]{1,6}\s?个(?:缔约国)?[）)]")
#: An earlier figure compared with: ``比2021年8月31日的86个``.
_THAN = re.compile(rf"比{DATE}(?:底|时)?的?$")
#: A bracketed figure of the date compared with: ``（当时为139个）``.
_THEN = re.compile(r"当时|彼时|那时")
#: ``预防腐败机关：124（120）``: a category, its count, an earlier figure in brackets.
_LABELLED_COUNT = re.compile(r"(?:^|(?<=[：:；;，,]))(?P<label>[^：:；;。，,]{2,30})[：:]\s?(?P<n>\d{1,3})(?:\s?个)?"
                             r"(?:\s?[（(](?P<m>\d{1,3})(?:\s?个)?[）)])?(?=[；;。，,]|$)")
#: Whose the figures in brackets are: ``（括号内为2021年8月的数字）``.
_BRACKET_LEGEND = re.compile(
    rf"括号内(?:为|是|系)(?P<date>{DATE})(?:时|底)?的?(?:数字|数据|数目)")
#: The date of figures listed in the bracket after it: ``2012年10月1日的数字（…）``.
_FIGURES_OF_DATE = re.compile(
    rf"(?P<date>{DATE})(?:底|初|时)?的?(?:数字|数据|统计数字?|数目|情况)?$")
#: A clause's topic: ``就引渡而言，有58个``, ``至于资产追回，…``.
_TOPIC_PHRASE = re.compile(r"(?:就|在|关于|至于)(?P<topic>[^，。；]{2,12}?)(?:而言|方面)?[，,]")
_FORMER_LATTER = re.compile(r"[，,]?(?:而|其中)?(?P<which>前者|后者)")
#: Counts given in the order of the categories named before: ``分别已由45个和42个``.
_RESPECTIVELY = re.compile(
    r"(?:分别|依次|(?<=[，,])为)(?:[^\d，。；、]{0,4}?)(?P<counts>(?:[\d一二三四五六七八九十百〇零两]{1,6}\s?个(?:缔约国)?(?:、|和|及|以及)?){2,})")


def find(doc: Segmented, *, year: int | None = None) -> list[DirectoryCount]:
    """The directory's counts in ``doc``; ``year`` (the meeting's) dates ``截至本年10月31日``."""
    token, previous, categories = YEAR.set(year), PREVIOUS_DATE.set(None), _PREVIOUS_CATEGORIES.set(None)
    carried = CARRIED_DATE.set(None)
    try:
        return _find(doc)
    finally:
        YEAR.reset(token)
        PREVIOUS_DATE.reset(previous)
        _PREVIOUS_CATEGORIES.reset(categories)
        CARRIED_DATE.reset(carried)


def _find(doc: Segmented) -> list[DirectoryCount]:
    found: list[DirectoryCount] = []
    previous, counted_before = "", None  # (the date of the paragraph before's counts, if it had any)
    for paragraph in doc.paragraphs:
        text = paragraph.text
        about = bool(_DIRECTORY.search(text) or _DIRECTORY.search(previous) or any(
            _DIRECTORY.search(h.title) for h in paragraph.headings[1:]))
        # (a date of the paragraph before, for counts here that state none: only if this one names no date at all)
        CARRIED_DATE.set((_date_without_counts(previous) or counted_before) if about and not A_DATE.search(text)
                         else None)
        previous, counted_before = text, None
        if not (AS_OF.search(text) or FIGURES_OF.search(text) or DATE_COLUMNS.search(text) or TABLE_CELL in text
                or (CARRIED_DATE.get() and _COUNT.search(text))
                or (_THEN.search(text) and A_DATE.search(text)) or _DATED_COUNT.search(text)
                or (about and (BRACKETED_DATE.search(text) or AT_THE_TIME.search(text)  # 名录目前（2020年3月1日）…
                               or IN_TIME.search(text)))):  # ``2023年5月31日，…``
            continue
        here = _counts(text, Place(PlaceKind.PARAGRAPH, str(paragraph.number)), about=about)
        if here:
            # the paragraph's main date (of its figures: ``…的统计``, else its first count's), for
            # ``截至同一日期`` after it
            figures = FIGURES_OF.search(text)
            stated = date_at(figures.group()) if figures else None
            PREVIOUS_DATE.set(stated if stated in {c.as_of for c in here} else here[0].as_of)
            counted_before = PREVIOUS_DATE.get()
            _PREVIOUS_CATEGORIES.set(list(dict.fromkeys(c.category for c in here)))
        found += here
    return _unique(found)


def _date_without_counts(text: str) -> str | None:
    """The date a paragraph gives the directory's figures when it gives no figure itself."""
    if not _DIRECTORY.search(text) or _COUNT.search(text):
        return None
    dated = list(AS_OF.finditer(text))
    return date_at(text[dated[-1].end() : dated[-1].end() + 16]) if dated else None


def _counts(text: str, place: Place, *, about: bool) -> list[DirectoryCount]:
    out: list[DirectoryCount] = []
    counts = [m for m in _COUNT.finditer(text)
              if _value(m) is not None and not _CHANGE_BY.search(text, max(0, m.start() - 6), m.start())
              and not (_OUT_OF.match(text, m.end()) and re.search(r"在(?:全部|所有|总共)?$", text[:m.start()]))]
    # (``在191个缔约国中，已有156个…``: all of them, not a count; ``在通报了中央机关的137个缔约国中`` is one)
    main = [m for m in counts if not _bracketed(text, m.start())]
    last_category: tuple[int, str | None] = (-1, None)
    found_in: list[tuple[int, int]] = []
    for m in counts:
        value = _value(m)
        assert value is not None
        if _bracketed(text, m.start()):
            earlier = OWN_DATE.search(text, max(0, m.start() - 20), m.start())
            owner = last_category[1] if last_category[0] >= 0 and m.start() - last_category[0] < 40 else None
            opened = max(text.rfind("（", 0, m.start()), text.rfind("(", 0, m.start()))
            owner = owner or category_in(text[max([0, *(b.end() for b in CELL_END.finditer(text, 0, opened))]):opened])
            as_of = date_at(earlier.group("date")) if earlier else None
            cell = max([opened + 1, *(b.end() for b in CELL_END.finditer(text, opened + 1, m.start()))])
            inside = text[cell : m.start()]
            if (listed := category_in(inside)) and (of := _FIGURES_OF_DATE.search(text, 0, opened)):
                # ``与2012年10月1日的数字（司法协助中央机关98个，预防腐败机关66个）相比``: each its category
                owner, as_of = listed, date_at(of.group("date"))
            if as_of is None and _THEN.search(text, max(0, m.start() - 8), m.start()):
                # ``与2012年10月第一次专家会议举行时相比（当时为79个）``: the time just named, else the count's date
                dates = list(A_DATE.finditer(text, sentence_start(text, m.start()), opened))
                as_of = date_at(dates[-1].group(0)) if dates else date_of_count(text, m.start())
                closed = text.find("）", m.end())
                if owner is None and closed > 0:  # ``…（当时为79个），通报司法协助中央机关的缔约国数目有所增加``
                    owner = category_in(text[closed : closed + 40].split("。")[0])
            elif as_of is None and _ALONE_IN_BRACKETS.match(text, m.start() - 1) and text[m.start() - 1] in "（(":
                # ``预防腐败机关（131个）``: the count of the category just named, at the main date
                opened = m.start() - 1
                start = max([0, *(b.end() for b in CELL_END.finditer(text, 0, opened))])
                words = re.sub(r"^(?:其次是|其次为|以及|和|及)", "", text[start:opened])
                owner = category_in(words, authority=words)  # the category named last before the bracket
                legend = _BRACKET_LEGEND.search(text)  # ``（括号内为2025年5月31日的数字）``: an earlier figure
                as_of = date_at(legend.group("date")) if legend else date_of_count(text, m.start(), main=True)
            if as_of and owner:
                out.append(DirectoryCount(as_of, owner, value, _span(text, place, m.start(), m.end())))
            continue
        clause_start, clause_end = _clause(text, m, main)
        clause = text[clause_start:clause_end]
        sentence = text[sentence_start(text, m.start()):clause_end]
        if _OTHER.search(clause) or not (about or NOTIFIED.search(sentence)):
            continue
        category = _category_of(text, m, clause_start, clause_end)
        if _CHANGE_BEFORE.fullmatch(text[clause_start : m.start()].strip()) and 0 <= m.start() - last_category[0] < 12:
            category = last_category[1]  # ``从129个增至131个，通报引渡…的缔约国…``: the figure just before's
        if (which := _FORMER_LATTER.match(text, clause_start)) and not categories_in(clause):
            # ``分别为143个、119个和66个；前者在2017年11月时为139个``: the first (last) category named before
            named = categories_in(text[sentence_start(text, clause_start) : clause_start])
            category = (named[0] if which.group("which") == "前者" else named[-1]) if named else category
        before = text[clause_start:m.start()].rstrip()
        if re.search(r"(?:从|由)$", before) and not own_date(text, m.start()) \
                and re.match(r"\s?个?\s?(?:增|减|升|降|上升|下降)", text[m.end():]) \
                and not re.search(r"相比|对比|比较", sentence):
            last_category = (m.end(), category)  # (the figure after it is of the same category)
            continue  # ``…的缔约国从132个增至138个``: the figure of a time not said (not compared with one)
        if category is None and _CHANGE_BEFORE.search(before) and 0 <= m.start() - last_category[0] < 12:
            category = last_category[1]
        if category is None and _SAME_FIGURE.search(before) and last_category[0] >= 0:
            category = last_category[1]  # 而截至2011年9月30日，这一数字为83个
        if category is None and (_THAN.search(before) or own_date(text, m.start())) \
                and 0 <= m.start() - last_category[0] < 40:
            category = last_category[1]  # …的有89个，比2021年8月31日的86个有所增加
        changed = bool(_CHANGE_BEFORE.search(before))  # 由截至…的108个增至111个: the main date
        as_of = own_date(text, m.start()) or date_of_count(text, m.start(), main=changed)
        if _THEN.search(text, max(0, m.start() - 6), m.start()):  # ``比2024年4月30日增加了9个，当时为61个``
            dates = list(A_DATE.finditer(text, sentence_start(text, m.start()), m.start()))
            as_of = date_at(dates[-1].group(0)) if dates else as_of
            named = categories_in(text[sentence_start(text, m.start()) : m.start()])
            if category is None and len(named) == 1:
                category = named[0]
            elif category is None and 0 <= m.start() - last_category[0] < 60:
                category = last_category[1]
        if category is None and (topic := _TOPIC_PHRASE.search(text, clause_start, m.start())) \
                and AUTHORITY.search(text, sentence_start(text, m.start()), clause_end):
            # ``…就司法协助而言，已有160个缔约国通报了中央机关；就引渡而言，有58个``: the clause's topic
            category = category_in(topic.group("topic"), authority="机关")
        if category is None and NOTIFIED.search(clause) and not _OTHER.search(sentence):
            # the sentence's topic, named in an earlier clause:
            # ``X一类是…新近增设的，到同一日期为止，已有23个缔约国作了通报``
            named = categories_in(text[sentence_start(text, m.start()) : clause_start])
            category = named[0] if len(named) == 1 else None
        if category is None:
            if AUTHORITY.search(clause) and as_of and not _TOTAL.search(clause):
                doubts.note(place, "directory-statistics",
                            f"a count ({value}) of the directory whose category could not be read")
            continue
        if as_of is None:
            doubts.note(place, "directory-statistics", f"a count ({value}) for {category} without a date")
            continue
        last_category = (m.end(), category)
        found_in.append((m.start(), m.end()))
        out.append(DirectoryCount(as_of, category, value, _span(text, place, m.start(), clause_end)))
    out += _labelled(text, place, about=about, taken=found_in)
    table = grids(text, place, about=about) or reflowed_table(text, place, about=about)
    found_in += [(c.span.start, c.span.end) for c in table]
    out += table
    cells = table_lines(text, place, about=about)
    out += [c for c in cells if not any(a < c.span.end and c.span.start < b for a, b in found_in)]
    return _respectively(text, place, out, about=about)


def _labelled(text: str, place: Place, *, about: bool, taken: list[tuple[int, int]]) -> list[DirectoryCount]:
    """Counts listed as ``category：N`` after a colon, with an earlier figure in brackets when a
    legend says whose (``…如下（括号内为2021年8月的数字）：预防腐败机关：124（120）；…``)."""
    out: list[DirectoryCount] = []
    legend = _BRACKET_LEGEND.search(text)
    for m in _LABELLED_COUNT.finditer(text):
        category = category_in(m.group("label"))
        if category is None or not about or any(a <= m.start("n") < b for a, b in taken):
            continue
        as_of = date_of_count(text, m.start(), main=True)
        if as_of:
            out.append(DirectoryCount(as_of, category, int(m.group("n")), _span(text, place, m.start(), m.end())))
        if m.group("m") and legend and (earlier := date_at(legend.group("date"))):
            out.append(DirectoryCount(earlier, category, int(m.group("m")),
                                      _span(text, place, m.start("m"), m.end("m"))))
    return out


def _respectively(text: str, place: Place, found: list[DirectoryCount], *, about: bool) -> list[DirectoryCount]:
    """``A和B则分别已由45个和42个缔约国通报``, ``上述三类机关的数目分别为96个、71个和41个``: the
    counts go to the categories named before ``分别`` in order, or, when these are not named
    (``上述三类``), to the categories counted last, in order."""
    out = list(found)
    matches = [*_RESPECTIVELY.finditer(text), *_FIGURES_RESPECTIVELY.finditer(text), *_COUNTS_BEFORE.finditer(text)]
    for m in sorted(matches, key=lambda m: m.start()):
        counts = [c for c in (_BARE if m.re is _FIGURES_RESPECTIVELY else _NUMBER if m.re is _COUNTS_BEFORE
                              else _COUNT).finditer(m.group("counts")) if _value(c) is not None]
        start = sentence_start(text, m.start())
        clause = max([start, *(b.end() for b in _HARD.finditer(text, 0, m.start()))])
        comma = max([clause, *(c.end() for c in re.finditer(r"[，,]", text[: m.start()]))])
        named = categories_in(m.group("after")) if m.re is _COUNTS_BEFORE else next(
            (found for found in (categories_in(text[a : m.start()]) for a in (comma, clause, start))
             if len(found) == len(counts)),  # (the clause naming as many as it counts: ``…，登记了A和B的则分别为…``)
            categories_in(text[clause : m.start()]) or categories_in(text[start : m.start()]))
        if len(named) != len(counts) and m.re is not _COUNTS_BEFORE:
            in_order = sorted(out, key=lambda c: c.span.start)
            earlier = list(dict.fromkeys(c.category for c in in_order if c.span.start < m.start()))
            if len(earlier) < len(counts):  # ``前三类的数字依次为…``: the categories of the paragraph before
                earlier = list(dict.fromkeys([*(_PREVIOUS_CATEGORIES.get() or []), *earlier]))
            named = earlier[: len(counts)] if _FIRST_N.search(text, start, m.start()) else (
                earlier[-len(counts):] if len(earlier) >= len(counts) else [])
        as_of = own_date(text, m.start()) or date_of_count(text, m.start())
        if not named or len(named) != len(counts) or as_of is None or not (
                about or NOTIFIED.search(text, start, m.end())):
            continue
        at = m.start("counts")
        spans = [(at + c.start(), at + c.end()) for c in counts]
        out = [c for c in out if not any(a <= c.span.start < b for a, b in spans)]
        out += [DirectoryCount(as_of, category, _value(c) or 0, _span(text, place, a, b))
                for category, c, (a, b) in zip(named, counts, spans, strict=True)]
    return out


#: Counts before ``分别``, their categories after it: ``已有139个、128个和96个缔约国分别通报了A、B和C``.
_COUNTS_BEFORE = re.compile(
    rf"(?P<counts>(?:[\d{CHINESE_NUMERAL_CHARS}]{{1,6}}\s?(?:个(?:缔约国)?)?\s?(?:、|和|及|以及)\s?){{1,5}}"
    rf"[\d{CHINESE_NUMERAL_CHARS}]{{1,6}}\s?个)(?:缔约国)?(?:已)?分别(?:向[^，。；]{{0,10}})?(?:通报|指定|登记|提供|提交|报告)了?"
    r"(?P<after>[^；。]+)")
#: Figures given bare after the word for them: ``这三个数字分别为99、121和55``.
_FIGURES_RESPECTIVELY = re.compile(
    r"(?:数字|数目|数量|数据)(?:分别|依次)?(?:为|是)(?P<counts>\d{1,3}(?:(?:、|和|及|以及)\d{1,3}){1,5})(?![\d年月日%％.．])")
_BARE = re.compile(r"(?P<n>\d{1,3})")
#: A count of ``_COUNTS_BEFORE``, its 个 perhaps left to the last one: ``140、125和92个缔约国分别…``.
_NUMBER = re.compile(rf"(?P<n>\d{{1,3}}|[{CHINESE_NUMERAL_CHARS}]{{1,6}})")


def _value(m: re.Match[str]) -> int | None:
    raw = m.group("n")
    if raw == "一":  # "一个缔约国" is "a State", rarely a count
        return None
    try:
        return to_int(raw)
    except ValueError:
        return None


def _bracketed(text: str, position: int) -> bool:
    """Is ``position`` inside brackets (not those of a count after its percentage: ``62.5%（105个）``)?"""
    opened = max(text.rfind("（", 0, position), text.rfind("(", 0, position))
    closed = max(text.rfind("）", 0, position), text.rfind(")", 0, position))
    return opened > closed and not re.search(r"[%％]\s?$", text[:opened])


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
    when the count is the predicate (``…中央机关——127个缔约国``), or as the clause's topic
    (``在资产追回方面，有68个缔约国通报了联络点``)."""
    before = text[start : m.start()]
    after = text[m.end() : end]
    # a comma before the next count ends this count's words: "…机关，124个缔约国…"
    cut = after.rfind("，")
    if cut >= 0 and end < len(text) and _COUNT.match(text, end):
        after = after[:cut]
    last_clause = before[before.rfind("，") + 1 :] if "，" in before else before
    if not last_clause.strip() and before.rstrip().endswith("，"):
        # ``…如下：司法协助中央机关，142个缔约国；``: the label before the comma
        label = before.rstrip().removesuffix("，")
        last_clause = label[max(label.rfind(c) for c in "，：:") + 1 :]
    # ``91个通报了资产追回联络点``, ``另有41个缔约国通报了…``: the count is the subject
    verb_after = bool(_VERB_AFTER.match(text, m.end()))
    predicate = not verb_after and (bool(_PREDICATE_BEFORE.search(before.rstrip())) or not m.group("noun")
                                    or (before.rstrip().endswith("，") and not after.strip()))
    # ``另有59个缔约国根据…决议指定了资产追回联络点``: a subject after all, its verb further on
    predicate = predicate and not (m.group("noun") and re.match(r"[^，。；]{0,30}?(?:通报|指定|登记)了", after))
    # categories named by their own words first, anywhere around; a bare 中央机关 last
    for categories in (SPECIFIC, CATEGORIES):
        if predicate:
            found = (category_in(last_clause, among=categories) or category_in(before, among=categories)
                     or category_in(after, among=categories))
        else:  # (its own clause first: ``…63个缔约国的资产追回联络人的…信息，并说…引渡事宜中央机关的新栏目``)
            found = (category_in(re.split(r"[，,；;]", after, maxsplit=1)[0], among=categories)
                     or category_in(after, among=categories) or category_in(last_clause, among=categories))
        if found is None and AUTHORITY.search(before + after) and not _TOTAL.search(before + after):
            found = category_in(before, authority=before + after, among=categories)
        if found:
            return found
    return None


def _span(text: str, place: Place, start: int, end: int) -> Span:
    return Span(place, start, end, text[start:end])


def _unique(found: list[DirectoryCount]) -> list[DirectoryCount]:
    seen: dict[tuple[str, str], DirectoryCount] = {}
    for count in found:
        seen.setdefault((count.as_of, count.category), count)
    return list(seen.values())
