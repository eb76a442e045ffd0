"""Link sentences of different articles that report the same content.

Every cross-article sentence pair is scored (one sparse-ish matrix product, so the cost grows with
the number of pairs, never faster) by TF-IDF cosine over content-word stems, plus a bonus for runs
of words the two share verbatim (quotes, stock phrases) and for rare anchors (names, figures).
A pair is linked when its score clears a threshold, or when it is the best partner of either side
and clears a lower one; the link is `same` when the shared content covers most of both sentences.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Sequence

import numpy as np

from reader.engine.disjoint import DisjointSets
from reader.engine.model import Article, Group, Link, Sentence
from reader.engine.text import WORD_RE, content_concepts, fold

LINK_THRESHOLD = 0.18        # link any pair scoring this much
BEST_THRESHOLD = 0.15        # link a sentence's best partner in another article from this much
SAME_COVERAGE = 0.55         # both sentences this much covered by shared content -> "same"
HEADLINE_THRESHOLD = 0.05    # two headlines sharing this much are linked
MIN_WORDS_FOR_BEST = 4       # content words both sentences need for a best-partner link
SHINGLE = 3                  # verbatim runs are counted as shared word trigrams


def _alignable(s: Sentence, bag: Counter) -> bool:
    return s.role != "byline" and sum(bag.values()) >= 2


def _tfidf(bags: list[Counter]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """TF-IDF rows of the bags, kept only for terms that two or more sentences share (a term
    found once can add nothing to a pair, and most of a vocabulary is such terms): the
    row-normalised matrix, the raw idf-weighted one, and each row's full weight (all terms)."""
    df: Counter = Counter()
    for bag in bags:
        df.update(bag.keys())
    shared = {t: j for j, t in enumerate(t for t, n in df.items() if n > 1)}
    unit = np.zeros((len(bags), len(shared)), dtype=np.float32)
    norms = np.ones(len(bags), dtype=np.float64)
    weights = np.ones(len(bags), dtype=np.float64)
    for i, bag in enumerate(bags):
        row = [((1 + math.log(n)) * (math.log((1 + len(bags)) / (1 + df[t])) + 1.0), shared.get(t))
               for t, n in bag.items()]
        norms[i] = math.sqrt(sum(w * w for w, _ in row)) or 1.0
        weights[i] = sum(w for w, _ in row) or 1.0
        for w, j in row:
            if j is not None:
                unit[i, j] = w
    raw = unit.copy()
    unit /= norms[:, None].astype(np.float32)
    return unit, raw, weights


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = [fold(w) for w in WORD_RE.findall(text)]
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def pair_scores(sentences: Sequence[Sentence], bags: Sequence[Counter] | None = None
                ) -> tuple[np.ndarray, np.ndarray]:
    """Score matrix (symmetric, zero within an article) and coverage matrix for the sentences."""
    if bags is None:
        bags = [Counter(content_concepts(s.text)) for s in sentences]
    unit, raw, weight = _tfidf(bags)
    cos = unit @ unit.T
    # coverage[i, j]: share of sentence i's idf weight that sentence j also carries
    present = (raw > 0).astype(np.float32)
    coverage = (raw @ present.T) / weight[:, None].astype(np.float32)
    # verbatim runs of three words: a quote or a sentence copied from the wire
    index: dict[tuple, list[int]] = defaultdict(list)
    for i, s in enumerate(sentences):
        for sh in _shingles(s.text):
            index[sh].append(i)
    shared = np.zeros_like(cos)
    for posting in index.values():
        if 1 < len(posting) <= 50:
            for a in posting:
                for b in posting:
                    shared[a, b] += 1
    bonus = np.minimum(0.25, 0.04 * np.maximum(shared - 1, 0))
    score = np.minimum(1.0, cos + bonus)
    index = {a: n for n, a in enumerate(dict.fromkeys(s.article for s in sentences))}
    art = np.array([index[s.article] for s in sentences])
    same_article = art[:, None] == art[None, :]
    score[same_article] = 0
    return score, coverage


def align(articles: Sequence[Article], sentences: Sequence[Sentence]) -> tuple[list[Link], list[Group]]:
    bags_all = [Counter(content_concepts(s.text)) for s in sentences]
    keep = [k for k, s in enumerate(sentences) if _alignable(s, bags_all[k])]
    units = [sentences[k] for k in keep]
    if len({s.article for s in units}) < 2:
        return [], []
    score, coverage = pair_scores(units, [bags_all[k] for k in keep])
    art_of = {a: n for n, a in enumerate(dict.fromkeys(s.article for s in units))}
    art = np.array([art_of[s.article] for s in units])
    chosen = score >= LINK_THRESHOLD
    rows = np.arange(len(units))
    sizes = np.array([sum(bags_all[k].values()) for k in keep])
    for k in range(len(art_of)):          # each sentence's best partner in every other article
        cols = np.nonzero(art == k)[0]
        best = cols[np.argmax(score[:, cols], axis=1)]
        # too few words to tell a partner from a coincidence ("The spokesperson said.")
        ok = (score[rows, best] >= BEST_THRESHOLD) & (np.minimum(sizes, sizes[best]) >= MIN_WORDS_FOR_BEST)
        chosen[rows[ok], best[ok]] = True
    # headlines of articles about one event sum up the same story: link them when they share
    # anything at all, so they read side by side
    head = np.array([s.role == "headline" for s in units])
    chosen |= np.outer(head, head) & (score >= HEADLINE_THRESHOLD)
    chosen |= chosen.T
    links = []
    for i, j in np.argwhere(np.triu(chosen, 1)):
        same = min(coverage[i, j], coverage[j, i]) >= SAME_COVERAGE
        links.append(Link(a=units[i].id, b=units[j].id, score=round(float(score[i, j]), 3),
                          kind="same" if same else "partial"))
    links.sort(key=lambda l: (l.a, l.b))
    headlines = {s.id for s in units if s.role == "headline"}
    return links, group_links(links, first=headlines)


def group_links(links: Sequence[Link], per_article: int = 1, first: frozenset | set = frozenset()
                ) -> list[Group]:
    """Rows for the aligned view: strongest links first, merging two clusters only while no
    article would have more than per_article sentences in the row (so rows stay readable).
    Links between two sentences of `first` (the headlines) are placed before all others, so
    headlines share a row whenever they are linked at all."""
    rows_of = DisjointSets()

    def article_of(sid: str) -> str:
        return sid.rsplit(":", 1)[0]

    for l in sorted(links, key=lambda l: (not (l.a in first and l.b in first), -l.score)):
        if rows_of.find(l.a) == rows_of.find(l.b):
            continue
        counts = Counter(article_of(s) for s in rows_of.together(l.a, l.b))
        if max(counts.values()) <= per_article:
            rows_of.union(l.a, l.b)
    rows = [sorted(m, key=lambda s: (article_of(s), int(s.rsplit(":", 1)[1])))
            for m in rows_of.sets() if len(m) > 1]
    rows.sort(key=lambda m: min(int(s.rsplit(":", 1)[1]) for s in m))
    return [Group(id=f"g{k + 1}", sentences=tuple(m)) for k, m in enumerate(rows)]
