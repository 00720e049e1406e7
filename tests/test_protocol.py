"""The SPARQL 1.1 Protocol at /sparql, proven with real clients against `uncac-kg serve`
running in a subprocess on a loopback port, over an on-disk store (so queries run in
worker processes and the time limit really stops them)."""

from __future__ import annotations

import concurrent.futures
import csv
import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import rdflib
from pyoxigraph import QueryResultsFormat, RdfFormat, parse, parse_query_results

from uncac_kg.graph.ingest import BUNDLED_REPORTS
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.graph.store.executor import Executor, Request

from helpers import disk_store, documentation, serving

pytestmark = pytest.mark.slow  # (these tests start the CLI, a server or a checker as a process)

UKG = "https://w3id.org/uncac-kg/ontology#"
# the meetings the loaded documents are about
ORDINALS = (f"PREFIX ukg: <{UKG}> SELECT DISTINCT ?ordinal "
            "WHERE { ?d a ukg:Document ; ukg:meeting ?m . ?m ukg:ordinal ?ordinal }")
EXPLOSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
REPORT_2019 = "https://w3id.org/uncac-kg/id/document/eg1/8/report/zh"
SEARCH_GRAPH = "https://w3id.org/uncac-kg/id/graph/search"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return disk_store(tmp_path_factory.mktemp("protocol") / "store")


@pytest.fixture(scope="module")
def server(store_dir: Path) -> Iterator[str]:
    with serving(store_dir, UNCAC_KG_QUERY_TIMEOUT="3", UNCAC_KG_QUERY_WORKERS="2", UNCAC_KG_MAX_ROWS="5000",
                 UNCAC_KG_MAX_REQUEST_BYTES="200000") as url:
        yield url


def _ordinals(rows: list[dict[str, str]]) -> set[int]:
    return {int(row["ordinal"]) for row in rows}


# --- real clients -----------------------------------------------------------

def test_sparqlwrapper_select_ask_construct(server: str) -> None:
    from SPARQLWrapper import JSON, RDFXML, TURTLE, XML, SPARQLWrapper

    client = SPARQLWrapper(f"{server}/sparql")
    client.setQuery(ORDINALS)
    client.setReturnFormat(JSON)
    bindings = client.queryAndConvert()["results"]["bindings"]  # type: ignore[index]
    assert {int(b["ordinal"]["value"]) for b in bindings} == {6, 7, 8, 9, 10}

    client.setReturnFormat(XML)
    document = client.queryAndConvert()
    assert len(document.getElementsByTagName("result")) == 5  # type: ignore[union-attr]

    client.setQuery(f"ASK {{ ?m <{UKG}ordinal> 8 }}")
    client.setReturnFormat(JSON)
    assert client.queryAndConvert()["boolean"] is True  # type: ignore[index]

    client.setQuery(f"CONSTRUCT {{ ?m <{UKG}ordinal> ?o }} WHERE {{ ?d <{UKG}meeting> ?m . ?m <{UKG}ordinal> ?o }}")
    client.setReturnFormat(RDFXML)
    graph = client.queryAndConvert()
    assert isinstance(graph, rdflib.Graph)
    assert {int(o) for o in graph.objects(None, rdflib.URIRef(f"{UKG}ordinal"))} == {6, 7, 8, 9, 10}
    client.setReturnFormat(TURTLE)
    graph = rdflib.Graph().parse(data=client.queryAndConvert(), format="turtle")  # type: ignore[arg-type]
    assert {int(o) for o in graph.objects(None, rdflib.URIRef(f"{UKG}ordinal"))} == {6, 7, 8, 9, 10}


def test_rdflib_sparqlstore(server: str) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = rdflib.Graph(store=SPARQLStore(f"{server}/sparql"))
    rows = graph.query(ORDINALS)
    assert {int(row.ordinal) for row in rows} == {6, 7, 8, 9, 10}  # type: ignore[union-attr]
    # POST through the same store
    graph = rdflib.Graph(store=SPARQLStore(f"{server}/sparql", method="POST"))
    assert {int(row.ordinal) for row in graph.query(ORDINALS)} == {6, 7, 8, 9, 10}  # type: ignore[union-attr]


