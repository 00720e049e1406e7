"""The web pages for people: the home page (``/``, JSON for programs), the SPARQL query
page with YASGUI (``/query``), and the recurrence threads as timelines (``/threads``,
``/threads/{key}``).  Everything shown comes from :mod:`uncac_kg.graph.read.browse` and
:mod:`uncac_kg.graph.read.threads`; these handlers only render it, escaped."""

from __future__ import annotations

import json
import re
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from .. import __version__
from ..graph.query import library as queries
from ..graph.query.negotiation import accepted_types, prefers_html
from ..graph.read import browse, threads
from ..graph.read.names import kind_label
from ..graph.store.embedded import Queryable
from ..ontology.iris import PAGES, page_path
from ..ontology.vocabulary import PREFIXES
from ..settings import Settings
from ..text.numerals import english_ordinal
from . import shell
from .deps import get_settings, get_store
from .shell import e as _e
from .shell import link as _link

router = APIRouter(tags=["Pages"])

Store = Annotated[Queryable, Depends(get_store)]
Config = Annotated[Settings, Depends(get_settings)]

def wants_html(request: Request) -> bool:
    """Whether the client asked for a page rather than data (a browser does)."""
    return prefers_html(accepted_types(accept=request.headers.get("accept", ""), format=None))


def _home_data(store: Queryable, base: str) -> dict[str, Any]:
    return {"stats": browse.statistics(store), "meetings": browse.meetings(store, base=base),
            "threads": threads.listing(store)}


def _home_html(data: dict[str, Any]) -> str:
    stats, meetings = data["stats"], data["meetings"]
    span = (f"the {english_ordinal(meetings[0]['ordinal'])} to {english_ordinal(meetings[-1]['ordinal'])} meetings, "
            f"{str(meetings[0]['start'])[:4]}–{str(meetings[-1]['start'])[:4]}") if meetings else "no meeting yet"
    rows = "".join(
        f"<tr><td>{_link(m['page'], m['ordinal'])}</td><td>{_e(m['start'])}</td><td>{_e(m['venue'])}</td>"
        f"<td>{_link('/api/meetings/' + str(m['ordinal']), m['counts']['recommendations'])}</td>"
        f"<td>{m['counts']['suggestions']}</td><td>{m['counts']['citations']}</td>"
        f"<td>{m['counts']['participants']}</td></tr>" for m in meetings)
    recurring = "".join(
        f"<li>{_link('/threads/' + t['key'], 'Thread ' + t['key'])}: {t['meetings']} meetings, "
        f"from the {english_ordinal(t['first'])} to the {english_ordinal(t['last'])}</li>" for t in data["threads"])
    return shell.page("uncac-kg", f"""
<h1>uncac-kg</h1>
<p>A knowledge graph of the reports of the UN expert meetings on international cooperation
under the Convention against Corruption (read from the Chinese texts): {span}.</p>
<p id="summary">{stats['documents']} documents · {stats['paragraphs']} paragraphs ·
{stats['recommendations']} recommendations and {stats['suggestions']} Secretariat suggestions ·
{stats['citations']} citations of {stats['articles_cited']} articles and {stats['resolutions_cited']} resolutions ·
{stats['threads']} recurring demands · {stats['quads']} quads</p>
<p class="start"><a href="/query">Ask in SPARQL</a><a href="/threads">Follow a recommendation across meetings</a>
<a href="/views">Draw the citation network</a><a href="/search?q=司法协助">Search the text</a>
<a href="/docs">Use the JSON API</a></p>
<h2>Meetings</h2>
<table id="meetings"><tr><th>Meeting</th><th>Opened</th><th>Venue</th><th>Recommendations</th>
<th>Suggestions</th><th>Citations</th><th>Participants</th></tr>{rows}</table>
<h2>Recurring demands</h2><ul id="threads">{recurring or "<li>none found</li>"}</ul>
<p class="muted">Every thing in the graph has a page: follow the links. SPARQL endpoint:
<code>/sparql</code> (SPARQL 1.1 Protocol). uncac-kg {__version__}.</p>""")


