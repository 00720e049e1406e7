"""Names as the reports write them: people, States, territories, organisations.

* People are named in the script the UN uses for speakers in every language version: Latin
  letters with any diacritics (``Radosław Wiśniewski``, ``Nguyễn Thị Thanh Hương``,
  ``Lars-Åke Sjöström``, ``Vivian N. R. Okeke``, ``Harib Saeed al-Amimi``), or another
  alphabet (Greek, Cyrillic).  :data:`PERSON` finds them in canonical text, where no space
  separates them from the Chinese around them.  Some editors write a name in Chinese
  characters instead: a transliteration whose parts are joined by a middle dot
  (``艾哈迈德·萨米尔·哈利勒``), or a Chinese name (``王小明``).  Nothing marks where such a
  name begins, so :func:`han_persons` reads one only where the words around it delimit it:
  after an office or a verb of electing or presiding (``主席艾哈迈德·哈利勒``, ``由王小明``)
  and before a State's bracket or an honorific (``…（埃及）``, ``…先生``).
* States, territories and organisations are named in Chinese, in the long or the short UN
  form (``大不列颠及北爱尔兰联合王国``/``联合王国``/``英国``), by the reference tables;
  :func:`entity` says which one a name is (a State with a formal prefix or suffix the
  tables lack, ``意大利共和国``, is still known), :func:`leading_entity` finds the State or
  organisation a longer name begins with (``大韩民国法务部`` → ``大韩民国``).
"""

from __future__ import annotations

import re
from functools import cache

from ..ontology import reference

#: A letter of an alphabet (not a CJK ideograph, not a digit).
_LETTER = r"(?:(?![\u2e80-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af\uff00-\uffef])[^\W\d_])"
_MARK = r"[\u0300-\u036f]"  # combining diacritics (a text not in NFC)
_WORD = rf"{_LETTER}(?:{_LETTER}|{_MARK}|['’ʼʻ.\-])*"
#: A person's name: words of letters, the first capitalised, separated by single spaces.
PERSON = re.compile(rf"(?<!{_LETTER})(?<![.\-]){_WORD}(?: {_WORD})*")
#: Honorifics written after a name (``Ignacio Baylina Ruiz 先生``).
HONORIFIC = re.compile(r"(?:先生|女士|阁下|法官|大使|博士|教授)")


#: A run of Chinese characters and middle dots (a transliterated name's parts are joined by one).
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+(?:[·・•‧∙\-‐][\u4e00-\u9fff]+)*")
_DOT = re.compile(r"[·・•‧∙\-‐]")
#: Words after which a name in Chinese characters begins: an office, a verb of electing or
#: presiding, a word joining names.
_NAME_STARTS_AFTER = re.compile(r"(?:副主席|主席|报告员|主持人|大使|法官|教授|博士|"
                                r"参赞|公使|部长|司长|局长|处长|检察长|主任|顾问|专员|"
                                r"由|选举|推选|选出|当选|任命|请|和|及|与|为|是|的)")
#: What must follow a Chinese name: a bracket (the State) or an honorific.
_NAME_ENDS_BEFORE = re.compile(rf"\s?(?:{HONORIFIC.pattern})?\s?[（(]")
#: Words that are not in a person's name.
_NOT_IN_NAME = re.compile(r"会议|届|场|代表|组织|秘书处|办公室|委员会|政府|主席")


