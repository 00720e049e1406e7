"""A report that is only partly recognisable: junk blocks inserted, two paragraph numbers
lost. What can be recognised is in the graph as in the intact report, the junk is kept as
``ukg:UnplacedText``, and `uncac-kg load` says, per document, what it could not place."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.loaders import LoadedDocument, load
from uncac_kg.ontology.iris import Iris

from helpers import REPORTS, select

JUNK = "【扫描残留】此处有一段提取时错位、无法归入任何编号段落的文字。"


def _damage(text: str, intact: LoadedDocument) -> tuple[str, list[int]]:
    """The report with a junk block after its first section heading and the numbers of two
    paragraphs (a third and two thirds of the way) lost; the numbers lost."""
    lines = text.split("\n")
    heading = next(i for i, line in enumerate(lines) if re.match(r"\s*一\s*[.．、]", line))
    lines.insert(heading + 1, JUNK)
    paragraphs = intact.segmented.paragraphs
    lost = [paragraphs[len(paragraphs) // 3].number, paragraphs[2 * len(paragraphs) // 3].number]
    for number in lost:
        start = next(p.text for p in paragraphs if p.number == number)[:4]
        at = next(i for i, line in enumerate(lines)
                  if re.match(rf"\s*{number}\s*[.．]\s*{re.escape(start)}", line))
        lines[at] = re.sub(rf"^\s*{number}\s*[.．]\s*", "", lines[at])  # the number is gone
    return "\n".join(lines), lost


@pytest.mark.slow
def test_a_partly_recognisable_report(tmp_path: Path) -> None:
    folder = tmp_path / "damaged"
    folder.mkdir()
    expected = {}
    for report in REPORTS:
        text = report.read_text(encoding="utf-8")
        intact = load(text.encode(), source=report.name, iris=Iris())
        damaged, lost = _damage(text, intact)
        (folder / report.name).write_text(damaged, encoding="utf-8")
        expected[report.name] = (intact, lost)

    result = subprocess.run([sys.executable, "-m", "uncac_kg", "load", str(folder)],
                            env={**os.environ, "UNCAC_KG_STORE": str(tmp_path / "store")},
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    said = {Path(line.split(":")[0]).name: line for line in result.stdout.splitlines() if ".txt:" in line}
    for name, (_, lost) in expected.items():  # per document: what could not be placed
        assert "1 blocks of text outside numbered paragraphs kept unplaced" in said[name], said[name]
        assert f"no paragraph {lost[0]}, {lost[1]}:" in said[name], said[name]

    store = GraphStore.open(tmp_path / "store", create=False, read_only=True)  # (what that load stored)
    for name, (intact, lost) in expected.items():
        graph = load((folder / name).read_bytes(), source=name, iris=Iris()).graph.value
        assert graph == intact.graph.value, "the same document"
        rows = select(store, f"SELECT ?n ?text WHERE {{ GRAPH <{graph}> {{ ?p a ukg:Paragraph ; "
                             "ukg:number ?n ; ukg:text ?text } }")
        found = {row["n"]: row["text"] for row in rows}
        before_lost = {n - 1 for n in lost}
        for paragraph in intact.segmented.paragraphs:
            if paragraph.number in lost:
                assert paragraph.number not in found
                assert paragraph.text[:20] in found[paragraph.number - 1], "its text is kept in the one before"
            elif paragraph.number not in before_lost:
                assert found[paragraph.number] == paragraph.text, f"{name}: paragraph {paragraph.number} as intact"
        unplaced = select(store, f"SELECT ?text WHERE {{ GRAPH <{graph}> {{ ?t a ukg:UnplacedText ; "
                                 "ukg:text ?text } }")
        assert [row["text"] for row in unplaced] == [JUNK]
        # the facts recognised in the intact report's undamaged paragraphs are all there
        recommendations = select(store, f"SELECT ?text WHERE {{ GRAPH <{graph}> {{ ?r a ukg:Recommendation ; "
                                        "ukg:inParagraph/ukg:number ?n ; ukg:text ?text } }")
        kept = {r.text for r in intact.facts.recommendations
                if int(r.span.place.key) not in lost and int(r.span.place.key) not in before_lost}
        assert kept <= {row["text"] for row in recommendations}
