"""The bodies that adopt the resolutions the reports cite."""

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
