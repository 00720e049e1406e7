"""A remote store: `load`, `query`, `serve` and `export` against a real Oxigraph server
(the `oxigraph` package of the test extra) started on a free loopback port, with the
answers compared by variable to those of the embedded store."""

from __future__ import annotations

import io
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import networkx as nx
import pytest
from pyoxigraph import Literal, NamedNode, Quad, QueryResultsFormat, RdfFormat, Variable, parse, parse_query_results

from uncac_kg import cli
from uncac_kg.graph.ingest import BUNDLED_REPORTS
from uncac_kg.graph.output import views
from uncac_kg.graph.output.views import View
from uncac_kg.graph.query import library as queries
from uncac_kg.graph.store.embedded import DumpFormat, GraphStore
from uncac_kg.graph.store.remote import Endpoints, RemoteStore, store_location, substitute, with_prefixes
from uncac_kg.ontology.iris import Iris
from uncac_kg.ontology.vocabulary import UKG
from uncac_kg.settings import Settings

from helpers import REPORTS, free_port, running, select, serving

#: Values for the input parameters of the library's queries.
INPUTS = {"term": "司法协助", "subject": "<https://w3id.org/uncac-kg/id/meeting/eg1/8/recommendation/c>",
          "recommendation": "<https://w3id.org/uncac-kg/id/meeting/eg1/8/recommendation/a>"}


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    assert Path(found).exists(), "the oxigraph server is missing: pip install -e '.[test]'"
    return found


