"""Moves of a rate in percentage points, and in basis points (hundredths of one: "50 basis
points" is half a point), read as one unit so "by 50 basis points" and "by a full percentage
point" compare as 0.5 and 1 (quantities.find_quantities reads them; a point is a measure in
quantity_compare). Kept apart from the rest of number reading: it is one unit's conventions.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache

POINT = "percentage point"

_BASIS_POINTS_RE = re.compile(r"\b(?:basis\s+points?|bps?)\Z", re.IGNORECASE)
_PERCENTAGE_POINTS_RE = re.compile(r"\bpercentage(?:[-\s]points?)?\Z", re.IGNORECASE)
_POINT_AFTER_RE = re.compile(r"[-\s]points?\b", re.IGNORECASE)
# "a full percentage point", "half a percentage point", "three-quarters of a percentage point";
# other counts in words ("five", "twenty-one") are read with quantities' number words
_WORDS = r"""
    \b(?P<count>half\s+a|a\s+quarter\s+of\s+a|three[-\s]quarters\s+of\s+a|a|%s)
    \s+(?:full\s+)?percentage[-\s]points?\b
    """
_COUNTS = {"a": 1, "half a": 0.5, "a quarter of a": 0.25, "three quarters of a": 0.75}


@lru_cache(maxsize=1)
def _words_re() -> re.Pattern:
    """The pattern of amounts in words, made on first use (quantities imports this module)."""
    from reader.engine import quantities
    number = r"(?:{0})(?:[-\s](?:{0}))?".format(quantities._WORD_ALT)
    return re.compile(_WORDS % number, re.VERBOSE | re.IGNORECASE)


def _count(words: str) -> float:
    key = " ".join(words.lower().replace("-", " ").split())
    if key in _COUNTS:
        return _COUNTS[key]
    from reader.engine import quantities
    return sum(quantities._SMALL.get(w, quantities._TENS.get(w, 0)) for w in key.split())


def in_points(text: str, q):
    """q (a quantities.Quantity read from digits, or None) in percentage points when its counted
    noun says basis points or percentage points; q itself otherwise."""
    if q is None or not q.unit or math.isnan(q.value):
        return q
    if _BASIS_POINTS_RE.search(q.text):
        return replace(q, low=q.low / 100, high=q.high / 100, value=q.value / 100, unit=POINT,
                       form=f"{q.form} basis points")
    if _PERCENTAGE_POINTS_RE.search(q.text):
        more = _POINT_AFTER_RE.match(text, q.end) if q.text.lower().endswith("percentage") else None
        end = more.end() if more else q.end
        return replace(q, end=end, text=text[q.start:end], unit=POINT, form=form(q.value))
    return q


def in_words(text: str):
    """(start, end, value in points) of each amount of percentage points written in words."""
    if "ercentage" not in text:
        return                         # most sentences: skip the scan
    for m in _words_re().finditer(text):
        yield m.start(), m.end(), _count(m.group("count"))


def form(value: float) -> str:
    """How a note prints an amount of points: "1 percentage point", "0.5 percentage points"."""
    return f"{value:g} percentage point" + ("" if value == 1 else "s")
