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


# --- the longest test files first, when pytest-xdist hands out whole files ------------------
#
# With `-n N --dist loadfile` each file goes to one process, in the order the processes
# collected them, unless xdist reorders them, the files with most tests first (its default):
# the longest files here have few tests (one subprocess or server after another) and came
# last, while the other processes had run out of work.  Here the files below, measured as the
# longest (under three processes on two cores), are handed out first, longest first, and the
# others after them in the order collected.  A file missing from the list only runs later;
# nothing else depends on the order.
LONGEST_FIRST = (
    "test_cli.py", "test_browser.py", "test_fuzz.py", "test_crash.py", "test_doors.py", "test_quickstart.py",
    "test_remote.py", "test_validate.py", "test_hostile.py", "test_ingest.py", "test_protocol.py", "test_variants.py",
    "test_server.py", "test_golden.py", "test_counting.py", "test_wheel.py", "test_quality.py", "test_schemathesis.py",
    "test_readme.py", "test_loadtest.py",
)


def pytest_configure(config: pytest.Config) -> None:
    if getattr(config.option, "dist", "no") == "loadfile":  # (in the process that hands out the files)
        config.option.loadscopereorder = False  # (the order is the one the worker processes collect, below)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if hasattr(config, "workerinput"):  # (an xdist worker process: what it collects, in this order, is handed out)
        rank = {name: index for index, name in enumerate(LONGEST_FIRST)}
        items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # (stable: a file's tests keep their order)
