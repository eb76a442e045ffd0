"""Header lines under a headline (date, byline, "Source: ...") and a closing source line."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple, Optional

from reader.labels import alnum_key, known_outlets, outlet_table
from reader.paths import word_list, word_sections


class Line(NamedTuple):
    """A non-blank line: its offsets in the text (surrounding whitespace excluded)."""

    start: int
    end: int
    text: str


def content_lines(text: str) -> list[Line]:
    lines = []
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = offset + len(raw) - len(raw.lstrip())
            lines.append(Line(start, start + len(stripped), stripped))
        offset += len(raw) + 1
    return lines


MD_EMPHASIS_RE = re.compile(r"(\*\*|__|\*|_)(?P<inner>.+)\1")


def squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def plain(text: str) -> str:
    """A line without Markdown decoration ("## ", "> ", "*...*"), for recognising it only."""
    text = re.sub(r"^(?:#{1,6}|>)\s*", "", text).strip()
    emphasis = MD_EMPHASIS_RE.fullmatch(text)
    return emphasis.group("inner").strip() if emphasis else text


_HEADER_LOOKAHEAD = 6         # non-blank lines after the headline that may still be header
_SHORT_LINE = 100             # header lines are shorter than this

_MONTH = (r"(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz|apr(?:il)?|may|mai"
          r"|jun[ei]?|jul[yi]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?"
          r"|de[cz](?:ember)?)\b\.?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DATE_RE = re.compile("|".join((
    rf"\b{_MONTH}\s*{_DAY},?\s+\d{{4}}\b",                  # Jan 17, 2024
    rf"\b{_DAY}\.?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}\b",     # 17 January 2024
    r"\b\d{4}-\d{2}-\d{2}\b",                               # 2024-01-17
    r"\b\d{1,2}[./]\d{1,2}[./]\d{4}\b",                     # 17.01.2024, 01/17/2024
)), re.IGNORECASE)
_TIME_RE = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?", re.IGNORECASE)
_WEEKDAY_RE = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?",
                         re.IGNORECASE)
_MAX_DATE_LINE_WORDS = 4      # "Last updated on ... EST": words besides the date and time

_SOURCE_RE = re.compile(
    r"\(?\s*(?:source|sources|quelle)(?:\s+site)?\s*(?:[:\-–—]\s*(?P<name>[^()]{1,80}?))?"
    r"\s*\)?\.?", re.IGNORECASE)
_COPYRIGHT_RE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*)?(?P<name>[^.]{2,60}?)\.?"
    r"(?:\s*all rights reserved\.?)?", re.IGNORECASE)
_BY_RE = re.compile(r"(?i:by|von|written by|reported by|words by)\s+(?P<rest>.+)")
_BYLINE_SEPARATOR_RE = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_NAME_LIST_SPLIT_RE = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*|\s+und\s+")
_NAME_PARTICLES = {"al", "el", "bin", "ibn", "van", "von", "de", "der", "den", "da", "di",
                   "du", "la", "le", "del", "dos", "ter"}
# capitalised words that show a short line is a heading or section label, not a person
_NOT_NAME_WORDS = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "and", "or", "as", "is",
    "are", "was", "over", "after", "from", "by", "says", "said", "news", "live", "update",
    "updates", "updated", "breaking", "world", "home", "politics", "business", "opinion",
    "analysis", "video", "videos", "photos", "editorial", "staff", "reporter", "correspondent",
    "press", "agency", "report", "exclusive", "latest", "sports", "source", "published",
    "more", "share", "read", "listen", "watch", "advertisement", "related", "topics",
}


@dataclass
class _Header:
    """What the header and trailer lines said; the first value of each kind wins."""

    date: str = ""
    byline: str = ""
    outlet: str = ""
    spans: list = field(default_factory=list)

    def add(self, line: Line, values: dict[str, str]) -> None:
        self.spans.append((line.start, line.end))
        for key, value in values.items():
            if value and not getattr(self, key):
                setattr(self, key, value)


def read_header(lines: list[Line], label: str = "") -> _Header:
    """Recognise date, byline and source lines under the headline, until the body starts.

    The body starts at the first long or sentence-like line; after that nothing counts as
    header, so a short subheading inside the body is never taken for a byline. label is the
    outlet the file's name suggests (see outlet_named).
    """
    found = _Header()
    for line in lines[:_HEADER_LOOKAHEAD]:
        values = header_values(plain(line.text), want_byline=not found.byline, label=label)
        if values:
            found.add(line, values)
        elif is_prose(line.text):
            break
    return found


def read_trailer(lines: list[Line], found: _Header, label: str = "") -> None:
    """A closing "(Source: VOA News)", "source site", copyright or bare outlet-name line names
    the outlet."""
    if len(lines) < 2 or (lines[-1].start, lines[-1].end) in found.spans:
        return
    last = lines[-1]
    outlet = _outlet_in_line(plain(last.text), trailer=True)
    if outlet is None:
        outlet = outlet_named(plain(last.text), label)
    if outlet is not None:
        found.add(last, {"outlet": outlet})


def header_values(plain: str, want_byline: bool, label: str = "") -> dict[str, str]:
    """{"date": ..., "byline": ..., "outlet": ...} for a header line; empty if it is none."""
    if len(plain) >= _SHORT_LINE:
        return {}
    outlet = _outlet_in_line(plain, trailer=False)
    if outlet is None:
        outlet = outlet_named(plain, label)
    if outlet is not None:
        return {"outlet": outlet}
    date = _date_in_line(plain)
    if date:
        return {"date": date}
    by = _by_line(plain)
    if by:
        return by
    if want_byline and _looks_like_name(plain):
        return {"byline": plain}
    return {}


def is_prose(text: str) -> bool:
    """A body line: long, or a sentence of several words ending in a full stop."""
    if len(text) >= _SHORT_LINE:
        return True
    return bool(re.search(r"[.!?…][\"”’')\]]*$", text)) and len(text.split()) >= 6


def _outlet_in_line(plain: str, trailer: bool) -> Optional[str]:
    """The outlet a "Source: X" line names ("" for a bare "source site"), else None."""
    match = _SOURCE_RE.fullmatch(plain)
    if match:
        return (match.group("name") or "").strip()
    if trailer:
        match = _COPYRIGHT_RE.fullmatch(plain)
        if match:
            return match.group("name").strip()
    return None


_MAX_OUTLET_LINE_WORDS = 6


def outlet_named(plain: str, label: str = "") -> Optional[str]:
    """The outlet a line that holds nothing but its name names ("Reuters", "The Guardian",
    "— Al Jazeera", "BBC News", "AP"): a name in the shipped outlet table (resources/outlets.tsv),
    or the label the file's name gives when it is made of two words or more ("daily-ledger.txt":
    "Daily Ledger"; one word such as "storm" is too likely a heading's). A single word counts only
    as the table writes a name in full ("Reuters"; not "Guardian" or "Times", and so no section
    label such as "News" either). Spelled as the line spells it; else None."""
    words = plain.split()
    key = alnum_key(plain)
    if not key or len(words) > _MAX_OUTLET_LINE_WORDS:
        return None
    if len(words) == 1:          # "AP" for "AP News": an acronym without the word "News"
        found = key in listed_outlet_keys() or plain.isupper() and key + "news" in listed_outlet_keys()
    else:
        found = key in _outlet_keys() or key.endswith("news") and key[:-4] in _outlet_keys()
    if not found and not (names_the_file(plain, label) and not _reads_as_person(plain)):
        return None
    return plain.strip(" \t()[]-–—|·•:.,")


def names_the_file(plain: str, label: str) -> bool:
    """The line repeats a file name of two words or more ("Daily Ledger" in daily-ledger.txt)."""
    return len(label.split()) > 1 and alnum_key(plain) == alnum_key(label)


_MAX_MASTHEAD_WORDS = 4


def above_headline(plain: str, label: str) -> dict[str, str]:
    """What a line over the headline says: {"outlet": ...}, {"byline": ...} or {}.

    An outlet the table names ("Reuters") is the outlet. A line repeating the file's name is
    the outlet when its last word is a newspaper's ("Charlotte Observer" in
    charlotte-observer.txt) and the writer when it reads as a person's name ("Jane Roe" in
    jane-roe.txt); else it is the headline itself, as a browser names a saved page after it.
    """
    outlet = outlet_named(plain)
    if outlet is not None:
        return {"outlet": outlet}
    if not names_the_file(plain, label) or len(plain.split()) > _MAX_MASTHEAD_WORDS:
        return {}
    if ends_in_outlet_word(plain):
        return {"outlet": plain.strip(" \t()[]-–—|·•:.,")}
    return {"byline": plain} if _reads_as_person(plain, every_given=True) else {}


def _reads_as_person(plain: str, every_given: bool = False) -> bool:
    """"Jane Roe": a line shaped like a name whose first word is a common given name. A file
    named after its writer ("jane-roe.txt") holds her byline, not an outlet of that name. A
    newspaper's word at the end ("Charlotte Observer", "Victoria Advocate": a place that is
    also a given name) makes it an outlet. every_given asks that all words before the last be
    given names or initials ("Mary Ann Smith", not "Kamala Harris Concedes")."""
    words = plain.split()
    if not _looks_like_name(plain) or ends_in_outlet_word(plain):
        return False
    names = given_names()
    given = words[:-1] if every_given else words[:1]
    return words[0].casefold() in names and all(w.casefold() in names or _is_initial(w) for w in given)


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def ends_in_outlet_word(plain: str) -> bool:
    """"Charlotte Observer", "Las Vegas Review-Journal", "Jackson Free Press": the last word is
    one newspapers and broadcasters are named by (resources/wordlists/outlet_words.txt)."""
    words = plain.split()
    return bool(words) and any(part.casefold() in word_list("outlet_words.txt")
                               for part in words[-1].strip(".,:;").split("-"))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every name of resources/wordlists/first_names.txt, either section, folded."""
    return frozenset(w for section in word_sections("first_names.txt").values()
                     for line in section for w in line.split())


