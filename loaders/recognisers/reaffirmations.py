"""Recognise the earlier meetings of the series whose recommendations a document reaffirms:
``第八次专家会议重申了第三、第四、第五、第六和第七次专家会议提出的建议（见 CAC/COSP/EG.1/2014/3、…和
CAC/COSP/EG.1/2018/4）`` — each earlier meeting with its report's symbol, paired in order (in brackets, after
the reaffirmation, in a footnote, next to each meeting, or by the reference table when only symbols are given);
not another body's reaffirmation, nor another body's meetings.
"""

from __future__ import annotations

import re

from ...ontology import reference
from ...text.numerals import CHINESE_NUMERAL_CHARS, to_int
from .. import doubts
from ..facts import Place, PlaceKind, Reaffirmation, Span
from ..segment import Segmented
from .symbols import find as find_symbols

_N = rf"(?:\d{{1,2}}|[{CHINESE_NUMERAL_CHARS}]{{1,3}})"
#: A list of the series' meetings by ordinal: ``第三、第四和第五次``, ``第一次和第二次``,
#: ``第三次至第八次、第十次和第十一次``, ``第三次至第七次以及第十次``, ``第3次至第7次``.
_SEP = r"(?:、|，|和|及|以及|与|至|到|—|–|-)"
#: (each meeting may carry its year: ``第三次（2014 年）、第四次（2015 年）和第五次（2016 年）``)
_YEAR = r"(?:\s?[（(]\d{4}\s?年?[）)])?"
_LIST = rf"(?:第{_N}次?|首次){_YEAR}(?:{_SEP}第?{_N}次?{_YEAR})*"
#: (the reports' symbols may stand between: ``…会议分别在 …/2014/3 号、…和 …号文件中所载的建议``)
#: (or their dates in brackets after them: ``第一次至第三次会议（分别于2012年、2013年和2014年举行）提出的建议``)
_OF_MEETINGS = (r"(?:各次|历次)?(?:[^（。]{0,30}?)会议(?:[（(](?![^（）()]*CAC/)[^（）()]{1,40}[）)])?"
                r"[^（。]{0,100}?(?:的|所提|所提出的)(?:各项|所有)?建议")
_VERB = r"(?:重申|再次确认|重新确认|确认|再次认可|再次核可|再次强调|再次申明)"
_REAFFIRM = re.compile(rf"(?:{_VERB}|回顾(?=[^。]*并{_VERB}))了?[^。（]{{0,20}}?(?P<list>{_LIST}){_OF_MEETINGS}")
#: (``回顾第六、第七和第八次会议提出的建议（…），并重申这些建议…``: recalled, then reaffirmed)
#: Reaffirmed in the passive, after the meetings and their reports: ``第三次…专家会议所提建议（…）…得到重申``.
_REAFFIRMED_AFTER = re.compile(
    rf"(?P<list>{_LIST})(?:专家)?会议(?:所提出?的?|提出的|的)(?:各项|所有)?建议"
    # (``…（symbols）得到了第十次专家会议的重申``, ``…建议均获第十三次专家会议重申（分别见…）``)
    r"(?=(?:[（(][^（）()]+[）)])?[^。（(]{0,16}?(?:得到|获得|予以|再次得到|均获|已获|获)了?[^。，；（(]{0,16}?"
    r"(?:重申|确认))")
#: Each meeting with its own bracket: ``重申其在第三次会议（…/2014/3）、第四次会议（…/2015/3）…上提出的建议``.
_EACH_BRACKETED = re.compile(
    rf"{_VERB}了?[^。（]{{0,20}}?(?P<items>(?:{_LIST}(?:专家)?会议[（(][^（）()]{{4,400}}[）)](?:、|和|及|以及)?){{2,}})"
    r"[^。（]{0,16}?建议")
#: (a group of meetings with the bracket of their reports: ``即第三次至第八次会议（…）以及第十次和第十一次会议（…）``)
_ITEM = re.compile(rf"(?P<list>{_LIST})(?:专家)?会议[（(](?P<bracket>[^（）()]+)[）)]")
_VERB_ONLY = re.compile(_VERB)
#: A meeting next to its report's symbol.
_PAIRED = re.compile(
    rf"第(?P<n>{_N})次(?:专家)?(?:会议)?\s?[（(：:｜]?\s?(?:见\s?)?(?P<symbol>CAC/COSP/EG\.1/\d{{4}}/\d{{1,2}})")
#: A report's symbol with its meeting after it: ``CAC/COSP/EG.1/2014/3（第三次）``.
_SYMBOL_THEN_ORDINAL = re.compile(
    rf"(?P<symbol>CAC/COSP/EG\.1/\d{{4}}/\d{{1,2}})\s?[（(]第(?P<n>{_N})次(?:专家)?(?:会议)?[）)]")
