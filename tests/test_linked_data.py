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


# --- the reading pages ------------------------------------------------------------------------------

from uncac_kg.graph.read.names import citation, official_url  # noqa: E402
from uncac_kg.ontology.iris import Iris, page_path  # noqa: E402

from helpers import golden_facts  # noqa: E402

IRIS = Iris(DEFAULT_BASE)
FACTS = {g["ordinal"]: g for g in golden_facts()}
HTML = {"Accept": "text/html"}


def _page(client: TestClient, iri: object) -> str:
    path = page_path(str(getattr(iri, "value", iri)), DEFAULT_BASE)
    assert path
    response = client.get(path, headers=HTML)
    assert response.status_code == 200, path
    return response.text


def _title(text: str) -> str:
    return text.split("<title>", 1)[1].split("</title>", 1)[0]


@pytest.mark.parametrize("iri", [
    IRIS.meeting("eg1", 8), IRIS.meeting("eg1", 3), IRIS.recommendation("eg1", 8, "c"), IRIS.article("uncac", 46),
    IRIS.article("uncac", 46, 13), IRIS.resolution("uncac-cosp", "7/1"), IRIS.resolution("untoc-cop", "9/1"),
    IRIS.state("bra"), IRIS.un_document("CAC/COSP/EG.1/2018/4"), IRIS.thread("6-i"),
    IRIS.document(symbol=None, source="", language="zh", meeting=("eg1", 8), kind="report"),
], ids=lambda iri: str(iri.value).removeprefix(DEFAULT_BASE))
def test_every_page_has_a_label_for_a_title(client: TestClient, iri: NamedNode) -> None:
    text = _page(client, iri)
    title = _title(text)
    assert "://" not in title and "/id/" not in title, title
    assert '<details class="raw"' in text  # every property, folded at the foot


def test_the_meeting_page(client: TestClient) -> None:
    facts = FACTS[8]
    text = _page(client, IRIS.meeting("eg1", 8))
    assert "8th" in _title(text) and facts["start"][:4] in _title(text)
    for item in facts["agenda"]:
        assert item["title"] in text
    for item in facts["recommendations"]:
        assert item["text"] in text
    assert text.count('<li data-kind="recommendation">') == len(facts["recommendations"])
    assert f'{len(facts["attendance"])} participants' in text
    for r in facts["reaffirmations"]:  # the earlier reports, with a link to their official text
        assert official_url(r["symbol"], "zh") in text


def test_the_recommendation_page_marks_its_span_and_is_citable(client: TestClient) -> None:
    fact = next(r for r in FACTS[8]["recommendations"] if r["label"] == "c")
    text = _page(client, IRIS.recommendation("eg1", 8, "c"))
    assert f"<mark>(c){fact['text']}" in text  # the span in its paragraph
    assert f"para. {fact['paragraph']} (c)</code>" in text and "data-copy=" in text
    assert "inferred from the subject term" in text


def test_pointing_here_leaves_out_the_search_index(client: TestClient) -> None:
    text = _page(client, IRIS.recommendation("eg1", 8, "c"))
    assert "/search/" not in text.split('<table id="incoming">', 1)[1]


def test_a_cop_resolution_says_which_conference(client: TestClient) -> None:
    cop = sorted({c["resolution"] for g in golden_facts() for c in g["resolution_citations"]
                  if c["convention"] == "UNTOC"})
    for number in cop:
        text = _page(client, IRIS.resolution("untoc-cop", number))
        assert _title(text).startswith(f"UNTOC COP resolution {number}")
        assert 'id="conference"' in text
    assert 'id="conference"' not in _page(client, IRIS.resolution("uncac-cosp", "7/1"))


def test_an_iri_with_percent_escapes_has_its_page(client: TestClient) -> None:
    """A chair's name with an accent: the IRI keeps its escapes, and so does its page's path."""
    chair = next(c["name"] for g in golden_facts() for c in g["chairs"] if not c["name"].isascii())
    person = IRIS.person(chair)
    assert "%" in person.value
    assert chair in _page(client, person)


def test_citation_strings() -> None:
    assert citation(symbol="CAC/COSP/EG.1/2017/3", title="…", paragraph=33, label="a") == \
        "CAC/COSP/EG.1/2017/3, para. 33 (a)"
    assert citation(symbol=None, title="会议的报告", paragraph=47, label="c") == "会议的报告, para. 47 (c)"
    assert citation(symbol="CAC/COSP/EG.1/2020/2", title=None, paragraph=89, label="89") == \
        "CAC/COSP/EG.1/2020/2, para. 89"
    assert citation(symbol=None, title=None, paragraph=1) is None
    assert official_url("CAC/COSP/EG.1/2017/3", "zh") == "https://undocs.org/zh/CAC/COSP/EG.1/2017/3"
    assert official_url("CAC/COSP/EG.1/2017/3", "en") == "https://undocs.org/CAC/COSP/EG.1/2017/3"


def test_the_search_page(client: TestClient) -> None:
    home = client.get("/", headers=HTML).text
    assert 'href="/search?q=' in home
    text = client.get("/search", params={"q": "双重犯罪"}, headers=HTML)
    assert text.status_code == 200 and text.headers["content-type"].startswith("text/html")
    assert '<ol id="hits"' in text.text and "<mark>双重犯罪</mark>" in text.text
    assert client.get("/search", headers=HTML).status_code == 200  # the form alone
    refused = client.get("/search", params={"q": "!!!"}, headers=HTML)
    assert refused.status_code == 400 and 'id="problem"' in refused.text


def test_docs_are_served_from_the_assets(client: TestClient) -> None:
    text = client.get("/docs").text
    assert '/assets/swagger-ui-bundle.js' in text and "cdn" not in text.lower()
    assert client.get("/redoc").status_code == 404
