"""Benchmark: SPARQL over HTTP at concurrency 8, against the Oxigraph server and rdflib-endpoint.

The bundled reports (or a synthetic corpus, ``--corpus N``) are loaded into a store; the
same quads are served, in the same run, by `uncac-kg serve` (``/sparql``), by the Oxigraph
server (``oxigraph serve-read-only --union-default-graph``) and by rdflib-endpoint (an
rdflib Dataset with a union default graph).  Each query — a point lookup, then every query
of the library (``sparql/*.rq``, with the project's prefixes written out) — is sent by 8
client threads for a few seconds to each server; printed: p50 and p99 latency, requests/s,
and our rate as a fraction of the others'.

    python bench/query.py [--seconds 2] [--corpus N] [--queries meetings agenda] [--no-rdflib]
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import math
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Variable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import servers

from uncac_kg.graph.ingest import BUNDLED_REPORTS
from uncac_kg.graph.query import library as queries
from uncac_kg.graph.query.parameters import term
from uncac_kg.graph.store.remote import substitute, with_prefixes

CONCURRENCY = 8
POINT_LOOKUP = "SELECT ?p ?o WHERE { <https://w3id.org/uncac-kg/id/meeting/eg1/8> ?p ?o }"
#: Values for the input parameters of the library's queries (bound with VALUES, like the CLI).
INPUTS = {"term": "司法协助", "subject": "<https://w3id.org/uncac-kg/id/meeting/eg1/8/recommendation/c>",
          "recommendation": "<https://w3id.org/uncac-kg/id/meeting/eg1/8/recommendation/a>"}


@dataclass
class Measure:
    requests: int
    errors: int
    seconds: float
    latencies: list[float]

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        if not ordered:
            return math.nan
        return ordered[min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1)]


def library() -> dict[str, str]:
    """Name → full query text, input parameters bound, prefixes declared."""
    out = {"point-lookup": with_prefixes(POINT_LOOKUP)}
    for name, named in queries.library().items():
        bound = {Variable(p): term(INPUTS[p]) for p in named.inputs if p in INPUTS}
        out[name] = with_prefixes(substitute(named.text, bound) if bound else named.text)
    return out


def hammer(url: str, sparql: str, *, seconds: float, timeout: float) -> Measure:
    """Send ``sparql`` from 8 threads (keep-alive connections) for ``seconds``; every thread
    sends at least one request."""
    parts = urllib.parse.urlsplit(url)
    body = urllib.parse.urlencode({"query": sparql}).encode("utf-8")
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"}
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client() -> None:
        connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=timeout)
        first = True
        while first or time.perf_counter() < deadline:
            first = False
            start = time.perf_counter()
            try:
                connection.request("POST", parts.path, body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                connection.close()
                connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=timeout)
            elapsed = time.perf_counter() - start
            with lock:
                if ok:
                    latencies.append(elapsed)
                else:
                    errors[0] += 1
            if not ok and elapsed >= timeout:
                break
        connection.close()

    start = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(CONCURRENCY)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Measure(len(latencies), errors[0], time.perf_counter() - start, latencies)


def measure(url: str, text: str, *, seconds: float, timeout: float) -> Measure:
    """One query on one server: a warm-up request, then ``seconds`` of load (skipped, with
    one error, when the warm-up gets no answer within ``timeout``)."""
    if not hammer_once(url, text, timeout=timeout):
        return Measure(0, 1, 0.0, [])
    return hammer(url, text, seconds=seconds, timeout=timeout)


def describe(m: Measure) -> str:
    if not m.requests:
        return "no answer within the time limit"
    return (f"p50 {1000 * m.percentile(50):8.1f} ms  p99 {1000 * m.percentile(99):8.1f} ms  {m.rate:8.1f} req/s"
            + (f"  {m.errors} errors" if m.errors else ""))


def hammer_once(url: str, sparql: str, *, timeout: float) -> bool:
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=timeout)
    try:
        connection.request("POST", parts.path, body=urllib.parse.urlencode({"query": sparql}).encode(),
                           headers={"Content-Type": "application/x-www-form-urlencoded",
                                    "Accept": "application/sparql-results+json"})
        response = connection.getresponse()
        response.read()
        return response.status == 200
    except (OSError, http.client.HTTPException):
        return False
    finally:
        connection.close()


def geometric_mean(values: list[float]) -> float:
    values = [v for v in values if v > 0]
    return math.exp(statistics.fmean(math.log(v) for v in values)) if values else math.nan


def run(paths: list[Path], texts: dict[str, str], *, seconds: float, timeout: float,
        rdflib: bool = True) -> dict[str, dict[str, Measure]]:
    """Server label → query name → measure, for the servers over ``paths``' graph.

    The servers run side by side and each query is sent to one after the other, so that
    the two sides of a ratio are measured within seconds of each other (the machine's
    other work drifts over minutes).  A server that let a request pass the time limit is
    restarted before the next query: it may still be working on it (rdflib-endpoint has
    one thread), and the next query must not wait behind it."""
    with tempfile.TemporaryDirectory(prefix="uncac-kg-bench-") as tmp, contextlib.ExitStack() as stack:
        folder = Path(tmp)
        store, dump = servers.build_store(folder, paths)
        starters: dict[str, Callable[[], contextlib.AbstractContextManager[tuple[str, float, int]]]] = {
            "uncac-kg": lambda: servers.uncac_kg(store), "oxigraph": lambda: servers.oxigraph(dump, folder)}
        if rdflib:
            starters["rdflib-endpoint"] = lambda: servers.rdflib_endpoint(dump)
        running: dict[str, tuple[contextlib.ExitStack, str]] = {}

        def start(label: str) -> None:
            own = stack.enter_context(contextlib.ExitStack())
            url, started, _pid = own.enter_context(starters[label]())
            running[label] = (own, url)
            print(f"{label}: {url}, answered {started:.1f} s after start", flush=True)

        for label in starters:
            start(label)
        results: dict[str, dict[str, Measure]] = {label: {} for label in starters}
        for name, text in texts.items():
            print(f"\n{name}", flush=True)
            for label in starters:
                own, url = running[label]
                m = results[label][name] = measure(url, text, seconds=seconds, timeout=timeout)
                print(f"    {label:<18} {describe(m)}", flush=True)
                if m.errors:
                    own.close()
                    start(label)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Query benchmark through /sparql at concurrency 8.")
    parser.add_argument("--seconds", type=float, default=2.0, help="per query and server (default 2)")
    parser.add_argument("--timeout", type=float, default=30.0, help="per request (default 30 s)")
    parser.add_argument("--corpus", type=int, help="a synthetic corpus of N reports instead of the bundled ones")
    parser.add_argument("--queries", nargs="+", help="only these (point-lookup and library names)")
    parser.add_argument("--no-rdflib", action="store_true", help="skip rdflib-endpoint")
    args = parser.parse_args(argv)
    texts = library()
    if args.queries:
        unknown = set(args.queries) - set(texts)
        if unknown:
            raise SystemExit(f"unknown queries: {', '.join(sorted(unknown))}")
        texts = {name: text for name, text in texts.items() if name in args.queries}
    if args.corpus:
        import corpus

        paths = corpus.generate(args.corpus, Path(__file__).resolve().parent / "out" / f"corpus-{args.corpus}")
    else:
        paths = sorted(BUNDLED_REPORTS.glob("*.txt"))
    print(f"data: {len(paths)} documents; concurrency {CONCURRENCY}, {args.seconds:g} s per query and server")
    results = run(paths, texts, seconds=args.seconds, timeout=args.timeout, rdflib=not args.no_rdflib)
    timeout = args.timeout
    ours = results["uncac-kg"]
    print("\nratios of requests/s (uncac-kg / other):")
    others = [label for label in results if label != "uncac-kg"]
    print(f"    {'query':<26}" + "".join(f"{'vs ' + o:>20}" for o in others))
    per_other: dict[str, list[float]] = {o: [] for o in others}
    for name in texts:
        cells = []
        for other in others:
            theirs = results[other][name]
            if not theirs.requests and ours[name].requests:
                # No answer within the time limit: even with all 8 clients answered in parallel
                # it would do under 8 / limit requests/s, so ours is at least this many times its.
                bound = ours[name].rate * timeout / CONCURRENCY
                cells.append(f"{'> ' + format(bound, '.0f'):>20}")
                if name != "point-lookup":
                    per_other[other].append(bound)
                continue
            ratio = ours[name].rate / theirs.rate if theirs.rate else math.nan
            if name != "point-lookup" and not math.isnan(ratio):
                per_other[other].append(ratio)
            cells.append(f"{ratio:>20.2f}" if not math.isnan(ratio) else f"{'(none)':>20}")
        print(f"    {name:<26}" + "".join(cells))
    print(f"    {'library (geometric mean)':<26}" + "".join(f"{geometric_mean(per_other[o]):>20.2f}" for o in others))
    print("(\"> n\": the other server gave no answer within the time limit; the geometric mean counts n)")
    print("goals: ≥ 0.3 × Oxigraph on the point lookup, ≥ 0.8 × on the library; ≥ 5 × rdflib-endpoint on both")
    return 0


if __name__ == "__main__":
    sys.exit(main())
