"""The full-text search index: the words of every paragraph, recommendation and suggestion.

Texts are cut into words by jieba with the project's glossary (:mod:`.segmentation`),
so 司法协助, 双重犯罪 or 国家主管机关名录 are single words.  The index is a derived named
graph, ``{base}graph/search``, recomputed from the whole store after every load, apart
from the facts extracted from documents, so it persists with the store and can be read
by SPARQL from any store holding the graph::

    <{base}search/司法协助/2> a ukg:Posting ; ukg:token "司法协助" ; ukg:tokenCount 2 ;
        ukg:occursIn <…/para/13>, <…/para/27> .       # the items that use the word twice
    <…/para/13> ukg:wordCount 118 .                   # words of the item, for length norms
    <{base}graph/search> ukg:itemCount 319 ; ukg:averageWordCount 57.3 .

Grouping the items by (word, count) makes one triple per word and item (instead of a
node per posting): a word's document frequency is the number of its ``ukg:occursIn``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions

from ...ontology.iris import Iris
from ...ontology.vocabulary import XSD, C, P
from ..store.embedded import GraphStore
from .words import STOPWORDS, SYNONYMS, Cuts, all_words

_INTEGER = NamedNode(XSD + "integer")
_DECIMAL = NamedNode(XSD + "decimal")
_WORD = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")
#: Function words of English queries and texts (Chinese ones are segmentation.STOPWORDS).
_ENGLISH_STOP_TEXT = "a an and are as at be by for from in into is it of on or that the to with"
ENGLISH_STOPWORDS = frozenset(_ENGLISH_STOP_TEXT.split(" "))



class SearchKind(StrEnum):
    """What can be searched."""

    PARAGRAPH = "paragraph"
    RECOMMENDATION = "recommendation"  # agreed by a meeting
    PROPOSAL = "proposal"  # made by States parties during a meeting
    SUGGESTION = "suggestion"

    @property
    def rdf_class(self) -> NamedNode:
        return {SearchKind.PARAGRAPH: C.Paragraph, SearchKind.RECOMMENDATION: C.Recommendation,
                SearchKind.PROPOSAL: C.Proposal, SearchKind.SUGGESTION: C.Suggestion}[self]


# --- words ------------------------------------------------------------------------


@cache
def _fold_char(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char).lower()
    return folded if len(folded) == 1 else char


_FOLDED: dict[int, str] = {}  # code point → its folded character (for str.translate)
_SEEN: set[str] = set()


def fold(text: str) -> str:
    """Full-width forms as ASCII, Latin in lower case — character by character, so that an
    offset in the folded text is the same offset in the original."""
    new = set(text) - _SEEN
    for char in new:
        _FOLDED[ord(char)] = _fold_char(char)
    _SEEN.update(new)
    return text.translate(_FOLDED)


def canonical(word: str) -> str:
    """The word a variant stands for (法律互助 → 司法协助), else the word itself."""
    return SYNONYMS.get(word, word)


def is_word(word: str) -> bool:
    """Worth indexing: two characters or more, not a function word."""
    return len(word) > 1 and bool(_WORD.search(word)) and word not in STOPWORDS and word not in ENGLISH_STOPWORDS


def cut(text: str, *, cuts: Cuts | None = None) -> list[str]:
    """Every word jieba cuts the (folded) text into, punctuation and spaces dropped."""
    return [w.strip() for w in all_words(fold(text), cuts=cuts)]


def tokens(text: str, *, cuts: Cuts | None = None) -> Counter[str]:
    """The indexed words of a text, counted; a variant of a domain term (法律互助) counts
    both as itself and as the term it stands for (司法协助)."""
    counts = Counter(cut(text, cuts=cuts))
    for word in [w for w in counts if not is_word(w)]:
        del counts[word]
    for word, count in [(w, n) for w, n in counts.items() if canonical(w) != w]:
        counts[canonical(word)] += count
    return counts


# --- building -----------------------------------------------------------------------


_ITEMS = """
SELECT DISTINCT ?item ?text WHERE {
  ?item a ?type ; ukg:text ?text .
  VALUES ?type { ukg:Paragraph ukg:Recommendation ukg:Suggestion }
}
"""


@dataclass(frozen=True)
class Summary:
    items: int
    words: int  # distinct words
    postings: int  # (word, item) pairs
    triples: int


def graph_name(iris: Iris) -> NamedNode:
    return iris.graph("search")


def texts(store: GraphStore) -> dict[str, str]:
    """Every searchable item's text (the texts of all its languages, in a stable order)."""
    result = store.query(_ITEMS)
    assert isinstance(result, QuerySolutions)
    found: dict[str, set[str]] = {}
    for row in result:
        found.setdefault(row["item"].value, set()).add(row["text"].value)
    return {item: "\n".join(sorted(parts)) for item, parts in sorted(found.items())}


