"""Fuzzing the loader: mutated copies of the bundled reports (truncated, shuffled, bytes
flipped or random, huge lines, deep brackets, mixed encodings, empty, 50 MB) go through
``loaders.report.load`` and through ``graph.ingest.load_paths`` into a store.

Properties: nothing but the documented refusals (``ValueError``, ``SyntaxError``,
``OSError``) escapes; a refusal is one line and, in the load report, names its file; a
refused file leaves the store as it was (same set of quads); an accepted one loses no text
(every line of the input is in the document's graph — in a numbered paragraph, a heading,
the header, a footnote or a ``ukg:UnplacedText``).

The run is bounded (a few dozen examples, < 40 s); ``HYPOTHESIS_PROFILE=fuzz-long`` runs
25 times as many.
"""

from __future__ import annotations

import contextlib
import functools
import io
import itertools
import multiprocessing
import os
import queue as queue_module
import random
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pyoxigraph import Literal, NamedNode, Quad

from uncac_kg.cli import print_report
from uncac_kg.graph.ingest import BUNDLED_REPORTS, load_paths
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.loaders import LoadedDocument, load
from uncac_kg.loaders.normalise import canonical, locate
from uncac_kg.loaders.read import MAX_BYTES, decode
from uncac_kg.loaders.segment import segment
from uncac_kg.ontology.iris import Iris

IRIS = Iris()
UKG = "https://w3id.org/uncac-kg/ontology#"
REPORTS = sorted(BUNDLED_REPORTS.glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in REPORTS]
REFUSALS = (ValueError, SyntaxError, OSError)

#: ``HYPOTHESIS_PROFILE=fuzz-long`` multiplies the number of examples and draws new ones on
#: every run (a longer, local exploration); the default run draws the same examples every
#: time, so that CI is repeatable and a failure found there can be replayed.
LONG = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz-long"
SCALE = 25 if LONG else 1


def bounded(examples: int) -> settings:
    return settings(max_examples=examples * SCALE, deadline=None, database=None, derandomize=not LONG,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.large_base_example])


# --- mutations ----------------------------------------------------------------

Draw = Callable[[st.SearchStrategy[object]], object]
_NUMBERED_LINE = re.compile(r"^\s*\d{1,3}\s*[.．]\s*\S")


def _insert_line(draw: Draw, text: str, junk: str, *, own_line: bool) -> str:
    lines = text.split("\n")
    at = draw(st.integers(0, len(lines) - 1))
    if own_line:
        lines.insert(at, junk)
    else:
        lines[at] += junk
    return "\n".join(lines)


def truncated(draw: Draw, text: str) -> bytes:
    return text[: draw(st.integers(0, len(text)))].encode()


def truncated_bytes(draw: Draw, text: str) -> bytes:
    data = text.encode()
    return data[: draw(st.integers(0, len(data)))]


def paragraphs_shuffled(draw: Draw, text: str) -> bytes:
    blocks = re.split(r"\n(?=\s*\d{1,3}\s*[.．]\s*\S)", text)
    random.Random(draw(st.integers(0, 2**32))).shuffle(blocks)
    return "\n".join(blocks).encode()


def lines_shuffled(draw: Draw, text: str) -> bytes:
    lines = text.split("\n")
    random.Random(draw(st.integers(0, 2**32))).shuffle(lines)
    return "\n".join(lines).encode()


def random_bytes(draw: Draw, text: str) -> bytes:
    return bytes(draw(st.binary(min_size=0, max_size=4096)))  # type: ignore[arg-type]


def byte_flips(draw: Draw, text: str) -> bytes:
    data = bytearray(text.encode())
    for _ in range(int(draw(st.integers(1, 20)))):  # type: ignore[call-overload]
        at = int(draw(st.integers(0, len(data) - 1)))  # type: ignore[call-overload]
        data[at] ^= int(draw(st.integers(1, 255)))  # type: ignore[call-overload]
    return bytes(data)


