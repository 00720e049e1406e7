"""Recurrence threads read back from the store: the list, and one thread as a timeline
(members by meeting date, each with the link to the member it repeats: score, shared
terms, words added and removed, its kind and the themes the two share)."""

from __future__ import annotations

from typing import Any

from pyoxigraph import NamedNode

from ...errors import NotFound
from ..derived import DEFAULT_THRESHOLD
from ..store.embedded import Queryable
from .rows import key, rows

#: A link found by wording alone whose score is under this is flagged weak (worth checking by eye):
#: within a quarter of the default threshold above it.
WEAK_SCORE = round(1.25 * DEFAULT_THRESHOLD, 4)


def listing(store: Queryable) -> list[dict[str, Any]]:
    """Every thread: key, IRI, how many meetings, first and last meeting ordinal."""
    return [{"key": key(r["thread"]), "thread": r["thread"], "meetings": r["count"],
             "first": r["first"], "last": r["last"]} for r in rows(store, "threads")]


def timeline(store: Queryable, name: str) -> dict[str, Any]:
    """The thread whose key is ``name``, its members in meeting order; ``LookupError`` if none."""
    match = next((t for t in listing(store) if t["key"] == name), None)
    if match is None:
        raise NotFound(f"no thread {name!r}")
    thread = NamedNode(match["thread"])
    links = {r["later"]: r for r in rows(store, "thread-links", thread=thread)}
    members = []
    for row in rows(store, "thread-members", thread=thread):
        link = links.get(row["member"])
        members.append({
            "recommendation": row["member"], "kind": row["kind"], "meeting": row["ordinal"],
            "date": row["date"], "label": row["label"], "text": row["text"],
            "reaffirmed_by": sorted(int(o) for o in (row["reaffirmed_by"] or "").split()),
            "repeats": None if link is None else {
                "recommendation": link["earlier"], "score": float(link["score"]),
                "shared_terms": [t for t in (link["shared"] or "").split("、") if t],
                "added": link["added"], "removed": link["removed"], "kind": link["kind"],
                "shared_themes": sorted((link["themes"] or "").split()),
                "weak": float(link["score"]) < WEAK_SCORE and not (link["themes"] or "").strip()},
        })
    return {**match, "timeline": members}
