"""Families: "the Pearson family" and "the Pearsons" are one actor, a family, not the person
Pearson whose surname it shares (finding.py reads "family" after a surname as a body's tail)."""

from __future__ import annotations

import re

from reader.engine.actors.finding import Candidate
from reader.engine.disjoint import DisjointSets
from reader.engine.text import fold

EVIDENCE = "family"     # Candidate.evidence of a surname in the plural read as a family
_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")


def is_family(name: str) -> bool:
    """ "Pearson family": a surname and "family"."""
    words = name.split()
    return len(words) == 2 and words[1] == "family" and words[0][:1].isupper()


def join(cands: list[Candidate], cl: DisjointSets, text_of: dict[str, str]) -> None:
    """ "the Pearsons" joins the Pearson family the set names ("the Pearson family"); where the set
    names none but a person of that surname ("Ann Pearson"), it is that person's family, a body
    of its own, not the person (a body's mention, which surnames leave alone)."""
    family_of, surnames = {}, set()
    for i, c in enumerate(cands):
        if c.kind == "organization" and is_family(c.text):
            family_of.setdefault(fold(c.text.split()[0]), i)
        elif c.kind == "person" and " " in c.text:
            surnames.add(fold(c.text.split()[-1]))
    if not family_of and not surnames:
        return
    for i, c in enumerate(cands):
        word = c.text
        if " " in word or not word.endswith("s") or word.isupper() or c.kind == "place":
            continue
        if not _THE_BEFORE_RE.search(text_of[c.article][max(0, c.start - 6) : c.start]):
            continue
        stems = [fold(word[:-1])] + ([fold(word[:-2])] if word.endswith("es") else [])
        family = next((family_of[s] for s in stems if s in family_of), None)
        if family is not None or any(s in surnames for s in stems):
            c.kind, c.evidence = "organization", EVIDENCE
            if family is not None:
                cl.union(family, i)
