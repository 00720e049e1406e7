"""Names in Chinese lists: splitting ``A、B和C`` into names (never inside ``波斯尼亚和黑塞哥维那``
or ``联合国教育、科学及文化组织``), and telling whether words are a known or a likely name.
Shared by the recognisers of attendance and of panels."""

from __future__ import annotations

import re

from ...ontology import reference
from ..names import entity, leading_entity


def bare(name: str) -> str:
    """``国际刑事警察组织（刑警组织）`` → ``国际刑事警察组织``."""
    return re.sub(r"（[^（）]*）$", "", name).strip()


def known(name: str, *, units: bool = True) -> bool:
    """Is this a State, territory or organisation of the reference tables (or, with
    ``units``, a unit of a known organisation: 毒品和犯罪问题办公室预防恐怖主义处)?"""
    without = bare(name)
    if entity(without) is not None:
        return True
    return units and any(len(org) >= 4 and without.startswith(org) for org in reference.organization_names())


#: The last word of a name of an organisation, a body or a place: a name ends with one.
_HEAD = re.compile(
    r"(?:组织|署|银行|基金|基金会|办公室|委员会|学院|研究所|研究院|网络|中心|机构|联盟|理事会|法院|论坛|"
    r"举措|倡议|集团|协会|大学|秘书处|方案|方案网|部|局|司|处|科|股|厅|团|会|院|所|国|群岛|岛|领土|特别行政区|教团)"
    r"(?:（[^（）]*）)?$"
)
#: Joints inside a word, never between two names: 共和国, 和平, 和解.
_INSIDE = re.compile(r"共$")


def name_like(text: str) -> bool:
    """Could this be a whole name (a known one, or one ending as names of bodies end)?"""
    return known(text) or (len(text) >= 3 and bool(_HEAD.search(text)))


def split_names(text: str, offset: int = 0, *, states: bool = False) -> list[tuple[str, int]]:
    """Names of a Chinese list with their offsets: ``A、B和C`` → A, B, C.

    A part joined by ``和`` (``与``, ``及``, ``以及``) is split where the reference
    tables know both sides, or one and the other reads as a name (``联合国开发计划署和
    世界银行``); a part they do not know at all is split where both sides read as names
    of bodies, or, in a list of States (``states``), whose names the tables cover, at its
    last ``和`` (never inside ``共和国``).  A known name with a ``、`` inside
    (``联合国教育、科学及文化组织``) is one name.
    """
    out: list[tuple[str, int]] = []
    for part, start in _parts(text):
        stripped = part.strip().rstrip("。；;")
        if not stripped:
            continue
        last = start + len(part) >= len(text.rstrip("。；; "))
        pieces = _split_joined(stripped, fallback=states and last)
        at = start
        for piece in pieces:
            local = part.find(piece, at - start)
            at = start + (local if local >= 0 else 0)
            out.append((piece, offset + at))
            at += len(piece)
    return out


def _parts(text: str) -> list[tuple[str, int]]:
    """``text`` split at ``、`` (and at a comma before the joint of its last part), but not inside a
    known name that holds one."""
    protected = [(m.start(), m.end()) for name in _names_with_comma() for m in re.finditer(re.escape(name), text)]
    parts: list[tuple[str, int]] = []
    start = 0
    for m in re.finditer(r"[、；;]|[，,](?:以及|和|及|与)", text):  # (``A和B，以及C``: a list's last part)
        if any(a <= m.start() < b for a, b in protected):
            continue
        parts.append((text[start : m.start()], start))
        start = m.end()
    parts.append((text[start:], start))
    return parts


def _of_a_state(name: str) -> bool:
    """A State's agency: ``巴西联邦警察``, ``英国国家犯罪调查局``."""
    lead = leading_entity(name)
    return bool(lead) and len(name) > len(lead or "") and (entity(lead or "") or "").startswith("state:")


def _names_with_comma() -> list[str]:
    return [n for n in reference.organization_names() if "、" in n]


def _split_joined(text: str, *, fallback: bool) -> list[str]:
    """``赞比亚和津巴布韦`` → both; ``波斯尼亚和黑塞哥维那`` stays whole."""
    if known(text, units=False):
        return [text]
    joints = [j for j in re.finditer(r"以及|和|及|与", text) if not _INSIDE.search(text[: j.start()])]
    for joint in joints:
        left, right = text[: joint.start()], text[joint.end():]
        if known(left) and known(right):
            return [*_split_joined(left, fallback=False), right]
    for joint in joints:
        left, right = text[: joint.start()], text[joint.end():]
        if left and right and known(left, units=False) and (fallback or name_like(right) or _of_a_state(right)):
            return [left, *_split_joined(right, fallback=fallback)]
    for joint in reversed(joints):
        left, right = text[: joint.start()], text[joint.end():]
        if known(right, units=False) and (name_like(left) or _of_a_state(left)):  # ``巴西联邦警察和国际刑警组织``
            return [*_split_joined(left, fallback=False), right]
    for joint in reversed(joints):  # a unit of a known organisation, and another body after it
        left, right = text[: joint.start()], text[joint.end():]
        if known(left) and not known(left, units=False) and _HEAD.search(left) and (known(right) or name_like(right)) \
                and len(right) >= 3:
            return [left, *_split_joined(right, fallback=fallback)]
    if known(text):
        return [text]
    for joint in joints:  # ``大韩民国法务部国际刑事科和巴西司法和公共安全部…司``: each a State's office
        left, right = text[: joint.start()], text[joint.end():]
        if (_of_a_state(left) or known(left)) and _of_a_state(right):
            return [left, *_split_joined(right, fallback=fallback)]
    for joint in reversed(joints):
        left, right = text[: joint.start()], text[joint.end():]
        if _HEAD.search(left) and len(left) >= 3 and len(right) >= 3 and not right.startswith(("其", "该", "有关")):
            return [*_split_joined(left, fallback=False), right]
    if fallback and joints:
        joint = joints[-1]
        return [p for p in (text[: joint.start()], text[joint.end():]) if p]
    return [text]
