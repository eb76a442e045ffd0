"""Merging mentions into actors, by evidence.

Two mentions are one actor when their spelling keys agree ("Amir-Abdollahian" /
"Amirabdollahian"), when a list says so ("GOP" / "Republicans", "U.S." / "America"), when one is
the acronym of the other anywhere in the set ("FDA" / "U.S. Food and Drug Administration"), when
one is a short form of the other (a surname, a first name used alone, a shorter organisation
name), or when they are close spelling or transliteration variants of a person's or a place's
name ("Hossein" / "Hussein", "Mohammed" / "Muhammad", "Chris" / "Christopher"). Never across two
different countries, or two organisations qualified by different countries.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from reader.engine import gazetteer
from reader.engine.actors import lexicon
from reader.engine.actors.finding import Candidate
from reader.engine.actors.lexicon import ACRONYM_RE, HONORIFICS, NAME_SUFFIXES, PARTICLES
from reader.engine.dates import months_in_full
from reader.engine.disjoint import DisjointSets
from reader.engine.text import WORD_RE, fold, name_key, stem

_FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "&"})
_PERSON_WORD_RE = re.compile(r"[\w’'-]+\.?")
_GLOSS_RE = re.compile(r"^,? (?:or|also known as|aka) (?:the )?$|^ \($")


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


def _same_token(a: str, b: str, strict: bool) -> bool:
    ka, kb = name_key(a), name_key(b)
    if ka == kb or lexicon.same_given_name(a, b):
        return True
    if strict:
        return JaroWinkler.similarity(ka, kb) >= 0.92 or (
            len(_skeleton(a)) >= 4 and _skeleton(a) == _skeleton(b)
        )
    return JaroWinkler.similarity(ka, kb) >= 0.85 or (len(_skeleton(a)) >= 4 and _skeleton(a) == _skeleton(b))


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


def merge(cands: list[Candidate], text_of: dict[str, str]) -> DisjointSets:
    cl = DisjointSets(range(len(cands)))
    _by_key(cands, cl)
    _acronyms(cands, cl, text_of)
    for i in range(len(cands) - 1):  # a gloss: "Jaish al-Adl or the Army of Justice"
        a, b = cands[i], cands[i + 1]
        if (
            a.sentence == b.sentence
            and a.kind == b.kind
            and a.kind
            and _GLOSS_RE.match(text_of[a.article][a.end : b.start])
            and not ACRONYM_RE.match(b.text)
        ):
            cl.union(i, i + 1)
    _city_of_listed_place(cands, cl, text_of)
    _person_short_forms(cands, cl, text_of)
    _person_variants(cands, cl)
    _place_variants(cands, cl)
    _place_short_forms(cands, cl)
    _organisation_short_forms(cands, cl)
    return cl


def _city_of_listed_place(cands: list[Candidate], cl: DisjointSets, text_of: dict[str, str]) -> None:
    """A city named alone ("Washington") is the listed place written with its region
    ("Washington, D.C.", "D.C.") when the set names that place and gives the name no other
    reading: no state abbreviation ("Wash.", "WA"), no "Washington state", no "Seattle, Washington"."""
    listed = lexicon.places_after_comma()
    places = [i for i, c in enumerate(cands) if c.kind == "place"]
    if not listed or not places:
        return
    alone: dict[str, list[int]] = defaultdict(list)
    named: dict[str, list[int]] = defaultdict(list)
    other: set[str] = set()
    for i in places:
        c, key = cands[i], name_key(cands[i].text)
        if key in listed:
            after_city = i > 0 and cands[i - 1].sentence == c.sentence and cands[i - 1].kind == "place" and (
                text_of[c.article][cands[i - 1].end : c.start] == ", "
            )
            (other.add(key) if after_city else alone[key].append(i))
            continue
        known = lexicon.known_actor(c.text)
        for city, forms in listed.items():
            if known and any(known == lexicon.known_actor(f) for f in forms):
                named[city].append(i)
            elif key in (city + "state", "stateof" + city) or (
                name_key(gazetteer.state_of_abbreviation(c.text, postal=True) or "") == city
            ):
                other.add(city)
    for city, mentions in alone.items():
        if named.get(city) and city not in other:
            for i in mentions:
                cl.union(named[city][0], i)


def _person_variants(cands: list[Candidate], cl: DisjointSets) -> None:
    """Full names that are spelling variants of one another, and a double surname written alone
    ("Lopez Obrador") with the one full name that ends with it. Only names whose surnames are
    alike are compared, so the cost grows with the names, not with their pairs."""
    persons = [i for i, c in enumerate(cands) if c.kind == "person" and len(person_words(c.text)) >= 2]
    people = list({cands[i].text: i for i in persons}.values())
    by_surname: dict[str, list[int]] = defaultdict(list)
    for i in people:
        by_surname[person_words(cands[i].text)[-1]].append(i)
    surnames = list(by_surname)
    alike = _alike(surnames, lambda a, b: _same_token(a, b, strict=True), 0.92)
    for x, a in enumerate(surnames):
        group = [i for y in sorted(alike[x] | {x}) for i in by_surname[surnames[y]]]
        for i in by_surname[a]:
            for j in group:
                if i < j and cl.find(i) != cl.find(j) and similar_person(cands[i].text, cands[j].text):
                    cl.union(i, j)
    for x, a in enumerate(surnames):  # "Lopez Obrador" for "Andrés Manuel López Obrador"
        group = [j for y in sorted(alike[x] | {x}) for j in by_surname[surnames[y]]]
        for i in by_surname[a]:
            tail = person_words(cands[i].text)
            longer = [j for j in group if _ends_with(person_words(cands[j].text), tail)]
            if len({cl.find(j) for j in longer}) == 1:
                cl.union(i, longer[0])


def _place_variants(cands: list[Candidate], cl: DisjointSets) -> None:
    """Places (or untyped names beside a place) spelt nearly alike: "Khyber Pakhtunkhwa" / "Khyber
    Pakhtoonkhwa"."""
    places = list({c.text: i for i, c in enumerate(cands) if c.kind in ("place", "")}.values())
    long_ = [i for i in places if len(name_key(cands[i].text)) >= 8]
    texts = [cands[i].text for i in long_]
    alike = _alike([name_key(t) for t in texts], lambda a, b: True, 0.93)
    for x, i in enumerate(long_):
        for y in sorted(alike[x]):
            j = long_[y]
            if (
                x < y
                and cl.find(i) != cl.find(j)
                and "place" in (cands[i].kind, cands[j].kind)
                and _similar_place(texts[x], texts[y])
            ):
                cl.union(i, j)


