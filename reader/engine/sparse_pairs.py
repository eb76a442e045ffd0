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


CHUNK = 1 << 19      # (pair, term) entries summed at a time, so memory stays bounded


def _summed(keys: np.ndarray, columns: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The distinct keys (sorted) and, for each, the sum of each column over its entries."""
    uniq, inverse = np.unique(keys, return_inverse=True)
    sums = np.empty((len(uniq), len(columns)))
    for k, column in enumerate(columns):
        sums[:, k] = np.bincount(inverse, weights=column, minlength=len(uniq))
    return uniq, sums


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
        n = self.n_rows
        # entry p (a term in a row) pairs with the term's later entries p+1 .. end-1: rows are
        # sorted within a term, so those are exactly the higher rows holding it
        end = np.repeat(self.starts[1:], self.df)
        usable = (self.df[self.terms] >= 2) & (self.df[self.terms] <= cap)
        partners = np.where(usable, end - np.arange(len(end)) - 1, 0)
        # blocks of low rows, so that each pair is made (and summed) in one block only
        by_row = np.argsort(self.rows, kind="stable")
        per_row = np.bincount(self.rows, weights=partners, minlength=n)
        block_of_row = (np.cumsum(per_row) // CHUNK).astype(np.int64)
        keys_parts, sums_parts = [], []
        row_of_entry = self.rows[by_row]
        edges = np.searchsorted(block_of_row[row_of_entry], np.arange(block_of_row[-1] + 2)) \
            if n else np.zeros(1, dtype=np.int64)
        for lo, hi in zip(edges[:-1], edges[1:]):
            entries = by_row[lo:hi]
            counts = partners[entries]
            total = int(counts.sum())
            if not total:
                continue
            pa = np.repeat(entries, counts)
            pb = pa + 1 + np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
            cross = group[self.rows[pa]] != group[self.rows[pb]]
            pa, pb = pa[cross], pb[cross]
            keys, sums = _summed(self.rows[pa] * n + self.rows[pb],
                                 [self.values[pa, lc] * self.values[pb, rc] for lc, rc in products])
            keys_parts.append(keys)
            sums_parts.append(sums)
        if not keys_parts:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros((0, len(products)))
        uniq, sums = np.concatenate(keys_parts), np.concatenate(sums_parts)
        return uniq // n, uniq % n, sums

    def frequent_terms(self, cap: int) -> np.ndarray:
        return np.nonzero(self.df > cap)[0]

    def add_frequent(self, term_ids: np.ndarray, a: np.ndarray, b: np.ndarray,
                     products: Sequence[tuple[int, int]], sums: np.ndarray) -> None:
        """Add to sums[k] what the given (frequent) terms contribute to pair (a[k], b[k]), as in
        pair_sums, for the pairs that hold a term on both sides. Few terms are frequent (those in
        more sentences than the cap): each row's share of them is a bit mask, so one gather per
        side finds, for 64 terms at once, which pairs hold which."""
        columns = [np.ascontiguousarray(sums[:, k]) for k in range(len(products))]
        for first in range(0, len(term_ids), 64):
            batch = term_ids[first:first + 64]
            mask = np.zeros(self.n_rows, dtype=np.uint64)
            for bit, term in enumerate(batch):
                lo, hi = self.starts[term], self.starts[term + 1]
                mask[self.rows[lo:hi]] |= np.uint64(1 << bit)
            shared = mask[a] & mask[b]
            some = np.nonzero(shared)[0]           # pairs holding at least one of the batch
            shared = shared[some]
            for bit, term in enumerate(batch):
                both = some[(shared & np.uint64(1 << bit)) != 0]
                if not len(both):
                    continue
                lo, hi = self.starts[term], self.starts[term + 1]
                value = np.zeros((self.values.shape[1], self.n_rows))     # channel -> per row
                value[:, self.rows[lo:hi]] = self.values[lo:hi].T
                rows_a, rows_b = a[both], b[both]
                for column, (lc, rc) in zip(columns, products):
                    column[both] += value[lc][rows_a] * value[rc][rows_b]
        for k, column in enumerate(columns):
            sums[:, k] = column


def lookup(keys: np.ndarray, values: np.ndarray, wanted: np.ndarray, default: float = 0.0
           ) -> np.ndarray:
    """values at the positions of `wanted` in sorted `keys` (default where absent); values may
    have several columns (one search for all of them)."""
    out = np.full((len(wanted),) + values.shape[1:], default, dtype=np.float64)
    if len(keys) == 0 or len(wanted) == 0:
        return out
    pos = np.searchsorted(keys, wanted)
    pos_c = np.minimum(pos, len(keys) - 1)
    hit = keys[pos_c] == wanted
    out[hit] = values[pos_c[hit]]
    return out
