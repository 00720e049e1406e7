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

Its panelists (:mod:`.panelists`: where each comes from) are read in the announcing paragraph,
else in the paragraphs that follow (``来自中国的主讲人…``) until the discussion that follows the
panel (``在随后的讨论中``) or the next panel.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ...text.numerals import to_int
from .. import doubts
from ..facts import Panel, Panelist, Place, PlaceKind, Span
from ..segment import Paragraph, Segmented
from .name_lists import split_names
from .panelists import origin_key, origin_of, origins

_MENTION = re.compile(r"第[一二三四五六七八九十]场(?:专题)?(?:小组)?讨论(?=[^会的中由，,。；]{4})"  # ``第一场讨论T，…``
                      r"|(?:专题)?(?:小组讨论会?|讨论小组|专题小组(?:讨论会?)?|专家小组讨论会?|小组发言)(?!成员)"
                      r"|第[一二三四五六七八九十\d]{1,2}场(?=的?(?:主题|议题|内容)(?:为|是))"
                      r"|(?:作为|担任)(?:讨论|专题)?小组成员"
                      # ``…的三名调查人员组成另一个小组``
                      r"|(?<=组成)(?:了)?(?:另一个|一个|另一)?(?:专题|讨论)?小组(?!成员)|(?<=组成的)(?:专题|讨论)?小组(?!成员)"
                      # a discussion named otherwise, whose panelists the paragraph names
                      r"|(?:专题讨论|圆桌讨论|专家讨论)会?(?=(?:[^。]*。)?[^。]*(?:小组成员|主讲人|讨论嘉宾|发言嘉宾|与谈人|作了专题介绍))")


#: An agenda listed in the paragraph, and the number of one of its items right before a mention.
_AGENDA = re.compile(r"议程[^。]{0,8}[：:]")
_AGENDA_ITEM = re.compile(r"(?:^|\s|[。；;])\d{1,2}\s?[.．、]\s?$")
_BACK = re.compile(r"(?:该|这一|此|上述|这些|两场|各场|两个|这两场)(?:场|次|个)?$")
_HELD = re.compile(r"(?:举行|组织|召开|听取|举办|安排)了?")
#: A panel asked for, in a request or a plan: ``秘书处应为…组织一场专题小组讨论``.
_ASKED_FOR = re.compile(
    r"(?:应|请|建议|拟|计划|考虑|今后)[^，。；“”]{0,24}?(?:组织|举行|举办|安排)(?!了)(?:一场|一次|一个)?[^，。；了]{0,40}$")
#: A panel of another event: ``…举办了一次区域讲习班，其间…参加了关于T的小组讨论``.
_ELSEWHERE = re.compile(r"讲习班|研讨会|培训班|讲座|工作组会议")
#: Several panels announced together, then each on its own: ``举行了两场专题小组讨论``.
_UMBRELLA = re.compile(r"(?<!第)(?:两|三|四|几)(?:场|次|个)$")
_SPLIT_AFTER = re.compile(r"[，,：:]?\s?第一场")
#: Their topics given in order: ``主题分别为“T1”和“T2”``.
_TOPICS_IN_ORDER = re.compile(r"[，,]?(?:其)?(?:主题|议题|专题|题目)分别(?:为|是)[:：]?"
                              r"(?P<topics>(?:[“「][^”」]+[”」](?:、|和|及|以及)?){2,})")
