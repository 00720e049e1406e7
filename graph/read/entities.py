"""What the page of one thing shows: a read model per kind of thing, for people.

:func:`page_model` looks at what an IRI is (its classes, or whether the item queries know
it) and answers a plain dict whose ``type`` says which model it is:

=================  =====================================================================
``meeting``        dates, venue, format, chairs, agenda, attendance, documents, items
                   (each with its ``kind`` as the data gives it), what it cites, which
                   meetings it reaffirms and which reaffirm it, resolutions endorsing it
``item``           a recommendation, suggestion or any other kind of item: text, kind,
                   addressees, articles and resolutions with how each link was found,
                   thread, the source paragraph and span, a citation string
``article``        an article of the Convention (or a part): titles, chapter, the
                   paragraphs citing it, the items concerning it and how
``resolution``     a resolution (or a paragraph of one): the conference that adopted it,
                   the paragraphs citing it, the items it endorsed or that cite it
``participant``    a State or organisation: codes, the meetings attended and in which
                   capacity, the chairs from it
``document``       a loaded document: symbol, official text, its paragraphs by heading
``un-document``    a UN document cited by symbol: the loaded copy, whose report it is,
                   the paragraphs citing it
``paragraph``      the text, with what it cites marked; its items; a citation string
``other``          anything else: the labels and the raw description only
=================  =====================================================================

Every model also carries ``iri``, ``title_en`` / ``title_zh`` (labels, never an IRI) and
the raw :class:`~.describe.Description` for the property table at the foot of the page.
"""

from __future__ import annotations

from typing import Any

from pyoxigraph import Literal, NamedNode

from ...errors import NotFound
from ...ontology.iris import Iris, page_path
from ...ontology.vocabulary import UKG
from ..store.embedded import Queryable
from . import browse, threads
from .describe import Description, describe
from .names import (
    article_name,
    citation,
    convention_of,
    kind_label,
    meeting_short,
    meeting_title,
    official_url,
    resolution_name,
)
from .rows import key, rows

#: Classes that choose a page (the first that matches, in this order).
_TYPES = (
    ("Meeting", "meeting"), ("Article", "article"), ("ArticleParagraph", "article"),
    ("ArticleSubparagraph", "article"), ("Resolution", "resolution"), ("ResolutionParagraph", "resolution"),
    ("State", "participant"), ("Organization", "participant"), ("Document", "document"),
    ("UNDocument", "un-document"), ("Paragraph", "paragraph"), ("Heading", "paragraph"),
    ("Footnote", "paragraph"),
)


def _node(iri: str) -> NamedNode:
    return NamedNode(iri)


def _ukg(iri: str) -> str | None:
    return iri[len(UKG):] if iri.startswith(UKG) else None


def kind_of(store: Queryable, iri: str) -> str:
    """Which page ``iri`` gets (see the module's table)."""
    types = {_ukg(r["type"]) for r in rows(store, "types", thing=_node(iri))}
    for name, page in _TYPES:
        if name in types:
            return page
    if rows(store, "recommendations", recommendation=_node(iri)):
        return "item"
    return "other"


def page_model(store: Queryable, iri: str, *, base: str) -> dict[str, Any]:
    """The model of ``iri``'s page; ``LookupError`` if the graph says nothing about it."""
    description = describe(store, iri)
    kind = kind_of(store, iri)
    build = _BUILDERS.get(kind, _other)
    model = build(store, iri, base, description)
    model.setdefault("type", kind)
    model.setdefault("iri", iri)
    model["description"] = description
    if not model.get("title_en") and not model.get("title_zh"):
        model["title_en"], model["title_zh"] = _fallback_title(description)
    return model


