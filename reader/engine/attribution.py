"""Who a sentence says its content comes from, and whether two linked sentences agree on it.

A source is the phrase a sentence credits: "according to a statement from the White House",
"the official said", "…,” said the ministry", a headline's "…: CDC", or the speaker of a direct
quote that makes up most of the sentence. Unnamed sources count ("the official", "experts"): a
fact-checker wants to see "the White House" against "an official" as much as two names.

Two sources are one when they name the same actor, when one shortens the other ("Baloch" /
"Foreign Ministry spokesperson Mumtaz Zahra Baloch"), when one is an acronym of the other, or
when a spokesperson speaks for the body named by the other. They differ when one source names
more parties than the other ("the FDA and the CDC" / "CDC"), or other ones, or a body against
one of its officers ("the Transit Agency" / "Transit Agency director Oskar Lind"). One source
may still be quoted from two kinds of occasion ("at a press briefing" / "in a televised
statement").

Not every pair of differing sources is one statement credited twice: a sentence may name the
other's source beside its own (unless_apart), and a sentence that says what the credited party
did, follows a crediting sentence, or reports what others expect is not a statement of fact
(not_stated_as_fact, find_source).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from reader.engine import agents
from reader.engine.dates import WEEKDAYS
from reader.engine.model import Difference
from reader.engine.text import WORD_RE, fold, stem, stopwords

# verbs that credit what follows (or precedes) to their subject; actions such as "vowed" or
# "urged" are not attributions, they are what the subject did
_SAY = frozenset("""
said says say told tells added adds stated noted warned warns claimed insisted insists confirmed
confirms announced announces wrote writes tweeted reported explained explains argued argues
acknowledged acknowledges believe believes showed concluded
""".split())
# "…, with some members warning it would …": the participle credits the phrase before it
_SAYING = frozenset("saying warning claiming arguing noting adding insisting".split())
# these are nouns as often as verbs ("jobless claims", "news reports"): cues only before "that"
_SAY_THAT = frozenset("claims reports states notes shows finds estimates".split())
# words a subject phrase never holds: it would be the tail of a clause, not a noun phrase
_NOT_IN_SUBJECT = frozenset("""
not did does do to be been being can could should would will may might must
""".split())
_TRAILING_RE = re.compile(r"(?:\s+(?:has|have|had|is|was|were|also|later|then|previously|earlier|"
                          r"again|now|further|publicly|repeatedly|on|in|last|this|"
                          + "|".join(WEEKDAYS) + "|"
                          r"morning|afternoon|evening|night|week|month|year))+$", re.I)
_PRONOUNS = frozenset("he she they it we i you who which that this these those".split())
MAX_SOURCE_WORDS = 12        # "the Food and Drug Administration and the Centers for Disease Control"
_BREAK_RE = re.compile(r"[,;:—–()“”\"]|\s-\s|(?<!\w)[‘’]|[‘’](?!\w)|"
                       r"\b(?:that|which|who|and then|but|while|as|after|before|when|because|since|"
                       r"if|until|though|although|once)\b", re.I)
_ACCORDING_RE = re.compile(r"\baccording to\s+", re.I)
_PHRASE_END_RE = re.compile(r"[,;:.!?—–()“”\"]|\s(?:that|which|who|on|in|at|after|before|when)\s", re.I)
_LEADING_RE = re.compile(r"^(?:(?:and|or|the|a|an|some|its|his|her|their|also|later|then|now|had|has|"
                         r"have|was|were|is|are|would|will|had)\s+)+", re.I)
_HEADLINE_PREFIX_RE = re.compile(r"^\s*([^:\"“”‘’]{2,40}?):\s")
_HEADLINE_SUFFIX_RE = re.compile(r":\s*([^:\"“”‘’]{2,40}?)\s*$")
_NAME_ONLY_RE = re.compile(r"^(?:(?:[A-Z][\w.&'’-]*|and|of|the)[\s,]*)+$")


@dataclass(frozen=True)
class Source:
    start: int                   # offsets of the source phrase in the article text
    end: int
    text: str
    words: frozenset             # its content words, folded (with acronyms of its names)
    parties: int                 # how many parties it names ("the FDA and the CDC": 2)
    actors: frozenset = frozenset()   # actor ids named in it
    refers: Optional[frozenset] = None   # a back-reference ("the company"): the bodies it may stand for


UNKNOWN = "unknown"              # an attribution the sentence makes but does not name ("she said")


def _phrase_before(text: str, end: int) -> tuple[int, str]:
    """The words right before end that can be a verb's subject (after the last clause break)."""
    head = text[:end]
    last = 0
    for m in _BREAK_RE.finditer(head):
        last = m.end()
    words = list(WORD_RE.finditer(head, last))
    if len(words) > MAX_SOURCE_WORDS:
        last = words[-MAX_SOURCE_WORDS].start()
    start = last + len(head[last:]) - len(head[last:].lstrip())
    return start, head[start:].rstrip()


