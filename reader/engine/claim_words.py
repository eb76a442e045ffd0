"""Words that state opposite things, by stem, for contradicting claims only: WordNet's antonyms
(resources/wordlists/claim_antonyms.txt, derived by dev/make_claim_antonyms.py) and a short
hand-made lists of news oppositions WordNet lacks (claim_opposites.txt: "first" vs "again";
claim_stances.txt: a source's approving vs condemning stand, which contradicts only when one party
takes both). The linker does not read these: two sentences that say
opposite things about one event are still about it.
"""
from __future__ import annotations

from functools import lru_cache

from reader.engine.text import stem
from reader.paths import word_list


def _opposing(table: dict, left, right) -> None:
    for a in left:
        for b in right:
            table.setdefault(a, set()).add(b)
            table.setdefault(b, set()).add(a)


@lru_cache(maxsize=1)
def opposite_words() -> dict[str, frozenset]:
    """word -> the words that state its opposite ("domestic" -> {"foreign"}): WordNet's
    adjectives, matched as written (a stem would also match the verb or noun of another sense:
    "preventive" / "preventing")."""
    table: dict[str, set] = {}
    for line in word_list("claim_antonyms.txt"):
        pair = line.split()
        if len(pair) == 2:
            _opposing(table, [pair[0]], [pair[1]])
    return {w: frozenset(o) for w, o in table.items()}


def _stem_table(name: str) -> dict[str, set]:
    table: dict[str, set] = {}
    for line in word_list(name):
        left, _, right = line.partition("|")
        _opposing(table, {stem(w) for w in left.split()}, {stem(w) for w in right.split()})
    return table


@lru_cache(maxsize=1)
def opposite_stems() -> dict[str, frozenset]:
    """stem -> the stems of the words that state its opposite ("welcom" -> {"blast", ...})."""
    table = _stem_table("claim_opposites.txt")
    for s, o in stance_stems().items():
        table.setdefault(s, set()).update(o)
    return {s: frozenset(o) for s, o in table.items()}


@lru_cache(maxsize=1)
def stance_stems() -> dict[str, frozenset]:
    """stem -> the stems of the opposite stand, for the words by which a party approves or
    condemns ("welcom" -> {"condemn", ...}): opposed only when one party takes both stands."""
    return {s: frozenset(o) for s, o in _stem_table("claim_stances.txt").items()}


__all__ = ["opposite_stems", "opposite_words", "stance_stems"]
