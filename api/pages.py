"""Web pages: the graph views drawn with Cytoscape.js (``/views``)."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse

from ..graph.output.views import View
from ..ontology.iris import PAGES
from ..settings import Settings
from . import shell
from .deps import get_settings

router = APIRouter(tags=["Pages"])

_VIEWS_STYLE = """<style>
 body { font-family: system-ui, sans-serif; margin: 0; display: flex; flex-direction: column; height: 100vh;
        max-width: none; padding: 0; }
 header { padding: .5rem 1rem; background: #eef3fb; display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
 #cy { flex: 1; } body > nav { padding: .4rem 1rem; }
 #status { color: #555; }
</style>"""

_VIEWS_BODY = """
<header>
 <strong>uncac-kg</strong>
 <label>View <select id="view">__OPTIONS__</select></label>
 <label>Meeting <select id="meeting"><option value="">all</option></select></label>
 <span id="kinds"></span>
 <span id="status">loading…</span>
</header>
<div id="cy"></div>
<script src="/assets/cytoscape.min.js"></script>
<script>
const BASE = __BASE__;
const PAGES = __PAGES__;
const state = { data: null };
const status = (text) => { document.getElementById("status").textContent = text; };
const colour = { meeting: "#f6d8a8", article: "#cfe3f7", resolution: "#d9f0d3", recommendation: "#eef3fb",
                 suggestion: "#f3e6f7", state: "#fde2e2", organization: "#e8e8e8" };

async function load() {
  document.body.dataset.ready = "0";
  if (typeof cytoscape === "undefined") {
    status("Cytoscape.js is not installed (uncac-kg serve fetches it with npm)."); return;
  }
  const view = document.getElementById("view").value;
  const response = await fetch(`/export/${view}?format=cyjs`);
  if (!response.ok) { status(`could not load the ${view} view: ${response.status}`); return; }
  state.data = await response.json();
  const kinds = [...new Set(state.data.elements.nodes.map(n => n.data.kind))].sort();
  document.getElementById("kinds").innerHTML = kinds.map(k =>
    `<label><input type="checkbox" class="kind" value="${k}" checked> ${k}</label>`).join(" ");
  const ordinals = [...new Set(state.data.elements.nodes.map(n => n.data.ordinal).filter(o => o !== undefined))]
    .sort((a, b) => a - b);
  document.getElementById("meeting").innerHTML = '<option value="">all</option>' +
    ordinals.map(o => `<option value="${o}">${o}</option>`).join("");
  document.querySelectorAll(".kind").forEach(box => box.addEventListener("change", draw));
  draw();
}

function draw() {
  const kinds = new Set([...document.querySelectorAll(".kind:checked")].map(b => b.value));
  const meeting = document.getElementById("meeting").value;
  let nodes = state.data.elements.nodes.filter(n => kinds.has(n.data.kind));
  if (meeting) {
    const seed = new Set(nodes.filter(n => String(n.data.ordinal) === meeting).map(n => n.data.id));
    const keep = new Set(seed);  // the meeting's nodes and their direct neighbours
    state.data.elements.edges.forEach(e => {
      if (seed.has(e.data.source)) keep.add(e.data.target);
      if (seed.has(e.data.target)) keep.add(e.data.source);
    });
    nodes = nodes.filter(n => keep.has(n.data.id));
  }
  const ids = new Set(nodes.map(n => n.data.id));
  const edges = state.data.elements.edges.filter(e => ids.has(e.data.source) && ids.has(e.data.target));
  window.cy = cytoscape({
    container: document.getElementById("cy"),
    elements: { nodes, edges },
    style: [
      { selector: "node", style: { label: "data(label_en)", "font-size": 8, "background-color":
          (n) => colour[n.data("kind")] || "#ccc", "border-width": 1, "border-color": "#888" } },
      { selector: "edge", style: { width: (e) => 1 + Math.min(5, e.data("weight") || 1), "line-color": "#bbb",
          "curve-style": "bezier", "target-arrow-shape": "triangle", "target-arrow-color": "#bbb" } },
    ],
    layout: { name: "cose", animate: false },
  });
  window.cy.on("tap", "node", (event) => {
    const iri = event.target.id();
    window.open(iri.startsWith(BASE) ? PAGES + iri.slice(BASE.length)
      : "/sparql?format=turtle&query=" + encodeURIComponent(`DESCRIBE <${iri}>`), "_blank");
  });
  status(`${nodes.length} nodes, ${edges.length} edges — click a node to open its entity page`);
  document.body.dataset.ready = "1";
}

document.getElementById("view").addEventListener("change", load);
document.getElementById("meeting").addEventListener("change", draw);
load();
</script>
"""



@router.get("/views", response_class=HTMLResponse, summary="Draw a graph view in the browser")
def views_page(settings: Annotated[Settings, Depends(get_settings)]) -> str:
    options = "".join(f'<option value="{v.value}">{v.value}</option>' for v in View if v is not View.CUSTOM)
    base = json.dumps(settings.base_iri).replace("<", "\\u003c")
    body = _VIEWS_BODY.replace("__OPTIONS__", options).replace("__BASE__", base).replace("__PAGES__", json.dumps(PAGES))
    # (the page marks itself ready for the browser tests once a view is drawn)
    return shell.page("uncac-kg · graph views", body, head=_VIEWS_STYLE).replace("<body>", '<body data-ready="0">', 1)
