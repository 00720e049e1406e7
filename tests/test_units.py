"""Unit checks of the small recognisers, on text the corpus does not have."""

from __future__ import annotations

import datetime as dt

import pytest

from uncac_kg.loaders.facts import Place, PlaceKind
from uncac_kg.loaders.normalise import canonical
from uncac_kg.loaders.read import decode
from uncac_kg.loaders.recognisers import articles, resolutions, symbols
from uncac_kg.ontology.bodies import Body
from uncac_kg.text.dates import date_ranges, english_date
from uncac_kg.text.numerals import to_int

PLACE = Place(PlaceKind.PARAGRAPH, "1")


@pytest.mark.parametrize(("text", "value"), [
    ("四十六", 46), ("十三", 13), ("十", 10), ("二十", 20), ("一百零五", 105), ("二〇一九", 2019), ("46", 46)])
def test_numerals(text: str, value: int) -> None:
    assert to_int(text) == value


def test_numeral_rejects_words() -> None:
    with pytest.raises(ValueError):
        to_int("条款")


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2019年5月31日", "2019-05-31", "2019-05-31"),
    ("2017年11月6日至7日", "2017-11-06", "2017-11-07"),
    ("2018年5月30日和31日", "2018-05-30", "2018-05-31"),
    ("2019年12月30日至2020年1月2日", "2019-12-30", "2020-01-02"),
    ("2017年10月9日至11月13日", "2017-10-09", "2017-11-13"),
])
def test_date_ranges(text: str, start: str, end: str) -> None:
    (found,) = date_ranges(text)
    assert (found.start.isoformat(), found.end.isoformat()) == (start, end)


def test_date_without_year_uses_context_or_is_skipped() -> None:
    assert date_ranges("于9月6日至10日举行") == []
    (found,) = date_ranges("于9月6日至10日举行", default_year=2021)
    assert found.end == dt.date(2021, 9, 10)
    assert date_ranges("2019年2月30日") == []  # no such day: never guessed


def test_english_date() -> None:
    assert english_date("Distr.: General 2 July 2019") == dt.date(2019, 7, 2)
    assert english_date("no date") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("根据《公约》第46条第1款", [(46, 1, None)]),
    ("《公约》第四十四条第六款第（一）项和第（二）项", [(44, 6, "a"), (44, 6, "b")]),
    ("第五十四条第一款第(c)项", [(54, 1, "c")]),
    ("《公约》第四十三条至第五十条", [(n, None, None) for n in range(43, 51)]),  # a range cites each article
])
def test_articles(text: str, expected: list[tuple[int, int | None, str | None]]) -> None:
    found = articles.find(canonical(text), PLACE)
    assert [(a.article, a.paragraph, a.subparagraph) for a in found] == expected


@pytest.mark.parametrize("text", [
    "《欧洲人权公约》第六条规定", "其刑法第三百八十五条", "《有组织犯罪公约》第十八条"])
def test_articles_of_other_instruments_are_not_uncac(text: str) -> None:
    assert all(a.convention != "UNCAC" for a in articles.find(canonical(text), PLACE))


def test_untoc_article() -> None:
    (found,) = articles.find(canonical("《有组织犯罪公约》第十八条"), PLACE)
    assert (found.article, found.convention) == (18, "UNTOC")


def test_resolutions_bodies_and_back_references() -> None:
    reader = resolutions.ResolutionReader()
    first = reader.read(canonical("联合国打击跨国有组织犯罪公约缔约方会议第 9/1 号决议；大会第 58/4 号决议"), PLACE)
    assert [(r.number, r.body) for r in first] == [("9/1", Body.UNTOC_COP), ("58/4", Body.GENERAL_ASSEMBLY)]
    second = reader.read(canonical("缔约国会议在第 8/2 号和第 8/6 号决议执行部分第 5 段中"), PLACE)
    assert [(r.number, r.cited_paragraph) for r in second] == [("8/2", None), ("8/6", 5)]
    third = reader.read(canonical("该决议第 7 段还鼓励缔约国"), Place(PlaceKind.PARAGRAPH, "2"))
    assert [(r.number, r.cited_paragraph, r.anaphoric) for r in third] == [("8/6", 7, True)]


@pytest.mark.parametrize(("text", "expected"), [
    ("见 CAC/ COSP/EG.1/2021/2 号文件", ["CAC/COSP/EG.1/2021/2"]),
    ("（CAC/COSP/EG.1/2021/L.1/Add.3）", ["CAC/COSP/EG.1/2021/L.1/Add.3"]),
    ("大会 A/RES/58/4 号决议和 CTOC/COP/2020/10", ["A/RES/58/4", "CTOC/COP/2020/10"]),
    ("第 2014/41/EU 号指令和 A/P3/12/01 号议定书", []),
])
def test_symbols(text: str, expected: list[str]) -> None:
    assert [s.symbol for s in symbols.find(canonical(text), PLACE)] == expected


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty"), (b"   \n ", "empty"), (b"\xff\xfe\x00\xd8", "UTF-16"),
    (b"\x00\x01\x02\x03binary", "binary"), (bytes(range(128, 256)) * 3, "not a text file"),
])
def test_decode_refuses(data: bytes, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        decode(data)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030"])
def test_decode_encodings(encoding: str) -> None:
    text = "1. 联合国反腐败公约缔约国会议第4/2号决议。\n2. 第二段。\n"
    assert decode(text.encode(encoding)).lstrip("\ufeff") == text


def test_canonical_is_layout_free() -> None:
    a = canonical("第 7/1 号决议第 27 段, 来自 1,500 个国家 (毒品和犯罪问题办公室)")
    b = canonical("第7/1号决议第27段，来自1,500个国家（毒品和犯罪问题办公室）")
    assert a == b == "第7/1号决议第27段，来自1,500个国家（毒品和犯罪问题办公室）"


@pytest.mark.parametrize("media", ["application/sparql-results+json", "application/sparql-results+xml",
                                   "text/csv", "text/tab-separated-values"])
@pytest.mark.parametrize("extra", [0, 1])
def test_row_cap_counts_even_the_smallest_rows(media: str, extra: int) -> None:
    """Rows with no binding are the smallest an answer can have: the cap still counts them."""
    from pyoxigraph import Store

    from uncac_kg.graph.query.negotiation import Limits, ResultTooLarge, serialise

    cap = 40
    rows = " ".join(["UNDEF"] * (cap + extra))
    result = Store().query(f"SELECT ?x WHERE {{ VALUES ?x {{ {rows} }} }}")
    if extra:
        with pytest.raises(ResultTooLarge, match=f"{cap + extra} rows"):
            serialise(result, [media], limits=Limits(max_rows=cap))
    else:
        assert serialise(result, [media], limits=Limits(max_rows=cap)).media_type == media