#: The reports' symbols before their meetings: ``…2014/3、…和…2018/4号文件分别载有第三次至第七次专家会议的建议``,
#: ``重申了载于…2021/4和…2022/4号文件的第十次和第十一次专家会议的建议``.
_SYMBOLS_THEN_MEETINGS = re.compile(
    rf"(?P<symbols>(?:CAC/COSP/EG\.1/\d{{4}}/\d{{1,2}}\s?(?:、|和|及|以及)?\s?){{1,}})(?:号)?(?:文件|报告)?"
    rf"(?:(?:分别|依次)?(?:载有|载列了?|收录了?|记载了?)|中?(?:所载|所列)?的)(?P<list>{_LIST})(?:专家)?会议")
#: The symbol of a report of the series.
_REPORT = re.compile(r"CAC/COSP/EG\.1/\d{4}/\d{1,2}$")
#: Symbols given after the reaffirmation, not in brackets: ``这些建议载于 …、…和…号文件``.
_GIVEN_AFTER = re.compile(
    r"[^。]{0,20}?(?:。[^。]{0,20}?)?(?:载于|见|参见|文号(?:依次|分别)?为|依次为|分别为|[，,]即)(?P<symbols>[^。]+)")
#: A further group reaffirmed in the same sentence: ``…（…）以及第十次至第十三次专家会议的建议（…）``.
_AND_GROUP = re.compile(rf"[，,]?(?:以及|和|及|、|还有)(?:此前|之前|先前|其前)?的?(?P<list>{_LIST}){_OF_MEETINGS}")
_ORDINAL = re.compile(rf"(?P<sep>{_SEP})?(?:第?(?P<n>{_N})次?|(?P<first>首)次)")
#: The meetings' ordinals in brackets after their description: ``重申了以往各次会议（第三次至第七次）提出的建议``.
_LIST_IN_BRACKET = re.compile(rf"{_VERB}了?[^。（]{{0,30}}?会议[（(](?P<list>{_LIST})[）)][^。（]{{0,16}}?建议")
#: The same without the meetings' ordinals: ``重申了以往各次专家会议提出的建议（见 …）``.
_REAFFIRM_UNNAMED = re.compile(
    r"(?:重申|再次确认|重新确认|再次认可|再次核可)了?[^。（第]{0,30}?会议[^（。第]{0,16}?的(?:各项|所有)?建议"
)


def reaffirmations(doc: Segmented, *, ordinal: int | None = None) -> list[Reaffirmation]:
    """The earlier meetings whose recommendations ``doc`` reaffirms, with their reports' symbols;
    ``ordinal`` (the document's meeting's) counts back ``前三次会议``."""
    found: list[Reaffirmation] = []
    notes = [note.text for note in doc.footnotes]
    for paragraph in doc.paragraphs:
        place = Place(PlaceKind.PARAGRAPH, str(paragraph.number))
        text = paragraph.text
        for m in [*_REAFFIRM.finditer(text), *_REAFFIRMED_AFTER.finditer(text)]:
            if not _THIS_MEETING_S(text, m):
                continue
            group: re.Match[str] | None = m
            while group is not None:
                end = _group(text, group, place, found, notes)
                group = _AND_GROUP.match(text, end)
        # ``回顾第十次和第十一次会议的报告（…），并重申了上述两次会议提出的建议``
        for back in _REAFFIRM_BACK.finditer(text):
            sentence = max(text.rfind(c, 0, back.start()) for c in "。；") + 1
            named = [g for g in re.finditer(rf"(?P<list>{_LIST})(?:专家)?会议", text[sentence : back.start()])]
            if named and not any(r.span.place == place for r in found):
                ordinals = _ordinals(named[-1].group("list"))
                symbols = [s.symbol for s in find_symbols(text[sentence + named[-1].end() : back.start()], place)]
                begin = sentence + named[-1].start()
                span = Span(place, begin, back.end(), text[begin : back.end()])
                found += [Reaffirmation(o, s, span) for o, s in zip(ordinals, _pair(ordinals, symbols), strict=True)]
        here = len(found)
        for m in _EACH_BRACKETED.finditer(text):
            span = Span(place, m.start(), m.end(), m.group(0))
            items = [(_ordinals(item.group("list")), [x.symbol for x in find_symbols(item.group("bracket"), place)])
                     for item in _ITEM.finditer(m.group("items"))]
            if not any(symbols for _, symbols in items) and (after := _bracket(text, m.end())):
                # ``在第十次会议（2021年）和第十一次会议（2022年）上提出的建议（分别见…）``: the reports after them
                every = [o for ordinals, _ in items for o in ordinals]
                items = [(every, [x.symbol for x in find_symbols(after[0], place)])]
            for ordinals, symbols in items:
                found += [Reaffirmation(o, s, span) for o, s in zip(ordinals, _pair(ordinals, symbols), strict=True)]
        if _VERB_ONLY.search(text) and "建议" in text and not any(r.symbol for r in found[here:]):
            # each meeting next to its report: ``第三次(CAC/COSP/EG.1/2014/3)、第四次(…)…专家会议的建议``,
            # ``相关报告列示如下：第三次会议CAC/COSP/EG.1/2014/3第四次会议…``
            pairs = list(_PAIRED.finditer(text))
            if len(pairs) >= 1:
                del found[here:]
                found += [Reaffirmation(to_int(p.group("n")), p.group("symbol"),
                                        Span(place, p.start(), p.end(), p.group(0))) for p in pairs]
        for m in _LIST_IN_BRACKET.finditer(text):  # ``重申了以往各次会议（第三次至第七次）提出的建议，即…号文件所载的``
            if any(r.span.place == place for r in found):
                break
            ordinals = _ordinals(m.group("list"))
            given = _GIVEN_AFTER.match(text, m.end())
            symbols = [s.symbol for s in find_symbols(given.group("symbols"), place)] if given else []
            end = given.end() if given else m.end()
            span = Span(place, m.start(), end, text[m.start() : end])
            found += [Reaffirmation(o, s, span) for o, s in zip(ordinals, _pair(ordinals, symbols), strict=True)]
        for m in _REAFFIRM_UNNAMED.finditer(text):
            if any(r.span.place == place for r in found):
                break
            found += _by_symbols(text, m, place, ordinal)
        if _VERB_ONLY.search(text) and len(found) == here:
            for m in _SYMBOLS_THEN_MEETINGS.finditer(text):  # ``…和…2018/4号文件分别载有第三次至第七次专家会议的建议``
                symbols = [s.symbol for s in find_symbols(m.group("symbols"), place)]
                ordinals = _ordinals(m.group("list"))
                span = Span(place, m.start(), m.end(), m.group(0))
                if len(symbols) == len(ordinals):
                    found += [Reaffirmation(o, s, span) for o, s in zip(ordinals, symbols, strict=True)]
    return found


