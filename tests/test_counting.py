"""Counting every fact once: the naive SPARQL a researcher writes — no DISTINCT, no sub-selects —
gives the numbers of the golden facts, whether each report is loaded once or under several
file names, because the default graph is the merge of the documents' graphs as a set."""

from __future__ import annotations

import collections
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pyoxigraph import QuerySolutions

from uncac_kg.graph.ingest import BUNDLED_REPORTS, load_paths
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.ontology.iris import Iris

from helpers import ROOT

GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.json"))
REPORTS = [json.loads(p.read_text(encoding="utf-8")) for p in GOLDEN]

Counts = dict[str, int]


def rows(store: GraphStore, sparql: str) -> list[dict[str, str]]:
    result = store.query(sparql)
    assert isinstance(result, QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in result]


def grouped(store: GraphStore, sparql: str) -> Counts:
    return {r["key"]: int(r["n"]) for r in rows(store, sparql)}


def _recommendations() -> Counts:
    return {str(r["ordinal"]): len(r["recommendations"]) for r in REPORTS if r["recommendations"]}


def _attendance() -> Counts:
    return {str(r["ordinal"]): len({a["name"] for a in r["attendance"]}) for r in REPORTS if r["attendance"]}


def _directory_total() -> Counts:
    seen = {(d["as_of"], d["category"]): d["count"] for r in REPORTS for d in r["directory_statistics"]}
    return {"total": sum(seen.values())}


def _chairs() -> Counts:
    return {str(r["ordinal"]): len({c["name"] for c in r["chairs"]}) for r in REPORTS if r["chairs"]}


#: name → (the naive question, the answer from the golden facts)
QUESTIONS: dict[str, tuple[str, Callable[[], Counts]]] = {
    "recommendations per meeting": (
        "SELECT (STR(?o) AS ?key) (COUNT(?r) AS ?n) WHERE { ?r a ukg:Recommendation ; ukg:agreedAt ?m . "
        "?m ukg:ordinal ?o } GROUP BY ?o", _recommendations),
    "rows of the recommendation join": (
        "SELECT ?key (COUNT(*) AS ?n) WHERE { ?r a ukg:Recommendation ; ukg:agreedAt ?m . ?m ukg:ordinal ?o . "
        'BIND ("all" AS ?key) } GROUP BY ?key', lambda: {"all": sum(_recommendations().values())}),
    "participants per meeting": (
        "SELECT (STR(?o) AS ?key) (COUNT(?who) AS ?n) WHERE { ?p a ukg:Participation ; ukg:meeting ?m ; "
        "ukg:participant ?who . ?m ukg:ordinal ?o } GROUP BY ?o", _attendance),
    "sum of the directory's counts": (
        'SELECT ("total" AS ?key) (SUM(?count) AS ?n) WHERE { ?obs a ukg:DirectoryObservation ; ukg:count ?count }',
        _directory_total),
    "start dates of a meeting": (
        'SELECT ("8" AS ?key) (COUNT(?d) AS ?n) WHERE { ?m ukg:series/ukg:symbol "CAC/COSP/EG.1" ; '
        "ukg:ordinal 8 ; schema:startDate ?d }", lambda: {"8": 1}),
    "meetings of the series with a loaded document": (
        'SELECT ("all" AS ?key) (COUNT(?m) AS ?n) WHERE { ?m ukg:series/ukg:symbol "CAC/COSP/EG.1" . '
        "FILTER EXISTS { ?d a ukg:Document ; ukg:meeting ?m } }", lambda: {"all": len(REPORTS)}),
}


def load(tmp_path: Path, copies: int) -> GraphStore:
    """The bundled reports, each under ``copies`` file names."""
    folder = tmp_path / f"copies-{copies}"
    for report in sorted(BUNDLED_REPORTS.glob("*.txt")):
        for copy in range(copies):
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(report, folder / f"copy{copy:02d}-{report.name}")
    store = GraphStore.open(None)
    assert load_paths(store, [folder], iris=Iris(), workers=1).ok
    return store


@pytest.mark.parametrize("question", list(QUESTIONS))
def test_naive_questions_count_each_fact_once(corpus: GraphStore, question: str) -> None:
    sparql, expected = QUESTIONS[question]
    assert grouped(corpus, sparql) == expected()


def test_facts_stated_by_several_documents_are_counted_once(corpus: GraphStore) -> None:
    shared = rows(corpus, "SELECT ?s ?p ?o (COUNT(?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } "
                          "FILTER (isIRI(?s) && isIRI(?o)) } GROUP BY ?s ?p ?o HAVING (COUNT(?g) > 1) LIMIT 1")
    assert shared, "no triple is stated by two graphs: the test proves nothing"
    triple = " ".join(f"<{shared[0][k]}>" for k in "spo")
    assert grouped(corpus, f'SELECT ("t" AS ?key) (COUNT(*) AS ?n) WHERE {{ {triple} }}') == {"t": 1}
    graphs = grouped(corpus, f'SELECT ("t" AS ?key) (COUNT(?g) AS ?n) WHERE {{ GRAPH ?g {{ {triple} }} }}')
    assert graphs["t"] == int(shared[0]["graphs"]) > 1  # provenance stays per document


@pytest.mark.slow
def test_copies_under_other_names_change_no_answer(tmp_path: Path, corpus: GraphStore) -> None:
    twice = load(tmp_path, 2)
    for sparql, expected in QUESTIONS.values():
        assert grouped(twice, sparql) == expected()
    documents = rows(twice, "SELECT ?d WHERE { ?d a ukg:Document }")
    assert len(documents) == len(REPORTS)


def test_several_default_graphs_are_refused_not_multiplied(corpus: GraphStore) -> None:
    from uncac_kg.errors import BadRequest
    from uncac_kg.graph.store.embedded import Dataset

    graphs = [r["g"] for r in rows(corpus, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a ukg:Document } } LIMIT 2")]
    with pytest.raises(BadRequest, match="set"):
        corpus.query(f"SELECT * FROM <{graphs[0]}> FROM <{graphs[1]}> WHERE {{ ?s ?p ?o }}")
    with pytest.raises(BadRequest, match="default-graph-uri"):
        corpus.query("SELECT * WHERE { ?s ?p ?o }", dataset=Dataset(default_graphs=tuple(graphs)))
    one = corpus.query(f"SELECT (COUNT(*) AS ?n) FROM <{graphs[0]}> FROM NAMED <{graphs[1]}> WHERE {{ ?s ?p ?o }}")
    assert isinstance(one, QuerySolutions) and int(next(iter(one))["n"].value) > 0


def test_replacing_a_document_keeps_what_another_document_states(tmp_path: Path) -> None:
    from pyoxigraph import Literal, NamedNode, Quad

    store = GraphStore.open(None)
    a, b = NamedNode("urn:doc:a"), NamedNode("urn:doc:b")
    shared = (NamedNode("urn:m"), NamedNode("urn:p"), Literal("both"))
    only_a = (NamedNode("urn:m"), NamedNode("urn:p"), Literal("a"))
    store.replace_graphs({a: [Quad(*shared, a), Quad(*only_a, a)], b: [Quad(*shared, b)]})
    store.replace_graph(a, [Quad(NamedNode("urn:m"), NamedNode("urn:p"), Literal("a2"), a)])
    default = collections.Counter(r["o"] for r in rows(store, "SELECT ?o WHERE { <urn:m> <urn:p> ?o }"))
    assert default == {"both": 1, "a2": 1}
    store.remove_graph(b)
    assert {r["o"] for r in rows(store, "SELECT ?o WHERE { <urn:m> <urn:p> ?o }")} == {"a2"}
