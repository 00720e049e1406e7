"""The SPARQL 1.1 Protocol endpoint at ``/sparql`` (query only: the graph is read-only).

GET ``?query=…``; POST form-encoded ``query=…`` or a body of type
``application/sparql-query``; ``default-graph-uri`` and ``named-graph-uri`` (repeatable)
choose the dataset.  Results are serialised by the engine in the format the ``Accept``
header (or a ``format`` parameter) asks for.  Updates, ``LOAD`` and ``SERVICE`` are refused
with 403; queries run under the time limit and result caps of :mod:`..graph.executor`.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from starlette.exceptions import HTTPException

from ..graph.answers import Limits, accepted_types, prefers_html
from ..graph.executor import Executor, Refused
from ..graph.executor import Request as QueryRequest
from ..graph.store import Dataset
from ..settings import Settings
from .deps import get_executor, get_settings

router = APIRouter(tags=["SPARQL"])

_SERVICE_DESCRIPTION = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
<{endpoint}> a sd:Service ;
  sd:endpoint <{endpoint}> ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>,
    <http://www.w3.org/ns/formats/SPARQL_Results_XML>, <http://www.w3.org/ns/formats/SPARQL_Results_CSV>,
    <http://www.w3.org/ns/formats/SPARQL_Results_TSV>, <http://www.w3.org/ns/formats/Turtle>,
    <http://www.w3.org/ns/formats/N-Triples>, <http://www.w3.org/ns/formats/JSON-LD>,
    <http://www.w3.org/ns/formats/RDF_XML> ;
  sd:feature sd:UnionDefaultGraph ;
  sd:defaultEntailmentRegime <http://www.w3.org/ns/entailment/Simple> .
"""

_GRAPH_URI = "IRI of a graph (repeatable); with none, the default graph is the union of all graphs"


def _dataset(default: list[str], named: list[str]) -> Dataset | None:
    if not default and not named:
        return None
    for name, iris in (("default-graph-uri", default), ("named-graph-uri", named)):
        for iri in iris:
            if not iri or any(c in iri for c in ' <>"{}|^`\\') or ":" not in iri:
                raise ValueError(f"{name}={iri!r}: not an absolute IRI")
    return Dataset(default_graphs=tuple(default), named_graphs=tuple(named))


async def _answer(sparql: str | None, *, request: Request, format: str | None, dataset: Dataset | None,
                  executor: Executor, settings: Settings) -> Response:
    if sparql is None:
        endpoint = str(request.url).split("?")[0]
        return Response(_SERVICE_DESCRIPTION.format(endpoint=endpoint), media_type="text/turtle")
    if not sparql.strip():
        raise ValueError("query: empty: give a SPARQL query")
    accepted = accepted_types(accept=request.headers.get("accept", ""), format=format)
    query = QueryRequest(sparql, accepted=tuple(accepted), dataset=dataset,
                         limits=Limits(max_rows=settings.max_rows, max_bytes=settings.max_result_bytes))
    answer = await run_in_threadpool(executor.run, query)
    return Response(answer.body, media_type=answer.media_type)


@router.get("/sparql", summary="SPARQL query (GET); without a query, the service description")
async def sparql_get(
    request: Request,
    executor: Annotated[Executor, Depends(get_executor)],
    settings: Annotated[Settings, Depends(get_settings)],
    query: Annotated[str | None, Query(description="A SPARQL 1.1 query")] = None,
    format: Annotated[str | None, Query(description="json, xml, csv, tsv, turtle, nt, jsonld, rdfxml "
                                                    "(instead of the Accept header)")] = None,
    default_graph_uri: Annotated[list[str], Query(alias="default-graph-uri", description=_GRAPH_URI)] = [],  # noqa: B006
    named_graph_uri: Annotated[list[str], Query(alias="named-graph-uri",
                                                description="IRI of a named graph (repeatable)")] = [],  # noqa: B006
) -> Response:
    if "update" in request.query_params:
        raise Refused("this endpoint is read-only: SPARQL Update is not accepted")
    if query is None and format is None and prefers_html(accepted_types(accept=request.headers.get("accept", ""),
                                                                        format=None)):
        return RedirectResponse("/query", status_code=303)  # a browser visiting the endpoint gets the editor
    return await _answer(query, request=request, format=format, executor=executor, settings=settings,
                         dataset=_dataset(default_graph_uri, named_graph_uri))


@router.post("/sparql", summary="SPARQL query (POST form or application/sparql-query body)")
async def sparql_post(
    request: Request,
    executor: Annotated[Executor, Depends(get_executor)],
    settings: Annotated[Settings, Depends(get_settings)],
    format: Annotated[str | None, Query()] = None,
    default_graph_uri: Annotated[list[str], Query(alias="default-graph-uri", description=_GRAPH_URI)] = [],  # noqa: B006
    named_graph_uri: Annotated[list[str], Query(alias="named-graph-uri")] = [],  # noqa: B006
) -> Response:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    sparql: str | None
    if content_type == "application/sparql-query":
        try:
            sparql = body.decode("utf-8")
        except UnicodeDecodeError:
            raise ValueError("query body: not UTF-8") from None
    elif content_type == "application/x-www-form-urlencoded":
        try:
            form = parse_qs(body.decode("utf-8"), keep_blank_values=True)
        except UnicodeDecodeError:
            raise ValueError("form body: not UTF-8") from None
        if "update" in form:
            raise Refused("this endpoint is read-only: SPARQL Update is not accepted")
        sparql = form["query"][0] if "query" in form else None
        if format is None and "format" in form:
            format = form["format"][0]
        default_graph_uri = default_graph_uri + form.get("default-graph-uri", [])
        named_graph_uri = named_graph_uri + form.get("named-graph-uri", [])
    elif content_type == "application/sparql-update":
        raise Refused("this endpoint is read-only: SPARQL Update is not accepted")
    else:
        raise HTTPException(415, f"content type {content_type or '(none)'!r}: use "
                                 "application/sparql-query or application/x-www-form-urlencoded")
    if sparql is None:
        raise ValueError("no query: send it as the 'query' form field or the request body")
    return await _answer(sparql, request=request, format=format, executor=executor, settings=settings,
                         dataset=_dataset(default_graph_uri, named_graph_uri))
