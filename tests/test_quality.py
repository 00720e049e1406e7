"""The project's own checks: ruff (lint) and mypy (types) pass on the whole tree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT

pytestmark = pytest.mark.slow  # (these tests start the CLI, a server or a checker as a process)


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=240)


def test_ruff() -> None:
    result = run(["ruff", "check", "."], ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy(tmp_path: Path) -> None:
    # The repository root is the package `uncac_kg` (whatever the clone's folder is
    # called): give mypy that name through a link.
    (tmp_path / "uncac_kg").symlink_to(ROOT, target_is_directory=True)
    result = run(["mypy", "--config-file", str(ROOT / "pyproject.toml"), "-p", "uncac_kg"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
