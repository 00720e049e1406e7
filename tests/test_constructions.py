"""The recognisers read constructions, not sentences: each fact kind written in the ways a UN
editor writes it, in sentences made up for this test (none is in the bundled reports or
``tests/data/series``), each inside a minimal report.
"""

from __future__ import annotations

import pytest

from uncac_kg.loaders import load
from uncac_kg.loaders.facts import DocumentFacts, Place, PlaceKind, Recommendation, Span
from uncac_kg.loaders.recognisers.addressees import addressees
from uncac_kg.loaders.recognisers.symbols import find as find_symbols
from uncac_kg.ontology.iris import Iris

from helpers import select

HEADER = """Distr.: General
1 June 2025
Chinese
Original: English

2025年6月2日至4日在维也纳举行的第十四次增进《联合国反腐败公约》下国际合作不限成员名额政府间专家会议的报告

"""


def report(*paragraphs: str, section: str = "一. 会议安排", subsection: str = "") -> DocumentFacts:
    """A report whose numbered paragraphs are ``paragraphs``, under one section heading."""
    body = "\n\n".join(f"{n}. {text}" for n, text in enumerate(paragraphs, start=1))
    text = HEADER + section + "\n\n" + (subsection + "\n\n" if subsection else "") + body + "\n"
    return load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts


# --- chairs -------------------------------------------------------------------


def chairs(*paragraphs: str) -> set[tuple[str, str | None, str, str | None]]:
    return {(c.name, c.state, c.role.value, c.office) for c in report(*paragraphs).chairs}


def test_chairs_of_session_ranges_and_vice_chairs() -> None:
    assert chairs("会议选举 Ana María García López（墨西哥）担任主席，Андрей Иванов（俄罗斯联邦）和"
                  " Małgorzata Kowalska（波兰）担任副主席。第一场至第三场会议由主席主持，第四场和第五场会议由"
                  "副主席 Андрей Иванов（俄罗斯联邦）主持。") == {
        ("Ana María García López", "墨西哥", "chair", None),
        ("Андрей Иванов", "俄罗斯联邦", "presiding", "副主席"),
    }
    assert chairs("第一场至第三场会议由缔约国会议第十届会议主席 Søren Ørsted（丹麦）主持，第四场至第六场会议由"
                  " José Ramón Núñez（哥伦比亚）主持。") == {
        ("Søren Ørsted", "丹麦", "presiding", "缔约国会议第十届会议主席"),
        ("José Ramón Núñez", "哥伦比亚", "presiding", None),
    }


@pytest.mark.parametrize(("text", "role"), [
    ("Jean-Pierre Dubois 先生（法国）主持了第七场会议。", "presiding"),
    ("主席由 Aïcha Ben Salah（突尼斯）担任。", "chair"),
    ("Ahmed bin Saeed al-Mansoori（阿拉伯联合酋长国）当选为会议主席。", "chair"),
    ("会议选举了主席团成员如下：主席：Nguyễn Văn An（越南）。", "chair"),
    ("会议由 Li Wei 和 Kwame Mensah（加纳）共同主持。", "presiding"),
])
def test_chair_roles_active_and_passive(text: str, role: str) -> None:
    found = chairs(text)
    assert found and {r for _, _, r, _ in found} == {role}


def test_a_vice_chair_who_presides_unnamed() -> None:
    assert chairs("会议选举 Øyvind Berg（挪威）为主席，Zsófia Kovács（匈牙利）为副主席。"
                  "主席未能出席第二场会议，该场会议由副主席主持。") == {
        ("Øyvind Berg", "挪威", "chair", None), ("Zsófia Kovács", "匈牙利", "presiding", "副主席")}


def test_a_speaker_is_no_chair() -> None:
    facts = report("缔约国会议主席 Ignacio Pérez（智利）致开幕词。")
    assert facts.chairs == [] and facts.doubts == []


def test_a_chair_whose_role_cannot_be_read_is_reported() -> None:
    facts = report("会议选举 Ignacio Pérez（智利）领导主席团的工作。")
    assert facts.chairs == []
    assert facts.doubts == ["paragraph 1: partly understood (chairs), left out: Ignacio Pérez（智利）is named where "
                            "a chair is spoken of, but the sentence does not say the role"]


@pytest.mark.parametrize(("text", "expected"), [
    ("第二场会议由缔约国会议第十一届会议主席穆罕默德·本·拉希德（阿拉伯联合酋长国）主持。",
     {("穆罕默德·本·拉希德", "阿拉伯联合酋长国", "presiding", "缔约国会议第十一届会议主席")}),
    ("会议选举王小明（中国）担任主席。", {("王小明", "中国", "chair", None)}),
    ("第三场会议由副主席李华女士（新加坡）主持。", {("李华", "新加坡", "presiding", "副主席")}),
    ("主席由索菲娅·安德烈耶娃大使（保加利亚）担任。", {("索菲娅·安德烈耶娃", "保加利亚", "chair", None)}),
    ("Jean Dupont（法国）和让-吕克·马丁（比利时）共同主持了第四场会议。",
     {("Jean Dupont", "法国", "presiding", None), ("让-吕克·马丁", "比利时", "presiding", None)}),
    ("会议选举玛丽亚·何塞·加西亚（墨西哥）为主席，张伟（中国）为副主席。主席因故缺席第二场会议，该场会议由副主席主持。",
     {("玛丽亚·何塞·加西亚", "墨西哥", "chair", None), ("张伟", "中国", "presiding", "副主席")}),
    ("缔约国会议主席王小明（中国）致开幕词。", set()),
    ("专题小组讨论由副主席 Gonzalo Peña（智利）主持。", set()),  # a panel's moderator
    ("第一场至第三场会议的主持人为缔约国会议第十届会议副主席 Radka Vondráčková 女士（捷克）。",
     {("Radka Vondráčková", "捷克", "presiding", "缔约国会议第十届会议副主席")}),
    ("会议由中国（主席国）主持。", set()),
])
def test_chairs_named_in_chinese_characters(text: str, expected: set[tuple[str, str, str, str | None]]) -> None:
    assert chairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Łukasz Świątek（波兰）以鼓掌方式当选为主席。", {("Łukasz Świątek", "波兰", "chair", None)}),
    ("Çağlar Yıldırım（土耳其）被推选为会议主席。", {("Çağlar Yıldırım", "土耳其", "chair", None)}),
    ("主席一职由 Đặng Thị Hương（越南）担任。", {("Đặng Thị Hương", "越南", "chair", None)}),
    # the office after the name
    ("Jiří Dvořák（捷克）作为缔约国会议第十届会议副主席主持了第一场会议。",
     {("Jiří Dvořák", "捷克", "presiding", "缔约国会议第十届会议副主席")}),
    ("Jiří Dvořák（捷克）以缔约国会议第十届会议副主席的身份主持了会议。",
     {("Jiří Dvořák", "捷克", "presiding", "缔约国会议第十届会议副主席")}),
    ("会议由 Ştefan Ţurcanu（摩尔多瓦共和国）宣布开幕并主持。",
     {("Ştefan Ţurcanu", "摩尔多瓦共和国", "presiding", None)}),
    # how many officers is not part of the office
    ("会议由缔约国会议第十届会议的两位副主席 Łukasz Świątek（波兰）和 Jiří Dvořák（捷克）共同主持。",
     {("Łukasz Świątek", "波兰", "presiding", "缔约国会议第十届会议副主席"),
      ("Jiří Dvořák", "捷克", "presiding", "缔约国会议第十届会议副主席")}),
    # the State before the person
    ("第一场会议由缔约国会议第十届会议主席、波兰的 Łukasz Świątek 主持。",
     {("Łukasz Świątek", "波兰", "presiding", "缔约国会议第十届会议主席")}),
    ("会议由缔约国会议第十届会议副主席（捷克）Jiří Dvořák 主持。",
     {("Jiří Dvořák", "捷克", "presiding", "缔约国会议第十届会议副主席")}),
    # named again without the State they were elected with
    ("会议选举 Ana Ruiz（秘鲁）为主席，Nguyễn Văn Bình（越南）为副主席。第三场会议由副主席 Nguyễn Văn Bình 代为主持。",
     {("Ana Ruiz", "秘鲁", "chair", None), ("Nguyễn Văn Bình", "越南", "presiding", "副主席")}),
    ("Amal Haddad（约旦）和Tomasz Lorenc（波兰）两位缔约国会议第七届会议副主席分别主持了上午和下午的会议。",
     {("Amal Haddad", "约旦", "presiding", "缔约国会议第七届会议副主席"),
      ("Tomasz Lorenc", "波兰", "presiding", "缔约国会议第七届会议副主席")}),
    ("第3场会议由Ayşe Yılmaz-Öztürk女士（土耳其，缔约国会议第十一届会议副主席）代为主持。",
     {("Ayşe Yılmaz-Öztürk", "土耳其", "presiding", None)}),
    # a bureau listed without colons; the chair taken by an office-holder; a rapporteur is no chair
    ("会议选举了以下主席团成员：主席 Anna Kowalczyk（波兰）；副主席 Ali Hassan（埃及）。",
     {("Anna Kowalczyk", "波兰", "chair", None)}),
    ("会议主席由缔约国会议第十届会议副主席 Anna Kowalczyk（波兰）担任，Ali Hassan（埃及）为报告员。",
     {("Anna Kowalczyk", "波兰", "chair", None)}),
    ("各场会议由缔约国会议第十届会议的两名副主席轮流主持：Anna Kowalczyk（波兰）主持了第一场会议，"
     "Ali Hassan（埃及）主持了第二场会议。",
     {("Anna Kowalczyk", "波兰", "presiding", None), ("Ali Hassan", "埃及", "presiding", None)}),
    # someone absent is not an officer
    ("在 Łukasz Świątek（波兰）缺席的情况下，第二场会议由 Jiří Dvořák（捷克）代为主持。",
     {("Jiří Dvořák", "捷克", "presiding", None)}),
    # the role before the State and the person; presiders as 主持人
    ("专家会议的主席是来自厄瓜多尔的 María José Andrade。", {("María José Andrade", "厄瓜多尔", "chair", None)}),
    ("会议主席为尼泊尔的 Sita Gurung。", {("Sita Gurung", "尼泊尔", "chair", None)}),
    ("副主席为巴西的 Ana Lima。", set()),  # the series has no vice-chair role
    ("Kwame Asante（加纳）和 Ingrid Berg（挪威）分别担任第一天和第二天会议的主持人。",
     {("Kwame Asante", "加纳", "presiding", None), ("Ingrid Berg", "挪威", "presiding", None)}),
    ("Ingrid Berg（挪威）担任小组讨论的主持人。", set()),  # a panel's moderator
    # each person's own office after the join; 以…身份
    ("会议由专家会议主席 Ana Lima（巴西）和副主席 Jonas Berg（瑞典）共同主持。",
     {("Ana Lima", "巴西", "presiding", "专家会议主席"), ("Jonas Berg", "瑞典", "presiding", "副主席")}),
    ("Ana Lima（巴西）以会议主席身份主持了全部会议。", {("Ana Lima", "巴西", "presiding", "主席")}),
    # the office said only in the next clause is left out (as the gold does); presiding on someone's behalf
    ("会议由 Ana Lima（巴西）主持，她是缔约国会议第十届会议副主席。", {("Ana Lima", "巴西", "presiding", None)}),
    ("Ana Lima（巴西）代表缔约国会议第十届会议主席主持了会议。", {("Ana Lima", "巴西", "presiding", None)}),
])
def test_chairs_written_other_ways(text: str, expected: set[tuple[str, str | None, str, str | None]]) -> None:
    assert chairs(text) == expected


# --- format ----------------------------------------------------------------------


def meeting_format(*paragraphs: str) -> tuple[str | None, list[str]]:
    facts = report(*paragraphs)
    return facts.format, facts.doubts


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (["第十四次增进《联合国反腐败公约》下国际合作不限成员名额政府间专家会议于2025年6月2日至4日在维也纳以线上线下混合方式举行。"],
     "hybrid"),
    (["会议于2025年6月2日至4日在维也纳举行。与会者可亲自到场，也可通过视频连线参会。"], "hybrid"),
    (["本次会议以混合模式召开，共举行了六场会议。"], "hybrid"),
    (["会议在维也纳举行，部分代表通过网络会议平台远程参加。"], "hybrid"),
    (["各代表团既可现场出席会议，也可在线参加。"], "hybrid"),
    (["专家会议以面对面形式在维也纳举行。"], "in-person"),
    # a phrase before the subject; a venue with remote participation offered
    (["鉴于2019冠状病毒病大流行，会议以混合形式举行。"], "hybrid"),
    (["会议在维也纳国际中心举行，并提供了远程参会的选项。"], "hybrid"),
    (["专家会议在维也纳举行。会议期间，代表们可以亲自出席，也可以通过Interprefy平台在线参加。"], "hybrid"),
    # another body's session, an earlier meeting of the series, a phrase of time: not the meeting's format
    (["专家会议于2025年6月2日在维也纳举行。", "缔约国会议第十届会议以混合形式举行。",
      "第九次专家会议以线上方式举行。", "会议期间，一位发言者提到线上与线下培训相结合的做法。"], "in-person"),
    # speakers about video hearings, recommendations about remote tools
    (["专家会议于2025年6月2日举行。", "一位发言者提到在利用视频会议听取证词时遇到的困难。",
      "此外，专家会议还商定了下列建议：(a)鼓励缔约国通过视频会议等远程方式执行请求；(b)请秘书处继续工作。"],
     "in-person"),
])
def test_meeting_format(paragraphs: list[str], expected: str) -> None:
    assert meeting_format(*paragraphs) == (expected, [])


def test_a_meeting_held_remotely_only_is_reported() -> None:
    found, doubts = meeting_format("会议完全以线上方式举行。")
    assert found is None
    assert doubts == ["paragraph 1: partly understood (format), left out: the meeting is said to be held remotely "
                      "only, a format the scheme has no concept for"]


# --- attendance ---------------------------------------------------------------


def test_attendance_lists_in_long_and_short_forms() -> None:
    facts = report(
        "出席会议的有下列《公约》缔约国：奥地利、中华人民共和国、意大利共和国、刚果民主共和国、圣多美和普林西比、"
        "叙利亚阿拉伯共和国、特立尼达和多巴哥以及美利坚合众国。",
        "下列联合国系统实体派观察员出席了会议：联合国开发计划署、联合国教育、科学及文化组织和世界银行。",
        "国际商会和透明国际作为非政府组织派观察员出席了会议。",
        subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("奥地利", "state-party"), ("中华人民共和国", "state-party"), ("意大利共和国", "state-party"),
        ("刚果民主共和国", "state-party"), ("圣多美和普林西比", "state-party"), ("叙利亚阿拉伯共和国", "state-party"),
        ("特立尼达和多巴哥", "state-party"), ("美利坚合众国", "state-party"),
        ("联合国开发计划署", "un-body"), ("联合国教育、科学及文化组织", "un-body"), ("世界银行", "un-body"),
        ("国际商会", "other-entity"), ("透明国际", "other-entity")]


def test_attendance_lists_with_other_separators_and_kinds_stated_per_name() -> None:
    facts = report(
        "以下《公约》缔约国派代表参加了本次会议：奥地利；比利时；中国等。",
        "巴拿马和秘鲁等缔约国也出席了会议。",
        "下列组织也派观察员出席了会议：欧洲委员会（政府间组织）和透明国际（非政府组织）。",
        subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("奥地利", "state-party"), ("比利时", "state-party"), ("中国", "state-party"),
        ("巴拿马", "state-party"), ("秘鲁", "state-party"),
        ("欧洲委员会", "intergovernmental-organization"), ("透明国际", "other-entity")]


def test_attendance_led_by_its_capacity_and_unnamed_participants() -> None:
    facts = report(
        "作为区域经济一体化组织，欧洲联盟派代表出席了会议。",
        "此外，若干非政府组织的代表也作为观察员列席了会议。",
        subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [("欧洲联盟", "regional-organization")]


def test_attendance_groups_capacities_and_relative_clauses() -> None:
    facts = report(
        "除上述缔约国外，出席会议的还有：《公约》签署国日本；作为《公约》缔约方的区域经济一体化组织欧洲联盟；"
        "联合国系统实体联合国开发计划署和世界银行；以及政府间组织国际反腐败学院和欧洲委员会。",
        "下列实体和组织也派代表出席了会议：欧洲联盟（作为《公约》缔约方的区域经济一体化组织）、"
        "联合国开发计划署（联合国系统实体）、国际反腐败学院和欧洲委员会（政府间组织）。",
        "在联合国总部设有常驻观察员办事处的马耳他主权军事教团也派观察员出席了会议。",
        "联合国系统下列专门机构派观察员出席了会议：国际货币基金组织。",
        "签署国叙利亚阿拉伯共和国亦派观察员与会。",
        subsection="C. 出席情况")
    by_paragraph: dict[int | None, list[tuple[str, str]]] = {}
    for a in facts.attendance:
        by_paragraph.setdefault(a.span.place.paragraph, []).append((a.name, a.kind.value))
    igo, un, ro = "intergovernmental-organization", "un-body", "regional-organization"
    assert by_paragraph == {
        1: [("日本", "signatory"), ("欧洲联盟", ro), ("联合国开发计划署", un), ("世界银行", un),
            ("国际反腐败学院", igo), ("欧洲委员会", igo)],
        2: [("欧洲联盟", ro), ("联合国开发计划署", un), ("国际反腐败学院", igo), ("欧洲委员会", igo)],
        3: [("马耳他主权军事教团", "other-entity")],
        4: [("国际货币基金组织", un)],  # the capacity the sentence states, whatever the tables say
        5: [("叙利亚阿拉伯共和国", "signatory")]}


def test_attendance_described_groups_and_counted_lists() -> None:
    facts = report(
        "欧洲联盟是《公约》缔约方的区域经济一体化组织，派代表出席了会议。",
        "日本、新西兰和叙利亚阿拉伯共和国三个《公约》签署国派观察员与会。",
        "联合国开发计划署，联合国预防犯罪和刑事司法方案网研究所巴塞尔治理研究所，以及阿拉伯国家联盟和伊斯兰合作组织"
        "等政府间组织也派观察员出席了会议。",
        "下列联合国实体派观察员出席：联合国全球契约和世界银行。",
        "《公约》签署国叙利亚阿拉伯共和国以及区域经济一体化组织欧洲联盟也派代表出席了会议。",
        "联合国开发计划署和联合国区域间犯罪和司法研究所分别作为联合国系统实体和方案网研究所派观察员出席了会议。",
        "联合国系统内的下列实体有观察员与会：世界银行。",
        subsection="C. 出席情况")
    igo, un = "intergovernmental-organization", "un-body"
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("欧洲联盟", "regional-organization"), ("日本", "signatory"), ("新西兰", "signatory"),
        ("叙利亚阿拉伯共和国", "signatory"), ("联合国开发计划署", un), ("巴塞尔治理研究所", "institute"),
        ("阿拉伯国家联盟", igo), ("伊斯兰合作组织", igo), ("联合国全球契约", un), ("世界银行", un),
        ("叙利亚阿拉伯共和国", "signatory"), ("欧洲联盟", "regional-organization"), ("联合国开发计划署", un),
        ("联合国区域间犯罪和司法研究所", "institute"), ("世界银行", un)]


def test_attendance_capacities_per_group_a_colon_inside_a_group_and_a_member_body() -> None:
    facts = report(
        "世界银行以联合国系统实体的身份、韩国刑事政策研究院和巴塞尔治理研究所以方案网研究所的身份派观察员出席了会议。",
        "派观察员出席会议的还有：联合国系统的世界银行；以及下列政府间组织：非洲联盟和美洲国家组织。",
        "联合国系统的下列实体派观察员出席了会议：国际货币基金组织和世界银行。",
        "联合国预防犯罪和刑事司法方案网的组成机构联合国区域间犯罪和司法研究所派观察员出席了会议。",
        "签署国日本的观察员也出席了会议。",
        subsection="C. 出席情况")
    igo, un, inst = "intergovernmental-organization", "un-body", "institute"
    assert [(a.span.place.paragraph, a.name, a.kind.value) for a in facts.attendance] == [
        (1, "世界银行", un), (1, "韩国刑事政策研究院", inst), (1, "巴塞尔治理研究所", inst),
        (2, "世界银行", un), (2, "非洲联盟", igo), (2, "美洲国家组织", igo),
        (3, "国际货币基金组织", un), (3, "世界银行", un),  # the list's capacity, whatever the tables say
        (4, "联合国区域间犯罪和司法研究所", inst), (5, "日本", "signatory")]


# --- panels -------------------------------------------------------------------


