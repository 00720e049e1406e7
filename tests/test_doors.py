"""Every door that takes a caller's SPARQL gets the same guard, and the test finds the doors
itself: it walks the server's OpenAPI document, takes every parameter or body that carries
SPARQL (marked ``x-sparql``; a parameter that looks like one and is not marked fails the
test), and sends each the runaway join, a SERVICE call to a port this test listens on, a
deep nesting and an update.  Each must be refused, or stopped within the time limit, while a
light query on ``/sparql`` still answers within a second; nobody may connect to the port."""

from __future__ import annotations

import concurrent.futures
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from helpers import ROOT, disk_store, free_port, serving

#: The server's query time limit: the runaway queries below burn a core until it stops them, so
#: it is short; the light queries and the library's queries answer in milliseconds.
TIMEOUT = 2.0
LIGHT = "SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://w3id.org/uncac-kg/ontology#Document> }"
RUNAWAY = "SELECT ?a ?b WHERE { ?a ?p ?c . ?d ?e ?f . ?g ?h ?b }"
DEEP = "SELECT * WHERE " + "{" * 300 + "}" * 300
UPDATES = ("DELETE WHERE { ?s ?p ?o }", "INSERT DATA { <urn:a> <urn:b> <urn:c> }")


class Listener:
    """A TCP port on loopback that counts the connections made to it."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        self.stopped = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                connection, _ = self.socket.accept()
            except OSError:
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self.stopped.set()
        self.socket.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = disk_store(tmp_path_factory.mktemp("doors") / "store")
    with serving(store, UNCAC_KG_QUERY_TIMEOUT=str(TIMEOUT), UNCAC_KG_QUERY_WORKERS="2") as url:
        yield url


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    listening = Listener()
    yield listening
    listening.close()


# --- finding the doors ---------------------------------------------------------------------

def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = document
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _marked(parameter: dict[str, Any]) -> bool:
    return "x-sparql" in parameter or "x-sparql" in parameter.get("schema", {})


def _looks_like_sparql(name: str, description: str) -> bool:
    return name.lower() in ("query", "sparql", "update") or "sparql" in description.lower()


def doors(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Each way to send the server SPARQL: method, path (path parameters filled in every way the
    schema allows), where the text goes (a query parameter, a form field, the body), and
    whether the operation takes it at all for those path values (``takes``)."""
    found = []
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            parameters = operation.get("parameters", [])
            fillings: list[dict[str, str]] = [{}]
            for parameter in parameters:
                if parameter["in"] == "path":
                    schema = _resolve(document, parameter.get("schema", {}))
                    values = schema.get("enum") or ["x"]
                    fillings = [{**f, parameter["name"]: str(v)} for f in fillings for v in values]
            places = []
            for parameter in parameters:
                if parameter["in"] != "query":
                    continue
                if _marked(parameter):
                    places.append(("param", parameter["name"]))
                else:
                    assert not _looks_like_sparql(parameter["name"], parameter.get("description", "")), (
                        f"{method.upper()} {path}: parameter {parameter['name']!r} looks like SPARQL but is not "
                        "marked x-sparql: guard it and mark it")
            for media, content in operation.get("requestBody", {}).get("content", {}).items():
                schema = _resolve(document, content.get("schema", {}))
                if "x-sparql" in schema:
                    places.append(("body", media))
                for name, field in schema.get("properties", {}).items():
                    if "x-sparql" in field:
                        places.append(("form", name))
            for filling in fillings:
                for place in places:
                    takes = not (path == "/export/{view}" and filling.get("view") != "custom")
                    found.append({"method": method.upper(), "path": path.format(**filling), "place": place,
                                  "takes": takes})
    return found


def send(server: str, door: dict[str, Any], sparql: str) -> httpx.Response:
    kind, name = door["place"]
    url = server + door["path"]
    if kind == "param":
        extra = {"format": "json"} if door["path"].startswith("/export/") else {}
        return httpx.request(door["method"], url, params={name: sparql, **extra}, timeout=60)
    if kind == "form":
        return httpx.request(door["method"], url, data={name: sparql}, timeout=60)
    return httpx.request(door["method"], url, content=sparql.encode(), headers={"Content-Type": name}, timeout=60)


@pytest.fixture(scope="module")
def found(server: str) -> list[dict[str, Any]]:
    document = httpx.get(f"{server}/openapi.json", timeout=30).json()
    return doors(document)


@pytest.mark.slow
def test_the_doors_are_found(found: list[dict[str, Any]]) -> None:
    paths = {(d["method"], d["path"], d["place"][0]) for d in found if d["takes"]}
    # Those known today; the walk finds any added later by itself.
    assert {("GET", "/sparql", "param"), ("POST", "/sparql", "form"), ("POST", "/sparql", "body"),
            ("GET", "/export/custom", "param")} <= paths


def _hostile(listener: Listener) -> dict[str, tuple[str, set[int]]]:
    service = f"SELECT ?s ?o WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}"
    return {"service": (service, {403}), "deep": (DEEP, {400}),
            **{f"update {i}": (u, {400, 403}) for i, u in enumerate(UPDATES)}}


