"""Who did it: the agent of what two linked sentences report, and whether the sources name the
same one ("Republicans killed the bill" / "lawmakers could not strike a deal", "Democrats set up
a committee" / "Pelosi creates a committee").

An agent is the noun phrase a clause opens with, right before its verb: the sentence's own
subject, or the subject of a clause opened by "after", "as", "when"... It counts only when it
stands for people or a body (an actor the actor stage found, a people noun such as "lawmakers",
a hyphenated group such as "the far-left"): "the bill was killed" names no agent. A verb of
saying makes the phrase a source, which attribution compares; a pronoun names no one. A
country, its capital and its authorities are one agent ("Portugal" / "Lisbon" / "Portuguese
authorities"): the seat of government stands for the state, another city does not ("Edinburgh"
/ "London" are two governments, "Donetsk authorities" are not Kyiv's).

No tagger is at hand (nltk's data is not shipped), so a verb is read from its form: a lower-case
word ending in -ed or -s, an auxiliary, or an irregular form (resources/wordlists/verb_forms.txt).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

from reader.engine import cues, gazetteer
from reader.engine.text import WORD_RE, content_concepts, fold, name_key, stem, stopwords
from reader.paths import word_list


class Agent(NamedTuple):
    start: int          # offsets of the agent phrase and its verb, into the sentence's text
    end: int
    phrase_end: int     # where the agent phrase alone ends ("Democratic lawmakers")
    main: bool          # the sentence's subject, not a clause's
    people: bool        # it holds a people noun or a hyphenated group, so needs no actor
    deed: frozenset     # concepts of the verb and the common words after it (what was done)


_SUBORDINATE = frozenset("after as when while because since before once though although until".split())
_OPENERS = _SUBORDINATE | frozenset("in on at amid despite following with without during".split())
_DETERMINERS = frozenset("the a an some many several most other more fewer its their his her".split())
_PLACE_PREPOSITIONS = frozenset("on in at from".split())
_BE = frozenset("is are was were be been being".split())
# after a headline's participle these mark it passive: "Minister accused of …", "Two killed in …"
_PASSIVE_AFTER = frozenset("of by in at for after as to over during".split())
DEED_WORDS = 6               # words after the verb that say what was done
_TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
tonight morning afternoon evening night week weekend month year""".split())
_AUXILIARIES = frozenset("""has have had is are was were will would could can may might must did does do
shall should""".split())
_PRONOUNS = frozenset("he she they it we i you who which that this these those there".split())
MAX_AGENT_WORDS = 6
MAX_OPENING_WORDS = 12       # "After much delay, senators unveiled …": the opening clause skipped


@lru_cache(maxsize=1)
def _people() -> frozenset:
    nouns = cues.speaker_nouns()
    return frozenset().union(*(nouns.get(k, frozenset()) for k in
                               ("people", "person", "female", "male", "organization")))


@lru_cache(maxsize=1)
def _saying() -> frozenset:
    return cues.cue_class("speech") | cues.cue_class("belief")


def _is_people(word: str) -> bool:
    f = fold(word)
    return f in _people() or f.endswith("s") and f[:-1] in _people() or "-" in f and f[:1].isalpha()


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset:
    return frozenset(w for line in word_list("verb_forms.txt") for w in line.split())


def _is_verb(word: str) -> bool:
    f = fold(word)
    if not word[:1].islower():
        return False
    if f in _AUXILIARIES or f in _verb_forms():
        return True
    return f not in stopwords() and len(f) > 3 and (
        f.endswith("ed") or f.endswith("s") and not f.endswith(("ss", "us", "is")))


