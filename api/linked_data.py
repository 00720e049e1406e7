"""Linked data: every IRI minted under the base IRI dereferences at ``/id/{path}``.

A browser (``Accept: text/html``) gets a page: labels, types, every value with IRIs as
links, the resources pointing here, and the paragraph a statement was read from.  RDF
clients get the description as Turtle, N-Triples, JSON-LD or RDF/XML (by ``Accept`` or
``format``), serialised by the engine.
"""

from __future__ import annotations

import html
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from ..graph.query.negotiation import GRAPH_TYPES, Answer, Limits, accepted_types, prefers_html, serialise
from ..graph.read.describe import Description, Value, describe, triples
from ..graph.store.embedded import Queryable
from ..ontology.iris import page_path
from ..ontology.vocabulary import PREFIXES
from ..settings import Settings
from . import shell
from .deps import get_settings, get_store

router = APIRouter(tags=["Linked data"])

def _short(iri: str) -> str:
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda p: -len(p[1])):
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _link(iri: str, base: str, label: str | None = None) -> str:
    href = page_path(iri, base) or iri
    text = label or _short(iri)
    return f'<a href="{html.escape(href)}" title="{html.escape(iri)}">{html.escape(text)}</a>'


def _cell(value: Value, base: str) -> str:
    if value.iri:
        return _link(value.text, base, value.label)
    suffix = f' <small>@{html.escape(value.language)}</small>' if value.language else (
        f' <small>{html.escape(_short(value.datatype))}</small>' if value.datatype and
        not value.datatype.endswith("#string") else "")
    return html.escape(value.text) + suffix


def page(description: Description, base: str) -> str:
    """The HTML page of an entity (everything escaped)."""
    title = description.labels.get("en") or description.labels.get("zh") or _short(description.iri)
    labels = "".join(f"<p lang='{html.escape(lang or 'und')}' class='label'>{html.escape(text)}</p>"
                     for lang, text in sorted(description.labels.items()))
    types = ", ".join(_link(t, base) for t in description.types)
    rows = "".join(f"<tr><th>{_link(p, base)}</th><td>{_cell(v, base)}</td></tr>" for p, v in description.outgoing)
    incoming = "".join(f"<tr><td>{_cell(v, base)}</td><th>{_link(p, base)}</th></tr>"
                       for p, v in description.incoming)
    more = "<p>… and more: use SPARQL for the full list.</p>" if description.more_incoming else ""
    source = ""
    if description.source is not None:
        text, start, end = description.source
        quoted = (html.escape(text[:start]) + "<mark>" + html.escape(text[start:end]) + "</mark>"
                  + html.escape(text[end:])) if end > start else html.escape(text)
        source = f"<h2>Source paragraph</h2><blockquote lang='zh' id='source'>{quoted}</blockquote>"
    body = f"""<h1>{html.escape(title)}</h1>
{labels}
<p><code id="iri">{html.escape(description.iri)}</code></p>
<p>Type: {types or "—"}</p>
{source}
<h2>Properties</h2><table id="outgoing">{rows}</table>
<h2>Pointing here</h2><table id="incoming">{incoming or "<tr><td>nothing</td></tr>"}</table>{more}
<p>As data: <a href="?format=turtle">Turtle</a> · <a href="?format=jsonld">JSON-LD</a> ·
<a href="?format=nt">N-Triples</a></p>"""
    return shell.page(f"{title} · uncac-kg", body, head=_STYLE)


_STYLE = """<style>th { width: 14rem; font-weight: normal; color: #555; } code { word-break: break-all; }
mark { background: #fde68a; }</style>"""


@router.get("/id/{path:path}", summary="Dereference an IRI of the graph (HTML, Turtle, JSON-LD …)",
            responses={200: {"content": {"text/html": {}, "text/turtle": {}, "application/ld+json": {}}}})
async def entity(
    path: str,
    request: Request,
    store: Annotated[Queryable, Depends(get_store)],
    settings: Annotated[Settings, Depends(get_settings)],
    format: Annotated[str | None, Query(description="turtle, nt, jsonld, rdfxml or html")] = None,
) -> Response:
    iri = settings.base_iri + path
    as_html = format == "html" or (format is None and prefers_html(
        accepted_types(accept=request.headers.get("accept", ""), format=None)))
    if as_html:
        try:
            description = await run_in_threadpool(describe, store, iri)
        except LookupError as error:
            body = f"<h1>Not found</h1><p>{html.escape(str(error))}</p>"
            return HTMLResponse(shell.page("Not found · uncac-kg", body), status_code=404)
        return HTMLResponse(page(description, settings.base_iri))
    accepted = accepted_types(accept=request.headers.get("accept", ""), format=format)
    if not any(m in GRAPH_TYPES for m in accepted):
        accepted = ["text/turtle"]
    answer = await run_in_threadpool(_rdf, store, iri, accepted, Limits(max_bytes=settings.max_result_bytes))
    return Response(answer.body, media_type=answer.media_type)


def _rdf(store: Queryable, iri: str, accepted: list[str], limits: Limits) -> Answer:
    """The description serialised (in one thread: the engine's results stay where they were made)."""
    if not store.has_subject(iri):
        describe(store, iri)  # the graph may still point to it; LookupError if not even that
    return serialise(triples(store, iri), accepted, limits=limits)
