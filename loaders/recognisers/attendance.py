"""Recognise who attended a meeting: States parties, signatories, regional and
intergovernmental organisations, UN bodies, institutes, other entities.

The attendance paragraphs (in the subsection ``出席情况``, or any paragraph
saying ``…出席了会议``) each name one kind of participant, by a list after a
colon (``下列《公约》缔约国出席了会议：阿富汗、…和津巴布韦。``) or in a
sentence (``区域经济一体化组织欧洲联盟作为《公约》缔约方派代表出席了会议``).
Lists are split at ``、`` and at the last ``和`` — unless the reference
tables know the whole name (``波斯尼亚和黑塞哥维那``, ``红十字会与红新月会国际联合会``).
"""

from __future__ import annotations

import re

from ...ontology import reference
from ...text.numerals import to_int
from ..facts import Attendance, ParticipantKind, Place, PlaceKind, Span
from ..names import leading_entity
from ..segment import Segmented
from .name_lists import bare, known, name_like, split_names

_ATTENDED = re.compile(r"(?:出席|参加|列席)了?(?:本次|本届)?(?:专家)?会议"
                       r"|(?:派|作为|以|有)(?:代表团?|观察员|员)(?:身份)?(?:与会|出席|列席)|身份(?:与会|出席|列席)|派[了有]?(?:代表|观察员)(?:[。；]?$|[：:])")
#: ``派观察员出席会议的有A、B``, ``与会的是A和B``: the verb after which the names are listed.
_LIST_AFTER_VERB = re.compile(
    r"((?:出席|参加|列席|与会)[^，。；：]{0,8}?的(?:[^，。；：有]{0,10}?(?:组织|实体|研究所|国家|缔约国|签署国))?)"
    r"(?:还|也|另)?(?:有|是|为)(?![^，。；]*：)(?![\d一二三四五六七八九十百]+个)")  # (not ``…缔约国有84个，即：``)
#: ``…的两个研究所，即A和B``: the names a description stands for.
_THAT_IS = re.compile(r"[，,]即(?=[^，。；：]{2,}[，,。；])")
#: ``…方案网的三个研究所，即A、B和C``: a counted description of a group, then its names.
_COUNTED_BRACKET = re.compile(
    r"(?P<lead>的(?:[一二三四五六七八九十两]|\d{1,3})(?:个|家)[^，。；、的：（）]{1,10}[（(])(?P<names>[^（）()]{2,80})[）)]")
_COUNTED_THAT_IS = re.compile(
    r"的(?:[一二三四五六七八九十两]|\d{1,3})(?:个|家)(?P<noun>[^，。；、的：]{1,10})[，,]即(?=[^，。；：]{2,})")
#: ``政府间组织的观察员来自：A、B``: who attended, by where the observers came from.
_CAME_FROM = re.compile(r"(?:观察员|代表)(?:分别)?来自[：:]")
#: ``的观察员`` after each group of a list (``…还有A和B的观察员，以及…C的观察员。``): not part of the names.
_OBSERVERS_OF = re.compile(r"的(?:观察员|代表)(?=[，,、；;]|以及|和|$|。)")
#: A clause setting aside those named before: ``除上述缔约国外，``.
_EXCEPT = re.compile(r"^\s*除[^，。；]{1,12}外[，,]")
#: A line of the attendance section naming a capacity's observers: ``联合国系统实体的观察员：A、B。``
_LABELLED_LIST = re.compile(r"^[^：:，。；]{2,30}?的?(?:观察员|代表)[：:]")
_CAME_FROM_BARE = re.compile(r"((?:观察员|代表)(?:分别)?来自)(?![：:])")
#: The names a description stands for, between dashes: ``…的两个研究所——A和B——也派观察员出席了会议``.
_DASHED = re.compile(r"——(?P<names>[^—。；：]{2,80})——")
#: A lone dash between a capacity and the name it introduces: ``…的区域经济一体化组织——欧洲联盟也派代表…``.
_CAPACITY_DASH = re.compile(r"(区域经济一体化组织|政府间组织|签署国|研究所|实体|方案网|联合国系统)——(?![^—。；]*——)")
#: A capacity in brackets after its name, with 作为, before the verb of attending.
_AS_IN_BRACKETS = re.compile(r"[（(](?P<as>作为[^（）()]{2,40})[）)](?=(?:也|亦|还|均)?(?:派|出席|参加|列席|与会))")
#: A capacity labelling its names with a dash: ``…出席了会议：联合国系统实体——A；政府间组织——B、C。``
_LABEL_DASH = re.compile(r"(?<=[：；;])(?P<label>[^：；;。，—]{2,24})——")
#: A clause describing one of the names just listed: ``，后者系联合国预防犯罪和刑事司法方案网的研究所``.
_ASIDE_ABOUT = re.compile(r"[，,](?:后者|前者|其中后者|其中前者|其|它)(?:系|是|为|属于)[^。；]*")
#: Groups named before a list announced with its capacity: ``A、B，以及下列政府间组织出席了会议：C、D``.
_THEN_LISTED = re.compile(r"^(?P<named>[^：:。；]{2,}?)(?=[，,]?(?:以及|和|及)(?:下列|以下)[^，。；：:]{0,30}?"
                          r"(?:出席|参加|列席|与会)[^：:，。；]{0,10}[：:])")
