"""Recognise who chaired a meeting and who presided over its sessions.

A report names its officers in clauses of a few shapes, each a person (in the script the UN
uses for speakers, :data:`.names.PERSON`, or in Chinese characters, :func:`.names.han_persons`),
usually with a State in brackets, and a predicate:

* elected chair: ``会议选举 X（波兰）担任主席``, ``选举 X（挪威）为主席``, ``X（挪威）当选为
  主席``, ``主席由 X（挪威）担任``, ``主席：X（挪威）`` — role *chair*, no office;
* presiding: ``第一场会议由缔约国会议副主席 X（孟加拉国）主持``, ``X（瑞典）主持了第三场
  会议``, ``由 X（巴西）和 Y（中国）共同主持`` — role *presiding*, with the office written
  before the name;
* elected vice-chair: ``Y（越南）为副主席`` — a fact only when a later clause has the
  vice-chair preside without naming them (``该场会议由副主席主持``): then *presiding*,
  office ``副主席``.

Several clauses in one sentence (``第一场至第三场会议由…主持，第四场至第六场会议由…主持``)
give one fact each.  A person named with a State in a clause that speaks of chairing but
fits none of these shapes is reported as partly understood, not guessed.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from .. import doubts
from ..facts import Chair, ChairRole, Place, PlaceKind, Span
from ..names import HONORIFIC, PERSON, han_persons, is_person, state
from ..normalise import TABLE_CELL
from ..segment import Segmented

_STATE = re.compile(r"^\s?[（(](?P<state>[^（）()]{1,30})[）)]")
_JOIN = re.compile(r"^(?:、|和|及|以及|与)$")
#: The first or last of the persons named before, presiding: ``由前者主持``, ``由后者代为主持``.
_BY_PICKED = re.compile(r"由(?P<which>前者|后者)(?:代为|共同|继续)?主持")
#: An office right before a person: ``缔约国会议第九届会议主席 X``.
_OFFICE_JUST_BEFORE = re.compile(r"(?P<office>[^，。；、和与及]{2,40}?(?:副主席|主席|报告员))\s?$")
#: The body a chair is of, when it is another's: ``…担任主席的资产追回问题工作组第十六次会议``.
_OTHER_BODY_S = re.compile(r"的(?!本次|本届|专家会议|会议)[^，。；]{0,30}?(?:工作组|审议组|网络|委员会|会议)")
#: A bracket after a person holding an office, not a State: ``（缔约国会议第十届会议副主席）``.
_OFFICE_ONLY = re.compile(r"[^，,、]{0,30}?(?:副主席|主席|报告员)")
#: A join, then the office of the person after it: ``和副主席``, ``以及缔约国会议第十届会议副主席``.
_JOIN_OFFICE = re.compile(r"^(?:、|和|及|以及|与)(?P<office>[^，。；（）()由]{0,24}(?:主席|报告员|代表|大使))$")
_TOPIC = re.compile(r"主席|主持")
#: Words of electing or presiding: a person named in such a clause is an officer of some kind.
_CHAIRING = re.compile(r"主持|担任|当选|选举|选为")
#: Predicates after the (last) person of a group.
_AFTER_CHAIR = re.compile(
    r"^(?:于\d{4}年\d{1,2}月\d{1,2}日|于[^，。；]{1,12}?(?:上|时|期间))?"  # (``于2022年9月5日当选为…``)
    r"(?:分别|一致|均)?(?:以[^，。；]{1,8}方式|经[^，。；]{1,8}?)?(?:被|获)?(?:共同|联合)?"
    r"(?:推选|推举|选举|选|当选|出任|担任|任|为)(?:为|担任)?"
    r"(?:第[一二三四五六七八九十\d]{1,3}次(?:专家)?会议|会议|本次会议|本届会议|专家会议)?的?(?:共同)?(?P<vice>副)?主席")
_AFTER_PRESIDING = re.compile(
    r"^(?:(?:作为|以)(?P<office>[^，。；]{1,30}?)(?:的?身份)?|(?:两位|两名|二位|几位)(?P<offices>[^，。；]{1,30}?)"
    r"|[^，。；主]{1,8}?[，,]?并)?(?:共同|轮流|分别|代为|临时|暂时|先后|相继|依次|交替)?主持"
    r"|^代行(?:会议)?主席职务|^代理(?:会议)?主席"
    r"|^(?:分别|轮流|先后)?(?:担任|出任|作为)(?:(?!讨论|小组)[^，。；]){0,20}?主持人"  # not a panel's moderator
    r"|^代表[^，。；]{1,30}?主持"  # ``X代表缔约国会议第十届会议主席主持了会议``
    r"|^的主持下")  # ``会议在…主席 X（阿联酋）的主持下进行``
#: A State named before its person: ``波兰的 X``, ``波兰代表 X``, ``副主席（波兰）X``.
_STATE_BEFORE = re.compile(
    r"(?:[（(](?P<bracket>[^（）()]{1,30})[）)]|(?P<words>[\u4e00-\u9fff]{2,30})(?:的|代表))\s?$")
#: How many officers an office names (``…的两位副主席``): not part of the office.
_HOW_MANY = re.compile(r"的?(?:两|三|四|几|各)?(?:位|名)(?=副?主席$)")
#: Predicates before the (first) person of a group.
#: (an office may stand between: ``会议的主席是…副主席 X``)
_BEFORE_ELECTED = re.compile(r"(?P<vice>副)?主席(?:一职|职位|职务)?的?(?:由|为|是)"
                             r"(?:[^，。；由为是]{2,30}?(?:主席|代表|大使)、?)?\s?$"
                             r"|(?P<label>副)?主席[：:]$"
                             r"|(?:^|[：:；;])(?P<listed>副)?主席$")
_PANEL = re.compile(r"小组讨论|专题讨论|讨论小组|专题小组")
#: Another office of the bureau: not a chair, nothing left unread.
_OTHER_OFFICE = re.compile(r"^(?:为|担任|任|当选为?)(?:会议)?(?:报告员|秘书)")
_CHAIR_BY = re.compile(r"(?<!副)主席(?:一职|职位|职务)?由[^由，。；]{0,30}$")
_BEFORE_BY = re.compile(r"由(?P<office>[^由]*)$")
#: An office written before an elected chair: ``由缔约国会议第八届会议主席 X``, ``选举…副主席 X``.
_OFFICE_BEFORE_CHAIR = re.compile(
    r"(?:由|选举|推选|推举|选出)了?(?P<office>[^由，。；]{2,40}?(?:主席|报告员|大使))\s?$")
_BEFORE_PRESIDER = re.compile(
    r"(?:(?:主持人|主持(?:本次|本届|这次|此次|各场|本)?会议的)(?:为|是)|主持(?:工作|职责|职务)由)(?P<office>[^为是由]*)$")
_AND_PRESIDED = re.compile(r"并(?:且)?(?:共同|轮流|分别|代为|临时|暂时|随后)?主持")
#: Who opened the meeting (``由 X 宣布开幕``), and a later clause saying that person presided.
_OPENED = re.compile(r"(?:宣布|主持)?(?:会议)?开幕")
_BY_HIM = re.compile(r"^(?:由)?(?:他|她)(?:本人)?[^，。；]{0,12}?(?:继续|暂时|临时)?主持"
                     r"|由(?:他|她)(?:本人)?(?:继续|暂时|临时)?主持")
#: The vice-chair presides without being named again.
_VICE_PRESIDES = re.compile(r"由(?:该|这位|一位|一名)?副主席(?:代为|代理)?主持")
#: Words before an office that name the sessions presided over, not the office.
_SESSIONS = re.compile(r"^(?:第[^，。；由]{1,12}?场|本次|各场|每场|所有)?(?:会议)?(?:分别)?")
#: An aside between dashes after a person: ``——亦为缔约国会议第六届会议副主席——``.
_ASIDE = re.compile(r"^(?:——|—|－－)[^—－]{1,40}(?:——|—|－－)")
#: A list of who presided over which sessions follows: ``各场会议的主持人如下：``.
_PRESIDERS_LISTED = re.compile(r"主持(?:人|者|情况)?(?:如下|分别为|分别是|依次为)[：:]")
#: A person named in Chinese characters after their State, then presiding or elected:
#: ``由中国的刘振华代为主持``.
_STATE_THEN_HAN = re.compile(
    r"(?P<words>[\u4e00-\u9fff]{2,12})的(?P<name>[\u4e00-\u9fff]{2,4}?)"
    r"(?=(?:先生|女士)?(?:——|—)?(?:代为|临时|暂时|共同|轮流)?主持"
    r"|(?:先生|女士)?(?:当选|担任))")
#: A representative's office after their State: ``常驻代表``, ``常驻联合国代表``, ``代表团团长``.
_REPRESENTATIVE = re.compile(r"(?:常驻(?:联合国)?(?:维也纳)?(?:办事处)?)?(?:代表团)?(?:团长|副团长)?代表|代表团团长")
_NOT_A_NAME = re.compile(
    r"会议|届|场|代表|组织|秘书处|办公室|委员会|政府|主席|一名|一位|官员|嘉宾|身份|专家|人员|成员|主讲")
_NOT_OFFICE = re.compile(r"第.{1,3}场会议|会议|.*会议期间.*")


@dataclass
class _Mention:
    name: str
    state: str | None
    start: int
    end: int  # after the State's bracket
    office: str | None = None  # its own, written after the join: ``主席 X（巴西）和副主席 Y（瑞典）``


def find(doc: Segmented) -> list[Chair]:
    found: list[Chair] = []
    vices: list[tuple[_Mention, Span]] = []
    vice_presides = False
    states: dict[str, str] = {}  # the State each person was named with
    for paragraph in doc.paragraphs:
        text = paragraph.text
        if not _TOPIC.search(text):
            continue
        place = Place(PlaceKind.PARAGRAPH, str(paragraph.number))
        vice_presides = vice_presides or bool(_VICE_PRESIDES.search(text))
        opener: Chair | None = None  # who opened the meeting, for ``…由他主持`` after it
        spoken: list[tuple[_Mention, str | None]] = []  # the persons named so far, with their offices
        for start, clause in _clauses(text):
            if opener and _BY_HIM.search(clause):
                found.append(opener)  # ``会议由 X（摩洛哥）宣布开幕。…第1次会议的开头部分由他主持``
                opener = None
            sentence_before = text[text.rfind("。", 0, start) + 1 : start]
            mentions = _mentions(clause)
            for picked in _BY_PICKED.finditer(clause):  # ``A（…）和B（…）作了发言。第一场会议由前者主持``
                if len(spoken) >= 2:
                    mention, office = spoken[-2] if picked.group("which") == "前者" else spoken[-1]
                    found.append(Chair(mention.name, mention.state, ChairRole.PRESIDING, office,
                                       Span(place, start + picked.start(), start + picked.end(), picked.group(0))))
            spoken += [(m, _office(o.group("office")) if (o := _OFFICE_JUST_BEFORE.search(clause[: m.start])) else None)
                       for m in mentions if m.state]
            states.update({m.name: m.state for m in mentions if m.state})
            for group in _groups(clause, mentions):
                before, after = clause[: group[0].start], clause[group[-1].end:]
                listed = bool(_PRESIDERS_LISTED.search(sentence_before + before)) and (
                    "：" in before or TABLE_CELL in before)  # (an entry of the list, or a row of a table)
                role, office, vice = _predicate(before, after, listed=listed)
                opened = role is None and len(group) == 1 and _OPENED.match(after.lstrip())
                if opened and (by := _BEFORE_BY.search(before)):
                    mention = group[0]
                    opener = Chair(mention.name, mention.state, ChairRole.PRESIDING, _office(by.group("office")),
                                   Span(place, start + mention.start, start + mention.end,
                                        text[start + mention.start : start + mention.end]))
                    continue
                for mention in group:
                    span = Span(place, start + mention.start, start + mention.end,
                                text[start + mention.start : start + mention.end])
                    if vice:
                        vices.append((mention, span))
                    elif role is ChairRole.PRESIDING and _PANEL.search(text, max(0, text.rfind("。", 0, start) + 1),
                                                                     start + mention.start):
                        continue  # ``举行了一场小组讨论，由加纳的 X 主持``: a panel's moderator
                    elif role is not None:
                        # (an office said only in a later clause, ``…主持，他也是…副主席``, is not the one
                        # written before the name: the gold leaves it out)
                        own = mention.office if mention.office and role is ChairRole.PRESIDING else office
                        found.append(Chair(mention.name, mention.state, role, own, span))
                    elif _CHAIRING.search(clause) and mention.state and not _OTHER_OFFICE.match(after.lstrip()):
                        doubts.note(place, "chairs", f"{mention.name}（{mention.state}）is named where a chair is "
                                    "spoken of, but the sentence does not say the role")
    if vices and vice_presides:
        for mention, span in vices:
            found.append(Chair(mention.name, mention.state, ChairRole.PRESIDING, "副主席", span))
    return _unique([_with_state(chair, states) for chair in _that_session(found)])


_SESSION_OFFICE = re.compile(r"^(?P<session>[^，。；]{0,20}?(?:缔约国会议|缔约方会议)第[^，。；]{1,4}届会议)")
_THAT_SESSION = re.compile(r"^(?:该|同|同一)届(?:会议)?的?")


def _that_session(found: list[Chair]) -> list[Chair]:
    """An office of the session named before (``…由该届会议另一位副主席 X 主持``) is that session's:
    ``缔约国会议第十届会议副主席``."""
    out: list[Chair] = []
    session: str | None = None
    for chair in found:
        if chair.office and (m := _SESSION_OFFICE.match(chair.office)):
            session = m.group("session")
        elif chair.office and session and (that := _THAT_SESSION.match(chair.office)):
            chair = dataclasses.replace(chair, office=session + chair.office[that.end():])
        out.append(chair)
    return out


def _with_state(chair: Chair, states: dict[str, str]) -> Chair:
    """A person named again without a State (``由副主席 X 代为主持``) has the State they were
    named with before."""
    if chair.state:
        return chair
    if chair.name not in states:  # ``副主席兼报告员 Dela Paz-Santiago 女士``: named before in full
        full = [name for name in states if name.endswith(" " + chair.name)]
        if len(full) != 1:
            return chair
        return Chair(full[0], states[full[0]], chair.role, chair.office, chair.span)
    return Chair(chair.name, states[chair.name], chair.role, chair.office, chair.span)


def _clauses(text: str) -> list[tuple[int, str]]:
    """Clauses split at ，。；, a label clause (``副主席：``) kept with what follows."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in re.finditer(r"[，。；]", text):
        if text.count("（", start, m.start()) > text.count("）", start, m.start()):
            continue  # inside a bracket: ``（土耳其，缔约国会议第十一届会议副主席）``
        if _AND_PRESIDED.match(text, m.end()):
            continue  # ``X致开幕词，并主持了…``: one predicate
        out.append((start, text[start : m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return [(s, c) for s, c in out if c]


def _mentions(clause: str) -> list[_Mention]:
    out = []
    latin = [(m.start(), m.start() + len(name), name) for m in PERSON.finditer(clause)
             if is_person(name := m.group(0).rstrip("."))]
    han = han_persons(clause)
    for m in _STATE_THEN_HAN.finditer(clause):  # ``中国的刘振华代为主持``
        if not any(a <= m.start("name") < b for a, b, _ in han) and not _NOT_A_NAME.search(m.group("name")):
            han.append((m.start("name"), m.end("name"), m.group("name")))
    for start, end, name in sorted(latin + han):
        honorific = HONORIFIC.match(clause, end)
        rest_at = honorific.end() if honorific else end
        state = _STATE.match(clause[rest_at:])
        if state and _OFFICE_ONLY.fullmatch(state.group("state").strip()):
            # ``斯洛伐克的 X（缔约国会议第十届会议副主席）主持``: the office in the bracket, the State before
            named, at = _state_before(clause[:start])
            out.append(_Mention(name, named, at if named else start, rest_at + state.end(),
                                office=state.group("state").strip()))
        elif state:  # ``（土耳其，缔约国会议第十一届会议副主席）``: the State, then the office
            named = re.split(r"[，,]", state.group("state"), maxsplit=1)[0].strip()
            out.append(_Mention(name, named, start, rest_at + state.end()))
        elif _AFTER_PRESIDING.match(rest := _ASIDE.sub("", clause[rest_at:].lstrip()).lstrip("—－ ")) \
                or _AFTER_CHAIR.match(rest) or (rest.startswith("担任") and _CHAIR_BY.search(clause[:start])):
            named, at = _state_before(clause[:start].rstrip("—－"))
            out.append(_Mention(name, named, at, rest_at))
        else:  # ``会议主席为（来自）厄瓜多尔的 X``: the role before the State and the person
            named, at = _state_before(clause[:start])
            at -= 2 if clause[:at].endswith("来自") else 0
            if named and (_BEFORE_ELECTED.search(clause[:at].rstrip()) or _BEFORE_PRESIDER.search(clause[:at])):
                out.append(_Mention(name, named, at, rest_at))
            elif named and re.match(r"\s?(?:和|、|及|以及|与)", clause[rest_at:]):
                out.append(_Mention(name, named, at, rest_at))  # ``——波兰的 X 和日本的 Y——主持``: one of a group
    return out


def _state_before(words: str) -> tuple[str | None, int]:
    """The State named right before a person (``波兰的``, ``（波兰）``), and where it begins."""
    m = _STATE_BEFORE.search(words)
    if m and m.group("bracket"):
        return m.group("bracket").strip(), m.start()
    if m:
        run = m.group("words")
        for i in range(len(run) - 1):
            if state(run[i:]):
                return run[i:], m.start("words") + i
    if m:  # ``选举法国常驻代表 X``: a State followed by the words of a representative's office
        run = m.group("words")
        for i in range(len(run) - 1):
            for end in range(min(len(run), i + 12), i + 1, -1):
                if state(run[i:end]) and _REPRESENTATIVE.fullmatch(run[end:] + "代表"):
                    return run[i:end], m.start("words") + i
    part = re.split(r"[、，,]", words)[-1]  # ``…副主席、巴西常驻联合国（维也纳）代表 X``: the State it begins with
    if re.search(r"代表\s?$", part):
        at = len(words) - len(part)
        for end in range(min(len(part), 12), 1, -1):
            if state(part[:end]):
                return part[:end], at
    return None, len(words)


def _groups(clause: str, mentions: list[_Mention]) -> list[list[_Mention]]:
    """Mentions joined by 、和及以及与 form a group sharing one predicate."""
    groups: list[list[_Mention]] = []
    for mention in mentions:
        gap = clause[groups[-1][-1].end : mention.start].strip() if groups else ""
        if groups and _JOIN.match(gap):
            groups[-1].append(mention)
        elif groups and (own := _JOIN_OFFICE.match(gap)):
            groups[-1].append(dataclasses.replace(mention, office=own.group("office").strip()))
        else:
            groups.append([mention])
    return groups


def _predicate(before: str, after: str, *, listed: bool = False) -> tuple[ChairRole | None, str | None, bool]:
    """(role, office, is a vice-chair) from the words around a group of persons; ``listed``: the
    clause is an entry of a list of who presided (``各场会议的主持人如下：第1至第6场会议：X``)."""
    after = _ASIDE.sub("", after.lstrip()).lstrip("—－ ")  # ``X（赞比亚）——亦为…副主席——主持了…``
    if re.match(r"(?:代为)?履行", after) and re.search(r"主席(?:的)?职务由$", before.rstrip()):
        return ChairRole.PRESIDING, None, False  # ``…会议期间，主席职务由 X（哥斯达黎加）履行``: a stand-in
    before = before.rstrip().rstrip("—－")  # ``由另一位副主席——坦桑尼亚联合共和国的 X——代为主持``
    chair = _AFTER_CHAIR.match(after)
    if chair and _OTHER_BODY_S.match(after, chair.end()):
        return None, None, False  # ``由 X（挪威）担任主席的资产追回问题工作组第十六次会议``: another body's chair
    if chair:  # (the office written before the person: ``选举缔约国会议第八届会议副主席 X 担任主席``)
        held = _OFFICE_BEFORE_CHAIR.search(before)
        return ChairRole.CHAIR, _office(held.group("office")) if held else None, bool(chair.group("vice"))
    elected = _BEFORE_ELECTED.search(before.rstrip())
    if elected:
        return ChairRole.CHAIR, None, bool(elected.group("vice") or elected.group("label") or elected.group("listed"))
    if _CHAIR_BY.search(before) and after.startswith("担任"):  # 会议主席由…副主席 X（波兰）担任
        return ChairRole.CHAIR, None, False
    before = before[before.rfind("：") + 1 :]  # ``…轮流主持：X（波兰）主持了…``: the office ends at the colon
    presider = _BEFORE_PRESIDER.search(before)
    if presider:  # ``第一场至第三场会议的主持人为缔约国会议第十届会议副主席 X（捷克）``
        return ChairRole.PRESIDING, _office(presider.group("office")), False
    presiding = _AFTER_PRESIDING.match(after)
    if presiding:
        by = _BEFORE_BY.search(before)
        office = _office(presiding.group("office") or presiding.group("offices")
                         or (by.group("office") if by else before))
        if "讨论" in before:  # a panel's moderator (讨论由副主席 X 主持), not an officer
            return None, None, False
        return ChairRole.PRESIDING, office, False
    if listed and not after.strip("。 "):  # ``第7和第8场会议（9月9日）：缔约国会议第八届会议副主席 X（匈牙利）``
        return ChairRole.PRESIDING, _office(before.rsplit(TABLE_CELL, 1)[-1]), False
    return None, None, False


def _office(words: str) -> str | None:
    words = _SESSIONS.sub("", words.strip(), count=1).strip().rstrip("、，, ")
    words = _HOW_MANY.sub("", words)
    words = re.sub(r"^(?:另一|另|一)(?:位|名)", "", words)  # ``另一位…副主席``: the office, not how many
    words = re.sub(r"(?:另一|另外一|另)(?:位|名)?(?=副?主席$)", "", words)  # ``该届会议另一位副主席``
    words = re.sub(r"^(?:同为|同样是|同是|亦为|也是)(.+?)的?$", r"\1", words)  # ``同为…副主席的 X``
    words = re.sub(r"[、，,]?(?:来自|代表)$", "", words)  # ``由来自印度尼西亚的 X 主持``: where from, not an office
    words = re.sub(r"^(?:会议)?在", "", words)  # ``会议在…主席 X 的主持下进行``
    if not words or _NOT_OFFICE.fullmatch(words):
        return None
    return words


def _unique(found: list[Chair]) -> list[Chair]:
    """One fact per person and role; a person named again by the last words of their name
    (``Al-Kaabi 先生`` after ``Hamad Saif Al-Kaabi``) is the same person."""
    seen: dict[tuple[str, ChairRole], Chair] = {}
    for chair in found:
        if any(chair.name != name and role is chair.role and name.endswith(" " + chair.name) for name, role in seen):
            continue
        seen.setdefault((chair.name, chair.role), chair)
    return list(seen.values())
