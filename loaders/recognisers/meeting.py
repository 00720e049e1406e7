"""Recognise how a meeting was run: its chairs, its agenda, its format.

* Chairs: ``由 Ignacio Baylina Ruiz（西班牙）担任主席`` (role *chair*),
  ``由缔约国会议副主席 Mohammed Abu Zafar（孟加拉国）主持`` (role *presiding*,
  office *缔约国会议副主席*); one meeting may have several (``第一场会议由…主持，
  第二场会议由…主持``) — read by :mod:`.chairs`.
* Agenda: the numbered items of the paragraph that adopts it
  (``会议通过了下列议程：1. 会议开幕。2. …``); for a Secretariat note, the item of
  the provisional agenda it is submitted under (``临时议程*项目3``).
* Format: how the meeting itself was held, from a sentence whose subject is the meeting
  (``第十次…专家会议``, ``会议``, ``本次会议``; not another body's session, not an earlier
  meeting of the series) or its participants (``与会者``, ``各代表团``), and whose predicate
  names a mode: *hybrid* for a mixed mode (``以混合（线下和线上）形式举行``,
  ``采用线下与线上相结合的方式``) or for both an in-person and a remote mode
  (``与会者可现场出席，也可通过线上方式参加``) or for a remote mode of some participants
  (``部分代表通过视频连线参加``); a remote mode of the whole meeting has no concept in the
  scheme and is reported, not guessed; otherwise *in-person*.
"""

from __future__ import annotations

import re

from ...ontology.series import Series
from .. import doubts
from ..facts import AgendaItem, Chair, DocumentKind, Place, PlaceKind, Span
from ..normalise import locate
from ..segment import Segmented
from ..subjects import own_meeting_subject
from .chairs import find as chairs_of
from .metadata import note_header

_AGENDA_PARAGRAPH = re.compile(r"通过(?:了|的)?(?:下列|以下|如下)?(?:临时)?议程|议程如下")
#: (an item ends at its 。: ``5.通过报告。议程项目3是…联合审议的。`` — a note after the last one is not its title)
_AGENDA_ITEM = re.compile(r"^(\d{1,2})\.\s*([^。\n]+?)(?:。.*)?$", re.MULTILINE)
#: An item's number inside a run of items: ``…开幕2.选举主席…``.
_RUN_MARK = re.compile(r"(?<![\d./A-Za-z])(\d{1,2})\.(?!\d)")
#: Items numbered in brackets: ``(1) 会议开幕；(2) 通过议程和工作安排；``.
_AGENDA_BRACKETED = re.compile(r"[(（](\d{1,2})[)）]\s*([^；;。(（]+)")
#: Modes of taking part: in person, remotely, both.
_IN_PERSON = re.compile(r"线下|现场|面对面|亲自|亲临|实地")
_REMOTE = re.compile(r"线上|在线|网上|网络会议|通过网络|虚拟|远程|视频(?:会议|连线|连接|方式)")
#: Predicates of holding a meeting or taking part in it.
_HOLDING = re.compile(r"举行|召开|采用|采取|形式|方式|出席|参加|参会|与会|连线|接入")
#: Some of the participants, or one way among others: a remote mode beside another.
_SOME = re.compile(r"部分|一些|若干|有的|也可|亦可|或可|或者")
#: Held at a place (a city, a building), not online: ``在维也纳国际中心举行``.
_AT_A_VENUE = re.compile(r"在(?!线|网)[^，。；]{2,15}?举行")
_MIXED = re.compile(r"混合(?:（[^）]*）)?(?:形式|方式|模式|会议)")


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
        matches = list(_AGENDA_ITEM.finditer(paragraph.text)) or list(_AGENDA_BRACKETED.finditer(paragraph.text))
        items = [AgendaItem(int(m.group(1)), m.group(2).strip().rstrip("：:；;。").strip(),
                            Span(place, m.start(), m.end(), m.group(0)))
                 for m in matches] or _run_together(paragraph.text, place)
        if items:
            return items
    return []


def _run_together(text: str, place: Place) -> list[AgendaItem]:
    """Items without a closing 。 that the extraction ran together: ``…议程：1.会议开幕2.选举主席3.…``
    — the run of numbers 1, 2, 3 … after the lead's colon."""
    colon = max(text.find("："), text.find(":"))
    marks: list[re.Match[str]] = []
    for m in _RUN_MARK.finditer(text, colon + 1 if colon >= 0 else 0):
        if int(m.group(1)) == len(marks) + 1:
            marks.append(m)
    if len(marks) < 2:
        return []
    stop = text.find("。", marks[-1].end())
    ends = [m.start() for m in marks[1:]] + [stop if stop >= 0 else len(text)]
    return [AgendaItem(int(m.group(1)), text[m.end() : end].strip().rstrip("：:；;。").strip(),
                       Span(place, m.start(), end, text[m.start() : end]))
            for m, end in zip(marks, ends, strict=True)]


def _note_item(doc: Segmented, series: Series) -> list[AgendaItem]:
    """The provisional agenda item a note is submitted under, from its header."""
    number, title, _ = note_header(doc, series)
    if number is None or not title:
        return []
    header = doc.header_place
    start, end = locate(header, title) or (0, 0)
    span = Span(Place(PlaceKind.HEADER, "0"), start, end, header[start:end])
    return [AgendaItem(number, title.rstrip("。"), span)]


#: Another body whose session ``该次会议`` may refer back to.
_ANOTHER_BODY = re.compile(r"工作组|审议组|缔约方会议|缔约国会议第|网络|特别会议")


def meeting_format(doc: Segmented, kind: DocumentKind, ordinal: int | None = None) -> str | None:
    """``hybrid`` or ``in-person`` (None for a note, and for a meeting said to be held
    only remotely, which is reported)."""
    if kind is DocumentKind.NOTE:
        return None
    remote_only: Place | None = None
    for paragraph in doc.paragraphs:
        for found in re.finditer(r"[^。；：\n]+", paragraph.text):
            sentence = found.group(0)
            clauses = [c for c in re.split(r"[，,]", sentence) if c]
            if not (_HOLDING.search(sentence) and any(own_meeting_subject(c, ordinal) for c in clauses)):
                continue
            if sentence.startswith(("该次", "该届")) and _ANOTHER_BODY.search(paragraph.text, 0, found.start()):
                continue  # ``…工作组第七次会议的成果。…；该次会议于…举行``: that body's session
            remote, in_person = bool(_REMOTE.search(sentence)), bool(_IN_PERSON.search(sentence))
            in_person = in_person or bool(_AT_A_VENUE.search(sentence))
            if _MIXED.search(sentence) or (remote and (in_person or _SOME.search(sentence))):
                return "hybrid"
            if remote and remote_only is None:
                remote_only = Place(PlaceKind.PARAGRAPH, str(paragraph.number))
    if remote_only is not None:
        doubts.note(remote_only, "format", "the meeting is said to be held remotely only, a format the "
                    "scheme has no concept for")
        return None
    return "in-person"

