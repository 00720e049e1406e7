"""Recurrence threads as timelines for a terminal."""

from __future__ import annotations

from ...text.numerals import english_ordinal
from ..derived.recurrence import Thread, diff

#: Characters of a recommendation's text shown on its line.
TEXT_WIDTH = 60


def render(threads: list[Thread], *, threshold: float) -> str:
    if not threads:
        return f"No recommendation recurs at similarity {threshold}.\n"
    lines = [f"{len(threads)} thread{'s' if len(threads) != 1 else ''} at similarity ≥ {threshold}", ""]
    for thread in threads:
        meetings = thread.meetings
        lines.append(f"Thread {thread.key} · {len(meetings)} meetings · first {english_ordinal(meetings[0])}, "
                     f"last {english_ordinal(meetings[-1])}")
        incoming = {link.later.iri: link for link in thread.links}
        for member in thread.members:
            kind = "" if member.kind == "recommendation" else " (Secretariat suggestion)"
            text = member.text.replace("\n", " ")
            short = text if len(text) <= TEXT_WIDTH else text[: TEXT_WIDTH - 1] + "…"
            lines.append(f"  {member.date or '????-??-??'}  {english_ordinal(member.ordinal):>4}  "
                         f"({member.label}){kind}  {short}")
            link = incoming.get(member.iri)
            if link is not None:
                added, removed = diff(link.earlier.text, link.later.text)
                themes = f" (themes: {', '.join(link.themes)})" if link.kind == "thematic" else ""
                lines.append(f"{'':16}↳ repeats {link.earlier.ordinal}-{link.earlier.label}, score {link.score:.2f}"
                             f"{themes}; shared: {'、'.join(link.shared[:5])}")
                if added or removed:
                    lines.append(f"{'':18}+ {' '.join(added)[:70]}")
                    lines.append(f"{'':18}− {' '.join(removed)[:70]}")
        lines.append("")
    return "\n".join(lines)
