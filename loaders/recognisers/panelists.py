"""Where a panel's panelists come from: the States, territories and organisations named for them.

Panelists are named by where they come from, in groups: ``来自A、B和C的主讲人以及来自D的
主讲人``, ``A和B以及C和D的专家介绍了…``, ``A的专家以及B的一名代表担任小组成员``,
``由来自A、B和C的小组成员作了专题介绍``, ``一位主讲人来自A法务部``, ``主讲人分别来自A和
B``; in person, with their office (``奥地利联邦反腐败局的 Markus Steinbauer``, ``Ingrid Solheim
（挪威经济犯罪调查局）``, ``厄瓜多尔总检察院国际事务司司长 Verónica Cevallos``), in bullets, in
tables, or by office and role after a colon.  :func:`origins` reads those of a stretch of text; an
origin is the State, territory or organisation as first written; a State's agency
(``英国国家犯罪调查局``) is its State, a unit of an organisation (``毒品和犯罪问题办公室预防恐怖主义处``)
stays whole.  Whoever moderates (``讨论由X的一名官员主持``) is not a panelist.
"""

from __future__ import annotations

import re

from ..facts import Panelist, Place, Span
from ..names import PERSON, entity, leading_entity
from .name_lists import known, name_like, split_names
from .tables import tables

#: A university or research body: an organisation of its own, not its State (``新加坡国立大学法学院``).
_ACADEMIC = re.compile(r"大学|(?<!检察)(?<!司法)学院|研究院|研究所|研究中心")
#: A role closing an office: ``…合作署（欧洲司法组织）国家成员`` (the body, then the post held in it).
_TRAILING_ROLE = re.compile(r"(?<=[）)局署部院办处科司会])(?:国家|高级|首席|副|资深)?"
                            r"(?:成员|代表|官员|检察官|法官|专家|顾问|协调员|中校|上校|主任|教授)$")
_ACADEMIC_NAME = re.compile(r"^.+?(?:大学(?:[^，。；、]{1,8}?学院)?|学院|研究院|研究所|研究中心)(?=[^，。；、]{1,8}$)")
#: Words no origin holds: a person's honorific, a verb of speaking.
_NOT_AN_ORIGIN = re.compile(r"先生|女士|介绍了|指出|发言|表示|如何|促成|说明|强调|认为")
#: Nouns for panelists (longest first).
_ROLE = (r"(?:讨论小组成员|小组讨论成员|专题小组成员|小组讨论者|小组成员|主讲嘉宾|发言嘉宾|专题发言人|主讲人|讨论嘉宾|"
         r"与谈人|嘉宾|专家|发言人|发言者|代表|官员|副检察长|检察长|检察官|法官|律师|从业人员|调查人员|执法人员|调查员|侦查员|学者|成员|司长|局长|处长|科长|股长|组长|主任|负责人|顾问|干事|分析员|协调员|专员|"
         r"副教授|教授|研究员|讲师)")


_QUANTITY = r"(?:[一两二三四五六七八九十几\d]+(?:名|位|个))?"
#: ``…的[一名][高级金融部门]ROLE``: the origins are the words before it.
_OF_ROLE = re.compile(rf"的{_QUANTITY}(?:(?!来自|代表|的)[\u4e00-\u9fff]){{0,8}}?{_ROLE}")
#: ``来自巴西的 Maria Silva 女士``: a panelist named in person, with where they come from.
_FROM_PERSON = re.compile(rf"来自(?P<list>[^，。；：的]{{2,40}})的(?=\s?{PERSON.pattern})")
#: ``[一位]ROLE[分别]来自…``: the origins are the words after it.
_ROLE_FROM = re.compile(
    rf"{_QUANTITY}{_ROLE}(?:分别|均|都)?来自[：:]?(?P<list>[^，。；：]+(?:[，,](?:以及|和|及)[^，。；：]+)?)")
#: ``大韩民国法务部…的金志勋首先发言``: a panelist named in Chinese characters after where they come from,
#: then speaking.
_OF_HAN_SPEAKER = re.compile(
    rf"(?:^|(?<=[，。；：、]))(?P<list>[^，。；：、的]{{2,30}})的(?!{_QUANTITY}{_ROLE}|各)"
    r"(?:[\u4e00-\u9fff]{1,3}·)?[\u4e00-\u9fff]{2,4}(?:先生|女士)?"
    r"(?:首先|随后|接着|然后|最后|也|还|则)?(?:发言|介绍|指出|说明|表示|谈到|概述|阐述)")


