"""Full-text search over paragraphs, recommendations and suggestions, in Chinese.

The query is cut into words the way the texts were indexed (:mod:`.search_index`);
English terms the glossary knows are read as their Chinese equivalents ("mutual legal
assistance" → 司法协助, "extradition" → 引渡).  A query word matches the indexed words
equal to it and, with half the weight, those containing it (司法协助 in 刑事司法协助).
Items are ranked by BM25 over the postings of the query words — read from the search
graph with one small SPARQL query, so any store holding the graph can answer — and
come with a snippet in which every occurrence of a query word is marked.

A query with no word of two characters (引, 的, 加强 …) is looked up as a substring of
the texts instead; a query with nothing but punctuation or spaces is a ``ValueError``.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from functools import cache

from pyoxigraph import Literal, QuerySolutions

from ...errors import BadRequest
from ...ontology import reference
from ..derived.search_index import SearchKind, canonical, cut, fold, is_word
from ..derived.words import SYNONYMS
from ..store.embedded import Queryable

#: BM25 parameters (the usual defaults).
K1 = 1.2
B = 0.75
#: Weight of an indexed word that contains the query word (刑事司法协助 for 司法协助).
CONTAINING_WEIGHT = 0.5
#: Most words a query may have.
MAX_TERMS = 24
#: Characters of text a snippet shows (plus an ellipsis at a cut end).
SNIPPET_WIDTH = 100
#: Characters before the first marked word of a snippet.
SNIPPET_LEAD = 20

_CJK = re.compile(r"[\u3400-\u9fff]")
_KINDS = {kind.rdf_class.value: kind for kind in SearchKind}
_WORDLIKE = re.compile(r"[^\W_]")  # a letter or digit of any script


@dataclass(frozen=True)
class Query:
    text: str
    terms: tuple[str, ...]  # the words searched for (Chinese, or Latin in lower case)
    mapped: dict[str, tuple[str, ...]] = field(default_factory=dict)  # English → glossary terms
    substring: bool = False  # no word to look up: the terms are looked up as substrings

    def surfaces(self) -> list[str]:
        """What to mark in a text: every term and the variants that stand for it, longest first."""
        found = set(self.terms)
        if not self.substring:
            found |= {variant for variant, term in SYNONYMS.items() if term in self.terms}
        return sorted(found, key=lambda s: (-len(s), s))


@dataclass(frozen=True)
class Hit:
    item: str
    kind: SearchKind
    score: float
    document: str | None
    paragraph: int | None  # the paragraph's number (for a recommendation: the paragraph it is in)
    label: str | None  # a recommendation's letter, a suggestion's label
    snippet: str
    highlights: tuple[tuple[int, int], ...]  # [start, end) of each marked word in the snippet

    def marked(self, before: str = "«", after: str = "»") -> str:
        return _mark(self.snippet, self.highlights, before, after, escape=lambda s: s)

    @property
    def snippet_html(self) -> str:
        return _mark(self.snippet, self.highlights, "<mark>", "</mark>", escape=html.escape)


@dataclass(frozen=True)
class Results:
    query: Query
    total: int
    hits: list[Hit]


# --- the query --------------------------------------------------------------------------


@cache
def english_terms() -> dict[str, tuple[str, ...]]:
    """The glossary's English terms (folded) with their Chinese equivalents."""
    out: dict[str, list[str]] = {}
    for row in reference.glossary():
        english = " ".join(fold(row["en"]).split())
        if english and row["zh"] not in out.setdefault(english, []):
            out[english].append(row["zh"])
    return {en: tuple(zh) for en, zh in out.items()}


@cache
def _english_pattern() -> re.Pattern[str]:
    phrases = sorted(english_terms(), key=lambda p: (-len(p), p))
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")


def parse(text: str) -> Query:
    """The words of a query; ``ValueError`` when it has none."""
    folded = fold(text).strip()
    if not _WORDLIKE.search(folded):
        raise BadRequest(f"q (the search text): no word in {text.strip()[:40]!r}: give a Chinese word, or an English "
                         "term of the glossary" if text.strip() else "q (the search text): empty")
    mapped: dict[str, tuple[str, ...]] = {}
    terms: list[str] = []

    def english(match: re.Match[str]) -> str:
        phrase = " ".join(match.group(0).split())
        mapped[phrase] = english_terms()[phrase]
        terms.extend(canonical(zh) for zh in mapped[phrase])
        return " "
    rest = _english_pattern().sub(english, folded)
    terms += [canonical(w) for w in cut(rest) if is_word(w)]
    terms = list(dict.fromkeys(terms))
    if len(terms) > MAX_TERMS:
        raise BadRequest(f"q (the search text): {len(terms)} words; at most {MAX_TERMS}")
    if terms:
        return Query(text, tuple(terms), mapped)
    return Query(text, (" ".join(folded.split()),), substring=True)


