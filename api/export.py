"""Graph views over HTTP: ``/export/{view}?format=graphml|gexf|cyjs|json|dot|csv``."""

from __future__ import annotations

import io
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from ..errors import BadRequest
from ..graph.output.formats import Format, write_view
from ..graph.output.views import View, build
from ..graph.store.embedded import Queryable
from .deps import get_store

router = APIRouter(tags=["Graph views"])
_EXAMPLE = "SELECT ?meeting ?article WHERE { ?p dcterms:isPartOf/ukg:meeting ?meeting ; dcterms:references ?article }"


def _render(store: Queryable, view: View, fmt: Format, sparql: str | None) -> bytes:
    buffer = io.BytesIO()
    write_view(build(store, view, sparql=sparql), buffer, format=fmt)
    return buffer.getvalue()


@router.get("/export/{view}", summary="A graph view in a visualisation format, as a download")
async def export(
    view: View,
    store: Annotated[Queryable, Depends(get_store)],
    format: Annotated[Format, Query(description="graphml, gexf, cyjs, json, dot or csv")] = Format.GRAPHML,
    query: Annotated[str | None, Query(description="the SPARQL SELECT or CONSTRUCT of the custom view (only)",
                                       openapi_examples={"edges": {"value": _EXAMPLE}},
                                       json_schema_extra={"x-sparql": "query"})] = None,
) -> Response:
    if query is not None and view is not View.CUSTOM:
        raise BadRequest(f"query: only the custom view takes one; the {view.value} view is fixed")
    body = await run_in_threadpool(_render, store, view, format, query)
    filename = f"uncac-kg-{view.value}.{format.extension}"
    return Response(body, media_type=format.media_type,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
