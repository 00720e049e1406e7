"""Chinese word segmentation for comparing texts: jieba with the project's glossary.

The glossary (``ontology/reference/glossary.csv``) and the subject terms are
added to jieba's dictionary so that 司法协助, 双重犯罪, 国家主管机关名录,
国际合作工作组 … are single words.  jieba loads its dictionary lazily, on the
first text cut, never at import time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from ...ontology import reference

_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
#: Function words and boilerplate of recommendations that say nothing about the demand.
_STOP_TEXT = (
    "的 和 与 及 以及 或 在 对 为 以 并 等 中 上 下 其 该 这 这些 此 之 所 从 向 "
    "将 被 把 由 于 与其 包括 方面 有关 相关 进行 开展 继续 应 应当 应该 鼓励 请 考虑 "
    "努力 确保 加强 提供 促进 进一步 可能 方式 方法 情况 问题 工作 信息 包括 通过 根据 "
    "按照 关于 以便 以期 能够 可以 需要 必要 适当 有效 积极"
)
STOPWORDS = frozenset(_STOP_TEXT.split())


#: Variants of one domain term, read as the term: the comparison sees one word.
SYNONYMS = {
    "国家主管机关在线名录": "国家主管机关名录", "主管机关在线名录": "主管机关名录", "在线名录": "名录",
    "两国共认犯罪": "双重犯罪", "两国公认犯罪": "双重犯罪", "追回资产": "资产追回", "法律互助": "司法协助",
    "联合侦查": "联合调查", "专题小组讨论": "专家小组讨论", "讨论小组": "专家小组讨论",
    "小组讨论": "专家小组讨论", "反腐败公约": "公约", "联合国反腐败公约": "公约",
}


@cache
def _jieba() -> Any:
    import jieba  # imported here: loading its dictionary takes a second

    jieba.setLogLevel(60)
    for term in _domain_terms():
        jieba.add_word(term, freq=2_000_000)
    return jieba


@cache
def domain_terms() -> frozenset[str]:
    """The glossary's and the subject terms' Chinese terms."""
    return frozenset(_domain_terms())


def _domain_terms() -> list[str]:
    terms = {row["zh"] for row in reference.glossary()}
    terms |= {s.term for s in reference.subjects()}
    terms |= {o.zh for o in reference.organizations()}
    terms |= set(SYNONYMS) | set(SYNONYMS.values())
    return sorted(terms, key=len, reverse=True)


def words(text: str, *, cuts: Cuts | None = None) -> list[str]:
    """Content words of a text, in order (jieba, domain terms kept whole, stop words out)."""
    found = (SYNONYMS.get(w, w) for w in all_words(text, cuts=cuts))
    return [w for w in found if w not in STOPWORDS and len(w.strip()) > 1]


def all_words(text: str, *, cuts: Cuts | None = None) -> list[str]:
    """Every word of a text (punctuation aside), in order, for diffs; taken from ``cuts``
    when the text was cut before (and remembered there when it was not)."""
    if cuts is not None:
        return cuts.words(text)
    return [w for block in _jieba().re_han_default.split(text) if block for w in _cut_block(block) if _WORD.search(w)]


@lru_cache(maxsize=1 << 16)
def _cut_block(block: str) -> tuple[str, ...]:
    """jieba's cut of one block of a text: jieba splits a text at the characters outside its
    word pattern (punctuation, spaces) and cuts each block on its own, so a text's cut is its
    blocks' cuts one after the other.  Remembered: clauses recur (within a report, in the
    same text cut for the search index and for the recurrence threads, across reports)."""
    return tuple(_jieba().lcut(block))


#: Joins the words of a remembered cut: never part of a word (jieba yields any character
#: outside its word pattern alone, and such a character is no word).
_JOIN = "\x00"


class Cuts:
    """Texts cut into words (:func:`all_words`), remembered by text, so that texts cut once
    (e.g. in the processes that parse the documents) are not cut again.  The words of a
    text are kept as one string: far less memory than a list of short strings."""

    def __init__(self) -> None:
        self._known: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._known)

    def words(self, text: str) -> list[str]:
        joined = self._known.get(text)
        if joined is None:
            joined = self._known[text] = _JOIN.join(all_words(text))
        return joined.split(_JOIN) if joined else []

    def cut(self, texts: Iterable[str]) -> None:
        """Cut (here) every text not cut yet."""
        for text in texts:
            self.words(text)

    def export(self) -> dict[str, str]:
        """What is remembered, to be :meth:`update`-d into another process's cuts."""
        return dict(self._known)

    def update(self, exported: dict[str, str]) -> None:
        self._known.update(exported)