_NTH = re.compile(r"第([一二三四五六七八九十])场")
#: Held, said after the mention: ``专题小组讨论于6月13日举行``.
_HELD_AFTER = re.compile(r"(?:会)?(?:于|在)[^，。；]{1,30}?(?:举行|召开|举办)")
_QUOTE = "“”「」\"'‘’"
#: Topic before the mention (the text up to the mention must end with one of these).
_BEFORE = (
    re.compile(r"题为[“「](?P<topic>[^”」]+)[”」]的(?:一场|一次|一个)?$"),
    re.compile(r"题为(?P<topic>[^，。；“”「」]{4,40})的(?:一场|一次|一个)?$"),  # (unquoted)
    re.compile(r"(?:^|[。；，])[“「](?P<topic>[^”」]{4,})[”」](?:专题)?$"),  # ``“T”小组讨论由…主持``
    re.compile(r"以[“「]?(?P<topic>[^”」，。；]+?)[”」]?为(?:主题|专题|题)的(?:一场|一次|一个)?$"),
    re.compile(r"关于[“「]?(?P<topic>[^，。；“”「」]{2,}?)[”」]?的(?:第[一二三四五六七八九十]场|一场|一次|一个)?$"),
    re.compile(r"就(?P<topic>[^，。；]{2,}?)(?:问题)?(?:举行|组织|召开|举办)了(?:一场|一次|一个|第[一二三四五六七八九十]场)?$"),
    # ``参加了就T举行的专题小组讨论``
    re.compile(r"就(?P<topic>[^，。；]{4,}?)(?:问题)?(?:举行|组织|召开|举办)的(?:一场|一次|这场)?$"),
    re.compile(r"围绕[“「](?P<topic>[^”」]+)[”」](?:这一)?(?:主题|议题|专题)?(?:举行|组织|召开|举办|开展)了(?:一场|一次|一个)?$"),
    re.compile(r"围绕(?P<topic>[^，。；“”]{2,40}?)(?:这一)?(?:主题|议题)?(?:举行|组织|召开|举办|开展)了(?:一场|一次|一个)?$"),
    re.compile(r"以[“「]?(?P<topic>[^”」，。；]+?)[”」]?为(?:主题|专题|题)(?:举行|举办|组织|开展|召开)了(?:一场|一次|一个)?"
               r"[^，。；]{0,6}$"),
    # ``关于T，专家会议听取了一个专题小组的介绍``: the topic fronted in its own clause
    re.compile(r"^关于(?P<topic>[^，。；“”]{4,40})[，,][^。；]{0,30}?(?:听取了|举行了|组织了|举办了)(?:一场|一次|一个)?$"),
    # ``参加“T”专题小组讨论的有``
    re.compile(r"(?:参加|参与|出席)了?[“「](?P<topic>[^”」]{4,})[”」](?:这一|这场)?(?:专题)?$"),
)
#: Topic after the mention (the text from the end of the mention).
_AFTER = (
    re.compile(r"^(?:会)?关于(?P<topic>[^。]+?)的(?:情况介绍|介绍|讨论|专题介绍|发言)"),
    re.compile(r"^(?:会)?以[“「](?P<topic>[^”」]+)[”」]为(?:题|主题|专题|题目|重点|焦点|中心)"),
    re.compile(r"^(?:会)?以(?P<topic>[^，。；“”「」]{4,60}?)为(?:题|主题|专题|题目|重点|焦点|中心)"),  # (unquoted)
    re.compile(r"^(?:会)?[，,]?(?:着重|重点|主要)?(?:探讨|讨论|审议|研讨)了(?P<topic>[^。；，“”]{4,})"),
    # ``在第二场专题小组讨论中，与会者审议了T``
    re.compile(r"^中[，,](?:与会者|专家们?|小组成员们?|发言者们?)(?:着重|重点|主要)?(?:探讨|讨论|审议|研讨)了"
               r"(?P<topic>[^。；，“”]{4,})"),
    # ``…，重点讨论T``, ``…，聚焦于T``, ``…，专门讨论T``: the topic after a verb of discussing
    # (no comma needed before a verb of focus: ``专题小组讨论侧重于T``)
    re.compile(r"^(?:会)?(?:[，,]\s?|(?=(?:着重|重点|主要|专门|集中)(?:探讨|讨论|审议|研讨)|聚焦|侧重))"
               r"(?:着重|重点|主要|专门|集中)?(?:探讨|讨论|审议|研讨|聚焦于?|侧重于?|关注)"
               r"(?![了由的时于]|中(?:[，,。；]|的)|在[^，。；]{0,20}?(?:时|中|上)[，,]|主题|议题|专题|题目|内容|焦点|重点|问题)"
               r"(?P<topic>[^。；，“”]{4,}?)(?:的?问题)?(?:[（(][^（）()]*[）)])?(?=[。；，]|$)"),
    re.compile(r"^(?:会)?[（(](?P<topic>[^（）()\d，。；：:]{4,40})[）)]"),  # ``专题小组讨论（T）``
    re.compile(r"^(?:会)?[，,]?(?:题为|名为|题目为)[“「](?P<topic>[^”」]+)[”」]"),
    re.compile(r"^(?:会)?[，,]?(?:题为|名为|题目为)[:：]?(?P<topic>[^。；“”「」]{4,})"),  # (unquoted)
    re.compile(r"^(?:会)?[（(](?:议题|主题|题目)[:：](?P<topic>[^）)]+)[）)]"),
    re.compile(r"^(?:会)?[，,]?围绕[“「](?P<topic>[^”」]+)[”」](?:这一)?(?:主题|议题)?(?:展开|进行|开展)"),
    # (unquoted)
    re.compile(r"^(?:会)?[，,]?围绕(?P<topic>[^，。；“”]{4,60}?)(?:这一)?(?:主题|议题)?(?:展开|进行|开展)"),
    # ``专题小组讨论由 X（西班牙）主持，主题为T``: the moderator first
    re.compile(r"^由[^。；]{2,60}?主持[，,](?:其|讨论的?)?(?:主题|议题|专题|题目)(?:为|是)[:：]?[“「]?(?P<topic>[^”」。；]+)"),
    re.compile(r"^(?:——|—|－－)(?P<topic>[^—－。；]{2,}?)(?:——|—|－－)"),
    # ``主题为《公约》第四十四条…规定的“或引渡或起诉”义务的适用``: a topic with a quotation inside it
    re.compile(r"^(?:会)?[，,]?(?:其)?(?:主题|议题|题目)(?:为|是)[:：]?"
               r"(?P<topic>[^“”「」。；，,]{2,}[“「][^”」]+[”」][^。；，,“”「」]*)"),
    # a title in quotes soon after the mention, in its sentence: ``…小组讨论，聚焦于“T”``
    re.compile(r"^(?:会)?[^。；“”「」]{0,24}?[“「](?P<topic>[^”」]{4,})[”」]"),
    re.compile(r"^[，,]?就[“「](?P<topic>[^”」]+)[”」](?:作了|进行了|作出了|交流了|分享了|介绍了)"),
    re.compile(r"^[，,]?就(?P<topic>[^，。；]{2,}?)(?:问题)?(?:进行了|展开了|开展了|举行了)(?:讨论|交流|对话)"),
    re.compile(r"^(?:会)?[，,]?(?:讨论的?|其|的)?(?:主题|议题|专题|题目|内容|焦点|重点)(?:(?:定|确定)?(?:是|为)[:：]?|[:：])"
               r"(?P<topic>[^。；]+)"),
    re.compile(r"^(?:会)?[:：](?P<topic>[^。；]+)"),
    # ``专题小组讨论于6月13日举行，小组成员来自…，讨论的主题是“T”``: a later clause of the sentence
    re.compile(r"^[^。；]{0,160}?[，,](?:该?(?:场|次)?(?:专题)?(?:小组)?讨论的?|其)(?:主题|议题|专题|题目)"
               r"(?:(?:定|确定)?(?:是|为)[:：]?|[:：])(?P<topic>[^。；]+)"),
    # ``第二个专题小组由A、B…组成，主题为“T”``: the panelists first, a long way before the topic
    re.compile(r"^由[^。；]{2,160}?组成[，,](?:其)?(?:主题|议题|专题|题目)(?:为|是)[:：]?[“「]?(?P<topic>[^”」。；]+)"),
)
_DATE_IN_BRACKETS = re.compile(r"^[（(][^（）()]*\d[^（）()]*[）)]")
#: Where a topic written after the mention stops: at the panelists.
_TOPIC_END = re.compile(
    r"[，,](?=(?:来自|由|主讲人|小组成员|讨论嘉宾|专家|参加|分别|讨论小组成员|"
    r"[^，。；]{0,40}的(?:专家|主讲人|讨论嘉宾|小组成员)))"
)
#: A topic stated in a sentence after the mention: ``讨论的主题是T``.
_LATER_TOPIC = re.compile(r"^[^。]*。(?:该|这一?|此|本次?)?(?:场|个)?(?:专题)?(?:小组讨论|小组|讨论)"
                          r"的?(?:主题|议题|专题)(?:是|为)[:：]?(?P<topic>[^。；]+)")
