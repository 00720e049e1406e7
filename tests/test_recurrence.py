"""Recurrence: threads of recommendations that make the same demand across meetings."""

from __future__ import annotations

import itertools
import json
import random
from dataclasses import replace
from pathlib import Path

import pytest

from uncac_kg.graph.derived import recurrence
from uncac_kg.graph.derived.recurrence import Item
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.ontology.iris import Iris

from helpers import ROOT, disk_store, select

PAIRS = json.loads((Path(__file__).parent / "data" / "recurrence-pairs.json").read_text(encoding="utf-8"))
DATES = {6: "2017-11-06", 7: "2018-06-08", 8: "2019-05-31", 9: "2020-11-16", 10: "2021-09-06"}
#: The goal of issue 20 on the labelled pairs (the word-only method reached 0.93 / 0.84 on the first 31).
MIN_PRECISION, MIN_RECALL = 0.9, 0.9
#: The held-out meetings of the theme labels (tests/data/themes/README.md): the 10th report, the 9th note.
HELD_OUT = {9, 10}


def labelled_items() -> list[Item]:
    """The labelled items, tagged with the themes their texts show (as the loader tags them)."""
    items = [Item(i["id"], "recommendation", i["meeting"], DATES[i["meeting"]], i["label"], i["text"])
             for i in PAIRS["items"]]
    return recurrence.themed(sorted(items, key=lambda i: i.order))


def predicted_pairs(items: list[Item], threshold: float, method: recurrence.Method = "themes") -> set[frozenset[str]]:
    threads = recurrence.threads(items, recurrence.links(items, threshold=threshold, method=method))
    return {frozenset((a.iri, b.iri)) for t in threads for a, b in itertools.combinations(t.members, 2)
            if a.ordinal != b.ordinal}


def scores(predicted: set[frozenset[str]], positives: set[frozenset[str]]) -> tuple[float, float, str]:
    hits = len(predicted & positives)
    precision, recall = hits / max(len(predicted), 1), hits / max(len(positives), 1)
    return precision, recall, f"precision {precision:.2f}, recall {recall:.2f} ({hits} of {len(positives)} " \
                              f"positives, {len(predicted)} predicted)"


def held_out(pairs: set[frozenset[str]]) -> set[frozenset[str]]:
    meeting = {i["id"]: i["meeting"] for i in PAIRS["items"]}
    return {p for p in pairs if any(meeting[x] in HELD_OUT for x in p)}


def test_labelled_pairs_at_the_default_threshold() -> None:
    positives = {frozenset((p["a"], p["b"])) for p in PAIRS["positives"]}
    items = labelled_items()
    for method in ("words", "themes"):
        predicted = predicted_pairs(items, recurrence.DEFAULT_THRESHOLD, method)
        print(f"recurrence pairs, {method}: all: {scores(predicted, positives)[2]}; "
              f"held-out: {scores(held_out(predicted), held_out(positives))[2]}")
    precision, recall, _ = scores(predicted, positives)
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL


def test_the_same_demand_in_other_words_is_linked_by_its_themes() -> None:
    """The issue's examples: other words, other addressees, the same narrow themes."""
    items = labelled_items()
    found = recurrence.links(items)
    thread = {m.iri: t.key for t in recurrence.threads(items, found) for m in t.members}
    into = {link.later.iri: link for link in found}
    # States take part in the meetings (7th) / the Secretariat promotes experts' participation (8th)
    assert thread["7-i"] == thread["8-h"]
    assert into["8-h"].kind == "thematic" and into["8-h"].themes == ("expert-participation",)
    assert into["8-h"].score < recurrence.DEFAULT_THRESHOLD  # the words alone would not link them
    # law enforcement channels and practitioner networks, in other words (7th, 8th)
    assert thread["7-e"] == thread["8-d"]
    assert into["8-d"].kind == "thematic"
    assert {"informal-channels", "practitioner-networks"} <= set(into["8-d"].themes)
    # the capacity of central authorities is not communication between them (10th / 9th note)
    assert thread.get("10-d") != thread["9-91"]


def _item(iri: str, ordinal: int, text: str, themes: set[str]) -> Item:
    return Item(iri, "recommendation", ordinal, DATES[ordinal], iri, text, frozenset(themes))


