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

from ...text.dates import date_ranges, months
from ...text.numerals import CHINESE_NUMERAL_CHARS, to_int
from .. import doubts
from ..facts import DirectoryCount, Place, PlaceKind, Span
from ..normalise import TABLE_CELL
from ..segment import Segmented
from .tables import tables

_DIRECTORY = re.compile(r"名录|目录|数据库")
#: The year of the meeting, for dates written ``本年10月31日``.
_YEAR: ContextVar[int | None] = ContextVar("year", default=None)
_THIS_YEAR = re.compile(r"^(?:本年|今年|当年)")
#: The date of the counts last read, for ``截至同一日期`` in a later paragraph.
_PREVIOUS_DATE: ContextVar[str | None] = ContextVar("previous_date", default=None)
_SAME_DATE = r"(?:同日|同一(?:统计)?日期?|该日|当日|上述日期)"
_PREVIOUS_CATEGORIES: ContextVar[list[str] | None] = ContextVar("previous_categories", default=None)
_FIRST_N = re.compile(r"前[两二三四五]类")
#: What dates a count: ``截至…``, ``到2016年5月为止``.
_AS_OF = re.compile(r"截至|截止(?:到|至)?|(?<![\u4e00-\u9fff])到(?=\d{4}年[^，。；]{0,10}为止)"
                    r"|(?<![\d年])(?=\d{4}年\d{1,2}月(?:\d{1,2}日)?时)|(?<=即)(?=\d{4}年\d{1,2}月)"
                    r"|(?<=在)(?=同一(?:统计)?日期)|(?<![\u4e00-\u9fff])到(?=(?:同日|同一(?:统计)?日期?|该日|上述日期)为止)")
_NOUN = r"缔约国|缔约方|国家|会员国|签署国"
#: A count of States: ``137个缔约国``, ``137 国家``, ``九个缔约国``, or ``137个`` closing a
#: clause or changing (``122个增至``).
_COUNT = re.compile(
    rf"(?<![第\d{CHINESE_NUMERAL_CHARS}])(?P<n>\d{{1,3}}|[{CHINESE_NUMERAL_CHARS}]{{1,6}})\s?"
    rf"(?:(?:个\s?)?(?P<noun>{_NOUN})|个(?:(?![\u4e00-\u9fff])|(?=增|减|升|降|上升|下降|和|及|或|有所|通报|指定|登记|提供|告知|同时|已|均|都|还|向)))"
)
#: A table's line: a category and a bare figure (``预防机关：101``).
_CELL = re.compile(r"(?:[：:—－]\s?|(?<=机关)|(?<=联络点)|(?<=机构)|(?<=当局)|(?<=联络人)|(?<=协调人))"
                   r"(?P<n>\d{1,3})(?![\d.．%％年月日条款个])")
#: Category keys and the words that identify them, tried in order.
CATEGORIES = (
    ("civil-administrative", re.compile(r"民事|行政诉讼")),
    ("extradition", re.compile(r"引渡")),
    ("asset-recovery", re.compile(r"资产追回|追回资产|资产返还|返还资产|追缴")),
    ("mutual-legal-assistance", re.compile(r"司法协助")),
    ("prevention", re.compile(r"预防")),
    # a central authority named alone is the one of article 46 (13), for mutual legal assistance
    ("mutual-legal-assistance", re.compile(r"中央机关")),
)
#: The categories named by their own words (not the bare 中央机关).
_SPECIFIC = CATEGORIES[:-1]
_BARE = CATEGORIES[-1][1]
_AUTHORITY = re.compile(r"机关|机构|当局|联络点|联络人|协调中心|协调人|主管|中央")
#: Words saying the States made the authority known.
_NOTIFIED = re.compile(
    r"通报|指定|告知|通知|提交|登记|载有|列有|列入|提供了?(?:关于|有关)?[^，。；]{0,20}(?:信息|资料|详情)")