def panels(*paragraphs: str) -> list[tuple[str, list[str]]]:
    return [(p.topic, [x.origin for x in p.panelists]) for p in report(*paragraphs, section="三. 议程项目").panels]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (["会议举行了题为“利用非正式渠道开展执法合作”的专题小组讨论。主讲人分别来自法国、大韩民国和国际刑警组织。"],
     [("利用非正式渠道开展执法合作", ["法国", "大韩民国", "国际刑警组织"])]),
    (["随后进行了以资产返还为主题的小组讨论，来自瑞士联邦司法部的一名专家和来自世界银行的一名代表担任主讲人。"],
     [("资产返还", ["瑞士", "世界银行"])]),
    (["举行了两场专题小组讨论。第一场专题小组讨论的主题为电子证据，来自美国和印度的讨论嘉宾作了发言；"
      "第二场的主题为引渡，来自摩洛哥的主讲人作了介绍。"],
     [("电子证据", ["美国", "印度"]), ("引渡", ["摩洛哥"])]),
    (["组织了一次专题小组讨论会，议题是联合调查组。小组成员包括来自荷兰、比利时和德国的专家以及"
      "来自欧洲司法组织秘书处的主讲人。"],
     [("联合调查组", ["荷兰", "比利时", "德国", "欧洲司法组织秘书处"])]),
    (["举行了关于追回资产的专题小组讨论。", "来自大不列颠及北爱尔兰联合王国的主讲人介绍了经验。",
      "来自联合王国的主讲人还指出，来自肯尼亚的主讲人介绍了本国做法。", "在随后的讨论中，来自巴西的发言者提问。"],
     [("追回资产", ["大不列颠及北爱尔兰联合王国", "肯尼亚"])]),
])
def test_panels_and_grouped_panelists(paragraphs: list[str], expected: list[tuple[str, list[str]]]) -> None:
    assert panels(*paragraphs) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # the panelists listed after the mention, the topic in the next sentence
    (["由来自以下国家和组织的专家组成的小组举行了专题小组讨论：智利、新西兰以及国际刑警组织。讨论的主题是网络犯罪证据。"],
     [("网络犯罪证据", ["智利", "新西兰", "国际刑警组织"])]),
    # panel members discussing a topic
    (["随后，秘鲁和泰国的专家以及世界银行的一名代表作为小组成员，就追回资产的障碍进行了讨论。"],
     [("追回资产的障碍", ["秘鲁", "泰国", "世界银行"])]),
    # persons with their offices in brackets; an initiative run by others
    (["随后举行了题为“受益所有权”的专题小组讨论。主讲人包括 Ana Ruiz（智利检察院）、Tomás Král（捷克司法部）"
      "以及世界银行和毒品和犯罪问题办公室联合举办的追回被盗资产举措的一名代表。"],
     [("受益所有权", ["智利", "捷克", "追回被盗资产举措"])]),
    # States that sent panelists; persons after their States; practitioners invited
    (["会议举行了关于电子证据的专题小组讨论，奥地利、巴西和南非派专家参加了讨论。"],
     [("电子证据", ["奥地利", "巴西", "南非"])]),
    (["会议举行了关于电子证据的专题小组讨论，小组成员为：奥地利的 Hans Gruber、巴西的 Maria Silva"
      "和南非的 Thabo Nkosi。"],
     [("电子证据", ["奥地利", "巴西", "南非"])]),
    (["会议举行了关于电子证据的专题小组讨论，邀请了奥地利、巴西和南非的从业人员介绍经验。"],
     [("电子证据", ["奥地利", "巴西", "南非"])]),
    # panelists introduced in the paragraphs after the announcement as well
    (["会议举行了关于电子证据的专题小组讨论。来自奥地利的专家首先发言。", "来自巴西的专家随后介绍了该国的做法。",
      "来自欧洲刑警组织的代表介绍了区域合作。", "在随后的讨论中，来自智利的发言者提出了问题。"],
     [("电子证据", ["奥地利", "巴西", "欧洲刑警组织"])]),
    (["意大利司法部国际事务司的司长、南非司法部的一名高级官员以及英联邦秘书处的一名法律顾问组成专题小组，"
      "就“紧急请求”作了介绍。"], [("紧急请求", ["意大利", "南非", "英联邦秘书处"])]),
    (["专家会议以跨境获取电子证据为主题举办了一场互动式小组讨论，由秘书处的一名官员主持。小组成员由三个缔约国"
      "（爱沙尼亚、肯尼亚和乌拉圭）的从业人员以及国际刑警组织和欧洲刑警组织各一名代表组成。"],
     [("跨境获取电子证据", ["爱沙尼亚", "肯尼亚", "乌拉圭", "国际刑警组织", "欧洲刑警组织"])]),
    (["第二场小组讨论（议题：资产返还）的小组成员是：Juan Etcheverry（阿根廷）和Amina Diallo（塞内加尔）。"
      "讨论由资产追回问题工作组主席团成员Fatima El Idrissi（摩洛哥）主持。"],
     [("资产返还", ["阿根廷", "塞内加尔"])]),
    (["为便利讨论，举行了一场小组讨论，由加纳的Kofi Mensah主持。小组讨论的议题为：受益所有权。"
      "下列人士担任小组成员：—南非国家检察署的一名高级检察官；—瑞士联邦司法局的代表。"],
     [("受益所有权", ["南非", "瑞士"])]),
    (["会议举行了关于“电子证据”的专题小组讨论，专题小组由奥地利、巴西和南非的专家组成。"],
     [("电子证据", ["奥地利", "巴西", "南非"])]),
    (["会议举行了关于“电子证据”的专题小组讨论，发言人为奥地利常驻代表团的Hans Gruber和巴西司法部的Maria Silva。"],
     [("电子证据", ["奥地利", "巴西"])]),
    (["会议举行了一场专题小组讨论，讨论的题目为“电子证据”，参加者包括奥地利、巴西和南非的专家。"],
     [("电子证据", ["奥地利", "巴西", "南非"])]),
    (["专家会议听取了一个专题小组关于“双重犯罪”的发言。小组成员分别来自哥伦比亚、法国和瑞士。"],
     [("双重犯罪", ["哥伦比亚", "法国", "瑞士"])]),
    (["随后，专家会议围绕“受益所有权”这一主题举行了专题小组讨论。"
      "小组成员为：Carla Duarte（葡萄牙）和Priya Raghu（新加坡）。"],
     [("受益所有权", ["葡萄牙", "新加坡"])]),
    (["专家会议举行了一场小组讨论，主题为“实际经验”。小组成员来自巴西和法国，另有一名成员来自国际反腐败学院。"],
     [("实际经验", ["巴西", "法国", "国际反腐败学院"])]),
    (["专家会议听取了关于“GlobE网络的作用”的小组发言。发言人包括来自中国和秘鲁的专家"
      "以及追回被盗资产举措的一名代表。"],
     [("GlobE网络的作用", ["中国", "秘鲁", "追回被盗资产举措"])]),
    (["随后举行了一场专题小组讨论，题为“非正式合作”，小组成员包括来自巴西和印度尼西亚的代表"
      "以及国际刑警组织的一名代表。"],
     [("非正式合作", ["巴西", "印度尼西亚", "国际刑警组织"])]),
    # bulleted panelists with their offices; a Chinese-named person with a State's office; moderators
    (["举行了题为“双重犯罪”的专题小组讨论，小组成员如下：• Rūta Žemaitytė，立陶宛总检察院检察官；"
      "•金敏浩，大韩民国法务部检察官；•欧洲司法组织的一名代表。讨论由秘书处的一名官员主持。"],
     [("双重犯罪", ["立陶宛", "大韩民国", "欧洲司法组织"])]),
    (["举行了关于“GlobE网络”的专题小组讨论。小组成员包括三位负责人——Oleksandr Melnyk（乌克兰国家反腐败局）"
      "和王海涛（中国国家监察委员会国际合作局）——以及GlobE网络秘书处的一名代表。"],
     [("GlobE网络", ["乌克兰", "中国", "GlobE网络秘书处"])]),
    # panelists presenting in the paragraphs after; the same body named again in another form
    (["第二场专题小组讨论以“资产返还”为题，由瑞士联邦、尼日利亚联邦共和国和英国的专家以及追回被盗资产举措的一名代表介绍情况。",
      "第一位小组成员是法兰西共和国的一名预审法官，他介绍了联合调查组的经验。"],
     [("资产返还", ["瑞士联邦", "尼日利亚联邦共和国", "英国", "追回被盗资产举措", "法兰西共和国"])]),
    (["随后举行了一场专题小组讨论，主题为“民事程序”。讨论由毒品和犯罪问题办公室的一名官员主持。",
      "第一位小组成员 Nour Benaïssa 来自阿尔及利亚司法部，她介绍了该国的经验。",
      "英国严重欺诈办公室的一名代表介绍了该国的情况。", "最后，巴塞尔治理研究所的一名专家介绍了该中心的工作。",
      "在随后的讨论中，一些发言者提出了问题。"],
     [("民事程序", ["阿尔及利亚", "英国", "巴塞尔治理研究所"])]),
    # the agenda item pointed at before the mention, the topic after it; a role after long descriptors
    (["专家会议就本议程项目举办了一场专题小组讨论，主题为“跨境冻结资产”。讨论小组成员为：智利财政部的一名官员"
      "以及亚洲开发银行的一位资深法律事务顾问。"],
     [("跨境冻结资产", ["智利", "亚洲开发银行"])]),
    # a discussion named otherwise (专题讨论, 圆桌讨论) whose panelists are named; 讨论题目为; 来自：
    (["议程项目3下举行了一场题为“追回资产”的专题讨论。小组成员包括：法国国家金融检察院的一名检察官；"
      "尼日利亚经济和金融犯罪委员会的一名调查员；世界银行的一名专家。"],
     [("追回资产", ["法国", "尼日利亚", "世界银行"])]),
    (["会议举行了一场圆桌讨论，主题为“反腐败机构的独立性”，与谈人包括格鲁吉亚和蒙古的代表。"],
     [("反腐败机构的独立性", ["格鲁吉亚", "蒙古"])]),
    (["专家会议随后举行了小组讨论，讨论题目为：利用资产追回网络。参加讨论的小组成员来自：阿根廷、埃及和欧洲联盟。"],
     [("利用资产追回网络", ["阿根廷", "埃及", "欧洲联盟"])]),
    (["在专题讨论中，主讲人指出，有必要加强合作。"], []),  # no panel announced
    # who took part listed by body; speakers opening the paragraphs after; 第二位发言者来自…
    (["会议举行了题为“甲乙丙丁”的小组讨论。参加讨论的有：马耳他司法部、冰岛检察总署和欧洲委员会反腐败国家集团。"],
     [("甲乙丙丁", ["马耳他", "冰岛", "欧洲委员会反腐败国家集团"])]),
    (["会议举行了题为“甲乙丙丁”的小组讨论。", "印度尼西亚代表首先发言，介绍了该国的经验。",
      "随后，毛里求斯代表介绍了该国的做法。", "第三位发言者来自孟加拉国反腐败委员会。", "一些代表介绍了本国的经验。",
      "在随后的讨论中，发言者指出。"],
     [("甲乙丙丁", ["印度尼西亚", "毛里求斯", "孟加拉国"])]),
    # the topic after a verb of discussing, in brackets, after a colon, unquoted after 题为, 定为
    (["会议举行了一场小组讨论，重点讨论执法机构之间的直接合作，小组成员来自智利和泰国。"],
     [("执法机构之间的直接合作", ["智利", "泰国"])]),
    (["会议举行了专题小组讨论，聚焦于跨境冻结和扣押资产，小组成员来自智利和泰国。"],
     [("跨境冻结和扣押资产", ["智利", "泰国"])]),
    (["专家会议举行了一场专题小组讨论，讨论如何利用非正式合作渠道。小组成员来自智利和泰国。"],
     [("如何利用非正式合作渠道", ["智利", "泰国"])]),
    (["会议举行了专题小组讨论（电子证据的跨境获取），小组成员来自智利和泰国。"],
     [("电子证据的跨境获取", ["智利", "泰国"])]),
    (["专题小组讨论的议题：证人保护。小组成员来自智利和泰国。"], [("证人保护", ["智利", "泰国"])]),
    (["在题为跨境资产追回的小组讨论中，来自智利和泰国的专家介绍了经验。"], [("跨境资产追回", ["智利", "泰国"])]),
    (["小组讨论的主题定为联合调查组的运作，小组成员来自智利和泰国。"], [("联合调查组的运作", ["智利", "泰国"])]),
    (["会议举行了专题小组讨论（2019年5月28日），主题为“举报人”，小组成员来自智利和泰国。"],
     [("举报人", ["智利", "泰国"])]),  # a date in brackets is no topic
    (["会议举行了专题小组讨论，讨论由秘书处主持，小组成员来自智利和泰国。"], []),  # who moderated is no topic
])
def test_panels_written_other_ways(paragraphs: list[str], expected: list[tuple[str, list[str]]]) -> None:
    assert [(p.topic, [x.origin for x in p.panelists]) for p in report(*paragraphs).panels] == expected


def test_panels_asked_for_are_not_held() -> None:
    assert panels("发言者欢迎两场小组讨论的介绍。") == []


# --- directory statistics -------------------------------------------------------


def directory(*paragraphs: str) -> set[tuple[str, str, int]]:
    return {(d.as_of, d.category, d.count) for d in report(*paragraphs, section="四. 名录").directory}


def test_directory_counts_before_and_after_their_category() -> None:
    assert directory("秘书处介绍了国家主管机关名录。截至2024年3月，通报了司法协助中央机关的缔约国有140个，"
                     "通报了预防机关的有126个；资产追回联络点：92个缔约国（2023年5月为90个）。") == {
        ("2024-03", "mutual-legal-assistance", 140), ("2024-03", "prevention", 126),
        ("2024-03", "asset-recovery", 92), ("2023-05", "asset-recovery", 90)}
    assert directory("截至2024年3月31日，名录载有140个缔约国的司法协助中央机关、126个缔约国的预防机关和"
                     "92个缔约国的资产追回联络点的信息。截至同日，共有45个缔约国对普通照会作出了答复。") == {
        ("2024-03-31", "mutual-legal-assistance", 140), ("2024-03-31", "prevention", 126),
        ("2024-03-31", "asset-recovery", 92)}


def test_answers_and_members_are_not_directory_counts() -> None:
    assert directory("名录已更新。截至2024年5月，已有80个国家的150个机构加入该网络，"
                     "30个缔约国对关于名录的普通照会作出了答复。") == set()


def directory_in(section: str, *paragraphs: str) -> tuple[set[tuple[str, str, int]], list[str]]:
    facts = report(*paragraphs, section=section)
    return {(d.as_of, d.category, d.count) for d in facts.directory}, facts.doubts


@pytest.mark.parametrize(("text", "expected"), [
    # no word for the directory: the notification itself says what is counted
    ("截至2013年8月，已有96个缔约国指定了负责司法协助的中央机关，73个缔约国通报了本国的预防腐败机构。",
     {("2013-08", "mutual-legal-assistance", 96), ("2013-08", "prevention", 73)}),
    # passive: the authority first, the States as agents
    ("截至2016年5月，司法协助中央机关已由131个缔约国通报，引渡事宜中央机关已由35个缔约国通报。",
     {("2016-05", "mutual-legal-assistance", 131), ("2016-05", "extradition", 35)}),
    # the category as a topic before the count
    ("截至2016年5月，在资产追回方面，有68个缔约方通报了联络点；关于引渡，有九个缔约国通报了中央机关。",
     {("2016-05", "asset-recovery", 68), ("2016-05", "extradition", 9)}),
    # an earlier figure in the sentence, and a change "from … to …"
    ("截至2016年5月，通报司法协助中央机关的缔约国从2015年5月的122个增至131个。",
     {("2015-05", "mutual-legal-assistance", 122), ("2016-05", "mutual-legal-assistance", 131)}),
    # a total and a share: neither is a count of a category
    ("截至2016年5月，共有150个缔约国通报了至少一个主管机关，其中一百三十一个缔约国（占87%）通报了司法协助中央机关。",
     {("2016-05", "mutual-legal-assistance", 131)}),
    # the date at the end, and 到 … 为止
    ("131个缔约国已向秘书处通报了司法协助中央机关（截至2016年5月31日的数字）。",
     {("2016-05-31", "mutual-legal-assistance", 131)}),
    ("到2016年5月为止，已有101个缔约国通报了预防机关。",
     {("2016-05", "prevention", 101)}),
    # a list written as lines of a table, each category with its figure
    ("截至2016年5月，通报情况如下：\n司法协助中央机关：131\n预防机关：101\n资产追回联络点：68",
     {("2016-05", "mutual-legal-assistance", 131), ("2016-05", "prevention", 101),
      ("2016-05", "asset-recovery", 68)}),
])
def test_directory_counts_written_many_ways(text: str, expected: set[tuple[str, str, int]]) -> None:
    found, _ = directory_in("二. 审议情况", text)
    assert found == expected


def test_directory_changes_figures_compared_and_counts_given_respectively() -> None:
    found, _ = directory_in(
        "二. 审议情况",
        "截至2016年5月，通报司法协助中央机关的缔约国增加了六个，达到131个，而截至2015年5月，这一数字为125个；"
        "引渡中央机关和预防机关则分别由35个和101个缔约国通报。",
        "与截至2015年5月的数字相比，资产追回联络点增加了三个（当时为65个）。")
    assert found == {("2016-05", "mutual-legal-assistance", 131), ("2015-05", "mutual-legal-assistance", 125),
                     ("2016-05", "extradition", 35), ("2016-05", "prevention", 101),
                     ("2015-05", "asset-recovery", 65)}


def test_a_table_reflowed_without_separators_and_figures_given_for_it() -> None:
    found, _ = directory_in(
        "四. 名录",
        "截至2016年5月，名录所载信息如下：\n类别 缔约国数目\n司法协助中央机关 131\n预防机关 101\n"
        "一年前（2015年5月），这两类机关的数目分别为125个和98个。")
    assert found == {("2016-05", "mutual-legal-assistance", 131), ("2016-05", "prevention", 101),
                     ("2015-05", "mutual-legal-assistance", 125), ("2015-05", "prevention", 98)}


def test_directory_counts_in_brackets_respectively_and_against_an_earlier_date() -> None:
    found, _ = directory_in(
        "四. 名录",
        "截至2025年4月30日，登记司法协助中央机关的缔约国最多，为140个；其次是预防机关（125个）和资产追回联络点（95个）；"
        "引渡中央机关和民事诉讼联络点分别仅有40个和38个。",
        "2024年12月31日时，预防机关的登记国为123个。",
        "名录中的资产追回联络点则由截至2024年6月30日的90个缔约国增至95个缔约国。")
    assert found == {("2025-04-30", "mutual-legal-assistance", 140), ("2025-04-30", "prevention", 125),
                     ("2025-04-30", "asset-recovery", 95), ("2025-04-30", "extradition", 40),
                     ("2025-04-30", "civil-administrative", 38), ("2024-12-31", "prevention", 123),
                     ("2024-06-30", "asset-recovery", 90)}


def test_a_table_with_a_column_per_date() -> None:
    found, _ = directory_in(
        "四. 名录",
        "下表列出了名录中各类主管机关的数目：\n类别 2024年5月1日 2025年5月1日\n预防机关（第六条第三款） 120 125\n"
        "资产追回联络点（第4/4号决议） 90 95")
    assert found == {("2024-05-01", "prevention", 120), ("2025-05-01", "prevention", 125),
                     ("2024-05-01", "asset-recovery", 90), ("2025-05-01", "asset-recovery", 95)}


def test_directory_dates_carried_over_and_central_authorities_named_alone() -> None:
    found, _ = directory_in(
        "四. 名录",
        "截至2012年9月30日，名录载有103个缔约国的司法协助中央机关；一年前，即2011年9月，通报中央机关的缔约国为94个。",
        "根据第4/4号决议，截至同一日期，已有29个缔约国在名录中指定了资产追回联络人。")
    assert found == {("2012-09-30", "mutual-legal-assistance", 103), ("2011-09", "mutual-legal-assistance", 94),
                     ("2012-09-30", "asset-recovery", 29)}


def test_directory_figures_compared_with_bi() -> None:
    found, _ = directory_in("四. 名录",
                            "截至2022年10月15日，名录中通报了资产追回联络点的有89个，比2021年8月31日的86个有所增加。")
    assert found == {("2022-10-15", "asset-recovery", 89), ("2021-08-31", "asset-recovery", 86)}


def test_directory_counts_whose_noun_is_left_out() -> None:
    found, _ = directory_in("四. 名录",
                            "截至2023年5月，名录显示另有126个缔约国通报了预防腐败机关，91个通报了资产追回联络点，"
                            "40个通报了引渡中央机关。")
    assert found == {("2023-05", "prevention", 126), ("2023-05", "asset-recovery", 91), ("2023-05", "extradition", 40)}


def test_an_earlier_figure_with_its_own_date_after_er() -> None:
    found, _ = directory_in("四. 名录",
                            "截至2024年5月15日，向名录通报了司法协助中央机关的缔约国已达141个，而2023年5月31日时为136个。")
    assert found == {("2024-05-15", "mutual-legal-assistance", 141), ("2023-05-31", "mutual-legal-assistance", 136)}


def test_directory_counts_in_order_for_the_categories_before() -> None:
    found, _ = directory_in(
        "四. 名录",
        "截至2025年4月30日，名录的登记情况为：司法协助中央机关148个缔约国，预防机关134个缔约国，"
        "资产追回联络点101个缔约国；引渡中央机关和民事诉讼联络点的登记数仍然偏低，为49个和44个缔约国。",
        "2024年4月30日时，名录中前三类的数字依次为142个、131个和96个。",
        "截至2013年10月15日，已有97个缔约国向秘书处提供了司法协助中央机关的资料，"
        "另有41个缔约国通报了负责引渡的中央机关。")
    assert found == {
        ("2025-04-30", "mutual-legal-assistance", 148), ("2025-04-30", "prevention", 134),
        ("2025-04-30", "asset-recovery", 101), ("2025-04-30", "extradition", 49),
        ("2025-04-30", "civil-administrative", 44), ("2024-04-30", "mutual-legal-assistance", 142),
        ("2024-04-30", "prevention", 131), ("2024-04-30", "asset-recovery", 96),
        ("2013-10-15", "mutual-legal-assistance", 97), ("2013-10-15", "extradition", 41)}


@pytest.mark.parametrize(("text", "expected"), [
    ("截至2024年3月，名录中登记的司法协助中央机关有137个，预防机关有120个。",
     {("2024-03", "mutual-legal-assistance", 137), ("2024-03", "prevention", 120)}),
    ("截至2024年3月，在名录中通报了中央机关的137个缔约国中，有40个同时指定了负责引渡的中央机关。",
     {("2024-03", "mutual-legal-assistance", 137), ("2024-03", "extradition", 40)}),
    ("名录的最新数字（截至2024年3月31日）如下：司法协助中央机关137个；预防机关120个。",
     {("2024-03-31", "mutual-legal-assistance", 137), ("2024-03-31", "prevention", 120)}),
    ("截至2024年3月，名录中共有两类主管机关：司法协助中央机关（137个缔约国）和引渡中央机关（40个缔约国）。",
     {("2024-03", "mutual-legal-assistance", 137), ("2024-03", "extradition", 40)}),
    # a label, a comma, its count; an earlier figure dated by the event the sentence opens on
    # a clause's topic (就引渡而言，有58个; 至于引渡，…); the time a clause opens on (2022年9月底时，)
    ("截至2022年9月30日，就司法协助而言，已有160个缔约国通报了中央机关；至于引渡，有58个缔约国作了通报。",
     {("2022-09-30", "mutual-legal-assistance", 160), ("2022-09-30", "extradition", 58)}),
    ("据秘书处介绍，2022年9月底时，名录中共有司法协助中央机关160个。", {("2022-09", "mutual-legal-assistance", 160)}),
    # the date in brackets after 目前, no 截至
    ("名录目前（2020年3月1日）载有145个缔约国的司法协助中央机关信息和110个缔约国的预防腐败机关信息。",
     {("2020-03-01", "mutual-legal-assistance", 145), ("2020-03-01", "prevention", 110)}),
    # 前者/后者: the first/last category of the list before
    ("截至2019年5月，通报了引渡中央机关和资产追回联络点的缔约国分别为50个和90个；前者在2018年6月时为45个，后者当时为85个。",
     {("2019-05", "extradition", 50), ("2019-05", "asset-recovery", 90), ("2018-06", "extradition", 45),
      ("2018-06", "asset-recovery", 85)}),
    ("截至2022年4月1日，名录中的通报情况如下：引渡中央机关，52个缔约国；资产追回联络点，88个缔约国。"
     "2021年9月第十次专家会议召开时，通报了引渡中央机关的缔约国为47个。",
     {("2022-04-01", "extradition", 52), ("2022-04-01", "asset-recovery", 88), ("2021-09", "extradition", 47)}),
])
def test_directory_counts_more_ways(text: str, expected: set[tuple[str, str, int]]) -> None:
    assert directory_in("二. 审议", text)[0] == expected


def test_directory_at_the_same_statistics_date_in_the_next_paragraph() -> None:
    found, _ = directory_in(
        "四. 名录",
        "根据秘书处2024年5月31日的统计，名录中指定了资产追回联络点的缔约国数目从2023年5月的96个上升到101个。",
        "在同一统计日期，129个缔约国已在名录中通报其预防腐败机关，比上一年多出5个。")
    assert found == {("2024-05-31", "asset-recovery", 101), ("2023-05", "asset-recovery", 96),
                     ("2024-05-31", "prevention", 129)}


def test_counts_of_states_that_notified_nothing_are_not_directory_counts() -> None:
    found, _ = directory_in("二. 审议情况",
                            "截至2016年5月，已有20个缔约国请求司法协助中央机关提供技术援助，"
                            "150个缔约国完成了第一周期的审议。")
    assert found == set()


# --- reaffirmations ---------------------------------------------------------------


def reaffirmed(text: str) -> tuple[set[tuple[int, str | None]], list[str]]:
    facts = report(text, section="六. 结论和建议")
    return {(r.reaffirmed, r.symbol) for r in facts.reaffirmations}, facts.doubts


def test_reaffirmation_ranges_joined_by_yiji() -> None:
    found, doubts = reaffirmed("第十四次专家会议重申了第三至第五次以及第十次专家会议的建议（CAC/COSP/EG.1/2014/3、"
                               "CAC/COSP/EG.1/2015/3、CAC/COSP/EG.1/2016/2和CAC/COSP/EG.1/2021/4）。")
    assert found == {(3, "CAC/COSP/EG.1/2014/3"), (4, "CAC/COSP/EG.1/2015/3"), (5, "CAC/COSP/EG.1/2016/2"),
                     (10, "CAC/COSP/EG.1/2021/4")} and not doubts


def test_reaffirmations_in_several_groups_and_of_the_first_meeting() -> None:
    found, _ = reaffirmed("第九次专家会议重申了以往各次会议的建议，尤其是第三次和第四次专家会议的建议"
                               "（CAC/COSP/EG.1/2014/3 和 CAC/COSP/EG.1/2015/3）以及第六次专家会议的建议"
                               "（CAC/COSP/EG.1/2017/3）。")
    assert found == {(3, "CAC/COSP/EG.1/2014/3"), (4, "CAC/COSP/EG.1/2015/3"), (6, "CAC/COSP/EG.1/2017/3")}
    found, _ = reaffirmed("第二次专家会议重申首次会议商定的各项建议（见CAC/COSP/EG.1/2012/3）。")
    assert found == {(1, "CAC/COSP/EG.1/2012/3")}


@pytest.mark.parametrize("text", [
    "专家会议确认，第三次至第五次会议通过的建议（CAC/COSP/EG.1/2014/3、CAC/COSP/EG.1/2015/3和CAC/COSP/EG.1/2016/2）仍然有效。",
    "专家会议重申了其第三次、第四次和第五次会议通过的各项建议，这些建议载于CAC/COSP/EG.1/2014/3、"
    "CAC/COSP/EG.1/2015/3和CAC/COSP/EG.1/2016/2号文件。",
    "专家会议再次强调第三次至第五次会议的建议（见CAC/COSP/EG.1/2014/3、CAC/COSP/EG.1/2015/3和"
    "CAC/COSP/EG.1/2016/2）的重要性。",
    "专家会议重申其在第三次会议（CAC/COSP/EG.1/2014/3）、第四次会议（CAC/COSP/EG.1/2015/3）和第五次会议"
    "（CAC/COSP/EG.1/2016/2）上提出的建议。",
])
def test_reaffirmations_worded_other_ways(text: str) -> None:
    assert reaffirmed(text)[0] == {(3, "CAC/COSP/EG.1/2014/3"), (4, "CAC/COSP/EG.1/2015/3"),
                                   (5, "CAC/COSP/EG.1/2016/2")}


