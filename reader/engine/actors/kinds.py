"""Typing a name piece as a person, an organisation or a place, or as no actor at all.

Evidence, strongest first: shipped lists (known actors, the gazetteer, demonyms), the name's own
words (an organisation's head word "Ministry", a place word "Strait", a law's "Act"), a title in
front ("Sen.", "Mr."), a given name ("Karen Bass"), and whether the words are common English
words ("Drug Administration", "Cold War": capitalised, but no person).
"""

from __future__ import annotations

import re
from typing import Optional

from reader.engine import gazetteer
from reader.engine.actors import context, lexicon
from reader.engine.actors.lexicon import ACRONYM_RE, HONORIFICS, NAME_SUFFIXES

_PLACE_BEFORE_RE = re.compile(
    r"\b(?:city|town|village|province|district|region|capital|state|streets|outskirts|suburbs?|residents)"
    r" of\s*$"
)
_PLACE_AFTER_RE = re.compile(
    r"^\s+(?:province|region|city|district|border|county|constituency|municipality|prefecture|governorate|"
    r"oblast|borough|township|suburb)\b"
)
# "a Boston-based firm": a name before "-based" is where something is based, a place.
_BASED_AFTER_RE = re.compile(r"^-based\b")
# Compass words after a place's name make a district or a constituency: "Brindle Central", "Ealing North".
COMPASS = frozenset({"north", "south", "east", "west", "central", "northeast", "northwest", "southeast",
                      "southwest", "north-east", "north-west", "south-east", "south-west"})
# Prefixes of ships' names ("MV Sea Star", "HMS Defender"): a vessel, no actor.
_VESSEL_PREFIXES = frozenset({"mv", "mt", "hms", "uss", "rms", "hmas", "hmcs", "hmnzs", "fv"})
Verdict = Optional[tuple[str, str, str]]  # (kind, country qualifier, evidence) or None: no actor


def _joined(toks) -> str:
    return " ".join(t.bare if t.cap else t.text for t in toks)


def _title(t) -> bool:
    return t.folded.rstrip(".") in lexicon.titles() or t.folded.rstrip(".") in HONORIFICS


def _is_place(name: str) -> bool:
    known = lexicon.known_actor(name)
    return gazetteer.is_place(name) or bool(known and known.kind == "place")


def standalone(toks) -> bool:
    """The tokens name something by themselves: a place, a listed actor, a demonym, a person's
    full name. "Food" and "Drug Administration" do not; "Pakistan" and "Sheldon Whitehouse" do."""
    caps = [t for t in toks if t.cap]
    if not caps:
        return False
    name = _joined(toks)
    if (
        _is_place(name)
        or lexicon.known_actor(name)
        or (len(caps) == 1 and gazetteer.country_of_demonym(caps[0].bare))
    ):
        return True
    names = [t for t in caps if not _title(t)]
    return (
        len(names) >= 2
        and lexicon.is_given_name(names[0].bare)
        and not lexicon.is_org_word(names[-1].bare)
        and names[-1].folded not in lexicon.place_words()
    )


def role_filler(t) -> bool:
    """A word that may stand inside a title: "House" Minority Leader, "Democratic" Sen., "Iranian"."""
    f = t.folded.rstrip(".")
    return (
        f in lexicon.not_alone()
        or lexicon.is_org_word(t.bare)
        or bool(gazetteer.country_of_demonym(t.bare))
        or _is_place(t.bare)
        or bool(lexicon.known_actor(t.bare))
        or bool(gazetteer.state_of_abbreviation(t.text))
    )


def person_after_title(toks) -> bool:
    """Whether the words after a title name a person ("Kevin McCarthy", "Biden"), not an
    organisation ("General Motors") or a place."""
    if not toks or len(toks) > 5 or not toks[0].cap or not toks[-1].cap:
        return False
    name = _joined(toks)
    if (
        any(lexicon.is_org_word(t.bare) for t in toks if t.cap)
        or toks[-1].folded in lexicon.not_actor_heads()
    ):
        return False
    if _is_place(name) or lexicon.known_actor(name) or any(t.folded in lexicon.not_names() for t in toks):
        return False
    if len(toks) > 1 and all(t.bare.isupper() and len(t.bare) > 1 for t in toks):
        return False
    if all(t.folded.rstrip(".") in NAME_SUFFIXES for t in toks):
        return False
    return not (len(toks) == 1 and (_title(toks[0]) or toks[0].folded in lexicon.not_alone()))


