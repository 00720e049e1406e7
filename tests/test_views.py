"""Graph views: each view in each format, read back by another implementation."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from uncac_kg.api.app import create_app
from uncac_kg.graph.output.formats import Format, write_view
from uncac_kg.graph.output.views import View, build
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.settings import Settings

from helpers import golden_facts, select

VIEWS = [v for v in View if v is not View.CUSTOM]


@pytest.fixture(scope="module")
def graphs(corpus: GraphStore) -> dict[View, nx.Graph]:
    return {view: build(corpus, view) for view in VIEWS}


def read_back(data: bytes, fmt: Format, directed: bool) -> tuple[int, int]:
    if fmt is Format.GRAPHML:
        g = nx.read_graphml(io.BytesIO(data))
    elif fmt is Format.GEXF:
        g = nx.read_gexf(io.BytesIO(data))
    elif fmt is Format.JSON:
        g = nx.node_link_graph(json.loads(data), edges="links")
    elif fmt is Format.CYJS:
        g = nx.cytoscape_graph(json.loads(data))
    elif fmt is Format.CSV:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            nodes = archive.read("nodes.csv").decode().strip().splitlines()
            edges = archive.read("edges.csv").decode().strip().splitlines()
        return len(nodes) - 1, len(edges) - 1
    else:
        text = data.decode()
        arrow = " -> " if directed else " -- "
        return sum(1 for line in text.splitlines() if line.endswith("];") and arrow not in line), \
            sum(1 for line in text.splitlines() if arrow in line)
    return g.number_of_nodes(), g.number_of_edges()


@pytest.mark.parametrize("fmt", list(Format))
@pytest.mark.parametrize("view", VIEWS)
def test_every_view_in_every_format_reads_back(graphs: dict[View, nx.Graph], view: View, fmt: Format) -> None:
    g = graphs[view]
    assert g.number_of_nodes() > 0
    buffer = io.BytesIO()
    write_view(g, buffer, format=fmt)
    assert read_back(buffer.getvalue(), fmt, g.is_directed()) == (g.number_of_nodes(), g.number_of_edges())


def test_nodes_have_labels_and_kinds(graphs: dict[View, nx.Graph]) -> None:
    for g in graphs.values():
        for node, data in g.nodes(data=True):
            assert node.startswith(("https://", '"')) and data["label_zh"] and data["label_en"] and data["kind"]


def test_meetings_have_short_labels_in_both_languages(graphs: dict[View, nx.Graph]) -> None:
    """"8th (2019)", not the meeting's 125-character name: ordinal and year, from the golden facts."""
    expected = {g["ordinal"]: g["start"][:4] for g in golden_facts()}
    g = graphs[View.CITATIONS]
    found = {d["ordinal"]: (d["short_en"], d["short_zh"]) for _, d in g.nodes(data=True) if d["kind"] == "meeting"}
    assert found == {n: (f"{n}th ({year})", f"第{n}次（{year}年）") for n, year in expected.items()}
    for view_graph in graphs.values():
        for _, data in view_graph.nodes(data=True):
            assert data["short_en"] and data["short_zh"] and len(data["short_en"]) <= max(60, len(data["label_en"]))


def _conventions(g: nx.Graph) -> dict[str, str]:
    """Resolution (short label) → convention, as the view says."""
    return {d["short_en"].rsplit(" ", 1)[-1]: d.get("convention", "") for _, d in g.nodes(data=True)
            if d["kind"] == "resolution"}


def test_resolutions_say_which_convention(graphs: dict[View, nx.Graph]) -> None:
    """A resolution of the UNTOC COP (8/1, 9/1, 10/6 in the corpus) is not a CoSP one: the
    views say which conference, by a ``convention`` attribute and in the short label."""
    expected = {c["resolution"]: c["convention"] for g in golden_facts() for c in g["resolution_citations"]}
    assert "UNTOC" in expected.values() and "UNCAC" in expected.values()
    g = graphs[View.CITATIONS]
    assert _conventions(g) == expected
    for _, data in g.nodes(data=True):
        if data.get("convention") == "UNTOC":
            assert data["short_en"].startswith("UNTOC COP ") and "缔约方会议" in data["short_zh"]


