"""Draw the citation and recurrence views for the README (needs Graphviz's ``dot``).

    python docs/render.py STORE_DIR      # writes docs/citations.png and docs/recurrence.png

The views come from the project's own code (``uncac_kg.graph.output.views``) and are written
as DOT by ``uncac_kg.graph.output.formats``; Graphviz lays them out.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from uncac_kg.graph.output.formats import dot
from uncac_kg.graph.output.views import View, build
from uncac_kg.graph.store.embedded import GraphStore

HERE = Path(__file__).resolve().parent
STYLE = {"meeting": ("box", "#f6d8a8"), "article": ("ellipse", "#cfe3f7"), "resolution": ("ellipse", "#d9f0d3"),
         "recommendation": ("box", "#eef3fb"), "suggestion": ("box", "#f3e6f7")}


def short(node: str, data: dict[str, object]) -> str:
    tail = node.rstrip("/").split("/")
    kind = data.get("kind")
    if kind == "meeting":
        return f"EG.1 #{data.get('ordinal')}\n{data.get('start', '')}"
    if kind == "article":
        return f"Art. {tail[-1]}"
    if kind == "resolution":
        return f"{'UNTOC ' if 'untoc' in node else ''}Res. {tail[-1].replace('-', '/')}"
    return str(data.get("label_en", tail[-1]))


def render(view: View, store: GraphStore, out: Path, *, direction: str, engine: str = "dot") -> None:
    g = build(store, view)
    if view is View.RECURRENCE:
        g.remove_nodes_from([n for n in list(g.nodes) if g.degree(n) == 0])
    for node, data in g.nodes(data=True):
        shape, colour = STYLE.get(str(data.get("kind")), ("ellipse", "#ffffff"))
        keep = {"label": short(node, data), "shape": shape, "style": "filled", "fillcolor": colour}
        data.clear()
        data.update(keep)
    for *_, data in g.edges(data=True):
        weight = data.get("weight")
        data.clear()
        if weight is not None:
            data["label"] = f"{weight:g}" if isinstance(weight, float) else str(weight)
    header = (f'  graph [rankdir={direction}, fontname="Helvetica", ranksep=1.2, overlap=false, sep="+6"];\n'
              '  node [fontname="Helvetica", fontsize=10];\n  edge [fontsize=8, color="#66666688"];\n')
    source = dot(g).replace("{\n", "{\n" + header, 1)
    subprocess.run([engine, "-Tpng", "-Gdpi=90", "-o", str(out)], input=source.encode(), check=True)


if __name__ == "__main__":
    store = GraphStore.open(sys.argv[1], create=False)
    render(View.CITATIONS, store, HERE / "citations.png", direction="TB", engine="neato")
    render(View.RECURRENCE, store, HERE / "recurrence.png", direction="LR")