def test_reaffirmations_whose_symbols_are_in_the_next_sentence_or_a_footnote() -> None:
    found, _ = reaffirmed("第九次专家会议再次确认第三次和第四次专家会议所提各项建议继续有效。这些建议载于下列报告："
                          "CAC/COSP/EG.1/2014/3和CAC/COSP/EG.1/2015/3。")
    assert found == {(3, "CAC/COSP/EG.1/2014/3"), (4, "CAC/COSP/EG.1/2015/3")}
    text = (HEADER + "六. 结论和建议\n\n1. 第九次专家会议重申了第三次和第四次专家会议提出的建议。¹\n\n"
            "¹ 见CAC/COSP/EG.1/2014/3和CAC/COSP/EG.1/2015/3。\n")
    facts = load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts
    assert {(r.reaffirmed, r.symbol) for r in facts.reaffirmations} == {
        (3, "CAC/COSP/EG.1/2014/3"), (4, "CAC/COSP/EG.1/2015/3")}


def test_reaffirmation_symbols_that_do_not_pair_are_reported() -> None:
    found, doubts = reaffirmed("重申了第3次、第4次和第10次会议的建议（CAC/COSP/EG.1/2014/3、CAC/COSP/EG.1/2015/3）。")
    assert found == {(3, "CAC/COSP/EG.1/2014/3"), (4, "CAC/COSP/EG.1/2015/3"), (10, None)}
    assert doubts and doubts[0].startswith("paragraph 1: partly understood (reaffirmations)")


# --- other meetings -----------------------------------------------------------------


def other_meetings(*paragraphs: str) -> set[tuple[int | None, str, str | None, str | None]]:
    return {(m.span.place.paragraph, m.body, m.start, m.end)
            for m in report(*paragraphs, section="三. 议程项目").other_meetings}


def test_other_meetings_dated_before_or_after_their_name() -> None:
    assert other_meetings(
        "资产追回问题工作组于2024年9月4日至6日在维也纳举行了第十八次会议。",
        "实施情况审议组第十五届会议定于2024年6月10日至14日在维也纳举行，该届会议将审议专题报告。",
        "秘书处介绍了国际合作工作组第十五次会议（2024年7月1日至2日）的成果。",
        "反腐败执法机构全球行动网络（GlobE网络）第二次全体会议于2022年11月在北京举行。",
        "该代表介绍了技术援助问题工作组第十七次会议的成果。该次会议于2024年7月3日在维也纳举行。",
        "缔约国会议在第十届会议上通过了第10/1号决议。",
        "第一场会议由缔约国会议第十届会议副主席 Ana Ruiz（秘鲁）主持。",
    ) == {
        (1, "wg-asset-recovery", "2024-09-04", "2024-09-06"), (2, "irg", "2024-06-10", "2024-06-14"),
        (3, "untoc-wg-international-cooperation", "2024-07-01", "2024-07-02"), (4, "globe", "2022-11", "2022-11"),
        (5, "untoc-wg-technical-assistance", "2024-07-03", "2024-07-03"), (6, "cosp", None, None)}



def test_other_meetings_scheduled_numbered_alone_and_dated_first() -> None:
    assert other_meetings(
        "缔约国会议第十一届会议定于2025年12月15日至19日在卡塔尔多哈举行。",
        "该代表介绍了GlobE网络的情况。该网络的第五次全体会议于2025年5月举行，下一次全体会议预计于2025年11月举行。",
        "2025年3月，国际合作工作组举行了第十五次会议。",
        "实施情况审议组第十六届会议续会于2025年9月1日至3日在维也纳举行。",
        "工作组在2025年4月第八次会议上审议了电子证据问题。秘书处介绍了资产追回问题工作组的工作。",
        "专家会议的部分会议与实施情况审议组联合举行。下一次会议定于2026年6月举行。",
    ) == {
        (1, "cosp", "2025-12-15", "2025-12-19"), (2, "globe", "2025-05", "2025-05"), (2, "globe", "2025-11", "2025-11"),
        (3, "untoc-wg-international-cooperation", "2025-03", "2025-03"), (4, "irg", "2025-09-01", "2025-09-03")}


def test_other_meetings_dated_in_more_ways() -> None:
    assert other_meetings(
        "2023年12月11日至15日，缔约国会议第十届会议在亚特兰大举行。",
        "缔约国会议第十届会议（亚特兰大，2023年12月11日至15日）通过了第10/1号决议。",
        "资产追回问题工作组第十七次会议于2023年6月12-13日举行，预防腐败问题工作组第十五次会议于2024年6月30日至7月2日举行。",
        "资产追回工作组第十八次会议和预防腐败工作组第十四次会议分别于2023年9月4日至5日和9月6日至7日举行。",
        "实施情况审议组第十四届会议（2023年6月12日至16日）和第十四届会议续会（2023年9月4日至6日）审议了专题报告。",
        "反腐败执法机构全球业务网络第四次全体会议于2023年6月在维也纳举行。",
    ) == {
        (1, "cosp", "2023-12-11", "2023-12-15"), (2, "cosp", "2023-12-11", "2023-12-15"),
        (3, "wg-asset-recovery", "2023-06-12", "2023-06-13"), (3, "other", "2024-06-30", "2024-07-02"),
        (4, "wg-asset-recovery", "2023-09-04", "2023-09-05"), (4, "other", "2023-09-06", "2023-09-07"),
        (5, "irg", "2023-06-12", "2023-06-16"), (5, "irg", "2023-09-04", "2023-09-06"),
        (6, "globe", "2023-06", "2023-06")}


def test_other_meetings_of_a_conference_named_before_and_dated_respectively_with_yiji() -> None:
    assert other_meetings(
        "缔约国会议第9/1号决议决定继续举行专家会议。缔约国会议是在2021年12月13日至17日于沙姆沙伊赫举行的第九届会议上"
        "作出这一决定的。",
        "资产追回问题工作组第十次会议和预防腐败问题工作组第十次会议分别于2016年8月25日和26日以及8月22日至24日举行。",
    ) == {(1, "cosp", "2021-12-13", "2021-12-17"), (2, "wg-asset-recovery", "2016-08-25", "2016-08-26"),
          (2, "other", "2016-08-22", "2016-08-24")}


def test_other_meetings_sharing_a_date_and_named_after_a_lead_in() -> None:
    assert other_meetings(
        "国际合作工作组第八次会议和技术援助问题政府专家工作组第九次会议均于2017年10月在维也纳举行。",
        "专家会议是根据缔约国会议第四届会议（马拉喀什，2011年10月24日至28日）通过的第4/2号决议设立的。",
    ) == {(1, "untoc-wg-international-cooperation", "2017-10", "2017-10"),
          (1, "untoc-wg-technical-assistance", "2017-10", "2017-10"), (2, "cosp", "2011-10-24", "2011-10-28")}


def test_other_meetings_dated_in_the_same_year() -> None:
    assert other_meetings("实施情况审议组第四届会议于2013年5月27日至31日举行；"
                          "资产追回问题工作组第七次会议则于同年8月29日和30日举行。") == {
        (1, "irg", "2013-05-27", "2013-05-31"), (1, "wg-asset-recovery", "2013-08-29", "2013-08-30")}


def test_other_meetings_of_two_bodies_on_one_date_a_later_clause_and_its_subject() -> None:
    assert other_meetings(
        "2018年5月29日至31日，有组织犯罪公约缔约方会议设立的国际合作工作组和技术援助问题政府专家工作组在维也纳"
        "分别举行了第九次会议和第十一次会议。",
        "该代表介绍了GlobE网络。该网络已于2021年6月在大会特别会议期间启动，其第一次全体会议计划于2021年11月举行。",
        "2011年10月，缔约国会议第四届会议在马拉喀什通过了第4/2号决议。",
        "GlobE网络第二次全体会议将紧接本次会议之后，于11月14日至16日在维也纳举行。",
    ) == {(1, "untoc-wg-international-cooperation", "2018-05-29", "2018-05-31"),
          (1, "untoc-wg-technical-assistance", "2018-05-29", "2018-05-31"), (2, "globe", "2021-11", "2021-11"),
          (3, "cosp", "2011-10", "2011-10"), (4, "globe", "2025-11-14", "2025-11-16")}


def test_a_session_named_by_its_number_then_dated_by_a_back_reference() -> None:
    assert other_meetings(
        "秘书处代表还通报了国际合作工作组最近一次会议，即第八次会议的情况。"
        "该次会议于2017年10月9日和10日在维也纳举行。",
        "专家会议听取了小组发言，讨论由缔约国会议第十届会议的一位副主席主持。",
        "上一次缔约国会议，即第十届会议，于2023年12月11日至15日举行。",
    ) == {(1, "untoc-wg-international-cooperation", "2017-10-09", "2017-10-10"),
          (3, "cosp", "2023-12-11", "2023-12-15")}


def test_a_body_meeting_on_a_date_and_dates_given_to_the_latter() -> None:
    assert other_meetings(
        "秘书处代表还提到，刑事事项国际合作非正式专家组于2019年3月在维也纳举行会议。",
        "本次会议紧接实施情况审议组第十六届会议之后召开，后者的会期为2025年6月10日至13日。",
    ) == {(1, "informal-expert-group", "2019-03", "2019-03"), (2, "irg", "2025-06-10", "2025-06-13")}


def test_a_session_numbered_alone_whose_body_is_the_subject_after_it() -> None:
    assert other_meetings("在2021年12月13日至17日于沙姆沙伊赫举行的第九届会议上，缔约国会议通过了第9/2号决议。",
                          "在2022年6月举行的第十三次会议期间，国际合作工作组审议了引渡问题。") == {
        (1, "cosp", "2021-12-13", "2021-12-17"), (2, "untoc-wg-international-cooperation", "2022-06", "2022-06")}


def test_a_session_of_its_date_not_said_to_be_held() -> None:
    assert other_meetings(
        "在2021年6月2日至4日的大会反腐败问题特别会议上，会员国通过了政治宣言。",
        "与会者提到了实施情况审议组2024年6月的第十五届会议。",
        "11月6日的两场会议由缔约国会议第七届会议副主席 Ana Lima（巴西）主持。") == {
        (1, "ga-special-session", "2021-06-02", "2021-06-04"), (2, "irg", "2024-06", "2024-06")}


def test_a_session_and_its_resumed_part_dated_respectively() -> None:
    assert other_meetings("实施情况审议组第十四届会议及其续会分别于2023年6月12日至16日和9月4日至6日举行。") == {
        (1, "irg", "2023-06-12", "2023-06-16"), (1, "irg", "2023-09-04", "2023-09-06")}


def test_a_session_of_a_body_named_by_its_kind() -> None:
    assert other_meetings(
        "秘书处介绍了GlobE网络的情况。该网络于2021年6月启动。网络第三次全体会议定于2023年5月8日至10日举行。") == {
        (1, "globe", "2023-05-08", "2023-05-10")}


def test_a_session_held_back_to_back_with_the_meeting() -> None:
    assert other_meetings("本届专家会议与实施情况审议组第十五届会议（6月10日至14日）背靠背举行。") == {
        (1, "irg", "2025-06-10", "2025-06-14")}


# --- resolutions and mandates --------------------------------------------------------


def test_resolution_bodies_lists_and_paragraphs() -> None:
    facts = report("联合国打击跨国有组织犯罪公约缔约方会议在2020年10月于维也纳举行的第十届会议上通过的第10/4号决议。"
                   "缔约国会议第8/2、8/6和8/12号决议第3至5段。缔约方会议随后在第11/2号决议中。", section="一. 导言")
    found = {(r.number, r.body.convention, r.cited_paragraph) for r in facts.resolutions}
    assert found == {("10/4", "UNTOC", None), ("8/2", "UNCAC", None), ("8/6", "UNCAC", None),
                     ("8/12", "UNCAC", 3), ("8/12", "UNCAC", 4), ("8/12", "UNCAC", 5), ("11/2", "UNTOC", None)}


def test_back_reference_in_a_later_paragraph_and_mandates() -> None:
    facts = report("缔约国会议在第10/1号决议中请国际合作问题不限成员名额政府间专家会议继续审议电子证据问题。",
                   "在该决议中，缔约国会议还欣见第十二次专家会议提出的建议。",
                   "缔约国会议决定举行国际合作问题不限成员名额政府间专家会议（见第4/2号决议）。", section="一. 导言")
    assert {(r.number, r.span.place.paragraph, r.anaphoric) for r in facts.resolutions} == {
        ("10/1", 1, False), ("10/1", 2, True), ("4/2", 3, False)}
    assert {(m.resolution, m.relation) for m in facts.mandates} == {
        ("10/1", "requested"), ("10/1", "welcomed"), ("4/2", "established")}



@pytest.mark.parametrize(("text", "expected"), [
    ("专家会议是根据缔约国会议第4/2号决议设立的。", {("4/2", "established")}),  # the meeting as the subject
    ("缔约国会议在第9/2号决议中核可了专家会议第八次会议的建议。", {("9/2", "welcomed")}),
    ("缔约国会议在第9/2号决议中赞赏地注意到专家会议的建议。", {("9/2", "welcomed")}),
    ("缔约国会议在第5/1号和第7/1号决议中分别指示专家会议继续查明障碍，并请专家会议交流信息。",
     {("5/1", "instructed"), ("7/1", "requested")}),
    ("缔约国会议第四届会议在其第4/2号决议中决定，召开不限成员名额政府间专家会议。", {("4/2", "established")}),
    ("缔约国会议第七届会议通过了第7/1号决议。缔约国会议在该决议中请专家会议继续交流信息，"
     "并对第六次专家会议提出的建议表示欢迎。",
     {("7/1", "requested"), ("7/1", "welcomed")}),
    ("根据第7/1号决议，专家会议受托审议司法协助请求遭拒的常见原因。", {("7/1", "requested")}),
    # a meeting "held" on a date is welcomed, not established
    ("缔约国会议第九届会议通过了第9/2号决议。缔约国会议在同一决议中还欣见2020年举行的第九次专家会议提出的建议。",
     {("9/2", "welcomed")}),
])
def test_mandates_worded_other_ways(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(m.resolution, m.relation) for m in report(text, section="一. 导言").mandates} == expected


def resolutions(*paragraphs: str) -> set[tuple[str, str | None, int | None, int | None, bool]]:
    return {(r.number, r.body.convention, r.cited_paragraph, r.span.place.paragraph, r.anaphoric)
            for r in report(*paragraphs, section="一. 导言").resolutions}


def test_resolution_bodies_across_sessions_and_titles() -> None:
    assert resolutions(
        "联合国打击跨国有组织犯罪公约缔约方会议第十二届会议于2024年10月举行。缔约方会议在该届会议上通过了第12/3号决议。",
        "缔约方会议通过了题为“加强打击跨国有组织犯罪的国际合作，包括通过电子证据”的第12/4号决议。",
        "缔约方会议在关于技术援助的第12/5号决议中请秘书处。缔约国会议在其同届会议上通过的第10/7号决议。",
    ) == {("12/3", "UNTOC", None, 1, False), ("12/4", "UNTOC", None, 2, False), ("12/5", "UNTOC", None, 3, False),
          ("10/7", "UNCAC", None, 3, False)}


def test_resolution_ranges_and_subparagraphs() -> None:
    assert resolutions(
        "缔约国会议第7/1号至第7/3号决议。",
        "缔约国会议第9/5号决议第12(a)段和第8/1号决议（第3段）。",
    ) == {("7/1", "UNCAC", None, 1, False), ("7/2", "UNCAC", None, 1, False), ("7/3", "UNCAC", None, 1, False),
          ("9/5", "UNCAC", 12, 2, False), ("8/1", "UNCAC", 3, 2, False)}


def test_resolutions_named_by_the_paragraph_citing_them_and_by_the_session_before() -> None:
    assert resolutions(
        "缔约国会议第8/1号决议和第8/2号决议。",
        "在后一项决议第8段中，缔约国会议请秘书处收集信息。",
        "秘书处介绍了根据上文第2段提及的决议收集的信息。该决议第4至5段请秘书处编写报告。",
        "联合国打击跨国有组织犯罪公约缔约方会议第九届会议审议了国际合作。该届会议于2018年10月在维也纳举行，"
        "通过了关于实施《有组织犯罪公约》国际合作条款的第9/3号决议。",
    ) == {("8/1", "UNCAC", None, 1, False), ("8/2", "UNCAC", None, 1, False), ("8/2", "UNCAC", 8, 2, True),
          ("8/2", "UNCAC", None, 3, True), ("8/2", "UNCAC", 4, 3, True), ("8/2", "UNCAC", 5, 3, True),
          ("9/3", "UNTOC", None, 4, False)}


def test_above_resolution_after_a_citing_paragraph_and_a_session_held_then_adopting() -> None:
    assert resolutions(
        "缔约国会议第4/2号决议决定举行专家会议。", "缔约国会议在第5/1号决议中指示专家会议继续工作。",
        "缔约国会议通过了第6/4号决议。", "缔约国会议在上述决议中还欢迎了专家会议的建议。",
        "有组织犯罪公约缔约方会议第十一届会议于2022年10月17日至21日举行，会上通过了第11/4号决议。",
    ) == {("4/2", "UNCAC", None, 1, False), ("5/1", "UNCAC", None, 2, False), ("6/4", "UNCAC", None, 3, False),
          ("6/4", "UNCAC", None, 4, True), ("11/4", "UNTOC", None, 5, False)}


def test_a_resolution_the_session_named_earlier_in_the_sentence_adopted() -> None:
    assert resolutions("该代表介绍了有组织犯罪公约缔约方会议第九届会议（2018年10月15日至19日，维也纳）的成果，"
                       "特别是该届会议通过的第9/1号决议。") == {("9/1", "UNTOC", None, 1, False)}


def test_resolution_bodies_across_asides() -> None:
    assert resolutions(
        "有组织犯罪公约缔约方会议在维也纳举行的第十届会议上，除其他外，通过了第10/1号和第10/4号决议。",
        "有组织犯罪公约缔约方会议第十一届会议通过了若干决议，其中第11/2号决议涉及国际合作。",
    ) == {("10/1", "UNTOC", None, 1, False), ("10/4", "UNTOC", None, 1, False), ("11/2", "UNTOC", None, 2, False)}


def test_resolutions_numbered_in_brackets_and_named_by_how_many() -> None:
    assert resolutions(
        "有组织犯罪公约缔约方会议于2014年10月举行了第七届会议。若干发言者回顾说，该届会议通过的一项决议（第7/4号）"
        "敦促缔约方加强合作。",
        "缔约国会议第11/5号至第11/7号决议。",
        "秘书处回顾，上文第2段提及的三项决议均涉及资产返还问题。",
    ) == {("7/4", "UNTOC", None, 1, False), ("11/5", "UNCAC", None, 2, False), ("11/6", "UNCAC", None, 2, False),
          ("11/7", "UNCAC", None, 2, False), ("11/5", "UNCAC", None, 3, True), ("11/6", "UNCAC", None, 3, True),
          ("11/7", "UNCAC", None, 3, True)}


def test_resolution_back_references() -> None:
    assert resolutions(
        "缔约国会议通过了第10/2号和第10/3号决议。",
        "后一项决议第4段请秘书处编写报告。前一项决议请专家会议审议资产返还。",
        "缔约国会议第10/8号决议。",
        "上文提及的决议第6段鼓励缔约国。",
        "缔约国会议第10/9号决议，其中第2段和第3段请专家会议审议电子证据。",
    ) == {("10/2", "UNCAC", None, 1, False), ("10/3", "UNCAC", None, 1, False), ("10/3", "UNCAC", 4, 2, True),
          ("10/2", "UNCAC", None, 2, True), ("10/8", "UNCAC", None, 3, False), ("10/8", "UNCAC", 6, 4, True),
          ("10/9", "UNCAC", 2, 5, False), ("10/9", "UNCAC", 3, 5, False)}


# --- recommendations -------------------------------------------------------------------


def recommendations(*paragraphs: str, section: str, subsection: str = "") -> list[tuple[str, str, int | None]]:
    return [(r.label, r.text, r.span.place.paragraph)
            for r in report(*paragraphs, section=section, subsection=subsection).recommendations]


@pytest.mark.parametrize(("paragraphs", "section", "subsection", "expected"), [
    # agreed, said in the lead-in, in a section not titled for recommendations
    (["最后，专家会议通过了以下建议：(a)鼓励缔约国简化程序；(b)请秘书处汇编良好做法。"], "一. 结论", "",
     [("a", "鼓励缔约国简化程序", 1), ("b", "请秘书处汇编良好做法", 1)]),
    # a subsection of recommendations
    (["专家会议重申了以往的结论。", "会议商定：(a)鼓励缔约国交流信息；(b)请秘书处提供技术援助。"],
     "一. 结论", "A. 建议",
     [("a", "鼓励缔约国交流信息", 2), ("b", "请秘书处提供技术援助", 2)]),
    (["会议审议了以下问题：(a)引渡；(b)司法协助。"], "一. 结论、建议和今后的工作", "",
     [("a", "引渡", 1), ("b", "司法协助", 1)]),
    # an earlier meeting's recommendations, the follow-up of earlier ones: not agreed here
    (["第十二次专家会议商定了下列建议：(a)鼓励缔约国简化程序；(b)请秘书处汇编良好做法。"], "一. 导言", "", []),
    (["秘书处介绍了执行情况：(a)名录已更新；(b)已举办讲习班。"], "一. 以往建议的后续行动", "", []),
])
def test_recommendations_agreed(paragraphs: list[str], section: str, subsection: str,
                                expected: list[tuple[str, str, int]]) -> None:
    assert recommendations(*paragraphs, section=section, subsection=subsection) == expected


def test_subparagraphs_written_as_one_character_stay_as_written() -> None:
    facts = report("此外，专家会议还商定了下列建议：(a)鼓励缔约国依照《公约》第四十六条第九款第㈡项提供协助；"
                   "(b)请秘书处研究第四十四条第六款第㈠项和第㈢项的适用情况。", section="一. 结论和建议")
    assert [r.text for r in facts.recommendations] == [
        "鼓励缔约国依照《公约》第四十六条第九款第㈡项提供协助", "请秘书处研究第四十四条第六款第㈠项和第㈢项的适用情况"]
    assert {(a.article, a.paragraph, a.subparagraph) for a in facts.articles} == {
        (46, 9, "b"), (44, 6, "a"), (44, 6, "c")}


# --- document symbols, addressees --------------------------------------------------------


def test_a_symbol_split_inside_an_element() -> None:
    found = [s.symbol for s in find_symbols("通过了本报告（CAC/COSP/EG.1/2013/L.1和CAC/COSP/E G.1/2013/L.1/Add.1）。",
                                            Place(PlaceKind.PARAGRAPH, "1"))]
    assert found == ["CAC/COSP/EG.1/2013/L.1", "CAC/COSP/EG.1/2013/L.1/Add.1"]


def test_addenda_repeating_the_last_element() -> None:
    found = [s.symbol for s in find_symbols("本报告（CAC/COSP/EG.1/2026/L.1、L.1/Add.1和L.1/Add.2）。",
                                            Place(PlaceKind.PARAGRAPH, "1"))]
    assert found == ["CAC/COSP/EG.1/2026/L.1", "CAC/COSP/EG.1/2026/L.1/Add.1", "CAC/COSP/EG.1/2026/L.1/Add.2"]


def test_addenda_written_short() -> None:
    from uncac_kg.loaders.facts import Place, PlaceKind

    place = Place(PlaceKind.PARAGRAPH, "1")
    assert [s.symbol for s in find_symbols("（CAC/COSP/EG.1/2025/L.1/Add.1至Add.3和Corr.1）", place)] == [
        "CAC/COSP/EG.1/2025/L.1/Add.1", "CAC/COSP/EG.1/2025/L.1/Add.2", "CAC/COSP/EG.1/2025/L.1/Add.3",
        "CAC/COSP/EG.1/2025/L.1/Corr.1"]


@pytest.mark.parametrize(("text", "keys"), [
    ("鼓励缔约国和秘书处共同探讨", ["states-parties", "secretariat"]),
    ("请秘书处与毒品和犯罪问题办公室其他相关部门协调", ["secretariat"]),
    ("专家会议同意在今后的会议上审议", ["expert-meeting"]),
    ("请尚未向秘书处通报其主管机关的缔约国提供信息", ["states-parties"]),
    ("缔约国会议不妨考虑", ["cosp"]),
    ("秘书处、缔约国和毒品和犯罪问题办公室应继续合作", ["secretariat", "states-parties", "unodc"]),
    ("充分利用《公约》", ["states-parties"]),
])
def test_addressees(text: str, keys: list[str]) -> None:
    from uncac_kg.loaders.facts import Place, PlaceKind, Recommendation, Span

    rec = Recommendation("a", text, Span(Place(PlaceKind.PARAGRAPH, "1"), 0, len(text), text))
    assert addressees([rec])["a"] == keys


