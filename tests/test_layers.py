"""The layers the docs state (docs/pipeline.md), checked on every import of the package:
``text`` ← ``ontology`` ← ``loaders`` ← ``graph`` ← the top (``api``, the CLI, the server,
the settings), and inside ``graph`` ``query`` ← ``store`` ← ``derived`` ← ``ingest`` ←
``read`` ← ``output``.  A module may import from its own room or a lower one, never a higher one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from helpers import ROOT

PACKAGE = "uncac_kg"
#: Rooms from the bottom up; a module belongs to the longest prefix that names a room.
ROOMS = [
    "errors", "text", "ontology",
    "loaders",
    "graph", "graph.query", "graph.store", "graph.derived", "graph.ingest", "graph.read", "graph.output",
    "settings", "api", "server", "cli", "__main__",
]
_NOT_CODE = {"tests", "bench", "docs", "build", ".venv", ".ci", "data", "sparql"}


def modules() -> dict[str, Path]:
    found = {}
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if relative.parts[0] in _NOT_CODE or any(part.startswith(".") for part in relative.parts):
            continue
        parts = list(relative.with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def room(module: str) -> int | None:
    """The rank of the room ``module`` (without the package prefix) is in; None: the package itself."""
    best = None
    for rank, name in enumerate(ROOMS):
        if (module == name or module.startswith(name + ".")) and (best is None or len(name) > len(ROOMS[best])):
            best = rank
    return best


def imports(module: str, path: Path) -> list[tuple[int, str]]:
    """(line, imported module without the package prefix) of every import of the package's own modules."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            elif node.module and (node.module == PACKAGE or node.module.startswith(PACKAGE + ".")):
                target = node.module.removeprefix(PACKAGE).lstrip(".")
            else:
                continue
            names = [f"{target}.{a.name}".lstrip(".") for a in node.names]
            out += [(node.lineno, name if name in MODULES else target) for name in names]
        elif isinstance(node, ast.Import):
            out += [(node.lineno, a.name.removeprefix(PACKAGE).lstrip(".")) for a in node.names
                    if a.name.startswith(PACKAGE + ".")]
    return out


MODULES = modules()


def test_the_rooms_cover_every_module() -> None:
    assert len(MODULES) > 50
    assert [m for m in MODULES if m and room(m) is None] == []


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m))
def test_no_import_goes_up(module: str) -> None:
    mine = room(module)
    assert mine is not None
    upward = [f"{MODULES[module].relative_to(ROOT)}:{line} imports {target}"
              for line, target in imports(module, MODULES[module])
              if target and (theirs := room(target)) is not None and theirs > mine]
    assert upward == []


def test_the_checker_sees_an_upward_import(tmp_path: Path) -> None:
    fake = tmp_path / "x.py"
    fake.write_text("from ..graph.read import browse\nfrom uncac_kg.api import app\nfrom . import rdf\n")
    found = dict((target, line) for line, target in imports("ontology.x", fake))
    assert set(found) == {"graph.read.browse", "api.app", "ontology.rdf"}
    assert room("graph.read.browse") > room("ontology.x")  # type: ignore[operator]
