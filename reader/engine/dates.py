"""Dates and times in a sentence, normalised so two reports of one event can be compared.

Outlets date the same event differently: "on Tuesday night", "late hours of Tuesday",
"overnight", "January 16". Each mention gets a ``value``:

==========================  =============================================================
``2024-01-17``              year, month and day known
``2024-01``                 year and month ("January 2024", "last month" once resolved)
``2012``                    year only ("in 2012", "last year" once resolved)
``01-17``                   month and day, year unknown ("Jan. 17")
``month:12``                month only ("in December")
``weekday:tuesday``         a weekday ("on Tuesday", "Tuesday night", "late hours of Tuesday")
``relative:yesterday``      relative terms: yesterday, today (also tonight, this morning),
                            tomorrow, last night, overnight, N days ago, last/this/next
                            week|month|year, last/next <weekday>, last/this/next <month>
``15:35``                   a clock time (24-hour)
==========================  =============================================================

With a ``reference`` (the article's own date) weekdays and relative terms are resolved where
that is unambiguous. News reports the past, so a bare weekday is the latest such day on or
before the reference ("Tuesday" in a Wednesday 2024-01-17 article is 2024-01-16), a bare
month or month-day the nearest one ("December" in January 2024 is 2023-12). "overnight" and
weeks stay relative: they do not name one day or month.

Only the standard library is used (no dateparser), and every pattern is compiled once.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional, Union

__all__ = [
    "DateMention", "day_first", "find_dates", "is_time", "months_in_full", "parse_reference", "same_date"
]


@dataclass(frozen=True)
class DateMention:
    """One date or time: ``text == sentence[start:end]``; ``value`` as in the module docstring."""

    start: int
    end: int
    text: str
    value: str


# --- word tables --------------------------------------------------------------------------

# The calendar's words, owned here for every engine module that reads them (name_forms,
# quantities, attribution): English month names with their abbreviations, and weekdays.
ENGLISH_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
_GERMAN_MONTHS = {"januar": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
                  "oktober": 10, "dezember": 12}
_MONTH_NUMBERS = {**ENGLISH_MONTHS, **_GERMAN_MONTHS}
FULL_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
CALENDAR_WORDS = frozenset(ENGLISH_MONTHS) | frozenset(WEEKDAYS)
# a month name as written, capitalised only (so "may" and "march" as verbs stay out)
MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|"
              r"November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|"
              r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# relative phrase as written (lowercased, spaces squeezed) -> canonical relative value
_RELATIVE_CANON = {
    "today": "today", "tonight": "today", "this morning": "today",
    "this afternoon": "today", "this evening": "today", "yesterday": "yesterday",
    "tomorrow": "tomorrow", "last night": "last night", "overnight": "overnight",
    "the day before yesterday": "2 days ago", "day before yesterday": "2 days ago",
    "earlier this week": "this week", "earlier this month": "this month",
    "earlier this year": "this year", "later this week": "this week",
    "later this month": "this month", "later this year": "this year",
}

# --- patterns -----------------------------------------------------------------------------

_MONTH = rf"(?P<month>{MONTH_NAME})\b\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>\d{4})\b"

_ISO_RE = re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])")
_NUMERIC_RE = re.compile(
    r"(?<![\d./])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\d/]|\.\d)")
_MDY_RE = re.compile(rf"\b{_MONTH}\s*{_DAY}(?!:)(?:,?\s+{_YEAR}(?![:.]\d))?")
_DMY_RE = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}(?![:.]\d))?")
_MY_RE = re.compile(rf"\b{_MONTH},?\s+{_YEAR}(?![:.]\d)")
_MONTH_ONLY_RE = re.compile(
    r"(?=[JFMASONDLlTtNnEeMm])"                      # cheap first-letter test
    r"(?:\b(?P<mod>(?i:last|this|next|early|late))\s+|\b(?i:mid)-?\s*)?"
    r"\b(?P<month>" + "|".join(FULL_MONTHS) + r")\b(?!\s*\d)")
_MONTH_PREP_BEFORE_RE = re.compile(
    r"\b(?:in|since|until|till|by|during|from|through|throughout|before|after|of|to)\s+\Z",
    re.IGNORECASE)
# the year is found first (digits are rare, so this is fast) and its preposition checked after
_YEAR_RE = re.compile(
    r"(?<![\w,.])(?P<year>(?:19|20)\d\d|2100)\b(?![-–]\d|,\d|\.\d|\s*(?:%|percent))")
_YEAR_PREP_BEFORE_RE = re.compile(
    r"(?:\b(?:in|since|until|till|by|during|from|through|before|after|early|late|mid|"
    r"the\s+year|formed|founded|established)\s+|\bmid-)\Z", re.IGNORECASE)
_WEEKDAY_RE = re.compile(
    r"\b(?=[LlEeNnTtMWFS])"                           # cheap first-letter test
    r"(?:(?P<hours>(?i:late|early)\s+hours\s+of\s+)|(?P<mod>(?i:last|next|this|late|early))\s+)?"
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?:\s+(?P<part>night|morning|afternoon|evening)\b)?")
_RELATIVE_RE = re.compile(
    r"\b(?=[adelnotyfsw\d])"                         # cheap first-letter test
    r"(?:(?:the\s+)?day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|overnight"
    r"|last\s+night|this\s+(?:morning|afternoon|evening)"
    r"|(?:earlier|later)\s+this\s+(?:week|month|year)"
    r"|(?P<which>last|this|next)\s+(?P<period>week|month|year)"
    r"|(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+ago)\b",
    re.IGNORECASE)
_TIME_RE = re.compile(
    r"(?<![\w:.])(?P<h>\d{1,2})(?::(?P<min>\d{2}))?(?(min)(?![\d:])|)"
    r"(?:\s*(?P<ampm>[AaPp])\.?\s?[Mm]\b\.?)?")
_NOON_RE = re.compile(r"\b(?P<word>noon|midday|midnight)\b", re.IGNORECASE)

_LOOKBACK = 20


_ABBREVIATED_MONTH_RE = re.compile(
    r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?=\s*\d)", re.IGNORECASE
)


def months_in_full(text: str) -> str:
    """ "Jan. 6 select committee" -> "January 6 select committee": months abbreviated before a
    day written in full, so names that hold a date ("the Sept. 11 Commission") key alike."""
    return _ABBREVIATED_MONTH_RE.sub(lambda m: FULL_MONTHS[_MONTH_NUMBERS[m.group(1).lower()] - 1], text)


# --- finding ------------------------------------------------------------------------------

def find_dates(text: str, reference: Union[str, _dt.date, None] = None,
               day_first: Optional[bool] = None) -> list[DateMention]:
    """All dates and times in ``text``, in order, without overlaps (the longest match wins).

    ``reference`` is the article's date as written ("Jan 17, 2024") or a ``datetime.date``;
    with it, weekdays, months without a year and relative terms become calendar values.
    ``day_first`` says how the article writes slash dates (see ``day_first``): an undecidable
    "05/01/2024" is then read that way instead of keeping only its year.
    """
    ref = reference if isinstance(reference, _dt.date) else parse_reference(reference or "")
    found = sorted(_candidates(text, day_first), key=lambda c: (c[0], c[0] - c[1]))
    mentions: list[DateMention] = []
    for start, end, value in found:
        if mentions and start < mentions[-1].end:
            continue
        if ref is not None:
            value = _resolve(value, ref)
        mentions.append(DateMention(start, end, text[start:end], value))
    return mentions


def parse_reference(s: str) -> Optional[_dt.date]:
    """The first complete date (year, month and day) in an article's date line, or None.

    Handles "Jan 17, 2024", "As of: January 17, 2024 3:35 p.m", "2024-01-17T09:00:00",
    "17.01.2024" and "Wednesday, 17 January 2024".
    """
    return _parse_reference(s) if s else None


@lru_cache(maxsize=256)
def _parse_reference(s: str) -> Optional[_dt.date]:
    """Cached: find_dates is called once per sentence with the same few article dates."""
    for start, end, value in sorted(_candidates(s)):
        day = as_date(value)
        if day is not None:
            return day
    return None


def day_first(text: str) -> Optional[bool]:
    """How a whole article writes slash dates: True when one of them can only be day-first
    ("17/01/2024"), False when one can only be month-first ("01/17/2024"), None when none
    decides (or they contradict each other)."""
    seen = set()
    for m in _NUMERIC_RE.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if m.group("sep") == "/" and (a > 12) != (b > 12):
            seen.add(a > 12)
    return seen.pop() if len(seen) == 1 else None


_DIGIT_RE = re.compile(r"\d")


def _candidates(text: str, day_first: Optional[bool] = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, unresolved value) from every pattern; overlaps are settled by the caller."""
    if _DIGIT_RE.search(text) is None:    # most sentences: only the patterns of words can match
        for finder in (_find_month_only, _find_weekdays, _find_relative, _find_noon):
            yield from finder(text)
        return
    yield from _find_numeric(text, day_first)
    for finder in (_find_iso, _find_month_day, _find_month_year,
                   _find_month_only, _find_years, _find_weekdays, _find_relative, _find_times):
        yield from finder(text)