def han_persons(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the persons named in Chinese characters in ``text``: a dotted
    (or hyphenated) transliteration, or a name of two to four characters before a bracket with a
    known State, each delimited as the module says; the end is before any honorific."""
    out: list[tuple[int, int, str]] = []
    for run in _HAN_RUN.finditer(text):
        words = run.group(0)
        honorific = re.search(rf"(?:{HONORIFIC.pattern})$", words)
        if honorific:
            words = words[: honorific.start()]
        after = _NAME_ENDS_BEFORE.match(text, run.start() + len(words))
        if not after and not _DOT.search(words):
            continue
        first = _DOT.split(words, maxsplit=1)[0]
        begin, after_a_word = _name_start(first, len(words))
        name = words[begin:]
        dotted = bool(_DOT.search(name))
        longest = 5 if after_a_word else 4  # (``选举佐藤由美子``: after a verb or an office, five characters)
        if not name or _NOT_IN_NAME.search(name) or entity(name) is not None:
            continue
        if not dotted and not (2 <= len(name) <= longest and after and _known_bracket(text, after.end())):
            continue
        out.append((run.start() + begin, run.start() + begin + len(name), name))
    return out


def _name_start(first: str, length: int) -> tuple[int, bool]:
    """Where a name in Chinese characters begins in a run of ``length`` characters whose part
    before any dot is ``first``: after the last word that starts names, unless that word is a
    character of the name itself (``选举佐藤由美子``, ``选举张和平``: after the verb, not after 由
    or 和, when the verb is near enough for the name to have at most five characters; ``和张和平``);
    and whether that word is one of several characters (a verb or an office, not 由 or 和)."""
    starts = [m for m in _NAME_STARTS_AFTER.finditer(first) if m.end() < len(first)]
    if not starts:
        return 0, False
    last = starts[-1]
    if len(last.group(0)) == 1:
        for strong in reversed(starts[:-1]):
            if len(strong.group(0)) > 1 and length - strong.end() <= 5 \
                    and not _NAME_STARTS_AFTER.match(first, strong.end()):
                return strong.end(), True
    if length - last.end() < 2 and len(starts) > 1:  # ``和张和平（日本）``: 和 joins, the second is in the name
        last = starts[-2]
    return last.end(), len(last.group(0)) > 1


def _known_bracket(text: str, at: int) -> bool:
    """Does the bracket opened before ``at`` hold a known State, territory or organisation?"""
    close = re.match(r"([^（）()]{1,30})[）)]", text[at:])
    return bool(close) and entity(close.group(1).strip()) is not None  # type: ignore[union-attr]


def is_person(name: str) -> bool:
    """A plausible person's name: at least two letters, some word capitalised."""
    words = [w for w in name.split(" ") if w]
    return len(name) >= 3 and any(w[0].isupper() for w in words) and name[0].isalpha()


def bare(name: str) -> str:
    """``国际刑事警察组织（刑警组织）`` → ``国际刑事警察组织``."""
    return re.sub(r"[（(][^（）()]*[）)]$", "", name).strip()


#: Formal words around a State's short name: ``意大利共和国``, ``西班牙王国``, ``日本国``.
_FORMAL_SUFFIXES = ("联邦共和国", "伊斯兰共和国", "人民共和国", "社会主义共和国", "共和国", "联合王国",
                    "王国", "大公国", "公国", "苏丹国", "联邦", "合众国", "国")
#: Words that make another State of a name: 刚果民主共和国 is not 刚果.
_NOT_FORMAL = ("民主共和国", "联合共和国", "民主人民共和国")


@cache
def state(name: str) -> reference.State | None:
    """The State a Chinese name (long, short or formal form) names, if any."""
    name = bare(name)
    states = reference.state_names()
    if name in states:
        return states[name]
    if name.endswith(_NOT_FORMAL):
        return None
    for suffix in _FORMAL_SUFFIXES:
        stem = name.removesuffix(suffix)
        if stem != name and len(stem) >= 2 and stem in states:
            return states[stem]
    return None


def entity(name: str) -> str | None:
    """A key for the State, territory or organisation ``name`` names (any of its forms),
    or None if the reference tables do not know it."""
    name = bare(name)
    found = state(name)
    if found:
        return f"state:{found.iso3}"
    territory = reference.territories().get(name)
    if territory:
        return f"territory:{territory.iso2}"
    org = reference.organization_names().get(name)
    if org:
        return f"organization:{org.key}"
    return None


@cache
def _prefixes() -> list[str]:
    """Every known name of a State, territory or organisation, longest first."""
    names = {*reference.state_names(), *reference.territories(), *reference.organization_names()}
    return sorted((n for n in names if len(n) >= 2), key=len, reverse=True)


def leading_entity(text: str) -> str | None:
    """The longest known name ``text`` begins with (``英国国家犯罪调查局`` → ``英国``), a State's
    in its formal form when written so (``葡萄牙共和国总检察署`` → ``葡萄牙共和国``; not ``联邦`` alone:
    ``巴西联邦警察局`` is Brazil's)."""
    found = next((n for n in _prefixes() if text.startswith(n)), None)
    if found and found in reference.state_names():
        for suffix in (x for x in _FORMAL_SUFFIXES if x not in ("联邦", "国")):
            if text.startswith(found + suffix) and state(found + suffix):
                return found + suffix
    return found
