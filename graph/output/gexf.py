"""GEXF 1.3, written so that the official schema (http://gexf.net/1.3/gexf.xsd) accepts it.

networkx's writer is not used: it puts ``xsi:schemaLocation`` in the namespace
``http://w3.org/2001/XMLSchema-instance`` (without "www."), which validators do not know,
and writes ``name`` on ``<graph>``, which GEXF 1.3 does not allow.  Here:

- time follows the 1.3 primer (gexf.net/dynamics.html): ``<graph mode="dynamic"
  timeformat="date">`` and ``start``/``end`` (xs:date, inclusive) on each ``<node>`` or
  ``<edge>`` that has them, which Gephi's timeline reads.  A month (``2020-09``, an
  xsd:gYearMonth) widens to its first and last day; a dateTime keeps its date; a value that
  is no date stays an ordinary string attribute;
- each attribute is declared once per class with the type all its values share (``boolean``,
  ``long``, ``double``, else ``string``), its values written in that type's lexical form;
- an edge's numeric ``weight`` and a ``label`` become the XML attributes of those names;
- characters XML 1.0 cannot carry (control characters) become U+FFFD; everything else,
  Chinese text, quotes and ampersands included, is escaped by the serialiser;
- ``<meta>`` names the creator and the view, without a date, so the same graph gives the
  same bytes.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import xml.etree.ElementTree as ET
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

NS = "http://gexf.net/1.3"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} {NS}/gexf.xsd"

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
#: xs:date, xs:dateTime (its date is kept) or xs:gYearMonth, each with an optional time zone.
_TIME = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2})(?:T[\d:.]+)?)?(?:Z|[+-]\d{2}:\d{2})?")
_LONG = range(-(2**63), 2**63)


def _text(value: object) -> str:
    return _NOT_XML.sub("\ufffd", str(value))


def time_value(value: object, *, end: bool = False) -> str | None:
    """An xs:date for ``start`` (or ``end``), or None if ``value`` is no date."""
    match = _TIME.fullmatch(str(value))
    if match is None:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        if day is None:
            last = calendar.monthrange(int(year), int(month))[1]
            return dt.date(int(year), int(month), last if end else 1).isoformat()
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _double(value: float) -> str:
    if isinstance(value, int):
        return str(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    return repr(value)


def attribute_type(values: list[Any]) -> str:
    """The GEXF type every value fits."""
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) and v in _LONG for v in values):
        return "long"
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return "double"
    return "string"


def _lexical(value: Any, type_: str) -> str:
    if type_ == "boolean":
        return "true" if value else "false"
    if type_ == "double":
        return _double(value)
    return _text(value)


def _split(data: dict[str, Any], *, edge: bool) -> tuple[dict[str, str], dict[str, Any]]:
    """The XML attributes of a ``<node>`` or ``<edge>`` and the rest, its attribute values."""
    xml: dict[str, str] = {}
    rest = dict(data)
    for key in ("start", "end"):
        if key in rest and (when := time_value(rest[key], end=key == "end")) is not None:
            xml[key] = when
            del rest[key]
    if "label" in rest:
        xml["label"] = _text(rest.pop("label"))
    weight = rest.get("weight")
    if edge and isinstance(weight, int | float) and not isinstance(weight, bool):
        xml["weight"] = _double(weight)
        del rest["weight"]
    return xml, rest


def _declare(graph: ET.Element, cls: str, rows: list[dict[str, Any]], *, first: int = 0) -> dict[str, tuple[str, str]]:
    """``<attributes class=cls>`` for the keys of ``rows``, numbered from ``first``; title → (id, type)."""
    values: dict[str, list[Any]] = {}
    for row in rows:
        for key, value in row.items():
            values.setdefault(key, []).append(value)
    declared: dict[str, tuple[str, str]] = {}
    if not values:
        return declared
    attributes = ET.SubElement(graph, "attributes", {"class": cls, "mode": "static"})
    for number, (title, seen) in enumerate(values.items(), start=first):
        declared[title] = (str(number), attribute_type(seen))
        ET.SubElement(attributes, "attribute",
                      {"id": str(number), "title": _text(title), "type": declared[title][1]})
    return declared


def _attvalues(element: ET.Element, row: dict[str, Any], declared: dict[str, tuple[str, str]]) -> None:
    if not row:
        return
    attvalues = ET.SubElement(element, "attvalues")
    for key, value in row.items():
        id_, type_ = declared[key]
        ET.SubElement(attvalues, "attvalue", {"for": id_, "value": _lexical(value, type_)})


def write_gexf(g: nx.Graph, output: IO[bytes]) -> None:
    """``g`` (scalar attributes, as ``formats._clean`` leaves them) as GEXF 1.3."""
    nodes = [(_text(n), *_split(data, edge=False)) for n, data in g.nodes(data=True)]
    edges = [(_text(u), _text(v), *_split(data, edge=True)) for u, v, data in g.edges(data=True)]
    timed = [xml for _, xml, _ in nodes] + [xml for _, _, xml, _ in edges]
    dynamic = any("start" in xml or "end" in xml for xml in timed)

    # Namespace declarations as plain attributes: ElementTree's default_namespace option
    # refuses the unqualified attribute names GEXF uses.
    root = ET.Element("gexf", {"xmlns": NS, "xmlns:xsi": XSI, "xsi:schemaLocation": SCHEMA_LOCATION,
                               "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "uncac-kg"
    if "view" in g.graph:
        ET.SubElement(meta, "description").text = _text(f"uncac-kg view: {g.graph['view']}")
    graph = ET.SubElement(root, "graph", {
        "defaultedgetype": "directed" if g.is_directed() else "undirected",
        "mode": "dynamic" if dynamic else "static", **({"timeformat": "date"} if dynamic else {})})
    node_attributes = _declare(graph, "node", [rest for *_, rest in nodes])
    edge_attributes = _declare(graph, "edge", [rest for *_, rest in edges], first=len(node_attributes))

    nodes_element = ET.SubElement(graph, "nodes", {"count": str(len(nodes))})
    for node_id, xml, rest in nodes:
        _attvalues(ET.SubElement(nodes_element, "node", {"id": node_id, **xml}), rest, node_attributes)
    edges_element = ET.SubElement(graph, "edges", {"count": str(len(edges))})
    for number, (source, target, xml, rest) in enumerate(edges):
        element = ET.SubElement(edges_element, "edge",
                                {"id": str(number), "source": source, "target": target, **xml})
        _attvalues(element, rest, edge_attributes)

    ET.indent(root, space=" ")
    ET.ElementTree(root).write(output, encoding="utf-8", xml_declaration=True)
