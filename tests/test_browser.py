"""The pages in a real browser: headless Chromium (Debian's package) driven by Playwright.

It needs Chromium at /usr/bin/chromium, the Noto CJK fonts and npm (to fetch Cytoscape.js,
YASGUI and Swagger UI); ``.ci/run`` installs them.  One server and one browser serve the
whole module; every page is opened in a context that refuses (and records) any request
that would leave the machine.  Marked ``browser``."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from uncac_kg.api import assets
from uncac_kg.api.app import create_app
from uncac_kg.graph.output.formats import Format
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.ontology.iris import DEFAULT_BASE, Iris, page_path
from uncac_kg.settings import Settings

from helpers import free_port, golden_citation_view_nodes, golden_facts

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
WIDTH = 1280
pytestmark = pytest.mark.browser

IRIS = Iris(DEFAULT_BASE)
FACTS = {g["ordinal"]: g for g in golden_facts()}


def path(iri: object) -> str:
    found = page_path(str(getattr(iri, "value", iri)), DEFAULT_BASE)
    assert found
    return found


@pytest.fixture(scope="module")
def server(corpus: GraphStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    folder = Path.home() / ".cache" / "uncac-kg" / "assets"
    problems = assets.ensure(folder)
    assert not problems, problems
    port = free_port()
    app = create_app(Settings(store=str(tmp_path_factory.mktemp("unused")), assets=folder), store=corpus)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if uv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
    yield chromium
    chromium.close()
    playwright.stop()


class Visit:
    """A browser context whose requests may go to the server only: any other is refused and kept."""

    def __init__(self, browser: Any, server: str, *, height: int = 900) -> None:
        self.server = server
        self.outside: list[str] = []
        self.context = browser.new_context(viewport={"width": WIDTH, "height": height})
        self.context.route("**/*", self._guard)
        self.page = self.context.new_page()

    def _guard(self, route: Any) -> None:
        if route.request.url.startswith(self.server + "/") or route.request.url == self.server:
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def visit(browser: Any, server: str) -> Iterator[Visit]:
    opened = Visit(browser, server)
    yield opened
    opened.close()
    assert not opened.outside, f"requests left the machine: {opened.outside[:5]}"


def overflow(page: Any) -> int:
    """How many pixels the page is wider than the window, with every folded part opened."""
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    return int(page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"))


def assert_a_label_title(page: Any) -> str:
    title = page.title()
    heading = page.text_content("h1") or ""
    for text in (title, heading):
        assert text.strip() and "://" not in text and "/id/" not in text and "w3id" not in text, text
    return title


_CHECKED: dict[str, int] = {}  # local link → status, for the module


def assert_links_resolve(visit: Visit, *, per_kind: int = 6) -> int:
    """Every link of the page leads to this server (official texts on undocs.org are the only
    links out), and the links answer: of the links that differ only in their last segment (the
    101 States of an attendance list), ``per_kind`` are followed.  Returns how many distinct
    local links the page has."""
    hrefs = visit.page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    local = sorted({h.split("#")[0] for h in hrefs if h.startswith(visit.server)})
    outside = {h for h in hrefs if not h.startswith(visit.server)}
    assert all(h.startswith("https://undocs.org/") for h in outside), sorted(outside)[:5]
    kinds: dict[str, list[str]] = {}
    for href in local:
        kinds.setdefault(href.split("?")[0].rsplit("/", 1)[0], []).append(href)
    for href in [h for group in kinds.values() for h in group[:per_kind]]:
        if href not in _CHECKED:
            response = visit.context.request.get(href, headers={"Accept": "text/html"}, max_redirects=3)
            _CHECKED[href] = response.status
        assert _CHECKED[href] == 200, (href, _CHECKED[href])
    return len(local)


# --- every kind of page ---------------------------------------------------------------------------------

_DOCUMENT_8 = IRIS.document(symbol=None, source="", language="zh", meeting=("eg1", 8), kind="report")
_COP = sorted({c["resolution"] for g in golden_facts() for c in g["resolution_citations"]
               if c["convention"] == "UNTOC"})
PAGES = {
    "home": "/",
    "meeting": path(IRIS.meeting("eg1", 8)),
    "recommendation": path(IRIS.recommendation("eg1", 8, "c")),
    "suggestion": "",  # (the first the JSON API lists: the golden facts do not list suggestions)
    "article": path(IRIS.article("uncac", 46)),
    "article part": path(IRIS.article("uncac", 46, 13)),
    "CoSP resolution": path(IRIS.resolution("uncac-cosp", "7/1")),
    "COP resolution": path(IRIS.resolution("untoc-cop", _COP[0])),
    "State": path(IRIS.state("chn")),
    "document": path(_DOCUMENT_8),
    "paragraph": path(IRIS.part(_DOCUMENT_8, "para", 46)),
    "UN document": path(IRIS.un_document("CAC/COSP/EG.1/2018/4")),
    "search": "/search?q=%E5%8F%8C%E9%87%8D%E7%8A%AF%E7%BD%AA",
    "threads": "/threads",
}


@pytest.mark.parametrize("kind", list(PAGES))
def test_every_kind_of_page_reads_well(visit: Visit, kind: str) -> None:
    """No horizontal scrolling at 1,280 px (every folded part opened), a title that is a label,
    and every link answering here."""
    address = PAGES[kind]
    if kind == "suggestion":
        listed = visit.context.request.get(visit.server + "/api/recommendations?kind=suggestion&limit=1").json()
        address = listed["items"][0]["page"]
    response = visit.page.goto(visit.server + address)
    assert response is not None and response.status == 200
    assert_a_label_title(visit.page)
    assert overflow(visit.page) <= 0, kind
    assert assert_links_resolve(visit) > 3


def test_the_meeting_page_says_what_the_report_says(visit: Visit) -> None:
    facts = FACTS[8]
    page = visit.page
    page.goto(visit.server + PAGES["meeting"])
    title = assert_a_label_title(page)
    assert "8th" in title and facts["start"][:4] in title
    agenda = page.eval_on_selector_all("#agenda + ol li", "items => items.map(i => i.innerText.trim())")
    assert agenda == [a["title"] for a in facts["agenda"]]
    summary = page.text_content("#attendance-summary") or ""
    parties = sum(1 for a in facts["attendance"] if a["kind"] == "state-party")
    assert f"{len(facts['attendance'])} participants" in summary and f": {parties} State" in summary
    listed = page.eval_on_selector_all("#items ~ ol.items > li", "items => items.map(i => i.dataset.kind)")
    assert len(listed) == len(facts["recommendations"])
    labels = page.eval_on_selector_all("#items ~ ol.items > li strong a", "links => links.map(a => a.innerText)")
    assert labels == [f"({r['label']})" for r in facts["recommendations"]]
    for chair in facts["chairs"]:
        assert chair["name"] in (page.text_content("dl.facts") or "")
    # the meetings it reaffirmed, with the symbols of their reports as the text gives them
    reaffirmed = page.text_content("#reaffirms + ul") or ""
    for r in facts["reaffirmations"]:
        assert r["symbol"] in reaffirmed


def test_the_recommendation_page_is_citable(visit: Visit) -> None:
    page = visit.page
    page.goto(visit.server + PAGES["recommendation"])
    fact = next(r for r in FACTS[8]["recommendations"] if r["label"] == "c")
    assert (page.text_content("#text") or "").strip() == fact["text"]
    citation = (page.text_content("#citation") or "").strip()
    assert citation.endswith(f"para. {fact['paragraph']} (c)")
    assert page.get_attribute(".cite-as button[data-copy]", "data-copy") == citation
    assert (page.text_content("#source mark") or "").startswith("(c)")  # the span, in its paragraph
    articles = {a["article"] for a in FACTS[8]["recommendation_articles"] if a["label"] == "c"}
    shown = page.eval_on_selector_all("#articles + table a", "links => links.map(a => a.getAttribute('href'))")
    assert {int(h.rsplit("/", 1)[-1]) for h in shown} == articles
    assert "inferred from the subject term" in (page.text_content("#articles + table") or "")


def test_a_cop_resolution_is_not_a_cosp_one(visit: Visit) -> None:
    page = visit.page
    page.goto(visit.server + PAGES["COP resolution"])
    assert f"UNTOC COP resolution {_COP[0]}" in page.title()
    assert "not of the Conference of the States Parties" in (page.text_content("#conference") or "")
    page.goto(visit.server + PAGES["CoSP resolution"])
    assert "CoSP resolution 7/1" in page.title() and page.query_selector("#conference") is None


def test_a_researcher_follows_an_article_from_meeting_to_meeting(visit: Visit) -> None:
    """home → the 8th meeting → one of its recommendations → an article it concerns → another
    meeting's recommendation on that article, by clicks."""
    links = {(g["ordinal"], r["label"], r["article"]) for g in golden_facts() for r in g["recommendation_articles"]}
    label, article, other = next((lab, art, (m2, lab2)) for m, lab, art in sorted(links) if m == 8
                                 for m2, lab2, art2 in sorted(links) if art2 == art and m2 != 8)
    page = visit.page
    page.goto(visit.server + "/")
    page.click(f"#meetings a[href='{PAGES['meeting']}']")
    page.wait_for_load_state()
    assert page.url.endswith(PAGES["meeting"])
    page.click(f"#items ~ ol.items a[href='{path(IRIS.recommendation('eg1', 8, label))}']")
    page.wait_for_load_state()
    assert f"({label})" in page.title()
    page.click(f"#articles + table a[href='{path(IRIS.article('uncac', article))}']")
    page.wait_for_load_state()
    assert f"Article {article}" in page.title()
    target = path(IRIS.recommendation("eg1", other[0], other[1]))
    page.click(f"#items + table a[href='{target}']")
    page.wait_for_load_state()
    assert page.url.endswith(target) and f"({other[1]})" in page.title()
    assert page.query_selector(f"#articles + table a[href='{path(IRIS.article('uncac', article))}']")


