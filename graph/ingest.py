"""Load files and folders of reports into the store, one transaction per document.

A file that cannot be read or recognised is reported with its reason and
leaves the store untouched; the other files still load.
"""

from __future__ import annotations

import collections
import concurrent.futures
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import NamedNode, RdfFormat, serialize

from ..loaders import LoadedDocument, load
from ..loaders.read import read_file
from ..ontology import reference_graph
from ..ontology.iris import Iris
from .derived import explicit_links, recompute, recurrence, report_symbols, search_index
from .derived.words import Cuts
from .store.embedded import GraphStore

#: Files a folder contributes (a file named explicitly is read whatever its name).
FOLDER_PATTERN = "*.txt"

#: The reports bundled with the project: the default data.
BUNDLED_REPORTS = Path(__file__).resolve().parent.parent / "data" / "reports"


@dataclass(frozen=True)
class Loaded:
    path: Path
    graph: str
    counts: dict[str, int]
    replaced: str | None = None  # another file of this batch that had the same document
    skipped: tuple[int, ...] = ()  # paragraph numbers not found (the numbering resumed after them)
    doubts: tuple[str, ...] = ()  # what the recognisers only partly understood, where (left out of the graph)


@dataclass(frozen=True)
class Failed:
    path: Path
    reason: str


@dataclass
class LoadReport:
    loaded: list[Loaded] = field(default_factory=list)
    failed: list[Failed] = field(default_factory=list)
    interrupted: bool = False  # an earlier load was killed: the derived graphs were computed again
    threads: recurrence.Summary | None = None  # the recurrence threads recomputed after loading
    search: search_index.Summary | None = None  # the full-text search index rebuilt after loading
    symbols: report_symbols.Summary | None = None  # reports' symbols found in other documents

    @property
    def ok(self) -> bool:
        return not self.failed


def expand(paths: Iterable[str | Path]) -> list[Path | Failed]:
    """Files named, and the ``*.txt`` files below folders named, in a stable order."""
    out: list[Path | Failed] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob(FOLDER_PATTERN)
                           if p.is_file() and not any(part.startswith(".") for part in
                                                      p.relative_to(path).parts))
            if not files:
                out.append(Failed(path, f"no {FOLDER_PATTERN} files in this folder"))
            out.extend(files)
        elif path.exists():
            out.append(path)
        else:
            out.append(Failed(path, "no such file or folder"))
    return out


def counts(doc: LoadedDocument) -> dict[str, int]:
    facts = doc.facts
    return {
        "paragraphs": len(doc.segmented.paragraphs),
        "recommendations": len(facts.recommendations),
        "resolutions": len(facts.resolutions),
        "articles": len(facts.articles),
        "documents": len(facts.symbols),
        "triples": len(doc.quads),
        "unplaced": len(doc.segmented.unplaced),
    }


#: With ``bulk``, documents are written in batches of about this many quads (one bulk write each on disk).
BATCH_QUADS = 200_000
#: From this many files on, documents are read by worker processes while the store is written.
PARALLEL_FROM = 16


@dataclass(frozen=True)
class Parsed:
    """A document read and turned into quads, ready to be written (N-Quads, to travel
    cheaply between processes)."""

    graph: str
    nquads: bytes
    counts: dict[str, int]
    skipped: tuple[int, ...] = ()  # paragraph numbers not found (the numbering resumed after them)
    texts: tuple[str, ...] = ()  # the texts the derived graphs will cut into words
    doubts: tuple[str, ...] = ()  # what the recognisers only partly understood, where


def parse_file(path: Path, base: str, *, texts: bool = False) -> Parsed | str:
    """One file through the loaders: its quads, or the reason it cannot be loaded.  With
    ``texts``, also the texts of the document that the derived graphs (search index,
    recurrence threads) will cut into words, to be cut beforehand by :func:`cut_texts`."""
    try:
        doc = load(read_file(path), source=path.name, iris=Iris(base))
    except (OSError, ValueError) as error:
        return getattr(error, "strerror", None) or str(error)
    quads = doc.quads
    to_cut = search_index.to_cut(quads) | recurrence.to_cut(quads) | explicit_links.to_cut(quads) if texts else ()
    return Parsed(doc.graph.value, serialize(quads, format=RdfFormat.N_QUADS) or b"", counts(doc),
                  tuple(doc.segmented.skipped), tuple(sorted(to_cut)), tuple(doc.facts.doubts))


def cut_texts(texts: tuple[str, ...]) -> dict[str, str]:
    """``texts`` cut into words (:meth:`Cuts.export`), in a worker process (which loads
    jieba's dictionary on its first call)."""
    cuts = Cuts()
    cuts.cut(texts)
    return cuts.export()


def parsing_workers(files: int) -> int:
    if files < PARALLEL_FROM or multiprocessing.parent_process() is not None:
        return 1
    return min(os.cpu_count() or 1, 4)


