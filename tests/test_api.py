"""The HTTP layer: the SPARQL 1.1 Protocol at /sparql and the error shape."""

from __future__ import annotations

import csv
import io

import pytest
import rdflib
from fastapi.testclient import TestClient

from uncac_kg.api.app import create_app
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.settings import Settings

MEETINGS = ("SELECT DISTINCT ?ordinal WHERE { ?m a ukg:Meeting ; ukg:ordinal ?ordinal ; schema:startDate ?s ; "
            'ukg:series/ukg:symbol "CAC/COSP/EG.1" } ORDER BY ?ordinal')


@pytest.fixture(scope="module")
def client(corpus: GraphStore) -> TestClient:
    settings = Settings(store="unused")
    return TestClient(create_app(settings, store=corpus))


def ordinals(data: dict) -> list[int]:  # type: ignore[type-arg]
    return [int(b["ordinal"]["value"]) for b in data["results"]["bindings"]]


def test_get_json(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": MEETINGS})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    assert ordinals(response.json()) == [6, 7, 8, 9, 10]


def test_post_form_and_body(client: TestClient) -> None:
    form = client.post("/sparql", data={"query": MEETINGS})
    body = client.post("/sparql", content=MEETINGS.encode(),
                       headers={"content-type": "application/sparql-query"})
    assert ordinals(form.json()) == ordinals(body.json()) == [6, 7, 8, 9, 10]


@pytest.mark.parametrize(("accept", "media"), [
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
])
def test_accept_negotiation(client: TestClient, accept: str, media: str) -> None:
    response = client.get("/sparql", params={"query": MEETINGS}, headers={"accept": accept})
    assert response.headers["content-type"].startswith(media)
    if media == "text/csv":
        assert [int(r["ordinal"]) for r in csv.DictReader(io.StringIO(response.text))] == \
            [6, 7, 8, 9, 10]


def test_construct_is_turtle(client: TestClient) -> None:
    query = ("CONSTRUCT { ?m a ukg:Meeting } WHERE { ?m a ukg:Meeting ; schema:startDate ?s ; "
             'ukg:series/ukg:symbol "CAC/COSP/EG.1" }')
    response = client.get("/sparql", params={"query": query})
    assert response.headers["content-type"].startswith("text/turtle")
    assert len(rdflib.Graph().parse(data=response.text, format="turtle")) == 5


def test_service_description(client: TestClient) -> None:
    response = client.get("/sparql")
    assert response.status_code == 200
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    assert len(graph) > 3


@pytest.mark.parametrize(("kwargs", "status"), [
    ({"params": {"query": "SELECT * WHERE { ?s ?p }"}}, 400),
    ({"params": {"query": MEETINGS, "format": "pdf"}}, 400),
])
def test_errors_have_one_shape(client: TestClient, kwargs: dict, status: int) -> None:  # type: ignore[type-arg]
    response = client.get("/sparql", **kwargs)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["status"] == status and error["detail"]


def test_update_is_refused(client: TestClient) -> None:
    update = "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"
    as_form = client.post("/sparql", data={"update": update})
    as_body = client.post("/sparql", content=update.encode(),
                          headers={"content-type": "application/sparql-update"})
    assert as_form.status_code == as_body.status_code == 403
    assert "read-only" in as_form.json()["error"]["detail"]


def test_unsupported_content_type(client: TestClient) -> None:
    response = client.post("/sparql", content=b"x", headers={"content-type": "text/plain"})
    assert response.status_code == 415


def test_home(client: TestClient) -> None:
    data = client.get("/").json()
    assert data["sparql"] == "/sparql" and data["stats"]["documents"] == 5


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods_are_not_allowed(client: TestClient, method: str) -> None:
    response = client.request(method, "/sparql", params={"query": "ASK {}"})
    assert response.status_code == 405
    assert response.json()["error"]["status"] == 405
    assert set(response.headers["allow"].replace(" ", "").split(",")) == {"GET", "POST"}


def test_form_and_url_parameters_combine(client: TestClient) -> None:
    """The dataset may be named in the URL and in the form; ``format`` in either."""
    rows = client.get("/sparql", params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 2"}
                      ).json()["results"]["bindings"]
    first, second = (row["g"]["value"] for row in rows)
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    response = client.post(f"/sparql?named-graph-uri={first}&format=csv",
                           data={"query": query, "named-graph-uri": second})
    assert response.headers["content-type"].startswith("text/csv")
    assert set(response.text.split()[1:]) == {first, second}


def test_cors_applies_to_the_endpoint(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://example.org"})
    assert response.status_code == 200 and response.headers["access-control-allow-origin"] == "*"
    preflight = client.options("/sparql", headers={"Origin": "https://example.org",
                                                   "Access-Control-Request-Method": "GET"})
    assert preflight.status_code == 200


def test_the_endpoint_is_in_the_openapi_description(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"get", "post"} <= set(paths["/sparql"])
    assert {p["name"] for p in paths["/sparql"]["get"]["parameters"]} >= {"query", "default-graph-uri"}
