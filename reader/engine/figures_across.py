"""Figures two articles give for one count, in sentences that were not linked.

Two sentences often differ precisely because their numbers differ ("About 6,000 workers joined
the stoppage" / "nearly 7,000 dockworkers stopped work"), so the link model scores them low and
the slot-by-slot comparison of linked sentences (figures.number_pairs) never sees them. Here a
figure is keyed by what it counts: its counted noun when that names a specific kind of thing
(quantity_compare.same_counted), or the event its nearby words count (resources/wordlists/
counted_events.txt: "killing at least 12 people" / "14 people confirmed dead"), or its currency
for the one sum of a sentence. Two figures of one key from two articles are reported when they
are stated differently and close enough to be estimates of one number, and when the other
article never states the first figure in that key (then the articles agree on it and the other
figure counts something else). Each figure meets at most one figure of each other article.
"""
from __future__ import annotations

import math
from collections import defaultdict
from functools import lru_cache

from reader.engine import quantities, quantity_compare
from reader.engine.model import Difference
from reader.engine.text import WORD_RE, stem
from reader.paths import word_list

VALUE_SPREAD = 0.4           # stated values further apart than this (relative) count different things
EVENT_WORDS = 5              # words each side of a figure that may say what event it counts
CROWDED = 8                  # figures of one key in one article beyond this: a table, not one count

_NOT_COUNTS = quantity_compare.MEASURES | quantities.MONEY | {"percent"}


@lru_cache(maxsize=1)
def _events() -> dict[str, str]:
    """stem -> the event class it says (resources/wordlists/counted_events.txt)."""
    out = {}
    for line in word_list("counted_events.txt"):
        words = line.split()
        for w in words[1:]:
            out[stem(w)] = words[0]
    return out


def _events_near(text: str, q: quantities.Quantity) -> set[str]:
    """The event classes the words around q (and its counted noun) say."""
    before = WORD_RE.findall(text[max(0, q.start - 60):q.start])[-EVENT_WORDS:]
    words = before + WORD_RE.findall(q.text) + WORD_RE.findall(text[q.end:q.end + 60])[:EVENT_WORDS]
    return {_events().get(stem(w)) for w in words} - {None}


def keys(text: str, qs: list) -> list[tuple[int, frozenset]]:
    """(index in qs, keys) of each figure of a sentence that says what it counts: ("money",
    currency) for a sentence's one sum in a currency, ("event", class) for what the words around
    it count, ("noun", unit) for a specific counted noun (compounds meet in _same_key)."""
    out = []
    money = defaultdict(int)
    for q in qs:
        money[q.unit] += q.unit in quantities.MONEY
    for i, q in enumerate(qs):
        if q.unit in quantities.MONEY:
            if money[q.unit] == 1:
                out.append((i, frozenset({("money", q.unit)})))
            continue
        if q.unit in _NOT_COUNTS or quantity_compare.is_share(q):
            continue
        found = {("event", e) for e in _events_near(text, q)}
        if q.unit and quantity_compare.same_counted(q, q):
            found.add(("noun", q.unit))
        if found:
            out.append((i, frozenset(found)))
    return out


def _value(q: quantities.Quantity) -> float:
    """The figure as stated: its value, else the middle of its finite bounds."""
    if not math.isnan(q.value):
        return q.value
    ends = [v for v in (q.low, q.high) if v != math.inf]
    return sum(ends) / len(ends)


def _value_spread(x: quantities.Quantity, y: quantities.Quantity) -> float:
    vx, vy = _value(x), _value(y)
    return abs(vx - vy) / max(abs(vx), abs(vy), 1e-9)


def _same_key(kx: frozenset, x: quantities.Quantity, ky: frozenset, y: quantities.Quantity) -> bool:
    """One key in common, or counted nouns one of which is a compound of the other."""
    if kx & ky:
        return True
    return any(k[0] == "noun" for k in kx) and any(k[0] == "noun" for k in ky) \
        and quantity_compare.same_counted(x, y)


def across(facts, linked: set, reported: list[Difference]) -> list[Difference]:
    """Number differences between unlinked sentences of two articles (see the module docstring).
    linked: (sentence id, sentence id) of every link; reported: differences found so far (a
    pair of sentences already showing a number difference is not shown another)."""
    shown = {(d.a.sentence, d.b.sentence) for d in reported if d.kind == "number"}
    by_article: dict[str, list] = defaultdict(list)      # article -> [(facts, quantity, key)]
    for f in facts.by_id().values():
        s = f.s
        if s.role == "byline":
            continue
        fig = f.figures
        qs = [q for n, q in enumerate(fig.quantities) if n not in fig.in_records]
        for i, key in keys(f.text, qs):
            by_article[s.article].append((f, qs[i], key))
    for art, found in list(by_article.items()):
        count = defaultdict(int)
        for _, _, ks in found:
            for key in ks:
                count[key] += 1
        by_article[art] = [t for t in found if all(count[k] <= CROWDED for k in t[2])]
    out = []
    articles = sorted(by_article)
    for n, art_a in enumerate(articles):
        for art_b in articles[n + 1:]:
            out += _between(by_article[art_a], by_article[art_b], linked, shown, facts)
    return out


def _between(in_a: list, in_b: list, linked: set, shown: set, facts) -> list[Difference]:
    candidates = []
    for fa, x, kx in in_a:
        for fb, y, ky in in_b:
            if not _same_key(kx, x, ky, y):
                continue
            relation = quantity_compare.relation(x, y)
            spread = _value_spread(x, y)
            if relation == "equal" or spread > VALUE_SPREAD:
                continue
            candidates.append((spread, fa, x, kx, fb, y, ky))
    # a figure the other article also states (in the same key) is one they agree on
    stated_a = {(quantity_compare.describe(x), k) for _, x, ks in in_a for k in ks}
    stated_b = {(quantity_compare.describe(y), k) for _, y, ks in in_b for k in ks}
    out, used_a, used_b = [], set(), set()
    for spread, fa, x, kx, fb, y, ky in sorted(candidates, key=lambda c: c[0]):
        ida, idb = (fa.s.id, x.start), (fb.s.id, y.start)
        if ida in used_a or idb in used_b:
            continue
        used_a.add(ida)
        used_b.add(idb)
        pair = (fa.s.id, fb.s.id)
        if pair in linked or pair[::-1] in linked or pair in shown or pair[::-1] in shown:
            continue
        if any((quantity_compare.describe(x), k) in stated_b for k in ky) or \
                any((quantity_compare.describe(y), k) in stated_a for k in kx):
            continue
        shown.add(pair)
        sa, sb = fa.s, fb.s
        conflict = quantity_compare.relation(x, y) == "conflict"
        out.append(Difference("number", facts.span(sa, sa.start + x.start, sa.start + x.end),
                              facts.span(sb, sb.start + y.start, sb.start + y.end),
                              quantity_compare.note(x, y) + (" (conflict)" if conflict else "")))
    return out
