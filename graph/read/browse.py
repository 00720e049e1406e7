"""The graph as resources to browse: meetings, recommendations, articles, resolutions,
documents and their paragraphs, and what the graph holds in all.

Each function answers with plain JSON-friendly values (the API's shapes); the SPARQL
is in ``sparql/api/``.  A thing that is not in the graph raises ``LookupError``; a
malformed key or an unknown filter value raises ``ValueError`` naming the parameter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pyoxigraph import Literal, NamedNode, QuerySolutions

from ...errors import BadRequest, NotFound
from ...ontology.iris import page_path
from ..store.embedded import Queryable
from . import themes as scheme
from . import threads
from .rows import key, rows


class ItemKind(StrEnum):
    """What ``/api/recommendations`` lists: recommendations a meeting agreed, proposals States
    parties made during one, Secretariat suggestions, or all of them."""

    RECOMMENDATION = "recommendation"
    PROPOSAL = "proposal"
    SUGGESTION = "suggestion"
    ALL = "all"


@dataclass(frozen=True)
class Filters:
    """Restrictions on the recommendations listed (each optional)."""

    meeting: int | None = None  # the meeting's ordinal
    article: int | None = None  # an article of the Convention the recommendation concerns
    resolution: str | None = None  # a resolution that endorsed it or that it cites, e.g. "7/1"
    addressee: str | None = None  # e.g. "states-parties", "secretariat"
    text: str | None = None  # words its text contains (case-insensitive)
    kind: ItemKind = ItemKind.RECOMMENDATION
    theme: str | None = None  # a theme (notation): narrow, or broad for any of its narrow themes


_KEY = re.compile(r"^(\d+)-(\w+)$")


def _meeting(row: dict[str, Any], base: str) -> dict[str, Any]:
    return {"ordinal": row["ordinal"], "iri": row["meeting"], "page": page_path(row["meeting"], base),
            "series": row["series"], "label_zh": row["label_zh"], "label_en": row["label_en"],
            "start": row["start"], "end": row["end"], "venue": row["venue"] or None, "format": row["format"]}


def meetings(store: Queryable, *, base: str) -> list[dict[str, Any]]:
    """Every meeting a loaded document belongs to, by date, with how much each holds."""
    counts: dict[str, dict[str, int]] = {}
    for row in rows(store, "meeting-counts"):
        counts.setdefault(row["meeting"], {})[row["kind"]] = row["count"]
    return [{**_meeting(row, base), "counts": _counts(counts.get(row["meeting"], {}))}
            for row in rows(store, "meetings")]


def _counts(found: dict[str, int]) -> dict[str, int]:
    kinds = ("documents", "recommendations", "proposals", "suggestions", "participants", "citations",
             "reaffirmed_meetings")
    return {k: found.get(k, 0) for k in kinds}


def _meeting_iri(store: Queryable, ordinal: int) -> NamedNode:
    found = [r["meeting"] for r in rows(store, "meetings") if r["ordinal"] == ordinal]
    if not found:
        raise NotFound(f"no meeting with ordinal {ordinal} has a loaded document (see /api/meetings)")
    if len(found) > 1:
        raise BadRequest(f"ordinal {ordinal} names meetings of several series: {', '.join(found)}")
    return NamedNode(found[0])


def meeting(store: Queryable, ordinal: int, *, base: str) -> dict[str, Any]:
    """One meeting: dates and venue, documents, agenda, chairs, attendance, the recommendations it
    agreed, the proposals States parties made during it, the suggestions made to it, what its
    documents cite, and the meetings it reaffirmed."""
    iri = _meeting_iri(store, ordinal)
    row = rows(store, "meetings", meeting=iri)[0]
    counts = {r["kind"]: r["count"] for r in rows(store, "meeting-counts", meeting=iri)}
    listed = recommendations(store, Filters(meeting=ordinal, kind=ItemKind.ALL), base=base, limit=None)["items"]
    return {
        **_meeting(row, base),
        "counts": _counts(counts),
        "documents": [_document(r, base) for r in rows(store, "documents", meeting=iri)],
        "agenda": [{"position": r["position"], "title": r["title"]} for r in rows(store, "agenda", meeting=iri)],
        "chairs": [{k: r[k] for k in ("name", "role", "state", "iso3", "office")}
                   for r in rows(store, "chairs", meeting=iri)],
        "attendance": {r["kind"]: r["count"] for r in rows(store, "attendance", meeting=iri)},
        "recommendations": [r for r in listed if r["kind"] == ItemKind.RECOMMENDATION],
        "proposals": [r for r in listed if r["kind"] == ItemKind.PROPOSAL],
        "suggestions": [r for r in listed if r["kind"] == ItemKind.SUGGESTION],
        "citations": [{"kind": r["kind"], "key": str(r["key"]), "iri": r["target"],
                       "page": page_path(r["target"], base), "label": r["label"], "paragraphs": r["paragraphs"]}
                      for r in rows(store, "citations", meeting=iri)],
        "reaffirms": [r["ordinal"] for r in rows(store, "reaffirmed", meeting=iri)],
    }


def _addressees(store: Queryable) -> set[str]:
    result = store.query("SELECT DISTINCT ?notation WHERE { ?r ukg:addressee/skos:notation ?notation }")
    assert isinstance(result, QuerySolutions)
    return {str(r["notation"].value) for r in result}


def _matches(item: dict[str, Any], given: Filters) -> bool:
    return ((given.kind is ItemKind.ALL or item["kind"] == given.kind.value)
            and (given.article is None or given.article in item["articles"])
            and (given.resolution is None or given.resolution.strip() in item["resolutions"])
            and (given.addressee is None or given.addressee in item["addressees"])
            and (given.theme is None or given.theme in item["themes"] or given.theme in item["broad_themes"])
            and (not given.text or given.text.casefold() in item["text"].casefold()))


def _natural(label: str) -> tuple[int, str]:
    return (int(label), "") if label.isdigit() else (-1, label)


def _item(row: dict[str, Any], base: str) -> dict[str, Any]:
    return {
        "key": f"{row['ordinal']}-{row['label']}", "iri": row["recommendation"],
        "page": page_path(row["recommendation"], base), "kind": row["kind"], "meeting": row["ordinal"],
        "label": row["label"], "text": row["text"],
        "addressees": sorted((row["addressees"] or "").split()),
        "articles": sorted({int(a) for a in (row["articles"] or "").split()}),
        "resolutions": sorted(set((row["resolutions"] or "").split())),
        "article_iris": set((row["article_iris"] or "").split()),
        "resolution_iris": set((row["resolution_iris"] or "").split()),
        "paragraph": None if row["paragraph"] is None else {
            "number": row["number"], "iri": row["paragraph"], "page": page_path(row["paragraph"], base)},
        "document": None if row["document"] is None else {
            "iri": row["document"], "symbol": row["symbol"], "source": row["source"]},
        "thread": key(row["thread"]) if row["thread"] else None,
        "themes": sorted((row["themes"] or "").split()),
        "broad_themes": set((row["broad_themes"] or "").split()),
    }


def recommendations(store: Queryable, given: Filters, *, base: str, limit: int | None = 50,
                    offset: int = 0) -> dict[str, Any]:
    """The recommendations (and suggestions) matching ``given``, by meeting then label,
    with the total count before ``limit`` and ``offset``."""
    meeting_iri = None if given.meeting is None else _meeting_iri(store, given.meeting)
    if given.addressee is not None:
        known = _addressees(store)
        if given.addressee not in known:
            raise BadRequest(f"addressee {given.addressee!r} is unknown (known: {', '.join(sorted(known))})")
    if given.theme is not None:
        themes = scheme.known(store)
        if given.theme not in themes:
            raise BadRequest(f"theme {given.theme!r} is unknown (see /api/themes; known: {', '.join(sorted(themes))})")
    found = [item for item in (_item(r, base) for r in rows(store, "recommendations", meeting=meeting_iri))
             if _matches(item, given)]
    found.sort(key=lambda r: (r["meeting"], r["kind"], _natural(r["label"])))
    end = None if limit is None else offset + limit
    return {"total": len(found), "offset": offset, "limit": limit, "items": found[offset:end]}


def items(store: Queryable, *, base: str, meeting: str | None = None, item: str | None = None) -> list[dict[str, Any]]:
    """The recommendations, suggestions (and whatever other kinds of item the graph holds) of
    a meeting, or the one item ``item`` (IRIs; ``None``: every one), each with its ``kind`` as
    the data gives it, by meeting, kind and label."""
    found = [_item(r, base) for r in rows(store, "recommendations",
                                          meeting=None if meeting is None else NamedNode(meeting),
                                          recommendation=None if item is None else NamedNode(item))]
    found.sort(key=lambda r: (r["meeting"], r["kind"], _natural(r["label"])))
    return found


def recommendation(store: Queryable, name: str, *, base: str) -> dict[str, Any]:
    """One recommendation or suggestion by key (``8-a``: meeting ordinal and label), with
    its thread as a timeline when it recurs."""
    match = _KEY.match(name)
    if match is None:
        raise BadRequest(f"key {name!r}: expected the meeting's ordinal and the label, as in 8-a or 9-89")
    ordinal, label = int(match.group(1)), match.group(2)
    listed = recommendations(store, Filters(meeting=ordinal, kind=ItemKind.ALL), base=base, limit=None)["items"]
    found = [r for r in listed if r["label"] == label]
    if not found:
        raise NotFound(f"no recommendation or suggestion {name!r} (see /api/recommendations?meeting={ordinal})")
    item = found[0]
    return {**item, "timeline": threads.timeline(store, item["thread"])["timeline"] if item["thread"] else None}


def cited(store: Queryable, kind: str, *, base: str, target: str | None = None) -> list[dict[str, Any]]:
    """The articles or resolutions (``kind``) the graph knows, or the one ``target`` (IRI), with
    their scope (convention or body key), labels and how often they are cited."""
    return _cited(store, kind, base, None if target is None else NamedNode(target))


def citing(store: Queryable, target: str, *, base: str) -> list[dict[str, Any]]:
    """The paragraphs citing ``target`` (an article, resolution or UN document, or a part of one)."""
    return _citing(store, target, base)


def _cited(store: Queryable, kind: str, base: str, target: NamedNode | None = None) -> list[dict[str, Any]]:
    return [{"number": r["number"], "scope": key(r["scope"]) if r["scope"] else None,
             "iri": r["target"], "page": page_path(r["target"], base),
             "label_en": r["label_en"], "label_zh": r["label_zh"], "title": r["title"],
             "citing_paragraphs": r["paragraphs"], "recommendations": r["recommendations"]}
            for r in rows(store, "cited", kind=Literal(kind), target=target)]


def _citing(store: Queryable, target: str, base: str) -> list[dict[str, Any]]:
    return [{"iri": r["paragraph"], "page": page_path(r["paragraph"], base), "number": r["number"], "text": r["text"],
             "meeting": r["ordinal"], "document": {"iri": r["document"], "symbol": r["symbol"], "source": r["source"]},
             "evidence": sorted(set((r["evidence"] or "").split()))}
            for r in rows(store, "citing-paragraphs", target=NamedNode(target))]


def _one(store: Queryable, kind: str, number: object, scope: str | None, base: str) -> dict[str, Any]:
    """The article or resolution with this number (in ``scope``, a convention or body key,
    when given); ``LookupError`` if none, ``ValueError`` if several and no scope says which."""
    found = [x for x in _cited(store, kind, base) if str(x["number"]) == str(number)
             and scope in (None, x["scope"])]
    if not found:
        where = f" of {scope}" if scope else ""
        raise NotFound(f"no {kind} {number}{where} in the graph (see /api/{kind}s)")
    if len(found) > 1:
        scopes = ", ".join(sorted(str(x["scope"]) for x in found))
        raise BadRequest(f"{kind} {number} exists in several scopes ({scopes}): give scope=…")
    return found[0]


def articles(store: Queryable, *, base: str) -> list[dict[str, Any]]:
    """Every article of the Convention the graph knows, by number, with how often it is cited."""
    return sorted(_cited(store, "article", base), key=lambda a: int(a["number"]))


def article(store: Queryable, number: int, *, base: str, scope: str | None = None) -> dict[str, Any]:
    """One article, the paragraphs citing it (or a part of it) and the recommendations concerning it."""
    found = _one(store, "article", number, scope, base)
    concerning = [r for r in recommendations(store, Filters(kind=ItemKind.ALL), base=base, limit=None)["items"]
                  if found["iri"] in r["article_iris"]]
    return {**found, "paragraphs": _citing(store, found["iri"], base), "concerned_by": concerning}


def resolutions(store: Queryable, *, base: str) -> list[dict[str, Any]]:
    """Every resolution the graph knows, by session and number, with how often it is cited."""
    def order(r: dict[str, Any]) -> tuple[int, ...]:
        return tuple(int(p) for p in re.findall(r"\d+", str(r["number"])))
    return sorted(_cited(store, "resolution", base), key=order)


def resolution(store: Queryable, symbol: str, *, base: str, scope: str | None = None) -> dict[str, Any]:
    """One resolution by number (``7/1``), the paragraphs citing it and the recommendations
    it endorsed or that cite it."""
    found = _one(store, "resolution", symbol, scope, base)
    related = [r for r in recommendations(store, Filters(kind=ItemKind.ALL), base=base, limit=None)["items"]
               if found["iri"] in r["resolution_iris"]]
    return {**found, "paragraphs": _citing(store, found["iri"], base), "related": related}


def _document(row: dict[str, Any], base: str) -> dict[str, Any]:
    return {"key": key(row["source"]) if row["source"] else None, "iri": row["document"],
            "page": page_path(row["document"], base), "source": row["source"], "kind": row["kind"],
            "meeting": row["ordinal"], "symbol": row["symbol"], "title": row["title"], "issued": row["issued"],
            "language": row["language"], "job_number": row["job_number"], "paragraphs": row["paragraphs"]}


def documents(store: Queryable, *, base: str) -> list[dict[str, Any]]:
    """Every loaded document (key: its source file name)."""
    return [_document(r, base) for r in rows(store, "documents")]


def document(store: Queryable, name: str, *, base: str) -> dict[str, Any]:
    """One loaded document by key (its source file name) or symbol."""
    found = [d for d in documents(store, base=base) if name in (d["key"], d["symbol"])]
    if not found:
        raise NotFound(f"no loaded document {name!r} (see /api/documents)")
    return found[0]


def paragraphs(store: Queryable, name: str, *, base: str, limit: int | None = None,
               offset: int = 0) -> dict[str, Any]:
    """The numbered paragraphs of a document, in order, with what each cites."""
    found = document(store, name, base=base)
    items = [{"number": r["number"], "iri": r["paragraph"], "page": page_path(r["paragraph"], base),
              "text": r["text"], "heading": r["heading"], "cites": sorted((r["cites"] or "").split())}
             for r in rows(store, "paragraphs", document=NamedNode(found["iri"]))]
    end = None if limit is None else offset + limit
    return {"document": found, "total": len(items), "offset": offset, "limit": limit, "items": items[offset:end]}


def statistics(store: Queryable) -> dict[str, int]:
    """How many of each kind of thing the graph holds, and how many quads it stores."""
    kinds = ("meetings", "documents", "paragraphs", "recommendations", "proposals", "suggestions", "citations",
             "articles_cited", "resolutions_cited", "states_attending", "threads", "recurrence_links",
             "unplaced_texts")
    found = {r["kind"]: r["count"] for r in rows(store, "statistics")}
    return {**{k: found.get(k, 0) for k in kinds}, "quads": len(store)}
