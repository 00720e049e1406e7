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

from ...text.numerals import to_int
from ..facts import Attendance, ParticipantKind, Place, PlaceKind, Span
from ..names import leading_entity
from ..segment import Segmented
from .attendance_words import (
    AS_IN_BRACKETS,
    AS_KIND,
    ASIDE_ABOUT,
    ATTENDED,
    ATTENDED_CLAUSE,
    CAME_FROM,
    CAME_FROM_BARE,
    CAPACITY_DASH,
    CAPACITY_FIRST,
    CAPACITY_NOUN,
    CAPACITY_WORDS,
    CLAUSE,
    COUNTED,
    COUNTED_BRACKET,
    COUNTED_DASH,
    COUNTED_THAT_IS,
    DASHED,
    DESCRIPTIONS,
    ETC,
    ETC_KIND,
    EXCEPT,
    GROUP_SEP,
    IN_CAPACITY,
    IS_A,
    KIND_BRACKET,
    LABEL_DASH,
    LABELLED_LIST,
    LEAD_WORD,
    LEADING_AS,
    LIST,
    LIST_AFTER_VERB,
    MEMBER_OF,
    OBSERVERS_OF,
    SENT_TO_ATTEND,
    SENTENCE,
    SHARE,
    SHARES,
    SHARES_NOTED,
    TAIL,
    TAIL_ONLY,
    THAT_IS,
    THEN_LISTED,
    UNNAMED,
    WHOLE,
    kind_in,
    kinds_named,
    known_kind,
)
from .name_lists import known, name_like, split_names


def find(doc: Segmented) -> list[Attendance]:
    found: list[Attendance] = []
    for paragraph in doc.paragraphs:
        in_section = any("出席" in h.title for h in paragraph.headings)
        if not in_section and not ATTENDED.search(paragraph.text):
            continue
        if not in_section and not SENT_TO_ATTEND.search(paragraph.text):
            continue
        place = Place(PlaceKind.PARAGRAPH, str(paragraph.number))
        for sentence in _clauses_of(paragraph.text):
            said = LIST_AFTER_VERB.sub(r"\1：", sentence.group(0))  # ``出席会议的有A、B``: a list, as after ``：``
            said = CAME_FROM_BARE.sub(r"\1：", said)  # ``…观察员来自A、B和C``: the same
            said = EXCEPT.sub(lambda e: " " * len(e.group(0)), said)  # ``除上述缔约国外，…``: no name
            if "的：" in said[:12]:  # ``出席会议的还有A和B的观察员，以及C的观察员``: the names
                said = OBSERVERS_OF.sub(lambda o: " " * len(o.group(0)), said)
            said = ASIDE_ABOUT.sub(lambda a: "。" + " " * (len(a.group(0)) - 1), said)  # ``，后者系…的研究所``
            # ``…方案网的三个研究所，即A…``: read as ``…方案网的A…``
            said = COUNTED_THAT_IS.sub(  # (the noun kept for the capacity: ``的签署国A和B``)
                lambda c: " " * (len(c.group(0)) - 1 - len(c.group("noun"))) + "的" + c.group("noun"), said)
            said = COUNTED_BRACKET.sub(  # ``…方案网的两个研究所（A、B）派…``: read as ``…方案网的A、B``
                lambda c: "的" + " " * (len(c.group("lead")) - 1) + c.group("names") + " ", said)
            said = COUNTED_DASH.sub(lambda c: "：" + " " * (len(c.group(0)) - 1), said)  # ``…共有四个——A、B``
            said = THAT_IS.sub("： ", said)  # ``方案网的两个研究所，即A和B，也…``: the names, as after ``：``
            # ``欧洲联盟（作为区域经济一体化组织…）派代表出席了会议``: the capacity, as if written without brackets
            said = AS_IN_BRACKETS.sub(lambda b: b.group("as") + " " * (len(b.group(0)) - len(b.group("as"))), said)
            said = LABEL_DASH.sub(lambda d: d.group("label") + ("：" if kind_in(d.group("label")) else "——"), said)
            said = DASHED.sub(lambda d: "：" + d.group("names") + "。 ", said)  # ``两个研究所——A和B——也…``
            said = CAPACITY_DASH.sub(lambda d: d.group(1) + "  ", said)  # ``…区域经济一体化组织——欧洲联盟也…``
            listed = LIST.search(said)
            named_list = in_section and listed and re.search(r"(?:这些|上述|其中)", said[: listed.start()]) and kind_in(
                said[: listed.start()])  # ``…出席了会议。这些缔约国是：…``
            labelled_lines = in_section and len(_labelled(said)) >= 2  # ``联合国系统：A、B；研究所：C；…``
            labelled_list = in_section and LABELLED_LIST.match(said)  # ``方案网研究所的观察员：C。``
            if not (ATTENDED.search(said) or (in_section and re.search("出席|参加", said)) or named_list
                    or labelled_lines or labelled_list or CAME_FROM.search(said)):
                continue
            found += _sentence(said, sentence.start(), place, len(found))
    return found