#: ``厄瓜多尔总检察院国际事务司司长 Verónica Cevallos``: a person after their office and title, no ``的``.
_OFFICE_THEN_PERSON = re.compile(
    rf"(?:^|(?<=[，。；：、和及与有是为㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩])|(?<=包括))(?P<list>[^，。；：、的]{{2,30}}?)(?<![一两二三四五六七八九十\d][名位]){_ROLE}\s?"
    rf"(?={PERSON.pattern}|[\u4e00-\u9fff\uac00-\ud7af]{{2,4}}(?:[；;，,。、(（]|$|以及|和|作|介绍|发言))")


#: Common family names that begin a name written in Chinese characters (Chinese, Korean, Vietnamese, Japanese).
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
             "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
             "万钱严覃武戴莫孔向汤阮朴裴山佐铃渡伊中小松井木村")
#: ``马来西亚总检察署国际事务处的陈美玲以及…``: a panelist named in Chinese characters in a list.
_OF_HAN_PERSON = re.compile(
    rf"(?:^|(?<=[，。；：、]))(?P<list>[^，。；：、的]{{2,30}})的(?!{_QUANTITY}{_ROLE}|各)[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}"
    r"(?=[，,、；;。]|以及|和(?![\u4e00-\u9fff]{0,2}[国组])|$)")
#: ``来自A和B``, wherever it stands in an announcement (``两名专家（分别来自瑞士和联合王国）``).
_FROM_ANY = re.compile(r"来自[：:]?(?P<list>[^，。；：（）()的]{2,40})(?:[（(](?P<inner>[^（）()]{2,60})[）)])?")
#: ``奥地利的 Hans Gruber``: a panelist named in person after where they come from.
_OF_PERSON = re.compile(
    rf"(?:^|(?<=[，。；：、和及与有是为])|(?<=包括))"
    rf"(?P<list>(?:(?!以及)[^，。；：、的（）()]|[（(][^（）()，。；]{{1,20}}[）)]){{2,30}})"
    rf"的\s?(?={PERSON.pattern})")


#: ``另有一名国际刑警组织代表参加了讨论``: a count, then where the panelist comes from, then the role.
_COUNT_THEN_ORIGIN = re.compile(r"(?:另有|还有|也有|另)(?:一|两|二)(?:名|位)(?P<list>[^，。；的]{2,30}?)的?"
                                r"(?:代表|专家|官员)"
                                r"(?:也|亦)?(?:参加|出席|参与)")
#: ``由A、B和C专家组成的专题小组``: the panel made up of their experts (no 的 before the role).
_COMPOSED = re.compile(rf"由(?P<list>[^，。；由的]{{2,60}}?){_QUANTITY}{_ROLE}(?:共同)?组成")
#: ``A、B和C派专家参加了讨论``: the States that sent the panelists.
_SENT = re.compile(r"(?:^|(?<=[，。；：]))(?P<list>[^，。；：]{2,60}?)(?:亦|也|还|则|另)?各?(?:派|选派|派出)(?:了)?"
                   r"(?:[一两二三四五六七八九十\d]+(?:名|位))?(?:专家|代表|官员)(?:[，,]?(?:参加|参与|出席)|[，,]?作了)")
#: A person named with their office in brackets.
_PERSON_OF = re.compile(
    rf"(?:{PERSON.pattern})\s?[（(](?P<of>[^（）()，。；]{{2,40}}?)(?:[（(][^（）()]{{0,30}}[）)])?[）)]")


#: A person named in Chinese characters with their office in brackets: ``和王海涛（中国国家监察委员会）``.
_HAN_PERSON_OF = re.compile(
    r"(?:^|(?<=[、和及与：—])|(?<=人为)|(?<=员为))[\u4e00-\u9fff·]{2,10}[（(](?P<of>[^（）()，。；]{2,40})[）)]")
