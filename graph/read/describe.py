"""What the graph says about one IRI: for entity pages and linked-data dereferencing.

:func:`describe` gathers, for a browser page, the IRI's labels and types, every value it
has, every resource that points to it (but the search index's postings), and — for a statement read from a paragraph —
the paragraph's text with the span the statement was read from.  :func:`triples` is the
same description as RDF (its own triples, plus the labels of what it links to), for
Turtle and JSON-LD clients.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, QuerySolutions, QueryTriples, Triple

from ...errors import BadRequest, NotFound
from ..store.embedded import Queryable

#: Rows of incoming links shown at most (a resolution may be cited by hundreds of paragraphs).
MAX_INCOMING = 500

_LABEL = "(rdfs:label|skos:prefLabel|ukg:label|foaf:name)"

_OUTGOING = f"""
SELECT DISTINCT ?p ?o ?label WHERE {{
  $IRI ?p ?o .
  OPTIONAL {{ ?o {_LABEL} ?label . FILTER(isLiteral(?label) && (LANG(?label) = "en" || LANG(?label) = "")) }}
}} ORDER BY ?p ?o
"""
#: What points here, without the entries of the search index (``ukg:Posting``): a word's
#: posting names every paragraph using it, and would bury the links that say something.
_INCOMING = f"""
SELECT DISTINCT ?s ?p ?label WHERE {{
  ?s ?p $IRI .
  FILTER NOT EXISTS {{ ?s a ukg:Posting }}
  OPTIONAL {{ ?s {_LABEL} ?label . FILTER(isLiteral(?label) && (LANG(?label) = "en" || LANG(?label) = "")) }}
}} ORDER BY ?p ?s LIMIT {MAX_INCOMING + 1}
"""
_SOURCE = """
SELECT ?text ?start ?end WHERE {
  $IRI prov:wasDerivedFrom ?paragraph ; ukg:start ?start ; ukg:end ?end .
  ?paragraph ukg:text ?text .
} LIMIT 1
"""
_PARAGRAPH = "SELECT ?text WHERE { $IRI ukg:text ?text } LIMIT 1"
_GRAPH = """
CONSTRUCT { $IRI ?p ?o . ?o ?lp ?label . } WHERE {
  $IRI ?p ?o .
  OPTIONAL { ?o ?lp ?label . VALUES ?lp { rdfs:label skos:prefLabel } }
}
"""


@dataclass(frozen=True)
class Value:
    """One value of a property: an IRI (with its label if it has one) or a literal."""

    text: str
    iri: bool
    label: str | None = None
    language: str | None = None
    datatype: str | None = None


@dataclass(frozen=True)
class Description:
    iri: str
    labels: dict[str, str] = field(default_factory=dict)  # language ("" for none) → label
    types: list[str] = field(default_factory=list)
    outgoing: list[tuple[str, Value]] = field(default_factory=list)  # (property IRI, value)
    incoming: list[tuple[str, Value]] = field(default_factory=list)  # (property IRI, subject)
    more_incoming: bool = False
    source: tuple[str, int, int] | None = None  # paragraph text, start, end of the span


def _value(term: object, label: object = None) -> Value:
    text_label = label.value if isinstance(label, Literal) else None
    if isinstance(term, NamedNode):
        return Value(term.value, True, text_label)
    if isinstance(term, Literal):
        return Value(term.value, False, language=term.language, datatype=term.datatype.value)
    return Value(str(term), False)


def _bound(sparql: str, iri: str) -> str:
    """``sparql`` about ``iri`` (checked as an IRI, so it cannot break out of ``<…>``)."""
    try:
        term = NamedNode(iri)
    except ValueError as error:
        raise BadRequest(f"{iri!r}: not an IRI ({error})") from None
    return sparql.replace("$IRI", str(term))


def _rows(store: Queryable, sparql: str, iri: str) -> QuerySolutions:
    result = store.query(_bound(sparql, iri))
    assert isinstance(result, QuerySolutions)
    return result


def describe(store: Queryable, iri: str) -> Description:
    """What the graph says about ``iri``; ``LookupError`` if it says nothing."""
    outgoing: list[tuple[str, Value]] = []
    labels: dict[str, str] = {}
    types: list[str] = []
    seen: set[tuple[str, str]] = set()
    for row in _rows(store, _OUTGOING, iri):
        p, o = row["p"], row["o"]
        assert isinstance(p, NamedNode)
        if (p.value, str(o)) in seen:
            continue
        seen.add((p.value, str(o)))
        value = _value(o, row["label"])
        if p.value.endswith("#type"):
            types.append(value.text)
        if p.value.endswith(("rdf-schema#label", "core#prefLabel")) and isinstance(o, Literal):
            labels.setdefault(o.language or "", o.value)
        outgoing.append((p.value, value))
    incoming: list[tuple[str, Value]] = []
    for row in _rows(store, _INCOMING, iri):
        p = row["p"]
        assert isinstance(p, NamedNode)
        incoming.append((p.value, _value(row["s"], row["label"])))
    more = len(incoming) > MAX_INCOMING
    if not outgoing and not incoming:
        raise NotFound(f"{iri}: the graph says nothing about it")
    source = None
    for row in _rows(store, _SOURCE, iri):
        text, start, end = row["text"], row["start"], row["end"]
        assert isinstance(text, Literal) and isinstance(start, Literal) and isinstance(end, Literal)
        source = (text.value, int(start.value), int(end.value))
    if source is None:
        for row in _rows(store, _PARAGRAPH, iri):
            text = row["text"]
            assert isinstance(text, Literal)
            source = (text.value, 0, 0)
    return Description(iri, labels, types, outgoing, incoming[:MAX_INCOMING], more, source)


def triples(store: Queryable, iri: str) -> QueryTriples | list[Triple]:
    """The description as RDF: the IRI's triples and the labels of the IRIs it links to."""
    result = store.query(_bound(_GRAPH, iri))
    assert isinstance(result, QueryTriples | list)
    return result


__all__ = ["MAX_INCOMING", "Description", "Value", "describe", "triples"]
