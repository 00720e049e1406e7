"""A load killed with SIGKILL leaves a store that opens, with every document wholly in its
previous version or wholly in its new one, and publishes no half-done snapshot; the next
load (even of no file) computes the derived graphs again, and loading the batch again gives
the same dataset as a clean load.

The loader runs in a real subprocess over an on-disk store and says what it is about to do
(each document, the threads, the search index, the snapshot); it is killed right then (in
the middle of the documents; when they are all written but the derived graphs are not), or
a moment later while publishing.
"""

from __future__ import annotations

import gc
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from uncac_kg.graph.ingest import load_paths
from uncac_kg.graph.store.embedded import GraphStore, latest_snapshot
from uncac_kg.loaders import load
from uncac_kg.ontology.iris import Iris

from helpers import REPORTS, assert_same_dataset, dataset

pytestmark = pytest.mark.slow

#: `load_paths` in a subprocess, printing each step as it begins.
CHILD = """
import sys
from pathlib import Path
from uncac_kg.graph.derived import recompute, search_index
from uncac_kg.graph.ingest import load_paths
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.ontology.iris import Iris

def announce(step, function):
    def run(*args, **kwargs):
        print(step, flush=True)
        return function(*args, **kwargs)
    return run

recompute.threads = announce("threads", recompute.threads)
search_index.rebuild = announce("search", search_index.rebuild)
GraphStore.publish = announce("publish", GraphStore.publish)

def progress(done: int, total: int, path: Path) -> None:
    if done < total:
        print(f"document {path.name}", flush=True)

report = load_paths(GraphStore.open(sys.argv[1]), sys.argv[2:], iris=Iris(), progress=progress)
assert report.ok, report.failed
print("finished", flush=True)
"""

#: Added to the first numbered paragraph: the new version of a report.
ADDED = "（新版本补充的一句话。）"


def _new_version(text: str) -> str:
    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip().startswith("1."))
    lines[first] = lines[first].rstrip() + ADDED
    return "\n".join(lines)


def _write_batch(root: Path) -> tuple[list[Path], list[Path]]:
    """The reports as they are (old versions) and a batch: their new versions under the same
    names, and copies under other names, each a document of its own."""
    (root / "old").mkdir()
    (root / "new").mkdir()
    old, batch, graphs = [], [], set()
    for report in REPORTS:
        (root / "old" / report.name).write_bytes(report.read_bytes())
        old.append(root / "old" / report.name)
    for name, report in [(r.name, r) for r in REPORTS] + [(f"copy-{r.name}", r) for r in REPORTS[:3]]:
        text = _new_version(report.read_text(encoding="utf-8"))
        graph = load(text.encode(), source=name, iris=Iris()).graph
        if graph not in graphs:  # (a report with a symbol is one document whatever the file's name)
            graphs.add(graph)
            (root / "new" / name).write_text(text, encoding="utf-8")
            batch.append(root / "new" / name)
    return old, batch


def _clean(*batches: list[Path]) -> dict[str, object]:
    store = GraphStore.open(None)
    for batch in batches:
        assert load_paths(store, batch, iris=Iris()).ok
    return dataset(store)


def _opened(path: Path, *, read_only: bool = False) -> tuple[dict[str, object], bool]:
    """The dataset of the store at ``path`` (or of its snapshot), and whether a load was interrupted."""
    store = GraphStore.open(path, create=False, read_only=read_only)
    try:
        return dataset(store), store.load_interrupted()
    finally:
        del store
        gc.collect()


def _kill_at(path: Path, files: list[Path], step: str, delay: float) -> bool:
    """Run the loader and SIGKILL it ``delay`` s after it begins ``step``; whether it was
    killed before it finished."""
    process = subprocess.Popen([sys.executable, "-c", CHILD, str(path), *map(str, files)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    try:
        for line in process.stdout:
            if line.strip() == step:
                time.sleep(delay)
                break
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return process.returncode == -signal.SIGKILL


def _versions(files: list[Path]) -> dict[Path, tuple[str, object]]:
    """Each file's document graph as loading it makes it: file → (graph name, its triples)."""
    out = {}
    for path in files:
        doc = load(path.read_bytes(), source=path.name, iris=Iris())
        store = GraphStore.open(None)
        store.replace_graph(doc.graph, doc.quads)
        out[path] = (doc.graph.value, dataset(store)[doc.graph.value])
    return out


def _reopen(path: Path) -> GraphStore:
    gc.collect()  # (the store opened before is closed once collected)
    return GraphStore.open(path)


def test_a_killed_load_leaves_whole_documents_and_no_half_snapshot(tmp_path: Path) -> None:
    old, batch = _write_batch(tmp_path)
    store_path = tmp_path / "store"
    old_versions, new_versions = _versions(old), _versions(batch)
    clean = _clean(old, batch)

    # The very first load, killed as it begins its third document: no snapshot; the documents
    # written are whole; the next load (of no file) computes the derived graphs as a clean
    # load of those documents has them, and publishes.
    assert _kill_at(store_path, old, f"document {old[2].name}", 0.0)
    data, interrupted = _opened(store_path)
    assert interrupted and latest_snapshot(store_path) is None
    present = [path for path, (graph, _) in old_versions.items() if graph in data]
    assert len(present) >= 2 and old[:2] == present[:2]
    assert all(data[graph] == triples for graph, triples in old_versions.values() if graph in data)
    assert load_paths(_reopen(store_path), [], iris=Iris()).ok
    expected = _clean(present)
    assert_same_dataset(_opened(store_path)[0], expected)
    assert_same_dataset(_opened(store_path, read_only=True)[0], expected)

    # The old versions of everything, loaded to the end; then the batch, killed at each step.
    assert load_paths(_reopen(store_path), old, iris=Iris()).ok
    gc.collect()
    half = len(batch) // 2
    steps = [(f"document {batch[half].name}", 0.0), ("threads", 0.0), ("publish", random.Random(11).uniform(0.0, 0.2))]
    killed = 0
    before, _ = _opened(store_path)
    for step, delay in steps:
        snapshot_before = latest_snapshot(store_path)
        if not _kill_at(store_path, batch, step, delay):
            continue  # finished before the kill: nothing to see
        killed += 1
        after, interrupted = _opened(store_path)  # the store opens
        for graph, new in new_versions.values():
            assert after.get(graph) in (before.get(graph), new), f"{step}: {graph} is half old, half new"
        if step.startswith("document"):
            for path in batch[:half]:
                graph, new = new_versions[path]
                assert after[graph] == new, f"{step}: {path.name} was loaded before the kill"
        if not interrupted:  # killed after the load ended
            assert_same_dataset(after, clean)
        # A snapshot never changes once published: the one views see is the one before, or
        # one published just before the kill — and then it is the complete load.
        if latest_snapshot(store_path) != snapshot_before:
            assert_same_dataset(_opened(store_path, read_only=True)[0], clean)
        if step == "threads":  # every document written, the derived graphs not: a load of no file completes them
            assert interrupted
            assert load_paths(_reopen(store_path), [], iris=Iris()).ok
            after, _ = _opened(store_path)
            assert_same_dataset(after, clean)
        before = after
    assert killed >= 2

    # Loading the batch again completes: the same dataset as a clean load, published.
    result = subprocess.run([sys.executable, "-m", "uncac_kg", "load", *map(str, batch)],
                            env={**os.environ, "UNCAC_KG_STORE": str(store_path)},
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    data, interrupted = _opened(store_path)
    assert not interrupted
    assert_same_dataset(data, clean)
    assert_same_dataset(_opened(store_path, read_only=True)[0], clean)
