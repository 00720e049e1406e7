"""Test helpers: paths, SPARQL results as Python values (so tests compare meaning,
not layout), stores loaded with reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pyoxigraph import Literal, NamedNode, QuerySolutions

from uncac_kg.graph import parameters, queries
from uncac_kg.graph.ingest import BUNDLED_REPORTS, load_paths
from uncac_kg.graph.store import GraphStore
from uncac_kg.ontology.iris import Iris

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
REPORTS = sorted(BUNDLED_REPORTS.glob("*.txt"))


def value(term: object) -> object:
    """An RDF term as a Python value: integers, dates, booleans, strings; IRIs as strings."""
    if term is None:
        return None
    if isinstance(term, Literal):
        datatype = term.datatype.value.rsplit("#", 1)[-1]
        if datatype in ("integer", "int", "long", "decimal") and term.value.lstrip("-").isdigit():
            return int(term.value)
        if datatype == "date":
            return dt.date.fromisoformat(term.value)
        if datatype == "boolean":
            return term.value == "true"
        return term.value
    if isinstance(term, NamedNode):
        return term.value
    return str(term)


def select(store: GraphStore, name_or_text: str, **params: str) -> list[dict[str, object]]:
    """Rows of a named query (or a query text) as dicts of Python values."""
    named = queries.library().get(name_or_text) or queries.parse("query", name_or_text)
    bound = parameters.parse([f"{k}={v}" for k, v in params.items()])
    result = store.query(named.text, params=bound, inputs=named.inputs)
    assert isinstance(result, QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: value(row[n]) for n in names} for row in result]


def fresh_store(*paths: Path | str) -> GraphStore:
    store = GraphStore.open(None)
    if paths:
        report = load_paths(store, paths, iris=Iris())
        assert report.ok, report.failed
    return store
