"""Precision and recall of the theme tags against the hand labels, dev and held-out apart.

The hand labels are ``tests/data/themes/labels.csv`` (see its README): the ``dev`` rows
(6th, 7th and 8th reports) may be read while writing the tagger's rules, the
``heldout`` rows (10th report, 9th meeting's Secretariat note) only scored.  So this
prints, for the held-out part, numbers only; ``--dev-details`` lists the dev items whose
tags differ from the labels (never the held-out ones).

Scores are micro-averaged over (item, narrow theme) pairs.

    python bench/themes.py [--part dev|heldout] [--dev-details]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable
from pathlib import Path

from uncac_kg.graph.ingest import BUNDLED_REPORTS
from uncac_kg.loaders import load
from uncac_kg.ontology.iris import Iris

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "themes" / "labels.csv"
PARTS = ("dev", "heldout")

Key = tuple[str, int, str]  # source file, paragraph, label


def labels(part: str) -> dict[Key, set[str]]:
    """The hand labels of one part: each item's narrow themes."""
    with LABELS.open(encoding="utf-8", newline="") as handle:
        return {(row["source"], int(row["paragraph"]), row["label"]): set(filter(None, row["themes"].split(";")))
                for row in csv.DictReader(handle) if row["part"] == part}


def tagged(paths: Iterable[Path] | None = None) -> dict[Key, set[str]]:
    """The tagger's themes for every recommendation and suggestion of the reports."""
    out: dict[Key, set[str]] = {}
    for path in sorted(paths or BUNDLED_REPORTS.glob("*.txt")):
        facts = load(path.read_bytes(), source=path.name, iris=Iris()).facts
        for item in facts.recommendations + facts.suggestions:
            out.setdefault((path.name, int(item.span.place.key), item.label), set())
        for tag in facts.themes:
            out[(path.name, int(tag.span.place.key), tag.label)].add(tag.theme)
    return out


def score(gold: dict[Key, set[str]], found: dict[Key, set[str]]) -> tuple[float, float, int, int, int]:
    """(precision, recall, hits, tags predicted, tags labelled) over the items of ``gold``."""
    hits = predicted = labelled = 0
    for key, themes in gold.items():
        got = found.get(key, set())
        hits += len(got & themes)
        predicted += len(got)
        labelled += len(themes)
    return hits / max(predicted, 1), hits / max(labelled, 1), hits, predicted, labelled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dev-details", action="store_true", help="list the dev items whose tags differ")
    parser.add_argument("--part", choices=PARTS, action="append", help="score only this part (default: both)")
    args = parser.parse_args()
    found = tagged()
    for part in args.part or PARTS:
        gold = labels(part)
        p, r, hits, predicted, labelled = score(gold, found)
        print(f"{part:<8} items {len(gold):>3}  precision {p:.2f}  recall {r:.2f}  "
              f"({hits} of {labelled} labelled tags found, {predicted} tags predicted)")
    if args.dev_details:
        for key, themes in sorted(labels("dev").items()):
            got = found.get(key, set())
            if got != themes:
                print(f"  {key[0][:6]} {key[1]}{key[2]}: missing {sorted(themes - got)} extra {sorted(got - themes)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
