"""The word knowledge actor finding uses, read once from resources/ on first use.

Hand-made lists (resources/wordlists/): titles, organisation/place head words, words that name no
actor, law and event heads, known actors with their other forms (parties, institutions, "U.S.").
Generated tables (resources/gazetteer/, see tools/build_gazetteer.py): given names, nicknames and
the common English words that tell "Drug Administration" (common words) from "Karen Bass".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from reader.engine import cues
from reader.engine.text import fold, name_key, stopwords
from reader.paths import resource, word_list

# Lower-case words allowed inside a name: particles ("Jaish al-Adl", "Ludwig van Beethoven") and
# the function words of institution names ("Food and Drug Administration").
PARTICLES = frozenset(
    {
        "al",
        "el",
        "ul",
        "bin",
        "ibn",
        "abu",
        "bint",
        "de",
        "van",
        "von",
        "der",
        "den",
        "ten",
        "ter",
        "zu",
        "ould",
        "da",
        "di",
        "du",
        "la",
        "le",
        "des",
        "dos",
        "das",
        "del",
        "y",
        "do",  # Portuguese and Italian: "Banco do Brasil", "Amigos pela Terra", "Banca della Svizzera"
        "della",
        "pela",
        "pelo",
    }
)
CONNECTORS = frozenset({"of", "and", "for", "on", "in", "the", "&"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "mx", "sir", "dame"})
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Plural nouns that begin institution names in the possessive ("Jackson Women's Health Organization").
GROUP_POSSESSORS = frozenset(
    {
        "women",
        "men",
        "children",
        "people",
        "workers",
        "veterans",
        "farmers",
        "teachers",
        "nurses",
        "students",
        "citizens",
        "soldiers",
        "mothers",
        "fathers",
        "parents",
        "seniors",
        "consumers",
        "voters",
        "taxpayers",
    }
)
# Title words that modify a title rather than name one: a name may follow "Foreign Minister" but
# not "Foreign" alone ("Ministry of Foreign Affairs").
TITLE_MODIFIERS = frozenset(
    {
        "vice",
        "prime",
        "foreign",
        "interior",
        "defence",
        "defense",
        "finance",
        "caretaker",
        "deputy",
        "former",
        "veteran",
        "senior",
        "acting",
        "interim",
        "supreme",
        "district",
        "circuit",
        "federal",
        "appeals",
        "minority",
        "majority",
        "solicitor",
        "lieutenant",
        "crown",
        "executive",
        "chief",
        "assistant",
        "then",
    }
)
ACRONYM_RE = re.compile(r"^(?:[A-Z]{2,6}s?|(?:[A-Z]\.){2,5})$")


class KnownActor(NamedTuple):
    kind: str
    canonical: str


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """titles.txt and its compounds news writes with a hyphen ("prosecutor-general",
    "president-elect", "commander-in-chief")."""
    base = word_list("titles.txt")
    return base | {f"{t}-{tail}" for t in base if " " not in t for tail in _TITLE_TAILS}


_TITLE_TAILS = ("general", "elect", "designate", "in-chief")


@lru_cache(maxsize=1)
def org_words() -> frozenset[str]:
    return word_list("organization_words.txt")


def is_org_word(word: str) -> bool:
    """ "Ministry", "Ministries", "Centers": an organisation's head word (or its plural)."""
    f = fold(word).rstrip(".")
    words = org_words()
    return (
        f in words or (f.endswith("s") and f[:-1] in words) or (f.endswith("ies") and f[:-3] + "y" in words)
    )


@lru_cache(maxsize=1)
def body_descriptors() -> frozenset[str]:
    """ "operator", "drugmaker": a noun that describes a body right before its name."""
    return word_list("body_descriptors.txt")


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    return word_list("place_words.txt")


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    return word_list("not_names.txt")


def portfolios() -> frozenset[str]:
    """ "labour", "treasury": the office a "Minister" or "Secretary" after the word holds."""
    return word_list("portfolios.txt")


# Titles that take a portfolio in front: "Labour Minister", "Treasury Secretary".
PORTFOLIO_TITLES = frozenset({"minister", "ministers", "secretary", "secretaries"})


@lru_cache(maxsize=1)
def not_alone() -> frozenset[str]:
    return word_list("not_actors_alone.txt")


@lru_cache(maxsize=1)
def not_actor_heads() -> frozenset[str]:
    return word_list("not_actor_heads.txt")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    return _lines("common_words.txt")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return _lines("given_names.txt")


