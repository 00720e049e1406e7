"""Dependencies injected into the handlers."""

from __future__ import annotations

from fastapi import Request

from ..graph.store.guarded import GuardedStore
from ..settings import Settings


def get_store(request: Request) -> GuardedStore:
    """The store as the routes see it: every query runs in a query worker, guarded (each worker
    sees the store as the last load left it)."""
    store: GuardedStore = request.app.state.store
    return store


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings
