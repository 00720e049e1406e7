"""The SPARQL 1.1 Protocol endpoint at ``/sparql`` (query only: the graph is read-only).

GET ``?query=…``; POST form-encoded ``query=…`` or a body of type
``application/sparql-query``.  Results are serialised by the engine in the
format the ``Accept`` header (or a ``format`` parameter) asks for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pyoxigraph import QueryResultsFormat, QueryTriples, RdfFormat, serialize
from starlette.exceptions import HTTPException

from ..graph.store import GraphStore
from .deps import get_store

router = APIRouter(tags=["SPARQL"])

_SOLUTION_TYPES = {
    "application/sparql-results+json": QueryResultsFormat.JSON,
    "application/json": QueryResultsFormat.JSON,
    "application/sparql-results+xml": QueryResultsFormat.XML,
    "application/xml": QueryResultsFormat.XML,
    "text/csv": QueryResultsFormat.CSV,
    "text/tab-separated-values": QueryResultsFormat.TSV,
}
_GRAPH_TYPES = {
    "text/turtle": RdfFormat.TURTLE,
    "application/n-triples": RdfFormat.N_TRIPLES,
    "application/ld+json": RdfFormat.JSON_LD,
    "application/rdf+xml": RdfFormat.RDF_XML,
}
_SHORT = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
          "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
          "ttl": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json",
          "rdfxml": "application/rdf+xml"}

_SERVICE_DESCRIPTION = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
<{endpoint}> a sd:Service ;
  sd:endpoint <{endpoint}> ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>,
    <http://www.w3.org/ns/formats/SPARQL_Results_XML>, <http://www.w3.org/ns/formats/SPARQL_Results_CSV>,
    <http://www.w3.org/ns/formats/SPARQL_Results_TSV>, <http://www.w3.org/ns/formats/Turtle>,
    <http://www.w3.org/ns/formats/N-Triples>, <http://www.w3.org/ns/formats/JSON-LD> ;
  sd:feature sd:UnionDefaultGraph .
"""


@dataclass(frozen=True)
class Answer:
    body: bytes
    media_type: str


def _accepted(request: Request, format: str | None) -> list[str]:
    if format:
        if format.lower() not in _SHORT and format not in {**_SOLUTION_TYPES, **_GRAPH_TYPES}:
            raise ValueError(f"format {format!r}: use one of {', '.join(_SHORT)}")
        return [_SHORT.get(format.lower(), format)]
    ranked = []
    for part in request.headers.get("accept", "").split(","):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if media:
            ranked.append((q, media.lower()))
    return [media for q, media in sorted(ranked, key=lambda r: -r[0]) if q > 0]


def run(store: GraphStore, sparql: str, accepted: list[str]) -> Answer:
    """Run a query and serialise its result in the first acceptable format."""
    result = store.query(sparql)
    if isinstance(result, QueryTriples):
        media = next((m for m in accepted if m in _GRAPH_TYPES), "text/turtle")
        return Answer(serialize(result, format=_GRAPH_TYPES[media]) or b"", media)
    media = next((m for m in accepted if m in _SOLUTION_TYPES), "application/sparql-results+json")
    fmt = _SOLUTION_TYPES[media]
    return Answer(result.serialize(format=fmt) or b"", media)


async def _answer(store: GraphStore, sparql: str | None, request: Request,
                  format: str | None) -> Response:
    if not sparql or not sparql.strip():
        endpoint = str(request.url).split("?")[0]
        return Response(_SERVICE_DESCRIPTION.format(endpoint=endpoint), media_type="text/turtle")
    answer = await run_in_threadpool(run, store, sparql, _accepted(request, format))
    return Response(answer.body, media_type=answer.media_type)


@router.get("/sparql", summary="SPARQL query (GET); without a query, the service description")
async def sparql_get(
    request: Request,
    store: Annotated[GraphStore, Depends(get_store)],
    query: Annotated[str | None, Query(description="A SPARQL 1.1 query")] = None,
    format: Annotated[str | None, Query(description="json, xml, csv, tsv, turtle, nt, jsonld")] = None,
) -> Response:
    return await _answer(store, query, request, format)


@router.post("/sparql", summary="SPARQL query (POST form or application/sparql-query body)")
async def sparql_post(
    request: Request,
    store: Annotated[GraphStore, Depends(get_store)],
    format: Annotated[str | None, Query()] = None,
) -> Response:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    sparql: str | None
    if content_type == "application/sparql-query":
        body = await request.body()
        try:
            sparql = body.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ValueError("query body: not UTF-8") from error
    elif content_type == "application/x-www-form-urlencoded":
        try:
            form = parse_qs((await request.body()).decode("utf-8"), strict_parsing=False)
        except UnicodeDecodeError as error:
            raise ValueError("form body: not UTF-8") from error
        if "update" in form:
            raise HTTPException(403, "this endpoint is read-only: SPARQL Update is not accepted")
        sparql = form["query"][0] if "query" in form else None
        if format is None and "format" in form:
            format = form["format"][0]
    elif content_type == "application/sparql-update":
        raise HTTPException(403, "this endpoint is read-only: SPARQL Update is not accepted")
    else:
        raise HTTPException(415, f"content type {content_type or '(none)'!r}: use "
                                 "application/sparql-query or application/x-www-form-urlencoded")
    if not sparql:
        raise ValueError("no query: send it as the 'query' form field or the request body")
    return await _answer(store, sparql, request, format)