_HEADING_TOPIC = re.compile(r"关于(?P<topic>[^。]{4,}?)的(?:专题)?(?:小组讨论|讨论小组|专题小组)"
                            r"|^(?:第[一二三四五六七八九十]场)?(?:专题)?(?:小组讨论会?|讨论小组|专题小组)[:：—－]+\s?(?P<titled>[^。]{4,})$")
#: Words pointing at the agenda item, not a topic: ``就本议程项目举行了一次专题小组讨论``.
_DEICTIC = re.compile(r"^(?:本|该|这一?|此|上述)(?:项|个)?(?:议程)?(?:分?项目|议题|问题|专题|主题)$")
_RECOMMENDATIONS = re.compile(r"建议$")
#: Panelists added in a paragraph after the announcement: ``参加小组讨论的还有X的Y教授``.
_ADDED = re.compile(r"(?:参加|参与)了?(?:小组|专题小组)?讨论的(?:还|也|另)有|(?:还|也)(?:作为|担任)(?:讨论)?小组成员")
#: How many panelists the announcement counts: ``来自A、B和C的三名从业人员``.
#: A clause adding a panelist, its verb after it: ``欧洲司法组织的一名代表也参加了讨论``.
_ADDED_AFTER = re.compile(r"(?:^|(?<=[，,；;。]))[^，,；;。]{2,40}?(?:也|还|亦)(?:参加|参与)了?(?:小组|专题小组)?讨论")
_HOW_MANY = re.compile(r"(?P<n>[两二三四五六七八九十]|\d)(?:(?:名|位)[\u4e00-\u9fff]{0,6}?"
                       r"(?:从业人员|专家|主讲人|小组成员|发言者|发言人|调查人员|代表|官员|检察官|嘉宾)|人组成)")