def role_prefix(piece) -> int:
    """Index where the name starts after a title ("House Minority Leader | Kevin McCarthy",
    "Secretary of State | Antony Blinken", "Mr. | McCarthy"); 0 when the piece has no title in front."""
    for k in range(len(piece) - 2, -1, -1):
        before = piece[k - 1] if k else None
        if (
            not _title(piece[k])
            or before
            and before.cap
            and lexicon.is_given_name(before.bare)
            and not _is_place(before.bare)
            and not gazetteer.country_of_demonym(before.bare)  # "German Chancellor Olaf Scholz"
        ):
            continue  # "Martin Luther King III": a surname that is a title word
        start = k + 1
        # "Secretary of State Antony Blinken": common words after "of" still belong to the title
        while start < len(piece) and (
            not piece[start].cap
            or (
                any(not t.cap and t.folded == "of" for t in piece[k + 1 : start + 1])
                and (
                    (
                        lexicon.is_common_word(piece[start].bare)
                        and not lexicon.is_given_name(piece[start].bare)
                    )
                    or _is_place(piece[start].bare)
                )
            )
        ):
            start += 1
        modifier = piece[k].folded.rstrip(".") in lexicon.TITLE_MODIFIERS
        if (
            start < len(piece)
            and person_after_title(piece[start:])
            and not (modifier and len(piece) - start < 2)
        ):
            return start
    return 0


def places_in_role(role) -> list[tuple[int, int, str]]:
    """Places and bodies named inside a title: "New Jersey" in "Democratic New Jersey Sen.",
    "House" in "House Minority Leader", "Federal Trade Commission" in "Federal Trade Commission Chair"."""
    spans, cur = [], []
    for k, t in enumerate(role):
        if not t.cap or _title(t) or t.folded in lexicon.not_alone() or _portfolio(role, k):
            if cur:
                spans.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        spans.append(cur)
    out = []
    for span in spans:
        if any(lexicon.is_org_word(t.bare) for t in span) and len(span) > 1:
            out.append((span[0].start, span[-1].start + len(span[-1].bare), "organization"))
            continue
        i = 0
        while i < len(span):
            for j in range(len(span), i, -1):
                name = _joined(span[i:j])
                known = lexicon.known_actor(name)
                kind = (
                    "place"
                    if _is_place(name) or gazetteer.state_of_abbreviation(span[i].text) and j == i + 1
                    else (known.kind if known else None)
                )
                if kind:
                    out.append((span[i].start, span[j - 1].start + len(span[j - 1].bare), kind))
                    i = j
                    break
            else:
                i += 1
    return out


def _portfolio(role, k: int) -> bool:
    """ "Labour" in "Labour Minister", "Treasury" in "Treasury Secretary": the office the title
    holds, not the party or the department of that name."""
    return (
        k + 1 < len(role)
        and role[k + 1].bare[:1].isupper()
        and role[k + 1].folded in lexicon.PORTFOLIO_TITLES
        and role[k].folded in lexicon.portfolios()
        and (k == 0 or not role[k - 1].cap or _title(role[k - 1]))
    )


def qualifier_word(first) -> str:
    """The country a word in front of an organisation's name stands for: "Chinese" Foreign
    Ministry, "U.S." Food and Drug Administration; "" for other words."""
    country = gazetteer.country_of_demonym(first.bare)
    if country:
        return country
    if gazetteer.is_country(first.bare):
        return gazetteer.country_named(first.bare)
    known = lexicon.known_actor(first.bare)
    return known.canonical if known and known.kind == "place" else ""


def is_demonym(word: str) -> bool:
    """ "Iranian", "Americans"."""
    return bool(
        gazetteer.country_of_demonym(word) or (word.endswith("s") and gazetteer.country_of_demonym(word[:-1]))
    )


