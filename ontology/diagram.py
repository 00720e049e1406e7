"""A diagram of the model: the ontology's classes and the object properties between them.

``python -m uncac_kg.ontology.diagram > docs/model.dot`` writes it in Graphviz DOT,
read from ``uncac-kg.ttl`` (domains and ranges), so it cannot drift from the
ontology; ``dot -Tpng docs/model.dot -o docs/model.png`` renders it.
"""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import NamedNode, RdfFormat, Store

ONTOLOGY = Path(__file__).resolve().parent / "uncac-kg.ttl"
UKG = "https://w3id.org/uncac-kg/ontology#"

_QUERY = """
SELECT ?domain ?property ?range WHERE {
  ?property a owl:ObjectProperty ; rdfs:domain ?domain ; rdfs:range ?range .
  FILTER (STRSTARTS(STR(?domain), STR(ukg:)))
  FILTER (STRSTARTS(STR(?range), STR(ukg:)) || ?range IN (org:Organization, eli:LegalResource))
} ORDER BY ?domain ?property ?range
"""
_PREFIXES = {"ukg": UKG, "owl": "http://www.w3.org/2002/07/owl#",
             "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "org": "http://www.w3.org/ns/org#",
             "eli": "http://data.europa.eu/eli/ontology#"}
#: Groups of classes drawn together.
_CLUSTERS = {
    "meetings and documents": ["MeetingSeries", "Meeting", "Document", "UNDocument", "Header", "Heading",
                               "Paragraph", "AgendaItem", "Panel", "Panelist", "Participation", "ChairRole",
                               "Citation"],
    "law": ["Convention", "Chapter", "Article", "Body", "Resolution", "eli:LegalResource"],
    "agents": ["State", "Organization", "Person", "org:Organization"],
    "findings": ["Recommendation", "ArticleLink", "Reaffirmation", "Mandate", "DirectoryObservation"],
}


def edges(path: Path = ONTOLOGY) -> list[tuple[str, str, str]]:
    store = Store()
    store.load(path=str(path), format=RdfFormat.TURTLE)
    def local(term: object) -> str:
        if not isinstance(term, NamedNode):
            return str(term)
        for prefix, namespace in _PREFIXES.items():
            if term.value.startswith(namespace):
                return term.value.removeprefix(UKG) if prefix == "ukg" else f"{prefix}:{term.value[len(namespace):]}"
        return term.value

    return [(local(r["domain"]), local(r["property"]), local(r["range"]))
            for r in store.query(_QUERY, prefixes=_PREFIXES)]  # type: ignore[union-attr]


def dot(path: Path = ONTOLOGY) -> str:
    lines = ["digraph uncac_kg {", '  graph [rankdir=LR, fontname="Helvetica", fontsize=11];',
             '  node [shape=box, style="rounded,filled", fillcolor="#eef3fb", fontname="Helvetica", fontsize=11];',
             '  edge [fontname="Helvetica", fontsize=9, color="#555555"];']
    found = edges(path)
    named = {c for d, _, r in found for c in (d, r)}
    for index, (title, classes) in enumerate(_CLUSTERS.items()):
        members = [c for c in classes if c in named]
        lines.append(f'  subgraph cluster_{index} {{ label="{title}"; color="#bbbbbb";')
        lines += [f'    "{c}";' for c in members]
        lines.append("  }")
    for domain, prop, range_ in found:
        lines.append(f'  "{domain}" -> "{range_}" [label="{prop}"];')
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(dot(), end="")