@pytest.fixture(scope="module")
def oxigraph_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An Oxigraph server on a free loopback port, with its data in a temporary folder."""
    port = free_port()
    command = [_oxigraph(), "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
               "--bind", f"127.0.0.1:{port}"]
    with running(command, url=f"http://127.0.0.1:{port}",
                 ready=lambda url: httpx.post(f"{url}/query", data={"query": "ASK {}"}, timeout=2).status_code == 200
                 ) as url:
        yield url


def _env(tmp: Path) -> dict[str, str]:
    return {"HOME": str(tmp), "UNCAC_KG_QUERY_WORKERS": "2"}


@pytest.fixture(scope="module")
def remote(oxigraph_url: str, tmp_path_factory: pytest.TempPathFactory) -> RemoteStore:
    """The Oxigraph server, loaded with the bundled reports by `uncac-kg load`."""
    status = cli.main(["--store", oxigraph_url, "load", str(BUNDLED_REPORTS)],
                      env=_env(tmp_path_factory.mktemp("home")))
    assert status == 0
    return RemoteStore(Endpoints.oxigraph(oxigraph_url))


def _normalised(rows: list[dict[str, object]], text: str) -> list[str]:
    """Rows as comparable strings; GROUP_CONCAT values (whose order SPARQL leaves open) as sets."""
    separators = re.findall(r'separator\s*=\s*"([^"]+)"', text)

    def norm(value: object) -> object:
        if isinstance(value, str):
            for sep in separators:
                value = sep.join(sorted(str(value).split(sep)))
        return value

    return sorted(repr(sorted((k, norm(v)) for k, v in row.items())) for row in rows)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(queries.library()))
def test_named_queries_answer_as_the_embedded_store(name: str, remote: RemoteStore, corpus: GraphStore) -> None:
    named = queries.library()[name]
    params = {p: INPUTS[p] for p in named.inputs if p in INPUTS}  # others unbound
    embedded = select(corpus, name, **params)
    assert _normalised(select(remote, name, **params), named.text) == _normalised(embedded, named.text)


@pytest.mark.slow
def test_parameters_filter_and_bind(remote: RemoteStore) -> None:
    rows = select(remote, "meetings", ordinal="8")
    assert [r["ordinal"] for r in rows] == [8]
    rows = select(remote, "paragraphs-about", term="联合调查组")
    assert rows and all("联合调查组" in str(r["text"]) and r["term"] == "联合调查组" for r in rows)


@pytest.mark.slow
def test_one_named_graph_per_document_replaced_on_reload(remote: RemoteStore, corpus: GraphStore,
                                                         oxigraph_url: str, tmp_path: Path) -> None:
    before = remote.stats()
    assert before == corpus.stats()
    graphs = {g.value for g in remote.graphs()}
    documents = {r["d"] for r in select(remote, "SELECT DISTINCT ?d WHERE { GRAPH ?d { ?d a ukg:Document } }")}
    assert len(documents) == len(REPORTS) and documents <= graphs
    # Loading a document again replaces its graph: nothing is added twice.
    assert cli.main(["--store", oxigraph_url, "load", str(REPORTS[0])], env=_env(tmp_path)) == 0
    assert remote.stats() == before
    assert {g.value for g in remote.graphs()} == graphs


@pytest.mark.slow
def test_dump_holds_the_same_quads(remote: RemoteStore, corpus: GraphStore) -> None:
    dumps = []
    for store in (remote, corpus):
        out = io.BytesIO()
        store.dump(out, format=DumpFormat.NQ)
        dumps.append(set(parse(out.getvalue(), format=RdfFormat.N_QUADS)))
    assert dumps[0] == dumps[1] and len(dumps[0]) == len(corpus)
    out = io.BytesIO()
    remote.dump(out, format=DumpFormat.TRIG)
    assert set(parse(out.getvalue(), format=RdfFormat.TRIG)) == dumps[1]


@pytest.mark.slow
def test_export_a_view(remote: RemoteStore, corpus: GraphStore, oxigraph_url: str, tmp_path: Path) -> None:
    out = tmp_path / "citations.graphml"
    status = cli.main(["--store", oxigraph_url, "export", "citations", "--format", "graphml", "-o", str(out)],
                      env=_env(tmp_path))
    assert status == 0
    exported = nx.read_graphml(out)
    expected = views.build(corpus, View.CITATIONS)
    assert set(exported.nodes) == set(expected.nodes) and exported.number_of_edges() == expected.number_of_edges()


@pytest.mark.slow
def test_serve_over_a_remote_store(remote: RemoteStore, corpus: GraphStore, oxigraph_url: str) -> None:
    query = "SELECT DISTINCT ?ordinal WHERE { ?m a ukg:Meeting ; ukg:ordinal ?ordinal }"
    expected = {r["ordinal"] for r in select(corpus, query)}
    with serving(oxigraph_url) as url:
        answer = httpx.post(f"{url}/sparql", data={"query": query},
                            headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert answer.status_code == 200
        solutions = parse_query_results(answer.content, format=QueryResultsFormat.JSON)
        assert {int(row["ordinal"].value) for row in solutions} == expected
        # A dataset given by the protocol reaches the store: only the threads graph.
        threads = Iris().base + "graph/threads"
        answer = httpx.get(f"{url}/sparql", params={"query": "ASK { ?m a ukg:Meeting }", "default-graph-uri": threads},
                           headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert answer.status_code == 200
        assert not bool(parse_query_results(answer.content, format=QueryResultsFormat.JSON))
        # Still read-only: the remote store accepts updates, this endpoint does not pass them on.
        answer = httpx.post(f"{url}/sparql", data={"update": "DROP ALL"}, timeout=30)
        assert answer.status_code == 403
        assert remote.stats() == corpus.stats()
        answer = httpx.get(f"{url}/", timeout=30)
        assert answer.json()["stats"] == corpus.stats().as_dict()
        answer = httpx.get(f"{url}/api/queries/meetings", params={"ordinal": "8"},
                           headers={"Accept": "application/sparql-results+json"}, timeout=30)
        rows = list(parse_query_results(answer.content, format=QueryResultsFormat.JSON))
        assert [int(r["ordinal"].value) for r in rows] == [8]


@pytest.mark.slow
def test_construct_and_describe(remote: RemoteStore, corpus: GraphStore) -> None:
    iri = Iris().base + "meeting/eg1/8"
    for sparql in (f"DESCRIBE <{iri}>", f"CONSTRUCT {{ <{iri}> ?p ?o }} WHERE {{ <{iri}> ?p ?o }}"):
        assert set(remote.query(sparql)) == set(corpus.query(sparql))
    assert remote.has_subject(iri) and not remote.has_subject(iri + "/nothing")


def test_unreachable_store_is_one_line_naming_the_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    assert cli.main(["--store", url, "query", "meetings"], env=_env(tmp_path)) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and url in err


@pytest.mark.slow
def test_syntax_error_from_the_store(remote: RemoteStore, oxigraph_url: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("SELECT * WHERE { ?s ?p"))
    assert cli.main(["--store", oxigraph_url, "query", "-"], env=_env(tmp_path)) == 2
    assert "syntax" in capsys.readouterr().err.lower()


@pytest.mark.slow
def test_naive_questions_on_the_server_count_each_fact_once(remote: RemoteStore, oxigraph_url: str,
                                                            tmp_path: Path) -> None:
    """The store's own default graph is the merge (a set): no union-default-graph is asked for,
    and the naive questions give the golden numbers, through explicit endpoints too, after a
    document is loaded a second time."""
    from test_counting import QUESTIONS, grouped

    args = [f"--{kind}-endpoint={oxigraph_url}/{kind}" for kind in ("query", "update", "store")]
    assert cli.main([*args, "load", str(REPORTS[0])], env=_env(tmp_path)) == 0
    for sparql, expected in QUESTIONS.values():
        assert grouped(remote, sparql) == expected()


@pytest.mark.slow
def test_read_only_store_refuses_to_load(remote: RemoteStore, oxigraph_url: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    before = remote.stats()
    # (A query string in an endpoint URL is kept.)
    query = f"--query-endpoint={oxigraph_url}/query?union-default-graph"
    assert cli.main([query, "load", str(REPORTS[0])], env=_env(tmp_path)) == 1
    assert "read-only" in capsys.readouterr().err
    assert remote.stats() == before


def test_store_location_from_settings() -> None:
    assert store_location("/data/store") == Path("/data/store")
    endpoints = store_location("http://host:7878/")
    assert endpoints == Endpoints("http://host:7878/query", "http://host:7878/update", "http://host:7878/store")
    fuseki = store_location(None, query="http://h/ds/sparql", update="http://h/ds/update", graph_store="http://h/ds/data")
    assert fuseki == Endpoints("http://h/ds/sparql", "http://h/ds/update", "http://h/ds/data")
    settings = Settings.from_env({"UNCAC_KG_STORE": "https://kg.example.org", "HOME": "/h"},
                                 store_endpoint="https://kg.example.org/gsp")
    location = store_location(settings.store, **settings.endpoints)
    assert isinstance(location, Endpoints) and location.store == "https://kg.example.org/gsp"
    for bad in ({"store": "http://"}, {"store": None, "update": "http://h/update"}, {"store": None, "query": "ftp://h"}):
        with pytest.raises(ValueError):
            store_location(bad.pop("store"), **bad)


def test_sparql_sent_to_a_remote_store() -> None:
    text = with_prefixes("PREFIX ukg: <http://other/> SELECT ?x WHERE { ?x a ukg:T }")
    assert text.count("PREFIX ukg:") == 1 and "PREFIX dcterms:" in text and "\n" not in text
    # Input parameters are bound before the pattern runs, as the embedded engine binds them.
    store = GraphStore.open(None)
    place = NamedNode("http://example.org/p")
    store.replace_graph(NamedNode("http://example.org/g"),
                        [Quad(place, NamedNode(UKG + "text"), Literal("加强司法协助"), NamedNode("http://example.org/g"))])
    query = "SELECT ?place ?term WHERE { ?place ukg:text ?text FILTER (CONTAINS(?text, ?term)) }"
    for term, expected in (("司法协助", [{"place": place.value, "term": "司法协助"}]), ("引渡", [])):
        assert select(store, substitute(query, {Variable("term"): Literal(term)})) == expected
    with pytest.raises(ValueError, match="term"):
        substitute("DESCRIBE <http://x>", {Variable("term"): NamedNode(UKG + "x")})
