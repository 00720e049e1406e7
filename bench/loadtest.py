"""Load test: concurrent clients running the query library against a SPARQL endpoint.

Each client sends, in turn, every query of the library (`sparql/*.rq`) that needs no
input parameter, as POST `application/sparql-query`, for the given time; the report
gives requests/s, p50/p99 latency per query and overall, and the errors (any non-200).

    python bench/loadtest.py URL [--clients 8] [--seconds 20] [--json]

Start the server first, e.g. `uncac-kg serve --port 8000` and URL http://127.0.0.1:8000/sparql.
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
from collections import defaultdict

import httpx

from uncac_kg.graph.query import library as queries
from uncac_kg.ontology.vocabulary import PREFIXES


def _prologue() -> str:
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())


def workload() -> dict[str, str]:
    """Name → full query text (with prefixes) of every library query without input parameters."""
    prologue = _prologue()
    return {name: prologue + q.text for name, q in sorted(queries.library().items()) if not q.inputs}


def run(url: str, *, clients: int = 8, seconds: float = 20.0) -> dict[str, object]:
    work = list(workload().items())
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    tried: set[str] = set()  # the run lasts at least until every query has been sent once

    def client(offset: int) -> None:
        with httpx.Client(timeout=120) as http:
            i = offset
            while time.monotonic() < stop or len(tried) < len(work):
                name, text = work[i % len(work)]
                i += 1
                began = time.perf_counter()
                try:
                    response = http.post(url, content=text.encode(), headers={
                        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
                    status = response.status_code
                except httpx.HTTPError as error:
                    status, response = 0, None
                    message = f"{name}: {error!r}"
                took = time.perf_counter() - began
                with lock:
                    tried.add(name)
                    if status == 200:
                        latencies[name].append(took)
                    else:
                        errors.append(message if response is None else f"{name}: {status} {response.text[:200]}")

    # the clients start spread over the workload, so that every query is soon in flight
    threads = [threading.Thread(target=client, args=(n * len(work) // clients,)) for n in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    everything = sorted(t for values in latencies.values() for t in values)

    def pct(values: list[float], p: float) -> float:
        values = sorted(values)
        return values[min(len(values) - 1, int(p * len(values)))] if values else float("nan")

    return {
        "clients": clients, "seconds": round(elapsed, 2), "requests": len(everything), "errors": errors,
        "requests_per_second": round(len(everything) / elapsed, 2),
        "p50_ms": round(pct(everything, 0.50) * 1000, 1), "p99_ms": round(pct(everything, 0.99) * 1000, 1),
        "queries": {name: {"n": len(v), "p50_ms": round(statistics.median(v) * 1000, 1),
                           "p99_ms": round(pct(v, 0.99) * 1000, 1)} for name, v in sorted(latencies.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", help="the SPARQL endpoint, e.g. http://127.0.0.1:8000/sparql")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args()
    report = run(args.url, clients=args.clients, seconds=args.seconds)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    print(f"{report['clients']} clients, {report['seconds']} s: {report['requests']} requests, "
          f"{report['requests_per_second']} req/s, p50 {report['p50_ms']} ms, p99 {report['p99_ms']} ms, "
          f"{len(report['errors'])} errors")  # type: ignore[arg-type]
    for name, figures in report["queries"].items():  # type: ignore[attr-defined]
        print(f"  {name:<26} n={figures['n']:<5} p50 {figures['p50_ms']:>8} ms  p99 {figures['p99_ms']:>8} ms")
    for error in report["errors"][:10]:  # type: ignore[index]
        print("  error:", error)


if __name__ == "__main__":
    main()