_MAX_FUZZY = 5000  # distinct surnames (or long place names): 100 articles name about 400


class _AlikeIndex:
    """Which words of a fixed list may be alike to a query: their keys within a Jaro-Winkler
    cutoff, the same consonant skeleton, or one given name (the ways _same_token and
    _similar_place find words alike); the caller checks each with its own rule. Each query is
    scored against the whole list in C, so n queries cost n passes, not n² Python comparisons;
    past _MAX_FUZZY words (no news set names so many) only skeletons and given names are
    looked up, so text that is not news stays linear."""

    def __init__(self, words: list[str], cutoff: float):
        self.keys = [name_key(w) for w in words]
        self.cutoff = cutoff - 0.01  # a margin: every pair the exact rule accepts is scored
        self.groups: dict[str, list[int]] = defaultdict(list)
        for x, w in enumerate(words):
            for g in self._group_keys(w):
                self.groups[g].append(x)

    @staticmethod
    def _group_keys(word: str) -> set[str]:
        out = {"g:" + fold(word), "g:" + lexicon.given_name_root(word)}
        if len(_skeleton(word)) >= 4:
            out.add("s:" + _skeleton(word))
        return out

    def __call__(self, word: str) -> set[int]:
        found = {x for g in self._group_keys(word) for x in self.groups.get(g, ())}
        if len(self.keys) <= _MAX_FUZZY:
            scores = process.cdist([name_key(word)], self.keys, scorer=JaroWinkler.similarity,
                                   score_cutoff=self.cutoff, dtype=np.float32)[0]
            found.update(int(x) for x in np.nonzero(scores)[0])
        return found