def _phrase_after(text: str, start: int) -> tuple[int, str]:
    m = _PHRASE_END_RE.search(text, start)
    end = m.start() if m else len(text)
    cue = next((w for w in WORD_RE.finditer(text, start, end) if fold(w.group()) in _SAY), None)
    if cue is not None:                   # "according to Al Arabiya News reported"
        end = cue.start()
    words = list(WORD_RE.finditer(text, start, end))
    if len(words) > MAX_SOURCE_WORDS:
        end = words[MAX_SOURCE_WORDS - 1].end()
    return start, text[start:end].rstrip()


def _clean(start: int, phrase: str) -> tuple[int, str]:
    """Drop leading articles and auxiliaries: "the official" -> "official"."""
    m = _LEADING_RE.match(phrase)
    if m:
        return start + m.end(), phrase[m.end():]
    return start, phrase


def _words(phrase: str) -> frozenset:
    stop = stopwords()
    words = [w for w in WORD_RE.findall(phrase)]
    out = {re.sub(r"'s$", "", fold(w)) for w in words if fold(w) not in stop}
    caps = [w for w in re.findall(r"[A-Z][\w’'-]*", phrase)]
    for i in range(len(caps)):                           # "Food and Drug Administration" -> fda
        for j in range(i + 2, len(caps) + 1):
            out.add("".join(w[0] for w in caps[i:j]).lower())
    return frozenset(out)


def find_source(text: str, headline: bool = False,
                quoted: tuple[tuple[int, int], ...] = ()) -> Optional[tuple[int, int, str]]:
    """(start, end, phrase) of the source a sentence credits, its span taking in the cue ("the
    report said"), offsets relative to text; the phrase is UNKNOWN for a pronoun or an unnamed
    subject ("she said", "…, saying"); None when the sentence credits no one. quoted: spans of
    quotations, whose own cue words belong to the quoted speaker and are skipped."""
    def inside(pos: int) -> bool:
        return any(a <= pos < b for a, b in quoted)

    unknown = False
    for m in _ACCORDING_RE.finditer(text):
        if inside(m.start()):
            continue
        start, phrase = _clean(*_phrase_after(text, m.end()))
        if phrase:
            return _with_cue(_named(start, phrase), m.start(), m.end())
    for w in WORD_RE.finditer(text):
        f = fold(w.group())
        participle = f in _SAYING
        if not (f in _SAY or participle or f in _SAY_THAT and re.match(r"\s+that\b", text[w.end():])):
            continue
        if inside(w.start()) or (w.group()[:1].isupper() and not (headline and f in ("says", "said"))):
            continue                     # a quoted cue, or "Claims Rose" in a title-case headline
        if _PASSIVE_RE.search(text, 0, w.start()):     # "are confirmed dead", "is reported to be"
            unknown = unknown or bool(re.match(r"\s+to\b", text[w.end():]))
            continue
        start, phrase = _subject_before(text, w.start())
        if participle:                   # "…, with some members warning": only after "with"
            if not re.search(r"\bwith\s+\S[^,;]*$", text[:w.start()]):
                continue
            lead = re.match(r"with\s+", phrase)
            if lead:
                start, phrase = _clean(start + lead.end(), phrase[lead.end():])
        if not phrase and re.search(r"[”\"’],?\s*$", text[:w.start()]):       # '…,” said the ministry'
            start, phrase = _clean(*_phrase_after(text, w.end() + 1))
        if phrase and _is_subject(phrase):
            return _with_cue(_named(start, phrase), w.start(), w.end())
        unknown = True
    if headline:
        for rx in (_HEADLINE_PREFIX_RE, _HEADLINE_SUFFIX_RE):
            m = rx.search(text)
            if m and _NAME_ONLY_RE.match(m.group(1)) and len(m.group(1).split()) <= 4 \
                    and not _kicker(m.group(1)):
                return m.start(1), m.end(1), m.group(1)
    if not unknown and _HEDGED_RE.search(text):
        unknown = True                   # "The council is expected to appeal": someone expects it
    return (0, 0, UNKNOWN) if unknown else None


