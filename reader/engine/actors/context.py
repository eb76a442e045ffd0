"""What the words around a name say about a name no list or word of its own types.

A proper name that no title, list or head word types ("Pfizer", "Wajima", "Lok Sabha") is
judged by its surroundings: a common word written capitalised mid-sentence again and again and
never in lower case is a name ("Apple said", "Apple's store"); a name after "in" or "near" is
a place; a name joined by "and" to a typed name is of its kind ("Wajima and Suzu"); a name in
apposition to a product noun ("the drug, Aduhelm", "sold as Aduhelm") is a product, no actor.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from typing import TYPE_CHECKING

from reader.engine.actors import lexicon
from reader.engine.model import Sentence

if TYPE_CHECKING:
    from reader.engine.actors.finding import Candidate
from reader.engine.text import fold, name_key

_RUN_RE = re.compile(r"[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*)*")
_OPENERS = ".!?:;\"“‘'(—–"
# words before a name that make it a place ("in Wajima", "near Kharkiv")
# (not "in the …": "in the Lok Sabha", "in the Kremlin" name bodies as often as places)
_LOCATIVE_RE = re.compile(
    r"(?:\b([\w-]+)\s+)?\b(?:in|near|outside|across|around|towards?|via|(?:north|south|east|west) of)\s+$",
    re.IGNORECASE,
)
# words after which "in X" is a share, a stake or a role in a body, not a place ("a stake in Twitter")
_NOT_LOCATIVE = frozenset({"invest", "invests", "invested", "investing", "investment", "investments", "stake",
                           "stakes", "share", "shares", "interest", "interests", "role", "roles", "seat",
                           "seats", "job", "jobs", "member", "members", "position", "positions", "trust",
                           "faith", "confidence", "involved", "involvement", "participation", "partner",
                           "partners", "employed", "working", "work", "worked", "works", "career", "shift",
                           "changes", "reforms", "crisis", "turmoil", "chaos", "leadership", "post", "posts"})
# (not a comma alone: "Brailsford, Ineos's director" is an apposition, not a list)
_COORDINATION_RE = re.compile(r"^(?:\s*,)?\s+(?:and|or)\s+$")
# people of a body before its name: "analysts at Goldman Sachs"
_STAFF_BEFORE_RE = re.compile(
    r"\b(?:analysts?|economists?|strategists?|researchers?|scientists?|executives?|officials?|lawyers?|"
    r"staff|employees|workers|engineers|bankers|traders|spokes(?:man|woman|person))\s+at\s+$",
    re.IGNORECASE,
)
_PRODUCTS = (
    "drug|drugs|medicine|medication|vaccine|jab|shot|treatment|therapy|pill|app|device|phone|smartphone|"
    "software|product|brand|film|movie|book|novel|album|song|series|show|game|model|car|aircraft|jet|"
    "missile|rocket|ship|vessel|satellite|chatbot|platform"
)
_PRODUCT_BEFORE_RE = re.compile(  # "the drug, Aduhelm", "a new app called Zing", "sold as Zing"
    r"\b(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Nn]ew)\s+(?:[a-z-]+\s+)?(?:" + _PRODUCTS + r"),?"
    r"(?:\s+(?:called|named|dubbed|known as))?|"
    r"(?:sold|marketed|branded|known|called|named)\s+as|brand(?:ed)?)\s+$"
)
_PRODUCT_AFTER_RE = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?,\s+(?:the|a|an|its)\s+(?:[a-z-]+\s+)?(?:"
                               + _PRODUCTS + r")\b")
_ORG_AFTER_RE = re.compile(
    r"\s+(?:survey|surveys|poll|polls|data|analysis|report|index|analysts?|economists?|executives?|"
    r"employees|staff|shares|stock|spokes(?:man|woman|person)|officials?|board|chief|ceo|subsidiary|"
    r"unit|division|headquarters|researchers)\b"
)
MIN_CAPITALISED = 2  # mid-sentence capitalised uses that make a common word a name


def capitalised_common_words(sentences: Iterable[Sentence], lowercase: set) -> frozenset[str]:
    """Folded common words the bodies write alone and capitalised in mid-sentence at least
    MIN_CAPITALISED times and never in lower case: names ("Apple", "Shell", "the Court" a
    set writes for one court), not words."""
    counts: Counter = Counter()
    for s in sentences:
        if s.role != "body":
            continue
        text = s.text
        for m in _RUN_RE.finditer(text):
            word = m.group()
            before = text[: m.start()].rstrip()
            if " " in word or "\u00a0" in word or not before or before[-1] in _OPENERS:
                continue
            f = fold(word)
            if f not in lowercase and lexicon.is_common_word(word):
                counts[f] += 1
    return frozenset(f for f, n in counts.items() if n >= MIN_CAPITALISED)


_BRACKETED_RE = re.compile(r"\(([A-Z]{2,6})\)")
_NAME_WORD_RE = re.compile(r"[\w'’&.-]+")
_FUNCTION = frozenset({"of", "and", "for", "the", "on", "in", "&", "de", "du", "des", "la", "le"})


def defined_acronyms(sentences: Iterable[Sentence]) -> frozenset[str]:
    """Acronyms the bodies define in brackets after their name, common words or not: "World
    Health Organization (WHO)", "Doctors Without Borders (MSF)" does not count (other letters)."""
    out = set()
    for s in sentences:
        if s.role != "body" or "(" not in s.text:
            continue
        for m in _BRACKETED_RE.finditer(s.text):
            letters = m.group(1)
            words = _NAME_WORD_RE.findall(s.text[max(0, m.start() - 120) : m.start()])
            initials, with_function = "", ""
            for w in reversed(words):
                if w[:1].isupper():
                    parts = [p for p in w.split("-") if p[:1].isupper()]
                    initials = "".join(p[0] for p in parts) + initials
                    with_function = "".join(p[0] for p in parts) + with_function
                elif w.lower() in _FUNCTION:
                    with_function = w[0].upper() + with_function
                else:
                    break
                if letters in (initials, with_function):
                    out.add(letters)
                    break
    return frozenset(out)


