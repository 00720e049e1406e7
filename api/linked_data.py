"""Linked data: every IRI minted under the base IRI dereferences at ``/id/{path}``.

A browser (``Accept: text/html``) gets a page made for reading, one layout per kind of
thing (:mod:`.entity_pages`, from :mod:`uncac_kg.graph.read.entities`), with every
property folded at its foot.  RDF clients get the description as Turtle, N-Triples,
JSON-LD or RDF/XML (by ``Accept`` or ``format``), serialised by the engine.
"""

from __future__ import annotations

import html
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from ..graph.query.negotiation import GRAPH_TYPES, Answer, Limits, accepted_types, prefers_html, serialise
from ..graph.read import entities
from ..graph.read.describe import describe, triples
from ..graph.store.embedded import Queryable
from ..ontology.iris import PAGES
from ..settings import Settings
from . import entity_pages, shell
from .deps import get_settings, get_store

router = APIRouter(tags=["Linked data"])

@router.get("/id/{path:path}", summary="Dereference an IRI of the graph (HTML, Turtle, JSON-LD …)",
            responses={200: {"content": {"text/html": {}, "text/turtle": {}, "application/ld+json": {}}}})
async def entity(
    path: str,
    request: Request,
    store: Annotated[Queryable, Depends(get_store)],
    settings: Annotated[Settings, Depends(get_settings)],
    format: Annotated[str | None, Query(description="turtle, nt, jsonld, rdfxml or html")] = None,
) -> Response:
    iri = settings.base_iri + _as_sent(request, path)
    as_html = format == "html" or (format is None and prefers_html(
        accepted_types(accept=request.headers.get("accept", ""), format=None)))
    if as_html:
        try:
            model = await run_in_threadpool(entities.page_model, store, iri, base=settings.base_iri)
        except LookupError as error:
            body = f"<h1>Not found</h1><p>{html.escape(str(error))}</p>"
            return HTMLResponse(shell.page("Not found · uncac-kg", body), status_code=404)
        return HTMLResponse(entity_pages.render(model, settings.base_iri))
    accepted = accepted_types(accept=request.headers.get("accept", ""), format=format)
    if not any(m in GRAPH_TYPES for m in accepted):
        accepted = ["text/turtle"]
    answer = await run_in_threadpool(_rdf, store, iri, accepted, Limits(max_bytes=settings.max_result_bytes))
    return Response(answer.body, media_type=answer.media_type)


def _as_sent(request: Request, path: str) -> str:
    """The path after ``/id/`` as the client sent it: IRIs keep their percent-escapes
    (``person/maria-consuelo-porr%C3%A1s-argueta``), which the decoded ``path`` has lost.
    A path whose decoded form is no IRI at all (a space) stays decoded, to be refused."""
    raw = request.scope.get("raw_path") or b""
    sent = raw.decode("ascii", "replace") if isinstance(raw, bytes) else ""
    prefix = PAGES
    if not sent.startswith(prefix) or "%" not in sent or any(c in path for c in ' <>"{}|\\^`'):
        return path
    return sent[len(prefix):]


def _rdf(store: Queryable, iri: str, accepted: list[str], limits: Limits) -> Answer:
    """The description serialised (in one thread: the engine's results stay where they were made)."""
    if not store.has_subject(iri):
        describe(store, iri)  # the graph may still point to it; LookupError if not even that
    return serialise(triples(store, iri), accepted, limits=limits)