# --- formats, methods, dataset ---------------------------------------------

@pytest.mark.parametrize("media, results_format", [
    ("application/sparql-results+json", QueryResultsFormat.JSON),
    ("application/sparql-results+xml", QueryResultsFormat.XML),
    ("text/csv", QueryResultsFormat.CSV),
    ("text/tab-separated-values", QueryResultsFormat.TSV),
])
def test_select_formats(server: str, media: str, results_format: QueryResultsFormat) -> None:
    response = httpx.get(f"{server}/sparql", params={"query": ORDINALS}, headers={"Accept": media})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media)
    if results_format is QueryResultsFormat.CSV:  # lossy: pyoxigraph does not read it back
        rows = list(csv.DictReader(io.StringIO(response.text, newline="")))
        assert {int(row["ordinal"]) for row in rows} == {6, 7, 8, 9, 10}
        return
    solutions = parse_query_results(response.content, format=results_format)
    assert {int(s["ordinal"].value) for s in solutions} == {6, 7, 8, 9, 10}  # type: ignore[union-attr]


@pytest.mark.parametrize("media, rdf_format", [
    ("text/turtle", RdfFormat.TURTLE), ("application/n-triples", RdfFormat.N_TRIPLES),
    ("application/ld+json", RdfFormat.JSON_LD), ("application/rdf+xml", RdfFormat.RDF_XML),
])
def test_construct_formats(server: str, media: str, rdf_format: RdfFormat) -> None:
    query = f"CONSTRUCT {{ ?m <{UKG}ordinal> ?o }} WHERE {{ ?d <{UKG}meeting> ?m . ?m <{UKG}ordinal> ?o }}"
    response = httpx.post(f"{server}/sparql", content=query.encode(),
                          headers={"Content-Type": "application/sparql-query", "Accept": media})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media)
    triples = list(parse(io.BytesIO(response.content), format=rdf_format))
    assert {int(t.object.value) for t in triples} == {6, 7, 8, 9, 10}


def test_accept_quality_and_format_parameter(server: str) -> None:
    response = httpx.get(f"{server}/sparql", params={"query": ORDINALS},
                         headers={"Accept": "text/csv;q=0.5, application/sparql-results+xml;q=0.9"})
    assert response.headers["content-type"].startswith("application/sparql-results+xml")
    response = httpx.get(f"{server}/sparql", params={"query": ORDINALS, "format": "tsv"})
    assert response.headers["content-type"].startswith("text/tab-separated-values")
    response = httpx.get(f"{server}/sparql", params={"query": ORDINALS, "format": "yaml"})
    assert response.status_code == 400 and "format" in response.json()["error"]["detail"]


def test_service_description(server: str) -> None:
    response = httpx.get(f"{server}/sparql")
    assert response.status_code == 200
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, sd.supportedLanguage, sd.SPARQL11Query) in graph
    assert (None, sd.endpoint, rdflib.URIRef(f"{server}/sparql")) in graph


def test_dataset_parameters(server: str) -> None:
    both = httpx.get(f"{server}/sparql", params={"query": ORDINALS}).json()["results"]["bindings"]
    assert len(both) == 5
    only = httpx.get(f"{server}/sparql", params={"query": ORDINALS, "default-graph-uri": REPORT_2019})
    assert only.status_code == 200, only.text
    assert {int(b["ordinal"]["value"]) for b in only.json()["results"]["bindings"]} >= {8}
    assert len(only.json()["results"]["bindings"]) < 5
    named = httpx.post(f"{server}/sparql", data={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                                 "named-graph-uri": REPORT_2019})
    assert [b["g"]["value"] for b in named.json()["results"]["bindings"]] == [REPORT_2019]
    in_query = httpx.get(f"{server}/sparql", params={
        "query": ORDINALS.replace("SELECT DISTINCT ?ordinal", f"SELECT DISTINCT ?ordinal FROM <{REPORT_2019}>")})
    assert in_query.json()["results"]["bindings"] == only.json()["results"]["bindings"]
    bad = httpx.get(f"{server}/sparql", params={"query": ORDINALS, "default-graph-uri": "not an iri"})
    assert bad.status_code == 400 and "default-graph-uri" in bad.json()["error"]["detail"]


