"""Families: "the Pearson family" and "the Pearsons" are one actor, a family, not the person
Pearson whose surname it shares (finding.py reads "family" after a surname as a body's tail)."""

from __future__ import annotations

import re

from reader.engine.actors.finding import Candidate
from reader.engine.disjoint import DisjointSets
from reader.engine.text import fold

_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")


def is_family(name: str) -> bool:
    """ "Pearson family": a surname and "family"."""
    words = name.split()
    return len(words) == 2 and words[1] == "family" and words[0][:1].isupper()


def join(cands: list[Candidate], cl: DisjointSets, text_of: dict[str, str]) -> None:
    """ "the Pearsons" joins the Pearson family the set names ("the Pearson family"), as a body;
    without such a family it is left to the other rules."""
    family_of = {}
    for i, c in enumerate(cands):
        if c.kind == "organization" and is_family(c.text):
            family_of.setdefault(fold(c.text.split()[0]), i)
    if not family_of:
        return
    for i, c in enumerate(cands):
        word = c.text
        if " " in word or not word.endswith("s") or word.isupper() or c.kind == "place":
            continue
        if not _THE_BEFORE_RE.search(text_of[c.article][max(0, c.start - 6) : c.start]):
            continue
        stem = fold(word[:-1])
        family = family_of.get(stem, family_of.get(stem[:-1]) if stem.endswith("e") else None)
        if family is not None:
            c.kind = "organization"
            cl.union(family, i)
