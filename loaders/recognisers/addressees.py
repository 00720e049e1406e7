"""Who a recommendation asks to act: the States parties, the Secretariat, UNODC, the Conference, the
expert meeting itself, or others (networks, donors, other bodies), read from the item's first clause that
names any (``鼓励缔约国…``, ``秘书处应…``, ``缔约国与秘书处应…``) and any clause joined to it that asks others too,
else from the lead-in or group heading the item stands under (``专家会议还请秘书处：``)."""

from __future__ import annotations

import re

from ..facts import Recommendation

#: Actors, by the words that name them (longest first within a key).
ACTORS = (
    ("unodc", "(?:联合国)?毒品和犯罪问题办公室"),
    ("cosp", "(?:《?联合国反腐败公约》?)?缔约国会议(?:第[\\d一二三四五六七八九十]{1,3}届会议|主席团)?"),
    ("expert-meeting", "(?:今后的|未来的|以后各次|今后各次)?(?:增进《[^》]{1,20}》下)?(?:国际合作(?:问题)?)?"
                       "(?:不限成员名额政府间)?专家会议(?:的?(?:第[\\d一二三四五六七八九十]{1,3}|下一|下)次会议)?"),
    ("secretariat", "秘书处"),
    ("states-parties", "(?:《[^》]{1,20}》)?(?:各|所有|全体|其他)?(?:缔约国|会员国|国家)(?!会议)|各国"),
    ("other", "(?:各|有关|相关|其他)?(?:捐助方|捐助国|(?:技术援助|援助)?提供(?:方|者)|国际组织|区域组织|相关组织|"
              "国际和区域组织|民间社会|私营部门|"
              "(?:GlobE|反腐败执法机构全球(?:行动|业务))网络(?:秘书处)?|(?:区域|国际|从业人员|和|及)*网络|"
              # other bodies of the Conference, and organisations asked by name
              "(?:实施情况审议组|(?:资产追回|预防腐败|国际合作)(?:问题)?(?:不限成员名额政府间)?工作组|"
              "国际刑事警察组织|国际刑警组织|欧洲刑警组织|欧洲司法组织|世界银行|经济合作与发展组织|经合组织|"
              "金融行动特别工作组|埃格蒙特集团|国际反腐败学院|追回被盗资产(?:举措|倡议)|联合国开发计划署|开发计划署|"
              "国际货币基金组织|联合国全球契约|欧洲联盟|非洲联盟|美洲国家组织|欧洲委员会|反腐败国家集团|英联邦秘书处)"
              "(?:（[^（）]{1,12}）)?(?!的))"),
)
_ACTOR = "|".join(f"(?:{words})" for _, words in ACTORS)
_ACTOR_KEYED = re.compile("|".join(f"(?P<{key.replace('-', '_')}>{words})" for key, words in ACTORS))
_ACTOR_LIST = rf"(?:{_ACTOR})(?:(?:、|和|及|以及)(?:{_ACTOR})|与(?:{_ACTOR})(?=共同|一道|一起|应|须|将|$))*"
#: (``与`` joins actors only when they act together: ``由毒品和犯罪问题办公室与秘书处共同编写``, ``A与B应…``;
#: ``请秘书处与X合作``
#: asks the Secretariat alone)
#: ``鼓励|请…ACTORS…``: the actors are the object of the request (perhaps after a relative
#: clause: ``请尚未向秘书处通报其主管机关的缔约国…``).
_ASK = re.compile(
    r"^(?:此外|另外|同时|还|并)?[，,]?(?:(?:专家)?会议)?(?:应|还|继续|也|并|进一步)?"
    r"(?:鼓励|提请|请|促请|敦促|邀请|吁请|呼吁|建议|要求|赞扬|应赞扬|欢迎)"
)
#: A clause joined to the first that asks others too: ``，并邀请缔约国…``.
_AND_ASK = re.compile(
    r"(?:并|同时|还|并且)(?:鼓励|请|促请|敦促|邀请|吁请|呼吁|要求)|(?:包括|并|并且)?由(?=[^，。；]{2,20})")
_TO_THE_CONFERENCE = re.compile(r"(?:专家会议)?建议(?:《?联合国反腐败公约》?)?缔约国会议")
#: A later clause whose own subject is asked: ``…，缔约国应定期向秘书处提供…``.
_ALSO_SUBJECT = re.compile(
    rf"(?:而|同时|此外|并且?)?[，,]?\s?(?:{_ACTOR_LIST})(?:也|还|则|亦|均|都)?(?:应当?|须|必须|宜|不妨)")
