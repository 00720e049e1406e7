"""SHACL validation: the bundled corpus conforms; a broken graph is reported readably."""

from __future__ import annotations

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.graph.store.validate import validate
from uncac_kg.ontology.vocabulary import C, P


def test_the_corpus_conforms(corpus: GraphStore) -> None:
    report = validate(corpus)
    assert report.conforms, [str(v) for v in report.violations[:10]]
    assert report.triples > 10_000


def test_violations_name_the_node_and_the_property(corpus: GraphStore) -> None:
    broken = GraphStore.open(None)
    for quad in corpus.store.quads_for_pattern(None, None, None, None):
        broken.store.add(quad)
    graph = NamedNode("https://example.org/broken")
    paragraph = NamedNode("https://example.org/broken/para/x")
    broken.store.add(Quad(paragraph, P.type, C.Paragraph, graph))
    broken.store.add(Quad(paragraph, P.type, C.Paragraph, DefaultGraph()))
    broken.store.add(Quad(paragraph, P.number, Literal("seven"), graph))
    broken.store.add(Quad(paragraph, P.number, Literal("seven"), DefaultGraph()))
    report = validate(broken)
    assert not report.conforms
    messages = [str(v) for v in report.violations if v.focus == paragraph.value]
    assert any("ontology#number" in m for m in messages), messages
    assert any("isPartOf" in m for m in messages), messages
