"""Check the theme scheme (ontology/themes.ttl) and the hand labels (labels.csv) beside this file.

Imports only rdflib and the standard library.  Run from anywhere:

    python tests/data/themes/check.py

It checks that every theme is well formed (in the scheme, zh and en preferred labels and
definitions, a slug notation matching its IRI, label kinds disjoint, no label shared by two
themes), that skos:broader forms no cycle and leads to a top concept, that every related
article exists in ontology/reference/articles.csv, and that every labelled row names themes
of the scheme (narrow ones only), has a reasoning, a known part, and a quote found in its
report.  It prints counts only, never the text of a row, so running it reveals nothing of
the held-out part.  Exit status 1 on any error.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SKOS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
THEMES = ROOT / "ontology" / "themes.ttl"
ARTICLES = ROOT / "ontology" / "reference" / "articles.csv"
LABELS = HERE / "labels.csv"
REPORTS = ROOT / "data" / "reports"
GOLDEN = ROOT / "tests" / "golden"

BASE = "https://w3id.org/uncac-kg/id/"
SCHEME = URIRef(BASE + "themes")
THEME = BASE + "theme/"
ARTICLE = re.compile(
    re.escape(BASE) + r"convention/uncac/article/(\d+)(?:/paragraph/(\d+)(?:/subparagraph/([a-z]))?)?$")
PARTS = {"dev": {6, 7, 8}, "heldout": {9, 10}}
SOURCE = re.compile(r"eg1-(\d\d)-\d{4}-(?:report|secretariat-note)\.zh\.txt$")
COLUMNS = ["source", "paragraph", "label", "text", "themes", "reasoning", "part"]

errors: list[str] = []


def error(message: str) -> None:
    errors.append(message)


def texts(graph: Graph, node: URIRef, prop: URIRef, lang: str) -> list[str]:
    return [str(o) for o in graph.objects(node, prop) if isinstance(o, Literal) and o.language == lang]


def check_scheme(graph: Graph) -> dict[str, URIRef]:
    if (SCHEME, RDF.type, SKOS.ConceptScheme) not in graph:
        error(f"{SCHEME} is not a skos:ConceptScheme")
    concepts = sorted(set(graph.subjects(RDF.type, SKOS.Concept)))
    by_slug: dict[str, URIRef] = {}
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in concepts:
        slug = str(c)[len(THEME):] if str(c).startswith(THEME) else None
        name = slug or str(c)
        if not slug or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug):
            error(f"{c}: not a theme IRI ({THEME}<slug>)")
            continue
        by_slug[slug] = c
        if (c, SKOS.inScheme, SCHEME) not in graph:
            error(f"{name}: not skos:inScheme the theme scheme")
        notations = [str(n) for n in graph.objects(c, SKOS.notation)]
        if notations != [slug]:
            error(f"{name}: skos:notation {notations} is not [{slug!r}]")
        kinds: dict[URIRef, set[tuple[str, str | None]]] = {}
        for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            kinds[prop] = {(str(o), o.language) for o in graph.objects(c, prop) if isinstance(o, Literal)}
        for lang in ("zh", "en"):
            if len(texts(graph, c, SKOS.prefLabel, lang)) != 1:
                error(f"{name}: needs exactly one skos:prefLabel @{lang}")
            if len(texts(graph, c, SKOS.definition, lang)) != 1:
                error(f"{name}: needs exactly one skos:definition @{lang}")
        for a, b in ((SKOS.prefLabel, SKOS.altLabel), (SKOS.prefLabel, SKOS.hiddenLabel),
                     (SKOS.altLabel, SKOS.hiddenLabel)):
            for text, lang in kinds[a] & kinds[b]:
                error(f"{name}: {text!r}@{lang} is both {a.fragment} and {b.fragment}")
        for labels in kinds.values():
            for text, lang in labels:
                owners[(text, lang)].add(slug)
    for (text, lang), slugs in sorted(owners.items()):
        if len(slugs) > 1:
            error(f"label {text!r}@{lang} is used by several themes: {sorted(slugs)}")
    return by_slug


def check_hierarchy(graph: Graph, by_slug: dict[str, URIRef]) -> tuple[set[str], set[str]]:
    slug_of = {v: k for k, v in by_slug.items()}
    parents: dict[str, list[str]] = {}
    for slug, c in by_slug.items():
        ups = list(graph.objects(c, SKOS.broader))
        for up in ups:
            if up not in slug_of:
                error(f"{slug}: skos:broader {up} is not a theme of the scheme")
        parents[slug] = [slug_of[u] for u in ups if u in slug_of]
        top = (c, SKOS.topConceptOf, SCHEME) in graph or (SCHEME, SKOS.hasTopConcept, c) in graph
        if top and ups:
            error(f"{slug}: a top concept with a skos:broader")
        if not top and not ups:
            error(f"{slug}: neither a top concept nor narrower than one")
        if top and not ((c, SKOS.topConceptOf, SCHEME) in graph and (SCHEME, SKOS.hasTopConcept, c) in graph):
            error(f"{slug}: skos:topConceptOf and skos:hasTopConcept disagree")
    # no cycle: depth-first search with colours
    state: dict[str, int] = {}

    def visit(slug: str, path: list[str]) -> None:
        if state.get(slug) == 1:
            error("skos:broader cycle: " + " -> ".join([*path, slug]))
            return
        if state.get(slug) == 2:
            return
        state[slug] = 1
        for p in parents[slug]:
            visit(p, [*path, slug])
        state[slug] = 2

    for slug in sorted(parents):
        visit(slug, [])
    with_children = {p for ps in parents.values() for p in ps}
    leaves = set(by_slug) - with_children
    for slug in sorted(by_slug):
        if (by_slug[slug], SKOS.topConceptOf, SCHEME) in graph and slug in leaves:
            error(f"{slug}: a top concept without narrower themes")
    return leaves, with_children


def check_articles(graph: Graph, by_slug: dict[str, URIRef]) -> int:
    with ARTICLES.open(encoding="utf-8") as f:
        known = {int(r["article"]) for r in csv.DictReader(f)}
    count = 0
    for slug, c in sorted(by_slug.items()):
        for o in graph.objects(c, SKOS.related):
            if str(o).startswith(THEME):
                if o not in by_slug.values():
                    error(f"{slug}: skos:related {o} is not a theme")
                continue
            m = ARTICLE.match(str(o))
            if not m:
                error(f"{slug}: skos:related {o} is neither a theme nor a Convention article IRI")
            elif int(m.group(1)) not in known:
                error(f"{slug}: skos:related article {m.group(1)} is not in {ARTICLES.name}")
            else:
                count += 1
    return count


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def golden_items() -> set[tuple[str, int, str]]:
    items = set()
    for path in GOLDEN.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for r in data.get("recommendations", []):
            items.add((data["source"], int(r["paragraph"]), str(r["label"])))
    return items


def check_labels(by_slug: dict[str, URIRef], leaves: set[str], broad: set[str]) -> Counter[str]:
    with LABELS.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != COLUMNS:
            error(f"{LABELS.name}: columns {reader.fieldnames} are not {COLUMNS}")
            return Counter()
        rows = list(reader)
    parts: Counter[str] = Counter()
    seen: set[tuple[str, int, str]] = set()
    cache: dict[str, str] = {}
    for n, row in enumerate(rows, start=2):
        where = f"{LABELS.name}:{n} ({row['source']} ¶{row['paragraph']} {row['label']})"
        m = SOURCE.match(row["source"])
        if not m:
            error(f"{where}: unknown source")
            continue
        if not row["paragraph"].isdigit() or not row["label"]:
            error(f"{where}: paragraph must be a number and label non-empty")
            continue
        key = (row["source"], int(row["paragraph"]), row["label"])
        if key in seen:
            error(f"{where}: labelled twice")
        seen.add(key)
        part = row["part"]
        if part not in PARTS:
            error(f"{where}: part {part!r} is not dev or heldout")
        elif int(m.group(1)) not in PARTS[part]:
            error(f"{where}: meeting {int(m.group(1))} does not belong to part {part}")
        parts[part] += 1
        if row["source"] not in cache:
            path = REPORTS / row["source"]
            cache[row["source"]] = squeeze(path.read_text(encoding="utf-8")) if path.exists() else ""
        if not row["text"] or squeeze(row["text"]) not in cache[row["source"]]:
            error(f"{where}: the quote is not found in the report")
        themes = [t for t in row["themes"].split(";") if t]
        if len(themes) != len(set(themes)):
            error(f"{where}: a theme is repeated")
        reasoning = row["reasoning"].strip()
        if not reasoning:
            error(f"{where}: no reasoning")
        for t in themes:
            if t not in by_slug:
                error(f"{where}: theme {t!r} is not in the scheme")
            elif t in broad:
                error(f"{where}: theme {t!r} is broad; tag its narrowest applicable themes")
            if t not in reasoning:
                error(f"{where}: the reasoning does not say why {t!r}")
    missing = golden_items() - seen
    for source, paragraph, label in sorted(missing):
        error(f"golden recommendation {source} ¶{paragraph} {label} has no row")
    return parts


def main() -> int:
    graph = Graph().parse(THEMES)
    by_slug = check_scheme(graph)
    leaves, broad = check_hierarchy(graph, by_slug)
    related = check_articles(graph, by_slug)
    parts = check_labels(by_slug, leaves, broad)
    print(f"{THEMES.relative_to(ROOT)}: {len(by_slug)} themes ({len(broad)} broad, {len(leaves)} narrow), "
          f"{related} links to articles")
    print(f"{LABELS.relative_to(ROOT)}: " + ", ".join(f"{parts[p]} {p}" for p in PARTS))
    for e in errors:
        print("ERROR", e)
    print("ok" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
