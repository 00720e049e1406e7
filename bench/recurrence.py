"""Benchmark: threading recommendations at 100, 1,000 and 10,000.

A synthetic corpus is made by rewording the real recommendations of the bundled
reports (synonyms swapped, clauses dropped and reordered) and spreading the
rewordings over synthetic meetings, so that every real demand recurs many times.
The time to vectorise, link and thread them is measured, and its growth between
sizes reported as a ratio (linear growth is 10x per step).  Each rewording keeps the
themes of its source (as the loader would tag it), so thematic candidates are blocked too.

    python bench/recurrence.py [--sizes 100 1000 10000]
"""

from __future__ import annotations

import argparse
import random
import time

from uncac_kg.graph.derived import recurrence
from uncac_kg.graph.derived.recurrence import Item
from uncac_kg.graph.ingest import BUNDLED_REPORTS, load_paths
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.ontology.iris import Iris

SYNONYMS = {
    "鼓励": "促请", "继续": "进一步", "加强": "强化", "信息": "资料", "良好做法": "最佳做法",
    "缔约国": "各缔约国", "确保": "保证", "挑战": "困难", "有效": "切实", "考虑": "研究",
}


def reword(text: str, rng: random.Random) -> str:
    clauses = [c for c in text.replace("；", "，").split("，") if c]
    if len(clauses) > 2 and rng.random() < 0.5:
        clauses.pop(rng.randrange(1, len(clauses)))
    if len(clauses) > 2 and rng.random() < 0.5:
        i, j = rng.sample(range(1, len(clauses)), 2)
        clauses[i], clauses[j] = clauses[j], clauses[i]
    out = "，".join(clauses)
    for word, other in SYNONYMS.items():
        if word in out and rng.random() < 0.4:
            out = out.replace(word, other)
    return out


def corpus(size: int, base: list[Item], seed: int = 1) -> list[Item]:
    rng = random.Random(seed)
    meetings = max(2, size // 20)
    items = []
    for n in range(size):
        source = base[n % len(base)]
        ordinal = 1 + rng.randrange(meetings)
        date = f"{2000 + ordinal // 12:04d}-{ordinal % 12 + 1:02d}-01"
        items.append(Item(f"urn:x:{n}", "recommendation", ordinal, date, str(n), reword(source.text, rng),
                          source.themes))
    return sorted(items, key=lambda i: i.order)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    args = parser.parse_args()
    store = GraphStore.open(None)
    load_paths(store, [BUNDLED_REPORTS], iris=Iris())
    base = recurrence.items(store)
    recurrence.links(base)  # warm up: jieba's dictionary
    previous = None
    print(f"{'recommendations':>15}  {'seconds':>8}  {'links':>7}  {'threads':>7}  growth")
    for size in args.sizes:
        items = corpus(size, base)
        started = time.perf_counter()
        links = recurrence.links(items)
        threads = recurrence.threads(items, links)
        seconds = time.perf_counter() - started
        growth = f"{seconds / previous:.1f}x" if previous else ""
        print(f"{size:>15}  {seconds:>8.2f}  {len(links):>7}  {len(threads):>7}  {growth}")
        previous = seconds


if __name__ == "__main__":
    main()
