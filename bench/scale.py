"""Benchmark: the query library through ``/sparql`` as the graph grows (N = 100 and 1,000).

For each N, the synthetic corpus of N documents (``bench/corpus.py``: documents that share
meetings, report symbols, resolutions, articles, States and recommendations) is loaded into
an on-disk store (``load --bulk``; kept in ``bench/out/store-N`` and reused), served by
``uncac-kg serve`` (one server per N, side by side: each query is sent to one, then the
other, seconds apart), and each query of the library is sent to ``/sparql`` by ``wrk`` (a
compiled load generator: Debian's package ``wrk``) for a few seconds, 8 connections on 2
threads, SPARQL JSON results.  Each query is asked twice:

* **about one thing**: its filter parameters bound (``VALUES``, before the pattern runs) to
  one meeting (the 20th), article 46, resolution 7/1 (4/2 for mandates), the report symbol
  of the 20th meeting; the answers are about as large at both N;
* **as it is** (with ``--all``): every row (the answers of the listings grow with N).

Each query runs for ``--seconds`` or, if longer, 12 times one answer's latency.

Printed: requests/s and rows per query and N, the geometric mean of the rates per N and
variant (and over the queries whose answers are as large at both N), and the ratio
N = 100 / N = 1,000 (goal: within 2×).

    python bench/scale.py [--sizes 100 1000] [--seconds 5] [--queries meetings agenda]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from pyoxigraph import Variable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus
import servers

from uncac_kg.graph.ingest import load_paths
from uncac_kg.graph.query import library as queries
from uncac_kg.graph.query.parameters import term
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.graph.store.remote import substitute, with_prefixes
from uncac_kg.ontology.iris import DEFAULT_BASE, Iris

OUT = Path(__file__).resolve().parent / "out"
MEETING = 20
#: Input parameters (needed to answer at all) and filter parameters (one thing), as terms.
INPUTS = {"term": "司法协助", "subject": f"<{DEFAULT_BASE}meeting/eg1/{MEETING}>",
          "recommendation": f"<{DEFAULT_BASE}meeting/eg1/{MEETING}/recommendation/a>"}
ONE_THING = {"ordinal": str(MEETING), "article": "46", "resolution": "7/1", "symbol": corpus.report_symbol(MEETING)}
OVERRIDES = {("mandates", "resolution"): "4/2"}
_RATE = re.compile(r"Requests/sec:\s+([\d.]+)")
_BAD = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)|Socket errors:.*timeout (\d+)")


def cases(names: list[str] | None) -> dict[str, str]:
    """Case name → query text with its prefixes declared."""
    out = {}
    for name, named in queries.library().items():
        if names and name not in names:
            continue
        inputs = {Variable(p): term(INPUTS[p]) for p in named.inputs}
        out[f"{name} (as it is)"] = with_prefixes(substitute(named.text, inputs) if inputs else named.text)
        one = {Variable(p.name): term(OVERRIDES.get((name, p.name), ONE_THING[p.name])) for p in named.parameters
               if p.name in ONE_THING and p.name not in named.inputs}
        if one:
            out[f"{name} (one thing)"] = with_prefixes(substitute(named.text, {**inputs, **one}))
    return out


def store_of(n: int) -> Path:
    """An on-disk store with the synthetic corpus of ``n`` documents (made once, then reused)."""
    location = OUT / f"store-{n}"
    if (location / "DONE").exists():
        return location
    shutil.rmtree(location, ignore_errors=True)
    folder = OUT / f"corpus-{n}"
    paths = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if len(paths) != n:
        paths = corpus.generate(n, folder)
    store = GraphStore.open(location)
    report = load_paths(store, paths, iris=Iris(), bulk=True)
    assert report.ok, report.failed[:3]
    del store
    (location / "DONE").touch()
    return location


def rows(url: str, sparql: str) -> tuple[int, float]:
    """Rows of one answer and the seconds it took (waiting while the server is still busy with
    the last query's requests: 503)."""
    request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": sparql}).encode(), headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
    for _ in range(60):
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=300) as response:
                count = len(json.loads(response.read()).get("results", {}).get("bindings", []))
                return count, time.perf_counter() - start
        except urllib.error.HTTPError as error:
            if error.code != 503:
                raise
            time.sleep(5)
    raise RuntimeError("the server stayed busy")


