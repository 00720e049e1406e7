"""Dependencies injected into the handlers."""

from __future__ import annotations

from fastapi import Request

from ..graph.store import GraphStore


def get_store(request: Request) -> GraphStore:
    store: GraphStore = request.app.state.store
    return store
