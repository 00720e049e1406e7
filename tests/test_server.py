"""`uncac-kg serve --workers N`: several server processes share the port, a dead one is
started again, and all stop with the parent (or when the parent is gone)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from uncac_kg.cli import main

from helpers import disk_store, free_port

pytestmark = pytest.mark.slow

MEETINGS = "SELECT DISTINCT ?o WHERE { ?m ukg:ordinal ?o } ORDER BY ?o"


def children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def servers(pid: int) -> set[int]:
    """The server processes: the children of ``pid`` that multiprocessing spawned."""
    out = set()
    for child in children(pid):
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in command:  # not the resource tracker
            out.add(child)
    return out


def answered(url: str) -> list[str]:
    response = httpx.get(f"{url}/sparql", params={"query": MEETINGS}, headers={"Accept": "text/csv"}, timeout=30)
    assert response.status_code == 200, response.text
    return response.text.split()[1:]


@contextlib.contextmanager
def two_servers(store: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """`uncac-kg serve --workers 2` on ``store``, once both server processes answer; stopped after."""
    port = free_port()
    env = {**os.environ, "UNCAC_KG_STORE": str(store), "UNCAC_KG_PORT": str(port), "UNCAC_KG_QUERY_WORKERS": "2"}
    process = subprocess.Popen([sys.executable, "-m", "uncac_kg", "serve", "--workers", "2"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while len(servers(process.pid)) < 2 or not _up(url):
            assert process.poll() is None, process.stdout.read() if process.stdout else ""
            assert time.monotonic() < deadline, "the server processes did not start"
            time.sleep(0.2)
        yield url, process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)


def wait_gone(pids: set[int], why: str) -> None:
    deadline = time.monotonic() + 30
    while any(Path(f"/proc/{pid}").exists() and "Z" not in _state(pid) for pid in pids):
        assert time.monotonic() < deadline, why
        time.sleep(0.2)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    with two_servers(disk_store(tmp_path_factory.mktemp("server") / "store")) as running:
        yield running


def _up(url: str) -> bool:
    try:
        return httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200
    except httpx.TransportError:
        return False


def test_server_processes_share_the_port(served: tuple[str, subprocess.Popen[str]]) -> None:
    url, process = served
    assert len(servers(process.pid)) == 2
    expected = answered(url)
    assert expected == sorted(expected, key=int) and len(expected) >= 5
    with ThreadPoolExecutor(8) as pool:
        assert all(rows == expected for rows in pool.map(lambda _: answered(url), range(64)))
    assert httpx.get(f"{url}/api/meetings", timeout=30).status_code == 200  # the API too, not only /sparql


def test_a_dead_server_process_is_replaced(served: tuple[str, subprocess.Popen[str]]) -> None:
    url, process = served
    before = servers(process.pid)
    victim = min(before)
    os.kill(victim, signal.SIGKILL)
    deadline = time.monotonic() + 60
    while True:
        now = servers(process.pid)
        if victim not in now and len(now) == 2:
            break
        assert time.monotonic() < deadline, f"not replaced: {before} → {now}"
        time.sleep(0.2)
    assert answered(url)  # served all along by the other process, then by both


def test_stopping_the_parent_stops_them_all(served: tuple[str, subprocess.Popen[str]]) -> None:
    url, process = served
    spawned = servers(process.pid)
    process.terminate()
    assert process.wait(timeout=30) is not None
    wait_gone(spawned, "server processes outlived the parent")
    assert not _up(url)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


def test_workers_must_be_positive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", str(tmp_path / "s"), "serve", "--workers", "0"]) == 2
    assert "--workers 0" in capsys.readouterr().err


def test_server_processes_stop_when_the_parent_is_killed(tmp_path: Path) -> None:
    with two_servers(disk_store(tmp_path / "store")) as (url, process):
        spawned = servers(process.pid)
        process.kill()  # no chance to stop its children
        process.wait()
        wait_gone(spawned, "server processes outlived a killed parent")
        assert not _up(url)


def test_server_processes_that_keep_dying_stop_the_server(tmp_path: Path) -> None:
    """A server process that cannot start (here: its store is gone) is not restarted for ever."""
    import shutil

    store = disk_store(tmp_path / "store")
    with two_servers(store) as (_url, process):
        shutil.rmtree(store)
        for pid in servers(process.pid):
            os.kill(pid, signal.SIGKILL)
        output, _ = process.communicate(timeout=120)
    assert process.returncode == 1
    assert "keep stopping right after they start" in output.splitlines()[-1]
