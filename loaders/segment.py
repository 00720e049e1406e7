"""Step 3 of the pipeline — segment: header, headings, numbered paragraphs, items.

A report's structure survives extraction only as the first characters of
lines: ``一.`` opens a section, ``A.`` a subsection, ``13.`` a numbered
paragraph, ``(a)`` a lettered item.  Numbers alone are not enough —
agenda items (``1. 会议开幕。``) look like paragraphs — so the segmenter
follows the numbering: paragraphs run 1, 2, 3 … through the whole document,
sections 一, 二, 三 …, subsections A, B, C … within a section.  A line that
opens nothing continues the block before it; a short run of lines without
final punctuation between a finished paragraph and the next one is an
unnumbered sub-heading.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ..text.numerals import CHINESE_NUMERAL_CHARS, to_int
from ..text.width import display_width
from .normalise import TABLE_CELL, Footnote, canonical, flow, is_terminal

_SECTION = re.compile(rf"^([{CHINESE_NUMERAL_CHARS}]{{1,3}})\s*[.．、]\s*(.*)$")
_SUBSECTION = re.compile(r"^([A-Z])\s*[.．]\s*(\S.*)$")
_NUMBERED = re.compile(r"^(\d{1,3})\s*[.．](?![\d.])\s*(.*)$")
_LETTERED = re.compile(r"^[-•·*]?\s*[(（]([a-z])[)）]")
_BULLET = re.compile(r"^[-•·]\s+")
_HEADING_FOOTNOTE_MARK = re.compile(r"(?<=[\u4e00-\u9fff])\d{1,2}$")

#: A list item (agenda) rather than a paragraph when both numberings fit and
#: the line is at most this wide (columns).
_SHORT_LINE = 60
#: The numbering may resume this many numbers after the one expected (see ``_resumes``).
_MAX_SKIP = 3
#: An unnumbered sub-heading is at most this wide (columns).
_SUBHEADING_WIDTH = 130


@dataclass
class Heading:
    level: int  # 1 section (一.), 2 subsection (A.), 3 unnumbered sub-heading
    label: str  # "一", "A", or "" for an unnumbered sub-heading
    title: str
    number: int  # 1, 2, 3 … (0 for unnumbered)


@dataclass
class Item:
    label: str  # "a", "b" … for lettered items, "1", "2" … for list items
    text: str
    start: int  # character span of the item (label included) in its paragraph text
    end: int


@dataclass
class Paragraph:
    number: int
    text: str
    headings: list[Heading]  # enclosing section, subsection, sub-heading (outermost first)
    items: list[Item] = field(default_factory=list)

    @property
    def section(self) -> Heading | None:
        return next((h for h in self.headings if h.level == 1), None)


@dataclass
class Segmented:
    header: list[str]  # the masthead and title lines before the first heading, canonical
    headings: list[Heading]
    paragraphs: list[Paragraph]
    footnotes: list[Footnote]
    unplaced: list[str]  # text between headings that belongs to no numbered paragraph
    skipped: list[int] = field(default_factory=list)  # paragraph numbers the numbering jumped over

    @property
    def header_text(self) -> str:
        """The header's lines run together (a title wrapped over lines is one sentence)."""
        return flow(self.header)

    @property
    def header_place(self) -> str:
        """The text of the header place, one line per line: what header spans index."""
        return "\n".join(self.header)


@dataclass
class _Block:
    kind: str  # "heading" or "paragraph"
    lines: list[str]
    heading: Heading | None = None
    number: int = 0
    open: bool = False  # heading that may continue on the next line
    brackets: Counter[str] = field(default_factory=Counter)  # brackets in a heading's lines so far


def segment(lines: list[str], footnotes: list[Footnote] | None = None) -> Segmented:
    """Group cleaned lines into header, headings and numbered paragraphs."""
    return _Segmenter(lines).run(footnotes or [])