_SENTENCE = re.compile(r"[^。]+。?")  # a sentence (linear: no lazy scan from every position)
_CLAUSE = re.compile(r"[^。；]+[。；]?")
#: A sentence cut after each clause saying who attended: ``A和B派观察员出席了会议，C也派了观察员。``
_ATTENDED_CLAUSE = re.compile(r"(?:(?<=出席会议)|(?<=参加会议)|(?<=列席会议)|(?<=了会议)|(?<=与会))[，,]")
_WHOLE = re.compile(r".+", re.S)
_LIST = re.compile(r"：([^：。]+)")
_KINDS = (  # the first match in the words before the names decides
    (re.compile(r"非(?:《公约》)?(?:签署国|缔约国)|非政府组织"), ParticipantKind.OTHER_ENTITY),
    (re.compile(r"签署国"), ParticipantKind.SIGNATORY),
    (re.compile(r"区域经济一体化组织"), ParticipantKind.REGIONAL_ORGANIZATION),
    (re.compile(r"政府间组织"), ParticipantKind.INTERGOVERNMENTAL_ORGANIZATION),
    (re.compile(r"研究所|方案网"), ParticipantKind.INSTITUTE),
    (re.compile(r"联合国系统(?:的?(?:下列|以下|各)?实体)?|专门机构|联合国举措|联合国机构|联合国实体"),
     ParticipantKind.UN_BODY),
    (re.compile(r"常驻观察员|实体"), ParticipantKind.OTHER_ENTITY),
    (re.compile(r"缔约国"), ParticipantKind.STATE_PARTY),
)
_ORG_KINDS = {
    "regional-organization": ParticipantKind.REGIONAL_ORGANIZATION,
    "intergovernmental-organization": ParticipantKind.INTERGOVERNMENTAL_ORGANIZATION,
    "institute": ParticipantKind.INSTITUTE,
    "un-body": ParticipantKind.UN_BODY,
    "other-entity": ParticipantKind.OTHER_ENTITY,
}
#: Words that describe a participant rather than name it.
_DESCRIPTIONS = re.compile(
    r"^(?:此外，?)?(?:[^（）]{0,40}?的(?:研究所|实体)|(?:(?!以及)[^（）、]){0,40}?之一|区域经济一体化组织|联合国系统专门机构|"
    r"《公约》签署国|公约签署国|签署国)"
)
#: The end of an attendance sentence alone (not a capacity written with 作为 before it).
_TAIL_ONLY = re.compile(r"[，,]?(?:分别|均|也|亦|都|则)?(?:以[^，。]{0,40}?身份)?(?:(?:派|有)(?:代表团?|观察员|员)?)?"
                        r"(?:(?:出席|参加|列席)了?(?:本次|本届)?(?:专家)?(?:会议)?|与会)(?:[。；]|$).*$")