def _find_iso(text: str):
    for m in _ISO_RE.finditer(text):
        value = _ymd(int(m.group("year")), int(m.group("m")), int(m.group("d")))
        if value:
            yield m.start(), m.end(), value


def _find_numeric(text: str, day_first: Optional[bool] = None):
    """17.01.2024 is day-first; with slashes the order is decided by a part above 12, or by how
    the article writes its other slash dates (day_first), and an undecidable 01/02/2024 keeps
    only its year."""
    for m in _NUMERIC_RE.finditer(text):
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
        if m.group("sep") == "." or a > 12 or (day_first and b <= 12):
            value = _ymd(year, b, a)
        elif b > 12 or day_first is False:
            value = _ymd(year, a, b)
        else:
            value = f"{year:04d}" if _plausible_year(year) else ""
        if value:
            yield m.start(), m.end(), value


def _find_month_day(text: str):
    """"Jan. 17", "January 17, 2024", "17 January 2024", "17th of January"."""
    for pattern in (_MDY_RE, _DMY_RE):
        for m in pattern.finditer(text):
            month = _MONTH_NUMBERS[m.group("month").lower()]
            day = int(m.group("day"))
            if m.group("year") and _plausible_year(int(m.group("year"))):
                value, end = _ymd(int(m.group("year")), month, day), m.end()
            else:
                value, end = _md(month, day), _end_without_year(text, m)
            if value:
                yield m.start(), end, value


