"""GEXF 1.3: every view's export is valid by the official schema (a copy in tests/data/gexf-1.3,
CC BY 4.0) and says what the graph says: its nodes and edges, typed attributes, and the
meeting dates as time where the 1.3 primer puts it (``start``/``end`` on ``<node>``, or spells)."""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from lxml import etree

from uncac_kg.api.app import create_app
from uncac_kg.graph.output.formats import Format, write_view
from uncac_kg.graph.output.views import View, build
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.settings import Settings

from helpers import select

SCHEMA = Path(__file__).resolve().parent / "data" / "gexf-1.3" / "gexf.xsd"
NS = "{http://gexf.net/1.3}"

#: Custom views: a SELECT with a weight, and a CONSTRUCT whose literal objects (node ids in
#: quotes) carry Chinese text, quotes, ampersands and angle brackets.
CUSTOM = {
    "custom-select": "SELECT ?a ?b ?ordinal WHERE { ?a ukg:reaffirms ?b . ?b ukg:ordinal ?ordinal }",
    "custom-construct": """
        CONSTRUCT { ?m rdfs:label ?zh ; rdfs:comment ?note } WHERE {
          ?doc ukg:meeting ?m . ?m ukg:ordinal ?n ; rdfs:label ?zh FILTER (lang(?zh) = "zh")
          BIND (CONCAT("第", STR(?n), "次 \\"R&D\\" <'会议'> & more") AS ?note) }""",
}
CASES = [v.value for v in View if v is not View.CUSTOM] + list(CUSTOM)

#: For each dynamic view, the dates its time-bearing nodes carry, straight from the RDF graph:
#: node → (start, end).
MEETING_DATES = """
    SELECT DISTINCT ?node ?start ?end WHERE {
      ?doc a ukg:Document ; ukg:meeting ?node . ?node ukg:ordinal ?ordinal .
      OPTIONAL { ?node schema:startDate ?start } OPTIONAL { ?node schema:endDate ?end } }"""
ITEM_DATES = """
    SELECT DISTINCT ?node ?start WHERE {
      { ?node a ukg:Recommendation ; ukg:agreedAt|ukg:proposedAt ?meeting }
      UNION { ?node a ukg:Suggestion ; ukg:suggestedFor ?meeting }
      ?meeting schema:startDate ?start ; ukg:ordinal ?ordinal }"""
DATED = {"citations": MEETING_DATES, "lineage": MEETING_DATES, "attendance": MEETING_DATES,
         "recurrence": ITEM_DATES, "themes": MEETING_DATES}

PYTHON_TYPE = {bool: "boolean", int: "long", float: "double", str: "string"}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


@pytest.fixture(scope="module")
def exports(corpus: GraphStore) -> dict[str, tuple[nx.Graph, bytes]]:
    out = {}
    for case in CASES:
        g = build(corpus, View.CUSTOM, sparql=CUSTOM[case]) if case in CUSTOM else build(corpus, View(case))
        buffer = io.BytesIO()
        write_view(g, buffer, format=Format.GEXF)
        out[case] = (g, buffer.getvalue())
    return out


def typed(value: str, type_: str) -> Any:
    """An attvalue as the Python value its declared type says, failing on a malformed one."""
    if type_ == "long":
        assert re.fullmatch(r"-?\d+", value), value
        return int(value)
    if type_ == "double":
        return float(value)
    if type_ == "boolean":
        return {"true": True, "false": False}[value]
    assert type_ == "string", type_
    return value


def attvalues(element: etree._Element, declared: dict[str, tuple[str, str]]) -> dict[str, Any]:
    values = {}
    for attvalue in element.iterfind(f"{NS}attvalues/{NS}attvalue"):
        title, type_ = declared[attvalue.get("for")]
        values[title] = typed(attvalue.get("value"), type_)
    return values


def declarations(graph: etree._Element, cls: str) -> dict[str, tuple[str, str]]:
    """attribute id → (title, type) for the class ``node`` or ``edge``."""
    return {a.get("id"): (a.get("title"), a.get("type"))
            for attributes in graph.iterfind(f"{NS}attributes[@class='{cls}']")
            for a in attributes.iterfind(f"{NS}attribute")}


def times(node: etree._Element) -> set[tuple[dt.date | None, dt.date | None]]:
    """The node's intervals: ``start``/``end`` on the element, and its spells (the 1.3 primer)."""
    def date(value: str | None) -> dt.date | None:
        return dt.date.fromisoformat(value) if value is not None else None

    found = set()
    if node.get("start") is not None or node.get("end") is not None:
        found.add((date(node.get("start")), date(node.get("end"))))
    for spell in node.iterfind(f"{NS}spells/{NS}spell"):
        found.add((date(spell.get("start")), date(spell.get("end"))))
    return found


@pytest.mark.parametrize("case", CASES)
def test_valid_by_the_official_schema(exports: dict[str, tuple[nx.Graph, bytes]], schema: etree.XMLSchema,
                                      case: str) -> None:
    _, data = exports[case]
    schema.assertValid(etree.parse(io.BytesIO(data)))