@pytest.mark.parametrize(("text", "keys"), [
    ("应由秘书处汇编良好做法", ["secretariat"]),  # the agent of a passive
    ("为此，缔约国应加强合作", ["states-parties"]),  # a phrase before the subject
    ("在资源允许的情况下，请秘书处继续提供技术援助", ["secretariat"]),
    ("根据第8/1号决议，鼓励捐助方提供资金", ["other"]),
    ("缔约国尤其应当加强合作", ["states-parties"]),  # an adverb before the modal
    ("秘书处在编写指南时应征求缔约国的意见", ["secretariat"]),  # a phrase of time before the modal
    ("专家会议建议秘书处编写背景文件", ["secretariat"]),  # the meeting asks someone else
    ("继续鼓励毒品和犯罪问题办公室和缔约国合作", ["unodc", "states-parties"]),
    ("专家会议今后的工作应侧重于从业人员的需要", ["expert-meeting"]),  # the actor's work as the subject
    ("专家会议同意继续审议该问题，并邀请缔约国提交资料", ["expert-meeting", "states-parties"]),
    ("鼓励缔约国、GlobE网络秘书处以及相关区域网络相互协调", ["states-parties", "other"]),
    ("提请缔约国会议注意加强协同增效的必要性", ["cosp"]),
    ("专家会议今后的会议应尽可能与资产追回问题工作组的会议背靠背举行", ["expert-meeting"]),
    ("专家会议今后的每次会议均应与国际合作工作组的会议背靠背举行", ["expert-meeting"]),
    ("专家会议在下次会议上应讨论资产追回中的实际问题", ["expert-meeting"]),
    ("专家会议应继续交流信息，包括由秘书处介绍对方的工作成果", ["expert-meeting", "secretariat"]),
    # a later clause with its own subject and modal asks its actors too
    ("秘书处应继续维护名录，缔约国应定期向秘书处提供最新联系信息", ["secretariat", "states-parties"]),
    ("请秘书处编写报告，缔约国会议不妨审议该报告", ["secretariat", "cosp"]),
    ("缔约国应加强合作，以便秘书处能够汇编资料", ["states-parties"]),
    # what the Conference is recommended to ask is the Conference's
    ("建议缔约国会议第六届会议考虑延长专家会议的任务授权，并请秘书处为此编写一份背景文件", ["cosp"]),
])
def test_addressees_around_phrases_and_passives(text: str, keys: list[str]) -> None:
    assert addressees([Recommendation("a", text, Span(Place(PlaceKind.PARAGRAPH, "1"), 0, len(text), text))]) == {
        "a": keys}


def test_items_under_group_headings_addressed_by_them() -> None:
    facts = report("专家会议商定了以下建议，按所涉对象分列如下。对缔约国的建议(a)确保主管机关具备必要权力；"
                   "(b)充分利用现有网络；对秘书处的建议(c)在现有资源范围内编写汇编；对缔约国会议的建议(d)考虑审议联席会议的形式。",
                   section="一. 结论和建议")
    assert [(r.label, r.text) for r in facts.recommendations] == [
        ("a", "确保主管机关具备必要权力"), ("b", "充分利用现有网络"), ("c", "在现有资源范围内编写汇编"),
        ("d", "考虑审议联席会议的形式")]
    assert facts.addressees == {"a": ["states-parties"], "b": ["states-parties"], "c": ["secretariat"],
                                "d": ["cosp"]}


def test_header_symbol_and_job_number_on_the_first_line() -> None:
    text = ("\ufeff联合国 CAC/COSP/EG.1/2025/4 V.25-01234 (C)\n\n" + HEADER + "一. 导言\n\n1. 缔约国会议。\n")
    facts = load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts
    assert (facts.symbol, facts.job_number) == ("CAC/COSP/EG.1/2025/4", "V.25-01234")


def test_general_assembly_resolutions_are_not_listed() -> None:
    from uncac_kg.graph.ingest import refresh_reference
    from uncac_kg.graph.store.embedded import GraphStore

    text = HEADER + "一. 导言\n\n1. 大会第58/4号决议通过了《公约》。缔约国会议第4/2号决议。\n"
    doc = load(text.encode("utf-8"), source="t.zh.txt", iris=Iris())
    store = GraphStore.open(None)
    store.replace_graph(doc.graph, doc.quads)
    refresh_reference(store, Iris())
    assert {r["resolution"] for r in select(store, "resolution-citations")} == {"4/2"}


# --- what the items are: agreed by the meeting, or proposed by States during it ------------


def kinds(*paragraphs: str, section: str, subsection: str = "") -> tuple[list[str], list[str]]:
    facts = report(*paragraphs, section=section, subsection=subsection)
    return [r.label for r in facts.recommendations], [r.label for r in facts.proposals]


@pytest.mark.parametrize(("lead", "section", "agreed"), [
    # the meeting agreed them
    ("此外，专家会议还商定了下列建议：", "一. 结论和建议", True),
    ("会议通过了以下建议：", "一. 建议", True),
    ("专家会议核可了下列建议：", "一. 结论", True),
    # States parties, speakers, participants or delegations put them forward
    ("在本次会议讨论期间，缔约国为增进国际合作提出了一些建议，其中包括：", "一. 缔约国在会议期间提出的建议", False),
    ("会议期间，若干发言者提出了以下建议：", "一. 建议", False),
    ("各国代表团在讨论中提议：", "一. 结论和建议", False),
    ("与会者提出的建议包括：", "一. 结论和建议", False),
    ("一些缔约国建议：", "一. 建议", False),
    ("讨论期间提出的建议包括以下内容：", "一. 会议期间提出的建议", False),
])
def test_agreed_recommendations_and_proposals(lead: str, section: str, agreed: bool) -> None:
    items = f"{lead}(a)鼓励缔约国简化程序；(b)请秘书处汇编良好做法。"
    found = kinds(items, section=section)
    assert found == ((["a", "b"], []) if agreed else ([], ["a", "b"]))


ITEMS = "(a)鼓励缔约国简化程序；(b)请秘书处汇编良好做法。"


@pytest.mark.parametrize(("paragraphs", "section", "agreed", "proposed"), [
    # the lead-in in a paragraph of its own, the items in the paragraphs after it
    (["专家会议商定了下列建议：", "(a)鼓励缔约国简化程序；", "(b)请秘书处汇编良好做法。"], "三. 会议成果",
     ["a", "b"], []),
    (["专家会议商定了下列建议：", ITEMS], "三. 会议成果", ["a", "b"], []),
    # a list going on after a lead-in of its own
    (["专家会议商定了下列建议：" + ITEMS, "专家会议还商定：(c)继续审议电子证据问题。"], "三. 结论",
     ["a", "b", "c"], []),
    # the meeting's own words for agreeing
    (["专家会议建议：" + ITEMS], "三. 结论", ["a", "b"], []),
    (["以下是专家会议商定的建议：" + ITEMS], "三. 结论", ["a", "b"], []),
    (["专家会议赞同下列建议：" + ITEMS], "三. 结论", ["a", "b"], []),
    # proposals outside a section of recommendations, and ones the meeting did not agree
    (["一些缔约国在会议期间提出了以下建议，但会议未就此达成一致：" + ITEMS], "二. 审议情况", [], ["a", "b"]),
    (["会议期间提出了下列提议：" + ITEMS], "二. 审议情况", [], ["a", "b"]),
    (["若干发言者提出以下建议，供今后审议：" + ITEMS], "二. 审议情况", [], ["a", "b"]),
    (["专家会议商定了下列建议：" + ITEMS,
      "此外，一些发言者还提出了下列建议，但未获会议通过：(a)设立工作组；(b)编写指南。"],
     "三. 结论和建议", ["a", "b"], ["a", "b"]),
    # the Secretariat's suggestions, a list of challenges: neither
    (["秘书处提出了以下建议供专家会议审议：" + ITEMS], "二. 审议情况", [], []),
    (["发言者讨论了引渡中面临的挑战，其中包括：(a)磋商；(b)信息共享。"], "二. 审议情况", [], []),
    # the lead-in says which items were agreed and which only proposed
    (["会议期间提出了下列建议。其中(a)项和(b)项经专家会议商定；(c)项系若干缔约国提出的提议，专家会议未能就此达成一致："
      "(a)鼓励缔约国简化程序；(b)请秘书处汇编良好做法；(c)设立工作组。"], "三. 结论和建议", ["a", "b"], ["c"]),
    # the Secretariat's points beside the agreed list
    (["秘书处在其说明（CAC/COSP/EG.1/2026/2，第52段）中提出了以下几点，供专家会议在拟订结论时参考："
      "(a)专家会议不妨鼓励缔约国交流信息；(b)专家会议不妨请秘书处编写材料。"], "三. 结论和建议", [], []),
])
def test_lists_said_to_be_agreed_or_proposed(paragraphs: list[str], section: str, agreed: list[str],
                                             proposed: list[str]) -> None:
    assert kinds(*paragraphs, section=section) == (agreed, proposed)


def agenda_of(lead: str, items: str) -> list[tuple[int, str]]:
    body = "".join(f"{n}. 第{n}段。\n\n" for n in range(1, 5)) + f"5. {lead}\n{items}\n\n6. 第6段。\n"
    text = HEADER + "一. 会议安排\n\n" + body
    return [(a.position, a.title) for a in load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts.agenda]


@pytest.mark.parametrize(("lead", "items", "expected"), [
    ("专家会议通过了下列议程：", " (1) 会议开幕；\n (2) 通过议程和工作安排；\n (3) 引渡问题；\n (4) 通过报告。",
     [(1, "会议开幕"), (2, "通过议程和工作安排"), (3, "引渡问题"), (4, "通过报告")]),
    # an item with sub-items: the item's own title
    ("专家会议以协商一致方式通过了议程，议程如下：", "1. 组织事项：\n(a) 会议开幕；\n(b) 通过议程和工作安排。\n"
     "2. 引渡问题。\n3. 通过报告。", [(1, "组织事项"), (2, "引渡问题"), (3, "通过报告")]),
    # items without a closing 。, run together by the extraction
    ("专家会议通过了下列议程：", "1. 会议开幕\n2. 选举主席\n3. 《公约》第四章实施情况\n4. 通过报告",
     [(1, "会议开幕"), (2, "选举主席"), (3, "《公约》第四章实施情况"), (4, "通过报告")]),
])
def test_agenda_numbered_in_brackets_or_with_sub_items(lead: str, items: str, expected: list[tuple[int, str]]) -> None:
    assert agenda_of(lead, items) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("《公约》第四十四条至第四十六条。", {(44, None), (45, None), (46, None)}),
    ("《公约》第四章（第四十四至四十六条）。", {(44, None), (45, None), (46, None)}),
    ("《公约》第四十六条第十三和第十四款。", {(46, 13), (46, 14)}),
    ("几位发言者提到《公约》第四十六条第九款。另一位发言者回顾了该条第十款和第十一款。", {(46, 9), (46, 10), (46, 11)}),
])
def test_article_ranges_and_paragraphs_under_one_kuan(text: str, expected: set[tuple[int, int | None]]) -> None:
    assert {(a.article, a.paragraph) for a in report(text, section="二. 审议").articles} == expected


def test_dates_in_chinese_numerals() -> None:
    assert other_meetings("大会反腐败问题特别会议于二〇二一年六月二日至四日在纽约举行。") == {
        (1, "ga-special-session", "2021-06-02", "2021-06-04")}


@pytest.mark.parametrize("title", [
    "第十二次增进《联合国反腐败公约》下国际合作不限成员名额政府间专家会议报告\n（2023年6月14日至16日，维也纳）",
    "增进《联合国反腐败公约》下国际合作不限成员名额政府间专家会议第十二次会议报告\n2023年6月14日至16日，维也纳",
    "增进《联合国反腐败公约》下国际合作不限成员名额政府间专家会议\n2023年6月14日至16日在维也纳举行的第十二次会议的报告",
    "增进《联合国反腐败公约》下国际合作不限成员名额政府间专家会议第十二次会议（2023年6月14日至16日，维也纳）的报告",
    "增进《联合国反腐败公约》下国际合作不限成员名额政府间专家会议\n2023年6月14日至16日，维也纳\n第十二次会议报告",
])
def test_the_meeting_dated_in_a_line_of_its_own(title: str) -> None:
    text = "Distr.: General\n1 July 2023\nChinese\nOriginal: English\n\n" + title + "\n\n一. 导言\n\n1. 会议举行。\n"
    meeting = load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts.meeting
    assert (meeting.ordinal, str(meeting.start), str(meeting.end), meeting.venue) == (
        12, "2023-06-14", "2023-06-16", "维也纳")


# --- session of 2026-12-03 (fourth): the -j dev reports --------------------------------------------------


def test_attendance_listed_after_de_you_and_an_institute_with_its_short_name() -> None:
    facts = report(
        "政府间组织中，派观察员出席会议的有非洲联盟、英联邦秘书处和国际反腐败学院。",
        "出席会议的方案网研究所有：亚洲和远东预防犯罪和罪犯待遇研究所（亚远研究所）和巴塞尔治理研究所。",
        subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("非洲联盟", "intergovernmental-organization"), ("英联邦秘书处", "intergovernmental-organization"),
        ("国际反腐败学院", "intergovernmental-organization"),
        ("亚洲和远东预防犯罪和罪犯待遇研究所（亚远研究所）", "institute"), ("巴塞尔治理研究所", "institute")]


def test_resolutions_of_that_session_a_pick_among_several_and_a_body_named_in_the_back_reference() -> None:
    assert resolutions(
        "缔约方会议在那届会议上通过了第8/1号决议。",
        "一位发言者认为，此项决议与缔约国会议第6/4号决议相辅相成。",
        "缔约国会议第八届会议通过了第8/2和8/6号决议。",
        "上述两项决议中的第二项还欢迎专家会议提出的建议。",
        "有组织犯罪公约缔约方会议第十届会议于2020年10月12日至16日在维也纳举行，会议通过的第10/4号决议请工作组继续审议。",
        "若干发言者认为，上述缔约方会议决议与缔约国会议第8/2号决议的目标一致。",
    ) == {("8/1", "UNTOC", None, 1, False), ("8/1", "UNTOC", None, 2, True), ("6/4", "UNCAC", None, 2, False),
          ("8/2", "UNCAC", None, 3, False), ("8/6", "UNCAC", None, 3, False), ("8/6", "UNCAC", None, 4, True),
          ("10/4", "UNTOC", None, 5, False), ("10/4", "UNTOC", None, 6, True), ("8/2", "UNCAC", None, 6, False)}


def test_a_session_named_with_its_venue_before_it_and_no_date() -> None:
    assert other_meetings("《联合国反腐败公约》缔约国会议在马拉喀什举行的第四届会议上通过了第4/2号决议。") == {
        (1, "cosp", None, None)}


def test_a_table_keeps_its_cells_apart() -> None:
    text = (HEADER + "一. 会议安排\n\n1. 下表列出向在线名录作出通报的缔约国数目：\n类别\t2025年4月30日\t2026年4月30日\n"
            "预防腐败机关\t131\t134\n司法协助中央机关\t156\t160\n")
    doc = load(text.encode("utf-8"), source="t.zh.txt", iris=Iris())
    assert "类别｜2025年4月30日｜2026年4月30日；预防腐败机关｜131｜134；" in doc.segmented.paragraphs[0].text
    assert {(d.as_of, d.category, d.count) for d in doc.facts.directory} >= {
        ("2025-04-30", "prevention", 131), ("2026-04-30", "mutual-legal-assistance", 160)}


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # a table of panelists: the cell naming a State
    (["随后举行了一场小组讨论，主题为“中央机关之间的直接沟通”。小组成员的情况见下表：\n姓名\t职务\t国家\n"
      "Kalani Akana-Rivers\t司法部国际事务办公室副主任\t美利坚合众国\n王立新\t最高人民检察院国际合作局副局长\t中国"],
     [("中央机关之间的直接沟通", ["美利坚合众国", "中国"])]),
    # 来自 anywhere, a region's States in brackets, an organisation with its short name
    (["第二场专题小组讨论——资产处置与返还——共有四名小组成员：两名来自拉丁美洲和加勒比国家（巴拿马、特立尼达和多巴哥），"
      "一名来自亚洲及太平洋国家（马来西亚），另一名来自经济合作与发展组织（经合组织）。讨论由秘书处的一名代表主持。",
      "经合组织的专家介绍了该组织关于资产返还的良好做法研究。"],
     [("资产处置与返还", ["巴拿马", "特立尼达和多巴哥", "马来西亚", "经济合作与发展组织（经合组织）"])]),
    # 围绕“T”展开; persons with their office (nested brackets) after 为：
    (["第一场专题小组讨论围绕“疫情期间的司法协助”展开，由摩洛哥的Youssef El Amrani主持。小组成员为："
      "Thandiwe Nkosi-Mahlangu（南非国家检察署（资产没收股））；"
      "Eleni Papadopoulou（塞浦路斯法律事务部（中央机关））。"],
     [("疫情期间的司法协助", ["南非", "塞浦路斯"])]),
    # a quoted title soon after the mention; panelists introduced one per paragraph, in Chinese and Latin script,
    # after 是/有; a unit of an organisation stays whole
    (["专家会议举行了第二场小组讨论，聚焦于“跨境获取电子证据”，由秘书处的一名代表主持。",
      "大韩民国法务部国际刑事事务科的金志勋首先发言。",
      "随后发言的是智利国家检察署的 Valentina Arancibia 女士。",
      "最后，毒品和犯罪问题办公室有组织犯罪和非法贩运处的一名方案干事介绍了该处的工作。"],
     [("跨境获取电子证据", ["大韩民国", "智利", "毒品和犯罪问题办公室有组织犯罪和非法贩运处"])]),
    (["专家会议围绕执法机关之间的非正式信息交流开展了小组讨论。"
      "参加小组讨论的有奥地利联邦反腐败局的 Markus Steinbauer 和"
      "马来西亚反腐败委员会的 Nur Aisyah。"],
     [("执法机关之间的非正式信息交流", ["奥地利", "马来西亚"])]),
])
def test_panelists_in_tables_brackets_and_one_per_paragraph(paragraphs: list[str],
                                                            expected: list[tuple[str, list[str]]]) -> None:
    assert panels(*paragraphs) == expected


def test_presiding_officers_in_a_list_between_dashes_after_their_state_and_named_again_by_surname() -> None:
    assert chairs(
        "会议共举行了十场会议，各场会议的主持人如下：第1至第6场会议（9月6日至8日）：缔约国会议第八届会议主席"
        "Hamad Saif Al-Kaabi（阿拉伯联合酋长国）；第7和第8场会议（9月9日）：缔约国会议第八届会议副主席"
        "Ilona Szűcs-Kovács（匈牙利）；第9和第10场会议（9月10日）：Al-Kaabi先生。",
        "Kalinda Mwape-Banda（赞比亚）——亦为缔约国会议第六届会议副主席——主持了第三场和第四场会议。",
        "会议由缔约国会议第十届会议副主席、巴西常驻联合国（维也纳）代表 Marcos Vinícius Albuquerque 大使主持。"
        "第5场会议由另一位缔约国会议第十届会议副主席——坦桑尼亚联合共和国的朱玛·姆瓦卡西卡——代为主持。",
        "当天的两场会议由中国的刘振华代为主持，他也是缔约国会议第十届会议副主席。",
    ) == {("Hamad Saif Al-Kaabi", "阿拉伯联合酋长国", "presiding", "缔约国会议第八届会议主席"),
          ("Ilona Szűcs-Kovács", "匈牙利", "presiding", "缔约国会议第八届会议副主席"),
          ("Kalinda Mwape-Banda", "赞比亚", "presiding", None),
          ("Marcos Vinícius Albuquerque", "巴西", "presiding", "缔约国会议第十届会议副主席"),
          ("朱玛·姆瓦卡西卡", "坦桑尼亚联合共和国", "presiding", "缔约国会议第十届会议副主席"),
          ("刘振华", "中国", "presiding", None)}


def test_format_of_the_meeting_named_as_专家会议第N次会议() -> None:
    assert meeting_format("专家会议第十四次会议于2025年6月4日至6日在维也纳举行，采用线上线下相结合的混合形式。") == (
        "hybrid", [])


def test_reaffirmed_with_the_reports_listed_in_the_next_sentence_each_with_its_meeting() -> None:
    found, doubts = reaffirmed("专家会议重申了以往各次会议的建议。第三次至第五次专家会议的报告分别为："
                               "CAC/COSP/EG.1/2014/3（第三次）、CAC/COSP/EG.1/2015/3（第四次）和"
                               "CAC/COSP/EG.1/2016/2（第五次）。")
    assert found == {(3, "CAC/COSP/EG.1/2014/3"), (4, "CAC/COSP/EG.1/2015/3"), (5, "CAC/COSP/EG.1/2016/2")}
    assert doubts == []


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # counts in order after 依次为, the earlier date's counts in brackets after it; a category named as the
    # sentence's topic, at 到同一日期为止
    (["秘书处代表报告说，截至2016年10月31日，在线名录中通报了预防腐败机关、司法协助中央机关及资产追回联络点的缔约国"
      "依次为一百零六个、一百二十九个和七十五个，较2015年11月30日（分别为101个、124个和69个）均有增加。",
      "民事和行政诉讼国际合作联络点一类是根据第6/4号决议新近增设的，到同一日期为止，已有二十三个缔约国作了通报。"],
     {("2016-10-31", "prevention", 106), ("2016-10-31", "mutual-legal-assistance", 129),
      ("2016-10-31", "asset-recovery", 75), ("2015-11-30", "prevention", 101),
      ("2015-11-30", "mutual-legal-assistance", 124), ("2015-11-30", "asset-recovery", 69),
      ("2016-10-31", "civil-administrative", 23)}),
    # counted out of all States (在191个缔约国中) and a figure of the date compared with (当时为61个)
    (["秘书处代表介绍了名录的最新情况。截至2025年4月30日，在191个缔约国中，已有156个向秘书处通报了司法协助中央机关。",
      "引渡中央机关一类在过去一年中增幅最大，比2024年4月30日增加了9个，当时为61个。"],
     {("2025-04-30", "mutual-legal-assistance", 156), ("2024-04-30", "extradition", 61)}),
    # a table with a row per date and a column per category
    (["关于国家主管机关在线名录，该代表列出了以下数字：\n日期\t预防腐败机关\t司法协助中央机关\n2020年9月\t119\t132\n"
      "2021年8月31日\t123\t137"],
     {("2020-09", "prevention", 119), ("2020-09", "mutual-legal-assistance", 132),
      ("2021-08-31", "prevention", 123), ("2021-08-31", "mutual-legal-assistance", 137)}),
])
def test_directory_counts_in_order_out_of_a_whole_then_and_by_row_and_column(
        paragraphs: list[str], expected: set[tuple[str, str, int]]) -> None:
    assert directory_in("二. 国家主管机关名录", *paragraphs) == (expected, [])


def test_other_meetings_two_sessions_of_one_body_this_year_a_numbered_special_session_and_an_unknown_body() -> None:
    assert other_meetings(
        "2021年6月，大会第三十二届特别会议在纽约举行。",
        "有组织犯罪公约缔约方会议国际合作工作组第十一次和第十二次会议分别于2020年7月和2021年5月举行。",
        "秘书处还提醒与会者，缔约国会议第十一届会议定于今年12月15日至19日在卡塔尔多哈举行。",
        "一位发言者提到二十国集团反腐败工作组于2021年10月举行的会议。",
    ) == {(1, "ga-special-session", "2021-06", "2021-06"),
          (2, "untoc-wg-international-cooperation", "2020-07", "2020-07"),
          (2, "untoc-wg-international-cooperation", "2021-05", "2021-05"),
          (3, "cosp", "2025-12-15", "2025-12-19")}


@pytest.mark.parametrize(("text", "keys"), [
    ("呼吁秘书处并请毒品和犯罪问题办公室在现有资源范围内，汇编各国跨境获取电子证据的法律和实践",
     ["secretariat", "unodc"]),
    ("缔约国会议第九届会议不妨考虑请专家会议在今后的会议上专门讨论资产处置问题", ["cosp"]),
])
def test_addressees_asked_together_and_a_session_of_the_conference(text: str, keys: list[str]) -> None:
    rec = Recommendation("a", text, Span(Place(PlaceKind.PARAGRAPH, "1"), 0, len(text), text))
    assert addressees([rec])["a"] == keys


# --- made-up variants (not from any report): constructions an editor may well write -------------------


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (["专家会议就“受益所有权”举行了专题小组讨论，专题小组成员包括巴西联邦检察署的 Ana Souza 女士、"
      "肯尼亚道德和反腐败委员会的 John Otieno 先生以及经合组织的一名专家。"],
     [("受益所有权", ["巴西", "肯尼亚", "经合组织"])]),
    (["会议举办了主题为“联合调查组”的小组讨论，发言者为：荷兰检察院代表、西班牙国家法院代表和欧洲司法组织代表。"],
     [("联合调查组", ["荷兰", "西班牙", "欧洲司法组织"])]),
])
def test_panelists_after_a_person_and_listed_by_office(paragraphs: list[str],
                                                        expected: list[tuple[str, list[str]]]) -> None:
    assert panels(*paragraphs) == expected


