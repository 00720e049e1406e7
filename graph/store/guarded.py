"""The store as the web API sees it: every query, whoever wrote it, runs through the
:class:`~.executor.Executor` — the lexical checks (updates, ``SERVICE``, nesting depth), a
worker process with the time limit and memory cap, the row and byte caps — and comes back
parsed, as the engine's own result objects.

The API is handed a :class:`GuardedStore`, never the :class:`~.store.GraphStore`: it has no
way to run SPARQL in its own process, so a route added later that takes a caller's query
gets the same guard without anyone remembering to add it.  The command line uses it too
(:func:`in_process`), on the store it opens.
"""

from __future__ import annotations

from collections.abc import Collection

from pyoxigraph import (
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Triple,
    Variable,
    parse,
    parse_query_results,
)

from ...errors import BadRequest
from ..query.negotiation import Answer, Limits
from ..query.parameters import Term
from .embedded import Dataset, GraphStore, QueryResult, Stats, stats
from .executor import Executor, Request

#: What the guarded store asks the workers for: solutions as SPARQL JSON, graphs as N-Triples
#: (both written and read back by the engine).
_ACCEPTED = ("application/sparql-results+json", "application/n-triples")
_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def parsed(answer: Answer) -> QueryResult:
    """An answer in one of :data:`_ACCEPTED` as result objects (a graph as a list of triples)."""
    if answer.media_type == "application/n-triples":
        return [quad.triple for quad in parse(answer.body, format=RdfFormat.N_TRIPLES)]
    return parse_query_results(answer.body, format=QueryResultsFormat.JSON)


class GuardedStore:
    """Runs every query through ``executor`` (see the module docstring)."""

    def __init__(self, executor: Executor, *, limits: Limits) -> None:
        self._executor = executor
        self.limits = limits

    @property
    def executor(self) -> Executor:
        return self._executor

    def query(self, sparql: str, *, params: dict[Variable, Term] | None = None,
              inputs: Collection[str] = (), dataset: Dataset | None = None) -> QueryResult:
        """:meth:`GraphStore.query`, guarded; blocks (call it from a thread)."""
        request = Request(sparql, accepted=_ACCEPTED, dataset=dataset, limits=self.limits,
                          params=tuple((v.value, t) for v, t in (params or {}).items()), inputs=frozenset(inputs))
        return parsed(self._executor.run(request))

    def ask(self, sparql: str) -> bool:
        result = self.query(sparql)
        assert isinstance(result, QueryBoolean)
        return bool(result)

    def has_subject(self, iri: str) -> bool:
        """Whether some graph has a triple about ``iri`` (an IRI checked by the engine)."""
        try:
            subject = NamedNode(iri)
        except ValueError as error:
            raise BadRequest(f"{iri!r}: not an IRI ({error})") from None
        return self.ask(f"ASK {{ {subject} ?p ?o }}")

    def stats(self) -> Stats:
        return stats(self)

    def __len__(self) -> int:
        """The number of quads (of every graph)."""
        quads = self.query(_QUADS)
        assert isinstance(quads, QuerySolutions)
        count = next(iter(quads))["n"]
        assert count is not None
        return int(count.value)


def in_process(store: GraphStore, *, timeout: float, limits: Limits) -> GuardedStore:
    """The guard for a command run in this process: the same checks and caps; the query runs
    in a thread, and past the time limit the command stops waiting for it."""
    return GuardedStore(Executor(store, workers=1, timeout=timeout, isolated=False), limits=limits)


__all__ = ["GuardedStore", "Triple", "in_process", "parsed"]
