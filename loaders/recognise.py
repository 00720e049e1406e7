"""Step 4 of the pipeline — recognise: the facts of one segmented document.

Runs the recognisers over every place of the document in reading order
(header footnotes, headings and paragraphs as they come, footnotes) so that
references back (``该决议``) resolve to what the reader has just seen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from ..ontology.bodies import Body
from . import doubts
from .facts import DocumentFacts, DocumentKind, Place, PlaceKind
from .recognisers import (
    addressees,
    articles,
    attendance,
    directory,
    mandates,
    meeting,
    metadata,
    other_meetings,
    panels,
    reaffirmations,
    recommendations,
    symbols,
    themes,
)
from .recognisers.resolutions import ResolutionReader
from .segment import Segmented

T = TypeVar("T")

_BODY_OF_CONVENTION = {"UNCAC": Body.UNCAC_COSP, "UNTOC": Body.UNTOC_COP}


def recognise(doc: Segmented, *, source: str, running_heads: list[str]) -> DocumentFacts:
    with doubts.collecting() as doubted:
        facts = _recognise(doc, source=source, running_heads=running_heads)
    facts.doubts = [str(d) for d in doubted]
    return facts


def _recognise(doc: Segmented, *, source: str, running_heads: list[str]) -> DocumentFacts:
    identity = metadata.recognise(doc, running_heads=running_heads)
    convention = identity.series.convention
    facts = DocumentFacts(
        source=source,
        kind=identity.kind,
        language=identity.language or "zh",
        meeting=identity.meeting,
        title=identity.title,
        title_span=identity.title_span,
        symbol=identity.symbol,
        distributed=identity.distributed,
        original_language=identity.original_language,
    )
    reader = ResolutionReader(_BODY_OF_CONVENTION.get(convention, Body.UNCAC_COSP))
    for place, text in places(doc):
        cited = reader.read(text, place)
        # (a heading repeats an agenda item: the resolution it names is cited where the agenda lists it)
        facts.resolutions += cited if place.kind is not PlaceKind.HEADING else []
        facts.articles += articles.find(text, place, default=convention,
                                        previous=facts.articles[-1] if facts.articles else None)
        found = symbols.find(text, place)
        facts.symbols += [s for s in found if s.symbol != identity.symbol]
    kind, ordinal, report = identity.kind, identity.meeting.ordinal, identity.kind is not DocumentKind.NOTE
    facts.recommendations = _guarded("recommendations", lambda: recommendations.find(doc, kind, ordinal), [])
    facts.proposals = _guarded("recommendations", lambda: recommendations.proposals(doc, kind, ordinal), [])
    facts.suggestions = _guarded("recommendations", lambda: recommendations.suggestions(doc, kind), [])
    items = facts.recommendations + facts.proposals  # (a report has one or the other: labels do not meet)
    facts.addressees = _guarded("addressees", lambda: addressees.addressees(items), {})
    facts.article_links = _guarded("recommendation-articles",
                                   lambda: recommendations.article_links(items, facts.articles), [])
    facts.themes = _guarded("themes", lambda: themes.find(items + facts.suggestions, facts.articles), [])
    facts.job_number = next((m.group(0) for h in [*running_heads, *doc.header] if (m := _JOB.search(h))), None)
    facts.format = _guarded("format", lambda: meeting.meeting_format(doc, kind, ordinal), None)
    facts.chairs = _guarded("chairs", lambda: meeting.chairs(doc), []) if report else []
    facts.agenda = _guarded("agenda", lambda: meeting.agenda(doc, kind, identity.series), [])
    facts.attendance = _guarded("attendance", lambda: attendance.find(doc), []) if report else []
    facts.panels = _guarded("panels", lambda: panels.find(doc), []) if report else []
    year = identity.meeting.start.year if identity.meeting.start else None
    facts.directory = _guarded("directory-statistics", lambda: directory.find(doc, year=year), [])
    facts.other_meetings = _guarded("other-meetings", lambda: other_meetings.find(doc, year=year), [])
    facts.reaffirmations = _guarded("reaffirmations", lambda: reaffirmations.reaffirmations(doc, ordinal=ordinal), [])
    facts.mandates = _guarded("mandates", lambda: mandates.mandates(doc, facts.resolutions), [])
    return facts


def _guarded(kind: str, read: Callable[[], T], empty: T) -> T:
    """The facts of one kind; if its recogniser fails on this document (a construction it was never
    written for), none of that kind, the failure recorded as a doubt (``load`` prints it), and the
    document's other kinds still read and stored."""
    try:
        return read()
    except Exception as error:  # (any failure of one kind's reading: reported, not raised)
        doubts.failed(kind, error)
        return empty


_JOB = re.compile(r"V\.\d{2}-\d{5}")


def places(doc: Segmented) -> list[tuple[Place, str]]:
    """(place, text) for headings and paragraphs in reading order, then footnotes."""
    ordered: list[tuple[Place, str]] = []
    seen_headings: set[int] = set()
    positions = {id(h): i for i, h in enumerate(doc.headings)}
    for paragraph in doc.paragraphs:
        for heading in paragraph.headings:
            index = positions[id(heading)]
            if index not in seen_headings:
                seen_headings.add(index)
                ordered.append((Place(PlaceKind.HEADING, str(index)), heading.title))
        ordered.append((Place(PlaceKind.PARAGRAPH, str(paragraph.number)), paragraph.text))
    for index, heading in enumerate(doc.headings):
        if index not in seen_headings:
            ordered.append((Place(PlaceKind.HEADING, str(index)), heading.title))
    for note in doc.footnotes:
        ordered.append((Place(PlaceKind.FOOTNOTE, note.marker), note.text))
    return ordered