@pytest.mark.parametrize("case", CASES)
def test_nodes_edges_and_attributes_are_the_graphs(exports: dict[str, tuple[nx.Graph, bytes]], case: str) -> None:
    g, data = exports[case]
    graph = etree.parse(io.BytesIO(data)).getroot().find(f"{NS}graph")
    assert graph.get("defaultedgetype") == ("directed" if g.is_directed() else "undirected")
    node_types, edge_types = declarations(graph, "node"), declarations(graph, "edge")

    nodes = {n.get("id"): n for n in graph.iterfind(f"{NS}nodes/{NS}node")}
    assert len(nodes) == len(list(graph.iterfind(f"{NS}nodes/{NS}node"))) == g.number_of_nodes() > 0
    assert set(nodes) == set(g.nodes)
    for node_id, element in nodes.items():
        expected = {k: v for k, v in g.nodes[node_id].items() if k not in ("start", "end")}
        assert element.get("label") == expected.get("short_en", expected["label_en"])  # the short label is drawn
        assert attvalues(element, node_types) == expected
    for title, type_ in node_types.values():  # each column's declared type is its values' type
        assert {PYTHON_TYPE[type(v)] for _, v in g.nodes(data=title) if v is not None} == {type_}, title

    edges = list(graph.iterfind(f"{NS}edges/{NS}edge"))
    assert len(edges) == g.number_of_edges() > 0
    for element in edges:
        expected = dict(g.edges[element.get("source"), element.get("target")])
        if "weight" in expected:
            assert float(element.get("weight")) == expected.pop("weight")
        else:
            assert element.get("weight") is None
        assert attvalues(element, edge_types) == expected
    for title, type_ in edge_types.values():
        assert {PYTHON_TYPE[type(v)] for *_, v in g.edges(data=title) if v is not None} == {type_}, title
    pair = tuple if g.is_directed() else frozenset
    assert {pair((e.get("source"), e.get("target"))) for e in edges} == {pair(e) for e in g.edges}


def test_text_with_chinese_quotes_and_ampersands_stays_as_it_was(exports: dict[str, tuple[nx.Graph, bytes]]) -> None:
    g, data = exports["custom-construct"]
    ids = {n.get("id") for n in etree.parse(io.BytesIO(data)).iter(f"{NS}node")}
    notes = {n for n in g.nodes if '"R&D"' in n and "<'会议'>" in n}
    assert notes and notes <= ids and set(g.nodes) == ids
    assert any("联合国反腐败公约" in n for n in ids)


@pytest.mark.parametrize("case", sorted(DATED))
def test_meeting_dates_are_the_timeline(exports: dict[str, tuple[nx.Graph, bytes]], corpus: GraphStore,
                                        case: str) -> None:
    g, data = exports[case]
    graph = etree.parse(io.BytesIO(data)).getroot().find(f"{NS}graph")
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    # time is the nodes' lifetime, not an ordinary column nor a dynamic attribute value
    assert not {t for t, _ in declarations(graph, "node").values()} & {"start", "end"}
    assert all(v.get("start") is None and v.get("end") is None for v in graph.iter(f"{NS}attvalue"))

    found = {n.get("id"): times(n) for n in graph.iterfind(f"{NS}nodes/{NS}node")}
    expected = {row["node"]: (row["start"], row.get("end")) for row in select(corpus, DATED[case])}
    assert {n: t for n, t in found.items() if t} == {n: {t} for n, t in expected.items()}
    assert len(found) == g.number_of_nodes() and expected.keys() <= found.keys()
    assert len({start for start, _ in expected.values()}) > 1  # a timeline, not one instant


@pytest.mark.parametrize("case", ["co-citation", *CUSTOM])
def test_views_without_dates_are_static(exports: dict[str, tuple[nx.Graph, bytes]], case: str) -> None:
    graph = etree.parse(io.BytesIO(exports[case][1])).getroot().find(f"{NS}graph")
    assert graph.get("mode") == "static" and graph.get("timeformat") is None
    assert not any(times(n) for n in graph.iter(f"{NS}node"))


def test_odd_values_still_give_valid_gexf(schema: etree.XMLSchema) -> None:
    """Control characters, month-precision and dateTime dates, a value that is no date, mixed
    numbers, booleans and non-finite weights: each written in a form the schema accepts."""
    g = nx.Graph(view="odd")
    g.add_node("a\x01b", start="2020-09", end="2020-09", flag=True, size=1)
    g.add_node("c", start="2021-02-03T10:00:00Z", end="sometime", flag=False, size=2.5)
    g.add_edge("a\x01b", "c", weight=math.nan)
    buffer = io.BytesIO()
    write_view(g, buffer, format=Format.GEXF)
    document = etree.parse(io.BytesIO(buffer.getvalue()))
    schema.assertValid(document)
    graph = document.getroot().find(f"{NS}graph")
    nodes = {n.get("id"): n for n in graph.iter(f"{NS}node")}
    assert set(nodes) == {"a\ufffdb", "c"}
    assert times(nodes["a\ufffdb"]) == {(dt.date(2020, 9, 1), dt.date(2020, 9, 30))}
    assert times(nodes["c"]) == {(dt.date(2021, 2, 3), None)}
    declared = declarations(graph, "node")
    assert sorted(declared.values()) == [("end", "string"), ("flag", "boolean"), ("size", "double")]
    assert attvalues(nodes["c"], declared) == {"end": "sometime", "flag": False, "size": 2.5}
    assert math.isnan(float(graph.find(f"{NS}edges/{NS}edge").get("weight")))


def test_api_export_is_valid(corpus: GraphStore, schema: etree.XMLSchema) -> None:
    client = TestClient(create_app(Settings(store="unused"), store=corpus))
    response = client.get("/export/lineage", params={"format": "gexf"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/gexf+xml")
    schema.assertValid(etree.parse(io.BytesIO(response.content)))
