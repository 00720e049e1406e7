"""Recognise United Nations document symbols: ``CAC/COSP/EG.1/2019/2``,
``CAC/COSP/IRG/2019/3``, ``CAC/COSP/WG.2/2020/3``, ``CAC/COSP/EG.1/2017/CRP.1``,
``CAC/COSP/EG.1/2021/L.1/Add.3``, ``CTOC/COP/2020/10``, ``A/RES/58/4``,
``A/S-32/L.1``, ``E/CN.15/2019/5`` — also when a line break or a space split
them (``CAC/ COSP/EG.1/2021/2``, ``CAC/COSP/E G.1/2013/L.1``).

Only the series of the UN system are recognised, each with the shape of its
second element, so that an EU directive (``2014/41/EU``) or a regional
protocol (``A/P3/12/01``) is not taken for a UN document.
"""

from __future__ import annotations

import re

from ..facts import Place, Span, SymbolCitation

_S = r"\s?/\s?"  # a separator, perhaps with a space left by a line break
#: An element; a line break may have left a space inside one (``E G.1/``) when it goes on to a "/".
_PART = r"[A-Za-z0-9](?:[A-Za-z0-9.\-]|\s(?=[A-Za-z0-9.\-]+/))*"
_SERIES = (
    # (a line break may have left a space inside the series' own words: ``CAC/CO SP/EG.1/2023/2``)
    rf"C\s?A\s?C{_S}C\s?O\s?S\s?P(?:{_S}{_PART}){{1,6}}",
    rf"C\s?T\s?O\s?C{_S}C\s?O\s?P(?:{_S}{_PART}){{1,6}}",
    rf"A{_S}(?:RES{_S}\d{{1,3}}|S-\d{{1,2}}|CONF\.\d{{1,3}}|\d{{1,3}})(?:{_S}{_PART}){{1,5}}",
    rf"E{_S}(?:CN\.\d{{1,2}}{_S}\d{{4}}|\d{{4}}|RES{_S}\d{{4}})(?:{_S}{_PART}){{0,4}}",
    rf"S{_S}(?:RES{_S}\d{{1,4}}|\d{{4}})(?:{_S}{_PART}){{0,4}}",
    rf"ST{_S}(?:SGB|AI|IC|LEG){_S}{_PART}(?:{_S}{_PART}){{0,4}}",
    rf"UNODC{_S}(?:CCPCJ|CND|ED){_S}{_PART}(?:{_S}{_PART}){{0,4}}",
)
_SYMBOL = re.compile(r"(?<![A-Za-z0-9/])(?:" + "|".join(_SERIES) + r")(?![A-Za-z0-9/])")


def normalise(symbol: str) -> str:
    """``CAC/ COSP/EG.1/2021/2.`` → ``CAC/COSP/EG.1/2021/2``."""
    return re.sub(r"\s+", "", symbol).rstrip(".-")


#: An addendum, corrigendum or revision written short after a full symbol, in a list:
#: ``CAC/COSP/EG.1/2016/L.1 和 Add.1``, ``…/L.1、Add.1和Add.2``, ``…/L.1/Add.1至Add.3``,
#: ``…/L.1、L.1/Add.1和L.1/Add.2`` (the last element repeated).
_SHORT = re.compile(
    r"\s?(?:号文件)?(?P<sep>、|，|,|和|及其|及|以及|与|至|到|-|–|—)\s?(?:增编)?\s?(?:(?P<last>[A-Z]{1,4}\.\d{1,3})/)?"
    r"(?P<kind>Add|Corr|Rev)?\.?(?P<n>\d{1,2})(?![\d/])"
)
_SUFFIX = re.compile(r"/(?:Add|Corr|Rev)\.\d{1,2}$")


def find(text: str, place: Place) -> list[SymbolCitation]:
    """Every UN document symbol in ``text``, once each (the first occurrence); an addendum
    written short after a symbol (``和 Add.1``) is cited in full."""
    found: dict[str, SymbolCitation] = {}
    for m in _SYMBOL.finditer(text):
        symbol = normalise(m.group(0))
        found.setdefault(symbol, SymbolCitation(symbol, Span(place, m.start(), m.end(), m.group(0))))
        for short in _short_forms(text, m.end(), symbol):
            found.setdefault(short.symbol, SymbolCitation(short.symbol, Span(place, *short.span)))
    return list(found.values())


class _Short:
    def __init__(self, symbol: str, start: int, end: int, text: str) -> None:
        self.symbol, self.span = symbol, (start, end, text)


def _short_forms(text: str, position: int, symbol: str) -> list[_Short]:
    """The short forms following the symbol that ends at ``position``."""
    out: list[_Short] = []
    base = _SUFFIX.sub("", symbol)
    kind = m.group(1) if (m := re.search(r"/(Add|Corr|Rev)\.(\d{1,2})$", symbol)) else None
    last = int(m.group(2)) if m else 0
    while short := _SHORT.match(text, position):
        if short.group("last") and not base.endswith("/" + short.group("last")):
            break  # another document's element
        if short.group("kind"):
            kind = short.group("kind")
        elif kind is None or short.group("sep") not in ("至", "到", "-", "–", "—"):
            break  # a bare number continues only a range: "Add.1至3"
        n = int(short.group("n"))
        ranged = short.group("sep") in ("至", "到", "-", "–", "—")
        numbers = range(last + 1, n + 1) if ranged and kind and 0 < last < n else [n]
        for number in numbers:
            out.append(_Short(f"{base}/{kind}.{number}", short.start(), short.end(), text[short.start() : short.end()]))
        last = n
        position = short.end()
    return out


def is_symbol(text: str) -> bool:
    """Is the whole text one UN document symbol?"""
    return bool(_SYMBOL.fullmatch(text.strip()))
