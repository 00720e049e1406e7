"""The theme scheme (``ontology/themes.ttl``): what a recommendation asks for.

A SKOS scheme of seven broad themes and the narrow themes they hold
(``skos:broader``), each with Chinese labels (``skos:prefLabel``, ``skos:altLabel``,
``skos:hiddenLabel``; ``…`` in a label marks a gap, as in ``参与…网络``) and the
Convention articles or article paragraphs it concerns (``skos:related``).  The
loaders tag recommendations with the narrow themes; the reference graph carries the
scheme; queries reach the broad themes through ``skos:broader``.

The file is read once, on first use.  Its IRIs use the default base
(:data:`~.iris.DEFAULT_BASE`); :func:`quads` rewrites them to another base.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

from .iris import DEFAULT_BASE

PATH = Path(__file__).resolve().parent / "themes.ttl"
SCHEME = DEFAULT_BASE + "themes"
THEME = DEFAULT_BASE + "theme/"

_SKOS = "http://www.w3.org/2004/02/skos/core#"
_ARTICLE = re.compile(re.escape(DEFAULT_BASE) + r"convention/uncac/article/(\d+)(?:/paragraph/(\d+))?$")


@dataclass(frozen=True)
class ArticleRef:
    """An article of the Convention, or one of its paragraphs, that a theme concerns."""

    article: int
    paragraph: int | None = None


@dataclass(frozen=True)
class Label:
    text: str
    kind: str  # "pref", "alt" or "hidden"

    @property
    def is_pattern(self) -> bool:
        """Whether the label has gaps (``…``): a phrase pattern rather than a term."""
        return "…" in self.text


@dataclass(frozen=True)
class Theme:
    slug: str
    broader: str | None  # the broad theme's slug; None for a broad theme
    zh: str
    en: str
    labels: tuple[Label, ...]  # Chinese labels, the preferred label first
    related: tuple[ArticleRef, ...]

    @property
    def narrow(self) -> bool:
        return self.broader is not None

    def own_articles(self) -> set[int]:
        """The articles this theme concerns as a whole: related as an article, and none of
        their paragraphs named (a theme that names paragraphs concerns only those)."""
        named = {r.article for r in self.related if r.paragraph is not None}
        return {r.article for r in self.related if r.paragraph is None and r.article not in named}

    def paragraphs(self) -> set[tuple[int, int]]:
        return {(r.article, r.paragraph) for r in self.related if r.paragraph is not None}


@cache
def themes() -> dict[str, Theme]:
    """Every theme of the scheme, by slug, in the file's order."""
    by_subject: dict[str, dict[str, list[Literal | NamedNode]]] = {}
    for triple in parse(path=str(PATH), format=RdfFormat.TURTLE):
        subject = triple.subject
        if isinstance(subject, NamedNode) and subject.value.startswith(THEME):
            values = by_subject.setdefault(subject.value, {})
            obj = triple.object
            if isinstance(obj, Literal | NamedNode):
                values.setdefault(triple.predicate.value, []).append(obj)
    out: dict[str, Theme] = {}
    for iri, values in by_subject.items():
        def texts(name: str, lang: str, values: dict[str, list[Literal | NamedNode]] = values) -> list[str]:
            return [v.value for v in values.get(_SKOS + name, [])
                    if isinstance(v, Literal) and v.language == lang]

        broader = [v.value for v in values.get(_SKOS + "broader", []) if isinstance(v, NamedNode)]
        labels = [Label(t, "pref") for t in texts("prefLabel", "zh")]
        labels += [Label(t, "alt") for t in texts("altLabel", "zh")]
        labels += [Label(t, "hidden") for t in texts("hiddenLabel", "zh")]
        related = []
        for value in values.get(_SKOS + "related", []):
            if isinstance(value, NamedNode) and (m := _ARTICLE.match(value.value)):
                related.append(ArticleRef(int(m.group(1)), int(m.group(2)) if m.group(2) else None))
        slug = iri[len(THEME):]
        out[slug] = Theme(slug, broader[0][len(THEME):] if broader else None, texts("prefLabel", "zh")[0],
                          texts("prefLabel", "en")[0], tuple(labels), tuple(sorted(set(related), key=_order)))
    return out


def _order(ref: ArticleRef) -> tuple[int, int]:
    return (ref.article, ref.paragraph or 0)


def narrow() -> list[Theme]:
    return [t for t in themes().values() if t.narrow]


def quads(graph: NamedNode, base: str) -> list[Quad]:
    """The scheme as quads of ``graph``, its IRIs (themes, scheme, articles) under ``base``."""

    def rebase(term: object) -> object:
        if isinstance(term, NamedNode) and base != DEFAULT_BASE and term.value.startswith(DEFAULT_BASE):
            return NamedNode(base + term.value[len(DEFAULT_BASE):])
        return term

    return [Quad(rebase(t.subject), t.predicate, rebase(t.object), graph)  # type: ignore[arg-type]
            for t in parse(path=str(PATH), format=RdfFormat.TURTLE)]
