"""Recognise citations of resolutions: ``第4/2号决议``, ``第 7/1 号决议第 27 段``,
``第 6/4 号和第 7/1 号决议``, and references back such as ``该决议第 18 段``.

The adopting body is read from the words just before the citation:
``缔约国会议`` (the Conference of the States Parties to UNCAC) or
``缔约方会议`` (the Conference of the Parties to UNTOC), ``大会`` (the General
Assembly); with no body named, the document's own conference is meant.
"""

from __future__ import annotations

import re

from ...ontology.bodies import Body
from ..facts import Place, PlaceKind, ResolutionCitation, Span

_JOIN = r"(?:、|和|及|以及|与|，)"
_SEP = r"(?:、|和|及|以及|与|至|到|—|–|-)"
#: The cited paragraphs: ``第27段``, ``第12段和第13段``, ``第12、13和15段``, ``第12至14段``.
_SUB = r"(?:\([a-z]\)|（[a-z]）)?"  # a subparagraph: 第12(a)段 cites paragraph 12
_PARAGRAPHS = (rf"[，,]?(?:其中|其)?(?:执行部分|序言部分)?[（(]?第\d{{1,3}}{_SUB}段?(?:{_SEP}第?\d{{1,3}}{_SUB}段?)*"
               rf"(?<=段)[）)]?")
#: One or more resolution numbers ending in 决议 (``第6/4号和第7/1号决议``, ``第8/2、8/6和8/12号决议``),
#: with the cited paragraph(s).
_CITATION = re.compile(
    rf"第\d{{1,2}}/\d{{1,3}}号?(?:决议)?(?:(?:{_JOIN}|至|到)第?\d{{1,2}}/\d{{1,3}}号?(?:决议)?)*号?决议"
    # (its title in brackets before the paragraphs cited: ``第9/5号决议（题为“…”）第12段和第13段``)
    rf"(?:[（(]题为[“「][^”」]{{1,80}}[”」][）)](?={_PARAGRAPHS}))?"
    rf"(?P<paragraphs>{_PARAGRAPHS})?"
)
_EACH = re.compile(r"\d{1,2}/\d{1,3}")
_ANAPHOR = re.compile(
    r"(?P<which>该|同一份?|同一项|上述|这项|这一|此项|该项|前述|上文(?:所述|提及|提到|述及)的?|前面提到的|"
    r"(?:这|上述|该)(?:两|几|各)项|这些|前一项|后一项|(?:其中|这些决议中|上述决议中)的?第[一二三四五]项)(?P<named>缔约方会议|缔约国会议|大会)?(?:的)?决议"
    r"(?:中的|之中的|之)?(?P<pick>第[一二三四五]项|前者|后者)?"
    rf"(?P<paragraphs>{_PARAGRAPHS})?"
)
#: How many resolutions a back-reference counts: ``上述两项决议``.
_COUNTED = re.compile(r"([两三四五])项$")
_HOW_MANY = {"两": 2, "三": 3, "四": 4, "五": 5}
#: A resolution's title or subject given just before its number.
_TITLED = re.compile(r"(?:题为“(?P<title>[^“”]{4,80})”|关于(?P<subject>[^，。；“”]{4,40}))的$")
#: A resolution referred back to by its subject, without its number.
#: (not a draft: ``关于国际合作的决议草案预计将在该届会议上审议`` cites nothing adopted)
_BY_SUBJECT = re.compile(r"关于(?P<subject>[^，。；“”]{4,40}?)的(?:那项|该项|这项|那一|这一)?决议(?!草案|[（(]?第?\d)")
#: One of several resolutions referred back to: ``上述两项决议中的第二项``, ``…中的后者``.
_PICKS = {"第一项": 0, "第二项": 1, "第三项": 2, "第四项": 3, "第五项": 4, "前者": 0, "后者": -1}
#: A resolution whose number is given in brackets: ``一项决议（第7/4号）``.
_NUMBER_IN_BRACKETS = re.compile(r"决议[（(]第(?P<n>\d{1,2}/\d{1,3})号(?:决议)?[）)]")
#: A resolution named by the paragraph that cites it: ``上文第6段提及的决议``, ``上文第3段所述决议``.
_ABOVE = re.compile(
    r"上文第(?P<n>\d{1,3})段(?:中)?(?:所述|提及|提到|述及|所提及|所提到)的?(?P<which>各项|两项|三项|几项|这些)?决议"
    rf"(?P<paragraphs>{_PARAGRAPHS})?")
