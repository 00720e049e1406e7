"""Full-text search: the index graph built at load time, ranking, glossary mapping, snippets,
the API at /api/search and the `search` command — on the bundled reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from uncac_kg import cli
from uncac_kg.api.app import create_app
from uncac_kg.graph.derived import search_index
from uncac_kg.graph.derived.search_index import SearchKind, fold
from uncac_kg.graph.ingest import BUNDLED_REPORTS, load_paths
from uncac_kg.graph.read.search import Hit, Results, parse, search
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.ontology.iris import Iris
from uncac_kg.settings import Settings

from helpers import REPORTS, fresh_store, select
from variants import VARIANTS

SEARCH_GRAPH = search_index.graph_name(Iris()).value
TEXTS = """
SELECT ?item ?text WHERE { ?item a ?type ; ukg:text ?text .
  VALUES ?type { ukg:Paragraph ukg:Recommendation ukg:Suggestion } }
"""


@pytest.fixture(scope="module")
def texts(corpus: GraphStore) -> dict[str, str]:
    return {str(r["item"]): str(r["text"]) for r in select(corpus, TEXTS)}


def everything(store: GraphStore, q: str, **options: object) -> Results:
    return search(store, q, limit=10_000, **options)  # type: ignore[arg-type]


def ranking(results: Results) -> list[tuple[str, float]]:
    return [(h.item, h.score) for h in results.hits]


# --- ranking and the glossary -----------------------------------------------------------


def test_a_term_finds_the_items_that_contain_it_first(corpus: GraphStore, texts: dict[str, str]) -> None:
    found = everything(corpus, "司法协助")
    items = [h.item for h in found.hits]
    containing = {i for i, t in texts.items() if "司法协助" in t or "法律互助" in t}  # 法律互助: the glossary's variant
    assert containing and containing <= set(items)
    assert found.total == len(items) == len(set(items))
    assert all(i in containing for i in items[:10])
    assert "司法协助" in texts[items[0]]
    assert [h.score for h in found.hits] == sorted((h.score for h in found.hits), reverse=True)


def test_an_item_using_the_term_more_often_ranks_higher_than_one_that_only_contains_it_in_a_word(
        corpus: GraphStore, texts: dict[str, str]) -> None:
    found = everything(corpus, "司法协助")
    exact = [h.score for h in found.hits if "司法协助" in texts[h.item].replace("刑事司法协助", "")]
    only_inside = [h.score for h in found.hits if "司法协助" not in texts[h.item] and "法律互助" not in texts[h.item]]
    assert exact and max(exact) > max(only_inside, default=0)


@pytest.mark.parametrize(("english", "chinese"), [
    ("mutual legal assistance", "司法协助"),
    ("Extradition", "引渡"),
    ("dual  criminality", "双重犯罪"),
    ("joint investigation team", "联合调查组"),
])
def test_english_glossary_terms_search_as_their_chinese(corpus: GraphStore, english: str, chinese: str) -> None:
    mapped = everything(corpus, english)
    assert mapped.total > 0
    assert ranking(mapped) == ranking(everything(corpus, chinese))
    assert chinese in mapped.query.terms
    assert any(chinese in zh for zh in mapped.query.mapped.values())


def test_the_longest_glossary_phrase_wins() -> None:
    query = parse("mutual legal assistance in criminal matters")
    assert query.terms == ("刑事司法协助",)


def test_a_term_absent_from_the_corpus_gives_no_hits(corpus: GraphStore) -> None:
    for q in ("量子力学", "photosynthesis"):
        found = search(corpus, q)
        assert found.total == 0 and found.hits == []


def test_several_words_rank_items_with_both_first(corpus: GraphStore, texts: dict[str, str]) -> None:
    found = everything(corpus, "引渡 双重犯罪")
    both = [h for h in found.hits if "引渡" in texts[h.item] and
            any(v in texts[h.item] for v in ("双重犯罪", "两国共认犯罪", "两国公认犯罪"))]
    assert both
    assert found.hits[0] in both


def test_kinds_limit_and_offset(corpus: GraphStore) -> None:
    recommendations = everything(corpus, "司法协助", kinds=[SearchKind.RECOMMENDATION])
    assert recommendations.hits and all(h.kind is SearchKind.RECOMMENDATION for h in recommendations.hits)
    assert all(h.label and h.paragraph and h.document for h in recommendations.hits)
    paragraphs = everything(corpus, "司法协助", kinds=[SearchKind.PARAGRAPH])
    assert all(h.kind is SearchKind.PARAGRAPH and h.paragraph and h.label is None for h in paragraphs.hits)
    whole = everything(corpus, "司法协助")
    assert set(ranking(recommendations)) <= set(ranking(whole))  # a hit scores the same whatever the kinds asked
    assert whole.total == sum(everything(corpus, "司法协助", kinds=[kind]).total for kind in SearchKind)
    pages = [h for offset in range(0, whole.total, 7) for h in search(corpus, "司法协助", limit=7, offset=offset).hits]
    assert [h.item for h in pages] == [h.item for h in whole.hits]


def test_a_recommendation_hit_says_where_it_is(corpus: GraphStore) -> None:
    hit = next(h for h in everything(corpus, "中央机关之间的沟通").hits if h.kind is SearchKind.PROPOSAL)
    assert hit.item.endswith("/meeting/eg1/10/proposal/e")  # (States parties proposed it; the meeting did not agree it)
    rows = select(corpus, f"SELECT ?n ?d WHERE {{ <{hit.item}> ukg:inParagraph ?p . "
                          "?p ukg:number ?n ; dcterms:isPartOf ?d }")
    assert (hit.paragraph, hit.document) == (rows[0]["n"], rows[0]["d"])
    assert hit.label == "e"


# --- snippets ---------------------------------------------------------------------------


@pytest.mark.parametrize("q", ["司法协助", "extradition", "资产追回", "GlobE", "2019", "公约", "渡"])
def test_highlights_are_where_the_text_has_the_term(corpus: GraphStore, texts: dict[str, str], q: str) -> None:
    found = everything(corpus, q)
    surfaces = set(found.query.surfaces())
    assert found.hits
    for hit in found.hits:
        assert hit.highlights, hit.item
        for start, end in hit.highlights:
            assert fold(hit.snippet[start:end]) in surfaces
        assert hit.snippet.strip("…") in texts[hit.item]
        assert len(hit.snippet) <= 102


def test_snippet_html_is_escaped_and_marked() -> None:
    hit = Hit("x", SearchKind.PARAGRAPH, 1.0, None, 1, None, "a<b 引渡 & 引渡", ((4, 6), (9, 11)))
    assert hit.snippet_html == "a&lt;b <mark>引渡</mark> &amp; <mark>引渡</mark>"
    assert hit.marked() == "a<b «引渡» & «引渡»"


# --- short and empty queries ------------------------------------------------------------


def test_one_character_is_looked_up_as_a_substring(corpus: GraphStore, texts: dict[str, str]) -> None:
    found = everything(corpus, "渡")
    assert found.query.substring
    assert {h.item for h in found.hits} == {i for i, t in texts.items() if "渡" in t}


@pytest.mark.parametrize("q", ["", "   ", "。，！", "（）——"])
def test_a_query_without_a_word_is_refused(corpus: GraphStore, q: str) -> None:
    with pytest.raises(ValueError, match=r"^q \(the search text\): "):
        search(corpus, q)


def test_a_store_without_an_index_says_how_to_build_one(corpus: GraphStore) -> None:
    bare = GraphStore.open(None)
    with pytest.raises(OSError, match="uncac-kg load"):
        search(bare, "引渡")


# --- the index graph --------------------------------------------------------------------


def test_the_index_is_its_own_graph_and_only_the_index(corpus: GraphStore) -> None:
    graphs = select(corpus, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ukg:token|ukg:occursIn|ukg:wordCount ?o } }")
    assert [r["g"] for r in graphs] == [SEARCH_GRAPH]
    query = f"SELECT DISTINCT ?p WHERE {{ GRAPH <{SEARCH_GRAPH}> {{ ?s ?p ?o }} }}"
    predicates = {r["p"] for r in select(corpus, query)}
    assert predicates <= {f"https://w3id.org/uncac-kg/ontology#{n}" for n in
                          ("token", "tokenCount", "occursIn", "wordCount", "itemCount", "averageWordCount")} | {
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://purl.org/dc/terms/description"}


def test_the_index_counts_every_item(corpus: GraphStore, texts: dict[str, str]) -> None:
    rows = select(corpus, f"SELECT ?n WHERE {{ GRAPH <{SEARCH_GRAPH}> {{ ?g ukg:itemCount ?n }} }}")
    assert rows == [{"n": len(texts)}]
    frequency = select(corpus, 'SELECT (COUNT(DISTINCT ?item) AS ?df) WHERE { ?p ukg:token "引渡" ; '
                               "ukg:occursIn ?item }")
    assert frequency[0]["df"] == search(corpus, "引渡").total


def test_the_index_is_deterministic(corpus: GraphStore) -> None:
    first = search_index.quads(search_index.texts(corpus), Iris())
    assert first == search_index.quads(search_index.texts(corpus), Iris())
    assert set(corpus.store.quads_for_pattern(None, None, None, search_index.graph_name(Iris()))) == set(first)


def test_the_index_is_rebuilt_after_every_load() -> None:
    store = GraphStore.open(None)
    one = load_paths(store, [BUNDLED_REPORTS / "eg1-08-2019-report.zh.txt"], iris=Iris())
    assert one.search is not None
    before = search(store, "引渡")
    assert {h.document for h in before.hits} == {one.loaded[0].graph}
    everything_ = load_paths(store, [BUNDLED_REPORTS], iris=Iris())
    assert everything_.search is not None and everything_.search.items > one.search.items
    after = search(store, "引渡")
    assert after.total > before.total
    assert len({h.document for h in after.hits}) > 1
    again = load_paths(store, [BUNDLED_REPORTS / "eg1-08-2019-report.zh.txt"], iris=Iris())
    assert again.search == everything_.search
    assert ranking(search(store, "引渡", limit=100)) == ranking(search(store, "引渡", limit=100))


def test_a_respaced_copy_searches_the_same(tmp_path: Path) -> None:
    report = next(p for p in REPORTS if "2019" in p.name)
    copy = tmp_path / report.name
    copy.write_bytes(VARIANTS["respaced"](report.read_text(encoding="utf-8")))
    original, respaced = fresh_store(report), fresh_store(copy)
    for q in ("司法协助", "mutual legal assistance", "引渡 双重犯罪", "UNODC", "资产追回", "渡"):
        assert ranking(everything(respaced, q)) == ranking(everything(original, q)), q


# --- API and command line ---------------------------------------------------------------


@pytest.fixture(scope="module")
def client(corpus: GraphStore) -> TestClient:
    return TestClient(create_app(Settings(store="unused"), store=corpus))


def test_api_search(client: TestClient, corpus: GraphStore) -> None:
    response = client.get("/api/search", params={"q": "mutual legal assistance", "limit": 5})
    assert response.status_code == 200
    data = response.json()
    assert data["terms"] == ["司法协助"] and data["mapped"] == {"mutual legal assistance": ["司法协助"]}
    assert data["total"] == search(corpus, "司法协助").total and len(data["hits"]) == 5
    hit = data["hits"][0]
    assert hit["item"] == search(corpus, "司法协助").hits[0].item
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end] == "司法协助"
    assert "<mark>司法协助</mark>" in hit["snippet_html"]


def test_api_search_filters_by_kind(client: TestClient) -> None:
    response = client.get("/api/search", params=[("q", "引渡"), ("kind", "recommendation"), ("kind", "suggestion")])
    assert response.status_code == 200
    assert {h["kind"] for h in response.json()["hits"]} <= {"recommendation", "suggestion"}


@pytest.mark.parametrize(("params", "status"), [
    ({"q": ""}, 400), ({"q": "。，"}, 400), ({}, 422), ({"q": "引渡", "kind": "heading"}, 422),
    ({"q": "引渡", "limit": 0}, 422), ({"q": "引渡", "offset": -1}, 422),
])
def test_api_search_bad_input_is_a_4xx_in_the_error_shape(client: TestClient, params: dict[str, object],
                                                          status: int) -> None:
    response = client.get("/api/search", params=params)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["status"] == status and error["detail"]


def test_cli_search(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = str(tmp_path / "store")
    assert cli.main(["--store", store, "load", str(BUNDLED_REPORTS / "eg1-08-2019-report.zh.txt")], env={}) == 0
    capsys.readouterr()
    assert cli.main(["--store", store, "search", "extradition", "--limit", "3"], env={}) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[3] == "引渡"
    assert sum("«引渡»" in line for line in lines) == 3
    assert cli.main(["--store", store, "search", "。"], env={}) == 2