#: A person with their State, then their office, in brackets: ``Nguyễn Thị Thu Hà（越南，最高人民检察院）``.
_PERSON_STATE_OFFICE = re.compile(
    rf"(?:{PERSON.pattern}|[\u4e00-\u9fff·]{{2,10}})\s?[（(](?P<of>[^（）()，,。；]{{2,20}})[，,][^（）()]{{1,40}}[）)]")
#: Where a panelist comes from, then the person and their office in brackets: ``巴西（Thiago Mendonça，联邦检察院）``.
_ORIGIN_THEN_PERSON = re.compile(
    r"(?:^|(?<=[：:、和及与]))(?P<of>[^（）()、，。；：:和及与]{2,20})[（(][^（）()，,]{2,40}[，,][^（）()]{1,40}[）)]")
#: A panelist named in person, then where they come from: ``Nour Benaïssa 来自阿尔及利亚司法部``.
_PERSON_FROM = re.compile(rf"(?:{PERSON.pattern})\s?来自(?P<of>[^，。；：的]{{2,30}})")
#: A person, then what they presented: the panelist a sentence after the announcement opens on.
_PRESENTS = re.compile(
    rf"\s?(?:{PERSON.pattern})\s?(?:先生|女士)?(?:随后|则|还|也)?(?:介绍|指出|说明|谈到|概述|强调|阐述)")
#: After the announcement, a talk given outside the panel: ``国际刑事警察组织的一名代表随后作了专题介绍``.
_OWN_TALK = re.compile(r"[^，。；]{0,6}?作了(?:一次|一个|一场)?(?:专题)?(?:介绍|发言|报告)")
#: The words after a role that make its holder the moderator.
_MODERATES = re.compile(r"[^，。；]{0,4}主持")
_SENTENCE_BREAK = re.compile(r"[。；]")
_OPENING = re.compile(r"^(?:最后|此外|随后|另外|其次|首先)[，,]?")
#: Organisations each sending one: ``国际刑警组织和欧洲刑警组织各一名代表``.
_EACH_ONE = re.compile(
    r"(?:^|(?<=[，。；：、])|(?<=以及))(?P<list>[^，。；：、的（）]{2,40}?)(?:也|亦|还)?(?:各(?:派了?|有)?|有|派了?)(?:一|两|二)(?:名|位)")
#: States counted then named in brackets: ``三个缔约国（爱沙尼亚、肯尼亚和乌拉圭）的``.
_STATES_LISTED = re.compile(r"(?:[一二三四五六七八九十两]|\d{1,2})个(?:缔约国|国家)[（(](?P<list>[^（）()]{2,60})[）)]")
#: How many, not who: ``三位国家执法机构``, ``三个缔约国（…）``, ``缔约国``.
_COUNTED = re.compile(r"(?:[一二三四五六七八九十两]|\d{1,2})[位名个]|(?:缔约国|国家|会员国)(?:[（(]|$)")
#: What follows a moderator's name: ``主持``, ``担任主持人``.
_MODERATING = re.compile(r"\s?(?:女士|先生)?(?:[（(][^（）()]{1,40}[）)])?[^，。；]{0,4}?(?:主持|担任主持人|引导)")
#: A bulleted panelist: ``• NAME，OFFICE；``.
_BULLETED = re.compile(r"(?:[•·]|(?:^|(?<=[：:；;]))[–—－])\s?[^，,；;。•–—]{1,40}[，,](?P<office>[^；;。•–—]{2,60})")
#: Panelists listed by office and role after a colon: ``发言者为：荷兰检察院代表、…和欧洲司法组织代表``.
_ROLES_LISTED = re.compile(r"(?:为|是|有|包括|如下)[：:](?P<list>[^。；]+)")
_ROLE_ITEM = re.compile(rf"(?:^|(?<=[、，,])|(?<=以及)|(?<=和)|(?<=及))(?P<of>[^、，,的（）()]{{2,30}}?)的?"
                        rf"{_QUANTITY}{_ROLE}"
                        r"(?=$|[、，,]|以及|和|及)")


