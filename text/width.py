"""How wide text stands in print: CJK characters take two columns."""

from __future__ import annotations

import re

#: "Wide" characters: CJK ideographs, CJK and full-width punctuation, the
#: quotation marks and dashes Chinese typesetting uses.  Spaces next to them
#: are extraction artefacts.
WIDE = (
    "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3200-\u33ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
    "\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
)
_WIDE_RE = re.compile(f"[{WIDE}]")


def display_width(text: str) -> int:
    """Columns a line takes in print: two for a wide character, one otherwise."""
    return 2 * len(text) - len(_WIDE_RE.sub("", text))
