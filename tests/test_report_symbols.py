"""Report symbols found elsewhere: the 7th report states no symbol, the 8th lists
CAC/COSP/EG.1/2018/4 as the 7th meeting's report (¶46) and so does the reference table; the
loaded 7th report carries it, in a derived graph that says where it was found."""

from __future__ import annotations

import shutil
from pathlib import Path

from fastapi.testclient import TestClient
from pyoxigraph import Literal, NamedNode, Quad

from uncac_kg.api.app import create_app
from uncac_kg.graph.derived import report_symbols
from uncac_kg.graph.ingest import BUNDLED_REPORTS, load_paths
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.ontology.iris import DEFAULT_BASE, Iris
from uncac_kg.ontology.vocabulary import C, P
from uncac_kg.settings import Settings

from helpers import select

SEVENTH = f"{DEFAULT_BASE}document/eg1/7/report/zh"
SYMBOL = "CAC/COSP/EG.1/2018/4"


def _load(tmp_path: Path, *names: str) -> GraphStore:
    for name in names:
        shutil.copyfile(BUNDLED_REPORTS / name, tmp_path / name)
    store = GraphStore.open(None)
    assert load_paths(store, [tmp_path], iris=Iris(), workers=1).ok
    return store


def test_the_seventh_report_carries_the_symbol_the_eighth_gives(corpus: GraphStore) -> None:
    rows = {r["ordinal"]: r for r in select(corpus, "documents")}
    assert rows[7]["symbol"] == SYMBOL
    assert rows[7]["symbol_from"] == "listed in eg1-08-2019-report.zh.txt ¶46; reference data (expert_meetings.csv)"
    assert (rows[6]["symbol"], rows[6]["symbol_from"]) == ("CAC/COSP/EG.1/2017/3", "its text")
    assert rows[8]["symbol"] is None and rows[8]["symbol_from"] is None  # no source gives it


def test_document_citations_of_the_symbol_reach_the_loaded_report(corpus: GraphStore) -> None:
    rows = select(corpus, "document-citations", symbol=SYMBOL)
    assert [(r["source"], r["paragraph"], r["document"]) for r in rows] == [
        ("eg1-08-2019-report.zh.txt", 46, SEVENTH)]


def test_the_found_symbol_is_in_the_derived_graph_with_its_provenance(corpus: GraphStore) -> None:
    graphs = {r["g"] for r in select(corpus, f'SELECT ?g WHERE {{ GRAPH ?g {{ <{SEVENTH}> ukg:symbol "{SYMBOL}" }} }}')}
    assert graphs == {f"{DEFAULT_BASE}graph/symbols"}  # never in the report's own graph
    sources = {r["from"] for r in select(corpus, f"""
        SELECT ?from WHERE {{ ?a a ukg:SymbolAttribution ; ukg:about <{SEVENTH}> ; ukg:symbol "{SYMBOL}" ;
                                 prov:wasDerivedFrom ?from }}""")}
    assert sources == {f"{DEFAULT_BASE}graph/reference", f"{DEFAULT_BASE}document/eg1/8/report/zh/para/46/reaffirms/7"}
    evidence = select(corpus, f"SELECT ?e WHERE {{ <{DEFAULT_BASE}document/eg1/8/report/zh/para/46/reaffirms/7> "
                              "ukg:evidence ?e }")
    assert SYMBOL in evidence[0]["e"]


def test_entity_pages_link_the_symbol_and_the_report(corpus: GraphStore) -> None:
    client = TestClient(create_app(Settings(store=Path("unused")), store=corpus))
    html = {"Accept": "text/html"}
    work = client.get(f"/id/document/{SYMBOL}", headers=html)
    assert work.status_code == 200 and 'href="/id/document/eg1/7/report/zh"' in work.text
    report = client.get("/id/document/eg1/7/report/zh", headers=html)
    assert SYMBOL in report.text and f'href="/id/document/{SYMBOL}"' in report.text


def test_the_reference_data_alone_gives_it(tmp_path: Path) -> None:
    store = _load(tmp_path, "eg1-07-2018-report.zh.txt")
    [row] = select(store, "documents")
    assert (row["symbol"], row["symbol_from"]) == (SYMBOL, "reference data (expert_meetings.csv)")


def test_sources_that_disagree_give_no_symbol() -> None:
    iris = Iris()
    store = GraphStore.open(None)
    report, meeting = NamedNode(SEVENTH), iris.meeting("eg1", 7)
    store.replace_graph(report, [Quad(report, P.type, C.Report, report), Quad(report, P.meeting, meeting, report)])
    for name, symbol in (("a", "CAC/COSP/EG.1/2018/4"), ("b", "CAC/COSP/EG.1/2018/5")):
        graph, work = NamedNode(f"urn:doc:{name}"), iris.un_document(symbol)
        store.replace_graph(graph, [Quad(meeting, P.report, work, graph), Quad(work, P.symbol, Literal(symbol), graph)])
    summary = report_symbols.recompute(store, iris)
    assert (summary.found, summary.conflicting) == (0, 1)
    assert not select(store, f"SELECT ?s WHERE {{ <{SEVENTH}> ukg:symbol ?s }}")


def test_a_symbol_the_text_states_is_not_found_elsewhere(tmp_path: Path) -> None:
    store = _load(tmp_path, "eg1-06-2017-report.zh.txt")
    assert not select(store, "SELECT ?a WHERE { ?a a ukg:SymbolAttribution }")
