"""Which sources carry a sentence: the one rule behind "in every source", "only in this one", the
Sources panel's shares and the notes' "What all sources report".

A sentence is carried by another source only through a confident link: `same` or `partial`, with a
probability (Link.score, calibrated by the link model) of at least CONFIDENT, i.e. more likely a
true link than not. Weaker links stay in the comparison and may be shown as weak, but they never
make a claim about coverage; nor does sharing an aligned row (a row may join sentences that are
linked to each other only through a third).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from reader.engine.model import Link, Sentence

CONFIDENT = 0.5


def is_confident(link: Link) -> bool:
    return link.kind in ("same", "partial") and link.score >= CONFIDENT


def carriers(sentences: Iterable[Sentence], links: Iterable[Link]) -> dict[str, frozenset[str]]:
    """Sentence id -> the articles that carry it: its own, and the article of every sentence it is
    confidently linked to."""
    article = {s.id: s.article for s in sentences}
    found: dict[str, set[str]] = defaultdict(set)
    for link in links:
        if is_confident(link) and link.a in article and link.b in article:
            found[link.a].add(article[link.b])
            found[link.b].add(article[link.a])
    return {sid: frozenset(found.get(sid, ())) | {art} for sid, art in article.items()}


def carried_by_all(row: Iterable[str], carried: dict[str, frozenset[str]], sources: Iterable[str]
                   ) -> list[str]:
    """The sentences of an aligned row that every source carries (each is linked confidently to
    a sentence of every other source), in row order."""
    wanted = frozenset(sources)
    return [sid for sid in row if wanted <= carried.get(sid, frozenset())]


def row_reach(row: Iterable[str], carried: dict[str, frozenset[str]]) -> int:
    """How many sources carry the best-carried sentence of a row."""
    return max((len(carried.get(sid, ())) for sid in row), default=0)
