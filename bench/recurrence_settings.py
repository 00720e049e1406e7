"""Precision and recall of the recurrence links on the labelled pairs, for other settings.

The default threshold of :mod:`uncac_kg.graph.derived.recurrence` was chosen on the hand-labelled
set ``tests/data/recurrence-pairs.json``; this prints what other settings would give, so
that a claim such as "no lexical setting reaches 0.9 / 0.9" can be checked again.

First the method with themes (the default) beside the word-only method of before, at the
default settings, on all pairs and on the held-out ones (pairs with an item of the 10th
report or the 9th meeting's note, the held-out part of the theme labels), then each at
other thresholds.  Then the word-only method's other settings:

* the threshold, from 0.12 to 0.34;
* the weight of character bigrams against words (0.3, 0.5, 1.0);
* keeping 专家会议 in the vectors (it is an "actor" word, removed by default);
* linking only mutual nearest neighbours between two meetings (each the other's best
  match there), at the threshold.

    python bench/recurrence_settings.py
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from uncac_kg.graph.derived import recurrence
from uncac_kg.graph.derived.recurrence import Item

PAIRS = Path(__file__).resolve().parent.parent / "tests" / "data" / "recurrence-pairs.json"
THRESHOLDS = [round(float(t), 2) for t in np.arange(0.12, 0.35, 0.02)]
#: The held-out meetings of the theme labels (tests/data/themes/README.md).
HELD_OUT = {9, 10}


def labelled() -> tuple[list[Item], set[frozenset[str]]]:
    """The labelled items (tagged with the themes their texts show) and the positive pairs."""
    data = json.loads(PAIRS.read_text(encoding="utf-8"))
    items = [Item(i["id"], "recommendation", i["meeting"], "", i["label"], i["text"]) for i in data["items"]]
    return recurrence.themed(sorted(items, key=lambda i: i.order)), {frozenset((p["a"], p["b"]))
                                                                     for p in data["positives"]}


def held_out(items: list[Item], pairs: set[frozenset[str]]) -> set[frozenset[str]]:
    meeting = {item.iri: item.ordinal for item in items}
    return {p for p in pairs if any(meeting[x] in HELD_OUT for x in p)}


def scores(predicted: set[frozenset[str]], positives: set[frozenset[str]]) -> tuple[float, float]:
    hits = len(predicted & positives)
    return (hits / len(predicted) if predicted else 0.0), hits / len(positives)


def pairs_of(items: list[Item], links: list[tuple[int, int]]) -> set[frozenset[str]]:
    """Every cross-meeting pair in the same thread (as the test counts them)."""
    found = [recurrence.Link(items[a], items[b], 0.0, ()) for a, b in links]
    return {frozenset((a.iri, b.iri)) for t in recurrence.threads(items, found)
            for a, b in itertools.combinations(t.members, 2) if a.ordinal != b.ordinal}


def nearest(items: list[Item], threshold: float, method: recurrence.Method = "words") -> list[tuple[int, int]]:
    """Each item to its most similar candidate of an earlier meeting (with ``method``)."""
    links = recurrence.links(items, threshold=threshold, method=method)
    index = {item.iri: n for n, item in enumerate(items)}
    return [(index[link.earlier.iri], index[link.later.iri]) for link in links]


def mutual(items: list[Item], threshold: float) -> list[tuple[int, int]]:
    """Links between mutual nearest neighbours of two meetings."""
    matrix, _ = recurrence.vectorise([i.text for i in items])
    similarity = (matrix @ matrix.T).toarray()
    meeting = np.array([i.ordinal for i in items])

    def best(row: int, ordinal: int) -> int:
        columns = np.flatnonzero(meeting == ordinal)
        return int(columns[similarity[row, columns].argmax()])

    links = []
    for later in range(len(items)):
        for ordinal in sorted(set(meeting[meeting < meeting[later]].tolist())):
            earlier = best(later, ordinal)
            if best(earlier, int(meeting[later])) == later and similarity[earlier, later] >= threshold:
                links.append((earlier, later))
    return links


def methods(items: list[Item], positives: set[frozenset[str]]) -> None:
    """The method with themes beside the word-only method."""
    print(f"{'method':<12} {'threshold':>9}   all: P     R      held-out: P     R")
    for method in ("themes", "words"):
        for threshold in sorted({recurrence.DEFAULT_THRESHOLD, 0.2, 0.28}):
            predicted = pairs_of(items, nearest(items, threshold, method))  # type: ignore[arg-type]
            p, r = scores(predicted, positives)
            hp, hr = scores(held_out(items, predicted), held_out(items, positives))
            mark = "  (default)" if threshold == recurrence.DEFAULT_THRESHOLD else ""
            print(f"{method:<12} {threshold:>9}        {p:.2f}  {r:.2f}            {hp:.2f}  {hr:.2f}{mark}")
    print()


def main() -> int:
    items, positives = labelled()
    print(f"{len(items)} items, {len(positives)} positive pairs ({len(held_out(items, positives))} held-out)\n")
    methods(items, positives)
    print("The word-only method at other settings:")
    default_actors, default_weight = recurrence.ACTORS, recurrence.BIGRAM_WEIGHT
    linkers: dict[str, Callable[[list[Item], float], list[tuple[int, int]]]] = {
        "nearest earlier": nearest, "mutual nearest": mutual}
    print(f"{len(items)} items, {len(positives)} positive pairs; "
          f"default: threshold {recurrence.DEFAULT_THRESHOLD}, bigram weight {default_weight}")
    print(f"{'linking':<16} {'actors':<14} {'bigrams':>7}  best threshold   P     R    (0.9/0.9 reached at)")
    for (label, linker), keep_meeting, weight in itertools.product(linkers.items(), (False, True), (0.3, 0.5, 1.0)):
        recurrence.ACTORS = (re.compile(default_actors.pattern.replace("专家会议|", "")) if keep_meeting
                             else default_actors)
        recurrence.BIGRAM_WEIGHT = weight
        table = [(t, *scores(pairs_of(items, linker(items, t)), positives)) for t in THRESHOLDS]
        t, p, r = max(table, key=lambda row: (min(row[1], row[2]), row[0]))
        reached = [row[0] for row in table if row[1] >= 0.9 and row[2] >= 0.9]
        print(f"{label:<16} {'keep 专家会议' if keep_meeting else 'default':<14} {weight:>7}  {t:>14}  "
              f"{p:.2f}  {r:.2f}   {reached or 'nowhere'}")
    recurrence.ACTORS, recurrence.BIGRAM_WEIGHT = default_actors, default_weight
    return 0


if __name__ == "__main__":
    sys.exit(main())