# --- ranking ----------------------------------------------------------------------------


#: The search graph is found by what it says of itself, whatever the base IRI.
_STATS = """
SELECT ?graph ?n ?average WHERE { GRAPH ?graph { ?graph ukg:itemCount ?n ; ukg:averageWordCount ?average } }
ORDER BY ?graph LIMIT 1
"""
_POSTINGS = """
SELECT ?token ?count ?item ?length ?type WHERE {
  GRAPH <%(graph)s> {
    ?posting ukg:token ?token .
    FILTER (%(match)s)
    ?posting ukg:tokenCount ?count ; ukg:occursIn ?item .
    ?item ukg:wordCount ?length .
  }
  OPTIONAL { ?item a ?type FILTER (?type != ukg:Recommendation || NOT EXISTS { ?item a ukg:Proposal }) }
}
"""
_SUBSTRING = """
SELECT ?item ?text ?length ?type WHERE {
  ?item a ?type ; ukg:text ?text .
  VALUES ?type { ukg:Paragraph ukg:Recommendation ukg:Proposal ukg:Suggestion }
  FILTER (?type != ukg:Recommendation || NOT EXISTS { ?item a ukg:Proposal })
  FILTER (CONTAINS(LCASE(?text), %(needle)s))
  OPTIONAL { GRAPH <%(graph)s> { ?item ukg:wordCount ?length } }
}
"""
_DETAILS = """
SELECT ?item ?text ?label ?number ?document WHERE {
  VALUES ?item { %s }
  ?item ukg:text ?text .
  OPTIONAL { ?item ukg:label ?label }
  OPTIONAL { ?item ukg:inParagraph? ?paragraph . ?paragraph a ukg:Paragraph ; ukg:number ?number ;
             dcterms:isPartOf ?document }
}
"""


def _select(store: Queryable, sparql: str) -> QuerySolutions:
    result = store.query(sparql)
    assert isinstance(result, QuerySolutions)
    return result


@dataclass
class _Matches:
    kind: SearchKind
    length: int
    frequency: dict[str, float] = field(default_factory=dict)  # query term → weighted count


def _postings(store: Queryable, query: Query, graph: str) -> dict[str, _Matches]:
    """Items with a word equal to a query term or (Chinese terms) containing it, by weighted count."""
    within = [t for t in query.terms if _CJK.search(t)]
    match = " || ".join([f"?token = {Literal(t)}" for t in query.terms if t not in within]
                        + [f"CONTAINS(?token, {Literal(t)})" for t in within])
    found: dict[str, _Matches] = {}
    seen: set[tuple[str, str]] = set()
    for row in _select(store, _POSTINGS % {"graph": graph, "match": match}):
        token, item = row["token"].value, row["item"].value
        kind = _KINDS.get(row["type"].value) if row["type"] is not None else None
        if kind is None or (token, item) in seen:
            continue  # another type of the item (or an item of no searchable kind)
        seen.add((token, item))
        matches = found.setdefault(item, _Matches(kind, int(row["length"].value)))
        for term in query.terms:
            if token == term:
                weight = 1.0
            elif term in within and term in token and SYNONYMS.get(token) != term:
                weight = CONTAINING_WEIGHT  # a variant (法律互助) is indexed as its term too: counted there
            else:
                continue
            matches.frequency[term] = matches.frequency.get(term, 0.0) + weight * int(row["count"].value)
    return found


def _substrings(store: Queryable, query: Query, graph: str) -> dict[str, _Matches]:
    needle = query.terms[0]
    found: dict[str, _Matches] = {}
    for row in _select(store, _SUBSTRING % {"graph": graph, "needle": Literal(needle)}):
        count = fold(row["text"].value).count(needle)
        length = int(row["length"].value) if row["length"] is not None else len(row["text"].value)
        item = found.setdefault(row["item"].value, _Matches(_KINDS[row["type"].value], length))
        item.frequency[needle] = max(item.frequency.get(needle, 0.0), float(count))
    return found


def _bm25(found: dict[str, _Matches], *, items: int, average: float) -> dict[str, float]:
    frequency: dict[str, int] = {}
    for matches in found.values():
        for term in matches.frequency:
            frequency[term] = frequency.get(term, 0) + 1
    idf = {t: math.log(1 + (items - df + 0.5) / (df + 0.5)) for t, df in frequency.items()}
    scores = {}
    for item, matches in found.items():
        norm = K1 * (1 - B + B * matches.length / max(average, 1.0))
        scores[item] = sum(idf[t] * tf * (K1 + 1) / (tf + norm) for t, tf in matches.frequency.items())
    return scores