_KINDS = frozenset(kind.rdf_class for kind in SearchKind)


def to_cut(document: Iterable[Quad]) -> set[str]:
    """The strings :func:`quads` will cut for the searchable items of one document's quads
    (as :func:`texts` finds them once the document is in the store), to be cut beforehand."""
    typed: set[object] = set()
    found: dict[object, set[str]] = {}
    for quad in document:
        if quad.predicate == P.type and quad.object in _KINDS:
            typed.add(quad.subject)
        elif quad.predicate == P.text and isinstance(quad.object, Literal):
            found.setdefault(quad.subject, set()).add(quad.object.value)
    return {fold("\n".join(sorted(parts))) for item, parts in found.items() if item in typed}


#: The items of each (word, number of times an item uses it), and the words of each item.
_Postings = tuple[dict[tuple[str, int], list[str]], dict[str, int]]


def _postings(items: dict[str, str], *, cuts: Cuts | None) -> _Postings:
    groups: dict[tuple[str, int], list[str]] = {}
    lengths: dict[str, int] = {}
    for item, text in items.items():
        counted = tokens(text, cuts=cuts)
        lengths[item] = sum(counted.values())
        for word, count in counted.items():
            groups.setdefault((word, count), []).append(item)
    return groups, lengths


def quads(items: dict[str, str], iris: Iris, *, cuts: Cuts | None = None) -> list[Quad]:
    """The index of ``items`` (IRI → text), in a stable order (texts already in ``cuts`` are
    not cut again)."""
    return _quads(_postings(items, cuts=cuts), iris)


def _quads(postings: _Postings, iris: Iris) -> list[Quad]:
    groups, lengths = postings
    graph = graph_name(iris)
    out = [Quad(graph, P.description, Literal("Full-text search index: the words of every paragraph, "
                                              "recommendation and suggestion (jieba with the glossary)",
                                              language="en"), graph),
           Quad(graph, P.item_count, Literal(str(len(lengths)), datatype=_INTEGER), graph)]
    average = sum(lengths.values()) / len(lengths) if lengths else 0.0
    out.append(Quad(graph, P.average_word_count, Literal(f"{average:.4f}", datatype=_DECIMAL), graph))
    nodes = {item: NamedNode(item) for item in lengths}
    for item, length in lengths.items():
        out.append(Quad(nodes[item], P.word_count, Literal(str(length), datatype=_INTEGER), graph))
    for (word, count), members in sorted(groups.items()):
        node = iris.posting(word, count)
        out += [Quad(node, P.type, C.Posting, graph), Quad(node, P.token, Literal(word), graph),
                Quad(node, P.token_count, Literal(str(count), datatype=_INTEGER), graph)]
        out += [Quad(node, P.occurs_in, nodes[item], graph) for item in members]
    return out


def rebuild(store: GraphStore, iris: Iris, *, cuts: Cuts | None = None) -> Summary:
    """Recompute the search graph from every searchable item in the store (texts already
    in ``cuts`` are not cut again)."""
    items = texts(store)
    groups, lengths = _postings(items, cuts=cuts)
    index = _quads((groups, lengths), iris)
    store.replace_graph(graph_name(iris), index, bulk=True)  # derived: rewritten after a killed load
    postings = sum(len(members) for members in groups.values())
    words = len({word for word, _ in groups})
    return Summary(len(items), words, postings, len(index))
