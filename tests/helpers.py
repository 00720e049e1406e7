"""Test helpers: paths, SPARQL results as Python values (so tests compare meaning,
not layout), stores loaded with reports."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

from pyoxigraph import Literal, NamedNode, QuerySolutions

from uncac_kg.graph.ingest import BUNDLED_REPORTS, load_paths
from uncac_kg.graph.query import library as queries
from uncac_kg.graph.query import parameters
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.ontology.iris import Iris

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"


def golden_facts() -> list[dict]:  # type: ignore[type-arg]
    """The hand-checked facts of every bundled report (``tests/golden/*.json``)."""
    import json

    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLDEN.glob("*.json"))]


def golden_citation_view_nodes() -> int:
    """The nodes the citations view must have: the meetings, and the distinct articles and
    resolutions their documents cite."""
    facts = golden_facts()
    articles = {(c["convention"], c["article"]) for g in facts for c in g["article_citations"]}
    resolutions = {(c["convention"], c["resolution"]) for g in facts for c in g["resolution_citations"]}
    return len({g["ordinal"] for g in facts}) + len(articles) + len(resolutions)


#: The documentation whose examples the tests run: the README and the chapters in docs/.
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def documentation() -> str:
    """The README and every chapter of docs/, one text."""
    return "\n".join(path.read_text(encoding="utf-8") for path in DOCUMENTS)
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


_TEMPLATE: list[Path] = []  # this process's loaded store, copied by disk_store


def disk_store(path: Path) -> Path:
    """A store on disk at ``path`` with the bundled reports, closed again (no lock held).

    The reports are loaded once per test process (a load, its derived graphs and its
    snapshot, as ``uncac-kg load`` leaves them); each caller gets a copy of that folder."""
    import atexit
    import gc
    import shutil
    import tempfile

    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="uncac-kg-template-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        store = GraphStore.open(folder / "store")
        assert load_paths(store, [BUNDLED_REPORTS], iris=Iris()).ok
        del store
        gc.collect()
        _TEMPLATE.append(folder / "store")
    shutil.copytree(_TEMPLATE[0], path)
    return path


@contextlib.contextmanager
def running(command: list[str], *, url: str, ready: Callable[[str], bool],
            env: dict[str, str] | None = None) -> Iterator[str]:
    """``command`` in a subprocess until ``ready(url)`` holds (connection errors mean not
    yet; the process dying fails with its output); yields ``url``, then stops it."""
    import subprocess
    import time

    import httpx

    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        for _ in range(600):
            try:
                if ready(url):
                    break
            except httpx.TransportError:
                time.sleep(0.1)
            assert process.poll() is None, process.stdout.read() if process.stdout else ""
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serving(store: Path, **env: str) -> Iterator[str]:
    """`uncac-kg serve` on ``store`` in a subprocess on a free loopback port; yields its URL.

    ``env`` adds settings (``UNCAC_KG_QUERY_TIMEOUT="3"`` …)."""
    import os
    import sys

    import httpx

    from uncac_kg.settings import default_assets

    port = free_port()
    environment = {**os.environ, "UNCAC_KG_STORE": str(store), "UNCAC_KG_PORT": str(port),
                   "UNCAC_KG_ASSETS": str(default_assets(os.environ)), **env}
    with running([sys.executable, "-m", "uncac_kg", "serve"], url=f"http://127.0.0.1:{port}", env=environment,
                 ready=lambda url: httpx.get(f"{url}/sparql", params={"query": "ASK {}"},
                                             timeout=5).status_code == 200) as url:
        yield url


def dataset(store: GraphStore) -> dict[str, object]:
    """The store graph by graph (name → its triples; "" for the default graph), by meaning.

    A graph without blank nodes is the set of its triples in canonical N-Triples (one term,
    one spelling); a graph with blank nodes becomes an rdflib graph, which
    ``assert_same_dataset`` compares up to the renaming of blank nodes."""
    from pyoxigraph import DefaultGraph, RdfFormat

    out: dict[str, object] = {}
    for name in [*store.store.named_graphs(), DefaultGraph()]:
        text = store.store.dump(format=RdfFormat.N_TRIPLES, from_graph=name).decode("utf-8")
        if not text:
            continue
        key = name.value if isinstance(name, NamedNode) else ""
        lines = text.splitlines()
        if "_:" in text and any(line.startswith("_:") or " _:" in line for line in lines):
            import rdflib

            graph = rdflib.Graph()
            graph.parse(data=text, format="nt")
            out[key] = graph
        else:
            out[key] = set(lines)
    return out


def assert_same_dataset(actual: dict[str, object], expected: dict[str, object]) -> None:
    """Same named graphs, each with the same triples (isomorphic, if it has blank nodes)."""
    from rdflib.compare import isomorphic

    assert sorted(actual) == sorted(expected), "the same named graphs"
    for name, triples in expected.items():
        other = actual[name]
        if isinstance(triples, set):
            assert isinstance(other, set), name
            missing, extra = sorted(map(str, triples - other))[:3], sorted(map(str, other - triples))[:3]
            assert not missing and not extra, f"graph {name}: missing {missing}, extra {extra}"
        else:
            assert not isinstance(other, set) and isomorphic(triples, other), f"graph {name} differs"  # type: ignore[arg-type]
