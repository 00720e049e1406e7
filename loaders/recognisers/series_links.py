"""Recognise how a document links to its series: the earlier meetings whose
recommendations it reaffirms, and the resolutions that established and steer it.

* Reaffirmation: ``第八次专家会议重申了第三、第四、第五、第六和第七次专家会议提出的
  建议（见 CAC/COSP/EG.1/2014/3、…和 CAC/COSP/EG.1/2018/4）`` — each earlier
  meeting with its report's symbol, paired in order.
* Mandate: in the introduction, a resolution and what it did to the meeting:
  ``决定举行…专家会议`` (established), ``指示…专家会议继续研究`` (instructed),
  ``邀请/请…专家会议`` or ``决定专家会议应`` (requested), ``欣见…专家会议…建议``
  (welcomed).
"""

from __future__ import annotations

import re

from ...text.numerals import CHINESE_NUMERAL_CHARS, to_int
from ...text.sentences import clause_end
from ..facts import Mandate, Place, PlaceKind, Reaffirmation, ResolutionCitation, Span
from ..segment import Segmented
from .symbols import find as find_symbols

_N = rf"[{CHINESE_NUMERAL_CHARS}]{{1,3}}"
_REAFFIRM = re.compile(
    rf"重申了?(?P<list>第{_N}(?:(?:、|和|及|至)第?{_N})*)次(?:[^（。]{{0,30}}?)会议(?:提出)?的建议"
    r"(?:（见(?P<symbols>[^）]*)）)?"
)
_ORDINAL = re.compile(_N)

_RELATIONS = (
    ("established", re.compile(r"决定(?:举行|召开|设立)")),
    ("instructed", re.compile(r"指示")),
    ("welcomed", re.compile(r"欣见|欢迎")),
    ("requested", re.compile(r"(?:邀请|请|决定)[^。]{0,12}专家会议(?:应|提出|继续)|决定专家会议|专家会议应")),
)
_MEETING = re.compile(r"专家会议")


def reaffirmations(doc: Segmented) -> list[Reaffirmation]:
    found = []
    for paragraph in doc.paragraphs:
        place = Place(PlaceKind.PARAGRAPH, str(paragraph.number))
        for m in _REAFFIRM.finditer(paragraph.text):
            ordinals = _ordinals(m.group("list"))
            symbols = [s.symbol for s in find_symbols(m.group("symbols") or "", place)]
            paired = symbols if len(symbols) == len(ordinals) else [None] * len(ordinals)
            span = Span(place, m.start(), m.end(), m.group(0))
            found += [Reaffirmation(o, s, span) for o, s in zip(ordinals, paired, strict=True)]
    return found


def _ordinals(listed: str) -> list[int]:
    numbers = [to_int(n) for n in _ORDINAL.findall(listed)]
    if "至" in listed and len(numbers) == 2:  # 第三至第七次
        return list(range(numbers[0], numbers[1] + 1))
    return numbers


def mandates(doc: Segmented, citations: list[ResolutionCitation]) -> list[Mandate]:
    """The resolutions of the introduction (first section) and what they did to the meeting;
    anywhere, a resolution welcoming the meeting's recommendations."""
    found: dict[tuple[str, str], Mandate] = {}
    first_section = doc.headings[0] if doc.headings else None
    texts = {p.number: p.text for p in doc.paragraphs if first_section is None or p.section is first_section}
    every = {p.number: p.text for p in doc.paragraphs}
    for citation in citations:
        number = citation.span.place.paragraph
        if number is None or number not in every:
            continue
        text = every[number]
        sentence_end = clause_end(text, citation.span.end)
        clause = text[citation.span.end:sentence_end]
        if not _MEETING.search(clause):
            continue
        for relation, pattern in _RELATIONS:
            m = pattern.search(clause)
            if m and (number in texts or relation == "welcomed"):
                start, end = citation.span.start, citation.span.end + m.end()
                found.setdefault((citation.number, relation),
                                 Mandate(citation.number, citation.body, relation,
                                         Span(citation.span.place, start, end, text[start:end])))
                break
    return list(found.values())