#: Bodies listed as taking part: ``参加讨论的有：A、B和C``.
_TOOK_PART = re.compile(r"(?:参加|参与)(?:了)?(?:小组)?讨论的(?:有|是|包括|为)[：:]?(?P<list>[^。；]+)")
#: A paragraph after the announcement opening on who spoke: ``随后，毛里求斯代表介绍了…``.
_SPEAKS_FIRST = re.compile(r"^(?:(?:最后|此外|随后|另外|其次|首先|接着|然后)[，,]?)?(?P<name>[^，。；：、的\s]{2,20}?)"
                           r"(?:的)?(?:一名|一位)?(?:代表|专家|小组成员)(?:首先|随后|接着|然后|最后|也|还|则)?"
                           r"(?:发言|介绍|指出|说明|表示|谈到|概述|阐述|强调)")
#: Origins listed after a colon, announced as ``以下国家和组织``.
_LISTED_AFTER = re.compile(
    r"(?:以下|下列)(?:国家|组织|机构|国家和组织|国家和机构)[^。；：]{0,30}[：:](?P<list>[^。；]+)")


#: A Latin name's last letter (combining marks too: ``Adébáyọ̀``) before an open bracket.
_LATIN_BEFORE_BRACKET = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f.]\s?[（(][^（）()]*$")


_LEAD = re.compile(r"^(?:[㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩]|[–—－•·]\s?|(?:分别|均|都)?(?:来自|代表)|(?:(?:专题|讨论)?小组)?由|"
                   r"(?:首先发言的|最后发言的|第.{1,3}位)?(?:小组成员|主讲人|成员|发言者|发言人)?(?:依次|分别)?(?:包括|为|是|有)|"
                   r"以及|和|及|与|其中|、|邀请了?|请了?)+")


#: Words after which a group's origins are listed: ``由``, ``包括``, ``为``, ``是``, ``有``, ``：``.
_LED_BY = re.compile(r"由|包括|(?<![所因作])为|(?<!于)是|(?<![所拥具])有(?!组织|关)|：")
#: A relative clause before the origin: ``…联合举办的``, ``…设立的``.
_RELATIVE = re.compile(r"^.*(?:举办|主办|设立|组织|建立|创建|资助|支持|牵头)的")


def origins(text: str, start: int, end: int, place: Place, *, announcing: bool) -> list[Panelist]:
    """The origins of the panelists named in ``text[start:end]``, first form of each.

    In the paragraphs after the announcement only ``来自X的…``/``代表X的…`` name an origin, or
    ``X的一名代表介绍了…`` opening the paragraph (``X的专家`` elsewhere may be anyone's expert).
    Whoever moderates (``讨论由X的一名官员主持``) is not a panelist."""
    found: list[tuple[int, str]] = []
    scope = text[start:end]
    boundary = 0
    for role in _OF_ROLE.finditer(scope):
        if _MODERATES.match(scope, role.end()) or (not announcing and _OWN_TALK.match(scope, role.end())):
            boundary = role.end()  # the moderator; after the panel, a talk of one's own (``…随后作了专题介绍``)
            continue
        sentence = max(scope.rfind(c, 0, role.start()) for c in "。；") + 1
        opening = not announcing and role.start() - sentence <= 40 and (sentence == 0 or bool(
            _PRESENTS.match(scope, role.end())))  # (a later sentence: ``…的一名国家成员Ines Šimić介绍了…``)
        cut = max(boundary, *(scope.rfind(c, boundary, role.start()) + 1 for c in "，。；：—–•㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"))
        opened = scope.rfind("（", cut, role.start())
        if opened >= 0 and scope.find("）", opened, role.start()) < 0:  # (…来自A和B的专家…)
            cut = opened + 1
        honorific = max(scope.rfind("先生", cut, role.start()), scope.rfind("女士", cut, role.start()))
        if honorific >= 0:  # ``…的 John Otieno 先生以及经合组织的一名专家``: after the person before
            cut = honorific + 2
        # (``…Tamm检察官和…``; ``A是X的…``)
        person_before = [(p, j) for p in PERSON.finditer(scope, cut, role.start()) if (j := re.match(
            rf"\s?(?:{_ROLE})?(?:先生|女士)?(?:以及|和|及|与|、|是)", scope[p.end():]))]
        if person_before:  # ``…的Desmond Ebanks以及追回被盗资产举措的高级金融专家``
            cut = person_before[-1][0].end() + person_before[-1][1].end()
        closed = scope.rfind("）", cut, role.start())
        person_bracket = closed >= 0 and re.search(_LATIN_BEFORE_BRACKET, scope[:closed])
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
        if _MODERATING.match(scope, person.end()) or re.search(r"主持人\s?$", scope[: person.start()]):
            continue  # ``…X（摩洛哥）主持``, ``由主持人 X（克罗地亚）引导``: the moderator
        if not known(person.group("of")) and not leading_entity(person.group("of")) \
                and re.search(r"的\s?$", scope[: person.start()]):
            continue  # ``罗马尼亚的 X（国家反腐败局检察官）``: an office; the State was named before the person
        at = start + person.start("of")
        found.append((at, person.group("of")))
    for person in _HAN_PERSON_OF.finditer(scope):  # ``王海涛（中国国家监察委员会）``: a State's office
        office = leading_entity(person.group("of"))
        if office and (entity(office) or "").startswith(("state:", "territory:")):
            found.append((start + person.start("of"), office))
    for person in _PERSON_STATE_OFFICE.finditer(scope):  # ``Jürgen Falkenhayn（德国，联邦司法部）``
        if (entity(person.group("of")) or "").startswith(("state:", "territory:")):
            found.append((start + person.start("of"), person.group("of")))
    for before in _ORIGIN_THEN_PERSON.finditer(scope):  # ``大韩民国（金秀妍，大检察厅国际合作中心）``
        if known(before.group("of"), units=False) and (whence := origin_of(before.group("of"))):
            found.append((start + before.start("of"), whence))
    for each in _EACH_ONE.finditer(scope):  # ``国际刑警组织和欧洲刑警组织各一名代表``
        at = start + each.start("list")
        found += [(at + offset, name) for name, offset in split_names(_LEAD.sub("", each.group("list")))]
    for counted in _STATES_LISTED.finditer(scope):  # ``三个缔约国（爱沙尼亚、肯尼亚和乌拉圭）的从业人员``
        at = start + counted.start("list")
        found += [(at + offset, name) for name, offset in split_names(counted.group("list"))]
    for bullet in _BULLETED.finditer(scope):  # ``• Rūta Žemaitytė，立陶宛总检察院国际合作司检察官；``
        office = leading_entity(bullet.group("office"))
        if office and (entity(office) or "").startswith("organization:"):  # a unit of it stays whole
            office = origin_of(re.sub(rf"的?{_QUANTITY}{_ROLE}$", "", bullet.group("office").strip("。；; ")))
        if office:
            found.append((start + bullet.start("office"), office))
    for table in tables(scope):  # ``姓名｜职务｜国家；Kalani Akana-Rivers｜司法部…｜美利坚合众国``: a cell naming one
        for row in table.body:
            named = [cell for cell in row if origin_of(cell.text) == cell.text and known(cell.text)]
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
        # ``Putu（印度尼西亚）和欧洲刑警组织的 X``: the last group's
        if after_person := list(re.finditer(r"[）)](?:和|及|以及|与)", words)):
            words, at = words[after_person[-1].end() :], at + after_person[-1].end()
        led = list(_LED_BY.finditer(words))
        if led:
            words, at = words[led[-1].end() :], at + led[-1].end()
        found += [(at + offset, name) for name, offset in split_names(_LEAD.sub("", words))]
    if announcing:
        for added in _COUNT_THEN_ORIGIN.finditer(scope):  # ``另有一名国际刑警组织代表参加了讨论``
            found += [(start + added.start("list") + offset, name) for name, offset in split_names(added.group("list"))]
        for made in _COMPOSED.finditer(scope):  # ``一个由A、B和C专家组成的专题小组``
            at = start + made.start("list")
            found += [(at + offset, name) for name, offset in split_names(made.group("list"))]
        for sent in _SENT.finditer(scope):  # ``奥地利、巴西和南非派专家参加了讨论``
            at = start + sent.start("list")
            found += [(at + offset, name) for name, offset in split_names(sent.group("list"))]
    for person in _OFFICE_THEN_PERSON.finditer(scope):  # ``厄瓜多尔总检察院国际事务司司长 Verónica …``
        name = PERSON.match(scope, person.end())
        if name and _MODERATING.match(scope, name.end()):
            continue  # ``讨论由…主席团成员 X 主持``: the moderator
        at = start + person.start("list")
        found += [(at + offset, name) for name, offset in split_names(_LEAD.sub("", person.group("list")))]
    if announcing:
        for person in _OF_HAN_PERSON.finditer(scope):  # ``中国香港特别行政区廉政公署的梁嘉欣，以及…``
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
    if announcing:
        for joined in _TOOK_PART.finditer(scope):  # ``参加讨论的有：马耳他司法部、冰岛检察总署和欧洲委员会``
            at = start + joined.start("list")
            found += [(at + offset, name) for name, offset in split_names(joined.group("list"))
                      if origin_of(name) and (known(name) or leading_entity(name))
                      and not re.search(rf"(?:{_ROLE}|主席|秘书长|部长)$", name)]  # (an office: ``GlobE网络主席``)
    elif speaks := _SPEAKS_FIRST.match(scope):  # ``随后，毛里求斯代表介绍了…`` opening a paragraph after
        state = leading_entity(speaks.group("name"))
        if known(speaks.group("name")) or (state and (entity(state) or "").startswith(("state:", "territory:"))):
            found.append((start + speaks.start("name"), speaks.group("name")))
    return _first_forms(sorted(found), place)


def _first_forms(found: list[tuple[int, str]], place: Place) -> list[Panelist]:
    out: list[Panelist] = []
    seen: set[str] = set()
    for at, written in found:
        origin = origin_of(written)
        if origin is None:
            continue
        key = origin_key(origin)
        if key in seen:
            continue
        seen.add(key)
        offset = at + written.find(origin)
        out.append(Panelist(origin, Span(place, offset, offset + len(origin), origin)))
    # (a short name read from the brackets of a long one is that one: ``…举措（追回被盗资产举措）``; a name
    # cut short by a pattern's reach is the whole one read at the same place)
    return [p for p in out if not any(f"（{p.origin}）" in q.origin or (
        q.span.start == p.span.start and len(q.origin) > len(p.origin) and q.origin.startswith(p.origin))
        for q in out if q is not p)]


def origin_key(origin: str) -> str:
    """What an origin is, whatever its name's form: ``GlobE网络秘书处`` is ``反腐败执法机构全球行动网络秘书处``."""
    if found := entity(origin):
        return found
    lead = leading_entity(origin)
    return (entity(lead) or lead) + origin[len(lead) :] if lead else origin


def origin_of(written: str) -> str | None:
    """The State, territory or organisation a panelist comes from, as written."""
    written = written.strip()
    if not written or written.startswith(
            ("本国", "各国", "该", "其", "这些", "一些", "多个", "以下", "下列", "上述", "此")) \
            or _COUNTED.match(written):
        return None
    person = re.search(rf"的\s?(?:{PERSON.pattern})$", written)  # ``…金融犯罪股的 Ingrid Sæther``: where from
    if person or ((cut := written.rfind("的")) > 0 and 2 <= len(written) - cut - 1 <= 4 and known(written[:cut])):
        written = written[: person.start() if person else cut]  # (``…国际合作局的王晓静``)
    if written in ("秘书处", "会议秘书处") or written.startswith("秘书处") or _NOT_AN_ORIGIN.search(written):
        return None  # the meeting's own Secretariat reports; it is not on a panel
    # ``…合作署（欧洲司法组织）国家成员``: the body whose post it is (a role cut off before: ``…国家``)
    written = re.sub(r"(?<=[）)局署部院办处科司所会庭组])(?:国家|高级|首席|资深|前|原)$", "", written)
    if (role := _TRAILING_ROLE.search(written)) and role.start() >= 2:
        written = written[: role.start()]
    if known(written, units=False):
        return written
    lead = leading_entity(written)
    if lead and (entity(lead) or "").startswith(("state:", "territory:")) and not _ACADEMIC.search(written):
        return lead  # 英国国家犯罪调查局: the State
    if known(written) or name_like(written):
        return written  # a unit of an organisation, or an organisation the tables do not know
    if (academic := _ACADEMIC_NAME.match(written)) and len(academic.group(0)) >= 4:
        return academic.group(0)  # ``伦敦国王学院刑法教授``: the college, not its subject
    return None