def test_broad_themes_and_forms_alone_never_link() -> None:
    first = _item("a", 6, "鼓励缔约国在国际合作中更多地利用司法协助，并分享相关信息", {"mutual-legal-assistance"})
    second = _item("b", 7, "请秘书处就司法协助汇编良好做法，供缔约国参考", {"mutual-legal-assistance"})
    assert not recurrence.links([first, second])  # a shared form of cooperation is no demand
    assert recurrence.specific({"forms-of-cooperation", "asset-recovery", "extradition"}) == set()
    tools = frozenset({"knowledge-tools"})
    themed = [replace(first, themes=tools), replace(second, themes=tools)]
    linked = recurrence.links(themed)
    assert [(link.kind, link.themes) for link in linked] == [("thematic", ("knowledge-tools",))]


def test_similar_words_asking_for_different_things_are_not_linked() -> None:
    first = _item("a", 6, "缔约国应加强中央机关之间的直接沟通", {"direct-communication"})
    second = _item("b", 7, "缔约国应加强中央机关的作用和能力", {"central-authorities"})
    assert recurrence.links([first, second], method="words")
    assert not recurrence.links([first, second])


def thread_of(store: GraphStore, iri: str) -> set[str]:
    rows = select(store, "recommendation-history", recommendation=f"<{iri}>")
    return {f"{r['ordinal']}-{r['label']}" for r in rows}


BASE = "https://w3id.org/uncac-kg/id/meeting/eg1/"


@pytest.mark.parametrize(("member", "expected"), [
    ("7/recommendation/b", {"7-b", "8-a"}),  # keep informing the Secretariat of challenges and good practices
    ("8/recommendation/g", {"6-i", "7-k", "8-g", "10-h"}),  # synergy with the UNTOC working group
    ("7/recommendation/c", {"6-d", "7-c"}),  # the directory of competent national authorities
    ("7/recommendation/a", {"6-a", "7-a", "9-94", "10-b"}),  # the Convention as the legal basis
])
def test_the_demands_a_reader_sees_are_threaded(corpus: GraphStore, member: str, expected: set[str]) -> None:
    assert expected <= thread_of(corpus, BASE + member)


def test_threads_are_in_their_own_graph_and_deterministic(corpus: GraphStore) -> None:
    iris = Iris()
    first = sorted(str(q) for q in recurrence.quads(recurrence.threads(
        recurrence.items(corpus), recurrence.links(recurrence.items(corpus))), iris, threshold=0.24))
    again = sorted(str(q) for q in recurrence.quads(recurrence.threads(
        recurrence.items(corpus), recurrence.links(recurrence.items(corpus))), iris, threshold=0.24))
    assert first == again
    graphs = select(corpus, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?t a ukg:Thread } }")
    assert [r["g"] for r in graphs] == [recurrence.graph_name(iris).value]


def test_recurrences_query_orders_members_by_meeting(corpus: GraphStore) -> None:
    rows = select(corpus, "recurrences")
    assert rows
    by_thread: dict[str, list[str]] = {}
    for row in rows:
        by_thread.setdefault(str(row["thread"]), []).append(str(row["date"]))
    assert all(dates == sorted(dates) for dates in by_thread.values())
    assert all(row["score"] is None or 0 < float(row["score"]) <= 1 for row in rows)  # type: ignore[arg-type]


def test_reworded_copies_are_threaded_with_their_original() -> None:
    """A later meeting that rewords earlier recommendations (synonyms, clauses dropped and
    reordered) is linked back to them — on text the labelled set does not contain."""
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from recurrence import reword  # type: ignore[import-not-found]  # bench/recurrence.py

    rng = random.Random(3)
    originals = [i for i in labelled_items() if i.ordinal == 8 and len(i.text) > 40]
    copies = recurrence.themed(Item(f"copy-{i.label}", "recommendation", 11, "2022-11-07", i.label,
                                    reword(i.text, rng)) for i in originals)
    items = sorted(originals + copies, key=lambda i: i.order)
    linked = {(link.earlier.iri, link.later.iri) for link in recurrence.links(items)}
    recovered = sum((o.iri, f"copy-{o.label}") in linked for o in originals)
    assert recovered >= 0.9 * len(originals)


