"""The theme scheme read back from the store, for the JSON API: every theme with its labels,
definitions, articles and how many recommendations and suggestions are tagged with it."""

from __future__ import annotations

from typing import Any

from ...ontology.iris import page_path
from ..store.embedded import Queryable
from .rows import rows


def listing(store: Queryable, *, base: str) -> list[dict[str, Any]]:
    """Every theme, each broad theme followed by its narrow themes."""
    return [{
        "theme": r["theme"], "iri": r["iri"], "page": page_path(r["iri"], base), "level": r["level"],
        "broader": r["broad"] if r["level"] == "narrow" else None,
        "label_zh": r["label_zh"], "label_en": r["label_en"],
        "definition_zh": r["definition_zh"], "definition_en": r["definition_en"],
        "articles": sorted({int(a) for a in (r["articles"] or "").split()}),
        "recommendations": r["recommendations"], "suggestions": r["suggestions"],
    } for r in rows(store, "themes")]


def known(store: Queryable) -> set[str]:
    """The notations of every theme, broad and narrow."""
    return {t["theme"] for t in listing(store, base="")}
