"""Read the tables a paragraph holds: rows of cells that :mod:`..normalise` kept apart.

A table whose cells the text separated by tabs reaches the recognisers as
``姓名｜职务｜国家；Kalani Akana-Rivers｜司法部…副主任｜美利坚合众国；…``: cells joined by
``｜``, rows by ``；`` (``;`` between two digits).  :func:`tables` gives each table as rows of
cells with their offsets, the first row its header, so that a recogniser reads a cell by its
row and column instead of guessing where one ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..normalise import TABLE_CELL

#: A run of rows: the words before the first cell up to the end of the last row.
_ROW = rf"(?:[^。；;：:{TABLE_CELL}]*{TABLE_CELL}[^。；;{TABLE_CELL}]*)+"
_TABLE = re.compile(rf"{_ROW}(?:[；;]{_ROW})*")
_ROW_BREAK = re.compile(r"[；;]")


@dataclass(frozen=True)
class Cell:
    start: int  # offset in the paragraph's text
    end: int
    text: str


@dataclass(frozen=True)
class Table:
    start: int
    end: int
    rows: tuple[tuple[Cell, ...], ...]  # the first is the header

    @property
    def header(self) -> tuple[Cell, ...]:
        return self.rows[0]

    @property
    def body(self) -> tuple[tuple[Cell, ...], ...]:
        return self.rows[1:]


def tables(text: str) -> list[Table]:
    """The tables in ``text`` (a paragraph's), in order; a table has two rows or more."""
    out: list[Table] = []
    for m in _TABLE.finditer(text):
        rows: list[tuple[Cell, ...]] = []
        at = m.start()
        for raw in _ROW_BREAK.split(m.group(0)):
            cells, offset = [], at
            for part in raw.split(TABLE_CELL):
                stripped = part.strip()
                lead = len(part) - len(part.lstrip())
                cells.append(Cell(offset + lead, offset + lead + len(stripped), stripped))
                offset += len(part) + 1
            if len(cells) >= 2:
                rows.append(tuple(cells))
            at += len(raw) + 1
        if len(rows) >= 2:
            out.append(Table(m.start(), m.end(), tuple(rows)))
    return out
