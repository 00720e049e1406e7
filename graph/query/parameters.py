"""Query parameters: ``--param VAR=VALUE`` on the command line, ``?VAR=VALUE`` in the API.

A value is written ``<…>`` for an IRI, ``"…"@zh`` or ``"…"^^<datatype>`` for a
literal as in N-Triples, as a whole number for an ``xsd:integer``, and as plain
text for a string.

A parameter keeps the rows whose variable has that value; an *input* parameter (``#
param: term (input)`` in a named query's header) is bound before the query runs instead.  For a ``SELECT``
query this is a filter around the query as written, so that it holds whatever
binds the variable (``OPTIONAL``, ``UNION``, ``BIND``) — unlike SEP-0007
substitution, which would report the value on rows that do not have it; the
variable must be one the query selects.  Other query forms get substitution.
"""

from __future__ import annotations

import re

from pyoxigraph import BlankNode, Literal, NamedNode, Triple, Variable

from ...errors import BadRequest
from ...ontology.vocabulary import XSD
from .lexing import pattern_start

Term = NamedNode | BlankNode | Literal | Triple

_VAR = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_TYPED = re.compile(r'^"(.*)"\^\^<([^<>"\s]+)>$', re.DOTALL)
_TAGGED = re.compile(r'^"(.*)"@([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)$', re.DOTALL)
_PROLOGUE = re.compile(
    r"\A(?:\s+|#[^\n]*(?:\n|\Z)|BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)*", re.IGNORECASE
)
_SELECT = re.compile(r"\ASELECT\b", re.IGNORECASE)


def term(value: str) -> NamedNode | Literal:
    """A parameter value as an RDF term (see the module docstring)."""
    if value.startswith("<") and value.endswith(">"):
        return NamedNode(value[1:-1])
    if typed := _TYPED.match(value):
        return Literal(typed.group(1), datatype=NamedNode(typed.group(2)))
    if tagged := _TAGGED.match(value):
        return Literal(tagged.group(1), language=tagged.group(2))
    if re.fullmatch(r"[+-]?\d+", value):
        return Literal(value, datatype=NamedNode(XSD + "integer"))
    return Literal(value)


def parse(params: list[str]) -> dict[Variable, Term]:
    """``["ordinal=8", "symbol=CAC/COSP/EG.1/2019/2"]`` → {?ordinal: 8, ?symbol: "…"}.

    Raises ``ValueError`` naming the malformed parameter.
    """
    bound: dict[Variable, Term] = {}
    for param in params:
        name, sep, value = param.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not _VAR.match(name):
            raise BadRequest(f"parameter {param!r}: expected VAR=VALUE with a SPARQL variable name")
        try:
            bound[Variable(name)] = term(value)
        except ValueError as error:
            raise BadRequest(f"parameter {param!r}: {error}") from error
    return bound



def split_prologue(text: str) -> tuple[str, str]:
    """(comments, BASE and PREFIX declarations; the query form and the rest)."""
    m = _PROLOGUE.match(text)
    end = m.end() if m else 0
    return text[:end], text[end:]


def is_select(text: str) -> bool:
    return bool(_SELECT.match(split_prologue(text)[1]))


def bind(text: str, params: dict[Variable, Term], *, variables: list[Variable]) -> str:
    """The SELECT query ``text`` keeping only the rows that have every parameter's value.

    ``variables`` are the query's result variables, in order (kept as they are).
    """
    prologue, body = split_prologue(text)
    tests = " && ".join(f"sameTerm(?{var.value}, {value})" for var, value in params.items())
    projection = " ".join(f"?{v.value}" for v in variables)
    return f"{prologue}SELECT {projection} WHERE {{\n{{\n{body}\n}}\nFILTER ({tests})\n}}"


def substitute(sparql: str, substitutions: dict[Variable, Term]) -> str:
    """``sparql`` with variables bound before its pattern runs (a ``VALUES`` block opening its
    ``WHERE`` group), as the embedded engine's substitutions do; ``ValueError`` if it has none."""
    at = pattern_start(sparql)
    if at is None:
        names = ", ".join(f"?{v.value}" for v in substitutions)
        raise ValueError(f"cannot bind {names}: the query has no WHERE group")
    names = " ".join(f"?{v.value}" for v in substitutions)
    values = " ".join(str(t) for t in substitutions.values())
    return f"{sparql[:at]} VALUES ({names}) {{ ({values}) }}\n{sparql[at:]}"
