"""Whom a sentence is about: the meeting the report is of, or another one.

A report speaks of its own meeting as the subject of a sentence in a few ways: by the
series' name with the meeting's ordinal (``第十一次增进《联合国反腐败公约》下国际合作不限成员名额
政府间专家会议``), with none (``专家会议``, ``会议``, ``本次会议``), or by its participants
(``与会者``, ``各代表团``).  A sentence whose subject is another body's session
(``缔约国会议第十届会议``), an earlier meeting of the series (``第九次专家会议`` in the report of
the 14th) or a time or place phrase (``会议期间``) is not about it.  Several recognisers need this
(how the meeting was held, which recommendations it agreed), so the grammar is here.
"""

from __future__ import annotations

import re

from ..text.numerals import to_int

_LEAD = r"(?:此外|另外|同时|因此|最后|经讨论|经过讨论|经审议|经协商|为此)?[，,]?"
_SUBJECT = re.compile(
    rf"^{_LEAD}(?:"
    r"(?P<meeting>(?:本次|本届|此次|该次|这次|(?:专家会议)?第[\d一二三四五六七八九十]{1,4}次)?"
    r"(?:(?:增进|国际合作)[^，。；]{0,60}?)?(?:专家)?会议)(?!期间|上|中|前|后|之|结束|开始|的|第)"
    r"|(?P<people>与会者|与会代表|各代表团|代表们|各国代表))"
)
#: Words of a subject that name another body, or a session of one.
_OTHER_BODY = re.compile(r"缔约国会议|缔约方会议|工作组|审议组|网络|大会|特别会议|届会议|全体会议|的")
_ORDINAL = re.compile(r"第([\d一二三四五六七八九十]{1,4})次")


def own_meeting_subject(sentence: str, ordinal: int | None) -> re.Match[str] | None:
    """The subject at the start of ``sentence`` if it is the meeting of ``ordinal`` (any meeting
    of the series if None) or its participants; else None."""
    m = _SUBJECT.match(sentence)
    if not m:
        return None
    if m.group("people"):
        return m
    subject = m.group("meeting")
    if _OTHER_BODY.search(subject.removesuffix("专家会议")):
        return None
    number = _ORDINAL.search(subject)
    if number is None or ordinal is None:
        return m
    try:
        return m if to_int(number.group(1)) == ordinal else None
    except ValueError:
        return None
