"""The /views page in a real browser: headless Chromium (Debian's package) driven by Playwright.

It needs Chromium at /usr/bin/chromium and npm (to fetch Cytoscape.js); ``.ci/run``
installs both. Marked ``browser``."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from uncac_kg.api import assets
from uncac_kg.api.app import create_app
from uncac_kg.graph.store import GraphStore
from uncac_kg.settings import Settings

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(corpus: GraphStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    folder = Path.home() / ".cache" / "uncac-kg" / "assets"
    problems = assets.ensure(folder)
    assert not problems, problems
    port = _free_port()
    app = create_app(Settings(store=tmp_path_factory.mktemp("unused"), assets=folder), store=corpus)
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
        assert page.evaluate("window.cy.nodes().length") == 30  # the citations view
        page.select_option("#view", "attendance")
        page.wait_for_function("document.body.dataset.ready === '1' && window.cy.nodes().length > 100",
                               timeout=30_000)
        page.select_option("#meeting", "8")
        page.wait_for_function("window.cy.nodes().length === 102", timeout=10_000)  # the 8th and its 101
        page.screenshot(path=str(tmp_path / "views.png"))
        position = page.evaluate("(() => { const n = window.cy.nodes()[0]; const p = n.renderedPosition();"
                                 " const box = document.getElementById('cy').getBoundingClientRect();"
                                 " return {x: box.left + p.x, y: box.top + p.y, id: n.id()}; })()")
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