#: A panel counted before its mention, so that ``讨论`` after ``小组`` is the verb: ``第一个专题小组讨论T``.
_COUNTED_PANEL = re.compile(r"(?:第[一二三四五六七八九十]|一|另一|首)个$")
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
            panelists = origins(paragraph.text, a, b, place, announcing=True)
            counted = _HOW_MANY.search(paragraph.text, a, b)
            complete = counted is not None and len(panelists) >= to_int(counted.group("n"))  # ``…的三名从业人员``
            if i == len(announced) - 1:  # and those the paragraphs after it introduce (only those said to
                # be added when the announcement named as many as it counted: ``参加小组讨论的还有…``)
                named = [p.origin for p in panelists] + named_here  # not another panel's again
                seen = {origin_key(o) for o in named}
                panelists += [p for p in _following(paragraphs[index + 1:], paragraph, added_only=complete)
                              if origin_key(p.origin) not in seen  # named again, perhaps
                              and not any(o.startswith(p.origin) or p.origin.startswith(o) or o.endswith(p.origin)
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
        if _AGENDA_ITEM.search(text, 0, m.start()) and _AGENDA.search(text, 0, m.start()):
            continue  # ``…通过了以下议程：…5. 专题小组讨论：T。``: an item of the agenda, not a panel held
        sentence_start = max(text.rfind(c, 0, m.start()) for c in "。；") + 1
        before = text[sentence_start : m.start()]
        if _ASKED_FOR.search(before) or _ELSEWHERE.search(before):
            continue  # ``秘书处应为第十四次专家会议组织一场专题小组讨论``: a panel asked for, not held
        if (umbrella := _UMBRELLA.search(before) and _HELD.search(before)) or _SPLIT_AFTER.match(text, m.end()):
            # ``举行了两场专题小组讨论：第一场讨论T1…；第二场…``: each is announced on its own
            found += _respective(text, m) if umbrella else []
            continue
        if _BACK.search(before):
            # ``在该专题小组讨论中，…``: the panel its heading announces (``关于T的专题小组讨论``; once: the
            # topics already announced are skipped), else a panel spoken of again
            if not found and (heading := _heading_topic(paragraph)):
                found.append(_Announcement(m.start(), m.end(), heading, (sentence_start, len(text))))
            continue
        announced = bool(_HELD.search(before)) or bool(_HELD_AFTER.match(text, m.end()))
        discussing = m.group(0).endswith("讨论") and (bool(_COUNTED_PANEL.search(before)) or m.group(0)[0] == "第")
        topic = _topic(before, text[m.end():], members="成员" in m.group(0), discussing=discussing) or (
            _heading_topic(paragraph) if announced else None)
        if not topic:
            held = held or announced
            continue
        if found and (found[-1].topic == topic or "成员" in m.group(0)):
            continue  # (``…的专家担任小组成员``: the members of the panel just announced)
        found.append(_Announcement(m.start(), m.end(), topic, (sentence_start, len(text))))
    if held and not found:
        doubts.note(place, "panels", "a panel is announced whose topic could not be read")
    for previous, following in itertools.pairwise(found):
        sentence_start = following.scope[0]
        previous.scope = (previous.scope[0], max(sentence_start, previous.end))
    return found


def _respective(text: str, m: re.Match[str]) -> list[_Announcement]:
    """Panels announced together with their topics in order (``两场专题小组讨论，主题分别为“T1”和“T2”。``),
    each with the words about it: ``第一场的主讲人来自A和B，第二场的…``."""
    given = _TOPICS_IN_ORDER.match(text, m.end())
    if not given:
        return []
    topics = [_clean(q) for q in re.findall(r"[“「]([^”」]+)[”」]", given.group("topics"))]
    # where each panel is spoken of again, by its number: ``第一场…``, ``第二场…``
    nth = {to_int(x.group(1)): x.start() for x in reversed(list(_NTH.finditer(text, given.end())))}
    out = []
    for n, topic in enumerate(topics, start=1):
        own = nth.get(n)
        scope = (own, nth.get(n + 1, len(text))) if own is not None else (given.end(), given.end())
        out.append(_Announcement(m.start(), m.end(), topic, scope))
    return out


def _topic(before: str, after: str, *, members: bool = False, discussing: bool = False) -> str | None:
    for pattern in _BEFORE:
        m = pattern.search(before)
        if m and not _DEICTIC.match(_clean(m.group("topic"))):  # ``就本议程项目举行了…，主题为“T”``: T
            return _clean(m.group("topic"))
    after = _DATE_IN_BRACKETS.sub("", after, count=1)  # ``专题小组讨论（2019年5月28日），主题为…``
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
    if later:
        return _clean(later.group("topic"))
    if discussing and (m := re.match(r"(?:了|的是)?(?![的会（(，,])(?P<topic>[^，。；]{4,60}?)(?=[，,。；]|$)", after)):
        return _clean(m.group("topic"))  # ``第一个专题小组讨论T，小组成员为…``: 讨论 is the verb
    return None


def _a_list_of_names(words: str) -> bool:
    names = [n for n, _ in split_names(words.strip("。 "))]
    return len(names) >= 2 and all(origin_of(n) for n in names)


def _heading_topic(paragraph: Paragraph) -> str | None:
    for heading in reversed(paragraph.headings):
        m = _HEADING_TOPIC.search(heading.title.strip())
        if m:
            return _clean(m.group("topic") or m.group("titled"))
    return None


def _clean(topic: str) -> str:
    topic = re.sub(r"^(?:其|讨论的?)?(?:主题|议题|题目)(?:为|是)[:：]?", "", topic.strip("，,。 "))  # ``——主题为T——``
    return topic.strip("，,。 ").strip(_QUOTE).strip()


def _following(paragraphs: list[Paragraph], announcing: Paragraph, *, added_only: bool = False) -> list[Panelist]:
    found: list[Panelist] = []
    seen: set[str] = set()
    for paragraph in paragraphs:
        if _DISCUSSION.match(paragraph.text) or paragraph.headings != announcing.headings:
            break
        if _announcements(paragraph, Place(PlaceKind.PARAGRAPH, str(paragraph.number))):
            break
        place = Place(PlaceKind.PARAGRAPH, str(paragraph.number))
        text = paragraph.text
        # the sentences that add panelists (``参加小组讨论的还有…``), read as an announcement is; then, unless
        # only additions count, whoever the paragraph otherwise introduces
        added = [p for m in _ADDED.finditer(text) for p in origins(text, m.start(), _sentence_end(text, m.end()),
                                                                    place, announcing=True)]
        added += [p for m in _ADDED_AFTER.finditer(text)  # ``…，欧洲司法组织的一名代表也参加了讨论``
                  for p in origins(text, m.start(), m.end(), place, announcing=True)]
        others = [] if added_only else origins(text, 0, len(text), place, announcing=False)
        for panelist in sorted(added + others, key=lambda p: p.span.start):  # (in the order of the text)
            key = origin_key(panelist.origin)
            if key not in seen:
                seen.add(key)
                found.append(panelist)
    return found


def _sentence_end(text: str, position: int) -> int:
    end = text.find("。", position)
    return end if end >= 0 else len(text)