def test_the_api_docs_work_offline(visit: Visit) -> None:
    page = visit.page
    page.goto(visit.server + "/docs")
    page.wait_for_function("document.body.dataset.ready === '1'", timeout=30_000)
    page.wait_for_selector(".opblock", timeout=30_000)
    assert "uncac-kg" in (page.text_content(".swagger-ui .info .title") or "")
    assert len(page.query_selector_all(".opblock")) >= 10
    assert overflow(page) <= 0


def test_views_page_draws_and_links_to_entities(visit: Visit) -> None:
    page = visit.page
    page.goto(f"{visit.server}/views")
    page.wait_for_function("document.body.dataset.ready === '1'", timeout=30_000)
    assert page.evaluate("window.cy.nodes().length") == golden_citation_view_nodes()  # the citations view
    # a legend of the kinds drawn, short labels, a download link for every format
    assert sorted(page.eval_on_selector_all("#legend input", "boxes => boxes.map(b => b.value)")) == [
        "article", "meeting", "resolution"]
    shorts = page.evaluate("window.cy.nodes('[kind = \"meeting\"]').map(n => n.data('short_en'))")
    assert sorted(shorts) == sorted(f"{n}th ({g['start'][:4]})" for n, g in FACTS.items())
    downloads = page.eval_on_selector_all("#downloads a", "links => links.map(a => a.getAttribute('href'))")
    assert sorted(d.rsplit("=", 1)[-1] for d in downloads) == sorted(f.value for f in Format)
    assert all(visit.context.request.get(visit.server + d).status == 200 for d in downloads)
    assert overflow(page) <= 0 and assert_a_label_title(page)
    page.select_option("#language", "zh")
    page.wait_for_function("document.body.dataset.ready === '1'")
    assert "第8次（2019年）" in page.evaluate("window.cy.nodes().map(n => n.style('label'))")
    page.select_option("#view", "attendance")
    page.wait_for_function("document.body.dataset.ready === '1' && window.cy.nodes().length > 100", timeout=30_000)
    page.select_option("#meeting", "8")
    attended = len(FACTS[8]["attendance"])
    page.wait_for_function(f"window.cy.nodes().length === {attended + 1}", timeout=10_000)  # the 8th and its own
    # click the node farthest from any other (a click on overlapping nodes may hit another)
    position = page.evaluate("""(() => {
        const nodes = window.cy.nodes(); let best = null, room = -1;
        nodes.forEach(n => { const p = n.renderedPosition(); let near = Infinity;
          nodes.forEach(m => { if (m !== n) { const q = m.renderedPosition();
            near = Math.min(near, Math.hypot(p.x - q.x, p.y - q.y)); } });
          if (near > room) { room = near; best = n; } });
        const p = best.renderedPosition(); const box = document.getElementById('cy').getBoundingClientRect();
        return {x: box.left + p.x, y: box.top + p.y, id: best.id()}; })()""")
    with page.expect_popup() as popup:
        page.mouse.click(position["x"], position["y"])
    entity = popup.value
    entity.wait_for_load_state()
    # the node's page on this server (its IRI is not under this server's address), its label the title
    assert entity.url == visit.server + path(position["id"])
    assert entity.text_content("#iri") == position["id"]
    labels = page.evaluate("(id) => { const d = window.cy.getElementById(id).data();"
                           " return [d.label_en, d.label_zh]; }", position["id"])
    assert any(label and label in entity.title() for label in labels)


