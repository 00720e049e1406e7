"""The same facts from other extractions of the same reports.

Each bundled report is turned into variants (reflowed, unwrapped, re-spaced,
full-width, half-width punctuation, CRLF with BOM, GB18030, UTF-16, page
headers) under the same file name; every named query must return exactly what
it returns for the original, and every paragraph must keep its text.  The
recurrence links between the reports (with their themes) are the same from
every variant too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from uncac_kg.graph.derived import recurrence
from uncac_kg.graph.ingest import refresh_reference
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.loaders import load
from uncac_kg.ontology.iris import Iris

from helpers import REPORTS, select
from variants import VARIANTS

QUERIES = ["meetings", "documents", "recommendations", "resolution-citations",
           "article-citations", "document-citations", "attendance", "chairs", "agenda", "panels",
           "directory-statistics", "reaffirmations", "other-meetings", "mandates", "recommendation-articles",
           "theme-tags", "themes", "theme-trend"]
PARAGRAPHS = """
SELECT ?number ?text WHERE { ?p a ukg:Paragraph ; ukg:number ?number ; ukg:text ?text }
"""


def facts(data: bytes, source: str) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    store = GraphStore.open(None)
    doc = load(data, source=source, iris=Iris())
    store.replace_graph(doc.graph, doc.quads)
    refresh_reference(store, Iris())
    out = {q: sorted((tuple(sorted(r.items())) for r in select(store, q)), key=str)
           for q in QUERIES}
    out["paragraphs"] = sorted(
        ((r["number"], r["text"]) for r in select(store, PARAGRAPHS)), key=str)
    out["items"] = recurrence.items(store)  # type: ignore[assignment]  # the recommendations, with their themes
    return out


_ORIGINALS: dict[Path, dict] = {}  # type: ignore[type-arg]
_VARIANTS: dict[tuple[Path, str], dict] = {}  # type: ignore[type-arg]


def original(path: Path) -> dict:  # type: ignore[type-arg]
    if path not in _ORIGINALS:
        _ORIGINALS[path] = facts(path.read_bytes(), path.name)
    return _ORIGINALS[path]


def variant_facts(path: Path, name: str) -> dict:  # type: ignore[type-arg]
    if (path, name) not in _VARIANTS:
        _VARIANTS[path, name] = facts(VARIANTS[name](path.read_text(encoding="utf-8")), path.name)
    return _VARIANTS[path, name]


def links(found: list[dict]) -> set[tuple]:  # type: ignore[type-arg]
    """The recurrence links between the reports: earlier, later, kind, shared themes."""
    items = sorted((item for facts in found for item in facts["items"]), key=lambda i: i.order)
    return {(link.earlier.iri, link.later.iri, link.kind, link.themes) for link in recurrence.links(items)}


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_variant_yields_the_same_facts(path: Path, variant: str) -> None:
    text = path.read_text(encoding="utf-8")
    data = VARIANTS[variant](text)
    assert data != path.read_bytes()
    want, got = original(path), variant_facts(path, variant)
    if variant == "page-headers":  # the variant adds job numbers to the page footers
        want, got = dict(want), dict(got)
        for rows in (want, got):
            rows["documents"] = [tuple(kv for kv in row if kv[0] != "job_number") for row in rows["documents"]]
    for kind in want:
        missing = [x for x in want[kind] if x not in got[kind]]
        extra = [x for x in got[kind] if x not in want[kind]]
        assert not missing and not extra, f"{kind}: missing {missing[:3]} extra {extra[:3]}"


@pytest.mark.parametrize("variant", VARIANTS)
def test_variants_yield_the_same_recurrence_links(variant: str) -> None:
    want = links([original(path) for path in REPORTS])
    assert any(kind == "thematic" for _, _, kind, _ in want)
    assert links([variant_facts(path, variant) for path in REPORTS]) == want
