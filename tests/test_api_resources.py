"""The JSON resources under /api, checked against the golden facts and against the
public named queries (two independent routes to the same facts)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from uncac_kg.api.app import create_app
from uncac_kg.graph.query import library as queries
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.ontology.vocabulary import PREFIXES
from uncac_kg.settings import Settings

from helpers import GOLDEN, documentation, fresh_store, select
from variants import reflowed

GOLDEN_FACTS = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLDEN.glob("*.json"))}


def _text(text: object) -> str:
    return re.sub(r"\s+", "", str(text))


@pytest.fixture(scope="module")
def client(corpus: GraphStore) -> TestClient:
    return TestClient(create_app(Settings(store="unused"), store=corpus))


def get(client: TestClient, url: str) -> Any:
    response = client.get(url)
    assert response.status_code == 200, (url, response.text)
    return response.json()


def test_meetings_match_the_golden_facts(client: TestClient) -> None:
    listed = {m["ordinal"]: m for m in get(client, "/api/meetings")}
    golden = {g["ordinal"]: g for g in GOLDEN_FACTS.values()}
    assert set(listed) == set(golden)
    for ordinal, fact in golden.items():
        assert (listed[ordinal]["start"], listed[ordinal]["end"]) == (fact["start"], fact["end"])
        assert fact["venue"] in listed[ordinal]["venue"].split(" / ")
    starts = [m["start"] for m in listed.values()]
    assert starts == sorted(starts)


@pytest.mark.parametrize("name", sorted(GOLDEN_FACTS))
def test_one_meeting_agrees_with_the_library(client: TestClient, corpus: GraphStore, name: str) -> None:
    golden = GOLDEN_FACTS[name]
    ordinal = golden["ordinal"]
    found = get(client, f"/api/meetings/{ordinal}")
    for listed, status in (("recommendations", "agreed"), ("proposals", "proposed")):
        expected = {(x["label"], _text(x["text"])) for x in golden["recommendations"]
                    if x.get("status", "agreed") == status}
        assert {(r["label"], _text(r["text"])) for r in found[listed]} == expected
        assert found["counts"][listed] == len(expected)
    assert {d["source"] for d in found["documents"]} == {golden["source"]}
    assert [(a["position"], a["title"]) for a in found["agenda"]] == [
        (r["position"], r["title"]) for r in select(corpus, "agenda", ordinal=str(ordinal))]
    assert {c["name"] for c in found["chairs"]} == {r["name"] for r in select(corpus, "chairs", ordinal=str(ordinal))}
    assert found["attendance"] == {r["kind"]: r["count"]
                                   for r in select(corpus, "attendance-counts", ordinal=str(ordinal))}
    cited_articles = {int(c["key"]) for c in found["citations"] if c["kind"] == "article"}
    assert cited_articles == {r["article"] for r in select(corpus, "article-citations")
                              if r["source"] == golden["source"]}


def test_recommendation_filters_agree_with_the_library(client: TestClient, corpus: GraphStore) -> None:
    everything = get(client, "/api/recommendations?kind=all&limit=1000")
    assert everything["total"] == len(everything["items"]) == len(select(corpus, "recommendations")) + len(
        {r["suggestion"] for r in select(corpus, "SELECT ?suggestion WHERE { ?suggestion a ukg:Suggestion }")})
    by_article = get(client, "/api/recommendations?article=46&kind=all&limit=1000")
    expected = {(r["ordinal"], r["label"]) for r in select(corpus, "recommendation-articles", article="46")}
    assert {(r["meeting"], r["label"]) for r in by_article["items"]} == expected and expected
    assert all(46 in r["articles"] for r in by_article["items"])
    for addressee in ("states-parties", "secretariat"):
        some = get(client, f"/api/recommendations?addressee={addressee}&limit=1000")["items"]
        assert some and all(addressee in r["addressees"] for r in some)
        assert {r["key"] for r in some} == {r["key"] for r in everything["items"]
                                            if r["kind"] == "recommendation" and addressee in r["addressees"]}
    worded = get(client, "/api/recommendations?text=名录&kind=all&limit=1000")["items"]
    assert worded and {r["key"] for r in worded} == {r["key"] for r in everything["items"] if "名录" in r["text"]}
    endorsed = get(client, "/api/recommendations?resolution=7/1&kind=all")["items"]
    assert "6-a" in {r["key"] for r in endorsed}  # 缔约国会议第7/1号决议欢迎第六次专家会议的建议
    meeting = get(client, "/api/recommendations?meeting=8&addressee=states-parties")["items"]
    assert meeting and all(r["meeting"] == 8 and "states-parties" in r["addressees"] for r in meeting)


def test_recommendation_pages_cover_the_list_once(client: TestClient) -> None:
    whole = get(client, "/api/recommendations?kind=all&limit=1000")["items"]
    pages = [get(client, f"/api/recommendations?kind=all&limit=7&offset={o}")["items"] for o in range(0, len(whole), 7)]
    assert [r["key"] for page in pages for r in page] == [r["key"] for r in whole]
    assert len({r["key"] for r in whole}) == len(whole)


def test_one_recommendation_has_its_thread(client: TestClient) -> None:
    for item in get(client, "/api/recommendations?kind=all&limit=1000")["items"]:
        found = get(client, f"/api/recommendations/{item['key']}")
        assert found["iri"] == item["iri"]
        if item["thread"] is None:
            assert found["timeline"] is None
        else:
            assert item["iri"] in {m["recommendation"] for m in found["timeline"]}
            thread = get(client, f"/api/threads/{item['thread']}")
            assert thread["timeline"] == found["timeline"]


def test_articles_and_resolutions_with_citing_paragraphs(client: TestClient, corpus: GraphStore) -> None:
    article = get(client, "/api/articles/46")
    assert {(p["document"]["source"], p["number"]) for p in article["paragraphs"]} == {
        (r["source"], r["paragraph"]) for r in select(corpus, "article-citations", article="46")
        if r["paragraph"] is not None}
    assert article["citing_paragraphs"] == len(article["paragraphs"])
    assert all(46 in r["articles"] for r in article["concerned_by"])
    listed = {a["number"]: a for a in get(client, "/api/articles")}
    assert listed[46]["citing_paragraphs"] == article["citing_paragraphs"]
    resolution = get(client, "/api/resolutions/7/1")
    assert {(p["document"]["source"], p["number"]) for p in resolution["paragraphs"]} == {
        (r["source"], r["paragraph"]) for r in select(corpus, "resolution-citations", resolution="7/1")
        if r["convention"] == "UNCAC"}
    assert "6-a" in {r["key"] for r in resolution["related"]}


def test_documents_and_paragraphs(client: TestClient) -> None:
    documents = get(client, "/api/documents")
    assert {d["source"] for d in documents} == {g["source"] for g in GOLDEN_FACTS.values()}
    for document in documents:
        paragraphs = get(client, f"/api/documents/{document['key']}/paragraphs?limit=1000")
        numbers = [p["number"] for p in paragraphs["items"]]
        assert numbers == sorted(numbers) and len(numbers) == document["paragraphs"] == paragraphs["total"]
        if document["symbol"]:
            assert get(client, f"/api/documents/{document['symbol']}")["iri"] == document["iri"]


def test_statistics_count_what_the_lists_show(client: TestClient) -> None:
    stats = get(client, "/api/statistics")
    assert stats["meetings"] == len(get(client, "/api/meetings"))
    assert stats["documents"] == len(get(client, "/api/documents"))
    assert stats["threads"] == len(get(client, "/api/threads"))
    assert stats["recommendations"] == get(client, "/api/recommendations?limit=1")["total"]
    assert stats["suggestions"] == get(client, "/api/recommendations?kind=suggestion&limit=1")["total"]
    assert stats["articles_cited"] == sum(1 for a in get(client, "/api/articles") if a["citing_paragraphs"])


@pytest.mark.parametrize(("url", "status", "words"), [
    ("/api/meetings/99", 404, "ordinal 99"),
    ("/api/meetings/eight", 422, "ordinal"),
    ("/api/recommendations/8", 400, "8-a"),
    ("/api/recommendations/8-zz", 404, "8-zz"),
    ("/api/recommendations?addressee=nobody", 400, "addressee"),
    ("/api/recommendations?limit=0", 422, "limit"),
    ("/api/recommendations?kind=other", 422, "kind"),
    ("/api/articles/999", 404, "999"),
    ("/api/resolutions/99/9", 404, "99/9"),
    ("/api/resolutions/9/1", 400, "scope"),  # 9/1 of the CoSP and of the UNTOC COP
    ("/api/documents/missing.txt", 404, "missing.txt"),
    ("/api/threads/none", 404, "none"),
])
def test_errors_name_the_parameter(client: TestClient, url: str, status: int, words: str) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert words in response.json()["error"]["detail"]


def test_resources_on_a_report_the_project_has_not_seen(tmp_path: Path) -> None:
    """A reflowed report under another file name: same meeting and recommendations."""
    source = next(Path(GOLDEN.parent.parent / "data" / "reports").glob("eg1-08-*.txt"))
    variant = tmp_path / "renamed-report.txt"
    variant.write_bytes(reflowed(source.read_text(encoding="utf-8")))
    client = TestClient(create_app(Settings(store="unused"), store=fresh_store(variant)))
    meeting = get(client, "/api/meetings/8")
    golden = GOLDEN_FACTS["eg1-08-2019-report.zh"]
    assert {r["label"] for r in meeting["recommendations"]} == {x["label"] for x in golden["recommendations"]}
    assert [d["key"] for d in get(client, "/api/documents")] == ["renamed-report.txt"]


def test_readme_api_examples_answer(client: TestClient) -> None:
    readme = documentation()
    urls = re.findall(r"curl '?http://127\.0\.0\.1:8000(/api/[^' \n]+)'?", readme)
    assert len(urls) >= 3
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200 and response.content, url


BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


def test_pages_for_browsers_and_data_for_programs(client: TestClient) -> None:
    home = client.get("/", headers=BROWSER)
    assert home.headers["content-type"].startswith("text/html") and "/query" in home.text
    assert client.get("/").json()["counts"]["meetings"] == len(get(client, "/api/meetings"))
    timeline = client.get("/threads/6-i", headers=BROWSER)
    assert timeline.headers["content-type"].startswith("text/html")
    assert client.get("/threads/6-i").json() == get(client, "/api/threads/6-i")
    endpoint = client.get("/sparql", headers=BROWSER, follow_redirects=False)
    assert endpoint.status_code == 303 and endpoint.headers["location"] == "/query"
    assert "sparql-service-description" in client.get("/sparql", headers={"Accept": "text/turtle"}).text
    editor = client.get("/query").text
    tabs = json.loads(re.search(r"const TABS = (.*);\n", editor).group(1))  # type: ignore[union-attr]
    assert [t["name"] for t in tabs] == ["Query", *queries.library()]
    for tab in tabs:  # each tab declares the prefixes it uses, so YASGUI's checker is content
        used = set(re.findall(r"(?<![\w:<])([a-z]+):\w", tab["query"].split("\n#")[-1])) & set(PREFIXES)
        declared = set(re.findall(r"^PREFIX (\w+):", tab["query"], re.MULTILINE))
        assert used <= declared, tab["name"]