#: Figures dated by what they are: ``2016年5月31日的数字``.
_FIGURES_OF = re.compile(r"\d{4}年\d{1,2}月(?:\d{1,2}日)?(?=的(?:数字|数据|统计|情况))")
#: Counts of something else: answers to a note verbale, members of a network.
_OTHER = re.compile(r"答复|回复|复函|加入|成员|参加|出席")
#: A total over the categories.
_TOTAL = re.compile(r"至少一[个类]|任何|所有类别|各类|总数")
_SENTENCE_END = re.compile(r"[。\n]")
_CELL_END = re.compile(r"[，,、；;\n]")
#: A clause boundary: a count's words do not run past it.
_HARD = re.compile(r"[；;。\n]")
#: A count stated as the predicate of its category: ``…机关——127个``, ``…的缔约国有38个``,
#: ``…已由35个缔约国通报``.
_PREDICATE_BEFORE = re.compile(r"(?:——|—|－|-|：|:|为|有|达|达到|增至|共计|共有|共|由)$")
#: A count that continues the one before it: ``从122个增至131个``.
_CHANGE_BEFORE = re.compile(r"(?:增至|增加到|增加至|增为|上升到|上升至|升至|达到|减至|减少到|减少至|变为|到)$")
_CLAUSE_END = re.compile(r"[；;]")
#: A date in brackets dating what follows: ``首次会议召开前（2012年9月30日），``.
_BRACKETED_DATE = re.compile(r"[（(](?P<date>\d{4}年\d{1,2}月(?:\d{1,2}日)?)[）)]")
#: Words before a ``截至`` that make it the date of a comparison only.
_COMPARED = re.compile(r"(?:而|与|和|较|比|由|从)$")
_VERB_AFTER = re.compile(r"\s?(?:缔约国)?(?:已|均|都|也|则|同时|还)?(?:向[^，。；]{0,10})?(?:通报|指定|登记|提供|告知)")
#: A change, not a count: ``增加了五个``.
_CHANGE_BY = re.compile(r"(?:增加|减少|新增|增长|多出?|少)了?\s?$")
#: Words after a number of States that make it the whole they are counted out of.
_OUT_OF = re.compile(r"\s?(?:缔约国)?(?:中|当中|之中)(?:[，,]|有|已有)")
#: A figure standing for the one just counted: ``这一数字为83个``.
_SAME_FIGURE = re.compile(r"(?:这一|这个|该|此一?)(?:数字|数目|数量|数)(?:为|是|有|仅为)$")
#: The header of a table with a column per date: two dates or more side by side.
_A_DATE = re.compile(r"\d{4}年\d{1,2}月(?:\d{1,2}日)?")
_DATE_COLUMNS = re.compile(r"(?P<dates>(?:\d{4}年\d{1,2}月(?:\d{1,2}日)?[\s｜]?){2,4})(?=；?[^\d\s，。；、和及至]{2})")
_BRACKETED_WORDS = re.compile(r"[（(][^（）()]{0,30}[）)]")
#: A count alone in brackets: ``（131个）``.
_ALONE_IN_BRACKETS = re.compile(r"[（(][\d一二三四五六七八九十百〇零两]{1,6}\s?个(?:缔约国)?[）)]")
#: An earlier figure compared with: ``比2021年8月31日的86个``.
_THAN = re.compile(r"比\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:底|时)?的?$")
#: A bracketed figure of the date compared with: ``（当时为139个）``.
_THEN = re.compile(r"当时|彼时|那时")
#: Counts given in the order of the categories named before: ``分别已由45个和42个``.
_RESPECTIVELY = re.compile(
    r"(?:分别|依次|(?<=[，,])为)(?:[^\d，。；、]{0,4}?)(?P<counts>(?:[\d一二三四五六七八九十百〇零两]{1,6}\s?个(?:缔约国)?(?:、|和|及|以及)?){2,})")
#: A date of its own right before a count: ``2015年5月的122个``, ``（2015年5月为122个）``.
_OWN_DATE = re.compile(
    r"(?P<date>\d{4}年\d{1,2}月(?:\d{1,2}日)?)(?:底|初|中旬|时)?(?:[）)]?(?:的|为|时为|时有|有|是)|[（(])$")


