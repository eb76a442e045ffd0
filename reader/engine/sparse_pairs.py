"""Sums over the terms two sentences share, for every pair that shares one, without an N x N matrix.

A term found in d sentences contributes to d(d-1)/2 pairs; we enumerate those pairs term by term
(vectorised over all terms with the same d), keep the ones between different articles, and add up
per pair. Terms found in more than `cap` sentences are left out of the enumeration (a word in
hundreds of sentences of one event says nothing about which two belong together); `add_frequent`
adds their share back for the pairs that were found through rarer terms.
"""
from __future__ import annotations

from typing import Hashable, Mapping, Sequence

import numpy as np


class Postings:
    """Which sentences hold which term: parallel arrays of (row, term, count), sorted by term then
    row, and `values`, one column per channel, that the caller fills (weights of any kind)."""

    def __init__(self, n_rows: int, rows: Sequence[Mapping[Hashable, float]]):
        vocab: dict = {}
        r, t, c = [], [], []
        for i, row in enumerate(rows):
            for term, count in row.items():
                r.append(i)
                t.append(vocab.setdefault(term, len(vocab)))
                c.append(count)
        self.n_rows, self.n_terms = n_rows, len(vocab)
        self.vocab = list(vocab)
        terms = np.array(t, dtype=np.int64)
        order = np.lexsort((np.array(r, dtype=np.int64), terms))
        self.rows = np.array(r, dtype=np.int64)[order]
        self.terms = terms[order]
        self.counts = np.array(c, dtype=np.float64)[order]
        self.df = np.bincount(self.terms, minlength=self.n_terms)
        self.starts = np.concatenate(([0], np.cumsum(self.df)))
        self.values = self.counts[:, None]

    def row_sums(self, x: np.ndarray) -> np.ndarray:
        """Per row, the sum of x over the row's entries."""
        return np.bincount(self.rows, weights=x, minlength=self.n_rows)

    def pair_sums(self, group: np.ndarray, cap: int, products: Sequence[tuple[int, int]]
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(low row, high row, sums) for every pair of rows in different groups that shares a term
        found in 2..cap rows; sums[:, k] adds, over the shared terms, the low row's value of
        channel products[k][0] times the high row's of channel products[k][1] (with (c, c), a dot
        product; with a channel that is 1 everywhere, a one-sided sum). Pairs sorted, each once."""
        left_parts, right_parts = [], []        # positions in the posting arrays
        n = self.n_rows
        for d in np.unique(self.df):
            if d < 2 or d > cap:
                continue
            term_ids = np.nonzero(self.df == d)[0]
            base = self.starts[term_ids][:, None] + np.arange(d)[None, :]     # (terms, d)
            ia, ib = np.triu_indices(int(d), 1)
            pa, pb = base[:, ia].ravel(), base[:, ib].ravel()
            cross = group[self.rows[pa]] != group[self.rows[pb]]
            left_parts.append(pa[cross])
            right_parts.append(pb[cross])
        if not left_parts:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros((0, len(products)))
        pa, pb = np.concatenate(left_parts), np.concatenate(right_parts)
        del left_parts, right_parts
        # rows within a term are sorted, so the left row is the lower one
        uniq, inverse = np.unique(self.rows[pa] * n + self.rows[pb], return_inverse=True)
        sums = np.empty((len(uniq), len(products)))
        for k, (lc, rc) in enumerate(products):
            sums[:, k] = np.bincount(inverse, weights=self.values[pa, lc] * self.values[pb, rc],
                                     minlength=len(uniq))
        return uniq // n, uniq % n, sums

    def frequent_terms(self, cap: int) -> np.ndarray:
        return np.nonzero(self.df > cap)[0]

    def add_frequent(self, term_ids: np.ndarray, a: np.ndarray, b: np.ndarray,
                     products: Sequence[tuple[int, int]], sums: np.ndarray) -> None:
        """Add to sums[k] what the given (frequent) terms contribute to pair (a[k], b[k]), as in
        pair_sums: term by term, for the pairs that hold it on both sides. Few terms are frequent
        (those in more sentences than the cap), so this is a short loop of array operations."""
        for term in term_ids:
            lo, hi = self.starts[term], self.starts[term + 1]
            has = np.zeros(self.n_rows, dtype=bool)
            has[self.rows[lo:hi]] = True
            both = np.nonzero(has[a] & has[b])[0]
            if not len(both):
                continue
            value = np.zeros((self.n_rows, self.values.shape[1]))
            value[self.rows[lo:hi]] = self.values[lo:hi]
            left, right = value[a[both]], value[b[both]]
            for k, (lc, rc) in enumerate(products):
                sums[both, k] += left[:, lc] * right[:, rc]


def lookup(keys: np.ndarray, values: np.ndarray, wanted: np.ndarray, default: float = 0.0
           ) -> np.ndarray:
    """values at the positions of `wanted` in sorted `keys` (default where absent)."""
    out = np.full(len(wanted), default, dtype=np.float64)
    if len(keys) == 0 or len(wanted) == 0:
        return out
    pos = np.searchsorted(keys, wanted)
    pos_c = np.minimum(pos, len(keys) - 1)
    hit = keys[pos_c] == wanted
    out[hit] = values[pos_c[hit]]
    return out
