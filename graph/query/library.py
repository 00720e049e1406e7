"""The query library: the SPARQL files in ``sparql/``, one question each.

A file opens with a comment header::

    # title: Meetings
    # description: One row per expert meeting: ordinal, dates and venue.
    # param: ordinal — only this meeting (optional)

Parameters (:mod:`.parameters`) restrict any result variable of a query.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import NotFound

#: Where the named queries live (``sparql/`` at the top of the project).
LIBRARY = Path(__file__).resolve().parents[2] / "sparql"

_HEADER = re.compile(r"^#\s*(title|description|param)\s*:\s*(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Parameter:
    name: str
    description: str
    input: bool = False  # bound before the query runs (``# param: term (input) — …``)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    text: str
    parameters: tuple[Parameter, ...] = field(default=())

    @property
    def inputs(self) -> set[str]:
        """Parameters bound before the query runs, rather than filtering its rows."""
        return {p.name for p in self.parameters if p.input}


def parse(name: str, text: str) -> NamedQuery:
    title, description, params = name, "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if not match:
            continue
        key, value = match.group(1).lower(), match.group(2).strip()
        if key == "title":
            title = value
        elif key == "description":
            description = f"{description} {value}".strip()
        else:
            parts = re.split(r"\s+[—–-]+\s+", value, maxsplit=1)
            pname = parts[0].strip()
            pdesc = parts[1].strip() if len(parts) > 1 else ""
            is_input = pname.endswith("(input)")
            params.append(Parameter(pname.removesuffix("(input)").strip(), pdesc, is_input))
    return NamedQuery(name, title, description, text, tuple(params))


def library(folder: Path = LIBRARY) -> dict[str, NamedQuery]:
    """Every named query, by name (the file stem).

    Read again only when a file of the folder is added, removed or changed (a stat per file,
    not a read and parse per file, on every request that names a query)."""
    paths = sorted(folder.glob("*.rq"))
    return dict(_read(tuple((path, path.stat().st_mtime_ns, path.stat().st_size) for path in paths)))


@functools.lru_cache(maxsize=8)
def _read(files: tuple[tuple[Path, int, int], ...]) -> tuple[tuple[str, NamedQuery], ...]:
    return tuple((path.stem, parse(path.stem, path.read_text(encoding="utf-8"))) for path, _, _ in files)


def resolve(spec: str, *, stdin_text: str | None = None, folder: Path = LIBRARY) -> NamedQuery:
    """A query given as a library name, a ``.rq`` file, or ``-`` (standard input).

    Raises ``LookupError`` for an unknown name and ``OSError`` for an unreadable file.
    """
    if spec == "-":
        return parse("stdin", stdin_text or "")
    path = Path(spec)
    if spec.endswith(".rq") or path.is_file() or "/" in spec:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise OSError(f"query file {spec}: not UTF-8 text") from error
        except OSError as error:
            raise OSError(f"query file {spec}: {error.strerror or error}") from error
        return parse(path.stem, text)
    queries = library(folder)
    if spec not in queries:
        known = ", ".join(queries) or "none"
        raise NotFound(f"unknown query {spec!r} (named queries: {known})")
    return queries[spec]
