"""Recompute the derived graphs from the whole store after a load: the report symbols found in
other documents, the recurrence threads (with the links the texts state outright) and the
full-text search index.

Each is rebuilt when the documents changed, or when it is missing (a load that was killed
before writing it).  Both are written in bulk: a killed load leaves the store's LOADING
mark, and the next load writes them again.
"""

from __future__ import annotations

from ...ontology.iris import Iris
from ..store.embedded import GraphStore
from . import explicit_links, recurrence, report_symbols, search_index
from .words import Cuts


def threads(store: GraphStore, iris: Iris, *, threshold: float = recurrence.DEFAULT_THRESHOLD,
            cuts: Cuts | None = None) -> recurrence.Summary:
    """Rebuild the threads graph from every recommendation in the store, with the links
    the texts state outright (a note restating a recommendation, a resolution endorsing one).
    Texts already in ``cuts`` are not cut again."""
    found = recurrence.items(store)
    found_links = recurrence.links(found, threshold=threshold, cuts=cuts)
    found_threads = recurrence.threads(found, found_links)
    graph = recurrence.quads(found_threads, iris, threshold=threshold, cuts=cuts)
    stated = explicit_links.find(store, found, cuts=cuts) + explicit_links.reaffirmed(store, found)
    graph += explicit_links.quads(stated, iris)
    store.replace_graph(recurrence.graph_name(iris), list(dict.fromkeys(graph)), bulk=True)
    return recurrence.Summary(len(found), len(found_links), len(found_threads))


def recompute(store: GraphStore, iris: Iris, *, changed: bool, threshold: float = recurrence.DEFAULT_THRESHOLD,
              cuts: Cuts | None = None) -> tuple[report_symbols.Summary | None, recurrence.Summary | None,
                                                 search_index.Summary | None]:
    """Rebuild what ``changed`` documents (or a missing graph) call for; the summaries of
    what was rebuilt, ``None`` for what was kept."""
    symbols = None
    if changed or not store.has_graph(report_symbols.graph_name(iris)):
        symbols = report_symbols.recompute(store, iris)
    summary = None
    if changed or not store.has_graph(recurrence.graph_name(iris)):
        summary = threads(store, iris, threshold=threshold, cuts=cuts)
    search = None
    if changed or not store.has_graph(search_index.graph_name(iris)):
        search = search_index.rebuild(store, iris, cuts=cuts)
    return symbols, summary, search
