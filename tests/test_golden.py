"""Golden facts: for each bundled report, the facts checked by hand against the text
(``tests/golden/*.json``) against what the named queries return from the loaded graph.

One parametrised test per (report, fact kind); comparisons are by meaning — sets of
tuples of Python values, texts compared without white space.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from uncac_kg.graph.store import GraphStore

from helpers import GOLDEN, select

GOLDEN_FILES = sorted(GOLDEN.glob("*.json"))


def _text(text: object) -> str:
    return re.sub(r"\s+", "", str(text))


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


# Each fact kind: how to read the golden file, and how to read the named query's rows.
Extract = Callable[[dict], set]  # type: ignore[type-arg]
KINDS: dict[str, tuple[str, Extract, Extract]] = {
    "meeting": (
        "meetings",
        lambda g: {(g["ordinal"], _date(g["start"]), _date(g["end"]), g["venue"])},
        lambda r: {(r["ordinal"], r["start"], r["end"], r["venue"])},
    ),
    "document": (
        "documents",
        lambda g: {(g["source"], g["kind"], g["ordinal"], _date(g["distributed"]), g["symbol"])},
        lambda r: {(r["source"], r["kind"], r["ordinal"], r["distributed"], r["symbol"])},
    ),
    "recommendations": (
        "recommendations",
        lambda g: {(g["ordinal"], x["label"], _text(x["text"]), g["source"], x["paragraph"])
                   for x in g["recommendations"]},
        lambda r: {(r["ordinal"], r["label"], _text(r["text"]), r["source"], r["paragraph"])},
    ),
    "resolution-citations": (
        "resolution-citations",
        lambda g: {(g["source"], x["paragraph"], x["resolution"], x["convention"],
                    x["cited_paragraph"]) for x in g["resolution_citations"]},
        lambda r: {(r["source"], r["paragraph"], r["resolution"], r["convention"],
                    r["cited_paragraph"])},
    ),
    "article-citations": (
        "article-citations",
        lambda g: {(g["source"], x["paragraph"], x["article"], x["article_paragraph"],
                    x["subparagraph"], x["convention"]) for x in g["article_citations"]},
        lambda r: {(r["source"], r["paragraph"], r["article"], r["article_paragraph"],
                    r["subparagraph"], r["convention"])},
    ),
    "document-citations": (
        "document-citations",
        lambda g: {(g["source"], x["paragraph"], x["symbol"]) for x in g["document_citations"]},
        lambda r: {(r["source"], r["paragraph"], r["symbol"])},
    ),
}


def expected(golden: Path, kind: str) -> set:  # type: ignore[type-arg]
    return KINDS[kind][1](json.loads(golden.read_text(encoding="utf-8")))


def found(store: GraphStore, golden: Path, kind: str) -> set:  # type: ignore[type-arg]
    """The facts the named query returns for this golden file's report (and meeting)."""
    data = json.loads(golden.read_text(encoding="utf-8"))
    query, _, read = KINDS[kind]
    rows = select(store, query)
    if kind == "meeting":
        rows = [r for r in rows if r["ordinal"] == data["ordinal"]]
    else:
        rows = [r for r in rows if r.get("source") == data["source"]]
    facts: set = set()  # type: ignore[type-arg]
    for row in rows:
        facts |= read(row)
    return facts


def precision_recall(want: set, got: set) -> tuple[float, float]:  # type: ignore[type-arg]
    hits = len(want & got)
    precision = hits / len(got) if got else 1.0
    recall = hits / len(want) if want else 1.0
    return precision, recall


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("golden", GOLDEN_FILES, ids=lambda p: p.stem)
def test_golden_facts(corpus: GraphStore, golden: Path, kind: str) -> None:
    want, got = expected(golden, kind), found(corpus, golden, kind)
    precision, recall = precision_recall(want, got)
    assert (precision, recall) == (1.0, 1.0), (
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
