"""What a SPARQL request asks for, read from its text before it runs.

The engine parses queries itself; this module only finds the keywords that the
endpoint must act on first: an update (``INSERT``, ``LOAD`` …) sent as a query,
a ``SERVICE`` call to another endpoint, and a dataset given by ``FROM`` /
``FROM NAMED``.  Keywords are looked for outside comments, strings and IRIs, so
a literal or an IRI that contains ``service`` changes nothing.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# Long strings first, then short ones (with escapes), IRIs, comments to the end of the line.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*(?:"""|$)'
    r"|'''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)"
    r'|"(?:[^"\\\n]|\\.)*(?:"|$)'
    r"|'(?:[^'\\\n]|\\.)*(?:'|$)"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
    re.DOTALL,
)
_WORD = re.compile(r"(?<![\w:?$])([A-Za-z]+)(?![\w:])")

UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD"})
QUERY_FORMS = frozenset({"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"})


@dataclass(frozen=True)
class Outline:
    """The keywords of a request that matter before it runs."""

    form: str | None  # SELECT, CONSTRUCT, DESCRIBE, ASK, or the first update keyword
    service: bool  # calls another endpoint
    dataset: bool  # has FROM or FROM NAMED
    depth: int  # deepest nesting of (), {} and []
    merged: int = 0  # how many FROM clauses (not FROM NAMED) make up the default graph

    @property
    def is_update(self) -> bool:
        return self.form in UPDATE_KEYWORDS or self.form == "WITH"


def outline(text: str) -> Outline:
    """The form of ``text`` and whether it calls ``SERVICE`` or names its dataset."""
    # The same queries come again and again (dashboards, the query library): remember the
    # outlines of short ones; a long text is lexed each time rather than kept in memory.
    return _remembered(text) if len(text) <= _REMEMBERED_LENGTH else _outline(text)


#: Texts up to this many characters have their outline remembered (512 of them at most).
_REMEMBERED_LENGTH = 8192


def _outline(text: str) -> Outline:
    bare = _OPAQUE.sub(" ", text)
    words = [w.upper() for w in _WORD.findall(bare)]
    form = next((w for w in words if w in QUERY_FORMS or w in UPDATE_KEYWORDS or w == "WITH"), None)
    merged = sum(1 for i, w in enumerate(words) if w == "FROM" and words[i + 1:i + 2] != ["NAMED"])
    return Outline(form=form, service="SERVICE" in words, dataset="FROM" in words, depth=_depth(bare),
                   merged=merged)


_remembered = functools.lru_cache(maxsize=512)(_outline)


def _depth(bare: str) -> int:
    depth = deepest = 0
    for char in re.sub(r"[^(){}\[\]]", "", bare):
        depth = depth + 1 if char in "({[" else max(0, depth - 1)
        deepest = max(deepest, depth)
    return deepest


def pattern_start(text: str) -> int | None:
    """Where the query pattern of ``text`` begins: the offset just after the ``{`` that opens
    its ``WHERE`` group (after a ``CONSTRUCT`` template), or ``None`` if it has none."""
    bare = _OPAQUE.sub(lambda m: " " * len(m.group()), text)
    form = next((m for m in _WORD.finditer(bare) if m.group(1).upper() in QUERY_FORMS), None)
    if form is None:
        return None
    at = bare.find("{", form.end())
    if at < 0:
        return None
    if form.group(1).upper() == "CONSTRUCT" and not bare[form.end():at].strip():
        depth = 0  # a template: the pattern is the group after it
        for index in range(at, len(bare)):
            depth += {"{": 1, "}": -1}.get(bare[index], 0)
            if depth == 0:
                at = bare.find("{", index)
                break
        else:
            return None
    return at + 1 if at >= 0 else None


__all__ = ["QUERY_FORMS", "UPDATE_KEYWORDS", "Outline", "outline", "pattern_start"]