def test_chairs_a_representative_of_a_state_from_a_state_and_a_chair_by_whom() -> None:
    assert chairs(
        "在6月2日的第1次会议上，专家会议以鼓掌方式选举法国常驻代表 Jean Dupont 大使为会议主席。",
        "第二天的会议由来自印度尼西亚的 Budi Santoso 先生主持。",
    ) == {("Jean Dupont", "法国", "chair", None), ("Budi Santoso", "印度尼西亚", "presiding", None)}
    assert chairs("专家会议主席由缔约国会议第九届会议主席、埃及的 Hossam Fahmy 担任。") == {
        ("Hossam Fahmy", "埃及", "chair", None)}


def test_resolutions_picked_by_their_order_and_counted_back() -> None:
    assert resolutions(
        "缔约国会议第九届会议通过了第9/2号决议和第9/4号决议。",
        "在其中的第一项决议中，缔约国会议请专家会议继续工作。",
        "根据缔约国会议第8/1号决议第5段以及第9/3号决议，秘书处编写了本说明。",
        "上述两项决议均强调了国际合作的重要性。",
    ) == {("9/2", "UNCAC", None, 1, False), ("9/4", "UNCAC", None, 1, False), ("9/2", "UNCAC", None, 2, True),
          ("8/1", "UNCAC", 5, 3, False), ("9/3", "UNCAC", None, 3, False), ("8/1", "UNCAC", None, 4, True),
          ("9/3", "UNCAC", None, 4, True)}


# --- the -n dev reports (a writer who wrote as an editor would, without studying the dev texts) -----------


def test_n_reports_panelists_after_an_office_without_de_and_a_dash_bullet() -> None:
    assert panels(
        "专家会议举行了一场专题小组讨论，主题是“以《公约》作为法律依据”。小组成员为：中国国家监察委员会的一名代表、"
        "厄瓜多尔总检察院国际事务司司长 Verónica Cevallos，以及肯尼亚检察署的 Wanjiru Kamau。",
        "随后举行了第二场专题小组讨论，议题为“跨境获取电子证据”。小组成员如下：– Kristjan Tamm，爱沙尼亚检察署；"
        "–欧洲委员会网络犯罪方案办公室的一名代表。讨论由资产追回问题工作组主席团成员 Ana Lopez 主持。",
    ) == [("以《公约》作为法律依据", ["中国", "厄瓜多尔", "肯尼亚"]),
          ("跨境获取电子证据", ["爱沙尼亚", "欧洲委员会网络犯罪方案办公室"])]


def test_n_reports_two_groups_of_meetings_before_one_bracket_of_reports() -> None:
    found, doubts = reaffirmed(
        "专家会议重申了第三次至第五次专家会议以及第十次专家会议提出的建议（见CAC/COSP/EG.1/2014/3、"
        "CAC/COSP/EG.1/2015/3、CAC/COSP/EG.1/2016/2和CAC/COSP/EG.1/2021/4）。")
    assert found == {(3, "CAC/COSP/EG.1/2014/3"), (4, "CAC/COSP/EG.1/2015/3"), (5, "CAC/COSP/EG.1/2016/2"),
                     (10, "CAC/COSP/EG.1/2021/4")}
    assert doubts == []


def test_n_reports_a_session_held_during_another_and_a_capacity_with_de() -> None:
    assert other_meetings(
        "秘书处介绍了联合国打击跨国有组织犯罪公约缔约方会议第七届会议的有关情况，该届会议于2014年10月6日至10日在维也纳举行。"
        "缔约方会议设立的国际合作工作组在该届会议期间举行了第五次会议。") == {
        (1, "untoc-cop", "2014-10-06", "2014-10-10"), (1, "untoc-wg-international-cooperation", None, None)}
    facts = report("联合国系统的世界银行，以及联合国预防犯罪和刑事司法方案网的巴塞尔治理研究所派观察员出席了会议。",
                   subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("世界银行", "un-body"), ("巴塞尔治理研究所", "institute")]


# --- the -l dev reports --------------------------------------------------------------------------------


def test_l_reports_second_meeting_constructions() -> None:
    assert other_meetings(
        "该决议是缔约国会议于2011年10月24日至28日在马拉喀什举行第四届会议时通过的。",
        "秘书处代表随后简要介绍了其他政府间机构的会议，即：\n(a)实施情况审议组第四届会议，2013年5月27日至31日，维也纳；\n"
        "(b)资产追回问题工作组第七次会议，2013年8月29日和30日，维也纳。",
    ) == {(1, "cosp", "2011-10-24", "2011-10-28"), (2, "irg", "2013-05-27", "2013-05-31"),
          (2, "wg-asset-recovery", "2013-08-29", "2013-08-30")}
    assert chairs(
        "在第一场会议上，Eduardo Pinzón（巴拿马）当选为会议主席，"
        "Maricel Dela Paz-Santiago（菲律宾）当选为副主席兼报告员。",
        "主席因另有公务未能出席第三场会议，该场会议由副主席兼报告员Dela Paz-Santiago女士主持。",
    ) == {("Eduardo Pinzón", "巴拿马", "chair", None),
          ("Maricel Dela Paz-Santiago", "菲律宾", "presiding", "副主席兼报告员")}
    assert panels(
        "随后举行了第一场专题小组讨论，讨论的焦点是中央机关之间的直接联系。主讲人依次为：阿根廷司法和人权部国际事务司司长"
        "Mariano Ferreyra、菲律宾司法部的一名国家检察官，"
        "以及伊比利亚美洲国际司法合作网（司法合作网）秘书处的一名代表。",
        "“利用现代通信技术传递请求”小组讨论由秘书处的一名官员主持，"
        "参加讨论的有来自危地马拉和中国香港特别行政区的专家。",
    ) == [("中央机关之间的直接联系", ["阿根廷", "菲律宾",
                                   "伊比利亚美洲国际司法合作网（司法合作网）秘书处"]),
          ("利用现代通信技术传递请求", ["危地马拉", "中国香港特别行政区"])]
    assert directory_in("二. 名录", "关于国家主管机关在线名录，以下数据均以2013年10月31日为准。"
                        "在168个缔约国中，62.5%（105个）已通报了负责接收和执行司法协助请求的中央机关。") == (
        {("2013-10-31", "mutual-legal-assistance", 105)}, [])
    facts = report("联合国开发计划署（开发署）和联合国区域间犯罪和司法研究所（区域间司法所）派观察员出席了会议，"
                   "后者系联合国预防犯罪和刑事司法方案网的研究所。",
                   "政府间组织的观察员来自：中美洲一体化体系、英联邦秘书处和美洲国家组织。", subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("联合国开发计划署（开发署）", "un-body"), ("联合国区域间犯罪和司法研究所（区域间司法所）", "institute"),
        ("中美洲一体化体系", "intergovernmental-organization"), ("英联邦秘书处", "intergovernmental-organization"),
        ("美洲国家组织", "intergovernmental-organization")]
    text = "毒品和犯罪问题办公室及其他技术援助提供方应继续支持缔约国加强中央机关的能力"
    assert addressees([Recommendation("a", text, Span(Place(PlaceKind.PARAGRAPH, "1"), 0, len(text), text))]) == {
        "a": ["unodc", "other"]}


def test_l_reports_eighth_and_thirteenth_meeting_constructions() -> None:
    assert other_meetings(
        "刚刚结束的实施情况审议组第十届会议（2019年5月27日、28日和29日）审议了专题报告。",
        "实施情况审议组第十五届会议于2024年6月10日（星期一）开幕，6月14日（星期五）闭幕。",
        "缔约国会议第十一届会议暂定于［2025年12月15日至19日］在卡塔尔多哈举行。",
    ) == {(1, "irg", "2019-05-27", "2019-05-29"), (2, "irg", "2024-06-10", "2024-06-14"),
          (3, "cosp", "2025-12-15", "2025-12-19")}
    assert chairs("主持会议的是缔约国会议第八届会议候任主席Khalifa Al-Nuaimi（阿拉伯联合酋长国）。") == {
        ("Khalifa Al-Nuaimi", "阿拉伯联合酋长国", "presiding", "缔约国会议第八届会议候任主席")}
    assert chairs("各场会议的主持情况如下：\n场次      日期      主持人\n"
                  "第一场      6月12日      缔约国会议第十届会议主席"
                  "Rebecca L. Thornbury（美利坚合众国）\n第三场      6月13日      缔约国会议第十届会议副主席"
                  "Wanjiru Kamau-Otieno（肯尼亚）") == {
        ("Rebecca L. Thornbury", "美利坚合众国", "presiding", "缔约国会议第十届会议主席"),
        ("Wanjiru Kamau-Otieno", "肯尼亚", "presiding", "缔约国会议第十届会议副主席")}
    assert panels(
        "第一场专题小组讨论以“平行金融调查”为重点。小组成员的发言顺序如下：㈠南非国家检察署特别调查股副主任"
        "Thandeka Mokoena；㈡越南最高人民检察院国际合作和司法协助司副司长阮氏秋恒；㈢欧洲司法组织的一名国家成员。",
        "第二场专题小组讨论着重探讨了联合调查组的运用。"
        "三名小组成员分别来自秘鲁、乌兹别克斯坦和国际刑事警察组织（国际刑警组织）。",
    ) == [("平行金融调查", ["南非", "越南", "欧洲司法组织"]),
          ("联合调查组的运用", ["秘鲁", "乌兹别克斯坦", "国际刑事警察组织（国际刑警组织）"])]
    assert directory_in("二. 名录", "截至2019年5月20日，引渡类的通报国为26个。",
                        "与2018年5月底的23个相比，引渡类的通报国数目增长了约13%。",
                        "名录的现况（截至2019年5月20日）：\n类别\t通报国数目\t百分比\n第6条第3款机关\t116\t62%\n"
                        "第46条第13款中央机关\t132\t71%") == (
        {("2019-05-20", "extradition", 26), ("2018-05", "extradition", 23), ("2019-05-20", "prevention", 116),
         ("2019-05-20", "mutual-legal-assistance", 132)}, [])
    found, _ = reaffirmed("CAC/COSP/EG.1/2014/3、CAC/COSP/EG.1/2015/3和CAC/COSP/EG.1/2016/2号文件分别载有第三次至第五次"
                          "专家会议的建议，第八次专家会议重申了这些建议。")
    assert found == {(3, "CAC/COSP/EG.1/2014/3"), (4, "CAC/COSP/EG.1/2015/3"), (5, "CAC/COSP/EG.1/2016/2")}
    texts = {"c": "应由毒品和犯罪问题办公室与秘书处共同编写一份实用指南",
             "e": "邀请实施情况审议组和资产追回问题工作组在各自的会议上考虑专家会议的相关建议",
             "h": "缔约国、秘书处和国际刑事警察组织应共同建立一个安全通信平台",
             "x": "请秘书处与国际刑事警察组织合作，编写培训材料"}
    recs = [Recommendation(k, t, Span(Place(PlaceKind.PARAGRAPH, "1"), 0, len(t), t)) for k, t in texts.items()]
    assert addressees(recs) == {"c": ["unodc", "secretariat"], "e": ["other"],
                                "h": ["states-parties", "secretariat", "other"], "x": ["secretariat"]}


def test_l_reports_mandates_annotated_by_a_bracket_guided_by_and_a_session_held() -> None:
    facts = report(
        "缔约国会议第四届会议决定召开增进国际合作不限成员名额政府间专家会议（第4/2号决议），由专家会议提供咨询和协助。",
        "专家会议的工作还以缔约国会议以下决议为指导：第5/1号决议（执法合作）和第7/1号决议（司法协助）。",
        "2023年12月在亚特兰大举行的缔约国会议第十届会议通过了若干与专家会议工作有关的决议，其中包括第10/2号决议。",
        "应缔约国会议第7/1号决议第27段的要求，专家会议继续交流信息。缔约国会议在该决议中还肯定了第六次专家会议提出的各项建议。",
        section="一. 导言")
    assert {(m.span.place.key, m.resolution, m.relation) for m in facts.mandates} == {
        ("1", "4/2", "established"), ("2", "5/1", "instructed"), ("2", "7/1", "instructed"),
        ("4", "7/1", "requested"), ("4", "7/1", "welcomed")}


def test_l_reports_an_indented_list_with_labels_and_a_resolution_named_by_its_subject() -> None:
    text = (HEADER + "一. 会议安排\n\nC. 出席情况\n\n1. 出席会议的观察员还有：\n    联合国系统实体\n"
            "        联合国开发计划署\n        世界银行\n    政府间组织\n        欧洲委员会\n"
            "        国际刑事警察组织\n\n2. 会议结束。\n")
    facts = load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("联合国开发计划署", "un-body"), ("世界银行", "un-body"),
        ("欧洲委员会", "intergovernmental-organization"), ("国际刑事警察组织", "intergovernmental-organization")]
    assert resolutions(
        "缔约国会议第十届会议通过了第10/2号决议和题为“应对涉及有组织犯罪集团的腐败的措施”的第10/5号决议。",
        "在关于涉及有组织犯罪集团的腐败的决议中，缔约国会议请专家会议审议此类案件中的国际合作问题。",
    ) == {("10/2", "UNCAC", None, 1, False), ("10/5", "UNCAC", None, 1, False), ("10/5", "UNCAC", None, 2, True)}


# --- the -o dev reports (a writer who wrote as an editor would; first look: panels 0.84, mandates 0.91,
# resolution citations 0.97, every other kind 1.00) -------------------------------------------------------


def test_o_reports_panelists_named_in_chinese_script_units_of_organisations_and_persons_before() -> None:
    assert panels(
        "本议程项目下举行了一场专题小组讨论，题为“司法协助请求的拒绝和拖延”。小组成员为：法国司法部刑事事务和赦免司的"
        "Jean-Baptiste Lefort、马来西亚总检察署国际事务处的陈美玲以及南非国家检察署的Sipho Mahlangu。",
        "随后举行了主题为“受益所有权信息”的专题小组讨论，小组成员依次为肯尼亚资产追回局局长Wanjiru Kamau、"
        "开曼群岛金融报告局的Desmond Ebanks以及追回被盗资产举措的高级金融专家Ingrid Valcárcel。",
        "随后举行了第二场专题小组讨论，主题是“电子证据”。"
        "小组成员如下：– Samir Haddad，毒品和犯罪问题办公室全球网络犯罪方案；"
        "– Anna Berg，国际刑事警察组织反腐败股主任。",
    ) == [("司法协助请求的拒绝和拖延", ["法国", "马来西亚", "南非"]),
          ("受益所有权信息", ["肯尼亚", "开曼群岛", "追回被盗资产举措"]),
          ("电子证据", ["毒品和犯罪问题办公室全球网络犯罪方案", "国际刑事警察组织反腐败股"])]
    assert panels("专家会议举行了题为“非正式合作”的小组讨论。小组成员中，一位来自罗马尼亚国家反腐败局，"
                  "还有一位是国际反腐败学院的教员。") == [("非正式合作", ["罗马尼亚"])]


def test_o_reports_mandates_established_and_requested_resolutions_in_headings_and_institutes_that_is() -> None:
    facts = report(
        "缔约国会议在第4/2号决议中决定举行国际合作问题不限成员名额政府间专家会议，并请专家会议履行该决议所列的各项职能。",
        "缔约国会议在其后的第5/1号和第7/1号决议中，就专家会议的工作作出了进一步指示，特别是要求专家会议审议执法合作中的障碍。",
        "缔约国会议在第9/5号决议中请专家会议审议如何通过新设立的反腐败执法机构全球行动网络开展合作。",
        section="一. 导言")
    assert {(m.span.place.key, m.resolution, m.relation) for m in facts.mandates} == {
        ("1", "4/2", "established"), ("1", "4/2", "requested"), ("2", "5/1", "instructed"),
        ("2", "7/1", "instructed"), ("3", "9/5", "requested")}
    text = HEADER + "一. 导言\n\n1. 会议举行。\n\n二. 执行缔约国会议第10/6号决议\n\n2. 秘书处介绍了情况。\n"
    assert load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts.resolutions == []
    facts = report("联合国预防犯罪和刑事司法方案网的两个研究所，即巴塞尔治理研究所和国际刑法改革和刑事司法政策中心，"
                   "也派观察员出席了会议。", subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("巴塞尔治理研究所", "institute"), ("国际刑法改革和刑事司法政策中心", "institute")]


def test_panelists_a_states_agency_joined_to_an_organisation() -> None:
    assert panels("会议就“非正式合作渠道”举办了一场小组讨论，"
                  "应邀发言的有：澳大利亚联邦警察、巴西联邦警察和国际刑警组织的代表。") == [
        ("非正式合作渠道", ["澳大利亚", "巴西", "国际刑警组织"])]


def test_other_meetings_a_resumed_session_and_one_held_alongside_another_body() -> None:
    assert other_meetings(
        "实施情况审议组第十三届会议于2022年6月13日至17日举行，其续会于2022年9月在维也纳举行。",
        "国际合作工作组第十三次会议与技术援助工作组同期于2022年7月在维也纳举行。",
    ) == {(1, "irg", "2022-06-13", "2022-06-17"), (1, "irg", "2022-09", "2022-09"),
          (2, "untoc-wg-international-cooperation", "2022-07", "2022-07")}


# --- the burnt held-out sets -h and -k -----------------------------------------------------------------


def test_h_and_k_reports_constructions() -> None:
    assert panels(
        "随后举行了第二场专题小组讨论，由秘书处的一名代表主持，议题为“直接合作与正式司法协助的互补性”。小组成员包括"
        "肯尼亚道德和反腐败委员会的Wanjiru Kamau、葡萄牙司法警察局的João Carvalhais以及国际刑警组织的Tomás Lund。",
        "随后举行了专题小组讨论，探讨如何“获取和交换受益所有权信息”。小组成员来自联合王国、尼日利亚和瑞士，以及追回被盗资产举措。",
    ) == [("直接合作与正式司法协助的互补性", ["肯尼亚", "葡萄牙", "国际刑警组织"]),
          ("获取和交换受益所有权信息", ["联合王国", "尼日利亚", "瑞士", "追回被盗资产举措"])]
    assert chairs("专家会议在第一场会议上选举Wanjiru Kamau（肯尼亚）为主席。第五场和第六场会议期间，"
                  "主席职务由Tomás Villalobos（哥斯达黎加）履行，他是缔约国会议第九届会议副主席。") == {
        ("Wanjiru Kamau", "肯尼亚", "chair", None), ("Tomás Villalobos", "哥斯达黎加", "presiding", None)}
    assert other_meetings(
        "此外，大会于2021年6月2日至4日举行了反腐败问题特别会议。",
        "有组织犯罪公约缔约方会议国际合作工作组第五次会议刚刚于2012年10月16日和17日在维也纳结束。",
        "该决议是缔约国会议第四届会议于2011年10月28日闭幕时通过的。",
    ) == {(1, "ga-special-session", "2021-06-02", "2021-06-04"),
          (2, "untoc-wg-international-cooperation", "2012-10-16", "2012-10-17"), (3, "cosp", None, None)}


# --- the -r dev reports (a writer asked for panels, chairs, directory counts, other meetings and
# mandates written naturally; first look: chairs 0.62, other meetings 0.89, mandates 0.88, panels 0.91,
# attendance 0.99, every other kind 1.00) -------------------------------------------------------------------


def test_r_reports_a_bureau_laid_out_as_labels_and_an_opener_who_presided() -> None:
    text = (HEADER + "一. 会议安排\n\n1. 专家会议在第一场会议上选出下列主席团成员：\n\n"
            "     主席：        Ana Lima（巴西）\n     副主席：      Jonas Berg（瑞典）\n\n"
            "2. 第二场会议由副主席 Berg 主持。\n\n"
            "3. 会议由缔约国会议第九届会议主席 Omar Haddad（约旦）宣布开幕。在选出主席之前，第一场会议由他主持。\n\n"
            "4. 缔约国会议第十届会议主席、秘鲁的 Rosa Quispe 致开幕词，并主持了第一天的会议。\n")
    facts = load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts
    assert {(c.name, c.state, c.role.value, c.office) for c in facts.chairs} == {
        ("Ana Lima", "巴西", "chair", None), ("Jonas Berg", "瑞典", "presiding", "副主席"),
        ("Omar Haddad", "约旦", "presiding", "缔约国会议第九届会议主席"),
        ("Rosa Quispe", "秘鲁", "presiding", "缔约国会议第十届会议主席")}


def test_r_reports_capacities_after_names_and_shared_out_by_count() -> None:
    facts = report(
        "欧洲联盟以区域经济一体化组织的身份作为《公约》缔约方派代表出席了会议。",
        "世界银行作为联合国系统实体、韩国刑事政策研究院作为方案网研究所派观察员出席了会议。",
        "以观察员身份出席的还有联合国开发计划署、世界银行、巴塞尔治理研究所和韩国刑事政策研究院，"
        "其中前两者为联合国系统实体，后两者为联合国预防犯罪和刑事司法方案网的研究所。",
        subsection="C. 出席情况")
    un, inst = "un-body", "institute"
    assert [(a.span.place.paragraph, a.name, a.kind.value) for a in facts.attendance] == [
        (1, "欧洲联盟", "regional-organization"), (2, "世界银行", un), (2, "韩国刑事政策研究院", inst),
        (3, "联合国开发计划署", un), (3, "世界银行", un), (3, "巴塞尔治理研究所", inst),
        (3, "韩国刑事政策研究院", inst)]


def test_r_reports_sessions_closed_resumed_adopting_and_the_body_after_its_session() -> None:
    assert other_meetings(
        "有组织犯罪公约缔约方会议第十届会议刚于2020年10月16日在维也纳闭幕。",
        "发言者提到实施情况审议组第十一届会议续会，该续会将于2020年11月16日至18日举行。",
        "在2022年10月17日至21日举行的第十一届会议上，有组织犯罪公约缔约方会议通过了第11/2号决议。",
        "大会反腐败问题特别会议于2021年6月2日至4日通过的政治宣言中，会员国作出了承诺。") == {
        (1, "untoc-cop", "2020-10-16", "2020-10-16"), (2, "irg", "2020-11-16", "2020-11-18"),
        (3, "untoc-cop", "2022-10-17", "2022-10-21"), (4, "ga-special-session", "2021-06-02", "2021-06-04")}
    assert {(m.resolution, m.relation) for m in report(
        "缔约国会议在第4/2号决议中决定召集不限成员名额政府间专家会议。", section="一. 导言").mandates} == {
        ("4/2", "established")}


# --- the -s dev reports (the same request as -r; first look: directory statistics 0.79, panels 0.84,
# mandates 0.90, chairs 0.92, reaffirmations 0.92, attendance 1.00 (recall 0.99), every other kind 1.00) ---


def test_s_reports_panelists_by_office_with_academic_bodies_former_posts_and_bullets() -> None:
    assert panels(
        "会议举行了题为“请求的质量”的专题小组讨论。小组成员有：秘鲁司法部国际事务司司长 Ana Ríos、"
        "牛津大学比较法研究所高级研究员 Tom Hale 以及美洲人权法院前法官 Luis Vera。",
        "随后举行了题为“电子证据”的专题小组讨论。小组成员为：– Eva Kask，爱沙尼亚检察署检察官；"
        "– Ida Berg，欧洲联盟刑事司法合作署（欧洲司法组织）国家成员。",
        "第三场专题小组讨论的题目为“资产返还”。智利检察署和泰国司法部各派一名检察官，以及新加坡国立大学法学院副教授"
        "陈慧玲(Tan Hui Ling)作了介绍。",
        "秘书处的另一名代表报告说，名录已经更新。",
    ) == [("请求的质量", ["秘鲁", "牛津大学比较法研究所", "美洲人权法院"]),
          ("电子证据", ["爱沙尼亚", "欧洲联盟刑事司法合作署（欧洲司法组织）"]),
          ("资产返还", ["智利", "泰国", "新加坡国立大学法学院"])]


def test_s_reports_directory_counts_before_respectively_bare_figures_and_the_last_categories() -> None:
    assert directory_in(
        "二. 审议",
        "截至2021年3月31日，名录显示，已有130个、110个和80个缔约国分别通报了司法协助中央机关、预防腐败机关和资产追回联络点；"
        "通报引渡中央机关和民事和行政诉讼国际合作联络点的缔约国分别为40个和30个。一年前，即2020年3月31日，后两类的数字分别为"
        "三十五个和二十八个。",
        "秘书处介绍了名录。截至2020年3月1日，106个缔约国通报了预防腐败机关，124个缔约国通报了司法协助中央机关。"
        "第三次专家会议召开时（2019年10月1日），这两个数字分别为99和121。")[0] == {
        ("2021-03-31", "mutual-legal-assistance", 130), ("2021-03-31", "prevention", 110),
        ("2021-03-31", "asset-recovery", 80), ("2021-03-31", "extradition", 40),
        ("2021-03-31", "civil-administrative", 30), ("2020-03-31", "extradition", 35),
        ("2020-03-31", "civil-administrative", 28), ("2020-03-01", "prevention", 106),
        ("2020-03-01", "mutual-legal-assistance", 124), ("2019-10-01", "prevention", 99),
        ("2019-10-01", "mutual-legal-assistance", 121)}


