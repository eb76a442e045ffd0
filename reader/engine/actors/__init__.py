"""People, organisations and places named in the articles, merged across spellings and short forms.

Offline and rule-based, in three steps that change apart:
- finding (finding.py): capitalised runs of words, cut and joined into names, titles split off
  as roles (roles.py reads titles, appositions and a country's possessive), state tags
  "(D-Calif.)" read as places; Title Case headlines keep only names the
  bodies or the shipped lists know;
- typing (kinds.py): shipped lists, the name's own words, titles, given names, common words;
- merging (merging.py): listed equivalents, acronyms, short forms, variants, by the name keys
  of name_keys.py (spelling keys, initials, transliteration skeletons, organisation cores).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Optional, Sequence

from reader.engine import gazetteer
from reader.engine.actors import context, lexicon, lower_bodies
from reader.engine.actors.finding import Candidate, SetNames, candidates_in
from reader.engine.actors.merging import merge
from reader.engine.actors.name_keys import key_of, person_words
from reader.engine.model import Actor, Article, Mention, Sentence
from reader.engine.text import WORD_RE, fold, name_key, title_case

__all__ = ["find_actors"]

_LOWER_TAILS = (
    " news agency",
    " news",
    " government",
    " administration",
    " campaign",
    " region",
    " province",
    " state",
)
_ILLNESS_RE = re.compile(r"^['’]s? (?:disease|syndrome)\b")
_POSSESSIVE_AFTER_RE = re.compile(r"^['’]s?\b")


def find_actors(articles: Sequence[Article], sentences: Sequence[Sentence]) -> list[Actor]:
    text_of = {a.id: a.text for a in articles}
    written = set()
    for s in sentences:
        if s.role == "body":
            written.update(WORD_RE.findall(s.text))
    lowercase = {fold(w) for w in written if w[:1].islower()}
    names = SetNames(  # "Apple said", "Apple's store"; "World Health Organization (WHO)"; "A & B"
        context.capitalised_common_words(sentences, lowercase),
        context.defined_acronyms(sentences),
        context.ampersand_names(sentences),
    )
    memo: dict = {}
    found = {
        s.id: candidates_in(s, text_of[s.article], lowercase, memo=memo, names=names)
        for s in sentences
        if s.role == "body"
    }
    _read_surnames_again(found, sentences, text_of, lowercase, names)
    lower_bodies.find(text_of, sentences, found)  # "the coast guard said", "police sources said"
    cands: list[Candidate] = [c for s in sentences if s.id in found for c in found[s.id]]
    for c in cands:
        if c.evidence == "common" and fold(c.text) in names.common:  # a word the set uses as a name
            c.evidence = "proper"
    known = _known_forms(cands)

    def known_kind(form: str) -> Optional[str]:
        k = name_key(form)
        if k in known:
            return known[k]
        listed = lexicon.known_actor(form)
        if listed:
            return listed.kind
        if gazetteer.is_place(form) and len(form) > 3:
            return "place"
        return None

    for s in sentences:
        text = text_of[s.article]
        if s.role == "byline":
            cands.extend(c for c in candidates_in(s, text, lowercase) if c.kind)
        elif s.role != "body":
            if title_case(s.text):
                found = candidates_in(s, text, lowercase, known=known_kind)
            else:
                found = [c for c in candidates_in(s, text, lowercase) if c.kind or name_key(c.text) in known]
            for c in found:
                c.headline = True
            cands.extend(found)
    _retype_company_prefixes(cands)
    cl = merge(cands, text_of)
    clusters = defaultdict(list)
    for i, c in enumerate(cands):
        clusters[cl.find(i)].append(c)
    kind_of = {root: _cluster_kind(members, text_of) for root, members in clusters.items()}
    _kinds_from_coordination(cands, cl, kind_of, text_of)
    _drop_shared_given_names(clusters, kind_of)
    actors = [_actor(clusters[root], kind) for root, (kind, _) in kind_of.items() if kind]
    actors.sort(key=lambda a: (-len(a.mentions), a.name))
    return [
        Actor(
            id=f"actor:{k + 1}", name=a.name, kind=a.kind, aliases=a.aliases, mentions=a.mentions, role=a.role
        )
        for k, a in enumerate(actors)
    ]


_FIRST_WORD_RE = re.compile(r"\W*(\w+)")


def _read_surnames_again(
    found: dict[str, list[Candidate]], sentences: Sequence[Sentence], text_of: dict, lowercase: set,
    names: SetNames,
) -> None:
    """ "Papas, speaking later, said": a common word that opens a sentence is dropped, unless it is
    the surname of a person the set names in full ("Nikos Papas"); the sentences that open with
    one are read again knowing those surnames."""
    surnames = set()
    for cands in found.values():
        for c in cands:
            words = person_words(c.text) if c.kind == "person" else []
            if len(words) >= 2 and (fold(words[-1]) in lowercase or lexicon.is_common_word(words[-1])):
                surnames.add(fold(words[-1]))
    if not surnames:
        return
    again = names._replace(surnames=frozenset(surnames))
    for s in sentences:
        first = _FIRST_WORD_RE.match(s.text)
        if s.id in found and first and fold(first.group(1)) in surnames:
            found[s.id] = candidates_in(s, text_of[s.article], lowercase, names=again)


def _known_forms(cands: list[Candidate]) -> dict[str, str]:
    """Name key -> kind for what the bodies name: every typed form, and people's surnames."""
    known: dict[str, str] = {}
    for c in cands:
        if c.kind or c.evidence == "proper":
            known.setdefault(name_key(c.text), c.kind or "")
        if c.kind == "person":
            words = person_words(c.text)
            if len(words) >= 2:
                known.setdefault(name_key(words[-1]), "person")
        elif c.kind == "organization":
            first = _short_name_of_body(c.text)
            if first:
                known.setdefault(name_key(first), "organization")
    return known


