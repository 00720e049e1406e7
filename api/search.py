"""Full-text search: ``GET /api/search?q=…&kind=…&limit=…&offset=…`` (JSON) and the page
``GET /search?q=…`` for people."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from ..errors import BadRequest
from ..graph.derived.search_index import SearchKind
from ..graph.read import entities
from ..graph.read import search as engine
from ..graph.store.embedded import Queryable
from ..settings import Settings
from . import shell
from .deps import get_settings, get_store

router = APIRouter(tags=["Search"])


class Hit(BaseModel):
    item: str = Field(description="IRI of the paragraph, recommendation or suggestion")
    kind: SearchKind
    score: float = Field(description="BM25 score; higher is better")
    document: str | None = Field(description="IRI of the document the item is in")
    paragraph: int | None = Field(description="number of the paragraph (for a recommendation: the one it is in)")
    label: str | None = Field(description="a recommendation's letter or a suggestion's label")
    snippet: str = Field(description="the part of the text with the most matches (… where cut)")
    highlights: list[tuple[int, int]] = Field(description="[start, end) of every match in the snippet")
    snippet_html: str = Field(description="the snippet, HTML-escaped, with matches in <mark>")


class SearchResponse(BaseModel):
    q: str
    terms: list[str] = Field(description="the words searched for, as the index has them")
    mapped: dict[str, list[str]] = Field(description="English glossary terms of the query and their Chinese")
    substring: bool = Field(description="true when the query had no whole word and was matched as a substring")
    total: int = Field(description="how many items match")
    limit: int
    offset: int
    hits: list[Hit]


def run(store: Queryable, q: str, kinds: list[SearchKind], limit: int, offset: int) -> SearchResponse:
    found = engine.search(store, q, kinds=kinds or tuple(SearchKind), limit=limit, offset=offset)
    query = found.query
    return SearchResponse(
        q=q, terms=list(query.terms), mapped={en: list(zh) for en, zh in query.mapped.items()},
        substring=query.substring, total=found.total, limit=limit, offset=offset,
        hits=[Hit(item=h.item, kind=h.kind, score=h.score, document=h.document, paragraph=h.paragraph,
                  label=h.label, snippet=h.snippet, highlights=list(h.highlights), snippet_html=h.snippet_html)
              for h in found.hits])


@router.get("/api/search", summary="Search paragraphs, recommendations and suggestions (Chinese, or English "
                                   "glossary terms)", response_model=SearchResponse)
async def search(
    store: Annotated[Queryable, Depends(get_store)],
    q: Annotated[str, Query(max_length=500, description="words to look for: Chinese (司法协助), or English terms "
                                                        "the glossary knows (mutual legal assistance)")],
    kind: Annotated[list[SearchKind], Query(description="only these kinds (repeatable); default all")] = [],  # noqa: B006
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> SearchResponse:
    return await run_in_threadpool(run, store, q, kind, limit, offset)


_KINDS = {"paragraph": "paragraphs · 段落", "recommendation": "recommendations · 建议",
          "suggestion": "Secretariat suggestions · 秘书处建议"}


def _search_html(q: str, kinds: list[SearchKind], found: dict[str, Any] | None, problem: str | None) -> str:
    chosen = {k.value for k in kinds} or {k.value for k in SearchKind}
    boxes = "".join(f'<label><input type="checkbox" name="kind" value="{k.value}"'
                    f'{" checked" if k.value in chosen else ""}> {shell.e(_KINDS.get(k.value, k.value))}</label> '
                    for k in SearchKind)
    form = (f'<form action="/search" id="search-form"><input type="search" name="q" value="{shell.e(q)}" size="40" '
            f'aria-label="words to look for" autofocus> <button>Search</button><p>{boxes}</p></form>')
    body = "<h1>Search the reports · 检索</h1>" + form
    if problem:
        body += f'<p class="notice" id="problem">{shell.e(problem)}</p>'
    elif found is not None:
        mapped = "".join(f" «{shell.e(en)}» → {shell.zh('、'.join(zh))}" for en, zh in found["mapped"].items())
        body += (f'<p id="total">{found["total"]} found for {shell.zh("、".join(found["terms"]))}'
                 f'{" (the glossary: " + mapped + ")" if mapped else ""}</p>')
        items = []
        for hit in found["hits"]:
            meeting = hit["meeting"]
            where = (f' · {shell.link(meeting["page"], meeting["name_en"])}' if meeting else "")
            chip = shell.kind_chip(hit["kind"], hit["kind_en"], hit["kind_zh"])
            target = shell.link(hit["page"], hit["citation"] or hit["iri"])
            items.append(f'<li data-kind="{shell.e(hit["kind"])}">{chip} <strong>{target}</strong>{where}'
                         f'<div lang="zh" class="zh">{hit["snippet_html"]}</div></li>')
        body += f'<ol id="hits" start="{found["offset"] + 1}" class="items">{"".join(items)}</ol>'
        pages = []
        params: list[tuple[str, object]] = [("q", q), *[("kind", k.value) for k in kinds]]

        def at(offset: int) -> str:
            return shell.e("/search?" + urlencode([*params, ("offset", offset)]))

        if found["offset"] > 0:
            pages.append(f'<a rel="prev" href="{at(max(0, found["offset"] - found["limit"]))}">← earlier</a>')
        if found["offset"] + found["limit"] < found["total"]:
            pages.append(f'<a rel="next" href="{at(found["offset"] + found["limit"])}">more →</a>')
        body += f'<p class="pager">{"".join(pages)}</p>' if pages else ""
        body += (f'<p class="muted">As JSON: <a href="/api/search?{shell.e(urlencode(params))}">/api/search</a></p>')
    title = f"{q} · search · uncac-kg" if q else "Search · uncac-kg"
    return shell.page(title, body)


@router.get("/search", response_class=HTMLResponse, summary="Search the texts: a page for people (JSON: /api/search)")
async def search_page(
    store: Annotated[Queryable, Depends(get_store)],
    settings: Annotated[Settings, Depends(get_settings)],
    q: Annotated[str, Query(max_length=500, description="words to look for")] = "",
    kind: Annotated[list[SearchKind], Query(description="only these kinds (repeatable)")] = [],  # noqa: B006
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> HTMLResponse:
    if not q.strip():
        return HTMLResponse(_search_html("", kind, None, None))
    try:
        found = await run_in_threadpool(entities.search_model, store, q, kinds=tuple(kind or SearchKind), limit=20,
                                        offset=offset, base=settings.base_iri)
    except BadRequest as error:
        return HTMLResponse(_search_html(q, kind, None, str(error)), status_code=400)
    return HTMLResponse(_search_html(q, kind, found, None))
