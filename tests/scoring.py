"""Scores of the recognisers against facts checked by hand, per fact kind, for three sets:

* ``bundled``: the five bundled reports (``tests/golden/*.json``);
* ``dev``: reports of the series' other years, read while the recognisers are written
  (``tests/data/series/dev``);
* ``held-out``: reports of other years again, whose texts and gold files the people who
  change the recognisers do not read (``tests/data/series/heldout``, see its README): only
  their scores are looked at.

``python tests/scoring.py`` prints the table for bundled and dev and every fact on which they
disagree with their gold (``--held-out`` adds the held-out scores, never its facts).
``tests/test_golden.py`` prints the three sets side by side at the end of the run.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from uncac_kg.graph.ingest import BUNDLED_REPORTS, refresh_reference
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.loaders import load
from uncac_kg.ontology.iris import Iris

from helpers import GOLDEN, select

SERIES = Path(__file__).resolve().parent / "data" / "series"
#: Each set: (folder of its gold files, folder of its texts).
SETS: dict[str, tuple[Path, Path]] = {
    "bundled": (GOLDEN, BUNDLED_REPORTS),
    "dev": (SERIES / "dev", SERIES / "dev"),
    "held-out": (SERIES / "heldout", SERIES / "heldout"),
}
#: The set whose facts are never shown, only its scores.
HELD_OUT = "held-out"


def _text(text: object) -> str:
    """A text compared by its words: white space and the width of brackets and hyphens do not
    count (the loader writes ``（一）`` full-width around Chinese and ``-`` half-width, whatever
    width the source used)."""
    return re.sub(r"\s+", "", str(text)).replace("（", "(").replace("）", ")").replace("－", "-")


def _name(text: object) -> str:
    """A name compared without the white space beside Chinese characters (``GlobE 网络秘书处`` is
    ``GlobE网络秘书处``), keeping it between Latin words (``João Gonçalves``)."""
    return re.sub(r"\s+(?=[\u3000-\u9fff\uff00-\uffef])|(?<=[\u3000-\u9fff\uff00-\uffef])\s+", "", str(text)).strip()


def _topic(text: object) -> str:
    """A panel's topic compared without a closing ``(的)问题`` (``…中的国际合作问题`` is ``…中的国际合作``)."""
    return re.sub(r"的?问题$", "", _text(text))


def _participant(text: object) -> str:
    """A participant's name compared without its short form in brackets (``国际刑事警察组织（刑警组织）``
    is ``国际刑事警察组织``)."""
    return re.sub(r"[（(][^（）()]{1,12}[）)]$", "", _name(text))


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _iso(value: object) -> str | None:
    return None if value is None else str(value)


