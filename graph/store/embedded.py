"""Step 6 of the pipeline — store: the graph in an embedded Oxigraph store.

Each source document is its own named graph (named by the document's IRI).
Loading a document again replaces its graph in one transaction, so a query
sees either the old or the new version, and a document that fails to load
never touches the store.  A load killed half-way leaves each document whole
(old or new) and a mark (:data:`LOADING`) that makes the next load compute the
derived graphs again.

The default graph is the *merge* of all graphs, as a set: every triple that some graph
holds, once, however many documents state it (what SPARQL means by an RDF merge; the
engine's own union default graph would return a triple once per graph that holds it, so
counts and joins would grow with the number of documents).  It is kept up to date in the
same transaction that writes a graph: a triple joins it with the first graph that states
it and leaves it with the last.  ``GRAPH ?g { … }`` still says which documents state a
triple.
"""

from __future__ import annotations

import itertools
import os
import shutil
import time
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Protocol

from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    NamedNode,
    Quad,
    QueryBoolean,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Store,
    Triple,
    Variable,
    parse,
    serialize,
)

from ...errors import BadRequest
from ...ontology.vocabulary import PREFIXES
from ..query import parameters
from ..query.lexing import outline
from ..query.parameters import Term

#: A query's result: solutions, a boolean, or a graph (the engine's lazy triples, or a list
#: of triples read back from a worker's answer).
QueryResult = QuerySolutions | QueryBoolean | QueryTriples | list[Triple]


class Queryable(Protocol):
    """What reading the graph needs: :class:`GraphStore` in this process, or the guarded store
    the API gets (:mod:`.guarded`), which runs every query in a worker."""

    def query(self, sparql: str, *, params: dict[Variable, Term] | None = None,
              inputs: Collection[str] = (), dataset: Dataset | None = None) -> QueryResult: ...

    def has_subject(self, iri: str) -> bool: ...

    def stats(self) -> Stats: ...

    def __len__(self) -> int: ...


class DumpFormat(StrEnum):
    NQ = "nq"
    TRIG = "trig"
    TTL = "ttl"

    @property
    def rdf_format(self) -> RdfFormat:
        return {DumpFormat.NQ: RdfFormat.N_QUADS, DumpFormat.TRIG: RdfFormat.TRIG,
                DumpFormat.TTL: RdfFormat.TURTLE}[self]


@dataclass(frozen=True)
class Stats:
    documents: int
    triples: int
    meetings: int
    recommendations: int
    resolution_citations: int
    article_citations: int
    document_citations: int

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


STATS_QUERY = """
SELECT
  (COUNT(DISTINCT ?doc) AS ?documents)
  (COUNT(DISTINCT ?meeting) AS ?meetings)
  (COUNT(DISTINCT ?rec) AS ?recommendations)
  (COUNT(DISTINCT ?rc) AS ?resolution_citations)
  (COUNT(DISTINCT ?ac) AS ?article_citations)
  (COUNT(DISTINCT ?dc) AS ?document_citations)
WHERE {
  { ?doc a ukg:Document } UNION { ?d a ukg:Document ; ukg:meeting ?meeting } UNION { ?rec a ukg:Recommendation }
  UNION { ?rc a ukg:Citation ; ukg:cites/a ?t1 . FILTER(?t1 IN (ukg:Resolution, ukg:ResolutionParagraph)) }
  UNION { ?ac a ukg:Citation ; ukg:cites/a ?t2 .
          FILTER(?t2 IN (ukg:Article, ukg:ArticleParagraph, ukg:ArticleSubparagraph)) }
  UNION { ?dc a ukg:Citation ; ukg:cites/a ukg:UNDocument }
}
"""


@dataclass(frozen=True)
class Dataset:
    """The dataset a query runs on, as the SPARQL Protocol names it (IRIs of named graphs).

    Without one a query sees the merge of all graphs (a set) as its default graph and every named
    graph; with one, exactly the graphs given (no default graph IRIs: an empty default graph).
    """

    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()

    def options(self) -> dict[str, object]:
        return {"default_graph": [NamedNode(iri) for iri in self.default_graphs],
                "named_graphs": [NamedNode(iri) for iri in self.named_graphs]}


