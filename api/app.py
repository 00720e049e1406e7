"""The web application: a small ``create_app(settings)`` around the routers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from starlette.middleware import Middleware
from starlette.types import ASGIApp, Receive, Scope, Send

from .. import __version__
from ..graph.query.negotiation import Limits
from ..graph.store.embedded import GraphStore
from ..graph.store.executor import Executor
from ..graph.store.guarded import GuardedStore
from ..graph.store.remote import open_store, store_location
from ..settings import Settings
from . import docs, errors, export, library, linked_data, pages, resources, search, site, sparql
from .limits import BodyLimit


def create_app(settings: Settings, *, store: GraphStore | None = None) -> FastAPI:
    """The app for ``settings``; ``store`` is opened from ``settings.store`` unless given.

    Every query runs through an :class:`~uncac_kg.graph.store.executor.Executor`: in worker
    processes (started with the app, stopped with it) when the store is on disk; a remote
    store's requests are sent from threads.  The routes get a
    :class:`~uncac_kg.graph.store.guarded.GuardedStore` over it, never ``store`` itself: nothing in
    the API can run SPARQL in the server process.
    """
    if store is None:
        store = open_store(store_location(settings.store, **settings.endpoints), timeout=settings.query_timeout)
    executor = Executor(store, workers=settings.query_workers, timeout=settings.query_timeout,
                        memory=settings.query_memory)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            executor.close()

    app = _App(title="uncac-kg", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
               description="SPARQL endpoint and API over the UNCAC expert-meeting reports.")
    app.state.settings = settings
    app.state.store = GuardedStore(executor, limits=Limits(max_rows=settings.max_rows,
                                                           max_bytes=settings.max_result_bytes))
    errors.install(app)
    app.include_router(site.router)
    app.include_router(docs.router)
    app.include_router(export.router)
    app.include_router(pages.router)
    app.include_router(resources.router)
    app.include_router(linked_data.router)
    app.include_router(library.router)
    app.include_router(search.router)
    app.mount("/assets", StaticFiles(directory=settings.assets, check_dir=False), name="assets")
    layers = _middleware(settings)
    for layer in reversed(layers):  # add_middleware puts each new one outside the others
        app.add_middleware(layer.cls, *layer.args, **layer.kwargs)
    endpoint: ASGIApp = sparql.SparqlEndpoint(executor=executor, settings=settings)
    for layer in reversed(layers):
        endpoint = layer.cls(endpoint, *layer.args, **layer.kwargs)
    app.sparql = endpoint
    _document(app, sparql.OPENAPI)
    return app


class _App(FastAPI):
    """FastAPI, with ``/sparql`` answered before routing (see :mod:`.sparql`): the same
    middleware (body limit, CORS) wraps it, not FastAPI's routing and validation."""

    sparql: ASGIApp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == sparql.PATH:
            await self.sparql(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)


def _middleware(settings: Settings) -> list[Middleware]:
    """The layers around every request, outermost first."""
    layers = [Middleware(BodyLimit, max_bytes=settings.max_request_bytes)]
    if settings.cors_origins:
        layers.append(Middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                                 allow_methods=list(settings.cors_methods), allow_headers=["Accept", "Content-Type"]))
    return layers


def _document(app: FastAPI, paths: dict[str, Any]) -> None:
    """Add ``paths`` (operations answered outside the router) to the OpenAPI document."""
    generated = app.openapi

    def openapi() -> dict[str, Any]:
        schema = generated()
        schema["paths"] = {**paths, **schema["paths"]}
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