@pytest.mark.slow
def test_cli_prints_timelines(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    store = disk_store(tmp_path / "s")  # (the bundled reports, as `uncac-kg load data/reports` leaves them)
    env = dict(os.environ, UNCAC_KG_STORE=str(store))
    result = subprocess.run([sys.executable, "-m", "uncac_kg", "recurrences"], env=env, capture_output=True,
                            text=True, check=True)
    assert "Thread 6-i · 4 meetings · first 6th, last 10th" in result.stdout
    assert "(themes: expert-participation)" in result.stdout  # a thematic link says what made it
    strict = subprocess.run([sys.executable, "-m", "uncac_kg", "recurrences", "--min-score", "0.9", "--words-only"],
                            env=env, capture_output=True, text=True, check=True)
    assert "No recommendation recurs" in strict.stdout
    bad = subprocess.run([sys.executable, "-m", "uncac_kg", "recurrences", "--min-score", "2"], env=env,
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "--min-score" in bad.stderr


def test_api_threads(corpus: GraphStore) -> None:
    from fastapi.testclient import TestClient

    from uncac_kg.api.app import create_app
    from uncac_kg.settings import Settings

    client = TestClient(create_app(Settings(store="unused"), store=corpus))
    listed = client.get("/api/threads").json()
    assert {"6-i", "7-b", "6-a"} <= {t["key"] for t in listed}
    timeline = client.get("/api/threads/6-i").json()
    assert [m["meeting"] for m in timeline["timeline"]] == [6, 7, 8, 10]
    assert timeline["timeline"][0]["repeats"] is None
    later = timeline["timeline"][1]["repeats"]
    assert later["score"] > 0.5 and "国际合作工作组" in later["shared_terms"]
    missing = client.get("/api/threads/no-such")
    assert missing.status_code == 404 and "no thread" in missing.json()["error"]["detail"]


def test_explicit_links(corpus: GraphStore) -> None:
    rows = select(corpus, """
        SELECT ?rec ?target ?p WHERE { GRAPH ?g { ?rec ?p ?target }
          FILTER (?p IN (ukg:restatedIn, ukg:endorsedBy)) }""")
    found = {(str(r["rec"]).split("/eg1/")[-1], str(r["p"]).rsplit("#", 1)[-1], str(r["target"]).rsplit("/", 3)[-1])
             for r in rows}
    assert ("8/recommendation/a", "restatedIn", "9") in found  # 根据…第八次专家会议的建议，鼓励缔约国…
    assert ("8/recommendation/b", "restatedIn", "10") in found  # 根据同一次会议的建议
    assert ("6/recommendation/a", "endorsedBy", "7-1") in found  # 第7/1号决议欢迎第六次…专家会议…的建议


def test_api_thread_list_has_each_thread_once(corpus: GraphStore) -> None:
    from fastapi.testclient import TestClient

    from uncac_kg.api.app import create_app
    from uncac_kg.settings import Settings

    client = TestClient(create_app(Settings(store="unused"), store=corpus))
    keys = [t["key"] for t in client.get("/api/threads").json()]
    assert len(keys) == len(set(keys)) > 5


def test_reaffirmations_join_the_threads_and_weak_links_are_flagged(corpus: GraphStore) -> None:
    """Every recommendation a meeting agreed carries the later meetings that reaffirmed that
    meeting's recommendations (as the golden facts say), in the API's thread timelines."""
    from fastapi.testclient import TestClient

    from uncac_kg.api.app import create_app
    from uncac_kg.graph.read.threads import WEAK_SCORE
    from uncac_kg.settings import Settings

    from helpers import golden_facts

    reaffirmed_by: dict[int, set[int]] = {}
    for report in golden_facts():
        for r in report["reaffirmations"]:
            reaffirmed_by.setdefault(r["reaffirmed"], set()).add(report["ordinal"])
    client = TestClient(create_app(Settings(store="unused"), store=corpus))
    members = [m for t in client.get("/api/threads").json()
               for m in client.get(f"/api/threads/{t['key']}").json()["timeline"]]
    assert members
    for member in members:
        expected = sorted(reaffirmed_by.get(member["meeting"], set())) if member["kind"] == "recommendation" else []
        assert member["reaffirmed_by"] == expected, member["recommendation"]
        if member["repeats"] is not None:
            link = member["repeats"]
            assert link["weak"] == (link["score"] < WEAK_SCORE and not link["shared_themes"])
    assert any(m["reaffirmed_by"] for m in members) and any(m["repeats"] and m["repeats"]["weak"] for m in members)
