"""Recognise citations of Convention articles and their parts.

``第四十六条第十三款``, ``第四十四条第六款第(一)项``, ``第四十八条第一款第㈥项``
(a parenthesised ideograph is read as the numeral in parentheses; the OCR noise ``(-)``
is made ``(一)`` by :mod:`.normalise`), ``第一条第(二)项`` (an article without paragraphs),
lists ``第四十四条第五款、第四十六条第七款和第四十八条第二款``, ranges (``第四十四条至第五十条``,
``第四十三至五十条``: each article), paragraphs under one 款 (``第四十六条第十三和第十四款``), continued
parts ``第三十一条第一款第(一)项和第二款`` and Arabic numerals ``第46条第1款(a)项``.

The convention is the instrument named just before the citation: 《公约》 and
the Convention against Corruption under any of its names give UNCAC, the
Organized Crime Convention gives UNTOC.  An article of any other instrument
(a national law, a regional convention) is not reported: it would be a wrong
fact about UNCAC.  With no instrument named nearby, the document's own
convention is meant.
"""

from __future__ import annotations

import re

from ...text.numerals import CHINESE_NUMERAL_CHARS, letter, to_int
from ..facts import ArticleCitation, Place, Span

_N = rf"(\d{{1,3}}|[{CHINESE_NUMERAL_CHARS}]{{1,5}})"
#: ``㈠``-``㈩``: a subparagraph's numeral in one character.
_ENCLOSED = "".join(chr(0x3220 + i) for i in range(10))
_SUB = rf"第?(?:[（(]([a-z]|[{CHINESE_NUMERAL_CHARS}]{{1,3}})[）)]|([{_ENCLOSED}]))项?"
_ARTICLE = re.compile(rf"第{_N}条(?:第{_N}款)?(?:{_SUB})?")
#: A range of articles: ``第四十三至五十条``, ``第44至50条``, and after one: ``第四十四条至第五十条``.
_RANGE = re.compile(rf"第{_N}(?:至|到|—|-)第?{_N}条")
_RANGE_AFTER = re.compile(rf"(?:至|到|—|-)第?{_N}条(?!第)")
#: Paragraphs listed under one 款: ``第四十六条第十三和第十四款``.
_PARAGRAPHS = re.compile(rf"第{_N}((?:(?:和|及|、|至)第?{_N})+)款")
#: Paragraphs of the article just cited: ``该条第十款和第十一款``, ``同条第三款``.
_THAT_ARTICLE = re.compile(rf"(?:该条|同条|此条|本条|上述条款)(?P<paragraphs>第{_N}款(?:(?:、|和|及|以及)第?{_N}款?)*)")
#: (a bracketed aside may stand before the next: ``第九款（…）和第十四款（…）``)
_MORE = re.compile(rf"(?:[（(][^（）()]{{1,60}}[）)])?(?:、|和|及|以及|或|至|，)(?:第{_N}款(?:{_SUB})?|{_SUB})")
_QUOTED = re.compile(r"《([^《》]{1,60})》")
_BARE = re.compile(r"([\u4e00-\u9fff]{0,12}(?:公约|法|条例|议定书|协定|宣言|指令|规则|规定|章程|守则))$")
_FUNCTION_CHARS = "了的和及与、在按据照从对于即该本各"
_FUNCTION_WORDS = ("根据", "按照", "依照", "依据", "关于")
_UNCAC_NAMES = ("联合国反腐败公约", "反腐败公约")
_UNTOC_NAMES = ("有组织犯罪公约", "联合国打击跨国有组织犯罪公约", "打击有组织犯罪公约",
                "打击跨国有组织犯罪公约")
#: How far back (characters) the instrument's name is looked for.
_WINDOW = 40


