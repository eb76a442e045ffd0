"""Finding the candidate mentions of one sentence.

runs.py cuts the sentence into name pieces; here the pieces are cut further at words that are no
names ("The", "After", a sentence-initial "Lawmakers"), a title in front of a person ("House
Minority Leader Kevin McCarthy") is split off as the person's role, party tags ("D-Calif.") give
their state, and each piece is typed by kinds.classify. Title Case headlines keep only the names
the bodies or the shipped lists know. Forms read whole before the runs (party tags, "City,
Region", dated bodies) are fixed_forms.py's.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, NamedTuple, Optional

from reader.engine import dates, gazetteer
from reader.engine.actors import fixed_forms, kinds, lexicon
from reader.engine.actors.lexicon import CONNECTORS
from reader.engine.actors.roles import country_before, role_after, role_before
from reader.engine.actors.runs import Tok, pieces, runs, tokens
from reader.engine.model import Sentence
from reader.engine.text import QUOTE_CHARS

_PARTY_GROUP_RE = re.compile(
    r"\b([A-Z][a-z]+) (?:senators|lawmakers|legislators|representatives|congressmen|congresswomen|"
    r"governors|leaders|members|MPs)\b"
)
_GOVERNMENT_IN_RE = re.compile(r"\bgovernment (?:in|of) ([A-Z][\w-]+(?: [A-Z][\w-]+)?)")
_LOWER_ORG_TAILS = (
    "news agency",
    "news",
    "government",
    "administration",
    "campaign",
    "school district",
    "school board",
    "police department",
    "city council",
    "embassy",  # "the Norwegian embassy": a country's embassy, the country its qualifier
    "consulate",
    "family",  # "the Pearson family": a family, not the person Pearson
)
_LOWER_PLACE_TAILS = ("region", "province", "state")
_MINISTRY_AFTER_RE = re.compile(r" ((?:[a-z]+ ){0,2}ministry)\b")  # "the Saudi energy ministry"


@dataclass
class Candidate:
    """One mention of a possible actor."""

    article: str
    sentence: str
    start: int
    end: int
    text: str
    kind: str  # person | organization | place | "" (not known yet)
    qualifier: str = ""  # country qualifying an organisation ("Chinese Foreign Ministry")
    role: str = ""
    acronym_of: Optional[int] = None
    order: int = 0  # sentence index, for "most recent" look-backs
    initial: bool = False  # first word of its sentence (capitalised for that reason alone?)
    evidence: str = ""  # why the kind: "title", "honorific", "given", "list", "words"...
    headline: bool = False


# --- candidates of one sentence -----------------------------------------------------------------

Known = Callable[[str], Optional[str]]  # a form -> the kind it is known as, or None


def candidates_in(
    sentence: Sentence,
    text: str,
    lowercase_words: set,
    known: Optional[Known] = None,
    memo: Optional[dict] = None,
    names: Optional[SetNames] = None,
) -> list[Candidate]:
    """Candidate mentions in one sentence. With known (headlines in Title Case), only the
    stretches of runs that name something known are kept. memo (one dict for the sentences of
    one call with the same lowercase_words) keeps what a run gave in its surroundings, so a
    run repeated in the same words around it ("Go go go ...") is read once. names: what the
    whole set says about words the lists would reject (SetNames)."""
    out: list[Candidate] = []

    def add(s: int, e: int, kind: str, **kw) -> None:
        out.append(
            Candidate(
                sentence.article,
                sentence.id,
                s,
                e,
                text[s:e],
                kind,
                order=sentence.index,
                initial=s == sentence.start,
                **kw,
            )
        )

    consumed = sorted(
        fixed_forms.state_tags(sentence, text, add)
        + fixed_forms.dated_bodies(sentence, text, add)
        + fixed_forms.city_and_region(sentence, text, add)
    )
    toks = tokens(text, sentence.start, sentence.end)
    if consumed:
        starts = [s for s, _ in consumed]
        toks = [t for t in toks if not _inside(t.start, consumed, starts)]
    toks = fixed_forms.standalone_state_abbreviations(toks, text, add)
    body = text[sentence.start : sentence.end]
    for m in _PARTY_GROUP_RE.finditer(body):  # "Democratic senators": the party's members as one body
        if lexicon.party_of(m.group(1)):
            add(sentence.start + m.start(), sentence.start + m.end(), "organization", evidence="list")
    for m in _GOVERNMENT_IN_RE.finditer(body):  # "the government in Tehran": Iran's government
        place = m.group(1)
        country = gazetteer.country_of_city(place) or gazetteer.country_named(place)
        if country:
            add(
                sentence.start + m.start(),
                sentence.start + m.end(),
                "organization",
                qualifier=country,
                evidence="words",
            )
    memo = {} if memo is None else memo
    for run in runs(text, toks):
        if known is not None:
            _known_stretches(run, text, known, add)
            continue
        base = run[0].start
        w0 = max(sentence.start, base - _CONTEXT_BEFORE)
        key = (text[w0 : run[-1].end + _CONTEXT_AFTER], base - w0, w0 == sentence.start)
        key += tuple(t.initial for t in run)
        if key not in memo:
            found: list[tuple] = []

            def keep(s: int, e: int, kind: str, **kw) -> None:
                found.append((s - base, e - base, kind, kw))

            defined = _defined_by_brackets(run, text)
            if defined:  # "Alternative for Germany (AfD)", "Social Democrats (SPD)": one body's name
                end = defined[-1].start + len(defined[-1].bare)
                keep(defined[0].start, end, "organization", evidence="words")
            for piece, note in [] if defined else pieces(run, (names or _NO_NAMES).ampersand):
                for sub in _split_not_names(piece, lowercase_words, names or _NO_NAMES, text):
                    if len(sub) == 1 and sub[0].bare in (names or _NO_NAMES).acronyms:
                        keep(sub[0].start, sub[0].end, "organization", evidence="acronym")
                        continue    # "WHO", defined in brackets: a body, whatever the lists say
                    _emit(sub, note, sentence, text, keep)
            memo[key] = found
        for s, e, kind, kw in memo[key]:
            add(base + s, base + e, kind, **kw)
    return out


# A verb right after a word (said, has, attacked): it is the subject ("Xi said", "Trump attacked").
_SPEAKS_AFTER_RE = re.compile(
    r"\s+(?:said|says|told|tells|wrote|writes|has|had|was|is|will|would|[a-z]{3,}ed)\b"
)
# After a sentence's first word that is a person's surname: a comma, a possessive's mark or a
# verb make it that person ("Papas, speaking later,", "Papas' critics", "Young said").
_SURNAME_CUE_RE = re.compile(r"[,'’]|" + _SPEAKS_AFTER_RE.pattern)
# How far _emit reads around a run: a role up to 80 characters before a name, a lower-case tail
# ("police department") after it.
_CONTEXT_BEFORE, _CONTEXT_AFTER = 80, 24


_BRACKET_ACRONYM_RE = re.compile(r" \(((?:[A-Z][a-z]?){1,5}[A-Z]s?)\)")


def _defined_by_brackets(run: list[Tok], text: str) -> list[Tok]:
    """The end of a run that an acronym in brackets right after it abbreviates, as the name of a
    body: "The far-right Alternative for Germany (AfD)" -> "Alternative for Germany"; "Social
    Democrats (SPD)" (the party's own-language initials) -> "Social Democrats"; [] when none."""
    m = _BRACKET_ACRONYM_RE.match(text, run[-1].end)
    if not m or len(run) < 2 and not run[0].cap:
        return []
    acronym = m.group(1)[:-1] if m.group(1).endswith("s") and len(m.group(1)) > 2 else m.group(1)
    letters = [ch for ch in acronym if ch.isupper()]
    for k in range(len(run)):
        tail = run[k:]
        if not tail[0].cap or any(t.possessive for t in tail[:-1]):
            continue
        initials = [t.bare[0].upper() for t in tail if t.cap or t.folded in CONNECTORS]
        caps = [t.bare[0].upper() for t in tail if t.cap]
        whole = k == 0 or run[k - 1].possessive
        own_language = (  # "Social Democrats (SPD)", "Alternative for Germany (AfD)": the acronym of
            whole  # the name in its own language, one letter a word or common words only
            and len(caps) >= 2
            and caps[0] == letters[0]
            and (len(acronym) == len(initials) or all(lexicon.is_common_word(t.bare) for t in tail if t.cap))
        )
        if letters in (initials, caps) or own_language:
            return tail
    return []


