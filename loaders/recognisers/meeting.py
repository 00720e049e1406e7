"""Recognise how a meeting was run: its chairs, its agenda, its format.

* Chairs: ``由 Ignacio Baylina Ruiz（西班牙）担任主席`` (role *chair*),
  ``由缔约国会议副主席 Mohammed Abu Zafar（孟加拉国）主持`` (role *presiding*,
  office *缔约国会议副主席*); one meeting may have several (``第一场会议由…主持，
  第二场会议由…主持``) — read by :mod:`.chairs`.
* Agenda: the numbered items of the paragraph that adopts it
  (``会议通过了下列议程：1. 会议开幕。2. …``); for a Secretariat note, the item of
  the provisional agenda it is submitted under (``临时议程*项目3``).
* Format: *hybrid* when the report says so (``以混合（线下和线上）形式举行``).
"""

from __future__ import annotations

import re

from ...ontology.series import Series
from ..facts import AgendaItem, Chair, DocumentKind, Place, PlaceKind, Span
from ..normalise import locate
from ..segment import Segmented
from .chairs import find as chairs_of
from .metadata import note_header

_AGENDA_PARAGRAPH = re.compile(r"通过(?:了|的)?(?:下列|以下|如下)?(?:临时)?议程|议程如下")
_AGENDA_ITEM = re.compile(r"^(\d{1,2})\.\s*(.+?)。?$", re.MULTILINE)
_HYBRID = re.compile(r"混合(?:（[^）]*）)?(?:形式|方式|会议)|(?:线上|在线|虚拟)(?:和|与|及)?(?:线下|现场|面对面)|"
                     r"(?:线下|现场|面对面)(?:和|与|及)?(?:线上|在线|虚拟)")


def chairs(doc: Segmented) -> list[Chair]:
    """The chairs and presiding officers (:mod:`.chairs`)."""
    return chairs_of(doc)


def agenda(doc: Segmented, kind: DocumentKind, series: Series) -> list[AgendaItem]:
    if kind is DocumentKind.NOTE:
        return _note_item(doc, series)
    for paragraph in doc.paragraphs:
        if not _AGENDA_PARAGRAPH.search(paragraph.text):
            continue
        place = Place(PlaceKind.PARAGRAPH, str(paragraph.number))
        items = [AgendaItem(int(m.group(1)), m.group(2).strip(), Span(place, m.start(), m.end(), m.group(0)))
                 for m in _AGENDA_ITEM.finditer(paragraph.text)]
        if items:
            return items
    return []


def _note_item(doc: Segmented, series: Series) -> list[AgendaItem]:
    """The provisional agenda item a note is submitted under, from its header."""
    number, title, _ = note_header(doc, series)
    if number is None or not title:
        return []
    header = doc.header_place
    start, end = locate(header, title) or (0, 0)
    span = Span(Place(PlaceKind.HEADER, "0"), start, end, header[start:end])
    return [AgendaItem(number, title.rstrip("。"), span)]


def meeting_format(doc: Segmented, kind: DocumentKind) -> str | None:
    if kind is DocumentKind.NOTE:
        return None
    for paragraph in doc.paragraphs:
        for sentence in re.findall(r"[^。]+", paragraph.text):  # the meeting's own, not another body's
            if "举行" in sentence and _HYBRID.search(sentence) and re.search(r"专家会议|本次会议|会议于", sentence):
                return "hybrid"
    return "in-person"
