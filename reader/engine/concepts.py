"""Words of two sentences that say one thing in other words: "captain" and "skipper", "capsized"
and "overturned", "walkout" and "strike".

The lexical similarity of the link evidence (link_evidence.py) counts shared stems only, so news
written in paraphrase scores low however close its meaning. This module finds, for each candidate
pair, the words of the two sentences that meet through a WordNet concept
(resources/linking/concepts.tsv, derived by dev/make_concepts.py from frequent senses of words
that are not among the commonest) without sharing a stem, and what they add to the TF-IDF cosine.
Two words meet when one's own concept is the other's own or its direct hypernym: synonyms, derived
forms, a kind of the other; never two siblings under a broad parent. A word written capitalised
after the first word of its sentence is a name ("Turkey", "Shell", "Gates") and meets nothing:
its WordNet senses (poultry, a bomb case, a gate) say nothing of what it names; unless all its
senses are names in WordNet too ("Sunni" is a kind of "Muslim"). Nothing here reads WordNet.
The link model is not refitted for it: cos_tfidf keeps its meaning (shared content, weighed by
rarity in the set) and its fitted weight; leave-one-event-out refits with and without the meetings
(dev/fit_links.py --dry-run) gave dev F1 0.935 / 0.934 and seeds 0.825 / 0.768.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import numpy as np

from reader.engine.sparse_pairs import Postings, lookup
from reader.engine.text import WORD_RE, content_concepts, title_case
from reader.paths import resource


@lru_cache(maxsize=1)
def _read_table() -> tuple[dict[str, tuple[tuple[int, ...], tuple[int, ...]]], frozenset]:
    out, names = {}, set()
    text = resource("linking", "concepts.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            stem, own, wider, *flag = line.split("\t")
            out[stem] = (tuple(int(c) for c in own.split(",") if c),
                         tuple(int(c) for c in wider.split(",") if c))
            if flag == ["name"]:
                names.add(stem)
    return out, frozenset(names)


def concept_table() -> dict[str, tuple[tuple[int, ...], tuple[int, ...]]]:
    """stem -> (its own concepts, their direct hypernyms), as numbers."""
    return _read_table()[0]


def name_concepts() -> frozenset:
    """The stems all of whose concepts are names in WordNet ("sunni", "muslim", "ankara")."""
    return _read_table()[1]


@lru_cache(maxsize=65536)
def written_as_names(text: str) -> frozenset:
    """Content stems of the words a sentence writes capitalised after its first word: names, not
    the words their senses are (none in a title-case headline, where every word has a capital;
    none whose senses are all names: "Sunni")."""
    if title_case(text):
        return frozenset()
    words = WORD_RE.findall(text)[1:]
    return frozenset(c for w in words if w[0].isupper() for c in content_concepts(w)) - name_concepts()


def meet(a: str, b: str) -> bool:
    """Whether stems a and b share a concept (one's own is the other's own or wider one)."""
    table = concept_table()
    own_a, wider_a = table.get(a, ((), ()))
    own_b, wider_b = table.get(b, ((), ()))
    return bool(set(own_a) & (set(own_b) | set(wider_b)) or set(own_b) & set(wider_a))


def _entries(weights: dict, table: dict) -> dict:
    """One sentence's postings, each with two values. A concept its words hold: (the weight of
    the words that own it; the weight of all the words holding it, own or wider). A stem that
    owns concepts, keyed ("=", stem): (its weight times its number of own concepts; its weight).
    A stem both sentences hold meets itself through every own concept, and this is what takes
    that part out again."""
    out: dict = {}
    for t, wt in weights.items():
        own, wider = table.get(t, ((), ()))
        if own:
            out[("=", t)] = (wt * len(own), wt)
        for c in own:
            owned, held = out.get(c, (0.0, 0.0))
            out[c] = (owned + wt, held + wt)
        for c in wider:
            owned, held = out.get(c, (0.0, 0.0))
            out[c] = (owned, held + wt)
    return out


def meeting_concepts(stems: set) -> dict[str, tuple[tuple[int, ...], tuple[int, ...]]]:
    """The concept table cut down to the concepts by which two different stems of `stems` can
    meet (one owns it, another owns or is wider than it): a concept only one stem of the set
    reaches can only meet that stem again, so it is left out (most of them, and most of the work)."""
    full = concept_table()
    reached: dict = {}
    owned: set = set()
    for t in stems:
        own, wider = full.get(t, ((), ()))
        owned.update(own)
        for c in own + wider:
            reached[c] = reached.get(c, 0) + 1
    useful = {c for c, k in reached.items() if k >= 2 and c in owned}
    out = {}
    for t in stems:
        own, wider = full.get(t, ((), ()))
        own, wider = tuple(c for c in own if c in useful), tuple(c for c in wider if c in useful)
        if own or wider:
            out[t] = (own, wider)
    return out


def meeting_weight(weights: Sequence[dict], group: np.ndarray, keys: np.ndarray, n: int, cap: int
                   ) -> tuple[np.ndarray, np.ndarray]:
    """For each candidate pair (key a * n + b): the sum, over the words of a that meet a word of
    b through a concept (a's own concept held by b) and share no stem with it, of a's word's
    weight times b's word's; and the same with the sides swapped. weights: each sentence's stems
    with their weights. (Weighing each concept by how few sentences of the set hold it, as
    cos_set does words, was tried: leave-one-event-out F1 dev 0.935 without, 0.936 with, seeds
    0.825 / 0.781, so it is not done.)"""
    table = meeting_concepts(set().union(*weights))
    rows = [_entries(w, table) for w in weights]
    postings = Postings(n, [{k: 1 for k in row} for row in rows])
    values = np.array([rows[r][postings.vocab[t]] for r, t in zip(postings.rows, postings.terms)],
                      dtype=np.float64).reshape(-1, 2)
    stem_key = np.array([isinstance(k, tuple) for k in postings.vocab], dtype=bool)[postings.terms] \
        if postings.vocab else np.zeros(0, dtype=bool)
    postings.values = np.column_stack([np.where(stem_key, 0.0, values[:, 0]),
                                       np.where(stem_key, 0.0, values[:, 1]),
                                       np.where(stem_key, values[:, 0], 0.0),
                                       np.where(stem_key, values[:, 1], 0.0)])
    # a's own concepts times b's holding them, and the other way; the shared stems' part
    products = [(0, 1), (1, 0), (2, 3), (3, 2)]
    # a concept in more sentences than `cap` is the event's own: it meets nothing here (a word
    # that common still counts through its stem)
    pa, pb, sums = postings.pair_sums(group, cap, products)
    sums = lookup(pa * n + pb, sums, keys)
    return np.maximum(sums[:, 0] - sums[:, 2], 0.0), np.maximum(sums[:, 1] - sums[:, 3], 0.0)


def soft_cosine(weights: Sequence[dict], group: np.ndarray, keys: np.ndarray, n: int, cap: int
                ) -> np.ndarray:
    """What words meeting in other words add to the cosine of unit-length weights: a synonym or
    derived form (both own the concept) counts as a shared word, a kind-of (one's own concept
    is the other's wider one) as half of one."""
    ab, ba = meeting_weight(weights, group, keys, n, cap)
    return (ab + ba) / 2