_A_GROUP = re.compile(rf"{_LIST}(?:专家)?会议(?:提出|所提出?|商定)?的(?:各项|所有)?建议")
#: Recommendations of meetings named before, reaffirmed: ``并重申了上述两次会议提出的建议``.
_REAFFIRM_BACK = re.compile(rf"{_VERB}了?(?:上述|这|该|前述|以上)(?:两|三|四|几|各)?次?(?:专家)?会议"
                            r"(?:提出|所提出?|商定)?的"
                            r"(?:各项|所有)?建议")
#: Who reaffirms, when it is not this meeting: ``后者又重申了…``, ``缔约国会议在第9/1号决议中重申了…``; whose
#: meetings, when another body's: ``…重申了资产追回问题工作组第十七次会议…的建议``.
_OTHER_SUBJECT = re.compile(r"(?:后者|前者|该次会议|那次会议|缔约国会议|缔约方会议|决议中?)[^，。；]{0,8}$")
_OTHER_BODY = re.compile(r"工作组|审议组|缔约方会议|缔约国会议|网络|委员会")


def _THIS_MEETING_S(text: str, m: re.Match[str]) -> bool:
    """Whether the reaffirmation ``m`` is this meeting's, of this series' meetings."""
    clause = max(text.rfind(c, 0, m.start()) for c in "。；，,") + 1
    if _OTHER_SUBJECT.search(text, clause, m.start() + 2):  # (the verb's subject, before it)
        return False
    return not _OTHER_BODY.search(text, m.start(), m.start("list"))


