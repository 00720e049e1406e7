"""Where a sentence or a clause of Chinese text ends."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[。！？]")
_CLAUSE_END = re.compile(r"[。；！？]")


def sentence_end(text: str, start: int) -> int:
    """The index just after the full stop that ends the sentence holding ``start``
    (the end of the text if none does)."""
    m = _SENTENCE_END.search(text, start)
    return m.end() if m else len(text)


def clause_end(text: str, start: int) -> int:
    """Like :func:`sentence_end`, but a semicolon (``；``) ends a clause too."""
    m = _CLAUSE_END.search(text, start)
    return m.end() if m else len(text)
