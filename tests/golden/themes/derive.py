"""Derive ``expected.json`` (beside this file) from the hand labels ``tests/data/themes/labels.csv``.

labels.csv is the hand-made gold of the themes; this file only reshapes it for the golden tests
(``tests/test_themes.py``): one entry per recommendation or suggestion, with its part (dev or
held-out) and its narrow themes.  Run after editing labels.csv:

    python tests/golden/themes/derive.py

It prints counts only, never a label, so that running it reveals nothing of the held-out part;
``--check`` exits 1 if ``expected.json`` is not what labels.csv gives.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = HERE.parents[1] / "data" / "themes" / "labels.csv"
EXPECTED = HERE / "expected.json"


def derive() -> str:
    with LABELS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    items = [{"source": r["source"], "paragraph": int(r["paragraph"]), "label": r["label"], "part": r["part"],
              "themes": sorted(t for t in r["themes"].split(";") if t)} for r in rows]
    items.sort(key=lambda i: (i["source"], i["paragraph"], i["label"]))
    data = {"derived_from": "tests/data/themes/labels.csv (the hand labels: see its README)",
            "how": "python tests/golden/themes/derive.py", "items": items}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    text = derive()
    if "--check" in sys.argv:
        same = EXPECTED.exists() and EXPECTED.read_text(encoding="utf-8") == text
        print("expected.json is up to date" if same else "expected.json differs from labels.csv: run derive.py")
        return 0 if same else 1
    EXPECTED.write_text(text, encoding="utf-8")
    items = json.loads(text)["items"]
    parts = {p: sum(i["part"] == p for i in items) for p in sorted({i["part"] for i in items})}
    print(f"{EXPECTED.name}: {len(items)} items ({', '.join(f'{n} {p}' for p, n in parts.items())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