def _fallback_title(description: Description) -> tuple[str, str | None]:
    labels = description.labels
    if labels:
        return labels.get("en") or labels.get("") or next(iter(labels.values())), labels.get("zh")
    for prop, value in description.outgoing:  # a name, a symbol, a text: a label of sorts
        if prop.endswith(("/name", "#symbol", "#token")) and not value.iri:
            return value.text, None
    names = [t.rsplit("#", 1)[-1].rsplit("/", 1)[-1] for t in description.types]
    what = names[0] if names else "resource"
    return f"A {what} (no label)", None


# --- small helpers ------------------------------------------------------------------


def _labels(store: Queryable, iri: str) -> tuple[str | None, str | None]:
    found = rows(store, "labels", thing=_node(iri))
    if not found:
        return None, None
    row = found[0]
    return row["label_en"] or row["label"], row["label_zh"] or row["label"]


def _documents(store: Queryable, base: str) -> dict[str, dict[str, Any]]:
    return {d["iri"]: d for d in browse.documents(store, base=base)}


def _bodies(store: Queryable) -> dict[str, dict[str, Any]]:
    """Every resolution's number and the body that adopted it, by IRI."""
    return {r["resolution"]: r for r in rows(store, "resolution-bodies")}


def _resolution_names(row: dict[str, Any] | None, number: object) -> dict[str, Any]:
    body = row["body"] if row else None
    en, zh = resolution_name(number if row is None else row["number"], body)
    return {"name_en": en, "name_zh": zh, "body": key(body) if body else None,
            "body_en": row["body_en"] if row else None, "body_zh": row["body_zh"] if row else None,
            "convention": convention_of(body)}


def _meeting_ref(iri: str | None, ordinal: object, start: object, base: str) -> dict[str, Any] | None:
    if iri is None:
        return None
    en, zh = meeting_short(ordinal, start)
    name_en, name_zh = en, zh
    if isinstance(ordinal, int):
        head, _, tail = en.partition(" ")
        name_en = f"{head} meeting" + (f" {tail}" if tail else "")
        name_zh = zh.replace("次", "次会议", 1)
    return {"iri": iri, "page": page_path(iri, base), "ordinal": ordinal, "short_en": en, "short_zh": zh,
            "name_en": name_en, "name_zh": name_zh}


def _starts(store: Queryable) -> dict[int, Any]:
    """Meeting ordinal → start date, for the meetings with loaded documents."""
    return {r["ordinal"]: r["start"] for r in rows(store, "meetings")}