@pytest.mark.slow
def test_every_door_refuses_what_the_endpoint_refuses(server: str, found: list[dict[str, Any]],
                                                      listener: Listener) -> None:
    for door in found:
        for name, (sparql, statuses) in _hostile(listener).items():
            response = send(server, door, sparql)
            expected = statuses if door["takes"] else {400}
            assert response.status_code in expected, (door, name, response.status_code, response.text[:200])
            error = response.json()["error"]
            assert error["status"] == response.status_code and "\n" not in error["detail"]
    assert listener.connections == 0, "a SERVICE call reached out of the server"


@pytest.mark.slow
def test_every_door_stops_a_runaway_query_and_others_still_answer(server: str, found: list[dict[str, Any]]) -> None:
    for door in (d for d in found if d["takes"]):
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            started = time.monotonic()
            runaway = pool.submit(send, server, door, RUNAWAY)
            time.sleep(0.3)
            light_started = time.monotonic()
            light = httpx.get(f"{server}/sparql", params={"query": LIGHT}, timeout=30)
            light_took = time.monotonic() - light_started
            response = runaway.result()
            took = time.monotonic() - started
        assert response.status_code == 503, (door, response.status_code, response.text[:200])
        detail = response.json()["error"]["detail"]
        assert "s (the server's limit)" in detail or "out of memory" in detail, detail  # stopped, either way
        assert took < TIMEOUT + 3, (door, took)
        assert light.status_code == 200 and light_took < 1.0, (door, light.status_code, light_took)


@pytest.mark.slow
def test_library_parameters_are_values_not_text(server: str, found: list[dict[str, Any]], listener: Listener) -> None:
    """The query library's parameters are bound as terms: text that would break out of a query
    is a value that matches nothing (or a 400), never SPARQL that runs."""
    document = httpx.get(f"{server}/openapi.json", timeout=30).json()
    operation = document["paths"]["/api/queries/{name}"]["get"]
    assert operation.get("x-sparql") == "parameters"
    escapes = [f'x" }} }} SERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} #',
               "<urn:x> } ; DROP ALL ; #", "1) } UNION { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } #"]
    library = httpx.get(f"{server}/api/queries", timeout=30).json()
    checked = 0
    for named in library:
        for parameter in named["parameters"]:
            for value in escapes:
                started = time.monotonic()
                response = httpx.get(f"{server}/api/queries/{named['name']}",
                                     params={parameter["name"]: value}, timeout=60)
                assert response.status_code in (200, 400), (named["name"], value, response.text[:200])
                assert time.monotonic() - started < TIMEOUT + 3
                checked += 1
    assert checked > 10
    assert listener.connections == 0


def test_the_api_holds_no_store_that_runs_sparql_in_process() -> None:
    """Structural: the routes get a guarded store (queries go to the executor); nothing under
    api/ but the app factory names the in-process store."""
    from uncac_kg.api.app import create_app
    from uncac_kg.graph.store.embedded import GraphStore
    from uncac_kg.graph.store.guarded import GuardedStore
    from uncac_kg.settings import Settings

    app = create_app(Settings(store="unused"), store=GraphStore.open(None))
    assert isinstance(app.state.store, GuardedStore)
    assert not any(isinstance(v, GraphStore) for v in vars(app.state.store).values())
    for module in (ROOT / "api").glob("*.py"):
        if module.name != "app.py":
            assert "GraphStore" not in module.read_text(encoding="utf-8"), module.name


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _running(pid: int) -> bool:
    """Whether process ``pid`` exists and has not ended (a zombie has ended: only its exit status is left)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _parent(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except OSError:
        return None


def _cpu_seconds(pid: int) -> float:
    """The CPU time process ``pid`` has used (0 if it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.slow
@pytest.mark.parametrize("http_workers", [1, 2])
def test_sigterm_stops_serve_whatever_is_running(tmp_path: Path, http_workers: int) -> None:
    from uncac_kg.settings import default_assets

    store = disk_store(tmp_path / "store")
    port = free_port()
    # (the assets `serving` uses, fetched once: a folder of its own would have `serve` fetch them with npm)
    env = {**os.environ, "UNCAC_KG_STORE": str(store), "UNCAC_KG_PORT": str(port),
           "UNCAC_KG_QUERY_TIMEOUT": "120", "UNCAC_KG_QUERY_WORKERS": "2",
           "UNCAC_KG_ASSETS": str(default_assets(os.environ))}
    process = subprocess.Popen([sys.executable, "-m", "uncac_kg", "serve", "--workers", str(http_workers)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        idle = {pid: _cpu_seconds(pid) for pid in _descendants(process.pid)}
        pool = concurrent.futures.ThreadPoolExecutor(2)
        pool.submit(httpx.get, f"{url}/sparql", params={"query": RUNAWAY}, timeout=200)
        pool.submit(httpx.get, f"{url}/export/custom", params={"query": RUNAWAY, "format": "json"}, timeout=200)
        # The queries run once a query worker has spent half a second of CPU on them (with server
        # processes, the workers are their children: a server process may still be starting).
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not any(
                _cpu_seconds(pid) - idle.get(pid, 0.0) > 0.5 for pid in _descendants(process.pid)
                if http_workers == 1 or _parent(pid) != process.pid):
            time.sleep(0.05)
        family = _descendants(process.pid)
        assert family, "the server started no worker processes"
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
        assert time.monotonic() - started < 10
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline and any(_running(pid) for pid in family):
            time.sleep(0.1)
        alive = [pid for pid in family if _running(pid)]
        assert not alive, f"processes left running after SIGTERM: {alive}"
        pool.shutdown(wait=False, cancel_futures=True)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
