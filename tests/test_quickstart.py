"""The README's quick start, run as written on a copy of the project: a fresh virtual
environment, the install, and the server answering SPARQL at the URL it prints."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def command(marker: str) -> str:
    block = README.split(f"<!-- {marker} -->", 1)[1]
    match = re.search(r"```bash\n(.*?)\n```", block, re.DOTALL)
    assert match, marker
    return match.group(1).strip()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def project_copy(target: Path) -> Path:
    """The project's files as a fresh clone would have them (no venv, no caches)."""
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                           cwd=ROOT, capture_output=True, check=True).stdout.split(b"\0")
    for name in filter(None, files):
        source = ROOT / name.decode()
        if source.is_file():
            destination = target / name.decode()
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)
    return target


def _get(url: str, accept: str) -> tuple[str, bytes]:
    request = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.headers.get_content_type(), response.read()


def pages_answer(url: str) -> None:
    """Every kind of page answers from the installed package (not the checkout), by meaning."""
    html = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"  # a browser's Accept
    for path, needle in (("/", "/id/meeting/"), ("/query", "yasgui"), ("/views", "cytoscape"), ("/threads", "<h1"),
                         ("/docs", "swagger"), ("/id/meeting/eg1/8", "<h1")):
        media, body = _get(url + path, html)
        assert media == "text/html", path
        assert needle.lower() in body.decode("utf-8").lower(), path
    _, body = _get(f"{url}/api/meetings", "application/json")
    assert sorted(m["ordinal"] for m in json.loads(body)) == [6, 7, 8, 9, 10]
    _, body = _get(f"{url}/api/recommendations?meeting=8&limit=100", "application/json")
    recommendations = json.loads(body)
    assert {item["label"] for item in recommendations["items"]} >= {"a", "b", "c"}
    _, body = _get(f"{url}/export/citations?format=json", "*/*")
    view = json.loads(body)
    assert any(node.get("kind") == "article" for node in view["nodes"])


def test_the_two_commands_are_documented() -> None:
    assert command("quick-start").endswith("uncac-kg serve")
    assert "pytest" in command("test-command")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "test-command" in ci  # CI runs the README's test command, not its own


@pytest.mark.slow
def test_quick_start_serves_the_bundled_reports(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "uncac-kg")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UNCAC_KG_", "VIRTUAL_ENV"))}
    env.update(UNCAC_KG_STORE=str(tmp_path / "store"), UNCAC_KG_PORT=str(port))
    server = subprocess.Popen(["bash", "-c", command("quick-start")], cwd=project, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              start_new_session=True)
    try:
        url = None
        deadline = time.monotonic() + 240
        assert server.stdout is not None
        for line in server.stdout:
            found = re.search(r"Serving the graph at (http://\S+?)/? ", line)
            if found:
                url = found.group(1)
                break
            assert time.monotonic() < deadline, "the quick start did not start serving in time"
        assert url == f"http://127.0.0.1:{port}", url
        query = ("SELECT DISTINCT ?ordinal WHERE { ?m ukg:ordinal ?ordinal ; schema:startDate ?s ; "
                 "ukg:series/ukg:symbol ?x } ORDER BY ?ordinal")
        for _ in range(50):
            try:
                with urllib.request.urlopen(f"{url}/sparql?" + urllib.parse.urlencode({"query": query}),
                                            timeout=10) as response:
                    data = json.load(response)
                break
            except OSError:
                time.sleep(0.2)
        ordinals = [int(b["ordinal"]["value"]) for b in data["results"]["bindings"]]
        assert ordinals == [6, 7, 8, 9, 10]
        pages_answer(url)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
