"""The query library over HTTP: listed with its parameters, runnable by name."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from uncac_kg.api.app import create_app
from uncac_kg.graph.query import library as queries
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.settings import Settings

from helpers import ROOT, select


@pytest.fixture(scope="module")
def client(corpus: GraphStore) -> TestClient:
    return TestClient(create_app(Settings(store="unused"), store=corpus))


def test_every_query_file_is_listed(client: TestClient) -> None:
    listed = {q["name"]: q for q in client.get("/api/queries").json()}
    assert set(listed) == {p.stem for p in (ROOT / "sparql").glob("*.rq")}
    about = listed["paragraphs-about"]
    assert about["title"] and about["description"]
    assert {"name": "term", "input": True}.items() <= next(p for p in about["parameters"]).items()
    assert client.get("/api/queries/meetings/sparql").json()["sparql"] == queries.library()["meetings"].text


def test_run_by_name_matches_the_library(client: TestClient, corpus: GraphStore) -> None:
    rows = client.get("/api/queries/meetings").json()["results"]["bindings"]
    assert sorted(int(r["ordinal"]["value"]) for r in rows) == sorted(r["ordinal"] for r in select(corpus, "meetings"))
    one = client.get("/api/queries/meetings", params={"ordinal": "8"}).json()["results"]["bindings"]
    assert [int(r["ordinal"]["value"]) for r in one] == [8]
    found = client.get("/api/queries/paragraphs-about", params={"term": "司法协助", "format": "csv"})
    assert found.status_code == 200 and found.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(found.text, newline="")))
    expected = select(corpus, "paragraphs-about", term="司法协助")
    assert len(rows) == len(expected) > 0 and {r["term"] for r in rows} == {"司法协助"}


def test_errors_name_the_problem(client: TestClient) -> None:
    missing = client.get("/api/queries/meeting")
    assert missing.status_code == 404 and "did you mean 'meetings'" in missing.json()["error"]["detail"]
    unknown = client.get("/api/queries/meetings", params={"ordinall": "8"})
    assert unknown.status_code == 400 and "'ordinall'" in unknown.json()["error"]["detail"]
    no_input = client.get("/api/queries/paragraphs-about")
    assert no_input.status_code == 400 and "'term'" in no_input.json()["error"]["detail"]
