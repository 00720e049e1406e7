"""Full-text search: ``GET /api/search?q=…&kind=…&limit=…&offset=…``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from ..graph.derived.search_index import SearchKind
from ..graph.read import search as engine
from ..graph.store.embedded import Queryable
from .deps import get_store

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
