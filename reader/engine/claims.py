"""Claims of two linked sentences that cannot both hold: one denies what the other states
("there is not enough evidence" / "based on evidence", "refused to resign" / "resigned", "baseless
charges" / "charges"), says the opposite about the same thing ("claims rose" / "claims fell",
"safe" / "unsafe", "welcomed" / "condemned", "its first rise" / "raised again", "domestic" /
"foreign": opposites.txt and the claims-only tables of claim_words), or hedges what the other
states as fact ("alleged bases", "is expected to appeal" / "lodged an appeal").

Lexical evidence only, and kept narrow: the denied or reversed words must also occur in the other
sentence (or be the opposite word there), in the same few-word neighbourhood, so two sentences
that merely both contain a "not" are never a claim difference.

What one sentence brings to the comparison (its negations, hedges, opposable words) is worked out
once (cues()); contrast() then compares two sentences' cues.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from reader.engine.claim_words import opposite_stems, opposite_words, stance_stems
from reader.engine.dates import CALENDAR_WORDS
from reader.engine.text import WORD_RE, content_concepts, fold, opposites, stem, title_case

_NEGATION = frozenset({"not", "no", "never", "none", "nobody", "nothing", "neither", "nor",
                       "without", "cannot"})
# verbs that deny what follows them: "denied the breach"
_DENYING = frozenset("deny denies denied denying".split())
# adjectives that deny the charge they name: "baseless charges"; after it, as often ("called the
# charges baseless"), so a sentence that uses one denies nothing the other uses one on
_DENYING_ADJECTIVES = frozenset("baseless unfounded groundless bogus trumped-up".split())
# verbs that deny with "to" after them: "refused to resign", "failed to pass" ("declined"
# alone is as often a fall: "exports declined")
_DENYING_TO = frozenset("""
refuse refuses refused refusing decline declines declined declining fail fails failed failing
""".split())
# words after which "last", "next", "early"... place a time, not a claim ("last week")
_TIME_WORDS = frozenset("""
day days week weeks weekend month months year years night nights morning evening afternoon
decade century season quarter summer winter spring autumn fall
""".split()) | CALENDAR_WORDS
# nouns after which an ordinal or "another" names a rank, a part or a fixed thing, not the first
# (or one more) time of what is reported: "First Minister", "first responders", "first half"
_RANK_NOUNS = frozenset("""
minister ministers lady ladies responder responders aid half quarter round class degree name names
place division team leg instance hand language person sight glance officer secretary deputy
""".split())
SCOPE_WORDS = 4              # words after a negation where the word it denies may be
CONTEXT_WORDS = 4            # words around an opposite word that say what it is about
# a prefix that makes a word its own opposite, and how long the word after it must be for the
# prefix to be one ("unsafe", "non-violent", "illegal", "incorrect"; not "port" / "import")
_NEGATING_PREFIXES = (("non-", 4), ("non", 5), ("un", 4), ("il", 5), ("ir", 5), ("in", 6), ("im", 6),
                      ("dis", 6))
_FILLERS = frozenset("""
a an the be been being have has had enough only yet so very much many any ever always to that
this these those more much such really even still
""".split())
# words by which a source reports something without vouching for it
_HEDGE_RE = re.compile(
    r"\b(?:alleged(?:ly)?|reportedly|purported(?:ly)?|suspected|apparently|unconfirmed|unverified|"
    r"(?:claims?|claimed|said|says|believed|thought|reported|rumou?red)\s+to(?:\s+(?:be|have))?|"
    r"(?:expected|likely|unlikely)\s+to)\b",
    re.IGNORECASE)
# what ends the clause whose words before a stand say whose it is
_CLAUSE_BREAK_RE = re.compile(r"[,;:\"\u201c\u201d(\u2014\u2013]")
# the speaker of a trailing attribution: "..., her lawyer said", "..., said the union"
_SPEAKER_RE = re.compile(r",\s*(?:((?:[\w'\u2019.-]+\s+){0,3}?[\w'\u2019.-]+)\s+(?:said|says|told|added)\b|"
                         r"(?:said|says|added)\s+((?:[\w'\u2019.-]+\s*){1,4}))", re.IGNORECASE)
PARTY_WORDS = 8              # words before a stand, in its clause, that may name who takes it
# hedges that forecast: what they qualify has not happened yet, so only a statement that it has
# happened contradicts them
_FORECAST_RE = re.compile(r"(?:expected|likely|unlikely)\s+to\b", re.IGNORECASE)
_DETERMINERS = frozenset("a an the its their his her our this that".split())
_MODALS = frozenset("would could may might should will shall can must".split())
MODAL_WORDS = 2              # words before a word in which a modal governs it
HEDGE_WORDS = 4              # words after a hedge shown as what it qualifies


@lru_cache(maxsize=65536)
def concepts(text: str) -> frozenset:
    return frozenset(content_concepts(text))




@lru_cache(maxsize=65536)
def _unprefixed(f: str) -> str:
    """The word a negating prefix was put in front of ("unsafe" -> "safe"), or "" (words
    recur from sentence to sentence, so each is looked at once)."""
    for prefix, size in _NEGATING_PREFIXES:
        if f.startswith(prefix) and len(f) - len(prefix) >= size and f[len(prefix)].isalpha():
            return f[len(prefix):]
    return ""


@lru_cache(maxsize=131072)
def _word_cues(f: str) -> tuple[str, frozenset, str, frozenset]:
    """(stem, listed opposites, the word a negating prefix was put in front of, opposites of the
    stem) of a folded word: words recur from sentence to sentence, so each is looked at once."""
    st = stem(f)
    listed = opposites().get(f, frozenset()) | opposite_words().get(f, frozenset())
    return st, listed, _unprefixed(f), opposite_stems().get(st, frozenset())


class Cues:
    """What in one sentence could contradict another (see cues())."""

    __slots__ = ("text", "words", "denials", "hedges", "opposites", "bases", "opposite_words",
                 "stems", "stem_opposites", "opposite_stems", "concepts", "denied", "hedged",
                 "hedge_spans", "_plain")

    def __init__(self, text: str, content: Optional[frozenset] = None):
        self.text = text
        self.words: dict = {}            # folded word -> its first match
        for w in WORD_RE.finditer(text):
            self.words.setdefault(fold(w.group()), w)
        self.opposites: dict = {}        # word -> the words listed as its opposites
        self.bases: dict = {}            # "unsafe" -> "safe"
        self.stems: dict = {}            # stem -> the first folded word with it
        self.stem_opposites: dict = {}   # stem -> the stems of its opposites
        for f in self.words:
            st, listed, base, by_stem = _word_cues(f)
            if listed:
                self.opposites[f] = listed
            if base:
                self.bases[f] = base
            self.stems.setdefault(st, f)
            if by_stem:
                self.stem_opposites[st] = by_stem
        self.opposite_words = frozenset().union(*self.opposites.values(), self.bases.values())
        self.opposite_stems = frozenset().union(*self.stem_opposites.values())
        self.concepts = concepts(text) if content is None else content
        self.denials = _denials(text, list(WORD_RE.finditer(text)))
        self.denied = frozenset().union(*(d for _, _, d, _ in self.denials))   # concepts denied
        self.hedges = _hedges(text)
        # (the concept each hedge qualifies, (start, end) of the hedge and the words after it)
        self.hedge_spans = tuple((head, span) for start, end in self.hedges
                                 for head, span in (_hedge_span(text, start, end),) if head)
        self.hedged = tuple(head for head, _ in self.hedge_spans)
        self._plain: Optional[tuple] = None

    def dated(self, f: str) -> bool:
        """Whether the word f (folded) is read as part of a date: "last week", "first Monday"."""
        after = WORD_RE.search(self.text, self.words[f].end())
        return after is not None and fold(after.group()) in _TIME_WORDS

    def negated(self, start: int) -> bool:
        """Whether a negation of the sentence governs the word at text[start:] ("will not be
        public"): a negated opposite says what the other sentence says ("unable" / "not able")."""
        return any(s < start < scope for s, _, _, scope in self.denials)

    def fixed(self, f: str) -> bool:
        """Whether the word f (folded) is part of a name, a rank or a sentence adverb rather than
        a claim: "First Minister", "first responders", "First, ...", "at first"."""
        w = self.words[f]
        after = WORD_RE.search(self.text, w.end())
        if after is not None and fold(after.group()) in _RANK_NOUNS:
            return True
        if w.start() == 0 and self.text[w.end():w.end() + 1] == ",":
            return True
        if fold(self.text[max(0, w.start() - 3):w.start()]) == "at ":
            return True
        return w.group()[0].isupper() and after is not None and after.group()[0].isupper() and \
            not title_case(self.text)

    def plain(self) -> tuple:
        """(start, end, concepts) of each word no negation of the sentence governs."""
        if self._plain is None:
            self._plain = _plain(self.text, self.denials)
        return self._plain


def cues(text: str, content: Optional[frozenset] = None) -> Cues:
    """What a sentence brings to contrast() (content: its content concepts, when known)."""
    return Cues(text, content)


def may_contrast(a: Cues, b: Cues) -> bool:
    """Whether contrast() can find anything for two sentences with these cues (a quick test:
    most linked pairs have no negation whose word the other uses, no hedge and no pair of
    opposites)."""
    if (a.denied and not a.denied.isdisjoint(b.concepts)) or \
            (b.denied and not b.denied.isdisjoint(a.concepts)):
        return True
    if a.hedged and not b.hedges:
        for h in a.hedged:
            if h <= b.concepts:
                return True
    if b.hedged and not a.hedges:
        for h in b.hedged:
            if h <= a.concepts:
                return True
    return bool(a.opposite_words and not a.opposite_words.isdisjoint(b.words)) or \
        bool(b.opposite_words and not b.opposite_words.isdisjoint(a.words)) or \
        bool(a.opposite_stems and not a.opposite_stems.isdisjoint(b.stems))


def _is_negation(word: str, after: str) -> bool:
    """Whether word negates what follows (after: the next word as written, or "")."""
    f = fold(word)
    return f in _NEGATION or f.endswith("n't") or f in _DENYING or f in _DENYING_ADJECTIVES or \
        (f in _DENYING_TO and fold(after) == "to")


def _denials(text: str, words: list) -> tuple[tuple[int, int, frozenset, int], ...]:
    """(start, end, denied concept, end of scope) of each negation and the word it denies: the
    first content word after it ("not enough evidence" denies "evidence"); the scope runs a few
    words on ("not be allowed to return" governs "return" too)."""
    out = []
    for i, w in enumerate(words):
        if not _is_negation(w.group(), words[i + 1].group() if i + 1 < len(words) else ""):
            continue
        scope = words[i + 1:i + 1 + SCOPE_WORDS]
        for x in scope:
            if fold(x.group()) in _FILLERS:
                continue
            denied = concepts(x.group())
            if denied:
                out.append((w.start(), x.end(), denied, scope[-1].end()))
            break
    return tuple(out)


def _plain(text: str, denials) -> tuple:
    """(start, end, concepts) of each word of text that no negation of text governs."""
    out = []
    for w in WORD_RE.finditer(text):
        c = concepts(w.group())
        if c and not any(s <= w.start() < e for s, _, _, e in denials):
            out.append((w.start(), w.end(), c))
    return tuple(out)


def _party(text: str, start: int, end: int) -> frozenset:
    """Concepts of who takes the stand at text[start:end]: the words before it in its clause
    ("the union welcomed"), the agent of a passive ("welcomed by the union") and the speaker of
    the sentence ("..., her lawyer said")."""
    clause = max((m.end() for m in _CLAUSE_BREAK_RE.finditer(text, 0, start)), default=0)
    words = WORD_RE.findall(text[clause:start])[-PARTY_WORDS:]
    after = WORD_RE.findall(text[end:end + 60])
    if after and fold(after[0]) == "by":
        words += after[1:1 + CONTEXT_WORDS]
    for m in _SPEAKER_RE.finditer(text):
        words.append(m.group(1) or m.group(2))
    return concepts(" ".join(words))


def _one_party(a: Cues, span_a: tuple[int, int], b: Cues, span_b: tuple[int, int]) -> bool:
    """Whether the same party (as far as words tell) holds what a says at span_a and b at span_b:
    a stand ("welcomed" / "condemned", "baseless charges") is someone's, and two parties taking
    opposite stands is news, not a contradiction."""
    return not _party(a.text, *span_a).isdisjoint(_party(b.text, *span_b))


def _opposite_follows(a: Cues, start: int, end: int, b: Cues, after: int) -> bool:
    """Whether a word of a's negation scope (a.text[start:end]) has its opposite among the few
    words of b after `after`: "not found alive" / "found dead" deny and reverse one fact, and so
    say the same."""
    next_words = {fold(w) for w in WORD_RE.findall(b.text[after:after + 60])[:SCOPE_WORDS]}
    return any(not a.opposites.get(fold(w.group()), frozenset()).isdisjoint(next_words)
               for w in WORD_RE.finditer(a.text, start, end))


def _denial(a: Cues, b: Cues):
    if a.denied.isdisjoint(b.concepts):
        return None
    for s, e, denied, scope in a.denials:
        said = fold(WORD_RE.match(a.text, s).group())
        if said in _DENYING_ADJECTIVES and said in b.words:
            continue
        hit = next(((x, y) for x, y, c in b.plain() if not c.isdisjoint(denied)), None)
        if hit is None or _opposite_follows(a, e, scope, b, hit[1]):
            continue
        if said in _DENYING_ADJECTIVES and not _one_party(a, (s, e), b, hit):
            continue         # "baseless charges, her lawyer said" / "prosecutors filed charges"
        return (s, e), hit
    return None


def _around(text: str, start: int, end: int) -> frozenset:
    before = WORD_RE.findall(text[max(0, start - 60):start])[-CONTEXT_WORDS:]
    after = WORD_RE.findall(text[end:end + 60])[:CONTEXT_WORDS]
    return concepts(" ".join(before + after))


def _reversal(a: Cues, b: Cues):
    """A word of a and its opposite in b (listed, or with a negating prefix either way), in
    words about the same thing; neither sentence uses both, and neither is negated ("private" /
    "not public" agree; two negated opposites say nothing plain either)."""
    candidates = []
    for f, others in a.opposites.items():
        candidates += [(f, o) for o in others if o in b.words]
    candidates += [(f, base) for f, base in a.bases.items() if base in b.words]
    candidates += [(base, g) for g, base in b.bases.items() if base in a.words]
    for s, others in a.stem_opposites.items():       # by stem: "welcomed" / "condemns"
        candidates += [(a.stems[s], b.stems[o]) for o in others
                       if o in b.stems and s not in b.stems and o not in a.stems]
    for f, g in candidates:
        if f in b.words or g in a.words or a.dated(f) or b.dated(g) or a.fixed(f) or b.fixed(g):
            continue
        w, v = a.words[f], b.words[g]
        if a.negated(w.start()) or b.negated(v.start()):
            continue
        if stem(f) in stance_stems() and not _one_party(a, w.span(), b, v.span()):
            continue
        if _two_of(a.text, w.end()) or _two_of(b.text, v.end()):
            continue
        if _around(a.text, w.start(), w.end()) & _around(b.text, v.start(), v.end()):
            return (w.start(), w.end()), (v.start(), v.end())
    return None


def _two_of(text: str, end: int) -> bool:
    """Whether the word after text[:end] (what an opposite word there qualifies) recurs in text:
    the sentence speaks of two of them ("from its plant in Ohio to a foreign plant in Mexico"),
    and the other source's opposite may be about the other one."""
    after = next((w for w in WORD_RE.finditer(text, end) if fold(w.group()) not in _FILLERS), None)
    if after is None:
        return False
    noun = fold(after.group())
    return sum(fold(w) == noun for w in WORD_RE.findall(text)) > 1


def _hedges(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in _HEDGE_RE.finditer(text))


def _after_hedge(text: str, end: int) -> list:
    return [w for w in WORD_RE.finditer(text[end:end + 80]) if fold(w.group()) not in _FILLERS]


def _hedge_span(text: str, start: int, end: int) -> tuple[frozenset, tuple[int, int]]:
    """(the concept a hedge at text[start:end] qualifies: the first content word after it,
    and the hedge with the few words after it)."""
    after = _after_hedge(text, end)
    if not after:
        return frozenset(), (start, end)
    return concepts(after[0].group()), (start, end + after[min(HEDGE_WORDS, len(after)) - 1].end())


def _hedged(a: Cues, b: Cues):
    """A hedge in a ("alleged bases", "said to have been killed") on content that b states
    without one."""
    if b.hedges:
        return None
    for head, span in a.hedge_spans:
        if not head <= b.concepts:
            continue
        verb = _forecast_verb(a.text, span[0])
        if any(head <= c and not _modal_before(b.text, start) and
               not (verb and _planned(b.text, start, end, verb))
               for start, end, c in b.plain()):
            return span, None
    return None


def _forecast_verb(text: str, start: int) -> str:
    """The verb a forecasting hedge at text[start:] qualifies, folded ("expected to arrive" ->
    "arrive"), or "" for other hedges."""
    m = _FORECAST_RE.match(text, start)
    after = _after_hedge(text, m.end()) if m else []
    return fold(after[0].group()) if after else ""


def _planned(text: str, start: int, end: int, verb: str) -> bool:
    """Whether text[start:end] states the forecast verb as planned rather than done: its plain
    or present form ("is set to arrive", "arrives on Tuesday", "is arriving"), as a schedule is
    reported; only a past act ("arrived", "has cancelled", "lodged an appeal": after a
    determiner the word is a noun, and the act is told by another verb) contradicts a forecast."""
    before = WORD_RE.findall(text[max(0, start - 20):start])
    if before and fold(before[-1]) in _DETERMINERS:
        return False
    word = fold(text[start:end])
    root = verb[:-1] if verb.endswith("e") else verb
    return word in (verb, verb + "s", verb + "es", root + "ing", verb + "ing") or \
        (verb.endswith("y") and word == verb[:-1] + "ies")


def _modal_before(text: str, start: int) -> bool:
    """Whether a modal verb stands in the few words before text[start:] ("would undermine"):
    what a modal governs is not stated as fact either."""
    before = WORD_RE.findall(text[max(0, start - 40):start])[-MODAL_WORDS:]
    return any(fold(w) in _MODALS for w in before)


def contrast(a: Cues, b: Cues) -> Optional[tuple[tuple[int, int], tuple[int, int], str]]:
    """(span in a, span in b, note) of a claim of one sentence the other contradicts, or None
    (a and b: the two sentences' cues())."""
    found = _denial(a, b)
    if found is not None:
        return found[0], found[1], "one source denies what the other states"
    found = _denial(b, a)
    if found is not None:
        return found[1], found[0], "one source denies what the other states"
    found = _reversal(a, b)
    if found is not None:
        return found[0], found[1], "the sources say opposite things"
    found = _hedged(a, b)
    if found is not None:
        return found[0], (0, len(b.text)), "hedged in one source, stated as fact in the other"
    found = _hedged(b, a)
    if found is not None:
        return (0, len(a.text)), found[0], "hedged in one source, stated as fact in the other"
    return None


__all__ = ["Cues", "contrast", "cues", "may_contrast"]
