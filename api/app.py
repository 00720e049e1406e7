"""The web application: a small ``create_app(settings)`` around the routers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..graph.executor import Executor
from ..graph.remote import open_store
from ..graph.store import GraphStore
from ..settings import Settings
from . import errors, export, library, linked_data, pages, resources, search, site, sparql
from .limits import BodyLimit


def create_app(settings: Settings, *, store: GraphStore | None = None) -> FastAPI:
    """The app for ``settings``; ``store`` is opened from ``settings.store`` unless given.

    SPARQL requests run through an :class:`~uncac_kg.graph.executor.Executor`: in worker
    processes (started with the app, stopped with it) when the store is on disk; a remote
    store's requests are sent from threads.
    """
    store = store if store is not None else open_store(settings.store, timeout=settings.query_timeout)
    executor = Executor(store, workers=settings.query_workers, timeout=settings.query_timeout,
                        memory=settings.query_memory)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            executor.close()

    app = FastAPI(title="uncac-kg", version=__version__, lifespan=lifespan,
                  description="SPARQL endpoint and API over the UNCAC expert-meeting reports.")
    app.state.settings = settings
    app.state.store = store
    app.state.executor = executor
    errors.install(app)
    app.include_router(site.router)
    app.include_router(sparql.router)
    app.include_router(export.router)
    app.include_router(pages.router)
    app.include_router(resources.router)
    app.include_router(linked_data.router)
    app.include_router(library.router)
    app.include_router(search.router)
    app.mount("/assets", StaticFiles(directory=settings.assets, check_dir=False), name="assets")
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=list(settings.cors_methods), allow_headers=["Accept", "Content-Type"])
    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes)
    return app