class _Segmenter:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.wrap = _wrap_width(lines)
        self.header: list[str] = []
        self.headings: list[Heading] = []
        self.paragraphs: list[Paragraph] = []
        self.unplaced: list[str] = []
        self.skipped: list[int] = []
        self.context: dict[int, Heading] = {}
        self.block: _Block | None = None
        self.pending: list[str] = []  # lines that may be an unnumbered sub-heading
        self.next_paragraph = 1
        self.section = 0
        self.subsection = 0
        self.list_counter: int | None = None

    def run(self, footnotes: list[Footnote]) -> Segmented:
        for line in self.lines:
            self._line(line)
        self._close(heading_allowed=False)
        return Segmented(self.header, self.headings, self.paragraphs, footnotes, self.unplaced, self.skipped)

    # --- classification ---------------------------------------------------

    def _line(self, line: str) -> None:
        match = _SECTION.match(line)
        if match and self._is_next_section(match.group(1)) and match.group(2):
            self._open_heading(1, match.group(1), match.group(2), to_int(match.group(1)))
            return
        match = _SUBSECTION.match(line)
        if match and self.section and ord(match.group(1)) - ord("A") == self.subsection:
            self._open_heading(2, match.group(1), match.group(2), self.subsection + 1)
            return
        match = _NUMBERED.match(line)
        if match and self._numbered(int(match.group(1)), line):
            return
        if _LETTERED.match(line) and self.block and self.block.kind == "paragraph":
            self._resolve_pending()
            self.list_counter = None
            self.block.lines.append(_BULLET.sub("", line))
            return
        self._continuation(line)

    def _is_next_section(self, numeral: str) -> bool:
        try:
            return to_int(numeral) == self.section + 1
        except ValueError:
            return False

    def _numbered(self, number: int, line: str) -> bool:
        in_paragraph = self.block is not None and self.block.kind == "paragraph"
        as_paragraph = number == self.next_paragraph or self._resumes(number, line)
        as_list = in_paragraph and (
            (self.list_counter is not None and number == self.list_counter + 1)
            or (number == 1 and not as_paragraph)
        )
        if as_paragraph and as_list:
            as_paragraph = display_width(line) > _SHORT_LINE
            as_list = not as_paragraph
        if as_paragraph:
            self._close()
            self.skipped += range(self.next_paragraph, number)
            self.block = _Block("paragraph", [line], number=number)
            self.next_paragraph = number + 1
            self.list_counter = None
            return True
        if as_list and self.block is not None:
            self._resolve_pending()
            self.block.lines.append(line)
            self.list_counter = number
            return True
        return False

    def _resumes(self, number: int, line: str) -> bool:
        """A paragraph after a gap in the numbering (a number lost or misread in extraction):
        a few numbers on, after the first paragraph, outside a list, on a line as wide as a
        paragraph's.  Without this one lost number would make the rest of the document one
        paragraph."""
        return (1 < self.next_paragraph < number <= self.next_paragraph + _MAX_SKIP
                and self.list_counter is None and display_width(line) > _SHORT_LINE)

    def _continuation(self, line: str) -> None:
        block = self.block
        if block is None:
            if self.paragraphs or self.headings:
                self.pending.append(line)
            else:
                # (once, here: every recogniser reads these); a masthead set in two columns
                # (``联合国反腐败公约      Distr.: General``, or with a tab between) gives a line per column
                self.header += [canonical(part) for part in _COLUMNS.split(line) if part.strip()]
            return
        if block.kind == "heading" and not self.pending and (block.open or _incomplete(block)):
            block.lines.append(line)
            block.brackets.update(c for c in line if c in _BRACKETS)
            block.open = display_width(line) >= 0.75 * self.wrap
            return
        if block.kind == "paragraph" and not self.pending and not is_terminal(block.lines[-1]):
            block.lines.append(line)
            return
        self.pending.append(line)

    # --- blocks -----------------------------------------------------------

    def _open_heading(self, level: int, label: str, title: str, number: int) -> None:
        self._close()
        if level == 1:
            self.section, self.subsection = number, 0
        else:
            self.subsection = number
        heading = Heading(level, label, "", number)
        wrapped = self.wrap < 400 and display_width(title) + 4 >= 0.75 * self.wrap
        self.block = _Block("heading", [title], heading=heading, open=wrapped,
                            brackets=Counter(c for c in title if c in _BRACKETS))
        self.list_counter = None

    def _resolve_pending(self, *, heading_allowed: bool = False) -> None:
        """Decide what the lines held back after a finished sentence were.

        Lines up to the last one that ends a sentence continue the paragraph; a
        short tail without final punctuation, right before the next numbered
        paragraph or heading, is an unnumbered sub-heading.
        """
        if not self.pending:
            return
        lines, self.pending = self.pending, []
        last_sentence = max((i for i, line in enumerate(lines) if is_terminal(line)), default=-1)
        body, tail = lines[: last_sentence + 1], lines[last_sentence + 1 :]
        if tail and (not heading_allowed or display_width(flow(tail)) > _SUBHEADING_WIDTH):
            body, tail = lines, []
        if body:
            if self.block is not None and self.block.kind == "paragraph":
                self.block.lines.extend(body)
            else:
                self.unplaced.append(flow(body))
        if tail:
            self._close_block()
            self._add_heading(Heading(3, "", flow(tail), 0))

    def _close(self, *, heading_allowed: bool = True) -> None:
        """End the current block before a numbered paragraph or a heading (or the end)."""
        self._resolve_pending(heading_allowed=heading_allowed)
        self._close_block()

    def _close_block(self) -> None:
        block, self.block = self.block, None
        if block is None:
            return
        if block.kind == "heading":
            assert block.heading is not None
            title = _HEADING_FOOTNOTE_MARK.sub("", flow(block.lines))
            block.heading.title = title
            self._add_heading(block.heading)
        else:
            self.paragraphs.append(_paragraph(block, self._current_headings()))

    def _add_heading(self, heading: Heading) -> None:
        self.headings.append(heading)
        for level in [lv for lv in self.context if lv >= heading.level]:
            del self.context[level]
        self.context[heading.level] = heading

    def _current_headings(self) -> list[Heading]:
        return [self.context[level] for level in sorted(self.context)]


