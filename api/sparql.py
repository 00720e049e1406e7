"""The SPARQL 1.1 Protocol endpoint at ``/sparql`` (query only: the graph is read-only).

GET ``?query=…``; POST form-encoded ``query=…`` or a body of type
``application/sparql-query``; ``default-graph-uri`` and ``named-graph-uri`` (repeatable)
choose the dataset.  Results are serialised by the engine in the format the ``Accept``
header (or a ``format`` parameter) asks for.  Updates, ``LOAD`` and ``SERVICE`` are refused
with 403; queries run under the time limit and result caps of :mod:`..graph.executor`.

The endpoint is a plain ASGI app that the application calls before routing (``app.py``), not
a FastAPI route: answering a small query is mostly HTTP work, and FastAPI's routing,
dependency injection and parameter validation cost more per request than the engine does
for a point lookup (see ``bench/RESULTS.md``).  The body limit, CORS and the error shape
still apply: the same middleware wraps it, and errors go through the API's one mapping
(:mod:`.errors`).  Its operations are described in the OpenAPI document by :data:`OPENAPI`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from starlette.exceptions import HTTPException
from starlette.responses import RedirectResponse, Response
from starlette.types import Receive, Scope, Send

from ..errors import BadRequest, Refused
from ..graph.query.negotiation import Limits, accepted_types, prefers_html
from ..graph.store.embedded import Dataset
from ..graph.store.executor import Executor
from ..graph.store.executor import Request as QueryRequest
from ..settings import Settings
from .errors import response_for

PATH = "/sparql"

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
_READ_ONLY = "this endpoint is read-only: SPARQL Update is not accepted"


class SparqlEndpoint:
    """The ASGI app answering ``/sparql``."""

    def __init__(self, *, executor: Executor, settings: Settings) -> None:
        self.executor = executor
        self.limits = Limits(max_rows=settings.max_rows, max_bytes=settings.max_result_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            response = await self._respond(scope, receive)
        except Exception as error:  # the API's one error shape
            response = response_for(error, method=scope.get("method", ""), path=scope.get("path", ""))
        await response(scope, receive, send)

    async def _respond(self, scope: Scope, receive: Receive) -> Response:
        method = scope["method"]
        if method not in ("GET", "POST"):
            raise HTTPException(405, f"method {method}: /sparql answers GET and POST", headers={"Allow": "GET, POST"})
        headers = {name.decode("latin-1"): value.decode("latin-1") for name, value in scope["headers"]}
        params = _form(scope["query_string"], "query string")
        if "update" in params:
            raise Refused(_READ_ONLY)
        if method == "GET":
            sparql = _last(params, "query")
            if sparql is None and "format" not in params and prefers_html(
                    accepted_types(accept=headers.get("accept", ""), format=None)):
                return RedirectResponse("/query", status_code=303)  # a browser gets the editor
        else:
            sparql = await self._posted(headers, receive, params)
        if sparql is None:
            if method == "POST":
                raise BadRequest("no query: send it as the 'query' form field or the request body")
            return Response(_SERVICE_DESCRIPTION.format(endpoint=_endpoint(scope, headers)), media_type="text/turtle")
        if not sparql.strip():
            raise BadRequest("query: empty: give a SPARQL query")
        accepted = accepted_types(accept=headers.get("accept", ""), format=_last(params, "format"))
        request = QueryRequest(sparql, accepted=tuple(accepted), limits=self.limits,
                               dataset=_dataset(params.get("default-graph-uri", []), params.get("named-graph-uri", [])))
        answer = await self.executor.run_async(request)
        return Response(answer.body, media_type=answer.media_type)

    async def _posted(self, headers: dict[str, str], receive: Receive, params: dict[str, list[str]]) -> str | None:
        """The query of a POST; form fields join ``params`` (URL parameters first)."""
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == "application/sparql-update":
            raise Refused(_READ_ONLY)
        if content_type not in ("application/sparql-query", "application/x-www-form-urlencoded"):
            raise HTTPException(415, f"content type {content_type or '(none)'!r}: use "
                                     "application/sparql-query or application/x-www-form-urlencoded")
        body = await _body(receive)
        if content_type == "application/sparql-query":
            try:
                return body.decode("utf-8")
            except UnicodeDecodeError:
                raise BadRequest("query body: not UTF-8") from None
        form = _form(body, "form body")
        if "update" in form:
            raise Refused(_READ_ONLY)
        for name in ("default-graph-uri", "named-graph-uri"):
            params[name] = params.get(name, []) + form.get(name, [])
        if "format" not in params and "format" in form:
            params["format"] = form["format"]
        return _last(form, "query")


def _form(raw: bytes, where: str) -> dict[str, list[str]]:
    try:
        return parse_qs(raw.decode("utf-8"), keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise BadRequest(f"{where}: not UTF-8") from None


def _last(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    return values[-1] if values else None


async def _body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise BadRequest("request body: the client went away before sending it")
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks)


def _endpoint(scope: Scope, headers: dict[str, str]) -> str:
    host = headers.get("host") or "{}:{}".format(*(scope.get("server") or ("localhost", 80)))
    return f"{scope.get('scheme', 'http')}://{host}{scope.get('root_path', '')}{PATH}"


def _dataset(default: list[str], named: list[str]) -> Dataset | None:
    if not default and not named:
        return None
    for name, iris in (("default-graph-uri", default), ("named-graph-uri", named)):
        for iri in iris:
            if not iri or any(c in iri for c in ' <>"{}|^`\\') or ":" not in iri:
                raise BadRequest(f"{name}={iri!r}: not an absolute IRI")
    return Dataset(default_graphs=tuple(default), named_graphs=tuple(named))


# --- the OpenAPI description of the two operations ---------------------------------------

_GRAPH_URI = ("IRI of the graph to use as the default graph (one); with none, the default graph is the merge "
              "of all graphs, each triple once")
_RESULTS = {media: {"schema": {"type": "string"}} for media in (
    "application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values",
    "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")}
_ERROR = {"application/json": {"schema": {"type": "object", "properties": {"error": {
    "type": "object", "properties": {"status": {"type": "integer"}, "title": {"type": "string"},
                                     "detail": {"type": "string"}}}}}}}
_PARAMETERS: list[dict[str, Any]] = [
    {"name": "format", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "json, xml, csv, tsv, turtle, nt, jsonld, rdfxml (instead of the Accept header)"},
    {"name": "default-graph-uri", "in": "query", "required": False, "description": _GRAPH_URI,
     "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": True},
    {"name": "named-graph-uri", "in": "query", "required": False, "description": "IRI of a named graph (repeatable)",
     "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": True},
]
_RESPONSES: dict[str, Any] = {
    "200": {"description": "The answer, serialised by the engine", "content": _RESULTS},
    **{status: {"description": text, "content": _ERROR} for status, text in (
        ("400", "Bad request: syntax error, bad parameter"), ("403", "An update, LOAD or SERVICE"),
        ("413", "Request body too large"), ("415", "Unsupported content type"),
        ("422", "Answer over the row or byte cap"), ("503", "Time limit passed, or the query's worker died"))},
}
#: The ``paths`` entry of the OpenAPI document for ``/sparql``.
OPENAPI: dict[str, Any] = {PATH: {
    "get": {"tags": ["SPARQL"], "operationId": "sparql_get",
            "summary": "SPARQL query (GET); without a query, the service description",
            "parameters": [{"name": "query", "in": "query", "required": False,
                            "schema": {"type": "string", "x-sparql": "query"},
                            "description": "A SPARQL 1.1 query"}, *_PARAMETERS],
            "responses": _RESPONSES},
    "post": {"tags": ["SPARQL"], "operationId": "sparql_post",
             "summary": "SPARQL query (POST form or application/sparql-query body)",
             "parameters": _PARAMETERS,
             "requestBody": {"required": True, "content": {
                 "application/x-www-form-urlencoded": {"schema": {
                     "type": "object", "required": ["query"],
                     "properties": {"query": {"type": "string", "x-sparql": "query"}, "format": {"type": "string"}}}},
                 "application/sparql-query": {"schema": {"type": "string", "x-sparql": "query"}}}},
             "responses": _RESPONSES},
}}
