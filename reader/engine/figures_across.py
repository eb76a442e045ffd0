"""Figures two articles give for one count, in sentences that were not linked.

Two sentences often differ precisely because their numbers differ ("About 6,000 workers joined
the stoppage" / "nearly 7,000 dockworkers stopped work"), so the link model scores them low and
the slot-by-slot comparison of linked sentences (figures.number_pairs) never sees them. Here a
figure is keyed by what it counts: its counted noun when that names a specific kind of thing
(quantity_compare.same_counted), the event its nearby words count (resources/wordlists/
counted_events.txt: "killing at least 12 people" / "14 people confirmed dead"), its currency
for the one sum of a sentence, for a percentage the words before it ("inflation rose to"), for a
large exact figure its precision (within 1%, "360,000 applications" / "359,000 claims", as
figures.number_pairs pairs them in linked sentences), and for people counted in hundreds or
more, in any words ("1,200 residents" / "nearly 1,500 people"), the crowd they are, unless
their words count it for other events.
Two figures of one key from two articles are reported when they are stated differently and
close enough to be estimates of one number (or, however far apart, a vague amount and a figure
each its article's only one in that key: "hundreds of people died" / "1,241 deaths"), and when
the other article never states the first figure in that key (then the articles agree on it and
the other figure counts something else).
Each figure meets at most one figure of each other article.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import lru_cache

from reader.engine import quantities, quantity_compare
from reader.engine.model import Difference
from reader.engine.text import WORD_RE, content_concepts, stem
from reader.paths import word_list

VALUE_SPREAD = 0.4           # stated values further apart than this (relative) count different things
PERCENT_SPREAD = 0.2         # ... for percentages, which are already relative
PERCENT_WORDS = 5            # words before a percentage that say what it is a percentage of
EVENT_WORDS = 5              # words each side of a figure that may say what event it counts
PRECISE_FROM = 1000          # exact figures this large and within CLOSE of each other are one figure
CLOSE = 0.01                 # (as figures.CLOSE_FIGURES): "360,000 applications" / "359,000 claims"
_PRECISE = ("precise", "")
CROWD_FROM = 100             # people counted in hundreds or more: two close counts are one crowd
_CROWD = ("crowd", "")
SLOTS_PER_SENTENCE = 30      # figures looked at per sentence (as figures.SLOTS_PER_SENTENCE)
CROWDED = 8                  # figures of one key in one article beyond this: a table, not one count

# a digit or a word that may begin a count: sentences without one are not read for figures
_MAY_COUNT_RE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
                           r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|dozens?|a few|"
                           r"a handful|a couple|several|numerous|scores|thousands|millions|billions)\b")
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


def events_near(text: str, q: quantities.Quantity) -> set[str]:
    """The event classes the words around q (and its counted noun) say."""
    before = WORD_RE.findall(text[max(0, q.start - 60):q.start])[-EVENT_WORDS:]
    words = before + WORD_RE.findall(q.text) + WORD_RE.findall(text[q.end:q.end + 60])[:EVENT_WORDS]
    return event_classes(words)


def event_classes(words) -> set[str]:
    """The event classes (counted_events.txt) the words say: 'killed', 'dead' -> {'deaths'}."""
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
        if q.unit == "percent":
            share_of = _words_before(text, q)
            if share_of:
                out.append((i, frozenset(("percent", c) for c in share_of)))
            continue
        if q.unit in _NOT_COUNTS or quantity_compare.is_share(q):
            continue
        found = {("event", e) for e in events_near(text, q)}
        if q.unit and quantity_compare.same_counted(q, q):
            found.add(("noun", q.unit))
        if q.exact and q.low >= PRECISE_FROM:
            found.add(_PRECISE)
        if _value(q) >= CROWD_FROM and quantity_compare.is_person(quantity_compare.counted_kind(q.unit)):
            found.add(_CROWD)
        if found:
            out.append((i, frozenset(found)))
    return out


_PERCENT_WORDS = {"percent", "cent", "percentag", "point"}     # another figure's sign says nothing


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset:
    return frozenset(w for line in word_list("verb_forms.txt") for w in line.split())


def _verb_like(word: str) -> bool:
    """A verb says how a percentage moved ("rose to", "stands at"), not what it is of."""
    return word.endswith(("ed", "ing")) or word in _verb_forms() or word in _LEVEL_VERBS


_LEVEL_VERBS = frozenset("rose rise rises fell fall falls stand stands stood sit sits hit hits jump jumps "
                         "is was are were be been reach reaches".split())


def _words_before(text: str, q: quantities.Quantity) -> set[str]:
    """What a percentage is a percentage of, as written before it: the content concepts of the
    few words before ("inflation had risen to 7.9%" / "inflation stood at close to 8 percent")."""
    words = [w for w in WORD_RE.findall(text[max(0, q.start - 60):q.start])[-PERCENT_WORDS:]
             if not w[:1].isdigit() and not _verb_like(w.lower())]
    return set(content_concepts(" ".join(words))) - _PERCENT_WORDS


def _value(q: quantities.Quantity) -> float:
    """The figure as stated: its value, else the middle of its finite bounds."""
    if not math.isnan(q.value):
        return q.value
    ends = [v for v in (q.low, q.high) if v != math.inf]
    return sum(ends) / len(ends)


def _value_spread(x: quantities.Quantity, y: quantities.Quantity) -> float:
    vx, vy = _value(x), _value(y)
    return abs(vx - vy) / max(abs(vx), abs(vy), 1e-9)


def _heads(unit: str) -> set[tuple]:
    """Index keys of a counted noun: the noun and each head a compound of it may be counted by
    ("dockworker" -> dockworker, worker); quantity_compare.same_counted confirms a meeting (as
    it does for nouns of one kind, indexed by their kind)."""
    return {("head", unit[n:]) for n in range(0, len(unit) - quantity_compare.COMPOUND_HEAD + 1)
            if n == 0 or n >= 3}


class _Figure:
    """One keyed figure of one sentence, with what pairing it needs worked out once."""

    __slots__ = ("f", "q", "keys", "index", "told")

    def __init__(self, f, q: quantities.Quantity, keys: frozenset):
        self.f, self.q, self.keys = f, q, keys
        self.index = set(keys) | (_heads(q.unit) if any(k[0] == "noun" for k in keys) else set())
        kind = quantity_compare.counted_kind(q.unit)
        if kind and not quantity_compare.is_person(kind) and ("noun", q.unit) in keys:
            self.index.add(("kind", kind))       # "stores" meets "supermarkets" (same_counted)
        self.told = quantity_compare.describe(q)


def _of_other_events(x: _Figure, y: _Figure) -> bool:
    """Two counts whose words say they count other events ("800 evacuated" / "950 arrested"),
    whatever else they share (their size, their noun)."""
    ex, ey = ({k for k in f.keys if k[0] == "event"} for f in (x, y))
    return bool(ex and ey and ex.isdisjoint(ey))


def _same_key(x: _Figure, y: _Figure, precise: bool = True) -> bool:
    """One key in common (precise: counting the key of large exact figures), or counted nouns
    one of which is a compound of the other."""
    common = x.keys & y.keys
    if common and (precise or common != {_PRECISE}):
        return True
    return any(k[0] == "noun" for k in x.keys) and any(k[0] == "noun" for k in y.keys) \
        and quantity_compare.same_counted(x.q, y.q)


def across(facts, linked: set, reported: list[Difference]) -> list[Difference]:
    """Number differences between unlinked sentences of two articles (see the module docstring).
    linked: (sentence id, sentence id) of every link; reported: differences found so far (a
    pair of sentences already showing a number difference is not shown another)."""
    shown = {(d.a.sentence, d.b.sentence) for d in reported if d.kind == "number"}
    by_article: dict[str, list] = defaultdict(list)      # article -> [_Figure]
    found_in: dict[str, list] = {}                        # text -> its keyed figures (wire copy repeats)
    for f in facts.by_id().values():
        s = f.s
        if s.role == "byline":
            continue
        keyed = found_in.get(f.text)
        if keyed is None:
            keyed = found_in[f.text] = []
            if _MAY_COUNT_RE.search(f.text.lower()):
                qs = quantities.find_quantities(f.text)[:SLOTS_PER_SENTENCE]
                keyed += [(qs[i], ks) for i, ks in keys(f.text, qs)]
        by_article[s.article].extend(_Figure(f, q, ks) for q, ks in keyed)
    for art, found in list(by_article.items()):
        count = defaultdict(int)
        for x in found:
            for key in x.keys:
                count[key] += 1
        crowded = {k for k, n in count.items() if n > CROWDED}
        by_article[art] = [_Figure(x.f, x.q, x.keys - crowded) for x in found if x.keys - crowded]
    out = []
    articles = sorted(by_article)
    indexes = {art: _index(by_article[art]) for art in articles}
    for n, art_a in enumerate(articles):
        for art_b in articles[n + 1:]:
            if indexes[art_a].keys().isdisjoint(indexes[art_b].keys()):
                continue
            out += _between(by_article[art_a], by_article[art_b], indexes[art_b], linked, shown, facts)
    return out


def closest_unshown(candidates: list, linked: set, shown: set, side=id):
    """(x, y) of (rank, x, y) candidates, best rank first: each side (side(x): the figure, or
    the sentence) in one pair at most, also when that pair is skipped for being linked already or
    shown (the caller adds what it shows to shown)."""
    used_a, used_b = set(), set()
    for _, x, y in sorted(candidates, key=lambda c: c[0]):
        if side(x) in used_a or side(y) in used_b:
            continue
        used_a.add(side(x))
        used_b.add(side(y))
        pair = (x.f.s.id, y.f.s.id)
        if pair in linked or pair[::-1] in linked or pair in shown or pair[::-1] in shown:
            continue
        yield x, y


def _index(found: list) -> dict[tuple, list]:
    """index key -> the numbers in found of the figures under it."""
    out: dict[tuple, list] = defaultdict(list)
    for m, y in enumerate(found):
        for k in y.index:
            out[k].append(m)
    return out


def _alone(found: list) -> frozenset:
    """(key, vague) of the keys under which an article states one figure only (vague False), or
    one vague amount only (vague True)."""
    count: dict = defaultdict(int)
    for x in found:
        vague = math.isnan(x.q.value)
        for key in x.keys:
            count[key, vague] += 1
    return frozenset(k for k, n in count.items() if n == 1)


def _vague_against_figure(x: _Figure, y: _Figure, alone_a: frozenset, alone_b: frozenset) -> bool:
    """A vague amount ("hundreds", "a handful") and a figure, each its article's only one of a
    key they share ("hundreds of people died" / "1,941 deaths"): one count, however far apart
    (figures.number_pairs pairs such amounts of linked sentences the same way)."""
    vague_x, vague_y = math.isnan(x.q.value), math.isnan(y.q.value)
    if vague_x == vague_y or _is_range(x.q) or _is_range(y.q):
        return False
    if not quantity_compare.within_tenfold(x.q, y.q):
        return False
    return any((k, vague_x) in alone_a and (k, vague_y) in alone_b for k in x.keys & y.keys - {_PRECISE})


def _is_range(q: quantities.Quantity) -> bool:
    """ "10–15", "between 10 and 15": a stated range, not a vague word."""
    return math.isnan(q.value) and q.form[:1].isdigit()


def _between(in_a: list, in_b: list, index_b: dict, linked: set, shown: set, facts) -> list[Difference]:
    """The differences of the keyed figures of two articles: closest pairs first, each figure in
    at most one."""
    candidates = []
    alone_a, alone_b = _alone(in_a), _alone(in_b)
    for x in in_a:
        for m in sorted({m for k in x.index for m in index_b.get(k, ())}):
            y = in_b[m]
            if not _same_key(x, y) or x.told == y.told or _of_other_events(x, y):
                continue
            spread = _value_spread(x.q, y.q)
            limit = PERCENT_SPREAD if x.q.unit == "percent" else VALUE_SPREAD
            if (x.keys & y.keys) == {_PRECISE} and not _same_key(x, y, precise=False):
                limit = CLOSE                    # nothing but their precision in common
            if spread > limit and not _vague_against_figure(x, y, alone_a, alone_b) \
                    or quantity_compare.relation(x.q, y.q) == "equal":
                continue
            candidates.append((spread, x, y))
    if not candidates:
        return []
    # a figure the other article also states (in the same key) is one they agree on
    stated_a = {(x.told, k) for x in in_a for k in x.keys}
    stated_b = {(y.told, k) for y in in_b for k in y.keys}
    out = []
    for x, y in closest_unshown(candidates, linked, shown):
        if any((x.told, k) in stated_b for k in y.keys) or any((y.told, k) in stated_a for k in x.keys):
            continue
        shown.add((x.f.s.id, y.f.s.id))
        sa, sb = x.f.s, y.f.s
        conflict = quantity_compare.relation(x.q, y.q) == "conflict"
        out.append(Difference("number", facts.span(sa, sa.start + x.q.start, sa.start + x.q.end),
                              facts.span(sb, sb.start + y.q.start, sb.start + y.q.end),
                              quantity_compare.note(x.q, y.q) + (" (conflict)" if conflict else "")))
    return out