def _find_month_year(text: str):
    for m in _MY_RE.finditer(text):
        year = int(m.group("year"))
        if _plausible_year(year):
            yield m.start(), m.end(), f"{year:04d}-{_MONTH_NUMBERS[m.group('month').lower()]:02d}"


def _find_month_only(text: str):
    """"In December", "last December", "mid-March": a month name after a preposition or a
    modifier (so "May" the name and "March" the verb are left alone)."""
    for m in _MONTH_ONLY_RE.finditer(text):
        month = _MONTH_NUMBERS[m.group("month").lower()]
        mod = (m.group("mod") or "").lower()
        if m.start() == m.start("month") and not \
                _MONTH_PREP_BEFORE_RE.search(text, max(0, m.start() - _LOOKBACK), m.start()):
            continue
        if mod in ("last", "next", "this"):
            yield m.start(), m.end(), f"relative:{mod} {FULL_MONTHS[month - 1].lower()}"
        else:
            yield m.start(), m.end(), f"month:{month:02d}"


def _find_years(text: str):
    """"in 2012", "Formed in 2012", "since 1979": the year only, not its preposition."""
    for m in _YEAR_RE.finditer(text):
        if _YEAR_PREP_BEFORE_RE.search(text, max(0, m.start() - _LOOKBACK), m.start()):
            yield m.start(), m.end(), m.group("year")


