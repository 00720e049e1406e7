"""A synthetic corpus: N documents derived from the bundled ones, for the benchmarks.

The documents share entities the way the real series does.  They follow the bundled five in
turn (the 6th, 7th and 8th meetings' reports, the Secretariat note for the 9th, the 10th
meeting's report), made into the documents of later meetings: each report is of a meeting of
its own (11, 12 …), and each note is for the meeting whose report follows it, so that five
documents cover four meetings (N = 1,000: meetings 11 to 810) and no two are the same
document.  Meeting ``m`` is held in year 2022 + (m − 11) (dates, the distribution date and
document symbols move with it); its report's symbol is CAC/COSP/EG.1/{year}/4.  So, as in
the real series:

* every report reaffirms the recommendations of the earlier meetings with their report
  symbols (the 10th meeting's report, which has no such paragraph, gets the sentence at the
  start of its conclusions): the 3rd to 7th meetings (the real symbols, CAC/COSP/EG.1/2014/3
  … 2018/4: in every report) and the :data:`WINDOW` meetings before its own (only those up
  to the 99th: the recogniser reads an ordinal of at most three Chinese numerals, as a real
  series needs).  A report whose text states no symbol (all but the 6th's) gets it from the
  later reports that reaffirm its meeting (``graph/report_symbols.py``);
* every document cites the same CoSP resolutions and Convention articles, names the same
  States and restates the same recommendations as its model (reworded: words from a table
  of synonyms, the paragraphs of the substantive sections, their sentences and the lettered
  items of each list reordered under their numbers and labels), so a resolution, an article
  or a State is stated in hundreds of documents' graphs, and a recommendation recurs in a
  fifth of the meetings.

A seeded random generator makes it reproducible.

    python bench/corpus.py 100 bench/out/corpus-100 [--seed 1] [--check]

``--check`` loads the generated documents through the pipeline (into a store in memory) and
fails unless every one loads with its model's numbers of paragraphs and recommendations, its
meeting, and the reaffirmations written into it.
The output is not committed (``bench/out/`` is ignored by git).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from uncac_kg.graph.ingest import BUNDLED_REPORTS
from uncac_kg.loaders import load
from uncac_kg.loaders.read import decode
from uncac_kg.ontology.iris import Iris
from uncac_kg.text.numerals import to_int

FIRST_ORDINAL = 11
#: Ordinals are written ``第…次`` with at most 4 Chinese numerals or 3 digits (as the reports do).
MAX_ORDINAL = 999
#: A report reaffirms this many meetings before its own (besides the 3rd to the 7th).
WINDOW = 4
#: The report symbols of the series' first meetings, as the real reports list them.
REAL_SYMBOLS = {3: "CAC/COSP/EG.1/2014/3", 4: "CAC/COSP/EG.1/2015/3", 5: "CAC/COSP/EG.1/2016/2",
                6: "CAC/COSP/EG.1/2017/3", 7: "CAC/COSP/EG.1/2018/4"}
#: Pairs of words that say the same thing; each report rewords some of them.
SYNONYMS = [
    ("强调", "着重指出"), ("几位", "若干"), ("一些", "部分"), ("介绍了", "概述了"), ("提到", "谈及"),
    ("加强", "增强"), ("信息", "资料"), ("分享", "交流"), ("重要", "关键"), ("必要", "必需"),
    ("鼓励", "促请"), ("发言者", "与会者"), ("例如", "比如"), ("因此", "所以"),
]
_DIGITS = "零一二三四五六七八九"
_PARAGRAPH = re.compile(r"^\s*\d{1,3}\s*[.．]\s*(?=\S)")
_ITEM = re.compile(r"^\s*-?\s*[(（][a-z][)）]\s*")
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[.．、]|[A-Z]\s*[.．]\s)")
#: Sections whose paragraphs keep their order (their content is found by position).
_FIXED = ("引言", "导言", "安排", "结论", "建议", "通过", "开幕", "议程", "出席")
_YEAR = re.compile(r"(?<!\d)(20[0-2]\d)(?!\d)")
_ORDINAL = re.compile(r"第([零一二三四五六七八九十]{1,4})次")
_REAFFIRMATION = re.compile(r"重申了?第[^。（]*?次专家会议(?:提出)?的建议（见[^）]*）", re.DOTALL)
#: Where the 10th meeting's report gets a reaffirmation: the start of its conclusions.
_CONCLUSIONS = re.compile(r"(\n\s*\d{1,3}\s*[.．]\s*)(在本次会议讨论期间，缔约国为增进国际合作提出了一些建议)")


def chinese(n: int) -> str:
    """11 → 十一, 105 → 一百零五: as the reports write an ordinal (n < 1000)."""
    hundreds, tens, ones = n // 100, n // 10 % 10, n % 10
    text = f"{_DIGITS[hundreds]}百" if hundreds else ""
    if tens:
        text += ("" if tens == 1 and not hundreds else _DIGITS[tens]) + "十"
    elif hundreds and ones:
        text += "零"
    return text + (_DIGITS[ones] if ones else "")


def ordinal_text(n: int) -> str:
    written = chinese(n)
    return written if len(written) <= 4 else str(n)


@dataclass(frozen=True)
class Template:
    name: str
    text: str
    ordinal: int  # the meeting the report is of (or the note for)
    year: int
    symbol: str | None  # the symbol its text states


def meeting_of(index: int) -> int:
    """The meeting of document ``index``: five documents (four reports and a note) per four
    meetings, the note (the 4th of five) for the meeting of the report after it."""
    return FIRST_ORDINAL + index - index // 5 - (index % 5 == 4)


def year_of(ordinal: int) -> int:
    return 2022 + ordinal - FIRST_ORDINAL


def report_symbol(ordinal: int) -> str:
    return REAL_SYMBOLS.get(ordinal) or f"CAC/COSP/EG.1/{year_of(ordinal)}/4"


def reaffirmed(ordinal: int) -> list[int]:
    """The meetings a report of meeting ``ordinal`` reaffirms, in order."""
    window = [m for m in range(max(FIRST_ORDINAL, ordinal - WINDOW), ordinal) if m <= 99]
    return [*REAL_SYMBOLS, *window]


def reaffirmation(ordinal: int) -> str:
    """``重申了第三、第四…和第十五次专家会议提出的建议（见 …）``."""
    earlier = reaffirmed(ordinal)
    names = [f"第{chinese(m)}" for m in earlier]
    symbols = [report_symbol(m) for m in earlier]
    listed = "、".join(names[:-1]) + "和" + names[-1]
    cited = "、".join(symbols[:-1]) + " 和 " + symbols[-1]
    return f"重申了{listed}次专家会议提出的建议（见 {cited}）"


def templates() -> list[Template]:
    out = []
    for path in sorted(BUNDLED_REPORTS.glob("*.txt")):
        text = decode(path.read_bytes()).replace("\r\n", "\n")
        doc = load(path.read_bytes(), source=path.name, iris=Iris())
        meeting = doc.facts.meeting
        ordinal = meeting.ordinal
        year = (meeting.start or meeting.end).year if (meeting.start or meeting.end) else 2011 + ordinal
        out.append(Template(path.name, text, ordinal, year, doc.facts.symbol))
    return out


def _blocks(lines: list[str], starts: re.Pattern[str], stops: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """(first, end) line ranges of the blocks that open with ``starts``, each running to the
    next opening or the next line matching ``stops``."""
    begin = None
    for index, line in enumerate(lines):
        if starts.match(line) or stops.match(line):
            if begin is not None:
                yield begin, index
            begin = index if starts.match(line) else None
    if begin is not None:
        yield begin, len(lines)


def _permute(lines: list[str], runs: list[list[tuple[int, int]]], label: re.Pattern[str],
             rng: random.Random) -> list[str]:
    """Move the bodies of the blocks of each run among its blocks, each keeping the label
    (number or letter) of the place it lands in."""
    out = list(lines)
    for run in runs:
        if len(run) < 2:
            continue
        bodies = []
        for first, end in run:
            head = label.match(lines[first])
            assert head is not None
            bodies.append([lines[first][head.end():], *lines[first + 1:end]])
        order = list(range(len(run)))
        rng.shuffle(order)
        cursor = run[0][0]
        replaced: list[str] = []
        for (first, _), source in zip(run, order, strict=True):
            head = label.match(lines[first])
            assert head is not None
            body = bodies[source]
            replaced += [lines[first][:head.end()] + body[0], *body[1:]]
        out[cursor:run[-1][1]] = replaced
        assert len(replaced) == run[-1][1] - cursor
    return out


def _runs(blocks: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Blocks that follow each other directly."""
    runs: list[list[tuple[int, int]]] = []
    for block in blocks:
        if runs and runs[-1][-1][1] == block[0]:
            runs[-1].append(block)
        else:
            runs.append([block])
    return runs


