"""Step 1 of the pipeline — read: bytes to text.

Reports arrive as UTF-8 (with or without a byte-order mark), UTF-16 (with a
BOM, or recognisable by its zero bytes) or GB18030 (which includes GB2312 and
GBK).  Anything else is refused with a ``ValueError`` that says why; the
caller adds the file name.
"""

from __future__ import annotations

import codecs
import os
import re
import stat

#: A file larger than this is refused before it is read.  A report is ~50 KB, the longest UN
#: documents about 1 MB; the loader reads report text at about 0.5 s a MB and text made to be
#: hard (MBs of brackets, dates, citations) at up to 4 s a MB: the bound caps what one file costs.
MAX_BYTES = 8 * 1024 * 1024

# Characters that do not occur in a text extraction: C0 controls other than
# tab/newline/carriage return/form feed, DEL, and the replacement character.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_CJK = re.compile(r"[\u3400-\u9fff]")


def read_file(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a file; one larger than :data:`MAX_BYTES`, or not a regular file (a
    device, a pipe), is refused with a ``ValueError`` before it is read."""
    status = os.stat(path)  # (before opening it: opening a pipe waits for a writer)
    if not stat.S_ISREG(status.st_mode):
        raise ValueError("not a regular file")
    if status.st_size > MAX_BYTES:
        raise ValueError(f"file too large ({status.st_size} bytes, at most {MAX_BYTES})")
    with open(path, "rb") as handle:
        return handle.read(MAX_BYTES + 1)  # (a file that grew meanwhile is still refused by decode)


def decode(data: bytes) -> str:
    """Decode a report's bytes to ``str``; raise ``ValueError`` if it is not text."""
    if len(data) > MAX_BYTES:
        raise ValueError(f"file too large ({len(data)} bytes, at most {MAX_BYTES})")
    if not data.strip():
        raise ValueError("empty file")
    text = _decode_by_bom(data)
    if text is None:
        text = _decode_utf16_without_bom(data)
    if text is None:
        text = _try(data, "utf-8")
    if text is None:
        text = _try(data, "gb18030")
        # GB18030 maps almost every byte sequence somewhere: accept it only
        # when the result reads like Chinese text.
        if text is not None and len(text) - len(_CJK.sub("", text)) < max(1, len(text) // 10):
            text = None
    if text is None:
        raise ValueError("not a text file in UTF-8, UTF-16 or GB18030")
    if _CONTROL.search(text):
        raise ValueError("binary content (control characters) in the text")
    return text


def _decode_by_bom(data: bytes) -> str | None:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            text = _try(data, encoding)
            if text is None:
                raise ValueError(f"invalid {encoding.upper()} after its byte-order mark")
            return text
    return None


def _decode_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII characters leave zero bytes in every other position."""
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    enough = max(2, len(sample) // 200)
    # Line breaks, digits and spaces put their zero byte on one side; CJK
    # characters such as U+4E00 put an occasional one on the other.
    if odd_zeros >= enough and odd_zeros >= 4 * even_zeros:
        return _try(data, "utf-16-le")
    if even_zeros >= enough and even_zeros >= 4 * odd_zeros:
        return _try(data, "utf-16-be")
    return None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None