@lru_cache(maxsize=1)
def listed_outlet_keys() -> frozenset[str]:
    """Every outlet name as the table writes it, as alnum_key spells it ("theguardian",
    "tagesschaude")."""
    return frozenset(alnum_key(n) for n in outlet_table().values())


@lru_cache(maxsize=1)
def _outlet_keys() -> frozenset[str]:
    """Those and the forms labels.known_outlets also knows ("guardian" for "The Guardian")."""
    return frozenset(known_outlets()) | listed_outlet_keys()


def _date_in_line(plain: str) -> str:
    """The date as written, if the line is essentially a date ("As of: January 17, 2024 3:35
    p.m", "Published Wednesday, Jan 17, 2024"); "" for a sentence that merely holds a date."""
    match = DATE_RE.search(plain)
    if not match:
        return ""
    rest = plain[:match.start()] + " " + plain[match.end():]
    rest = _WEEKDAY_RE.sub(" ", _TIME_RE.sub(" ", rest))
    words = re.findall(r"[^\W\d_]{2,}", rest)
    return match.group(0) if len(words) <= _MAX_DATE_LINE_WORDS else ""


def _by_line(plain: str) -> dict[str, str]:
    """"By Ayaz Gul" -> byline; "By Ayaz Gul | VOA News" also gives the outlet."""
    match = _BY_RE.fullmatch(plain)
    if not match:
        return {}
    parts = _BYLINE_SEPARATOR_RE.split(match.group("rest"), maxsplit=1)
    names = parts[0].strip().rstrip(".,")
    outlet = parts[1].strip() if len(parts) > 1 else ""
    if not _are_names(names):
        names, _, outlet = names.rpartition(",")          # "By Ayaz Gul, VOA News"
        names, outlet = names.strip(), outlet.strip()
        if not names or not _are_names(names):
            return {}
    return {"byline": names, "outlet": outlet} if outlet else {"byline": names}


