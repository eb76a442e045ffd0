"""What makes two written names alike: spelling keys, initials and acronym letters, the
consonant skeleton of a transliteration, the core words of an organisation's name. Merging
(merging.py) decides with these which mentions are one actor."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

from reader.engine import gazetteer
from reader.engine.actors import lexicon
from reader.engine.actors.finding import Candidate
from reader.engine.actors.lexicon import HONORIFICS, NAME_SUFFIXES, PARTICLES
from reader.engine.dates import months_in_full
from reader.engine.text import WORD_RE, fold, name_key, stem

_FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "&"})
_PERSON_WORD_RE = re.compile(r"[\w’'-]+\.?")


def person_words(text: str) -> list[str]:
    """A person's name without honorifics, initials and suffixes: "Samuel A. Alito Jr." ->
    ["Samuel", "Alito"]."""
    return list(_person_words(text))


@lru_cache(maxsize=65536)
def _person_words(text: str) -> tuple[str, ...]:
    out = []
    for w in _PERSON_WORD_RE.findall(text):
        f = fold(w).rstrip(".")
        if f in HONORIFICS or f in NAME_SUFFIXES or (len(f) == 1 and w[:1].isupper()):
            continue
        out.append(w.rstrip("."))
    return tuple(out) or (text,)


def key_of(c: Candidate) -> str:
    """The key under which this mention's spellings collide: listed equivalents first ("US",
    "America" -> united states), a demonym's country, a state's abbreviation, a person's name
    without initials or suffixes."""
    known = lexicon.known_actor(c.text)
    if known:
        return "known:" + name_key(known.canonical)
    party = c.kind == "organization" and len(c.text.split()) == 2 and lexicon.party_of(c.text.split()[0])
    if party and c.text.split()[1].islower() or party and c.text.endswith("MPs"):
        return "known:" + name_key(party)  # "Democratic senators"
    if c.kind == "place":
        country = gazetteer.country_of_demonym(c.text) or gazetteer.country_named(c.text)
        if country:
            return "known:" + name_key(country)
        state = gazetteer.state_of_abbreviation(c.text, postal=True)
        if state:
            return name_key(state)
    if c.kind == "person":
        return name_key(" ".join(person_words(c.text)))
    words = c.text.split()
    if c.kind == "organization" and len(words) > 1:
        party = lexicon.known_actor(words[-1])
        if party and party.kind == "organization" and all(lexicon.known_actor(w) for w in words[:-1]):
            return "known:" + name_key(party.canonical)  # "Senate Democrats": the party's
        while len(words) > 1 and fold(words[-1]).rstrip(".") in _CORPORATE:
            words = words[:-1]  # "Facebook Inc." is Facebook
        known = lexicon.known_actor(" ".join(words)) if len(words) < len(c.text.split()) else None
        if known and known.kind == "organization":
            return "known:" + name_key(known.canonical)  # and listed: "TikTok Ltd" is the listed TikTok
    return name_key(" ".join(words))


_CORPORATE = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "corporation", "company"})


def _initials(text: str, with_function_words: bool = False) -> str:
    out = []
    for w in WORD_RE.findall(text):
        for part in w.split("-"):
            if part[:1].isupper() or (with_function_words and fold(part) in _FUNCTION_WORDS - {"&"}):
                out.append(part[0].upper())
    return "".join(out)


def _expansion_initials(c: Candidate) -> set[str]:
    """The acronyms a name may go by: "Centers for Disease Control and Prevention" -> CDCP, CDC;
    "U.S. Food and Drug Administration" -> FDA (the country qualifier left out)."""
    text = c.text
    words = text.split()
    if (
        c.qualifier
        and len(words) > 2
        and name_key(words[0]) in (name_key(c.qualifier), "us", "uk")
        or gazetteer.country_of_demonym(words[0])
    ):
        text = " ".join(words[1:])
    full = _initials(text)
    out = {full, _initials(text, True), _initials(c.text)}
    if len(full) >= 4:
        out.add(full[:-1])
    return {x for x in out if len(x) >= 2}


def _person_initials(text: str) -> str:
    """ "Mohammed bin Salman" -> MBS, "Alexandria Ocasio-Cortez" -> AOC, "Robert F. Kennedy Jr." -> RFK."""
    out = []
    for w in _PERSON_WORD_RE.findall(text):
        f = fold(w).rstrip(".")
        if f in HONORIFICS or f in NAME_SUFFIXES:
            continue
        out.extend(p[0].upper() for p in w.split("-") if p[:1].isalpha())
    return "".join(out)


_MIXED_ACRONYM_RE = re.compile(r"^(?:[A-Z][a-z]?){1,4}[A-Z]$")  # "AfD", "PiS"


def _acronym_letters(text: str) -> str:
    return (
        text.replace(".", "").rstrip("s")
        if text.replace(".", "").rstrip("s").isupper()
        else text.replace(".", "")
    )


@lru_cache(maxsize=65536)
def _skeleton(word: str) -> str:
    """Consonant skeleton of a transliterated name: "Muhammad" and "Mohammed" both give "mhmd"."""
    w = re.sub(r"[^a-z]", "", fold(word))
    w = w.replace("ph", "f").replace("q", "k").replace("ck", "k").replace("c", "k")
    if not w:
        return ""
    body = re.sub(r"[aeiouy]", "", w[1:])
    return re.sub(r"(.)\1+", r"\1", w[0] + body)


# Spellings of one sound across transliteration schemes (Polish "cz", English "ch", German
# "tsch"; "w" and "v"; "x" and "ks"), longest first.
_SOUND_SPELLINGS = (("tsch", "C"), ("sch", "C"), ("tch", "C"), ("cz", "C"), ("ch", "C"), ("sz", "S"),
                    ("sh", "S"), ("ph", "f"), ("ck", "k"), ("w", "v"), ("x", "ks"), ("q", "k"), ("c", "k"))
_VOWEL_RUN_RE = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=65536)
def transliteration_key(word: str) -> str:
    """A name as it sounds, with where its vowels fall but not which they are: "Shevchenko" and
    "Szewczenko", "Soloviev" and "Solovyov", "Dmitri" and "Dmitriy" give one key. Different
    names share it too ("Hassan", "Hussein"; "Baban", "Babin"): see _transliterated."""
    w = re.sub(r"[^a-z]", "", fold(word))
    for spelt, sound in _SOUND_SPELLINGS:
        w = w.replace(spelt, sound)
    w = _VOWEL_RUN_RE.sub("a", w)
    return re.sub(r"([^a])\1+", r"\1", w)


def _transliterated(a: str, b: str) -> bool:
    """Whether two names differ as transliterations of one name do: the same transliteration key,
    and a sound written with other letters ("cz"/"ch", "sch"/"sh", "ph"/"f") or a "y" that starts
    or ends a vowel run on one side ("ie"/"yo", "i"/"iy"). A single letter for another ("c"/"k",
    "w"/"v": "Carson", "Karson") or a plain vowel for another ("Nielsen"/"Nelson", "Hassan"/
    "Hussein", "Jensen"/"Jansen") is a different name."""
    if transliteration_key(a) != transliteration_key(b):
        return False
    la, lb = (re.sub(r"[^a-z]", "", fold(w)) for w in (a, b))
    if _letters_apart(la) != _letters_apart(lb):
        return True
    runs = zip(_VOWEL_RUN_RE.findall(la), _VOWEL_RUN_RE.findall(lb))
    return any(x != y and ("y" in (x[0], x[-1], y[0], y[-1]))
               and x.replace("y", "i") != y.replace("y", "i") for x, y in runs)


def _letters_apart(word: str) -> str:
    """The word with the one-letter respellings ("c"/"k", "q"/"k", "w"/"v") and its vowels
    evened out: what is left to differ is a sound written with other letters ("cz"/"ch")."""
    word = word.replace("c", "k").replace("q", "k").replace("w", "v")
    return re.sub(r"(.)\1+", r"\1", _VOWEL_RUN_RE.sub("a", word))


def _same_token(a: str, b: str, strict: bool) -> bool:
    ka, kb = name_key(a), name_key(b)
    if ka == kb or lexicon.same_given_name(a, b):
        return True
    similarity = JaroWinkler.similarity(ka, kb)
    if similarity >= 0.85 and len(ka) >= 5 and _transliterated(a, b):
        return True  # one name in two transliterations: Shevchenko / Szewczenko
    if similarity >= (0.92 if strict else 0.85):
        return True
    if strict and _patronymic_variant(a, b):
        return True  # "Ali Mohammed" / "Ali Muhammad": a father's given name as the family name
    # the consonants alone ("Muhammad", "Mohammed") say one given name; a family name whose
    # vowels differ is as often another family ("Nielsen", "Nelson"; "Carson", "Karson")
    return not strict and len(_skeleton(a)) >= 4 and _skeleton(a) == _skeleton(b)


# Vowels that Arabic, Persian and Turkish names swap between transliterations: "Mohammed"/
# "Muhammad", "Ahmed"/"Ahmad", "Hamed"/"Hamid", "Mahmoud"/"Mahmud"; not "i"/"e" across "ie" or
# "a"/"u" ("Nielsen"/"Nelson", "Hassan"/"Hussein" are other names).
_DOUBLED_RE = re.compile(r"(.)\1+")
_VOWEL_SWAPS = frozenset({("o", "u"), ("e", "a"), ("e", "i"), ("ou", "u"), ("oo", "u"), ("ee", "i")})


def _patronymic_variant(a: str, b: str) -> bool:
    """Two spellings of one given name used as a family name: the same consonants, and vowels
    that differ only as transliterations swap them, where one spelling is a listed given name."""
    if not (lexicon.is_given_name(a) or lexicon.is_given_name(b)) or len(_skeleton(a)) < 4:
        return False
    la, lb = (re.sub(r"[^a-z]", "", fold(w)) for w in (a, b))
    if [_DOUBLED_RE.sub(r"\1", x) for x in _VOWEL_RUN_RE.split(la)] != [
        _DOUBLED_RE.sub(r"\1", x) for x in _VOWEL_RUN_RE.split(lb)
    ]:
        return False  # other consonants, or consonants in other places
    va, vb = _VOWEL_RUN_RE.findall(la), _VOWEL_RUN_RE.findall(lb)
    return len(va) == len(vb) and all(
        x == y or (x, y) in _VOWEL_SWAPS or (y, x) in _VOWEL_SWAPS for x, y in zip(va, vb)
    )


def _ends_with(words: list[str], tail: list[str]) -> bool:
    return len(words) > len(tail) >= 2 and all(
        _same_token(a, b, strict=True) for a, b in zip(words[-len(tail) :], tail)
    )


def similar_person(a: str, b: str) -> bool:
    ta, tb = person_words(a), person_words(b)
    if len(ta) < 2 or len(tb) < 2:
        return False
    if not _same_token(ta[-1], tb[-1], strict=True):
        return False
    if len(ta) != len(tb):  # a middle name written by one source only
        short, long_ = sorted((ta, tb), key=len)
        return (
            len(short) == 2
            and _same_token(short[0], long_[0], False)
            and _same_token(short[-1], long_[-1], True)
        )
    return all(_same_token(x, y, False) for x, y in zip(ta, tb))


def _similar_place(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    if min(len(ka), len(kb)) < 8 or (gazetteer.is_country(a) and gazetteer.is_country(b)):
        return False
    wa, wb = (WORD_RE.findall(x) for x in sorted((a, b), key=len))
    if len(wa) < len(wb) and [name_key(w) for w in wa] == [name_key(w) for w in wb[: len(wa)]]:
        return False  # "Washington" is not "Washington, D.C.": a name and more words, no spelling
    return JaroWinkler.similarity(ka, kb) >= 0.93


@lru_cache(maxsize=8192)
def _core(text: str) -> frozenset[str]:
    """Stems of an organisation name's significant words, without country qualifiers, months
    written in full ("Jan. 6 committee" and "January 6 Select Committee" share "january")."""
    out = set()
    for w in WORD_RE.findall(months_in_full(text)):
        f = fold(w)
        if (
            f in PARTICLES
            or f in _FUNCTION_WORDS
            or f in ("news", "agency")
            or gazetteer.country_of_demonym(w)
            or gazetteer.is_country(w)
            or gazetteer.country_of_city(w)
            or (lexicon.known_actor(w) and lexicon.known_actor(w).kind == "place")
        ):
            continue
        out.add(_SAME_BODY.get(stem(w), stem(w)))
    return frozenset(out)


def _head(text: str) -> str:
    """An organisation name's head word: "commission" in "Presidential Commission on the Federal Reserve"."""
    before = re.split(r"\s(?:of|on|for|in)\s", text, maxsplit=1)[0].split()
    return fold(before[-1]) if before else ""


