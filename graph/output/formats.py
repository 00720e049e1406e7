"""Writing graph views in the formats visualisation tools read.

GraphML (Gephi, yEd, Cytoscape desktop) is written by networkx; GEXF 1.3 (Gephi;
time-bearing nodes carry their dates, so Gephi's timeline plays the sequence of
meetings) by ``gexf.py``, valid by the official schema; Cytoscape.js JSON and
node-link JSON (D3) by networkx's JSON helpers; DOT and the CSV node and edge lists
(a ZIP of ``nodes.csv`` and ``edges.csv``) here.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from enum import StrEnum
from typing import IO, TYPE_CHECKING, Any

from .gexf import write_gexf

if TYPE_CHECKING:
    import networkx as nx


class Format(StrEnum):
    GRAPHML = "graphml"
    GEXF = "gexf"
    CYJS = "cyjs"
    JSON = "json"
    DOT = "dot"
    CSV = "csv"

    @property
    def media_type(self) -> str:
        return {
            Format.GRAPHML: "application/graphml+xml", Format.GEXF: "application/gexf+xml",
            Format.CYJS: "application/json", Format.JSON: "application/json",
            Format.DOT: "text/vnd.graphviz", Format.CSV: "application/zip",
        }[self]

    @property
    def extension(self) -> str:
        return {Format.CYJS: "cyjs.json", Format.JSON: "json", Format.CSV: "csv.zip"}.get(self, self.value)


def _scalar(value: Any) -> str | int | float | bool:
    return value if isinstance(value, str | int | float | bool) else str(value)


def _clean(g: nx.Graph) -> nx.Graph:
    """A copy whose attributes are all scalars, with a display label for every node (its short label)."""
    h = g.copy()
    for _, data in h.nodes(data=True):
        for key in [k for k, v in data.items() if v is None]:
            del data[key]
        data.update({k: _scalar(v) for k, v in data.items()})
        data.setdefault("label", data.get("short_en") or data.get("label_en") or data.get("label_zh") or "")
    for *_, data in h.edges(data=True):
        for key in [k for k, v in data.items() if v is None]:
            del data[key]
        data.update({k: _scalar(v) for k, v in data.items()})
    h.graph = {k: _scalar(v) for k, v in h.graph.items() if v is not None}
    return h


def write_view(g: nx.Graph, output: IO[bytes], *, format: Format) -> None:
    import networkx as nx
    h = _clean(g)
    if format is Format.GRAPHML:
        nx.write_graphml(h, output, encoding="utf-8")
    elif format is Format.GEXF:
        write_gexf(h, output)
    elif format is Format.CYJS:
        output.write(json.dumps(nx.cytoscape_data(h), ensure_ascii=False, indent=1).encode("utf-8"))
    elif format is Format.JSON:
        output.write(json.dumps(nx.node_link_data(h, edges="links"), ensure_ascii=False, indent=1).encode("utf-8"))
    elif format is Format.DOT:
        output.write(dot(h).encode("utf-8"))
    else:
        output.write(csv_zip(h))


def _quote(value: Any) -> str:
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def dot(g: nx.Graph) -> str:
    arrow = "->" if g.is_directed() else "--"
    lines = [f"{'digraph' if g.is_directed() else 'graph'} {_quote(g.graph.get('view', 'view'))} {{"]
    for node, data in g.nodes(data=True):
        attrs = ", ".join(f"{k}={_quote(v)}" for k, v in sorted(data.items()))
        lines.append(f"  {_quote(node)} [{attrs}];")
    for source, target, data in g.edges(data=True):
        attrs = ", ".join(f"{k}={_quote(v)}" for k, v in sorted(data.items()))
        lines.append(f"  {_quote(source)} {arrow} {_quote(target)} [{attrs}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def csv_zip(g: nx.Graph) -> bytes:
    node_keys = sorted({k for _, data in g.nodes(data=True) for k in data})
    edge_keys = sorted({k for *_, data in g.edges(data=True) for k in data})
    nodes, edges = io.StringIO(), io.StringIO()
    writer = csv.writer(nodes)
    writer.writerow(["id", *node_keys])
    for node, data in g.nodes(data=True):
        writer.writerow([node, *(data.get(k, "") for k in node_keys)])
    writer = csv.writer(edges)
    writer.writerow(["source", "target", *edge_keys])
    for source, target, data in g.edges(data=True):
        writer.writerow([source, target, *(data.get(k, "") for k in edge_keys)])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("nodes.csv", nodes.getvalue())
        archive.writestr("edges.csv", edges.getvalue())
    return buffer.getvalue()
