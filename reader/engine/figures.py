"""Figures and dates of two linked sentences compared slot by slot: numbers, dates, times.

Two linked sentences often carry several figures, and only some of them count the same thing.
Figures are therefore paired one to one, equal ones first (they pair off silently), and a pair
that is stated differently is reported only when it plausibly fills the same slot: the words
around the two figures share content ("killed at least 11 police" / "killing around a dozen
police"), or the figures are so close that a coincidence is unlikely ("360,000" / "359,000").
Dates pair the same way, and also need the same role: "since 1979" and "in 2020" never pair.
"""
from __future__ import annotations

import math
import re
from typing import Optional

from reader.engine import dates, figures_across, quantities, quantity_compare
from reader.engine.text import WORD_RE, content_concepts

SLOTS_PER_SENTENCE = 30      # figures or dates compared per sentence (run-on text stays linear)
CONTEXT_WORDS = 4            # words each side of a figure that say what it counts
NUMBER_SPREAD = 0.25         # figures further apart than this count different things
SAME_SLOT_SPREAD = 0.5       # ... unless the words around them agree ("hundreds of people" / "1,941 people")
CLOSE_FIGURES = 0.01         # figures this close are one figure restated, whatever their words
SOLE_SPREAD = 0.5           # the only figures of two sentences that say alike, unless this far apart

CONTEXT_CHARS = 60


def _spread(x: quantities.Quantity, y: quantities.Quantity) -> float:
    """How far apart two figures are, relative to the larger: the gap between their ranges
    ("hundreds" is 200 to 999, so 1,941 is 942 away), 0 when the ranges overlap."""
    gap = max(x.low - y.high, y.low - x.high, 0.0)
    top = max(abs(v) for v in (x.low, x.high, y.low, y.high) if v != math.inf)
    return gap / max(top, 1e-9)


def context(text: str, start: int, end: int) -> frozenset:
    """Content concepts of the few words before and after text[start:end]."""
    before = WORD_RE.findall(text[max(0, start - CONTEXT_CHARS):start])[-CONTEXT_WORDS:]
    after = WORD_RE.findall(text[end:end + CONTEXT_CHARS])[:CONTEXT_WORDS]
    words = [w for w in before + after if not w[:1].isdigit()]
    return frozenset(content_concepts(" ".join(words)))


class Figures:
    """The quantities and dates of one sentence, with the context of each (found once)."""

    def __init__(self, text: str, reference: str, day_first: Optional[bool] = None,
                 reference_year: Optional[int] = None):
        self.records = records(text, reference_year)
        self.quantities = quantities.find_quantities(text)[:SLOTS_PER_SENTENCE]
        self.in_records = frozenset(i for i, q in enumerate(self.quantities) if _inside(q, self.records))
        self.q_context = [context(text, q.start, q.end) for q in self.quantities]
        self.people = [i for i, q in enumerate(self.quantities) if _of_people(q)]
        self.people_events = figures_across.events_near(text, self.quantities[self.people[0]]) \
            if len(self.people) == 1 else set()
        self.dates = dates.find_dates(text, reference or None, day_first=day_first)[:SLOTS_PER_SENTENCE]
        self.d_context = [context(text, d.start, d.end) for d in self.dates]
        self.d_role = [date_role(text, d) for d in self.dates]
        self.timings = timings(text)
        self.measured = _measured(text) if any(q.unit == quantities.POINT for q in self.quantities) \
            else frozenset()


# what a move in points measures ("its main rate", "inflation"): two moves of two things are
# two facts, though each is its sentence's only one
_MEASURED_RE = re.compile(r"\b(rate|inflation|unemployment|jobless|yields?|prices?|index|"
                          r"growth|deficit|turnout|support|approval|share)\b", re.IGNORECASE)
_MEASURED_SAME = {"jobless": "unemployment", "yields": "yield", "prices": "price"}


def _moves_apart(fa: Figures, fb: Figures) -> bool:
    """Two sentences' moves in points measure two named things ("its main rate" / "inflation")."""
    return bool(fa.measured and fb.measured and fa.measured.isdisjoint(fb.measured))


def _measured(text: str) -> frozenset:
    found = {m.group(1).lower() for m in _MEASURED_RE.finditer(text)}
    return frozenset(_MEASURED_SAME.get(w, w) for w in found)


