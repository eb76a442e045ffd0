"""Words that state opposite things, by stem, for contradicting claims only: WordNet's antonyms
(resources/wordlists/claim_antonyms.txt, derived by dev/make_claim_antonyms.py) and a short
hand-made list of news oppositions WordNet lacks (claim_opposites.txt: a source's approving vs
condemning stand, "first" vs "again"). The linker does not read these: two sentences that say
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


@lru_cache(maxsize=1)
def opposite_stems() -> dict[str, frozenset]:
    """stem -> the stems of the words that state its opposite ("welcom" -> {"blast", ...})."""
    table: dict[str, set] = {}
    for line in word_list("claim_opposites.txt"):
        left, _, right = line.partition("|")
        _opposing(table, {stem(w) for w in left.split()}, {stem(w) for w in right.split()})
    return {s: frozenset(o) for s, o in table.items()}


__all__ = ["opposite_stems", "opposite_words"]
