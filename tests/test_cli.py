"""The command line, run as a user runs it (a subprocess), on an on-disk store."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

from helpers import REPORTS, ROOT

pytestmark = pytest.mark.slow  # (these tests start the CLI, a server or a checker as a process)

DATA = ROOT / "data" / "reports"


def run(store: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNCAC_KG_")}
    env["UNCAC_KG_STORE"] = str(store)
    return subprocess.run([sys.executable, "-m", "uncac_kg", *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def first_load(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str], set[str]]:
    """`uncac-kg load` of the bundled reports into a new store: the store, what the load
    printed, and the store's quads right after it (`uncac-kg dump`).  Loaded once for the
    module: the tests below that load into it load files it refuses, and check that it is
    unchanged; those that need a store of their own copy this one (or load other files)."""
    path = tmp_path_factory.mktemp("cli") / "store"
    result = run(path, "load", str(DATA))
    assert result.returncode == 0, result.stderr
    return path, result, nquads(path)


@pytest.fixture(scope="module")
def store(first_load: tuple[Path, subprocess.CompletedProcess[str], set[str]]) -> Path:
    return first_load[0]


@pytest.fixture(scope="module")
def loaded_quads(first_load: tuple[Path, subprocess.CompletedProcess[str], set[str]]) -> set[str]:
    """The quads of ``store`` as the load left it."""
    return first_load[2]


def nquads(store: Path) -> set[str]:
    result = run(store, "dump", "--format", "nq")
    assert result.returncode == 0, result.stderr
    return {line for line in result.stdout.splitlines() if line.strip()}


def test_load_prints_counts_per_document(first_load: tuple[Path, subprocess.CompletedProcess[str], set[str]]) -> None:
    _, result, _ = first_load  # (`uncac-kg load` of the bundled reports into a new store)
    assert result.returncode == 0
    assert "warning" not in result.stderr  # every fact of the bundled reports is read fully
    lines = [line for line in result.stdout.splitlines() if " paragraphs" in line]
    assert len(lines) == len(REPORTS)
    assert "eg1-08-2019-report.zh.txt: 48 paragraphs, 8 recommendations" in result.stdout


def test_query_meetings_csv(store: Path) -> None:
    result = run(store, "query", "meetings", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [int(r["ordinal"]) for r in rows] == [6, 7, 8, 9, 10]
    assert {r["venue"] for r in rows} == {"维也纳"}
    assert rows[0]["start"] == "2017-11-06" and rows[0]["end"] == "2017-11-07"


def test_query_json_is_sparql_results(store: Path) -> None:
    result = run(store, "query", "recommendations", "--format", "json", "--param", "ordinal=8")
    data = json.loads(result.stdout)
    assert set(data["head"]["vars"]) >= {"ordinal", "label", "text", "source", "paragraph"}
    labels = [b["label"]["value"] for b in data["results"]["bindings"]]
    assert labels == list("abcdefgh")


def test_query_tsv_header_is_variables(store: Path) -> None:
    result = run(store, "query", "document-citations", "--format", "tsv")
    header = result.stdout.splitlines()[0].split("\t")
    assert header[:3] == ["?source", "?paragraph", "?symbol"]


def test_query_table_and_stdin_and_file(store: Path, tmp_path: Path) -> None:
    text = ("SELECT (COUNT(DISTINCT ?m) AS ?n) "
            "WHERE { ?m a ukg:Meeting ; schema:startDate ?s ; ukg:series/ukg:symbol ?x }")
    from_stdin = run(store, "query", "-", stdin=text)
    assert from_stdin.returncode == 0 and "(1 row)" in from_stdin.stdout
    query_file = tmp_path / "count.rq"
    query_file.write_text(text, encoding="utf-8")
    from_file = run(store, "query", str(query_file), "--format", "csv")
    assert from_file.stdout.splitlines() == ["n", "5"]


def test_param_binds_an_iri(store: Path) -> None:
    iri = "<https://w3id.org/uncac-kg/id/meeting/eg1/10>"
    text = "SELECT ?meeting ?start WHERE { ?meeting schema:startDate ?start }"
    result = run(store, "query", "-", "--format", "csv", "--param", f"meeting={iri}", stdin=text)
    assert result.stdout.splitlines()[1:] == [
        "https://w3id.org/uncac-kg/id/meeting/eg1/10,2021-09-06"]


def test_dump_formats_parse(store: Path, loaded_quads: set[str]) -> None:
    quads = loaded_quads  # (`uncac-kg dump --format nq` of the store)
    dataset = rdflib.Dataset()
    dataset.parse(data="\n".join(quads), format="nquads")
    assert len(list(dataset.quads())) == len(quads)
    assert len({g for *_, g in dataset.quads()}) == len(REPORTS) + 4  # and the reference, symbols, threads, search
    trig = run(store, "dump", "--format", "trig").stdout
    from_trig = rdflib.Dataset()
    from_trig.parse(data=trig, format="trig")
    assert len(list(from_trig.quads())) == len(quads)
    ttl = run(store, "dump", "--format", "ttl").stdout
    assert len(rdflib.Graph().parse(data=ttl, format="turtle")) > 1000


def test_stats(store: Path) -> None:
    lines = dict(line.split() for line in run(store, "stats").stdout.splitlines())
    assert lines["documents"] == "5" and lines["meetings"] == "5"
    assert lines["recommendations"] == "39"


def test_reload_replaces_instead_of_duplicating(store: Path, tmp_path: Path) -> None:
    path = shutil.copytree(store, tmp_path / "s")  # (the module's store: `uncac-kg load` of DATA)
    before = nquads(path)
    run(path, "load", str(DATA / "eg1-08-2019-report.zh.txt"))
    assert nquads(path) == before


BAD_INPUTS = {
    "missing": (None, "no such file or folder"),
    "empty.txt": (b"", "empty file"),
    "binary.txt": (bytes(range(256)) * 20, "not a text file"),
    "prose.txt": ("这是一段普通的中文文字，没有编号段落，也不是报告。\n".encode(), "not a report"),
    "english.txt": (b"1. This is an English text, not the Chinese report.\n", "not a Chinese text"),
    "unknown-series.txt": ("2020年1月1日在纽约举行的第一次某某会议的报告\n一. 导言\n1. 内容。\n".encode(),
                           "known meeting series"),
    # A report of another body (the Implementation Review Group): refused, not read as an EG.1 report.
    "irg-report.txt": ((DATA / "eg1-08-2019-report.zh.txt").read_text(encoding="utf-8").replace(
        "第八次增进《联合国反腐败公约》下国际合作不限成员名额政府间专家会议的报告",
        "实施情况审议组第十届会议的报告").encode(), "known meeting series"),
}


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_bad_input_one_line_error_store_unchanged(store: Path, loaded_quads: set[str], tmp_path: Path,
                                                 name: str) -> None:
    content, reason = BAD_INPUTS[name]
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    before = loaded_quads  # (the store as its load left it: every refused file leaves it so)
    result = run(store, "load", str(path))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and str(path) in errors[0] and reason in errors[0], errors
    assert nquads(store) == before


def test_a_failing_new_version_keeps_the_previous_one(tmp_path: Path) -> None:
    path = tmp_path / "s"
    folder = tmp_path / "reports"
    folder.mkdir()
    report = folder / "eg1-08-2019-report.zh.txt"
    report.write_bytes((DATA / report.name).read_bytes())
    run(path, "load", str(report))
    before = nquads(path)
    report.write_bytes(b"\x00\x01 corrupted")
    result = run(path, "load", str(report))
    assert result.returncode == 1
    assert nquads(path) == before


def test_others_still_load_when_one_fails(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = run(tmp_path / "s", "load", str(bad), str(DATA / "eg1-07-2018-report.zh.txt"))
    assert result.returncode == 1
    assert "loaded 1 document, 1 failed" in result.stdout


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["query", "no-such-query"], None, "unknown query 'no-such-query'"),
        (["query", "-"], "SELECT * WHERE { ?s ?p }", "SPARQL syntax error"),
        (["query", "meetings", "--param", "novalue"], None, "expected VAR=VALUE"),
        (["query", "meetings", "--param", "x=1"], None, "cannot bind ?x"),
    ],
)
def test_query_usage_errors_exit_2(store: Path, args: list[str], stdin: str | None,
                                   message: str) -> None:
    result = run(store, *args, stdin=stdin)
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and message in errors[0], errors


def test_queries_lists_the_library(store: Path) -> None:
    names = {line.split()[0] for line in run(store, "queries").stdout.splitlines()}
    assert names == {p.stem for p in (ROOT / "sparql").glob("*.rq")}


def test_text_outside_numbered_paragraphs_is_kept(tmp_path: Path) -> None:
    text = (DATA / "eg1-07-2018-report.zh.txt").read_text(encoding="utf-8")
    odd = "这是一段没有编号的说明文字，提取时落在了标题和段落之间。"
    changed = text.replace("一. 导言\n", f"一. 导言\n{odd}\n", 1)
    report = tmp_path / "eg1-07-2018-report.zh.txt"
    report.write_text(changed, encoding="utf-8")
    result = run(tmp_path / "s", "load", str(report))
    assert result.returncode == 0 and "1 blocks of text outside numbered paragraphs kept unplaced" in result.stdout
    query = "SELECT ?text WHERE { ?t a ukg:UnplacedText ; ukg:text ?text }"
    found = run(tmp_path / "s", "query", "-", "--format", "csv", stdin=query)
    assert odd in found.stdout


def test_csv_export_is_a_zip_and_says_so(store: Path, tmp_path: Path) -> None:
    import zipfile

    refused = run(store, "export", "citations", "--format", "csv", "-o", str(tmp_path / "x.csv"))
    assert refused.returncode == 2 and not (tmp_path / "x.csv").exists()
    [line] = refused.stderr.strip().splitlines()
    assert "ZIP" in line and "x.zip" in line
    written = run(store, "export", "citations", "--format", "csv", "-o", str(tmp_path / "x.zip"))
    assert written.returncode == 0 and "ZIP" in written.stderr, written.stderr
    with zipfile.ZipFile(tmp_path / "x.zip") as archive:
        assert sorted(archive.namelist()) == ["edges.csv", "nodes.csv"]


def test_a_fact_only_partly_understood_is_reported_not_guessed(tmp_path: Path) -> None:
    """A reaffirmation of five meetings with four report symbols: which report is whose cannot be
    read, so the warning names the file and the paragraph, and no symbol is paired by guess."""
    text = (DATA / "eg1-08-2019-report.zh.txt").read_text(encoding="utf-8")
    changed = text.replace("[CAC/COSP/EG.1/2015/3](#)、", "", 1)
    assert changed != text
    report = tmp_path / "eg1-08-2019-report.zh.txt"
    report.write_text(changed, encoding="utf-8")
    result = run(tmp_path / "s", "load", str(report))
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1, result.stderr
    assert str(report) in warnings[0] and "paragraph 46: partly understood (reaffirmations)" in warnings[0]
    rows = run(tmp_path / "s", "query", "reaffirmations", "--format", "csv")
    assert rows.returncode == 0, rows.stderr
    found = {(r["reaffirmed"], r["symbol"]) for r in csv.DictReader(io.StringIO(rows.stdout))}
    assert ("3", "CAC/COSP/EG.1/2014/3") in found  # the table knows the 3rd meeting's report
    assert ("4", "") in found  # the 4th's symbol was left out of the text: not guessed