def test_query_page_runs_a_typed_query_and_links_results_here(visit: Visit, corpus: GraphStore) -> None:
    from uncac_kg.graph.query import library as queries

    from helpers import select

    page = visit.page
    page.set_viewport_size({"width": 1300, "height": 900})
    page.goto(f"{visit.server}/query")
    page.wait_for_function("document.body.dataset.ready === '1'", timeout=30_000)
    # the library is there as tabs, after the user's own tab
    # (in the order of the tab bar: the object holding the tabs orders digit-only ids first)
    names = page.evaluate("window.yasgui.persistentConfig.getTabs().map(id => window.yasgui.getTab(id).getName())")
    assert names[0] == "Query" and set(names[1:]) == set(queries.library())
    # type a query into the editor, as a user would, and run it
    page.click(".CodeMirror")
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type("SELECT DISTINCT ?r ?label WHERE { ?r a ukg:Recommendation ; ukg:agreedAt/ukg:ordinal 8 ; "
                       "ukg:label ?label } ORDER BY ?label")
    page.click(".yasqe_queryButton")
    page.wait_for_selector(".yasr table tbody tr", timeout=30_000)
    cells = page.eval_on_selector_all(".yasr table tbody tr td:last-child", "cells => cells.map(c => c.innerText)")
    expected = [r["label"] for r in select(corpus, "recommendations", ordinal="8")]
    assert [c.strip() for c in cells] == sorted(expected) and expected
    # the IRIs in the results open their pages on this server (the base IRI is w3id.org's)
    page.wait_for_function("[...document.querySelectorAll('.yasr table tbody a')]"
                           ".every(a => a.getAttribute('href').startsWith('/id/'))", timeout=10_000)
    hrefs = page.eval_on_selector_all(".yasr table tbody a", "links => links.map(a => a.getAttribute('href'))")
    assert sorted(hrefs) == sorted(path(IRIS.recommendation("eg1", 8, label)) for label in expected)
    page.set_viewport_size({"width": WIDTH, "height": 900})
    assert overflow(page) <= 0


def test_home_page_leads_to_entity_and_thread_pages(visit: Visit) -> None:
    page = visit.page
    page.goto(visit.server)
    meetings = page.eval_on_selector_all("#meetings tr td:first-child", "cells => cells.map(c => c.innerText)")
    assert [int(m) for m in meetings] == sorted(FACTS)
    page.click("#meetings a[href='/id/meeting/eg1/8']")
    page.wait_for_load_state()
    assert page.text_content("#iri").endswith("/meeting/eg1/8")
    page.go_back()
    page.click(".start a[href^='/search']")  # "Search the text" lands on a page
    page.wait_for_load_state()
    assert page.url.startswith(visit.server + "/search") and page.query_selector("#hits li")
    page.go_back()
    page.click("#threads a[href='/threads/6-i']")
    page.wait_for_load_state()
    steps = [int(s) for s in page.eval_on_selector_all("#timeline > li", "items => items.map(i => i.dataset.meeting)")]
    assert steps[0] == 6 and len(steps) >= 2 and steps == sorted(steps)  # from the thread's first meeting on
    page.click("#timeline > li:first-child a")
    page.wait_for_load_state()
    assert page.text_content("#iri").endswith("/meeting/eg1/6/recommendation/i")