def _object_core(text: str) -> frozenset[str]:
    """The core of what follows an organisation's first "of"/"on"/"for": the body it is about."""
    m = re.search(r"\b(?:of|on|for|in)\b", text)
    return _core(text[m.end() :]) if m else frozenset()


# Head words that name the same body as the name before them ("Labour Party", "Exxon Mobil Corp").
_SAME_BODY_TAILS = _CORPORATE | {"party", "club", "fc", "group", "holdings", "sa", "ag", "nv", "gmbh"}


def _association_of(short: str, long: str) -> bool:
    """Whether long is another body named after short: short begins it and what follows ends in
    an organisation's head word of its own ("Supreme Court" / "Supreme Court Commission",
    "Manchester United" / "Manchester United Supporters' Trust"), not a legal form or "Party"."""
    a, b = WORD_RE.findall(short), WORD_RE.findall(long)
    if len(b) <= len(a) or [fold(w) for w in b[: len(a)]] != [fold(w) for w in a]:
        return False
    head = fold(b[-1])
    own = head not in _SAME_BODY_TAILS and head.rstrip("s") != fold(a[-1]).rstrip("s")
    return lexicon.is_org_word(b[-1]) and own


# Words for the same kind of government body: a "Foreign Office" is a foreign ministry.
_SAME_BODY = {"offic": "ministri"}
