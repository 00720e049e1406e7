"""Step 2 of the pipeline — normalise: undo what PDF extraction did to the text.

Two entry points:

* :func:`clean` takes the decoded text and returns its lines without the
  artefacts of the page (running headers and footers, job numbers, footnote
  URLs, footnotes — returned separately, markdown link syntax) and with
  full-width letters and digits made half-width.  Line structure is kept:
  the segmenter needs it to see where numbered paragraphs start.
* :func:`flow` joins the lines of one logical block (a paragraph, a heading,
  an item) and :func:`canonical` puts the result in one canonical spacing and
  punctuation form, so that a report re-spaced, reflowed or typeset with other
  punctuation widths yields the very same text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from collections import Counter
from dataclasses import dataclass

from ..text.dates import arabic_dates
from ..text.width import WIDE

# --- character classes ---------------------------------------------------

_WIDE_RE = re.compile(f"[{WIDE}]")

#: A table's cells, separated by tabs or by runs of three spaces or more in the text (three cells or
#: more in a line: ``Kalani Akana-Rivers\t司法部…\t美利坚合众国``),
#: are kept apart by this mark when lines are cleaned, so that a table read as a paragraph
#: keeps where one cell ends and the next begins.
TABLE_CELL = "｜"
_CELL_BREAK = re.compile(r"[ \u3000]*\t[\t \u3000]*|[ \u3000]{3,}")  # (a tab, or a run of three spaces or more)
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_INLINE_FOOTNOTE_MARK = re.compile(f"[{_SUPERSCRIPT_DIGITS}]+")

#: Full-width forms that have an exact ASCII counterpart which is not
#: Chinese punctuation: letters, digits and the symbol characters of
#: document symbols and numbers.
_HALF_WIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}  # ０-９
_HALF_WIDTH.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_HALF_WIDTH.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_HALF_WIDTH.update({"．": ".", "／": "/", "－": "-", "＿": "_", "＃": "#", "％": "%", "＆": "&"})
# Parenthesised Latin letters ⒜-⒵ (the labels of lettered items).  The parenthesised ideographs
# ㈠-㈩ of subparagraphs (``第㈥项``) are Chinese typography, kept as written.
_HALF_WIDTH.update({chr(0x249C + i): f"({chr(ord('a') + i)})" for i in range(26)})
_WIDTH_TABLE = str.maketrans(_HALF_WIDTH)

_TO_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
_TO_HALF = {v: k for k, v in _TO_FULL.items()}

# --- page artefacts --------------------------------------------------------

_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,200})\][(（][^()（）\s]{0,500}[)）]")
_URL_LINE = re.compile(r"^(?:https?://|www\.)[\x21-\x7e]+$", re.IGNORECASE)
#: UN job number with optional page fraction on either side: "3/6 V.17-07946".
#: On the first page it may carry the language of the copy, the dates of processing and the
#: barcode: "V.14-06812 (C)    211014    221014", "*1406812*".
_JOB_LINE = re.compile(
    r"^(?:\d{1,3}/\d{1,3}\s*)?V\.\d{2}-\d{5}(?:\s*[(（][A-Za-z][)）])?(?:\s+\d{6}){0,2}(?:\s*\*\d{7}\*)?"
    r"(?:\s*\d{1,3}/\d{1,3})?$"
    r"|^\*\d{7}\*$"
)
_SYMBOL_LINE = re.compile(r"^[A-Z]{1,6}(?:/[A-Za-z0-9.\-]+){1,8}$")
_PAGE_FRACTION = re.compile(r"^\d{1,3}/\d{1,3}$")
_FOOTNOTE_RULE = re.compile(r"^[_\-─—]{8,}$")
_FOOTNOTE_START = re.compile(rf"^(?:[{_SUPERSCRIPT_DIGITS}]+|\*+|\d{{1,2}}(?=\s|[^\x00-\x7f]))\s*\S")
_STRUCTURE_START = re.compile(r"^(?:\d{1,3}\s*[.．]\s*\S|[一二三四五六七八九十]{1,3}\s*[.．、]|[(（][a-z][)）])")
_TERMINAL = re.compile(r"[。；！？.;!?:：][）)」”’]*$")


@dataclass(frozen=True)
class Footnote:
    marker: str
    text: str


@dataclass(frozen=True)
class Cleaned:
    lines: list[str]
    footnotes: list[Footnote]
    running_heads: list[str]  # the page headers and footers that were removed


def clean(text: str) -> Cleaned:
    """Remove page artefacts; return body lines (stripped, blanks dropped) and footnotes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = unicodedata.normalize("NFC", text).translate(_WIDTH_TABLE)
    text = _MARKDOWN_LINK.sub(r"\1", text)
    raw = [_SPACES.sub(" ", _cells(line.strip())).strip() for line in _indented_lists(text.split("\n"))]
    lines = [line for line in raw if line]
    drop = _running_heads(lines)
    body: list[str] = []
    footnotes: list[Footnote] = []
    in_footnotes = False
    for index, line in enumerate(lines):
        if index in drop or _URL_LINE.match(line):
            continue
        if _FOOTNOTE_RULE.match(line):
            in_footnotes = True
            continue
        starts_note = bool(_FOOTNOTE_START.match(line)) and (
            in_footnotes or line[0] not in "0123456789"
        )
        if starts_note:
            marker, note = _split_footnote(line)
            footnotes.append(Footnote(marker, note))
            in_footnotes = True
            continue
        if in_footnotes and footnotes and not _STRUCTURE_START.match(line):
            last = footnotes[-1]
            if not _TERMINAL.search(last.text):  # the footnote goes on
                footnotes[-1] = Footnote(last.marker, flow([last.text, line]))
                continue
        in_footnotes = False
        body.append(_INLINE_FOOTNOTE_MARK.sub("", line))
    return Cleaned(body, footnotes, [lines[i] for i in sorted(drop)])


