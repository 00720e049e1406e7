"""Recognise the recommendations a meeting agreed.

They are the lettered items ``(a)``, ``(b)`` … of the paragraphs of the
section whose title speaks of recommendations: ``结论和建议`` in most reports,
``缔约国在会议期间提出的建议`` (proposals made by States parties during the
meeting) in the 10th.  Lettered lists elsewhere (a mandate's functions, the
directory counts) are not recommendations, and neither are the concluding
paragraphs of a Secretariat note, which suggest rather than agree.
"""

from __future__ import annotations

import re

from .facts import Kind, Place, PlaceKind, Recommendation, Span
from .segment import Segmented

_RECOMMENDATIONS_SECTION = re.compile(r"建议")


def find(doc: Segmented, kind: Kind) -> list[Recommendation]:
    if kind is not Kind.REPORT:
        return []
    found = []
    for paragraph in doc.paragraphs:
        section = paragraph.section
        if section is None or not _RECOMMENDATIONS_SECTION.search(section.title):
            continue
        place = Place(PlaceKind.PARAGRAPH, str(paragraph.number))
        for item in paragraph.items:
            span = Span(place, item.start, item.end, paragraph.text[item.start : item.end])
            found.append(Recommendation(item.label, item.text, span))
    return found
