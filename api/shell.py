"""The one HTML shell of every page: the head (charset, viewport, style), the navigation
bar, and the body the page gives.  Pages build their body from escaped values only, with
the small helpers here (:func:`e`, :func:`link`, :func:`both` …)."""

from __future__ import annotations

import datetime as dt
import html

STYLE = """<style>
 body { font-family: system-ui, "Noto Sans CJK SC", sans-serif; max-width: 64rem; margin: 1rem auto; padding: 0 1rem;
        line-height: 1.5; color: #1f2328; overflow-wrap: break-word; }
 nav { display: flex; flex-wrap: wrap; gap: .2rem .9rem; align-items: center; padding-bottom: .4rem;
       border-bottom: 1px solid #e5e7eb; }
 nav form { margin-left: auto; } nav input[type=search] { width: 12rem; }
 a { color: #0b57d0; } table { border-collapse: collapse; width: 100%; }
 th, td { text-align: left; vertical-align: top; padding: .25rem .5rem; border-bottom: 1px solid #eee; }
 .muted { color: #666; } .added { background: #dcfce7; }
 .removed { background: #fee2e2; text-decoration: line-through; }
 .start a { display: inline-block; margin: .2rem .6rem .2rem 0; padding: .3rem .7rem; border: 1px solid #ccd;
            border-radius: .3rem; text-decoration: none; }
 ol.timeline > li { margin-bottom: 1rem; }
 .zh { font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", system-ui, sans-serif; }
 h1 { font-size: 1.6rem; line-height: 1.25; margin: .8rem 0 .2rem; } h1 + .zh { font-size: 1.2rem; margin: 0 0 .6rem; }
 .kicker { text-transform: uppercase; letter-spacing: .04em; font-size: .8rem; color: #555; margin: 1rem 0 0; }
 dl.facts { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: .3rem 1rem; }
 dl.facts dt { color: #555; } dl.facts dd { margin: 0; }
 blockquote { margin: .5rem 0; padding: .5rem .9rem; border-left: 4px solid #c7d2fe; background: #f8fafc;
              white-space: pre-wrap; }
 mark { background: #fde68a; padding: 0 .1em; } mark.cite { background: #e0f2fe; }
 .kind { display: inline-block; font-size: .78rem; padding: 0 .45rem; border-radius: .7rem; border: 1px solid #bbb;
         background: #f4f4f5; white-space: nowrap; }
 .kind-recommendation { background: #dbeafe; border-color: #93c5fd; }
 .kind-suggestion { background: #f3e8ff; border-color: #d8b4fe; }
 .kind-proposal { background: #fef3c7; border-color: #fcd34d; }
 .cite-as { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .6rem 0; }
 .cite-as code { background: #f1f5f9; padding: .15rem .4rem; border-radius: .2rem; }
 button { font: inherit; padding: .1rem .6rem; cursor: pointer; }
 ol.items > li, ul.refs > li { margin-bottom: .6rem; }
 details.raw { margin-top: 2.5rem; border-top: 1px solid #e5e7eb; padding-top: .5rem; }
 details.raw th { width: 14rem; font-weight: normal; color: #555; }
 details.raw th, details.raw td, code, .attendees { overflow-wrap: anywhere; }
 .notice { background: #fff7ed; border: 1px solid #fdba74; padding: .4rem .7rem; border-radius: .3rem; }
 .pager { display: flex; justify-content: space-between; margin: 1rem 0; }
 p.para { margin: .5rem 0; } p.para .num { display: inline-block; min-width: 2.2rem; color: #555; }
 table.links td:first-child { width: 40%; } footer { margin-top: 2rem; }
</style>"""
NAV = ('<nav><a href="/">uncac-kg</a><a href="/query">SPARQL</a><a href="/threads">threads</a>'
       '<a href="/views">graph views</a><a href="/search">search</a><a href="/docs">API</a>'
       '<form action="/search" role="search"><input type="search" name="q" placeholder="司法协助, extradition …" '
       'aria-label="Search the text"></form></nav>')