#: ``A和B作为联合国系统实体``: names, then the capacity they come in.
_AS_KIND = re.compile(r"(?<=[^，,])作为(?P<kind>[^，。；、]{2,30})$")
#: ``X是…的Y，``: a participant and its capacity.
_IS_A = re.compile(r"^(?P<name>[^，。是：]{2,30})是(?P<desc>[^，。：]{2,40})[，,]")
#: A list's kind after its last name: ``…和H等政府间组织``, ``…三个《公约》签署国``.
_ETC_KIND = re.compile(r"(?:等|(?:这|此|上述)?(?:[一二三四五六七八九十两]|\d{1,3})个|这些)(?P<kind>[^、，。；]{2,30})$")
_LEAD_WORD = re.compile(r"^(?:(?:此外|另外|同时|还有)[，,]?|以及|和|及|[^、，。；]{0,6}?邀请了?)")
#: Groups of a list separated by ；, each with its own capacity.
_GROUP_SEP = re.compile(r"[；;]|[，,](?=以及)")
#: A capacity named before the names it applies to, from the start of the words.
#: The nouns a capacity's words end with (``…方案网所属研究所``).
_CAPACITY_NOUN = re.compile(r"签署国|区域经济一体化组织|联合国系统实体|联合国系统专门机构|专门机构|联合国系统的?|"
                            r"方案网研究所|研究所|方案网的?|政府间组织|非政府组织|实体")
_CAPACITY_FIRST = re.compile(rf"^(?:以及|和|及)?[^、，。；]{{0,30}}?(?:{_CAPACITY_NOUN.pattern})")
#: Words that begin a group of another capacity inside a list: ``…、联合国预防犯罪和刑事司法方案网的C和D``.
_CAPACITY_WORDS = (r"(?:联合国系统|联合国预防犯罪和刑事司法方案网|方案网|政府间组织|区域经济一体化组织|"
                   r"《公约》签署国|签署国)")
_LEADING_AS = re.compile(r"^(?:作为[^，。]{0,40}[，,]|作为[^，。]{0,30}?的|[^，。]{0,40}?(?:中|之中|方面)[，,])")
#: Words that count or describe participants without naming them: ``若干非政府组织的代表``.
_UNNAMED = re.compile(r"^(?:(?:此外|另外|同时)[，,]?)?(?:若干|一些|多个|数个|部分|其他|各|共有|共计|来自\d)")
_TAIL = re.compile(
    r"[，,]?(?:也|还|亦|均|都|则)?(?:以[^，。]{0,40}?身份)?(?:作为.*)?(?:以[^，。]{0,40}?身份)?(?:(?:派|有)(?:代表团?|观察员|员)?)?"
    r"(?:以[^，。]{0,40}?身份)?"
    r"(?:(?:出席|参加|列席)了?(?:本次|本届)?(?:专家)?(?:会议)?|与会|(?<=派)了?(?:代表|观察员))(?:[。；]|$).*$")
#: ``…和叙利亚阿拉伯共和国三个《公约》签署国``: how many, not a name.
_COUNTED = re.compile(r"(?:这|此|上述)?(?:[一二三四五六七八九十两]|\d{1,3})个[^、，。；]{0,30}$|这些[^、，。；]{2,30}$")
#: A group's capacity after its names: ``A和B以联合国系统实体的身份、C以…的身份派观察员出席了会议``.
_IN_CAPACITY = re.compile(r"以(?P<kind>[^，。；、：以]{2,40}?)的?身份"
                          r"|(?<=[^，,])作为(?P<as>[^，。；、：以]{2,40}?)(?=、|[，,]?(?:以及|和)|派|出席|参加|与会)")
#: Capacities shared out by count after a list: ``，其中前两者为联合国系统实体，后两者为…研究所``.
_SHARE = re.compile(r"(?P<side>[前后])(?P<n>[一两二三四五六七八九十\d]{1,2})(?:者|个|家|位)?(?:为|是|系|属于)"
                    r"(?P<kind>[^，,。；（）()]{2,40})")
_SHARES = re.compile(rf"[，,]其中(?:{_SHARE.pattern}[，,；]?){{2}}")
#: The same in a note after the list: ``（后三者为方案网研究所）``.
_SHARES_NOTED = re.compile(rf"[（(](?:其中)?(?:{_SHARE.pattern}[，,；]?){{1,2}}[）)]")
#: What a participant is of the body named before it: ``…方案网的组成机构X``.
_MEMBER_OF = re.compile(r"(?:组成|成员|下属|附属)(?:机构|单位|研究所)(?:之一)?")
#: ``…和中国等``, ``…和中国等缔约国``: the list's end, not a name.
_ETC = re.compile(r"等[^、，。；]{0,12}$")
#: A participant's kind in brackets after its name: ``欧洲委员会（政府间组织）`` (not an institute's short
#: name: ``亚洲和远东预防犯罪和罪犯待遇研究所（亚远研究所）``).
_KIND_BRACKET = re.compile(
    r"（(?!(?!方案网)[^（）]{1,8}研究所）)(?P<kind>[^（）]{0,20}?(?:非政府组织|政府间组织|区域经济一体化组织|联合国系统实体|联合国机构|专门机构|签署国|"
    r"常驻观察员|观察员|研究所|实体|缔约国|缔约方|联合国系统))）(?:[、；;]?(?:以及|和|及|与)?)")


