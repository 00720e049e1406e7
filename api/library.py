"""The query library over HTTP: ``/api/queries`` lists every ``sparql/*.rq`` (name, title,
description, parameters) and ``/api/queries/{name}`` runs one with its parameters given in
the query string, answering like ``/sparql`` (SPARQL JSON by default; ``Accept`` or
``format`` for the others)."""

from __future__ import annotations

import difflib
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel

from ..errors import BadRequest, NotFound
from ..graph.query import library as queries
from ..graph.query import parameters
from ..graph.query.negotiation import accepted_types
from ..graph.store.executor import Request as QueryRequest
from ..graph.store.guarded import GuardedStore
from .deps import get_store

router = APIRouter(tags=["Query library"])


class ParameterOut(BaseModel):
    name: str
    description: str
    input: bool


class QueryOut(BaseModel):
    name: str
    title: str
    description: str
    parameters: list[ParameterOut]
    sparql: str


def _out(named: queries.NamedQuery) -> QueryOut:
    return QueryOut(name=named.name, title=named.title, description=named.description, sparql=named.text,
                    parameters=[ParameterOut(name=p.name, description=p.description, input=p.input)
                                for p in named.parameters])


def _named(name: str) -> queries.NamedQuery:
    library = queries.library()
    if name not in library:
        close = difflib.get_close_matches(name, library, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else f"; the library has {', '.join(sorted(library))}"
        raise NotFound(f"query {name!r}: no such query in the library{hint}")
    return library[name]


@router.get("/api/queries", summary="The query library: every named query and its parameters")
def list_queries() -> list[QueryOut]:
    return [_out(q) for _, q in sorted(queries.library().items())]


@router.get("/api/queries/{name}/sparql", summary="One named query, its text and parameters")
def show_query(name: str) -> QueryOut:
    return _out(_named(name))


def _request(named: queries.NamedQuery, given: dict[str, str], accepted: list[str], store: GuardedStore,
             ) -> QueryRequest:
    """The guarded request for ``named`` with the caller's parameters (terms, never pasted text)."""
    known = {p.name for p in named.parameters}
    unknown = sorted(set(given) - known)
    if unknown:
        raise BadRequest(f"parameter {unknown[0]!r}: query {named.name!r} takes "
                         f"{', '.join(sorted(known)) or 'no parameters'}")
    missing = sorted(p for p in named.inputs if p not in given)
    if missing:
        raise BadRequest(f"parameter {missing[0]!r}: query {named.name!r} needs it")
    bound = parameters.parse([f"{k}={v}" for k, v in given.items()])
    return QueryRequest(named.text, accepted=tuple(accepted), limits=store.limits,
                        params=tuple((v.value, t) for v, t in bound.items()), inputs=frozenset(named.inputs))


@router.get("/api/queries/{name}", summary="Run a named query; its parameters go in the query string",
            # the query string's other parameters are values bound into a library query (terms, not text)
            openapi_extra={"x-sparql": "parameters"})
async def run_query(
    name: str,
    request: Request,
    store: Annotated[GuardedStore, Depends(get_store)],
    format: Annotated[str | None, Query(description="json, xml, csv, tsv, turtle, jsonld …")] = None,
) -> Response:
    named = _named(name)
    given = {k: v for k, v in request.query_params.items() if k != "format"}
    accepted = accepted_types(accept=request.headers.get("accept", ""), format=format)
    answer = await store.executor.run_async(_request(named, given, accepted, store))
    return Response(answer.body, media_type=answer.media_type)
