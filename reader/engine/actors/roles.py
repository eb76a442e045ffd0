"""A person's role and a body's country, read from the words around its name: the title before
it ("Foreign Ministry spokesperson Mumtaz Zahra Baloch"), an apposition after it ("Celso Vilardi,
a lawyer for the former president,"), a country's possessive ("Iran's foreign minister")."""

from __future__ import annotations

import re

from reader.engine import cues, gazetteer
from reader.engine.actors import lexicon
from reader.engine.actors.runs import POSSESSIVE_RE
from reader.engine.text import fold

_APPOSITIVE_RE = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?([^,;:()\"“”]{3,70}?)(?=,|\.\s|\.$|\s+(?:said|says|told)\b)"
)


def role_after(text: str, end: int, stop: int) -> str:
    """The role an apposition gives a name: "Celso Vilardi, a lawyer for the former president,"
    -> "lawyer for the former president"; "" when the phrase after the comma names no role."""
    m = _APPOSITIVE_RE.match(text, end, min(stop + 1, len(text)))
    if not m:
        return ""
    phrase = m.group(1).strip()
    words = [fold(w) for w in re.findall(r"[\w’'-]+", phrase)]
    nouns = cues.speaker_nouns()
    head = [w for w in words[:5] if w in lexicon.titles() or any(w in nouns.get(x, ()) for x in _ROLES)]
    return phrase if head and words[0] not in ("who", "which", "whose") else ""


_ROLES = ("person", "female", "male")


def country_before(text: str, start: int, floor: int) -> str:
    """The country a possessive before a name qualifies it by: "Iran's foreign minister" -> Iran."""
    m = re.search(r"([A-Z][\w.-]+)['’]s?\s+$", text[max(floor, start - 40) : start])
    if m:
        name = m.group(1)
        if gazetteer.is_country(name):
            return gazetteer.country_named(name)
        known = lexicon.known_actor(name)
        if known and known.kind == "place":
            return known.canonical
    return ""


_ROLE_WORD_RE = re.compile(r"[\w.’'-]+", re.UNICODE)


def role_before(text: str, start: int, floor: int) -> str:
    """The title written just before a name: "Foreign Ministry spokesperson" for Mumtaz Zahra Baloch."""
    before = text[max(floor, start - 80) : start]
    words = list(_ROLE_WORD_RE.finditer(before))
    if not words or before[words[-1].end() :].strip():
        return ""
    keep = []
    for m in reversed(words):
        w = m.group()
        f = fold(POSSESSIVE_RE.sub("", w)).rstrip(".")
        following = keep[-1].start() if keep else len(before)
        if before[m.end() : following].strip():
            break  # punctuation between: the role ended there
        if (
            f in lexicon.titles()
            or lexicon.is_org_word(w)
            or (w[:1].isupper() and f not in lexicon.not_names())
        ):
            keep.append(m)
        else:
            break
    if not keep or not any(fold(m.group()).rstrip(".") in lexicon.titles() for m in keep):
        return ""
    return before[keep[-1].start() : keep[0].end()]