# Head words of a place's own bodies: "Brindle Council", "Brindle Police", "Brindle University"
# are named after the town, so the town's name alone in a headline is the town.
_BODIES_OF_A_PLACE = frozenset({
    "council", "police", "university", "hospital", "airport", "port", "county", "city", "district",
    "school", "college", "library", "museum", "station", "assembly", "municipality", "government",
    "court", "prison", "cathedral", "church", "harbour", "harbor", "zoo", "borough", "corporation",
})


def _short_name_of_body(name: str) -> str:
    """ "Halvorsen" of "Halvorsen Athletic", "Corvell" of "Corvell Foods": the first word of a
    body's two-word name whose second is a head word, when that first word is no common word,
    place, given name or demonym, and the body is not one of a place's own (council, police,
    university...); a headline may call the body by it. "" otherwise."""
    words = name.split()
    if len(words) != 2 or not lexicon.is_org_word(words[1]) or fold(words[1]) in _BODIES_OF_A_PLACE:
        return ""
    first = words[0]
    if (
        not first[:1].isupper()
        or lexicon.is_common_word(first)
        or lexicon.is_given_name(first)
        or gazetteer.is_place(first)
        or gazetteer.country_of_demonym(first)
        or lexicon.known_actor(first)
        or first.isupper()
    ):
        return ""
    return first


def _retype_company_prefixes(cands: list[Candidate]) -> None:
    """'Exxon Mobil' looks like a person's name, but 'Exxon Mobil Corp.' is a company: a name
    that begins an organisation's name is that organisation."""
    prefixes = set()
    for c in cands:
        words = c.text.split()
        if c.kind == "organization" and len(words) >= 2:
            prefixes.update(" ".join(words[:k]) for k in range(1, len(words)))
    for c in cands:
        if c.kind in ("person", "") and c.evidence not in ("title", "honorific") and c.text in prefixes:
            c.kind = "organization"


def _cluster_kind(members: list[Candidate], text_of: dict[str, str]) -> tuple[str, bool]:
    """(kind, typed): the kind most mentions have; a title or an honorific makes a person. A
    proper name no mention types is judged by its surroundings (context.py): a product is no
    actor, a name after "in" is a place, and a name of several words, used again, in the
    possessive ("Pfizer said", "Biogen's drug") or beside a body's people an organisation;
    typed is False for that default, and for names left out, which coordination may still type. Illnesses
    ("Alzheimer's disease") and common words are no actors."""
    after = [text_of[c.article][c.end : c.end + 12] for c in members]
    if any(_ILLNESS_RE.match(a) for a in after):
        return "", True
    if any(c.kind == "person" and c.evidence in ("title", "honorific") for c in members):
        return "person", True
    kinds = Counter(c.kind for c in members if c.kind)
    weak_person = set(kinds) == {"person"} and all(c.evidence == "words" for c in members if c.kind)
    if weak_person and context.is_employer(members, text_of):
        return "organization", True     # "Goldman Sachs": no given name, and analysts work there
    if kinds:
        return kinds.most_common(1)[0][0], True
    if not any(c.evidence == "proper" for c in members) or all(c.headline for c in members):
        return "", True
    body = [c for c in members if not c.headline]
    single_word = all(len(c.text.split()) == 1 for c in members)
    if single_word and context.is_product(body, text_of):
        return "", True
    if context.is_located(body, text_of):
        return "place", True
    again = len(members) >= 2 and any(
        c.article != members[0].article or c.order != members[0].order for c in members
    )
    owned = any(_POSSESSIVE_AFTER_RE.match(text_of[c.article][c.end : c.end + 3]) for c in body)
    employer = context.is_employer(body, text_of) or context.camel_case_subject(body, text_of)
    return ("organization" if again or owned or employer or not single_word else ""), False


