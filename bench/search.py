"""Benchmark: the full-text search index (size, build time) and query latency.

The bundled reports are loaded into a store in memory; the index is rebuilt five
times (median reported), then built from the texts copied 10 and 50 times under
other IRIs to see how it grows; each query is run ten times (median and maximum).

    python bench/search.py
"""

from __future__ import annotations

import statistics
import time

from uncac_kg.graph.derived import search_index
from uncac_kg.graph.ingest import BUNDLED_REPORTS, load_paths
from uncac_kg.graph.read.search import search
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.ontology.iris import Iris

QUERIES = ["司法协助", "mutual legal assistance", "extradition", "引渡 双重犯罪", "资产追回", "公约", "合作",
           "国家主管机关名录", "GlobE", "量子力学", "渡", "的"]


def main() -> None:
    iris = Iris()
    store = GraphStore.open(None)
    load_paths(store, [BUNDLED_REPORTS], iris=iris)
    graph = search_index.graph_name(iris)
    index = sum(1 for _ in store.store.quads_for_pattern(None, None, None, graph))
    print(f"store: {len(store)} triples, of which the search graph {index} ({100 * index / len(store):.0f}%)")
    times = []
    for _ in range(5):
        start = time.perf_counter()
        summary = search_index.rebuild(store, iris)
        times.append(time.perf_counter() - start)
    print(f"rebuild: {statistics.median(times) * 1000:.0f} ms (median of 5): {summary.items} items, "
          f"{summary.words} words, {summary.postings} word-item pairs, {summary.triples} triples")
    texts = search_index.texts(store)
    for factor in (10, 50):
        copies = {f"{iri}/copy/{k}": text for k in range(factor) for iri, text in texts.items()}
        start = time.perf_counter()
        quads = search_index.quads(copies, iris)
        built = time.perf_counter() - start
        start = time.perf_counter()
        GraphStore.open(None).replace_graph(graph, quads)
        written = time.perf_counter() - start
        print(f"  x{factor}: {len(copies)} items, {len(quads)} triples, segmented in {built:.2f} s, "
              f"written in {written:.2f} s")
    for query in QUERIES:
        search(store, query)
        latencies = []
        for _ in range(10):
            start = time.perf_counter()
            found = search(store, query)
            latencies.append(time.perf_counter() - start)
        print(f"  {query!r:28} {found.total:4} hits  median {statistics.median(latencies) * 1000:5.1f} ms  "
              f"max {max(latencies) * 1000:5.1f} ms")


if __name__ == "__main__":
    main()