# Each fact kind: the named query, how to read the gold file, and how to read the query's rows.
Extract = Callable[[dict], set]  # type: ignore[type-arg]
KINDS: dict[str, tuple[str, Extract, Extract]] = {
    "meeting": (
        "meetings",
        lambda g: {(g["ordinal"], _date(g["start"]), _date(g["end"]), g["venue"])},
        lambda r: {(r["ordinal"], r["start"], r["end"], r["venue"])},
    ),
    "document": (
        "documents",
        # the golden symbol is the one the text states (a symbol found in another document is tested apart)
        lambda g: {(g["source"], g["kind"], g["ordinal"], _date(g["distributed"]), g["symbol"])},
        lambda r: {(r["source"], r["kind"], r["ordinal"], r["distributed"],
                    r["symbol"] if r["symbol_from"] == "its text" else None)},
    ),
    "recommendations": (
        "recommendations",
        lambda g: {(g["ordinal"], x["label"], _text(x["text"]), g["source"], x["paragraph"],
                    x.get("status", "agreed")) for x in g["recommendations"]},
        lambda r: {(r["ordinal"], r["label"], _text(r["text"]), r["source"], r["paragraph"], r["status"])},
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
    "header": (
        "documents",
        lambda g: {(g["job_number"], g["original_language"])},
        lambda r: {(r["job_number"], r["original_language"])},
    ),
    "format": (
        "meetings",
        lambda g: {g["format"]} if g["format"] else set(),
        lambda r: {r["format"]} if r["format"] else set(),
    ),
    "chairs": (
        "chairs",
        lambda g: {(g["ordinal"], x["name"], x["state"], x["role"]) for x in g["chairs"]},
        lambda r: {(r["ordinal"], r["name"], r["state"], r["role"])},
    ),
    "agenda": (
        "agenda",
        lambda g: {(g["ordinal"], x["position"], _text(x["title"])) for x in g["agenda"]},
        lambda r: {(r["ordinal"], r["position"], _text(r["title"]))},
    ),
    "attendance": (
        "attendance",
        lambda g: {(g["ordinal"], _participant(x["name"]), x["kind"]) for x in g["attendance"]},
        lambda r: {(r["ordinal"], _participant(r["state"]), r["kind"])},
    ),
    "panels": (
        "panels",
        lambda g: {(g["ordinal"], _topic(p["topic"]), _name(x["from"])) for p in g["panels"] for x in p["panelists"]},
        lambda r: {(r["ordinal"], _topic(r["topic"]), _name(r["panelist"]))},
    ),
    "directory-statistics": (
        "directory-statistics",
        lambda g: {(x["as_of"], x["category"], x["count"]) for x in g["directory_statistics"]},
        lambda r: {(str(r["as_of"]), r["key"], r["count"])},
    ),
    "reaffirmations": (
        "reaffirmations",
        lambda g: {(g["ordinal"], x["reaffirmed"], x["symbol"]) for x in g["reaffirmations"]},
        lambda r: {(r["ordinal"], r["reaffirmed"], r["symbol"])},
    ),
    "other-meetings": (
        "other-meetings",
        lambda g: {(x["paragraph"], x["body"], x["start"], x["end"]) for x in g["other_meetings"]},
        lambda r: {(r["paragraph"], r["body"], _iso(r["start"]), _iso(r["end"]))},
    ),
    "addressees": (
        "recommendations",
        lambda g: {(x["label"], a) for x in g["recommendation_addressees"] for a in x["addressees"]},
        lambda r: {(r["label"], a) for a in str(r["addressees"] or "").split(", ") if a},
    ),
    "recommendation-articles": (
        "recommendation-articles",
        lambda g: {(x["label"], x["article"], x["how"] == "explicit") for x in g["recommendation_articles"]},
        lambda r: {(r["label"], r["article"], r["explicit"])},
    ),
    "mandates": (
        "mandates",
        lambda g: {(x["paragraph"], x["resolution"], x["relation"]) for x in g["mandates"]},
        lambda r: {(r["paragraph"], r["resolution"], r["relation"])},
    ),
}

#: Fact kinds whose rows are selected by the report's meeting rather than its source file.
BY_ORDINAL = {"meeting", "format", "reaffirmations", "chairs", "panels"}


def expected(golden: Path, kind: str) -> set:  # type: ignore[type-arg]
    return KINDS[kind][1](json.loads(golden.read_text(encoding="utf-8")))


def found(store: GraphStore, golden: Path, kind: str) -> set:  # type: ignore[type-arg]
    """The facts the named query returns for this gold file's report (and meeting)."""
    data = json.loads(golden.read_text(encoding="utf-8"))
    query, _, read = KINDS[kind]
    rows = select(store, query)
    if kind in BY_ORDINAL:
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


# --- the three sets -----------------------------------------------------------


@dataclass
class Score:
    """Facts of one kind over a set of reports (micro-averaged: every fact counts once)."""

    hits: int = 0
    found: int = 0
    wanted: int = 0

    @property
    def precision(self) -> float:
        return self.hits / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.wanted if self.wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def gold_files(name: str) -> list[Path]:
    return sorted(SETS[name][0].glob("*.json"))


#: The recognisers that failed on a report (``document: not read (kind): …``), by gold file.
FAILED: dict[Path, list[str]] = {}


@cache
def store_of(golden: Path) -> GraphStore:
    """A store with the gold file's report alone (as a researcher loads one report), loaded as
    the variants test does: reports of the same meeting by different editors do not meet."""
    text = _text_of(golden)
    store = GraphStore.open(None)
    doc = load(text.read_bytes(), source=text.name, iris=Iris())
    FAILED[golden] = [d for d in doc.facts.doubts if d.startswith("document:")]  # (a recogniser that failed)
    store.replace_graph(doc.graph, doc.quads)
    refresh_reference(store, Iris())
    return store


def _text_of(golden: Path) -> Path:
    """The report a gold file is about: in its set's folder of texts."""
    source = json.loads(golden.read_text(encoding="utf-8"))["source"]
    folder = next(texts for gold, texts in SETS.values() if gold == golden.parent)
    return folder / source


def comparisons(name: str) -> Iterator[tuple[Path, str, set, set]]:  # type: ignore[type-arg]
    """(gold file, kind, facts wanted, facts found) for every report of the set and kind."""
    for golden in gold_files(name):
        store = store_of(golden)
        for kind in KINDS:
            yield golden, kind, expected(golden, kind), found(store, golden, kind)


def scores(name: str) -> dict[str, Score]:
    out = {kind: Score() for kind in KINDS}
    for _, kind, want, got in comparisons(name):
        score = out[kind]
        score.hits += len(want & got)
        score.found += len(got)
        score.wanted += len(want)
    return out


def mismatches(name: str) -> Iterator[tuple[str, str, str, object]]:
    """(report, kind, "missing" or "unexpected", fact) for every fact on which the set's
    reports disagree with their gold; never for the held-out set."""
    if name == HELD_OUT:
        raise ValueError("the held-out set is scored, never read: no facts of it are shown")
    for golden, kind, want, got in comparisons(name):
        for fact in sorted(want - got, key=str):
            yield golden.stem, kind, "missing", fact
        for fact in sorted(got - want, key=str):
            yield golden.stem, kind, "unexpected", fact


def table(results: dict[str, dict[str, Score]]) -> str:
    """Precision, recall and F1 per kind, one column group per set."""
    names = list(results)
    lines = ["kind".ljust(24) + "".join(f"{n:>21}" for n in names),
             " " * 24 + "".join(f"{'P':>7}{'R':>7}{'F1':>7}" for _ in names)]
    empty = {n for n in names if not gold_files(n)}  # an empty set scores nothing, not 1.00
    for kind in KINDS:
        cells = "".join(f"{'—':>7}" * 3 if n in empty else
                        f"{s.precision:7.2f}{s.recall:7.2f}{s.f1:7.2f}"
                        for n, s in ((n, results[n][kind]) for n in names))
        lines.append(kind.ljust(24) + cells)
    reports = "".join(f"{len(gold_files(n)):>13} reports" for n in names)
    lines.append(" " * 24 + reports)
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    names = ["bundled", "dev"] + ([HELD_OUT] if "--held-out" in argv else [])
    print(table({n: scores(n) for n in names}))
    for name in ("bundled", "dev"):
        for report, kind, how, fact in mismatches(name):
            print(f"{name} {report} {kind} {how}: {fact}")
    for golden, failures in FAILED.items():  # (of a held-out report: which kinds only, not where)
        for failure in failures:
            print(f"recogniser failed: {golden.name}: " + (failure if golden.parent != SETS[HELD_OUT][0]
                                                           else failure.split(":")[1].strip()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