def _find_weekdays(text: str):
    """"Wednesday", "on Tuesday night", "late hours of Tuesday", "last Friday"."""
    for m in _WEEKDAY_RE.finditer(text):
        weekday = m.group("weekday").lower()
        mod = (m.group("mod") or "").lower()
        value = f"relative:{mod} {weekday}" if mod in ("last", "next") else f"weekday:{weekday}"
        yield m.start(), m.end(), value


def _find_relative(text: str):
    for m in _RELATIVE_RE.finditer(text):
        phrase = " ".join(m.group(0).lower().split())
        if m.group("n"):
            raw = m.group("n").lower()
            days = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
            value = f"{days} days ago" if days != 1 else "yesterday"
        elif m.group("which"):
            value = f"{m.group('which').lower()} {m.group('period').lower()}"
        else:
            value = _RELATIVE_CANON.get(phrase, phrase)
        yield m.start(), m.end(), f"relative:{value}"


def _find_times(text: str):
    """"3:35 p.m", "15:35", "3 pm", "noon" -> "15:35"; a bare number is not a time."""
    for m in _TIME_RE.finditer(text):
        if m.group("min") is None and m.group("ampm") is None:
            continue
        hour, minute = int(m.group("h")), int(m.group("min") or 0)
        ampm = (m.group("ampm") or "").lower()
        if ampm:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if ampm == "p" else 0)
        if hour > 23 or minute > 59:
            continue
        yield m.start(), m.end(), f"{hour:02d}:{minute:02d}"
    yield from _find_noon(text)


def _find_noon(text: str):
    for m in _NOON_RE.finditer(text):
        yield m.start(), m.end(), "00:00" if m.group("word").lower() == "midnight" else "12:00"


# --- resolving ----------------------------------------------------------------------------

def _resolve(value: str, ref: _dt.date) -> str:
    """Turn a month-day, month, weekday or relative value into a calendar value, or leave it."""
    if value.startswith("weekday:"):
        back = (ref.weekday() - WEEKDAYS.index(value[8:])) % 7
        return (ref - _dt.timedelta(days=back)).isoformat()
    if value.startswith("month:"):
        return _nearest_month(int(value[6:]), ref)
    if value.startswith("relative:"):
        return _resolve_relative(value[9:], ref) or value
    if len(value) == 5 and value[2] == "-":                       # "01-17"
        return _nearest_month_day(int(value[:2]), int(value[3:]), ref) or value
    return value


def _resolve_relative(phrase: str, ref: _dt.date) -> str:
    """"" when the phrase does not name one day, month or year (weeks, "overnight")."""
    day_offsets = {"today": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}
    if phrase in day_offsets:
        return (ref + _dt.timedelta(days=day_offsets[phrase])).isoformat()
    if phrase.endswith(" days ago"):
        return (ref - _dt.timedelta(days=int(phrase.split()[0]))).isoformat()
    which, _, what = phrase.partition(" ")
    step = {"last": -1, "this": 0, "next": 1}.get(which)
    if step is None:
        return ""
    if what == "month":
        year, month = divmod(ref.year * 12 + ref.month - 1 + step, 12)
        return f"{year:04d}-{month + 1:02d}"
    if what == "year":
        return f"{ref.year + step:04d}"
    if what in WEEKDAYS:
        if step == 0:
            return _resolve(f"weekday:{what}", ref)
        gap = (ref.weekday() - WEEKDAYS.index(what)) % 7 if step < 0 else \
            (WEEKDAYS.index(what) - ref.weekday()) % 7
        return (ref + _dt.timedelta(days=step * (gap or 7))).isoformat()
    month = _MONTH_NUMBERS.get(what)
    if month:
        if step == 0:
            return f"{ref.year:04d}-{month:02d}"
        year = ref.year - (month >= ref.month) if step < 0 else ref.year + (month <= ref.month)
        return f"{year:04d}-{month:02d}"
    return ""