def find(doc: Segmented, *, year: int | None = None) -> list[DirectoryCount]:
    """The directory's counts in ``doc``; ``year`` (the meeting's) dates ``截至本年10月31日``."""
    token, previous, categories = _YEAR.set(year), _PREVIOUS_DATE.set(None), _PREVIOUS_CATEGORIES.set(None)
    try:
        return _find(doc)
    finally:
        _YEAR.reset(token)
        _PREVIOUS_DATE.reset(previous)
        _PREVIOUS_CATEGORIES.reset(categories)


def _find(doc: Segmented) -> list[DirectoryCount]:
    found: list[DirectoryCount] = []
    previous = ""
    for paragraph in doc.paragraphs:
        text = paragraph.text
        about = bool(_DIRECTORY.search(text) or _DIRECTORY.search(previous) or any(
            _DIRECTORY.search(h.title) for h in paragraph.headings[1:]))
        previous = text
        if not (_AS_OF.search(text) or _FIGURES_OF.search(text) or _DATE_COLUMNS.search(text) or TABLE_CELL in text
                or (_THEN.search(text) and _A_DATE.search(text))):
            continue
        here = _counts(text, Place(PlaceKind.PARAGRAPH, str(paragraph.number)), about=about)
        if here:
            # the paragraph's main date (of its figures: ``…的统计``, else its first count's), for
            # ``截至同一日期`` after it
            figures = _FIGURES_OF.search(text)
            stated = _date(figures.group()) if figures else None
            _PREVIOUS_DATE.set(stated if stated in {c.as_of for c in here} else here[0].as_of)
            _PREVIOUS_CATEGORIES.set(list(dict.fromkeys(c.category for c in here)))
        found += here
    return _unique(found)


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
            earlier = _OWN_DATE.search(text, max(0, m.start() - 20), m.start())
            owner = last_category[1] if last_category[0] >= 0 and m.start() - last_category[0] < 40 else None
            opened = max(text.rfind("（", 0, m.start()), text.rfind("(", 0, m.start()))
            owner = owner or _category(text[max(0, *(b.end() for b in _CELL_END.finditer(text, 0, opened))):opened])
            as_of = _date(earlier.group("date")) if earlier else None
            if as_of is None and _THEN.search(text, max(0, m.start() - 8), m.start()):
                as_of = _as_of(text, m.start())
            elif as_of is None and _ALONE_IN_BRACKETS.match(text, m.start() - 1) and text[m.start() - 1] in "（(":
                # ``预防腐败机关（131个）``: the count of the category just named, at the main date
                opened = m.start() - 1
                start = max([0, *(b.end() for b in _CELL_END.finditer(text, 0, opened))])
                words = re.sub(r"^(?:其次是|其次为|以及|和|及)", "", text[start:opened])
                owner = _category(words, authority=words)  # the category named last before the bracket
                as_of = _as_of(text, m.start(), main=True)
            if as_of and owner:
                out.append(DirectoryCount(as_of, owner, value, _span(text, place, m.start(), m.end())))
            continue
        clause_start, clause_end = _clause(text, m, main)
        clause = text[clause_start:clause_end]
        sentence = text[_sentence_start(text, m.start()):clause_end]
        if _OTHER.search(clause) or not (about or _NOTIFIED.search(sentence)):
            continue
        category = _category_of(text, m, clause_start, clause_end)
        before = text[clause_start:m.start()].rstrip()
        if category is None and _CHANGE_BEFORE.search(before) and 0 <= m.start() - last_category[0] < 12:
            category = last_category[1]
        if category is None and _SAME_FIGURE.search(before) and last_category[0] >= 0:
            category = last_category[1]  # 而截至2011年9月30日，这一数字为83个
        if category is None and (_THAN.search(before) or _own_date(text, m.start())) \
                and 0 <= m.start() - last_category[0] < 40:
            category = last_category[1]  # …的有89个，比2021年8月31日的86个有所增加
        changed = bool(_CHANGE_BEFORE.search(before))  # 由截至…的108个增至111个: the main date
        as_of = _own_date(text, m.start()) or _as_of(text, m.start(), main=changed)
        if _THEN.search(text, max(0, m.start() - 6), m.start()):  # ``比2024年4月30日增加了9个，当时为61个``
            dates = list(_A_DATE.finditer(text, _sentence_start(text, m.start()), m.start()))
            as_of = _date(dates[-1].group(0)) if dates else as_of
            named = _categories_in(text[_sentence_start(text, m.start()) : m.start()])
            if category is None and len(named) == 1:
                category = named[0]
            elif category is None and 0 <= m.start() - last_category[0] < 60:
                category = last_category[1]
        if category is None and _NOTIFIED.search(clause) and not _OTHER.search(sentence):
            # the sentence's topic, named in an earlier clause:
            # ``X一类是…新近增设的，到同一日期为止，已有23个缔约国作了通报``
            named = _categories_in(text[_sentence_start(text, m.start()) : clause_start])
            category = named[0] if len(named) == 1 else None
        if category is None:
            if _AUTHORITY.search(clause) and as_of and not _TOTAL.search(clause):
                doubts.note(place, "directory-statistics",
                            f"a count ({value}) of the directory whose category could not be read")
            continue
        if as_of is None:
            doubts.note(place, "directory-statistics", f"a count ({value}) for {category} without a date")
            continue
        last_category = (m.end(), category)
        found_in.append((m.start(), m.end()))
        out.append(DirectoryCount(as_of, category, value, _span(text, place, m.start(), clause_end)))
    table = _grids(text, place, about=about) or _table(text, place, about=about)
    found_in += [(c.span.start, c.span.end) for c in table]
    out += table
    cells = _cells(text, place, about=about)
    out += [c for c in cells if not any(a < c.span.end and c.span.start < b for a, b in found_in)]
    return _respectively(text, place, out, about=about)


