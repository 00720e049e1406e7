"""What things are called on pages and in views: short labels in English and Chinese,
citation strings, and the address of a UN document's official text.

The names are made from data (a meeting's ordinal and year, a resolution's number and the
body that adopted it, an item's ``kind``), never from an IRI's spelling.
"""

from __future__ import annotations

from urllib.parse import quote

from ...ontology.bodies import Body
from ...text.numerals import english_ordinal

#: Where the official text of a UN document is: ``https://undocs.org/zh/{symbol}`` for Chinese.
UNDOCS = "https://undocs.org/"

#: The kinds of items (the ``kind`` of the read models), as pages name them: (English, Chinese,
#: a sentence saying who made it).  A kind not listed here is shown as the data spells it.
KINDS: dict[str, tuple[str, str, str]] = {
    "recommendation": ("recommendation", "建议", "a recommendation the meeting agreed"),
    "proposal": ("proposal", "缔约国提出的建议", "a proposal States parties made during the meeting"),
    "suggestion": ("Secretariat suggestion", "秘书处建议", "a suggestion the Secretariat made to the meeting"),
}



def kind_label(kind: str | None, *, plural: bool = False) -> tuple[str, str]:
    """(English, Chinese) name of an item's kind, as the data gives it."""
    en, zh, _ = KINDS.get(kind or "", (kind or "item", kind or "条目", ""))
    if plural:
        en = en + ("s" if not en.endswith("s") else "")
    return en, zh


def kind_sentence(kind: str | None) -> str:
    """What an item of this kind is, in a few words (empty for a kind not known here)."""
    return KINDS.get(kind or "", ("", "", ""))[2]


def year(date: object) -> str | None:
    text = "" if date is None else str(date)
    return text[:4] if len(text) >= 4 and text[:4].isdigit() else None


def meeting_short(ordinal: object, start: object = None) -> tuple[str, str]:
    """``("8th (2019)", "第8次（2019年）")``: a meeting of the series by ordinal and year."""
    when = year(start)
    if not isinstance(ordinal, int):
        return ("meeting" + (f" ({when})" if when else ""), "会议" + (f"（{when}年）" if when else ""))
    return (f"{english_ordinal(ordinal)}" + (f" ({when})" if when else ""),
            f"第{ordinal}次" + (f"（{when}年）" if when else ""))


def meeting_title(ordinal: object, start: object = None) -> tuple[str, str]:
    """``("8th expert meeting (2019)", "第8次专家会议（2019年）")``: a page title."""
    en, zh = meeting_short(ordinal, start)
    if not isinstance(ordinal, int):
        return en, zh
    head, _, tail = en.partition(" ")
    return (f"{head} expert meeting on international cooperation" + (f" {tail}" if tail else ""),
            zh.replace("次", "次专家会议", 1))


def body_key(iri_or_key: str | None) -> str | None:
    """The key of a body (``uncac-cosp``) from its IRI or key."""
    return iri_or_key.rstrip("/").rsplit("/", 1)[-1] if iri_or_key else None


def body_of(iri_or_key: str | None) -> Body | None:
    """The body an IRI or key names (None for one the project does not know)."""
    key = body_key(iri_or_key)
    return Body(key) if key in {b.value for b in Body} else None



def convention_of(body: str | None) -> str | None:
    """``UNCAC`` for a CoSP resolution, ``UNTOC`` for a COP one, None otherwise."""
    found = body_of(body)
    return found.convention if found else None


def resolution_name(number: object, body: str | None) -> tuple[str, str]:
    """``("CoSP resolution 7/1", "缔约国会议第7/1号决议")``; a UNTOC COP resolution is named as one."""
    found = body_of(body)
    en, zh = (found.short_en, found.short_zh) if found else ("", "")
    return (f"{en} resolution {number}".strip(), f"{zh}第{number}号决议")


def article_name(number: object, convention: str | None = "uncac") -> tuple[str, str]:
    """``("UNCAC art. 46", "第46条")``."""
    prefix = (body_key(convention) or "").upper()
    return (f"{prefix} art. {number}".strip(), f"第{number}条")


def official_url(symbol: str | None, language: str | None = "zh") -> str | None:
    """The official text of the UN document ``symbol`` (``undocs.org/zh/…`` for Chinese;
    ``undocs.org/…`` for English or when the language is not known)."""
    if not symbol:
        return None
    path = quote(symbol.strip(), safe="/.")
    lang = (language or "").lower()
    if lang in ("zh", "ar", "fr", "ru", "es"):
        return f"{UNDOCS}{lang}/{path}"
    return f"{UNDOCS}{path}"


def citation(*, symbol: str | None, title: str | None, paragraph: object = None, label: str | None = None,
             source: str | None = None) -> str | None:
    """The string a researcher cites a place by: ``CAC/COSP/EG.1/2017/3, para. 33 (a)``; a
    document without a known symbol is named by its title (else its file name).  ``label``
    (an item's letter) is added unless it only repeats the paragraph number."""
    document = symbol or title or source
    if not document:
        return None
    text = document
    if paragraph is not None:
        text += f", para. {paragraph}"
        if label and str(label) != str(paragraph):
            text += f" ({label})"
    elif label:
        text += f" ({label})"
    return text
