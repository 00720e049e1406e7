"""Recognise the recommendations of a meeting, and say what each is.

They are the lettered items ``(a)``, ``(b)`` … of the paragraphs of the
section (or subsection) whose title speaks of recommendations: ``结论和建议`` in most
reports, ``缔约国在会议期间提出的建议`` (proposals made by States parties during the
meeting) in the 10th, ``建议``, ``结论、建议和今后的工作`` — and of a paragraph anywhere
whose lead-in says the meeting itself agreed them (``此外，专家会议还商定了下列建议：``,
``会议通过了以下建议：``), not an earlier meeting (``第三次专家会议商定的建议如下：`` in the
report of the 4th).  Lettered lists elsewhere (a mandate's functions, the directory counts)
are not recommendations, and the concluding paragraphs of a Secretariat note suggest
rather than agree (:func:`suggestions`).

What the items are, the text says, in the section's title or in the sentence that leads into
them: recommendations the meeting *agreed* (``专家会议商定了下列建议``) or proposals that
States parties (speakers, participants) *made* during the meeting (``缔约国…提出了一些建议，
其中包括``), which it did not adopt (:func:`proposals`).
"""

from __future__ import annotations

import enum
import re

from ...ontology import reference
from ..facts import ArticleCitation, ArticleLink, DocumentKind, Place, PlaceKind, Recommendation, Span
from ..segment import Item, Paragraph, Segmented, lettered_items
from ..subjects import own_meeting_subject

#: A title whose (last or listed) subject is recommendations: not ``以往建议的后续行动``.
_RECOMMENDATIONS_SECTION = re.compile(r"建议(?:$|[和与及、])")
#: A lead-in announcing the recommendations agreed: ``商定了下列建议：``, ``建议如下：``,
#: ``专家会议建议：``, ``以下是专家会议商定的建议：``.
_AGREED = re.compile(
    r"(?:商定|通过|提出|核可|核准|赞同|同意|认可|达成)了?(?:下列|以下|如下|这些|一系列)?(?:的)?(?:结论和)?建议[：:]?$"
    r"|建议如下[：:]?$|^(?:专家)?会议(?:还|并|又)?(?:建议|商定|决定|同意)[：:]?$")
#: A group heading of items, by whom they address: ``对缔约国的建议``.
_GROUP_HEADING = re.compile(r"(?:^|(?<=[。；：\n]))对(?P<who>[^，。；：()（）]{1,20})的建议(?=\s?\([a-z]\))")
_GROUP_HEADING_END = re.compile(r"[；;]?\s?对[^，。；：()（）]{1,20}的建[议：]$")
#: Items referred to by label in a lead-in: ``(a)至(f)项``, ``(g)项``.
_LABEL_REF = re.compile(r"[（(]([a-z])[)）](?:项)?(?:至|到|—|-)?(?:[（(]([a-z])[)）])?项?")
_AGREEING_VERB = re.compile(r"商定|通过|核可|核准|赞同|同意|认可")
#: What leads into a list before the sentence's subject: ``以下是…``.
_PRESENTING = re.compile(r"^(?:以下|下面|下文)(?:是|为|列出了?)")
#: Lettered items a paragraph's own list reader leaves (it wants a run from "(a)"): one alone, or
#: a run going on from the paragraph before (``专家会议还商定：(c)…``).
_LONE_ITEM = re.compile(r"(?:^|(?<=[：:；;。\n]))\s*\(([a-z])\)\s*")
_TRAILING = re.compile(r"(?:[；;。，,\s]|和|以及|及)+$")


class Status(enum.Enum):
    """What a list of items is, as the text says."""

    AGREED = "agreed"
    PROPOSED = "proposed"