# Last words of a place's full name that a short form leaves out ("Noto Peninsula" / "Noto",
# "Ishikawa Prefecture" / "Ishikawa"); not "city" or "state" ("Mexico City" is not Mexico).
_PLACE_TAILS = frozenset({"peninsula", "prefecture", "province", "region", "governorate", "oblast", "strip",
                          "island", "islands", "territory", "emirate", "canton", "district", "valley"})


def _place_short_forms(cands: list[Candidate], cl: DisjointSets) -> None:
    by_key = defaultdict(list)
    for i, c in enumerate(cands):
        if c.kind in ("place", ""):
            words = c.text.split()
            lower_tail = len(words) >= 2 and words[-1].islower() and words[-1] in _PLACE_TAILS
            by_key[name_key(" ".join(words[:-1]) if lower_tail else c.text)].append(i)  # "Noto region"
    for i, c in enumerate(cands):
        words = c.text.split()
        if c.kind in ("place", "") and len(words) >= 2 and fold(words[-1]) in _PLACE_TAILS:
            short = by_key.get(name_key(" ".join(words[:-1])), [])
            if short:
                cl.union(short[0], i)


def _alike(words: list[str], check, cutoff: float) -> list[set[int]]:
    """For each word, the others of the list that check(word, other) accepts."""
    index = _AlikeIndex(words, cutoff)
    return [{y for y in index(w) if y != x and check(w, words[y])} for x, w in enumerate(words)]


def _by_key(cands: list[Candidate], cl: DisjointSets) -> None:
    """Equal keys merge within a kind; an untyped mention joins the one typed group of its key."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, c in enumerate(cands):
        key = key_of(c)
        groups[(key or f"\0{i}", "org" if c.kind == "organization" else c.kind)].append(i)
    for g in groups.values():
        for i in g[1:]:
            cl.union(g[0], i)
    typed: dict[str, set[str]] = defaultdict(set)
    for key, kind in groups:
        if kind:
            typed[key].add(kind)
    for (key, kind), g in groups.items():
        if not kind and len(typed.get(key, ())) == 1:
            kind_there = next(iter(typed[key]))
            cl.union(g[0], groups[(key, kind_there)][0])
    # person and place mentions of one listed key stay apart ("Washington" the state, the city)


def _acronyms(cands: list[Candidate], cl: DisjointSets, text_of: dict[str, str]) -> None:
    """ "IRGC" and "Islamic Revolutionary Guard Corps" (written out anywhere in the set); an
    acronym in brackets right after a name is that name's ("… Centre (EMSC)")."""
    longs = [
        (i, _expansion_initials(c))
        for i, c in enumerate(cands)
        if len(c.text.split()) >= 2 and c.kind in ("organization", "")
    ] + [  # "MBS" for Mohammed bin Salman, "AOC", "RFK": a person's initials, three or more
        (i, {_person_initials(c.text)})
        for i, c in enumerate(cands)
        if c.kind == "person" and len(_person_initials(c.text)) >= 3
    ]
    for i, c in enumerate(cands):
        bracketed = (
            i > 0
            and cands[i - 1].sentence == c.sentence
            and len(cands[i - 1].text.split()) >= 2
            and text_of[c.article][cands[i - 1].end : c.start] == " ("
        )
        if (
            not (ACRONYM_RE.match(c.text) or bracketed and _MIXED_ACRONYM_RE.match(c.text))
            or lexicon.known_actor(c.text)
            and lexicon.known_actor(c.text).kind == "place"
        ):
            continue
        letters = _acronym_letters(c.text)
        capitals = sorted(ch for ch in letters if ch.isupper())
        if bracketed and (
            cands[i - 1].text[:1].upper() == letters[:1]
            or capitals == sorted(_initials(cands[i - 1].text))  # "National Electoral Institute (INE)"
        ):
            c.acronym_of = i - 1
        else:
            matches = [j for j, initials in longs if letters in initials]
            same = [j for j in matches if cands[j].article == c.article]
            roots = {cl.find(j) for j in matches}
            if same:
                c.acronym_of = same[0]
            elif len(roots) == 1:
                c.acronym_of = matches[0]
        if c.acronym_of is not None:
            c.kind = cands[c.acronym_of].kind or "organization"
            cands[c.acronym_of].kind = c.kind
            cl.union(i, c.acronym_of)


