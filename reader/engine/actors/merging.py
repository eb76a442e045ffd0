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
from typing import Optional

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler, Levenshtein

from reader.engine import gazetteer
from reader.engine.actors import context, families, lexicon, lower_bodies
from reader.engine.actors.body_short_names import acronyms, appositive_short_name
from reader.engine.actors.finding import Candidate
from reader.engine.actors.lexicon import ACRONYM_RE, PARTICLES
from reader.engine.actors.name_keys import (
    _association_of,
    _core,
    _ends_with,
    _head,
    _object_core,
    _same_token,
    _similar_place,
    _transliterated,
    _skeleton,
    key_of,
    person_words,
    similar_person,
    transliteration_key,
)
from reader.engine.disjoint import DisjointSets
from reader.engine.text import fold, name_key

_GLOSS_RE = re.compile(r"^,? (?:or|also known as|aka) (?:the )?$|^ \($")


def merge(cands: list[Candidate], text_of: dict[str, str]) -> DisjointSets:
    cl = DisjointSets(range(len(cands)))
    _by_key(cands, cl)
    acronyms(cands, cl, text_of)
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
        elif appositive_short_name(a, b, text_of[a.article]):
            cl.union(i, i + 1)
    _city_of_listed_place(cands, cl, text_of)
    families.join(cands, cl, text_of)  # before surnames: "the Pearsons" is no one Pearson
    _person_short_forms(cands, cl, text_of)
    _person_variants(cands, cl)
    _family_name_first(cands, cl)
    _place_variants(cands, cl)
    _place_short_forms(cands, cl)
    _organisation_short_forms(cands, cl)
    lower_bodies.join(cands, cl)
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
    _surname_written_apart(cands, cl, people)


def _surname_written_apart(cands: list[Candidate], cl: DisjointSets, people: list[int]) -> None:
    """ "Tetteh Larbi" for Ama Tetteh-Larbi, "Fitz Gerald" for John Fitzgerald: two or three words
    that, written together, are the one surname of the full names of one person, unless they
    already name another ("Van Dyke" for Anna Van Dyke is not Mark Vandyke)."""
    by_surname = defaultdict(list)
    for j in people:
        by_surname[name_key(person_words(cands[j].text)[-1])].append(j)
    for i in people:
        words = person_words(cands[i].text)
        if len(words) > 3:
            continue
        longer = [j for j in by_surname.get(name_key("".join(words)), []) if j != i]
        if not longer or not all(similar_person(cands[longer[0]].text, cands[j].text) for j in longer):
            continue
        named = [j for j in cl.members[cl.find(i)] if j != i and len(person_words(cands[j].text)) >= 2]
        if all(similar_person(cands[longer[0]].text, cands[j].text) for j in named):
            cl.union(i, longer[0])


def _family_name_first(cands: list[Candidate], cl: DisjointSets) -> None:
    """A two-word name the set writes in both orders is one person: "Tanaka Hiroshi" (family name
    first, as Japanese, Chinese, Korean and Hungarian names are written) and "Hiroshi Tanaka"."""
    by_order: dict[tuple[str, str], int] = {}
    for i, c in enumerate(cands):
        words = person_words(c.text) if c.kind == "person" else []
        if len(words) == 2 and name_key(words[0]) != name_key(words[1]):
            by_order.setdefault((name_key(words[0]), name_key(words[1])), i)
    for (first, last), i in by_order.items():
        j = by_order.get((last, first))
        if j is not None and _one_order_is_family_first(cands[i].text):
            cl.union(i, j)