def number_pairs(fa: Figures, fb: Figures, alike: bool = False) -> list[tuple[int, int]]:
    """Indexes (i, k) of the figures of a and b that fill one slot but are stated differently.

    Equal figures pair off first; a differing pair is reported when the words around the two
    share content, or when the figures are nearly one. alike: the two sentences say much the
    same (see differences.SOLE_SHARED); then two figures left over that are the only ones of
    their kind on both sides fill the one slot, though they count it in other words ("40
    homes" / "60 houses", "14 survivors" / "nine people")."""
    pairs = []
    in_records = fa.in_records, fb.in_records
    for i, x in enumerate(fa.quantities):
        for k, y in enumerate(fb.quantities):
            if i in in_records[0] or k in in_records[1]:
                continue                 # a record's span of years is compared as a record
            if x.unit == quantities.POINT and _moves_apart(fa, fb):
                continue                 # "its main rate" / "inflation": two things moved
            spread = _spread(x, y)
            people = _sole_people(fa, fb, i, k)
            strict = quantity_compare.comparable(x, y) or _one_precise_figure(x, y, spread) or people
            if not strict and not (alike and quantity_compare.same_measure(x, y)):
                continue
            shared = bool(fa.q_context[i] & fb.q_context[k]) or quantity_compare.same_counted(x, y) \
                or _sole_sums(fa, fb, x, y, spread) or people
            relation = quantity_compare.relation(x, y)
            if relation != "conflict":
                spread = 0.0             # overlapping ranges ("several" / "numerous") are one slot
            pairs.append((relation != "equal", not shared, spread, i, k, strict))
    out, used_a, used_b = [], set(), set()
    for differs, unshared, spread, i, k, strict in sorted(pairs):
        if not strict or i in used_a or k in used_b:
            continue
        if differs and spread > (NUMBER_SPREAD if unshared else SAME_SLOT_SPREAD) \
                and not _vague_against_count(fa, fb, i, k):
            continue                     # too far apart to be one figure: leave both free
        if differs and unshared and spread > CLOSE_FIGURES:
            continue
        used_a.add(i)
        used_b.add(k)
        if differs:
            out.append((i, k))
    if alike:
        left = [p for p in pairs if p[3] not in used_a and p[4] not in used_b]
        for differs, _, spread, i, k, _ in left:
            sole = sum(p[3] == i for p in left) == 1 and sum(p[4] == k for p in left) == 1
            if sole and differs and spread <= SOLE_SPREAD:
                out.append((i, k))
    return out


def _vague_against_count(fa: Figures, fb: Figures, i: int, k: int) -> bool:
    """A vague amount and a figure of one counted noun, each its sentence's only count of it:
    "by a handful of votes" / "by 38 votes" state one margin, however far apart."""
    x, y = fa.quantities[i], fb.quantities[k]
    if not quantity_compare.same_counted(x, y) or not (math.isnan(x.value) or math.isnan(y.value)):
        return False
    if not quantity_compare.within_tenfold(x, y):
        return False
    return sum(quantity_compare.same_counted(q, x) for q in fa.quantities) == 1 and \
        sum(quantity_compare.same_counted(q, y) for q in fb.quantities) == 1


def _of_people(q: quantities.Quantity) -> bool:
    return quantity_compare.is_person(quantity_compare.counted_kind(q.unit))


def _sole_people(fa: Figures, fb: Figures, i: int, k: int) -> bool:
    """Each sentence's only count of people, in nouns of one kind of people and not a word as
    general as "people", for no two different events: "three embassy employees were declared
    persona non grata" / "expelled two diplomats" count one group."""
    if fa.people != [i] or fb.people != [k]:
        return False
    x, y = fa.quantities[i], fb.quantities[k]
    kind = quantity_compare.counted_kind(x.unit)
    if kind == quantity_compare.PERSON or kind != quantity_compare.counted_kind(y.unit):
        return False
    return not (fa.people_events and fb.people_events and fa.people_events.isdisjoint(fb.people_events))


def _sole_sums(fa: Figures, fb: Figures, x: quantities.Quantity, y: quantities.Quantity,
               spread: float) -> bool:
    """Two sums in one currency, each the only one of its sentence and not far apart: the one
    price of the story ("A$1.6 billion takeover" / "A$1.8 billion deal"), whatever it is called.
    So are two moves in percentage points, each its sentence's only one, though twice apart: the
    one move of a rate ("by 25 basis points" / "by half a percentage point")."""
    if x.unit != y.unit or x.unit not in quantities.MONEY and x.unit != quantities.POINT:
        return False
    if x.unit in quantities.MONEY and spread > NUMBER_SPREAD:
        return False
    return sum(q.unit == x.unit for q in fa.quantities) == 1 and \
        sum(q.unit == y.unit for q in fb.quantities) == 1


