"""Recognise the resolutions that established and steer a meeting (its mandates): in the introduction,
a resolution and what it did to the meeting: ``决定举行…专家会议`` (established), ``指示…专家会议继续研究``
(instructed), ``邀请/请…专家会议`` or ``决定专家会议应`` (requested), ``欣见…专家会议…建议`` or its endorsement
(``核可``, ``赞同``, ``赞赏地注意到``) (welcomed); the meeting may be the sentence's subject
(``专家会议是根据…决议设立的``). (The earlier meetings a document reaffirms: :mod:`.reaffirmations`.)
"""

from __future__ import annotations

import re

from ...text.sentences import clause_end
from ...text.sentences import sentence_end as end_of_sentence
from ..facts import Mandate, ResolutionCitation, Span
from ..segment import Segmented

#: Another addressee of a request standing before the meeting: the request is not to the meeting.
_OTHER_ADDRESSEE = r"(?:(?!秘书处|毒品和犯罪问题办公室|缔约国(?!会议)|会员国|工作组|审议组)[^，。；])"
_RELATIONS = (
    ("established", re.compile(r"决定[，,]?(?:举行|召开|召集|设立|成立|设置)"
                               # (``依照该决议，…将召开…专家会议``)
                               r"|将(?:举行|召开|召集|设立)(?=[^，。；]{0,40}?专家会议)"
                               r"|(?:设立|成立)了?(?!的)(?=(?:(?!与|同)[^，。；]){0,24}?专家会议|[。；，]|$)"
                               r"|专家会议的设立|设立专家会议的依据"
                               r"|(?<![月日年期])(?:召开|设立|举行|召集)的(?=[。；，]|$|(?:第[^，。；]{1,4}次)?(?:(?!工作组|与|和|同|举行|通过)[^，。；]){0,40}?专家会议)"
                               r"|而(?:举行|召开|设立|成立)(?=[。；，]|$)")),  # (``…系依照第4/2号决议而举行``)
    ("instructed", re.compile(r"指示|责成|以[^，。；]{0,24}?为指导|专家会议(?:[^，。；]{0,30}?)(?:受命|奉命)")),
    ("welcomed", re.compile(r"欣见|欢迎|核可|赞同|认可|赞赏地注意到|肯定了?")),
    ("requested", re.compile(rf"(?:邀请|请|要求|(?<!任务)授权|委托|鼓励)(?:{_OTHER_ADDRESSEE}){{0,20}}?专家会议"
                             r"|决定专家会议|专家会议(?:应|须|必须)|专家会议的职能|专家会议(?:受托|获得?授权)|^(?:第\d{1,3}段)?的(?:要求|请求|邀请)[，,]专家会议")),
)
_MEETING = re.compile(r"专家会议")
#: A clause joined to the one before it: ``，并…``, ``；…还…``.
_JOINED_CLAUSE = re.compile(r"[，,；;]\s?(?:并且?|同时|还|此外|另外)|并且?(?=请|指示|责成|邀请|要求|欢迎|欣见)")
#: The meeting's founding, said before the resolution: ``专家会议的设立可追溯至第4/2号决议``.
_SET_UP_FROM = re.compile(r"专家会议的(?:设立|成立)(?:可追溯至|源于|来自|依据(?:是|为)?|基于)$")
#: What the first (the second) of two resolutions cited together did, said after them: ``前者指示…；后者请…``.
_PICKED_SUBJECT = (re.compile(r"(?:^|(?<=[：:；;，,。]))前者(?P<said>(?:(?![；;。]|[，,]\s?后者).)*)"),
                   re.compile(r"(?:^|(?<=[：:；;，,。]))后者(?P<said>[^；;。]*)"))
#: A request joined to what the resolution did first: ``决定举行专家会议…，并请专家会议…``.
_AND_ASKED = re.compile(r"(?:并|同时|还)且?(?:邀请|请|要求|委托)")
_IN_THAT_RESOLUTION = re.compile(
    r"在(?:该|这一?|此|上述|同一)项?决议中|(?:根据|依照|按照)(?:该|这一?|此|上述|同一)项?决议"
    r"|(?:^|(?<=[。；]))(?:该|这一|此|上述|同一)项?决议(?=还|也|又|请|要求|决定|指示|责成|授权|委托|欣见|欢迎|鼓励|邀请)"
    r"|(?<=[。；])[^，。；]{0,12}?据此(?=决定|设立|召开|举行)")  # ``…通过了第4/2号决议。缔约国会议据此决定…``
