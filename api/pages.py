"""Web pages: the graph views drawn with Cytoscape.js (``/views``): a legend that filters by
kind, short labels in English or Chinese, the full names on hover, every node opening its
page on this server, and a download link for every export format."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse

from ..graph.output.formats import Format
from ..graph.output.views import View
from ..ontology.iris import PAGES
from ..settings import Settings
from . import shell
from .deps import get_settings

router = APIRouter(tags=["Pages"])

_VIEWS_STYLE = """<style>
 body { font-family: system-ui, "Noto Sans CJK SC", sans-serif; margin: 0; display: flex; flex-direction: column;
        height: 100vh; max-width: none; padding: 0; }
 header { padding: .5rem 1rem; background: #eef3fb; display: flex; gap: .4rem 1rem; align-items: center;
          flex-wrap: wrap; }
 #main { flex: 1; display: flex; min-height: 0; }
 #cy { flex: 1; min-width: 0; } body > nav { padding: .4rem 1rem; }
 #side { width: 17rem; padding: .5rem .8rem; border-left: 1px solid #dde; overflow-y: auto; font-size: .9rem; }
 #side h2 { font-size: 1rem; margin: .6rem 0 .3rem; }
 #legend label { display: flex; align-items: center; gap: .4rem; margin: .15rem 0; }
 .swatch { width: 1rem; height: 1rem; border: 1px solid #888; border-radius: .2rem; display: inline-block; }
 #status, #info { color: #555; } #downloads a { display: block; } header h1 { font-size: 1rem; margin: 0; }
</style>"""

_VIEWS_BODY = """
<header>
 <h1>Graph views</h1>
 <label>View <select id="view">__OPTIONS__</select></label>
 <label>Meeting <select id="meeting"><option value="">all</option></select></label>
 <label>Labels <select id="language"><option value="en">English</option>
  <option value="zh">中文</option></select></label>
 <span id="status">loading…</span>
</header>
<div id="main">
<div id="cy"></div>
<aside id="side">
 <p id="about" class="muted"></p>
 <h2>Legend</h2><div id="legend"></div><p id="edges" class="muted"></p>
 <h2>Node</h2><p id="info">Point at a node for its full name; click it to open its page.</p>
 <h2>Download</h2><div id="downloads"></div>
</aside>
</div>
<script src="/assets/cytoscape.min.js"></script>
<script>
const BASE = __BASE__;
const PAGES = __PAGES__;
const FORMATS = __FORMATS__;
const ABOUT = __ABOUT__;
const state = { data: null };
const status = (text) => { document.getElementById("status").textContent = text; };
const colour = { meeting: "#f6d8a8", article: "#cfe3f7", resolution: "#d9f0d3", recommendation: "#dbeafe",
                 suggestion: "#f3e8ff", proposal: "#fef3c7", state: "#fde2e2", organization: "#e8e8e8",
                 theme: "#ccfbf1" };
const names = { meeting: "meeting · 会议", article: "article · 条款", resolution: "resolution · 决议",
                recommendation: "recommendation · 建议", suggestion: "Secretariat suggestion · 秘书处建议",
                proposal: "proposal by States parties · 缔约国提出的建议", state: "State · 国家",
                organization: "organization · 组织", theme: "theme · 主题" };
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;",
  '"': "&quot;", "'": "&#39;"}[c]));
// an IRI of this graph opens its page here, whatever the base IRI is
const local = (iri) => iri.startsWith(BASE) && iri.length > BASE.length ? PAGES + iri.slice(BASE.length) : null;

function downloads(view) {
  document.getElementById("downloads").innerHTML = FORMATS.map(f =>
    `<a href="/export/${encodeURIComponent(view)}?format=${f.format}" download>${escape(f.name)}</a>`).join("");
}

async function load() {
  document.body.dataset.ready = "0";
  const view = document.getElementById("view").value;
  downloads(view);
  document.getElementById("about").textContent = ABOUT[view] || "";
  if (typeof cytoscape === "undefined") {
    status("Cytoscape.js is not installed (uncac-kg serve fetches it with npm); the downloads still work."); return;
  }
  const response = await fetch(`/export/${view}?format=cyjs`);
  if (!response.ok) { status(`could not load the ${view} view: ${response.status}`); return; }
  state.data = await response.json();
  const kinds = [...new Set(state.data.elements.nodes.map(n => n.data.kind))].sort();
  document.getElementById("legend").innerHTML = kinds.map(k =>
    `<label><input type="checkbox" class="kind" value="${escape(k)}" checked>` +
    `<span class="swatch" style="background:${colour[k] || "#ccc"}"></span> ${escape(names[k] || k)}</label>`).join("");
  const ordinals = [...new Set(state.data.elements.nodes.map(n => n.data.ordinal).filter(o => o !== undefined))]
    .sort((a, b) => a - b);
  const shortOf = {};
  state.data.elements.nodes.forEach(n => { if (n.data.kind === "meeting") shortOf[n.data.ordinal] = n.data.short_en; });
  document.getElementById("meeting").innerHTML = '<option value="">all</option>' +
    ordinals.map(o => `<option value="${o}">${escape(shortOf[o] || o)}</option>`).join("");
  document.querySelectorAll(".kind").forEach(box => box.addEventListener("change", draw));
  draw();
}