def _person_short_forms(cands: list[Candidate], cl: DisjointSets, text_of: dict[str, str]) -> None:
    """A lone surname joins the nearest earlier full name of the same article (or the one full
    name of the set with that surname), with the particle written before it ("ten Hag"); a
    first name used alone joins the one person of the article who has it, or, after a title
    or when it is no given name ("Dr Tedros", "Xi" for Xi Jinping, whose family name comes
    first), the one person of the set; a name that is the middle of
    one person's full name joins it ("Lula" for "Luiz Inácio Lula da Silva")."""
    persons = [i for i, c in enumerate(cands) if c.kind == "person" and len(person_words(c.text)) >= 2]
    by_surname, by_first, by_article = defaultdict(list), defaultdict(list), defaultdict(list)
    by_middle = defaultdict(list)
    for j in persons:
        words = person_words(cands[j].text)
        by_surname[name_key(words[-1])].append(j)
        by_first[name_key(words[0])].append(j)
        by_article[cands[j].article].append(j)
        for w in words[1:-1]:
            if fold(w) not in PARTICLES:
                by_middle[name_key(w)].append(j)
    indexes: dict[str, _AlikeIndex] = {}
    asked: dict[tuple[str, str], list[int]] = {}

    def alike_surname(article: str, word: str) -> list[int]:
        """The persons of the article whose surnames may be alike to word."""
        if (article, word) not in asked:
            if article not in indexes:
                surnames = [person_words(cands[j].text)[-1] for j in by_article[article]]
                indexes[article] = _AlikeIndex(surnames, 0.92)
            asked[article, word] = [by_article[article][x] for x in sorted(indexes[article](word))]
        return asked[article, word]

    for i, c in enumerate(cands):
        if (
            len(person_words(c.text)) != 1
            or c.kind == "organization"
            and c.evidence != "proper"
            or ACRONYM_RE.match(c.text)
        ):
            continue
        if c.kind == "place" and (gazetteer.is_country(c.text) or c.evidence == "list" and not c.headline):
            continue
        key = name_key(person_words(c.text)[0])
        if len(key) < 5 and key not in by_surname and key not in by_first and key not in by_middle:
            continue  # nothing to join ("Go go go ...": no cost per repeated word)
        full = by_surname.get(key, []) or (
            [
                j
                for j in alike_surname(c.article, c.text)
                if _same_token(person_words(cands[j].text)[-1], c.text, strict=True)
            ]
            if len(key) >= 5
            else []
        )
        pick = _nearest(cands, c, full)
        if pick is None and c.kind in ("", "person") and c.evidence == "given":
            firsts = {cl.find(j) for j in by_first.get(key, []) if cands[j].article == c.article}
            if len(firsts) == 1:
                pick = next(j for j in by_first[key] if cands[j].article == c.article)
        if pick is None and c.kind in ("", "person") and (
            c.evidence in ("title", "honorific") or not lexicon.is_given_name(c.text)
        ):
            pick = _the_one(by_first.get(key, []), cl)       # "Dr Tedros", "Xi" for Xi Jinping
        if pick is None and c.kind in ("", "person") and not by_first.get(key):
            pick = _the_one(by_middle.get(key, []), cl)      # "Lula"
        if pick is not None:
            c.kind = "person"
            cl.union(pick, i)
            _with_particle(c, cands[pick].text, text_of[c.article])


def _the_one(members: list[int], cl: DisjointSets):
    """The first of members when they are all one actor, else None."""
    return members[0] if members and len({cl.find(j) for j in members}) == 1 else None


def _with_particle(c: Candidate, full: str, text: str) -> None:
    """Widen a lone surname to the particle written before it when the full name has it:
    "… ten Hag said" for Erik ten Hag, "de Moraes" for Alexandre de Moraes."""
    words = full.split()
    if len(words) < 3 or fold(words[-2]) not in PARTICLES or name_key(words[-1]) != name_key(c.text):
        return
    before = text[max(0, c.start - len(words[-2]) - 1) : c.start]
    at = c.start - len(before)
    if before == words[-2] + " " and (at == 0 or not text[at - 1].isalnum()):
        c.start -= len(before)
        c.text = text[c.start : c.end]