def _respectively(text: str, place: Place, found: list[DirectoryCount], *, about: bool) -> list[DirectoryCount]:
    """``A和B则分别已由45个和42个缔约国通报``, ``上述三类机关的数目分别为96个、71个和41个``: the
    counts go to the categories named before ``分别`` in order, or, when these are not named
    (``上述三类``), to the categories counted last, in order."""
    out = list(found)
    for m in _RESPECTIVELY.finditer(text):
        counts = [c for c in _COUNT.finditer(m.group("counts")) if _value(c) is not None]
        start = _sentence_start(text, m.start())
        clause = max([start, *(b.end() for b in _HARD.finditer(text, 0, m.start()))])
        named = _categories_in(text[clause : m.start()]) or _categories_in(text[start : m.start()])
        if len(named) != len(counts):
            earlier = list(dict.fromkeys(c.category for c in found if c.span.start < m.start()))
            if len(earlier) < len(counts):  # ``前三类的数字依次为…``: the categories of the paragraph before
                earlier = list(dict.fromkeys([*(_PREVIOUS_CATEGORIES.get() or []), *earlier]))
            named = earlier[: len(counts)] if _FIRST_N.search(text, start, m.start()) else (
                earlier[-len(counts):] if len(earlier) >= len(counts) else [])
        as_of = _own_date(text, m.start()) or _as_of(text, m.start())
        if not named or as_of is None or not (about or _NOTIFIED.search(text, start, m.end())):
            continue
        at = m.start("counts")
        spans = [(at + c.start(), at + c.end()) for c in counts]
        out = [c for c in out if not any(a <= c.span.start < b for a, b in spans)]
        out += [DirectoryCount(as_of, category, _value(c) or 0, _span(text, place, a, b))
                for category, c, (a, b) in zip(named, counts, spans, strict=True)]
    return out


def _categories_in(words: str) -> list[str]:
    """The categories named in ``words``, in the order named (each once)."""
    named = sorted((m.start(), key) for key, pattern in _SPECIFIC for m in pattern.finditer(words))
    if not named:
        named = sorted((m.start(), key) for key, pattern in CATEGORIES for m in pattern.finditer(words))
    return list(dict.fromkeys(key for _, key in named))