def find(doc: Segmented) -> list[Attendance]:
    found: list[Attendance] = []
    for paragraph in doc.paragraphs:
        in_section = any("出席" in h.title for h in paragraph.headings)
        if not in_section and not _ATTENDED.search(paragraph.text):
            continue
        if not in_section and not re.search(r"(?:派|有)(?:代表团?|观察员|员)(?:出席|参加|与会)", paragraph.text):
            continue
        place = Place(PlaceKind.PARAGRAPH, str(paragraph.number))
        for sentence in _clauses_of(paragraph.text):
            said = _LIST_AFTER_VERB.sub(r"\1：", sentence.group(0))  # ``出席会议的有A、B``: a list, as after ``：``
            said = _CAME_FROM_BARE.sub(r"\1：", said)  # ``…观察员来自A、B和C``: the same
            said = _EXCEPT.sub(lambda e: " " * len(e.group(0)), said)  # ``除上述缔约国外，…``: no name
            if "的：" in said[:12]:  # ``出席会议的还有A和B的观察员，以及C的观察员``: the names
                said = _OBSERVERS_OF.sub(lambda o: " " * len(o.group(0)), said)
            said = _ASIDE_ABOUT.sub(lambda a: "。" + " " * (len(a.group(0)) - 1), said)  # ``，后者系…的研究所``
            # ``…方案网的三个研究所，即A…``: read as ``…方案网的A…``
            said = _COUNTED_THAT_IS.sub(  # (the noun kept for the capacity: ``的签署国A和B``)
                lambda c: " " * (len(c.group(0)) - 1 - len(c.group("noun"))) + "的" + c.group("noun"), said)
            said = _COUNTED_BRACKET.sub(  # ``…方案网的两个研究所（A、B）派…``: read as ``…方案网的A、B``
                lambda c: "的" + " " * (len(c.group("lead")) - 1) + c.group("names") + " ", said)
            said = _THAT_IS.sub("： ", said)  # ``方案网的两个研究所，即A和B，也…``: the names, as after ``：``
            # ``欧洲联盟（作为区域经济一体化组织…）派代表出席了会议``: the capacity, as if written without brackets
            said = _AS_IN_BRACKETS.sub(lambda b: b.group("as") + "  ", said)
            said = _LABEL_DASH.sub(lambda d: d.group("label") + ("：" if _kind(d.group("label")) else "——"), said)
            said = _DASHED.sub(lambda d: "：" + d.group("names") + "。 ", said)  # ``两个研究所——A和B——也…``
            said = _CAPACITY_DASH.sub(lambda d: d.group(1) + "  ", said)  # ``…区域经济一体化组织——欧洲联盟也…``
            listed = _LIST.search(said)
            named_list = in_section and listed and re.search(r"(?:这些|上述|其中)", said[: listed.start()]) and _kind(
                said[: listed.start()])  # ``…出席了会议。这些缔约国是：…``
            labelled_lines = in_section and len(_labelled(said)) >= 2  # ``联合国系统：A、B；研究所：C；…``
            labelled_list = in_section and _LABELLED_LIST.match(said)  # ``方案网研究所的观察员：C。``
            if not (_ATTENDED.search(said) or (in_section and re.search("出席|参加", said)) or named_list
                    or labelled_lines or labelled_list or _CAME_FROM.search(said)):
                continue
            found += _sentence(said, sentence.start(), place, len(found))
    return found


