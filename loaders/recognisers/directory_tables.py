"""The directory's statistics in tables: a column per date, a row per date, or a table's lines.

Tables whose cells the text kept apart (:mod:`.tables`) are read by row and column
(:func:`grids`); a table reflowed without separators, ``类别2018年5月30日2019年5月15日预防腐败
机关（第六条第三款）113 116…``, by its date header and each row's figures (:func:`reflowed_table`);
a table's lines ``司法协助中央机关：131`` by the words before each figure (:func:`table_lines`).
"""

from __future__ import annotations

import re

from ..facts import DirectoryCount, Place, Span
from ..normalise import TABLE_CELL
from .directory_words import A_DATE, CELL_END, NOTIFIED, category_in, date_at, date_of_count, sentence_start
from .tables import tables

#: A table's line: a category and a bare figure (``预防机关：101``).
_CELL = re.compile(r"(?:[：:—－]\s?|(?<=机关)|(?<=联络点)|(?<=机构)|(?<=当局)|(?<=联络人)|(?<=协调人))"
                   r"(?P<n>\d{1,3})(?![\d.．%％年月日条款个])")
#: The header of a table with a column per date: two dates or more side by side.
DATE_COLUMNS = re.compile(r"(?P<dates>(?:\d{4}年\d{1,2}月(?:\d{1,2}日)?[\s｜]?){2,4})(?=；?[^\d\s，。；、和及至]{2})")
_BRACKETED_WORDS = re.compile(r"[（(][^（）()]{0,30}[）)]")


def grids(text: str, place: Place, *, about: bool) -> list[DirectoryCount]:
    """Tables whose cells the text kept apart (:mod:`.tables`): a column per date and a row per
    category, a row per date and a column per category, or a row per category and one column
    of counts at the date of the sentence."""
    out: list[DirectoryCount] = []
    for table in tables(text):
        if not (about or NOTIFIED.search(text, 0, table.end)):
            continue
        head = [c.text for c in table.header[1:]]
        firsts = [row[0].text for row in table.body]
        dated_columns = [date_at(h) for h in head]
        if all(dated_columns):  # 类别｜2025年4月30日｜2026年4月30日；预防腐败机关｜131｜134
            by_cell = [(category_in(row[0].text, authority="机关"), d, cell)
                       for row in table.body for d, cell in zip(dated_columns, row[1:], strict=False)]
        elif all(date_at(f) for f in firsts):  # 日期｜预防腐败机关｜…；2020年9月｜119｜…
            categories = [category_in(h, authority="机关") for h in head]
            by_cell = [(category, date_at(row[0].text), cell)
                       for row in table.body for category, cell in zip(categories, row[1:], strict=False)]
        else:  # 类别｜缔约国数目；预防腐败机关｜131
            as_of = date_of_count(text, table.start)
            by_cell = [(category_in(row[0].text, authority="机关"), as_of, cell)
                       for row in table.body for cell in row[1:]]
        out += [DirectoryCount(as_of, category, int(cell.text), _span(text, place, cell.start, cell.end))
                for category, as_of, cell in by_cell
                if category and as_of and re.fullmatch(r"\d{1,4}", cell.text)]
    return out


def reflowed_table(text: str, place: Place, *, about: bool) -> list[DirectoryCount]:
    """A table with a column per date, reflowed: ``类别2018年5月30日2019年5月15日预防腐败机关（第六条
    第三款）113 116司法协助中央机关…129 131…`` — each row's category and one figure per date."""
    text = text.replace(TABLE_CELL, " ")  # (a cell's end is a space: the same length, the same spans)
    header = DATE_COLUMNS.search(text)
    if not header or not (about or NOTIFIED.search(text, 0, header.start())):
        return []
    dates = [d for d in (date_at(m.group(0)) for m in A_DATE.finditer(header.group("dates"))) if d]
    masked = _BRACKETED_WORDS.sub(lambda b: "＿" * len(b.group(0)), text)  # (第4/4号决议): no figures
    row = re.compile(rf"(?P<head>[^\d。；]{{2,40}}?)(?P<figures>\d{{1,3}}(?:\s\d{{1,3}}){{{len(dates) - 1}}})"
                     r"(?![\d年月日%％.])")
    out: list[DirectoryCount] = []
    for m in row.finditer(masked, header.end()):
        category = category_in(text[m.start("head") : m.end("head")])
        if category is None:
            continue
        for as_of, figure in zip(dates, m.group("figures").split(), strict=True):
            out.append(DirectoryCount(as_of, category, int(figure), _span(text, place, m.start(), m.end())))
    return out


def table_lines(text: str, place: Place, *, about: bool) -> list[DirectoryCount]:
    """A table's lines (``司法协助中央机关：131``), reflowed or not: each figure's category is
    the words since the figure before it or the clause boundary."""
    out: list[DirectoryCount] = []
    start = 0
    for m in _CELL.finditer(text):
        ends = [b.end() for b in CELL_END.finditer(text, 0, m.start())]
        head_start = max(start, sentence_start(text, m.start()), *ends)
        start = m.end()
        category = category_in(text[head_start : m.start()])
        as_of = date_of_count(text, m.start())
        if category and as_of and (about or NOTIFIED.search(text, 0, m.start())):
            out.append(DirectoryCount(as_of, category, int(m.group("n")), _span(text, place, head_start, m.end())))
    return out


def _span(text: str, place: Place, start: int, end: int) -> Span:
    return Span(place, start, end, text[start:end])
