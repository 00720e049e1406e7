"""Building one named graph's quads: literals, labels, statements with provenance (used by the
loaders' mapping and by the reference graph)."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from pyoxigraph import Literal, NamedNode, Quad

from .vocabulary import XSD, C, P

_INTEGER = NamedNode(XSD + "integer")
_DATE = NamedNode(XSD + "date")
_YEAR_MONTH = NamedNode(XSD + "gYearMonth")
_BOOLEAN = NamedNode(XSD + "boolean")

Object = NamedNode | Literal | None


class Span(Protocol):
    """Where a fact stands: its place (paragraph, heading, footnote, header) and characters."""

    @property
    def place(self) -> object: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


def integer(value: int) -> Literal:
    return Literal(str(value), datatype=_INTEGER)


def date(value: dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=_DATE)


def partial_date(value: str) -> Literal:
    """``2019-05-01`` as xsd:date, ``2020-09`` (month precision) as xsd:gYearMonth."""
    return Literal(value, datatype=_DATE if len(value) == 10 else _YEAR_MONTH)


def boolean(value: bool) -> Literal:
    return Literal("true" if value else "false", datatype=_BOOLEAN)


def zh(text: str) -> Literal:
    return Literal(text, language="zh")


class Triples:
    """The triples of one named graph, without duplicates, in insertion order."""

    def __init__(self, name: NamedNode, *, places: dict[object, NamedNode], activity: NamedNode) -> None:
        self.name = name
        self.places = places  # Place → IRI of the paragraph, heading, footnote or header
        self.activity = activity  # the loading that produced the graph
        self.quads: dict[Quad, None] = {}

    def add(self, s: NamedNode, p: NamedNode, o: Object) -> None:
        if o is not None:
            self.quads[Quad(s, p, o, self.name)] = None

    def labels(self, s: NamedNode, zh_label: str | None, en_label: str | None) -> None:
        if zh_label:
            self.add(s, P.label, Literal(zh_label, language="zh"))
        if en_label:
            self.add(s, P.label, Literal(en_label, language="en"))

    def statement(self, iri: NamedNode, kind: NamedNode, span: Span, *about: NamedNode) -> NamedNode:
        """A statement extracted from the text, traceable to its place and characters."""
        place = self.places[span.place]
        self.add(iri, P.type, kind)
        self.add(iri, P.type, C.Statement)
        for subject in about:
            self.add(iri, P.about, subject)
        self.add(iri, P.was_derived_from, place)
        self.add(iri, P.start, integer(span.start))
        self.add(iri, P.end, integer(span.end))
        self.add(iri, P.evidence, Literal(span.text))
        self.add(iri, P.was_generated_by, self.activity)
        return iri