def _with_citations(found: list[dict[str, Any]], documents: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Items (from :func:`browse.items`) with their citation string and kind names."""
    out = []
    for item in found:
        document = documents.get((item["document"] or {}).get("iri", ""), {})
        number = (item["paragraph"] or {}).get("number")
        en, zh = kind_label(item["kind"])
        out.append({**item, "kind_en": en, "kind_zh": zh,
                    "citation": citation(symbol=document.get("symbol"), title=document.get("title"),
                                         paragraph=number, label=item["label"], source=document.get("source"))})
    return out


def _paragraph_refs(found: list[dict[str, Any]], documents: dict[str, dict[str, Any]],
                    starts: dict[int, Any], base: str) -> list[dict[str, Any]]:
    """Citing paragraphs (from :func:`browse.citing`) with their meeting and citation string."""
    out = []
    for p in found:
        document = documents.get(p["document"]["iri"], {})
        out.append({**p, "meeting_ref": _meeting_ref(document.get("meeting_iri"), p["meeting"],
                                                     starts.get(p["meeting"]), base),
                    "citation": citation(symbol=document.get("symbol"), title=document.get("title"),
                                         paragraph=p["number"], source=document.get("source"))})
    return out


def _document_facts(store: Queryable, base: str) -> dict[str, dict[str, Any]]:
    """Loaded documents by IRI, each with its meeting's IRI and the official text's address."""
    meetings = {r["ordinal"]: r["meeting"] for r in rows(store, "meetings")}
    out = {}
    for iri, d in _documents(store, base).items():
        out[iri] = {**d, "meeting_iri": meetings.get(d["meeting"]), "url": official_url(d["symbol"], d["language"])}
    return out


# --- meetings -------------------------------------------------------------------------


def _meeting(store: Queryable, iri: str, base: str, description: Description) -> dict[str, Any]:
    found = rows(store, "meeting", meeting=_node(iri))
    row = found[0] if found else {}
    ordinal, start = row.get("ordinal"), row.get("start")
    documents = _document_facts(store, base)
    in_series = row.get("series") is not None and isinstance(ordinal, int)
    title_en, title_zh = meeting_title(ordinal, start) if in_series else (row.get("label_en"), row.get("label_zh"))
    bodies = _bodies(store)
    attendees = rows(store, "attendees", meeting=_node(iri))
    counts: dict[str, dict[str, Any]] = {}
    for a in attendees:
        entry = counts.setdefault(a["kind"], {"kind": a["kind"], "en": a["kind_en"], "zh": a["kind_zh"], "count": 0,
                                              "participants": []})
        entry["count"] += 1
        entry["participants"].append({"iri": a["participant"], "page": page_path(a["participant"], base),
                                      "label_en": a["label_en"], "label_zh": a["label_zh"] or a["written"]})
    starts = _starts(store)
    cites = []
    for c in rows(store, "citations", meeting=_node(iri)):
        if c["kind"] == "resolution":
            names = _resolution_names(bodies.get(c["target"]), c["key"])
        elif c["kind"] == "article":
            en, zh = article_name(c["key"], "uncac")
            names = {"name_en": c["label"] or en, "name_zh": zh}
        else:
            names = {"name_en": str(c["key"]), "name_zh": None}
        cites.append({"kind": c["kind"], "iri": c["target"], "page": page_path(c["target"], base),
                      "paragraphs": c["paragraphs"], **names,
                      "url": official_url(str(c["key"]), "zh") if c["kind"] == "document" else None})

    def reaffirmation(r: dict[str, Any], other: str, other_ordinal: str) -> dict[str, Any]:
        document = documents.get(r["document"] or "", {})
        return {"meeting": _meeting_ref(r[other], r[other_ordinal], starts.get(r[other_ordinal]), base),
                "cited_symbol": r["cited_symbol"], "cited_url": official_url(r["cited_symbol"], "zh"),
                "paragraph": {"iri": r["paragraph"], "page": page_path(r["paragraph"], base), "number": r["number"]},
                "citation": citation(symbol=r["symbol"], title=r["title"], paragraph=r["number"],
                                     source=document.get("source"))}

    items = _with_citations(browse.items(store, base=base, meeting=iri), documents)
    endorsed: dict[str, dict[str, Any]] = {}
    for e in rows(store, "endorsements"):
        if e["meeting"] != iri:
            continue
        entry = endorsed.setdefault(e["resolution"], {
            "iri": e["resolution"], "page": page_path(e["resolution"], base),
            **_resolution_names(bodies.get(e["resolution"]), key(e["resolution"])), "items": []})
        if e["endorsed"] != iri:
            entry["items"].append({"label": e["label"], "page": page_path(e["endorsed"], base)})
    chairs = []
    for c in rows(store, "chairs", meeting=_node(iri)):
        state = Iris(base).state(c["iso3"]).value if c["iso3"] else None
        chairs.append({**c, "state_page": page_path(state, base)})
    return {
        "type": "meeting", "title_en": title_en, "title_zh": title_zh,
        "label_en": row.get("label_en"), "label_zh": row.get("label_zh"), "ordinal": ordinal,
        "series": row.get("series"), "start": start, "end": row.get("end"), "venue": row.get("venue") or None,
        "format": {"key": row.get("format"), "en": row.get("format_en"), "zh": row.get("format_zh")}
        if row.get("format") else None,
        "reports": [{"symbol": s, "url": official_url(s, "zh")} for s in (row.get("reports") or "").split()],
        "documents": [d for d in documents.values() if d["meeting_iri"] == iri],
        "agenda": rows(store, "agenda", meeting=_node(iri)),
        "chairs": chairs,
        "attendance": sorted(counts.values(), key=lambda c: -c["count"]),
        "participants": len(attendees),
        "items": items,
        "cites": cites,
        "reaffirms": [reaffirmation(r, "earlier", "earlier_ordinal")
                      for r in rows(store, "reaffirmation-statements", later=_node(iri))],
        "reaffirmed_by": [reaffirmation(r, "later", "later_ordinal")
                          for r in rows(store, "reaffirmation-statements", earlier=_node(iri))],
        "endorsed_by": list(endorsed.values()),
    }


# --- items ------------------------------------------------------------------------------


def _item(store: Queryable, iri: str, base: str, description: Description) -> dict[str, Any]:
    found = browse.items(store, base=base, item=iri)
    if not found:
        raise NotFound(f"{iri}: not a recommendation or suggestion")
    documents = _document_facts(store, base)
    item = _with_citations(found, documents)[0]
    document = documents.get((item["document"] or {}).get("iri", ""), {})
    starts = _starts(store)
    bodies = _bodies(store)
    meeting = _meeting_ref(document.get("meeting_iri") or _meeting_of(store, iri), item["meeting"],
                           starts.get(item["meeting"]), base)
    source = None
    span = {_ukg(p): v.text for p, v in description.outgoing if _ukg(p) in ("start", "end") and not v.iri}
    in_paragraph = (item["paragraph"] or {}).get("iri")
    found_paragraph = rows(store, "paragraph", paragraph=_node(in_paragraph)) if in_paragraph else []
    if found_paragraph and span.get("start", "").isdigit() and span.get("end", "").isdigit():
        source = {"text": found_paragraph[0]["text"], "start": int(span["start"]), "end": int(span["end"])}
    elif description.source is not None:
        text, start, end = description.source
        source = {"text": text, "start": start, "end": end}
    articles = []
    for a in rows(store, "article-links", item=_node(iri)):
        en, zh = a["label_en"], a["label_zh"]
        articles.append({"iri": a["part"], "page": page_path(a["part"], base), "article": a["article"],
                         "number": a["number"], "label_en": en or article_name(a["number"])[0],
                         "label_zh": zh, "explicit": bool(a["explicit"]), "evidence": a["evidence"],
                         "term": a["term"]})
    resolutions = []
    for r in rows(store, "item-resolutions", item=_node(iri)):
        resolutions.append({"iri": r["resolution"], "page": page_path(r["resolution"], base), "how": r["how"],
                            "evidence": r["evidence"],
                            **_resolution_names(bodies.get(r["resolution"]), key(r["resolution"]))})
    restated = []
    for r in rows(store, "restatements", item=_node(iri)):
        d = documents.get(r["document"], {})
        restated.append({"page": page_path(r["paragraph"], base), "number": r["number"],
                         "meeting": _meeting_ref(d.get("meeting_iri"), r["ordinal"], starts.get(r["ordinal"]), base),
                         "citation": citation(symbol=d.get("symbol"), title=d.get("title"), paragraph=r["number"],
                                              source=d.get("source"))})
    timeline = threads.timeline(store, item["thread"])["timeline"] if item["thread"] else None
    if timeline:
        for member in timeline:
            member["page"] = page_path(member["recommendation"], base)
            member["kind_en"], member["kind_zh"] = kind_label(member["kind"])
            member["meeting_ref"] = _meeting_ref("", member["meeting"], member["date"], base)
    label_en, label_zh = kind_label(item["kind"])
    of_en = f" of the {meeting['name_en']}" if meeting else ""
    return {
        "type": "item", "item": item, "meeting": meeting, "source": source,
        "title_en": f"{label_en[:1].upper()}{label_en[1:]} ({item['label']}){of_en}",
        "title_zh": f"{meeting['name_zh'] if meeting else ''}{label_zh}（{item['label']}）",
        "document": {"iri": document.get("iri"), "page": document.get("page"), "symbol": document.get("symbol"),
                     "title": document.get("title"), "url": document.get("url")} if document else None,
        "addressees": rows(store, "addressees", item=_node(iri)),
        "articles": articles, "resolutions": resolutions, "restated": restated, "timeline": timeline,
    }


def _meeting_of(store: Queryable, iri: str) -> str | None:
    found = rows(store, "recommendations", recommendation=_node(iri))
    return found[0]["meeting"] if found else None


# --- articles and resolutions ------------------------------------------------------------


def _part_of(description: Description, kind: str) -> str | None:
    """The article or resolution a part belongs to (``dcterms:isPartOf``)."""
    for prop, value in description.outgoing:
        if prop == "http://purl.org/dc/terms/isPartOf" and value.iri and f"/{kind}/" in value.text:
            return value.text
    return None


def _article(store: Queryable, iri: str, base: str, description: Description) -> dict[str, Any]:
    found = browse.cited(store, "article", base=base, target=iri)
    whole = None
    if not found:  # a paragraph or subparagraph of an article
        whole = _part_of(description, "article")
    label_en, label_zh = _labels(store, iri)
    row = found[0] if found else {}
    documents = _document_facts(store, base)
    starts = _starts(store)
    links = rows(store, "article-links", article=_node(iri)) if found else []
    how: dict[str, list[dict[str, Any]]] = {}
    for link in links:
        how.setdefault(link["item"], []).append({"explicit": bool(link["explicit"]), "term": link["term"],
                                                 "evidence": link["evidence"], "part": link["part"]})
    concerning = []
    if found:
        everything = _with_citations(browse.items(store, base=base), documents)
        for item in everything:
            if iri in item["article_iris"]:
                concerning.append({**item, "how": how.get(item["iri"], []),
                                   "meeting_ref": _meeting_ref("", item["meeting"], starts.get(item["meeting"]), base)})
    chapter = None
    for prop, value in description.outgoing:
        if prop == UKG + "chapter" and value.iri:
            chapter = {"iri": value.text, "page": page_path(value.text, base), "label": value.label}
    return {
        "type": "article", "title_en": label_en or row.get("label_en"), "title_zh": label_zh or row.get("label_zh"),
        "number": row.get("number"), "scope": row.get("scope"), "heading": row.get("title"), "chapter": chapter,
        "whole": {"iri": whole, "page": page_path(whole, base)} if whole else None,
        "paragraphs": _paragraph_refs(browse.citing(store, iri, base=base), documents, starts, base),
        "items": concerning,
    }


def _resolution(store: Queryable, iri: str, base: str, description: Description) -> dict[str, Any]:
    bodies = _bodies(store)
    whole = None if iri in bodies else _part_of(description, "resolution")
    of = whole or iri
    names = _resolution_names(bodies.get(of), key(of).replace("-", "/"))
    label_en, label_zh = _labels(store, iri)
    if whole:  # a paragraph of a resolution: "CoSP resolution 7/1, para. 27"
        number = key(iri)
        names = {**names, "name_en": f"{names['name_en']}, para. {number}",
                 "name_zh": f"{names['name_zh']}第{number}段"}
    documents = _document_facts(store, base)
    starts = _starts(store)
    endorsed = []
    endorsed_iris = set()
    for e in rows(store, "endorsements", resolution=_node(iri)):
        endorsed_iris.add(e["endorsed"])
        is_meeting = e["endorsed"] == e["meeting"]
        endorsed.append({"iri": e["endorsed"], "page": page_path(e["endorsed"], base),
                         "label": None if is_meeting else e["label"],
                         "meeting": _meeting_ref(e["meeting"], e["ordinal"], starts.get(e["ordinal"]), base)})
    citing_items = []
    if not whole:
        for item in _with_citations(browse.items(store, base=base), documents):
            if iri in item["resolution_iris"] and item["iri"] not in endorsed_iris:
                citing_items.append({**item, "meeting_ref": _meeting_ref("", item["meeting"],
                                                                         starts.get(item["meeting"]), base)})
    title = None
    for prop, value in description.outgoing:
        if prop == "http://purl.org/dc/terms/title" and not value.iri:
            title = value.text
    return {
        "type": "resolution", "title_en": names["name_en"], "title_zh": names["name_zh"], **names,
        "label_en": label_en, "label_zh": label_zh, "heading": title,
        "whole": {"iri": whole, "page": page_path(whole, base)} if whole else None,
        "paragraphs": _paragraph_refs(browse.citing(store, iri, base=base), documents, starts, base),
        "endorsed": endorsed, "items": citing_items,
    }


# --- States and organisations ----------------------------------------------------------------


def _participant(store: Queryable, iri: str, base: str, description: Description) -> dict[str, Any]:
    label_en, label_zh = _labels(store, iri)
    facts = {}
    for prop, value in description.outgoing:
        name = _ukg(prop)
        if name in ("iso3", "iso2", "regionalGroup") and not value.iri:
            facts[name] = value.text
    attended = []
    for r in rows(store, "participations", participant=_node(iri)):
        attended.append({"meeting": _meeting_ref(r["meeting"], r["ordinal"], r["start"], base), "kind": r["kind"],
                         "start": r["start"]})
    chairs = []
    if facts.get("iso3"):
        starts = _starts(store)
        meetings = {r["ordinal"]: r["meeting"] for r in rows(store, "meetings")}
        for c in rows(store, "chairs"):
            if c["iso3"] == facts["iso3"]:
                ordinal = _ordinal(meetings, c["meeting"])
                chairs.append({**c, "meeting": _meeting_ref(c["meeting"], ordinal,
                                                            None if ordinal is None else starts.get(ordinal), base)})
    return {"type": "participant", "title_en": label_en, "title_zh": label_zh, "facts": facts,
            "attended": attended, "chairs": chairs}


def _ordinal(meetings: dict[int, str], iri: str) -> int | None:
    return next((o for o, m in meetings.items() if m == iri), None)


# --- documents and paragraphs ------------------------------------------------------------------


def _document(store: Queryable, iri: str, base: str, description: Description) -> dict[str, Any]:
    documents = _document_facts(store, base)
    document = documents.get(iri)
    if document is None:
        return _other(store, iri, base, description)
    starts = _starts(store)
    meeting = _meeting_ref(document["meeting_iri"], document["meeting"], starts.get(document["meeting"]), base)
    paragraphs = []
    for p in rows(store, "paragraphs", document=_node(iri)):
        paragraphs.append({"number": p["number"], "iri": p["paragraph"], "page": page_path(p["paragraph"], base),
                           "text": p["text"], "heading": p["heading"],
                           "citation": citation(symbol=document["symbol"], title=document["title"],
                                                paragraph=p["number"], source=document["source"])})
    kind_en = {"report": "Report", "note": "Secretariat note"}.get(document["kind"] or "", "Document")
    kind_zh = {"report": "报告", "note": "秘书处说明"}.get(document["kind"] or "", "文件")
    title_en = f"{kind_en} of the {meeting['name_en']}" if meeting else kind_en
    if document["symbol"]:
        title_en = f"{document['symbol']}: {title_en}"
    return {"type": "document", "document": document, "meeting": meeting, "title_en": title_en,
            "title_zh": document["title"] or (f"{meeting['short_zh']}会议{kind_zh}" if meeting else kind_zh),
            "paragraphs": paragraphs,
            "items": [i for i in _with_citations(browse.items(store, base=base, meeting=document["meeting_iri"]),
                                                 documents)
                      if (i["document"] or {}).get("iri") == iri] if document["meeting_iri"] else []}


def _un_document(store: Queryable, iri: str, base: str, description: Description) -> dict[str, Any]:
    symbol = next((v.text for p, v in description.outgoing if p == UKG + "symbol" and not v.iri), None)
    documents = _document_facts(store, base)
    starts = _starts(store)
    loaded, reports = [], []
    if symbol:
        for r in rows(store, "un-document", symbol=Literal(symbol)):
            if r["document"] and r["document"] in documents:
                loaded.append(documents[r["document"]])
            if r["meeting"]:
                reports.append(_meeting_ref(r["meeting"], r["ordinal"], starts.get(r["ordinal"]), base))
    return {"type": "un-document", "title_en": symbol, "title_zh": None, "symbol": symbol,
            "url": official_url(symbol, "zh"), "url_en": official_url(symbol, None), "loaded": loaded,
            "report_of": reports,
            "paragraphs": _paragraph_refs(browse.citing(store, iri, base=base), documents, starts, base)}


def _paragraph(store: Queryable, iri: str, base: str, description: Description) -> dict[str, Any]:
    found = rows(store, "paragraph", paragraph=_node(iri))
    if not found:
        return _other(store, iri, base, description)
    row = found[0]
    documents = _document_facts(store, base)
    document = documents.get(row["document"], {})
    starts = _starts(store)
    bodies = _bodies(store)
    meeting = _meeting_ref(row["meeting"], row["ordinal"], starts.get(row["ordinal"]), base)
    marks = []
    for c in rows(store, "paragraph-citations", paragraph=_node(iri)):
        if c["kind"] == "resolution":
            names = _resolution_names(bodies.get(c["target"]), key(c["target"]).replace("-", "/"))
            name = names["name_en"]
        elif c["kind"] == "article":
            name = _labels(store, c["cited"])[0] or article_name(key(c["target"]))[0]
        else:
            name = _symbol(store, c["cited"]) or c["evidence"] or key(c["cited"])
        marks.append({"start": c["start"], "end": c["end"], "evidence": c["evidence"], "kind": c["kind"],
                      "iri": c["cited"], "page": page_path(c["cited"], base), "name": name,
                      "url": official_url(name, "zh") if c["kind"] == "document" else None})
    siblings = [p for p in rows(store, "paragraphs", document=_node(row["document"]))] if row["number"] else []
    numbers = [p["paragraph"] for p in siblings]
    at = numbers.index(iri) if iri in numbers else -1
    previous = siblings[at - 1] if at > 0 else None
    following = siblings[at + 1] if 0 <= at < len(siblings) - 1 else None
    number = row["number"]
    items = []
    if row["meeting"]:
        items = [i for i in _with_citations(browse.items(store, base=base, meeting=row["meeting"]), documents)
                 if (i["paragraph"] or {}).get("iri") == iri]
    what = f"para. {number}" if number is not None else "text"
    where = row["symbol"] or (meeting["name_en"] if meeting else "")
    return {
        "type": "paragraph", "title_en": f"{where}, {what}" if where else what,
        "title_zh": f"第{number}段" if number is not None else None,
        "number": number, "text": row["text"], "heading": row["heading"], "meeting": meeting,
        "document": {**document, "page": page_path(row["document"], base)} if document else
        {"iri": row["document"], "page": page_path(row["document"], base), "symbol": row["symbol"],
         "title": row["title"]},
        "citation": citation(symbol=row["symbol"], title=row["title"], paragraph=number,
                             source=document.get("source")),
        "marks": sorted(marks, key=lambda m: (m["start"] is None, m["start"] or 0)),
        "items": items,
        "previous": _sibling(previous, base),
        "next": _sibling(following, base),
    }


def _symbol(store: Queryable, iri: str) -> str | None:
    found = rows(store, "symbol", thing=_node(iri))
    return found[0]["symbol"] if found else None


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sibling(row: dict[str, Any] | None, base: str) -> dict[str, Any] | None:
    return None if row is None else {"number": row["number"], "page": page_path(row["paragraph"], base)}


# --- anything else --------------------------------------------------------------------------------


def _other(store: Queryable, iri: str, base: str, description: Description) -> dict[str, Any]:
    """Labels and, for a statement read from a paragraph, where it was read and how to cite it."""
    label_en, label_zh = _labels(store, iri)
    derived = next((v.text for p, v in description.outgoing
                    if p in ("http://www.w3.org/ns/prov#wasDerivedFrom", UKG + "inParagraph") and v.iri), None)
    own = {_ukg(p): v.text for p, v in description.outgoing
           if _ukg(p) in ("label", "text", "start", "end") and not v.iri}
    source = None
    if derived:
        found = rows(store, "paragraph", paragraph=_node(derived))
        if found:
            row = found[0]
            documents = _document_facts(store, base)
            document = documents.get(row["document"], {})
            source = {"page": page_path(derived, base), "number": row["number"],
                      "citation": citation(symbol=row["symbol"], title=row["title"], paragraph=row["number"],
                                           source=document.get("source"))}
            if own.get("start", "").isdigit() and own.get("end", "").isdigit():  # its span in the paragraph
                source["span"] = (row["text"], int(own["start"]), int(own["end"]))
    thread = None
    if UKG + "Thread" in description.types:
        thread = {"key": key(iri), "page": "/threads/" + key(iri)}
    # what it is, as the ontology labels its class (the most specific one: not "statement")
    types = sorted(description.types, key=lambda t: (t == UKG + "Statement", not t.startswith(UKG), t))
    what_en, what_zh = _labels(store, types[0]) if types else (None, None)
    title_en = label_en
    if not title_en and not label_zh and own.get("label"):  # an item the pages know no kind of yet
        title_en = f"{_upper_first(what_en or 'item')} ({own['label']})"
        if source:
            source["citation"] = citation(symbol=None, title=source["citation"], label=own["label"])
    elif not title_en and not label_zh and source:  # a statement: what it is and where it was read
        title_en = f"{_upper_first(what_en or 'statement')}, read from {source['citation']}"
    return {"type": "other", "title_en": title_en, "title_zh": label_zh if label_zh != label_en else None,
            "source": source, "thread": thread, "what_en": what_en, "what_zh": what_zh, "text": own.get("text")}


# --- search results ----------------------------------------------------------------------------------


def search_model(store: Queryable, q: str, *, kinds: tuple[Any, ...], limit: int, offset: int,
                 base: str) -> dict[str, Any]:
    """A page of search results (:func:`.search.search`), each hit with its page, its meeting
    and a citation string."""
    from . import search

    found = search.search(store, q, kinds=kinds, limit=limit, offset=offset)
    documents = _document_facts(store, base)
    starts = _starts(store)
    hits = []
    for hit in found.hits:
        document = documents.get(hit.document or "", {})
        label = hit.label if hit.kind.value != "paragraph" else None
        en, zh = kind_label(hit.kind.value) if label else ("paragraph", "段落")
        hits.append({"iri": hit.item, "page": page_path(hit.item, base), "kind": hit.kind.value, "kind_en": en,
                     "kind_zh": zh, "label": label, "score": hit.score, "snippet_html": hit.snippet_html,
                     "meeting": _meeting_ref(document.get("meeting_iri"), document.get("meeting"),
                                             starts.get(document.get("meeting", -1)), base),
                     "citation": citation(symbol=document.get("symbol"), title=document.get("title"),
                                          paragraph=hit.paragraph, label=label, source=document.get("source"))})
    return {"q": q, "terms": list(found.query.terms), "mapped": {k: list(v) for k, v in found.query.mapped.items()},
            "total": found.total, "limit": limit, "offset": offset, "hits": hits}


_BUILDERS = {
    "meeting": _meeting, "item": _item, "article": _article, "resolution": _resolution,
    "participant": _participant, "document": _document, "un-document": _un_document, "paragraph": _paragraph,
    "other": _other,
}

__all__ = ["kind_of", "page_model", "search_model"]
