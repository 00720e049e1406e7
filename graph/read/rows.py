"""Reading the graph for the JSON API: the questions in ``sparql/api/`` run with their
inputs bound (never pasted into the text), and their rows as plain Python values.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pyoxigraph import Literal, NamedNode, QuerySolutions, Variable

from ..query import library as queries
from ..query.parameters import Term
from ..store.embedded import Queryable

#: The questions behind the JSON API (not part of the public query library).
FOLDER = queries.LIBRARY / "api"
_NUMBERS = {"http://www.w3.org/2001/XMLSchema#integer", "http://www.w3.org/2001/XMLSchema#int",
            "http://www.w3.org/2001/XMLSchema#long", "http://www.w3.org/2001/XMLSchema#nonNegativeInteger"}
_DECIMALS = {"http://www.w3.org/2001/XMLSchema#decimal", "http://www.w3.org/2001/XMLSchema#double",
             "http://www.w3.org/2001/XMLSchema#float"}


@cache
def question(name: str) -> queries.NamedQuery:
    """The API question ``sparql/api/{name}.rq``."""
    return queries.library(FOLDER)[name]


def python(term: object) -> Any:
    """A term as JSON-friendly Python: numbers as numbers, everything else as its text."""
    if term is None:
        return None
    if isinstance(term, Literal):
        datatype = term.datatype.value
        if datatype in _NUMBERS:
            return int(term.value)
        if datatype in _DECIMALS:
            return float(term.value)
        if datatype == "http://www.w3.org/2001/XMLSchema#boolean":
            return term.value == "true"
    return getattr(term, "value", str(term))


def rows(store: Queryable, name: str, **inputs: NamedNode | Literal | None) -> list[dict[str, Any]]:
    """The rows of question ``name``, with ``inputs`` bound (those given as ``None`` left free)."""
    text = question(name).text
    bound: dict[Variable, Term] = {Variable(k): v for k, v in inputs.items() if v is not None}
    result = store.query(text, params=bound, inputs=set(inputs))
    assert isinstance(result, QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: python(row[n]) for n in names} for row in result]


def key(iri: str) -> str:
    """The last segment of an IRI: the key of a thread, a resolution's symbol part …"""
    return iri.rstrip("/").rsplit("/", 1)[-1]