_AMPERSAND_RE = re.compile(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*) & ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")


def ampersand_names(sentences: Iterable[Sentence]) -> frozenset[str]:
    """Name keys of the names the set writes with "&" ("Brackley & Stone"), spelt with "and" and
    with one to three words either side: the same name written "Brackley and Stone" is then
    kept whole, where "and" alone would make two names of it."""
    out = set()
    for s in sentences:
        if "&" not in s.text:
            continue
        for m in _AMPERSAND_RE.finditer(s.text):
            left, right = m.group(1).split(), m.group(2).split()
            for k in range(1, min(3, len(left)) + 1):
                for j in range(1, min(3, len(right)) + 1):
                    out.add(name_key(" ".join(left[-k:]) + " and " + " ".join(right[:j])))
    return frozenset(out)


def is_product(members: list[Candidate], text_of: dict[str, str]) -> bool:
    """A one-word name set in apposition to a product noun: "The drug, Aduhelm", "sold as X"."""
    for c in members:
        text = text_of[c.article]
        if _PRODUCT_BEFORE_RE.search(text[max(0, c.start - 40) : c.start]) or _PRODUCT_AFTER_RE.match(
            text[c.end : c.end + 60]
        ):
            return True
    return False


def is_located(members: list[Candidate], text_of: dict[str, str]) -> bool:
    """A mention after "in", "near", "across" …, or before the possessive of a place's parts or
    people ("Tarvale's villages", "Tarvale's mayor"): the name of a place."""
    return any(
        located(text_of[c.article][max(0, c.start - 40) : c.start])
        or _PLACE_PARTS_AFTER_RE.match(text_of[c.article], c.end)
        for c in members
    )


# What a place has, after its name's possessive: "Tarvale's villages", "Tarvale's mayor".
_PLACE_PARTS_AFTER_RE = re.compile(
    r"['’]s?\s+(?:residents|inhabitants|villages|towns|streets|neighbou?rhoods|suburbs|outskirts|"
    r"mayor|governor|coast|coastline|hills|forests|beaches|countryside|islands|villagers|townspeople)\b"
)


def located(before: str) -> bool:
    """Whether text ends in a preposition of place ("fighting in "), not "a stake in "."""
    m = _LOCATIVE_RE.search(before)
    return bool(m) and (m.group(1) or "").lower() not in _NOT_LOCATIVE


def staffed(before: str, after: str) -> bool:
    """Whether a name stands before a body's people or output ("Bloomberg survey", "Exxon
    executives") or after its people ("analysts at ")."""
    return bool(_ORG_AFTER_RE.match(after) or _STAFF_BEFORE_RE.search(before[-30:]))


def is_employer(members: list[Candidate], text_of: dict[str, str]) -> bool:
    """A name before the people or the output of a body, or after its people: "a Bloomberg
    survey", "Exxon executives", "Ineos shares", "analysts at Goldman Sachs"."""
    return any(
        staffed(text_of[c.article][max(0, c.start - 30) : c.start], text_of[c.article][c.end : c.end + 20])
        for c in members
    )


def coordinated(cands: list[Candidate], text_of: dict[str, str]) -> dict[int, list[int]]:
    """Candidate index -> the indices of the names it is joined to by "and", "or" or a comma in
    its sentence ("Wajima and Suzu", "Mali, Kenya and Tanzania")."""
    out: dict[int, list[int]] = {}
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        gap = text_of[a.article][a.end : b.start] if a.sentence == b.sentence and a.end <= b.start else "."
        if _COORDINATION_RE.match(gap):
            out.setdefault(i, []).append(i + 1)
            out.setdefault(i + 1, []).append(i)
    return out


# One word with a capital inside ("FairShop", "PayPal"), not a surname's prefix ("McCarthy",
# "DeSantis", "LeBlanc", "MacArthur", "VanDyke").
_CAMEL_RE = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)[A-Z][a-z]+[A-Z][\w-]*")
_SUBJECT_AFTER_RE = re.compile(
    r"\s+(?:said|says|told|tells|announced|has|had|was|is|will|would|could|can|[a-z]{3,}ed)\b"
)


def camel_case_subject(members: list[Candidate], text_of: dict[str, str]) -> bool:
    """ "FairShop said", "NightVault was fined": a brand-like name with a capital inside, the
    subject of a verb, is a firm's name, though used once; people's names have no inner capital
    but after a prefix ("McCarthy")."""
    return all(_CAMEL_RE.fullmatch(c.text) for c in members) and any(
        _SUBJECT_AFTER_RE.match(text_of[c.article], c.end) for c in members
    )