def _group(text: str, m: re.Match[str], place: Place, found: list[Reaffirmation], notes: list[str]) -> int:
    """The meetings of one group reaffirmed, each with its report's symbol from the bracket after
    it, the sentence after it (``这些建议载于…``) or a footnote listing as many reports; where the
    group ends."""
    ordinals = _ordinals(m.group("list"))
    # ``第三次至第八次专家会议以及第十次和第十一次专家会议``: the meetings of every group before the bracket
    for more in re.finditer(_LIST, text[m.end("list") : m.end()]):
        ordinals += [n for n in _ordinals(more.group(0)) if n not in ordinals]
    bracket = _bracket(text, m.end())
    if bracket is None and (after := _GIVEN_AFTER.match(text, m.end())) and not _A_GROUP.search(
            text, m.end(), after.start("symbols")):  # (not another group's: ``…的建议以及第二次…的建议（见…）``)
        bracket = (after.group("symbols"), after.end())
    symbols = [s.symbol for s in find_symbols(bracket[0], place)] if bracket else []
    if not symbols and (inside := [s.symbol for s in find_symbols(m.group(0), place)]):
        symbols, bracket = inside, None  # ``…第一次会议提出并载于该次会议报告(CAC/COSP/EG.1/2012/3)中的各项建议``
    if not symbols:  # ``…提出的建议。¹`` with ``¹ 见 CAC/COSP/EG.1/2014/3、…``
        listed = [[s.symbol for s in find_symbols(note, place)] for note in notes]
        symbols = next((s for s in listed if len(s) == len(ordinals) and all(_REPORT.match(x) for x in s)), [])
    end = bracket[1] if bracket else m.end()
    paired = _pair(ordinals, symbols)
    if symbols and any(s is None for s in paired):
        doubts.note(place, "reaffirmations", f"{len(ordinals)} earlier meetings reaffirmed but "
                    f"{len(symbols)} report symbols given: which report is whose is not read")
    span = Span(place, m.start(), end, text[m.start() : end])
    found += [Reaffirmation(o, s, span) for o, s in zip(ordinals, paired, strict=True)]
    return end


def _by_symbols(text: str, m: re.Match[str], place: Place, ordinal: int | None) -> list[Reaffirmation]:
    """Earlier meetings named only by their reports' symbols: the meetings counted back from this
    one (``其前三次会议``, in order, when as many symbols are given), else each whose report the
    reference table knows; the others reported."""
    bracket = _bracket(text, m.end())
    if bracket is None and (after := _GIVEN_AFTER.match(text, m.end())):  # ``…的建议。…的报告分别为：…``
        bracket = (after.group("symbols"), after.end())
    symbols = [s.symbol for s in find_symbols(bracket[0], place)] if bracket else []
    if not bracket or not symbols:
        return []
    # each symbol with its meeting's ordinal after it, ``CAC/COSP/EG.1/2014/3（第三次）``, else the reference table's
    ordinal_of = {p.group("symbol"): to_int(p.group("n")) for p in _SYMBOL_THEN_ORDINAL.finditer(bracket[0])} or {
        m.report_symbol: m.ordinal for m in reference.expert_meetings() if m.report_symbol}
    span = Span(place, m.start(), bracket[1], text[m.start() : bracket[1]])
    back = _COUNTED_BACK.search(m.group(0))
    if back and ordinal and (1 if back.group("one") else to_int(back.group("n"))) == len(symbols) < ordinal:
        return [Reaffirmation(ordinal - len(symbols) + i, s, span) for i, s in enumerate(symbols)]
    unknown = [s for s in symbols if s not in ordinal_of]
    if unknown:
        doubts.note(place, "reaffirmations", f"earlier meetings reaffirmed by their reports' symbols only; "
                    f"whose reports {', '.join(unknown)} are is not known")
    return [Reaffirmation(ordinal_of[s], s, span) for s in symbols if s in ordinal_of]


#: The meetings before this one, counted: ``其前三次会议``, ``以往两次会议``, ``此前的四次专家会议``.
_COUNTED_BACK = re.compile(rf"(?:前|以往|此前|之前|过去|先前)的?(?P<n>{_N})次|(?P<one>上一|上|前一|最近一)次")


def _ordinals(listed: str) -> list[int]:
    """``第三次至第八次、第十次和第十一次`` → 3, 4, 5, 6, 7, 8, 10, 11."""
    out: list[int] = []
    for m in _ORDINAL.finditer(re.sub(r"\s?[（(]\d{4}\s?年?[）)]", "", listed)):
        n = 1 if m.group("first") else to_int(m.group("n"))
        if m.group("sep") in ("至", "到", "—", "–", "-") and out and n > out[-1]:
            out += range(out[-1] + 1, n + 1)
        elif n not in out:
            out.append(n)
    return out


def _bracket(text: str, position: int) -> tuple[str, int] | None:
    """The bracketed words right after ``position`` (nested brackets kept), and where they end."""
    m = re.compile(r"\s?[（(]").match(text, position)
    if not m:
        return None
    depth, at = 0, m.end() - 1
    for at in range(m.end() - 1, len(text)):
        if text[at] in "（(":
            depth += 1
        elif text[at] in "）)":
            depth -= 1
            if depth == 0:
                return text[m.end() : at], at + 1
    return text[m.end() :], len(text)


def _pair(ordinals: list[int], symbols: list[str]) -> list[str | None]:
    """Each meeting's report symbol: in order when there is one symbol per meeting, else by the
    reference table of the series' reports (a symbol listed for another meeting is not guessed)."""
    if len(symbols) == len(ordinals):
        return list(symbols)
    known = {m.ordinal: m.report_symbol for m in reference.expert_meetings() if m.report_symbol}
    return [known[o] if known.get(o) in symbols else None for o in ordinals]
