"""Readable, stable IRIs minted from identifiers under one base IRI.

The same report loaded twice yields the same IRIs: every IRI is a function
of identifiers found in the text (series, ordinal, symbol, paragraph number,
article number …), never of the file that holds it — a document is what it is
(the report of a meeting, in a language), so a copy under another file name is
the same document.  Only a document that names neither its meeting nor its
symbol falls back on its file name.

=====================  ===============================================
meeting                ``{base}meeting/eg1/8``
document               a meeting's report: ``{base}document/eg1/8/report/zh``;
                       another document: ``{base}document/CAC/COSP/EG.1/2020/2/zh``
                       (its symbol), else ``{base}document/eg1/9/note/zh``, else
                       ``{base}document/source/{file name}/zh``
UN document (cited)    ``{base}document/CAC/COSP/IRG/2019/3``
paragraph              ``{document}/para/13``
heading, footnote      ``{document}/heading/3``, ``{document}/footnote/1``
citation               ``{paragraph}/citation/{character offset}``
recommendation         ``{base}meeting/eg1/8/recommendation/a``
search index entry     ``{base}search/{word}/{count}``
resolution             ``{base}resolution/uncac-cosp/7-1`` (``…/para/27``)
article                ``{base}convention/uncac/article/46/paragraph/13/subparagraph/a``
theme                  ``{base}theme/mutual-legal-assistance`` (scheme: ``{base}themes``)
=====================  ===============================================
"""

from __future__ import annotations

import re
from urllib.parse import quote

from pyoxigraph import NamedNode

DEFAULT_BASE = "https://w3id.org/uncac-kg/id/"

_SLUG = re.compile(r"[\s.,'’()（）]+")


def check_base(base: str) -> str:
    """Return ``base`` if it can prefix IRIs (absolute, ending in / or #); else ValueError."""
    if not base.startswith(("http://", "https://", "urn:")) or not base.endswith(("/", "#")):
        raise ValueError(
            f"base IRI {base!r} must be absolute (http://, https:// or urn:) and end with / or #"
        )
    NamedNode(base)  # raises ValueError for characters an IRI may not hold
    return base


#: Where the server answers for the IRIs it mints: ``{base}meeting/eg1/8`` at ``/id/meeting/eg1/8``.
PAGES = "/id/"


def page_path(iri: str | None, base: str) -> str | None:
    """The path of ``iri``'s page on this server; ``None`` for an IRI outside ``base``."""
    return PAGES + iri[len(base):] if iri and iri.startswith(base) and len(iri) > len(base) else None


def _safe(part: str) -> str:
    return quote(part, safe="-._~")


class Iris:
    """IRI factory for one base IRI."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = check_base(base)

    def _iri(self, path: str) -> NamedNode:
        return NamedNode(self.base + path)

    def series(self, key: str) -> NamedNode:
        return self._iri(f"series/{key}")

    def meeting(self, series: str, ordinal: int) -> NamedNode:
        return self._iri(f"meeting/{series}/{ordinal}")

    def document(self, *, symbol: str | None, source: str, language: str,
                 meeting: tuple[str, int] | None = None, kind: str | None = None) -> NamedNode:
        """The document's IRI, from what it is (see the module docstring): a meeting has one
        report in each language; other documents are told apart by their symbol."""
        if meeting is not None and kind == "report":
            return self._iri(f"document/{_safe(meeting[0])}/{meeting[1]}/report/{_safe(language)}")
        if symbol:
            path = "/".join(_safe(p) for p in symbol.split("/"))
            return self._iri(f"document/{path}/{_safe(language)}")
        if meeting is not None and kind:
            return self._iri(f"document/{_safe(meeting[0])}/{meeting[1]}/{_safe(kind)}/{_safe(language)}")
        return self._iri(f"document/source/{_safe(source)}/{_safe(language)}")

    def un_document(self, symbol: str) -> NamedNode:
        return self._iri("document/" + "/".join(_safe(p) for p in symbol.split("/")))

    @staticmethod
    def part(parent: NamedNode, *path: object) -> NamedNode:
        return NamedNode(parent.value + "/" + "/".join(_safe(str(p)) for p in path))

    def recommendation(self, series: str, ordinal: int, label: str) -> NamedNode:
        return self._iri(f"meeting/{series}/{ordinal}/recommendation/{_safe(label)}")

    def proposal(self, series: str, ordinal: int, label: str) -> NamedNode:
        """A proposal States parties made during a meeting (not agreed by it)."""
        return self._iri(f"meeting/{series}/{ordinal}/proposal/{_safe(label)}")

    def suggestion(self, series: str, ordinal: int, label: str) -> NamedNode:
        return self._iri(f"meeting/{series}/{ordinal}/suggestion/{_safe(label)}")

    def thread(self, key: str) -> NamedNode:
        return self._iri(f"thread/{_safe(key)}")

    def convention(self, code: str) -> NamedNode:
        return self._iri(f"convention/{code.lower()}")

    def body(self, key: str) -> NamedNode:
        return self._iri(f"body/{key}")

    def resolution(self, body: str, number: str) -> NamedNode:
        return self._iri(f"resolution/{body}/{number.replace('/', '-')}")

    def state(self, iso3: str) -> NamedNode:
        return self._iri(f"state/{iso3.lower()}")

    def territory(self, iso2: str) -> NamedNode:
        return self._iri(f"territory/{iso2.lower()}")

    def organization(self, key: str) -> NamedNode:
        return self._iri(f"organization/{_safe(key)}")

    def named_entity(self, name: str) -> NamedNode:
        """An organisation or entity the reference tables do not know, by its name as written."""
        return self._iri(f"entity/{_safe(name)}")

    def person(self, name: str) -> NamedNode:
        slug = "-".join(part for part in _SLUG.split(name.lower()) if part)
        return self._iri(f"person/{_safe(slug)}")

    def directory_observation(self, as_of: str, category: str) -> NamedNode:
        return self._iri(f"directory/{as_of}/{category}")

    def other_meeting(self, body: str, key: str) -> NamedNode:
        return self._iri(f"meeting/{body}/{_safe(key)}")

    def posting(self, word: str, count: int) -> NamedNode:
        """The entry of the search index for the items that use ``word`` ``count`` times."""
        return self._iri(f"search/{_safe(word)}/{count}")

    def theme(self, slug: str) -> NamedNode:
        """A theme of the theme scheme (``ontology/themes.ttl``), by its slug."""
        return self._iri(f"theme/{_safe(slug)}")

    def theme_scheme(self) -> NamedNode:
        return self._iri("themes")

    def graph(self, name: str) -> NamedNode:
        """A named graph the project derives (``reference``, ``threads`` …)."""
        return self._iri(f"graph/{name}")

    def article(
        self, convention: str, article: int, paragraph: int | None = None,
        subparagraph: str | None = None,
    ) -> NamedNode:
        path = f"convention/{convention.lower()}/article/{article}"
        if paragraph is not None:
            path += f"/paragraph/{paragraph}"
        if subparagraph is not None:
            path += f"/subparagraph/{_safe(subparagraph)}"
        return self._iri(path)
