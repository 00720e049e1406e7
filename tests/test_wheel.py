"""What users install is the wheel, not the checkout: every resource file the code opens at run
time must be in it.  The list comes from two sides: the files the project keeps beside its
code (queries, ontology, reference tables, bundled reports), and the files the code actually
opens while it loads the bundled reports and answers every GET route of its OpenAPI document
(recorded by an audit hook in a subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_quickstart import project_copy

from helpers import ROOT

#: Folders of the repository that are not part of the package.
_OUTSIDE = ("tests/", "bench/", "docs/", ".ci/", "build/")
_NOT_PACKAGE_FILES = {".gitignore", "README.md", "pyproject.toml"}

_RECORDER = r'''
import json, os, sys
from pathlib import Path
root = Path(sys.argv[1]).resolve()
opened = set()

def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        try:
            path = Path(os.fsdecode(args[0])).resolve()
        except (OSError, ValueError):
            return
        if path.is_relative_to(root) and path.suffix not in (".py", ".pyc") and path.is_file():
            opened.add(str(path.relative_to(root)))

sys.addaudithook(hook)
from fastapi.testclient import TestClient
from uncac_kg.api.app import create_app
from uncac_kg.graph.ingest import BUNDLED_REPORTS, load_paths
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.graph.store.validate import validate
from uncac_kg.ontology.iris import Iris
from uncac_kg.settings import Settings

store = GraphStore.open(None)
assert load_paths(store, [BUNDLED_REPORTS], iris=Iris()).ok
validate(GraphStore.open(None))  # (reads the shapes whatever it checks: an empty store, not 4 s of pyshacl)
client = TestClient(create_app(Settings(store="unused", assets=Path(sys.argv[2])), store=store),
                    raise_server_exceptions=False)
fill = {"view": "citations", "ordinal": "8", "key": "8-a", "number": "46", "session": "7", "name": "meetings",
        "path": "meeting/eg1/8"}
statuses = {}
for path, operations in client.get("/openapi.json").json()["paths"].items():
    if "get" in operations:
        url = path.format(**fill)
        for accept in ("text/html", "application/json"):
            statuses[f"{url} {accept}"] = client.get(url, headers={"Accept": accept}).status_code
print(json.dumps({"opened": sorted(opened), "statuses": statuses}))
'''


def _project_files() -> set[str]:
    """The files of the project as a clone has them (no virtual environment, no build output)."""
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, check=True).stdout
    return {n.decode() for n in files.split(b"\0") if n}


def _kept_beside_the_code() -> set[str]:
    return {n for n in _project_files() if not n.startswith(_OUTSIDE) and n not in _NOT_PACKAGE_FILES
            and not n.endswith(".py") and (ROOT / n).is_file()}


def _opened_at_run_time(tmp_path: Path) -> set[str]:
    result = subprocess.run([sys.executable, "-c", _RECORDER, str(ROOT), str(tmp_path / "assets")],
                            capture_output=True, text=True, timeout=300, check=True)
    recorded = json.loads(result.stdout.strip().splitlines()[-1])
    failed = {k: v for k, v in recorded["statuses"].items() if v >= 500}
    assert not failed, failed
    return set(recorded["opened"])


@pytest.mark.slow
def test_the_wheel_holds_every_resource_the_code_opens(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"),
                    str(project)], check=True, capture_output=True, timeout=300)
    (wheel,) = (tmp_path / "dist").glob("uncac_kg-*.whl")
    inside = {name.removeprefix("uncac_kg/") for name in zipfile.ZipFile(wheel).namelist()
              if name.startswith("uncac_kg/")}
    opened = _opened_at_run_time(tmp_path) & _project_files()  # (not the installed libraries' files)
    assert any(name.startswith("sparql/api/") for name in opened), "the API's questions were not read"
    assert any(name.startswith("data/reports/") for name in opened)
    needed = _kept_beside_the_code() | opened
    missing = sorted(needed - inside)
    assert not missing, f"files the code needs that the wheel lacks (pyproject.toml package-data): {missing}"
