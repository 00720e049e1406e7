"""Servers for the benchmarks, started on free loopback ports and stopped afterwards:
`uncac-kg serve`, the Oxigraph server and rdflib-endpoint, over the same data."""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from pyoxigraph import RdfFormat

from uncac_kg.graph.ingest import load_paths
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.ontology.iris import Iris


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait(url: str, process: subprocess.Popen[bytes], *, seconds: float = 120) -> float:
    """Seconds until ``url`` answers ``ASK {}`` (the process must stay up)."""
    start = time.perf_counter()
    query = urllib.parse.urlencode({"query": "ASK {}"}).encode()
    while time.perf_counter() - start < seconds:
        if process.poll() is not None:
            raise RuntimeError(f"the server for {url} stopped: exit status {process.returncode}")
        try:
            request = urllib.request.Request(url, data=query, headers={
                "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
            with urllib.request.urlopen(request, timeout=5) as response:
                if response.status == 200:
                    return time.perf_counter() - start
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.02)
    raise RuntimeError(f"{url} did not answer within {seconds:g} s")


def build_store(folder: Path, paths: list[Path]) -> tuple[Path, Path]:
    """An on-disk store at ``folder/store`` with ``paths`` loaded, and its N-Quads dump."""
    store = GraphStore.open(folder / "store")
    report = load_paths(store, paths, iris=Iris(), bulk=True)
    assert report.ok, report.failed
    dump = folder / "dump.nq"
    with open(dump, "wb") as output:
        store.store.dump(output, format=RdfFormat.N_QUADS)
    del store, report
    gc.collect()  # closes the store: the server opens it next
    return folder / "store", dump


@contextlib.contextmanager
def process(args: list[str], url: str, env: dict[str, str] | None = None) -> Iterator[tuple[str, float, int]]:
    """Run a server; yield (its SPARQL URL, seconds until it answered, its process id)."""
    log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in the finally below)
    child = subprocess.Popen(args, env={**os.environ, **(env or {})}, stdout=log, stderr=subprocess.STDOUT)
    try:
        try:
            started = wait(url, child)
        except RuntimeError as error:
            log.seek(0)
            raise RuntimeError(f"{error}: {log.read().decode(errors='replace')[-2000:]}") from None
        yield url, started, child.pid
    finally:
        child.terminate()
        try:
            child.wait(timeout=5)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        log.close()


def uncac_kg(store: Path, **env: str) -> contextlib.AbstractContextManager[tuple[str, float, int]]:
    port = free_port()
    return process([sys.executable, "-m", "uncac_kg", "--store", str(store), "serve", "--port", str(port)],
                   f"http://127.0.0.1:{port}/sparql", env)


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        raise SystemExit("the oxigraph server is missing: pip install oxigraph (it is in the test extra)")
    return found


@contextlib.contextmanager
def oxigraph(dump: Path, folder: Path) -> Iterator[tuple[str, float, int]]:
    """The Oxigraph server (read-only, union default graph) over the quads of ``dump``."""
    location = folder / "oxigraph"
    subprocess.run([oxigraph_binary(), "load", "--location", str(location), "--file", str(dump)], check=True,
                   capture_output=True)
    port = free_port()
    with process([oxigraph_binary(), "serve-read-only", "--location", str(location), "--bind",
                  f"127.0.0.1:{port}", "--union-default-graph"], f"http://127.0.0.1:{port}/query") as served:
        yield served


_RDFLIB = """
import sys, uvicorn
from rdflib import Dataset
from rdflib_endpoint import SparqlEndpoint
data = Dataset(default_union=True)
data.parse(sys.argv[1], format="nquads")
uvicorn.run(SparqlEndpoint(graph=data, path="/sparql"), host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
"""


def rdflib_endpoint(dump: Path) -> contextlib.AbstractContextManager[tuple[str, float, int]]:
    """rdflib-endpoint over the quads of ``dump`` (an rdflib Dataset, union default graph)."""
    port = free_port()
    return process([sys.executable, "-c", _RDFLIB, str(dump), str(port)], f"http://127.0.0.1:{port}/sparql")


def rss(pid: int) -> int:
    """Resident memory of a process and its descendants, in bytes (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            with open(f"/proc/{current}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            pass
    return total
