"""Recurrence threads as JSON: ``/threads`` and ``/threads/{key}`` (a timeline)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool
from pyoxigraph import QuerySolutions

from ..graph.store import GraphStore
from .deps import get_store

router = APIRouter(tags=["Recurrence"])

_THREADS = """
SELECT DISTINCT ?thread ?count ?first ?last WHERE {
  ?thread a ukg:Thread ; ukg:meetingCount ?count ;
          ukg:firstSeen/ukg:ordinal ?first ; ukg:lastSeen/ukg:ordinal ?last .
} ORDER BY ?thread
"""
_MEMBERS = """
SELECT DISTINCT ?member ?kind ?ordinal ?date ?label ?text WHERE {
  ?thread ukg:member ?member .
  ?member ukg:label ?label ; ukg:text ?text ; (ukg:agreedAt|ukg:suggestedFor) ?meeting ; a ?type .
  VALUES (?type ?kind) { (ukg:Recommendation "recommendation") (ukg:Suggestion "suggestion") }
  ?meeting ukg:ordinal ?ordinal .
  OPTIONAL { ?meeting schema:startDate ?date }
} ORDER BY ?date ?ordinal ?label
"""
_LINKS = """
SELECT ?earlier ?later ?score ?added ?removed (GROUP_CONCAT(?term; separator="、") AS ?shared) WHERE {
  ?link ukg:thread ?thread ; ukg:earlier ?earlier ; ukg:later ?later ; ukg:score ?score ;
        ukg:added ?added ; ukg:removed ?removed .
  OPTIONAL { ?link ukg:sharedTerm ?term }
} GROUP BY ?earlier ?later ?score ?added ?removed
"""


def _rows(store: GraphStore, sparql: str) -> list[dict[str, Any]]:
    result = store.query(sparql)
    assert isinstance(result, QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: row[n].value if row[n] is not None else None for n in names} for row in result]


def _key(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def thread_list(store: GraphStore) -> list[dict[str, Any]]:
    return [{"key": _key(r["thread"]), "thread": r["thread"], "meetings": int(r["count"]),
             "first": int(r["first"]), "last": int(r["last"])} for r in _rows(store, _THREADS)]


def thread_timeline(store: GraphStore, key: str) -> dict[str, Any]:
    match = next((t for t in thread_list(store) if t["key"] == key), None)
    if match is None:
        raise LookupError(f"no thread {key!r} (see /threads)")
    iri = match["thread"]  # an IRI read from the store, not the caller's text
    links = {r["later"]: r for r in _rows(store, _LINKS.replace("?thread", f"<{iri}>"))}
    members = []
    for row in _rows(store, _MEMBERS.replace("?thread", f"<{iri}>")):
        link = links.get(row["member"])
        members.append({
            "recommendation": row["member"], "kind": row["kind"], "meeting": int(row["ordinal"]),
            "date": row["date"], "label": row["label"], "text": row["text"],
            "repeats": None if link is None else {
                "recommendation": link["earlier"], "score": float(link["score"]),
                "shared_terms": [t for t in (link["shared"] or "").split("、") if t],
                "added": link["added"], "removed": link["removed"]},
        })
    return {**match, "timeline": members}


@router.get("/threads", summary="Recurrence threads: recommendations that come back across meetings")
async def threads(store: Annotated[GraphStore, Depends(get_store)]) -> list[dict[str, Any]]:
    return await run_in_threadpool(thread_list, store)


@router.get("/threads/{key}", summary="One thread as a timeline, with scores, shared terms and wording changes")
async def thread(key: str, store: Annotated[GraphStore, Depends(get_store)]) -> dict[str, Any]:
    return await run_in_threadpool(thread_timeline, store, key)
