"""Loading is deterministic and idempotent: the same reports loaded in another order, in
several batches, or twice give the same dataset — graph by graph, the documents' graphs and
the derived ones (reference tables, recurrence threads, search index) alike."""

from __future__ import annotations

import random

from uncac_kg.graph.ingest import load_paths
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.ontology.iris import Iris

from helpers import REPORTS, assert_same_dataset, dataset


def test_order_batches_and_reloading_do_not_change_the_graph(corpus: GraphStore) -> None:
    expected = dataset(corpus)  # the reports loaded in one batch, in file-name order
    assert len(expected) >= len(REPORTS) + 3, "a graph per document, and the derived graphs"

    reverse = GraphStore.open(None)
    assert load_paths(reverse, list(reversed(REPORTS)), iris=Iris()).ok
    assert_same_dataset(dataset(reverse), expected)

    shuffled = list(REPORTS)
    random.Random(7).shuffle(shuffled)
    batches = GraphStore.open(None)
    for batch in (shuffled[:2], shuffled[2:]):
        assert load_paths(batches, batch, iris=Iris()).ok
    assert_same_dataset(dataset(batches), expected)

    assert load_paths(batches, shuffled, iris=Iris()).ok  # everything again: replaces, adds nothing
    assert_same_dataset(dataset(batches), expected)