# --- read-only, limits, CORS ------------------------------------------------

@pytest.mark.parametrize("how", ["update-form", "update-body", "load", "insert", "service", "service-lower"])
def test_refused_with_a_reason(server: str, how: str) -> None:
    url = f"{server}/sparql"
    response = {
        "update-form": lambda: httpx.post(url, data={"update": "CLEAR ALL"}),
        "update-body": lambda: httpx.post(url, content=b"CLEAR ALL",
                                          headers={"Content-Type": "application/sparql-update"}),
        "load": lambda: httpx.get(url, params={"query": "LOAD <http://example.org/data.ttl>"}),
        "insert": lambda: httpx.post(url, data={"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}),
        "service": lambda: httpx.get(url, params={
            "query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"}),
        "service-lower": lambda: httpx.get(url, params={
            "query": "select * { service silent ?endpoint { ?s ?p ?o } VALUES ?endpoint { <urn:x> } }"}),
    }[how]()
    assert response.status_code == 403
    detail = response.json()["error"]["detail"]
    assert ("read-only" in detail) if how.startswith(("update", "load", "insert")) else ("SERVICE" in detail)
    still = httpx.get(url, params={"query": ORDINALS}).json()["results"]["bindings"]
    assert len(still) == 5


def test_keywords_inside_literals_and_iris_are_not_refused(server: str) -> None:
    query = ('SELECT ?x WHERE { BIND("SERVICE <http://evil> LOAD" AS ?x) '
             'FILTER(?x != <http://example.org/service/load>) }  # SERVICE in a comment')
    response = httpx.get(f"{server}/sparql", params={"query": query})
    assert response.status_code == 200, response.text


def test_explosive_query_is_stopped_while_others_are_answered(server: str) -> None:
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        heavy = pool.submit(httpx.get, f"{server}/sparql", params={"query": EXPLOSIVE}, timeout=60)
        time.sleep(0.3)
        light = pool.submit(httpx.get, f"{server}/sparql", params={"query": ORDINALS}, timeout=60)
        light_response = light.result()
        assert not heavy.done()  # the simple query came back while the explosive one still ran
        heavy_response = heavy.result()
    assert light_response.status_code == 200 and len(light_response.json()["results"]["bindings"]) == 5
    assert heavy_response.status_code == 503
    assert "stopped" in heavy_response.json()["error"]["detail"]
    # the worker was replaced: the endpoint still answers
    assert httpx.get(f"{server}/sparql", params={"query": ORDINALS}).status_code == 200


def test_a_replaced_worker_takes_no_request_before_it_has_started(store_dir: Path, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker stopped past the time limit is replaced by a new process, which needs a while to
    start (imports, the store opened; slow on a loaded machine, made slow here): meanwhile requests
    go to the other worker, and no request's time limit is spent waiting for the new one to start."""
    (tmp_path / "sitecustomize.py").write_text("import time\ntime.sleep(1.5)\n")  # every new worker: 1.5 s late
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]))
    executor = Executor(GraphStore.open(store_dir, create=False, read_only=True), workers=2, timeout=0.5)
    try:
        executor.start()
        with pytest.raises(TimeoutError):
            executor.run(Request(EXPLOSIVE))
        for _ in range(6):  # (before: every other one went to the replacement, still starting, and timed out)
            answer = executor.run(Request(ORDINALS, accepted=("application/sparql-results+json",)))
            assert len(json.loads(answer.body)["results"]["bindings"]) == 5
    finally:
        executor.close()


