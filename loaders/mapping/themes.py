"""Map theme tags to RDF: each tag a ``ukg:ThemeTag`` statement with its provenance (the span
that shows the theme, how it was found, the label or citation it rests on), plus the direct
link ``?item ukg:theme ?theme`` for simple queries.  The themes themselves are declared in
the document's graph (type, notation, scheme) and described in the reference graph."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode

from ...ontology.iris import Iris
from ...ontology.rdf import Triples
from ...ontology.vocabulary import C, P, concept
from ..facts import TagMethod, ThemeTag
from . import entities


def theme(g: Triples, slug: str, iris: Iris) -> NamedNode:
    iri = iris.theme(slug)
    g.add(iri, P.type, C.Concept)
    g.add(iri, P.notation, Literal(slug))
    g.add(iri, P.in_scheme, iris.theme_scheme())
    return iri


def tags(g: Triples, item: NamedNode, statement: NamedNode, found: list[ThemeTag], iris: Iris) -> None:
    """The tags of one item (``statement``: the IRI of the item's own statement)."""
    for tag in found:
        target = theme(g, tag.theme, iris)
        g.add(item, P.theme, target)
        node = g.statement(Iris.part(statement, "theme", tag.theme), C.ThemeTag, tag.span, item, target)
        g.add(node, P.item, item)
        g.add(node, P.theme, target)
        g.add(node, P.method, concept("tag-method", tag.method.value))
        g.add(node, P.evidence_term, Literal(tag.term, language="zh"))
        if tag.method is TagMethod.ARTICLE and tag.article is not None:
            g.add(node, P.article, entities.article(g, "UNCAC", tag.article, iris, paragraph=tag.paragraph))