#: The first or the last of the resolutions just cited together.
_FIRST, _LAST = "前一项", "后一项"
#: Back-references to several resolutions: all of the last group cited.
_PLURAL = re.compile(r"(?:两|三|四|五|几|各)项$|这些$")
_BODIES = (
    (re.compile(r"缔约方会议$"), Body.UNTOC_COP),
    (re.compile(r"有组织犯罪公约[》]?$"), Body.UNTOC_COP),
    (re.compile(r"缔约国会议$"), Body.UNCAC_COSP),
    (re.compile(r"反腐败公约[》]?$"), Body.UNCAC_COSP),
    (re.compile(r"(?<!特别会议)(?<!缔约国)(?<!缔约方)大会$"), Body.GENERAL_ASSEMBLY),
)
_BODY_NAMES = re.compile(r"缔约方会议|有组织犯罪公约》?|缔约国会议|反腐败公约》?|(?<!特别会议)大会")
#: A sentence about the session named in the sentence before: ``该届会议于…举行，通过了…``.
_THAT_SESSION = re.compile(r"^(?:在)?(?:该届会议|同届会议|该次会议|该会议|这届会议)")
_ADOPTED_THERE = re.compile(r"(?:该|同一?|这一)届会议(?:上)?通过的?(?:一项|第一项|另一项)?(?:[^，。；]{0,12}?的)?$")
#: How far before a citation (characters) the name of its body may stand.
_BODY_WINDOW = 60
#: Words that may stand between the body and the citation: ``缔约国会议在第5/1号决议中``,
#: ``缔约方会议随后在第8/1号决议中``, ``缔约国会议在2013年…于巴拿马城举行的第五届会议上通过的
#: 第5/1号决议``, ``缔约方会议在该届会议上通过了第11/2号决议``, ``缔约国会议在其第四届会议
#: （2011年10月24日至28日，马拉喀什）上通过的第4/2号决议``, ``缔约方会议通过了题为“…”的第10/6号
#: 决议``, ``缔约方会议关于国际合作的第11/2号决议``.
_ADVERBS = r"(?:随后|此后|其后|后来|同时|最近|先前|此前|还|也|又|已|曾|并|则|亦|均|都|分别|除其他外|特别是|尤其是)"
_SESSION_PHRASE = (r"(?:(?:在|于)[^，。；]{0,40}?举行(?:的|了))?"
                   r"(?:第[\d一二三四五六七八九十]{1,3}|该|同一?|这一?|那一?|此|上述|本)"
                   r"届(?:会议|会)(?:续会)?(?:（[^（）]{0,40}）)?(?:上|期间|中)?")
_OTHER_CITATION = r"第[^，。；第]{1,12}?号决议(?:、|和|及|以及)?"
#: A resolution's title or subject: ``题为“…”的``, ``关于加强执法合作的`` (titles are emptied first).
_TITLE_PHRASE = r"(?:题为)?“”的?|关于[^，。；“”]{1,30}?的"
_BETWEEN = re.compile(
    rf"(?:{_ADVERBS}|在|于|其|通过的?|通过了|的|会上|会议上|根据|依据|依照|按照|{_SESSION_PHRASE}|{_OTHER_CITATION}|{_TITLE_PHRASE}|中|，"
    r"|于[^，。；]{1,40}?举行(?:了|的)?|(?:若干|多项|一系列|几项|下列)决议|其中"
    r"|(?:一|第一|另一|后一|前一)项(?:关于[^，。；]{1,20}?的)?决议(?:[，,]即)?|(?:该|这次|此次)?会议(?=上?通过)"
    r"|\d{4}年\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?(?:举行(?:了|的)?)?|所通过的?)*$")  # (``…至18日举行的…所通过的``)
