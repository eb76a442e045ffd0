"""Two forms of one organisation the actor stage found to be one, told apart by their words
alone: a short name ("Kestrel" for "Kestrel Food Group") or an abbreviated word ("Acme Corp" /
"Acme Corporation") is the same name; a plural with another change ("Kestrel Foods" / "Kestrel
Food Group") is not. name_differences._forms_differ asks first and decides the rest.
"""
from __future__ import annotations

import re
from typing import Optional

from reader.engine.text import fold


def forms_differ(x: str, y: str) -> Optional[bool]:
    """Whether two forms of one organisation name it differently, where their words alone tell:
    False when one is the other's opening words (its short name: "Kestrel" / "Kestrel Food
    Group"); True when, opening alike, a word of one is the other's in the singular and they
    differ in more ("Kestrel Foods" / "Kestrel Food Group": a registered name is written one
    way; "Revolutionary Guards" / "Revolutionary Guard" is one name). None otherwise."""
    wx, wy = ([fold(w) for w in _WORD_RE.findall(v)] for v in (x, y))
    if not wx or not wy or wx == wy:
        return None
    short, long_ = sorted((wx, wy), key=len)
    if long_[:len(short)] == short:
        return False
    if len(wx) == len(wy) and all(a == b or _abbreviates(a, b) or _abbreviates(b, a) for a, b in zip(wx, wy)):
        return False                                    # "Acme Corp" / "Acme Corporation"
    if wx[0] == wy[0] and any(a + "s" == b or b + "s" == a for a in wx for b in wy):
        singular = [[w[:-1] if w.endswith("s") else w for w in v] for v in (wx, wy)]
        return singular[0] != singular[1] or None      # "Guards" / "Guard" alone is one name
    return None


ABBREVIATION = 4            # letters of an abbreviated word at most ("Corp", "Intl")
FULL_WORD = 6               # letters of the word it abbreviates at least ("Calif." / "CA": two abbreviations)


def _abbreviates(short: str, word: str) -> bool:
    """Whether short is word abbreviated: its opening letter, then some of its letters in order,
    at least three letters shorter ("corp" / "corporation", "ltd" / "limited", "intl" /
    "international"; not "food" / "foods", nor "ca" / "calif", two abbreviations)."""
    if not (2 <= len(short) <= ABBREVIATION and len(word) >= max(len(short) + 3, FULL_WORD)
            and short[0] == word[0]):
        return False
    rest = iter(word[1:])
    return all(ch in rest for ch in short[1:])


_WORD_RE = re.compile(r"[^\W_]+(?:[-'’&][^\W_]+)*")
