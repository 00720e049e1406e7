"""Graph views for visualisation: networkx graphs built from SPARQL, one question each.

Every node's id is its IRI and it has ``label_zh``, ``label_en``, short labels to draw
(``short_en``, ``short_zh``: "8th (2019)", "CoSP 7/1", "UNTOC COP 9/1", "Art. 46") and
``kind``; articles and resolutions have their ``convention`` (UNCAC, UNTOC);
time-bearing nodes carry ``start`` (and ``end``) as ISO dates.  The views are
plain functions of a store, usable from a notebook::

    from uncac_kg.graph.store.embedded import GraphStore
    from uncac_kg.graph.output.views import build, View
    g = build(GraphStore.open("~/.local/share/uncac-kg/store"), View.CITATIONS)
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from pyoxigraph import BlankNode, Literal, NamedNode, QuerySolutions, QueryTriples

from ...errors import BadRequest
from ..read.names import article_name, body_of, convention_of, meeting_short, resolution_name
from ..store.embedded import Queryable

if TYPE_CHECKING:
    import networkx as nx


class View(StrEnum):
    CITATIONS = "citations"
    CO_CITATION = "co-citation"
    RECURRENCE = "recurrence"
    LINEAGE = "lineage"
    ATTENDANCE = "attendance"
    THEMES = "themes"
    CUSTOM = "custom"


def _rows(store: Queryable, sparql: str) -> list[dict[str, Any]]:
    result = store.query(sparql)
    assert isinstance(result, QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: (row[n].value if row[n] is not None else None) for n in names} for row in result]


_LABELS = """
SELECT ?node (SAMPLE(?zh0) AS ?zh) (SAMPLE(?en0) AS ?en) WHERE {
  VALUES ?node { %s }
  OPTIONAL { ?node rdfs:label ?zh0 FILTER (lang(?zh0) = "zh") }
  OPTIONAL { ?node rdfs:label ?en0 FILTER (lang(?en0) = "en") }
} GROUP BY ?node
"""


_FACTS = """
SELECT ?node (SAMPLE(?n) AS ?number) (SAMPLE(?b) AS ?body) (SAMPLE(?c) AS ?convention) WHERE {
  VALUES ?node { %s }
  OPTIONAL { ?node ukg:number ?n }
  OPTIONAL { ?node ukg:adoptedBy ?b }
  OPTIONAL { ?node ukg:convention/ukg:code ?c }
} GROUP BY ?node
"""


def _label(g: nx.Graph, store: Queryable) -> nx.Graph:
    """Give every node its Chinese and English labels (from the graph, else its IRI's tail),
    short labels to draw (``short_en``, ``short_zh``: "8th (2019)", "CoSP 7/1", "Art. 46"), and
    articles and resolutions the ``convention`` they belong to (UNCAC, or UNTOC for a
    resolution of the UNTOC Conference of the Parties)."""
    nodes = [n for n in g.nodes if n.startswith(("http://", "https://", "urn:"))]
    for start in range(0, len(nodes), 500):
        values = " ".join(f"<{n}>" for n in nodes[start:start + 500])
        for row in _rows(store, _LABELS % values):
            data = g.nodes[row["node"]]
            data.setdefault("label_zh", row["zh"] or "")
            data.setdefault("label_en", row["en"] or "")
    legal = [n for n in nodes if g.nodes[n].get("kind") in ("article", "resolution")]
    for start in range(0, len(legal), 500):
        values = " ".join(f"<{n}>" for n in legal[start:start + 500])
        for row in _rows(store, _FACTS % values):
            _legal_names(g.nodes[row["node"]], row)
    for node, data in g.nodes(data=True):
        tail = str(node).rstrip("/").rsplit("/", 1)[-1]
        data["label_zh"] = data.get("label_zh") or data.get("label_en") or tail
        data["label_en"] = data.get("label_en") or data.get("label_zh") or tail
        data.setdefault("kind", "entity")
        if data["kind"] == "meeting" and isinstance(data.get("ordinal"), int):
            data["short_en"], data["short_zh"] = meeting_short(data["ordinal"], data.get("start"))
        data.setdefault("short_en", data["label_en"])
        data.setdefault("short_zh", data["label_zh"])
    return g


def _legal_names(data: dict[str, Any], row: dict[str, Any]) -> None:
    number = row["number"]
    if number is None:
        return
    if data["kind"] == "resolution":
        adopted_by = body_of(row["body"])
        data["short_en"] = f"{adopted_by.short_en if adopted_by else ''} {number}".strip()
        data["short_zh"] = resolution_name(number, row["body"])[1]
        if convention_of(row["body"]):
            data["convention"] = convention_of(row["body"])
    else:
        data["short_en"], data["short_zh"] = f"Art. {number}", article_name(number)[1]
        if row["convention"]:
            data["convention"] = str(row["convention"])


_MEETINGS = """
SELECT DISTINCT ?meeting ?ordinal ?start ?end WHERE {
  ?doc a ukg:Document ; ukg:meeting ?meeting .
  ?meeting ukg:ordinal ?ordinal .
  OPTIONAL { ?meeting schema:startDate ?start } OPTIONAL { ?meeting schema:endDate ?end }
}
"""


def _add_meetings(g: nx.Graph, store: Queryable) -> None:
    for row in _rows(store, _MEETINGS):
        g.add_node(row["meeting"], kind="meeting", ordinal=int(row["ordinal"]),
                   **{k: row[k] for k in ("start", "end") if row[k]})


_CITED = """
SELECT ?meeting ?target ?kind (COUNT(DISTINCT ?place) AS ?weight) WHERE {
  ?doc a ukg:Document ; ukg:meeting ?meeting .
  ?place dcterms:isPartOf ?doc ; dcterms:references ?part .
  { ?part (dcterms:isPartOf)* ?target . ?target a ukg:Article . BIND ("article" AS ?kind) }
  UNION
  { ?part (dcterms:isPartOf)? ?target . ?target a ukg:Resolution . BIND ("resolution" AS ?kind) }
} GROUP BY ?meeting ?target ?kind
"""


def citations(store: Queryable) -> nx.DiGraph:
    """Meetings → the resolutions and articles they cite, weighted by citing paragraphs."""
    import networkx as nx
    g = nx.DiGraph(view=View.CITATIONS.value)
    _add_meetings(g, store)
    for row in _rows(store, _CITED):
        g.add_node(row["target"], kind=row["kind"])
        g.add_edge(row["meeting"], row["target"], weight=int(row["weight"]), kind="cites")
    return _label(g, store)


_CO_CITED = """
SELECT ?a ?b ?akind ?bkind (COUNT(DISTINCT ?place) AS ?weight) WHERE {
  ?place a ukg:Paragraph ; dcterms:references ?pa, ?pb .
  { ?pa (dcterms:isPartOf)* ?a . ?a a ukg:Article . BIND ("article" AS ?akind) }
  UNION { ?pa (dcterms:isPartOf)? ?a . ?a a ukg:Resolution . BIND ("resolution" AS ?akind) }
  { ?pb (dcterms:isPartOf)* ?b . ?b a ukg:Article . BIND ("article" AS ?bkind) }
  UNION { ?pb (dcterms:isPartOf)? ?b . ?b a ukg:Resolution . BIND ("resolution" AS ?bkind) }
  FILTER (STR(?a) < STR(?b))
} GROUP BY ?a ?b ?akind ?bkind
"""


def co_citation(store: Queryable) -> nx.Graph:
    """Articles and resolutions cited in the same paragraph, weighted by such paragraphs."""
    import networkx as nx
    g = nx.Graph(view=View.CO_CITATION.value)
    for row in _rows(store, _CO_CITED):
        g.add_node(row["a"], kind=row["akind"])
        g.add_node(row["b"], kind=row["bkind"])
        g.add_edge(row["a"], row["b"], weight=int(row["weight"]), kind="co-cited")
    return _label(g, store)


_RECURRENCE_NODES = """
SELECT DISTINCT ?item ?kind ?ordinal ?start ?label ?text ?thread
       (GROUP_CONCAT(DISTINCT ?addressee; separator=", ") AS ?addressees) WHERE {
  { ?item a ukg:Recommendation ; ukg:agreedAt ?meeting . BIND ("recommendation" AS ?kind) }
  UNION { ?item a ukg:Proposal ; ukg:proposedAt ?meeting . BIND ("proposal" AS ?kind) }
  UNION { ?item a ukg:Suggestion ; ukg:suggestedFor ?meeting . BIND ("suggestion" AS ?kind) }
  ?item ukg:label ?label ; ukg:text ?text .
  ?meeting ukg:ordinal ?ordinal .
  OPTIONAL { ?meeting schema:startDate ?start }
  OPTIONAL { ?item ukg:thread ?thread }
  OPTIONAL { ?item ukg:addressee/skos:notation ?addressee }
} GROUP BY ?item ?kind ?ordinal ?start ?label ?text ?thread
"""
_RECURRENCE_EDGES = """
SELECT DISTINCT ?earlier ?later ?score ?thread WHERE {
  ?link a ukg:Recurrence ; ukg:earlier ?earlier ; ukg:later ?later ; ukg:score ?score ; ukg:thread ?thread .
}
"""


def recurrence(store: Queryable) -> nx.DiGraph:
    """Recommendations (meeting, date, addressees, text, thread) and recurrence links (score)."""
    import networkx as nx
    g = nx.DiGraph(view=View.RECURRENCE.value)
    for row in _rows(store, _RECURRENCE_NODES):
        attrs = {"kind": row["kind"], "ordinal": int(row["ordinal"]), "text": row["text"],
                 "label_zh": f"{row['ordinal']}-{row['label']}", "label_en": f"{row['ordinal']}-{row['label']}",
                 "addressees": row["addressees"] or "", "thread": row["thread"] or ""}
        if row["start"]:
            attrs["start"] = row["start"]
        g.add_node(row["item"], **attrs)
    for row in _rows(store, _RECURRENCE_EDGES):
        g.add_edge(row["earlier"], row["later"], weight=float(row["score"]), kind="recurs", thread=row["thread"])
    return _label(g, store)


_LINEAGE = """
SELECT DISTINCT ?meeting ?rec ?later ?ordinal ?label WHERE {
  ?rec a ukg:Recommendation ; ukg:agreedAt ?meeting .
  OPTIONAL { ?rec ukg:label ?label } OPTIONAL { ?meeting ukg:ordinal ?ordinal }
  OPTIONAL { ?later ukg:reaffirms ?meeting }
}
"""
def lineage(store: Queryable) -> nx.DiGraph:
    """Meeting → its recommendations → the later meetings that reaffirm them."""
    import networkx as nx
    g = nx.DiGraph(view=View.LINEAGE.value)
    _add_meetings(g, store)
    for row in _rows(store, _LINEAGE):
        name = f"{row['ordinal']}-{row['label']}" if row["label"] and row["ordinal"] else None
        g.add_node(row["rec"], kind="recommendation", **({"label_zh": name, "label_en": name} if name else {}))
        g.add_edge(row["meeting"], row["rec"], kind="agreed")
        if row["later"]:
            g.add_edge(row["rec"], row["later"], kind="reaffirmed-by")
    return _label(g, store)


_ATTENDANCE = """
SELECT DISTINCT ?participant ?meeting ?kind ?iso3 ?group WHERE {
  ?p a ukg:Participation ; ukg:participant ?participant ; ukg:meeting ?meeting ;
     ukg:participantKind/skos:notation ?kind .
  OPTIONAL { ?participant ukg:iso3 ?iso3 }
  OPTIONAL { ?participant ukg:regionalGroup ?group }
}
"""


def attendance(store: Queryable) -> nx.Graph:
    """States and organisations × meetings (bipartite), with ISO codes and regional groups."""
    import networkx as nx
    g = nx.Graph(view=View.ATTENDANCE.value)
    _add_meetings(g, store)
    for node in g.nodes:
        g.nodes[node]["bipartite"] = 0
    for row in _rows(store, _ATTENDANCE):
        attrs = {"kind": "state" if row["iso3"] else "organization", "bipartite": 1}
        attrs.update({k: row[k] for k in ("iso3", "group") if row[k]})
        g.add_node(row["participant"], **attrs)
        g.add_edge(row["participant"], row["meeting"], kind=row["kind"])
    return _label(g, store)


_THEMES = """
SELECT ?theme ?notation ?broad ?meeting (COUNT(DISTINCT ?recommendation) AS ?recommendations)
       (COUNT(DISTINCT ?suggestion) AS ?suggestions) WHERE {
  {
    SELECT DISTINCT ?theme ?notation ?broad WHERE {
      ?theme skos:broader ?top ; skos:notation ?notation .
      ?top skos:topConceptOf ?scheme ; skos:notation ?broad .
    }
  }
  { ?recommendation a ukg:Recommendation ; ukg:agreedAt|ukg:proposedAt ?meeting ; ukg:theme ?theme }
  UNION
  { ?suggestion a ukg:Suggestion ; ukg:suggestedFor ?meeting ; ukg:theme ?theme }
} GROUP BY ?theme ?notation ?broad ?meeting
"""


def themes(store: Queryable) -> nx.Graph:
    """Narrow themes × meetings (bipartite): an edge when a meeting's recommendations (or the
    suggestions made to it) have the theme, weighted by how many; themes carry their broad theme."""
    import networkx as nx
    g = nx.Graph(view=View.THEMES.value)
    _add_meetings(g, store)
    for node in g.nodes:
        g.nodes[node]["bipartite"] = 0
    for row in _rows(store, _THEMES):
        if row["meeting"] not in g:
            continue
        g.add_node(row["theme"], kind="theme", notation=row["notation"], broad=row["broad"], bipartite=1)
        recommendations, suggestions = int(row["recommendations"]), int(row["suggestions"])
        g.add_edge(row["theme"], row["meeting"], kind="asks-for", weight=recommendations + suggestions,
                   recommendations=recommendations, suggestions=suggestions)
    return _label(g, store)


def custom(store: Queryable, sparql: str) -> nx.DiGraph:
    """Any SELECT of two or three variables (source, target, optional weight), or any CONSTRUCT."""
    import networkx as nx
    result = store.query(sparql)
    g = nx.DiGraph(view=View.CUSTOM.value)
    if isinstance(result, QueryTriples | list):
        for triple in result:
            s, p, o = triple.subject, triple.predicate, triple.object
            source = s.value if isinstance(s, NamedNode | BlankNode) else str(s)
            target = o.value if isinstance(o, NamedNode) else f'"{o.value}"' if isinstance(o, Literal) else str(o)
            g.add_edge(source, target, kind=p.value)
        return _label(g, store)
    if not isinstance(result, QuerySolutions) or not 2 <= len(result.variables) <= 3:
        raise BadRequest("a custom view needs a CONSTRUCT, or a SELECT of 2 or 3 variables "
                         "(source, target, optional weight)")
    names = [v.value for v in result.variables]
    for row in result:
        source, target = row[names[0]], row[names[1]]
        if source is None or target is None:
            continue
        weight = row[names[2]] if len(names) == 3 else None
        attrs: dict[str, str | float] = {"kind": "edge"}
        if isinstance(weight, Literal):
            try:
                attrs["weight"] = float(weight.value)
            except ValueError as error:
                raise BadRequest(f"custom view: weight {weight.value!r} is not a number") from error
        g.add_edge(source.value, target.value, **attrs)
    return _label(g, store)


BUILDERS: dict[View, Callable[[Queryable], nx.Graph]] = {
    View.CITATIONS: citations,
    View.CO_CITATION: co_citation,
    View.RECURRENCE: recurrence,
    View.LINEAGE: lineage,
    View.ATTENDANCE: attendance,
    View.THEMES: themes,
}


def build(store: Queryable, view: View, *, sparql: str | None = None) -> nx.Graph:
    if view is View.CUSTOM:
        if not sparql:
            raise BadRequest("the custom view needs a query (--query FILE.rq)")
        return custom(store, sparql)
    return BUILDERS[view](store)