def test_s_reports_resolutions_picked_back_an_opener_she_and_meetings_counted_back() -> None:
    assert {(m.resolution, m.relation) for m in report(
        "缔约国会议第九届会议通过了第9/5号决议和第9/6号决议。在前一项决议中，缔约国会议请专家会议审议执法合作；"
        "在后一项决议中，缔约国会议指示专家会议继续研究资产追回。", section="一. 导言").mandates} == {
        ("9/5", "requested"), ("9/6", "instructed")}
    assert chairs("会议由缔约国会议第九届会议主席 Ana Lima（巴西）宣布开幕，她在选举主席之前主持了会议。") == {
        ("Ana Lima", "巴西", "presiding", "缔约国会议第九届会议主席")}
    facts = report("联合国开发计划署和世界银行派观察员出席了会议，巴塞尔治理研究所也派了观察员。",
                   subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("联合国开发计划署", "un-body"), ("世界银行", "un-body"), ("巴塞尔治理研究所", "institute")]
    text = (HEADER.replace("第十四次", "第四次") + "四. 结论和建议\n\n1. 专家会议重申其前三次会议所提出的各项建议，"
            "这些建议分别载于 CAC/COSP/EG.1/2012/3、CAC/COSP/EG.1/2013/3 和 CAC/COSP/EG.1/2014/3 号文件。\n")
    assert [(r.reaffirmed, r.symbol) for r in load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts
            .reaffirmations] == [(1, "CAC/COSP/EG.1/2012/3"), (2, "CAC/COSP/EG.1/2013/3"), (3, "CAC/COSP/EG.1/2014/3")]
    text = (HEADER.replace("第十四次", "第九次") + "四. 结论和建议\n\n1. 专家会议重申其上一次会议的建议"
            "（CAC/COSP/EG.1/2019/4）。\n")
    assert [(r.reaffirmed, r.symbol) for r in load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts
            .reaffirmations] == [(8, "CAC/COSP/EG.1/2019/4")]


# --- the burnt -q held-out set (scored once: panels 0.86, directory statistics 0.96, mandates 0.94) ---


def test_q_reports_an_unquoted_title_a_resolution_named_again_and_a_figure_of_then() -> None:
    assert panels("本项目下举行了一场专题小组讨论，题为跨境追回被盗资产的经验。"
                  "小组成员来自肯尼亚、挪威和国际刑警组织。") == [
        ("跨境追回被盗资产的经验", ["肯尼亚", "挪威", "国际刑警组织"])]
    assert {(m.resolution, m.relation) for m in report(
        "缔约国会议第九届会议通过了第9/2号和第9/5号决议。缔约国会议在第9/5号决议中欢迎专家会议提出的建议。",
        section="一. 导言").mandates} == {("9/5", "welcomed")}
    assert directory_in("二. 审议", "截至2016年8月31日，名录中已有150个缔约国通报了资产追回联络点。",
                        "该代表表示，与2015年6月第四次专家会议举行时相比（当时为120个），通报司法协助中央机关的缔约国数目有所增加。"
                        )[0] == {("2016-08-31", "asset-recovery", 150), ("2015-06", "mutual-legal-assistance", 120)}


# --- the -u dev reports (every kind asked for; first look: panels 0.69, directory statistics 0.78, chairs 0.83,
# other meetings 0.94, agenda 0.95, addressees 0.95, mandates 0.96, every other kind 1.00) -------------------


def test_u_reports_panelists() -> None:
    assert panels(
        "会议举行了题为“甲”的专题小组讨论。发言的小组成员有：葡萄牙共和国总检察署检察官Joana Lopes、"
        "智利总检察院高级国家律师Ana Soto女士和大韩民国法务部国际刑事科检察官김서연(Kim Seo-yeon)。",
        "随后举行了一场专题小组讨论，探讨将《公约》用作引渡法律依据的问题（《公约》第四十四条第五款）。",
        "首先发言的是加拿大司法部国际援助组法律顾问Émilie Roy女士。",
        "第二位发言者是阿尔及利亚司法部的一名法官。",
        "在随后的讨论中，发言者指出。",
        "会议举行了以“乙”为主题的专题小组讨论。来自瑞士联邦司法局和巴西联邦总检察长办公室的两名从业人员介绍了经验。",
        "国际刑警组织的一名代表介绍了该组织的系统。",  # more than the two the announcement counts
        "来自印度中央调查局和泰国国家反腐败委员会办公室的两名调查人员组成另一个小组，就“丙”交流了经验。",
        "会议举行了题为“丁”的专题小组讨论。参加讨论的有：GlobE网络主席、乌干达监察长办公室的Grace Nakiwala女士；"
        "爱沙尼亚检察署的Kadri Mägi检察官和国际刑事警察组织（国际刑警组织）金融犯罪和反腐败中心协调员"
        "Rafael Mendes先生。",
    ) == [("甲", ["葡萄牙共和国", "智利", "大韩民国"]),
          ("将《公约》用作引渡法律依据", ["加拿大", "阿尔及利亚"]),
          ("乙", ["瑞士", "巴西"]),
          ("丙", ["印度", "泰国"]),
          ("丁", ["乌干达", "爱沙尼亚", "国际刑事警察组织（国际刑警组织）金融犯罪和反腐败中心"])]


