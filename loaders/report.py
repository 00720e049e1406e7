"""The loader of the Chinese reports and notes of a meeting series.

Reads in file order: :mod:`.read` → :mod:`.normalise` → :mod:`.segment` →
:mod:`.recognise` → :mod:`.mapping`; storing is the graph layer's business.
Every loader has this module's signature::

    load(data: bytes, *, source: str, iris: Iris) -> LoadedDocument

and raises ``ValueError`` with a one-line reason for a text it cannot read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pyoxigraph import NamedNode, Quad

from .. import __version__
from ..ontology.iris import Iris
from .facts import DocumentFacts
from .mapping import document as mapping
from .normalise import clean
from .read import decode
from .recognise import recognise
from .segment import Segmented, segment

#: Recorded on every document graph: which loader produced it.
LOADER_VERSION = f"uncac-kg/{__version__}"

_HAN = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class LoadedDocument:
    graph: NamedNode  # the document's named graph (its IRI)
    quads: list[Quad]
    facts: DocumentFacts
    segmented: Segmented


def load(data: bytes, *, source: str, iris: Iris) -> LoadedDocument:
    text = decode(data)
    letters = sum(map(str.isalpha, text))
    if letters and len(text) - len(_HAN.sub("", text)) < letters * 0.3:
        raise ValueError("not a Chinese text: this loader reads the Chinese version of the reports")
    cleaned = clean(text)
    doc = segment(cleaned.lines, cleaned.footnotes)
    if not doc.paragraphs:
        raise ValueError("no numbered paragraphs (1., 2., …): not a report or note")
    facts = recognise(doc, source=source, running_heads=cleaned.running_heads)
    quads = mapping.to_quads(facts, doc, iris, version=LOADER_VERSION, header=doc.header_place)
    return LoadedDocument(mapping.document_iri(facts, iris), quads, facts, doc)
