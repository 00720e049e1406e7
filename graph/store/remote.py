"""A store elsewhere: any triple store that speaks the SPARQL 1.1 Protocol (queries),
SPARQL 1.1 Update and the Graph Store Protocol (writing a document's graph).

:class:`RemoteStore` is a :class:`~.store.GraphStore` whose methods are HTTP requests, so
loading, the named queries, the views and the endpoint work on it unchanged.  Answers come
back in the standard formats (SPARQL JSON, N-Triples) and are parsed by the engine into the
same result objects an embedded store gives.  Each document's graph is written with one
SPARQL Update request that also keeps the store's default graph the merge of all graphs,
as a set (see :mod:`.store`): one request, as atomic as the server makes it (the Oxigraph
server runs an update request in one transaction).

Queries see that default graph: the server must not replace it by its own union of the
named graphs (Oxigraph's ``union-default-graph`` counts a triple once per graph), and
:meth:`RemoteStore.publish` checks after each load that it holds what was loaded.
"""

from __future__ import annotations

import base64
import http.client
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from urllib.parse import urlencode, urlsplit, urlunsplit

from pyoxigraph import (
    NamedNode,
    Quad,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Store,
    Variable,
    parse,
    parse_query_results,
    serialize,
)

from ...ontology.vocabulary import PREFIXES
from ..query.negotiation import GRAPH_TYPES, SOLUTION_TYPES
from ..query.parameters import Term, substitute
from .embedded import _MERGE_ALL, Dataset, DumpFormat, GraphStore, QueryResult, _merge_update

#: Seconds a write (a document's graph, the derived graphs) may take before it is given up.
WRITE_TIMEOUT = 600.0
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"
_PREFIX_DECLARED = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)


def is_url(text: str) -> bool:
    """Whether a store location is an ``http(s)`` URL rather than a folder."""
    return text.lower().startswith(("http://", "https://"))


def check_url(url: str, *, name: str) -> str:
    """``url`` if it is an absolute ``http(s)`` URL, else ``ValueError`` naming the setting."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{name}={url!r}: not an http(s) URL")
    try:
        parts.port  # noqa: B018 -- raises for a malformed port
    except ValueError:
        raise ValueError(f"{name}={url!r}: not a port number") from None
    return url


def redact(url: str) -> str:
    """``url`` without the password it may carry."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def _name(url: str) -> str:
    """``url`` as error messages name it: no password, no query string."""
    return redact(url).split("?", 1)[0]


@dataclass(frozen=True)
class Endpoints:
    """Where a remote store answers: its query, update and graph store endpoints.

    ``update`` may be missing (a read-only store: loading is refused).  Documents are written
    by SPARQL Update (one request keeps a graph and the default graph in step), so ``store``,
    the Graph Store Protocol endpoint, is only kept for settings that name it.
    """

    query: str
    update: str | None = None
    store: str | None = None

    @classmethod
    def oxigraph(cls, base: str) -> Endpoints:
        """The layout of the Oxigraph server at ``base``: ``/query``, ``/update``, ``/store``."""
        base = base.rstrip("/")
        return cls(query=f"{base}/query", update=f"{base}/update", store=f"{base}/store")

    def __str__(self) -> str:
        return redact(self.query)


