"""Executable docs: the examples and command list of the README and docs/, and the CLI help."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from uncac_kg.cli import build_parser

from helpers import DOCUMENTS, ROOT, disk_store

README = (ROOT / "README.md").read_text(encoding="utf-8")
CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
CONSOLE = re.compile(r"```console\n(.*?)```", re.DOTALL)


def examples() -> list[tuple[list[str], str | None, str]]:
    """(arguments, standard input, expected output) of every console block of the docs."""
    out = []
    blocks = [block for path in DOCUMENTS for block in CONSOLE.findall(path.read_text(encoding="utf-8"))]
    for block in blocks:
        lines = block.splitlines()
        command = lines[0].removeprefix("$ ")
        stdin = None
        rest = lines[1:]
        if "<<'EOF'" in command:
            command = command.replace("<<'EOF'", "").strip()
            end = rest.index("EOF")
            stdin, rest = "\n".join(rest[:end]) + "\n", rest[end + 1 :]
        args = shlex.split(command)
        assert args[0] == "uncac-kg", command
        out.append((args[1:], stdin, "\n".join(rest)))
    return out


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled reports on disk, as `uncac-kg load data/reports` leaves them."""
    return disk_store(tmp_path_factory.mktemp("readme") / "store")


def test_the_readme_has_examples() -> None:
    assert len(CONSOLE.findall(README)) >= 5


def test_the_readme_is_a_front_door() -> None:
    """Under 250 lines, linking every chapter of docs/ (and every link leads somewhere)."""
    assert len(README.splitlines()) < 250
    for path in DOCUMENTS[1:]:
        assert f"(docs/{path.name})" in README, path.name
    for document in DOCUMENTS:
        for target in re.findall(r"\]\(([^)#]+)\)", document.read_text(encoding="utf-8")):
            if not target.startswith(("http://", "https://")):
                assert (document.parent / target).exists(), f"{document.name}: {target}"


@pytest.mark.slow
@pytest.mark.parametrize(("args", "stdin", "expected"), examples(), ids=lambda v: str(v)[:40])
def test_readme_example(store: Path, args: list[str], stdin: str | None, expected: str) -> None:
    env = dict(os.environ, UNCAC_KG_STORE=str(store))
    result = subprocess.run([sys.executable, "-m", "uncac_kg", *args], input=stdin, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr

    def lines(text: str) -> list[str]:
        return [line.rstrip() for line in text.replace("\r\n", "\n").strip().splitlines()]

    assert lines(result.stdout) == lines(expected)


def test_readme_lists_every_command() -> None:
    parser = build_parser()
    commands = set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    section = CLI_DOC.split("```", 2)[1]
    listed = set(re.findall(r"^  ([a-z]+)\b", section, re.MULTILINE))
    assert listed == commands


@pytest.mark.slow
@pytest.mark.parametrize("command", ["load", "query", "queries", "serve", "dump", "stats"])
def test_cli_help(command: str) -> None:
    result = subprocess.run([sys.executable, "-m", "uncac_kg", command, "--help"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith(f"usage: uncac-kg {command}")


def test_readme_names_every_runtime_dependency() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    section = README.split("## Dependencies", 1)[1]
    for requirement in project["dependencies"]:
        name = re.split(r"[<>=!~\[ ]", requirement, maxsplit=1)[0]
        assert f"**{name}**" in section, name


def test_the_model_diagram_is_drawn_from_the_current_ontology() -> None:
    from uncac_kg.ontology.diagram import dot

    assert (ROOT / "docs" / "model.dot").read_text(encoding="utf-8") == dot()
    assert (ROOT / "docs" / "model.png").stat().st_size > 10_000


def test_the_view_pictures_are_there() -> None:
    for name in ("citations.png", "recurrence.png"):
        assert (ROOT / "docs" / name).stat().st_size > 10_000
        assert f"]({name})" in (ROOT / "docs" / "views.md").read_text(encoding="utf-8")


def test_the_page_pictures_are_there() -> None:
    """The meeting and recommendation pages as a browser shows them (``python docs/screenshots.py``)."""
    for name in ("meeting-page.png", "recommendation-page.png"):
        assert (ROOT / "docs" / name).stat().st_size > 10_000
        assert f"]({name})" in (ROOT / "docs" / "server.md").read_text(encoding="utf-8")
