"""A body's short names: its acronym ("IRGC" for the Islamic Revolutionary Guard Corps, "BoG"
for the Ministry of Defence) and a short name set off by commas right after its full name ("The
Tarvian Security Office, Tasec, said"). Kept apart from merging.py because these rules change
together: each must show that the short form is the body's, not a second body beside it."""

from __future__ import annotations

import re

from reader.engine.actors import lexicon
from reader.engine.actors.finding import Candidate
from reader.engine.actors.lexicon import ACRONYM_RE
from reader.engine.actors.name_keys import (
    _MIXED_ACRONYM_RE,
    _acronym_letters,
    _expansion_initials,
    _initials,
    _person_initials,
)
from reader.engine.disjoint import DisjointSets
from reader.engine.text import fold


# After "Body, Name": a comma and a lower-case word that does not go on with a list ("The Security
# Office, Tasec, said"; not "Acme, Zenco, and Bolt" nor "Acme, Zenco, Bolt") nor says there were
# two bodies ("Acme, Zenco, both based in Lyon").
_APPOSITION_END_RE = re.compile(
    r", (?!(?:and|or|nor|both|each|which|who|whose|respectively|all|together|among|along)\b)[a-z]"
)


def appositive_short_name(a: Candidate, b: Candidate, text: str) -> bool:
    """ "The Tarvian Security Office, Tasec, said": a one-word name set off by commas right after
    a body's longer name is that body's short name, when it is shown to be one: a word of the
    long name, or its letters taken in order from the long name's, starting with its first
    initial ("Ofgem" for the Office of Gas and Electricity Markets). "Deutsche Bank, Commerzbank,
    said" names two banks."""
    return (
        a.sentence == b.sentence
        and a.kind == "organization"
        and b.kind in ("", "organization")
        and len(a.text.split()) >= 2
        and " " not in b.text
        and text[a.end : b.start] == ", "
        and bool(_APPOSITION_END_RE.match(text, b.end))
        and _shortens(b.text, a.text)
    )


def _shortens(short: str, name: str) -> bool:
    """Whether short is a word of name or its letters in order, from the first initial on."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", name)]
    words = [w for w in words if w != "the"]
    s = fold(short)
    if not words or s in words:
        return bool(words)
    letters = iter("".join(words))
    return s[:1] == words[0][:1] and all(ch in letters for ch in s)


def acronyms(cands: list[Candidate], cl: DisjointSets, text_of: dict[str, str]) -> None:
    """ "IRGC" and "Islamic Revolutionary Guard Corps" (written out anywhere in the set); an
    acronym in brackets right after a name is that name's ("… Centre (EMSC)")."""
    longs = [
        (i, _expansion_initials(c))
        for i, c in enumerate(cands)
        if len(c.text.split()) >= 2 and c.kind in ("organization", "")
    ] + [  # "MBS" for Mohammed bin Salman, "AOC", "RFK": a person's initials, three or more
        (i, {_person_initials(c.text)})
        for i, c in enumerate(cands)
        if c.kind == "person" and len(_person_initials(c.text)) >= 3
    ]
    for i, c in enumerate(cands):
        bracketed = (
            i > 0
            and cands[i - 1].sentence == c.sentence
            and len(cands[i - 1].text.split()) >= 2
            and text_of[c.article][cands[i - 1].end : c.start] == " ("
        )
        mixed = (  # "MoD" for "Ministry of Defence": capitals for its words, small ones for "of", "and"
            not bracketed
            and _MIXED_ACRONYM_RE.match(c.text)
            and not ACRONYM_RE.match(c.text)
            and c.kind in ("", "organization")
        )
        if mixed:
            spelt = [j for j, _ in longs if _mixed_acronym_of(c.text, cands[j].text)]
            if spelt and len({cl.find(j) for j in spelt}) == 1:
                c.acronym_of = spelt[0]
                c.kind = cands[spelt[0]].kind or "organization"
                cl.union(i, spelt[0])
            continue
        if (
            not (ACRONYM_RE.match(c.text) or bracketed and _MIXED_ACRONYM_RE.match(c.text))
            or lexicon.known_actor(c.text)
            and lexicon.known_actor(c.text).kind == "place"
        ):
            continue
        letters = _acronym_letters(c.text)
        capitals = sorted(ch for ch in letters if ch.isupper())
        if bracketed and (
            cands[i - 1].text[:1].upper() == letters[:1]
            or capitals == sorted(_initials(cands[i - 1].text))  # "National Electoral Institute (INE)"
        ):
            c.acronym_of = i - 1
        else:
            matches = [j for j, initials in longs if letters in initials]
            same = [j for j in matches if cands[j].article == c.article]
            roots = {cl.find(j) for j in matches}
            if same:
                c.acronym_of = same[0]
            elif len(roots) == 1:
                c.acronym_of = matches[0]
        if c.acronym_of is not None:
            c.kind = cands[c.acronym_of].kind or "organization"
            cands[c.acronym_of].kind = c.kind
            cl.union(i, c.acronym_of)


def _mixed_acronym_of(short: str, name: str) -> bool:
    """ "MoD" of "Ministry of Defence": the capitals are the initials of the name's capitalised words
    and, with the small letters, of all its words."""
    capitals = "".join(ch for ch in short if ch.isupper())
    return short.upper() == _initials(name, True) and capitals == _initials(name)