def _status(p: Paragraph, lead: str, ordinal: int | None) -> Status | None:
    """What the items led into by ``lead`` are: agreed by the meeting, proposed by States during
    it, or neither (a mandate's functions, the Secretariat's suggestions, an earlier meeting's
    recommendations)."""
    title = p.section.title if p.section else ""
    in_section = any(h.level <= 2 and _RECOMMENDATIONS_SECTION.search(h.title) for h in p.headings)
    sentence = [s for s in re.split(r"[。；]", lead.strip()) if s][-1] if lead.strip() else ""
    # outside a section of recommendations, a list of proposals says it is one (建议, 提议)
    if proposed(title if in_section else "", sentence) and (in_section or _PROPOSAL_WORD.search(sentence)):
        return Status.PROPOSED
    if in_section:
        return Status.AGREED if not _SUGGESTED.search(sentence) else None
    subject = _PRESENTING.sub("", sentence)
    agreeing = _AGREED.search(sentence) or _MEETING_AGREED.search(sentence)  # …商定了以下建议，按…分列如下
    if agreeing and (own_meeting_subject(subject, ordinal) or own_meeting_subject(sentence, ordinal)):
        return Status.AGREED
    return None


def _grouped(text: str) -> list[Item]:
    """Items under group headings run into the paragraph: ``对缔约国的建议(a)…；(e)…；对秘书处的建议
    (f)…`` (:func:`_heading_of` says which heading an item stands under)."""
    headings = list(_GROUP_HEADING.finditer(text))
    if not headings:
        return []
    marked = list(text)
    for h in headings:
        marked[h.end() - 1] = "："  # a boundary before the first item of each group
    items = lettered_items("".join(marked))
    return [Item(item.label, _TRAILING.sub("", _GROUP_HEADING_END.sub("", item.text)), item.start, item.end)
            for item in items]


def _heading_of(text: str, item: Item) -> str | None:
    """The addressee of the group heading ``item`` stands under (``对秘书处的建议`` → ``秘书处``)."""
    before = [h for h in _GROUP_HEADING.finditer(text) if h.end() <= item.start]
    return before[-1].group("who") if before else None


def _lists(doc: Segmented, ordinal: int | None) -> list[tuple[Place, Paragraph, list[Item], Status]]:
    """The paragraphs with lettered items that are recommendations agreed or proposed, with the
    items and what they are.  A list may go on into the paragraphs after its lead (``专家会议商定了
    下列建议：`` then ``(a)…`` and ``(b)…`` as paragraphs of their own, or ``(c)…`` continuing)."""
    out: list[tuple[Place, Paragraph, list[Item], Status]] = []
    running: tuple[Status, str] | None = None  # the list going on: its status and last label
    pending: Status | None = None  # a lead ending in "：" with no items of its own
    for p in doc.paragraphs:
        items = list(p.items) or _grouped(p.text) or _lone(p.text)
        continues = bool(running and items and items[0].label == chr(ord(running[1]) + 1))
        if items and items[0].label != "a" and not continues:
            items = []
        if not items:
            pending = _status(p, p.text, ordinal) if p.text.rstrip().endswith(("：", ":")) else None
            running = None
            continue
        lead = _GROUP_HEADING_END.sub("", p.text[: items[0].start].rstrip())  # not "对缔约国的建议"
        if lead.strip():
            status = _status(p, lead, ordinal)
        elif pending and items[0].label == "a":
            status = pending
        elif running and continues:
            status = running[0]
        else:
            status = _status(p, "", ordinal)
        pending = None
        running = (status, items[-1].label) if status else None
        if status:
            out.append((Place(PlaceKind.PARAGRAPH, str(p.number)), p, items, status))
    return out


def _lone(text: str) -> list[Item]:
    """The run of consecutive lettered items from the first one at the start of ``text`` or after
    its lead (``…：``), whatever letter it starts with."""
    marks: list[re.Match[str]] = []
    for m in _LONE_ITEM.finditer(text):
        if not marks and text[: m.start()].strip() and not text[: m.start()].rstrip().endswith(("：", ":")):
            return []
        if marks and m.group(1) != chr(ord(marks[-1].group(1)) + 1):
            continue
        marks.append(m)
    if not marks:
        return []
    items = []
    for m, following in zip(marks, [*marks[1:], None], strict=True):
        end = following.start() if following else len(text)
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        items.append(Item(m.group(1), _TRAILING.sub("", text[m.end() : end].strip()), start, end))
    return items


def _concluding(doc: Segmented) -> list[tuple[Place, Paragraph]]:
    """The paragraphs of the section of recommendations (结论和建议 …), with their places."""
    return [(Place(PlaceKind.PARAGRAPH, str(p.number)), p) for p in doc.paragraphs
            if p.section is not None and _RECOMMENDATIONS_SECTION.search(p.section.title)]


