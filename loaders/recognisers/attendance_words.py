"""The words of attendance: the verbs of attending, the capacities participants come in, the
shapes of their lists (after a colon, a verb, a dash, in brackets, counted, shared out), read by
:mod:`.attendance`."""

from __future__ import annotations

import re

from ...ontology import reference
from ..facts import ParticipantKind
from .name_lists import bare

ATTENDED = re.compile(r"(?:出席|参加|列席)了?(?:本次|本届)?(?:专家)?会议"
                       r"|(?:派|作为|以|有)(?:代表团?|观察员|员)(?:身份)?(?:与会|出席|列席)|身份(?:与会|出席|列席)|派[了有]?(?:代表|观察员)(?:[。；]?$|[：:])")
#: ``派观察员出席会议的有A、B``, ``与会的是A和B``: the verb after which the names are listed.
LIST_AFTER_VERB = re.compile(
    r"((?:出席|参加|列席|与会)[^，。；：]{0,8}?的(?:[^，。；：有]{0,10}?(?:组织|实体|研究所|国家|缔约国|签署国))?)"
    r"(?:还|也|另)?(?:有|是|为)(?![^，。；]*：)(?![\d一二三四五六七八九十百]+个)")  # (not ``…缔约国有84个，即：``)
#: ``…的两个研究所，即A和B``: the names a description stands for.
THAT_IS = re.compile(r"[，,]即(?=[^，。；：]{2,}[，,。；])")
#: ``…方案网的三个研究所，即A、B和C``: a counted description of a group, then its names.
COUNTED_BRACKET = re.compile(
    r"(?P<lead>的(?:[一二三四五六七八九十两]|\d{1,3})(?:个|家)[^，。；、的：（）]{1,10}[（(])(?P<names>[^（）()]{2,80})[）)]")
COUNTED_THAT_IS = re.compile(
    r"的(?:[一二三四五六七八九十两]|\d{1,3})(?:个|家)(?P<noun>[^，。；、的：]{1,10})[，,]即(?=[^，。；：]{2,})")
#: ``政府间组织的观察员来自：A、B``: who attended, by where the observers came from.
CAME_FROM = re.compile(r"(?:观察员|代表)(?:分别)?来自[：:]")
#: ``的观察员`` after each group of a list (``…还有A和B的观察员，以及…C的观察员。``): not part of the names.
OBSERVERS_OF = re.compile(r"的(?:观察员|代表)(?=[，,、；;]|以及|和|$|。)")
#: A clause setting aside those named before: ``除上述缔约国外，``.
EXCEPT = re.compile(r"^\s*除[^，。；]{1,12}外[，,]")
#: A line of the attendance section naming a capacity's observers: ``联合国系统实体的观察员：A、B。``
LABELLED_LIST = re.compile(r"^[^：:，。；]{2,30}?的?(?:观察员|代表)[：:]")
CAME_FROM_BARE = re.compile(r"((?:观察员|代表)(?:分别)?来自)(?![：:])")
#: The names a description stands for, between dashes: ``…的两个研究所——A和B——也派观察员出席了会议``.
DASHED = re.compile(r"——(?P<names>[^—。；：]{2,80})——")
#: A lone dash between a capacity and the name it introduces: ``…的区域经济一体化组织——欧洲联盟也派代表…``.
CAPACITY_DASH = re.compile(r"(区域经济一体化组织|政府间组织|签署国|研究所|实体|方案网|联合国系统)——(?![^—。；]*——)")
#: A capacity in brackets after its name, with 作为, before the verb of attending.
AS_IN_BRACKETS = re.compile(r"(?:[（(]|——)(?P<as>作为[^（）()—]{2,40})(?:[）)]|——)"  # (or between dashes)
                            r"(?=(?:也|亦|还|均)?(?:派|出席|参加|列席|与会))")
#: A capacity labelling its names with a dash: ``…出席了会议：联合国系统实体——A；政府间组织——B、C。``
LABEL_DASH = re.compile(r"(?<=[：；;])(?P<label>[^：；;。，—]{2,24})——")
#: A clause describing one of the names just listed: ``，后者系联合国预防犯罪和刑事司法方案网的研究所``.
ASIDE_ABOUT = re.compile(r"[，,](?:后者|前者|其中后者|其中前者|其|它)(?:系|是|为|属于)[^。；]*")
#: Groups named before a list announced with its capacity: ``A、B，以及下列政府间组织出席了会议：C、D``.
THEN_LISTED = re.compile(r"^(?P<named>[^：:。；]{2,}?)(?=[，,]?(?:以及|和|及)(?:下列|以下)[^，。；：:]{0,30}?"
                          r"(?:出席|参加|列席|与会)[^：:，。；]{0,10}[：:])")