def _inside(q: quantities.Quantity, found: list) -> bool:
    return any(r.start <= q.start < r.end for r in found)


def _one_precise_figure(x: quantities.Quantity, y: quantities.Quantity, spread: float) -> bool:
    """Large exact figures this close are one figure, whatever nouns follow them
    ("360,000 applications" / "359,000 new claims")."""
    return x.exact and y.exact and min(x.low, y.low) >= 1000 and spread <= CLOSE_FIGURES


# the word in front of a date says what it dates: "since 1979" (a starting point), "by July 31"
# (a deadline), "on Tuesday" / "Tuesday" / "in March" (when something happened)
_ROLE_BEFORE_RE = re.compile(r"\b(since|until|till|by|from|before|after|through|during|of|the)\s+\Z",
                             re.IGNORECASE)
_WHEN = ""


def date_role(text: str, d: dates.DateMention) -> str:
    m = _ROLE_BEFORE_RE.search(text, max(0, d.start - 12), d.start)
    role = m.group(1).lower() if m else _WHEN
    if role in ("after", "before") and dates.is_time(d.value):
        return _WHEN                     # "shortly after 8 a.m." says when, as "at 8 a.m." does
    return role


_WEEKDAY_RE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _same_weekday_named(x: dates.DateMention, y: dates.DateMention) -> bool:
    """Both name the same weekday: one day, even when the two articles are dated a day or two
    apart and the weekday resolves to another week for one of them ("will visit on Thursday")."""
    wx, wy = _WEEKDAY_RE.search(x.text), _WEEKDAY_RE.search(y.text)
    return bool(wx and wy and wx.group().lower() == wy.group().lower())


DEADLINE_ROLES = frozenset({"by", "until", "till", "before"})


def _day_against_period(va: str, vb: str) -> bool:
    """One deadline set on a calendar day, the other by a period left relative ("by July 31" /
    "by next week"): a reader cannot tell they agree, so they are stated differently (a period
    the article's date resolves is compared as a date)."""
    return any(_DAY_RE.match(x) and y.startswith("relative:") for x, y in ((va, vb), (vb, va)))


_DAY_RE = re.compile(r"^(?:\d{4}-)?\d{2}-\d{2}$")     # a resolved calendar day


def date_pairs(fa: Figures, fb: Figures, alike: bool = False) -> list[tuple[int, int]]:
    """Indexes (i, k) of dates of a and b that date the same thing and disagree; dates that
    cannot be compared (a weekday against an undated day, a relative term left unresolved)
    never disagree, but for a deadline set on a day in one and by a period in the other. Dates
    that disagree date one thing when the words around them share content or, in sentences that
    say alike (number_pairs), when each is the only date of its sentence the other can be
    compared with (or each is its sentence's one deadline)."""
    pairs = []
    partners_a, partners_b = [0] * len(fa.dates), [0] * len(fb.dates)
    for i, x in enumerate(fa.dates):
        for k, y in enumerate(fb.dates):
            same = _same_weekday_named(x, y) or dates.same_date(x, y)
            if fa.d_role[i] != fb.d_role[k]:
                continue
            if same is None and fa.d_role[i] in DEADLINE_ROLES:
                same = not _day_against_period(x.value, y.value)
            if same is None:
                continue
            partners_a[i] += 1
            partners_b[k] += 1
            shared = bool(fa.d_context[i] & fb.d_context[k])
            pairs.append((not same, not shared, i, k))
    out, used_a, used_b = [], set(), set()
    for differs, unshared, i, k in sorted(pairs):
        if i in used_a or k in used_b:
            continue
        sole = partners_a[i] == 1 and partners_b[k] == 1       # "by July 31" / "by next week": each
        if differs and unshared and not (sole and (alike or fa.d_role[i] in DEADLINE_ROLES)):
            continue                                            # sentence's one deadline
        used_a.add(i)
        used_b.add(k)
        if differs:
            out.append((i, k))
    return out


# --- records: "a 42-year low", "the lowest level since 1979", "a record high" ------------------