#: The first or the last of the resolutions just cited together: ``在前一项决议中``, ``在后者中``.
_IN_PICKED = re.compile(r"在(?P<which>前一项|后一项|前者|后者)(?:决议)?中")
#: What may follow a citation that closes its sentence: ``…（第4/2号决议）。``, ``…（见第7/1号决议第27段）。``
_CLOSING = re.compile(r"[）)]?(?:中|所述|所载)?[，,]?[）)]?[。；]?")


def mandates(doc: Segmented, citations: list[ResolutionCitation]) -> list[Mandate]:
    """The resolutions of the introduction (first section) and what they did to the meeting;
    anywhere, a resolution welcoming the meeting's recommendations."""
    found: dict[tuple[str, str, int], Mandate] = {}
    first_section = doc.headings[0] if doc.headings else None
    texts = {p.number: p.text for p in doc.paragraphs if first_section is None or p.section is first_section}
    every = {p.number: p.text for p in doc.paragraphs}
    for citation in [*citations, *_referred_back(citations, every)]:
        number = citation.span.place.paragraph
        if number is None or number not in every:
            continue
        text = every[number]
        if citation.anaphoric and citation not in citations and any(
                k[0] == citation.number and m.span.place == citation.span.place
                and m.span.end > max(text.rfind(c, 0, citation.span.start) for c in "。；") for k, m in found.items()):
            continue  # the sentence citing it said already what it did (a later one may say more: ``在该项决议中还…``)
        sentence_end = clause_end(text, citation.span.end)
        clause = text[citation.span.end:sentence_end]
        at = citation.span.end
        sentence_start = max(text.rfind(c, 0, citation.span.start) for c in "。；") + 1
        if text[citation.span.start - 1 : citation.span.start] in ("（", "(") and _MEETING.search(
                text, sentence_start, citation.span.start):
            # ``缔约国会议…决定召开…专家会议（第4/2号决议），由…``: the clause the bracket annotates
            at = sentence_start
            clause = text[at : citation.span.start]
        elif not _MEETING.search(clause) and _CLOSING.fullmatch(clause):
            # the resolution cited at the end of the sentence that says what it did:
            # "缔约国会议决定举行…专家会议（第4/2号决议）。"
            at = sentence_start
            clause = text[at : citation.span.start]
        elif not _MEETING.search(clause) and _MEETING.search(text, sentence_start, citation.span.start):
            # the meeting is the sentence's subject: "专家会议是根据…第4/2号决议设立的。"
            clause = text[sentence_start:citation.span.start] + clause
        if _SET_UP_FROM.search(text, sentence_start, citation.span.start) and number in texts:
            # ``专家会议的设立可追溯至第4/2号决议，即…``: what the resolution did, said before it
            found.setdefault((citation.number, "established", number),
                             Mandate(citation.number, citation.body, "established", citation.span))
            continue
        if not _MEETING.search(clause):
            continue
        together = [c for c in citations if c.span == citation.span and not c.anaphoric]
        if len(together) >= 2 and not citation.anaphoric and _IN_PICKED.search(clause):
            continue  # ``通过了A和B，并在后者中欣见…``: what one of them did, read at the back-reference
        if len(together) > 1 and clause.lstrip("中，, ").startswith("分别") and number in texts:
            # ``在第5/1号和第7/1号决议中分别指示专家会议…，并请专家会议…``: in the same order
            said = sorted((m.start(), relation) for relation, pattern in _RELATIONS for m in pattern.finditer(clause))
            if len(said) >= len(together):
                relation = said[together.index(citation)][1]
                found.setdefault((citation.number, relation, number),
                                 Mandate(citation.number, citation.body, relation, citation.span))
                continue
        sentence_over = end_of_sentence(text, citation.span.end)
        if len(together) == 2 and not citation.anaphoric and (
                picked := _PICKED_SUBJECT[together.index(citation)].search(text, citation.span.end, sentence_over)):
            # ``第5/1号和第7/1号决议…：前者指示专家会议…；后者邀请专家会议…``: what each one did
            at, clause = picked.start("said"), picked.group("said")
        for relation, pattern in _RELATIONS:
            m = pattern.search(clause)
            if m and (number in texts or relation == "welcomed"):
                start, end = min(citation.span.start, at), max(citation.span.end, at + m.end())
                found.setdefault((citation.number, relation, number),
                                 Mandate(citation.number, citation.body, relation,
                                         Span(citation.span.place, start, end, text[start:end])))
                if (relation == "welcomed" and (asked := _RELATIONS[-1][1].search(clause))) or (
                        relation in ("established", "instructed") and _AND_ASKED.search(clause, m.end())
                        and (asked := _RELATIONS[-1][1].search(clause, m.end()))):
                    # ``请专家会议…，并对…专家会议提出的建议表示欢迎``, ``决定举行专家会议…，并请专家会议…``: both
                    start, end = min(citation.span.start, at), max(citation.span.end, at + asked.end())
                    found.setdefault((citation.number, "requested", number),
                                     Mandate(citation.number, citation.body, "requested",
                                             Span(citation.span.place, start, end, text[start:end])))
                # and another thing it did in a clause joined to this one: ``欣见…建议，并指示专家会议…``
                for other, later in _RELATIONS:
                    also = later.search(clause) if other != relation and "welcomed" in (other, relation) else None
                    if also is None or not (number in texts or other == "welcomed"):
                        continue
                    first, second = sorted((also, m), key=lambda x: x.start())
                    if _JOINED_CLAUSE.search(clause, first.end(), second.start()) and not re.search(
                            r"\d{1,2}/\d{1,3}号", clause[first.end() : second.start()]):  # (not another's)
                        start, end = min(citation.span.start, at), max(citation.span.end, at + also.end())
                        found.setdefault((citation.number, other, number),
                                         Mandate(citation.number, citation.body, other,
                                                 Span(citation.span.place, start, end, text[start:end])))
                break
    return list(found.values())


