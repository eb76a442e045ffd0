"""Numbers in a sentence, as intervals, so two reports of one count can be compared.

Outlets rarely disagree in so many words: one says "at least 11 police personnel", another
"around a dozen police forces". Every quantity is therefore read as an interval ``[low, high]``
(a hedge widens it, "dozens" is a range to begin with) and two quantities are:

* ``equal``     -- same value stated the same way ("two" and "2", "1.2 million" and "1,200,000"),
* ``restated``  -- intervals overlap but the wording differs ("at least 11" / "about 12"),
* ``conflict``  -- intervals are disjoint ("9" / "11").

Conventions (chosen so comparisons stay simple; documented here because callers rely on them):

* about / around / roughly / approximately / some / an estimated:  ``[x - d, x + d]`` with
  ``d = max(15% of x, 1)`` -- "about 5" covers 4..6, "about 12" covers 10.2..13.8.
* nearly / almost / close to / just under:  ``[0.85x, x]`` (slightly below).
* at least / more than / over / upwards of:  ``[x, math.inf)``.  "more than 10" keeps 10 as
  its low end, so "more than 10" vs "10" is a restatement, not a conflict.
* up to / fewer than / less than / under / as many as:  ``[0, x]``.
* "1.2 million", "5bn", "two million": the figure is rounded, so the interval is half a unit
  of the last stated digit either side (1.15m..1.25m) and ``exact`` is False.
* "half a million" is 500,000 (a count); "half", "two-thirds", "one in five" are shares (0..1);
  "a 5,000-strong crowd" counts the crowd, "3,000-plus workers" is more than 3,000 workers.
* Years (1900-2100 without a counted noun), ordinals, clock times, days of a month
  ("January 17") and labels ("Article 370", "COVID-19") are not quantities; dates.py
  handles dates and times.

``unit`` is the counted noun (lowercased, plural "-s" dropped: "officers" -> "officer";
"children", "people", "police" stay) or "percent" / "dollar" / "euro" / "pound"; it is ""
when none follows. quantity_compare.py relates two quantities (``relation``, ``comparable``) and
writes the difference (``note``).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Optional

from reader.engine import rate_points
from reader.engine.dates import MONTH_NAME
from reader.engine.rate_points import POINT

__all__ = ["Quantity", "find_quantities", "format_number", "ROUNDED_SCALES", "MONEY", "POINT"]


@dataclass(frozen=True)
class Quantity:
    """One quantity: ``text == sentence[start:end]`` (hedge + number + counted noun)."""

    start: int
    end: int
    text: str
    low: float
    high: float
    exact: bool                  # no hedge, a precise figure: "11", "two", "1,200"
    unit: str                    # counted noun or "percent"/"dollar"; "" when none
    value: float = math.nan      # the number as stated (nan for "dozens", "several", ranges)
    hedge: str = ""              # canonical hedge: about | nearly | at least | more than |
    #                              up to | fewer than; "" when none
    form: str = ""               # how quantity_compare.describe prints it: "12", "1.2 million",
    #                              "dozens", "10–15", "12%", "$5 billion"


# --- word tables --------------------------------------------------------------------------

_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_SCALES = {"hundred": 100, "dozen": 12, "thousand": 1e3, "million": 1e6, "billion": 1e9,
           "trillion": 1e12}
_ABBREVIATED_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12}
ROUNDED_SCALES = {"million", "billion", "trillion"}     # "5 million" is never a head count
_CURRENCIES = {"$": "dollar", "US$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₹": "rupee",
               "USD": "dollar", "EUR": "euro", "GBP": "pound", "JPY": "yen", "INR": "rupee",
               "CNY": "yuan", "RMB": "yuan"}
# other dollars (and the real, the rand...) are other currencies: "A$1.6 billion ($1.05 billion)"
# counts one sum twice, and only A$ compares with A$
for _sign, _code, _name in (("A$", "AUD", "Australian dollar"), ("AU$", "AUD", "Australian dollar"),
                            ("C$", "CAD", "Canadian dollar"), ("CA$", "CAD", "Canadian dollar"),
                            ("NZ$", "NZD", "New Zealand dollar"), ("HK$", "HKD", "Hong Kong dollar"),
                            ("S$", "SGD", "Singapore dollar"), ("R$", "BRL", "real"),
                            ("", "ZAR", "rand"), ("", "CHF", "Swiss franc"), ("", "KES", "Kenyan shilling"),
                            ("", "NGN", "naira"), ("", "MXN", "Mexican peso")):
    _CURRENCIES[_code] = _name.lower()
    if _sign:
        _CURRENCIES[_sign] = _name.lower()
MONEY = frozenset(_CURRENCIES.values())             # the units of sums of money
_SIGN_ALT = "|".join(re.escape(c) for c in sorted(_CURRENCIES, key=len, reverse=True) if not c.isalpha())
_CODE_ALT = "|".join(c for c in sorted(_CURRENCIES) if c.isalpha())

# hedge as written -> canonical hedge; longest phrases are tried first
_HEDGES = {
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "approx.": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "circa": "about", "more or less": "about", "an approximate": "about",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "just shy of": "nearly",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "not less than": "at least", "a minimum of": "at least",
    "more than": "more than", "over": "more than", "upwards of": "more than",
    "in excess of": "more than", "above": "more than", "exceeding": "more than",
    "just over": "more than", "well over": "more than", "greater than": "more than",
    "up to": "up to", "as many as": "up to", "at most": "up to", "no more than": "up to",
    "not more than": "up to", "a maximum of": "up to",
    "fewer than": "fewer than", "less than": "fewer than", "under": "fewer than",
    "below": "fewer than",
}

# vague amounts: (low, high) and the canonical form quantity_compare.describe prints
_VAGUE = {
    "a couple": (2, 2, "a couple"), "a couple of": (2, 2, "a couple"),
    "a few": (2, 5, "a few"), "several": (3, 9, "several"),
    "a handful": (2, 6, "a handful"), "a handful of": (2, 6, "a handful"),
    "dozens": (24, 100, "dozens"), "scores": (40, 100, "scores"),
    "hundreds": (200, 999, "hundreds"), "thousands": (2e3, 9999, "thousands"),
    "tens of thousands": (2e4, 99999, "tens of thousands"),
    "hundreds of thousands": (2e5, 999999, "hundreds of thousands"),
    "millions": (2e6, 9.99e6, "millions"), "billions": (2e9, 9.99e9, "billions"),
    "numerous": (4, 99, "numerous"),
}

# words that end the counted-noun look-ahead
_STOP = frozenset("""
a an the of and or nor but in on at to for from by with as than that which who whom whose
this these those is are was were be been being has have had will would could should may might
must can cannot did do does said says say told it its they them their he him she her his we
our you your i me my us not no into onto over under after before during since per each while
when where if so also ago about around against between among across through up down off then
there here out both all any every some such what how why yet still just only even again
percent dead died die dies remain remains remained missing left fled came come got get took
gave made make went live lived were
""".split())
# adjectives between number and noun, skipped when choosing the unit
_MODIFIERS = frozenset("""
other more additional further innocent young unarmed armed suspected alleged new separate
different small large major key senior top former local foreign unidentified unnamed
""".split())
_UNCHANGED_PLURALS = frozenset("""
children people police personnel staff news series species media data
""".split())
_IRREGULAR_PLURALS = {"men": "man", "women": "woman", "policemen": "policeman",
                      "gunmen": "gunman", "feet": "foot", "teeth": "tooth", "mice": "mouse"}


# --- patterns -----------------------------------------------------------------------------

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# digits, with an optional currency, range end, scale word and percent sign. The look-behind
# keeps "COVID-19", "G7", "3:35" (minutes), ".5" and "1/3" out; the look-ahead keeps "2nd",
# "3:35" (hours), "5mm" and "1990s" out.
_DIGITS_RE = re.compile(rf"""
    (?:(?<![\w.,:/#\-–$])(?P<cur>{_SIGN_ALT})\s?|(?<![\w$])(?P<code>{_CODE_ALT})\s?(?=\d)|(?<![\w.,:/#\-–$]))
    (?P<num>{_NUM})
    (?:[-–](?P<num2>{_NUM})(?![\w:]))?
    (?:\s?(?P<abbr>mn|bn|tn)\b
       |(?P<abbr2>[mk])\b                                 # "5m", never "5 m" (metres)
       |\s(?P<scale>hundred|thousand|million|billion|trillion)\b)?
    (?P<pct>\s?%|\s(?:percent|per\s+cent)\b)?
    (?![\w:/]|[.,]\d)
    """, re.VERBOSE)

_BETWEEN_RE = re.compile(rf"\bbetween\s+(?P<num>{_NUM})\s+and\s+(?P<num2>{_NUM})\b(?![.,]\d)",
                         re.IGNORECASE)

_WORD_ALT = "|".join(sorted(list(_SMALL) + list(_TENS), key=len, reverse=True))
_SCALE_ALT = "|".join(_SCALES)
# "two hundred and five", "twenty-one", "a dozen", "three million"
_WORDS_RE = re.compile(rf"""
    \b(?=[aefnostz])        # first letters of the words below: halves the scanning time
    (?:a(?=\s+(?:{_SCALE_ALT})\b)|{_WORD_ALT})
    (?:(?:\s+|-)(?:{_WORD_ALT}|{_SCALE_ALT})
       |(?<=hundred)\s+and\s+(?:{_WORD_ALT})
       |(?<=thousand)\s+and\s+(?:{_WORD_ALT}))*
    \b
    """, re.VERBOSE | re.IGNORECASE)
_WORD_TOKEN_RE = re.compile(r"[a-z]+", re.IGNORECASE)

_VAGUE_RE = re.compile(r"""
    \b(?=[abdhmnst])
    (?:(?P<several>several|a\s+few|a\s+couple(?:\s+of)?)
         \s+(?P<vscale>hundred|thousand|million|billion)
       |(?P<vague>tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|hundreds|thousands
          |millions|billions|scores(?=\s+of\b)|a\s+couple(?:\s+of)?|a\s+handful(?:\s+of)?
          |a\s+few|several|numerous))\b
    """, re.VERBOSE | re.IGNORECASE)
# these need a counted noun after them ("several other civilians", not "several of them")
_NEEDS_NOUN = {"several", "a few", "a couple", "a handful", "numerous"}

# spans of years written as decades and centuries: "nearly a century", "two decades", "decades"
_PERIOD_RE = re.compile(r"""
    \b(?:(?P<count>a|one|two|three|four|five|half\s+a)\s+(?P<unit>century|centuries|decades?)
       |(?P<plural>decades|centuries))\b
    """, re.VERBOSE | re.IGNORECASE)
_PERIOD_YEARS = {"century": 100, "centuries": 100, "decade": 10, "decades": 10}
_PERIOD_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "half a": 0.5}

_FRACTION_RE = re.compile(r"""
    (?<![\w-])(?:(?P<num>one|two|three|a)[-\s](?P<part>thirds?|quarters?)(?=\s+of\b|-)
    |(?P<half>half)(?:\s+an?\s+(?P<hscale>dozen|hundred|thousand|million|billion))?(?![\w-])
    |(?P<one_in>one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?P<den>two|three|four|five|
       six|seven|eight|nine|ten|[1-9]\d{0,2})(?![\w,.]\d|\w))
    """, re.VERBOSE | re.IGNORECASE)
_FRACTION_NUM = {"a": 1, "one": 1, "two": 2, "three": 3}
_FRACTION_PART = {"third": 3, "quarter": 4}

_HEDGE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?P<hedge>" + "|".join(re.escape(h) for h in sorted(_HEDGES, key=len, reverse=True))
    + r")\s+\Z", re.IGNORECASE)
# "the one who", "no one", "any one": "one" here is a pronoun, not a count
_ONE_PRONOUN_BEFORE_RE = re.compile(
    r"\b(?:no|any|every|each|the|this|that|which|such)\s+\Z", re.IGNORECASE)
_ONE_PRONOUN_AFTER = frozenset({"of", "another", "who", "whom", "which", "that", "way"})
# "half" as in "the first half", "the other half": a part, not a count
_HALF_NOT_BEFORE_RE = re.compile(
    r"\b(?:first|second|other|latter|former|the|a|and)\s+\Z", re.IGNORECASE)

_MONTHS = MONTH_NAME
_MONTH_BEFORE_RE = re.compile(rf"\b{_MONTHS}\.?\s+\Z")
_MONTH_AFTER_RE = re.compile(rf"\s+(?:of\s+)?{_MONTHS}\b")
_CLOCK_AFTER_RE = re.compile(r"\s?(?:[ap]\.?m\b\.?|o'clock\b|hrs\b|GMT\b|UTC\b)", re.IGNORECASE)
_LABEL_BEFORE_RE = re.compile(
    r"\b(?:no|nos|number|article|section|resolution|flight|route|page|chapter|paragraph|room|"
    r"gate|platform|phase|grade|version|category|highway|channel|line|level|act|rule|clause|"
    r"amendment|episode|season|vol|volume|part|unit|block|sector|district|zone|area)\.?\s+\Z",
    re.IGNORECASE)
_YEAR_CONTEXT_BEFORE_RE = re.compile(
    r"\b(?:in|since|until|till|by|of|from|before|after|during|the|early|late|mid|around|"
    r"circa|year|than|to|and|or)\s+\Z", re.IGNORECASE)

_NOUN_WORD_RE = re.compile(r"\s+[\"“‘']?(?P<word>[^\W\d_][\w'’\-]*)")
_OF_RE = re.compile(r"\s+of\b(?:\s+the\b)?", re.IGNORECASE)
_HYPHEN_UNIT_RE = re.compile(r"-(?P<word>[^\W\d_]+)")

_SIZE_WORDS = frozenset({"strong", "plus", "odd"})   # after a hyphen, say the size of what follows
_LOOKBACK = 40                   # characters searched before a number for a hedge or label


# --- finding ------------------------------------------------------------------------------

def find_quantities(text: str) -> list[Quantity]:
    """All quantities in ``text``, in order, without overlaps (the longest match wins)."""
    found: list[Quantity] = []
    for finder in (_find_periods, _find_between, _find_digits, _find_points, _find_vague,
                   _find_fractions, _find_words):
        found.extend(q for q in finder(text) if q is not None)
    found.sort(key=lambda q: (q.start, -(q.end - q.start)))
    kept: list[Quantity] = []
    for q in found:
        if not kept or q.start >= kept[-1].end:
            kept.append(q)
    return kept


def _find_digits(text: str):
    for m in _DIGITS_RE.finditer(text):
        yield _from_digits(text, m)


def _from_digits(text: str, m: re.Match) -> Optional[Quantity]:
    """A digit match -> Quantity, or None for years, dates, times, labels and score lines."""
    start, end = m.start(), m.end()
    if _not_a_count(text, start, end):
        return None
    num = _to_float(m.group("num"))
    cur = m.group("cur") or m.group("code")
    pct = bool(m.group("pct"))
    scale_word = m.group("scale") or m.group("abbr") or m.group("abbr2") or ""
    scale = _SCALES.get(scale_word.lower()) or _ABBREVIATED_SCALES.get(scale_word.lower(), 1)
    fixed_unit = "percent" if pct else _CURRENCIES.get(cur or "", "")
    if m.group("num2"):
        num2 = _to_float(m.group("num2"))
        if num2 <= num:                                   # "3-2" score, "2023-24" season
            return None
        form = f"{format_number(num)}–{format_number(num2)}"
        return _build(text, start, end, num * scale, num2 * scale, math.nan,
                      _decorate(form, cur, pct, scale_word), False, fixed_unit)
    if _is_year(text, m, num, bool(cur or pct or scale_word)):
        return None
    value = num * scale
    low = high = value
    if scale_word.lower() in ROUNDED_SCALES or scale_word.lower() in ("m", "mn", "bn", "tn"):
        half_step = 0.5 * 10 ** -_decimals(m.group("num")) * scale
        low, high = value - half_step, value + half_step
        form = f"{format_number(num)} {_scale_name(scale_word)}"
    elif scale_word:
        form = format_number(value)
    else:
        form = format_number(num)
    found = _build(text, start, end, low, high, value, _decorate(form, cur, pct, ""), low == high, fixed_unit)
    return rate_points.in_points(text, found)


def _not_a_count(text: str, start: int, end: int) -> bool:
    """Day of a month, clock time or numbered label rather than an amount."""
    window = max(0, start - _LOOKBACK)
    return bool(_MONTH_BEFORE_RE.search(text, window, start)
                or _MONTH_AFTER_RE.match(text, end)
                or _CLOCK_AFTER_RE.match(text, end)
                or _LABEL_BEFORE_RE.search(text, window, start))


def _is_year(text: str, m: re.Match, num: float, decorated: bool) -> bool:
    """A bare 1900-2100 is a year unless hedged or followed by a counted noun in a
    non-year context ("2000 people" counts, "in 2012" and "the 2024 election" do not)."""
    raw = m.group("num")
    if decorated or not (len(raw) == 4 and raw.isdigit() and 1900 <= num <= 2100):
        return False
    window = max(0, m.start() - _LOOKBACK)
    if _HEDGE_BEFORE_RE.search(text, window, m.start()):
        return False
    if _YEAR_CONTEXT_BEFORE_RE.search(text, window, m.start()):
        return True
    unit, _ = _counted_noun(text, m.end(), allow_of=False)
    return not unit


def _find_between(text: str):
    """"between 10 and 15" is one range, not two numbers."""
    for m in _BETWEEN_RE.finditer(text):
        low, high = _to_float(m.group("num")), _to_float(m.group("num2"))
        if high > low:
            yield _build(text, m.start(), m.end(), low, high, math.nan,
                         f"{format_number(low)}–{format_number(high)}", False, "", hedgeable=False)


def _find_words(text: str):
    for m in _WORDS_RE.finditer(text):
        yield _from_words(text, m)


def _from_words(text: str, m: re.Match) -> Optional[Quantity]:
    """Spelled-out numbers; a lone "one" only counts before a noun ("one person")."""
    parsed = _parse_words(m)
    if parsed is None:
        return None
    value, end, last = parsed
    start = m.start()
    if text[start:end].lower() == "one" and not _is_counting_one(text, start, end):
        return None
    low = high = value
    exact, form = True, format_number(value)
    if last in ROUNDED_SCALES:                           # "two million" reads as "2 million"
        scale = _SCALES[last]
        low, high, exact = value - scale / 2, value + scale / 2, False
        form = f"{format_number(value / scale)} {last}"
    elif last == "dozen" and text[start:start + 1].lower() == "a":
        exact = False                                     # "a dozen" is a round figure
    return _build(text, start, end, low, high, value, form, exact, "")


def _parse_words(m: re.Match) -> Optional[tuple[float, int, str]]:
    """(value, end offset, last word) of the longest well-formed prefix of a word number.

    Stops where the sequence stops being one number: "one two" yields 1, "twenty one" 21.
    """
    total = current = 0.0
    previous = ""
    end, last = m.start(), ""
    for token in _WORD_TOKEN_RE.finditer(m.group(0)):
        word = token.group(0).lower()
        if word == "and":
            continue
        if word == "a":
            current = 1
        elif word in _SMALL:
            if previous in _SMALL or (previous in _TENS and _SMALL[word] >= 10) or \
                    (previous in _TENS and word == "zero"):
                break
            current += _SMALL[word]
        elif word in _TENS:
            if previous in _SMALL or previous in _TENS:
                break
            current += _TENS[word]
        elif word in ("hundred", "dozen"):
            current = (current or 1) * _SCALES[word]
        else:                                             # thousand, million, ...
            total += (current or 1) * _SCALES[word]
            current = 0
        previous = word
        end, last = m.start() + token.end(), word
    if not last or last == "a":
        return None
    return total + current, end, last


def _is_counting_one(text: str, start: int, end: int) -> bool:
    """"one person" counts; "one of the", "no one", "the one who", "one another" do not."""
    if _ONE_PRONOUN_BEFORE_RE.search(text, max(0, start - _LOOKBACK), start):
        return False
    if text[end:end + 1] == "-":                          # "one-sided", "one-time"
        return False
    after = _NOUN_WORD_RE.match(text, end)
    if after is None or after.group("word").lower() in _ONE_PRONOUN_AFTER:
        return False
    unit, _ = _counted_noun(text, end, allow_of=False)
    return bool(unit)


def _find_periods(text: str):
    """"a century" is 100 years, "two decades" 20; "decades" is 20 to 99 years."""
    for m in _PERIOD_RE.finditer(text):
        if m.group("plural"):
            low, high = (20, 99) if m.group("plural").lower() == "decades" else (200, 999)
            yield _build(text, m.start(), m.end(), low, high, math.nan, m.group("plural").lower(),
                         False, "year")
        else:
            count = _PERIOD_COUNT[" ".join(m.group("count").lower().split())]
            years = count * _PERIOD_YEARS[m.group("unit").lower()]
            yield _build(text, m.start(), m.end(), years, years, years,
                         f"{format_number(years)} years", False, "year")


def _find_points(text: str):
    """Percentage points written in words ("half a percentage point"); see rate_points."""
    for start, end, value in rate_points.in_words(text):
        yield _build(text, start, end, value, value, value, rate_points.form(value), True, POINT)


def _find_vague(text: str):
    for m in _VAGUE_RE.finditer(text):
        yield _from_vague(text, m)


def _from_vague(text: str, m: re.Match) -> Optional[Quantity]:
    """"dozens", "several hundred", "several other civilians" -> interval, never exact."""
    if m.group("several"):
        key = " ".join(m.group("several").lower().split())
        low, high, form = _VAGUE[key]
        scale_word = m.group("vscale").lower()
        scale = _SCALES[scale_word]
        return _build(text, m.start(), m.end(), low * scale, high * scale, math.nan,
                      f"{form} {scale_word}", False, "", allow_of=True)
    key = " ".join(m.group("vague").lower().split())
    low, high, form = _VAGUE[key]
    if key.removesuffix(" of") in _NEEDS_NOUN:
        unit, _ = _counted_noun(text, m.end(), allow_of=key.endswith(" of"))
        if not unit:
            return None
    value = float(low) if low == high else math.nan
    return _build(text, m.start(), m.end(), low, high, value, form, False, "", allow_of=True)


def _find_fractions(text: str):
    for m in _FRACTION_RE.finditer(text):
        yield _from_fraction(text, m)


def _from_fraction(text: str, m: re.Match) -> Optional[Quantity]:
    """"half", "two-thirds of", "a quarter of" -> a share between 0 and 1."""
    if m.group("hscale"):                   # "half a million": a count, not a share
        value = 0.5 * _SCALES[m.group("hscale").lower()]
        return _build(text, m.start(), m.end(), value, value, value, m.group(0).lower(), False, "")
    if m.group("half"):
        if _HALF_NOT_BEFORE_RE.search(text, max(0, m.start() - _LOOKBACK), m.start()):
            return None
        return _build(text, m.start(), m.end(), 0.5, 0.5, 0.5, "half", True, "",
                      allow_of=True)
    if m.group("one_in"):                   # "one in five adults", "seven in 10 voters": a share
        den = m.group("den").lower()
        value = _SMALL[m.group("one_in").lower()] / (int(den) if den.isdigit() else _SMALL[den])
        if not 0 < value < 1:
            return None
        return _build(text, m.start(), m.end(), value, value, value, " ".join(m.group(0).lower().split()),
                      True, "")
    part = m.group("part").lower().rstrip("s")
    value = _FRACTION_NUM[m.group("num").lower()] / _FRACTION_PART[part]
    form = m.group(0).lower().replace(" ", "-") if m.group("num").lower() != "a" \
        else m.group(0).lower()
    return _build(text, m.start(), m.end(), value, value, value, form, True, "",
                  allow_of=True)


# --- hedges and counted nouns -------------------------------------------------------------

def _build(text: str, start: int, end: int, low: float, high: float, value: float,
           form: str, exact: bool, unit: str, allow_of: bool = False,
           hedgeable: bool = True) -> Quantity:
    """Attach the hedge before the number and the counted noun after it, then widen the
    interval as the hedge says."""
    hedge = ""
    if hedgeable:
        found = _HEDGE_BEFORE_RE.search(text, max(0, start - _LOOKBACK), start)
        if found:
            hedge = _HEDGES[" ".join(found.group("hedge").lower().split())]
            start = found.start()
    if not unit:
        unit, noun_end = _counted_noun(text, end, allow_of)
        if not hedge and text[end:end + 5].lower() in ("-plus", "-odd "):
            hedge = "more than"                                  # "3,000-plus workers"
        end = noun_end if unit else end
    low, high = _apply_hedge(hedge, low, high)
    return Quantity(start=start, end=end, text=text[start:end], low=low, high=high,
                    exact=exact and not hedge, unit=unit, value=value, hedge=hedge, form=form)


def _apply_hedge(hedge: str, low: float, high: float) -> tuple[float, float]:
    """Widen [low, high] by the hedge's meaning (see the module docstring)."""
    if hedge == "about":
        return low - max(0.15 * low, 1.0 if low >= 1 else 0.0), \
            high + max(0.15 * high, 1.0 if high >= 1 else 0.0)
    if hedge == "nearly":
        return 0.85 * low, high
    if hedge in ("at least", "more than"):
        return low, math.inf
    if hedge in ("up to", "fewer than"):
        return 0.0, high
    return low, high


def _counted_noun(text: str, pos: int, allow_of: bool) -> tuple[str, int]:
    """(unit, end offset) of the noun counted by the number ending at ``pos``; ("", pos)
    when none follows. Looks at up to three words, skipping adjectives such as "other" or
    "Iranian" (capitalised words are skipped unless every word is capitalised, as in a
    headline), and stops at function words and punctuation."""
    hyphen = _HYPHEN_UNIT_RE.match(text, pos)            # "900-kilometer-long"
    if hyphen and hyphen.group("word").lower() in _SIZE_WORDS:
        unit, end = _counted_noun(text, hyphen.end(), allow_of)     # "a 5,000-strong crowd"
        return (unit, end) if unit else ("", pos)
    if hyphen:
        return _singular(hyphen.group("word").lower()), hyphen.end()
    if allow_of:
        of = _OF_RE.match(text, pos)
        if of:
            pos = of.end()
    words = []
    for _ in range(3):
        m = _NOUN_WORD_RE.match(text, pos)
        if m is None or m.group("word").lower() in _STOP:
            break
        words.append((m.group("word"), m.end()))
        pos = m.end()
    if not words:
        return "", pos
    title_case = all(w[:1].isupper() for w, _ in words)
    kept = [(word, end) for word, end in words
            if not (word.lower() in _MODIFIERS or word.lower().endswith("ed")
                    or (word[:1].isupper() and not title_case))]
    if not kept:
        return "", pos
    (word, end), rest = kept[0], kept[1:2]
    if rest and rest[0][0].islower() and not _looks_plural(word.lower()) and _looks_plural(rest[0][0]):
        word, end = rest[0]                  # "2 million online customers", "cargo ships"
    return _singular(word.lower()), end


def _looks_plural(word: str) -> bool:
    return word in _UNCHANGED_PLURALS or word in _IRREGULAR_PLURALS or \
        (word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3)


def _singular(word: str) -> str:
    """Light singularisation so "officers" and "officer" match; irregulars left mostly alone."""
    word = word.rstrip("'’")
    if word in _UNCHANGED_PLURALS:
        return word
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


# --- formatting ---------------------------------------------------------------------------

def _to_float(raw: str) -> float:
    return float(raw.replace(",", ""))


def _decimals(raw: str) -> int:
    return len(raw.split(".", 1)[1]) if "." in raw else 0


def format_number(x: float) -> str:
    """1200 -> "1,200", 3.50 -> "3.5", 12.0 -> "12"."""
    if x == int(x):
        return f"{int(x):,}"
    return f"{x:,.3f}".rstrip("0").rstrip(".")


def _scale_name(word: str) -> str:
    word = word.lower()
    return {"m": "million", "mn": "million", "bn": "billion", "tn": "trillion",
            "k": "thousand"}.get(word, word)


def _decorate(form: str, currency: Optional[str], percent: bool, scale_word: str) -> str:
    """Put the currency sign, scale word and percent sign back around a number."""
    if scale_word and "–" in form:
        form = f"{form} {_scale_name(scale_word)}"
    if currency:
        sign = "$" if currency in ("US$", "USD") else currency
        form = f"{sign} {form}" if sign.isalpha() else f"{sign}{form}"
    return f"{form}%" if percent else form
