"""What speaks for two sentences of different articles reporting the same thing: one row of
numbers (features) per candidate pair, for the link model (link_model.py) to weigh.

The features mean the same on any set of articles, large or small, so one fitted model holds on
news it has never seen:
- lexical similarity with words weighed by how rare they are in English at large (a background
  table, resources/linking/background_zipf.tsv) and, apart, by how rare they are in this set
  (TF-IDF, where words said in other words, "captain" / "skipper", count as shared: concepts.py);
- how much of each sentence the shared words cover (the shorter one may be all inside the longer);
- shared anchors: figures, names (in any spelling: a consonant skeleton), words both quote;
- the length ratio, and the roles (headlines, first sentences);
- what speaks against `same` (link_model.LinkModel.says_same): a figure one sentence gives and the
  other does not mention, a name in place of another's, opposite words ("rose" / "fell").
(Shared runs of three words were a feature too; fitted, they weighed nothing beside the cover and the
quoted words, and they cost a tenth of the alignment's time on a news cycle.)
Candidate pairs come from an inverted index (sparse_pairs.py): pairs sharing no word are never
looked at, and nothing N x N is built.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

import numpy as np

from reader.engine import gazetteer
from reader.engine.concepts import concept_table, soft_cosine, written_as_names
from reader.engine.model import Sentence
from reader.engine.sparse_pairs import Postings, lookup
from reader.engine.text import WORD_RE, content_concepts, fold, name_key, opposites, stem, stopwords
from reader.paths import resource, word_list

FEATURES = ("cos_bg", "cos_set", "cos_tfidf", "cover_min", "cover_max", "names", "numbers",
            "number_clash", "quoted", "length_ratio", "shorter_size", "headlines",
            "headline_body", "ledes", "article_length", "figures_unmatched", "names_swapped",
            "opposite_words")
_ANCHOR, _SPECIFIC, _SAYS, _CONTRARY = 1, 2, 4, 8    # flags of an anchor entry (see candidates())
UNKNOWN_ZIPF = 2.0          # a word beyond the background table is as rare as the rarest in it
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
_NUMBER_WORDS.update({w: str(10 * k) for k, w in enumerate(
    "thirty forty fifty sixty seventy eighty ninety".split(), start=3)})
_QUOTED_RE = re.compile(r"[\"“”„«»]([^\"“”„«»]{3,})[\"“”„«»]")
_DOTTED_ACRONYM_RE = re.compile(r"\b(?:[A-Z]\.){2,}")
_NAME_RUN_RE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w'’-]*)+")
_RUN_JOINERS = {"of", "for", "and", "the", "on"}
_VOWELS_RE = re.compile(r"[aeiouyhw]+")
_SOUNDS = str.maketrans({"q": "k", "c": "k", "g": "k", "z": "s", "v": "f", "j": "y"})
# Capitalised words that name no specific fact on their own: a sentence that drops "on Tuesday",
# "in March", "President" before a name or "Corp." after one it keeps still makes the same statement
_LEGAL_FORMS = frozenset("inc corp ltd llc plc co company corporation".split())
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february "
                      "march april may june july august september october november december".split())


@lru_cache(maxsize=1)
def background_zipf() -> dict[str, float]:
    """stem -> Zipf frequency in English (log10 per billion words)."""
    out = {}
    for line in resource("linking", "background_zipf.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            s, z = line.split("\t")
            out[s] = float(z)
    return out


def background_weight(term: str) -> float:
    """How much a shared term says: about 1 for "said", 6 for a name no dictionary has."""
    return max(0.5, 8.0 - background_zipf().get(term, UNKNOWN_ZIPF))




def stances(words: Sequence[str]) -> dict[str, int]:
    """The opposite-list words a sentence says without their opposite ("rose" but not "fell"),
    each with the words that would contradict it."""
    table = opposites(with_stopwords=False)
    said = {f for f in map(fold, words) if f in table}
    out: dict[str, int] = {}
    for w in said:
        if not table[w] & said:
            out["op:" + w] = _SAYS
            for other in table[w]:
                out["op:" + other] = _CONTRARY
    return out


def _name_part(word: str) -> str:
    """The name a capitalised word is about: "Mexican" -> Mexico, "Dallas-based" -> Dallas,
    "Calif" (written "Calif.") and "D-Calif" (a Democrat from there) -> California."""
    head, dash, tail = word.partition("-")
    if dash and tail.islower():
        word = head
    elif dash and head in ("D", "R", "I"):
        word = tail
    return (gazetteer.state_of_abbreviation(word + ".") or gazetteer.country_of_demonym(word)
            or word)


def figure_key(number: str) -> str:
    """One key for one figure however it is written: "1,200" and "1200", "21.50" and "21.5"."""
    key = number.replace(",", "")
    if "." in key:
        key = key.rstrip("0").rstrip(".") or "0"
    return key


@lru_cache(maxsize=65536)
def name_skeleton(word: str) -> str:
    """Consonant skeleton under which transliterations collide: Gaddafi, Qaddafi, Kadhafi -> kdf."""
    key = name_key(word).translate(_SOUNDS)
    key = key[0] + _VOWELS_RE.sub("", key[1:]) if key else key
    return re.sub(r"(.)\1+", r"\1", key)


def acronyms(text: str) -> list[str]:
    """Acronyms a sentence spells out or dots: "F.D.A." and "Food and Drug Administration" both
    give "fda" (as do the first words of "Centers for Disease Control and Prevention": "cdc"), so
    they meet the "FDA" of another outlet."""
    out = [m.group().replace(".", "").lower() for m in _DOTTED_ACRONYM_RE.finditer(text)]
    for m in _NAME_RUN_RE.finditer(text):
        initials = [w[0].lower() for w in m.group().split() if w.lower() not in _RUN_JOINERS]
        for end in range(3, len(initials) + 1):
            out.append("".join(initials[:end]))
    return [a for a in out if len(a) >= 3]


@dataclass
class SentenceEvidence:
    """What one sentence brings to the comparison, worked out once."""

    terms: Counter            # content concepts (stems) -> count
    anchors: set              # "#11" (a figure), "~kdf" (a name's skeleton), "q:word" (quoted)
    specific: set             # the figures and names that another sentence making the same
                              # statement would give too (not "one", a weekday, a title), keyed
                              # by what they name: "Mexican" and "Dallas-based" as Mexico, Dallas
    mentions: set             # what meets another sentence's specific anchor: the anchors, the
                              # specific keys, and a capitalised first word or "one"
    stances: dict             # "op:rose" -> _SAYS (the sentence says "rose", not "fell"), "op:fell"
                              # -> _CONTRARY (so it contradicts one that says "fell")
    size: int                 # content words
    headline: bool            # the headline of an article that has a body too
    lede: bool                # the first body sentence of its article


def sentence_evidence(s: Sentence, real_headline: bool, lede: bool) -> SentenceEvidence:
    words = WORD_RE.findall(s.text)
    terms = Counter(content_concepts(s.text))
    for a in acronyms(s.text):
        terms[a] = max(terms[a], 1)
    for w in words:               # "WHO", "IT", "US" written as capitals are no stopwords
        if 2 <= len(w) <= 6 and w.isupper() and w.isalpha():
            terms[w.lower()] = max(terms[w.lower()], 1)
    anchors: set = set()
    specific: set = set()
    mentions: set = set()
    stop = stopwords()
    zipf = background_zipf()
    titles = word_list("titles.txt")
    for k, w in enumerate(words):
        if w[0].islower():
            if w in _NUMBER_WORDS:
                anchors.add("#" + _NUMBER_WORDS[w])
                # "one of", "no one", "one third": a pronoun more often than a count
                (mentions if w == "one" else specific).add("#" + _NUMBER_WORDS[w])
            elif "-" in w and w.split("-")[0] in _NUMBER_WORDS:       # "three-month"
                specific.add("#" + _NUMBER_WORDS[w.split("-")[0]])
            continue
        f = fold(w)
        if w[0].isdigit():
            anchors.add("#" + figure_key(w))
            specific.add("#" + figure_key(w))
        elif f in _NUMBER_WORDS:
            anchors.add("#" + _NUMBER_WORDS[f])
            (mentions if f == "one" else specific).add("#" + _NUMBER_WORDS[f])
        elif w[0].isupper() and f not in stop and len(f) > 2:
            name = "~" + name_skeleton(stem(_name_part(w)))      # "Democratic", "Democrats"
            if k > 0 or zipf.get(stem(w), 0) < 4.0:
                anchors.add("~" + name_skeleton(w))
                # a weekday, a month, a title or a company's legal form is no fact of its own
                # when the other lacks it
                (mentions if f in _CALENDAR or f in titles or f in _LEGAL_FORMS else specific).add(name)
            else:
                mentions.add(name)
    # a name's skeleton is also a word of the sentence, so that spellings of one name
    # (Gaddafi, Qaddafi) meet in the lexical similarity as they do for an exact match
    for anchor in anchors:
        if anchor[0] == "~":
            terms[anchor] = 1
    for m in _QUOTED_RE.finditer(s.text):
        for w in WORD_RE.findall(m.group(1)):
            f = fold(w)
            if f not in stop and len(f) > 2:
                anchors.add("q:" + f)
    return SentenceEvidence(terms=terms, anchors=anchors, specific=specific,
                            mentions=mentions | anchors | specific, stances=stances(words),
                            size=sum(terms.values()), headline=real_headline,
                            lede=lede)


def evidence_for(sentences: Sequence[Sentence]) -> list[SentenceEvidence]:
    """Evidence for each sentence; a headline counts as one only in an article with a body (two
    one-line texts are two sentences to compare, not two headlines)."""
    bodies = Counter(s.article for s in sentences if s.role == "body")
    seen_body: set = set()
    out = []
    made: dict[tuple, SentenceEvidence] = {}     # wire copy repeats: each text is read once
    for s in sentences:
        lede = s.role == "body" and s.article not in seen_body
        if s.role == "body":
            seen_body.add(s.article)
        key = (s.text, s.role == "headline" and bodies[s.article] > 0, lede)
        found = made.get(key)
        if found is None:
            found = made[key] = sentence_evidence(s, *key[1:])
        out.append(found)
    return out


@dataclass
class Candidates:
    """Pairs (a < b, indices into the sentence list) worth scoring, and their features."""

    a: np.ndarray
    b: np.ndarray
    features: np.ndarray        # (pairs, len(FEATURES))
    n: int                      # number of sentences (pair key = a * n + b)

    @property
    def keys(self) -> np.ndarray:
        return self.a * self.n + self.b


def set_specificity(df: np.ndarray, n: int) -> np.ndarray:
    """1 for a word two sentences of the set share, falling towards 0 for a word in every
    sentence (the event's own words: "Pakistan" in a story on Pakistan). Relative to the most a
    word can say in a set this size, so it means the same in sets of 2 and of 2,000 sentences."""
    if n <= 2:
        return np.ones(len(df))
    return np.maximum(0.05, np.log(n / np.maximum(df, 2)) / math.log(n / 2))


def candidate_cap(n: int) -> int:
    """Terms in more sentences than this find no candidates (they still count in the scores)."""
    return max(64, n // 20)


def candidates(sentences: Sequence[Sentence], evidence: Sequence[SentenceEvidence],
               group: np.ndarray) -> Candidates:
    """Every pair of sentences in different groups (articles) that share a content word, with
    its features. group[i] is the article number of sentence i."""
    n = len(sentences)
    cap = candidate_cap(n)
    words = Postings(n, [ev.terms for ev in evidence])
    tf = 1 + np.log(words.counts)
    df = words.df[words.terms]
    bg = tf * np.array([background_weight(t) for t in words.vocab])[words.terms]
    local = bg * set_specificity(df, n)
    classic = tf * (np.log((1 + n) / (1 + df)) + 1.0)      # smoothed TF-IDF over the set

    def per_row(x: np.ndarray, total: np.ndarray) -> np.ndarray:
        return x / np.maximum(total, 1e-12)[words.rows]

    words.values = np.column_stack([
        per_row(bg, np.sqrt(words.row_sums(bg * bg))),          # unit vector: cos_bg
        per_row(bg, words.row_sums(bg)),                         # share of the row's weight
        np.ones(len(bg)),
        per_row(local, np.sqrt(words.row_sums(local * local))),  # cos_set
        per_row(classic, np.sqrt(words.row_sums(classic * classic))),   # cos_tfidf
    ])
    # cos_bg, cover of a, cover of b, cos_set, cos_tfidf
    products = [(0, 0), (1, 2), (2, 1), (3, 3), (4, 4)]
    a, b, sums = words.pair_sums(group, cap, products)
    words.add_frequent(words.frequent_terms(cap), a, b, products, sums)
    keys = a * n + b

    # anchors: each entry's flags say what it is in its sentence (ANCHOR, SPECIFIC; every entry
    # is a mention; SAYS, CONTRARY for the stances); the channels are figure, name, quoted,
    # specific figure, specific name, mention, says, contrary
    anchors = Postings(n, [{**{t: _ANCHOR * (t in ev.anchors) + _SPECIFIC * (t in ev.specific)
                               for t in ev.mentions | ev.anchors}, **ev.stances} for ev in evidence])
    kind = np.array([[t[0] == "#", t[0] == "~", t[0] == "q"] for t in anchors.vocab], dtype=bool)
    kind = kind[anchors.terms] if len(anchors.vocab) else np.zeros((0, 3), dtype=bool)
    flags = anchors.counts.astype(np.int64)
    anchor, specific = (flags & _ANCHOR) > 0, (flags & _SPECIFIC) > 0
    anchors.values = np.column_stack([kind[:, 0] & anchor, kind[:, 1] & anchor, kind[:, 2] & anchor,
                                      kind[:, 0] & specific, kind[:, 1] & specific,
                                      np.ones(len(flags), dtype=bool), (flags & _SAYS) > 0,
                                      (flags & _CONTRARY) > 0]).astype(np.float64)
    products = [(0, 0), (1, 1), (2, 2), (3, 5), (5, 3), (4, 5), (5, 4), (6, 7)]
    ak_a, ak_b, asums = anchors.pair_sums(group, cap, products)
    akeys = ak_a * n + ak_b
    asums = lookup(akeys, asums, keys)
    anchors.add_frequent(anchors.frequent_terms(cap), a, b, products, asums)
    shared_numbers, shared_names, shared_quoted = asums[:, 0], asums[:, 1], asums[:, 2]
    # a figure or name one sentence gives and the other does not mention at all
    n_figures = np.array([sum(t[0] == "#" for t in ev.specific) for ev in evidence], dtype=np.float64)
    n_names = np.array([len(ev.specific) for ev in evidence], dtype=np.float64) - n_figures
    figures_unmatched = (n_figures[a] - asums[:, 3]) + (n_figures[b] - asums[:, 4])
    # ... and names each sentence gives that the other does not: one name in place of another
    # (Leeds and Bradford, Boeing and Airbus); a name only one gives is a detail it adds
    names_swapped = np.minimum(n_names[a] - asums[:, 5], n_names[b] - asums[:, 6])

    size = np.array([max(ev.size, 1) for ev in evidence], dtype=np.float64)
    has_number = np.array([any(k[0] == "#" for k in ev.anchors) for ev in evidence], dtype=bool)
    per_article = np.bincount(group)
    length = np.log(per_article[group].astype(np.float64))
    headline = np.array([ev.headline for ev in evidence], dtype=bool)
    lede = np.array([ev.lede for ev in evidence], dtype=bool)
    cover_a, cover_b = np.minimum(sums[:, 1], 1.0), np.minimum(sums[:, 2], 1.0)
    columns = (                 # made one at a time, straight into the matrix
        lambda: np.minimum(sums[:, 0], 1.0),
        lambda: np.minimum(sums[:, 3], 1.0),
        # words said in other words ("captain" / "skipper") count as shared ones
        lambda: np.minimum(sums[:, 4] + paraphrase_tfidf(words, sentences, group, keys, n, cap), 1.0),
        lambda: np.minimum(cover_a, cover_b),
        lambda: np.maximum(cover_a, cover_b),
        lambda: np.log1p(shared_names),
        lambda: np.log1p(shared_numbers),
        lambda: has_number[a] & has_number[b] & (shared_numbers == 0),
        lambda: np.log1p(shared_quoted),
        lambda: np.abs(np.log(size[a] / size[b])),
        lambda: np.log(np.minimum(size[a], size[b])),     # few words meet by chance more easily
        lambda: headline[a] & headline[b],
        lambda: headline[a] != headline[b],
        lambda: lede[a] & lede[b],
        # the longer the articles, the more rival partners each sentence has, so the less likely
        # any one pair is a link (the prior odds fall about as 1/length)
        lambda: (length[a] + length[b]) / 2,
        lambda: np.log1p(figures_unmatched),
        lambda: np.log1p(names_swapped),
        lambda: asums[:, 7] > 0,           # one says "rose" where the other says "fell"
    )
    # float32: half the memory of float64; by column (Fortran order), as it is written
    features = np.empty((len(a), len(FEATURES)), dtype=np.float32, order="F")
    for j, column in enumerate(columns):
        features[:, j] = column()
    return Candidates(a=a, b=b, features=features, n=n)


def paraphrase_tfidf(words: Postings, sentences: Sequence[Sentence], group: np.ndarray, keys: np.ndarray,
                     n: int, cap: int) -> np.ndarray:
    """What words of the two sentences meeting through a concept, not a stem, add to cos_tfidf
    (concepts.soft_cosine), with each word's TF-IDF weight (channel 4 of `words`); only words
    the concept table knows are looked at, and none a sentence writes as a name ("Turkey")."""
    table = concept_table()
    known = np.array([t in table for t in words.vocab], dtype=bool)
    at = np.nonzero(known[words.terms])[0] if len(words.vocab) else np.zeros(0, dtype=np.int64)
    weights: list[dict] = [{} for _ in range(n)]
    names = [written_as_names(s.text) for s in sentences]
    for r, t, v in zip(words.rows[at].tolist(), words.terms[at].tolist(), words.values[at, 4].tolist()):
        if words.vocab[t] not in names[r]:
            weights[r][words.vocab[t]] = v
    return soft_cosine(weights, group, keys, n, cap)


def competition(c: Candidates, p: np.ndarray, group: np.ndarray) -> np.ndarray:
    """For each pair (a, b): how far its probability stands above the best other pair that a
    forms with b's article or b with a's article (its own probability when there is none: a
    sentence with no rival partner is not in doubt)."""
    n_groups = int(group.max()) + 1 if len(group) else 1
    rival = np.zeros(len(p))
    for side, other in ((c.a, c.b), (c.b, c.a)):
        slot = side * n_groups + group[other]             # (sentence, other article)
        order = np.argsort(slot + (1.0 - np.clip(p, 0.0, 1.0)) * 0.5)   # by slot, best first
        slot_sorted, p_sorted = slot[order], p[order]
        first = np.ones(len(order), dtype=bool)
        first[1:] = slot_sorted[1:] != slot_sorted[:-1]
        best_idx = np.maximum.accumulate(np.where(first, np.arange(len(order)), 0))
        best = p_sorted[best_idx]                          # best of the slot
        second = np.zeros(len(order))                      # best of the slot but this pair
        nxt = best_idx + 1
        has_second = (nxt < len(order))
        has_second[has_second] &= slot_sorted[nxt[has_second]] == slot_sorted[has_second]
        second[has_second] = p_sorted[nxt[has_second]]
        other_best = np.where(first, second, best)
        out = np.zeros(len(p))
        out[order] = other_best
        rival = np.maximum(rival, out)
    return p - rival


def neighbour_support(c: Candidates, p: np.ndarray, group: np.ndarray) -> np.ndarray:
    """For each pair, the best probability of the pair one sentence before or one after it in
    both articles (sentences next to a linked pair are likelier to be linked too)."""
    n, keys = c.n, c.keys
    order = np.argsort(keys)
    sorted_keys, sorted_p = keys[order], p[order]
    best = np.zeros(len(keys))
    for step in (-1, 1):
        na, nb = c.a + step, c.b + step
        ok = (na >= 0) & (nb < n) & (nb >= 0) & (na < n)
        ok[ok] &= (group[na[ok]] == group[c.a[ok]]) & (group[nb[ok]] == group[c.b[ok]])
        got = np.zeros(len(keys))
        got[ok] = lookup(sorted_keys, sorted_p, na[ok] * n + nb[ok])
        best = np.maximum(best, got)
    return best