#: The copy buttons: ``<button data-copy="text">`` copies its text (the clipboard API, or a
#: selection where that API is not offered, as on a plain-HTTP address other than localhost).
COPY_SCRIPT = """<script>
document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-copy]");
  if (!button) return;
  const text = button.dataset.copy;
  const done = () => { button.textContent = "Copied"; setTimeout(() => { button.textContent = "Copy"; }, 1500); };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done, () => fallback(text, done));
  } else { fallback(text, done); }
});
function fallback(text, done) {
  const area = document.createElement("textarea"); area.value = text; document.body.appendChild(area);
  area.select(); try { document.execCommand("copy"); done(); } finally { area.remove(); }
}
</script>"""


def page(title: str, body: str, *, head: str = "", lang: str = "en") -> str:
    """A whole page: ``title`` (escaped), ``head`` (extra styles, scripts) and ``body`` (HTML)."""
    return (f'<!doctype html>\n<html lang="{html.escape(lang)}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title>"
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{STYLE}{head}</head>'
            f"<body>{NAV}{body}</body></html>")


def e(value: object) -> str:
    """``value`` as escaped text (``None`` as nothing)."""
    return html.escape("" if value is None else str(value))


def link(href: str | None, text: object, *, title: str | None = None, cls: str | None = None) -> str:
    """A link to ``href`` showing ``text`` (escaped), or the text alone when there is no ``href``."""
    if not href:
        return e(text)
    extra = (f' title="{e(title)}"' if title else "") + (f' class="{e(cls)}"' if cls else "")
    return f'<a href="{e(href)}"{extra}>{e(text)}</a>'


def zh(text: object) -> str:
    """Chinese text, marked as such (fonts, screen readers)."""
    return f'<span lang="zh" class="zh">{e(text)}</span>' if text else ""


def both(en: object, chinese: object, *, sep: str = " · ") -> str:
    """English and Chinese labels side by side (either may be missing; one shown once if equal)."""
    if en and chinese and str(en) != str(chinese):
        return f"{e(en)}{e(sep)}{zh(chinese)}"
    return e(en) if en else zh(chinese)


def kind_chip(kind: str | None, en: str, chinese: str) -> str:
    """An item's kind as a small label (its class from the data's ``kind``)."""
    slug = "".join(c if c.isalnum() else "-" for c in (kind or "item"))
    return f'<span class="kind kind-{e(slug)}" data-kind="{e(kind)}">{both(en, chinese)}</span>'


def copy_button(text: str) -> str:
    return f'<button type="button" data-copy="{e(text)}">Copy</button>'


def date(value: object) -> str:
    """An ISO date as ``31 May 2019 · 2019年5月31日`` (a month as ``September 2020``); else as given."""
    text = "" if value is None else str(value)
    try:
        if len(text) == 7:
            day = dt.date.fromisoformat(text + "-01")
            return f"{day:%B %Y} · {zh(f'{day.year}年{day.month}月')}"
        day = dt.date.fromisoformat(text[:10])
    except ValueError:
        return e(text)
    return f"{day.day} {day:%B %Y} · {zh(f'{day.year}年{day.month}月{day.day}日')}"


def dates(start: object, end: object) -> str:
    """A meeting's dates: one day, or first and last day."""
    if not start:
        return '<span class="muted">not known</span>'
    if not end or str(end) == str(start):
        return date(start)
    try:
        first, last = dt.date.fromisoformat(str(start)[:10]), dt.date.fromisoformat(str(end)[:10])
    except ValueError:
        return f"{date(start)} – {date(end)}"
    if (first.year, first.month) != (last.year, last.month) or len(str(start)) < 10:
        return f"{date(start)} – {date(end)}"
    return (f"{first.day}–{last.day} {last:%B %Y} · "
            + zh(f"{first.year}年{first.month}月{first.day}日至{last.day}日"))