def _referred_back(citations: list[ResolutionCitation], texts: dict[int, str]) -> list[ResolutionCitation]:
    """A resolution referred back to in a later sentence of the paragraph citing it
    (``…通过了…第7/1号决议。缔约国会议在该决议中请专家会议…``): a citation there too."""
    out: list[ResolutionCitation] = []
    for citation in citations:
        number = citation.span.place.paragraph
        if number is None or number not in texts:
            continue
        text = texts[number]
        for m in _IN_THAT_RESOLUTION.finditer(text, citation.span.end):
            later = [c for c in citations if c.span.place.paragraph == number and citation.span.end <= c.span.start
                     < m.start()]
            if not later:  # the resolution cited last before the reference
                out.append(ResolutionCitation(citation.number, citation.body, None, True,
                                              Span(citation.span.place, m.start(), m.end(), m.group(0))))
    for citation in citations:  # ``…通过了第8/2号和第8/6号决议。缔约国会议在第8/6号决议中欢迎…``: named again
        number = citation.span.place.paragraph
        if number is None or number not in texts or citation.anaphoric:
            continue
        again = re.compile(rf"第{re.escape(citation.number)}号决议")
        for m in again.finditer(texts[number], citation.span.end):
            out.append(ResolutionCitation(citation.number, citation.body, None, True,
                                          Span(citation.span.place, m.start(), m.end(), m.group(0))))
    for number, text in texts.items():  # ``…通过了第10/5号决议和第10/6号决议。在前一项决议中，…``
        here = [c for c in citations if c.span.place.paragraph == number and not c.anaphoric]
        for m in _IN_PICKED.finditer(text):
            before = [c for c in here if c.span.end <= m.start()]
            together = [c for c in before if before and c.span == before[-1].span]
            if len(together) >= 2:
                picked = together[0] if m.group("which") in ("前一项", "前者") else together[-1]
                out.append(ResolutionCitation(picked.number, picked.body, None, True,
                                              Span(picked.span.place, m.start(), m.end(), m.group(0))))
    return out
