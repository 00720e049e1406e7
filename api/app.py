"""The web application: a small ``create_app(settings)`` around the routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..graph.store import GraphStore
from ..settings import Settings
from . import errors, export, pages, search, sparql, threads
from .deps import get_store

router = APIRouter()


@router.get("/", summary="What this server holds and where to start")
def home(store: Annotated[GraphStore, Depends(get_store)]) -> dict[str, object]:
    return {
        "name": "uncac-kg",
        "version": __version__,
        "description": "Knowledge graph of the reports of the UNCAC expert meetings on "
                       "international cooperation",
        "sparql": "/sparql",
        "docs": "/docs",
        "views": "/views",
        "stats": store.stats().as_dict(),
    }


def create_app(settings: Settings, *, store: GraphStore | None = None) -> FastAPI:
    """The app for ``settings``; ``store`` is opened from ``settings.store`` unless given."""
    app = FastAPI(title="uncac-kg", version=__version__,
                  description="SPARQL endpoint and API over the UNCAC expert-meeting reports.")
    app.state.settings = settings
    app.state.store = store if store is not None else GraphStore.open(settings.store)
    errors.install(app)
    app.include_router(router)
    app.include_router(sparql.router)
    app.include_router(export.router)
    app.include_router(pages.router)
    app.include_router(threads.router)
    app.include_router(search.router)
    app.mount("/assets", StaticFiles(directory=settings.assets, check_dir=False), name="assets")
    return app
