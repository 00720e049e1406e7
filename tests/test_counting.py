"""Counting every fact once: the naive SPARQL a researcher writes — no DISTINCT, no sub-selects —
gives the numbers of the golden facts, whether each report is loaded once or under several
file names, because the default graph is the merge of the documents' graphs as a set."""

from __future__ import annotations

import collections
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pyoxigraph import QuerySolutions, Variable

from uncac_kg.graph.ingest import BUNDLED_REPORTS, load_paths
from uncac_kg.graph.query import library as queries
from uncac_kg.graph.query.parameters import term
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.ontology.iris import DEFAULT_BASE, Iris

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


def _recommendations(status: str = "agreed") -> Counts:
    """Per meeting, its recommendations of ``status`` in the golden facts (agreed by default)."""
    counts = {str(r["ordinal"]): sum(x.get("status", "agreed") == status for x in r["recommendations"])
              for r in REPORTS}
    return {k: n for k, n in counts.items() if n}


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
    "proposals per meeting": (
        "SELECT (STR(?o) AS ?key) (COUNT(?r) AS ?n) WHERE { ?r a ukg:Proposal ; ukg:proposedAt ?m . "
        "?m ukg:ordinal ?o } GROUP BY ?o", lambda: _recommendations("proposed")),
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


def load(folder: Path, copies: int) -> GraphStore:
    """The bundled reports, each under ``copies`` file names (``copy00-…``); how long that takes
    against one copy is ``bench/copies.py``'s question, not a test's."""
    folder = folder / f"copies-{copies}"
    folder.mkdir(parents=True)
    for report in sorted(BUNDLED_REPORTS.glob("*.txt")):
        for copy in range(copies):
            shutil.copyfile(report, folder / f"copy{copy:02d}-{report.name}")
    store = GraphStore.open(None)
    assert load_paths(store, [folder], iris=Iris()).ok
    return store


#: Values for the input parameters of the library's queries (the API's run with theirs free: all rows).
INPUTS = {"term": '"司法协助"', "subject": f"<{DEFAULT_BASE}meeting/eg1/8>", "theme": '"dual-criminality"',
          "recommendation": f"<{DEFAULT_BASE}meeting/eg1/8/recommendation/a>"}
_COPY = re.compile(r"copy\d\d-")


def answers(store: GraphStore) -> dict[str, collections.Counter[tuple[str | None, ...]]]:
    """Every library and API query's rows (as a multiset; file names without their ``copyNN-``),
    and the naive questions' answers."""
    out = {}
    named = {**queries.library(), **{f"api/{k}": v for k, v in queries.library(queries.LIBRARY / "api").items()}}
    for name, query in named.items():
        bound = {} if name.startswith("api/") else {Variable(p): term(INPUTS[p]) for p in query.inputs}
        result = store.query(query.text, params=bound, inputs=query.inputs)
        assert isinstance(result, QuerySolutions)
        out[name] = collections.Counter(tuple(None if row[v] is None else _COPY.sub("", str(row[v]))
                                              for v in result.variables) for row in result)
    for question, (sparql, _) in QUESTIONS.items():
        out[question] = collections.Counter(grouped(store, sparql).items())  # type: ignore[arg-type]
    return out


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> dict[int, GraphStore]:
    folder = tmp_path_factory.mktemp("copies")
    return {n: load(folder, n) for n in (1, 2, 16)}


@pytest.mark.parametrize("question", list(QUESTIONS))
def test_naive_questions_count_each_fact_once(corpus: GraphStore, question: str) -> None:
    sparql, expected = QUESTIONS[question]
    assert grouped(corpus, sparql) == expected()


def test_the_query_pages_starter_counts_right(corpus: GraphStore) -> None:
    from uncac_kg.api.site import _STARTER

    assert "DISTINCT ?" not in _STARTER
    answer = {r["ordinal"]: int(r["recommendations"]) for r in rows(corpus, _STARTER)}
    assert answer == _recommendations()


def test_facts_stated_by_several_documents_are_counted_once(corpus: GraphStore) -> None:
    shared = rows(corpus, "SELECT ?s ?p ?o (COUNT(?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } "
                          "FILTER (isIRI(?s) && isIRI(?o)) } GROUP BY ?s ?p ?o HAVING (COUNT(?g) > 1) LIMIT 1")
    assert shared, "no triple is stated by two graphs: the test proves nothing"
    triple = " ".join(f"<{shared[0][k]}>" for k in "spo")
    assert grouped(corpus, f'SELECT ("t" AS ?key) (COUNT(*) AS ?n) WHERE {{ {triple} }}') == {"t": 1}
    graphs = grouped(corpus, f'SELECT ("t" AS ?key) (COUNT(?g) AS ?n) WHERE {{ GRAPH ?g {{ {triple} }} }}')
    assert graphs["t"] == int(shared[0]["graphs"]) > 1  # provenance stays per document


@pytest.mark.slow
@pytest.mark.parametrize("n", [1, 2, 16])
def test_copies_under_other_names_change_no_answer(copies: dict[int, GraphStore], corpus: GraphStore,
                                                   n: int) -> None:
    store = copies[n]
    expected, got = answers(corpus), answers(store)
    assert got.keys() == expected.keys()
    assert [name for name in expected if got[name] != expected[name]] == []
    for sparql, counts in QUESTIONS.values():
        assert grouped(store, sparql) == counts()
    assert len(rows(store, "SELECT ?d WHERE { ?d a ukg:Document }")) == len(REPORTS)
    assert len(store) == len(corpus)



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
