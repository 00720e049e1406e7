"""The one HTML shell of every page: the head (charset, viewport, style), the navigation
bar, and the body the page gives.  Pages build their body from escaped values only."""

from __future__ import annotations

import html

STYLE = """<style>
 body { font-family: system-ui, sans-serif; max-width: 64rem; margin: 1rem auto; padding: 0 1rem; line-height: 1.45; }
 nav a { margin-right: .8rem; } table { border-collapse: collapse; width: 100%; }
 th, td { text-align: left; vertical-align: top; padding: .25rem .5rem; border-bottom: 1px solid #eee; }
 .muted { color: #666; } .added { background: #dcfce7; }
 .removed { background: #fee2e2; text-decoration: line-through; }
 .start a { display: inline-block; margin: .2rem .6rem .2rem 0; padding: .3rem .7rem; border: 1px solid #ccd;
            border-radius: .3rem; text-decoration: none; }
 ol.timeline > li { margin-bottom: 1rem; }
</style>"""
NAV = ('<nav><a href="/">uncac-kg</a><a href="/query">SPARQL</a><a href="/threads">threads</a>'
       '<a href="/views">graph views</a><a href="/docs">API</a></nav>')


def page(title: str, body: str, *, head: str = "", lang: str = "en") -> str:
    """A whole page: ``title`` (escaped), ``head`` (extra styles, scripts) and ``body`` (HTML)."""
    return (f'<!doctype html>\n<html lang="{html.escape(lang)}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title>"
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{STYLE}{head}</head>'
            f"<body>{NAV}{body}</body></html>")
