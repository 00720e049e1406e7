"""What the recognisers only partly understood: reported, not guessed.

A recogniser that finds the start of a fact it cannot read to the end (a reaffirmation
whose meetings and symbols do not pair up, a count of the directory without a category, a
person named beside a chair whose role the sentence does not say) records a
:class:`Doubt` with :func:`note` and leaves the fact out.  :func:`collecting` gathers the
doubts of one document (the loader runs the recognisers inside it); outside it,
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
    place: Place
    kind: str  # the fact kind ("chairs", "reaffirmations" …)
    what: str  # what was found and what could not be read, in a sentence

    def __str__(self) -> str:
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


@contextlib.contextmanager
def collecting() -> Iterator[list[Doubt]]:
    """The doubts noted inside the ``with`` block, in the order noted."""
    found: list[Doubt] = []
    token = _COLLECTED.set(found)
    try:
        yield found
    finally:
        _COLLECTED.reset(token)
