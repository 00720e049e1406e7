"""Loaders: turn a report's bytes into the RDF quads of its named graph."""

from ..ontology import reference_graph
from .report import LOADER_VERSION, LoadedDocument, load

__all__ = ["LOADER_VERSION", "LoadedDocument", "load", "reference_graph"]