class _Http:
    """Keep-alive HTTP connections, shared by the threads that send requests."""

    def __init__(self) -> None:
        self._idle: dict[tuple[str, str], list[http.client.HTTPConnection]] = {}
        self._lock = threading.Lock()

    def request(self, method: str, url: str, *, timeout: float, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, str, bytes]:
        """(status, media type, body) of one request; ``OSError`` naming ``url`` if it fails."""
        parts = urlsplit(url)
        key = (parts.scheme.lower(), parts.netloc)
        target = urlunsplit(("", "", parts.path or "/", parts.query, ""))
        headers = dict(headers or {})
        if parts.username is not None:
            pair = f"{parts.username}:{parts.password or ''}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
        for attempt in range(2):
            with self._lock:
                pool = self._idle.setdefault(key, [])
                connection = pool.pop() if pool else None
            reused = connection is not None
            if connection is None:
                kind = http.client.HTTPSConnection if key[0] == "https" else http.client.HTTPConnection
                connection = kind(parts.hostname or "", parts.port, timeout=timeout)
            elif connection.sock is not None:
                connection.sock.settimeout(timeout)
            try:
                connection.request(method, target, body=body, headers=headers)
                response = connection.getresponse()
                data = response.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError) as error:
                connection.close()
                if reused and attempt == 0:
                    continue  # the server closed an idle connection: once more on a new one
                raise OSError(f"store {_name(url)}: the connection failed ({error or type(error).__name__})") from None
            except TimeoutError:
                connection.close()
                raise TimeoutError(f"store {_name(url)}: no answer within {timeout:g} s") from None
            except (OSError, http.client.HTTPException) as error:
                connection.close()
                reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
                raise OSError(f"store {_name(url)}: cannot connect ({reason})") from None
            if response.will_close:
                connection.close()
            else:
                with self._lock:
                    self._idle.setdefault(key, []).append(connection)
            media = (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
            return response.status, media, data
        raise AssertionError("unreachable")


def _problem(url: str, status: int, data: bytes) -> str:
    first = data.decode("utf-8", "replace").strip().splitlines()
    detail = f": {first[0][:300]}" if first else ""
    return f"store {_name(url)}: HTTP {status} {http.client.responses.get(status, '')}".rstrip() + detail


def with_prefixes(sparql: str) -> str:
    """``sparql`` with the project's prefixes declared (those it does not declare itself)."""
    declared = {m.group(1) or "" for m in _PREFIX_DECLARED.finditer(sparql)}
    # On the query's first line, so that the server's error positions keep their line numbers.
    missing = "".join(f"PREFIX {name}: <{iri}> " for name, iri in PREFIXES.items() if name not in declared)
    return missing + sparql


class RemoteStore(GraphStore):
    """A store behind SPARQL 1.1 Protocol, Update and Graph Store Protocol endpoints.

    Reads time out after ``timeout`` seconds, writes after :data:`WRITE_TIMEOUT`.  There are
    no snapshots (the server serves queries while it loads) and nothing to reopen.
    """

    def __init__(self, endpoints: Endpoints, *, timeout: float = 30.0) -> None:
        super().__init__(Store())  # only ever empty: parses queries locally (see _variables)
        self.endpoints = endpoints
        self.timeout = timeout
        self._http = _Http()

    def __repr__(self) -> str:
        return f"RemoteStore({self.endpoints})"

    # --- requests -----------------------------------------------------------

    def _select(self, sparql: str) -> QuerySolutions:
        result = self._run(sparql)
        assert isinstance(result, QuerySolutions)
        return result

    def _ask(self, sparql: str) -> bool:
        return bool(self._run(sparql))

    def _run(self, sparql: str, *, substitutions: dict[Variable, Term] | None = None,
             dataset: Dataset | None = None) -> QueryResult:
        text = with_prefixes(substitute(sparql, substitutions) if substitutions else sparql)
        form: list[tuple[str, str]] = [("query", text)]
        if dataset is not None:
            form += [("default-graph-uri", iri) for iri in dataset.default_graphs]
            form += [("named-graph-uri", iri) for iri in dataset.named_graphs]
        url = self.endpoints.query
        status, media, data = self._http.request(
            "POST", url, timeout=self.timeout, body=urlencode(form).encode("utf-8"),
            headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Accept": _ACCEPT})
        if status == 400:
            lines = data.decode("utf-8", "replace").strip().splitlines() or [f"HTTP 400 from {redact(url)}"]
            raise SyntaxError(lines[0][:300])
        if not 200 <= status < 300:
            raise OSError(_problem(url, status, data))
        if media in SOLUTION_TYPES and media != "text/csv":
            return parse_query_results(data, format=SOLUTION_TYPES[media])
        if media in GRAPH_TYPES:
            graph = Store()
            graph.load(data, format=GRAPH_TYPES[media])
            triples = graph.query("CONSTRUCT WHERE { ?s ?p ?o }")
            assert isinstance(triples, QueryTriples)
            return triples
        raise OSError(f"store {_name(url)}: answered in {media or 'no media type'}, not a SPARQL result format")

    def _variables(self, sparql: str) -> list[Variable]:
        # Parsed here, on an empty store: the server is not asked to run the query.
        unbound = self.store.query(sparql, prefixes=PREFIXES)
        assert isinstance(unbound, QuerySolutions)
        return list(unbound.variables)

    def _update(self, update: str) -> None:
        if self.endpoints.update is None:
            raise OSError(f"store {self.endpoints}: read-only here (no update endpoint configured)")
        url = self.endpoints.update
        status, _, data = self._http.request(
            "POST", url, timeout=WRITE_TIMEOUT, body=urlencode({"update": update}).encode("utf-8"),
            headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
        if not 200 <= status < 300:
            raise OSError(_problem(url, status, data))

    # --- writing ------------------------------------------------------------

    def replace_graphs(self, graphs: Mapping[NamedNode, Iterable[Quad] | bytes], *, bulk: bool = False) -> None:
        """Replace each graph with its quads: one update each (see the module docstring)."""
        for graph, quads in graphs.items():
            self._put(graph, parse(quads, format=RdfFormat.N_QUADS) if isinstance(quads, bytes) else quads)

    def _put(self, graph: NamedNode, quads: Iterable[Quad]) -> None:
        triples = [q.triple for q in quads if q.graph_name == graph]
        body = serialize(triples, format=RdfFormat.N_TRIPLES) or b""
        self._update(_merge_update(graph, body.decode("utf-8") or None))

    def remove_graph(self, graph: NamedNode) -> None:
        self._update(_merge_update(graph, None))

    def merge_default_graph(self) -> bool:
        """Make the default graph the merge of all graphs if it is empty while graphs are not."""
        if self.endpoints.update is None or self._ask("ASK { ?s ?p ?o }") or self.is_empty():
            return False
        self._update(_MERGE_ALL)
        return True

    def flush(self) -> None:
        """Nothing to do: each request is done when it is answered."""

    def optimize(self) -> None:
        """Nothing to do: the server looks after its storage."""

    def refresh(self, *, force: bool = False) -> bool:
        return False

    def publish(self) -> Path | None:
        """Check that queries see what was loaded: the store's default graph must hold the
        triples of its graphs.  ``OSError`` saying how to configure it if not."""
        sample = self._select("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o FILTER (isIRI(?s) && !isBlank(?o)) } } "
                              "LIMIT 1")
        row = next(iter(sample), None)
        if row is not None and not self._ask(f"ASK {{ {row['s']} {row['p']} {row['o']} }}"):
            raise OSError(f"store {self.endpoints}: its queries' default graph lacks the triples of its named "
                          "graphs (is it configured to replace it by a union of the named graphs, or was it "
                          "written by another program?): see the README, 'External triple stores'")
        return None

    # --- reading ------------------------------------------------------------

    def has_subject(self, iri: str) -> bool:
        return self._ask(f"ASK {{ GRAPH ?g {{ {NamedNode(iri)} ?p ?o }} }}")

    def has_graph(self, graph: NamedNode) -> bool:
        return self._ask(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}")

    def is_empty(self) -> bool:
        return not self._ask("ASK { GRAPH ?g { ?s ?p ?o } }")

    def __len__(self) -> int:
        row = next(iter(self._select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))
        return int(row["n"].value)

    def graphs(self) -> list[NamedNode]:
        solutions = self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
        return [row["g"] for row in solutions if isinstance(row["g"], NamedNode)]

    def dump(self, output: IO[bytes], *, format: DumpFormat = DumpFormat.NQ) -> None:
        """Write every graph, one ``CONSTRUCT`` per graph (Turtle: their union)."""
        copy = None if format is DumpFormat.NQ else GraphStore(Store())
        for graph in self.graphs():
            triples = self._run(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
            assert isinstance(triples, QueryTriples)
            quads = [Quad(t.subject, t.predicate, t.object, graph) for t in triples]
            if copy is None:
                serialize(quads, output, format=RdfFormat.N_QUADS)
            else:
                copy.store.extend(quads)
        if copy is not None:
            copy.dump(output, format=format)


def store_location(store: str | None, *, query: str | None = None, update: str | None = None,
                   graph_store: str | None = None) -> Path | Endpoints:
    """Where the graph lives: a folder, or the endpoints of a remote store.

    ``store`` is a folder or the base URL of an Oxigraph server (``/query``, ``/update``,
    ``/store``); the endpoint URLs given replace those of the base URL, or without one make
    the remote store (the query endpoint is then required).
    """
    base = Endpoints.oxigraph(check_url(store, name="UNCAC_KG_STORE")) if store and is_url(store) else None
    if not (query or update or graph_store):
        if base is not None:
            return base
        if not store:
            raise ValueError("UNCAC_KG_STORE: no store folder or URL given")
        return Path(store)
    query = check_url(query, name="UNCAC_KG_QUERY_ENDPOINT") if query else None
    update = check_url(update, name="UNCAC_KG_UPDATE_ENDPOINT") if update else None
    graph_store = check_url(graph_store, name="UNCAC_KG_STORE_ENDPOINT") if graph_store else None
    if base is None and query is None:
        raise ValueError("an update or graph store endpoint needs a query endpoint too "
                         "(--query-endpoint or UNCAC_KG_QUERY_ENDPOINT, or --store URL)")
    if base is None:
        assert query is not None
        return Endpoints(query=query, update=update, store=graph_store)
    return Endpoints(query=query or base.query, update=update or base.update, store=graph_store or base.store)


def open_store(location: Path | Endpoints | str | None, *, create: bool = True, read_only: bool = False,
               timeout: float = 30.0) -> GraphStore:
    """The store at ``location``: a folder (or ``None``, in memory) or a remote store's endpoints."""
    if isinstance(location, Endpoints):
        return RemoteStore(location, timeout=timeout)
    return GraphStore.open(location, create=create, read_only=read_only)


__all__ = ["WRITE_TIMEOUT", "Endpoints", "RemoteStore", "check_url", "is_url", "open_store", "redact", "store_location",
           "substitute", "with_prefixes"]
