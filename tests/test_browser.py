"""The /views page in a real browser: headless Chromium (Debian's package) driven by Playwright.

It needs Chromium at /usr/bin/chromium and npm (to fetch Cytoscape.js); ``.ci/run``
installs both. Marked ``browser``."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from uncac_kg.api import assets
from uncac_kg.api.app import create_app
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.settings import Settings

from helpers import free_port, golden_citation_view_nodes

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.browser


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


def test_views_page_draws_and_links_to_entities(server: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic"])
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.goto(f"{server}/views")
        page.wait_for_function("document.body.dataset.ready === '1'", timeout=30_000)
        assert page.evaluate("window.cy.nodes().length") == golden_citation_view_nodes()  # the citations view
        page.select_option("#view", "attendance")
        page.wait_for_function("document.body.dataset.ready === '1' && window.cy.nodes().length > 100",
                               timeout=30_000)
        page.select_option("#meeting", "8")
        page.wait_for_function("window.cy.nodes().length === 102", timeout=10_000)  # the 8th and its 101
        page.screenshot(path=str(tmp_path / "views.png"))
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
        # the node's entity page: its IRI, and its label as the title
        assert entity.url.startswith(f"{server}/id/")
        assert entity.text_content("#iri") == position["id"]
        labels = page.evaluate("(id) => { const d = window.cy.getElementById(id).data();"
                               " return [d.label_en, d.label_zh]; }", position["id"])
        assert any(label and label in entity.content() for label in labels)
        # a link on the entity page leads to another entity page
        entity.click("#outgoing a[href^='/id/']")
        entity.wait_for_load_state()
        assert entity.url.startswith(f"{server}/id/") and entity.text_content("#iri")
        browser.close()


def _chromium(p):  # type: ignore[no-untyped-def]
    return p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"])


def test_query_page_runs_a_typed_query_and_shows_the_results(server: str, corpus: GraphStore,
                                                             tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    from uncac_kg.graph.query import library as queries

    from helpers import select

    with sync_playwright() as p:
        browser = _chromium(p)
        page = browser.new_page(viewport={"width": 1300, "height": 900})
        page.goto(f"{server}/query")
        page.wait_for_function("document.body.dataset.ready === '1'", timeout=30_000)
        # the library is there as tabs, after the user's own tab
        # (in the order of the tab bar: the object holding the tabs orders digit-only ids first)
        names = page.evaluate("window.yasgui.persistentConfig.getTabs().map(id => window.yasgui.getTab(id).getName())")
        assert names[0] == "Query" and set(names[1:]) == set(queries.library())
        # type a query into the editor, as a user would, and run it
        page.click(".CodeMirror")
        page.keyboard.press("Control+A")
        page.keyboard.press("Delete")
        page.keyboard.type("SELECT DISTINCT ?label WHERE { ?r a ukg:Recommendation ; ukg:agreedAt/ukg:ordinal 8 ; "
                           "ukg:label ?label } ORDER BY ?label")
        page.click(".yasqe_queryButton")
        page.wait_for_selector(".yasr table tbody tr", timeout=30_000)
        page.screenshot(path=str(tmp_path / "query.png"))
        cells = page.eval_on_selector_all(".yasr table tbody tr td:last-child", "cells => cells.map(c => c.innerText)")
        expected = [r["label"] for r in select(corpus, "recommendations", ordinal="8")]
        assert [c.strip() for c in cells] == sorted(expected) and expected
        browser.close()


def test_home_page_leads_to_entity_and_thread_pages(server: str, corpus: GraphStore) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _chromium(p)
        page = browser.new_page()
        page.goto(server)
        meetings = page.eval_on_selector_all("#meetings tr td:first-child", "cells => cells.map(c => c.innerText)")
        assert [int(m) for m in meetings] == [6, 7, 8, 9, 10]
        page.click("#meetings a[href='/id/meeting/eg1/8']")
        page.wait_for_load_state()
        assert page.text_content("#iri").endswith("/meeting/eg1/8")
        page.go_back()
        page.click("#threads a[href='/threads/6-i']")
        page.wait_for_load_state()
        steps = page.eval_on_selector_all("#timeline > li", "items => items.map(i => i.dataset.meeting)")
        assert [int(s) for s in steps] == [6, 7, 8, 10]
        page.click("#timeline > li:first-child a")
        page.wait_for_load_state()
        assert page.text_content("#iri").endswith("/meeting/eg1/6/recommendation/i")
        browser.close()
