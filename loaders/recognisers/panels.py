"""Recognise the panels a meeting held, their topics and where the panelists came from.

A panel is a mention of a panel discussion (``专题小组讨论``, ``小组讨论会``, ``讨论小组``,
``专题小组``) with its topic, written in one of the ways an editor writes a topic:

* before the mention: ``举行了一场关于T的专题小组讨论``, ``题为“T”的小组讨论``,
  ``以“T”为主题的小组讨论``, ``听取了一个专题小组关于T的情况介绍``;
* after it: ``专题小组讨论会，主题为T``, ``第二场专题小组讨论的主题是T``,
  ``组织了一场专题小组讨论会，内容是T``, ``专题小组讨论：T``;
* in a sub-heading over the paragraph (``关于T的专题小组讨论``).

A mention without a topic (``发言者欢迎两场小组讨论的介绍``, ``该小组讨论会``) is not a
panel; one announced as held (``举行了一场专题小组讨论``) whose topic cannot be read is
reported as partly understood.

Panelists are named by where they come from, in groups: ``来自A、B和C的主讲人以及来自D的
主讲人``, ``A和B以及C和D的专家介绍了…``, ``A的专家以及B的一名代表担任小组成员``,
``由来自A、B和C的小组成员作了专题介绍``, ``一位主讲人来自A法务部``, ``主讲人分别来自A和
B`` — in the announcing paragraph, else in the paragraphs that follow (``来自中国的主讲人…``)
until the discussion that follows the panel (``在随后的讨论中``).  An origin is the State,
territory or organisation as first written; a State's agency (``英国国家犯罪调查局``) is its
State, a unit of an organisation (``毒品和犯罪问题办公室预防恐怖主义处``) stays whole.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .. import doubts
from ..facts import Panel, Panelist, Place, PlaceKind, Span
from ..names import PERSON, entity, leading_entity
from ..segment import Paragraph, Segmented
from .attendance import known, name_like, split_names
from .tables import tables

_MENTION = re.compile(r"(?:专题)?(?:小组讨论会?|讨论小组|专题小组(?:讨论会?)?|专家小组讨论会?|小组发言)(?!成员)"
                      r"|第[一二三四五六七八九十\d]{1,2}场(?=的?(?:主题|议题|内容)(?:为|是))"
                      r"|(?:作为|担任)(?:讨论|专题)?小组成员")
_BACK = re.compile(r"(?:该|这一|此|上述|这些|两场|各场|两个|这两场)(?:场|次|个)?$")
_HELD = re.compile(r"(?:举行|组织|召开|听取|举办|安排)了?")
_QUOTE = "“”「」\"'‘’"
#: Topic before the mention (the text up to the mention must end with one of these).
_BEFORE = (
    re.compile(r"题为[“「](?P<topic>[^”」]+)[”」]的(?:一场|一次|一个)?$"),
    re.compile(r"(?:^|[。；，])[“「](?P<topic>[^”」]{4,})[”」](?:专题)?$"),  # ``“T”小组讨论由…主持``
    re.compile(r"以[“「]?(?P<topic>[^”」，。；]+?)[”」]?为(?:主题|专题|题)的(?:一场|一次|一个)?$"),
    re.compile(r"关于(?P<topic>[^，。；]{2,}?)的(?:一场|一次|一个)?$"),
    re.compile(r"就(?P<topic>[^，。；]{2,}?)(?:问题)?(?:举行|组织|召开|举办)了(?:一场|一次|一个)?$"),
    re.compile(r"围绕[“「](?P<topic>[^”」]+)[”」](?:这一)?(?:主题|议题|专题)?(?:举行|组织|召开|举办|开展)了(?:一场|一次|一个)?$"),
    re.compile(r"围绕(?P<topic>[^，。；“”]{2,40}?)(?:这一)?(?:主题|议题)?(?:举行|组织|召开|举办|开展)了(?:一场|一次|一个)?$"),
    re.compile(r"以[“「]?(?P<topic>[^”」，。；]+?)[”」]?为(?:主题|专题|题)(?:举行|举办|组织|开展|召开)了(?:一场|一次|一个)?"
               r"[^，。；]{0,6}$"),
)
#: Topic after the mention (the text from the end of the mention).
_AFTER = (
    re.compile(r"^(?:会)?关于(?P<topic>[^。]+?)的(?:情况介绍|介绍|讨论|专题介绍|发言)"),
    re.compile(r"^(?:会)?以[“「](?P<topic>[^”」]+)[”」]为(?:题|主题|专题|题目|重点|焦点|中心)"),
    re.compile(r"^(?:会)?[，,]?(?:着重|重点|主要)?(?:探讨|讨论|审议|研讨)了(?P<topic>[^。；，“”]{4,})"),
    re.compile(r"^(?:会)?[，,]?(?:题为|名为|题目为)[“「](?P<topic>[^”」]+)[”」]"),
    re.compile(r"^(?:会)?[（(](?:议题|主题|题目)[:：](?P<topic>[^）)]+)[）)]"),
    re.compile(r"^(?:会)?[，,]?围绕[“「](?P<topic>[^”」]+)[”」](?:这一)?(?:主题|议题)?(?:展开|进行|开展)"),
    re.compile(r"^(?:——|—|－－)(?P<topic>[^—－。；]{2,}?)(?:——|—|－－)"),
    # a title in quotes soon after the mention, in its sentence: ``…小组讨论，聚焦于“T”``
    re.compile(r"^(?:会)?[^。；“”「」]{0,12}?[“「](?P<topic>[^”」]{4,})[”」]"),
    re.compile(r"^[，,]?就[“「](?P<topic>[^”」]+)[”」](?:作了|进行了|作出了)"),
    re.compile(r"^[，,]?就(?P<topic>[^，。；]{2,}?)(?:问题)?(?:进行了|展开了|开展了|举行了)(?:讨论|交流|对话)"),
    re.compile(r"^(?:会)?[，,]?(?:讨论的|其|的)?(?:主题|议题|专题|题目|内容|焦点|重点)(?:是|为)[:：]?(?P<topic>[^。；]+)"),
    re.compile(r"^(?:会)?[:：](?P<topic>[^。；]+)"),
)
#: Where a topic written after the mention stops: at the panelists.
_TOPIC_END = re.compile(
    r"[，,](?=(?:来自|由|主讲人|小组成员|讨论嘉宾|专家|参加|分别|讨论小组成员|"
    r"[^，。；]{0,40}的(?:专家|主讲人|讨论嘉宾|小组成员)))"
)
#: A topic stated in a sentence after the mention: ``讨论的主题是T``.
_LATER_TOPIC = re.compile(r"^[^。]*。(?:小组)?讨论的(?:主题|议题|专题)(?:是|为)[:：]?(?P<topic>[^。；]+)")
_HEADING_TOPIC = re.compile(r"关于(?P<topic>[^。]{4,}?)的(?:专题)?(?:小组讨论|讨论小组|专题小组)")

#: Nouns for panelists (longest first).
_ROLE = (r"(?:讨论小组成员|小组讨论成员|专题小组成员|小组讨论者|小组成员|主讲嘉宾|发言嘉宾|专题发言人|主讲人|讨论嘉宾|"
         r"与谈人|嘉宾|专家|发言人|代表|官员|检察官|法官|从业人员|调查员|学者|成员|司长|局长|处长|主任|负责人|顾问|干事|分析员|专员)")
_QUANTITY = r"(?:[一两二三四五六七八九十几\d]+(?:名|位|个))?"
#: ``…的[一名]ROLE``: the origins are the words before it.
_OF_ROLE = re.compile(rf"的{_QUANTITY}(?:[\u4e00-\u9fff]{{0,4}}?){_ROLE}")
#: ``来自巴西的 Maria Silva 女士``: a panelist named in person, with where they come from.
_FROM_PERSON = re.compile(rf"来自(?P<list>[^，。；：的]{{2,40}})的(?=\s?{PERSON.pattern})")
#: ``[一位]ROLE[分别]来自…``: the origins are the words after it.
_ROLE_FROM = re.compile(rf"{_QUANTITY}{_ROLE}(?:分别|均|都)?来自(?P<list>[^，。；：]+)")
#: ``大韩民国法务部…的金志勋首先发言``: a panelist named in Chinese characters after where they come from,
#: then speaking.
_OF_HAN_SPEAKER = re.compile(
    rf"(?:^|(?<=[，。；：、]))(?P<list>[^，。；：、的]{{2,30}})的(?!{_QUANTITY}{_ROLE}|各)"
    r"(?:[\u4e00-\u9fff]{1,3}·)?[\u4e00-\u9fff]{2,4}(?:先生|女士)?"
    r"(?:首先|随后|接着|然后|最后|也|还|则)?(?:发言|介绍|指出|说明|表示|谈到|概述|阐述)")
#: ``厄瓜多尔总检察院国际事务司司长 Verónica Cevallos``: a person after their office and title, no ``的``.
_OFFICE_THEN_PERSON = re.compile(
    rf"(?:^|(?<=[，。；：、和及与有是为㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩])|(?<=包括))(?P<list>[^，。；：、的]{{2,30}}?)(?<![一两二三四五六七八九十\d][名位]){_ROLE}\s?"
    rf"(?={PERSON.pattern}|[\u4e00-\u9fff]{{2,4}}(?:[；;，,。、]|$))")
#: ``来自A和B``, wherever it stands in an announcement (``两名专家（分别来自瑞士和联合王国）``).
_FROM_ANY = re.compile(r"来自(?P<list>[^，。；：（）()的]{2,40})(?:[（(](?P<inner>[^（）()]{2,60})[）)])?")
#: ``奥地利的 Hans Gruber``: a panelist named in person after where they come from.
_OF_PERSON = re.compile(
    rf"(?:^|(?<=[，。；：、和及与有是为])|(?<=包括))(?P<list>[^，。；：、的]{{2,30}})的\s?(?={PERSON.pattern})")
#: ``A、B和C派专家参加了讨论``: the States that sent the panelists.
_SENT = re.compile(r"(?:^|(?<=[，。；：]))(?P<list>[^，。；：]{2,60}?)派(?:了)?(?:专家|代表|官员)(?:参加|参与|出席)")
#: A person named with their office in brackets.
_PERSON_OF = re.compile(
    rf"(?:{PERSON.pattern})\s?[（(](?P<of>[^（）()，。；]{{2,40}}?)(?:[（(][^（）()]{{0,30}}[）)])?[）)]")
#: A person named in Chinese characters with their office in brackets: ``和王海涛（中国国家监察委员会）``.
_HAN_PERSON_OF = re.compile(r"(?:^|(?<=[、和及与：—]))[\u4e00-\u9fff·]{2,10}[（(](?P<of>[^（）()，。；]{2,40})[）)]")
#: A panelist named in person, then where they come from: ``Nour Benaïssa 来自阿尔及利亚司法部``.
_PERSON_FROM = re.compile(rf"(?:{PERSON.pattern})\s?来自(?P<of>[^，。；：的]{{2,30}})")
#: The words after a role that make its holder the moderator.
_MODERATES = re.compile(r"[^，。；]{0,4}主持")
_SENTENCE_BREAK = re.compile(r"[。；]")
_OPENING = re.compile(r"^(?:最后|此外|随后|另外|其次|首先)[，,]?")
#: Organisations each sending one: ``国际刑警组织和欧洲刑警组织各一名代表``.
_EACH_ONE = re.compile(r"(?:^|(?<=[，。；：、])|(?<=以及))(?P<list>[^，。；：、的（）]{2,40}?)各(?:一|两|二)(?:名|位)")
#: States counted then named in brackets: ``三个缔约国（爱沙尼亚、肯尼亚和乌拉圭）的``.
_STATES_LISTED = re.compile(r"(?:[一二三四五六七八九十两]|\d{1,2})个(?:缔约国|国家)[（(](?P<list>[^（）()]{2,60})[）)]")
#: How many, not who: ``三位国家执法机构``, ``三个缔约国（…）``, ``缔约国``.
_COUNTED = re.compile(r"(?:[一二三四五六七八九十两]|\d{1,2})[位名个]|(?:缔约国|国家|会员国)(?:[（(]|$)")
#: What follows a moderator's name: ``主持``, ``担任主持人``.
_MODERATING = re.compile(r"\s?(?:女士|先生)?(?:[（(][^（）()]{1,40}[）)])?[^，。；]{0,4}?(?:主持|担任主持人)")
#: A bulleted panelist: ``• NAME，OFFICE；``.
_BULLETED = re.compile(r"(?:[•·]|(?:^|(?<=[：:；;]))[–—－])\s?[^，,；;。•–—]{1,40}[，,](?P<office>[^；;。•–—]{2,60})")
#: Panelists listed by office and role after a colon: ``发言者为：荷兰检察院代表、…和欧洲司法组织代表``.
_ROLES_LISTED = re.compile(r"(?:为|是|有|包括|如下)[：:](?P<list>[^。；]+)")
_ROLE_ITEM = re.compile(rf"(?:^|(?<=[、，,])|(?<=以及)|(?<=和)|(?<=及))(?P<of>[^、，,的]{{2,30}}?)的?{_QUANTITY}{_ROLE}"
                        r"(?=$|[、，,]|以及|和|及)")
#: Origins listed after a colon, announced as ``以下国家和组织``.
_LISTED_AFTER = re.compile(
    r"(?:以下|下列)(?:国家|组织|机构|国家和组织|国家和机构)[^。；：]{0,30}[：:](?P<list>[^。；]+)")
_LEAD = re.compile(r"^(?:[㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩]|(?:分别|均|都)?(?:来自|代表)|由|"
                   r"(?:第.{1,3}位)?(?:小组成员|主讲人|成员)?(?:包括|为|是)|"
                   r"以及|和|及|与|其中|、|邀请了?|请了?)+")
_RECOMMENDATIONS = re.compile(r"建议$")
#: Words after which a group's origins are listed: ``由``, ``包括``, ``为``, ``是``, ``有``, ``：``.
_LED_BY = re.compile(r"由|包括|(?<![所因作])为|(?<!于)是|(?<![所拥具])有(?!组织|关)|：")
#: A relative clause before the origin: ``…联合举办的``, ``…设立的``.
_RELATIVE = re.compile(r"^.*(?:举办|主办|设立|组织|建立|创建|资助|支持|牵头)的")
_DISCUSSION = re.compile(r"^(?:在随后的讨论中|在讨论中|随后的讨论|在随后进行的讨论中|讨论中)")


@dataclass
class _Announcement:
    start: int  # of the mention
    end: int
    topic: str
    scope: tuple[int, int]  # the text the panel's own words run over


def find(doc: Segmented) -> list[Panel]:
    panels: list[Panel] = []
    topics: set[str] = set()
    paragraphs = doc.paragraphs
    for index, paragraph in enumerate(paragraphs):
        if paragraph.section is not None and _RECOMMENDATIONS.search(paragraph.section.title):
            continue  # panels asked for, not held
        place = Place(PlaceKind.PARAGRAPH, str(paragraph.number))
        announced = _announcements(paragraph, place)
        named_here: list[str] = []  # panelists of the panels this paragraph announces
        for i, panel in enumerate(announced):
            if panel.topic in topics:
                continue  # the same panel spoken of again
            topics.add(panel.topic)
            a, b = panel.scope
            panelists = _origins(paragraph.text, a, b, place, announcing=True)
            if i == len(announced) - 1:  # and those the paragraphs after it introduce
                named = [p.origin for p in panelists] + named_here  # not another panel's again
                seen = {_key(o) for o in named}
                panelists += [p for p in _following(paragraphs[index + 1:], paragraph)
                              if _key(p.origin) not in seen  # named again, perhaps
                              and not any(o.startswith(p.origin) or p.origin.startswith(o)
                                          or f"（{p.origin}）" in o for o in named)]  # (by its short name)
            if not panelists:
                doubts.note(place, "panels", f"a panel on {panel.topic} whose panelists are not named "
                            "in a way that could be read")
            span = Span(place, panel.start, panel.end, paragraph.text[panel.start : panel.end])
            panels.append(Panel(panel.topic, tuple(panelists), span))
            named_here += [p.origin for p in panelists]
    return panels


def _announcements(paragraph: Paragraph, place: Place) -> list[_Announcement]:
    text = paragraph.text
    found: list[_Announcement] = []
    held = False  # a panel said to be held, without its topic
    for m in _MENTION.finditer(text):
        sentence_start = max(text.rfind(c, 0, m.start()) for c in "。；") + 1
        before = text[sentence_start : m.start()]
        if _BACK.search(before):
            continue
        announced = bool(_HELD.search(before))
        topic = _topic(before, text[m.end():], members="成员" in m.group(0)) or (
            _heading_topic(paragraph) if announced else None)
        if not topic:
            held = held or announced
            continue
        if found and found[-1].topic == topic:
            continue
        found.append(_Announcement(m.start(), m.end(), topic, (sentence_start, len(text))))
    if held and not found:
        doubts.note(place, "panels", "a panel is announced whose topic could not be read")
    for previous, following in itertools.pairwise(found):
        sentence_start = following.scope[0]
        previous.scope = (previous.scope[0], max(sentence_start, previous.end))
    return found


def _topic(before: str, after: str, *, members: bool = False) -> str | None:
    for pattern in _BEFORE:
        m = pattern.search(before)
        if m:
            return _clean(m.group("topic"))
    for pattern in _AFTER:
        m = pattern.match(after)
        if m and members and pattern.pattern.startswith("^(?:会)?[:："):
            continue  # ``担任小组成员：—A…；—B…``: who, not what
        if m:
            topic = m.group("topic")
            end = _TOPIC_END.search(topic)
            topic = topic[: end.start()] if end else topic
            if _a_list_of_names(topic):  # ``…专题小组讨论：巴拿马、…以及欧洲司法组织``: who, not what
                continue
            return _clean(topic)
    later = _LATER_TOPIC.search(after)  # ``…。讨论的主题是T``
    return _clean(later.group("topic")) if later else None


def _a_list_of_names(words: str) -> bool:
    names = [n for n, _ in split_names(words.strip("。 "))]
    return len(names) >= 2 and all(_origin(n) for n in names)


def _heading_topic(paragraph: Paragraph) -> str | None:
    for heading in reversed(paragraph.headings):
        m = _HEADING_TOPIC.search(heading.title)
        if m:
            return _clean(m.group("topic"))
    return None


def _clean(topic: str) -> str:
    return topic.strip("，,。 ").strip(_QUOTE).strip()


def _origins(text: str, start: int, end: int, place: Place, *, announcing: bool) -> list[Panelist]:
    """The origins of the panelists named in ``text[start:end]``, first form of each.

    In the paragraphs after the announcement only ``来自X的…``/``代表X的…`` name an origin, or
    ``X的一名代表介绍了…`` opening the paragraph (``X的专家`` elsewhere may be anyone's expert).
    Whoever moderates (``讨论由X的一名官员主持``) is not a panelist."""
    found: list[tuple[int, str]] = []
    scope = text[start:end]
    boundary = 0
    for role in _OF_ROLE.finditer(scope):
        if _MODERATES.match(scope, role.end()):
            boundary = role.end()
            continue
        opening = not announcing and role.start() <= 40 and not _SENTENCE_BREAK.search(scope, 0, role.start())
        cut = max(boundary, *(scope.rfind(c, boundary, role.start()) + 1 for c in "，。；：—–•㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"))
        opened = scope.rfind("（", cut, role.start())
        if opened >= 0 and scope.find("）", opened, role.start()) < 0:  # (…来自A和B的专家…)
            cut = opened + 1
        honorific = max(scope.rfind("先生", cut, role.start()), scope.rfind("女士", cut, role.start()))
        if honorific >= 0:  # ``…的 John Otieno 先生以及经合组织的一名专家``: after the person before
            cut = honorific + 2
        closed = scope.rfind("）", cut, role.start())
        person_bracket = closed >= 0 and re.search(r"[A-Za-z\u00c0-\u024f.]\s?[（(][^（）()]*$", scope[:closed])
        if person_bracket and _LEAD.sub("", scope[closed + 1 : role.start()]).strip():
            cut = closed + 1  # ``Li Wen（…）以及X的一名代表``: X's
        words = scope[cut : role.start()]
        relative = _RELATIVE.search(words)
        if relative:  # ``世界银行和…联合举办的追回被盗资产举措的一名代表``: the initiative's
            cut += relative.end()
            words = scope[cut : role.start()]
        source = list(re.finditer(r"来自|代表", words))
        led = list(_LED_BY.finditer(words)) if announcing else []
        if led and not source:  # ``专题小组由A、B和C的专家组成``, ``发言人为A的…``, ``参加者包括…``
            cut += led[-1].end()
            words = scope[cut : role.start()]
        if source:
            cut += source[-1].end()
        elif announcing or opening:  # ``最后，X的一名专家介绍了…`` opening a paragraph
            lead = _LEAD.match(words) or _OPENING.match(words)
            cut += lead.end() if lead else 0
        else:
            cut = -1
        if cut >= 0:
            found += [(start + cut + offset, name) for name, offset in split_names(scope[cut : role.start()])]
        boundary = role.end()
        join = re.match(r"(?:以及|和|及|与|、)", scope[boundary:])
        if join:
            boundary += join.end()
    for person in _PERSON_OF.finditer(scope):  # ``Ingrid Solheim（挪威经济犯罪调查局）``
        if _MODERATING.match(scope, person.end()):
            continue  # ``…X（摩洛哥）主持``: the moderator
        at = start + person.start("of")
        found.append((at, person.group("of")))
    for person in _HAN_PERSON_OF.finditer(scope):  # ``王海涛（中国国家监察委员会）``: a State's office
        office = leading_entity(person.group("of"))
        if office and (entity(office) or "").startswith(("state:", "territory:")):
            found.append((start + person.start("of"), office))
    for each in _EACH_ONE.finditer(scope):  # ``国际刑警组织和欧洲刑警组织各一名代表``
        at = start + each.start("list")
        found += [(at + offset, name) for name, offset in split_names(_LEAD.sub("", each.group("list")))]
    for counted in _STATES_LISTED.finditer(scope):  # ``三个缔约国（爱沙尼亚、肯尼亚和乌拉圭）的从业人员``
        at = start + counted.start("list")
        found += [(at + offset, name) for name, offset in split_names(counted.group("list"))]
    for bullet in _BULLETED.finditer(scope):  # ``• Rūta Žemaitytė，立陶宛总检察院国际合作司检察官；``
        office = leading_entity(bullet.group("office"))
        if office:
            found.append((start + bullet.start("office"), office))
    for table in tables(scope):  # ``姓名｜职务｜国家；Kalani Akana-Rivers｜司法部…｜美利坚合众国``: a cell naming one
        for row in table.body:
            named = [cell for cell in row if _origin(cell.text) == cell.text and known(cell.text)]
            found += [(start + cell.start, cell.text) for cell in named[-1:]]
    for listed_roles in _ROLES_LISTED.finditer(scope):  # ``发言者为：荷兰检察院代表、欧洲司法组织代表``
        at = start + listed_roles.start("list")
        for item in _ROLE_ITEM.finditer(listed_roles.group("list")):
            lead = _LEAD.match(item.group("of"))
            found.append((at + item.start("of") + (lead.end() if lead else 0), _LEAD.sub("", item.group("of"))))
    listed = _LISTED_AFTER.search(scope)  # ``来自以下国家和组织的专家…：A、B以及C``
    if listed:
        at = start + listed.start("list")
        found += [(at + offset, name) for name, offset in split_names(listed.group("list"))]
    for person in _OF_PERSON.finditer(scope):  # ``奥地利的 Hans Gruber``, ``发言人为奥地利代表团的 X``
        name = PERSON.match(scope, person.end())
        if name and _MODERATING.match(scope, name.end()):
            continue  # ``由加纳的 Kofi Mensah-Bonsu 主持``: the moderator
        words, at = person.group("list"), start + person.start("list")
        led = list(_LED_BY.finditer(words))
        if led:
            words, at = words[led[-1].end() :], at + led[-1].end()
        found += [(at + offset, name) for name, offset in split_names(_LEAD.sub("", words))]
    if announcing:
        for sent in _SENT.finditer(scope):  # ``奥地利、巴西和南非派专家参加了讨论``
            at = start + sent.start("list")
            found += [(at + offset, name) for name, offset in split_names(sent.group("list"))]
    for person in _OFFICE_THEN_PERSON.finditer(scope):  # ``厄瓜多尔总检察院国际事务司司长 Verónica …``
        name = PERSON.match(scope, person.end())
        if name and _MODERATING.match(scope, name.end()):
            continue  # ``讨论由…主席团成员 X 主持``: the moderator
        at = start + person.start("list")
        found += [(at + offset, name) for name, offset in split_names(_LEAD.sub("", person.group("list")))]
    for person in _OF_HAN_SPEAKER.finditer(scope):
        at = start + person.start("list")
        found += [(at + offset, name) for name, offset in split_names(_LEAD.sub("", person.group("list")))]
    for person in _PERSON_FROM.finditer(scope):  # ``小组成员 Nour Benaïssa 来自阿尔及利亚司法部``
        origin = leading_entity(person.group("of")) or (person.group("of") if known(person.group("of")) else None)
        if origin:
            found.append((start + person.start("of"), origin))
    for person in _FROM_PERSON.finditer(scope):
        at = start + person.start("list")
        found += [(at + offset, name) for name, offset in split_names(person.group("list"))]
    if announcing:
        for origin in _FROM_ANY.finditer(scope):  # ``两名专家（分别来自瑞士和联合王国）``
            words, inner = origin.group("list"), origin.group("inner")
            if inner and not known(words):  # ``一名来自亚洲及太平洋国家（马来西亚）``: those in brackets
                at = start + origin.start("inner")
                found += [(at + offset, name) for name, offset in split_names(inner)]
            elif inner and not re.search(r"、|和|及|与", inner):  # ``来自经济合作与发展组织（经合组织）``: short name
                found.append((start + origin.start("list"), origin.group(0)[2:]))
            else:
                at = start + origin.start("list")
                found += [(at + offset, name) for name, offset in split_names(words)]
    for role in _ROLE_FROM.finditer(scope):
        at = start + role.start("list")
        found += [(at + offset, name) for name, offset in split_names(role.group("list"))]
    return _first_forms(sorted(found), place)


def _first_forms(found: list[tuple[int, str]], place: Place) -> list[Panelist]:
    out: list[Panelist] = []
    seen: set[str] = set()
    for at, written in found:
        origin = _origin(written)
        if origin is None:
            continue
        key = _key(origin)
        if key in seen:
            continue
        seen.add(key)
        offset = at + written.find(origin)
        out.append(Panelist(origin, Span(place, offset, offset + len(origin), origin)))
    return out


def _key(origin: str) -> str:
    """What an origin is, whatever its name's form: ``GlobE网络秘书处`` is ``反腐败执法机构全球行动网络秘书处``."""
    if found := entity(origin):
        return found
    lead = leading_entity(origin)
    return (entity(lead) or lead) + origin[len(lead) :] if lead else origin


def _origin(written: str) -> str | None:
    """The State, territory or organisation a panelist comes from, as written."""
    written = written.strip()
    if not written or written.startswith(
            ("本国", "各国", "该国", "其", "这些", "一些", "多个", "以下", "下列", "上述")) or _COUNTED.match(written):
        return None
    if known(written, units=False):
        return written
    lead = leading_entity(written)
    if lead and (entity(lead) or "").startswith(("state:", "territory:")):
        return lead  # 英国国家犯罪调查局: the State
    if known(written) or name_like(written):
        return written  # a unit of an organisation, or an organisation the tables do not know
    return None


def _following(paragraphs: list[Paragraph], announcing: Paragraph) -> list[Panelist]:
    found: list[Panelist] = []
    seen: set[str] = set()
    for paragraph in paragraphs:
        if _DISCUSSION.match(paragraph.text) or paragraph.headings != announcing.headings:
            break
        if _announcements(paragraph, Place(PlaceKind.PARAGRAPH, str(paragraph.number))):
            break
        place = Place(PlaceKind.PARAGRAPH, str(paragraph.number))
        for panelist in _origins(paragraph.text, 0, len(paragraph.text), place, announcing=False):
            key = _key(panelist.origin)
            if key not in seen:
                seen.add(key)
                found.append(panelist)
    return found