# a cue verb after a form of "be" is passive: what is "confirmed" or "reported" is not credited to
# the subject ("Fourteen people are now confirmed dead", "The deal is reported to be worth …")
_PASSIVE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)"
                         r"(?:\s+(?:now|also|still|not|widely|\w+ly))?\s+$", re.IGNORECASE)


# a passive of thinking or expecting before "to": the sentence reports what unnamed others hold
_HEDGED_RE = re.compile(r"\b(?:is|are|was|were)\s+(?:widely\s+|now\s+|also\s+)?(?:expected|believed|thought|"
                        r"understood|alleged|rumou?red|feared|estimated)\s+to\b", re.IGNORECASE)


def _kicker(phrase: str) -> bool:
    """A tabloid headline's label in capitals ("FARE FURY: …"), not a source ("FDA, CDC: …"):
    words of the language written in capitals, not acronyms."""
    from reader.engine.actors import lexicon

    return any(len(w) >= 4 and w.isupper() and lexicon.is_common_word(w) for w in WORD_RE.findall(phrase))


def _subject_before(text: str, cue: int) -> tuple[int, str]:
    """The subject phrase of a cue verb at cue; across an appositive ("Lynn Fitch, a
    Republican, said" -> "Lynn Fitch"; "A report by state media, later retracted, said")."""
    start, phrase = _clean(*_phrase_before(text, cue))
    phrase = _TRAILING_RE.sub("", phrase)
    head = text[:cue].rstrip()
    if not phrase and head.endswith(","):
        comma = head.rfind(",", 0, len(head) - 1)
        if comma > 0 and len(WORD_RE.findall(head[comma:])) <= 6:
            start, phrase = _clean(*_phrase_before(text, comma))
    return start, phrase


def _is_subject(phrase: str) -> bool:
    """A noun phrase, not the tail of a clause ("the court did not" before "say" is not)."""
    words = WORD_RE.findall(phrase)
    return 0 < len(words) <= MAX_SOURCE_WORDS and not any(
        w.isdigit() or fold(w) in _NOT_IN_SUBJECT or fold(w).endswith("n't") for w in words)


def _with_cue(found: tuple[int, int, str], cue_start: int, cue_end: int) -> tuple[int, int, str]:
    """The source's span widened to take in its cue ("the report said", "according to the CDC"):
    the crediting is what a reader compares, and a reader marks the verb with the name."""
    start, end, phrase = found
    return min(start, cue_start), max(end, cue_end), phrase


def _named(start: int, phrase: str) -> tuple[int, int, str]:
    if fold(phrase) in _PRONOUNS:
        return start, start + len(phrase), UNKNOWN
    return start, start + len(phrase), phrase


def make_source(start: int, end: int, phrase: str, actors: frozenset = frozenset(),
                roles: tuple[str, ...] = (), parties: int = 1,
                refers: Optional[frozenset] = None) -> Source:
    """A Source; roles are those of the people it names ("Foreign Ministry spokesperson"), so a
    spokesperson and the body they speak for are one source; parties, how many it names side
    by side (count_parties); refers, for a back-reference (is_back_reference), the bodies named
    around it that it may stand for."""
    words = _words(phrase) | {w for r in roles for w in _words(r)}
    return Source(start, end, phrase, frozenset(words), parties, actors, refers)


# common nouns news writing refers back to a body with, after naming it ("Velmart will close 40
# stores, the company said"; "Skyra Airlines …, the airline said"); singular only: "the companies"
# stands for several bodies, not for one of them
_BODY_NOUNS = frozenset("""
company firm group airline carrier bank lender insurer retailer grocer chain operator maker
manufacturer producer supplier broadcaster network newspaper publisher developer builder
ministry department agency authority regulator council board commission committee
club team union federation association organisation organization charity foundation fund
institute university college school hospital court tribunal utility corporation conglomerate
""".split())


def is_back_reference(text: str, phrase: str, actors: frozenset) -> bool:
    """Whether a source phrase in a sentence's text is "the" + one common noun of a body with no
    actor of its own ("the company", "the airline"): a back-reference to a body named nearby."""
    if actors or phrase not in _BODY_NOUNS:
        return False
    return re.search(r"\bthe\s+%s\b" % phrase, text, re.IGNORECASE) is not None