def _are_names(text: str) -> bool:
    """"Jane Roe", "Jane Roe and John Smith", "AFP": what may follow "By"."""
    people = [p for p in _NAME_LIST_SPLIT_RE.split(text) if p]
    return bool(people) and all(_looks_like_name(p, min_words=1, max_words=5, acronyms=True)
                                for p in people)


def _looks_like_name(text: str, min_words: int = 2, max_words: int = 4,
                     acronyms: bool = False) -> bool:
    """2-4 capitalised words ("Ayaz Gul", "Mumtaz Zahra Baloch"), not a section label.

    Words in capitals ("VOA News") only pass after an explicit "By" ("By AFP", "BY AYAZ GUL").
    """
    words = text.split()
    if not min_words <= len(words) <= max_words or any(c.isdigit() for c in text):
        return False
    if not (words[0][:1].isupper() and words[-1].split("-")[-1][:1].isupper()):
        return False
    return all(_is_name_word(word, acronyms) for word in words)


def _is_name_word(word: str, acronyms: bool) -> bool:
    bare = word.rstrip(".")
    prefix, hyphen, rest = bare.partition("-")
    if bare.lower() in _NAME_PARTICLES or (hyphen and prefix.lower() in _NAME_PARTICLES
                                           and (not rest or rest[:1].isupper())):
        return True                                       # "bin", "van", "al-Hassan"
    if bare.casefold() in _NOT_NAME_WORDS or not bare[:1].isupper():
        return False
    if not acronyms and len(bare) > 1 and bare.isupper() and "." not in word:
        return False                                      # "VOA", "AFP": an acronym
    return all(c.isalpha() or c in "-'’." for c in word)


# --- web pages ----------------------------------------------------------------------------