function draw() {
  const kinds = new Set([...document.querySelectorAll(".kind:checked")].map(b => b.value));
  const meeting = document.getElementById("meeting").value;
  const language = document.getElementById("language").value;
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
  const kindsOfEdges = [...new Set(edges.map(e => e.data.kind))].filter(Boolean);
  document.getElementById("edges").textContent = kindsOfEdges.length ?
    `Edges: ${kindsOfEdges.join(", ")}; the thicker, the heavier (weight).` : "";
  window.cy = cytoscape({
    container: document.getElementById("cy"),
    elements: { nodes, edges },
    style: [
      { selector: "node", style: { label: language === "zh" ? "data(short_zh)" : "data(short_en)",
          "font-size": 9, "text-wrap": "ellipsis", "text-max-width": "110px",
          "background-color": (n) => colour[n.data("kind")] || "#ccc", "border-width": 1, "border-color": "#888" } },
      { selector: "edge", style: { width: (e) => 1 + Math.min(5, e.data("weight") || 1), "line-color": "#bbb",
          "curve-style": "bezier", "target-arrow-shape": "triangle", "target-arrow-color": "#bbb" } },
    ],
    layout: { name: "cose", animate: false, nodeRepulsion: () => 12000, idealEdgeLength: () => 90 },
  });
  window.cy.on("mouseover", "node", (event) => {
    const d = event.target.data();
    document.getElementById("info").innerHTML = `<strong>${escape(d.label_en)}</strong><br>` +
      `<span lang="zh">${escape(d.label_zh)}</span><br><small>${escape(names[d.kind] || d.kind)}` +
      `${d.convention ? " · " + escape(d.convention) : ""}</small>`;
  });
  window.cy.on("tap", "node", (event) => {
    const iri = event.target.id();
    window.open(local(iri) || "/sparql?format=turtle&query=" + encodeURIComponent(`DESCRIBE <${iri}>`), "_blank");
  });
  status(`${nodes.length} nodes, ${edges.length} edges — click a node to open its page`);
  document.body.dataset.ready = "1";
}

document.getElementById("view").addEventListener("change", load);
document.getElementById("meeting").addEventListener("change", draw);
document.getElementById("language").addEventListener("change", draw);
load();
</script>
"""

#: What each view shows (the side panel says it).
_ABOUT = {
    View.CITATIONS: "Meetings and the articles and resolutions their documents cite (weight: citing paragraphs).",
    View.CO_CITATION: "Articles and resolutions cited in the same paragraph (weight: such paragraphs).",
    View.RECURRENCE: "Recommendations and suggestions, linked when a later one repeats an earlier one "
                     "(weight: similarity).",
    View.LINEAGE: "Meetings, their recommendations, and the later meetings that reaffirm them.",
    View.ATTENDANCE: "States and organisations and the meetings they attended.",
    View.THEMES: "Themes and the meetings whose recommendations (or the suggestions made to them) have them "
                 "(weight: how many).",
}
_FORMAT_NAMES = {
    Format.GRAPHML: "GraphML (Gephi, yEd, Cytoscape)", Format.GEXF: "GEXF 1.3 (Gephi, with the timeline)",
    Format.CYJS: "Cytoscape.js JSON", Format.JSON: "node-link JSON (D3, networkx)", Format.DOT: "DOT (Graphviz)",
    Format.CSV: "CSV: a ZIP of nodes.csv and edges.csv",
}


@router.get("/views", response_class=HTMLResponse, summary="Draw a graph view in the browser")
def views_page(settings: Annotated[Settings, Depends(get_settings)]) -> str:
    options = "".join(f'<option value="{v.value}">{v.value}</option>' for v in View if v is not View.CUSTOM)
    def script(value: object) -> str:
        return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")

    formats = [{"format": f.value, "name": _FORMAT_NAMES.get(f, f.value)} for f in Format]
    about = {v.value: text for v, text in _ABOUT.items()}
    body = (_VIEWS_BODY.replace("__OPTIONS__", options).replace("__BASE__", script(settings.base_iri))
            .replace("__PAGES__", script(PAGES)).replace("__FORMATS__", script(formats))
            .replace("__ABOUT__", script(about)))
    # (the page marks itself ready for the browser tests once a view is drawn)
    return shell.page("uncac-kg · graph views", body, head=_VIEWS_STYLE).replace("<body>", '<body data-ready="0">', 1)
