"""Draw the theme trend (the named query ``theme-trend``) as an SVG heat map, for the docs.

    python docs/theme_trend.py [STORE_DIR]     # writes docs/theme-trend.svg

Rows are the narrow themes under their broad theme, columns the meetings in date order; each
cell holds how many of the meeting's recommendations (and the Secretariat suggestions made to
it) ask for the theme, shaded by that number.  Without a store, the bundled reports are loaded
into memory first.  Nothing but the project's own code and the standard library is used.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from html import escape
from pathlib import Path
from typing import Any

from uncac_kg.graph.ingest import BUNDLED_REPORTS, load_paths
from uncac_kg.graph.read.rows import python
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.ontology import themes as scheme
from uncac_kg.ontology.iris import Iris
from uncac_kg.text.numerals import english_ordinal

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "theme-trend.svg"
LABEL_WIDTH, CELL_W, CELL_H, HEAD = 440, 74, 22, 58
FONT = "font-family:Helvetica,Arial,sans-serif"


def trend(store: GraphStore) -> list[dict[str, Any]]:
    from uncac_kg.graph.query import library

    result = store.query(library.library()["theme-trend"].text)
    names = [v.value for v in result.variables]  # type: ignore[union-attr]
    return [{n: python(row[n]) for n in names} for row in result]  # type: ignore[union-attr]


def _shade(count: int, most: int) -> str:
    """White for 0, then lighter to darker blue."""
    if count == 0:
        return "#ffffff"
    share = count / max(most, 1)
    low, high = (222, 235, 247), (33, 102, 172)
    return "#" + "".join(f"{round(a + (b - a) * share):02x}" for a, b in zip(low, high, strict=True))


def svg(rows: Iterable[dict[str, Any]]) -> str:
    rows = list(rows)
    meetings = sorted({(r["date"] or "", r["ordinal"]) for r in rows})
    counts = {(r["theme"], r["ordinal"]): r["items"] for r in rows}
    themes = scheme.themes()
    lines: list[tuple[str, str | None]] = []  # (theme, broad heading or None)
    for broad in (t for t in themes.values() if not t.narrow):
        lines.append((broad.slug, broad.en))
        lines += [(t.slug, None) for t in themes.values() if t.broader == broad.slug]
    most = max((counts.get((t, o), 0) for t, h in lines if h is None for _, o in meetings), default=1)
    width = LABEL_WIDTH + CELL_W * len(meetings) + 20
    height = HEAD + CELL_H * len(lines) + 40
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" style="{FONT}">',
           f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
           '<text x="10" y="20" font-size="15" font-weight="bold">What the recommendations ask for, '
           'meeting by meeting</text>',
           '<text x="10" y="38" font-size="11" fill="#555555">Recommendations and Secretariat suggestions '
           'tagged with each theme (ontology/themes.ttl); bold rows count their narrow themes\' items once.</text>']
    for column, (date, ordinal) in enumerate(meetings):
        x = LABEL_WIDTH + column * CELL_W + CELL_W / 2
        out.append(f'<text x="{x}" y="{HEAD - 4}" font-size="11" text-anchor="middle">'
                   f'{english_ordinal(ordinal)} · {escape(date[:4])}</text>')
    for row, (slug, heading) in enumerate(lines):
        y = HEAD + row * CELL_H
        label = heading or themes[slug].en
        weight = ' font-weight="bold"' if heading else ""
        indent = 10 if heading else 24
        out.append(f'<text x="{indent}" y="{y + 15}" font-size="11"{weight}>{escape(label[:68])}</text>')
        for column, (_, ordinal) in enumerate(meetings):
            count = counts.get((slug, ordinal), 0)
            x = LABEL_WIDTH + column * CELL_W
            fill = "#f3f3f3" if heading else _shade(count, most)
            out.append(f'<rect x="{x + 1}" y="{y + 1}" width="{CELL_W - 2}" height="{CELL_H - 2}" fill="{fill}"/>')
            if count:
                colour = "#ffffff" if not heading and count / max(most, 1) > 0.55 else "#222222"
                out.append(f'<text x="{x + CELL_W / 2}" y="{y + 15}" font-size="11" text-anchor="middle" '
                           f'fill="{colour}"{weight}>{count}</text>')
    out.append(f'<text x="10" y="{height - 14}" font-size="10" fill="#777777">uncac-kg query theme-trend '
               f'(drawn by docs/theme_trend.py)</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    if argv:
        store = GraphStore.open(Path(argv[0]))
    else:
        store = GraphStore.open(None)
        load_paths(store, [BUNDLED_REPORTS], iris=Iris())
    OUTPUT.write_text(svg(trend(store)), encoding="utf-8")
    print(f"{OUTPUT}: {len(scheme.themes())} themes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
