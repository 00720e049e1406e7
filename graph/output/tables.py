"""Writing query results: a readable table for a terminal, or the standard formats.

CSV, TSV and JSON of ``SELECT`` and ``ASK`` results are the SPARQL 1.1
result formats, serialised by the engine itself.  ``CONSTRUCT`` and
``DESCRIBE`` results are written as Turtle (table), JSON-LD (json) or
N-Triples (csv, tsv).
"""

from __future__ import annotations

from enum import StrEnum
from typing import IO

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    serialize,
)

from ...ontology.vocabulary import PREFIXES, prefixed
from ...text.width import display_width
from ..store.embedded import QueryResult

#: A table cell longer than this (columns) is cut with "…"; use csv/tsv/json for full values.
MAX_CELL = 100


class ResultFormat(StrEnum):
    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"


_SOLUTION_FORMATS = {
    ResultFormat.CSV: QueryResultsFormat.CSV,
    ResultFormat.TSV: QueryResultsFormat.TSV,
    ResultFormat.JSON: QueryResultsFormat.JSON,
}
_GRAPH_FORMATS = {
    ResultFormat.TABLE: RdfFormat.TURTLE,
    ResultFormat.JSON: RdfFormat.JSON_LD,
    ResultFormat.CSV: RdfFormat.N_TRIPLES,
    ResultFormat.TSV: RdfFormat.N_TRIPLES,
}


def write_result(result: QueryResult, output: IO[bytes], *, format: ResultFormat,
          base_iri: str | None = None) -> int:
    """Write ``result`` to ``output``; return the number of rows or triples (-1: not counted)."""
    if isinstance(result, QueryTriples | list):
        triples = list(result)
        prefixes = dict(PREFIXES, **({"id": base_iri} if base_iri else {}))
        serialize(triples, output, format=_GRAPH_FORMATS[format],
                  prefixes=prefixes if format is ResultFormat.TABLE else None)
        return len(triples)
    if isinstance(result, QueryBoolean):
        if format is ResultFormat.TABLE:
            output.write(b"true\n" if bool(result) else b"false\n")
        else:
            result.serialize(output, _SOLUTION_FORMATS[format])
        return 1
    assert isinstance(result, QuerySolutions)
    if format is not ResultFormat.TABLE:
        result.serialize(output, _SOLUTION_FORMATS[format])
        return -1
    return _table(result, output, base_iri)


def cell(term: object, base_iri: str | None = None) -> str:
    """A term as a table cell: literals by value, IRIs compacted with the known prefixes."""
    if term is None:
        return ""
    if isinstance(term, Literal):
        return term.value.replace("\n", " ↵ ")
    if isinstance(term, NamedNode):
        return compact(term.value, base_iri)
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return str(term)


def compact(iri: str, base_iri: str | None = None) -> str:
    if base_iri and iri.startswith(base_iri):
        return "id:" + iri[len(base_iri):]
    return prefixed(iri) or f"<{iri}>"


def _cut(text: str) -> str:
    if display_width(text) <= MAX_CELL:
        return text
    out, width = "", 0
    for char in text:
        width += display_width(char)
        if width > MAX_CELL - 1:
            break
        out += char
    return out + "…"


def _table(solutions: QuerySolutions, output: IO[bytes], base_iri: str | None) -> int:
    names = [v.value for v in solutions.variables]
    rows = [[_cut(cell(row[name], base_iri)) for name in names] for row in solutions]
    widths = [max([display_width(n), *(display_width(r[i]) for r in rows)])
              for i, n in enumerate(names)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - display_width(v)) for v, w in zip(values, widths, strict=True))

    lines = [line(names), line(["-" * w for w in widths])] + [line(r) for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    output.write(("\n".join(s.rstrip() for s in lines) + "\n").encode("utf-8"))
    return len(rows)