#: Where a masthead line set in two columns joins them (the cleaned line keeps one space): the
#: Chinese masthead on the left, the English one on the right.
_COLUMNS = re.compile(
    TABLE_CELL + r"|(?<=[\u4e00-\u9fff]) (?=Distr|Original|Chinese|[A-Z]{1,6}/|\d{1,2} [A-Z][a-z]+ \d{4}|V\.\d)")


_DANGLING = re.compile(r"(?:[第的和与及、，：《（“]|以及|关于)$")


_PAIRS = (("《", "》"), ("（", "）"), ("(", ")"), ("“", "”"))
_BRACKETS = "".join(a + b for a, b in _PAIRS)


def _incomplete(block: _Block) -> bool:
    """A heading cut short: it ends on a connective or leaves a bracket open.

    (Looks at the last two characters and the running count of brackets, not at the whole
    title again for every line: a heading of many lines costs no more than their length.)
    """
    end = "".join(block.lines[-2:])[-2:]
    return bool(_DANGLING.search(end)) or any(block.brackets[a] > block.brackets[b] for a, b in _PAIRS)


def _paragraph(block: _Block, headings: list[Heading]) -> Paragraph:
    first = _NUMBERED.match(block.lines[0])
    assert first is not None
    lines = [first.group(2), *block.lines[1:]]
    text = break_items(flow(lines))
    return Paragraph(block.number, text, headings, lettered_items(text))


def _wrap_width(lines: list[str]) -> float:
    """The width at which the extraction wrapped lines (large when it did not)."""
    widths = sorted(display_width(line) for line in lines)
    if not widths:
        return 1000.0
    return float(widths[int(len(widths) * 0.9)])


# --- items inside a paragraph ---------------------------------------------

_AFTER = r"(?:^|(?<=[\n：；。:;])|(?<=；和)|(?<=；及)|(?<=；以及))"
_ITEM_MARK = re.compile(_AFTER + r"-?\s*\(([a-z])\)")
_LIST_MARK = re.compile(_AFTER + r"\s*(\d{1,2})\.(?!\d)")
_TRAILING = re.compile(r"(?:[；;。，,\s]|和|以及|及)+$")


def _runs(text: str, pattern: re.Pattern[str], first: str, succ: Callable[[str], str]) -> list[re.Match[str]]:
    """The longest run of markers first, succ(first), … in order."""
    best: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for match in pattern.finditer(text):
        label = match.group(1)
        if run and label == succ(run[-1].group(1)):
            run.append(match)
        elif label == first:
            run = [match]
        else:
            continue
        if len(run) > len(best):
            best = list(run)
    return best


def _next_letter(label: str) -> str:
    return chr(ord(label) + 1)


def _next_number(label: str) -> str:
    return str(int(label) + 1)


def break_items(text: str) -> str:
    """Put every lettered item and numbered list item on a line of its own."""
    marks = _runs(text, _ITEM_MARK, "a", _next_letter)
    if len(marks) < 2:
        marks = []
    numbers = _runs(text, _LIST_MARK, "1", _next_number)
    if len(numbers) >= 2:
        marks = sorted([*marks, *numbers], key=lambda m: m.start())
    if not marks:
        return text
    pieces = [text[: marks[0].start()]]
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        end = following.start() if following else len(text)
        pieces.append(text[mark.start() : end].strip())
    return "\n".join(canonical(p) if i else p.rstrip() for i, p in enumerate(pieces) if p)


def lettered_items(text: str) -> list[Item]:
    """The (a), (b) … items of a paragraph text, with their spans."""
    marks = _runs(text, _ITEM_MARK, "a", _next_letter)
    if len(marks) < 2:
        return []
    items = []
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        end = following.start() if following else len(text)
        body = text[mark.end() : end]
        stripped = _TRAILING.sub("", body.strip())
        start = mark.start() + len(mark.group(0)) - len(mark.group(0).lstrip("\n -"))
        items.append(Item(mark.group(1), stripped, start, end))
    return items
