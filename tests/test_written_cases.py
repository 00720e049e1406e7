"""Paragraphs written by someone who never read the recognisers, each with the facts it states
(``tests/data/cases``), loaded in a minimal report and compared by meaning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from uncac_kg.loaders import load
from uncac_kg.loaders.facts import DocumentFacts
from uncac_kg.ontology.iris import Iris

CASES = Path(__file__).parent / "data" / "cases"
_NUMERALS = "一二三四五六七八九十"


def _ordinal(n: int) -> str:
    return _NUMERALS[n - 1] if n <= 10 else "十" + (_NUMERALS[n - 11] if n > 10 else "")


def _report(text: str, section: str, *, ordinal: int = 14, year: int = 2025) -> DocumentFacts:
    header = (f"Distr.: General\n1 June {year}\nChinese\nOriginal: English\n\n"
              f"{year}年6月2日至4日在维也纳举行的第{_ordinal(ordinal)}次增进《联合国反腐败公约》下国际合作"
              "不限成员名额政府间专家会议的报告\n\n")
    return load((header + section + "\n\n1. " + text + "\n").encode("utf-8"), source="case.zh.txt", iris=Iris()).facts


def _cases() -> list[tuple[str, str, dict[str, object]]]:
    out = []
    for path in sorted(CASES.glob("cases-*.json")):
        for kind, items in json.loads(path.read_text(encoding="utf-8")).items():
            out += [(f"{path.stem}-{kind}-{i}", kind, case) for i, case in enumerate(items)]
    return out


@pytest.mark.parametrize(("name", "kind", "case"), _cases(), ids=[name for name, _, _ in _cases()])
def test_a_written_case(name: str, kind: str, case: dict) -> None:  # type: ignore[type-arg]
    text, facts = case["text"], case["facts"]
    if kind == "chairs":
        got = {(c.name, c.state, c.role.value, c.office) for c in _report(text, "一. 会议安排").chairs}
        want = {(f["name"], f["state"], f["role"], f["office"]) for f in facts}
    elif kind == "reaffirmations":
        found = _report(text, "一. 结论和建议", ordinal=case.get("meeting", 14)).reaffirmations
        got = {(r.reaffirmed, r.symbol) for r in found}
        want = {(f["reaffirmed"], f["symbol"]) for f in facts}
    elif kind == "other_meetings":
        meetings = _report(text, "一. 议程项目", year=case.get("year", 2025)).other_meetings
        got = {(m.body, m.start, m.end) for m in meetings}
        want = {(f["body"], f["start"], f["end"]) for f in facts}
    elif kind == "panels":
        got = {(p.topic, tuple(x.origin for x in p.panelists)) for p in _report(text, "一. 议程项目").panels}
        want = {(f["topic"], tuple(f["origins"])) for f in facts}
    else:
        pytest.fail(f"{name}: no reader for kind {kind!r}")
    assert got == want, text
