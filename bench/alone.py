"""Benchmark: each query of the library (``sparql/*.rq``) and of the API (``sparql/api/*.rq``)
run alone through pyoxigraph on an on-disk store, median of 3; optionally saving every answer
and comparing with a saved one (rows as multisets, and the sequence of ORDER BY keys).

    python bench/alone.py STORE [--save answers.json] [--compare answers.json] [--queries NAME …]
                                [--library FOLDER]

``--library`` reads the queries from another copy of ``sparql/`` (for instance an older
one: ``git archive main sparql | tar -x -C /tmp/old``, then ``--library /tmp/old/sparql``).

STORE is a store made by ``uncac-kg --store STORE load data/reports`` (opened read-only: the
snapshot that the load published). API queries run as ``api/NAME``, once with their inputs
free and once per example input below.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

from pyoxigraph import Literal, NamedNode, QuerySolutions, Variable

from uncac_kg.graph.query import library as queries
from uncac_kg.graph.query.parameters import Term, term
from uncac_kg.graph.store.embedded import GraphStore

ID = "https://w3id.org/uncac-kg/id/"
#: Values for the library's input parameters (as bench/query.py binds them).
INPUTS = {"term": "司法协助", "subject": f"<{ID}meeting/eg1/8/recommendation/c>",
          "recommendation": f"<{ID}meeting/eg1/8/recommendation/a>"}
#: Example inputs for the API's questions (one run each, besides the run with inputs free).
API_INPUTS: dict[str, list[dict[str, Term]]] = {
    "agenda": [{"meeting": NamedNode(f"{ID}meeting/eg1/8")}],
    "attendance": [{"meeting": NamedNode(f"{ID}meeting/eg1/8")}],
    "chairs": [{"meeting": NamedNode(f"{ID}meeting/eg1/8")}],
    "citations": [{"meeting": NamedNode(f"{ID}meeting/eg1/8")}],
    "cited": [{"kind": Literal("article")}, {"kind": Literal("resolution")},
              {"target": NamedNode(f"{ID}convention/uncac/article/46")}],
    "citing-paragraphs": [{"target": NamedNode(f"{ID}convention/uncac/article/46")}],
    "documents": [{"meeting": NamedNode(f"{ID}meeting/eg1/8")}],
    "meeting-counts": [{"meeting": NamedNode(f"{ID}meeting/eg1/8")}],
    "meetings": [{"meeting": NamedNode(f"{ID}meeting/eg1/8")}],
    "reaffirmed": [{"meeting": NamedNode(f"{ID}meeting/eg1/10")}],
    "recommendations": [{"meeting": NamedNode(f"{ID}meeting/eg1/8")},
                        {"recommendation": NamedNode(f"{ID}meeting/eg1/8/recommendation/a")}],
}
_ORDER = re.compile(r"ORDER\s+BY\s+(.*)$", re.IGNORECASE | re.DOTALL)


def order_keys(text: str) -> list[str]:
    match = _ORDER.search(text)
    return re.findall(r"\?(\w+)", match.group(1)) if match else []


def cases(names: list[str] | None, folder: Path = queries.LIBRARY
          ) -> dict[str, tuple[str, dict[Variable, Term], set[str]]]:
    """Case name → (query text, inputs bound, input names)."""
    out: dict[str, tuple[str, dict[Variable, Term], set[str]]] = {}
    for name, named in queries.library(folder).items():
        bound = {Variable(p): term(INPUTS[p]) for p in named.inputs if p in INPUTS}
        out[name] = (named.text, bound, named.inputs)
    for name, named in queries.library(folder / "api").items():
        out[f"api/{name}"] = (named.text, {}, named.inputs)
        for i, example in enumerate(API_INPUTS.get(name, [])):
            out[f"api/{name}#{i + 1}"] = (named.text, {Variable(k): v for k, v in example.items()},
                                         named.inputs)
    if names:
        out = {k: v for k, v in out.items() if k in names or k.split("#")[0] in names}
    return out


def answer(store: GraphStore, text: str, bound: dict[Variable, Term], inputs: set[str]) -> dict:
    result = store.query(text, params=bound, inputs=inputs)
    assert isinstance(result, QuerySolutions)
    variables = [v.value for v in result.variables]
    rows = [[str(row[v]) if row[v] is not None else None for v in variables] for row in result]
    keys = [k for k in order_keys(text) if k in variables]
    sequence = [[r[variables.index(k)] for k in keys] for r in rows]
    return {"variables": variables, "rows": sorted(rows, key=json.dumps), "order": sequence}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Each query alone on an on-disk store, median of 3.")
    parser.add_argument("store", type=Path)
    parser.add_argument("--save", type=Path, help="write every answer here (JSON)")
    parser.add_argument("--compare", type=Path, help="compare every answer with this file")
    parser.add_argument("--queries", nargs="+", help="only these (library names, api/NAME)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--library", type=Path, default=queries.LIBRARY, help="the queries' folder")
    args = parser.parse_args(argv)
    store = GraphStore.open(args.store, create=False, read_only=True)
    saved = json.loads(args.compare.read_text()) if args.compare else {}
    answers, differ = {}, []
    for name, (text, bound, inputs) in cases(args.queries, args.library).items():
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            got = answer(store, text, bound, inputs)
            times.append(time.perf_counter() - start)
        answers[name] = got
        note = ""
        if name in saved:
            same = saved[name] == got
            note = "same" if same else "DIFFERENT"
            if not same:
                differ.append(name)
        print(f"{name:<28} {1000 * statistics.median(times):9.1f} ms  {len(got['rows']):5d} rows  {note}",
              flush=True)
    if args.save:
        args.save.write_text(json.dumps(answers, ensure_ascii=False, indent=0))
    if differ:
        print("different answers:", ", ".join(differ))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