def test_row_cap(server: str) -> None:
    everything = httpx.get(f"{server}/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert everything.status_code == 422
    assert "5,000" in everything.json()["error"]["detail"] and "LIMIT" in everything.json()["error"]["detail"]
    page = httpx.get(f"{server}/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5000"})
    assert page.status_code == 200 and len(page.json()["results"]["bindings"]) == 5000


def test_request_size_limit(server: str) -> None:
    values = " ".join(f'"{i}"' for i in range(40_000))
    response = httpx.post(f"{server}/sparql", content=f"SELECT * WHERE {{ VALUES ?x {{ {values} }} }}".encode(),
                          headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 413
    assert "request body" in response.json()["error"]["detail"]


def test_cors_open_for_get(server: str) -> None:
    response = httpx.get(f"{server}/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://example.org"})
    assert response.headers.get("access-control-allow-origin") == "*"
    preflight = httpx.options(f"{server}/sparql", headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "POST"})
    assert "POST" not in preflight.headers.get("access-control-allow-methods", "")


# --- loading while serving --------------------------------------------------

def test_load_while_serving(server: str, store_dir: Path, tmp_path: Path) -> None:
    """`uncac-kg load` writes to the store the server is reading; every query succeeds and sees
    either the old or the new version of the document — its own graph and the search index
    over it alike, never a mix."""
    folder = tmp_path / "reports"
    folder.mkdir()
    source = next(BUNDLED_REPORTS.glob("eg1-08-*"))
    text = source.read_text(encoding="utf-8")
    (folder / source.name).write_text(text.replace("司法协助", "相互司法协助"), encoding="utf-8")
    # One query, so one view of the store: the document's triples, how many of them have the
    # new wording, and the words the search index counts in its paragraphs.
    version = f"""
    PREFIX ukg: <{UKG}>
    SELECT ?triples ?changed ?words WHERE {{
      {{ SELECT (COUNT(*) AS ?triples) (SUM(IF(CONTAINS(STR(?o), "相互司法协助"), 1, 0)) AS ?changed)
         WHERE {{ GRAPH <{REPORT_2019}> {{ ?s ?p ?o }} }} }}
      {{ SELECT (SUM(?n) AS ?words) WHERE {{ GRAPH <{SEARCH_GRAPH}> {{
           ?item ukg:wordCount ?n FILTER(STRSTARTS(STR(?item), "{REPORT_2019}/")) }} }} }}
    }}"""

    def ask() -> tuple[int, ...]:
        response = httpx.get(f"{server}/sparql", params={"query": version}, timeout=30)
        assert response.status_code == 200, response.text
        row = response.json()["results"]["bindings"][0]
        return tuple(int(row[name]["value"]) for name in ("triples", "changed", "words"))

    before = ask()
    env = {**os.environ, "UNCAC_KG_STORE": str(store_dir)}
    loader = subprocess.Popen([sys.executable, "-m", "uncac_kg", "load", str(folder)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seen = []
    while loader.poll() is None:
        seen.append(ask())
    output = loader.stdout.read() if loader.stdout else ""
    assert loader.returncode == 0, output
    after = ask()
    assert before[1] == 0 and after[1] > 0 and after[2] > before[2], "the two versions differ in every part"
    assert set(seen) <= {before, after}, "each query saw the old or the new version, not a mix"
    assert len(seen) >= 3, "queries ran while the load ran"


def test_readme_python_client_example(server: str) -> None:
    """The README's SPARQLWrapper example, run against this server."""
    import contextlib
    import re

    readme = documentation()
    block = next(b for b in re.findall(r"```python\n(.*?)```", readme, re.DOTALL) if "SPARQLWrapper(" in b)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(block.replace("http://127.0.0.1:8000", server), {})
    bindings = eval(printed.getvalue())  # the example prints a list of bindings
    assert {int(b["ordinal"]["value"]) for b in bindings} == {6, 7, 8, 9, 10}