def test_u_reports_other_kinds() -> None:
    assert directory_in(
        "二. 审议",
        "截至2013年11月15日，已有107个缔约国通报了司法协助中央机关，74个缔约国通报了预防腐败机关。与2012年10月1日的数字"
        "（司法协助中央机关98个，预防腐败机关66个）相比，两类机关的数目均有所增加。",
        "截至2023年5月31日，名录载有141个缔约国的司法协助中央机关和95个缔约国的资产追回联络点；而第十一次会议前"
        "（2022年10月31日）的相应数字是138和92。")[0] == {
        ("2013-11-15", "mutual-legal-assistance", 107), ("2013-11-15", "prevention", 74),
        ("2012-10-01", "mutual-legal-assistance", 98), ("2012-10-01", "prevention", 66),
        ("2023-05-31", "mutual-legal-assistance", 141), ("2023-05-31", "asset-recovery", 95),
        ("2022-10-31", "mutual-legal-assistance", 138), ("2022-10-31", "asset-recovery", 92)}
    facts = report("作为在联合国总部设有常驻观察员办事处的实体，马耳他主权军事教团也派员出席了会议。",
                   subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [("马耳他主权军事教团", "other-entity")]
    assert chairs("各场会议由两位副主席 Ana Lima（巴西）和 Jonas Berg（瑞典）先后主持。") == {
        ("Ana Lima", "巴西", "presiding", "副主席"), ("Jonas Berg", "瑞典", "presiding", "副主席")}
    assert other_meetings(
        "秘书处介绍了国际合作工作组第十二次会议的成果，该次会议于2021年3月25日至26日以混合形式在维也纳举行。",
        "此外，2023年3月28日至30日，秘书处在维也纳召开了关于电子证据问题的非正式专家组会议。",
        "秘书处通报了缔约方会议第七届会议（2014年10月6日至10日，维也纳）期间举行的国际合作工作组第五次会议的情况。"
    ) == {
        (1, "untoc-wg-international-cooperation", "2021-03-25", "2021-03-26"),
        (2, "informal-expert-group", "2023-03-28", "2023-03-30"),
        (3, "untoc-cop", "2014-10-06", "2014-10-10"), (3, "untoc-wg-international-cooperation", None, None)}
    assert {(m.resolution, m.relation) for m in report(
        "缔约国会议第4/2号决议决定召开专家会议。", "按照上述决议，专家会议须：(a)协助缔约国会议积累知识；(b)查明挑战。",
        section="一. 导言").mandates} == {("4/2", "established"), ("4/2", "requested")}
    text = (HEADER + "一. 会议安排\n\n1. 专家会议通过了下列议程：\n1.会议开幕。\n2.通过报告。"
            "议程项目1是与审议组联合审议的。\n")
    assert [(a.position, a.title) for a in load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts.agenda] == [
        (1, "会议开幕"), (2, "通过报告")]


# --- the burnt -t held-out set (scored once: directory statistics 0.67, every other kind 1.00) -------------


def test_t_reports_a_two_column_list_with_figures_of_a_legend_and_names_after_a_relative_clause() -> None:
    text = (HEADER + "二. 审议\n\n1. 秘书处介绍了国家主管机关名录。截至2024年3月31日，名录所载信息如下"
            "（括号内为2023年3月的数字）：\n\n    预防腐败机关　　　　　　　130（126）\n"
            "    司法协助中央机关　　　　140\n    引渡中央机关　　　　　　 50（47）\n\n2. 会议结束。\n")
    facts = load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts
    assert {(d.as_of, d.category, d.count) for d in facts.directory} == {
        ("2024-03-31", "prevention", 130), ("2023-03", "prevention", 126),
        ("2024-03-31", "mutual-legal-assistance", 140), ("2024-03-31", "extradition", 50),
        ("2023-03", "extradition", 47)}
    text = (HEADER.replace("第十四次", "第十一次") + "四. 结论和建议\n\n1. 专家会议重申以往各次会议的建议，"
            "相关报告如下：\n    第三次会议    CAC/COSP/EG.1/2014/3\n    第十次会议    CAC/COSP/EG.1/2021/4\n\n"
            "2. 会议结束。\n")
    assert [(r.reaffirmed, r.symbol) for r in load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts
            .reaffirmations] == [(3, "CAC/COSP/EG.1/2014/3"), (10, "CAC/COSP/EG.1/2021/4")]
    facts = report("联合国开发计划署以及联合国预防犯罪和刑事司法方案网所属的巴塞尔治理研究所和韩国刑事政策研究院"
                   "派观察员出席了会议。", subsection="C. 出席情况")
    assert [a.name for a in facts.attendance] == ["联合国开发计划署", "巴塞尔治理研究所", "韩国刑事政策研究院"]


# --- the -w dev reports (every kind asked for; first look: directory statistics 0.72, panels 0.83,
# attendance 0.99, every other kind 1.00) ----------------------------------------------------------------


def test_w_reports_panels_under_their_heading_added_panelists_and_talks_of_ones_own() -> None:
    facts = load((HEADER + "一. 会议安排\n\n1. 会议开幕。\n\n二. 议程项目\n\n关于跨境追回资产的专题小组讨论\n\n"
                  "2. 在该专题小组讨论中，讨论嘉宾探讨了资产返还问题。讨论由秘书处的一名官员主持。\n\n"
                  "3. 加拿大司法部的Anne Roy首先介绍了加拿大的做法。阿姆斯特丹大学法学院的Sanne Vries副教授"
                  "分析了各国制度。\n\n4. 在随后的讨论中，发言者指出。\n").encode("utf-8"),
                 source="t.zh.txt", iris=Iris()).facts
    assert [(p.topic, [x.origin for x in p.panelists]) for p in facts.panels] == [
        ("跨境追回资产", ["加拿大", "阿姆斯特丹大学法学院"])]
    assert panels(
        "下午举行了第二场专题小组讨论，题为“甲甲”。三位讨论嘉宾分别来自巴拉圭、突尼斯和欧洲委员会。",
        "参加小组讨论的还有鲁汶大学法学院的Katrien Broeck教授。巴拉圭的嘉宾介绍了该国的做法。",
        "随后举行了关于“乙乙”的第三场专题小组讨论，参加讨论的有：埃及行政监察局的Hany Fathy；"
        "意大利国家反腐败局的Giulia Conti。",
        "国际刑事警察组织的一名代表随后作了专题介绍。",
        "会议举行了以“丙丙”为题的专题小组讨论。"
        "小组成员为大韩民国法务部国际刑事科和巴西司法和公共安全部资产追回司的专家。",
        "大韩民国的专家介绍了预审服务。欧洲司法组织的一名国家成员Ines Šimić介绍了联合调查组的经验。",
    ) == [("甲甲", ["巴拉圭", "突尼斯", "欧洲委员会", "鲁汶大学法学院"]), ("乙乙", ["埃及", "意大利"]),
          ("丙丙", ["大韩民国", "巴西", "欧洲司法组织"])]


def test_w_reports_directory_attendance() -> None:
    assert directory_in(
        "二. 审议",
        "截至2014年9月30日，已有98个缔约国通报了预防腐败机关，另有59个缔约国根据缔约国会议第4/4号决议指定了资产追回联络点。",
        "截至2019年5月15日，已有131个缔约国通报了司法协助中央机关。与2018年5月30日的数字相比，"
        "通报司法协助中央机关的缔约国从129个增至131个，通报引渡中央机关的缔约国增加了3个。",
        "截至2026年5月31日（括号内为2025年5月31日的数字），名录中的信息如下：(a)通报了预防腐败机关的缔约国：141个（138个）；"
        "(b)通报了司法协助中央机关的缔约国：148个（146个）。")[0] == {
        ("2014-09-30", "prevention", 98), ("2014-09-30", "asset-recovery", 59),
        ("2019-05-15", "mutual-legal-assistance", 131), ("2018-05-30", "mutual-legal-assistance", 129),
        ("2026-05-31", "prevention", 141),
        ("2025-05-31", "prevention", 138), ("2026-05-31", "mutual-legal-assistance", 148),
        ("2025-05-31", "mutual-legal-assistance", 146)}
    facts = report("联合国预防犯罪和刑事司法方案网的两个研究所——巴塞尔治理研究所和韩国刑事政策研究院——"
                   "也派观察员出席了会议。",
                   "《公约》的两个签署国——巴巴多斯和叙利亚阿拉伯共和国——派观察员出席了会议。", subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("巴塞尔治理研究所", "institute"), ("韩国刑事政策研究院", "institute"), ("巴巴多斯", "signatory"),
        ("叙利亚阿拉伯共和国", "signatory")]


# --- the burnt -x held-out set (scored once: panels 0.80, chairs 0.83, addressees 0.98) --------------------


def test_x_reports_names_across_lines_dashed_bullets_labels_after_a_dash_and_notes_on_the_list() -> None:
    text = (HEADER + "一. 会议安排\n\n1. 第一天的会议由副主席 Nguyễn Thị\nThu Hằng（越南）主持。\n")
    assert {(c.name, c.state) for c in load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts.chairs} == {
        ("Nguyễn Thị Thu Hằng", "越南")}
    assert panels("随后举行了专题小组讨论，题为“受益所有权”。小组成员如下：–尼日利亚经济和金融犯罪委员会的Chukwu Eze；"
                  "–开曼群岛金融报告管理局的Delroy McLaughlin。") == [("受益所有权", ["尼日利亚", "开曼群岛"])]
    facts = report("下列实体和组织派观察员出席了会议——联合国系统实体：联合国开发计划署、世界银行；"
                   "政府间组织：亚洲开发银行。",
                   "下列联合国系统实体和方案网研究所派观察员出席了会议：联合国开发计划署、巴塞尔治理研究所和"
                   "韩国刑事政策研究院（后两者为方案网研究所）。", subsection="C. 出席情况")
    assert [(a.span.place.paragraph, a.name, a.kind.value) for a in facts.attendance] == [
        (1, "联合国开发计划署", "un-body"), (1, "世界银行", "un-body"),
        (1, "亚洲开发银行", "intergovernmental-organization"), (2, "联合国开发计划署", "un-body"),
        (2, "巴塞尔治理研究所", "institute"), (2, "韩国刑事政策研究院", "institute")]


# --- the -y dev reports (first look: directory statistics 0.81, document citations 0.96, other meetings 0.96,
# panels 0.97, attendance 0.99, every other kind 1.00) -------------------------------------------------------


def test_y_reports_numbers_and_symbols_broken_across_lines_and_groups_of_capacities() -> None:
    text = (HEADER + "一. 会议安排\n\n1. 专家会议与实施情况审议组第十四届会议（20\n23年6月12日至16日）同期举行。"
            "秘书处介绍了其说明(CAC/CO\nSP/EG.1/2023/2)。截至2016年1\n0月31日，126个缔约国通报了司法协助中央机关。\n")
    facts = load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts
    assert {(m.body, m.start, m.end) for m in facts.other_meetings} == {("irg", "2023-06-12", "2023-06-16")}
    assert [s.symbol for s in facts.symbols] == ["CAC/COSP/EG.1/2023/2"]
    assert {(d.as_of, d.category, d.count) for d in facts.directory} == {
        ("2016-10-31", "mutual-legal-assistance", 126)}
    facts = report("联合国系统的世界银行和联合国开发计划署、联合国预防犯罪和刑事司法方案网的"
                   "联合国区域间犯罪和司法研究所和巴塞尔治理研究所，以及政府间组织欧洲委员会派观察员出席了会议。",
                   subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("世界银行", "un-body"), ("联合国开发计划署", "un-body"), ("联合国区域间犯罪和司法研究所", "institute"),
        ("巴塞尔治理研究所", "institute"), ("欧洲委员会", "intergovernmental-organization")]
    assert panels("随后举行了题为“加快引渡程序”的专题小组讨论。"
                  "小组成员为：智利国家检察院国际合作和引渡股股长Ricardo Ibáñez，"
                  "以及毒品和犯罪问题办公室/世界银行追回被盗资产举措的一名专家。",
                  "追回被盗资产举措的专家概述了直接追回财产的措施。") == [
        ("加快引渡程序", ["智利", "毒品和犯罪问题办公室/世界银行追回被盗资产举措"])]


# --- the burnt -z held-out set (scored once: meeting 0.67, resolution citations 0.93, panels 0.98) ----------


def test_z_reports_a_venue_line_before_the_title_a_titled_resolution_s_paragraphs_and_short_names() -> None:
    text = ("联合国\tCAC/COSP/EG.1/2021/4\n\n联合国反腐败公约缔约国会议\tDistr.: General\n\t24 September 2021\n\n"
            "增进《联合国反腐败公约》下国际合作不限成员名额政府间专家会议\n2021年9月6日至10日，维也纳\n\n"
            "增进《联合国反腐败公约》下国际合作不限成员名额政府间专家会议第十次会议报告\n\n一. 导言\n\n"
            "1. 缔约国会议在第九届会议上通过的第9/5号决议（题为“加强国际反腐败执法合作”）第12段和第13段中，"
            "请专家会议继续审议执法合作。\n")
    facts = load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts
    assert (facts.meeting.ordinal, facts.meeting.venue) == (10, "维也纳")
    assert {(r.number, r.cited_paragraph) for r in facts.resolutions} == {("9/5", 12), ("9/5", 13)}
    assert panels("会议举行了题为“资产返还”的专题小组讨论。来自瑞士和毒品和犯罪问题办公室/世界银行追回被盗资产举措"
                  "（追回被盗资产举措）的专家参加了讨论。", "追回被盗资产举措的代表介绍了最新研究。") == [
        ("资产返还", ["瑞士", "毒品和犯罪问题办公室/世界银行追回被盗资产举措（追回被盗资产举措）"])]
    facts = report("专家会议商定了下列建议：\n(a)利用GlobE网络以及卡姆登资产追回机构间网络等现有网络，"
                   "促进执法机关之间交换信息；\n(b)缔约国应加强资产追回方面的合作。", section="二. 结论和建议")
    assert {(a.label, a.article) for a in facts.article_links} == {("b", 51)}  # a body's name is no subject term


# --- the burnt -m held-out set (scored once: panels 0.88, chairs 0.83, other meetings 0.92) ----------------


def test_m_reports_an_initial_before_a_line_break_a_joint_discussion_and_sessions_named_after_the_series() -> None:
    text = (HEADER + "一. 会议安排\n\n1. 第二天的会议由缔约国会议第十届会议副主席 Rebecca J.\n"
            "Hollister（美利坚合众国）主持。\n")
    assert {(c.name, c.state) for c in load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts.chairs} == {
        ("Rebecca J. Hollister", "美利坚合众国")}
    assert panels("专家会议与实施情况审议组于6月13日共同举行了一场专题讨论，主题为“受益所有权信息”。"
                  "瑞士和肯尼亚的代表以及追回被盗资产举措的一名代表作了专题介绍。") == [
        ("受益所有权信息", ["瑞士", "肯尼亚", "追回被盗资产举措"])]
    assert other_meetings(
        "秘书处的一位代表向专家会议通报了国际合作工作组2012年10月16日和17日在维也纳举行的会议的成果。",
        "专家会议的若干场会议是与实施情况审议组第十五届会议（2024年6月10日至14日，维也纳）联合举行的。") == {
        (1, "untoc-wg-international-cooperation", "2012-10-16", "2012-10-17"), (2, "irg", "2024-06-10", "2024-06-14")}


# --- the burnt -a held-out set (scored once at the end of the session: panels 0.91, mandates 0.97) ----------


def test_a_reports_a_second_panel_held_on_a_topic_and_a_resolution_s_request_restated_in_the_next_paragraph() -> None:
    assert panels("专家会议就“电子证据”举行了第二场专题小组讨论，由来自新加坡和多米尼加共和国的专家担任小组成员。") == [
        ("电子证据", ["新加坡", "多米尼加共和国"])]
    facts = report("缔约国会议在第七届会议通过的第7/1号决议中，请专家会议继续交流信息。",
                   "该决议还请秘书处继续收集统计数据，并请专家会议在其会议上审议这些资料。", section="一. 导言")
    assert {(m.span.place.paragraph, m.resolution, m.relation) for m in facts.mandates} == {
        (1, "7/1", "requested"), (2, "7/1", "requested")}


# --- the burnt -bb held-out set (scored once at the fifth session's end state: directory 0.73, other meetings
# 0.89, addressees 0.92, recommendations 0.94, panels 0.94, attendance 0.99) ---------------------------------


def test_bb_reports_a_session_after_its_long_body_name_and_a_bracketed_figure_with_its_own_date() -> None:
    assert other_meetings(
        "主席回顾了2019年5月27日至29日在维也纳举行的联合国打击跨国有组织犯罪公约缔约方会议国际合作工作组第十次会议。",
        "一位发言者提及2022年6月13日至17日举行的实施情况审议组第十三届会议"
        "和6月16日举行的资产追回工作组第十六次会议。") == {
        (1, "untoc-wg-international-cooperation", "2019-05-27", "2019-05-29"), (2, "irg", "2022-06-13", "2022-06-17"),
        (2, "wg-asset-recovery", "2022-06-16", "2022-06-16")}
    found, _ = directory_in("二. 国家主管机关名录",
                            "截至2024年3月1日，已有150个缔约国通报了司法协助中央机关（2023年3月1日时为146个），"
                            "通报引渡中央机关的有58个。")
    assert found == {("2024-03-01", "mutual-legal-assistance", 150), ("2023-03-01", "mutual-legal-assistance", 146),
                     ("2024-03-01", "extradition", 58)}


def test_bb_reports_subitems_on_indented_lines_observers_labelled_by_a_dash_and_a_panelist_who_is_of_an_org() -> None:
    text = (HEADER + "二. 结论和建议\n\n1. 专家会议商定了下列建议：\n\n    (a) 秘书处应：\n"
            "        ㈠ 更新关于资产返还的研究；\n        ㈡ 在网站上公布该研究；\n\n    (b) 缔约国应交流经验。\n")
    facts = load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts
    assert [(r.label, r.text) for r in facts.recommendations] == [
        ("a", "秘书处应：㈠更新关于资产返还的研究；㈡在网站上公布该研究"), ("b", "缔约国应交流经验")]
    facts = report("出席会议的观察员如下：政府间组织——欧洲委员会、美洲国家组织；联合国系统实体——世界银行。",
                   section="一. 会议安排", subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("欧洲委员会", "intergovernmental-organization"), ("美洲国家组织", "intergovernmental-organization"),
        ("世界银行", "un-body")]
    assert panels("专家会议举行了题为“联合调查组”的小组讨论。",
                  "首位主讲人Aino Virtanen是芬兰国家调查局的首席调查员。"
                  "另一位主讲人、智利检察署的Pablo Rojas介绍了经验。") == [
        ("联合调查组", ["芬兰", "智利"])]


@pytest.mark.parametrize(("text", "keys"), [
    ("专家会议下一次会议应审议资产返还问题", ["expert-meeting"]),
    ("专家会议第十二次会议应继续讨论电子证据", ["expert-meeting"]),
    ("秘书处应继续更新在线名录，并鼓励尚未通报主管机关的缔约国尽快通报", ["secretariat"]),
    ("秘书处应编写一份指南，并请缔约国提供实例", ["secretariat", "states-parties"]),
])
def test_bb_reports_addressees_a_session_of_the_series_and_those_an_actor_encourages(text: str,
                                                                                    keys: list[str]) -> None:
    rec = Recommendation("a", text, Span(Place(PlaceKind.PARAGRAPH, "1"), 0, len(text), text))
    assert addressees([rec])["a"] == keys


# --- the -gg dev reports (a writer asked for every kind written naturally; first look: other meetings 0.87,
# chairs 0.91, attendance 0.99, every other kind 1.00) ------------------------------------------------------


def test_gg_reports_who_presided_named_after_shi_and_an_office_they_share() -> None:
    assert chairs("主持本届会议的是缔约国会议第九届会议副主席、智利的Ana María Soto。第三场会议改由同为该届会议副主席的"
                  "Lars Eriksen（丹麦）主持。") == {
        ("Ana María Soto", "智利", "presiding", "缔约国会议第九届会议副主席"),
        ("Lars Eriksen", "丹麦", "presiding", "缔约国会议第九届会议副主席")}  # (该届会议: the session named before)


def test_gg_reports_observers_in_groups_joined_by_yiji_a_counted_description_and_pai_you() -> None:
    facts = report("派观察员出席会议的还有联合国系统的毒品和犯罪问题办公室和世界卫生组织，"
                   "以及联合国预防犯罪和刑事司法方案网的两个研究所，即联合国区域间犯罪和司法研究所和巴塞尔治理研究所。",
                   "下列非政府组织也派有观察员：透明国际、国际商会。", section="一. 会议安排", subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("毒品和犯罪问题办公室", "un-body"), ("世界卫生组织", "un-body"), ("联合国区域间犯罪和司法研究所", "institute"),
        ("巴塞尔治理研究所", "institute"), ("透明国际", "other-entity"), ("国际商会", "other-entity")]


def test_gg_reports_sessions_in_the_same_month_and_scheduled_in_a_bracket() -> None:
    assert other_meetings(
        "实施情况审议组第十二届会议于2021年9月6日至10日举行。",
        "资产追回工作组第十五次会议随后于同月9日和10日举行。",
        "缔约国会议第十届会议（定于2023年12月在亚特兰大举行）将审议这些问题。") == {
        (1, "irg", "2021-09-06", "2021-09-10"), (2, "wg-asset-recovery", "2021-09-09", "2021-09-10"),
        (3, "cosp", "2023-12", "2023-12")}


# --- the -ff dev reports (a writer asked for every kind written naturally) ----------------------------------------


def test_ff_reports_a_panel_focused_without_a_comma_a_unit_after_combining_marks_and_the_eu_in_brackets() -> None:
    assert panels("第三场专题小组讨论侧重于在资产返还中开展合作的经验。"
                  "秘鲁和瑞士的专家以及马恩岛金融情报机构的一名代表作了介绍。",
                  "举行了题为“虚拟资产”的专题小组讨论，小组成员为：Chinụ̀ Òkèkẹ́（加纳经济犯罪办公室）以及"
                  "毒品和犯罪问题办公室腐败和经济犯罪科的一名专家。") == [
        ("在资产返还中开展合作的经验", ["秘鲁", "瑞士", "马恩岛"]),
        ("虚拟资产", ["加纳", "毒品和犯罪问题办公室腐败和经济犯罪科"])]
    facts = report("欧洲联盟（作为《公约》缔约方的区域经济一体化组织）也派代表出席了会议。",
                   section="一. 会议安排", subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [("欧洲联盟", "regional-organization")]


def test_ff_reports_a_session_to_review_on_a_date_another_vice_chair_and_resolutions_former_and_latter() -> None:
    assert other_meetings("资产追回工作组第十九次会议将于2026年5月审议受益所有权问题。",
                          "第二天的会议由缔约国会议第十一届会议另一位副主席主持。") == {
        (1, "wg-asset-recovery", "2026-05", "2026-05")}
    facts = report("缔约国会议通过了第6/1号和第8/2号决议，前者欢迎专家会议的建议，后者指示专家会议继续工作。",
                   section="一. 导言")
    assert {(m.resolution, m.relation) for m in facts.mandates} == {("6/1", "welcomed"), ("8/2", "instructed")}
    found, _ = directory_in("二. 国家主管机关名录", "名录现载有两类机关的资料：司法协助中央机关（140个缔约国）和"
                            "预防腐败机关（120个缔约国）。以上数字截至2020年3月1日。")
    assert found == {("2020-03-01", "mutual-legal-assistance", 140), ("2020-03-01", "prevention", 120)}


def test_a_recogniser_that_fails_on_a_document_loses_its_own_kind_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """A construction nobody wrote a recogniser for may still make it fail: the document is loaded
    with every other kind, and the failure is said (``load`` prints the doubts)."""
    from uncac_kg.loaders.recognisers import directory

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise TypeError("'int' object is not iterable")

    monkeypatch.setattr(directory, "find", broken)
    facts = report("截至2024年3月1日，已有150个缔约国通报了司法协助中央机关。",
                   "会议由缔约国会议第十届会议副主席 Ana Soto（智利）主持。")
    assert facts.directory == []
    assert [d for d in facts.doubts if d.startswith("document:")] == [
        "document: not read (directory-statistics): its recogniser failed on this document "
        "(TypeError: 'int' object is not iterable); the other kinds were read. Please report the document."]
    assert {(c.name, c.state) for c in facts.chairs} == {("Ana Soto", "智利")}


# --- constructions found by paraphrasing the weakest kinds (sixth session, before the -hh/-ii/-jj sets) ----------


def test_paraphrases_a_later_sentence_naming_the_topic_and_a_unit_of_an_organisation_by_its_short_name() -> None:
    assert panels("专家会议听取了一个专题小组的发言，小组成员来自智利、约旦和泰国。该小组讨论的主题是“远程听证”。",
                  "第二场小组讨论题为“外国贿赂”。"
                  "参加讨论的有瑞典检察署的Eva Berg和经合组织贿赂问题工作组的一名代表。") == [
        ("远程听证", ["智利", "约旦", "泰国"]), ("外国贿赂", ["瑞典", "经合组织贿赂问题工作组"])]


def test_paraphrases_the_chair_named_after_an_office_and_observers_by_un_short_names() -> None:
    assert chairs("会议的主席是缔约国会议第七届会议副主席 Omar Haddad（黎巴嫩）。") == {
        ("Omar Haddad", "黎巴嫩", "chair", None)}
    assert chairs("会议主席为缔约国会议第七届会议副主席、黎巴嫩的 Omar Haddad。") == {
        ("Omar Haddad", "黎巴嫩", "chair", None)}
    facts = report("此外，欧安组织、非盟和世卫组织也派代表出席了会议。"
                   "出席会议的还有以下非政府组织的代表：透明国际和国际律师协会。",
                   section="一. 会议安排", subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("欧安组织", "intergovernmental-organization"), ("非盟", "intergovernmental-organization"),
        ("世卫组织", "un-body"), ("透明国际", "other-entity"), ("国际律师协会", "other-entity")]


def test_paraphrases_a_change_from_an_unstated_time_and_a_date_after_dao() -> None:
    found, _ = directory_in("二. 国家主管机关名录",
                            "截至2022年4月30日，已通报资产追回联络点的缔约国从97个增至104个。",
                            "到2020年9月底，已有148个缔约国指定了负责司法协助的中央机关。")
    assert found == {("2022-04-30", "asset-recovery", 104), ("2020-09", "mutual-legal-assistance", 148)}


# --- the -hh, -ii and -jj dev reports (writers asked for variety in the freest kinds; first looks: -hh panels 0.90,
# reaffirmations 0.73, other meetings 0.88; -ii other meetings 0.85, mandates 0.92, chairs 0.93, directory 0.96;
# -jj reaffirmations 0.86, chairs 0.92, attendance 0.99) ------------------------------------------------------------


def test_hh_reports_a_counted_panel_whose_discussing_is_the_verb_and_institutes_counted_before_a_bracket() -> None:
    assert panels("秘书处为本议程项目安排了两个专题小组。另一个专题小组讨论资产返还的实际问题，小组成员为秘鲁外交部的"
                  "Rosa Quispe和瑞士联邦司法部的Urs Keller。") == [("资产返还的实际问题", ["秘鲁", "瑞士"])]
    facts = report("联合国预防犯罪和刑事司法方案网的三个研究所"
                   "（澳大利亚犯罪学研究所、韩国刑事政策研究院、国际预防犯罪中心）也派观察员出席了会议。",
                   section="一. 会议安排", subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("澳大利亚犯罪学研究所", "institute"), ("韩国刑事政策研究院", "institute"), ("国际预防犯罪中心", "institute")]


def test_hh_reports_sessions_right_after_named_without_yu_referred_back_and_symbols_before_their_meetings() -> None:
    assert other_meetings(
        "资产追回工作组第十三次会议于2019年5月27日举行，预防腐败工作组第十次会议则紧随其后于5月28日举行。",
        "缔约国会议第九届会议2021年12月13日至17日在埃及沙姆沙伊赫举行。",
        "秘书处通报了国际合作工作组的工作，特别是该工作组第十二次会议的成果。"
        "该次会议于2021年3月25日在维也纳举行。") == {
        (1, "wg-asset-recovery", "2019-05-27", "2019-05-27"), (1, "other", "2019-05-28", "2019-05-28"),
        (2, "cosp", "2021-12-13", "2021-12-17"), (3, "untoc-wg-international-cooperation", "2021-03-25", "2021-03-25")}
    facts = report("专家会议重申了载于CAC/COSP/EG.1/2017/3和CAC/COSP/EG.1/2018/4号文件中的"
                   "第六次和第七次专家会议的建议。",
                   section="二. 结论和建议")
    assert {(r.reaffirmed, r.symbol) for r in facts.reaffirmations} == {
        (6, "CAC/COSP/EG.1/2017/3"), (7, "CAC/COSP/EG.1/2018/4")}


def test_ii_reports_the_chair_after_de_shi_a_resolution_referred_back_by_genju_and_a_special_session() -> None:
    assert chairs("担任本届会议主席的是 Lucía Fernández Ortega（乌拉圭）。") == {
        ("Lucía Fernández Ortega", "乌拉圭", "chair", None)}
    facts = report("第4/2号决议题为“召开专家会议”，由缔约国会议第四届会议通过。缔约国会议根据该决议设立了专家会议。",
                   "该决议还请专家会议向缔约国会议提供咨询。", section="一. 导言")
    assert {(m.span.place.paragraph, m.resolution, m.relation) for m in facts.mandates} >= {
        (1, "4/2", "established")}
    assert other_meetings("大会反腐败问题特别会议（2021年6月2日至4日，纽约）通过了政治宣言。",
                          "缔约国会议2019年12月第八届会议通过的第8/1号决议。",
                          "工作组于2026年6月2日举行了会议。同月，实施情况审议组第十七届会议也审议了相关结论。") == {
        (1, "ga-special-session", "2021-06-02", "2021-06-04"), (2, "cosp", "2019-12", "2019-12"),
        (3, "irg", "2026-06", "2026-06")}
    found, _ = directory_in("二. 国家主管机关名录",
                            "截至2025年5月31日，名录载有150个缔约国的司法协助中央机关，"
                            "比上次会议时（2024年6月，146个）增加了四个。")
    assert found == {("2025-05-31", "mutual-legal-assistance", 150), ("2024-06", "mutual-legal-assistance", 146)}


def test_jj_reports_a_capacity_then_a_name_an_aside_about_it_presiding_under_and_recalled_then_reaffirmed() -> None:
    facts = report("出席会议的还有：联合国预防犯罪和刑事司法方案网所属研究所国际刑法改革和刑事司法政策中心；"
                   "以及下列政府间组织：欧洲委员会、亚太反洗钱小组。",
                   "出席会议的还有欧洲联盟，它是《公约》缔约方的区域经济一体化组织。",
                   section="一. 会议安排", subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("国际刑法改革和刑事司法政策中心", "institute"), ("欧洲委员会", "intergovernmental-organization"),
        ("亚太反洗钱小组", "intergovernmental-organization"), ("欧洲联盟", "regional-organization")]
    assert chairs("会议在缔约国会议第九届会议主席 Ahmed Farouk（埃及）的主持下进行。") == {
        ("Ahmed Farouk", "埃及", "presiding", "缔约国会议第九届会议主席")}
    facts = report("专家会议回顾第三次和第四次会议提出的建议（分别载于CAC/COSP/EG.1/2014/3和CAC/COSP/EG.1/2015/3），"
                   "并重申这些建议依然有效。", section="二. 结论和建议")
    assert {(r.reaffirmed, r.symbol) for r in facts.reaffirmations} == {
        (3, "CAC/COSP/EG.1/2014/3"), (4, "CAC/COSP/EG.1/2015/3")}


# --- the -kk, -ll and -mm dev reports (first looks: -kk panels 0.90, other meetings 0.91, directory 0.97; -ll
# reaffirmations 0.71, directory 0.88, panels 0.89, other meetings 0.95; -mm directory 0.90, other meetings 0.92,
# mandates 0.96) ----------------------------------------------------------------------------------------------


def test_kk_reports_panelists_as_states_with_a_person_and_office_in_brackets_and_observers_that_also_had_some() -> None:
    assert panels("专题小组讨论题为“远程取证”，由下列专家参加：智利（Ana Soto，总检察署）、"
                  "日本（佐藤健，法务省）和马恩岛（John Kerr，金融情报股）。") == [
        ("远程取证", ["智利", "日本", "马恩岛"])]
    facts = report("作为《公约》缔约方的区域经济一体化组织欧洲联盟亦有代表出席。",
                   "世界银行作为联合国系统实体派观察员出席了会议；澳大利亚犯罪学研究所则以方案网研究所的身份出席。",
                   "联合国系统的世界卫生组织、联合国预防犯罪和刑事司法方案网的国际预防犯罪中心亦派观察员出席。",
                   section="一. 会议安排", subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("欧洲联盟", "regional-organization"), ("世界银行", "un-body"), ("澳大利亚犯罪学研究所", "institute"),
        ("世界卫生组织", "un-body"), ("国际预防犯罪中心", "institute")]


def test_kk_reports_a_yearless_date_in_the_next_sentence_and_a_session_after_ji() -> None:
    assert other_meetings(
        "缔约方会议第十届会议于2020年10月12日至16日举行。该工作组则于届会期间的10月13日举行了会议。",
        "资产追回工作组第十八次会议将于本次会议之后，即6月12日举行。") == {
        (1, "untoc-cop", "2020-10-12", "2020-10-16"), (1, "untoc-cop", "2020-10-13", "2020-10-13"),
        (2, "wg-asset-recovery", "2025-06-12", "2025-06-12")}
    found, _ = directory_in("二. 国家主管机关名录", "截至2025年3月1日，共有139个缔约国提供了司法协助中央机关的信息"
                            "（上一次会议时，即2024年5月，为136个）。")
    assert found == {("2025-03-01", "mutual-legal-assistance", 139), ("2024-05", "mutual-legal-assistance", 136)}


def test_ll_reports_groups_of_meetings_each_with_its_reports_a_panel_composed_and_the_first_figures() -> None:
    facts = report("专家会议重申了以往会议的建议，即第一次和第二次会议（CAC/COSP/EG.1/2012/3和CAC/COSP/EG.1/2013/3）"
                   "以及第四次会议（CAC/COSP/EG.1/2015/3）的建议。", section="二. 结论和建议")
    assert {(r.reaffirmed, r.symbol) for r in facts.reaffirmations} == {
        (1, "CAC/COSP/EG.1/2012/3"), (2, "CAC/COSP/EG.1/2013/3"), (4, "CAC/COSP/EG.1/2015/3")}
    assert panels("由来自秘鲁和挪威的专家以及世界银行的一名代表组成的小组，就“资产管理”进行了讨论。") == [
        ("资产管理", ["秘鲁", "挪威", "世界银行"])]
    found, _ = directory_in("二. 国家主管机关名录", "据名录，截至2024年4月，150个缔约国通报了司法协助中央机关，"
                            "130个缔约国通报了预防腐败机关；45个缔约国指定了负责引渡的中央机关。"
                            "截至2023年4月，前两个数字分别为147和126。")
    assert found == {("2024-04", "mutual-legal-assistance", 150), ("2024-04", "prevention", 130),
                     ("2024-04", "extradition", 45), ("2023-04", "mutual-legal-assistance", 147),
                     ("2023-04", "prevention", 126)}
    assert other_meetings("第5/1号决议（题为“加强国际合作”）是缔约国会议2013年11月在巴拿马城举行的"
                          "第五届会议上通过的。") == {
        (1, "cosp", "2013-11", "2013-11")}


def test_mm_reports_a_time_phrase_for_a_figure_a_yearless_as_of_and_sessions_held_also_or_likewise() -> None:
    found, _ = directory_in("二. 国家主管机关名录", "截至2013年9月1日，已有120个缔约国通报了司法协助中央机关，"
                            "而在2012年8月，这一数字为112个；90个缔约国提供了预防腐败机关的信息。",
                            "至于引渡中央机关，截至5月20日已有30个缔约国提供了资料。")
    assert found == {("2013-09-01", "mutual-legal-assistance", 120), ("2012-08", "mutual-legal-assistance", 112),
                     ("2013-09-01", "prevention", 90), ("2025-05-20", "extradition", 30)}
    assert other_meetings("此前，2024年2月5日至7日还以线上形式举行了关于资产返还的非正式专家组会议。",
                          "实施情况审议组第十五届会议于2024年6月10日至14日同样在维也纳举行。") == {
        (1, "informal-expert-group", "2024-02-05", "2024-02-07"), (2, "irg", "2024-06-10", "2024-06-14")}
    facts = report("缔约方会议在其第11/2号决议中鼓励该会议设立的国际合作工作组继续加强与本专家会议的协作。",
                   section="一. 导言")
    assert facts.mandates == []


def test_paraphrases_reports_after_meetings_bracketed_with_years_and_observers_listed_other_ways() -> None:
    facts = report("专家会议重申了在第六次会议（2017年）和第七次会议（2018年）上提出的建议"
                   "（分别见CAC/COSP/EG.1/2017/3和CAC/COSP/EG.1/2018/4）。", section="二. 结论和建议")
    assert {(r.reaffirmed, r.symbol) for r in facts.reaffirmations} == {
        (6, "CAC/COSP/EG.1/2017/3"), (7, "CAC/COSP/EG.1/2018/4")}
    facts = report("以下实体作为观察员出席了会议：世界银行（联合国系统）和韩国刑事政策研究院（方案网研究所）。",
                   "出席会议的政府间组织观察员来自欧洲委员会和国际发展法组织。",
                   "联合国系统实体的观察员：联合国开发计划署。",
                   "会议还邀请了世界海关组织的代表作为观察员与会。",
                   section="一. 会议安排", subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("世界银行", "un-body"), ("韩国刑事政策研究院", "institute"), ("欧洲委员会", "intergovernmental-organization"),
        ("国际发展法组织", "intergovernmental-organization"), ("联合国开发计划署", "un-body"),
        ("世界海关组织", "intergovernmental-organization")]


# --- the -nn and -oo dev reports (first looks: -nn reaffirmations 0.62, other meetings 0.91, chairs 0.92; -oo panels
# 0.74, reaffirmations 0.84, mandates 0.92, other meetings 0.95) ------------------------------------------------------


def test_nn_reports_a_session_another_body_met_during_a_session_in_a_resolution_s_bracket_and_a_chairs_work() -> None:
    assert other_meetings(
        "该工作组会议是在缔约方会议第九届会议期间举行的。",
        "第六次专家会议在缔约国会议第七届会议期间举行。",
        "根据缔约国会议第5/1号决议（2013年11月25日至29日在巴拿马城举行的第五届会议通过），专家会议继续工作。",
        "她回顾了2021年6月大会反腐败问题特别会议通过的政治宣言。") == {
        (1, "untoc-cop", None, None), (3, "cosp", "2013-11-25", "2013-11-29"),
        (4, "ga-special-session", "2021-06", "2021-06")}
    assert chairs("其余各场会议的主持工作由缔约国会议第十届会议副主席 Lê Văn Minh（越南）承担。") == {
        ("Lê Văn Minh", "越南", "presiding", "缔约国会议第十届会议副主席")}
    facts = report("专家会议重申了以往各次会议（第一次和第二次）提出的建议，"
                   "即CAC/COSP/EG.1/2012/3和CAC/COSP/EG.1/2013/3号文件所载的建议。", section="二. 结论和建议")
    assert {(r.reaffirmed, r.symbol) for r in facts.reaffirmations} == {
        (1, "CAC/COSP/EG.1/2012/3"), (2, "CAC/COSP/EG.1/2013/3")}
    assert panels("专家会议举行了一场题为“请求的优先排序”的专题小组讨论。",
                  "专题小组由智利司法部和泰国总检察署的两名专家组成，国际刑事警察组织的一名代表也参加了讨论。") == [
        ("请求的优先排序", ["智利", "泰国", "国际刑事警察组织"])]


def test_oo_reports_panelists_with_state_and_office_in_brackets_a_panel_composed_then_titled_and_more() -> None:
    assert panels("举行了第二场专题小组讨论，议题是资产返还。小组成员为：Ana Lima（巴西，联邦警察局）和"
                  "Tomáš Novák（捷克，最高检察院）。",
                  "第三个专题小组由挪威经济犯罪调查局的一名调查员以及欧洲委员会反腐败国家集团的一名代表组成，"
                  "主题为“公司的责任”。") == [
        ("资产返还", ["巴西", "捷克"]), ("公司的责任", ["挪威", "欧洲委员会反腐败国家集团"])]
    facts = report("《公约》的两个签署国，即德国和日本，派观察员出席了会议。",
                   "出席会议的观察员还有：世界银行（联合国系统实体）；以及欧洲委员会和英联邦秘书处（政府间组织）。",
                   section="一. 会议安排", subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("德国", "signatory"), ("日本", "signatory"), ("世界银行", "un-body"),
        ("欧洲委员会", "intergovernmental-organization"), ("英联邦秘书处", "intergovernmental-organization")]
    facts = report("依照缔约国会议第4/2号决议，设立了增进国际合作的不限成员名额政府间专家会议。", section="一. 导言")
    assert {(m.resolution, m.relation) for m in facts.mandates} == {("4/2", "established")}
    facts = report("专家会议重申了第八次会议的建议(CAC/COSP/EG.1/2019/4)，以及此前第六次和第七次会议的建议"
                   "（CAC/COSP/EG.1/2017/3和CAC/COSP/EG.1/2018/4）。", section="二. 结论和建议")
    assert {(r.reaffirmed, r.symbol) for r in facts.reaffirmations} == {
        (8, "CAC/COSP/EG.1/2019/4"), (6, "CAC/COSP/EG.1/2017/3"), (7, "CAC/COSP/EG.1/2018/4")}
    assert other_meetings("秘书处介绍了2020年10月举行的缔约方会议第十届会议期间举行的国际合作工作组第十一次会议的成果。"
                          "该工作组于10月13日和14日开会。") == {
        (1, "untoc-cop", "2020-10", "2020-10"), (1, "untoc-wg-international-cooperation", "2020-10-13", "2020-10-14")}


# --- the -pp dev reports (first look: panels 0.53, chairs 0.83, directory 0.93, reaffirmations 0.93, other meetings
# 0.94, mandates 0.95, addressees 0.96) ----------------------------------------------------------------------------


def test_pp_reports_panels_topic_after_the_panelists_a_discussion_in_which_and_offices_after_a_named_state() -> None:
    assert panels("议程项目3下的专题小组讨论由以下小组成员主讲：Rosa Díaz（智利，司法部）和欧洲委员会的Marc Weber。"
                  "讨论主题为“视频会议取证”。",
                  "在第二场专题小组讨论中，与会者审议了远程听证的证据效力问题。"
                  "该小组由两人组成：荷兰检察院的Jan de Vries，以及国际反腐败学院的一位代表。",
                  "随后举行的小组讨论聚焦于资产返还。讨论嘉宾为：葡萄牙的Rui Costa（司法警察局调查员）和"
                  "泰国的Somchai Prasert（国家反贪委员会官员）。") == [
        ("视频会议取证", ["智利", "欧洲委员会"]), ("远程听证的证据效力问题", ["荷兰", "国际反腐败学院"]),
        ("资产返还", ["葡萄牙", "泰国"])]


def test_pp_reports_chairs_between_dashes_sessions_dated_in_brackets_and_more() -> None:
    assert chairs("第三场和第四场会议分别由缔约国会议第十届会议副主席——秘鲁的Rosa Quispe和韩国的金敏俊——主持。") == {
        ("Rosa Quispe", "秘鲁", "presiding", "缔约国会议第十届会议副主席"),
        ("金敏俊", "韩国", "presiding", "缔约国会议第十届会议副主席")}
    assert other_meetings(
        "缔约方会议第九届会议期间，国际合作工作组也在维也纳举行了会议（10月15日和16日）。",
        "资产追回工作组第十五次会议将在本周稍后（6月8日和9日）举行。") == {
        (1, "untoc-cop", None, None), (1, "untoc-wg-international-cooperation", "2025-10-15", "2025-10-16"),
        (2, "wg-asset-recovery", "2025-06-08", "2025-06-09")}
    facts = report("专家会议的设立可追溯至第4/2号决议，即缔约国会议第四届会议通过的决议。", section="一. 导言")
    assert {(m.resolution, m.relation) for m in facts.mandates} == {("4/2", "established")}
    facts = report("专家会议重申其第二次会议提出并载于该次会议报告(CAC/COSP/EG.1/2013/3)中的各项建议。",
                   section="二. 结论和建议")
    assert {(r.reaffirmed, r.symbol) for r in facts.reaffirmations} == {(2, "CAC/COSP/EG.1/2013/3")}
    found, _ = directory_in("二. 国家主管机关名录",
                            "截至2014年9月30日，已有110个缔约国通报了司法协助中央机关，而在第二次专家会议举行时（2013年10月）"
                            "这一数字为104个；同日，名录中载有95个缔约国的预防腐败机关资料。")
    assert found == {("2014-09-30", "mutual-legal-assistance", 110), ("2013-10", "mutual-legal-assistance", 104),
                     ("2014-09-30", "prevention", 95)}
    facts = report("出席会议的还有世界银行和联合国开发计划署的观察员，以及联合国预防犯罪和刑事司法方案网所属"
                   "韩国刑事政策研究院的观察员。", section="一. 会议安排", subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("世界银行", "un-body"), ("联合国开发计划署", "un-body"), ("韩国刑事政策研究院", "institute")]
    assert addressees([Recommendation("f", "专家会议今后应继续与实施情况审议组衔接举行会议",
                                      Span(Place(PlaceKind.PARAGRAPH, "1"), 0, 10, "专家会议今后"))])["f"] == [
        "expert-meeting"]


# --- the burnt seventeenth held-out set (-cc, -dd, -ee; scored once, pooled: format 0.89, directory 0.94,
# mandates 0.96, panels 0.97) ---------------------------------------------------------------------------------


def test_17th_set_counts_dated_by_the_paragraph_before_another_body_s_session_and_a_resolution_of_it() -> None:
    found, _ = directory_in("二. 国家主管机关名录", "秘书处介绍了名录的最新情况，资料截至2021年4月30日。",
                            "具体而言，指定了司法协助中央机关的缔约国有140个；提供了预防机关资料的有118个。")
    assert found == {("2021-04-30", "mutual-legal-assistance", 140), ("2021-04-30", "prevention", 118)}
    facts = report("秘书处介绍了资产追回工作组第十次会议的成果；"
                   "该次会议于2016年8月25日在维也纳举行，讨论了以视频会议方式"
                   "交换信息的问题。", "专家会议于2016年11月10日和11日在维也纳举行。", section="一. 会议安排")
    assert facts.format == "in-person"
    facts = report("该工作组是缔约方会议根据第3/2号决议设立的。", section="三. 议程项目")
    assert {(r.number, r.body.value) for r in facts.resolutions} == {("3/2", "untoc-cop")}


def test_17th_set_a_session_held_with_the_meeting_resolutions_respectively_after_a_comma_and_ju_ci() -> None:
    assert other_meetings("实施情况审议组第十二届会议于2021年9月6日至10日与本次专家会议同期在维也纳举行。") == {
        (1, "irg", "2021-09-06", "2021-09-10")}
    facts = report("缔约国会议在第6/1号和第8/2号决议中，分别指示专家会议审议拒绝理由，并请专家会议交流经验。",
                   "缔约国会议第四届会议通过了第4/2号决议。缔约国会议据此决定召开专家会议。", section="一. 导言")
    assert {(m.resolution, m.relation) for m in facts.mandates} == {
        ("6/1", "instructed"), ("8/2", "requested"), ("4/2", "established")}


def test_17th_set_the_own_symbol_as_a_page_header_and_persons_with_their_state_or_office() -> None:
    text = ("联合国 CAC/COSP/EG.1/2025/4\n\n" + HEADER + "二. 结论和建议\n\n1. 专家会议商定了下列建议：\n\n"
            "    (a) 秘书处应收集各国的示范条约和\nCAC/COSP/EG.1/2025/4\n实践指南；\n\n    (b) 缔约国应交流经验。\n")
    facts = load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts
    assert [r.text for r in facts.recommendations] == ["秘书处应收集各国的示范条约和实践指南", "缔约国应交流经验"]
    assert panels("专家会议举行了一场专题小组讨论，主题是视频取证。主讲人为王丽（中国）和 Ana Ruiz（智利）。",
                  "举行了题为“资产返还”的专题小组讨论。小组成员为：李明（中国香港特别行政区律政司）以及"
                  "世界银行的 Paul Green。") == [
        ("视频取证", ["中国", "智利"]), ("资产返还", ["中国香港特别行政区", "世界银行"])]
    facts = report("出席会议的政府间组织有国际刑事警察组织（国际刑警组织）和伊比利亚美洲司法部长会议。",
                   section="一. 会议安排", subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [
        ("国际刑事警察组织（国际刑警组织）", "intergovernmental-organization"),
        ("伊比利亚美洲司法部长会议", "intergovernmental-organization")]


# --- the burnt eighteenth held-out set (-qq, -rr, -ss; scored once, pooled: directory 0.92, other meetings 0.95,
# panels 0.95, reaffirmations 0.96) ------------------------------------------------------------------------------


def test_18th_set_counts_of_focal_points_counts_after_a_dated_paragraph_and_a_passive_reaffirmation() -> None:
    found, _ = directory_in("二. 国家主管机关名录",
                            "截至2024年5月，名录所列机关数目如下：150个缔约国通报的司法协助中央机关；"
                            "依照第4/4号决议指定的90个资产追回联络点；40个负责引渡的中央机关。")
    assert found == {("2024-05", "mutual-legal-assistance", 150), ("2024-05", "asset-recovery", 90),
                     ("2024-05", "extradition", 40)}
    found, _ = directory_in("二. 国家主管机关名录",
                            "据名录，截至2019年4月30日，共有133个缔约国通报了司法协助中央机关。",
                            "资产追回联络点方面，提供相关信息的缔约国为80个；引渡中央机关已有25个缔约国作了通报。")
    assert found == {("2019-04-30", "mutual-legal-assistance", 133), ("2019-04-30", "asset-recovery", 80),
                     ("2019-04-30", "extradition", 25)}
    facts = report("第六次和第七次专家会议所提建议（分别载于CAC/COSP/EG.1/2017/3和CAC/COSP/EG.1/2018/4）"
                   "在本次会议上得到重申。", section="二. 结论和建议")
    assert {(r.reaffirmed, r.symbol) for r in facts.reaffirmations} == {
        (6, "CAC/COSP/EG.1/2017/3"), (7, "CAC/COSP/EG.1/2018/4")}
    assert other_meetings("题为“举行专家会议”的第4/2号决议系由缔约国会议第四届会议（2011年10月24日至28日，"
                          "马拉喀什）通过。") == {(1, "cosp", "2011-10-24", "2011-10-28")}


def test_18th_set_a_session_referred_back_by_gai_huiyi_or_huiyi_and_a_body_named_after_a_colon() -> None:
    assert other_meetings(
        "秘书处通报了资产追回工作组第十一次会议的成果。该会议于2017年8月24日和25日在维也纳举行。",
        "该代表随后提到关于资产返还的非正式专家组会议，会议于2018年3月5日至7日在维也纳召开。",
        "该代表还向专家会议通报了国际合作工作组的工作情况：缔约方会议设立的该工作组于2019年5月27日在维也纳举行了"
        "第十次会议。") == {
        (1, "wg-asset-recovery", "2017-08-24", "2017-08-25"), (2, "informal-expert-group", "2018-03-05", "2018-03-07"),
        (3, "untoc-wg-international-cooperation", "2019-05-27", "2019-05-27")}


def test_18th_set_a_clause_setting_aside_those_named_before_is_no_participant() -> None:
    facts = report("除上述缔约国外，《公约》签署国日本亦派观察员与会。",
                   section="一. 会议安排", subsection="C. 出席情况")
    assert [(a.name, a.kind.value) for a in facts.attendance] == [("日本", "signatory")]


# --- constructions of the nineteenth held-out set (burnt 2026-12-04), in sentences made up here ---------------


def attendance(*paragraphs: str) -> list[tuple[str, str]]:
    facts = report(*paragraphs, section="一. 会议安排", subsection="B. 出席情况")
    return [(a.name, a.kind.value) for a in facts.attendance]


@pytest.mark.parametrize(("text", "expected"), [
    # a Japanese name of five characters, 由 inside it; 和 inside a name after a joining 和
    ("会议在第一次会议上选举渡边由纪子（日本）为主席。", {("渡边由纪子", "日本", "chair", None)}),
    ("第二场会议由李国明（中国）和陈和平（新加坡）共同主持。",
     {("李国明", "中国", "presiding", None), ("陈和平", "新加坡", "presiding", None)}),
])
def test_19th_set_names_in_chinese_characters_holding_a_joining_character(
        text: str, expected: set[tuple[str, str, str, str | None]]) -> None:
    assert chairs(text) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # the State sent an expert, with 亦 and a count; an organisation's long joint name
    (["就本议程项目举行了专题小组讨论，主题为“证据的跨境调取”。秘鲁和泰国各有一名专家，"
      "毒品和犯罪问题办公室与世界银行追回被盗资产举措也派了一名专家，参加了讨论。"],
     [("证据的跨境调取", ["秘鲁", "泰国", "毒品和犯罪问题办公室与世界银行追回被盗资产举措"])]),
    # held, the panelists, then the topic in a later clause of the same sentence
    (["关于本项目的专题小组讨论于 9 月 4 日举行，小组成员来自葡萄牙和肯尼亚以及国际刑警组织，"
      "讨论的主题为“电子证据的保全”。"],
     [("电子证据的保全", ["葡萄牙", "肯尼亚", "国际刑警组织"])]),
])
def test_19th_set_panels_sent_by_each_and_topics_after_the_panelists(
        paragraphs: list[str], expected: list[tuple[str, list[str]]]) -> None:
    assert panels(*paragraphs) == expected


def test_19th_set_a_panel_titled_by_its_heading() -> None:
    facts = report("依照以往的建议，在本项目下举行了一场专题小组讨论。讨论由来自加纳和智利的小组成员以及"
                   "欧洲刑警组织的一名代表主讲。", section="一. 议程项目", subsection="A. 专题小组讨论：资产返还的障碍")
    assert [(p.topic, [x.origin for x in p.panelists]) for p in facts.panels] == [
        ("资产返还的障碍", ["加纳", "智利", "欧洲刑警组织"])]


def test_19th_set_groups_named_before_a_list_and_names_closed_by_a_counted_description() -> None:
    assert attendance("作为观察员，联合国系统的国际货币基金组织、方案网所属的联合国区域间犯罪和司法研究所，"
                      "以及下列政府间组织出席了会议：欧洲委员会、国际刑事警察组织。") == [
        ("国际货币基金组织", "un-body"), ("联合国区域间犯罪和司法研究所", "institute"),
        ("欧洲委员会", "intergovernmental-organization"), ("国际刑事警察组织", "intergovernmental-organization")]
    assert attendance("泰国和新西兰这两个《公约》签署国派观察员出席了会议。") == [
        ("泰国", "signatory"), ("新西兰", "signatory")]
    assert attendance("下列缔约国出席了会议：阿根廷和印度，以及下列政府间组织出席了会议：欧洲委员会。") == [
        ("阿根廷", "state-party"), ("印度", "state-party"), ("欧洲委员会", "intergovernmental-organization")]


def test_19th_set_meetings_reaffirmed_each_with_its_year() -> None:
    found, doubts = reaffirmed("专家会议回顾了第八次（2019年）和第十次（2021年）专家会议的建议，这些建议分别载于"
                               "CAC/COSP/EG.1/2019/4和CAC/COSP/EG.1/2021/4号文件，并重申这些建议仍然有效。")
    assert found == {(8, "CAC/COSP/EG.1/2019/4"), (10, "CAC/COSP/EG.1/2021/4")} and doubts == []


def test_19th_set_a_body_referred_to_by_its_noun_and_a_meeting_planned_after_this_one() -> None:
    assert other_meetings(
        "秘书处介绍了技术援助工作组第十二次会议的成果。该工作组由有组织犯罪公约缔约方会议设立，第十二次会议于2020年"
        "10月5日至7日在维也纳举行。") == {(1, "untoc-wg-technical-assistance", "2020-10-05", "2020-10-07")}
    assert other_meetings(
        "秘书处告知与会者，资产追回问题不限成员名额政府间工作组预计将于2025年6月9日和10日紧接本次会议之后"
        "在维也纳举行会议。",
        "一位发言者提及GlobE网络于2023年11月在维也纳举行的全体会议。") == {
        (1, "wg-asset-recovery", "2025-06-09", "2025-06-10"), (2, "globe", "2023-11", "2023-11")}


def test_19th_set_directory_counts_whose_unit_is_left_to_the_last_and_a_bare_opening_date() -> None:
    found, _ = directory_in("四. 国家主管机关名录",
                            "关于在线名录，截至2021年3月1日，已有150、130和88个缔约国分别提供了司法协助中央机关、"
                            "预防机关和资产追回联络点的信息。")
    assert found == {("2021-03-01", "mutual-legal-assistance", 150), ("2021-03-01", "prevention", 130),
                     ("2021-03-01", "asset-recovery", 88)}
    found, _ = directory_in("四. 国家主管机关名录", "秘书处介绍了国家主管机关名录的最新情况。",
                            "2022年4月30日，引渡中央机关和资产追回联络点的通报国分别为61个和97个。")
    assert found == {("2022-04-30", "extradition", 61), ("2022-04-30", "asset-recovery", 97)}


def test_19th_set_a_draft_resolution_is_not_cited() -> None:
    assert resolutions("缔约国会议通过了关于国际合作的第5/1号决议。",
                       "缔约国会议下届会议将审议关于国际合作的决议草案。") == {("5/1", "UNCAC", None, 1, False)}


# --- constructions of the -bbb dev set, in sentences made up here ------------------------------------------


def test_bbb_a_title_with_its_manner_the_eu_after_a_dash_or_sending_a_delegation() -> None:
    text = HEADER.replace("在维也纳举行", "在维也纳以现场和线上相结合的方式举行") + "一. 导言\n\n1. 会议开幕。\n"
    facts = load(text.encode("utf-8"), source="t.zh.txt", iris=Iris()).facts
    assert facts.meeting is not None and facts.meeting.venue == "维也纳"
    assert attendance("另外，作为《公约》缔约方的区域经济一体化组织——欧洲联盟也派代表出席了会议。") == [
        ("欧洲联盟", "regional-organization")]
    assert attendance("欧洲联盟以《公约》缔约方的身份派代表团与会。") == [("欧洲联盟", "regional-organization")]


def test_bbb_an_agenda_item_is_no_panel_and_this_island_is_no_origin() -> None:
    facts = report("会议通过了以下议程：\n1.会议开幕。\n2.专题小组讨论：资产返还的障碍。\n3.通过报告。",
                   section="三. 议程项目")
    assert facts.panels == []
    assert panels("举行了题为“离岸中心的协助”的专题小组讨论，小组成员来自根西岛和巴哈马。",
                  "根西岛的小组成员来自该岛司法部长办公室，介绍了该岛的经验。") == [
        ("离岸中心的协助", ["根西岛", "巴哈马"])]


def test_bbb_a_meeting_convened_after_its_date_and_a_comma() -> None:
    assert other_meetings("此外，2016年3月14日至16日，在维也纳召开了一次关于资产返还的非正式专家组会议。") == {
        (1, "informal-expert-group", "2016-03-14", "2016-03-16")}


# --- constructions of the -aaa dev set, in sentences made up here ------------------------------------------


def test_aaa_items_addressed_by_their_lead_in() -> None:
    facts = report("专家会议商定了以下对缔约国的建议：\n(a)缔约国应简化司法协助程序。",
                   "专家会议还请秘书处：\n(b)继续编写关于电子证据的培训材料；\n(c)向下次会议报告。",
                   "专家会议还建议缔约国会议：\n(d)考虑在其下届会议上审议引渡问题。", section="一. 结论和建议")
    assert {label: keys for label, keys in addressees(facts.recommendations).items()} == {
        "a": ["states-parties"], "b": ["secretariat"], "c": ["secretariat"], "d": ["cosp"]}


def test_aaa_a_unit_with_he_in_its_name_closing_a_list_after_a_comma() -> None:
    assert panels("举行了一场专题小组讨论，议题是“跨境取证”。小组成员分别来自秘鲁和越南，以及毒品和犯罪问题办公室"
                  "有组织犯罪和非法贩运科。") == [
        ("跨境取证", ["秘鲁", "越南", "毒品和犯罪问题办公室有组织犯罪和非法贩运科"])]


def test_aaa_a_meeting_mandated_by_a_resolution_is_instructed() -> None:
    facts = report("专家会议根据缔约国会议第6/1号决议受命审议资产追回中的合作问题。", section="一. 导言")
    assert {(m.resolution, m.relation) for m in facts.mandates} == {("6/1", "instructed")}


def test_aaa_a_list_closed_after_a_comma_by_a_unit_and_its_person() -> None:
    assert panels("举行了专题小组讨论，主题为“执法合作”。参加讨论的有：葡萄牙司法警察的 Rui Carvalho，以及欧洲刑警组织"
                  "经济和金融犯罪中心的 Hanna Löfgren。") == [
        ("执法合作", ["葡萄牙", "欧洲刑警组织经济和金融犯罪中心"])]


# --- constructions of the -ccc, -ddd, -eee and -fff dev sets, in sentences made up here --------------------


def test_ccc_to_fff_attendance_clauses_dashes_and_capacities() -> None:
    assert attendance("联合国开发计划署和世界银行派观察员出席了会议；联合国预防犯罪和刑事司法方案网的下列研究所也派了"
                      "观察员：巴塞尔治理研究所。") == [
        ("联合国开发计划署", "un-body"), ("世界银行", "un-body"), ("巴塞尔治理研究所", "institute")]
    assert attendance("欧洲联盟——作为《公约》缔约方的区域经济一体化组织——派代表出席了会议。") == [
        ("欧洲联盟", "regional-organization")]
    assert attendance("欧洲联盟以区域经济一体化组织的身份，作为《公约》缔约方派代表出席了会议。") == [
        ("欧洲联盟", "regional-organization")]


def test_ccc_to_fff_a_presider_s_office_in_brackets_after_the_state_before() -> None:
    assert chairs("最后两场会议由秘鲁的 Lucía Quispe Mamani（缔约国会议第十届会议副主席）主持。") == {
        ("Lucía Quispe Mamani", "秘鲁", "presiding", "缔约国会议第十届会议副主席")}


def test_ccc_to_fff_panels_topic_unquoted_or_with_a_quotation_inside_and_its_members() -> None:
    assert panels("随后举行的专题小组讨论以资产返还的实际障碍为主题，小组成员为 Ana Silva（葡萄牙）和"
                  " Jin Park（韩国）。") == [
        ("资产返还的实际障碍", ["葡萄牙", "韩国"])]
    assert panels("举行了一场专题小组讨论，主题为《公约》第四十六条第九款所述“双重犯罪”要求的适用。"
                  "来自秘鲁和马耳他的专家"
                  "以及欧洲委员会的一名代表担任小组成员。") == [
        ("《公约》第四十六条第九款所述“双重犯罪”要求的适用", ["秘鲁", "马耳他", "欧洲委员会"])]
    assert panels("举行了关于“跨境取证”的专题小组讨论。小组成员为：Ana Silva（葡萄牙）、Jin Park（韩国）"
                  "和欧洲司法组织的"
                  " Erik Lind。", "欧洲司法组织的代表 Erik Lind 说明了在多个法域时如何促成各国检察官协商。") == [
        ("跨境取证", ["葡萄牙", "韩国", "欧洲司法组织"])]
    facts = report("6 月 3 日，专家会议就这一专题举行了第二场专题小组讨论，题为“证据保全”。来自秘鲁的专家参加了讨论。",
                   section="三. 议程项目")
    assert [p.topic for p in facts.panels] == ["证据保全"]


def test_ccc_to_fff_a_review_group_met_a_session_dated_by_its_year_and_one_named_before_its_resolution() -> None:
    assert other_meetings("秘书处介绍了实施情况审议组第十一届会议的情况。审议组于2020年9月7日至9日举行会议。") == {
        (1, "irg", "2020-09-07", "2020-09-09")}
    assert other_meetings("该决议由缔约国会议2015年在圣彼得堡举行的第六届会议通过。") == set()
    assert other_meetings("根据2013年11月25日至29日在巴拿马城举行的第五届会议所通过的第5/1号决议，"
                          "缔约国会议指示专家会议继续"
                          "工作。") == {(1, "cosp", "2013-11-25", "2013-11-29")}


def test_ccc_to_fff_recommendations_the_meeting_made_and_a_request_in_a_later_sentence() -> None:
    facts = report("专家会议向缔约国会议提出以下建议：\n(a)考虑在下届会议上审议引渡问题。", section="一. 结论和建议")
    assert [r.label for r in facts.recommendations] == ["a"] and facts.proposals == []
    facts = report("专家会议还请秘书处：\n(a)为专家会议今后的会议继续组织专题小组讨论。", section="一. 结论和建议")
    assert addressees(facts.recommendations) == {"a": ["secretariat"]}
    facts = report("缔约国会议通过了第6/1号决议。该决议责成专家会议审议资产追回。缔约国会议在该项决议中还欣见专家会议"
                   "所提出的建议。", section="一. 导言")
    assert {(m.resolution, m.relation) for m in facts.mandates} == {("6/1", "instructed"), ("6/1", "welcomed")}
    found, _ = reaffirmed("专家会议重申其第八次和第十次会议（分别于2019年和2021年举行）提出的建议"
                          "（见CAC/COSP/EG.1/2019/4和"
                          "CAC/COSP/EG.1/2021/4）仍然有效。")
    assert found == {(8, "CAC/COSP/EG.1/2019/4"), (10, "CAC/COSP/EG.1/2021/4")}


def test_jjj_kkk_established_another_way_a_session_s_resolution_and_organisations_each_sending_one() -> None:
    for text in ("缔约国会议通过了第6/1号决议。依照该决议，缔约国会议将召开国际合作问题不限成员名额政府间"
                 "专家会议。",
                 "缔约国会议通过了第6/1号决议。缔约国会议在这项决议中决定召开国际合作问题不限成员名额政府间"
                 "专家会议。",
                 "国际合作专家会议是缔约国会议依照其第6/1号决议召集的。"):
        mandates = report(text, section="一. 导言").mandates
        assert ("6/1", "established") in {(m.resolution, m.relation) for m in mandates}
    assert resolutions("该代表提到有组织犯罪公约缔约方会议2020年10月12日至16日举行的第十届会议"
                       "所通过的第10/4号决议。") == {
        ("10/4", "UNTOC", None, 1, False)}
    assert panels("举行了一场专题小组讨论，主题为跨境扣押。秘鲁有一名专家担任小组成员，"
                  "欧洲司法组织和国际刑警组织也各派一名代表参加。") == [
        ("跨境扣押", ["秘鲁", "欧洲司法组织", "国际刑警组织"])]
    facts = report("专家会议还建议：\n(a)邀请相关区域从业人员网络与秘书处分享经验。", section="一. 结论和建议")
    assert addressees(facts.recommendations) == {"a": ["other"]}


# --- constructions of the twentieth held-out set (burnt 2026-12-04), in sentences made up here ---------------


def test_20th_set_attendance_a_group_with_its_own_capacity_after_a_list_and_no_attendance_in_a_burden() -> None:
    assert attendance("联合国系统以下实体派观察员出席：联合国开发计划署和世界银行；此外，巴塞尔治理研究所与"
                      "韩国刑事政策研究院作为联合国预防犯罪和刑事司法方案网的研究所派观察员与会。") == [
        ("联合国开发计划署", "un-body"), ("世界银行", "un-body"), ("巴塞尔治理研究所", "institute"),
        ("韩国刑事政策研究院", "institute")]
    facts = report("几位发言者建议会议尽可能与其他会议衔接举行，以减轻发展中国家派员与会的负担。",
                   section="三. 议程项目")
    assert facts.attendance == []


def test_20th_set_an_article_s_paragraphs_with_asides_a_panelist_counted_before_and_actors_joined_by_yu() -> None:
    facts = report("审议中常见的建议涉及《公约》第四十四条第四款（政治犯罪）和第十五款（歧视）。",
                   section="三. 议程项目")
    assert {(a.article, a.paragraph) for a in facts.articles} == {(44, 4), (44, 15)}
    assert panels("举行了专题小组讨论，主题为“跨境取证”。主讲嘉宾分别来自秘鲁和马耳他，另有一名欧洲刑警组织代表"
                  "参加了讨论。") == [("跨境取证", ["秘鲁", "马耳他", "欧洲刑警组织"])]
    facts = report("专家会议商定了下列建议：\n(a)缔约国与秘书处应合作编写培训材料；"
                   "\n(b)专家会议今后各次会议应继续安排专题讨论；\n(c)请区域和国际从业人员网络分享经验。",
                   section="一. 结论和建议")
    assert addressees(facts.recommendations) == {
        "a": ["states-parties", "secretariat"], "b": ["expert-meeting"], "c": ["other"]}
