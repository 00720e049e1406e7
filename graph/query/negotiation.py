"""Answers to SPARQL requests: the media types a client may ask for, and the
engine's serialisation of a result into the first one it accepts, within limits.

``SELECT``/``ASK`` results are SPARQL JSON, XML, CSV or TSV; ``CONSTRUCT``/``DESCRIBE``
results are Turtle, N-Triples, JSON-LD or RDF/XML.  The engine writes the bytes; Python
only checks the size.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import IO, cast

from pyoxigraph import (
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Triple,
    parse_query_results,
    serialize,
)

from ...errors import BadRequest
from ...ontology.vocabulary import PREFIXES

SOLUTION_TYPES = {
    "application/sparql-results+json": QueryResultsFormat.JSON,
    "application/json": QueryResultsFormat.JSON,
    "application/sparql-results+xml": QueryResultsFormat.XML,
    "application/xml": QueryResultsFormat.XML,
    "text/xml": QueryResultsFormat.XML,
    "text/csv": QueryResultsFormat.CSV,
    "text/tab-separated-values": QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": RdfFormat.TURTLE,
    "application/x-turtle": RdfFormat.TURTLE,
    "application/n-triples": RdfFormat.N_TRIPLES,
    "text/plain": RdfFormat.N_TRIPLES,
    "application/ld+json": RdfFormat.JSON_LD,
    "application/rdf+xml": RdfFormat.RDF_XML,
}
#: Short names for the ``format`` parameter.
SHORT = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
         "ttl": "text/turtle", "nt": "application/n-triples", "ntriples": "application/n-triples",
         "jsonld": "application/ld+json", "json-ld": "application/ld+json", "rdfxml": "application/rdf+xml"}


class ResultTooLarge(ValueError):
    """The result is over the server's row or byte cap."""


@dataclass(frozen=True)
class Limits:
    """Caps on one answer: rows of a ``SELECT`` result, bytes of any result."""

    max_rows: int = 100_000
    max_bytes: int = 256 * 2**20


@dataclass(frozen=True)
class Answer:
    body: bytes
    media_type: str


def prefers_html(accepted: list[str]) -> bool:
    """Whether a client that accepts ``accepted`` (best first) asked for a page: an HTML type
    comes before any other type named (a browser's ``Accept``); ``*/*`` alone is data."""
    for media in accepted:
        if media in ("text/html", "application/xhtml+xml"):
            return True
        if media != "*/*":
            return False
    return False


def accepted_types(*, accept: str, format: str | None) -> list[str]:
    """The media types a client accepts, best first: ``format`` if given, else the Accept header.

    Raises ``ValueError`` for a ``format`` the endpoint does not write.
    """
    if format:
        known = {**SOLUTION_TYPES, **GRAPH_TYPES}
        if format.lower() not in SHORT and format not in known:
            raise BadRequest(f"format {format!r}: use one of {', '.join(SHORT)}")
        return [SHORT.get(format.lower(), format)]
    ranked = []
    for position, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if media:
            ranked.append((-q, position, media.lower()))
    return [media for q, _, media in sorted(ranked) if q < 0]


#: The fewest bytes a row takes in each format (a row with no binding: ``{},`` in JSON,
#: ``<result></result>`` in XML, a line break in CSV and TSV).
_ROW_BYTES = {QueryResultsFormat.JSON: 3, QueryResultsFormat.XML: 17, QueryResultsFormat.CSV: 2,
              QueryResultsFormat.TSV: 1}


class _Capped(io.RawIOBase):
    """A byte buffer that refuses to grow past ``limit``."""

    def __init__(self, limit: int) -> None:
        self.buffer = bytearray()
        self.limit = limit
        self.exceeded = False

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if len(self.buffer) + len(data) > self.limit:
            self.exceeded = True
            raise ResultTooLarge(f"the result is larger than {self.limit:,} bytes (the server's cap): "
                                 "add a LIMIT or ask for fewer variables")
        self.buffer += data
        return len(data)


def serialise(result: QuerySolutions | QueryBoolean | QueryTriples | list[Triple], accepted: list[str], *,
              limits: Limits) -> Answer:
    """The result in the first acceptable format (SPARQL JSON or Turtle if none is).

    Raises ``ResultTooLarge`` past the caps.
    """
    output = _Capped(limits.max_bytes)
    try:
        return _serialise(result, accepted, output, limits=limits)
    except Exception:  # the engine passes the writer's refusal on in its own way
        if output.exceeded:
            raise ResultTooLarge(f"the result is larger than {limits.max_bytes:,} bytes (the server's cap): "
                                 "add a LIMIT or ask for fewer variables") from None
        raise


def _serialise(result: QuerySolutions | QueryBoolean | QueryTriples | list[Triple], accepted: list[str],
               output: _Capped, *, limits: Limits) -> Answer:
    if isinstance(result, QueryTriples | list):
        media = next((m for m in accepted if m in GRAPH_TYPES), "text/turtle")
        rdf_format = GRAPH_TYPES[media]
        prefixes = PREFIXES if rdf_format in (RdfFormat.TURTLE, RdfFormat.RDF_XML) else None
        serialize(result, cast(IO[bytes], output), format=rdf_format, prefixes=prefixes)
        return Answer(bytes(output.buffer), media)
    media = next((m for m in accepted if m in SOLUTION_TYPES), "application/sparql-results+json")
    results_format = SOLUTION_TYPES[media]
    result.serialize(cast(IO[bytes], output), format=results_format)
    body = bytes(output.buffer)
    # Every row takes a few bytes at least, so only a large answer can be over the row cap.
    if isinstance(result, QuerySolutions) and len(body) > limits.max_rows * _ROW_BYTES[results_format]:
        if results_format is QueryResultsFormat.CSV:  # lossy, so the engine does not read it back
            rows = sum(1 for _ in csv.reader(io.StringIO(body.decode("utf-8"), newline=""))) - 1
        else:
            solutions = parse_query_results(body, format=results_format)
            assert isinstance(solutions, QuerySolutions)
            rows = sum(1 for _ in solutions)
        if rows > limits.max_rows:
            raise ResultTooLarge(f"the result has {rows:,} rows, more than the server's cap of "
                                 f"{limits.max_rows:,}: add a LIMIT (and OFFSET to page through it)")
    return Answer(body, media)


__all__ = ["GRAPH_TYPES", "SHORT", "SOLUTION_TYPES", "Answer", "Limits", "ResultTooLarge",
           "accepted_types", "serialise"]