def parse_files(files: list[Path], base: str, *, workers: int, cuts: Cuts) -> Iterator[Parsed | str]:
    """``parse_file`` of each file, in order: in ``workers`` processes (a few files ahead of
    the one being consumed), or here if ``workers`` is 1.

    Beside them, one more process cuts each document's texts into words, into ``cuts`` by
    the time the generator is exhausted, so that the derived graphs need not cut them here:
    one process, so that jieba's dictionary is loaded once (it costs more than cutting a
    hundred reports) and each clause met again is cut once; apart from the parsing, so that
    loading the dictionary does not hold up the first documents.
    """
    if workers <= 1:
        for path in files:
            yield parse_file(path, base)
        return
    done = 0
    try:
        context = multiprocessing.get_context("forkserver")
        # The server the workers are forked from imports the loaders once (when it starts), not each worker.
        context.set_forkserver_preload([__name__])
        with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context) as pool, \
                concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as cutter:
            pending: collections.deque[concurrent.futures.Future[Parsed | str]] = collections.deque()
            cutting: list[concurrent.futures.Future[dict[str, str]]] = []
            todo = iter(files)
            for path in itertools.islice(todo, 4 * workers):
                pending.append(pool.submit(parse_file, path, base, texts=True))
            while pending:
                result = pending.popleft().result()
                for path in itertools.islice(todo, 1):
                    pending.append(pool.submit(parse_file, path, base, texts=True))
                if isinstance(result, Parsed) and result.texts:
                    cutting.append(cutter.submit(cut_texts, result.texts))
                done += 1
                yield result
            for future in cutting:
                cuts.update(future.result())
    except concurrent.futures.process.BrokenProcessPool:
        # The workers could not start (a script that loads at import time, without the
        # ``if __name__ == "__main__"`` guard) or died: read the rest here.
        for path in files[done:]:
            yield parse_file(path, base)


def load_paths(
    store: GraphStore,
    paths: Iterable[str | Path],
    *,
    iris: Iris,
    progress: Callable[[int, int, Path], None] | None = None,
    threshold: float = recurrence.DEFAULT_THRESHOLD,
    workers: int | None = None,
    bulk: bool = False,
) -> LoadReport:
    """Load every file; each document replaces its own named graph.

    Documents are read in ``workers`` processes (by default one per core, up to 4, from
    :data:`PARALLEL_FROM` files on) while this one writes them, each in one transaction (so
    that a killed load leaves every document wholly old or new), or with ``bulk`` in large
    batches by the bulk loader (several times faster on disk, but a killed load may leave
    the batch in flight half-written until it is loaded again).  The derived
    graphs (reference tables, report symbols found elsewhere, recurrence threads, search
    index) are computed again after the documents, and the result published for read-only views.  A load that was killed
    before it finished leaves a mark on the store: the next one (even of no file) computes
    the derived graphs again and publishes.
    """
    report = LoadReport()
    report.interrupted = store.begin_load()
    items = expand(paths)
    files = [item for item in items if isinstance(item, Path)]
    cuts = Cuts()  # texts cut into words by the parsing processes, for the derived graphs
    parsed = parse_files(files, iris.base, workers=workers or parsing_workers(len(files)), cuts=cuts)
    seen: dict[str, Path] = {}
    batch: list[tuple[Loaded, Parsed]] = []

    def write() -> None:
        try:
            # A later file with the same document replaces an earlier one, as if written after it.
            store.replace_graphs({NamedNode(doc.graph): doc.nquads for _, doc in batch}, bulk=bulk)
        except OSError as error:
            report.failed.extend(Failed(loaded.path, f"could not be stored: {error}") for loaded, _ in batch)
        else:
            report.loaded.extend(loaded for loaded, _ in batch)
        batch.clear()

    for index, item in enumerate(items):
        if isinstance(item, Failed):
            report.failed.append(item)
            continue
        if progress:
            progress(index, len(items), item)
        doc = next(parsed)
        if isinstance(doc, str):
            report.failed.append(Failed(item, doc))
            continue
        earlier = seen.get(doc.graph)
        seen[doc.graph] = item
        batch.append((Loaded(item, doc.graph, doc.counts, str(earlier) if earlier else None, doc.skipped,
                             doc.doubts), doc))
        if not bulk or sum(d.counts["triples"] for _, d in batch) >= BATCH_QUADS:
            write()
    write()
    next(parsed, None)  # (the end of the parsing processes' work: the last texts cut)
    if progress:
        progress(len(items), len(items), Path())
    changed = bool(report.loaded) or report.interrupted
    if changed or not store.has_graph(reference_graph.graph_name(iris)):
        refresh_reference(store, iris)
    report.symbols, report.threads, report.search = recompute.recompute(
        store, iris, changed=changed, threshold=threshold, cuts=cuts)
    store.flush()
    store.optimize()  # (the derived graphs were written in bulk)
    store.publish()
    store.end_load()
    return report


def refresh_reference(store: GraphStore, iris: Iris) -> None:
    """Rewrite the reference graph (ontology, concept schemes, reference tables)."""
    # Derived graphs are written in bulk: a killed load leaves the LOADING mark, and the next
    # load writes them again.
    store.replace_graphs({reference_graph.graph_name(iris): reference_graph.nquads(iris)}, bulk=True)