def classify(piece, before: str, after: str, note: str = "") -> Verdict:
    verdict = _classify(piece, before, after)
    if verdict == ("person", "", "words"):  # uncommon words only: the surroundings may say more
        caps = [t for t in piece if t.cap]
        last = caps[-1].bare
        if len(last) > 1 and last.isupper() and not re.fullmatch(r"[IVXL]+", last):
            verdict = "", "", "proper"  # "Google AI": no person's name ends in an acronym (but "Mohammed VI")
        elif context.located(before):
            verdict = "place", "", "words"  # "fighting in Khan Younis"
    if (verdict is None or verdict[0] == "" or verdict[0] == "person" and verdict[2] != "given") and (
        _PLACE_BEFORE_RE.search(before.lower()) or _PLACE_AFTER_RE.match(after.lower())
    ):
        verdict = "place", "", "words"  # "the city of Rask", "Khyber district"
    elif (
        verdict
        and verdict[2] in ("proper", "words")
        and verdict[0] in ("", "person")
        and _BASED_AFTER_RE.match(after)
    ):
        verdict = "place", "", "words"  # "a Tamale-based charity"
    if verdict and verdict[2] in ("proper", "words") and verdict[0] in ("", "place") and (
        _described_as_body(before)
    ):  # a name that reads as a person's stays one: "charity worker" and "rival" stand before people too
        verdict = "organization", verdict[1], "words"  # "drugmaker Zorvo", "consumer group Zing"
    if note == "case" and verdict and verdict[0] not in ("organization", "place"):
        return None  # "Roe v. Wade": the parties' names label a case
    return verdict


def _classify(piece, before: str, after: str) -> Verdict:
    caps = [t for t in piece if t.cap]
    name = _joined(piece)
    head = caps[-1].folded
    if head in lexicon.not_actor_heads():
        return None
    if len(caps) > 1 and caps[0].folded in _VESSEL_PREFIXES:
        return None  # "MV Sea Star": a ship
    known = lexicon.known_actor(name)
    if known:
        return (
            known.kind,
            qualifier_word(caps[0]) if len(caps) > 1 and known.kind == "organization" else "",
            "list",
        )
    if len(caps) > 1 and all(t.bare.isupper() and len(t.bare) > 1 and "." not in t.bare for t in caps):
        return None  # "THE BIG LIE": shouting, not a name
    if len(caps) == 1:
        return _classify_word(caps[0], after)
    if len(caps) == 2 and head in COMPASS and _described_as_body(before):
        return "organization", "", "words"  # "ferry company Belmar West"
    if len(caps) == 2 and head in COMPASS:
        # "Zabulo West said": a district does not speak; but "officials from Kenwick West said" are its people
        speaks = bool(_UTTERS_AFTER_RE.match(after)) and not _AMONG_PEOPLE_BEFORE_RE.search(before)
        if _names_a_place_alone(caps[0]) and not speaks or context.located(before):
            return "place", "", "words"  # "Tarno North", "in Kent West": a district, a constituency
        if lexicon.is_given_name(caps[0].bare) and not lexicon.is_common_word(caps[0].bare):
            return "person", "", "given"  # "Oliver North": a surname that is a compass word
        if speaks and not (lexicon.is_common_word(caps[0].bare) or _is_place(caps[0].bare)):
            return "person", "", "words"  # "Zabulo West said": a district does not speak
    if head in lexicon.not_alone():
        return None  # "House Republican", "California Democrat": a member, not the party
    words = [t for t in caps if t.folded.rstrip(".") not in NAME_SUFFIXES]
    if lexicon.is_org_word(caps[-1].bare) or (
        any(lexicon.is_org_word(t.bare) for t in caps) and not lexicon.is_given_name(caps[0].bare)
    ):
        return "organization", qualifier_word(caps[0]) if len(caps) > 1 else "", "words"
    if any(t.text == "&" for t in piece):
        return "organization", "", "words"  # "Fox & Friends", "Procter & Gamble"
    if _is_place(name) or head in lexicon.place_words() or caps[0].folded in lexicon.place_words():
        return "place", "", "words"
    if gazetteer.country_of_demonym(caps[0].bare) and _is_place(_joined(piece[1:])):
        return "place", "", "words"
    if any(t.folded in lexicon.not_alone() for t in caps[:1]) and len(caps) == 2 and _is_place(caps[1].bare):
        return "place", "", "words"
    initials = any(len(t.bare) == 1 or (len(t.bare) == 2 and t.text.endswith(".")) for t in words)
    given = bool(words) and lexicon.is_given_name(words[0].bare) and not _is_place(words[0].bare)
    if not given and _abstract_after_particle(piece):
        return "organization", "", "words"  # "Partido de la Revolución", "Amigos pela Terra"
    uncommon = any(not lexicon.is_common_word(t.bare) for t in words if len(t.bare) > 1)
    if given or initials or uncommon:
        if (
            len(caps) == 2
            and not given
            and gazetteer.country_of_demonym(caps[0].bare)
            and not lexicon.is_common_word(caps[1].bare)
            and caps[1].folded not in lexicon.not_alone()
        ):
            return "", qualifier_word(caps[0]), "proper"  # "Saudi Aramco": a country's firm
        if any(t.folded in lexicon.not_alone() or is_demonym(t.bare) for t in caps) and not given:
            return None  # "Democratic California Rep", "Black Americans"
        if not given and any(_is_place(t.bare) for t in words) and not _place_as_given_name(words):
            return "", "", "proper"  # "Real Madrid", "Inter Milan": a club, a firm, not a person
        return "person", "", "given" if given else "words"
    return None  # "Cold War", "Big Tech", "Health Statistics": capitalised common words


