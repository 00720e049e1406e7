"""The graph as JSON resources under ``/api``: meetings, recommendations, articles,
resolutions, documents and their paragraphs, threads, statistics.  The answers come from
:mod:`uncac_kg.graph.read.browse`; the models here only declare their shapes for OpenAPI."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

from ..graph.read import browse, threads
from ..graph.read import themes as theme_scheme
from ..graph.store.embedded import Queryable
from ..settings import Settings
from .deps import get_settings, get_store

router = APIRouter(prefix="/api", tags=["Resources"])

Store = Annotated[Queryable, Depends(get_store)]
Config = Annotated[Settings, Depends(get_settings)]


class Counts(BaseModel):
    documents: int
    recommendations: int  # agreed by the meeting
    proposals: int  # made by States parties during it
    suggestions: int
    participants: int
    citations: int
    reaffirmed_meetings: int


class MeetingOut(BaseModel):
    ordinal: int
    iri: str
    page: str | None
    series: str | None
    label_zh: str | None
    label_en: str | None
    start: str | None
    end: str | None
    venue: str | None
    format: str | None
    counts: Counts


class DocumentOut(BaseModel):
    key: str | None
    iri: str
    page: str | None
    source: str | None
    kind: str | None
    meeting: int
    symbol: str | None
    title: str | None
    issued: str | None
    language: str | None
    job_number: str | None
    paragraphs: int


class ParagraphRef(BaseModel):
    number: int
    iri: str
    page: str | None


class DocumentRef(BaseModel):
    iri: str
    symbol: str | None
    source: str | None


class RecommendationOut(BaseModel):
    key: str
    iri: str
    page: str | None
    kind: str
    meeting: int
    label: str
    text: str
    addressees: list[str]
    articles: list[int]
    resolutions: list[str]
    paragraph: ParagraphRef | None
    document: DocumentRef | None
    thread: str | None
    themes: list[str]


class Repeat(BaseModel):
    recommendation: str
    score: float
    shared_terms: list[str]
    added: str
    removed: str
    kind: str
    shared_themes: list[str]
    weak: bool  # found by wording alone, scoring just above the threshold: check it by eye


class TimelineEntry(BaseModel):
    recommendation: str
    kind: str  # recommendation (agreed), proposal, suggestion
    meeting: int
    date: str | None
    label: str
    text: str
    reaffirmed_by: list[int]  # later meetings that reaffirmed it (explicit, stated by their reports)
    repeats: Repeat | None


class RecommendationDetail(RecommendationOut):
    timeline: list[TimelineEntry] | None


class RecommendationPage(BaseModel):
    total: int
    offset: int
    limit: int | None
    items: list[RecommendationOut]


class AgendaItem(BaseModel):
    position: int
    title: str


class Chair(BaseModel):
    name: str
    role: str
    state: str | None
    iso3: str | None
    office: str | None


class Cited(BaseModel):
    kind: str
    key: str
    iri: str
    page: str | None
    label: str | None
    paragraphs: int


class MeetingDetail(MeetingOut):
    documents: list[DocumentOut]
    agenda: list[AgendaItem]
    chairs: list[Chair]
    attendance: dict[str, int]
    recommendations: list[RecommendationOut]  # agreed by the meeting
    proposals: list[RecommendationOut]  # made by States parties during it (not agreed)
    suggestions: list[RecommendationOut]
    citations: list[Cited]
    reaffirms: list[int]


class CitedThing(BaseModel):
    number: int | str
    scope: str | None
    iri: str
    page: str | None
    label_en: str | None
    label_zh: str | None
    title: str | None
    citing_paragraphs: int
    recommendations: int


class CitingParagraph(BaseModel):
    iri: str
    page: str | None
    number: int
    text: str
    meeting: int
    document: DocumentRef
    evidence: list[str]


class ArticleDetail(CitedThing):
    paragraphs: list[CitingParagraph]
    concerned_by: list[RecommendationOut]


class ResolutionDetail(CitedThing):
    paragraphs: list[CitingParagraph]
    related: list[RecommendationOut]


class ParagraphOut(BaseModel):
    number: int
    iri: str
    page: str | None
    text: str
    heading: str | None
    cites: list[str]


class ParagraphPage(BaseModel):
    document: DocumentOut
    total: int
    offset: int
    limit: int | None
    items: list[ParagraphOut]


class ThemeOut(BaseModel):
    theme: str
    iri: str
    page: str | None
    level: str
    broader: str | None
    label_zh: str | None
    label_en: str | None
    definition_zh: str | None
    definition_en: str | None
    articles: list[int]
    recommendations: int
    suggestions: int


class ThreadOut(BaseModel):
    key: str
    thread: str
    meetings: int
    first: int
    last: int


class ThreadDetail(ThreadOut):
    timeline: list[TimelineEntry]


Limit = Annotated[int, Query(ge=1, le=1000, description="at most this many items")]
Scope = Annotated[str | None, Query(max_length=60, description="the convention (uncac) or body (uncac-cosp, "
                                    "untoc-cop) when a number exists in several")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="skip this many items first")]


async def _run(function: Any, *args: Any, **kwargs: Any) -> Any:
    return await run_in_threadpool(function, *args, **kwargs)


@router.get("/meetings", response_model=list[MeetingOut], summary="Meetings with loaded documents, by date")
async def meetings(store: Store, settings: Config) -> Any:
    return await _run(browse.meetings, store, base=settings.base_iri)


@router.get("/meetings/{ordinal}", response_model=MeetingDetail,
            summary="One meeting: documents, agenda, chairs, attendance, recommendations, citations")
async def meeting(store: Store, settings: Config,
                  ordinal: Annotated[int, Path(ge=0, le=10_000, description="the meeting's ordinal")]) -> Any:
    return await _run(browse.meeting, store, ordinal, base=settings.base_iri)


@router.get("/recommendations", response_model=RecommendationPage,
            summary="Recommendations (and suggestions), filtered by meeting, article, resolution, addressee, theme, "
                    "text")
async def recommendations(
    store: Store, settings: Config,
    meeting: Annotated[int | None, Query(ge=0, le=10_000, description="the meeting's ordinal")] = None,
    article: Annotated[int | None, Query(ge=1, le=10_000, description="an article of the Convention")] = None,
    resolution: Annotated[str | None, Query(max_length=40, description="a resolution, e.g. 7/1")] = None,
    addressee: Annotated[str | None, Query(max_length=60, description="e.g. states-parties, secretariat")] = None,
    text: Annotated[str | None, Query(max_length=200, description="words the text contains")] = None,
    kind: Annotated[browse.ItemKind, Query(description=(
        "recommendation (agreed by a meeting), proposal (made by States parties during one), "
        "suggestion (by the Secretariat) or all"))] = browse.ItemKind.RECOMMENDATION,
    theme: Annotated[str | None, Query(max_length=60, description="a theme (see /api/themes), e.g. "
                                       "dual-criminality; a broad theme stands for its narrow themes")] = None,
    limit: Limit = 50, offset: Offset = 0,
) -> Any:
    given = browse.Filters(meeting=meeting, article=article, resolution=resolution, addressee=addressee,
                           text=text, kind=kind, theme=theme)
    return await _run(browse.recommendations, store, given, base=settings.base_iri, limit=limit, offset=offset)


@router.get("/recommendations/{key}", response_model=RecommendationDetail,
            summary="One recommendation or suggestion (key: meeting ordinal and label, e.g. 8-a), with its thread")
async def recommendation(store: Store, settings: Config, key: Annotated[str, Path(max_length=60)]) -> Any:
    return await _run(browse.recommendation, store, key, base=settings.base_iri)


@router.get("/themes", response_model=list[ThemeOut],
            summary="Themes: what recommendations ask for (ontology/themes.ttl), with how many have each")
async def themes(store: Store, settings: Config) -> Any:
    return await _run(theme_scheme.listing, store, base=settings.base_iri)


@router.get("/articles", response_model=list[CitedThing], summary="Articles of the Convention, with citation counts")
async def articles(store: Store, settings: Config) -> Any:
    return await _run(browse.articles, store, base=settings.base_iri)


@router.get("/articles/{number}", response_model=ArticleDetail,
            summary="One article, the paragraphs citing it and the recommendations concerning it")
async def article(store: Store, settings: Config,
                  number: Annotated[int, Path(ge=1, le=10_000, description="the article's number")],
                  scope: Scope = None) -> Any:
    return await _run(browse.article, store, number, base=settings.base_iri, scope=scope)


@router.get("/resolutions", response_model=list[CitedThing], summary="Resolutions, with citation counts")
async def resolutions(store: Store, settings: Config) -> Any:
    return await _run(browse.resolutions, store, base=settings.base_iri)


@router.get("/resolutions/{session}/{number}", response_model=ResolutionDetail,
            summary="One resolution (e.g. /api/resolutions/7/1), the paragraphs citing it, related recommendations")
async def resolution(store: Store, settings: Config,
                     session: Annotated[str, Path(max_length=20, pattern=r"^[\w.-]+$", description="e.g. 7")],
                     number: Annotated[str, Path(max_length=20, pattern=r"^[\w.-]+$", description="e.g. 1")],
                     scope: Scope = None) -> Any:
    return await _run(browse.resolution, store, f"{session}/{number}", base=settings.base_iri, scope=scope)


@router.get("/documents", response_model=list[DocumentOut], summary="Loaded documents")
async def documents(store: Store, settings: Config) -> Any:
    return await _run(browse.documents, store, base=settings.base_iri)


@router.get("/documents/{key:path}/paragraphs", response_model=ParagraphPage,
            summary="A document's numbered paragraphs, in order, with what each cites")
async def paragraphs(store: Store, settings: Config, key: Annotated[str, Path(max_length=300)],
                     limit: Limit = 100, offset: Offset = 0) -> Any:
    return await _run(browse.paragraphs, store, key, base=settings.base_iri, limit=limit, offset=offset)


@router.get("/documents/{key:path}", response_model=DocumentOut,
            summary="One loaded document (key: its source file name or its symbol)")
async def document(store: Store, settings: Config, key: Annotated[str, Path(max_length=300)]) -> Any:
    return await _run(browse.document, store, key, base=settings.base_iri)


@router.get("/threads", response_model=list[ThreadOut],
            summary="Recurrence threads: recommendations that come back across meetings", tags=["Recurrence"])
async def thread_list(store: Store) -> Any:
    return await _run(threads.listing, store)


@router.get("/threads/{key}", response_model=ThreadDetail, tags=["Recurrence"],
            summary="One thread as a timeline, with scores, shared terms and wording changes")
async def thread(store: Store, key: Annotated[str, Path(max_length=60)]) -> Any:
    return await _run(threads.timeline, store, key)


@router.get("/statistics", response_model=dict[str, int], summary="How many of each kind of thing the graph holds")
async def statistics(store: Store) -> Any:
    return await _run(browse.statistics, store)
