"""Forms read whole before a sentence is cut into capitalised runs, so that their words are
no names of their own: party tags and their US states ("(D-Calif.)"), a city written with its
region ("Washington, D.C."), bodies named after a day ("the Jan. 6 select committee") and AP
state abbreviations ("Va.")."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.engine import gazetteer
from reader.engine.actors import lexicon
from reader.engine.actors.lexicon import CONNECTORS
from reader.engine.actors.runs import Tok
from reader.engine.model import Sentence
from reader.engine.text import fold

# "(R-Calif.)", "(D-CA)", "(D., N.Y.)", ", D-R.I.," and "(R.I.)": a party and a US state
_STATE = r"((?:[A-Z]\.){2}|[A-Z]\.[A-Z][a-z]\.|[A-Z][a-z]{1,4}\.|[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
_TAG_RES = (
    re.compile(r"\(\s*[DRI](?:\s*[-–]\s*|\.,?\s*|,\s*)" + _STATE + r"\s*\)"),
    re.compile(r"(?<=, )[DRI]-" + _STATE + r"(?=,)"),
    re.compile(r"\(" + _STATE + r"\)"),
)

def state_tags(sentence: Sentence, text: str, add) -> list[tuple[int, int]]:
    body = text[sentence.start : sentence.end]
    spans = []
    for rx in _TAG_RES:
        for m in rx.finditer(body):
            s, e = sentence.start + m.start(), sentence.start + m.end()
            if any(a <= s < b for a, b in spans):
                continue
            abbr = m.group(1)
            if (
                gazetteer.state_of_abbreviation(abbr, postal=True)
                or gazetteer.country_of_region(abbr) == "United States"
            ):
                spans.append((s, e))
                a = sentence.start + m.start(1)
                add(a, a + len(abbr), "place", evidence="list")
    return spans


def city_and_region(sentence: Sentence, text: str, add) -> list[tuple[int, int]]:
    """ "Washington, D.C.": a listed place written as a city, a comma and its region is one
    place, not the city (or the state of that name) and the region apart."""
    rx = _city_and_region_re()
    if rx is None or ", " not in text[sentence.start : sentence.end]:
        return []
    spans = []
    for m in rx.finditer(text, sentence.start, sentence.end):
        spans.append((m.start(), m.end()))
        add(m.start(), m.end(), "place", evidence="list")
    return spans


@lru_cache(maxsize=1)
def _city_and_region_re():
    forms = sorted({f for fs in lexicon.places_after_comma().values() for f in fs}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)") if forms else None


_MONTHS = (r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June"
           r"|July|August|September|October|November|December")
_DATED_BODY_RE = re.compile(r"\b[Tt]he ((?:" + _MONTHS + r") \d{1,2}(?:st|nd|rd|th)?)((?: [A-Za-z]+){1,3})")
# A word after which a noun phrase has ended: a preposition, a verb, a relative pronoun.
_ENDS_NOUN_PHRASE_RE = re.compile(
    r"^(?:of|on|for|in|to|and|or|that|which|who|is|was|has|had|will|would|said|says|\w+ed)$"
)


def dated_bodies(sentence: Sentence, text: str, add) -> list[tuple[int, int]]:
    """ "the Jan. 6 select committee", "the January 6 Select Committee", "the Sept. 11
    Commission": a body named after the day it looks into, with or without capitals; the
    name runs from the date to an organisation word ("committee", "panel") that is capitalised
    or ends the noun phrase ("the March 3 board meeting" is a meeting; a lower-case "party" a
    celebration)."""
    spans = []
    for m in _DATED_BODY_RE.finditer(text, sentence.start, sentence.end):
        words = m.group(2).split()
        heads = [
            k
            for k, w in enumerate(words)
            if lexicon.is_org_word(w)
            and not lexicon.known_actor(w)
            and w != "party"
            and all(fold(x) not in CONNECTORS for x in words[:k])
            and (k + 1 == len(words) or w[:1].isupper() or _ENDS_NOUN_PHRASE_RE.match(words[k + 1]))
        ]
        if heads:
            end = m.start(2) + len(" ".join(words[: heads[-1] + 1])) + 1
            spans.append((m.start(1), end))
            add(m.start(1), end, "organization", evidence="words")
    return spans


def standalone_state_abbreviations(toks: list[Tok], text: str, add) -> list[Tok]:
    """ "a win for Va. student": an AP state abbreviation is a place of its own."""
    keep = []
    for t in toks:
        if (
            t.text.endswith(".")
            and t.text != "Miss."
            and len(t.bare) > 1
            and gazetteer.state_of_abbreviation(t.text)
        ):
            add(t.start, t.end, "place", evidence="list")
        else:
            keep.append(t)
    return keep
