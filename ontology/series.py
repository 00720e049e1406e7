"""Reference data: the series of meetings whose documents the loaders read.

A series is known by the Chinese name its documents use, and owns a document
symbol prefix.  Adding a sibling body (the Implementation Review Group, the
asset recovery working group …) is adding a row here and, where its reports
are built differently, a loader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Series:
    key: str  # used in IRIs: "eg1"
    symbol_prefix: str  # "CAC/COSP/EG.1"
    name_zh: str
    name_en: str
    pattern: re.Pattern[str]  # matches the name in canonical Chinese text
    convention: str  # the convention whose conference established the series


EXPERT_MEETING = Series(
    key="eg1",
    symbol_prefix="CAC/COSP/EG.1",
    name_zh="增进《联合国反腐败公约》下国际合作不限成员名额政府间专家会议",
    name_en=(
        "Open-ended Intergovernmental Expert Meeting to Enhance International Cooperation "
        "under the United Nations Convention against Corruption"
    ),
    pattern=re.compile(r"国际合作(?:问题)?不限成员名额政府间专家会议|增进国际合作专家会议"),
    convention="UNCAC",
)

SERIES: tuple[Series, ...] = (EXPERT_MEETING,)


def find_series(text: str) -> Series | None:
    """The series whose name occurs first in ``text``."""
    hits = [(m.start(), s) for s in SERIES if (m := s.pattern.search(text))]
    return min(hits, key=lambda hit: hit[0])[1] if hits else None
