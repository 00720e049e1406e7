"""Trace how a recommendation recurs across meetings.

Every recommendation (and every concluding suggestion of a Secretariat note)
becomes a TF-IDF vector over its words — jieba with the project's glossary, so
司法协助 or 国家主管机关名录 count as one word — and its character bigrams, which
tolerate rewording.  Similar pairs are found with a sparse matrix product
restricted to informative features (a blocking step: no pair-by-pair Python
loop), then scored exactly.

Words miss the same demand in other words, so the items' themes (the narrow themes
of ``ontology/themes.ttl`` they are tagged with, see
:mod:`uncac_kg.loaders.recognisers.themes`) count too.  A later item may be linked to
an item of an earlier meeting that

* is similar enough in words (cosine similarity at least the threshold) — a
  *textual* link — unless both have specific themes and share none (they ask for
  different things in similar words); or
* asks for the same thing — a *thematic* link: the same specific themes (whoever is
  asked: States to take part in the meetings, the Secretariat to promote experts'
  participation), or at least two shared specific themes making up half of their
  themes, asked of the same addressees — when their words still overlap
  (:data:`THEME_SIMILARITY` of the threshold).

Specific themes are the narrow themes other than the forms of cooperation
(extradition, mutual legal assistance …): a shared form, like a shared broad theme,
is too unspecific to make a link.  Among the candidates, word similarity ranks: the
item is linked to the most similar one.  Each link records the evidence that made it
(its kind, the shared themes, the shared words).  Linked items form a thread, ordered
by meeting date, with the wording change between consecutive members.
``method="words"`` gives the word-only method of before, for comparison.

Threads are recomputed from the whole store after every load, deterministically,
and written to their own named graph (``{base}graph/threads``), apart from the
facts extracted from documents.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any
from typing import Literal as Choice

from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions

from ...loaders.facts import Place, PlaceKind, Recommendation, Span
from ...loaders.recognisers import addressees as addressing
from ...loaders.recognisers import themes as tagging
from ...ontology import themes as scheme
from ...ontology.iris import Iris
from ...ontology.vocabulary import XSD, C, P
from ..store.embedded import GraphStore
from . import DEFAULT_THRESHOLD  # (the default similarity threshold: defined there, used here)
from .words import Cuts, all_words, domain_terms, words

#: Weight of character bigrams against words in the vectors.
BIGRAM_WEIGHT = 0.5
#: How much more a domain term (司法协助, 法律依据, 直接沟通 …) counts than another word.
DOMAIN_WEIGHT = 4
#: A thematic link needs this fraction of the threshold in word similarity: some words in common.
THEME_SIMILARITY = 1 / 3
#: How links are made: with the themes (the default), or with the words only (as before themes).
Method = Choice["themes", "words"]

_ITEMS = """
SELECT ?item ?kind ?ordinal ?start ?label ?text (GROUP_CONCAT(DISTINCT ?theme; separator=" ") AS ?themes) WHERE {
  {
    SELECT DISTINCT ?item ?kind ?ordinal ?start ?label ?text WHERE {
      { ?item a ukg:Recommendation ; ukg:agreedAt ?meeting . BIND ("recommendation" AS ?kind) }
      UNION
      { ?item a ukg:Proposal ; ukg:proposedAt ?meeting . BIND ("proposal" AS ?kind) }
      UNION
      { ?item a ukg:Suggestion ; ukg:suggestedFor ?meeting . BIND ("suggestion" AS ?kind) }
      ?item ukg:label ?label ; ukg:text ?text .
      ?meeting ukg:ordinal ?ordinal .
      OPTIONAL { ?meeting schema:startDate ?start }
    }
  }
  OPTIONAL { ?item ukg:theme/skos:notation ?theme }
} GROUP BY ?item ?kind ?ordinal ?start ?label ?text
"""
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True)
class Item:
    iri: str
    kind: str
    ordinal: int
    date: str  # the meeting's start date (ISO), "" when unknown
    label: str
    text: str
    themes: frozenset[str] = frozenset()  # the narrow themes it is tagged with (slugs)

    @property
    def order(self) -> tuple[str, int, str]:
        return (self.date or f"~{self.ordinal:04d}", self.ordinal, self.label.zfill(4))


@dataclass(frozen=True)
class Link:
    earlier: Item
    later: Item
    score: float
    shared: tuple[str, ...]  # key words both use, most weighty first
    themes: tuple[str, ...] = ()  # specific themes both have
    kind: str = "textual"  # "textual" (similar words) or "thematic" (the same demand, by its themes)


@dataclass
class Thread:
    members: list[Item]
    links: list[Link] = field(default_factory=list)

    @property
    def key(self) -> str:
        first = self.members[0]
        return f"{first.ordinal}-{first.label}"

    @property
    def meetings(self) -> list[int]:
        return sorted({m.ordinal for m in self.members}, key=lambda o: next(
            m.order for m in self.members if m.ordinal == o))


def items(store: GraphStore) -> list[Item]:
    result = store.query(_ITEMS)
    assert isinstance(result, QuerySolutions)
    found = [Item(row["item"].value, row["kind"].value, int(row["ordinal"].value),
                  row["start"].value if row["start"] is not None else "", row["label"].value, row["text"].value,
                  frozenset(row["themes"].value.split()) if row["themes"] is not None else frozenset())
             for row in result]
    unique = {item.iri: item for item in found}  # one text per item (the first language)
    return sorted(unique.values(), key=lambda i: i.order)


def themed(found: Iterable[Item]) -> list[Item]:
    """Items not read from a store, tagged with the themes their texts show (the tagger's
    terms and phrase patterns; a store's items carry their tags, article links included)."""
    return [replace(item, themes=frozenset(e.theme for e in tagging.in_text(item.text))) for item in found]


# --- themes and addressees ---------------------------------------------------------


@cache
def _specific() -> frozenset[str]:
    return frozenset(t.slug for t in scheme.narrow() if t.broader != tagging.FORMS)


def specific(themes: Iterable[str]) -> frozenset[str]:
    """The specific themes among ``themes``: narrow themes other than the forms of
    cooperation (a shared form, like a shared broad theme, never makes a link)."""
    return frozenset(themes) & _specific()


@lru_cache(maxsize=1 << 14)
def addressees(text: str) -> frozenset[str]:
    """Who an item asks to act (``states-parties``, ``secretariat`` …), read from its text
    as the recommendations' addressees are."""
    span = Span(Place(PlaceKind.PARAGRAPH, "0"), 0, len(text), text)
    return frozenset(addressing.addressees([Recommendation("", text, span)])[""])


def same_demand(a: frozenset[str], b: frozenset[str], *, same_addressees: bool) -> bool:
    """Whether two items with specific themes ``a`` and ``b`` ask for the same thing: the
    same themes (whoever is asked), or, asked of the same addressees, at least two shared
    themes that make up half of their themes."""
    shared = a & b
    if not shared:
        return False
    if a == b:
        return True
    return same_addressees and len(shared) >= 2 and 2 * len(shared) >= len(a | b)


# --- vectors ---------------------------------------------------------------------


#: Who is asked to act is not what is asked: actor words and the boilerplate of requests
#: are left out of the comparison (a demand recurs whether States or the Secretariat are asked).
ACTORS = re.compile(
    r"缔约国会议|缔约国|秘书处|毒品和犯罪问题办公室|专家会议|"
    r"似宜|不妨|特别是|鼓励|请|应当|应|继续|努力|考虑|确保|进一步|加强"
)


def without_actors(text: str) -> str:
    """The text the vectors are made of: who is asked to act left out (:data:`ACTORS`)."""
    return ACTORS.sub("，", text)


def to_cut(document: Iterable[Quad]) -> set[str]:
    """The strings :func:`links` and :func:`quads` may cut for the recommendations and
    suggestions of one document's quads, to be cut beforehand: each text, and its content
    (the text without its actors) for the vectors."""
    typed: set[object] = set()
    found: dict[object, list[str]] = {}
    for quad in document:
        if quad.predicate == P.type and quad.object in (C.Recommendation, C.Suggestion):
            typed.add(quad.subject)
        elif quad.predicate == P.text and isinstance(quad.object, Literal):
            found.setdefault(quad.subject, []).append(quad.object.value)
    texts = {text for item, values in found.items() if item in typed for text in values}
    return texts | {without_actors(text) for text in texts}


def features(text: str, *, cuts: Cuts | None = None) -> Counter[str]:
    """Words (``w:`` …) and character bigrams (``b:`` …) of a text, counted; domain terms
    (the glossary's) count double."""
    content = without_actors(text)
    counts: Counter[str] = Counter()
    for word in words(content, cuts=cuts):
        counts[f"w:{word}"] += DOMAIN_WEIGHT if word in domain_terms() else 1
    for run in _CJK_RUN.findall(content):
        counts.update(f"b:{run[i:i + 2]}" for i in range(len(run) - 1))
    return counts


def vectorise(texts: Sequence[str], *, cuts: Cuts | None = None) -> tuple[Any, list[str]]:
    """TF-IDF rows (scipy CSR, L2-normalised) and the feature of every column."""
    import numpy as np
    from scipy import sparse

    counted = [features(t, cuts=cuts) for t in texts]
    vocabulary: dict[str, int] = {}
    document_frequency: Counter[str] = Counter()
    for counts in counted:
        document_frequency.update(counts.keys())
    for name in sorted(document_frequency):
        vocabulary[name] = len(vocabulary)
    n = len(texts)
    rows, cols, values = [], [], []
    for row, counts in enumerate(counted):
        for name, count in counts.items():
            idf = math.log((n + 1) / (document_frequency[name] + 1)) + 1
            weight = BIGRAM_WEIGHT if name.startswith("b:") else 1.0
            rows.append(row)
            cols.append(vocabulary[name])
            values.append(weight * (1 + math.log(count)) * idf)
    matrix = sparse.csr_matrix((np.array(values), (np.array(rows), np.array(cols))),
                               shape=(n, len(vocabulary)))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1))).ravel()
    norms[norms == 0] = 1.0
    matrix = sparse.diags(1 / norms) @ matrix
    return matrix.tocsr(), sorted(vocabulary, key=vocabulary.__getitem__)


