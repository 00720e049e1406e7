"""Linked data: IRIs under the base dereference at /id/… as HTML, Turtle or JSON-LD."""

from __future__ import annotations

import io

import pytest
from fastapi.testclient import TestClient
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

from uncac_kg.api.app import create_app
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.ontology.iris import DEFAULT_BASE
from uncac_kg.settings import Settings

UKG = "https://w3id.org/uncac-kg/ontology#"
MEETING = f"{DEFAULT_BASE}meeting/eg1/8"


@pytest.fixture(scope="module")
def client(corpus: GraphStore) -> TestClient:
    return TestClient(create_app(Settings(store="unused"), store=corpus))


@pytest.mark.parametrize("media, rdf_format", [
    ("text/turtle", RdfFormat.TURTLE), ("application/ld+json", RdfFormat.JSON_LD),
    ("application/n-triples", RdfFormat.N_TRIPLES), ("application/rdf+xml", RdfFormat.RDF_XML),
])
def test_rdf_by_accept(client: TestClient, media: str, rdf_format: RdfFormat) -> None:
    response = client.get("/id/meeting/eg1/8", headers={"Accept": media})
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    triples = list(parse(io.BytesIO(response.content), format=rdf_format))
    about = {(t.predicate.value, str(t.object.value)) for t in triples if t.subject == NamedNode(MEETING)}
    assert (f"{UKG}ordinal", "8") in about
    assert ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", f"{UKG}Meeting") in about
    # the labels of what it links to come along (a chair's name, for a page that shows it)
    linked = {t.object for t in triples if t.subject == NamedNode(MEETING)}
    assert any(t.subject in linked for t in triples if t.subject != NamedNode(MEETING))


def test_html_for_browsers(client: TestClient) -> None:
    response = client.get("/id/meeting/eg1/8", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "第8次" in response.text and MEETING in response.text
    # local IRIs are links to their own pages; the recommendations of the meeting point here
    assert 'href="/id/series/eg1"' in response.text
    assert client.get("/id/meeting/eg1/8?format=turtle").headers["content-type"].startswith("text/turtle")


def test_statement_page_shows_its_source_span(client: TestClient, corpus: GraphStore) -> None:
    row = next(iter(corpus.query(
        "SELECT ?s ?evidence WHERE { ?s a ukg:Statement ; ukg:evidence ?evidence ; prov:wasDerivedFrom ?p } LIMIT 1")))
    iri, evidence = row["s"].value, row["evidence"].value  # type: ignore[union-attr]
    response = client.get("/id/" + iri.removeprefix(DEFAULT_BASE), headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert f"<mark>{evidence}</mark>" in response.text.replace("&quot;", '"')


def test_unknown_iri(client: TestClient) -> None:
    response = client.get("/id/meeting/eg1/99", headers={"Accept": "text/turtle"})
    assert response.status_code == 404 and "says nothing" in response.json()["error"]["detail"]
    page = client.get("/id/meeting/eg1/99", headers={"Accept": "text/html"})
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert client.get("/id/a%20b", headers={"Accept": "text/html"}).status_code == 400


def test_html_is_escaped() -> None:
    store = GraphStore.open(None)
    subject = NamedNode(f"{DEFAULT_BASE}test/x")
    graph = NamedNode(f"{DEFAULT_BASE}graph/test")
    store.replace_graph(graph, [Quad(subject, NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                                     Literal("<script>alert(1)</script>", language="en"), graph)])
    client = TestClient(create_app(Settings(store="unused"), store=store))
    response = client.get("/id/test/x", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