def _grids(text: str, place: Place, *, about: bool) -> list[DirectoryCount]:
    """Tables whose cells the text kept apart (:mod:`.tables`): a column per date and a row per
    category, a row per date and a column per category, or a row per category and one column
    of counts at the date of the sentence."""
    out: list[DirectoryCount] = []
    for table in tables(text):
        if not (about or _NOTIFIED.search(text, 0, table.end)):
            continue
        head = [c.text for c in table.header[1:]]
        firsts = [row[0].text for row in table.body]
        dated_columns = [_date(h) for h in head]
        if all(dated_columns):  # 类别｜2025年4月30日｜2026年4月30日；预防腐败机关｜131｜134
            by_cell = [(_category(row[0].text, authority="机关"), d, cell)
                       for row in table.body for d, cell in zip(dated_columns, row[1:], strict=False)]
        elif all(_date(f) for f in firsts):  # 日期｜预防腐败机关｜…；2020年9月｜119｜…
            categories = [_category(h, authority="机关") for h in head]
            by_cell = [(category, _date(row[0].text), cell)
                       for row in table.body for category, cell in zip(categories, row[1:], strict=False)]
        else:  # 类别｜缔约国数目；预防腐败机关｜131
            as_of = _as_of(text, table.start)
            by_cell = [(_category(row[0].text, authority="机关"), as_of, cell)
                       for row in table.body for cell in row[1:]]
        out += [DirectoryCount(as_of, category, int(cell.text), _span(text, place, cell.start, cell.end))
                for category, as_of, cell in by_cell
                if category and as_of and re.fullmatch(r"\d{1,4}", cell.text)]
    return out


def _table(text: str, place: Place, *, about: bool) -> list[DirectoryCount]:
    """A table with a column per date, reflowed: ``类别2018年5月30日2019年5月15日预防腐败机关（第六条
    第三款）113 116司法协助中央机关…129 131…`` — each row's category and one figure per date."""
    text = text.replace(TABLE_CELL, " ")  # (a cell's end is a space: the same length, the same spans)
    header = _DATE_COLUMNS.search(text)
    if not header or not (about or _NOTIFIED.search(text, 0, header.start())):
        return []
    dates = [d for d in (_date(m.group(0)) for m in _A_DATE.finditer(header.group("dates"))) if d]
    masked = _BRACKETED_WORDS.sub(lambda b: "＿" * len(b.group(0)), text)  # (第4/4号决议): no figures
    row = re.compile(rf"(?P<head>[^\d。；]{{2,40}}?)(?P<figures>\d{{1,3}}(?:\s\d{{1,3}}){{{len(dates) - 1}}})"
                     r"(?![\d年月日%％.])")
    out: list[DirectoryCount] = []
    for m in row.finditer(masked, header.end()):
        category = _category(text[m.start("head") : m.end("head")])
        if category is None:
            continue
        for as_of, figure in zip(dates, m.group("figures").split(), strict=True):
            out.append(DirectoryCount(as_of, category, int(figure), _span(text, place, m.start(), m.end())))
    return out


def _cells(text: str, place: Place, *, about: bool) -> list[DirectoryCount]:
    """A table's lines (``司法协助中央机关：131``), reflowed or not: each figure's category is
    the words since the figure before it or the clause boundary."""
    out: list[DirectoryCount] = []
    start = 0
    for m in _CELL.finditer(text):
        ends = [b.end() for b in _CELL_END.finditer(text, 0, m.start())]
        head_start = max(start, _sentence_start(text, m.start()), *ends)
        start = m.end()
        category = _category(text[head_start : m.start()])
        as_of = _as_of(text, m.start())
        if category and as_of and (about or _NOTIFIED.search(text, 0, m.start())):
            out.append(DirectoryCount(as_of, category, int(m.group("n")), _span(text, place, head_start, m.end())))
    return out