def _candidates(rough: Any, meeting: Any, *, threshold: float, k: int) -> tuple[Any, Any]:
    """(earlier rows, later rows): for each row of the rough similarity product ``rough``, its
    ``k`` most similar earlier rows of other meetings reaching half ``threshold``."""
    import numpy as np

    later_rows, earlier_rows = [np.array([], dtype=int)], [np.array([], dtype=int)]
    for row in range(rough.shape[0]):
        start, end = rough.indptr[row], rough.indptr[row + 1]
        cols, values = rough.indices[start:end], rough.data[start:end]
        keep = (cols < row) & (meeting[cols] != meeting[row]) & (values >= threshold * 0.5)
        cols, values = cols[keep], values[keep]
        if len(cols) > k:
            cols = cols[np.argpartition(-values, k)[:k]]
        later_rows.append(np.full(len(cols), row))
        earlier_rows.append(cols)
    return np.concatenate(earlier_rows), np.concatenate(later_rows)


def nearest_earlier(matrix: Any, meetings: Sequence[int], *, threshold: float,
                    k: int = 10) -> list[tuple[int, int, float]]:
    """For each row (rows sorted by meeting date), its most similar earlier row of another
    meeting, when the cosine similarity reaches ``threshold``: (earlier, later, score).

    Blocking: the sparse product is taken over the informative columns only (those in
    at most 10% of the rows, never fewer than 50), which keeps it sparse at ten thousand
    rows; each row's ``k`` best candidates are then scored exactly on all columns.
    """
    import numpy as np

    n = matrix.shape[0]
    if n < 2:
        return []
    meeting = np.asarray(meetings)
    df = np.diff(matrix.tocsc().indptr)
    informative = np.flatnonzero(df <= max(50, n // 10))
    blocked = matrix[:, informative]
    rough = (blocked @ blocked.T).tocsr()
    earlier, later = _candidates(rough, meeting, threshold=threshold, k=k)
    if len(later) == 0:
        return []
    exact = np.asarray(matrix[later].multiply(matrix[earlier]).sum(axis=1)).ravel().round(6)
    # The best candidate of each later row: highest score, then the most recent earlier row.
    order = np.lexsort((earlier, exact, later))
    last_of_row = np.r_[later[order][1:] != later[order][:-1], True]
    best = order[last_of_row]
    return [(int(earlier[i]), int(later[i]), float(exact[i])) for i in best if exact[i] >= threshold]


# --- links and threads ----------------------------------------------------------


def links(found: list[Item], *, threshold: float = DEFAULT_THRESHOLD, cuts: Cuts | None = None,
          method: Method = "themes") -> list[Link]:
    """Each item linked to its most similar candidate of an earlier meeting (see the module
    docstring for the candidates); ``method="words"`` takes only the words into account.

    ``found`` must be sorted by meeting date (as :func:`items` returns them).
    """
    if not found:
        return []
    matrix, names = vectorise([i.text for i in found], cuts=cuts)
    meetings = [i.ordinal for i in found]
    if method == "words":
        pairs = [(a, b, score, "textual") for a, b, score in nearest_earlier(matrix, meetings, threshold=threshold)]
    else:
        pairs = _themed_pairs(found, matrix, meetings, threshold=threshold)
    out = [Link(found[a], found[b], round(score, 4), _shared(matrix, names, a, b),
                tuple(sorted(specific(found[a].themes) & specific(found[b].themes))), kind)
           for a, b, score, kind in pairs]
    return sorted(out, key=lambda link: (link.later.order, link.earlier.order))


def _themed_pairs(found: list[Item], matrix: Any, meetings: Sequence[int], *,
                  threshold: float) -> list[tuple[int, int, float, str]]:
    """(earlier, later, score, kind) for each later row's best candidate (see the module
    docstring).  Candidates are the rows :func:`candidates` proposes: the most similar
    rows by the informative words, and those among them sharing a specific theme."""
    import numpy as np

    themes = [specific(item.themes) for item in found]
    earlier, later = candidates(matrix, meetings, threshold=threshold * THEME_SIMILARITY, themes=themes)
    if len(later) == 0:
        return []
    exact = np.asarray(matrix[later].multiply(matrix[earlier]).sum(axis=1)).ravel().round(6)
    best: dict[int, tuple[tuple[float, int], str]] = {}
    for a, b, score in zip(earlier.tolist(), later.tolist(), exact.tolist(), strict=True):
        kind = _kind(found[a], found[b], themes[a], themes[b], score, threshold)
        if kind is None:
            continue
        rank = (score, a)  # the most similar; then the most recent earlier row
        if b not in best or rank > best[b][0]:
            best[b] = (rank, kind)
    return [(a, b, score, kind) for b, ((score, a), kind) in sorted(best.items())]


def _kind(a: Item, b: Item, themes_a: frozenset[str], themes_b: frozenset[str], score: float,
          threshold: float) -> str | None:
    """``textual``, ``thematic`` or ``None``: how (whether) ``b`` may be linked to ``a``."""
    if score >= threshold:
        contradicted = themes_a and themes_b and not themes_a & themes_b
        return None if contradicted else "textual"
    if score < threshold * THEME_SIMILARITY or not themes_a & themes_b:
        return None
    same = addressees(a.text) == addressees(b.text)
    return "thematic" if same_demand(themes_a, themes_b, same_addressees=same) else None


def candidates(matrix: Any, meetings: Sequence[int], *, threshold: float, themes: Sequence[frozenset[str]],
               k: int = 10) -> tuple[Any, Any]:
    """Candidate pairs (earlier rows, later rows) for the rows sorted by meeting date: for
    each row, the ``k`` earlier rows of other meetings most similar by the informative
    columns (as :func:`nearest_earlier` blocks), and the ``k`` most similar of those that
    share a specific theme with it, when that rough similarity reaches half ``threshold``."""
    import numpy as np
    from scipy import sparse

    n = matrix.shape[0]
    if n < 2:
        return np.array([], dtype=int), np.array([], dtype=int)
    meeting = np.asarray(meetings)
    df = np.diff(matrix.tocsc().indptr)
    informative = np.flatnonzero(df <= max(50, n // 10))
    blocked = matrix[:, informative]
    rough = (blocked @ blocked.T).tocsr()
    slugs = sorted({t for row in themes for t in row})
    bit = {t: 1 << c for c, t in enumerate(slugs[:63])}  # one bit per theme (the scheme has fewer)
    masks = np.array([sum(bit.get(t, 0) for t in row) for row in themes], dtype=np.uint64)
    coo = rough.tocoo()
    share = (masks[coo.row] & masks[coo.col]) != 0  # pairs of the rough product that share a theme
    sharing = sparse.csr_matrix((coo.data[share], (coo.row[share], coo.col[share])), shape=rough.shape)
    found = [_candidates(source, meeting, threshold=threshold, k=k) for source in (rough, sharing)]
    pairs = np.unique(np.stack([np.concatenate([e for e, _ in found]), np.concatenate([lt for _, lt in found])]),
                      axis=1)
    return pairs[0].astype(int), pairs[1].astype(int)


def _shared(matrix: Any, names: list[str], a: int, b: int, *, top: int = 6) -> tuple[str, ...]:
    product = matrix[a].multiply(matrix[b]).tocoo()
    ranked = sorted(((v, names[c]) for c, v in zip(product.col, product.data, strict=True)
                     if names[c].startswith("w:")), reverse=True)
    return tuple(name[2:] for _, name in ranked[:top])


def threads(found: list[Item], found_links: list[Link]) -> list[Thread]:
    """Connected items, each group ordered by meeting date; only groups spanning meetings."""
    parent = {item.iri: item.iri for item in found}

    def root(iri: str) -> str:
        while parent[iri] != iri:
            parent[iri] = parent[parent[iri]]
            iri = parent[iri]
        return iri

    for link in found_links:
        a, b = root(link.earlier.iri), root(link.later.iri)
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[str, list[Item]] = {}
    for item in found:
        groups.setdefault(root(item.iri), []).append(item)
    out = []
    for members in groups.values():
        if len({m.ordinal for m in members}) < 2:
            continue
        members.sort(key=lambda m: m.order)
        iris = {m.iri for m in members}
        out.append(Thread(members, [link for link in found_links if link.later.iri in iris]))
    return sorted(out, key=lambda t: t.members[0].order)


def diff(earlier: str, later: str, *, cuts: Cuts | None = None) -> tuple[list[str], list[str]]:
    """Words added and removed from one wording to the next."""
    a, b = all_words(earlier, cuts=cuts), all_words(later, cuts=cuts)
    added: list[str] = []
    removed: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag in ("replace", "delete"):
            removed += a[i1:i2]
        if tag in ("replace", "insert"):
            added += b[j1:j2]
    return added, removed


# --- RDF ------------------------------------------------------------------------------


def graph_name(iris: Iris) -> NamedNode:
    return iris.graph("threads")


def quads(found_threads: list[Thread], iris: Iris, *, threshold: float, cuts: Cuts | None = None) -> list[Quad]:
    graph = graph_name(iris)
    out: dict[Quad, None] = {}

    def add(s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        out[Quad(s, p, o, graph)] = None

    add(graph, P.description, Literal(f"Recurrence threads at similarity threshold {threshold}, with the items' "
                                      "themes (textual and thematic links)", language="en"))
    for thread in found_threads:
        node = iris.thread(thread.key)
        add(node, P.type, C.Thread)
        meetings = thread.meetings
        add(node, P.meeting_count, Literal(str(len(meetings)), datatype=NamedNode(XSD + "integer")))
        add(node, P.first_seen, iris.meeting("eg1", meetings[0]))
        add(node, P.last_seen, iris.meeting("eg1", meetings[-1]))
        add(node, P.label, Literal(thread.members[0].text[:60], language="zh"))
        for member in thread.members:
            add(node, P.member, NamedNode(member.iri))
            add(NamedNode(member.iri), P.thread, node)
        for link in thread.links:
            rec = Iris.part(node, "recurrence", f"{link.earlier.ordinal}-{link.earlier.label}",
                            f"{link.later.ordinal}-{link.later.label}")
            add(rec, P.type, C.Recurrence)
            add(rec, P.thread, node)
            add(rec, P.earlier, NamedNode(link.earlier.iri))
            add(rec, P.later, NamedNode(link.later.iri))
            add(rec, P.score, Literal(f"{link.score:.4f}", datatype=NamedNode(XSD + "decimal")))
            add(rec, P.link_kind, Literal(link.kind))
            for term in link.shared:
                add(rec, P.shared_term, Literal(term, language="zh"))
            for theme in link.themes:
                add(rec, P.shared_theme, iris.theme(theme))
            added, removed = diff(link.earlier.text, link.later.text, cuts=cuts)
            add(rec, P.added, Literal(" ".join(added), language="zh"))
            add(rec, P.removed, Literal(" ".join(removed), language="zh"))
    return list(out)


@dataclass(frozen=True)
class Summary:
    items: int
    links: int
    threads: int
