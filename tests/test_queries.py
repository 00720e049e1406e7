"""The query library: headers, every query answering on the corpus, parameters."""

from __future__ import annotations

import pytest

from uncac_kg.graph.query import library as queries
from uncac_kg.graph.store.embedded import GraphStore

from helpers import select

LIBRARY = queries.library()

#: The public contract of the named queries (more variables may be added).
CONTRACT = {
    "meetings": {"ordinal", "start", "end", "venue"},
    "documents": {"source", "kind", "ordinal", "distributed"},
    "recommendations": {"ordinal", "label", "text", "source", "paragraph"},
    "resolution-citations": {"source", "paragraph", "resolution", "convention", "cited_paragraph"},
    "article-citations": {"source", "paragraph", "article", "article_paragraph", "subparagraph", "convention"},
    "document-citations": {"source", "paragraph", "symbol"},
    "attendance": {"ordinal", "state", "iso3", "kind"},
    "chairs": {"ordinal", "name", "state", "role"},
    "agenda": {"ordinal", "position", "title"},
    "panels": {"ordinal", "topic", "panelist"},
    "directory-statistics": {"as_of", "category", "count", "source"},
    "reaffirmations": {"ordinal", "reaffirmed", "symbol"},
    "provenance": {"statement", "source", "paragraph", "start", "end", "text"},
    "themes": {"broad", "theme", "level", "label_zh", "label_en", "recommendations", "suggestions"},
    "theme-trend": {"ordinal", "date", "theme", "level", "recommendations", "suggestions", "items"},
    "theme-tags": {"kind", "ordinal", "label", "theme", "method", "term", "evidence", "source", "paragraph"},
}

#: Values for the input parameters of the library (queries that need one to answer).
SAMPLE_INPUTS = {"term": "资产追回", "subject": "<https://w3id.org/uncac-kg/id/meeting/eg1/8>",
                 "recommendation": "<https://w3id.org/uncac-kg/id/meeting/eg1/8/recommendation/a>",
                 "theme": "expert-participation"}


@pytest.mark.parametrize("name", LIBRARY)
def test_every_query_has_a_header_and_answers(corpus: GraphStore, name: str) -> None:
    named = LIBRARY[name]
    assert named.title != name and named.description
    rows = select(corpus, name, **{p: SAMPLE_INPUTS[p] for p in named.inputs})
    assert rows, f"{name} returns nothing on the corpus"
    for param in named.parameters:
        assert param.name in rows[0], f"{name}: parameter {param.name} is not a result variable"


@pytest.mark.parametrize("name", CONTRACT)
def test_contract_variables(corpus: GraphStore, name: str) -> None:
    result = corpus.query(LIBRARY[name].text)
    assert CONTRACT[name] <= {v.value for v in result.variables}  # type: ignore[union-attr]


def test_a_parameter_filters_rows_whatever_binds_the_variable(corpus: GraphStore) -> None:
    everything = select(corpus, "resolution-citations")
    untoc = select(corpus, "resolution-citations", convention="UNTOC")
    assert untoc == [r for r in everything if r["convention"] == "UNTOC"]
    assert {r["resolution"] for r in untoc} == {"8/1", "9/1", "10/6"}
    cited_27 = select(corpus, "resolution-citations", cited_paragraph="27")
    assert [(r["resolution"], r["paragraph"]) for r in cited_27] == [("7/1", 29)]


def test_a_parameter_keeps_the_order(corpus: GraphStore) -> None:
    rows = select(corpus, "recommendations", ordinal="7")
    assert [r["label"] for r in rows] == list("abcdefghijk")


def test_parameter_values() -> None:
    from pyoxigraph import Literal, NamedNode

    from uncac_kg.graph.query.parameters import term

    assert term("<http://x/y>") == NamedNode("http://x/y")
    assert term('"司法协助"@zh') == Literal("司法协助", language="zh")
    assert term("8").datatype.value.endswith("#integer")  # type: ignore[union-attr]
    assert term("7/1") == Literal("7/1")


def test_provenance_traces_a_recommendation_to_its_text(corpus: GraphStore) -> None:
    rec = "<https://w3id.org/uncac-kg/id/meeting/eg1/8/recommendation/c>"
    rows = select(corpus, "provenance", subject=rec)
    assert rows and {r["source"] for r in rows} == {"eg1-08-2019-report.zh.txt"}
    texts = select(corpus, "SELECT ?text ?n ?s WHERE { ?p a ukg:Paragraph ; ukg:number ?n ; ukg:text ?text ; "
                           "dcterms:isPartOf/ukg:source ?s } ", n="47", s="eg1-08-2019-report.zh.txt")
    paragraph = texts[0]["text"]
    for row in rows:
        assert row["paragraph"] == 47
        assert paragraph[row["start"]:row["end"]] == row["text"]  # the span is the evidence
    assert any("双重犯罪" in r["text"] for r in rows)


def test_every_statement_points_into_its_place(corpus: GraphStore) -> None:
    rows = select(corpus, """
        SELECT ?statement ?start ?end ?evidence ?text WHERE {
          ?statement a ukg:Statement ; ukg:start ?start ; ukg:end ?end ; ukg:evidence ?evidence ;
                     prov:wasDerivedFrom/ukg:text ?text }""")
    assert len(rows) > 500
    wrong = [r["statement"] for r in rows if str(r["text"])[r["start"]:r["end"]] != r["evidence"]]
    assert not wrong, wrong[:5]


def test_paragraphs_about_a_topic(corpus: GraphStore) -> None:
    rows = select(corpus, "paragraphs-about", term="双重犯罪")
    assert rows and all("双重犯罪" in str(r["text"]) for r in rows)
    assert {(r["source"], r["paragraph"]) for r in rows} >= {("eg1-08-2019-report.zh.txt", 47)}