def _nearest(cands: list[Candidate], c: Candidate, full: list[int]):
    same_art = [j for j in full if cands[j].article == c.article]
    earlier = [j for j in same_art if cands[j].order <= c.order]
    if earlier:
        return earlier[-1]
    if same_art:
        return same_art[0]
    return full[0] if full and len({cands[j].text.split()[0] for j in full}) == 1 else None


def _organisation_short_forms(cands: list[Candidate], cl: DisjointSets) -> None:
    """An unqualified or shorter name inside a longer one ("Revolutionary Guard" in "Islamic
    Revolutionary Guard Corps", "Freedom Caucus" in "House Freedom Caucus"), never across
    different country qualifiers; a brand's first word ("Exxon" for "Exxon Mobil Corp")."""

    known_qualifiers: dict[int, frozenset] = {}  # root -> its members' country qualifiers

    def qualifiers(root: int) -> frozenset:
        if root not in known_qualifiers:
            members = cl.members[root]
            known_qualifiers[root] = frozenset(cands[j].qualifier for j in members if cands[j].qualifier)
        return known_qualifiers[root]

    first_of = {}
    for i, c in enumerate(cands):  # and untyped proper names, which end up bodies ("Saudi Aramco")
        if c.kind == "organization" or c.kind == "" and c.evidence == "proper" and not c.headline:
            first_of.setdefault((c.article, c.text), i)
    orgs = sorted(first_of.values(), key=lambda i: (cands[i].article, cands[i].order))
    cores = {i: _core(cands[i].text) for i in orgs}
    having = defaultdict(set)  # core word -> the organisations whose core has it
    for j in orgs:
        for w in cores[j]:
            having[w].add(j)
    for i in orgs:
        ci = cores[i]
        if not ci or len(ci) < 2 and not ACRONYM_RE.match(cands[i].text) and not cands[i].qualifier:
            continue
        for j in sorted(set.intersection(*(having[w] for w in ci))):
            if i == j or cl.find(i) == cl.find(j):
                continue
            cj = cores[j]
            if not (len(ci) >= 2 and ci < cj or ci == cj and ci) or ci <= _object_core(cands[j].text):
                continue  # "Supreme Court" is not "Presidential Commission on the Supreme Court"
            if _association_of(cands[i].text, cands[j].text):
                continue  # "Manchester United" is not the "Manchester United Supporters Trust"
            qi, qj = qualifiers(cl.find(i)), qualifiers(cl.find(j))
            if len(ci) < 2 and not (qi and qi == qj) and lexicon.is_common_word(cands[i].text):
                continue  # a one-word core ("government") only joins the same country's
            if qi and qj and not (qi & qj):
                continue
            if (
                not qi
                and qj
                and cands[i].article == cands[j].article
                and abs(cands[i].order - cands[j].order) > 5
                and cands[j].order > cands[i].order
            ):
                continue  # an unqualified name far before a qualified one is not its short form
            known_qualifiers.pop(cl.find(i), None)
            known_qualifiers.pop(cl.find(j), None)
            cl.union(i, j)
    # "the Court" for the Supreme Court, "the Commission" for the commission named before
    by_head = defaultdict(list)
    for j in orgs:
        if len(cands[j].text.split()) > 1:
            by_head[_head(cands[j].text)].append(j)
    for i in orgs:
        c = cands[i]
        if len(c.text.split()) != 1 or not lexicon.is_org_word(c.text) or lexicon.known_actor(c.text):
            continue
        fulls = by_head.get(fold(c.text), [])
        pick = _nearest(cands, c, fulls) if fulls else None
        if pick is not None and (cands[pick].article == c.article or len({cl.find(j) for j in fulls}) == 1):
            cl.union(i, pick)
    firsts = defaultdict(list)
    for j in orgs:
        if len(cands[j].text.split()) >= 2:
            firsts[cands[j].text.split()[0]].append(j)
    for i in orgs:
        if (
            len(cands[i].text.split()) == 1
            and len({cl.find(j) for j in firsts.get(cands[i].text, [])}) == 1
            and not lexicon.known_actor(cands[i].text)
        ):
            cl.union(i, firsts[cands[i].text][0])