def _nearest_month(month: int, ref: _dt.date) -> str:
    """The (year, month) closest to the reference; a tie goes to the past."""
    here = ref.year * 12 + ref.month - 1
    options = [(y * 12 + month - 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
    best = min(options, key=lambda o: (abs(o - here), o > here))
    return f"{best // 12:04d}-{best % 12 + 1:02d}"


def _nearest_month_day(month: int, day: int, ref: _dt.date) -> str:
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(_dt.date(year, month, day))
        except ValueError:                                        # Feb 29 in other years
            continue
    if not options:
        return ""
    return min(options, key=lambda d: (abs((d - ref).days), d > ref)).isoformat()


# --- comparing ----------------------------------------------------------------------------

def same_date(a: Union[DateMention, str], b: Union[DateMention, str]) -> Optional[bool]:
    """True when two mentions name the same day (or month, or year: whatever both state),
    False when they differ, None when they cannot be compared (a relative term left
    unresolved, a time against a date, a weekday against a day of unknown year)."""
    return _same_value(a.value if isinstance(a, DateMention) else a,
                       b.value if isinstance(b, DateMention) else b)


@lru_cache(maxsize=65536)
def _same_value(va: str, vb: str) -> Optional[bool]:
    if va.startswith("relative:") or vb.startswith("relative:"):
        return None
    if is_time(va) or is_time(vb):
        return va == vb if is_time(va) and is_time(vb) else None
    if va.startswith("weekday:") or vb.startswith("weekday:"):
        return _same_weekday(va, vb)
    fa, fb = _fields(va), _fields(vb)
    if fa is None or fb is None:
        return None
    common = [k for k in ("year", "month", "day") if fa[k] is not None and fb[k] is not None]
    if not common:
        return None
    return all(fa[k] == fb[k] for k in common)


def _same_weekday(va: str, vb: str) -> Optional[bool]:
    names = []
    for v in (va, vb):
        if v.startswith("weekday:"):
            names.append(v[8:])
        else:
            day = as_date(v)
            if day is None:
                return None
            names.append(WEEKDAYS[day.weekday()])
    return names[0] == names[1]


def _fields(value: str) -> Optional[dict]:
    """{"year", "month", "day"} of a calendar value, None for the parts it does not state."""
    year = month = day = None
    if value.startswith("month:"):
        month = int(value[6:])
    elif re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", value):
        parts = [int(p) for p in value.split("-")]
        year = parts[0]
        month = parts[1] if len(parts) > 1 else None
        day = parts[2] if len(parts) > 2 else None
    elif len(value) == 5 and value[2] == "-" and value.replace("-", "").isdigit():
        month, day = int(value[:2]), int(value[3:])
    else:
        return None
    return {"year": year, "month": month, "day": day}


def is_time(value: str) -> bool:
    """Whether a mention's value is a clock time (\"15:35\")."""
    return len(value) == 5 and value[2] == ":"


def as_date(value: str) -> Optional[_dt.date]:
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


# --- small helpers ------------------------------------------------------------------------

def _plausible_year(year: int) -> bool:
    return 1000 <= year <= 2999


def _ymd(year: int, month: int, day: int) -> str:
    """"2024-01-17", or "" for an impossible date (which then is no date at all)."""
    try:
        return _dt.date(year, month, day).isoformat() if _plausible_year(year) else ""
    except ValueError:
        return ""


def _md(month: int, day: int) -> str:
    """"01-17"; "" when no year has that day in that month."""
    try:
        _dt.date(2000, month, day)                                # 2000 is a leap year
    except ValueError:
        return ""
    return f"{month:02d}-{day:02d}"


def _end_without_year(text: str, m: re.Match) -> int:
    """End of a month-day match when its year is absent or implausible. A period after a
    full month name ("on 17 January.") ends the sentence and is left out; after "Jan." it
    belongs to the date."""
    end = m.start("year") if m.group("year") else m.end()
    while end > m.start() and text[end - 1] in ", \t\n":
        end -= 1
    if text[end - 1] == "." and end == m.end("month") + 1 and len(m.group("month")) > 4:
        end -= 1
    return end