def _drop_shared_given_names(clusters: dict, kind_of: dict) -> None:
    """ "Carlos said" where the set names Carlos Ruiz and Carlos Mendes: a given name alone that
    joined none of them is one of them, not a person of its own; it is left out."""
    firsts = Counter()
    for root, members in clusters.items():
        if kind_of[root][0] == "person":
            firsts.update({fold(w[0]) for w in (person_words(c.text) for c in members) if len(w) >= 2})
    for root, members in clusters.items():
        if kind_of[root][0] == "person" and all(
            c.evidence == "given" and " " not in c.text and firsts[fold(c.text)] >= 2 for c in members
        ):
            kind_of[root] = ("", True)


def _kinds_from_coordination(cands: list[Candidate], cl, kind_of: dict, text_of: dict[str, str]) -> None:
    """A name the rules above only guessed at takes the kind of a typed name it is joined to by
    "and", "or" or a comma ("reach Wajima and Suzu", "won Rae Bareli and Wayanad")."""
    for i, others in context.coordinated(cands, text_of).items():
        root = cl.find(i)
        kind, typed = kind_of.get(root, ("", True))
        if typed or cands[i].headline:
            continue
        known = {kind_of[cl.find(j)][0] for j in others if kind_of.get(cl.find(j), ("", False))[1]}
        known.discard("")
        if len(known) == 1:
            kind_of[root] = (known.pop(), True)


def _actor(members: list[Candidate], kind: str) -> Actor:
    forms = Counter(c.text for c in members)
    for c in members:  # "AP news agency" is also "AP"
        for tail in _LOWER_TAILS:
            if (
                c.text.endswith(tail)
                and c.text[:1].isupper()
                and not gazetteer.country_of_demonym(c.text.split()[0])
                and tail not in (" administration", " campaign", " government")
            ):
                forms.setdefault(c.text[: -len(tail)], 0)  # a form of its own, with no mentions
    for c in members:  # "U.S. House of Representatives" is also "House of Representatives"
        words = c.text.split()
        if (
            kind == "organization"
            and c.qualifier
            and len(words) > 2
            and lexicon.known_actor(" ".join(words[1:]))
        ):
            forms.setdefault(" ".join(words[1:]), 0)
    demonym_country = next(
        (
            gazetteer.country_of_demonym(c.text)
            for c in members
            if kind == "place" and gazetteer.country_of_demonym(c.text)
        ),
        None,
    )
    real = [
        f
        for f in forms
        if not (kind == "place" and gazetteer.country_of_demonym(f)) and not f.endswith(_LOWER_TAILS)
    ] or [f for f in forms if not (kind == "place" and gazetteer.country_of_demonym(f))]
    if real:
        # the full name a source uses most: several words beat a surname or an acronym
        name = max(
            real,
            key=lambda f: (
                len(f.split()) > 1,
                f[:1].isupper(),       # "Calvarian Coast Guard" over "coast guard"
                not f.isupper() or len(f) < 6,
                forms[f],
                len(f.split()),
                len(f),
            ),
        )
    else:
        listed = lexicon.known_actor(next(iter(forms)))
        name = demonym_country or (listed.canonical if listed else next(iter(forms)))
    if all(c.evidence == lower_bodies.EVIDENCE for c in members):   # "weather bureau": a body's name
        name = name[:1].upper() + name[1:]
    roles = Counter(c.role for c in members if c.role)
    mentions = tuple(
        sorted(
            (Mention(c.article, c.start, c.end, c.text, c.sentence) for c in members),
            key=lambda m: (m.article, m.start),
        )
    )
    return Actor(
        id="",
        name=name,
        kind=kind,
        aliases=tuple(sorted(f for f in forms if f != name and f != name[:1].lower() + name[1:])),
        mentions=mentions,
        role=roles.most_common(1)[0][0] if roles else "",
    )


# kept importable for callers that used the module's helpers
key_of = key_of
