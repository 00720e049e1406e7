"""Map the facts about a meeting to RDF: chairs, agenda, attendance, panels,
directory statistics, other meetings reported on, reaffirmations, mandates.

Each is an n-ary node (``ukg:Participation``, ``ukg:ChairRole`` …) that is also a
``ukg:Statement`` with its provenance, plus a direct link for simple queries
(``?state ukg:attended ?meeting``, ``?meeting ukg:chair ?person``).
"""

from __future__ import annotations

import hashlib

from pyoxigraph import Literal, NamedNode

from ...ontology.iris import Iris
from ...ontology.rdf import Triples, integer, partial_date, zh
from ...ontology.vocabulary import UKG, C, P, concept
from ..facts import DocumentFacts, DocumentKind, Span
from . import entities

#: The Data Cube dataset the directory observations belong to.
DIRECTORY_DATASET = NamedNode(UKG + "DirectoryOfCompetentAuthorities")


def meeting_facts(g: Triples, facts: DocumentFacts, meeting: NamedNode, iris: Iris) -> None:
    _chairs(g, facts, meeting, iris)
    _agenda(g, facts, meeting)
    _attendance(g, facts, meeting, iris)
    _panels(g, facts, meeting, iris)
    _directory(g, facts, iris)
    _other_meetings(g, facts, iris)
    _reaffirmations(g, facts, meeting, iris)
    _mandates(g, facts, meeting, iris)


def _chairs(g: Triples, facts: DocumentFacts, meeting: NamedNode, iris: Iris) -> None:
    for chair in facts.chairs:
        person = entities.person(g, chair.name, iris)
        node = g.statement(_at(g, chair.span, "chair", person.value.rsplit("/", 1)[-1]), C.ChairRole,
                           chair.span, meeting, person)
        g.add(node, P.meeting, meeting)
        g.add(node, P.person, person)
        g.add(node, P.role, concept("role", chair.role.value))
        g.add(node, P.office, zh(chair.office) if chair.office else None)
        g.add(meeting, P.chair, person)
        if chair.state:
            state = entities.participant(g, chair.state, iris)
            g.add(person, P.nationality, state)
            g.add(node, P.nationality, state)
            g.add(node, P.name_as_written, zh(chair.state))


def _agenda(g: Triples, facts: DocumentFacts, meeting: NamedNode) -> None:
    for item in facts.agenda:
        node = g.statement(_at(g, item.span, "agenda", item.position), C.AgendaItem, item.span, meeting)
        g.add(node, P.meeting, meeting)
        g.add(node, P.position, integer(item.position))
        g.add(node, P.title, Literal(item.title, language=facts.language))
        g.add(meeting, P.agenda_item, node)
        if facts.kind is DocumentKind.NOTE:
            g.add(node, P.about, g.name)  # the item the note is submitted under


def _attendance(g: Triples, facts: DocumentFacts, meeting: NamedNode, iris: Iris) -> None:
    for item in facts.attendance:
        who = entities.participant(g, item.name, iris)
        key = who.value.rsplit("/", 1)[-1]
        node = g.statement(_at(g, item.span, "participation", key), C.Participation, item.span, meeting, who)
        g.add(node, P.meeting, meeting)
        g.add(node, P.participant, who)
        g.add(node, P.participant_kind, concept("participant", item.kind.value))
        g.add(node, P.position, integer(item.position))
        g.add(node, P.name_as_written, zh(item.name))
        g.add(who, P.attended, meeting)


def _panels(g: Triples, facts: DocumentFacts, meeting: NamedNode, iris: Iris) -> None:
    for number, panel in enumerate(facts.panels, start=1):
        node = g.statement(_at(g, panel.span, "panel", number), C.Panel, panel.span, meeting)
        g.add(node, P.type, C.Event)
        g.add(node, P.super_event, meeting)
        g.add(node, P.topic, zh(panel.topic) if panel.topic else None)
        g.add(meeting, P.panel, node)
        for index, panelist in enumerate(panel.panelists, start=1):
            origin = entities.participant(g, panelist.origin, iris)
            seat = g.statement(Iris.part(node, "panelist", index), C.Panelist, panelist.span, node, origin)
            g.add(seat, P.panel, node)
            g.add(seat, P.origin, origin)
            g.add(seat, P.position, integer(index))
            g.add(seat, P.name_as_written, zh(panelist.origin))
            g.add(node, P.panelist, seat)


def _directory(g: Triples, facts: DocumentFacts, iris: Iris) -> None:
    for count in facts.directory:
        obs = iris.directory_observation(count.as_of, count.category)
        g.add(obs, P.type, C.Observation)
        g.add(obs, P.type, C.DirectoryObservation)
        g.add(obs, P.dataset, DIRECTORY_DATASET)
        g.add(obs, P.as_of, partial_date(count.as_of))
        g.add(obs, P.category, concept("directory", count.category))
        g.add(obs, P.count, integer(count.count))
        g.statement(_at(g, count.span, "directory", count.as_of, count.category), C.Statement, count.span, obs)


def _at(g: Triples, span: Span, *path: object) -> NamedNode:
    """A statement's IRI: under the place it was read in, so each document states its own."""
    return Iris.part(g.places[span.place], *path)


def _other_meetings(g: Triples, facts: DocumentFacts, iris: Iris) -> None:
    for other in facts.other_meetings:
        key = other.start or hashlib.sha1(other.name.encode()).hexdigest()[:10]
        node = iris.other_meeting(other.body, key)
        g.add(node, P.type, C.Meeting)
        g.add(node, P.type, C.Event)
        g.add(node, P.body, concept("body", other.body))
        g.add(node, P.label, zh(other.name))
        g.add(node, P.start_date, partial_date(other.start) if other.start else None)
        g.add(node, P.end_date, partial_date(other.end) if other.end else None)
        g.add(node, P.venue, zh(other.venue) if other.venue else None)
        place = g.places[other.span.place]
        g.add(place, P.reports_on, node)
        g.statement(_at(g, other.span, "reports-on", other.body, key), C.Statement, other.span, node, place)


def _reaffirmations(g: Triples, facts: DocumentFacts, meeting: NamedNode, iris: Iris) -> None:
    for item in facts.reaffirmations:
        earlier = iris.meeting(facts.meeting.series, item.reaffirmed)
        g.add(earlier, P.type, C.Meeting)
        g.add(earlier, P.series, iris.series(facts.meeting.series))
        g.add(earlier, P.ordinal, integer(item.reaffirmed))
        node = g.statement(_at(g, item.span, "reaffirms", item.reaffirmed), C.Reaffirmation, item.span,
                           meeting, earlier)
        g.add(node, P.reaffirming, meeting)
        g.add(node, P.reaffirmed, earlier)
        g.add(meeting, P.reaffirms, earlier)
        if item.symbol:
            report = entities.un_document(g, item.symbol, iris)
            g.add(node, P.report, report)
            g.add(earlier, P.report, report)


def _mandates(g: Triples, facts: DocumentFacts, meeting: NamedNode, iris: Iris) -> None:
    series = iris.series(facts.meeting.series)
    for mandate in facts.mandates:
        res = entities.resolution(g, mandate.body, mandate.resolution, iris)
        node = g.statement(_at(g, mandate.span, "mandate", mandate.resolution.replace("/", "-"), mandate.relation),
                           C.Mandate, mandate.span, series, res)
        g.add(node, P.resolution, res)
        g.add(node, P.series, series)
        g.add(node, P.relation, concept("mandate", mandate.relation))
        g.add(series, P.mandated, res)