def _value(m: re.Match[str]) -> int | None:
    raw = m.group("n")
    if raw == "一":  # "一个缔约国" is "a State", rarely a count
        return None
    try:
        return to_int(raw)
    except ValueError:
        return None


def _bracketed(text: str, position: int) -> bool:
    opened = max(text.rfind("（", 0, position), text.rfind("(", 0, position))
    closed = max(text.rfind("）", 0, position), text.rfind(")", 0, position))
    return opened > closed


def _sentence_start(text: str, position: int) -> int:
    return max((b.end() for b in _SENTENCE_END.finditer(text, 0, position)), default=0)


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
    # ``91个通报了资产追回联络点``, ``另有41个缔约国通报了…``: the count is the subject
    verb_after = bool(_VERB_AFTER.match(text, m.end()))
    predicate = not verb_after and (bool(_PREDICATE_BEFORE.search(before.rstrip())) or not m.group("noun"))
    # categories named by their own words first, anywhere around; a bare 中央机关 last
    for categories in (_SPECIFIC, CATEGORIES):
        if predicate:
            found = (_category(last_clause, among=categories) or _category(before, among=categories)
                     or _category(after, among=categories))
        else:
            found = _category(after, among=categories) or _category(last_clause, among=categories)
        if found is None and _AUTHORITY.search(before + after) and not _TOTAL.search(before + after):
            found = _category(before, authority=before + after, among=categories)
        if found:
            return found
    return None


def _category(words: str, *, authority: str | None = None,
              among: tuple[tuple[str, re.Pattern[str]], ...] = CATEGORIES) -> str | None:
    """The category ``words`` name (the last one named), if ``authority`` (by default the same
    words) speaks of an authority."""
    if not _AUTHORITY.search(words if authority is None else authority):
        return None
    specific = [(m.start(), key) for key, pattern in among if pattern is not _BARE for m in pattern.finditer(words)]
    named = specific or [(m.start(), key) for key, pattern in among for m in pattern.finditer(words)]
    if authority is not None:  # a topic: the one named last before the count (by its own words first)
        return max(named)[1] if named else None
    for key, pattern in among:
        if pattern.search(words):
            return key
    return None


def _own_date(text: str, position: int) -> str | None:
    own = _OWN_DATE.search(text, max(0, position - 16), position)
    return _date(own.group("date")) if own else None


def _as_of(text: str, position: int, *, main: bool = False) -> str | None:
    """The date governing a count: a date in brackets earlier in its sentence (``首次会议召开前
    （2012年9月30日），…``); else the last ``截至`` in its clause, or before it in the paragraph
    unless that one dates only a comparison (``而截至2011年9月30日，这一数字为83个；``);
    ``截至同日`` is the one before; else the first after it (``…（截至2016年5月31日的数字）``)."""
    sentence = _sentence_start(text, position)
    clause = max([sentence, *(b.end() for b in _CLAUSE_END.finditer(text, 0, position))])
    bracketed = [m for m in _BRACKETED_DATE.finditer(text, sentence, position)]
    if bracketed:
        return _date(bracketed[-1].group("date"))
    found = None
    for m in _AS_OF.finditer(text, 0, position):
        window = text[m.end() : m.end() + 16]
        if re.match(_SAME_DATE, window):  # the date before it, here or in the paragraphs before
            found = found or _PREVIOUS_DATE.get()
            continue
        compared = bool(_COMPARED.search(text, max(0, m.start() - 4), m.start()))
        if not compared or (m.start() >= clause and not main):
            found = _date(window) or found
    if found is None:
        later = _AS_OF.search(text, position) or _FIGURES_OF.search(text)
        if later and later.re is _AS_OF and re.match(_SAME_DATE, text[later.end() :]):
            return _PREVIOUS_DATE.get()
        if later:
            found = _date(text[later.end() : later.end() + 16] if later.re is _AS_OF else later.group())
    return found


def _date(window: str) -> str | None:
    """A day or month at the start of ``window`` (``本年`` is the meeting's year)."""
    year = _YEAR.get()
    if year is not None:
        window = _THIS_YEAR.sub(f"{year}年", window)
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