#: Why a default graph made of several graphs is refused (the engine would not merge them as a set).
SEVERAL_DEFAULT_GRAPHS = (
    "{what} names {count} graphs for the default graph: the engine would not merge them as a set (a triple "
    "stated in two of them would count twice), so this is refused. Name one graph, or query the default "
    "graph as it is (the merge of all documents, each triple once) and choose documents with "
    "GRAPH ?g {{ … }} VALUES ?g {{ <…> <…> }}")


def stats(store: Queryable) -> Stats:
    """How many of each kind of thing ``store`` holds (:data:`STATS_QUERY`), and its quads."""
    solutions = store.query(STATS_QUERY)
    assert isinstance(solutions, QuerySolutions)
    row = next(iter(solutions))
    values = {str(v.value): int(row[v].value) for v in solutions.variables}
    return Stats(triples=len(store), **values)


def check_dataset(sparql: str, dataset: Dataset | None) -> None:
    """``BadRequest`` if the query's default graph would be a multiset: several ``FROM``
    clauses, or several ``default-graph-uri``."""
    if dataset is not None and len(dataset.default_graphs) > 1:
        raise BadRequest(SEVERAL_DEFAULT_GRAPHS.format(what="default-graph-uri", count=len(dataset.default_graphs)))
    merged = outline(sparql).merged
    if dataset is None and merged > 1:
        raise BadRequest(SEVERAL_DEFAULT_GRAPHS.format(what="the query's FROM", count=merged))


def _merge_update(graph: NamedNode, text: str | None) -> str:
    """The update that replaces ``graph`` with the N-Triples ``text`` (``None``: removes it) and
    keeps the default graph the set of all graphs' triples, in one transaction."""
    iri = f"<{graph.value}>"
    parts = [f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {iri} {{ ?s ?p ?o }} "
             f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {iri}) }} }}",
             f"DROP SILENT GRAPH {iri}"]
    if text:
        parts.append(f"INSERT DATA {{\n{text}GRAPH {iri} {{\n{text}}} }}")
    return " ;\n".join(parts)


_MERGE_ALL = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


#: Folder, inside a store, of the published snapshots that read-only views open.
SNAPSHOTS = "snapshots"
#: File, inside a store, that is there while a load writes to it (and after one was killed).
LOADING = "LOADING"
_KEEP = 2  # snapshots kept whatever their age
_GRACE_NS = 10 * 60 * 10**9  # older ones go once they are this old (no query runs that long)


def _nt(triples: Iterable[Triple]) -> str:
    """Triples as N-Triples, for a SPARQL update's data."""
    return (serialize(triples, format=RdfFormat.N_TRIPLES) or b"").decode("utf-8")


def _quads(quads: Iterable[Quad] | bytes) -> Iterable[Quad]:
    return parse(quads, format=RdfFormat.N_QUADS) if isinstance(quads, bytes) else quads


def latest_snapshot(path: Path) -> Path | None:
    """The newest published snapshot of the store at ``path``, if any."""
    try:
        names = sorted(name for name in os.listdir(path / SNAPSHOTS) if name.isdigit())
    except OSError:
        return None
    return path / SNAPSHOTS / names[-1] if names else None


def signature(path: Path) -> tuple[object, ...]:
    """What changes on disk when a writer publishes (or, without snapshots, commits) to ``path``."""
    snapshot = latest_snapshot(path)
    if snapshot is not None:
        return ("snapshot", snapshot.name)
    with os.scandir(path) as entries:
        return tuple(sorted((e.name, e.stat().st_mtime_ns, e.stat().st_size) for e in entries if e.is_file()))