def suggestions(doc: Segmented, kind: DocumentKind) -> list[Recommendation]:
    """A Secretariat note's concluding suggestions: one per paragraph of its 结论和建议,
    labelled by the paragraph number."""
    if kind is not DocumentKind.NOTE:
        return []
    return [Recommendation(str(p.number), p.text, Span(place, 0, len(p.text), p.text))
            for place, p in _concluding(doc)]


#: Who puts proposals forward (not the meeting: ``专家会议`` is the meeting itself).
_PROPOSERS = r"(?:缔约国|国家|各国|发言者|与会者|参会者|代表团?|专家(?!会议)|一些|若干|多位|多名|部分)"
#: A lead-in that says States (speakers, delegations …) proposed the items: ``缔约国…提出了一些
#: 建议，其中包括``, ``若干发言者提出了以下建议``, ``各国代表团提议``, ``一些缔约国建议``,
#: ``讨论期间提出的建议包括``, ``会议期间提出了下列提议``; a list said to be partial (``其中包括``)
#: is not a meeting's decision, nor one the meeting did not agree (``但未获会议通过``).
_PROPOSED_LEAD = re.compile(
    rf"{_PROPOSERS}[^。；：]{{0,40}}?(?:提出|提议|建议)|(?:期间|讨论中|会上)[^。；：]{{0,10}}(?:提出的建议|提议)"
    r"|其中包括")
_PROPOSED_TITLE = re.compile(r"提出的建议|提议")
_PROPOSAL_WORD = re.compile(r"建议|提议")
#: A lead-in that says the meeting agreed them (``专家会议商定了下列建议``, ``会议通过了以下建议``).
_MEETING_AGREED = re.compile(
    r"(?:会议|专家会议)[^。；：]{0,20}?(?:商定|通过|核可|核准|赞同|同意|认可)(?:了)?[^。；：]{0,12}建议"
    # the meeting itself making them: ``专家会议向缔约国提出以下建议：``
    r"|^(?:此外|另外|同时)?[，,]?(?:本次)?(?:专家)?会议(?:还|并|又)?(?:向[^。；：，]{1,20}?)?提出了?(?:以下|下列|如下|这些)?的?建议")
#: The meeting did not agree them: ``但会议未就此达成一致``, ``未获会议通过``.
_NOT_AGREED = re.compile(r"(?:未|没有|并未|尚未|不)(?:获|能|就)?[^。；：，]{0,8}(?:商定|通过|核可|同意|认可|达成|采纳)")
#: The Secretariat (or another office) suggests: not the meeting's recommendations.
_SUGGESTED = re.compile(
    r"^(?:此外|另外|同时)?[，,]?(?:秘书处|毒品和犯罪问题办公室|主席)[^。；：]{0,60}?(?:提出|建议|提议)")


def proposed(title: str, lead: str) -> bool:
    """Whether items under a section ``title``, led into by ``lead``, are proposals made by
    States parties during the meeting rather than recommendations it agreed."""
    if _SUGGESTED.search(lead):
        return False
    if _NOT_AGREED.search(lead) and re.search(r"建议|提议", lead):
        return True
    if _MEETING_AGREED.search(lead):
        return False
    return bool(_PROPOSED_LEAD.search(lead) or _PROPOSED_TITLE.search(title))


def _items(doc: Segmented, ordinal: int | None, *, status: Status) -> list[Recommendation]:
    out = []
    for place, p, items, found in _lists(doc, ordinal):
        lead = p.text[: items[0].start]
        by_label = _label_statuses(lead)
        for item in items:
            if by_label.get(item.label, found) is status:
                out.append(Recommendation(item.label, item.text,
                                          Span(place, item.start, item.end, p.text[item.start : item.end]),
                                          _heading_of(p.text, item) or _asked_in_lead(lead)))
    return out


def _asked_in_lead(lead: str) -> str | None:
    """Whom a lead-in asks, for items that name no actor: ``专家会议还请秘书处：``, ``专家会议还建议缔约国
    会议：``, ``专家会议商定了以下针对缔约国的建议：``."""
    m = _LEAD_ASKS.search(lead.rstrip())
    return (m.group("asked") or m.group("for")) if m else None


