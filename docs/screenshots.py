"""Screenshots of the reading pages for the README and docs/pages.md (needs Chromium and Playwright).

    python docs/screenshots.py                  # the bundled reports, served here for the shots
    python docs/screenshots.py http://127.0.0.1:8000 /id/state/bra …   # any server, any pages

Writes ``docs/meeting-page.png`` (the 8th meeting) and ``docs/recommendation-page.png``
(recommendation (a) of the 6th meeting: a symbol, an endorsement, a thread), as a browser 1,280 px wide shows them, in
Debian's Chromium with the Noto CJK fonts; other paths are written to a temporary folder.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
SHOTS = {"/id/meeting/eg1/8": "meeting-page.png", "/id/meeting/eg1/6/recommendation/a": "recommendation-page.png"}


@contextlib.contextmanager
def bundled_server() -> Iterator[str]:
    """``uncac-kg``'s app over the bundled reports (in memory), on a free loopback port."""
    import os

    import uvicorn

    from uncac_kg.api import assets
    from uncac_kg.api.app import create_app
    from uncac_kg.graph.ingest import BUNDLED_REPORTS, load_paths
    from uncac_kg.graph.store.embedded import GraphStore
    from uncac_kg.ontology.iris import Iris
    from uncac_kg.settings import Settings, default_assets

    store = GraphStore.open(None)
    load_paths(store, [BUNDLED_REPORTS], iris=Iris())
    folder = default_assets(os.environ)
    assets.ensure(folder)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as unused:
        server = uvicorn.Server(uvicorn.Config(create_app(Settings(store=unused, assets=folder), store=store),
                                               host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            server.should_exit = True
            thread.join(timeout=10)


def shoot(url: str, paths: dict[str, Path], *, width: int = 1280, height: int = 1400) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": width, "height": height})
        for path, out in paths.items():
            page.goto(url + path)
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(out))
            print(f"{out}: {path}", file=sys.stderr)
        browser.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        folder = Path(tempfile.mkdtemp(prefix="uncac-kg-shots-"))
        wanted = sys.argv[2:] or list(SHOTS)
        shoot(sys.argv[1], {p: folder / (p.strip("/").replace("/", "_").replace("?", "_") + ".png") for p in wanted})
    else:
        with bundled_server() as url:
            shoot(url, {path: HERE / name for path, name in SHOTS.items()})
