"""Golden facts: for each bundled report, the facts checked by hand against the text
(``tests/golden/*.json``) against what the named queries return from the loaded graph.

One parametrised test per (report, fact kind); comparisons are by meaning — sets of
tuples of Python values, texts compared without white space (``tests/scoring.py``).

Then the scores per kind of three sets side by side — the bundled reports, the
development set and the held-out set of ``tests/data/series`` — printed at the end of the
run (``conftest.py``); the development set must keep every kind at F1 ≥ ``DEV_FLOOR`` (some,
for now, at ``DEV_FLOOR_FOR_NOW``), the held-out set is scored only (its facts are never shown).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from uncac_kg.graph.store.embedded import GraphStore

from helpers import GOLDEN, select
from scoring import FAILED, HELD_OUT, KINDS, SETS, expected, found, mismatches, precision_recall, scores, table

GOLDEN_FILES = sorted(GOLDEN.glob("*.json"))

#: The first-round facts (the pipeline's public contract) must be exact; the rest at least 0.95.
EXACT = {"meeting", "document", "recommendations", "resolution-citations", "article-citations",
         "document-citations"}
THRESHOLD = 0.95
#: Every kind's F1 on the development set may not fall below this (a regression fails). The
#: recognisers read every dev report exactly (held-out texts moved to dev once scored are fixed
#: against in the same piece of work).
DEV_FLOOR = 1.0
#: Kinds whose dev floor is, for now, the score the recognisers reach: for a dev set just merged and
#: not yet all fixed against (its mismatches: `python tests/scoring.py`); empty when every kind is at 1.0.
DEV_FLOOR_FOR_NOW: dict[str, float] = {}  # (a floor under a kind's while some dev facts are not yet read; none now)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("golden", GOLDEN_FILES, ids=lambda p: p.stem)
def test_golden_facts(corpus: GraphStore, golden: Path, kind: str) -> None:
    want, got = expected(golden, kind), found(corpus, golden, kind)
    precision, recall = precision_recall(want, got)
    print(f"{golden.stem} {kind}: precision {precision:.3f} recall {recall:.3f} ({len(want)} facts)")
    floor = 1.0 if kind in EXACT else THRESHOLD
    assert precision >= floor and recall >= floor, (
        f"{golden.stem} {kind}: precision {precision:.2f}, recall {recall:.2f}; "
        f"missing {sorted(want - got, key=str)}; unexpected {sorted(got - want, key=str)}"
    )


def test_every_bundled_report_has_golden_facts() -> None:
    from helpers import REPORTS

    assert {p.stem for p in REPORTS} == {p.stem for p in GOLDEN_FILES}


@pytest.mark.parametrize("golden", GOLDEN_FILES, ids=lambda p: p.stem)
def test_paragraph_numbering(corpus: GraphStore, golden: Path) -> None:
    data = json.loads(golden.read_text(encoding="utf-8"))
    rows = select(corpus, """
        SELECT ?n ?s WHERE { ?p a ukg:Paragraph ; ukg:number ?n ; dcterms:isPartOf/ukg:source ?s }
        """, s=data["source"])
    assert sorted(r["n"] for r in rows) == list(range(1, data["paragraphs"] + 1))


def test_scores_per_kind(request: pytest.FixtureRequest) -> None:
    """Precision, recall and F1 per kind for the three sets, shown at the end of the run.

    ``UNCAC_KG_SCORES=bundled,dev`` leaves the held-out set out: for runs while the
    recognisers are being changed, whose held-out scores must not be looked at until the
    work is finished (tests/data/series/README.md)."""
    chosen = os.environ.get("UNCAC_KG_SCORES", ",".join(SETS)).split(",")
    results = {name: scores(name) for name in SETS if name != HELD_OUT or name in chosen}
    request.node.user_properties.append(("scores", table(results)))
    failed = {g.name: f for g, f in FAILED.items() if f and g.parent != SETS[HELD_OUT][0]}
    assert not failed, f"a recogniser failed on a report: {failed}"  # (held out: counted as facts missed)
    low = {kind: round(s.f1, 3) for kind, s in results["dev"].items()
           if s.f1 < DEV_FLOOR_FOR_NOW.get(kind, DEV_FLOOR)}
    assert not low, f"development set below its floor: {low}; mismatches: " + "; ".join(
        f"{report} {kind} {how} {fact}" for report, kind, how, fact in mismatches("dev") if kind in low)