_LAST_WORD_RE = re.compile(r"([A-Za-z-]+)\s+$")


def _described_as_body(before: str) -> bool:
    """Whether a body's descriptor ("operator", "drugmaker") stands right before a name."""
    m = _LAST_WORD_RE.search(before)
    return bool(m) and m.group(1).lower() in lexicon.body_descriptors()


def _names_a_place_alone(t) -> bool:
    """Whether a word before a compass word may be a place's name: a listed place, or a word that
    is no common word, given name, title, demonym or party word ("Oliver North" is a person)."""
    if t.folded in lexicon.not_alone() or _title(t) or is_demonym(t.bare) or t.bare.isupper():
        return False
    return _is_place(t.bare) or not (lexicon.is_common_word(t.bare) or lexicon.is_given_name(t.bare))


def _place_as_given_name(words) -> bool:
    """ "Jordan Peterson", "Paris Hilton", "Chelsea Manning": a given name that is also a place's
    name, before one surname that is no common word and no place, names a person."""
    return (
        len(words) == 2
        and lexicon.is_given_name(words[0].bare)
        and "-" not in words[1].bare
        and not lexicon.is_common_word(words[1].bare)
        and not _is_place(words[1].bare)
        and not words[1].bare.isupper()
    )


# Endings of Spanish, Portuguese and Italian abstract nouns ("Revolución", "Cidade", "Educação",
# "Nazione"), folded: such a word after "de", "da", "pela" names a cause, not a family.
_ABSTRACT_ENDINGS = ("cion", "sion", "cao", "coes", "sao", "dade", "dad", "zione", "ismo", "encia")


def _abstract_after_particle(piece) -> bool:
    after_particle = False
    for t in piece:
        if not t.cap and t.folded in lexicon.PARTICLES:
            after_particle = True
        elif after_particle and t.cap:
            return t.folded.endswith(_ABSTRACT_ENDINGS) and len(t.folded) > 5
    return False


def _classify_word(t, after: str) -> Verdict:
    w, f = t.bare, t.folded
    if f in lexicon.not_names() or f in lexicon.not_alone() or f.rstrip(".") in lexicon.titles():
        return None
    country = gazetteer.country_of_demonym(w)
    if country:
        return "place", "", "demonym"
    if w.endswith("s") and gazetteer.country_of_demonym(w[:-1]):
        return None  # "Americans": people, not the country
    if _is_place(w) or gazetteer.state_of_abbreviation(t.text):
        return "place", "", "list"
    if ACRONYM_RE.match(w):
        if lexicon.is_common_word(w) and len(w) >= 5 and w.isupper():
            return None  # "RECALLS", "BIG": a headline's capitals
        return "organization", "", "acronym"
    if lexicon.is_org_word(w):
        return "organization", "", "words"
    if lexicon.is_given_name(w):
        return "", "", "given"
    if lexicon.is_common_word(w):
        return "", "", "common"
    if t.initial and lexicon.is_closed_compound(w) and not _UTTERS_AFTER_RE.match(after):
        return "", "", "common"  # "Floodwater swept ...": capitalised by its place, a compound word
    return "", "", "proper"


# An utterance verb after a word: whatever the word's letters, it names a speaker ("Greenpeace said").
# A name after "in", "of", "from" or "across", or after a plural noun ("voters", "residents
# in", "officials from"), is where the speakers are, not who speaks.
_AMONG_PEOPLE_BEFORE_RE = re.compile(r"(?:\b(?:in|of|from|across|at|for|near)|\b[a-z]{3,}[^s\W]s)\s+$")
_UTTERS_AFTER_RE = re.compile(r"\s+(?:said|says|told|tells|wrote|writes|added|announced)\b")
