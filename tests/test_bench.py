"""The benchmarks still run: each with a tiny input (their figures are not checked here).

Marked ``costly`` (about half a minute together): left out of the default run to keep the
suite under five minutes; ``pytest -m costly`` runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from uncac_kg.graph.ingest import BUNDLED_REPORTS

from helpers import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.costly]


@pytest.fixture(autouse=True)
def bench_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "bench"))


def test_corpus_generator_derives_reports_that_load(tmp_path: Path) -> None:
    import corpus

    paths = corpus.generate(6, tmp_path)
    assert len(paths) == 6 and corpus.check(paths) == []
    # Derived, not copied: no generated text is one of the bundled ones.
    bundled = {p.read_text(encoding="utf-8") for p in BUNDLED_REPORTS.glob("*.txt")}
    assert not bundled & {p.read_text(encoding="utf-8") for p in paths}


def test_load_benchmark(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import load

    monkeypatch.setattr(load, "OUT", tmp_path)
    result = load.run(2, memory=False, profile=True, workers=None)
    assert result["quads"] > 0 and result["seconds"] > 0 and result["engine"] > 0


def test_query_benchmark() -> None:
    import query

    texts = {name: text for name, text in query.library().items() if name in ("point-lookup", "meetings")}
    results = query.run(sorted(BUNDLED_REPORTS.glob("*.txt")), texts, seconds=0.2, timeout=60)
    assert set(results) == {"uncac-kg", "oxigraph", "rdflib-endpoint"}
    for measures in results.values():
        for measure in measures.values():
            assert measure.requests >= query.CONCURRENCY and measure.errors == 0


@pytest.mark.costly
def test_startup_benchmark() -> None:
    import startup

    assert startup.main(["--runs", "1", "--seconds", "0.5"]) == 0


def test_http_layer_benchmark(capsys: pytest.CaptureFixture[str]) -> None:
    import http_layer

    assert http_layer.main(["--seconds", "0.2"]) == 0
    printed = capsys.readouterr().out
    assert all(f"    {kind}" in printed for kind in (*http_layer.KINDS, "oxigraph"))
