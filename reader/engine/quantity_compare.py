"""How two quantities (quantities.find_quantities) relate, and how a difference between them is
written: ``relation`` says "equal", "restated" or "conflict" (the conventions are in quantities'
docstring), ``comparable`` and ``same_measure`` whether they can count one thing, ``note`` the
"at least 11 vs about 12" a reader sees. Kept apart from reading numbers out of text: what
counts as one fact changes with the differences a fact-checker wants, not with how outlets
write numbers.
"""
from __future__ import annotations

import math
from functools import lru_cache

from reader.engine.quantities import MONEY, POINT, ROUNDED_SCALES, Quantity, format_number
from reader.paths import word_list

__all__ = ["relation", "comparable", "same_measure", "same_counted", "counted_kind", "same_kind",
           "is_person", "within_tenfold", "describe", "note", "is_share", "MEASURES", "PERSON"]


def relation(a: Quantity, b: Quantity) -> str:
    """"equal", "restated" or "conflict" (see the module docstring)."""
    if _below(a.high, b.low) or _below(b.high, a.low):
        return "conflict"
    if (a.hedge == b.hedge and a.exact == b.exact and _same(a.low, b.low)
            and _same(a.high, b.high) and describe(a) == describe(b)):
        return "equal"
    if a.hedge == b.hedge and not math.isnan(a.value) and _same(a.value, b.value) and \
            (a.exact == b.exact or _scaled(a) or _scaled(b)):
        return "equal"               # one figure written two ways: "1.2 million" / "1,200,000"
    return "restated"


def comparable(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities can count the same thing: shares are only compared with shares
    and percentages with percentages, and two named units must be the same (or one a compound
    of the other: "dockworkers" / "workers")."""
    if (a.unit == "percent") != (b.unit == "percent"):
        return False
    if is_share(a) != is_share(b):
        return False
    return not a.unit or not b.unit or a.unit == b.unit or same_counted(a, b)


# units that measure rather than count: two figures in them measure one thing only in one unit
MEASURES = frozenset("""
year month week day hour minute second percent dollar euro pound yen rupee yuan kilometer
kilometre km mile meter metre foot inch kilogram kg ton tonne gram litre liter gallon barrel
degree acre hectare square mph
""".split()) | {POINT}


def same_measure(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities can count one thing in other words ("40 homes" / "60 houses",
    "14 survivors" / "nine people"): looser than comparable(), which wants one counted noun;
    shares, percentages, money and measures still only meet their own kind."""
    if comparable(a, b):
        return True
    if (a.unit == "percent") != (b.unit == "percent") or is_share(a) != is_share(b):
        return False
    return not {a.unit, b.unit} & (MEASURES | MONEY)


# counted nouns too general to say what is counted ("12 people" killed, "40 people" hurt)
_GENERAL_NOUNS = frozenset("people person one time thing case other member".split())
COMPOUND_HEAD = 4            # "dockworkers" counts "workers": a head of at least this many letters


def same_counted(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities count one specific kind of thing by name: the same counted noun
    ("38 votes" / "41 votes"), one a compound of the other ("7,000 dockworkers" / "6,000
    workers"), or two nouns of one kind of thing other than people ("610 stores" / "600
    supermarkets", "a dozen homes" / "20 houses": counted_kind). Measures, money, percentages
    and nouns as general as "people" say too little."""
    x, y = sorted((a.unit, b.unit), key=len)
    if not x or {x, y} & (MEASURES | MONEY | _GENERAL_NOUNS):
        return False
    return x == y or (len(x) >= COMPOUND_HEAD and y.endswith(x) and len(y) - len(x) >= 3) \
        or same_kind(a, b)


PERSON = "person"


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """counted noun -> the kind of thing it counts (resources/wordlists/counted_kinds.tsv)."""
    return dict(line.split("\t", 1) for line in word_list("counted_kinds.tsv"))


def counted_kind(unit: str) -> str:
    """The kind of thing a counted noun counts ("supermarket" -> "shop", "villager" ->
    "person"), "" when it is none of the kinds news counts (dev/make_counted_kinds.py)."""
    return _kinds().get(unit, "") if unit else ""


def same_kind(a: Quantity, b: Quantity) -> bool:
    """Two counted nouns of one kind of thing other than people: outlets swap such nouns for
    one count ("homes" / "houses"). People are counted in too many roles in one story (killed,
    hurt, evacuated, employed) for the kind alone to say that two counts are one."""
    kind = counted_kind(a.unit)
    return bool(kind) and not is_person(kind) and kind == counted_kind(b.unit)


def is_person(kind: str) -> bool:
    """A kind of people ("person worker"), or people of any kind ("person": "people", "staff")."""
    return kind.startswith(PERSON)


def within_tenfold(a: Quantity, b: Quantity) -> bool:
    """Whether each quantity's range comes within ten times the other's: "a handful" (2-6) may
    misstate 38 votes, never 21,406 (nor "dozens" 1,941 people); a vague word is that far off
    only when it counts something else."""
    return a.low <= 10 * b.high and b.low <= 10 * a.high


def describe(q: Quantity) -> str:
    """Short human form: "11", "about 12", "at least 11", "dozens", "$5 billion"."""
    form = q.form or (format_number(q.value) if not math.isnan(q.value) else q.text)
    return f"{q.hedge} {form}" if q.hedge else form


def note(a: Quantity, b: Quantity) -> str:
    """"at least 11 vs about 12"."""
    return f"{describe(a)} vs {describe(b)}"


def _scaled(q: Quantity) -> bool:
    """Written with a scale word ("1.2 million"): rounded by how it is written, not by a hedge."""
    return any(w in q.form for w in ROUNDED_SCALES)


def is_share(q: Quantity) -> bool:
    """A part of a whole: "half", "two-thirds", "a quarter", "one in five"."""
    return q.form in ("half",) or "third" in q.form or "quarter" in q.form or " in " in q.form


def _below(x: float, y: float) -> bool:
    """x < y beyond float noise."""
    return x < y and not math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)


def _same(x: float, y: float) -> bool:
    return x == y or math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)