def _lines(name: str) -> frozenset[str]:
    text = resource("gazetteer", name).read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, str]:
    """nickname or name -> the name it is short for ("chris" -> "christopher")."""
    out: dict[str, str] = {}
    for line in resource("gazetteer", "nicknames.tsv").read_text(encoding="utf-8").split("\n"):
        if not line or line.startswith("#"):
            continue
        name, nicks = line.split("\t")
        for n in nicks.split(","):
            out.setdefault(n, name)
    return out


def same_given_name(a: str, b: str) -> bool:
    """ "Chris" and "Christopher", "Dick" and "Richard": one given name."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    nick = _nicknames()
    return nick.get(a) == b or nick.get(b) == a or (a in nick and nick.get(a) == nick.get(b))


def given_name_root(word: str) -> str:
    """The name a nickname is short for ("chris" -> "christopher"), else the folded word itself:
    two words that are one given name (same_given_name) share the root of one of them."""
    f = fold(word)
    return _nicknames().get(f, f)


def is_common_word(word: str) -> bool:
    f = fold(word)
    return f in common_words() or (f.endswith("s") and f[:-1] in common_words())


def is_given_name(word: str) -> bool:
    return fold(word) in given_names()


def is_closed_compound(word: str) -> bool:
    """ "Floodwater", "Airstrikes": two common words written as one that the word list lacks.
    The second part has at least four letters and the word no inner capital, so "Newman" (new +
    man) and "YouTube" are not read as one."""
    if not word[:1].isupper() or not word[1:].islower() or len(word) < 7:
        return False
    f = fold(word)
    return any(is_common_word(f[:i]) and is_common_word(f[i:]) for i in range(3, len(f) - 3))


@lru_cache(maxsize=1)
def _known_rows() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """known_actors.tsv as (kind, canonical, every form as written, canonical first): read once
    for the lookup by name key and for the places written with a comma."""
    rows = []
    for line in resource("wordlists", "known_actors.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, canonical, *rest = line.split("\t")
        rows.append((kind, canonical, (canonical, *(rest[0].split("|") if rest else ()))))
    return tuple(rows)


@lru_cache(maxsize=1)
def _known() -> dict[str, KnownActor]:
    out = {}
    for kind, canonical, forms in _known_rows():
        for f in forms:
            out.setdefault(name_key(f), KnownActor(kind, canonical))
    return out


@lru_cache(maxsize=1)
def places_after_comma() -> dict[str, tuple[str, ...]]:
    """Listed places written as a city, a comma and its region ("Washington, D.C."): the city's
    name key -> the place's forms with the comma, as written."""
    out: dict[str, tuple[str, ...]] = {}
    for kind, _, forms in _known_rows():
        if kind != "place":
            continue
        for form in forms:
            if ", " in form:
                key = name_key(form.split(", ")[0])
                out[key] = out.get(key, ()) + (form,)
    return out


# Party adjectives whose members, named as a group ("Democratic senators", "Labour MPs"), stand for
# the party.
_PARTY_ADJECTIVES = {
    "democratic": "Democratic Party",
    "republican": "Republican Party",
    "labour": "Labour Party",
    "conservative": "Conservative Party",
    "tory": "Conservative Party",
}


def party_of(adjective: str) -> str | None:
    return _PARTY_ADJECTIVES.get(fold(adjective))


def known_actor(name: str) -> KnownActor | None:
    """The listed actor a form names ("GOP" -> Republican Party), or None."""
    return _known().get(name_key(name))


# Words before "ministry" that are no portfolio: "the new ministry", "the same ministry".
_NOT_PORTFOLIO = frozenset({"new", "old", "former", "same", "whole", "entire", "relevant", "said",
                            "responsible", "other", "top", "local", "national", "federal", "state"})


@lru_cache(maxsize=1)
def verbs() -> frozenset[str]:
    """Verb forms a body's name may stand before: reporting verbs and irregular pasts, not the
    forms that are nouns as often ("report", "claims")."""
    return (cues.quote_cues() | cues.content_cues() | word_list("verb_forms.txt")) - cues.AMBIGUOUS


def portfolio_word(word: str) -> bool:
    """A small-letter word that may name a ministry's field before "ministry" ("foreign", "civil
    protection"): no function word, verb or word like "new"; "told ministry officials",
    "the new ministry" name none."""
    f = fold(word)
    return (word.islower() and word.isalpha() and len(f) >= 3 and f not in stopwords()
            and f not in _NOT_PORTFOLIO and f not in verbs() and not f.endswith("ed"))
