"""Validate the graph against the SHACL shapes of ``ontology/shapes.ttl`` (pyshacl).

pyshacl works on rdflib graphs: the union of the store's graphs is handed over
as N-Triples.  Both libraries are imported only when validation runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import QueryTriples, RdfFormat, serialize

from .embedded import GraphStore

SHAPES = Path(__file__).resolve().parents[2] / "ontology" / "shapes.ttl"
_SH = "http://www.w3.org/ns/shacl#"


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.severity}: <{self.focus}>{where}: {self.message}"


@dataclass(frozen=True)
class Report:
    conforms: bool
    triples: int
    violations: list[Violation]


def validate(store: GraphStore, *, shapes: Path = SHAPES) -> Report:
    import pyshacl
    import rdflib

    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert isinstance(triples, QueryTriples)
    data = rdflib.Graph()
    data.parse(data=(serialize(triples, format=RdfFormat.N_TRIPLES) or b"").decode("utf-8"), format="nt")
    shape_graph = rdflib.Graph().parse(str(shapes), format="turtle")
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shape_graph, inference="none",
                                            allow_warnings=True)
    violations = []
    sh = rdflib.Namespace(_SH)
    for result in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        violations.append(Violation(
            focus=str(results.value(result, sh.focusNode)),
            path=str(results.value(result, sh.resultPath) or ""),
            message=str(results.value(result, sh.resultMessage) or ""),
            severity=str(results.value(result, sh.resultSeverity) or "").rsplit("#", 1)[-1],
        ))
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return Report(bool(conforms), len(data), violations)
