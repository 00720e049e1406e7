"""Shared fixtures."""

from __future__ import annotations

import pytest

from uncac_kg.graph.ingest import BUNDLED_REPORTS
from uncac_kg.graph.store.embedded import GraphStore

from helpers import fresh_store


@pytest.fixture(scope="session")
def corpus() -> GraphStore:
    """The five bundled reports, loaded once."""
    return fresh_store(BUNDLED_REPORTS)