def wrk(url: str, sparql: str, *, seconds: float, folder: Path) -> tuple[float, int]:
    """Requests/s and failed requests of ``wrk`` POSTing ``sparql`` to ``url``."""
    body = urllib.parse.urlencode({"query": sparql})
    script = folder / "post.lua"
    script.write_text('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n'
                      'wrk.headers["Accept"] = "application/sparql-results+json"\n'
                      f"wrk.body = [==[{body}]==]\n")
    done = subprocess.run(["wrk", "-t2", "-c8", f"-d{math.ceil(seconds)}s", "--timeout", "60s", "-s", str(script), url],
                          capture_output=True, text=True, check=True)
    rate = _RATE.search(done.stdout)
    bad = sum(int(g) for m in _BAD.finditer(done.stdout) for g in m.groups() if g)
    return (float(rate.group(1)) if rate else 0.0), bad


def geometric_mean(values: list[float]) -> float:
    values = [v for v in values if v > 0]
    return math.exp(statistics.fmean(math.log(v) for v in values)) if values else math.nan


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The query library through /sparql at N = 100 and 1,000 (wrk).")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--seconds", type=float, default=5.0, help="per query and N (default 5)")
    parser.add_argument("--queries", nargs="+", help="only these library queries")
    parser.add_argument("--all", action="store_true", help="also every query as it is (all rows: slow at N = 1,000)")
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install wrk")
    texts = {name: text for name, text in cases(args.queries).items() if args.all or name.endswith("(one thing)")}
    locations = {n: store_of(n) for n in args.sizes}
    results: dict[int, dict[str, tuple[float, int, int]]] = {n: {} for n in args.sizes}
    with tempfile.TemporaryDirectory(prefix="uncac-kg-scale-") as tmp, contextlib.ExitStack() as stack:
        # Both servers run side by side and each query is sent to one, then the other, so that
        # the two sides of a ratio are measured seconds apart (the machine's other work drifts).
        urls = {n: stack.enter_context(servers.uncac_kg(locations[n]))[0] for n in args.sizes}
        for name, text in texts.items():
            for n in args.sizes:
                count, latency = rows(urls[n], text)
                # long enough for some 3 rounds of the 8 connections' requests on the 2 query workers
                seconds = min(120.0, max(args.seconds, 12 * latency))
                rate, bad = wrk(urls[n], text, seconds=seconds, folder=Path(tmp))
                rows(urls[n], "ASK {}")  # (the server is free again: the next query is measured alone)
                results[n][name] = (rate, bad, count)
                print(f"  N={n:<5} {name:<40} {rate:9.1f} req/s  {count:6d} rows" + (f"  {bad} failed" if bad else ""),
                      flush=True)
    first, last = args.sizes[0], args.sizes[-1]
    print(f"\n{'query':<40}" + "".join(f"{'N=' + str(n) + ' req/s':>16}{'rows':>7}" for n in args.sizes)
          + f"{'ratio':>8}")
    for name in texts:
        cells = "".join(f"{results[n][name][0]:>16.1f}{results[n][name][2]:>7d}" for n in args.sizes)
        ratio = results[last][name][0] / results[first][name][0] if results[first][name][0] else math.nan
        print(f"{name:<40}{cells}{ratio:>8.2f}")
    for variant in ("one thing", "as it is"):
        for same in (False, True):
            names = [name for name in texts if name.endswith(f"({variant})")
                     and (not same or results[first][name][2] == results[last][name][2])]
            if not names:
                continue
            means = {n: geometric_mean([results[n][name][0] for name in names]) for n in args.sizes}
            print(f"geometric mean, {variant}{', answers of the same size' if same else ''} ({len(names)} queries): "
                  + ", ".join(f"N={n} {means[n]:.1f} req/s" for n in args.sizes)
                  + f"; N={first} / N={last}: {means[first] / means[last]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