def huge_line(draw: Draw, text: str) -> bytes:
    unit = draw(st.sampled_from(["关于", "中国、", "a", "1.", "（", "第4/2号决议", "出席会议", "中 ", "“", "—"]))
    size = int(draw(st.integers(1_000, 60_000)))  # type: ignore[call-overload]
    junk = (str(unit) * (size // len(str(unit)) + 1))[:size]
    return _insert_line(draw, text, junk, own_line=bool(draw(st.booleans()))).encode()


def deep_brackets(draw: Draw, text: str) -> bytes:
    opening, closing = draw(st.sampled_from([("（", "）"), ("(", ")"), ("《", "》"), ("[", "]("), ("“", "”")]))
    depth = int(draw(st.integers(1, 20_000)))  # type: ignore[call-overload]
    junk = str(opening) * depth + "中" + (str(closing) * depth if draw(st.booleans()) else "")
    return _insert_line(draw, text, junk, own_line=bool(draw(st.booleans()))).encode()


def junk_lines(draw: Draw, text: str) -> bytes:
    for _ in range(int(draw(st.integers(1, 5)))):  # type: ignore[call-overload]
        junk = str(draw(st.text(_JUNK, min_size=1, max_size=200)))
        text = _insert_line(draw, text, junk, own_line=bool(draw(st.booleans())))
    return text.encode()


#: Any character but the C0/C1 controls and lone surrogates (which the reader refuses outright),
#: half of the time one of the report's own.
_JUNK = st.one_of(st.characters(exclude_categories=("Cc", "Cs")),
                  st.sampled_from(sorted(set("".join(TEXTS)) - {"\n", "\r"})))


def mixed_encodings(draw: Draw, text: str) -> bytes:
    cut = int(draw(st.integers(0, len(text))))  # type: ignore[call-overload]
    other = str(draw(st.sampled_from(["gb18030", "utf-16-le", "utf-16-be", "utf-16"])))
    head, tail = text[:cut], text[cut:]
    if draw(st.booleans()):
        return head.encode(other) + tail.encode("utf-8")
    return head.encode("utf-8") + tail.encode(other)


def whole_encoded(draw: Draw, text: str) -> bytes:
    """The whole report in another encoding the loader reads (with a BOM or without)."""
    encoding = str(draw(st.sampled_from(["gb18030", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])))
    return text.replace("\n", "\r\n" if draw(st.booleans()) else "\n").encode(encoding)


def blank(draw: Draw, text: str) -> bytes:
    return bytes(draw(st.sampled_from([b"", b" ", b"\n\n\n", b"\xef\xbb\xbf", "\u3000\n".encode()])))  # type: ignore[arg-type]


MUTATIONS: dict[str, Callable[[Draw, str], bytes]] = {f.__name__: f for f in (
    truncated, truncated_bytes, paragraphs_shuffled, lines_shuffled, random_bytes, byte_flips, huge_line,
    deep_brackets, junk_lines, mixed_encodings, whole_encoded, blank)}


@st.composite
def mutated(draw: Draw, kinds: tuple[str, ...] = tuple(MUTATIONS)) -> tuple[str, bytes]:
    kind = str(draw(st.sampled_from(kinds)))
    text = str(draw(st.sampled_from(TEXTS)))
    return kind, MUTATIONS[kind](draw, text)


# --- properties -------------------------------------------------------------

_HAN = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff]+")
_LINK_TARGET = re.compile(r"(\[[^\[\]\n]{1,200}\])[(（][^()（）\s]{0,500}[)）]")  # markdown link: its target goes
_SECTION_LABEL = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[.．、]")  # stored as the heading's label
_ENCLOSED = str.maketrans({chr(0x3220 + i): f"({n})" for i, n in enumerate("一二三四五六七八九十")})


def han(text: str) -> str:
    """The Chinese characters of a text, in the form the loader stores (NFC, ㈠ → (一))."""
    text = unicodedata.normalize("NFC", text).translate(_ENCLOSED)
    return _HAN.sub("", re.sub(r"第\s*[(（]\s*[-－—–]\s*[)）]\s*项", "第(一)项", text))


def lost_lines(text: str, quads: list[Quad]) -> list[str]:
    """Lines of ``text`` whose Chinese characters are in no literal of the graph."""
    stored = "\x00".join(han(q.object.value) for q in quads if isinstance(q.object, Literal))
    lost = []
    for line in text.splitlines():
        chars = han(_LINK_TARGET.sub(r"\1", _SECTION_LABEL.sub("", line)))
        if chars and chars not in stored:
            lost.append(line[:80])
    return lost


def paragraph_numbers(quads: list[Quad]) -> set[int]:
    paragraphs = {q.subject for q in quads
                  if q.predicate.value == RDF_TYPE and q.object == NamedNode(UKG + "Paragraph")}
    return {int(q.object.value) for q in quads if q.subject in paragraphs and q.predicate.value == UKG + "number"}


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def outcome(data: bytes, name: str = "mutated.txt") -> LoadedDocument | Exception:
    try:
        return load(data, source=name, iris=IRIS)
    except REFUSALS as error:
        return error


def check_loaded(data: bytes, doc: LoadedDocument) -> None:
    """What an accepted document must satisfy."""
    assert all(q.graph_name == doc.graph for q in doc.quads), "every quad is in the document's graph"
    assert not lost_lines(decode(data), doc.quads)
    numbers, skipped = paragraph_numbers(doc.quads), set(doc.segmented.skipped)
    assert not numbers & skipped and numbers | skipped == set(range(1, max(numbers) + 1)), \
        "paragraphs are numbered 1, 2, 3 …, every gap reported"


def check_refused(error: Exception) -> None:
    message = str(error)
    assert message.strip() and "\n" not in message, f"a one-line reason: {message!r}"


@pytest.mark.parametrize("text", TEXTS, ids=[p.name for p in REPORTS])
def test_the_reports_themselves_keep_every_line(text: str) -> None:
    """The text property holds for the unmutated reports (so it is a fair check below)."""
    doc = outcome(text.encode())
    assert isinstance(doc, LoadedDocument)
    check_loaded(text.encode(), doc)


@given(mutated())
@bounded(100)
def test_mutated_reports_load_or_are_refused(sample: tuple[str, bytes]) -> None:
    kind, data = sample
    result = outcome(data)
    event(f"{kind}: {'loaded' if isinstance(result, LoadedDocument) else 'refused'}")
    if isinstance(result, LoadedDocument):
        check_loaded(data, result)
    else:
        check_refused(result)


@functools.cache
def _intact_paragraphs(text: str) -> tuple[tuple[int, str], ...]:
    """The numbered paragraphs of the intact report, as the loader reads them: (number,
    text without white space)."""
    doc = load(text.encode(), source="intact.txt", iris=IRIS)
    return tuple((p.number, re.sub(r"\s+", "", p.text)) for p in doc.segmented.paragraphs)


@given(st.sampled_from(TEXTS), st.floats(0.0, 1.0))
@bounded(20)
def test_a_truncated_report_keeps_the_paragraphs_before_the_cut(text: str, fraction: float) -> None:
    cut = int(len(text) * fraction)
    result = outcome(text[:cut].encode())
    # a paragraph of the intact report whose whole text (and the start of the next, so that
    # it is known to have ended) lies before the cut keeps its number
    kept = re.sub(r"\s+", "", text[:cut])
    intact = _intact_paragraphs(text)
    whole = {number for (number, body), (_, after) in itertools.pairwise(intact)
             if body in kept and after[:8] in kept[kept.index(body) + len(body):]}
    if isinstance(result, LoadedDocument):
        assert paragraph_numbers(result.quads) >= whole
        check_loaded(text[:cut].encode(), result)
    else:  # (cut before the header ends, or before what identifies the meeting)
        check_refused(result)


# --- through the store --------------------------------------------------------

@pytest.fixture(scope="module")
def corpus_store() -> Iterator[tuple[GraphStore, set[Quad]]]:
    """The bundled reports in a store of this module's own, and its quads."""
    store = GraphStore.open(None)
    assert load_paths(store, [BUNDLED_REPORTS], iris=IRIS).ok
    quads = set(store.store)
    assert not any(term.__class__.__name__ == "BlankNode" for q in quads for term in (q.subject, q.object)), \
        "no blank nodes: comparing sets of quads compares meaning"
    yield store, quads


def refusal_lines(report: object) -> list[str]:
    """What `uncac-kg load` prints on standard error for a load report."""
    errors = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(errors):
        print_report(report)  # type: ignore[arg-type]
    return errors.getvalue().splitlines()


def through_the_store(store: GraphStore, before: set[Quad], data: bytes, name: str = "mutated.txt") -> None:
    """Load ``data`` as a file with ``load_paths``: a refusal names the file in one line and
    leaves the store as it was; an accepted file is stored as ``load`` made it, every line kept."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        direct = outcome(data, name)
        if isinstance(direct, LoadedDocument):
            fresh = GraphStore.open(None)
            report = load_paths(fresh, [path], iris=IRIS)
            assert [x.path for x in report.loaded] == [path] and not report.failed
            stored = list(fresh.store.quads_for_pattern(None, None, None, direct.graph))
            assert set(stored) == set(direct.quads)
            assert not lost_lines(decode(data), stored)
        else:
            report = load_paths(store, [path], iris=IRIS)
            assert not report.loaded and [x.path for x in report.failed] == [path]
            assert report.failed[0].reason == str(direct)
            lines = refusal_lines(report)
            assert len(lines) == 1 and str(path) in lines[0] and str(direct) in lines[0], lines
            assert set(store.store) == before, "a refused file leaves the store as it was"


@given(sample=mutated())
@bounded(12)
def test_mutated_reports_through_the_store(corpus_store: tuple[GraphStore, set[Quad]],
                                           sample: tuple[str, bytes]) -> None:
    store, before = corpus_store
    through_the_store(store, before, sample[1])


@pytest.mark.parametrize("data", [b"", b"\n \n", b"\xff\xfe", bytes(range(256)) * 4, "报告".encode("utf-16-le")[:3]],
                         ids=["empty", "blank", "bom-only", "binary", "odd-utf16"])
def test_files_that_are_no_text_are_refused(corpus_store: tuple[GraphStore, set[Quad]], data: bytes) -> None:
    refusal = outcome(data, "mutated.txt")
    assert not isinstance(refusal, LoadedDocument), "such a file must be refused, not loaded"
    through_the_store(*corpus_store, data)


def test_a_50_mb_file_is_refused_before_it_is_read(corpus_store: tuple[GraphStore, set[Quad]],
                                                   tmp_path: Path) -> None:
    store, before = corpus_store
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        chunk = TEXTS[0].encode()
        while out.tell() < 50 * 1024 * 1024:
            out.write(chunk)
    report = load_paths(store, [path, REPORTS[0]], iris=IRIS)
    assert [x.path for x in report.failed] == [path] and "too large" in report.failed[0].reason
    assert [x.path for x in report.loaded] == [REPORTS[0]], "the other files of the batch still load"
    lines = refusal_lines(report)
    assert len(lines) == 1 and str(path) in lines[0]
    assert set(store.store) == before, "(the other file was already loaded: same quads)"
    with pytest.raises(ValueError, match="too large"):
        decode(b"x" * (MAX_BYTES + 1))


# --- inputs that used to take time quadratic in their size ----------------------
#
# Each case is sized so that the loader before the fix took minutes (measured: over 90 s
# each) while now it takes about a second: the title looked up by a regular expression of
# one group per character; every pair of parentheses scanned again for a Chinese character;
# a heading's lines joined again for every line; the attendance sentences scanned lazily
# from every position.  The watchdog only turns a hang into a failure.

WATCHDOG_SECONDS = 60


def _run(queue: multiprocessing.Queue[object], function: Callable[..., object], args: tuple[object, ...]) -> None:
    queue.put(function(*args))


def within_watchdog(function: Callable[..., object], *args: object) -> object:
    """``function(*args)`` in a forked process, killed if it runs past the watchdog."""
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_run, args=(queue, function, args))
    child.start()
    try:
        return queue.get(timeout=WATCHDOG_SECONDS)
    except queue_module.Empty:
        pytest.fail(f"{function.__name__}: no result after {WATCHDOG_SECONDS} s (a hang)")
    finally:
        child.kill()
        child.join()


def test_locate_is_linear() -> None:
    assert locate("甲乙\n丙丁", "乙丙") == (1, 4)  # across a line break
    assert locate("乙丙 乙\n丙", "乙丙") == (0, 2) and locate("甲", "乙") is None
    text = "关于" * 50_000 + "\n" + "关于" * 50_000 + "x"
    assert within_watchdog(locate, text, "关于" * 100_000 + "y") is None


def test_parentheses_deep_nesting_is_linear() -> None:
    assert canonical("(中(a))") == "（中(a)）"
    depth = 100_000
    assert within_watchdog(canonical, "(" * depth + "a" + ")" * depth) == "(" * depth + "a" + ")" * depth
    nested = "（" * depth + "中" + "）" * depth
    assert within_watchdog(canonical, nested) == nested


def _heading_title(lines: list[str]) -> str:
    return segment(lines).headings[0].title


def test_a_heading_of_many_lines_is_linear() -> None:
    lines = ["续行", "续行", "续行", "续行的文字内容" * 8] * 10_000  # (an open bracket keeps the heading going)
    title = within_watchdog(_heading_title, ["一. 标题（", *lines, "1. 段落。"])
    assert title == "标题（" + "".join(lines)


def _load_all(make: Callable[[str], str]) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    for text in TEXTS:
        data = make(text).encode()
        result = outcome(data)
        out.append(("loaded", lost_lines(decode(data), result.quads)) if isinstance(result, LoadedDocument)
                   else ("refused", str(result)))
    return out


def _in_paragraph(number: int, junk: str) -> Callable[[str], str]:
    def make(text: str) -> str:
        lines = text.split("\n")
        at = next(i for i, line in enumerate(lines) if re.match(rf"\s*{number}\s*[.．]\s*\S", line))
        lines[at] += junk
        return "\n".join(lines)
    make.__name__ = f"paragraph {number} + {junk[:8]}…"
    return make


#: Added to a numbered paragraph of every report: a sentence of 100,000 characters before
#: one about attendance; brackets 50,000 deep; a line of a megabyte.
ADDED = {
    "long-sentence": _in_paragraph(2, "中" * 100_000 + "。各缔约国派代表出席了会议。"),
    "deep-brackets": _in_paragraph(3, "（" * 50_000 + "中" + "）" * 50_000 + "(" * 20_000 + "a" + ")" * 20_000),
    "megabyte-line": _in_paragraph(4, "增进国际合作，" * 50_000),
}


@pytest.mark.parametrize("name", list(ADDED))
def test_every_report_with_a_pathological_paragraph_loads_whole(name: str) -> None:
    results = within_watchdog(_load_all, ADDED[name])
    assert results == [("loaded", [])] * len(TEXTS), "every report loads with every line kept"
