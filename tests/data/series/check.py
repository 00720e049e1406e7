"""Sanity check of the series' gold files (no project code imported).

    python tests/data/series/check.py [dev|heldout|heldout ...]

For each ``*.json`` beside a ``*.txt``: the JSON parses, has exactly the keys of
``tests/golden/*.json`` in the same order, and every value has a type the golden files use
for that key (lists of objects: the same fields, with the same types or null). Then a few
cross-checks against the text, which only catch typing slips in the gold, never
judgement errors: the paragraph numbers run 1..N, and every recommendation text, symbol,
agenda title, chair, attending name and panelist origin occurs in the text (compared
without white space, page headers and footers).

It prints the number of facts per kind. With ``heldout`` or ``heldout`` it reads the
held-out texts: whoever changes the recognisers runs it only on ``dev``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLDEN = HERE.parent.parent / "golden"

KINDS = ["recommendations", "resolution_citations", "article_citations", "document_citations",
         "chairs", "agenda", "attendance", "panels", "directory_statistics", "reaffirmations",
         "other_meetings", "recommendation_addressees", "recommendation_articles", "mandates"]


def type_name(value: object) -> str:
    return "null" if value is None else type(value).__name__


def golden_shapes() -> tuple[list[str], dict[str, set[str]], dict[str, dict[str, set[str]]]]:
    """Key order, value types per key, and per list key the field types of its items."""
    order: list[str] = []
    top: dict[str, set[str]] = {}
    items: dict[str, dict[str, set[str]]] = {}
    for path in sorted(GOLDEN.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        order = order or list(data)
        assert list(data) == order, path
        for key, value in data.items():
            top.setdefault(key, set()).add(type_name(value))
            if isinstance(value, list):
                for item in value:
                    fields = items.setdefault(key, {})
                    for f, v in item.items():
                        fields.setdefault(f, set()).add(type_name(v))
                        if isinstance(v, list):
                            for sub in v:
                                sub_fields = items.setdefault(f"{key}.{f}", {})
                                for sf, sv in (sub.items() if isinstance(sub, dict) else []):
                                    sub_fields.setdefault(sf, set()).add(type_name(sv))
    return order, top, items


PAGE_LINE = re.compile(
    r"^\s*(?:CAC/COSP/EG\.1/\d{4}/\d+|\d+/\d+\s+V\.\d{2}-\d{5}|V\.\d{2}-\d{5}(?:\s+\d+/\d+|\s*\(C\))?"
    r"|联合国\s+CAC/COSP/EG\.1/\d{4}/\d+)\s*$")


def flat(text: str) -> str:
    lines = [line for line in text.splitlines() if not PAGE_LINE.match(line)]
    return re.sub(r"\s+", "", "".join(lines)).replace("\ufeff", "")


def paragraph_numbers(text: str) -> list[int]:
    found: list[int] = []
    for line in text.splitlines():
        m = re.match(r"^\s*(\d{1,2})\.\s", line)
        if m and int(m.group(1)) == (found[-1] + 1 if found else 1):
            found.append(int(m.group(1)))
    return found


def zh_number(n: int) -> str:
    """0 < n < 1000 in Chinese numerals as a count is written (七十一, 一百零五, 一百四十四)."""
    digits = "零一二三四五六七八九"
    h, t, u = n // 100, n // 10 % 10, n % 10
    out = (digits[h] + "百") if h else ""
    if t:
        out += ("" if (t == 1 and not h) else digits[t]) + "十"
    elif h and u:
        out += "零"
    return out + (digits[u] if u else "")


def check(json_path: Path, shapes: tuple) -> list[str]:
    order, top, items = shapes
    problems: list[str] = []
    gold = json.loads(json_path.read_text(encoding="utf-8"))
    if list(gold) != order:
        problems.append(f"keys {list(gold)} != {order}")
    for key, value in gold.items():
        allowed = top.get(key, set())
        if type_name(value) not in allowed and not (value is None and "str" in allowed):
            problems.append(f"{key}: {type_name(value)} not in {allowed}")
        if isinstance(value, list):
            for item in value:
                fields = items.get(key)
                if fields is None:
                    continue
                extra = set(item) - set(fields)
                # article citations in headings carry "heading"; everything else must match
                # recommendations may leave out "status" ("agreed" when absent, tests/golden/README.md)
                missing = {f for f in fields if f not in ("heading", "status")} - set(item)
                if extra or missing:
                    problems.append(f"{key}: fields {sorted(item)} (extra {extra}, missing {missing})")
                for f, v in item.items():
                    ok = fields.get(f, set()) | {"null"} if f in ("term", "cited_paragraph", "article_paragraph",
                                                                  "subparagraph", "office", "start", "end",
                                                                  "venue", "paragraph") else fields.get(f, set())
                    if type_name(v) not in ok:
                        problems.append(f"{key}.{f}: {v!r} ({type_name(v)}) not in {ok}")
    text_path = json_path.with_suffix(".txt")
    if gold.get("source") != text_path.name:
        problems.append(f"source {gold.get('source')} != {text_path.name}")
    raw = text_path.read_bytes()
    text = raw.decode("utf-8-sig")
    body = flat(text)
    numbers = paragraph_numbers(text)
    if numbers != list(range(1, gold["paragraphs"] + 1)):
        problems.append(f"paragraph numbers found up to {numbers[-1] if numbers else None}, gold {gold['paragraphs']}")
    def need(what: str, s: str | None) -> None:
        if s and re.sub(r"\s+", "", s) not in body:
            problems.append(f"{what} not in text: {s}")
    for r in gold["recommendations"]:
        need("recommendation", r["text"])
    for d in gold["document_citations"]:
        m = re.fullmatch(r"(.+)/(Add\.\d+)", d["symbol"])
        if m and d["symbol"] not in body and m.group(1) in body and m.group(2) in body:
            continue  # "L.1 和 Add.1 及 Add.2": the addendum written short
        need("symbol", d["symbol"])
    for a in gold["agenda"]:
        need("agenda", a["title"])
    for c in gold["chairs"]:
        need("chair", c["name"])
        need("chair state", c["state"])
        need("office", c["office"])
    for a in gold["attendance"]:
        need("attendance", a["name"])
    for p in gold["panels"]:
        need("panel topic", p["topic"])
        for x in p["panelists"]:
            need("panelist", x["from"])
    for d in gold["directory_statistics"]:
        if zh_number(d["count"]) not in body:  # a count may be written in Chinese numerals
            need("count", str(d["count"]))
    labels = [r["label"] for r in gold["recommendations"]]
    if len(set(labels)) != len(labels):
        problems.append("recommendation labels repeat")
    if [a["label"] for a in gold["recommendation_addressees"]] != labels:
        problems.append("addressees do not cover the recommendations")
    if not {a["label"] for a in gold["recommendation_articles"]} <= set(labels):
        problems.append("recommendation_articles label unknown")
    if {r["symbol"] for r in gold["reaffirmations"]} - {d["symbol"] for d in gold["document_citations"]}:
        problems.append("reaffirmed symbol not among document citations")
    state_names = [a["name"] for a in gold["attendance"] if a["kind"] == "state-party"]
    if len(set(state_names)) != len(state_names):
        problems.append("a State party listed twice")
    return problems


def main(parts: list[str]) -> int:
    shapes = golden_shapes()
    bad = 0
    for part in parts or ["dev"]:
        # a folder of this directory (``dev``) or a path (``tests/data/series/dev-xx``, from where it is run)
        folder = next((f for f in (HERE / part, Path(part)) if f.is_dir()), None)
        if folder is None:
            print(f"check.py: {part}: no such folder (here or in {HERE})", file=sys.stderr)
            return 2
        files = sorted(folder.glob("*.json"))
        if not files:
            print(f"check.py: {part}: no gold files (*.json) in it", file=sys.stderr)
            return 2
        for json_path in files:
            problems = check(json_path, shapes)
            gold = json.loads(json_path.read_text(encoding="utf-8"))
            counts = ", ".join(f"{k} {len(gold[k])}" for k in KINDS)
            print(f"{part}/{json_path.name}: paragraphs {gold['paragraphs']}; {counts}")
            for p in problems:
                print(f"  PROBLEM {p}")
            bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