#: ``应由ACTORS…``: the actors are the agent of a passive.
_BY = re.compile(r"^(?:应当?|将|可|须|宜)?由")
_LIST_AT = re.compile(_ACTOR_LIST)
#: ``ACTORS应…``, ``ACTORS同意…``: the actors are the subject.
_MODAL = re.compile(r"应当?|应该|将|可以?|似宜|宜|须|必须|不妨|同意|决定|商定|继续|还应|也应|亦应|需要|要|承诺")
#: The subject before its modal, perhaps with a phrase of time or manner and an adverb between:
#: ``缔约国在处理请求时应…``, ``缔约国尤其应当…`` (not one served: ``为专家会议今后的会议继续组织…``).
_SUBJECT_END = re.compile(
    rf"(?<![为向对给与同替])(?:{_ACTOR_LIST})(?:各?(?:外地|区域|国家)?办事处)?(?:(?:今后|未来|以后)?的?(?:每次|各次)会议|(?:今后|未来|以后)?的(?:每次|各次)?(?:工作|讨论|审议|会议))?(?:在[^，。；]{{1,24}}?(?:时|中|上|方面|过程中|情况下))?"
    r"(?:今后|未来|以后)?(?:尤其|特别是?|也|还|均|都|仍|则|更|亦|同样|各自)?$")


def addressees(recs: list[Recommendation]) -> dict[str, list[str]]:
    """Who each recommendation asks to act: ``鼓励缔约国…`` → states-parties, ``秘书处应…`` → secretariat,
    ``鼓励缔约国和秘书处…`` → both; a body named as a partner (``与毒品和犯罪问题办公室…协调``) is not
    asked.  A proposal with no actor named (``充分利用《公约》…``) is addressed to the States parties.
    """
    out: dict[str, list[str]] = {}
    for rec in recs:
        found = _actors(rec.text) or (_keys(rec.heading) if rec.heading else [])
        out[rec.label] = found or ["states-parties"]
    return out


def _actors(text: str) -> list[str]:
    """The actors asked by the first clause that names any: ``为此，缔约国应…``, ``在资源允许的情况下，
    请秘书处…``, ``根据第8/1号决议，鼓励缔约国…`` (a short name in brackets after an actor's is left out:
    ``联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）应…``)."""
    text = re.sub(r"[（(][^（）()，。；]{1,20}[）)]", "", text)
    starts = [0, *(m.end() for m in re.finditer(r"[，,]", text))]
    for i, start in enumerate(starts[:3]):
        found = _actors_from(text[start:])
        if found == ["cosp"] and _TO_THE_CONFERENCE.match(text, start):
            return found  # ``建议缔约国会议…考虑…，并请秘书处…``: what the Conference is to ask is the Conference's
        if found:
            # and those asked in a clause joined to it: ``专家会议同意…，并邀请缔约国…``, ``秘书处应…，并请缔约国…``
            # (not those the actors themselves are to encourage: ``毒品和犯罪问题办公室应…，并鼓励…的缔约国…``)
            acting = not (_ASK.match(text, start) or _BY.match(text, start)) and "expert-meeting" not in found
            for later in starts[i + 1 :]:
                joined = _AND_ASK.match(text, later)
                if (joined and not (acting and "鼓励" in joined.group(0))) or _ALSO_SUBJECT.match(text, later):
                    # ``秘书处应…，缔约国应定期…``: a clause with its own subject and modal asks its actors too
                    found += [k for k in _actors_from(text[later:]) if k not in found]
            return found
    return []


def _actors_from(text: str) -> list[str]:
    text = re.sub(r"^(?:包括|并且?)(?=由)", "", text)
    by = _BY.match(text)
    if by and (m := _LIST_AT.match(text, by.end())):
        return _keys(m.group(0))
    head = re.split(r"[，,；;：]", text, maxsplit=1)[0]
    asked = _ASK.match(text)
    if asked:
        rest = re.split(r"[，,；;。]", text[asked.end():], maxsplit=1)[0]
        m = _LIST_AT.match(rest)
        if not m:  # a relative clause first: 尚未…的缔约国
            m = next((x for x in (_LIST_AT.match(rest, d.end()) for d in re.finditer("的", rest)) if x), None)
        if m:
            found = _keys(m.group(0))
            also = _AND_ASK.match(rest, m.end()) or _AND_ASK.match(rest, m.end() + 1)  # ``呼吁秘书处并请X…``
            listed = _LIST_AT.match(rest, also.end()) if also else None
            return found + [k for k in _keys(listed.group(0)) if k not in found] if listed else found
    for modal in _MODAL.finditer(head):
        subject = _SUBJECT_END.search(head[: modal.start()])
        if subject:
            return _keys(subject.group(0))
    return []


def _keys(listed: str) -> list[str]:
    keys: list[str] = []
    for m in _ACTOR_KEYED.finditer(listed):
        key = next(k for k, v in m.groupdict().items() if v is not None).replace("_", "-")
        if key not in keys:
            keys.append(key)
    return keys
