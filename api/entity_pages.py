"""The HTML of entity pages (``/id/{path}``), one layout per kind of thing, from the read
models of :mod:`uncac_kg.graph.read.entities`.  Everything shown is escaped; the raw
description (every property, and what points here) is folded at the foot of each page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..graph.read.describe import Description, Value
from ..graph.read.names import kind_label, kind_sentence
from ..ontology.iris import page_path
from ..ontology.vocabulary import prefixed
from .shell import COPY_SCRIPT, both, copy_button, date, dates, e, kind_chip, link, page, zh

Model = dict[str, Any]

# --- shared pieces --------------------------------------------------------------------------


def _short(iri: str) -> str:
    return prefixed(iri) or iri


def _iri_link(iri: str, base: str, label: str | None = None) -> str:
    """A link to the page of an IRI of this graph; another IRI (a vocabulary's term) as text,
    the whole IRI in its tooltip: every link of a page leads to a page of this server."""
    local = page_path(iri, base)
    if local:
        return link(local, label or _short(iri), title=iri)
    return f'<span class="term" title="{e(iri)}">{e(label or _short(iri))}</span>'


def _cell(value: Value, base: str) -> str:
    if value.iri:
        return _iri_link(value.text, base, value.label)
    suffix = f" <small>@{e(value.language)}</small>" if value.language else (
        f" <small>{e(_short(value.datatype))}</small>" if value.datatype and not value.datatype.endswith("#string")
        else "")
    return e(value.text) + suffix


def raw(description: Description, base: str, *, open_: bool = False) -> str:
    """Every property of the thing and what points to it, folded (``<details>``)."""
    rows = "".join(f"<tr><th>{_iri_link(p, base)}</th><td>{_cell(v, base)}</td></tr>" for p, v in description.outgoing)
    incoming = "".join(f"<tr><td>{_cell(v, base)}</td><th>{_iri_link(p, base)}</th></tr>"
                       for p, v in description.incoming)
    more = "<p>… and more: use SPARQL for the full list.</p>" if description.more_incoming else ""
    types = ", ".join(_iri_link(t, base) for t in description.types) or "—"
    return f"""<details class="raw"{" open" if open_ else ""}><summary>All statements about it
({len(description.outgoing)} properties, {len(description.incoming)}{"+" if description.more_incoming else ""}
pointing here)</summary>
<p>Type: {types}</p>
<h3>Properties</h3><table id="outgoing">{rows}</table>
<h3>Pointing here</h3><table id="incoming">{incoming or "<tr><td>nothing</td></tr>"}</table>{more}
<p>As data: <a href="?format=turtle">Turtle</a> · <a href="?format=jsonld">JSON-LD</a> ·
<a href="?format=nt">N-Triples</a> · <a href="?format=rdfxml">RDF/XML</a></p></details>"""


def _head(kicker: str, model: Model) -> str:
    title_en, title_zh = model.get("title_en"), model.get("title_zh")
    h1 = e(title_en) if title_en else zh(title_zh)
    second = f'<p class="zh" lang="zh">{e(title_zh)}</p>' if title_en and title_zh and title_zh != title_en else ""
    return (f'<p class="kicker">{kicker}</p><h1>{h1}</h1>{second}'
            f'<p class="muted"><small>IRI: <code id="iri">{e(model["iri"])}</code></small></p>')


def _facts(pairs: list[tuple[str, str]]) -> str:
    shown = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in pairs if value)
    return f'<dl class="facts">{shown}</dl>' if shown else ""


def _cite(text: str | None) -> str:
    if not text:
        return ""
    return (f'<div class="cite-as"><span class="muted">Cite as:</span> <code id="citation">{e(text)}</code>'
            f"{copy_button(text)}</div>")


def _official(symbol: str | None, url: str | None) -> str:
    if not symbol:
        return '<span class="muted">UN symbol not known</span>'
    return f"{e(symbol)}" + (f' — <a href="{e(url)}" rel="external">official text (undocs.org)</a>' if url else "")


def _meeting_link(ref: Model | None, *, full: bool = True) -> str:
    if not ref:
        return ""
    en, zh_ = (ref["name_en"], ref["name_zh"]) if full else (ref["short_en"], ref["short_zh"])
    return link(ref.get("page"), en) + (" · " + zh(zh_) if zh_ else "")


def _marked(text: str, spans: Sequence[tuple[int, int, str | None]]) -> str:
    """``text`` with each (start, end, link) span marked (a link when given); overlaps are skipped."""
    out, at = [], 0
    for start, end, href in sorted(spans):
        if start < at or end <= start or end > len(text):
            continue
        inner = e(text[start:end])
        marked = f'<a href="{e(href)}"><mark class="cite">{inner}</mark></a>' if href else f"<mark>{inner}</mark>"
        out.append(e(text[at:start]) + marked)
        at = end
    out.append(e(text[at:]))
    return "".join(out)


def _excerpt(text: str, words: list[str], *, width: int = 90) -> str:
    """Around the first of ``words`` in ``text``, the words marked; the whole text when short."""
    at = min((text.find(w) for w in words if w and w in text), default=-1)
    if len(text) > 2 * width + 20 and at >= 0:
        start, end = max(0, at - width), min(len(text), at + width)
        piece = ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
    elif len(text) > 2 * width + 20:
        piece = text[: 2 * width] + "…"
    else:
        piece = text
    spans = []
    for word in {w for w in words if w}:
        i = piece.find(word)
        while i >= 0:
            spans.append((i, i + len(word), None))
            i = piece.find(word, i + len(word))
    return _marked(piece, spans)


def _item_line(item: Model, *, meeting: bool = False, text: bool = True) -> str:
    """One item: kind, label (a link), meeting, text, citation, thread."""
    en, zh_ = kind_label(item["kind"])
    where = f" · {_meeting_link(item.get('meeting_ref'))}" if meeting and item.get("meeting_ref") else ""
    thread = f' · <a href="/threads/{e(item["thread"])}">recurs: thread {e(item["thread"])}</a>' if item.get(
        "thread") else ""
    body = f'<div lang="zh" class="zh">{e(item["text"])}</div>' if text else ""
    cite = f'<div class="muted"><small>{e(item["citation"])}</small></div>' if item.get("citation") else ""
    return (f'<li data-kind="{e(item["kind"])}">{kind_chip(item["kind"], en, zh_)} '
            f'<strong>{link(item["page"], "(" + str(item["label"]) + ")")}</strong>{where}{thread}{body}{cite}</li>')


def _items_by_kind(items: list[Model], *, meeting: bool = False, heading: str = "h3") -> str:
    """Items grouped by their kind, in the order the data lists them."""
    kinds: list[str] = []
    for item in items:
        if item["kind"] not in kinds:
            kinds.append(item["kind"])
    out = []
    for kind in kinds:
        group = [i for i in items if i["kind"] == kind]
        en, zh_ = kind_label(kind, plural=True)
        what = kind_sentence(kind)
        note = f' <small class="muted">({e(what)})</small>' if what else ""
        out.append(f'<{heading} data-kind="{e(kind)}">{both(en[:1].upper() + en[1:], zh_)} ({len(group)}){note}'
                   f'</{heading}><ol class="items">{"".join(_item_line(i, meeting=meeting) for i in group)}</ol>')
    return "".join(out)


def _kinds_heading(items: list[Model]) -> str:
    """"Recommendations and Secretariat suggestions · 建议、秘书处建议": the kinds the items have."""
    kinds: list[str] = []
    for item in items:
        if item["kind"] not in kinds:
            kinds.append(item["kind"])
    names = [kind_label(k, plural=True) for k in kinds]
    english = [en for en, _ in names]
    joined = ", ".join(english[:-1]) + (" and " if len(english) > 1 else "") + english[-1]
    return both(joined[:1].upper() + joined[1:], "、".join(zh_ for _, zh_ in names))


def _paragraph_list(paragraphs: list[Model], words_key: str = "evidence") -> str:
    if not paragraphs:
        return '<p class="muted">none</p>'
    lines = []
    for p in paragraphs:
        lines.append(f'<li>{link(p["page"], p.get("citation") or p["number"])} · {_meeting_link(p.get("meeting_ref"))}'
                     f'<div lang="zh" class="zh">{_excerpt(p["text"], list(p.get(words_key) or []))}</div></li>')
    return f'<ul class="refs">{"".join(lines)}</ul>'


# --- one layout per kind ------------------------------------------------------------------------------


def _meeting(model: Model, base: str) -> str:
    fmt = model.get("format")
    chairs = "<br>".join(
        f"{e(c['name'])} ({link(c.get('state_page'), c['state'] or c['iso3'] or '?')})"
        f"{', ' + e(c['role']) if c.get('role') else ''}{' — ' + zh(c['office']) if c.get('office') else ''}"
        for c in model["chairs"])
    reports = "<br>".join(_official(r["symbol"], r["url"]) for r in model["reports"])
    facts = _facts([
        ("Dates · 日期", dates(model["start"], model["end"]) if model["start"] or model["documents"] else ""),
        ("Venue · 地点", zh(model["venue"]) if model["venue"] else ""),
        ("Format · 形式", both(fmt["en"], fmt["zh"]) if fmt else ""),
        ("Chairs · 主席", chairs),
        ("Series · 系列", e(model["series"]) if model["series"] else ""),
        ("Report (UN symbol)", reports),
    ])
    full = ""
    if model.get("label_en") or model.get("label_zh"):
        full = f'<p class="muted">{e(model.get("label_en"))}<br>{zh(model.get("label_zh"))}</p>'
    agenda = "".join(f'<li value="{e(a["position"])}" lang="zh" class="zh">{e(a["title"])}</li>'
                     for a in model["agenda"])
    attendance = ""
    if model["attendance"]:
        summary = "; ".join(f'{c["count"]} {both(c["en"], c["zh"], sep=" ")}' for c in model["attendance"])
        lists = "".join(
            f'<h4>{both(c["en"], c["zh"])} ({c["count"]})</h4><p class="attendees">'
            + "、".join(link(p["page"], p["label_zh"] or p["label_en"], title=p["label_en"]) for p in c["participants"])
            + "</p>" for c in model["attendance"])
        attendance = (f'<h2 id="attendance">Attendance · 出席情况</h2><p id="attendance-summary">'
                      f'{model["participants"]} participants: {summary}</p>'
                      f'<details><summary>Everyone who attended</summary>{lists}</details>')
    documents = "".join(
        f'<tr><td>{link(d["page"], d["title"] or d["source"])}</td>'
        f'<td>{_official(d["symbol"], d["url"])}</td><td>{date(d["issued"]) if d["issued"] else ""}</td>'
        f'<td>{e(d["paragraphs"])}</td></tr>' for d in model["documents"])
    documents_html = (f'<h2 id="documents">Documents · 文件</h2><table><tr><th>Document</th><th>Symbol</th>'
                      f'<th>Issued</th><th>Paragraphs</th></tr>{documents}</table>') if documents else ""
    items = ""
    if model["items"]:
        items = f'<h2 id="items">{_kinds_heading(model["items"])}</h2>{_items_by_kind(model["items"])}'
    cites = ""
    if model["cites"]:
        kinds = {"article": "Articles · 条款", "resolution": "Resolutions · 决议",
                 "document": "UN documents · 联合国文件"}
        blocks = []
        for kind, heading in kinds.items():
            found = [c for c in model["cites"] if c["kind"] == kind]
            if found:
                lines = "".join(
                    f'<li>{link(c["page"], c["name_en"])}{" " + zh(c.get("name_zh")) if c.get("name_zh") else ""}'
                    f' <span class="muted">— {c["paragraphs"]} paragraph{"s" if c["paragraphs"] != 1 else ""}'
                    "</span></li>"
                    for c in found)
                blocks.append(f"<h3>{heading}</h3><ul>{lines}</ul>")
        cites = f'<h2 id="cites">What its documents cite · 引用</h2>{"".join(blocks)}'

    def reaffirmations(found: list[Model], heading: str, anchor: str) -> str:
        if not found:
            return ""
        lines = "".join(
            f'<li>{_meeting_link(r["meeting"])}'
            + (f' (report {link(r["cited_url"], r["cited_symbol"])})' if r["cited_symbol"] else "")
            + f' — {link(r["paragraph"]["page"], r["citation"] or "para. " + str(r["paragraph"]["number"]))}</li>'
            for r in found)
        return f'<h2 id="{anchor}">{heading}</h2><ul class="refs">{lines}</ul>'

    endorsed = ""
    if model["endorsed_by"]:
        lines = "".join(
            f'<li>{link(r["page"], r["name_en"])} {zh(r["name_zh"])}'
            + (" — of its recommendations: " + ", ".join(link(i["page"], f'({i["label"]})') for i in r["items"])
               if r["items"] else "") + "</li>" for r in model["endorsed_by"])
        endorsed = f'<h2 id="endorsed">Endorsed by · 获决议认可</h2><ul>{lines}</ul>'
    sections = [("agenda", "Agenda", agenda), ("attendance", "Attendance", attendance),
                ("documents", "Documents", documents_html), ("items", "Recommendations", items),
                ("cites", "What it cites", cites), ("reaffirms", "Reaffirms", model["reaffirms"]),
                ("reaffirmed-by", "Reaffirmed by", model["reaffirmed_by"]), ("endorsed", "Endorsed by", endorsed)]
    contents = " · ".join(f'<a href="#{anchor}">{name}</a>' for anchor, name, there in sections if there)
    return (_head("Meeting · 会议", model) + full + facts
            + (f'<p class="contents muted">On this page: {contents}</p>' if contents else "")
            + (f'<h2 id="agenda">Agenda · 议程</h2><ol>{agenda}</ol>' if agenda else "")
            + attendance + documents_html + items + cites
            + reaffirmations(model["reaffirms"], "Reaffirms the recommendations of · 重申", "reaffirms")
            + reaffirmations(model["reaffirmed_by"], "Its recommendations reaffirmed by · 被重申", "reaffirmed-by")
            + endorsed)


def _item(model: Model, base: str) -> str:
    item = model["item"]
    en, zh_ = kind_label(item["kind"])
    what = kind_sentence(item["kind"])
    document = model.get("document") or {}
    addressees = ", ".join(both(a["label_en"] or a["addressee"], a["label_zh"]) for a in model["addressees"])
    paragraph = item.get("paragraph") or {}
    facts = _facts([
        ("Kind · 类别", kind_chip(item["kind"], en, zh_) + (f' <span class="muted">{e(what)}</span>' if what else "")),
        ("Label · 编号", f'({e(item["label"])}) <span class="muted">key {e(item["key"])}</span>'),
        ("Meeting · 会议", _meeting_link(model.get("meeting"))),
        ("Addressed to · 对象", addressees),
        ("Document · 文件", link(document.get("page"), document.get("title") or document.get("symbol") or "")
         + (f'<br>{_official(document.get("symbol"), document.get("url"))}' if document else "")),
        ("Paragraph · 段落", link(paragraph.get("page"), f'para. {paragraph.get("number")}') if paragraph else ""),
        ("Thread · 脉络", f'<a href="/threads/{e(item["thread"])}">thread {e(item["thread"])}</a> — it recurs at '
                          f'{len(model["timeline"] or [])} meetings' if item.get("thread") else
         '<span class="muted">no recurrence found at another meeting</span>'),
    ])
    articles = ""
    if model["articles"]:
        lines = "".join(
            f'<tr><td>{link(a["page"], a["label_en"])}<br>{zh(a["label_zh"])}</td><td>'
            + (f'cited in its text: «{zh(a["evidence"])}»' if a["explicit"] else
               f'inferred from the subject term «{zh(a["term"] or a["evidence"])}»') + "</td></tr>"
            for a in model["articles"])
        articles = ('<h2 id="articles">Articles of the Convention · 公约条款</h2>'
                    f'<table class="links"><tr><th>Article</th><th>How the link was found</th></tr>{lines}</table>')
    resolutions = ""
    if model["resolutions"]:
        how = {"endorsed": "a later resolution welcomed it (the resolution's wording names the meeting; "
                           "the recommendation is the one it matches best)",
               "cited": "cited in its text"}
        lines = "".join(
            f'<tr><td>{link(r["page"], r["name_en"])}<br>{zh(r["name_zh"])}</td><td>{e(how.get(r["how"], r["how"]))}'
            + (f': «{zh(r["evidence"])}»' if r.get("evidence") else "") + "</td></tr>" for r in model["resolutions"])
        resolutions = (f'<h2 id="resolutions">Resolutions · 决议</h2><table class="links"><tr><th>Resolution</th>'
                       f'<th>How the link was found</th></tr>{lines}</table>')
    source = ""
    if model.get("source"):
        s = model["source"]
        marked = _marked(s["text"], [(s["start"], s["end"], None)]) if s["end"] > s["start"] else e(s["text"])
        source = (f'<h2 id="source-paragraph">Source paragraph · 原文段落</h2>'
                  f'<p>{link(paragraph.get("page"), item.get("citation") or "the paragraph")}</p>'
                  f'<blockquote lang="zh" class="zh" id="source">{marked}</blockquote>')
    timeline = ""
    if model.get("timeline"):
        steps: list[str] = []
        labels = {m["recommendation"]: f'{m["meeting"]}-{m["label"]}' for m in model["timeline"]}
        for m in model["timeline"]:
            here = m["recommendation"] == item["iri"]
            repeat = m.get("repeats")
            earlier = labels.get(repeat["recommendation"], "an earlier one") if repeat else ""
            note = (f' <span class="muted">similar wording to {e(earlier)} (score {repeat["score"]:.2f})</span>'
                    if repeat else "")
            steps.append(f'<li{" class=here" if here else ""}>{_meeting_link(m["meeting_ref"], full=False)} '
                         f'{kind_chip(m["kind"], m["kind_en"], m["kind_zh"])} '
                         f'<strong>{link(None if here else m["page"], "(" + str(m["label"]) + ")")}</strong>'
                         f'{" ← this one" if here else ""}{note}<div lang="zh" class="zh">{e(m["text"])}</div></li>')
        timeline = (f'<h2 id="thread">Where it recurs · 重复出现</h2><ol class="timeline">{"".join(steps)}</ol>'
                    f'<p><a href="/threads/{e(item["thread"])}">The thread as a timeline, with the words changed'
                    "</a></p>")
    restated = ""
    if model.get("restated"):
        lines = "".join(f'<li>{link(r["page"], r["citation"])} · {_meeting_link(r["meeting"])}</li>'
                        for r in model["restated"])
        restated = f'<h2 id="restated">Restated in · 复述于</h2><ul>{lines}</ul>'
    return (_head(both(en, zh_), model) + f'<blockquote lang="zh" class="zh" id="text">{e(item["text"])}</blockquote>'
            + _cite(item.get("citation")) + facts + articles + resolutions + timeline + restated + source)


def _article(model: Model, base: str) -> str:
    whole = model.get("whole")
    chapter = model.get("chapter")
    facts = _facts([
        ("Part of · 所属", link(whole["page"], "the whole article") if whole else ""),
        ("Chapter · 章", link(chapter["page"], chapter["label"] or "chapter") if chapter else ""),
        ("Title · 标题", e(model.get("heading")) if model.get("heading") else ""),
    ])
    items = ""
    if model["items"]:
        lines = []
        for item in model["items"]:
            how = "; ".join(("cited: «" + zh(h["evidence"]) + "»") if h["explicit"] else
                            ("inferred from «" + zh(h["term"] or h["evidence"]) + "»") for h in item["how"])
            en, zh_ = kind_label(item["kind"])
            lines.append(f'<tr><td>{_meeting_link(item["meeting_ref"], full=False)}</td>'
                         f'<td>{kind_chip(item["kind"], en, zh_)} {link(item["page"], "(" + item["label"] + ")")}'
                         f'<div lang="zh" class="zh">{e(item["text"])}</div></td><td>{how}</td></tr>')
        items = (f'<h2 id="items">Recommendations concerning it · 相关建议 ({len(model["items"])})</h2>'
                 "<table><tr><th>Meeting</th><th>Item</th><th>How the link was found</th></tr>"
                 f'{"".join(lines)}</table>')
    return (_head("Article of the Convention · 公约条款", model) + facts + items
            + f'<h2 id="paragraphs">Paragraphs citing it · 引用段落 ({len(model["paragraphs"])})</h2>'
            + _paragraph_list(model["paragraphs"]))


def _resolution(model: Model, base: str) -> str:
    whole = model.get("whole")
    notice = ""
    if model.get("convention") and model["convention"] != "UNCAC":
        notice = (f'<p class="notice" id="conference">A resolution of the {e(model["body_en"])}'
                  f' ({e(model["convention"])}), not of the Conference of the States Parties to the Convention'
                  f' against Corruption. {zh(model["body_zh"])}</p>')
    facts = _facts([
        ("Adopted by · 通过机构", both(model.get("body_en"), model.get("body_zh"))),
        ("Convention · 公约", e(model.get("convention"))),
        ("Title · 标题", e(model.get("heading")) if model.get("heading") else ""),
        ("Part of · 所属", link(whole["page"], "the whole resolution") if whole else ""),
        ("Label in the graph", both(model.get("label_en"), model.get("label_zh"))),
    ])
    endorsed = ""
    if model["endorsed"]:
        lines = "".join(
            f'<li>{_meeting_link(x["meeting"])}'
            + (f' — {link(x["page"], "recommendation (" + x["label"] + ")")}' if x.get("label") else
               " — its recommendations") + "</li>" for x in model["endorsed"])
        endorsed = f'<h2 id="endorsed">It endorsed · 认可</h2><ul class="refs">{lines}</ul>'
    items = ""
    if model["items"]:
        items = (f'<h2 id="items">Recommendations citing it · 引用它的建议</h2>'
                 f'<ol class="items">{"".join(_item_line(i, meeting=True) for i in model["items"])}</ol>')
    return (_head("Resolution · 决议", model) + notice + facts + endorsed + items
            + f'<h2 id="paragraphs">Paragraphs citing it · 引用段落 ({len(model["paragraphs"])})</h2>'
            + _paragraph_list(model["paragraphs"]))


def _participant(model: Model, base: str) -> str:
    facts = model["facts"]
    kicker = "State · 国家" if facts.get("iso3") else "Organization · 组织"
    dl = _facts([("ISO 3166 codes", " · ".join(e(facts[k]) for k in ("iso3", "iso2") if facts.get(k))),
                 ("Regional group · 区域组", e(facts.get("regionalGroup")))])
    attended = "".join(f'<tr><td>{_meeting_link(a["meeting"])}</td><td>{e(a["kind"])}</td></tr>'
                       for a in model["attended"])
    chairs = "".join(f'<li>{e(c["name"])} — {_meeting_link(c["meeting"])}, {e(c["role"])}'
                     f'{" — " + zh(c["office"]) if c.get("office") else ""}</li>' for c in model["chairs"])
    return (_head(kicker, model) + dl
            + f'<h2 id="attended">Meetings attended · 出席的会议 ({len(model["attended"])})</h2>'
            + (f'<table><tr><th>Meeting</th><th>As</th></tr>{attended}</table>' if attended else
               '<p class="muted">none in the loaded reports</p>')
            + (f'<h2 id="chairs">Chaired or presided · 担任主席</h2><ul>{chairs}</ul>' if chairs else ""))


def _document(model: Model, base: str) -> str:
    d = model["document"]
    facts = _facts([
        ("Symbol · 文号", _official(d["symbol"], d["url"])),
        ("Meeting · 会议", _meeting_link(model.get("meeting"))),
        ("Issued · 分发日期", date(d["issued"]) if d["issued"] else ""),
        ("Language · 语言", e(d["language"])),
        ("Job number", e(d["job_number"]) if d["job_number"] else ""),
        ("Read from", f'<code>{e(d["source"])}</code>'),
        ("Paragraphs · 段落", e(d["paragraphs"])),
    ])
    items = ""
    if model["items"]:
        items = f'<h2 id="items">{_kinds_heading(model["items"])}</h2>{_items_by_kind(model["items"])}'
    text, heading = [], None
    for p in model["paragraphs"]:
        if p["heading"] and p["heading"] != heading:
            heading = p["heading"]
            text.append(f'<h3 lang="zh" class="zh">{e(heading)}</h3>')
        text.append(f'<p class="para zh" lang="zh" id="p{e(p["number"])}"><a class="num" href="{e(p["page"])}">'
                    f'{e(p["number"])}.</a> {e(p["text"])}</p>')
    return (_head("Document · 文件", model) + facts + items
            + f'<h2 id="text">The text · 正文</h2>{"".join(text)}')


def _un_document(model: Model, base: str) -> str:
    loaded = "<br>".join(link(d["page"], d["title"] or d["source"]) for d in model["loaded"])
    reports = "<br>".join(_meeting_link(m) for m in model["report_of"])
    facts = _facts([
        ("Official text", (f'<a href="{e(model["url"])}" rel="external">Chinese</a> · '
                           f'<a href="{e(model["url_en"])}" rel="external">English</a> (undocs.org)')
         if model["url"] else ""),
        ("Loaded here", loaded or '<span class="muted">not loaded</span>'),
        ("Report of", reports),
    ])
    return (_head("UN document · 联合国文件", model) + facts
            + f'<h2 id="paragraphs">Paragraphs citing it · 引用段落 ({len(model["paragraphs"])})</h2>'
            + _paragraph_list(model["paragraphs"]))


def _paragraph(model: Model, base: str) -> str:
    d = model["document"]
    spans = [(m["start"], m["end"], m["page"]) for m in model["marks"] if m["start"] is not None and m["end"]]
    facts = _facts([
        ("Meeting · 会议", _meeting_link(model.get("meeting"))),
        ("Document · 文件", link(d.get("page"), d.get("title") or d.get("symbol") or "the document")
         + f'<br>{_official(d.get("symbol"), d.get("url"))}'),
        ("Under the heading · 标题", zh(model["heading"]) if model.get("heading") else ""),
    ])
    cites = "".join(f'<li>{link(m["page"], m["name"])}'
                    + (f' — «{zh(m["evidence"])}»' if m["evidence"] and m["evidence"] != m["name"] else "")
                    + (f' — <a href="{e(m["url"])}" rel="external">official text</a>' if m.get("url") else "") + "</li>"
                    for m in model["marks"])
    items = ""
    if model["items"]:
        items = f'<h2 id="items">Items read from it · 段内建议</h2>{_items_by_kind(model["items"])}'
    pager = ""
    if model.get("previous") or model.get("next"):
        prev, nxt = model.get("previous"), model.get("next")
        before = f'<a rel="prev" href="{e(prev["page"])}">← para. {e(prev["number"])}</a>' if prev else "<span></span>"
        after = f'<a rel="next" href="{e(nxt["page"])}">para. {e(nxt["number"])} →</a>' if nxt else "<span></span>"
        pager = f'<p class="pager">{before}{after}</p>'
    return (_head("Paragraph · 段落", model) + _cite(model.get("citation")) + facts
            + f'<blockquote lang="zh" class="zh" id="source">{_marked(model["text"], spans)}</blockquote>'
            + (f'<h2 id="cites">It cites · 引用</h2><ul>{cites}</ul>' if cites else "") + items + pager)


def _other(model: Model, base: str) -> str:
    source = model.get("source")
    description: Description = model["description"]
    quoted = ""
    span = (source or {}).get("span") or description.source
    if span is not None:
        text, start, end = span
        quoted = ('<h2>Source paragraph · 原文段落</h2>'
                  + (f'<p>{link(source["page"], source["citation"] or "the paragraph")}</p>{_cite(source["citation"])}'
                     if source else "")
                  + f'<blockquote lang="zh" class="zh" id="source">'
                  f'{_marked(text, [(start, end, None)]) if end > start else e(text)}</blockquote>')
    thread = model.get("thread")
    more = f'<p><a href="{e(thread["page"])}">This thread as a timeline</a></p>' if thread else ""
    what_en = model.get("what_en") or ""
    what = both(what_en[:1].upper() + what_en[1:], model.get("what_zh")) or "Resource · 资源"
    text = f'<blockquote lang="zh" class="zh" id="text">{e(model["text"])}</blockquote>' if model.get("text") else ""
    return _head(what, model) + text + more + quoted


_LAYOUTS: dict[str, Callable[[Model, str], str]] = {
    "meeting": _meeting, "item": _item, "article": _article, "resolution": _resolution,
    "participant": _participant, "document": _document, "un-document": _un_document,
    "paragraph": _paragraph, "other": _other,
}


def title(model: Model) -> str:
    """The page's title: its English label and its Chinese one (never an IRI)."""
    en, zh_ = model.get("title_en"), model.get("title_zh")
    return " · ".join(str(t) for t in (en, zh_ if zh_ != en else None) if t) or "uncac-kg"


def render(model: Model, base: str) -> str:
    """The whole page of a read model."""
    body = _LAYOUTS.get(model["type"], _other)(model, base)
    body += raw(model["description"], base, open_=model["type"] == "other")
    return page(f"{title(model)} · uncac-kg", body, head=COPY_SCRIPT)