def find(text: str, place: Place, *, default: str = "UNCAC",
         previous: ArticleCitation | None = None) -> list[ArticleCitation]:
    """Every article part cited in ``text``; ``previous`` is the article cited last before it
    (``该条第二十四款`` in the next paragraph refers to it)."""
    found: list[ArticleCitation] = []
    for m in _RANGE.finditer(text):
        convention = _convention(text, m.start(), default)
        try:
            first, last = to_int(m.group(1)), to_int(m.group(2))
        except ValueError:
            continue
        if convention and first < last <= first + 30:
            span = Span(place, m.start(), m.end(), m.group(0))
            found += [ArticleCitation(n, None, None, convention, span) for n in range(first, last + 1)]
    for m in _ARTICLE.finditer(text):
        convention = _convention(text, m.start(), default)
        if convention is None:
            continue
        try:
            article = to_int(m.group(1))
            paragraph = to_int(m.group(2)) if m.group(2) else None
            sub = _sub(m.group(3) or m.group(4))
        except ValueError:
            continue
        span = Span(place, m.start(), m.end(), m.group(0))
        listed = _PARAGRAPHS.match(text, m.end()) if paragraph is None and sub is None else None
        ranged = _RANGE_AFTER.match(text, m.end()) if paragraph is None and sub is None else None
        if listed:  # 第四十六条第十三和第十四款
            numbers = [to_int(n) for n in re.findall(_N, listed.group(0))]
            if "至" in listed.group(2) and len(numbers) == 2 and numbers[0] < numbers[1]:
                numbers = list(range(numbers[0], numbers[1] + 1))
            span = Span(place, m.start(), listed.end(), text[m.start() : listed.end()])
            found += [ArticleCitation(article, n, None, convention, span) for n in numbers]
            continue
        if ranged and article < (last := to_int(ranged.group(1))) <= article + 30:  # 第四十四条至第五十条
            span = Span(place, m.start(), ranged.end(), text[m.start() : ranged.end()])
            found += [ArticleCitation(n, None, None, convention, span) for n in range(article, last + 1)]
            continue
        found.append(ArticleCitation(article, paragraph, sub, convention, span))
        position = m.end()
        while more := _MORE.match(text, position):
            try:
                if more.group(1):
                    paragraph = to_int(more.group(1))
                    sub = _sub(more.group(2) or more.group(3))
                else:
                    sub = _sub(more.group(4) or more.group(5))
            except ValueError:
                break
            span = Span(place, more.start(), more.end(), more.group(0))
            found.append(ArticleCitation(article, paragraph, sub, convention, span))
            position = more.end()
    for m in _THAT_ARTICLE.finditer(text):  # ``该条第十款和第十一款``: the article cited last before it
        before = [c for c in found if c.span.start < m.start()]
        if not before and previous is None:
            continue
        cited = max(before, key=lambda c: c.span.start) if before else previous
        assert cited is not None
        paragraphs = [to_int(n) for n in re.findall(_N, m.group("paragraphs"))]
        span = Span(place, m.start(), m.end(), m.group(0))
        found += [ArticleCitation(cited.article, n, None, cited.convention, span) for n in paragraphs]
    unique = {(c.article, c.paragraph, c.subparagraph, c.convention): c for c in reversed(found)}
    return sorted(unique.values(), key=lambda c: (c.span.start, c.article, c.paragraph or 0))


def _sub(label: str | None) -> str | None:
    if not label:
        return None
    if label.isascii():
        return label
    if label in _ENCLOSED:
        return letter(_ENCLOSED.index(label) + 1)
    return letter(to_int(label))


def _convention(text: str, start: int, default: str) -> str | None:
    """The convention whose article is cited at ``start``, or None for another instrument."""
    before = text[max(0, start - _WINDOW) : start]
    bare = _BARE.search(before)  # "公约第三十一条", "有组织犯罪公约第十八条", "刑法第五条"
    if bare:
        if _is_plain_convention(bare.group(1)):
            return default
        return _classify(bare.group(1), default)
    names = _QUOTED.findall(before)
    if names:
        return _classify(names[-1], default)
    return default


def _is_plain_convention(name: str) -> bool:
    """``…强调了公约第三十一条``: the bare word 公约 (the Convention) after a function word."""
    if not name.endswith("公约"):
        return False
    head = name[: -len("公约")]
    return head == "" or head[-1] in _FUNCTION_CHARS or head.endswith(_FUNCTION_WORDS)


def _classify(name: str, default: str) -> str | None:
    if name == "公约":  # "the Convention": the one the document is about
        return default
    if any(name.endswith(n) for n in _UNTOC_NAMES) or "有组织犯罪" in name:
        return "UNTOC"
    if name in _UNCAC_NAMES or name.endswith("反腐败公约"):
        return "UNCAC"
    return None