def _headline_case(text: str) -> bool:
    """Title case ("Biden Vows Executive Action"): a verb cannot be told by its case."""
    words = [w for w in WORD_RE.findall(text) if fold(w) not in stopwords()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def find_agents(text: str, headline: bool = False) -> tuple[Agent, ...]:
    """The agents of a sentence: its subject, then those of the clauses it opens with a
    subordinating word (offsets relative to text)."""
    if headline and _headline_case(text):
        return ()
    words = list(WORD_RE.finditer(text))
    if not words:
        return ()
    opener = fold(words[0].group())
    starts: list[tuple[int, bool]] = []
    if text[words[0].end():].startswith(","):     # "Earlier, Iran attacked …"
        starts.append((words[0].end() + 1, True))
    elif opener in _OPENERS:                # "After much delay, senators unveiled …"
        comma = text.find(",", words[0].end())
        if 0 < comma and len(WORD_RE.findall(text[:comma])) <= MAX_OPENING_WORDS:
            starts.append((comma + 1, True))
        if opener in _SUBORDINATE:
            starts.append((words[0].end(), False))
    else:
        starts.append((0, True))
    starts += [(w.end(), False) for w in words[1:] if fold(w.group()) in _SUBORDINATE]
    out = [a for a in (_agent_at(text, words, at, main, headline) for at, main in starts) if a is not None]
    return tuple(out)


def _agent_at(text: str, words: list, at: int, main: bool, headline: bool) -> Optional[Agent]:
    """The agent phrase starting at offset at, if a verb (not one of saying) follows it."""
    first = next((k for k, w in enumerate(words) if w.start() >= at), None)
    if first is None:
        return None
    i = first + (fold(words[first].group()) in _DETERMINERS)
    head = None
    while i < len(words) and i - first < MAX_AGENT_WORDS:
        w = words[i].group()
        f = fold(w)
        if f in _PRONOUNS or w[:1].isdigit():
            return None
        if f == "of" and head is not None and i + 1 < len(words) and \
                (words[i + 1].group()[:1].isupper() or _is_people(words[i + 1].group())):
            i += 1                       # "a group of Democratic senators"
            continue
        if w[:1].isupper() or _is_people(w):
            head = i
        elif f in stopwords() or _is_verb(w):
            break                        # else a modifier: "the regional governor"
        i += 1
        if i < len(words) and text[words[i - 1].end():words[i].start()].strip() not in ("", "'s", "’s"):
            break                        # a comma or a bracket ends the phrase
    if head is None:
        return None
    i = head + 1
    if i < len(words) and fold(words[i].group()) in _PLACE_PREPOSITIONS:   # "lawmakers on Friday trashed"
        k = i + 1
        while k < len(words) and (words[k].group()[:1].isupper() or fold(words[k].group()) in _TIME_WORDS):
            k += 1
        if k > i + 1:
            i = k
    if i >= len(words) or text[words[i - 1].end():words[i].start()].strip() \
            or not _is_verb(words[i].group()) or not _active_deed(words, i, headline):
        return None                      # "The Democrats, led by …": no verb right after it
    people = any(_is_people(w.group()) for w in words[first:head + 1])
    return Agent(words[first].start(), words[i].end(), words[head].end(), main, people,
                 _deed(text, words, i))


def _deed(text: str, words: list, verb: int) -> frozenset:
    """Concepts of the verb at words[verb] and of the common words after it in its clause."""
    out = set()
    for k in range(verb, min(len(words), verb + 1 + DEED_WORDS)):
        w = words[k].group()
        if k > verb and (fold(w) in _SUBORDINATE or text[words[k - 1].end():words[k].start()].strip()):
            break                        # "withdraws its ambassador as Tehran defends …"
        if w[:1].islower() and fold(w) not in _AUXILIARIES:
            out.update(content_concepts(w))
    return frozenset(out)


def _active_deed(words: list, i: int, headline: bool) -> bool:
    """Whether the verb at words[i] says what its subject did: not passive ("Tehran has been
    informed", "the envoy was expelled", "a commission formed by …", a headline's "Minister
    accused of …"), not a verb of saying (attribution's), not a copula ("Facebook is a risk")."""
    f = fold(words[i].group())
    rest = [fold(w.group()) for w in words[i + 1:i + 4]]
    rest = [w for w in rest if w not in _ADVERBS and not w.endswith("ly")]
    after = rest[0] if rest else ""
    if f in _saying() or f in _AUXILIARIES and after in _saying():
        return False
    if f in _AUXILIARIES and (after == "been" or f in _BE and after in _BE):
        return False
    if f in _BE:                         # "is urging" is a deed; "was expelled", "is a risk" are not
        return after.endswith("ing")
    return not (f.endswith("ed") and (after == "by" or headline and after in _PASSIVE_AFTER))


_ADVERBS = frozenset("not also still now then already just".split())


AGENT_SHARED = 0.25  # share of content two sentences need for their agents to be of one deed


def differing(fa, fb) -> list:
    """Two linked sentences that say much alike but name different agents for it, as a Found
    list (see differences.py): each sentence's agents are paired subject with subject, clause
    with clause, where the words after their verbs share content (one deed, "fumed over the
    draft" / "trashed the draft") and one of the two names who it is; none is reported when any
    agent of one is one of the other's."""
    xs, ys = fa.agents, fb.agents
    if not xs or not ys:
        return []
    # a function of the two agent lists alone, and a news cycle repeats few of them
    return fa.facts.once(("agents differing", fa.agents_id, fb.agents_id), lambda: _differing(xs, ys))


def _differing(xs: tuple, ys: tuple) -> list:
    if any(same_agent(x[1], y[1], x[2], y[2]) for x in xs for y in ys):
        return []
    for x, px, _ in xs:
        for y, py, _ in ys:
            if x.main == y.main and x.deed & y.deed and (_named(px) or _named(py)):
                return [("attribution", x.start, x.end, y.start, y.end, f"done by “{px}” vs “{py}”")]
    return []


def _named(phrase: str) -> bool:
    """Whether an agent names who it is ("Pelosi", "Democratic lawmakers", "the far-left"), not
    only an unnamed group or office ("police" / "officers", "lawmakers" / "legislators": one
    party in other words, as like as not)."""
    return any("-" in w or w[:1].isupper() and not _is_people(w) and fold(w) not in _DETERMINERS
               for w in WORD_RE.findall(phrase))


def agents_of(f) -> tuple[tuple[Agent, str, frozenset], ...]:
    """(agent, its phrase, the actors it names) of a sentence whose facts are f: those that
    stand for people, or name an actor (SentenceFacts.agents keeps them)."""
    s = f.s
    found = f.facts.once(("agents", f.text, s.role == "headline"),
                         lambda: find_agents(f.text, s.role == "headline"))
    out = []
    for a in found:
        actors = frozenset(actor.id for m, actor in f.facts.mentions[s.id]
                           if m.start - s.start < a.phrase_end and a.start < m.end - s.start)
        if a.people or actors:
            out.append((a, f.text[a.start:a.phrase_end], actors))
    return tuple(out)


def same_agent(x: str, y: str, actors_x: frozenset, actors_y: frozenset) -> bool:
    """Whether two agent phrases name one party: a shared actor, or a shared content word by
    its stem ("the Senate" / "senators"), unless they name the places they are of apart
    ("Haiphong authorities" / "Vietnamese authorities")."""
    if actors_x & actors_y:
        return True
    px, py = places_in(x), places_in(y)
    if px and py and not px & py:
        return False
    sx = {stem(w) for w in WORD_RE.findall(x) if fold(w) not in stopwords()}
    sy = {stem(w) for w in WORD_RE.findall(y) if fold(w) not in stopwords()}
    if sx & sy:
        return True
    state = _state_of(x)
    return state is not None and state == _state_of(y)


@lru_cache(maxsize=4096)
def places_in(phrase: str) -> frozenset:
    """The places an agent or a source phrase is of: a country (by its name, its capital, its
    demonym or its initials, "US" / "U.S.") or another city, by itself ("Haiphong")."""
    out = set()
    for w in WORD_RE.findall(phrase):
        f = fold(w)
        country = gazetteer.country_named(f) or _capitals().get(f) or gazetteer.country_of_demonym(f)
        if country:
            out.add(country)
        elif w[:1].isupper() and gazetteer.country_of_city(f):
            out.add(f)
    for m in _INITIALS_RE.finditer(phrase):
        country = gazetteer.country_of_demonym("".join(c + "." for c in m.group().replace(".", "")))
        out.update([country] if country else [])
    return frozenset(out)


_INITIALS_RE = re.compile(r"\b(?:[A-Z]\.){2,3}|\b[A-Z]{2,3}\b")


# nouns for a country's state, which its name, its capital or its demonym stand for as well
_STATE_NOUNS = frozenset("""authorities government officials administration regime state leaders
leadership ministry military forces army""".split())


@lru_cache(maxsize=4096)
def _state_of(phrase: str) -> Optional[str]:
    """The country whose state an agent phrase names: "Portugal", "Lisbon", "Portuguese
    authorities", "the Portuguese government" (a country, its capital, or its demonym with a noun
    for the state), so they are one agent; None for anything else ("Chinese hackers" are not
    Beijing, "Edinburgh" is not London, "Donetsk authorities" are not Ukraine's)."""
    countries, state, demonym = set(), False, False
    words = [fold(w) for w in WORD_RE.findall(phrase) if fold(w) not in _DETERMINERS]
    place = " ".join(w for w in words if w not in _STATE_NOUNS)
    if " " in place and (gazetteer.country_named(place) or _capitals().get(place)):
        words = [place] + [w for w in words if w in _STATE_NOUNS]    # "New Delhi", "South Korea"
    for f in words:
        if f in _STATE_NOUNS:
            state = True
            continue
        country = gazetteer.country_named(f) or _capitals().get(f)
        if country is None:
            country = gazetteer.country_of_demonym(f)
            demonym = demonym or country is not None
        if country is None:
            return None
        countries.add(country)
    if len(countries) != 1 or demonym and not state:
        return None                      # "Chinese" alone may be anyone Chinese
    return countries.pop()


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Folded capital -> its country: the first town of each country in countries.tsv (its
    capital; a second spelling of it too: "Kyiv" / "Kiev"). Only a seat of government stands for a
    state."""
    out = {}
    for country, towns in gazetteer.towns_by_country():
        out.update((t, country) for t in towns if t == towns[0] or _spelling_of(t, towns[0]))
    return out


def _spelling_of(x: str, y: str) -> bool:
    """Whether x writes the name y otherwise: the same consonants ("kiev" / "kyiv", "teheran" /
    "tehran")."""
    from reader.engine.name_forms import skeleton

    return x[:1] == y[:1] and skeleton(name_key(x)) == skeleton(name_key(y))
