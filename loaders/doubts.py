"""What the recognisers only partly understood: reported, not guessed.

A recogniser that finds the start of a fact it cannot read to the end (a reaffirmation
whose meetings and symbols do not pair up, a count of the directory without a category, a
person named beside a chair whose role the sentence does not say) records a
:class:`Doubt` with :func:`note` and leaves the fact out; a recogniser that fails on a document
(a construction nobody wrote it for) loses its own kind only, recorded with :func:`failed`.
:func:`collecting` gathers the doubts of one document (the loader runs the recognisers inside it); outside it,
:func:`note` does nothing, so a recogniser can be called alone.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from dataclasses import dataclass

from .facts import Place


@dataclass(frozen=True)
class Doubt:
    place: Place | None  # None: the whole document (a recogniser that failed on it)
    kind: str  # the fact kind ("chairs", "reaffirmations" …)
    what: str  # what was found and what could not be read, in a sentence

    def __str__(self) -> str:
        if self.place is None:
            return f"document: not read ({self.kind}): {self.what}"
        where = {"paragraph": "paragraph", "heading": "heading", "footnote": "footnote",
                 "header": "header"}[self.place.kind.value]
        key = "" if self.place.kind.value == "header" else f" {self.place.key}"
        return f"{where}{key}: partly understood ({self.kind}), left out: {self.what}"


_COLLECTED: contextvars.ContextVar[list[Doubt] | None] = contextvars.ContextVar("doubts", default=None)


def note(place: Place, kind: str, what: str) -> None:
    """Record that ``place`` holds a fact of ``kind`` only partly understood."""
    collected = _COLLECTED.get()
    if collected is not None and Doubt(place, kind, what) not in collected:
        collected.append(Doubt(place, kind, what))


def failed(kind: str, error: Exception) -> None:
    """Record that the recogniser of ``kind`` failed on the document: none of its facts are kept,
    the other kinds are."""
    collected = _COLLECTED.get()
    if collected is not None:
        collected.append(Doubt(None, kind, f"its recogniser failed on this document ({type(error).__name__}: "
                                           f"{error}); the other kinds were read. Please report the document."))


@contextlib.contextmanager
def collecting() -> Iterator[list[Doubt]]:
    """The doubts noted inside the ``with`` block, in the order noted."""
    found: list[Doubt] = []
    token = _COLLECTED.set(found)
    try:
        yield found
    finally:
        _COLLECTED.reset(token)
