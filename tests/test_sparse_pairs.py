"""Candidate pairs from the inverted index: the same sums a dense computation would give, for
rare and frequent terms alike (frequent ones added for the pairs found), without ever pairing
sentences of one article."""
from __future__ import annotations

import itertools
import random

import numpy as np

from reader.engine.sparse_pairs import Postings


def test_pair_sums_match_a_dense_computation():
    rng = random.Random(7)
    rows = [{f"t{rng.randrange(30)}": rng.uniform(0.5, 2.0) for _ in range(rng.randrange(1, 8))}
            for _ in range(60)]
    group = np.array([k % 4 for k in range(60)])
    postings = Postings(60, rows)
    postings.values = np.column_stack([postings.counts, np.ones(len(postings.counts))])
    cap = 6                                       # many terms are above it: the dense path adds them
    a, b, sums = postings.pair_sums(group, cap, [(0, 0), (0, 1)])
    frequent = postings.frequent_terms(cap)
    assert len(frequent) > 0
    postings.add_frequent(frequent, a, b, [(0, 0), (0, 1)], sums)
    found = {(int(x), int(y)): s for x, y, s in zip(a, b, sums)}

    vocab = postings.vocab
    rare = {t for k, t in enumerate(vocab) if 2 <= postings.df[k] <= cap}
    for i, j in itertools.combinations(range(60), 2):
        shared = rows[i].keys() & rows[j].keys()
        if group[i] == group[j] or not shared & rare:
            assert (i, j) not in found            # same article, or nothing rare in common
            continue
        dot = sum(rows[i][t] * rows[j][t] for t in shared)
        one_sided = sum(rows[i][t] for t in shared)
        assert np.allclose(found[(i, j)], [dot, one_sided])