def search(store: Queryable, text: str, *, kinds: Collection[SearchKind] = tuple(SearchKind), limit: int = 20,
           offset: int = 0) -> Results:
    """Items matching ``text``, best first: ``limit`` hits from ``offset`` on, and how many there are.

    Raises ``ValueError`` for a query without a word or a bad ``limit``/``offset``, and
    ``OSError`` when the store has no search index (loaded before there was one).
    """
    if limit < 1 or offset < 0:
        raise BadRequest(f"limit {limit}, offset {offset}: limit must be at least 1, offset at least 0")
    query = parse(text)
    stats = list(_select(store, _STATS))
    if not stats:
        raise OSError("the store has no search index: load the reports again (`uncac-kg load PATH`) "
                      "to build it")
    graph = stats[0]["graph"].value
    found = (_substrings if query.substring else _postings)(store, query, graph)
    scores = _bm25(found, items=int(stats[0]["n"].value), average=float(stats[0]["average"].value))
    scores = {item: score for item, score in scores.items() if found[item].kind in kinds}  # same score any kinds
    ranked = sorted(scores, key=lambda i: (-round(scores[i], 6), list(SearchKind).index(found[i].kind), i))
    page = ranked[offset:offset + limit]
    return Results(query, len(ranked), list(_hits(store, query, page, scores, found)))


def _hits(store: Queryable, query: Query, page: list[str], scores: dict[str, float],
          found: dict[str, _Matches]) -> Iterable[Hit]:
    if not page:
        return
    details: dict[str, dict[str, object]] = {}
    texts: dict[str, set[str]] = {}
    for row in _select(store, _DETAILS % " ".join(f"<{iri}>" for iri in page)):
        item = row["item"].value
        texts.setdefault(item, set()).add(row["text"].value)
        known = details.setdefault(item, {})
        for name in ("label", "number", "document"):
            if row[name] is not None and name not in known:
                known[name] = row[name].value
    pattern = _pattern(query.surfaces(), whole_words=not query.substring)
    for item in page:
        spans_by_text = [(text, [m.span() for m in pattern.finditer(fold(text))])
                         for text in sorted(texts.get(item, {""}))]
        text, spans = max(spans_by_text, key=lambda pair: len(pair[1]))  # the language that matched most
        snippet, highlights = _snippet(text, spans)
        known = details.get(item, {})
        number = known.get("number")
        yield Hit(item, found[item].kind, round(scores[item], 4), _str(known.get("document")),
                  int(str(number)) if number is not None else None, _str(known.get("label")),
                  snippet, tuple(highlights))


def _str(value: object) -> str | None:
    return None if value is None else str(value)


# --- snippets -----------------------------------------------------------------------------


def _pattern(surfaces: list[str], *, whole_words: bool) -> re.Pattern[str]:
    """Any of ``surfaces`` in a folded text; a Latin word only as a whole word, unless not ``whole_words``."""
    parts = []
    for surface in surfaces:
        escaped = re.escape(surface)
        whole = whole_words and not _CJK.search(surface)
        parts.append(rf"(?<![a-z0-9]){escaped}(?![a-z0-9])" if whole else escaped)
    return re.compile("|".join(parts))


def _snippet(text: str, spans: list[tuple[int, int]], *, width: int = SNIPPET_WIDTH,
             lead: int = SNIPPET_LEAD) -> tuple[str, list[tuple[int, int]]]:
    """The window of ``text`` with the most marked words, and their offsets in it."""
    if len(text) <= width:
        return text, spans
    best, start = -1, 0
    for anchor, _ in spans:
        begin = min(max(0, anchor - lead), len(text) - width)
        inside = sum(1 for s, e in spans if s >= begin and e <= begin + width)
        if inside > best:
            best, start = inside, begin
    end = start + width
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    kept = [(s + shift, e + shift) for s, e in spans if s >= start and e <= end]
    return prefix + text[start:end] + suffix, kept


def _mark(snippet: str, spans: Iterable[tuple[int, int]], before: str, after: str, *,
          escape: Callable[[str], str]) -> str:
    out, at = [], 0
    for start, end in spans:
        out += [escape(snippet[at:start]), before, escape(snippet[start:end]), after]
        at = end
    out.append(escape(snippet[at:]))
    return "".join(out)
