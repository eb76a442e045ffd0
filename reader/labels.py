"""How a source is named on screen and in exports, one rule for both.

Two sources that would read alike are told apart by their ids: "VOA News (voa-copy)".

An outlet the article names wins. Otherwise the name comes from the file's stem (the article
id): a known outlet's name at the start or end of it ("al-jazeera" -> "Al Jazeera",
"ani-pakistan-expels-iran" -> "ANI", "iran-strike-reuters" -> "Reuters"), else the stem made
readable ("daily-star" -> "Daily Star"), and a single word nobody knows stays as written
("nytimes"): guessing how to split or spell it would only look surer than it is.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

_SEPARATORS_RE = re.compile(r"[-_ .]+")
DOMAIN_RE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.IGNORECASE)
_MAX_NAME_WORDS = 4          # the longest outlet name looked for at either end of a stem
_MIN_PART_KEY = 3            # "ad", "dr", "rt": a known name only when it is the whole stem


def alnum_key(text: str) -> str:
    """Letters and digits only, case-folded: "Al Jazeera", "al-jazeera" and "AlJazeera" alike."""
    return "".join(c for c in text.casefold() if c.isalnum())


@lru_cache(maxsize=1)
def outlet_table() -> dict[str, str]:
    """resources/outlets.tsv: host (lower case) -> outlet name; '#' starts a comment."""
    from reader.paths import resource
    table = {}
    for line in resource("outlets.tsv").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if "\t" in line:
            host, name = line.split("\t", 1)
            table[host.strip().lower()] = name.strip()
    return table


@lru_cache(maxsize=1)
def known_outlets() -> dict[str, str]:
    """Outlet names from the shipped table (resources/outlets.tsv: host, tab, name), by key;
    "The Guardian" is also found as "guardian". An outlet whose name is its host
    ("tagesschau.de") is known by the host's first part, with "" for a name: the stem's own
    words read better than the host."""
    names: dict[str, str] = {}
    for name in outlet_table().values():
        if DOMAIN_RE.match(name):
            names.setdefault(alnum_key(name.split(".")[0]), "")
            continue
        key = alnum_key(name)
        for k in (key, key[3:] if name.lower().startswith("the ") else ""):
            if k:
                names.setdefault(k, name)
    return names


def _known_at_an_end(words: list[str]) -> str | None:
    """A known outlet's name spelled by all, the first or the last few words (longest first);
    None when none is known."""
    known = known_outlets()
    whole = alnum_key("".join(words))
    if whole in known:
        return known[whole] or _readable(words)
    for n in range(min(_MAX_NAME_WORDS, len(words) - 1), 0, -1):
        for part in (words[:n], words[-n:]):
            key = alnum_key("".join(part))
            if len(key) >= _MIN_PART_KEY and key in known:
                return known[key] or _readable(part)
    return None


def _readable(words: list[str]) -> str:
    """Words with spaces, each written in small letters capitalised: "al", "jazeera" -> "Al Jazeera"."""
    return " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in words)


def short_label(key: str) -> str:
    """A label from a file stem when the article names no outlet (see the module's rule)."""
    words = [w for w in _SEPARATORS_RE.split(key) if w]
    if not words or all(w.isdigit() for w in words):
        return key
    known = _known_at_an_end(words)
    if known is not None:
        return known
    return key if len(words) == 1 else _readable(words)


def outlet_label(article) -> str:
    """The article's outlet, or a label made from its id when the outlet is unknown. A file
    named after its writer ("jane-roe.txt" signed "Jane Roe") names no outlet: its name is
    shown as a file's name ("jane-roe"), not dressed up as an outlet's."""
    if article.outlet.strip():
        return article.outlet.strip()
    label = short_label(article.id)
    named_after_writer = bool(article.byline) and alnum_key(article.byline) == alnum_key(label)
    return article.id if named_after_writer else label


def told_apart(labels: dict[str, str]) -> dict[str, str]:
    """Labels by id, with the id added where two ids share a label: "VOA News (voa-copy)"."""
    counts = Counter(labels.values())
    return {k: v if counts[v] == 1 or v == k else f"{v} ({k})" for k, v in labels.items()}


def distinct_labels(articles) -> dict[str, str]:
    """Every article's label (outlet_label), two alike told apart by their ids."""
    return told_apart({a.id: outlet_label(a) for a in articles})