def _one_order_is_family_first(name: str) -> bool:
    """Whether a two-word name read both ways can be one person: one word is a given name the
    list knows and the other is not ("Watanabe Akiko"), or neither is known (names from outside
    the list, as most East Asian ones are: "Mori Haruto"). Two given names ("Paul James", "James
    Paul") are two people with each other's name."""
    given = [lexicon.is_given_name(w) for w in person_words(name)]
    return given[0] != given[1] or not any(given)


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
    cutoff, the same consonant skeleton or transliteration key, or one given name (the ways
    _same_token and _similar_place find words alike); the caller checks each with its own rule. Each query is
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
        if len(name_key(word)) >= 5:
            out.add("t:" + transliteration_key(word))
        return out

    def __call__(self, word: str) -> set[int]:
        found = {x for g in self._group_keys(word) for x in self.groups.get(g, ())}
        if len(self.keys) <= _MAX_FUZZY:
            scores = process.cdist([name_key(word)], self.keys, scorer=JaroWinkler.similarity,
                                   score_cutoff=self.cutoff, dtype=np.float32)[0]
            found.update(int(x) for x in np.nonzero(scores)[0])
        return found

    def many(self, words: list[str]) -> dict[str, set[int]]:
        """__call__ for each of words, the fuzzy scores of all of them in one pass."""
        out = {w: {x for g in self._group_keys(w) for x in self.groups.get(g, ())} for w in words}
        if words and self.keys and len(self.keys) <= _MAX_FUZZY:
            scores = process.cdist([name_key(w) for w in words], self.keys, scorer=JaroWinkler.similarity,
                                   score_cutoff=self.cutoff, dtype=np.float32)
            for row, col in zip(*np.nonzero(scores)):
                out[words[row]].add(int(col))
        return out


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
        key = key_of(c) if c.evidence != lower_bodies.EVIDENCE else ""   # lower_bodies.join's
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

    lone = sorted({  # words alone that may be a surname spelt otherwise than the set's full names
        c.text for c in cands
        if c.kind in ("", "person") and len(person_words(c.text)) == 1 and len(name_key(c.text)) >= 5
        and name_key(c.text) not in by_surname
    })
    alike_anywhere = _AlikeIndex([person_words(cands[j].text)[-1] for j in persons], 0.92).many(lone)

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
        key = name_key(person_words(c.text)[0])
        if c.kind == "place" and (gazetteer.is_country(c.text) or c.evidence == "list" and not c.headline):
            named = by_surname.get(key, [])
            if gazetteer.is_country(c.text) or not _surname_not_place(cands, c, named, text_of):
                continue
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
        if pick is None and c.text in alike_anywhere and not full:  # "Fisher" for "Ellen Fischer"
            pick = _one_alike_surname(cands, c, [persons[x] for x in sorted(alike_anywhere[c.text])])
        if pick is not None:
            c.kind = "person"
            cl.union(pick, i)
            _with_particle(c, cands[pick].text, text_of[c.article])


def _one_alike_surname(cands: list[Candidate], c: Candidate, near: list[int]) -> Optional[int]:
    """A surname alone that another source spells otherwise ("Fisher" where the set names "Ellen
    Fischer", or both spellings in full): the full name whose surname is one letter away from it
    or a transliteration of it, when all such full names are one person's. Names alike in more
    letters are as often two families ("Lindberg", "Lindgren"). near: what _AlikeIndex found."""
    alike = [
        j
        for j in near
        if _one_spelling(person_words(cands[j].text)[-1], c.text)
        and not _plural_of(c.text, person_words(cands[j].text)[-1])
    ]
    if alike and all(similar_person(cands[alike[0]].text, cands[j].text) for j in alike):
        return alike[0]
    return None


def _one_spelling(surname: str, word: str) -> bool:
    """ "Fischer" / "Fisher", "Hartmann" / "Hartman": one letter changed,
    added or left out, or a transliteration."""
    if not _same_token(surname, word, strict=True):
        return False
    return Levenshtein.distance(name_key(surname), name_key(word)) <= 1 or _transliterated(surname, word)


def _plural_of(word: str, surname: str) -> bool:
    """ "the Fishers": a family, not the one Fisher."""
    w, f = fold(word), fold(surname)
    return w in (f + "s", f + "es")


def _surname_not_place(
    cands: list[Candidate], c: Candidate, full: list[int], text_of: dict[str, str]
) -> bool:
    """ "Lima" after "Ana Lima" in the same article: the person's surname, though a list knows
    the word as a city; unless the set also writes it where a place stands ("flew to Lima"),
    for its mentions are one by their spelling."""

    def placed(x: Candidate) -> bool:
        before = text_of[x.article][max(0, x.start - 20) : x.start]
        return context.located(before) or bool(_TO_PLACE_RE.search(before))

    return any(cands[j].article == c.article and cands[j].order <= c.order for j in full) and not any(
        placed(x) for x in cands if x.text == c.text
    )


_TO_PLACE_RE = re.compile(r"\b(?:to|from|of|at)\s+$")


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
        if c.kind == "organization" and c.evidence != lower_bodies.EVIDENCE or (
            c.kind == "" and c.evidence == "proper" and not c.headline
        ):
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
