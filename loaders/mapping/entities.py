"""The entities a document points to — conventions, bodies, resolutions, articles,
States, organisations, people, UN documents — declared in the document's graph
with what queries need (type, number, part-of, name as written).  Their labels
and titles in Chinese and English come from the reference graph
(:mod:`.reference_graph`).
"""

from __future__ import annotations

import re

from pyoxigraph import Literal, NamedNode

from ...ontology import reference
from ...ontology.bodies import Body
from ...ontology.iris import Iris
from ...ontology.rdf import Triples, integer
from ...ontology.vocabulary import C, P, concept

BODY_CONVENTION = {Body.UNCAC_COSP: "UNCAC", Body.UNTOC_COP: "UNTOC"}


def convention(g: Triples, code: str, iris: Iris) -> NamedNode:
    iri = iris.convention(code)
    g.add(iri, P.type, C.Convention)
    g.add(iri, P.code, Literal(code))
    return iri


def body(g: Triples, which: Body, iris: Iris) -> NamedNode:
    iri = iris.body(which.value)
    g.add(iri, P.type, C.Body)
    if which in BODY_CONVENTION:
        g.add(iri, P.convention, convention(g, BODY_CONVENTION[which], iris))
    return iri


def resolution(g: Triples, which: Body, number: str, iris: Iris, *, paragraph: int | None = None) -> NamedNode:
    iri = iris.resolution(which.value, number)
    g.add(iri, P.type, C.Resolution)
    g.add(iri, P.number, Literal(number))
    g.add(iri, P.adopted_by, body(g, which, iris))
    if paragraph is None:
        return iri
    part = Iris.part(iri, "para", paragraph)
    g.add(part, P.type, C.ResolutionParagraph)
    g.add(part, P.is_part_of, iri)
    g.add(part, P.number, integer(paragraph))
    g.labels(part, f"第{number}号决议第{paragraph}段", f"Resolution {number}, paragraph {paragraph}")
    return part


def article(g: Triples, code: str, number: int, iris: Iris, *, paragraph: int | None = None,
            subparagraph: str | None = None) -> NamedNode:
    art = iris.article(code, number)
    g.add(art, P.type, C.Article)
    g.add(art, P.number, integer(number))
    g.add(art, P.convention, convention(g, code, iris))
    target = art
    if paragraph is not None:
        target = iris.article(code, number, paragraph)
        g.add(target, P.type, C.ArticleParagraph)
        g.add(target, P.is_part_of, art)
        g.add(target, P.number, integer(paragraph))
        g.labels(target, f"第{number}条第{paragraph}款", f"Article {number}, paragraph {paragraph}")
    if subparagraph is not None:
        parent = target
        target = iris.article(code, number, paragraph, subparagraph)
        g.add(target, P.type, C.ArticleSubparagraph)
        g.add(target, P.is_part_of, parent)
        g.add(target, P.item_label, Literal(subparagraph))
        where = f"paragraph {paragraph}, " if paragraph is not None else ""
        g.labels(target, f"第{number}条" + (f"第{paragraph}款" if where else "") + f"第({subparagraph})项",
                 f"Article {number}, {where}subparagraph ({subparagraph})")
    return target


def un_document(g: Triples, symbol: str, iris: Iris) -> NamedNode:
    iri = iris.un_document(symbol)
    g.add(iri, P.type, C.UNDocument)
    g.add(iri, P.symbol, Literal(symbol))
    return iri


def participant(g: Triples, name: str, iris: Iris) -> NamedNode:
    """A State, territory or organisation named in the text (as written), linked to the tables."""
    bare = re.sub(r"（[^（）]*）$", "", name).strip()
    state = reference.state_names().get(bare)
    if state:
        iri = iris.state(state.iso3)
        g.add(iri, P.type, C.State)
        g.add(iri, P.iso3, Literal(state.iso3))
        return iri
    territory = reference.territories().get(bare)
    if territory:
        iri = iris.territory(territory.iso2)
        g.add(iri, P.type, C.Territory)
        return iri
    org = reference.organization_names().get(bare) or _unit_of(bare)
    if org:
        iri = iris.organization(org.key)
        g.add(iri, P.type, C.Organization)
        g.add(iri, P.organization_kind, concept("organization", org.kind))
        return iri
    iri = iris.named_entity(bare)
    g.add(iri, P.type, C.Organization)
    g.add(iri, P.label, Literal(bare, language="zh"))
    return iri


def _unit_of(name: str) -> reference.Organization | None:
    """``毒品和犯罪问题办公室预防恐怖主义处``: a unit of a known organisation."""
    for known, org in sorted(reference.organization_names().items(), key=lambda kv: -len(kv[0])):
        if len(known) >= 4 and name.startswith(known):
            return org
    return None


def person(g: Triples, name: str, iris: Iris) -> NamedNode:
    iri = iris.person(name)
    g.add(iri, P.type, C.Person)
    g.add(iri, P.name, Literal(name))
    return iri