class GraphStore:
    """The project's view of an Oxigraph store.

    A store opened ``read_only`` from disk is a view of the newest snapshot that a writer
    published (:meth:`publish`, done after every load): a snapshot never changes, so a view
    is never caught in the middle of a write or a compaction.  :meth:`refresh` opens the
    newer snapshot when there is one.  (A store without snapshots is opened as it is.)
    """

    def __init__(self, store: Store, *, path: Path | None = None, read_only: bool = False) -> None:
        self.store = store
        self.path = path
        self.read_only = read_only
        self._signature = signature(path) if path is not None and read_only else ()

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None, *, create: bool = True,
             read_only: bool = False) -> GraphStore:
        """Open the on-disk store at ``path`` (``None``: a store in memory).

        With ``create`` a missing store is made (and its parent folders); without,
        a missing store is an ``OSError`` that says how to make one.
        """
        if path is None:
            return cls(Store())
        path = Path(path)
        if path.exists() and not path.is_dir():
            raise OSError(f"store {path}: exists and is not a directory")
        if not path.exists():
            if not create:
                raise OSError(f"store {path}: no store there yet (make it with `uncac-kg load PATH` "
                              "or `uncac-kg serve`)")
            path.mkdir(parents=True)
        try:
            store = Store.read_only(str(latest_snapshot(path) or path)) if read_only else Store(str(path))
        except OSError as error:
            reason = str(error)
            if "lock" in reason.lower():
                reason = "in use by another process (is `uncac-kg serve` running on it?)"
            raise OSError(f"store {path}: {reason}") from error
        opened = cls(store, path=path, read_only=read_only)
        if not read_only:
            opened.merge_default_graph()
        return opened

    def merge_default_graph(self) -> bool:
        """Make the default graph the merge of all graphs if it is not (a store written before
        the default graph was kept so); whether it had to.  One transaction."""
        if next(iter(self.store.quads_for_pattern(None, None, None, DefaultGraph())), None) is not None:
            return False
        if next(iter(self.store.named_graphs()), None) is None:
            return False
        self.store.update(_MERGE_ALL)
        return True

    def refresh(self, *, force: bool = False) -> bool:
        """Open a read-only store again if it changed on disk (or ``force``); whether it did."""
        if self.path is None or not self.read_only:
            return False
        now = signature(self.path)
        if now == self._signature and not force:
            return False
        self.store = Store.read_only(str(latest_snapshot(self.path) or self.path))
        self._signature = now
        return True

    def publish(self) -> Path | None:
        """Make the store's present state what read-only views see: a snapshot (a RocksDB
        checkpoint: hard links, so cheap in time and space), published by renaming it into
        place.  Old snapshots are removed once no view can still be using them."""
        if self.path is None or self.read_only:
            return None
        folder = self.path / SNAPSHOTS
        folder.mkdir(exist_ok=True)
        name = f"{time.time_ns():020d}"
        temporary = folder / f".{name}.tmp"
        self.store.backup(str(temporary))
        os.rename(temporary, folder / name)
        now = time.time_ns()
        names = sorted(os.listdir(folder))
        published = [n for n in names if n.isdigit()]
        for old in [n for n in names if not n.isdigit()] + published[:-_KEEP]:
            if now - (folder / old).stat().st_mtime_ns > _GRACE_NS:
                shutil.rmtree(folder / old, ignore_errors=True)
        return folder / name

    # --- writing ----------------------------------------------------------

    def begin_load(self) -> bool:
        """Mark the store as being loaded; whether an earlier load was interrupted (killed
        before :meth:`end_load`), which leaves the derived graphs to be computed again."""
        if self.path is None or self.read_only:
            return False
        mark = self.path / LOADING
        interrupted = mark.exists()
        mark.touch()
        return interrupted

    def end_load(self) -> None:
        if self.path is not None and not self.read_only:
            (self.path / LOADING).unlink(missing_ok=True)

    def load_interrupted(self) -> bool:
        """Did a load begin and not end (killed, interrupted, failed)?"""
        return self.path is not None and (self.path / LOADING).exists()

    def replace_graph(self, graph: NamedNode, quads: Iterable[Quad], *, bulk: bool = False) -> None:
        """Replace ``graph`` with ``quads`` (its quads in that graph); see :meth:`replace_graphs`."""
        self.replace_graphs({graph: quads}, bulk=bulk)

    def replace_graphs(self, graphs: Mapping[NamedNode, Iterable[Quad] | bytes], *, bulk: bool = False) -> None:
        """Replace each graph with its quads, given as quads (those in another graph are left
        out) or as N-Quads bytes (all in that graph).

        Each graph is replaced in one transaction: a process killed meanwhile leaves it
        wholly old or wholly new.  With ``bulk`` (on disk), the old graphs are dropped in one
        transaction and the new quads written by the bulk loader, many times faster but not a
        transaction: killed meanwhile, those graphs may be missing or half-written until
        they are loaded again.  Read-only views see published snapshots either way, never
        the store while it is written (:meth:`publish`, at the end of every load).
        """
        if not graphs:
            return
        if self.path is None or not bulk:
            for graph, quads in graphs.items():
                if not (isinstance(quads, bytes) and self._replace_lines(graph, quads)):
                    self._replace(graph, [q for q in _quads(quads) if q.graph_name == graph])
            return
        old = [graph for graph in graphs if self.store.contains_named_graph(graph)]
        if old:
            self.store.update(" ;\n".join(_merge_update(graph, None) for graph in old))
        # Each graph's quads, and the same triples in the default graph (the engine keeps each once):
        # N-Quads lines without their graph are in the default graph.
        data = b"".join(quads + quads.replace(f" <{graph.value}> .\n".encode(), b" .\n")
                        for graph, quads in graphs.items() if isinstance(quads, bytes))
        if data:
            self.store.bulk_load(data, format=RdfFormat.N_QUADS)
        written = [q for graph, quads in graphs.items() if not isinstance(quads, bytes)
                   for q in quads if q.graph_name == graph]
        if written:
            self.store.bulk_extend([*written, *(Quad(q.subject, q.predicate, q.object, DefaultGraph())
                                                for q in written)])

    def _replace_lines(self, graph: NamedNode, lines: bytes) -> bool:
        """:meth:`_replace` for a graph given as N-Quads ``lines``, compared with what the store
        holds line by line (the store writes a triple as the serializer wrote it: the same
        triple, the same line) instead of as a Python object per quad: many times faster.
        Whether it could; not with blank nodes or lines in other graphs (:meth:`_replace` then)."""
        suffix = f" <{graph.value}> .\n".encode()
        if b"_:" in lines or not lines.endswith(b"\n") or lines.count(suffix) != lines.count(b"\n"):
            return False
        new_lines = lines.replace(suffix, b" .\n").splitlines()  # (N-Triples: each ends " .")
        held = b""
        if next(iter(self.store.quads_for_pattern(None, None, None, graph)), None) is not None:
            held = self.store.dump(format=RdfFormat.N_TRIPLES, from_graph=graph) or b""
            if b"_:" in held:
                return False
        old, new = set(held.splitlines()), set(new_lines)
        gone = old - new
        added = [line for line in dict.fromkeys(new_lines) if line not in old]
        if not gone:
            if added:  # one transaction of the engine's own: into the graph, and into the default graph
                quads = b"".join(line[:-2] + suffix for line in added)  # (" ." becomes " <graph> .")
                self.store.load(quads + b"".join(line + b"\n" for line in added), format=RdfFormat.N_QUADS)
            return True
        gone_text = b"".join(line + b"\n" for line in gone)
        leaving = [t for t in (q.triple for q in parse(gone_text, format=RdfFormat.N_TRIPLES)) if not any(
            q.graph_name != graph and not isinstance(q.graph_name, DefaultGraph)
            for q in self.store.quads_for_pattern(t.subject, t.predicate, t.object, None))]
        iri = f"<{graph.value}>"
        parts = [f"DELETE DATA {{\n{_nt(leaving)}GRAPH {iri} {{\n{gone_text.decode('utf-8')}}} }}"]
        if added:
            added_text = b"".join(line + b"\n" for line in added).decode("utf-8")
            parts.append(f"INSERT DATA {{\n{added_text}GRAPH {iri} {{\n{added_text}}} }}")
        self.store.update(" ;\n".join(parts))
        return True

    def _replace(self, graph: NamedNode, quads: list[Quad]) -> None:
        """Replace ``graph`` by ``quads`` (all in ``graph``) in one transaction, writing only what
        changes: the triples it gains (into it and the default graph) and those it loses (out
        of it, and out of the default graph when no other graph holds them).  A document
        loaded again as it was (a copy under another name) costs a few triples, not the whole
        graph twice."""
        old = {q.triple for q in self.store.quads_for_pattern(None, None, None, graph)}
        triples = [q.triple for q in quads]
        new = set(triples)
        if any(isinstance(t.subject, BlankNode) or isinstance(t.object, BlankNode) for t in itertools.chain(old, new)):
            body = serialize(triples, format=RdfFormat.N_TRIPLES)  # (DELETE DATA takes no blank nodes)
            self.store.update(_merge_update(graph, body.decode("utf-8") if body else None))
            return
        gone = old - new
        added = list(dict.fromkeys(q for q, t in zip(quads, triples, strict=True) if t not in old))
        if not gone and not new:
            self.store.update(f"DROP SILENT GRAPH <{graph.value}>")
        elif not gone:
            if added:
                self._add(graph, added)
        else:
            added_triples = [q.triple for q in added]
            leaving = [t for t in gone if not any(
                q.graph_name != graph and not isinstance(q.graph_name, DefaultGraph)
                for q in self.store.quads_for_pattern(t.subject, t.predicate, t.object, None))]
            iri = f"<{graph.value}>"
            parts = [f"DELETE DATA {{\n{_nt(leaving)}GRAPH {iri} {{\n{_nt(gone)}}} }}"]
            if added:
                parts.append(f"INSERT DATA {{\n{_nt(added_triples)}GRAPH {iri} {{\n{_nt(added_triples)}}} }}")
            if not new:
                parts.append(f"DROP SILENT GRAPH {iri}")
            self.store.update(" ;\n".join(parts))

    def _add(self, graph: NamedNode, quads: list[Quad]) -> None:
        """Add ``quads`` (all in ``graph``, none there yet) to it and to the default graph, in one
        transaction of the engine's own (no SPARQL text to parse): as N-Quads, each line once
        as it is and once without its graph (the default graph), which the engine parses far
        faster than Python makes a quad object for each default-graph copy."""
        lines = serialize(quads, format=RdfFormat.N_QUADS) or b""
        suffix = f" <{graph.value}> .\n".encode()
        if lines.count(suffix) == len(quads):
            self.store.load(lines + lines.replace(suffix, b" .\n"), format=RdfFormat.N_QUADS)
        else:  # (the graph's name not written as expected: the quads themselves)
            default = DefaultGraph()
            self.store.extend([*quads, *(Quad(q.subject, q.predicate, q.object, default) for q in quads)])

    def remove_graph(self, graph: NamedNode) -> None:
        self._replace(graph, [])

    def flush(self) -> None:
        self.store.flush()

    def optimize(self) -> None:
        """Compact an on-disk store after bulk writes (the files the bulk loader adds make
        queries up to twice as slow until they are compacted)."""
        if self.path is not None and not self.read_only:
            self.store.optimize()

    # --- reading ----------------------------------------------------------

    def query(self, sparql: str, *, params: dict[Variable, Term] | None = None,
              inputs: Collection[str] = (), dataset: Dataset | None = None) -> QueryResult:
        """Run a SPARQL query over the merge of all graphs (each triple once), with the project's prefixes.

        ``params`` keep the rows whose variables have the given values (see
        :mod:`.parameters`); those named in ``inputs`` are bound before the query runs
        instead (SEP-0007 substitution: a search term, a subject IRI; with filters too, a
        ``VALUES`` block opening the query's pattern).  Raises
        ``SyntaxError`` for a malformed query, ``ValueError`` for a parameter the query
        does not select, ``OSError`` for the store.  ``dataset`` replaces the merge of all
        graphs (as do ``FROM`` and ``FROM NAMED`` in the query).
        """
        check_dataset(sparql, dataset)
        if dataset is not None:
            return self._run(sparql, dataset=dataset)
        if outline(sparql).dataset:
            return self._run(sparql)
        bound = {v: t for v, t in (params or {}).items() if v.value in inputs}
        params = {v: t for v, t in (params or {}).items() if v.value not in inputs}
        if bound and params:
            if not parameters.is_select(sparql):
                raise BadRequest("give either input parameters or filters, not both")
            try:  # the inputs bound in the text, so that the filters can wrap it
                sparql = parameters.substitute(sparql, bound)
            except ValueError as error:
                raise BadRequest(str(error)) from error
        elif bound:
            return self._run(sparql, substitutions=bound)
        if params and parameters.is_select(sparql):
            variables = self._variables(sparql)
            missing = [f"?{v.value}" for v in params if v not in variables]
            if missing:
                names = ", ".join(missing)
                raise BadRequest(f"cannot bind {names}: not a result variable of the query")
            return self._run(parameters.bind(sparql, params, variables=variables))
        return self._run(sparql, substitutions=params or None)

    def _variables(self, sparql: str) -> list[Variable]:
        """The result variables of the SELECT query ``sparql``, in order."""
        # The solutions are lazy: asking for their variables does not run the query.
        unbound = self._run(sparql)
        assert isinstance(unbound, QuerySolutions)
        return list(unbound.variables)

    def _run(self, sparql: str, *, substitutions: dict[Variable, Term] | None = None,
             dataset: Dataset | None = None) -> QueryResult:
        """Run ``sparql`` (with the project's prefixes): on ``dataset`` if given, else on the
        default graph (the merge of all graphs) or the query's own ``FROM`` clauses."""
        try:
            return self.store.query(
                sparql,
                prefixes=PREFIXES,
                substitutions=substitutions,
                **(dataset.options() if dataset else {}),  # type: ignore[arg-type]
            )
        except RuntimeError as error:
            if substitutions:
                names = ", ".join(f"?{v.value}" for v in substitutions)
                raise BadRequest(f"cannot bind {names}: {error}") from error
            raise OSError(str(error)) from error

    def has_subject(self, iri: str) -> bool:
        """Whether some graph has a triple about ``iri``."""
        try:
            NamedNode(iri)
        except ValueError as error:
            raise BadRequest(f"{iri!r}: not an IRI ({error})") from None
        return next(iter(self.store.quads_for_pattern(NamedNode(iri), None, None, None)), None) is not None

    def has_graph(self, graph: NamedNode) -> bool:
        return bool(self.store.contains_named_graph(graph))

    def is_empty(self) -> bool:
        return not any(True for _ in self.store.named_graphs())

    def __len__(self) -> int:
        """The number of quads in the named graphs (the default graph is their merge)."""
        return len(self.store) - sum(1 for _ in self.store.quads_for_pattern(None, None, None, DefaultGraph()))

    def stats(self) -> Stats:
        return stats(self)

    def dump(self, output: IO[bytes], *, format: DumpFormat = DumpFormat.NQ) -> None:
        """Write every named graph (the default graph is their merge, made again on loading);
        Turtle has no graphs, so it gets the merge."""
        if format is DumpFormat.TTL:
            self.store.dump(output, format=RdfFormat.TURTLE, from_graph=DefaultGraph(), prefixes=PREFIXES)
            return
        quads = (quad for graph in self.store.named_graphs()
                 for quad in self.store.quads_for_pattern(None, None, None, graph))
        serialize(quads, output, format=format.rdf_format, prefixes=PREFIXES if format is DumpFormat.TRIG else None)


__all__ = ["LOADING", "SNAPSHOTS", "STATS_QUERY", "Dataset", "DefaultGraph", "DumpFormat", "GraphStore", "QueryResult",
           "Queryable", "Stats",
           "latest_snapshot", "signature"]
