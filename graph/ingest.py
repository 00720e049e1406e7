"""Load files and folders of reports into the store, one transaction per document.

A file that cannot be read or recognised is reported with its reason and
leaves the store untouched; the other files still load.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..loaders import LoadedDocument, load, reference_graph
from ..ontology.iris import Iris
from . import recurrence, search_index
from .store import GraphStore

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


@dataclass(frozen=True)
class Failed:
    path: Path
    reason: str


@dataclass
class LoadReport:
    loaded: list[Loaded] = field(default_factory=list)
    failed: list[Failed] = field(default_factory=list)
    threads: recurrence.Summary | None = None  # the recurrence threads recomputed after loading
    search: search_index.Summary | None = None  # the full-text search index rebuilt after loading

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


#: Documents are written in batches of about this many quads (one bulk write each on disk).
BATCH_QUADS = 200_000


def load_paths(
    store: GraphStore,
    paths: Iterable[str | Path],
    *,
    iris: Iris,
    progress: Callable[[int, int, Path], None] | None = None,
    threshold: float = recurrence.DEFAULT_THRESHOLD,
) -> LoadReport:
    """Load every file; each document replaces its own named graph."""
    report = LoadReport()
    items = expand(paths)
    seen: dict[str, Path] = {}
    batch: list[tuple[Loaded, LoadedDocument]] = []

    def write() -> None:
        try:
            # A later file with the same document replaces an earlier one, as if written after it.
            store.replace_graphs({doc.graph: doc.quads for _, doc in batch})
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
        try:
            doc = load(item.read_bytes(), source=item.name, iris=iris)
        except (OSError, ValueError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            report.failed.append(Failed(item, reason))
            continue
        earlier = seen.get(doc.graph.value)
        seen[doc.graph.value] = item
        batch.append((Loaded(item, doc.graph.value, counts(doc), str(earlier) if earlier else None), doc))
        if sum(len(d.quads) for _, d in batch) >= BATCH_QUADS:
            write()
    write()
    if progress:
        progress(len(items), len(items), Path())
    if report.loaded or not store.has_graph(reference_graph.graph_name(iris)):
        refresh_reference(store, iris)
    if report.loaded or not store.has_graph(recurrence.graph_name(iris)):
        report.threads = recurrence.recompute(store, iris, threshold=threshold)
    if report.loaded or not store.has_graph(search_index.graph_name(iris)):
        report.search = search_index.rebuild(store, iris)
    store.flush()
    store.publish()
    return report


def refresh_reference(store: GraphStore, iris: Iris) -> None:
    """Rewrite the reference graph (ontology, concept schemes, reference tables)."""
    store.replace_graph(reference_graph.graph_name(iris), reference_graph.quads(iris))