def _refers_to(x: Source, y: Source) -> bool:
    """x is a back-reference to the body y names: one of the bodies named around x, or, with
    none named there, a body whose name has x's noun ("the airline" / "Skyra Airlines")."""
    if x.refers is None or not y.actors:
        return False
    if x.refers:
        return bool(x.refers & y.actors)
    nouns = {stem(w) for w in x.words}
    return any(stem(w) in nouns for w in y.words)


_JOIN_RE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$", re.IGNORECASE)


def count_parties(text: str, names: list[tuple[int, int]]) -> int:
    """How many parties a source phrase names side by side: its names (offsets in text, in
    order) joined by "and" or a comma ("the FDA and the CDC": 2; "Foreign Ministry
    spokesperson Baloch" or "Centers for Disease Control and Prevention": 1); without names,
    its phrases joined by "and the" ("the health ministry and the army": 2)."""
    if not names:                        # unnamed parties: "the health ministry and the army"
        return 1 + len(re.findall(r"(?:,|\band)\s+the\s", text))
    return 1 + sum(1 for (_, e), (s, _) in zip(names, names[1:]) if _JOIN_RE.match(text[e:s]))


def same_source(x: Source, y: Source, actors: Optional[dict] = None) -> bool:
    """Whether two sources credit the same party (see the module docstring): as many parties,
    and the same actors or a shared word ("new CDC data" / "the CDC", "a government report" /
    "a report published by the CDC"), but not a body against a person speaking for it
    (actors: the comparison's actors by id, to tell people from bodies), nor sources of two
    places ("US officials" / "Iranian officials", "Haiphong authorities" / "Hanoi")."""
    if x.parties != y.parties:
        return False
    if actors is not None and body_and_officer(x, y, actors):
        return False
    px, py = agents.places_in(x.text), agents.places_in(y.text)
    if px and py and not px & py:
        return False                     # "US officials" / "Iranian officials": two sides
    if _refers_to(x, y) or _refers_to(y, x):
        return True                      # "the company" / "Velmart", the company named with it
    return (bool(x.actors) and x.actors == y.actors) or bool(x.words & y.words)


def body_and_officer(x: Source, y: Source, actors: dict) -> bool:
    """One source names a body only ("the Transit Agency said"), the other a person, maybe in
    their role at that body ("Transit Agency director Oskar Lind said"): a fact-checker asks
    whether the statement was the body's or one official's. A spokesperson's words are the
    body's by their office."""
    def kinds(src: Source) -> set:
        return {actors[i].kind for i in src.actors if i in actors}

    kx, ky = kinds(x), kinds(y)
    if ("person" in kx) == ("person" in ky):
        return False
    body, person = (ky, x) if "person" in kx else (kx, y)
    return "organization" in body and not person.words & _SPOKESPEOPLE


_SPOKESPEOPLE = frozenset("spokesperson spokesman spokeswoman spokespeople spokesmen spokeswomen".split())


def unless_apart(found: list, fa, fb) -> list:
    """found (two linked sentences' sources differ), unless each sentence names the other's
    source as well, crediting its own ("Pfizer says it's time for a booster; FDA and CDC say not
    so fast" / "…: CDC"): the sentences report two parties' statements side by side, not one
    statement credited to two. Places are left out ("a group opposed to Tehran" does not
    credit Tehran). fa, fb: the sentences' facts (SentenceFacts)."""
    xa, xb = fa.source, fb.source
    if xa.actors & xb.actors:
        return found
    for x, other in ((xa, fb), (xb, fa)):
        named = {a.id for _, a in other.facts.mentions[other.s.id] if a.kind != "place"}
        if x.actors and x.actors <= named:
            return []
    return found


def not_stated_as_fact(credits, states) -> bool:
    """Whether a sentence that says what the other credits (credits, states: the two
    sentences' facts, SentenceFacts) does not state it as fact after all: it names the credited
    party as the one who did it ("Pakistan withdraws its ambassador as Tehran defends the
    attack" / "Tehran claimed …"), or it follows a sentence that credits a source, whose
    attribution news writing carries on ("X said A. B.")."""
    src = credits.source
    if not isinstance(src, Source):
        return False
    doers = {i for _, _, actors in states.agents for i in actors}
    if src.actors & doers:
        return True
    before = _sentence_before(states)
    return before is not None and isinstance(states.facts.of(before).source, Source)


def _sentence_before(f):
    """The sentence before f's in its article, or None."""
    return f.facts.sentence_before(f.s)


# --- where a statement was made -------------------------------------------------------------