def _sentence(text: str, offset: int, place: Place, before: int) -> list[Attendance]:
    if (then := _THEN_LISTED.match(text)) and not _LIST.search(then.group("named")):
        # ``联合国系统的A、…所属的B，以及下列政府间组织出席了会议：C、D``: the groups named before, with the
        # verb of the list after them, then the list
        first = _sentence(then.group("named") + "出席了会议。", offset, place, before)
        return first + _sentence(text[then.end("named"):], offset + then.end("named"), place, before + len(first))
    if (shared := _shared_out(text)) is not None:
        by_share: list[Attendance] = []
        for at, line in shared:
            by_share += _sentence(line, offset + at, place, before + len(by_share))
        return by_share
    described = _IS_A.match(text)
    if described:  # ``欧洲联盟是《公约》缔约方的区域经济一体化组织，派代表出席了会议``
        return _sentence(described.group("desc") + "：" + described.group("name"), offset, place, before)
    if not _LIST.search(text) and re.search("，|以及|、" + _CAPACITY_WORDS, tail_cut := _TAIL_ONLY.sub("", text)):
        # (a group also ends at a 、 before another capacity: ``联合国系统的A和B、…方案网的C和D，以及…``)
        groups = [g for g in re.split(r"(?<=，)|(?=以及)|(?<=、)(?=" + _CAPACITY_WORDS + ")", tail_cut)
                  if g.strip("，、")]
        if len(groups) >= 2 and sum(bool(_described(g.strip("，、")) or _ETC_KIND.search(g.strip("，、"))
                                         or _AS_KIND.search(g.strip("，、"))) for g in groups):
            # ``A，…方案网研究所B和C，以及D、E和F等政府间组织也派观察员出席了会议``: each group its own
            by_group: list[Attendance] = []
            at = 0
            for group in groups:
                words = group.rstrip("，、")
                kind_words = _ETC_KIND.search(words) or _AS_KIND.search(words)
                line = (kind_words.group("kind") + "：" + words[: kind_words.start()]) if kind_words else words
                shift = -len(kind_words.group("kind")) - 1 if kind_words else 0
                by_group += _sentence(line, offset + at + shift, place, before + len(by_group))
                at += len(group)
            return by_group
    capacities = list(_IN_CAPACITY.finditer(text))
    if len(capacities) >= 2 and not _LIST.search(text):
        # ``A和B以联合国系统实体的身份、C以…研究所的身份派观察员出席了会议``: each group its own
        by_capacity: list[Attendance] = []
        start = 0
        for m in capacities:
            lead = re.match(r"[、，,；;]?(?:以及|和|及)?", text[start:])
            at = start + (lead.end() if lead else 0)
            kind = m.group("kind") or m.group("as")
            line = kind + "：" + text[at : m.start()]
            by_capacity += _sentence(line, offset + at - len(kind) - 1, place, before + len(by_capacity))
            start = m.end()
        return by_capacity
    labelled = _labelled(text)
    if len(labelled) >= 2:  # ``下列观察员也参加了会议：联合国系统实体：A、B；研究所：C；政府间组织：D…``
        lines: list[Attendance] = []
        for at, line in labelled:
            lines += _sentence(line, offset + at, place, before + len(lines))
        return lines
    listed = _LIST.search(text)
    # the groups run to the sentence's end: a group may list its own names after a colon
    # (``…；以及下列政府间组织：A、B和C。``)
    groups = _GROUP_SEP.split(text[listed.start(1):]) if listed else []
    if sum(bool(_described(g) or _LIST.search(g)) for g in groups) >= min(2, len(groups) - 1) and len(groups) >= 2:
        # ``出席会议的还有：《公约》签署国A；…区域经济一体化组织B；联合国系统实体C和D；…``: each group
        # says its participants' kind before naming them
        grouped: list[Attendance] = []
        assert listed is not None
        at = listed.start(1)
        head = text[: listed.start()]
        for group in groups:
            if not _kind(group) and not _LIST.search(group) and _kind(head):  # (the list's own capacity:
                line, shift = head + "：" + group, len(head) + 1                # ``下列缔约国…：A和B，以及…``)
            else:
                line, shift = group, 0
            grouped += _sentence(line, offset + at - shift, place, before + len(grouped))
            at += len(group) + 1
        return grouped
    if listed:
        head, names_at, names = text[: listed.start()], listed.start(1), _TAIL.sub("", listed.group(1))
        described = None if _kind(head) else _described(names)  # ``出席会议的有：联合国系统的A和B``
    else:
        head, names_at, names = "", 0, text
        leading = _LEADING_AS.match(names)  # 作为《公约》缔约方的区域经济一体化组织欧洲联盟…
        if leading:
            head, names_at, names = leading.group(0), leading.end(), names[leading.end():]
        names = _TAIL.sub("", names)
        described = _DESCRIPTIONS.match(names) or _described(names)
    if described:
        head, names_at, names = head + described.group(0), names_at + described.end(), names[described.end():]
    names = _ETC.sub("", _COUNTED.sub("", names.rstrip("。；; ")))
    names = re.sub(r"(?:分别|均|都|也|亦)$", "", names)  # ``A和B分别作为…``
    names = re.sub(r"的(?:观察员|代表团?)(?:们)?$", "", names)  # ``签署国叙利亚阿拉伯共和国的观察员也出席了会议``
    if lead_word := _LEAD_WORD.match(names):  # 此外，…
        names_at, names = names_at + lead_word.end(), names[lead_word.end():]
    kind = _kind(head or text)
    one_kind = bool(head) and len(_kinds_named(head)) == 1  # the list's stated capacity, for every name
    out: list[Attendance] = []
    states = kind in (ParticipantKind.STATE_PARTY, ParticipantKind.SIGNATORY)
    if _UNNAMED.match(names):
        return []
    for chunk, chunk_at, stated in _stated_kinds(names, names_at):
        for name, at in _after_relatives(split_names(chunk, chunk_at, states=states)):
            if (member := _MEMBER_OF.match(name)) and name_like(name[member.end() :]):
                at, name = at + member.end(), name[member.end() :]  # …方案网的组成机构联合国区域间犯罪和司法研究所
            name_kind = stated or (kind if one_kind and kind else None) or _known_kind(name) or kind
            if name_kind is None:
                continue
            span = Span(place, offset + at, offset + at + len(name), name)
            out.append(Attendance(name, name_kind, before + len(out) + 1, span))
    return out


