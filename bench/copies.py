"""Benchmark: the bundled reports loaded under several file names, against one copy.

Each bundled report is copied under ``copies`` file names (``copy00-…``, ``copy01-…``): the
copies state the same facts, so a store holding 16 copies answers every question as one
copy does (``tests/test_counting.py`` checks the answers), and loading them should cost
far less than 16 loads: a copy differs from the document already stored by its file name,
and the store writes only what changes.  Printed, per number of copies: the pipeline's
seconds (``graph/ingest.py`` ``load_paths`` into a store in memory, and on disk), the
ratio to one copy (after a warm-up load: imports, the segmenter's dictionary), and the
reference measured in the same run: pyoxigraph's own ``Store.bulk_load`` of the same
store's N-Quads into a fresh store (the engine's limit for writing those quads, as
``bench/load.py`` uses it).

    python bench/copies.py                     # 1, 2 and 16 copies
    python bench/copies.py --copies 1 16 60 --repeat 3
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from pyoxigraph import RdfFormat, Store

from uncac_kg.graph.ingest import BUNDLED_REPORTS, load_paths
from uncac_kg.graph.store.embedded import DumpFormat, GraphStore
from uncac_kg.ontology.iris import Iris


def copies_folder(root: Path, copies: int) -> Path:
    """A folder holding each bundled report under ``copies`` file names."""
    folder = root / f"copies-{copies}"
    folder.mkdir()
    for report in sorted(BUNDLED_REPORTS.glob("*.txt")):
        for copy in range(copies):
            shutil.copyfile(report, folder / f"copy{copy:02d}-{report.name}")
    return folder


def timed_load(folder: Path, *, path: Path | None) -> tuple[float, GraphStore]:
    store = GraphStore.open(path)
    start = time.perf_counter()
    if not load_paths(store, [folder], iris=Iris()).ok:
        raise SystemExit(f"{folder}: the load reported errors")
    return time.perf_counter() - start, store


def bulk_reference(store: GraphStore, root: Path) -> float:
    """Seconds pyoxigraph's bulk loader takes to write the store's quads into a fresh store."""
    dump = root / "dump.nq"
    with dump.open("wb") as out:
        store.dump(out, format=DumpFormat.NQ)
    reference = Store()
    start = time.perf_counter()
    reference.bulk_load(path=str(dump), format=RdfFormat.N_QUADS)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 2, 16])
    parser.add_argument("--repeat", type=int, default=2, help="runs per figure (the median is printed)")
    args = parser.parse_args()
    if 1 not in args.copies:
        args.copies.insert(0, 1)
    figures: dict[int, tuple[float, float, float, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "warm-up").mkdir()
        timed_load(copies_folder(root / "warm-up", 1), path=None)
        for n in args.copies:
            folder = copies_folder(root, n)
            memory, disk, bulk = [], [], []
            for run in range(args.repeat):
                seconds, store = timed_load(folder, path=None)
                memory.append(seconds)
                seconds, _ = timed_load(folder, path=root / f"store-{n}-{run}")
                disk.append(seconds)
                bulk.append(bulk_reference(store, root))
            figures[n] = (statistics.median(memory), statistics.median(disk), statistics.median(bulk), len(store))
    one = figures[1]
    print(f"{'copies':>6} {'files':>5} {'quads':>8} {'memory s':>9} {'×1':>6} {'disk s':>8} {'×1':>6} "
          f"{'bulk s':>7} {'memory/bulk':>12}")
    for n, (memory, disk, bulk, quads) in figures.items():
        files = n * len(list(BUNDLED_REPORTS.glob("*.txt")))
        print(f"{n:>6} {files:>5} {quads:>8} {memory:>9.2f} {memory / one[0]:>5.1f}× {disk:>8.2f} "
              f"{disk / one[1]:>5.1f}× {bulk:>7.2f} {memory / bulk:>11.1f}×")


if __name__ == "__main__":
    main()
