"""Shared fixtures."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest

from uncac_kg.graph.ingest import BUNDLED_REPORTS
from uncac_kg.graph.store.embedded import GraphStore

from helpers import fresh_store


@pytest.fixture(scope="session")
def corpus() -> GraphStore:
    """The five bundled reports, loaded once."""
    return fresh_store(BUNDLED_REPORTS)


# --- the `slow` marker says what it says ------------------------------------------------
#
# A test that starts a process (a server, the CLI, a build) is marked `slow` (or `browser`,
# or `costly`), so that `-m 'not slow'` is a quick run.  Every process started while a test
# is set up or runs (its fixtures included) is counted against it; one started without the
# marker fails the test, naming the command.

_STARTED: list[object] = []
_original_popen_init = subprocess.Popen.__init__


def _counting_popen_init(self: subprocess.Popen, *args: object, **kwargs: object) -> None:  # type: ignore[type-arg]
    _STARTED.append(args[0] if args else kwargs.get("args"))
    _original_popen_init(self, *args, **kwargs)  # type: ignore[arg-type]


subprocess.Popen.__init__ = _counting_popen_init  # type: ignore[method-assign]
_MARKED = ("slow", "browser", "costly")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    _STARTED.clear()
    yield


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    result = yield
    if _STARTED and not any(item.get_closest_marker(m) for m in _MARKED):
        command = _STARTED[0]
        _STARTED.clear()
        pytest.fail(f"{item.nodeid} starts a process ({command!r}) but is not marked slow", pytrace=False)
    return result


# --- the per-kind scores of tests/test_golden.py, shown at the end of any run that has them

_SCORES: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call":
        _SCORES.extend(str(value) for key, value in report.user_properties if key == "scores")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for scores in _SCORES:
        terminalreporter.write_sep("=", "precision, recall and F1 per fact kind (tests/scoring.py)")
        terminalreporter.write_line(scores)