_QUOTED_TITLE = re.compile(r"“[^“”]{0,200}”")


class ResolutionReader:
    """Reads a document's places in order; remembers citations for back-references."""

    def __init__(self, default_body: Body = Body.UNCAC_COSP) -> None:
        self.default_body = default_body
        self.last_group: list[tuple[str, Body]] = []
        self.last_cited: list[tuple[str, Body]] = []  # the last group cited by number
        self.run: list[tuple[str, Body]] = []  # cited in the latest run of citing paragraphs
        self._run_open = False
        self.by_paragraph: dict[str, list[tuple[str, Body]]] = {}  # cited in each paragraph
        self.just_before: list[tuple[str, Body]] = []  # cited in the paragraph read last
        self.titles: dict[tuple[str, Body], str] = {}  # a resolution's title or subject, as a citation gave it

    def read(self, text: str, place: Place) -> list[ResolutionCitation]:
        found: list[ResolutionCitation] = []
        prior, prior_cited = self.last_group, self.last_cited  # the groups cited last before this place
        groups: list[tuple[int, list[tuple[str, Body]]]] = []  # (where, group) cited here
        for m in _CITATION.finditer(text):
            body = self._body(text, m.start())
            numbers = _numbers(m.group(0)[: m.start("paragraphs") - m.start()]
                               if m.group("paragraphs") else m.group(0))
            cited = _paragraphs(m.group("paragraphs"))
            group = [(number, body) for number in numbers]
            for i, (number, b) in enumerate(group):
                # A cited paragraph belongs to the last resolution of a list.
                paragraphs = cited if i == len(group) - 1 else [None]
                for paragraph in paragraphs:
                    span = Span(place, m.start(), m.end(), m.group(0))
                    found.append(ResolutionCitation(number, b, paragraph, False, span))
            groups.append((m.start(), group))
            titled = _TITLED.search(text, max(0, m.start() - 80), m.start())
            if titled and len(group) == 1:  # ``题为“应对…的措施”的第10/5号决议``
                self.titles[group[0]] = titled.group("title") or titled.group("subject")
        for m in _NUMBER_IN_BRACKETS.finditer(text):  # ``一项决议（第7/4号）``, ``在第一项决议（第10/6号）中``
            if _inside_any(m.start("n"), found):
                continue
            body = self._body(text, m.start())
            span = Span(place, m.start(), m.end(), m.group(0))
            found.append(ResolutionCitation(m.group("n"), body, None, False, span))
            groups.append((m.start(), [(m.group("n"), body)]))
        explicit = list(groups)
        for m in _ABOVE.finditer(text):  # ``上文第6段提及的决议``: those that paragraph cites
            cited_there = self.by_paragraph.get(m.group("n"), [])
            if not cited_there or _inside_any(m.start(), found):
                continue
            targets = cited_there if _PLURAL.search(m.group("which") or "") else cited_there[-1:]
            groups.append((m.start(), targets))
            for number, body in targets:
                for paragraph in _paragraphs(m.group("paragraphs")):
                    span = Span(place, m.start(), m.end(), m.group(0))
                    found.append(ResolutionCitation(number, body, paragraph, True, span))
        for m in _BY_SUBJECT.finditer(text):  # ``在关于涉及有组织犯罪集团的腐败的决议中``: the one of that title
            subjects = [key for key, title in self.titles.items() if _same_subject(m.group("subject"), title)]
            if len(subjects) == 1 and not _inside_any(m.start(), found):
                number, body = subjects[0]
                groups.append((m.start(), subjects))
                span = Span(place, m.start(), m.end(), m.group(0))
                found.append(ResolutionCitation(number, body, None, True, span))
        for m in _ANAPHOR.finditer(text):
            if _inside_any(m.start(), found):
                continue
            which = m.group("which")
            earlier = [c for c in found if c.span.start < m.start() and not c.anaphoric]
            before = [g for at, g in groups if at < m.start()]
            last = before[-1] if before else prior
            plural = bool(_PLURAL.search(which))
            if which in (_FIRST, _LAST):
                cited_before = [g for at, g in explicit if at < m.start()]
                pair = cited_before[-1] if cited_before else prior_cited
                targets = pair[:1] if which == _FIRST else pair[-1:]
            elif earlier and not plural:
                targets = [(earlier[-1].number, earlier[-1].body)]
            elif which == "上述" and self.just_before and not before:
                # ``上述决议`` right after a paragraph citing: the resolutions that paragraph cited
                # (all of them when it cited several)
                targets = list(self.just_before)
            elif which in ("上述", "上述各项", "上述几项"):  # all those of the latest run of citing paragraphs
                targets = list(dict.fromkeys([*self.run, *(c for at, g in groups if at < m.start() for c in g)]))
            else:
                targets = list(last) if plural else last[-1:]
            counted = _COUNTED.search(which)
            if counted and len(targets) < _HOW_MANY[counted.group(1)]:  # ``上述两项决议``: the last two cited
                so_far = [c for at, g in groups if at < m.start() for c in g]
                latest = list(dict.fromkeys(so_far or self.just_before or [*self.run, *prior]))
                if len(latest) >= _HOW_MANY[counted.group(1)]:
                    targets = latest[-_HOW_MANY[counted.group(1)]:]
            if m.group("named"):  # ``上述缔约方会议决议``: those of that body
                named = next(body for pattern, body in _BODIES if pattern.search(m.group("named")))
                candidates = targets if any(b is named for _, b in targets) else [*self.run, *prior]
                targets = [t for t in candidates if t[1] is named][-1:] if not plural else \
                    [t for t in candidates if t[1] is named]
            ordinal = re.search(r"第[一二三四五]项$", which)
            if ordinal and not m.group("pick"):  # ``在其中的第一项决议中``: one of those cited last
                targets = list(dict.fromkeys([c for at, g in groups if at < m.start() for c in g]
                                             or self.just_before or list(last)))
            pick = m.group("pick") or (ordinal.group(0) if ordinal else None)
            if pick and len(targets) > 1:
                index = _PICKS[pick]
                targets = [targets[index]] if index < len(targets) else []
            groups.append((m.start(), targets))
            for number, body in targets:
                for paragraph in _paragraphs(m.group("paragraphs")):
                    span = Span(place, m.start(), m.end(), m.group(0))
                    found.append(ResolutionCitation(number, body, paragraph, True, span))
        if groups:
            self.last_group = max(groups, key=lambda g: g[0])[1]
        if explicit:
            self.last_cited = explicit[-1][1]
        if found and place.kind is PlaceKind.PARAGRAPH:  # by number or by reference back
            self.by_paragraph[place.key] = list(dict.fromkeys((c.number, c.body) for c in found))
        if place.kind is PlaceKind.PARAGRAPH:
            self.just_before = list(dict.fromkeys((c.number, c.body) for c in found))
        self._advance_run(found)
        return _unique(found)

    def _advance_run(self, found: list[ResolutionCitation]) -> None:
        cited = list(dict.fromkeys((c.number, c.body) for c in found))
        if cited:
            earlier = self.run if self._run_open else []
            self.run = list(dict.fromkeys(earlier + cited))
        self._run_open = bool(cited)

    def _body(self, text: str, start: int) -> Body:
        """The body named last before the citation in its clause, if only words such as
        ``在``, ``随后``, ``在…举行的第五届会议上通过的`` stand between; else the document's own."""
        before = _QUOTED_TITLE.sub("“”", text[max(0, start - 4 * _BODY_WINDOW) : start])[-_BODY_WINDOW:]
        for cut in "。；;：":
            before = before.rsplit(cut, 1)[-1]
        for name in reversed(list(_BODY_NAMES.finditer(before))):
            if not _BETWEEN.fullmatch(before[name.end():]):
                continue
            for pattern, body in _BODIES:
                if pattern.search(before[: name.end()]):
                    return body
        if _ADOPTED_THERE.search(before):  # ``…缔约方会议第九届会议（…）的成果，特别是该届会议通过的第9/1号决议``
            # (the session named in this sentence, or else in the one before: ``…举行了第七届会议。
            # 若干发言者回顾说，该届会议通过的一项决议（第7/4号）``)
            earlier = before if _BODY_NAMES.search(before) else text[max(0, start - len(before) - 4 * _BODY_WINDOW) :
                                                                        start - len(before)]
            names = list(_BODY_NAMES.finditer(earlier))
            for pattern, body in _BODIES:
                if names and pattern.search(earlier[: names[-1].end()]):
                    return body
        if _THAT_SESSION.match(before):  # ``…缔约方会议第九届会议…。该届会议…通过了…第9/3号决议``
            earlier = text[max(0, start - len(before) - 4 * _BODY_WINDOW) : start - len(before)]
            names = list(_BODY_NAMES.finditer(earlier))
            for pattern, body in _BODIES:
                if names and pattern.search(earlier[: names[-1].end()]):
                    return body
        return self.default_body


