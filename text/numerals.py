"""Chinese and Arabic numerals as the reports write them."""

from __future__ import annotations

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}

#: Characters a Chinese numeral is made of (for building regular expressions).
CHINESE_NUMERAL_CHARS = "〇零一二两三四五六七八九十百千"


def to_int(text: str) -> int:
    """``"四十六"`` → 46, ``"十三"`` → 13, ``"一百零五"`` → 105, ``"46"`` → 46.

    Raises ``ValueError`` for anything that is not a numeral.
    """
    text = text.strip()
    if not text:
        raise ValueError("empty numeral")
    if text.isascii() and text.isdigit():
        return int(text)
    total = 0
    digit: int | None = None
    for char in text:
        if char in _DIGITS:
            # Digit-by-digit numbers such as 二〇一九 (a year) read on; others start a digit.
            digit = digit * 10 + _DIGITS[char] if digit else _DIGITS[char]
        elif char in _UNITS:
            total += (1 if digit is None else digit) * _UNITS[char]
            digit = None
        else:
            raise ValueError(f"not a numeral: {text!r}")
    return total + (digit or 0)


def letter(n: int) -> str:
    """1 → ``"a"``, 2 → ``"b"`` …: sub-paragraph labels written (一), ㈡ … in Chinese."""
    if not 1 <= n <= 26:
        raise ValueError(f"no letter for sub-paragraph {n}")
    return chr(ord("a") + n - 1)


_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def english_ordinal(n: int) -> str:
    """1 → ``"1st"``, 12 → ``"12th"``, 22 → ``"22nd"``."""
    suffix = "th" if 10 <= n % 100 <= 20 else _ORDINAL_SUFFIX.get(n % 10, "th")
    return f"{n}{suffix}"