#: (the lead's last clause, ending in a colon)
_LEAD_ASKS = re.compile(
    r"(?:(?:请|邀请|鼓励|促请|敦促|吁请|呼吁|建议|要求)(?P<asked>[^，。；：:]{2,30}?)"
    r"|(?:针对|对|给|致|向)(?P<for>[^，。；：:的]{2,30}?)(?:提出)?的(?:以下|下列|如下)?建议)[：:]$")


def _label_statuses(lead: str) -> dict[str, Status]:
    """What a lead-in says of some items by their labels: ``其中(a)至(f)项经专家会议商定；(g)项和(h)项
    系若干缔约国提出的提议，专家会议未能就此达成协商一致`` → a–f agreed, g and h proposed."""
    out: dict[str, Status] = {}
    for clause in re.split(r"[；;。]", lead):
        labels = _labels(clause)
        if not labels:
            continue
        if _NOT_AGREED.search(clause) or _PROPOSED_LEAD.search(clause):
            out.update(dict.fromkeys(labels, Status.PROPOSED))
        elif _AGREEING_VERB.search(clause):
            out.update(dict.fromkeys(labels, Status.AGREED))
    return out


def _labels(clause: str) -> list[str]:
    """``(a)至(f)项`` → a … f; ``(g)项和(h)项`` → g, h."""
    found: list[str] = []
    for m in _LABEL_REF.finditer(clause):
        first, last = m.group(1), m.group(2)
        found += [chr(c) for c in range(ord(first), ord(last or first) + 1)]
    return found


def find(doc: Segmented, kind: DocumentKind, ordinal: int | None = None) -> list[Recommendation]:
    """The recommendations the meeting agreed."""
    return _items(doc, ordinal, status=Status.AGREED) if kind is DocumentKind.REPORT else []


def proposals(doc: Segmented, kind: DocumentKind, ordinal: int | None = None) -> list[Recommendation]:
    """The proposals States parties made during the meeting (not adopted by it)."""
    return _items(doc, ordinal, status=Status.PROPOSED) if kind is DocumentKind.REPORT else []


# --- about which articles (whom they ask: :mod:`.addressees`) ---------------------------------------

#: Names of bodies: a subject term inside them (国际合作工作组) names the body, not a subject.
_BODY_NAMES = re.compile(
    r"(?:增进)?(?:《[^》]{1,20}》下)?国际合作(?:问题)?(?:不限成员名额政府间)?专家会议|国际合作工作组|"
    r"资产追回问题(?:不限成员名额政府间)?工作组|实施情况审议组|"
    r"[^，。；、]{0,10}资产追回机构间网络|追回被盗资产(?:举措|倡议)"
)


def article_links(recs: list[Recommendation], cited: list[ArticleCitation]) -> list[ArticleLink]:
    """The articles each recommendation concerns: cited in it, else inferred from a subject term."""
    links = []
    for rec in recs:
        seen: set[int] = set()
        for citation in cited:
            inside = citation.span.place == rec.span.place and rec.span.start <= citation.span.start < rec.span.end
            if inside and citation.convention == "UNCAC" and citation.article not in seen:
                seen.add(citation.article)
                links.append(ArticleLink(rec.label, citation.article, True, citation.span.text, citation.span))
        matches: list[tuple[int, int, int]] = [(m.start(), m.end(), 0) for m in _BODY_NAMES.finditer(rec.text)]
        for subject in reference.subjects():  # longest terms first
            for m in re.finditer(re.escape(subject.term), rec.text):
                if not any(a <= m.start() < b for a, b, _ in matches):  # 司法协助 inside 刑事司法协助
                    matches.append((m.start(), m.end(), subject.article))
        offset = max(rec.span.text.find(rec.text), 0)
        for start, end, article in sorted(matches):
            if article == 0 or article in seen:  # 0: the name of a body, not a subject
                continue
            seen.add(article)
            at = rec.span.start + offset + start
            term = rec.text[start:end]
            links.append(ArticleLink(rec.label, article, False, term, Span(rec.span.place, at, at + len(term), term)))
    return links