_LOW = "lowest|fewest|smallest|least|worst|low"
_HIGH = "highest|most|biggest|largest|greatest|best|high"
_SUPERLATIVE_RE = re.compile(rf"\b(?:(?P<low>{_LOW})|(?P<high>{_HIGH}))\b", re.IGNORECASE)
_N_YEAR_RE = re.compile(r"\b(?P<n>\d{1,3})-year\s+(?:(?P<low>low)|(?P<high>high)|record)\b", re.IGNORECASE)
_RECORD_RE = re.compile(r"\b(?:record|all-time)\s+(?:(?P<low>low)|(?P<high>high))", re.IGNORECASE)
_SINCE_YEAR_RE = re.compile(r"\bsince\s+(?P<year>1[89]\d\d|20\d\d)\b")
_RECORD_REACH = 90           # characters after a superlative where its time span may follow
RECORD_YEARS = 100           # "a record low": at least as far back as records usually go


class Record:
    """One claim that something is the highest or lowest over a span of years."""

    def __init__(self, start: int, end: int, text: str, direction: str, low: float, high: float):
        self.start, self.end, self.text = start, end, text
        self.direction, self.low, self.high = direction, low, high


def records(text: str, reference_year: Optional[int]) -> list[Record]:
    """The record claims of a sentence, each with the span of years it covers."""
    out = []
    for m in _N_YEAR_RE.finditer(text):
        n = int(m.group("n"))
        out.append(Record(m.start(), m.end(), m.group(), _direction(m), n, n))
    for m in _RECORD_RE.finditer(text):
        out.append(Record(m.start(), m.end(), m.group(), _direction(m), RECORD_YEARS, math.inf))
    for m in _SUPERLATIVE_RE.finditer(text):
        if any(r.start <= m.start() < r.end for r in out):
            continue
        reach = re.split(r"[.;]\s", text[m.end():m.end() + _RECORD_REACH])[0]
        since = _SINCE_YEAR_RE.search(reach)
        span = None
        if since and reference_year and int(since.group("year")) < reference_year:
            years = reference_year - int(since.group("year"))
            span = (since.end(), years - 1, years + 1)
        else:
            q = next((q for q in quantities.find_quantities(reach) if q.unit == "year"), None)
            if q is not None:
                span = (q.end, q.low, q.high)
        if span is not None:
            end = m.end() + span[0]
            out.append(Record(m.start(), end, text[m.start():end], _direction(m), span[1], span[2]))
    return out


def _direction(m: re.Match) -> str:
    return "low" if m.group("low") else "high" if m.group("high") else ""


def record_pairs(ra: list[Record], rb: list[Record]) -> list[tuple[int, int]]:
    """Records of a and b in the same direction whose spans of years cannot both hold."""
    out = []
    for i, x in enumerate(ra):
        for k, y in enumerate(rb):
            if x.direction and y.direction and x.direction != y.direction:
                continue
            if x.high < y.low or y.high < x.low:
                out.append((i, k))
                break
    return out


# --- timing in words: "a day after", "hours after", "recently", "already" ---------------------

_TIMING_RE = re.compile(
    r"\b(?:(?:a|one|two|three|several|\d+|a few)\s+(?:days?|hours?|weeks?|months?|years?)\s+"
    r"(?:after|before|later|earlier|ago)|hours\s+(?:after|before|later|earlier)|"
    r"days\s+(?:after|before|later)|recently|previously|already|overnight|^(?:before|after))\b",
    re.IGNORECASE)
TIMING_CONTEXT_WORDS = 6     # timing words qualify a verb a little further off than a figure does


def timings(text: str) -> list[tuple[int, int, str, frozenset]]:
    """(start, end, words, context) of each timing phrase."""
    out = []
    for m in _TIMING_RE.finditer(text):
        before = WORD_RE.findall(text[max(0, m.start() - 90):m.start()])[-TIMING_CONTEXT_WORDS:]
        after = WORD_RE.findall(text[m.end():m.end() + 90])[:TIMING_CONTEXT_WORDS]
        out.append((m.start(), m.end(), m.group(), frozenset(content_concepts(" ".join(before + after)))))
    return out


def timing_pair(ta: list, tb: list) -> Optional[tuple[int, int]]:
    """The first timing phrases of a and b that time the same thing in other words; None when
    the sentences share a timing phrase (they agree) or none times the same thing."""
    if {t[2].lower() for t in ta} & {t[2].lower() for t in tb}:
        return None
    for i, x in enumerate(ta):
        for k, y in enumerate(tb):
            if x[3] & y[3]:
                return i, k
    return None