def _movable(lines: list[str]) -> list[tuple[int, int]]:
    """The paragraphs (line ranges) of the substantive sections."""
    movable = []
    for first, end in _blocks(lines, _PARAGRAPH, _HEADING):
        heading = next((lines[i] for i in range(first - 1, -1, -1) if _HEADING.match(lines[i])), "")
        if not any(word in heading for word in _FIXED):
            movable.append((first, end))
    return movable


def reorder(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    # Lettered items (recommendations, lists) within each list.
    items = list(_blocks(lines, _ITEM, re.compile(f"{_PARAGRAPH.pattern}|{_HEADING.pattern}")))
    lines = _permute(lines, _runs(items), _ITEM, rng)
    # Paragraphs within the substantive sections.
    lines = _permute(lines, _runs(_movable(lines)), _PARAGRAPH, rng)
    # Sentences within the substantive paragraphs written on one line.
    for first, end in _movable(lines):
        if end - first == 1 or not "".join(lines[first + 1:end]).strip():
            head = _PARAGRAPH.match(lines[first])
            assert head is not None
            body = lines[first][head.end():]
            sentences = re.findall(r"[^。]*。", body)
            rest = body[sum(len(x) for x in sentences):]
            if len(sentences) > 1:
                rng.shuffle(sentences)
                lines[first] = lines[first][:head.end()] + "".join(sentences) + rest
    return "\n".join(lines)


def reword(text: str, rng: random.Random) -> str:
    header, sep, body = text.partition("\n1.")  # the title and header stay as written
    for old, new in SYNONYMS:
        if rng.random() < 0.5:
            body = body.replace(old, new)
    return header + sep + body


def derive(template: Template, index: int, *, seed: int) -> tuple[str, str]:
    """(file name, text) of synthetic document ``index`` made from ``template``."""
    rng = random.Random(seed * 1_000_003 + index)
    ordinal = meeting_of(index)
    if ordinal > MAX_ORDINAL:
        raise ValueError(f"document {index} would be of meeting {ordinal}: at most {MAX_ORDINAL} meetings")
    year = year_of(ordinal)
    shift = year - template.year
    text = _ORDINAL.sub(lambda m: f"第{ordinal_text(ordinal)}次" if to_int(m.group(1)) == template.ordinal
                        else m.group(0), template.text)
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    if template.symbol:
        text = text.replace(template.symbol.replace(str(template.year), str(year)), report_symbol(ordinal))
    kind = "note" if "note" in template.name else "report"
    if kind == "report":
        text, found = _REAFFIRMATION.subn(lambda _: reaffirmation(ordinal), text)
        if not found:
            opening = f"第{ordinal_text(ordinal)}次专家会议{reaffirmation(ordinal)}。"
            text, found = _CONCLUSIONS.subn(lambda m: f"{m.group(1)}{opening}{m.group(2)}", text)
        assert found == 1, (template.name, found)
    text = reword(reorder(text, rng), rng)
    return f"synthetic-{index:04d}-eg1-{ordinal:03d}-{year}-{kind}.zh.txt", text


def generate(n: int, folder: Path, *, seed: int = 1) -> list[Path]:
    """Write ``n`` synthetic reports into ``folder`` (made if missing); their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    bases = templates()
    paths = []
    for index in range(n):
        name, text = derive(bases[index % len(bases)], index, seed=seed)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def check(paths: list[Path]) -> list[str]:
    """Problems found loading ``paths`` through the pipeline (none: all is well)."""
    bases = templates()
    expected = {}
    for base in bases:
        doc = load(base.text.encode("utf-8"), source=base.name, iris=Iris())
        expected[base.name] = (len(doc.segmented.paragraphs), len(doc.facts.recommendations))
    problems = []
    for index, path in enumerate(sorted(paths)):
        base = bases[int(path.name.split("-")[1]) % len(bases)] if path.name.startswith("synthetic-") else None
        try:
            doc = load(path.read_bytes(), source=path.name, iris=Iris())
        except (OSError, ValueError) as error:
            problems.append(f"{path.name}: does not load: {error}")
            continue
        if base is None:
            continue
        got = (len(doc.segmented.paragraphs), len(doc.facts.recommendations))
        want = expected[base.name]
        ordinal = int(path.name.split("-")[3])
        if got != want or doc.facts.meeting.ordinal != ordinal:
            problems.append(f"{path.name}: {got[0]} paragraphs, {got[1]} recommendations, meeting "
                            f"{doc.facts.meeting.ordinal}; expected {want[0]}, {want[1]}, {ordinal}")
        written = [] if "note" in path.name else [(m, report_symbol(m)) for m in reaffirmed(ordinal)]
        read = [(r.reaffirmed, r.symbol) for r in doc.facts.reaffirmations]
        if read != written:
            problems.append(f"{path.name}: reaffirms {read}; expected {written}")
        del index
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("n", type=int, help="how many reports")
    parser.add_argument("folder", type=Path, help="where to write them")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--check", action="store_true", help="load every report through the pipeline")
    args = parser.parse_args(argv)
    paths = generate(args.n, args.folder, seed=args.seed)
    print(f"{len(paths)} documents in {args.folder}")
    if args.check:
        problems = check(paths)
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"check: {len(paths) - len(problems)} of {len(paths)} load as expected")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
