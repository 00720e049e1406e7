"""A bounded load test on loopback: 8 concurrent clients run the query library against
`uncac-kg serve` for 5 s; every request must succeed.  The figures (req/s, p50/p99) are
printed; `python bench/loadtest.py URL --seconds 20` is the full-length run."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import ROOT, disk_store, serving

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = disk_store(tmp_path_factory.mktemp("load") / "store")
    with serving(store) as url:
        yield url


def test_eight_clients_for_five_seconds_without_errors(server: str, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("loadtest", ROOT / "bench" / "loadtest.py")
    assert spec is not None and spec.loader is not None
    loadtest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loadtest)
    report = loadtest.run(f"{server}/sparql", clients=8, seconds=5)
    print(json.dumps({k: v for k, v in report.items() if k != "queries"}))
    assert report["errors"] == []
    # every library query without inputs was answered at least once
    assert set(report["queries"]) == set(loadtest.workload())