@pytest.mark.parametrize("fmt", list(Format))
def test_the_convention_is_in_every_format(graphs: dict[View, nx.Graph], fmt: Format) -> None:
    expected = {c["resolution"]: c["convention"] for g in golden_facts() for c in g["resolution_citations"]}
    buffer = io.BytesIO()
    write_view(graphs[View.CITATIONS], buffer, format=fmt)
    data = buffer.getvalue()
    if fmt is Format.GRAPHML:
        nodes = nx.read_graphml(io.BytesIO(data)).nodes(data=True)
    elif fmt is Format.GEXF:
        nodes = nx.read_gexf(io.BytesIO(data)).nodes(data=True)
    elif fmt is Format.JSON:
        nodes = nx.node_link_graph(json.loads(data), edges="links").nodes(data=True)
    elif fmt is Format.CYJS:
        nodes = nx.cytoscape_graph(json.loads(data)).nodes(data=True)
    elif fmt is Format.CSV:
        import csv

        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            rows = list(csv.DictReader(io.StringIO(archive.read("nodes.csv").decode())))
        nodes = [(r["id"], r) for r in rows]
    else:
        import re

        nodes = [(m.group(1), dict(re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', m.group(2))))
                 for m in re.finditer(r'^  "([^"]+)" \[(.*)\];$', data.decode(), re.MULTILINE)]
    found = {d["short_en"].rsplit(" ", 1)[-1]: d.get("convention", "") for _, d in nodes if d["kind"] == "resolution"}
    assert found == expected


def test_citation_counts_agree_with_sparql(corpus: GraphStore, graphs: dict[View, nx.Graph]) -> None:
    rows = select(corpus, """
        SELECT (COUNT(DISTINCT ?place) AS ?n) WHERE {
          ?doc ukg:meeting <https://w3id.org/uncac-kg/id/meeting/eg1/8> .
          ?place dcterms:isPartOf ?doc ; dcterms:references ?part .
          ?part (dcterms:isPartOf)* <https://w3id.org/uncac-kg/id/convention/uncac/article/46> }""")
    g = graphs[View.CITATIONS]
    edge = g.edges["https://w3id.org/uncac-kg/id/meeting/eg1/8",
                   "https://w3id.org/uncac-kg/id/convention/uncac/article/46"]
    assert edge["weight"] == rows[0]["n"] > 0


def test_attendance_is_bipartite_with_iso_codes(graphs: dict[View, nx.Graph]) -> None:
    g = graphs[View.ATTENDANCE]
    assert nx.is_bipartite(g)
    china = "https://w3id.org/uncac-kg/id/state/chn"
    assert g.nodes[china]["iso3"] == "CHN" and g.nodes[china]["group"] == "Asia-Pacific"
    assert g.degree[china] == 4  # the four meetings with an attendance list


def test_themes_view_is_weighted_as_the_theme_trend(corpus: GraphStore, graphs: dict[View, nx.Graph]) -> None:
    g = graphs[View.THEMES]
    assert nx.is_bipartite(g)
    trend = {(r["iri"], r["meeting"]): r["items"] for r in select(corpus, "theme-trend")
             if r["level"] == "narrow" and r["items"]}
    edges = {(t, m) if g.nodes[t]["kind"] == "theme" else (m, t): w for t, m, w in g.edges(data="weight")}
    assert edges == trend and len(edges) > 30
    theme = "https://w3id.org/uncac-kg/id/theme/untoc-coordination"
    assert g.nodes[theme]["broad"] == "meetings-coordination" and g.nodes[theme]["label_en"].startswith("coordination")


def test_gexf_carries_meeting_dates(graphs: dict[View, nx.Graph]) -> None:
    buffer = io.BytesIO()
    write_view(graphs[View.CITATIONS], buffer, format=Format.GEXF)
    text = buffer.getvalue().decode()
    assert 'mode="dynamic"' in text and 'start="2019-05-31"' in text and 'version="1.3"' in text


def test_empty_store_gives_empty_views() -> None:
    empty = GraphStore.open(None)
    for view in VIEWS:
        assert build(empty, view).number_of_nodes() == 0


def test_custom_view(corpus: GraphStore) -> None:
    g = build(corpus, View.CUSTOM, sparql="SELECT ?a ?b WHERE { ?a ukg:reaffirms ?b }")
    reaffirmed = {(g["ordinal"], r["reaffirmed"]) for g in golden_facts() for r in g["reaffirmations"]}
    assert g.number_of_edges() == len(reaffirmed)
    with pytest.raises(ValueError, match="2 or 3 variables"):
        build(corpus, View.CUSTOM, sparql="SELECT ?a WHERE { ?a ukg:reaffirms ?b }")


def test_api_export(corpus: GraphStore) -> None:
    client = TestClient(create_app(Settings(store="unused"), store=corpus))
    response = client.get("/export/citations", params={"format": "graphml"})
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    assert nx.read_graphml(io.BytesIO(response.content)).number_of_edges() > 10
    assert client.get("/export/nosuch").status_code == 422


@pytest.mark.parametrize("view", VIEWS)
def test_graphml_reads_in_igraph(graphs: dict[View, nx.Graph], view: View, tmp_path: Path) -> None:
    import igraph

    path = tmp_path / f"{view.value}.graphml"
    with path.open("wb") as handle:
        write_view(graphs[view], handle, format=Format.GRAPHML)
    g = igraph.Graph.Read_GraphML(str(path))
    assert (g.vcount(), g.ecount()) == (graphs[view].number_of_nodes(), graphs[view].number_of_edges())
    assert "label_zh" in g.vs.attributes()


def test_export_refuses_to_name_a_zip_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``export --format csv -o x.csv`` would write a ZIP under a .csv name: it is refused, in one line,
    before any work (no store is opened)."""
    from uncac_kg.cli import main

    code = main(["export", "citations", "--format", "csv", "-o", str(tmp_path / "x.csv")],
                env={"UNCAC_KG_STORE": str(tmp_path / "no-store")})
    assert code == 2 and not (tmp_path / "x.csv").exists() and not (tmp_path / "no-store").exists()
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "ZIP" in line and "-o " + str(tmp_path / "x.zip") in line
