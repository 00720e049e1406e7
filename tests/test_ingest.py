"""Loading in batches and in worker processes gives the same graph as one document at a time."""

from __future__ import annotations

import gc
import io
import shutil
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, parse

from uncac_kg.graph import ingest
from uncac_kg.graph.derived import recurrence, search_index
from uncac_kg.graph.derived import words as segmentation
from uncac_kg.graph.ingest import load_paths
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.ontology.iris import Iris

from helpers import REPORTS, assert_same_dataset, dataset


def _quads(store: GraphStore) -> set[object]:
    out = io.BytesIO()
    store.dump(out)
    return set(parse(out.getvalue(), format=RdfFormat.N_QUADS))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled reports, an empty file and a text that is not a report, in that order."""
    path = tmp_path_factory.mktemp("mixed")
    for index, report in enumerate(REPORTS):
        shutil.copy(report, path / f"{index:02d}-{report.name}")
    (path / "02a-empty.txt").write_bytes(b"")
    (path / "03a-not-a-report.txt").write_text("这不是报告。\n没有编号的段落。\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_parallel_batched_load_on_disk_equals_one_by_one_in_memory(folder: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    one_by_one = GraphStore.open(None)
    monkeypatch.setattr(ingest, "BATCH_QUADS", 1)  # a write per document
    sequential = load_paths(one_by_one, [folder], iris=Iris(), workers=1)
    monkeypatch.undo()
    on_disk = GraphStore.open(tmp_path / "store")
    parallel = load_paths(on_disk, [folder], iris=Iris(), workers=2, bulk=True)
    for report in (sequential, parallel):
        assert [f.path.name for f in report.failed] == ["02a-empty.txt", "03a-not-a-report.txt"]
        assert len(report.loaded) == len(REPORTS)
    assert [(i.path, i.graph, i.counts) for i in parallel.loaded] == \
           [(i.path, i.graph, i.counts) for i in sequential.loaded]
    assert _quads(on_disk) == _quads(one_by_one)
    assert on_disk.stats() == one_by_one.stats()
    # Loading again replaces every document's graph: the same quads, nothing twice.
    again = load_paths(on_disk, [folder], iris=Iris(), workers=2, bulk=True)
    assert len(again.loaded) == len(REPORTS)
    assert _quads(on_disk) == _quads(one_by_one)
    del on_disk
    gc.collect()


@pytest.mark.slow
def test_the_parsing_processes_cut_the_texts_and_the_derived_graphs_are_the_same(
        corpus: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    cut_here: list[str] = []

    def watched(block: str) -> tuple[str, ...]:
        cut_here.append(block)
        return tuple(segmentation._jieba().lcut(block))

    # Only this process is watched (every text is cut block by block): the parsing processes start afresh.
    monkeypatch.setattr(segmentation, "_cut_block", watched)
    store = GraphStore.open(None)
    report = load_paths(store, REPORTS, iris=Iris(), workers=2)
    assert report.ok and report.search is not None and report.threads is not None
    assert report.search.items > 0 and report.threads.links > 0
    assert cut_here == [], "every text the derived graphs needed was cut by the parsing processes"
    derived = [search_index.graph_name(Iris()).value, recurrence.graph_name(Iris()).value]
    expected = {name: graph for name, graph in dataset(corpus).items() if name in derived}  # cut here, in order
    assert_same_dataset({name: graph for name, graph in dataset(store).items() if name in derived}, expected)

    # Texts already in the store (loaded earlier) are cut here, with the same result.
    again = load_paths(store, REPORTS[:1], iris=Iris(), workers=1)
    assert again.ok and cut_here, "the other documents' texts were cut by this process"
    assert_same_dataset({name: graph for name, graph in dataset(store).items() if name in derived}, expected)


def test_a_later_file_with_the_same_document_replaces_the_earlier_in_one_batch(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    text = REPORTS[0].read_text(encoding="utf-8")
    first.write_text(text, encoding="utf-8")
    second.write_text(text.replace("Distr.: General", "Distr.: General ", 1), encoding="utf-8")
    store = GraphStore.open(None)
    report = load_paths(store, [first, second], iris=Iris(), workers=1)
    assert report.loaded[0].graph == report.loaded[1].graph  # the same document (by its symbol)
    assert report.loaded[1].replaced == str(first)
    sources = {row["s"].value for row in store.query(
        "SELECT DISTINCT ?s WHERE { ?d a ukg:Document ; ukg:source ?s }")}  # type: ignore[index,union-attr]
    assert sources == {"b.txt"}
