"""Benchmark: start-up and memory of `uncac-kg serve` on a loaded store.

A store is loaded (the bundled reports, or ``--corpus N``) and closed; then, several times,
`uncac-kg serve` is started and timed until it answers its first query (``ASK {}``, then a
library query).  Resident memory (the server and its query workers) is read idle, at the
peak of a few seconds of 8 concurrent clients running the query library, and after a first
full-text search (which is what loads jieba's dictionary: nothing else in serving does).
The Oxigraph server on the same data is measured alongside, for orientation.

    python bench/startup.py [--runs 3] [--seconds 5] [--corpus N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import query
import servers

from uncac_kg.graph.ingest import BUNDLED_REPORTS

MiB = 2**20


def first_library_answer(url: str) -> float:
    start = time.perf_counter()
    assert query.hammer_once(url, query.library()["meetings"], timeout=60)
    return time.perf_counter() - start


def peak_rss_under_load(url: str, pid: int, seconds: float) -> tuple[int, int]:
    """(peak resident bytes, requests answered) while 8 clients run the library."""
    texts = list(query.library().values())
    peak = [servers.rss(pid)]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], servers.rss(pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    answered = 0
    deadline = time.perf_counter() + seconds
    try:
        while time.perf_counter() < deadline:
            for text in texts:
                measure = query.hammer(url, text, seconds=0.0, timeout=60)
                answered += measure.requests
                if time.perf_counter() >= deadline:
                    break
    finally:
        done.set()
        sampler.join()
    return peak[0], answered


def search(url: str) -> None:
    base = url.rsplit("/sparql", 1)[0]
    with urllib.request.urlopen(f"{base}/api/search?" + urllib.parse.urlencode({"q": "司法协助"}), timeout=120) as r:
        r.read()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Start-up time and memory of uncac-kg serve.")
    parser.add_argument("--runs", type=int, default=3, help="start-ups to time (default 3)")
    parser.add_argument("--seconds", type=float, default=5.0, help="of load for the memory peak (default 5)")
    parser.add_argument("--corpus", type=int, help="a synthetic corpus of N reports instead of the bundled ones")
    args = parser.parse_args(argv)
    if args.corpus:
        import corpus

        paths = corpus.generate(args.corpus, Path(__file__).resolve().parent / "out" / f"corpus-{args.corpus}")
    else:
        paths = sorted(BUNDLED_REPORTS.glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="uncac-kg-bench-") as tmp:
        folder = Path(tmp)
        store, dump = servers.build_store(folder, paths)
        print(f"data: {len(paths)} documents")
        starts, firsts = [], []
        for run in range(args.runs):
            with servers.uncac_kg(store) as (url, started, pid):
                first = first_library_answer(url)
                starts.append(started)
                firsts.append(started + first)
                if run == args.runs - 1:
                    idle = servers.rss(pid)
                    peak, answered = peak_rss_under_load(url, pid, args.seconds)
                    before = servers.rss(pid)
                    search(url)
                    after = servers.rss(pid)
        print(f"uncac-kg serve: first answer (ASK {{}}) {statistics.median(starts):.2f} s after start "
              f"(median of {args.runs}: {', '.join(f'{s:.2f}' for s in starts)}); first library query answered "
              f"{statistics.median(firsts):.2f} s after start")
        print(f"  resident memory (server and query workers): idle {idle / MiB:.0f} MiB; peak under 8 clients "
              f"for {args.seconds:g} s ({answered} requests) {peak / MiB:.0f} MiB; "
              f"before the first search {before / MiB:.0f} MiB, after it {after / MiB:.0f} MiB "
              "(jieba's dictionary loads then)")
        with servers.oxigraph(dump, folder) as (url, started, pid):
            first = first_library_answer(url)
            idle = servers.rss(pid)
            peak, answered = peak_rss_under_load(url, pid, args.seconds)
        print(f"oxigraph serve-read-only: first answer {started:.2f} s after start, first library query "
              f"{started + first:.2f} s; resident memory idle {idle / MiB:.0f} MiB, peak under load "
              f"{peak / MiB:.0f} MiB ({answered} requests)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
