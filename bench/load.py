"""Benchmark: loading, against the engine's own limit measured in the same run.

For each N, a synthetic corpus of N reports (``bench/corpus.py``) is loaded by the whole
pipeline (``graph/ingest.py`` ``load_paths``: read, normalise, segment, recognise, map,
write, then the derived graphs: reference tables, recurrence threads, search index) into a
fresh on-disk store.  The store's quads are then written as N-Quads and bulk-loaded by
pyoxigraph (``Store.bulk_load``) into another fresh store: the engine limit (every quad the
store holds, the default graph included, since the pipeline writes it too; also printed: the
named graphs alone).  Printed:
documents/s and quads/s of each, their ratio, where the pipeline's time goes (exclusive
time per phase), and a cProfile of the largest N.

    python bench/load.py                 # N = 10, 100
    python bench/load.py --large         # N = 10, 100, 1000
    python bench/load.py --sizes 5 --memory --no-profile
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pyoxigraph import RdfFormat, Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus

from uncac_kg.graph import ingest
from uncac_kg.graph.derived import recompute, report_symbols, search_index
from uncac_kg.graph.store.embedded import DumpFormat, GraphStore
from uncac_kg.ontology.iris import Iris

OUT = Path(__file__).resolve().parent / "out"


class Phases:
    """Exclusive wall time spent in each phase (a phase's nested phases not counted in it)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._stack: list[list[float]] = []

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        self._stack.append([0.0])
        try:
            yield
        finally:
            nested = self._stack.pop()[0]
            elapsed = time.perf_counter() - start
            self.seconds[name] += elapsed - nested
            if self._stack:
                self._stack[-1][0] += elapsed

    def wrap(self, owner: Any, attribute: str, name: str) -> Callable[[], None]:
        original = getattr(owner, attribute)

        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.phase(name):
                return original(*args, **kwargs)

        setattr(owner, attribute, timed)
        return lambda: setattr(owner, attribute, original)


def pipeline(paths: list[Path], location: Path | None, phases: Phases | None = None,
             workers: int | None = None) -> tuple[float, GraphStore]:
    """Seconds to load ``paths`` into a fresh store at ``location`` (None: in memory)."""
    undo = []
    if phases is not None:
        # Parsing is timed here only when it runs here (a wrapper cannot go to other processes).
        undo = [phases.wrap(ingest, "parse_file", "parse (read … map)")] if (workers or ingest.parsing_workers(
            len(paths))) == 1 else []
        undo += [phases.wrap(ingest, "refresh_reference", "reference graph"),
                phases.wrap(report_symbols, "recompute", "report symbols found elsewhere"),
                phases.wrap(recompute, "threads", "recurrence threads"),
                phases.wrap(search_index, "rebuild", "search index"),
                phases.wrap(GraphStore, "replace_graphs", "writing graphs"),
                phases.wrap(GraphStore, "flush", "flush"),
                phases.wrap(GraphStore, "optimize", "compaction (optimize)"),
                phases.wrap(GraphStore, "publish", "snapshot")]
    try:
        store = GraphStore.open(location)
        start = time.perf_counter()
        report = ingest.load_paths(store, paths, iris=Iris(), workers=workers, bulk=True)
        seconds = time.perf_counter() - start
    finally:
        for restore in undo:
            restore()
    if not report.ok:
        raise SystemExit(f"the pipeline failed on {len(report.failed)} files: {report.failed[:3]}")
    return seconds, store


def engine(store: GraphStore, folder: Path, location: Path | None, *, named_only: bool = False) -> tuple[float, int]:
    """Seconds for pyoxigraph's bulk loader to load the same quads, written as N-Quads: every
    quad the store holds (the documents' and the derived graphs, and the default graph, their
    merge, which the pipeline writes too), or with ``named_only`` the named graphs alone."""
    nquads = folder / "dump.nq"
    with open(nquads, "wb") as output:
        if named_only:
            store.dump(output, format=DumpFormat.NQ)
        else:
            store.store.dump(output, format=RdfFormat.N_QUADS)
    if location is not None and location.exists():
        shutil.rmtree(location)
    target = Store(str(location)) if location is not None else Store()
    start = time.perf_counter()
    target.bulk_load(path=str(nquads), format=RdfFormat.N_QUADS)
    if location is not None:
        target.flush()
    seconds = time.perf_counter() - start
    return seconds, len(target)


def corpus_of(n: int) -> list[Path]:
    folder = OUT / f"corpus-{n}"
    paths = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if len(paths) != n:
        paths = corpus.generate(n, folder)
    return paths


def run(n: int, *, memory: bool, profile: bool, workers: int | None) -> dict[str, float]:
    paths = corpus_of(n)
    with tempfile.TemporaryDirectory(prefix="uncac-kg-bench-") as tmp:
        folder = Path(tmp)
        phases = Phases()
        seconds, store = pipeline(paths, None if memory else folder / "pipeline", phases, workers)
        used = workers or ingest.parsing_workers(len(paths))
        quads, stored = len(store), len(store.store)
        engine_seconds, engine_quads = engine(store, folder, None if memory else folder / "engine")
        assert engine_quads == stored, (engine_quads, stored)
        named_seconds, named_quads = engine(store, folder, None if memory else folder / "engine", named_only=True)
        assert named_quads == quads, (named_quads, quads)
        del store
        print(f"\nN = {n}: {n} documents, {stored:,} quads: {quads:,} in the named graphs and "
              f"{stored - quads:,} in the default graph, their merge ({'in memory' if memory else 'on disk'}; "
              f"{used} parsing process{'es' if used > 1 else ''})")
        print(f"  pipeline  {seconds:7.2f} s  {n / seconds:8.1f} documents/s  {stored / seconds:10,.0f} quads/s")
        print(f"  engine    {engine_seconds:7.2f} s  {n / engine_seconds:8.1f} documents/s  "
              f"{stored / engine_seconds:10,.0f} quads/s  (Store.bulk_load of the same quads as N-Quads)")
        print(f"  ratio     {engine_seconds / seconds:7.2f}  (pipeline rate / engine rate; goal ≥ 0.5)")
        print(f"  (engine, the named graphs alone: {named_seconds:.2f} s; ratio {named_seconds / seconds:.2f})")
        print("  where the pipeline's time goes:")
        rest = seconds - sum(phases.seconds.values())
        named = {**phases.seconds, ("waiting for the parsing processes" if used > 1 else "the rest"): rest}
        for name, spent in sorted(named.items(), key=lambda kv: -kv[1]):
            print(f"    {name:<34} {spent:7.2f} s  {100 * spent / seconds:5.1f} %")
        if profile:
            profiler = cProfile.Profile()
            profiler.enable()
            pipeline(paths, None if memory else folder / "profiled", workers=workers)
            profiler.disable()
            text = io.StringIO()
            pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(15)
            lines = [line for line in text.getvalue().splitlines() if line.strip()]
            start = next(i for i, line in enumerate(lines) if "ncalls" in line)
            print("  cProfile of a second run, by own time (top 15; the run takes longer profiled):")
            print("\n".join("    " + line for line in lines[start:]))
    return {"n": n, "seconds": seconds, "engine": engine_seconds, "quads": stored, "named": named_seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Load benchmark: pipeline vs the engine's bulk loader.")
    parser.add_argument("--sizes", type=int, nargs="+", help="numbers of reports (default 10 100)")
    parser.add_argument("--large", action="store_true", help="also N = 1000")
    parser.add_argument("--memory", action="store_true", help="stores in memory instead of on disk")
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile run")
    parser.add_argument("--workers", type=int, help="parsing processes (default: the pipeline's own choice)")
    args = parser.parse_args(argv)
    sizes = args.sizes or ([10, 100, 1000] if args.large else [10, 100])
    results = [run(n, memory=args.memory, profile=not args.no_profile and n == max(sizes), workers=args.workers)
               for n in sizes]
    print("\ngrowth with N:")
    print(f"  {'N':>6} {'pipeline s':>11} {'docs/s':>8} {'s/doc':>7} {'quads/s':>10} {'engine s':>9} {'ratio':>6}"
          f" {'named-only ratio':>17}")
    for r in results:
        print(f"  {r['n']:>6} {r['seconds']:>11.2f} {r['n'] / r['seconds']:>8.1f} {r['seconds'] / r['n']:>7.3f} "
              f"{r['quads'] / r['seconds']:>10,.0f} {r['engine']:>9.2f} {r['engine'] / r['seconds']:>6.2f}"
              f" {r['named'] / r['seconds']:>17.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
