"""The bodies that adopt the resolutions the reports cite, and what they are called."""

from __future__ import annotations

from enum import StrEnum


class Body(StrEnum):
    """Bodies that adopt the resolutions the reports cite."""

    UNCAC_COSP = "uncac-cosp"  # Conference of the States Parties to UNCAC
    UNTOC_COP = "untoc-cop"  # Conference of the Parties to UNTOC
    GENERAL_ASSEMBLY = "ga"

    @property
    def convention(self) -> str | None:
        return {Body.UNCAC_COSP: "UNCAC", Body.UNTOC_COP: "UNTOC"}.get(self)

    @property
    def name_zh(self) -> str:
        return _NAMES[self][0]

    @property
    def name_en(self) -> str:
        return _NAMES[self][1]

    @property
    def short_en(self) -> str:
        """As pages and views name it before a resolution's number: ``CoSP``, ``UNTOC COP``."""
        return _NAMES[self][2]

    @property
    def short_zh(self) -> str:
        """As the reports name it before a resolution's number: ``缔约国会议``."""
        return _NAMES[self][3]


#: Full names (zh, en) and short names (en, zh as the reports write them).
_NAMES: dict[Body, tuple[str, str, str, str]] = {
    Body.UNCAC_COSP: ("联合国反腐败公约缔约国会议",
                      "Conference of the States Parties to the United Nations Convention against Corruption",
                      "CoSP", "缔约国会议"),
    Body.UNTOC_COP: ("联合国打击跨国有组织犯罪公约缔约方会议",
                     "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
                     "UNTOC COP", "有组织犯罪公约缔约方会议"),
    Body.GENERAL_ASSEMBLY: ("联合国大会", "United Nations General Assembly", "General Assembly", "大会"),
}
