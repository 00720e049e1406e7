"""The same facts from other extractions of the same reports.

Each bundled report is turned into variants (reflowed, unwrapped, re-spaced,
full-width, half-width punctuation, CRLF with BOM, GB18030, UTF-16, page
headers) under the same file name; every named query must return exactly what
it returns for the original, and every paragraph must keep its text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from uncac_kg.graph.ingest import refresh_reference
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.loaders import load
from uncac_kg.ontology.iris import Iris

from helpers import REPORTS, select
from variants import VARIANTS

QUERIES = ["meetings", "documents", "recommendations", "resolution-citations",
           "article-citations", "document-citations", "attendance", "chairs", "agenda", "panels",
           "directory-statistics", "reaffirmations", "other-meetings", "mandates", "recommendation-articles"]
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
    return out


_ORIGINALS: dict[Path, dict] = {}  # type: ignore[type-arg]


def original(path: Path) -> dict:  # type: ignore[type-arg]
    if path not in _ORIGINALS:
        _ORIGINALS[path] = facts(path.read_bytes(), path.name)
    return _ORIGINALS[path]


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_variant_yields_the_same_facts(path: Path, variant: str) -> None:
    text = path.read_text(encoding="utf-8")
    data = VARIANTS[variant](text)
    assert data != path.read_bytes()
    want, got = original(path), facts(data, path.name)
    if variant == "page-headers":  # the variant adds job numbers to the page footers
        want = dict(want)
        for rows in (want, got):
            rows["documents"] = [tuple(kv for kv in row if kv[0] != "job_number") for row in rows["documents"]]
    for kind in want:
        missing = [x for x in want[kind] if x not in got[kind]]
        extra = [x for x in got[kind] if x not in want[kind]]
        assert not missing and not extra, f"{kind}: missing {missing[:3]} extra {extra[:3]}"