# kinds of occasion a statement is made on; words of one line are one kind ("a press briefing" /
# "a news conference"), words of two lines two ("a press briefing" / "a televised statement")
_VENUES = {w: kind for kind, words in enumerate((
    "briefing briefings conference conferences presser",
    "statement statements release releases communique",
    "interview interviews",
    "speech speeches address remarks",
    "tweet tweets post posts",
    "letter letters",
    "hearing hearings testimony",
)) for w in words.split()}
_VENUE_RE = re.compile(r"\b(?:in|at|during|on|via|addressing|told)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
                       r"((?:[\w-]+\s+){0,3}?(?:%s))\b" % "|".join(sorted(_VENUES, key=len, reverse=True)),
                       re.IGNORECASE)


def find_venues(text: str, quoted: tuple[tuple[int, int], ...] = ()) -> tuple[tuple[int, int, int], ...]:
    """(start, end, kind) of each occasion a sentence says a statement was made on ("while
    addressing a press briefing", "in a nationally televised statement"), outside its quotes."""
    out = []
    for m in _VENUE_RE.finditer(text):
        if any(a <= m.start() < b for a, b in quoted):
            continue
        words = [fold(w) for w in WORD_RE.findall(m.group(1))]
        kinds = {_VENUES[w] for w in words if w in _VENUES}
        out.append((m.start(1), m.end(1), min(kinds)))
    return tuple(out)


def venues(fa, fb) -> list:
    """One statement credited to one source, said on two kinds of occasion ("at a press
    briefing" / "in a televised statement"), as a Found list (see differences.py)."""
    va, vb = fa.venues, fb.venues
    if len(va) != 1 or len(vb) != 1 or va[0][2] == vb[0][2]:
        return []
    (a0, a1, _), (b0, b1, _) = va[0], vb[0]
    return [("attribution", a0, a1, b0, b1, f"said in “{fa.text[a0:a1]}” vs “{fb.text[b0:b1]}”")]


# --- who gives a figure two sources disagree on ---------------------------------------------

def figure_sources(facts, reported: list) -> list:
    """Attribution differences of the figures two articles disagree on: when two sentences
    give one figure otherwise (a number difference, whether their sentences were linked or
    not) and credit it to two sources ("312 families lost their homes, the water authority said"
    / "the mayor said the count was 287"), a fact-checker asks who said which. Their
    sentences may share too little for a link's judged differences, but the figure tells they
    report one fact. facts: the comparison's sentence_facts.Facts; reported: the differences
    found so far (a pair already showing an attribution difference is not shown another)."""
    shown = {frozenset((d.a.sentence, d.b.sentence)) for d in reported if d.kind == "attribution"}
    out = []
    for d in reported:
        if d.kind != "number":
            continue
        pair = frozenset((d.a.sentence, d.b.sentence))
        if pair in shown:
            continue
        shown.add(pair)
        (sa, xa, a0, a1), (sb, xb, b0, b1) = (_credited_by(facts, facts.of(facts.sentence[side.sentence]))
                                              for side in (d.a, d.b))
        if xa is None or xb is None or same_source(xa, xb, facts.actor):
            continue
        out.append(Difference("attribution", facts.span(sa, sa.start + a0, sa.start + a1),
                              facts.span(sb, sb.start + b0, sb.start + b1),
                              f"figure credited to “{xa.text}” vs “{xb.text}”"))
    return out


# a pronoun crediting what it says ("He said …", "…, she added"), not another unnamed credit
# ("is expected to", "…, saying")
_PRONOUN_SAYS_RE = re.compile(r"\b(?:he|she|they)\s+(?:also\s+|later\s+|then\s+)?(?:%s)\b"
                              % "|".join(sorted(_SAY)), re.IGNORECASE)


def _credited_by(facts, f) -> tuple:
    """(sentence, its Source or None, where the sentence credits it: offsets into its text) of
    a sentence's facts f. A sentence that credits someone it does not name ("She said the count
    was …") carries on the attribution of the sentence before it, when that one names its
    source ("Mayor X said …"): news writing names a speaker once, then goes on with a pronoun.
    Other unnamed credits ("… is expected to reach …") carry nothing on."""
    s, src = f.s, f.source
    if isinstance(src, Source):
        return (s, src, *f.source_span)
    if src == UNKNOWN and _PRONOUN_SAYS_RE.search(s.text):
        before = facts.sentence_before(s)
        if before is not None and isinstance(facts.of(before).source, Source):
            return s, facts.of(before).source, 0, len(s.text)
    return s, None, 0, 0