@router.get("/", summary="What this server holds and where to start (a page for browsers, JSON otherwise)",
            responses={200: {"content": {"text/html": {}, "application/json": {}}}})
async def home(request: Request, store: Store, settings: Config) -> Response:
    data = await run_in_threadpool(_home_data, store, settings.base_iri)
    if wants_html(request):
        return HTMLResponse(_home_html(data))
    return JSONResponse({
        "name": "uncac-kg", "version": __version__,
        "description": "Knowledge graph of the reports of the UNCAC expert meetings on international cooperation",
        "sparql": "/sparql", "query": "/query", "docs": "/docs", "views": "/views", "api": "/api",
        "stats": store.stats().as_dict(), "counts": data["stats"],
    })


def _used_prefixes(text: str) -> str:
    used = [p for p in PREFIXES if re.search(rf"(?<![\w:<]){p}:", text)]
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in used)


_STARTER = """# Recommendations per meeting: edit and press the run button (or Ctrl+Enter).
# The default graph holds each fact once, however many documents state it: counts need no
# DISTINCT. GRAPH ?g { ... } tells which documents state a fact.
SELECT ?ordinal (COUNT(?recommendation) AS ?recommendations)
WHERE {
  ?recommendation a ukg:Recommendation ; ukg:agreedAt/ukg:ordinal ?ordinal .
}
GROUP BY ?ordinal
ORDER BY ?ordinal
"""


def _tabs() -> list[dict[str, str]]:
    tabs = [{"name": "Query", "query": _used_prefixes(_STARTER) + _STARTER}]
    for name, named in queries.library().items():
        tabs.append({"name": name, "query": _used_prefixes(named.text) + named.text})
    return tabs


_QUERY_PAGE = """
<div id="status" class="muted">Loading YASGUI…</div>
<div id="yasgui"></div>
<script src="/assets/yasgui.min.js"></script>
<script>
const TABS = __TABS__;
const PREFIXES = __PREFIXES__;
const BASE = __BASE__;
const PAGES = __PAGES__;
// IRIs of this graph in the results open their page on this server, whatever the base IRI is
function relink(root) {
  root.querySelectorAll("a[href]").forEach((a) => {
    const href = a.getAttribute("href");
    if (href.startsWith(BASE) && href.length > BASE.length) {
      a.setAttribute("href", PAGES + href.slice(BASE.length));
      a.setAttribute("title", href);
    }
  });
}
(function () {
  const results = document.getElementById("yasgui");
  new MutationObserver(() => relink(results)).observe(results, { childList: true, subtree: true });
  const status = document.getElementById("status");
  if (typeof Yasgui === "undefined") {
    status.textContent = "YASGUI is not installed (uncac-kg serve fetches it with npm); POST queries to /sparql.";
    return;
  }
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: new URL("/sparql", location.href).href, method: "POST" },
    copyEndpointOnNewTab: true, persistenceId: null, populateFromUrl: false, autoAddOnInit: false,
    yasr: { prefixes: PREFIXES },
  });
  Object.keys(yasgui._tabs).forEach((id) => yasgui.getTab(id).close());
  TABS.forEach((tab, i) => yasgui.addTab(i === 0, { name: tab.name, yasqe: { value: tab.query } }));
  window.yasgui = yasgui;
  status.textContent = `The first tab is yours; the others are the query library (${TABS.length - 1} questions).`;
  document.body.dataset.ready = "1";
})();
</script>"""


@router.get("/query", response_class=HTMLResponse, summary="The SPARQL query page (YASGUI)")
def query_page(settings: Config) -> str:
    def script(value: object) -> str:
        return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")
    body = (_QUERY_PAGE.replace("__TABS__", script(_tabs())).replace("__PREFIXES__", script(PREFIXES))
            .replace("__BASE__", script(settings.base_iri)).replace("__PAGES__", script(PAGES)))
    return shell.page("uncac-kg · SPARQL", body, head='<link rel="stylesheet" href="/assets/yasgui.min.css">'
                 "<style>body { max-width: none; margin: .5rem 1rem; }</style>")