def _sentence(text: str, offset: int, place: Place, before: int) -> list[Attendance]:
    if (then := THEN_LISTED.match(text)) and not LIST.search(then.group("named")):
        # ``联合国系统的A、…所属的B，以及下列政府间组织出席了会议：C、D``: the groups named before, with the
        # verb of the list after them, then the list
        first = _sentence(then.group("named") + "出席了会议。", offset, place, before)
        return first + _sentence(text[then.end("named"):], offset + then.end("named"), place, before + len(first))
    if (shared := _shared_out(text)) is not None:
        by_share: list[Attendance] = []
        for at, line in shared:
            by_share += _sentence(line, offset + at, place, before + len(by_share))
        return by_share
    described = IS_A.match(text)
    if described:  # ``欧洲联盟是《公约》缔约方的区域经济一体化组织，派代表出席了会议``
        return _sentence(described.group("desc") + "：" + described.group("name"), offset, place, before)
    if not LIST.search(text) and re.search("，|以及|、" + CAPACITY_WORDS, tail_cut := TAIL_ONLY.sub("", text)):
        # (a group also ends at a 、 before another capacity: ``联合国系统的A和B、…方案网的C和D，以及…``)
        groups = [g for g in re.split(r"(?<=，)|(?=以及)|(?<=、)(?=" + CAPACITY_WORDS + ")", tail_cut)
                  if g.strip("，、")]
        if len(groups) >= 2 and sum(bool(_described(g.strip("，、")) or ETC_KIND.search(g.strip("，、"))
                                         or AS_KIND.search(g.strip("，、"))) for g in groups):
            # ``A，…方案网研究所B和C，以及D、E和F等政府间组织也派观察员出席了会议``: each group its own
            by_group: list[Attendance] = []
            at = 0
            for group in groups:
                words = group.rstrip("，、")
                kind_words = ETC_KIND.search(words) or AS_KIND.search(words)
                line = (kind_words.group("kind") + "：" + words[: kind_words.start()]) if kind_words else words
                shift = -len(kind_words.group("kind")) - 1 if kind_words else 0
                by_group += _sentence(line, offset + at + shift, place, before + len(by_group))
                at += len(group)
            return by_group
    capacities = list(IN_CAPACITY.finditer(text))
    if len(capacities) >= 2 and not LIST.search(text):
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
    listed = LIST.search(text)
    # the groups run to the sentence's end: a group may list its own names after a colon
    # (``…；以及下列政府间组织：A、B和C。``)
    groups = GROUP_SEP.split(text[listed.start(1):]) if listed else []
    if sum(bool(_described(g) or LIST.search(g) or IN_CAPACITY.search(g)) for g in groups) >= min(2, len(groups) - 1) \
            and len(groups) >= 2:  # (a group with its own capacity: ``…；此外，A与B作为…研究所派观察员与会``)
        # ``出席会议的还有：《公约》签署国A；…区域经济一体化组织B；联合国系统实体C和D；…``: each group
        # says its participants' kind before naming them
        grouped: list[Attendance] = []
        assert listed is not None
        at = listed.start(1)
        head = text[: listed.start()]
        for group in groups:
            if not kind_in(group) and not LIST.search(group) and kind_in(head):  # (the list's own capacity:
                line, shift = head + "：" + group, len(head) + 1                # ``下列缔约国…：A和B，以及…``)
            else:
                line, shift = group, 0
            grouped += _sentence(line, offset + at - shift, place, before + len(grouped))
            at += len(group) + 1
        return grouped
    if listed:
        head, names_at, names = text[: listed.start()], listed.start(1), TAIL.sub("", listed.group(1))
        described = None if kind_in(head) else _described(names)  # ``出席会议的有：联合国系统的A和B``
    else:
        head, names_at, names = "", 0, text
        leading = LEADING_AS.match(names)  # 作为《公约》缔约方的区域经济一体化组织欧洲联盟…
        if leading:
            head, names_at, names = leading.group(0), leading.end(), names[leading.end():]
        names = TAIL.sub("", names)
        described = DESCRIPTIONS.match(names) or _described(names)
    if described:
        head, names_at, names = head + described.group(0), names_at + described.end(), names[described.end():]
    names = ETC.sub("", COUNTED.sub("", names.rstrip("。；; ")))
    names = re.sub(r"(?:分别|均|都|也|亦)$", "", names)  # ``A和B分别作为…``
    # ``签署国叙利亚阿拉伯共和国的观察员也出席了会议``, ``美国、英国和韩国的中央机关专家以线上方式参加了会议``
    names = re.sub(r"的(?:[^、，。；的]{0,10}?(?:专家|官员)|观察员|代表团?)(?:们)?$", "", names)
    if lead_word := LEAD_WORD.match(names):  # 此外，…
        names_at, names = names_at + lead_word.end(), names[lead_word.end():]
    kind = kind_in(head or text)
    one_kind = bool(head) and len(kinds_named(head)) == 1  # the list's stated capacity, for every name
    out: list[Attendance] = []
    states = kind in (ParticipantKind.STATE_PARTY, ParticipantKind.SIGNATORY)
    if UNNAMED.match(names):
        return []
    for chunk, chunk_at, stated in _stated_kinds(names, names_at):
        for name, at in _after_relatives(split_names(chunk, chunk_at, states=states)):
            if (member := MEMBER_OF.match(name)) and name_like(name[member.end() :]):
                at, name = at + member.end(), name[member.end() :]  # …方案网的组成机构联合国区域间犯罪和司法研究所
            name_kind = stated or (kind if one_kind and kind else None) or known_kind(name) or kind
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
    shares = SHARES.search(text) or SHARES_NOTED.search(text)
    listed = LIST.search(text, 0, shares.start()) if shares else None
    if not shares or not listed:
        return None
    names = split_names(text[listed.start(1) : shares.start()], listed.start(1))
    parts = [(m.group("side"), to_int(m.group("n")), m.group("kind")) for m in SHARE.finditer(shares.group(0))]
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
    for m in KIND_BRACKET.finditer(names):
        out.append((names[start : m.start()], at + start, kind_in(m.group("kind"))))
        start = m.end()
    if names[start:].strip():
        out.append((names[start:], at + start, None))
    return out