def _numbers(cited: str) -> list[str]:
    """``第7/1、7/2和7/3号`` → 7/1, 7/2, 7/3; a range of one session ``第7/1号至第7/3号`` → the same."""
    out: list[str] = []
    end = 0
    for m in _EACH.finditer(cited):
        session, number = m.group(0).split("/")
        between = cited[end : m.start()]
        if out and re.search(r"至|到", between) and out[-1].split("/")[0] == session:
            first = int(out[-1].split("/")[1])
            out += [f"{session}/{n}" for n in range(first + 1, int(number) + 1)]
        else:
            out.append(m.group(0))
        end = m.end()
    return out


def _paragraphs(listed: str | None) -> list[int | None]:
    """``第12段和第13段`` → 12, 13; ``第12至14段`` → 12, 13, 14."""
    if not listed:
        return [None]
    out: list[int | None] = []
    for m in re.finditer(rf"(?P<sep>{_SEP})?第?(?P<n>\d{{1,3}})(?![a-z])", listed):
        n = int(m.group("n"))
        last = out[-1] if out else None
        if m.group("sep") in ("至", "到", "—", "–", "-") and isinstance(last, int) and n > last:
            out += range(last + 1, n + 1)
        elif n not in out:
            out.append(n)
    return out


def _same_subject(subject: str, title: str) -> bool:
    """Does ``subject`` (``涉及有组织犯罪集团的腐败``) say what ``title`` is about
    (``应对涉及有组织犯罪集团的腐败的措施``)?"""
    if subject in title or title in subject:
        return True
    longest = max((n for n in range(len(subject), 3, -1) for i in range(len(subject) - n + 1)
                   if subject[i : i + n] in title), default=0)
    return longest >= max(6, int(len(subject) * 0.7))


def _inside_any(position: int, found: list[ResolutionCitation]) -> bool:
    return any(c.span.start <= position < c.span.end for c in found)


def _unique(found: list[ResolutionCitation]) -> list[ResolutionCitation]:
    """One citation per (resolution, body, cited paragraph); an explicit one wins."""
    seen: dict[tuple[str, Body, int | None], ResolutionCitation] = {}
    for citation in sorted(found, key=lambda c: (c.anaphoric, c.span.start)):
        seen.setdefault((citation.number, citation.body, citation.cited_paragraph), citation)
    return sorted(seen.values(), key=lambda c: c.span.start)