#: A line indented as an item of a list (not a table's row, not a numbered or lettered item).
_INDENTED_ITEM = re.compile(
    r"^(?P<indent>[ \u3000]{2,}|\t+)"
    r"(?![ \u3000\t]*(?:[(（]?[a-z\d一二三四五六七八九十]{1,3}[)）.．、]|[•·\-–—*㈠-㈩①-⑳]))"
    r"[^。\t]{2,40}$")


_LABEL_GAP = re.compile(r"(?<=\S)[：:][ \u3000\t]+(?=\S)")


def _indented_lists(lines: list[str]) -> list[str]:
    """A list laid out one item per indented line after a line ending in ``：`` becomes one line:
    ``出席会议的观察员还有：`` then ``    联合国系统实体`` / ``        联合国开发计划署`` / ``        世界银行``
    reads ``出席会议的观察员还有：联合国系统实体：联合国开发计划署、世界银行；…`` — items joined by ``、``,
    an item indented less than those under it being their label."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if not line.rstrip().endswith(("：", ":")):
            continue
        run: list[tuple[int, str]] = []
        j = end = i  # (blank lines may stand around the items)
        while j < len(lines):
            item = _LABEL_GAP.sub("：", lines[j])  # ``主席：       X（哥伦比亚）``: a label and its value
            if not item.strip():
                j += 1
                continue
            indent = item[: len(item) - len(item.lstrip(" \u3000\t"))]
            if indent and len(_CELL_BREAK.findall(body := item[len(indent):].rstrip())) == 1 and _WIDE_RE.search(body):
                item = indent + _CELL_BREAK.sub("：", body, count=1)  # ``预防腐败机关　　　124（120）``: label：value
            m = _INDENTED_ITEM.match(item)
            if not m or re.search(r"\S[ \u3000]{3,}\S", item):
                break
            run.append((len(m.group("indent").expandtabs(4)), item.strip()))
            j = end = j + 1
        if len(run) < 2:
            continue
        least = min(width for width, _ in run)
        labelled = any(width > least for width, _ in run)
        groups: list[tuple[str | None, list[str]]] = []
        for width, item in run:
            if labelled and width == least:
                groups.append((item, []))
            elif groups:
                groups[-1][1].append(item)
            else:
                groups.append((None, [item]))
        joined = "；" if all("：" in item for _, item in run) else "、"  # lines of ``label：value`` are clauses
        if all(item.endswith(("；", ";", "，", ",")) for _, item in run):
            joined = ""  # (items that end in their own punctuation)
        out[-1] = line.rstrip() + "；".join(f"{label}：" * bool(label) + joined.join(items) for label, items in groups)
        i = end
    return out


def _cells(line: str) -> str:
    """A table's row (three cells or more, apart by tabs) with its cells joined by ``｜``;
    another line as it is (a tab after an item's number or in a page footer is a space)."""
    if len(_CELL_BREAK.findall(line)) < 2 or ("\t" not in line and not _WIDE_RE.search(line)):
        return line  # (cells apart by spaces only in a line with Chinese: not a job number's line)
    return _CELL_BREAK.sub(TABLE_CELL, line)


def _split_footnote(line: str) -> tuple[str, str]:
    match = re.match(rf"^([{_SUPERSCRIPT_DIGITS}]+|\*+|\d{{1,2}})\s*", line)
    assert match is not None
    marker = match.group(1).translate(str.maketrans(_SUPERSCRIPT_DIGITS, "0123456789"))
    return marker, line[match.end():]


def _running_heads(lines: list[str]) -> set[int]:
    """Indexes of running page headers and footers.

    A job-number line ("V.17-07946", "3/6 V.17-07946") is always one.  A line
    holding only a document symbol or a page fraction ("3/6") is one when it
    stands next to a job-number line, when the same symbol line recurs on
    several pages, or when it is the document's own symbol (its masthead's);
    otherwise it may be a citation broken onto its own line and is kept.
    """
    jobs = {i for i, line in enumerate(lines) if _JOB_LINE.match(line)}
    symbol_lines = Counter(line for line in lines if _SYMBOL_LINE.match(line))
    # the document's own symbol, from its masthead (``联合国 CAC/COSP/EG.1/2012/3``): alone on a line later,
    # a page header, not a citation of itself
    own = {m.group(0) for line in lines[:6] for m in re.finditer(r"[A-Z]{1,6}(?:/[A-Za-z0-9.\-]+){1,8}", line)}
    drop = set(jobs)
    for i, line in enumerate(lines):
        if not (_SYMBOL_LINE.match(line) or _PAGE_FRACTION.match(line)):
            continue
        near_job = any(abs(i - j) <= 3 for j in jobs)
        if near_job or (_SYMBOL_LINE.match(line) and (symbol_lines[line] >= 2 or (i >= 6 and line in own))):
            drop.add(i)
    return drop


# --- joining and canonical form ------------------------------------------


def flow(lines: list[str]) -> str:
    """Join the lines of one block: no space between wide characters, one space between words.

    Table rows (lines whose cells :func:`clean` joined with ``｜``) that follow each other are
    joined by ``；``: ``姓名｜职务｜国家；Kalani Akana-Rivers｜…｜美利坚合众国``."""
    parts: list[str] = []
    row = False
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if parts and row and TABLE_CELL in line:
            parts.append("；")
        elif parts and _space_between(parts[-1], line):
            parts.append(" ")
        row = TABLE_CELL in line
        parts.append(line)
    return canonical("".join(parts))


_INITIAL = re.compile(r"(?<![A-Za-z])[A-Z]\.$")
_WIDE_THEN_DIGITS = re.compile(f"[{WIDE}]\\d+$")


def _space_between(before: str, line: str) -> bool:
    """Whether a line break between ``before`` and ``line`` stood for a space: between two words of a
    script written with spaces, or after an initial (``Rebecca J.`` / ``Hollister``); not inside a
    number of Chinese text (``截至2016年1`` / ``0月31日``)."""
    if line[0].isdigit() and _WIDE_THEN_DIGITS.search(before):
        return False
    return _needs_space(before[-1], line[0]) or bool(
        _INITIAL.search(before) and line[0].isalpha() and not _WIDE_RE.match(line[0]))


def _needs_space(left: str, right: str) -> bool:
    """Between two words of a script written with spaces (``Nguyễn Thị`` / ``Thu Hằng``), not of Chinese."""
    return left.isalnum() and right.isalnum() and not _WIDE_RE.match(left) and not _WIDE_RE.match(right)


_SPACE_NEXT_TO_WIDE = re.compile(f"(?<=[{WIDE}]) | (?=[{WIDE}])")
_PUNCT = re.compile(r"[,;:!?，；：！？]")
_OCR_ITEM_ONE = re.compile(r"第\s*[(（]\s*[-－—–]\s*[)）]\s*项")


def canonical(text: str) -> str:
    """One spacing and punctuation form for Chinese text with Latin inclusions.

    * runs of white space become one space, and no space stays next to a wide
      (CJK) character;
    * ``, ; : ! ?`` are full-width next to a wide character and half-width
      between Latin characters and digits (``1,500``, ``Distr.: General``);
    * a pair of parentheses is full-width when it encloses Chinese and
      half-width otherwise: ``（国际刑警组织）`` but ``(a)``, ``(CAC/COSP/2017/5)``;
    * the OCR misreading ``第(-)项`` of ``第(一)项`` is repaired;
    * a date in Chinese numerals is written in Arabic ones (``二〇二一年六月二日`` →
      ``2021年6月2日``), as the reports write dates.
    """
    text = _SPACES.sub(" ", text).strip()
    text = _OCR_ITEM_ONE.sub("第(一)项", text)
    text = arabic_dates(text)
    text = _parentheses(text)
    text = _SPACE_NEXT_TO_WIDE.sub("", text)
    return _PUNCT.sub(lambda m: _punct(text, m.start()), text)


def _punct(text: str, at: int) -> str:
    """Full-width next to a non-ASCII character, half-width between ASCII ones."""
    before = text[at - 1] if at > 0 else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    half = _TO_HALF.get(text[at], text[at])
    if (before and not before.isascii()) or (after and not after.isascii()):
        return _TO_FULL[half]
    return half


_PARENTHESIS = re.compile(r"[()（）]")


def _parentheses(text: str) -> str:
    if "(" not in text and "（" not in text:
        return text
    stack: list[int] = []
    # Where the wide characters are: whether a pair encloses one is a bisection, not a scan.
    wide = array("q", (m.start() for m in _WIDE_RE.finditer(text)))
    changes: dict[int, str] = {}
    for match in _PARENTHESIS.finditer(text):
        i = match.start()
        if text[i] in "(（":
            stack.append(i)
        elif stack:
            start = stack.pop()
            k = bisect.bisect_right(wide, start)
            changes[start], changes[i] = ("（", "）") if k < len(wide) and wide[k] < i else ("(", ")")
    pieces: list[str] = []
    done = 0
    for at in sorted(at for at, char in changes.items() if text[at] != char):
        pieces += [text[done:at], changes[at]]
        done = at + 1
    return "".join([*pieces, text[done:]])


def is_terminal(text: str) -> bool:
    """Does the text end a sentence (or a list item)?"""
    return bool(_TERMINAL.search(text))


def locate(text: str, needle: str) -> tuple[int, int] | None:
    """Where ``needle`` stands in ``text`` whose lines it may run across (the header).

    Linear in the lengths: the line breaks are taken out of ``text`` (remembering where
    each remaining character stood) and ``needle`` is looked up in what is left.
    """
    if not needle:
        return None
    if "\n" in needle:
        at = text.find(needle)
        return (at, at + len(needle)) if at >= 0 else None
    where = [i for i, c in enumerate(text) if c != "\n"]
    at = text.replace("\n", "").find(needle)
    if at < 0:
        return None
    return where[at], where[at + len(needle) - 1] + 1
