"""Link sentences of different articles that report the same content, and gather them in rows.

Candidate pairs come from an inverted index (pairs that share no content word are never scored);
link_evidence.py gives each pair a row of features that mean the same on any set, and the fitted
link model (link_model.py) turns them into a probability: first for the pair on its own, then
again with the support of its neighbouring pairs. A pair is linked when that probability clears
the model's threshold, whatever else either sentence could be paired with; the link's score is the
probability, and its kind (`same` or `partial`) comes from a second fitted model.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np

from reader.engine.coverage import CONFIDENT, is_confident
from reader.engine.link_evidence import (Candidates, candidates, competition, evidence_for,
                                         neighbour_support)
from reader.engine.link_model import LinkModel, shipped_model
from reader.engine.model import Article, Group, Link, Sentence


@dataclass
class ScoredPairs:
    """Every candidate pair among `units` with its probabilities (parallel arrays)."""

    units: list[Sentence]
    candidates: Candidates
    alone: np.ndarray            # probability from the pair's own features
    support: np.ndarray          # best `alone` probability of a neighbouring pair
    margin: np.ndarray           # `alone` probability above the best rival pair's
    probability: np.ndarray      # with the neighbours' support
    same: np.ndarray             # probability that a link is `same` rather than `partial`


def alignable(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Sentences that may be linked: not header lines (outlet, byline, date)."""
    return [s for s in sentences if s.role != "byline"]


def score_pairs(sentences: Sequence[Sentence], model: Optional[LinkModel] = None) -> ScoredPairs:
    model = model or shipped_model()
    units = alignable(sentences)
    evidence = evidence_for(units)
    keep = [k for k, ev in enumerate(evidence) if ev.size >= 2]
    units, evidence = [units[k] for k in keep], [evidence[k] for k in keep]
    number = {a: n for n, a in enumerate(dict.fromkeys(s.article for s in units))}
    group = np.array([number[s.article] for s in units], dtype=np.int64)
    c = candidates(units, evidence, group)
    alone = model.alone.probability(c.features)
    support = neighbour_support(c, alone, group)
    margin = competition(c, alone, group)
    # the second stage: the pair's own features and what its neighbours and rivals say
    probability = model.context.probability(c.features, support, margin)
    same = model.kind.probability(c.features)
    return ScoredPairs(units, c, alone, support, margin, probability, same)


@dataclass
class Chosen:
    """The pairs alignment links, as arrays over `ids` (the units' sentence ids), and the rows:
    small to pickle, so a forked child can align (aside.py) and send only this back."""

    ids: list[str]
    a: np.ndarray                # the linked pairs' unit numbers, in reading order
    b: np.ndarray
    score: np.ndarray            # each link's probability, rounded
    same: np.ndarray             # whether each link is `same` (else `partial`)
    rows: list[Group]

    def links(self) -> list[Link]:
        name = self.ids.__getitem__
        kinds = np.where(self.same, "same", "partial").tolist()
        return list(map(Link, map(name, self.a.tolist()), map(name, self.b.tolist()),
                        self.score.tolist(), kinds))


def choose(sentences: Sequence[Sentence], model: Optional[LinkModel] = None) -> Chosen:
    """The links (as arrays) and rows of align()."""
    model = model or shipped_model()
    scored = score_pairs(sentences, model)
    chosen = np.nonzero(scored.probability >= model.link_threshold)[0]
    ids = [s.id for s in scored.units]
    c = scored.candidates
    same = model.says_same(c.features[chosen], scored.probability[chosen], scored.same[chosen])
    # in reading order: by the first sentence's place in the input, then the second's
    score = scored.probability[chosen].round(3)
    # rows join confident links only: a row says its sentences report one thing, which a weak
    # link (more likely wrong than right) cannot say; it stays a link, drawn as weak
    strong = chosen[score >= CONFIDENT]
    head = np.array([s.role == "headline" for s in scored.units], dtype=bool)
    rows = _rows(ids, c.a[strong], c.b[strong], score[score >= CONFIDENT],
                 head[c.a[strong]] & head[c.b[strong]])
    return Chosen(ids, c.a[chosen], c.b[chosen], score, np.asarray(same, dtype=bool), rows)


def align(articles: Sequence[Article], sentences: Sequence[Sentence],
          model: Optional[LinkModel] = None) -> tuple[list[Link], list[Group]]:
    chosen = choose(sentences, model)
    return chosen.links(), chosen.rows


def group_links(links: Sequence[Link], first: frozenset | set = frozenset()) -> list[Group]:
    """Rows for the aligned view from the confident links (coverage.is_confident): strongest
    first, merging two clusters only while no article would have two sentences in the row (so
    rows stay readable). Links between two sentences of `first` (the headlines) are placed
    before all others, so headlines share a row whenever they are linked at all."""
    links = [link for link in links if is_confident(link)]
    number: dict[str, int] = {}
    for link in links:
        number.setdefault(link.a, len(number))
        number.setdefault(link.b, len(number))
    ids = list(number)
    n = len(links)
    a = np.fromiter((number[link.a] for link in links), dtype=np.int64, count=n)
    b = np.fromiter((number[link.b] for link in links), dtype=np.int64, count=n)
    score = np.fromiter((link.score for link in links), dtype=np.float64, count=n)
    head = np.fromiter((link.a in first and link.b in first for link in links), dtype=bool, count=n)
    return _rows(ids, a, b, score, head)


def _rows(ids: list[str], a: np.ndarray, b: np.ndarray, score: np.ndarray, head: np.ndarray
          ) -> list[Group]:
    """group_links on integer sentence numbers: each row keeps its articles as the bits of an
    int, so whether two rows may merge (no article in both) is one `&`, and a merge moves the
    smaller row's members only."""
    article = [sid.rpartition(":")[0] for sid in ids]
    index = [int(sid.rpartition(":")[2]) for sid in ids]
    bit = {art: 1 << k for k, art in enumerate(dict.fromkeys(article))}
    arts = [bit[art] for art in article]            # of a row's root: the row's articles
    parent = list(range(len(ids)))
    members: dict[int, list[int]] = {k: [k] for k in range(len(ids))}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    order = np.lexsort((-score, ~head))           # headline pairs first, then strongest first
    for x, y in zip(a[order].tolist(), b[order].tolist()):
        ra = x if parent[x] == x else find(x)
        rb = y if parent[y] == y else find(y)
        if ra == rb or arts[ra] & arts[rb]:
            continue
        if len(members[ra]) < len(members[rb]):
            ra, rb = rb, ra                           # merge the smaller row into the larger
        parent[rb] = ra
        members[ra] += members.pop(rb)
        arts[ra] |= arts[rb]
    rows = [sorted(m, key=lambda k: (article[k], index[k])) for m in members.values() if len(m) > 1]
    rows.sort(key=lambda m: (min(index[k] for k in m), ids[m[0]]))    # ties: by first member
    return [Group(id=f"g{n + 1}", sentences=tuple(ids[k] for k in m)) for n, m in enumerate(rows)]