def _inside(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _shouted(piece: list[Tok], k: int) -> bool:
    """ "Macron RECALLS French ambassador", "THE BIG LIE": common words in capitals are a headline's
    shouting; a lone short one may be an acronym ("MSS")."""

    def loud(t: Tok) -> bool:
        return (
            len(t.bare) > 2
            and t.bare.isupper()
            and lexicon.is_common_word(t.bare)
            and not lexicon.known_actor(t.bare)
        )

    t = piece[k]
    return loud(t) and (len(t.bare) >= 5 or any(loud(x) for x in piece[max(0, k - 1) : k + 2] if x is not t))


class SetNames(NamedTuple):
    """What the whole set says about words the lists would reject: common words it writes as
    names ("Apple", folded) and acronyms it defines in brackets ("World Health Organization
    (WHO)", as written)."""

    common: frozenset = frozenset()
    acronyms: frozenset = frozenset()
    ampersand: frozenset = frozenset()  # "brackleyandstone" when the set writes "Brackley & Stone"
    surnames: frozenset = frozenset()  # "papas": common words the set's people have as surnames


_NO_NAMES = SetNames()


def _split_not_names(
    piece: list[Tok], lowercase_words: set, names: SetNames = _NO_NAMES, text: str = ""
) -> list[list[Tok]]:
    """Cut at words that are no names ("The", "After"), and drop a sentence-initial common word
    ("Lawmakers", "Calling") unless it stands alone before a verb ("Xi said", "Trump attacked"),
    where it may be a surname: merging keeps it only if it joins a person."""
    out, cur = [], []
    for k, t in enumerate(piece):
        f = t.folded
        initial_letter = len(t.bare) == 1 and t.text.endswith(".")
        if t.bare in names.acronyms:
            common = False
        elif t.cap and f in lexicon.not_names() and not initial_letter:
            common = (
                not _month_as_given_name(piece, k, text)
                and not _heads_a_name(piece, k)
                and not _opens_a_body(piece, k)
            )
        elif _shouted(piece, k):
            common = True  # "Macron RECALLS French ambassador": a headline's shouting
        elif t.initial and k == 0 and len(piece) > 1 and piece[1].cap and f in lexicon.body_descriptors():
            common = True  # "Drugmaker Pfizer said": the body's descriptor, not its name
        elif t.initial and t.cap and k == 0:
            alone = len(piece) == 1
            rest = piece[1:]
            common = (
                (
                    f in lowercase_words
                    or (
                        lexicon.is_common_word(t.bare)
                        and not lexicon.is_given_name(t.bare)
                        and rest
                        and (
                            rest[0].folded in CONNECTORS - {"&"}
                            or len(rest) > 1
                            and lexicon.is_given_name(rest[0].bare)
                        )
                        and not lexicon.is_org_word(t.bare)
                    )
                    # "Police said", "Authorities closed", "Court documents show": a common noun
                    # alone, no name, even when it is also a given name ("Court", "Hope"); as a
                    # name it stands before a surname, as a surname before a verb (below), as an
                    # outlet's or a body's name before its lower-case tail ("Dawn news reported")
                    or (
                        alone
                        and lexicon.is_common_word(t.bare)
                        and not (lexicon.is_given_name(t.bare) and _before_body_tail(text, t.end))
                    )
                )
                and not kinds.standalone([t])
                and f not in names.common
                and not (alone and f in names.surnames and _SURNAME_CUE_RE.match(text, t.end))
                and not (alone and _given_name_alone(t, text))
                and not (
                    alone
                    and f not in lowercase_words
                    and _SPEAKS_AFTER_RE.match(text, t.end)
                    and not lexicon.is_org_word(t.bare)
                )
                and not lexicon.known_actor(t.bare)
                and f not in lexicon.titles()
                and not gazetteer.country_of_demonym(t.bare)
                and f not in lexicon.not_alone()
            )
        else:
            common = False
        if common:
            if cur and not _names_a_day(cur, t, text):
                out.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        out.append(cur)
    cleaned = []
    for p in out:
        while p and not p[0].cap:
            p = p[1:]
        while p and not p[-1].cap:
            p = p[:-1]
        if p and sum(len(t.bare) for t in p) >= 2:
            cleaned.append(p)
    return cleaned


_AGE_AFTER_RE = re.compile(r", \d{1,3}(?:,|\.(?!\d)| said\b)| \(\d{1,3}\)")
_UTTERS_AFTER_RE = re.compile(r"\s+(?:said|says|told|tells|added|adds|explained|recalled|shouted)\b")
_UTTERS_BEFORE_RE = re.compile(r"\b(?:said|says|added|adds|explained|recalled|shouted)\s+$")


# Words before a name that say a person gave it: "gave his name as", "identified only as",
# "known only as", "first name".
_NAME_GIVEN_AS_RE = re.compile(
    r"\b(?:gave (?:his|her|their) (?:first |full )?name (?:only )?as|identified (?:\w+self )?(?:only )?as|"
    r"known only as|(?:his|her|their) first name,?)\s+$"
)


def _given_name_alone(t: Tok, text: str) -> bool:
    """ "Maria, 37,", "Stavros said", "said Stavros": a word the lists know as a given name,
    written alone with an age or a verb of speech beside it, names a person."""
    if not lexicon.is_given_name(t.bare) or t.possessive or gazetteer.is_place(t.bare):
        return False
    if _AGE_AFTER_RE.match(text, t.end):
        return True
    if lexicon.is_common_word(t.bare):
        return False  # "Hope said", "Will said": the word more often than the name
    before = text[max(0, t.start - 12) : t.start]
    return bool(_UTTERS_AFTER_RE.match(text, t.end) or _UTTERS_BEFORE_RE.search(before))


def _heads_a_name(piece: list[Tok], k: int) -> bool:
    """ "SunRiver TV", "Geo TV", "Iranian State TV": a word that names nothing alone ("TV") but is
    a body's head word ends the name of a body after a name that is no common word, or after
    "State" (a state's broadcaster)."""
    return (
        k > 0
        and lexicon.is_org_word(piece[k].bare)
        and piece[k - 1].cap
        and (not lexicon.is_common_word(piece[k - 1].bare) or piece[k - 1].folded == "state")
        and piece[k - 1].folded not in lexicon.not_names()
    )


def _opens_a_body(piece: list[Tok], k: int) -> bool:
    """ "Irish Rugby Football Union", "AI Safety Institute": a word that names nothing alone, no
    common word and no day or month, opens a body's name of three capitalised words or more that
    ends in a body's head word."""
    j = k
    while j < len(piece) and piece[j].cap:
        j += 1
    return (
        not any(t.cap for t in piece[:k])
        and j - k >= 3
        and lexicon.is_org_word(piece[j - 1].bare)
        and not lexicon.is_common_word(piece[0].bare)
        and piece[0].folded not in dates.CALENDAR_WORDS
    )


def _before_body_tail(text: str, end: int) -> bool:
    """ "Dawn news reported", "Hope government": a lower-case word after a name that makes it a
    body's (the tails _emit joins to the name)."""
    after = text[end : end + 24].lower()
    return any(after.startswith(" " + tail) and re.match(r"\W", after[len(tail) + 1 :] or " ")
               for tail in _LOWER_ORG_TAILS)


# what puts a day's name in time: "on Cyber Monday", "the Super Tuesday primaries", "last Good Friday"
_BEFORE_DAY_RE = re.compile(r"\b(?:on|the|this|last|next|of|during)[ \u00a0]+$", re.IGNORECASE)


def _names_a_day(words: list[Tok], weekday: Tok, text: str) -> bool:
    """ "Cyber Monday", "Super Tuesday", "Good Friday": capitalised words right before a weekday,
    after "on" or "the", make a named day, not an actor; unless one of them is a name or a body's
    word the lists know, or a verb follows the day ("the Senate Tuesday passed": a body, then when)."""
    return (
        weekday.folded in dates.WEEKDAYS
        and all(w.cap for w in words)
        and text[words[-1].end : weekday.start].strip() == ""
        and bool(_BEFORE_DAY_RE.search(text[max(0, words[0].start - 10) : words[0].start]))
        and not _SPEAKS_AFTER_RE.match(text, weekday.end)
        and not any(lexicon.is_given_name(w.bare) or lexicon.known_actor(w.bare)
                    or lexicon.is_org_word(w.bare) for w in words)
    )


# Words before a month that make it one: "in June Biden signed", "since May", "last March".
_BEFORE_MONTH_RE = re.compile(
    r"\b(?:in|on|of|since|until|till|by|from|to|through|before|after|during|last|next|this|early|late|"
    r"mid|between|and|or)[ \u00a0]+$",
    re.IGNORECASE,
)


def _month_as_given_name(piece: list[Tok], k: int, text: str) -> bool:
    """ "Jan Smith", "April Ryan", "June Almeida": a month's name (or its abbreviation, written
    without its period) that is also a given name is a person's given name before a capitalised
    word that may be a surname (no month, no common word unless also a name: "Smith", not
    "June Primary", "August Bank Holiday"), unless a preposition or "last", "next" puts it in time."""
    t = piece[k]
    if t.text != t.bare or not lexicon.is_given_name(t.bare) or k + 1 >= len(piece):
        return False
    nxt = piece[k + 1]
    return (
        nxt.cap
        and nxt.folded not in lexicon.not_names()
        and (not lexicon.is_common_word(nxt.bare) or lexicon.is_given_name(nxt.bare))
        and not _BEFORE_MONTH_RE.search(text[max(0, t.start - 12) : t.start])
    )


def _emit(piece: list[Tok], note: str, sentence: Sentence, text: str, add) -> None:
    role_end = kinds.role_prefix(piece)
    if role_end:
        role_toks, name_toks = piece[:role_end], piece[role_end:]
        for s, e, kind in kinds.places_in_role(role_toks):
            add(s, e, kind, evidence="list")
        person = kinds.person_after_title(name_toks)
        if person:
            role = role_before(text, role_toks[0].start, sentence.start)
            role = (role + " " if role else "") + text[role_toks[0].start : role_toks[-1].end]
            add(
                name_toks[0].start,
                name_toks[-1].start + len(name_toks[-1].bare),
                "person",
                role=role,
                evidence="honorific" if role_toks[-1].folded.rstrip(".") in lexicon.HONORIFICS else "title",
            )
            return
        if len(name_toks) > 1 or not lexicon.is_org_word(name_toks[0].bare):
            piece = name_toks
        elif all(t.folded.rstrip(".") in lexicon.titles() for t in role_toks):
            piece = piece  # "General Motors": the title word belongs to the name
        else:
            piece = name_toks
    elif (
        piece[-1].folded.rstrip(".") in lexicon.titles()
        and all(t.folded.rstrip(".") in lexicon.titles() or kinds.role_filler(t) for t in piece)
    ) or (len(piece) > 2 and piece[0].folded.rstrip(".") in lexicon.titles() and piece[1].folded == "of"):
        for s, e, kind in kinds.places_in_role(piece):
            add(s, e, kind, evidence="list")
        return  # "House Minority Leader" alone names a role, not an actor
    elif (
        len(piece) > 1
        and _head_title(piece[-1])
        and not lexicon.is_given_name(piece[-2].bare)  # "Gayle King" is a person
        and piece[-2].cap
        and not lexicon.known_actor(" ".join(t.bare for t in piece))
    ):
        _emit(piece[:-1], note, sentence, text, add)  # "the Tesla CEO": the firm, then a role
        return
    start, end = piece[0].start, piece[-1].start + len(piece[-1].bare)
    before, after_mark = text[start - 1 : start] if start else "", text[end : end + 1]
    if before and before in QUOTE_CHARS and after_mark and after_mark in QUOTE_CHARS + ",":
        return  # a scare-quoted label ("'Deep State,'"), not a name
    after = text[end : end + 24]
    verdict = kinds.classify(piece, text[max(sentence.start, start - 40) : start], after, note)
    if verdict is None:
        if len(piece) > 1 and piece[-1].folded in lexicon.not_alone():
            for s, e, kind in kinds.places_in_role(piece):  # "the California Democrat"
                if kind == "place":  # ("key House Republican" names a person, not the House)
                    add(s, e, kind, evidence="list")
        return
    kind, qualifier, evidence = verdict
    if (
        kind == "place"
        and evidence == "words"
        and piece[-1].folded in kinds.COMPASS
        and (role_before(text, start, sentence.start) or role_after(text, end, sentence.end))
    ):
        kind, evidence = "person", "title"  # "the former minister Zabulo West", "Zabulo West, a minister,"
    if kind == "person" and any(t.folded in ("and", "&") for t in piece):
        kind = "organization"  # "Brackley and Stone", kept whole as the set's "Brackley & Stone"
    if (
        kind in ("organization", "place")
        and len(piece) > 1
        and piece[0].folded in ("former", "then", "ex", "late")
        and piece[1].cap
    ):
        piece = piece[1:]  # "Former Facebook Inc.": the title is the employee's, not the firm's
        start = piece[0].start
    if (
        len(piece) > 1
        and kinds.qualifier_word(piece[0])
        and (
            kind == "organization"
            or kind == "place"
            and (piece[0].bare.isupper() or gazetteer.country_of_demonym(piece[0].bare))
        )
        and not _demonym_begins_place_name(piece, kind)
    ):
        add(piece[0].start, piece[0].start + len(piece[0].bare), "place", evidence="qualifier")
    extra = 0
    generic = re.search(r"\b(?:an?|one)\s+$", text[max(sentence.start, start - 5) : start], re.IGNORECASE)
    if (len(piece) == 1 or kind in ("", "person", "place")) and not generic:
        low = after.lower()
        ministry = _MINISTRY_AFTER_RE.match(after) if kind in ("place", "") else None
        if ministry and not all(lexicon.portfolio_word(w) for w in ministry.group(1).split()[:-1]):
            ministry = None         # "Critics urged ministry staff": no portfolio
        for tail in _LOWER_ORG_TAILS + ((ministry.group(1),) if ministry else ()):
            if (
                low.startswith(" " + tail)
                and re.match(r"\W", low[len(tail) + 1 :] or " ")
                and not after[1:2].isupper()
                and not (tail == "news" and kind == "person")
                and not (tail == "family" and (kind == "place" or len(piece) > 1))  # "the Texas family"
            ):
                kind, extra, evidence = "organization", len(tail) + 1, "words"
                qualifier = kinds.qualifier_word(piece[0]) if len(piece) == 1 else qualifier
                if qualifier:
                    add(piece[0].start, piece[0].start + len(piece[0].bare), "place", evidence="qualifier")
                break
        else:
            for tail in _LOWER_PLACE_TAILS:
                if (
                    low.startswith(" " + tail)
                    and not after[1:2].isupper()
                    and kind in ("", "place")
                    and not gazetteer.country_of_demonym(piece[0].bare)
                ):
                    kind, extra, evidence = "place", len(tail) + 1, "words"
                    break
    if kind == "organization" and not qualifier:
        qualifier = country_before(text, start, sentence.start)
    role = role_before(text, start, sentence.start) if kind == "person" else ""
    if role and kind == "person" and not evidence:
        evidence = "title"
    if not role and kind in ("person", "") and not extra:
        role = role_after(text, end, sentence.end)  # "Celso Vilardi, a lawyer for the former president,"
        if role and not kind:
            kind, evidence = "person", "title"
    if not kind and len(piece) == 1 and _given_name_alone(piece[0], text):
        kind, evidence = "person", "given"  # "Maria, 37,", "said Maria": a person named by her given name
    elif not kind and len(piece) == 1 and _NAME_GIVEN_AS_RE.search(text[max(0, start - 40) : start]):
        kind, evidence = "person", "given"  # "who gave his name only as Tavi": a name, whatever its letters
    add(start, end + extra, kind, qualifier=qualifier, role=role, evidence=evidence)


def _demonym_begins_place_name(piece: list[Tok], kind: str) -> bool:
    """ "Persian Gulf", "Indian Ocean", "British Columbia": a demonym that begins a place's own
    name (listed whole, or a place whose other words name no place alone, "Ocean") is part of
    that name, not a country qualifying it as in "Iranian Kurdistan" or "Chinese Foreign Ministry"."""
    if not gazetteer.country_of_demonym(piece[0].bare):
        return False
    words = [t.bare for t in piece]
    if any(gazetteer.is_place(" ".join(words[:k])) for k in range(2, len(words) + 1)):
        return True
    rest = " ".join(words[1:])
    known = lexicon.known_actor(rest)
    return kind == "place" and not (gazetteer.is_place(rest) or known and known.kind == "place")


def _head_title(t: Tok) -> bool:
    f = t.folded.rstrip(".")
    return f in lexicon.titles() and f not in lexicon.TITLE_MODIFIERS and f not in lexicon.HONORIFICS


def _known_stretches(run: list[Tok], text: str, known: Known, add) -> None:
    """Title Case headline: keep the longest stretches of the run that name something known."""
    toks = [t for t in run if t.cap]
    i = 0
    while i < len(toks):
        for j in range(len(toks), i, -1):
            s, e = toks[i].start, toks[j - 1].start + len(toks[j - 1].bare)
            if text[toks[i].start : toks[j - 1].end].count("  "):
                continue
            kind = known(text[s:e])
            if kind is not None:
                add(s, e, kind, headline=True)
                i = j
                break
        else:
            i += 1