def _after_relatives(names: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Each name without a relative clause before it (``在…设有…办事处的马耳他主权军事教团``), the
    words after the clause split again (``…方案网所属的巴塞尔治理研究所和韩国刑事政策研究院``: two)."""
    out: list[tuple[str, int]] = []
    for name, at in names:
        one_of = name.rfind("之一")
        relative = max(name.rfind("的"), one_of + 1 if one_of >= 0 else -1)
        if relative >= 0 and not known(name, units=False) and name_like(name[relative + 1 :]):
            out += split_names(name[relative + 1 :], at + relative + 1)
        else:
            out.append((name, at))
    return out


def _shared_out(text: str) -> list[tuple[int, str]] | None:
    """``…还有：A、B、C和D，其中前两者为联合国系统实体，后两者为…研究所``: the list's names shared
    out to the capacities by count, in order, as ``label：names`` lines (where each begins), or None."""
    shares = _SHARES.search(text) or _SHARES_NOTED.search(text)
    listed = _LIST.search(text, 0, shares.start()) if shares else None
    if not shares or not listed:
        return None
    names = split_names(text[listed.start(1) : shares.start()], listed.start(1))
    parts = [(m.group("side"), to_int(m.group("n")), m.group("kind")) for m in _SHARE.finditer(shares.group(0))]
    if len(parts) == 1 and parts[0][1] < len(names):
        # ``A、B、C和D（后三者为方案网研究所）``: the others have the capacity the list states (label "")
        rest = ("", len(names) - parts[0][1], "")
        parts = [rest, *parts] if parts[0][0] == "后" else [*parts, rest]
    if sum(n for _, n, _ in parts) != len(names) or len(parts) != 2 or parts[0][0] == "后" or parts[1][0] == "前":
        return None
    lines: list[tuple[int, str]] = []
    first = 0
    for _, n, kind in parts:
        group = names[first : first + n]
        start, end = group[0][1], group[-1][1] + len(group[-1][0])
        label = kind or text[: listed.start(1) - 1]  # (the names the note leaves out: the list's own capacity)
        lines.append((start - len(label) - 1, label + "：" + text[start:end]))
        first += n
    return lines


def _stated_kinds(names: str, at: int) -> list[tuple[str, int, ParticipantKind | None]]:
    """The list cut after each kind stated in brackets (``欧洲委员会（政府间组织）和透明国际
    （非政府组织）``): (names, their offset, the kind stated after them, or None)."""
    out: list[tuple[str, int, ParticipantKind | None]] = []
    start = 0
    for m in _KIND_BRACKET.finditer(names):
        out.append((names[start : m.start()], at + start, _kind(m.group("kind"))))
        start = m.end()
    if names[start:].strip():
        out.append((names[start:], at + start, None))
    return out


def _clauses_of(text: str) -> list[re.Match[str]]:
    """The sentences of a paragraph, a sentence without a list cut at ； into its clauses
    (``A以…身份出席了会议；B以…身份出席。``)."""
    out: list[re.Match[str]] = []
    for sentence in _SENTENCE.finditer(text):
        if "：" in sentence.group(0) or "；" not in sentence.group(0):
            out += _attended_clauses(text, sentence) if "：" not in sentence.group(0) else [sentence]
        else:
            out += list(_CLAUSE.finditer(text, sentence.start(), sentence.end()))
    return out


def _attended_clauses(text: str, sentence: re.Match[str]) -> list[re.Match[str]]:
    """A sentence cut after each clause saying who attended (the comma left out):
    ``A和B派观察员出席了会议，C也派了观察员。``"""
    out: list[re.Match[str]] = []
    start = sentence.start()
    for m in _ATTENDED_CLAUSE.finditer(text, sentence.start(), sentence.end()):
        if (clause := _WHOLE.match(text, start, m.start())) is not None:
            out.append(clause)
        start = m.end()
    if (rest := _WHOLE.match(text, start, sentence.end())) is not None:
        out.append(rest)
    return out


def _labelled(text: str) -> list[tuple[int, str]]:
    """Lines of a list labelled by capacity (``研究所：巴塞尔治理研究所、韩国刑事政策研究院；``):
    (where the label starts, ``label：names``) for each line whose label names a capacity."""
    out: list[tuple[int, str]] = []
    start = 0
    for piece in re.split(r"(?<=[；;])", text):
        parts = piece.rstrip("；;。").split("：")
        if len(parts) >= 2:
            label = parts[-2].rsplit("——", 1)[-1]  # ``…出席了会议——联合国系统实体：A、B；…``
            if _kind(label) and len(label) <= 24:
                at = start + piece.rfind(label + "：")
                out.append((at, label + "：" + parts[-1]))
        start += len(piece)
    return out


def _kinds_named(words: str) -> set[ParticipantKind]:
    """Every capacity ``words`` name (``下列联合国举措及…方案网各研究所``: two), each once."""
    found: set[ParticipantKind] = set()
    for pattern, kind in _KINDS:
        if pattern.search(words):
            found.add(kind)
            words = pattern.sub("　", words)
    return found


def _described(names: str) -> re.Match[str] | None:
    """A capacity leading the names without 的: ``联合国系统实体联合国开发计划署``,
    ``以及政府间组织海湾阿拉伯国家合作委员会``, ``《公约》签署国巴巴多斯``, ``…方案网所属研究所巴塞尔治理研究所``
    (the capacity's words ending at any of its nouns)."""
    shortest = _CAPACITY_FIRST.match(names)
    ends = sorted({e.end() for e in _CAPACITY_NOUN.finditer(names, 0, 40)} | ({shortest.end()} if shortest else set()))
    for end in ends:
        if not _CAPACITY_FIRST.fullmatch(names[:end]):
            continue
        end += 2 if names.startswith(("所属", "下属"), end) else 0  # ``…方案网所属巴塞尔治理研究所``
        m = re.match(re.escape(names[:end]), names)
        if m is None:
            continue
        rest = names[m.end() :]
        first = re.split(r"、|和|及|以及", rest, maxsplit=1)[0]
        listed = split_names(rest, 0)  # (a name with 和 in it: ``联合国区域间犯罪和司法研究所``)
        if first and (known(first) or leading_entity(rest) or (listed and known(listed[0][0]))):
            return m
    return None


def _kind(words: str) -> ParticipantKind | None:
    for pattern, kind in _KINDS:
        if pattern.search(words):
            return kind
    return None


def _known_kind(name: str) -> ParticipantKind | None:
    org = reference.organization_names().get(bare(name))
    return _ORG_KINDS.get(org.kind) if org else None