#: A clause saying who attended, closed by ``；`` before a list begins.
_CLAUSE_DONE = re.compile(r"(?:出席|参加|列席)了?(?:本次|本届)?会议[；;]|与会[；;]")


def _clauses_of(text: str) -> list[re.Match[str]]:
    """The sentences of a paragraph, a sentence without a list cut at ； into its clauses
    (``A以…身份出席了会议；B以…身份出席。``)."""
    out: list[re.Match[str]] = []
    for sentence in SENTENCE.finditer(text):
        said = sentence.group(0)
        if "：" in said and (done := _CLAUSE_DONE.search(said, 0, said.index("："))):
            # ``A和B派观察员出席了会议；…的下列研究所也派了观察员：C、D``: the clause before the list is its own
            cut = sentence.start() + done.end()
            out += [m for m in (WHOLE.match(text, sentence.start(), cut), WHOLE.match(text, cut, sentence.end())) if m]
        elif "：" in said or "；" not in said:
            out += _attended_clauses(text, sentence) if "：" not in said else [sentence]
        else:
            out += list(CLAUSE.finditer(text, sentence.start(), sentence.end()))
    return out


def _attended_clauses(text: str, sentence: re.Match[str]) -> list[re.Match[str]]:
    """A sentence cut after each clause saying who attended (the comma left out):
    ``A和B派观察员出席了会议，C也派了观察员。``"""
    out: list[re.Match[str]] = []
    start = sentence.start()
    for m in ATTENDED_CLAUSE.finditer(text, sentence.start(), sentence.end()):
        if (clause := WHOLE.match(text, start, m.start())) is not None:
            out.append(clause)
        start = m.end()
    if (rest := WHOLE.match(text, start, sentence.end())) is not None:
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
            if kind_in(label) and len(label) <= 24:
                at = start + piece.rfind(label + "：")
                out.append((at, label + "：" + parts[-1]))
        start += len(piece)
    return out


def _described(names: str) -> re.Match[str] | None:
    """A capacity leading the names without 的: ``联合国系统实体联合国开发计划署``,
    ``以及政府间组织海湾阿拉伯国家合作委员会``, ``《公约》签署国巴巴多斯``, ``…方案网所属研究所巴塞尔治理研究所``
    (the capacity's words ending at any of its nouns)."""
    shortest = CAPACITY_FIRST.match(names)
    ends = sorted({e.end() for e in CAPACITY_NOUN.finditer(names, 0, 40)} | ({shortest.end()} if shortest else set()))
    for end in ends:
        if not CAPACITY_FIRST.fullmatch(names[:end]):
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


