"""Generate variants of a report the way other extractions would have produced it.

Each variant takes the report's text and returns bytes.  Line breaks are
only ever moved to places where a PDF extractor would put them — next to a
Chinese character, never inside a Latin word or a number — and structural
line starts (a paragraph number, a section numeral, a lettered item) stay at
the start of a line, since every extraction keeps them there.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

_WIDE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef《》“”]")
#: Lines that start a block: paragraph number, section numeral, subsection letter, item.
_STARTS = re.compile(
    r"^(?:\d{1,3}\s*[.．]\s*\S|[一二三四五六七八九十]{1,3}\s*[.．、]|[A-Z]\s*[.．]\s|-?\s*[(（][a-z][)）])"
)
#: Lines that stand alone: footnotes, URLs, running heads, the footnote rule.
_SOLO = re.compile(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹*]|\d{1,2}\s+\S|https?://|www\.|_{5,}|CAC/COSP/\S+$|\d+/\d+ V\.)")
_TERMINAL = re.compile(r"[。；：]\s*$")
_BODY_START = re.compile(r"^\s*(?:一\s*[.．、]|1\s*[.．]\s)")


def _breakable(text: str, i: int) -> bool:
    """May a line break fall before text[i]?"""
    left, right = text[i - 1], text[i]
    return bool(_WIDE.match(left) or _WIDE.match(right)) and not right.isspace()


def _wrap(line: str, width: int) -> list[str]:
    out, start = [], 0
    while len(line) - start > width:
        cut = start + width
        while cut > start + 1 and not _breakable(line, cut):
            cut -= 1
        if cut <= start + 1:
            break
        out.append(line[start:cut])
        start = cut
    out.append(line[start:])
    return out


def _split(text: str) -> tuple[list[str], list[str]]:
    """Header lines (kept line by line: separate text boxes in a PDF) and body lines."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if _BODY_START.match(line)), 0)
    return lines[:start], lines[start:]


def _logical_lines(lines: list[str]) -> list[str]:
    """Join wrapped body lines back into one line per block."""
    blocks: list[str] = []
    after_solo = False
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        solo = bool(_SOLO.match(line))
        heading = (blocks and _TERMINAL.search(blocks[-1]) and len(line) <= 70
                   and not _TERMINAL.search(line))
        if not blocks or solo or after_solo or heading or _STARTS.match(line):
            blocks.append(line)
        else:
            sep = " " if blocks[-1][-1:].isalnum() and blocks[-1][-1:].isascii() and \
                line[:1].isascii() and line[:1].isalnum() else ""
            blocks[-1] += sep + line
        after_solo = solo
    return blocks


def reflowed(text: str, *, width: int = 17, seed: int = 1) -> bytes:
    """Lines wrapped at another width, with blank lines sprinkled between them."""
    rng = random.Random(seed)
    header, body = _split(text)
    header = [h.strip() for h in header if h.strip()]
    out = []
    for block in header + _logical_lines(body):
        # Short header lines (dates, venue) sit in boxes wide enough never to wrap.
        wrap = width + rng.randint(-3, 3) if block not in header or len(block) > 30 else 999
        for piece in _wrap(block, wrap):
            out.append(piece)
            if rng.random() < 0.3:
                out.append("")
    return "\n".join(out).encode("utf-8")


def unwrapped(text: str) -> bytes:
    """Every block on one line (an extraction that kept paragraphs whole)."""
    header, body = _split(text)
    return "\n".join(header + _logical_lines(body)).encode("utf-8")


def respaced(text: str) -> bytes:
    """Spaces between Chinese and Latin or digits, trailing spaces, doubled blank lines."""
    spaced = re.sub(r"(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[\u4e00-\u9fff])",
                    " ", text)
    spaced = re.sub(r"(?<=[，。；：])(?=\S)", " ", spaced)
    return "\n\n".join(line + "  " for line in spaced.split("\n")).encode("utf-8")


def despaced(text: str) -> bytes:
    """No space next to a Chinese character anywhere."""
    return re.sub(r"(?<=[\u3000-\u9fff]) +| +(?=[\u3000-\u9fff])", "", text).encode("utf-8")


_FULL = {chr(c): chr(c + 0xFEE0) for c in range(0x30, 0x3A)}
_FULL.update({chr(c): chr(c + 0xFEE0) for c in range(0x41, 0x5B)})
_FULL.update({chr(c): chr(c + 0xFEE0) for c in range(0x61, 0x7B)})
_FULL.update({"/": "／", ".": "．", "(": "（", ")": "）", ",": "，", ";": "；", ":": "："})


def fullwidth(text: str) -> bytes:
    """Full-width digits, letters and punctuation (but not inside URLs)."""
    lines = [line if "http" in line or "www." in line else line.translate(str.maketrans(_FULL))
             for line in text.split("\n")]
    return "\n".join(lines).encode("utf-8")


def halfwidth_punctuation(text: str) -> bytes:
    """ASCII punctuation where the report has Chinese full-width punctuation."""
    table = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"})
    return text.translate(table).encode("utf-8")


def crlf_bom(text: str) -> bytes:
    return ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8")


def gb18030(text: str) -> bytes:
    return text.encode("gb18030")


def utf16(text: str) -> bytes:
    return text.encode("utf-16")


def page_headers(text: str, *, every: int = 9, seed: int = 2) -> bytes:
    """Running page headers and footers (job number, page fraction) inside paragraphs."""
    rng = random.Random(seed)
    lines = text.split("\n")
    out, page = [], 1
    for i, line in enumerate(lines):
        out.append(line)
        if i and i % every == 0 and line.strip() and rng.random() < 0.8:
            page += 1
            out += ["", f"{page}/20 V.99-1234{page % 10}", "", ""]
    return "\n".join(out).encode("utf-8")


VARIANTS: dict[str, Callable[[str], bytes]] = {
    "reflowed": reflowed,
    "reflowed-wide": lambda t: reflowed(t, width=61, seed=7),
    "unwrapped": unwrapped,
    "respaced": respaced,
    "despaced": despaced,
    "fullwidth": fullwidth,
    "halfwidth-punctuation": halfwidth_punctuation,
    "crlf-bom": crlf_bom,
    "gb18030": gb18030,
    "utf-16": utf16,
    "page-headers": page_headers,
}