def _thread_list_html(found: list[dict[str, Any]]) -> str:
    items = "".join(f"<li>{_link('/threads/' + t['key'], 'Thread ' + t['key'])}: {t['meetings']} meetings, "
                    f"{english_ordinal(t['first'])} → {english_ordinal(t['last'])}</li>" for t in found)
    return shell.page("uncac-kg · threads", f"<h1>Recurring recommendations</h1><ul id='threads'>{items}</ul>"
                 "<p class='muted'>A thread links recommendations of different meetings that make the same "
                 "demand (similar wording, scored), in the order of the meetings.</p>")


def _timeline_html(found: dict[str, Any], base: str) -> str:
    entries = []
    for member in found["timeline"]:
        iri = member["recommendation"]
        page = page_path(iri, base)
        en, zh = kind_label(member["kind"])
        kind = " " + shell.kind_chip(member["kind"], en, zh)  # what the data says it is
        change = ""
        if member["repeats"]:
            repeat = member["repeats"]
            earlier = next((m for m in found["timeline"] if m["recommendation"] == repeat["recommendation"]), None)
            which = (_link(page_path(repeat["recommendation"], base), f"{earlier['meeting']}-{earlier['label']}")
                     if earlier else "an earlier item")
            weak = (" <strong class='weak'>weak link: check it</strong>" if repeat.get("weak") else "")
            change = (f"<p class='muted'>repeats {which} (similarity {repeat['score']:.2f}){weak}; shared: "
                      f"{_e('、'.join(repeat['shared_terms']))}</p>"
                      f"<p><span class='added'>{_e(repeat['added'])}</span> "
                      f"<span class='removed'>{_e(repeat['removed'])}</span></p>")
        reaffirmed = "".join(
            f"<p class='muted reaffirmed'>reaffirmed by the {english_ordinal(o)} meeting (explicit)</p>"
            for o in member.get("reaffirmed_by", []))
        entries.append(f"<li data-meeting='{member['meeting']}'><strong>{_e(member['date'])} · "
                       f"{english_ordinal(member['meeting'])} meeting · {_link(page, member['label'])}</strong>{kind}"
                       f"<blockquote lang='zh'>{_e(member['text'])}</blockquote>{change}{reaffirmed}</li>")
    return shell.page(f"uncac-kg · thread {found['key']}", f"""
<h1>Thread {_e(found['key'])}</h1>
<p>{found['meetings']} meetings, from the {english_ordinal(found['first'])} to the {english_ordinal(found['last'])}.
As data: {_link('/api/threads/' + found['key'], 'JSON')}.</p>
<ol class="timeline" id="timeline">{''.join(entries)}</ol>""")


@router.get("/threads", summary="Recurring recommendations as a page (programs are sent to /api/threads)",
            responses={200: {"content": {"text/html": {}}}, 303: {"description": "the JSON: /api/threads"}})
async def thread_list_page(request: Request, store: Store) -> Response:
    if not wants_html(request):
        return RedirectResponse("/api/threads", status_code=303)
    found = await run_in_threadpool(threads.listing, store)
    return HTMLResponse(_thread_list_html(found))


@router.get("/threads/{key}", summary="One thread as a timeline page (programs are sent to /api/threads/{key})",
            responses={200: {"content": {"text/html": {}}}, 303: {"description": "the JSON: /api/threads/{key}"}})
async def thread_page(request: Request, store: Store, settings: Config,
                      key: Annotated[str, Path(max_length=60)]) -> Response:
    if not wants_html(request):
        return RedirectResponse("/api/threads/" + quote(key, safe=""), status_code=303)
    found = await run_in_threadpool(threads.timeline, store, key)
    return HTMLResponse(_timeline_html(found, settings.base_iri))
