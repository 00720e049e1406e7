"""Shared fixtures."""

from __future__ import annotations

import pytest

from uncac_kg.graph.ingest import BUNDLED_REPORTS
from uncac_kg.graph.store import GraphStore

from helpers import fresh_store


@pytest.fixture(scope="session")
def corpus() -> GraphStore:
    """The five bundled reports, loaded once."""
    return fresh_store(BUNDLED_REPORTS)


# --- the per-kind scores of tests/test_golden.py, shown at the end of any run that has them

_SCORES: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call":
        _SCORES.extend(str(value) for key, value in report.user_properties if key == "scores")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for scores in _SCORES:
        terminalreporter.write_sep("=", "precision, recall and F1 per fact kind (tests/scoring.py)")
        terminalreporter.write_line(scores)
