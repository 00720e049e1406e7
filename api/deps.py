"""Dependencies injected into the handlers."""

from __future__ import annotations

from fastapi import Request

from ..graph.executor import Executor
from ..graph.store import GraphStore
from ..settings import Settings


def get_store(request: Request) -> GraphStore:
    """The store, reopened first if it is a read-only view and another process has loaded since."""
    store: GraphStore = request.app.state.store
    store.refresh()
    return store


def get_executor(request: Request) -> Executor:
    executor: Executor = request.app.state.executor
    return executor


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings
