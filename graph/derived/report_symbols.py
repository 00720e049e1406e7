"""Report symbols found elsewhere: a loaded report whose text states no symbol gets the one
another source gives for its meeting's report.

A report's own text may lack its symbol (no page header survived the extraction), while a
later report lists it when it reaffirms the meeting's recommendations (the 8th report gives
CAC/COSP/EG.1/2018/4 for the 7th meeting's), and the reference table of the series'
meetings (``ontology/reference/expert_meetings.csv``) may carry it.  Both state
``?meeting ukg:report ?un_document`` in their own graphs.  When every such source that a
report's meeting has agrees on one symbol, the report carries it::

    <report> ukg:symbol "CAC/COSP/EG.1/2018/4" ; ukg:realizes <UN document> .
    <report>/symbol a ukg:SymbolAttribution ; ukg:about <report> ; ukg:symbol "…" ;
        prov:wasDerivedFrom <the reaffirmation statement>, <the reference graph> ;
        dcterms:description "listed in eg1-08-2019-report.zh.txt ¶46; reference data (…)" .

so that the citations of that symbol reach the loaded report.  Sources that disagree give
nothing.  The facts are derived, so they live in their own named graph
(``{base}graph/symbols``), recomputed after every load, never in the document's graph:
``GRAPH ?g`` tells a symbol a report states from one found elsewhere.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions

from ...ontology.iris import Iris
from ...ontology.vocabulary import C, P
from ..store.embedded import GraphStore

#: Sources named in a symbol's description at most (all are linked by ``prov:wasDerivedFrom``).
SHOWN = 3

#: Reports without a symbol of their own, and what other graphs say their meeting's report is.
_FOUND = """
SELECT ?document ?work ?symbol ?graph ?by ?statement ?source ?paragraph WHERE {
  ?document a ukg:Report ; ukg:meeting ?meeting .
  FILTER NOT EXISTS { GRAPH ?document { ?document ukg:symbol ?own } }
  GRAPH ?graph { ?meeting ukg:report ?work }
  FILTER (?graph != ?document && ?graph != $SELF)
  ?work ukg:symbol ?symbol .
  OPTIONAL { ?graph ukg:source ?by }
  OPTIONAL {
    GRAPH ?graph { ?statement ukg:reaffirmed ?meeting ; ukg:report ?work ; prov:wasDerivedFrom ?place }
    OPTIONAL { ?place dcterms:isPartOf/ukg:source ?source }
    OPTIONAL { ?place ukg:number ?paragraph }
  }
}
"""


def graph_name(iris: Iris) -> NamedNode:
    return iris.graph("symbols")


@dataclass(frozen=True)
class Found:
    """A report's symbol and where it was found."""

    document: str
    symbol: str
    work: str
    sources: tuple[str, ...]  # IRIs of the statements (or the reference graph) it was derived from
    description: str  # the same, for people


@dataclass(frozen=True)
class Summary:
    found: int  # reports that got a symbol
    conflicting: int  # reports whose sources disagree (left without one)


def find(store: GraphStore, iris: Iris) -> tuple[list[Found], int]:
    """The symbols found for reports without one, and how many reports had sources that disagree."""
    solutions = store.query(_FOUND.replace("$SELF", f"<{graph_name(iris).value}>"))
    assert isinstance(solutions, QuerySolutions)
    reference = f"<{iris.graph('reference').value}>"
    by_document: dict[str, dict[str, dict[str, set[str]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
    works: dict[str, str] = {}
    for row in solutions:
        document, symbol, graph = row["document"].value, row["symbol"].value, row["graph"]
        works[symbol] = row["work"].value
        sources = by_document[document][symbol]
        if str(graph) == reference:
            sources[graph.value].add("reference data (expert_meetings.csv)")
        elif row["statement"] is not None:
            where = row["source"].value if row["source"] is not None else row["graph"].value
            if row["paragraph"] is not None:
                where += f" ¶{row['paragraph'].value}"
            sources[row["statement"].value].add(f"listed in {where}")
        else:
            by = row["by"].value if row["by"] is not None else graph.value
            sources[graph.value].add(f"stated in {by}")
    found, conflicting = [], 0
    for document, symbols in sorted(by_document.items()):
        if len(symbols) != 1:
            conflicting += 1
            continue
        (symbol, sources), = symbols.items()
        texts = sorted({text for texts in sources.values() for text in texts})
        description = "; ".join(texts[:SHOWN] + ([f"and {len(texts) - SHOWN} more"] if len(texts) > SHOWN else []))
        found.append(Found(document, symbol, works[symbol], tuple(sorted(sources)), description))
    return found, conflicting


def quads(found: list[Found], iris: Iris) -> list[Quad]:
    graph = graph_name(iris)
    out: dict[Quad, None] = {}

    def add(s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        out[Quad(s, p, o, graph)] = None

    add(graph, P.description, Literal("Symbols of loaded reports that their text does not state, found in other "
                                      "documents or the reference data", language="en"))
    for item in found:
        document, work = NamedNode(item.document), NamedNode(item.work)
        add(work, P.type, C.UNDocument)
        add(work, P.symbol, Literal(item.symbol))
        add(document, P.symbol, Literal(item.symbol))
        add(document, P.realizes, work)
        node = Iris.part(document, "symbol")
        add(node, P.type, C.SymbolAttribution)
        add(node, P.about, document)
        add(node, P.symbol, Literal(item.symbol))
        for source in item.sources:
            add(node, P.was_derived_from, NamedNode(source))
        add(node, P.description, Literal(item.description, language="en"))
    return list(out)


def recompute(store: GraphStore, iris: Iris) -> Summary:
    """Rewrite the symbols graph from the whole store."""
    found, conflicting = find(store, iris)
    store.replace_graph(graph_name(iris), quads(found, iris), bulk=True)  # derived: see ingest
    return Summary(len(found), conflicting)