#: Someone sent to attend, outside the attendance section (not ``减轻…派员与会的负担``, a burden).
SENT_TO_ATTEND = re.compile(r"(?:派|有)(?:代表团?|观察员|员)(?:出席|参加|与会)(?!的[^有是为还])")
SENTENCE = re.compile(r"[^。]+。?")  # a sentence (linear: no lazy scan from every position)
CLAUSE = re.compile(r"[^。；]+[。；]?")
#: A sentence cut after each clause saying who attended: ``A和B派观察员出席了会议，C也派了观察员。``
ATTENDED_CLAUSE = re.compile(r"(?:(?<=出席会议)|(?<=参加会议)|(?<=列席会议)|(?<=了会议)|(?<=与会))[，,](?!即)")
WHOLE = re.compile(r".+", re.S)
LIST = re.compile(r"：([^：。]+)")
KINDS = (  # the first match in the words before the names decides
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
ORG_KINDS = {
    "regional-organization": ParticipantKind.REGIONAL_ORGANIZATION,
    "intergovernmental-organization": ParticipantKind.INTERGOVERNMENTAL_ORGANIZATION,
    "institute": ParticipantKind.INSTITUTE,
    "un-body": ParticipantKind.UN_BODY,
    "other-entity": ParticipantKind.OTHER_ENTITY,
}
#: Words that describe a participant rather than name it.
DESCRIPTIONS = re.compile(
    r"^(?:此外，?)?(?:[^（）]{0,40}?的(?:研究所|实体)|(?:(?!以及)[^（）、]){0,40}?之一|区域经济一体化组织|联合国系统专门机构|"
    r"《公约》签署国|公约签署国|签署国)"
)
#: The end of an attendance sentence alone (not a capacity written with 作为 before it).
TAIL_ONLY = re.compile(r"[，,]?(?:分别|均|也|亦|都|则)?(?:以[^，。]{0,40}?身份)?(?:(?:派|有)(?:代表团?|观察员|员)?)?"
                        r"(?:(?:出席|参加|列席)了?(?:本次|本届)?(?:专家)?(?:会议)?|与会)(?:[。；]|$).*$")
#: ``A和B作为联合国系统实体``: names, then the capacity they come in.
AS_KIND = re.compile(r"(?<=[^，,])作为(?P<kind>[^，。；、]{2,30})$")
#: ``X是…的Y，``: a participant and its capacity.
IS_A = re.compile(r"^(?P<name>[^，。是：]{2,30})是(?P<desc>[^，。：]{2,40})[，,]")
#: A list's kind after its last name: ``…和H等政府间组织``, ``…三个《公约》签署国``.
ETC_KIND = re.compile(r"(?:等|(?:这|此|上述)?(?:[一二三四五六七八九十两]|\d{1,3})个|这些)(?P<kind>[^、，。；]{2,30})$")
LEAD_WORD = re.compile(r"^(?:(?:此外|另外|同时|还有)[，,]?|以及|和|及|[^、，。；]{0,6}?邀请了?)")
#: Groups of a list separated by ；, each with its own capacity.
GROUP_SEP = re.compile(r"[；;]|[，,](?=以及)")
#: A capacity named before the names it applies to, from the start of the words.
#: The nouns a capacity's words end with (``…方案网所属研究所``).
CAPACITY_NOUN = re.compile(r"签署国|区域经济一体化组织|联合国系统实体|联合国系统专门机构|专门机构|联合国系统的?|"
                            r"方案网研究所|研究所|方案网的?|政府间组织|非政府组织|实体")
CAPACITY_FIRST = re.compile(rf"^(?:以及|和|及)?[^、，。；]{{0,30}}?(?:{CAPACITY_NOUN.pattern})")
#: Words that begin a group of another capacity inside a list: ``…、联合国预防犯罪和刑事司法方案网的C和D``.
CAPACITY_WORDS = (r"(?:联合国系统|联合国预防犯罪和刑事司法方案网|方案网|政府间组织|区域经济一体化组织|"
                   r"《公约》签署国|签署国)")
LEADING_AS = re.compile(r"^(?:(?:此外|另外|同时)[，,]?)?"
                        r"(?:作为[^，。]{0,40}[，,]|作为[^，。]{0,30}?的|[^，。]{0,40}?(?:中|之中|方面)[，,])")
#: A counted description of a list, then its names: ``出席会议的政府间组织共有四个——A、B…``.
COUNTED_DASH = re.compile(
    r"(?<=[^，。；：])(?:共有|共|有|为|是)(?:[一二三四五六七八九十两]|\d{1,3})(?:个|家)(?:——|—|：|:)")
#: Words that count or describe participants without naming them: ``若干非政府组织的代表``.
UNNAMED = re.compile(r"^(?:(?:此外|另外|同时)[，,]?)?(?:若干|一些|多个|数个|部分|其他|各|共有|共计|来自\d)")
TAIL = re.compile(
    r"[，,]?(?:也|还|亦|均|都|则)?(?:以[^，。]{0,40}?身份[，,]?)?(?:作为.*)?(?:以[^，。]{0,40}?(?:身份|方式|形式))?"
    r"(?:(?:派|有)(?:代表团?|观察员|员)?)?"
    r"(?:以[^，。]{0,40}?身份)?"
    r"(?:(?:出席|参加|列席)了?(?:本次|本届)?(?:专家)?(?:会议)?|与会|(?<=派)了?(?:代表|观察员))(?:[。；]|$).*$")
#: ``…和叙利亚阿拉伯共和国三个《公约》签署国``: how many, not a name.
COUNTED = re.compile(r"(?:这|此|上述)?(?:[一二三四五六七八九十两]|\d{1,3})个[^、，。；]{0,30}$|这些[^、，。；]{2,30}$")
#: A group's capacity after its names: ``A和B以联合国系统实体的身份、C以…的身份派观察员出席了会议``.
IN_CAPACITY = re.compile(r"以(?P<kind>[^，。；、：以]{2,40}?)的?身份"
                          r"|(?<=[^，,])作为(?P<as>[^，。；、：以]{2,40}?)(?=、|[，,]?(?:以及|和)|派|出席|参加|与会)")
#: Capacities shared out by count after a list: ``，其中前两者为联合国系统实体，后两者为…研究所``.
SHARE = re.compile(r"(?P<side>[前后])(?P<n>[一两二三四五六七八九十\d]{1,2})(?:者|个|家|位)?(?:为|是|系|属于)"
                    r"(?P<kind>[^，,。；（）()]{2,40})")
SHARES = re.compile(rf"[，,]其中(?:{SHARE.pattern}[，,；]?){{2}}")
#: The same in a note after the list: ``（后三者为方案网研究所）``.
SHARES_NOTED = re.compile(rf"[（(](?:其中)?(?:{SHARE.pattern}[，,；]?){{1,2}}[）)]")
#: What a participant is of the body named before it: ``…方案网的组成机构X``.
MEMBER_OF = re.compile(r"(?:组成|成员|下属|附属)(?:机构|单位|研究所)(?:之一)?")
#: ``…和中国等``, ``…和中国等缔约国``: the list's end, not a name.
ETC = re.compile(r"等[^、，。；]{0,12}$")
#: A participant's kind in brackets after its name: ``欧洲委员会（政府间组织）`` (not an institute's short
#: name: ``亚洲和远东预防犯罪和罪犯待遇研究所（亚远研究所）``).
KIND_BRACKET = re.compile(
    r"（(?!(?!方案网)[^（）]{1,8}研究所）)(?P<kind>[^（）]{0,20}?(?:非政府组织|政府间组织|区域经济一体化组织|联合国系统实体|联合国机构|专门机构|签署国|"
    r"常驻观察员|观察员|研究所|实体|缔约国|缔约方|联合国系统))）(?:[、；;]?(?:以及|和|及|与)?)")


def kinds_named(words: str) -> set[ParticipantKind]:
    """Every capacity ``words`` name (``下列联合国举措及…方案网各研究所``: two), each once."""
    found: set[ParticipantKind] = set()
    for pattern, kind in KINDS:
        if pattern.search(words):
            found.add(kind)
            words = pattern.sub("　", words)
    return found


def kind_in(words: str) -> ParticipantKind | None:
    for pattern, kind in KINDS:
        if pattern.search(words):
            return kind
    return None


def known_kind(name: str) -> ParticipantKind | None:
    org = reference.organization_names().get(bare(name))
    return ORG_KINDS.get(org.kind) if org else None
