"""Bodies named by a common noun in small letters: "the coast guard said", "police sources said",
"Tarvia's foreign ministry", "the embassy said" after "the Tarvian embassy".

A country's or a place's one police force, coast guard or parliament is an actor though no
capital letter marks it (generic_bodies.txt [alone]); such a noun joins the one body of the set
whose full name ends with it ("the coast guard" / "Calvarian Coast Guard"), and a noun that
stands for a body only after its name ([after_name]: embassy, ministry) is kept only when it
joins one. Never two bodies that share a head ("the ministry" where the set names two), never
across countries. The noun used as a modifier ("a police station", "police officers") or
generically ("an embassy", "member of parliament") names no body.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import lru_cache
from typing import Optional, Sequence

from rapidfuzz.distance import OSA

from reader.engine import gazetteer
from reader.engine.actors import lexicon
from reader.engine.actors.finding import Candidate
from reader.engine.actors.roles import country_before
from reader.engine.disjoint import DisjointSets
from reader.engine.model import Sentence
from reader.engine.text import fold, stopwords
from reader.paths import word_sections

EVIDENCE = "lower"      # Candidate.evidence of the mentions found here

# Words after the noun that leave it a noun phrase of its own: function words, auxiliaries and
# the body's people ("the coast guard said", "police sources said", "in parliament on Monday").
_FOLLOWERS = frozenset({
    "and", "or", "but", "nor", "in", "on", "at", "of", "for", "to", "with", "from", "by", "that", "which",
    "who", "as", "after", "before", "when", "while", "over", "into", "about", "than", "since", "because",
    "if", "until", "also", "not", "has", "have", "had", "is", "are", "was", "were", "will", "would",
    "could", "can", "may", "might", "must", "should", "did", "does", "do", "been", "be", "then", "still",
    "later", "now", "yesterday", "today", "itself", "so", "against", "under", "during", "through",
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "source", "sources", "official",
    "officials",
})
# Words before the noun (with no "the") that make it generic or a title's part: "an embassy",
# "member of parliament", "chief of police", "its army".
_GENERIC_BEFORE = frozenset({"a", "an", "any", "every", "each", "no", "another", "one", "of", "its",
                             "their", "his", "her", "our", "your", "my", "whose", "this", "that",
                             "such", "which", "what"})
_WORD_RE = re.compile(r"[\w'’-]+")
_CLOSING = frozenset(".,;:!?)\"”’'")


@lru_cache(maxsize=1)
def _phrases() -> tuple[frozenset, frozenset]:
    sections = word_sections("generic_bodies.txt")
    return sections.get("alone", frozenset()), sections.get("after_name", frozenset())


@lru_cache(maxsize=1)
def _phrase_re() -> re.Pattern:
    """The phrases, in small letters or with a capital first letter (for a sentence's start), as
    one letter tree: a news cycle's text is read in one pass, several times faster than a list of
    alternatives with the case ignored."""
    alone, after = _phrases()
    written = sorted(p for w in alone | after for p in (w, w[:1].upper() + w[1:]))
    return re.compile(r"\b" + _letter_tree(written) + r"\b")


def _letter_tree(words: list[str]) -> str:
    """A pattern matching exactly the words, alternatives shared letter by letter."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return pattern(tree)


def find(articles_text: dict[str, str], sentences: Sequence[Sentence],
         found: dict[str, list[Candidate]]) -> None:
    """Add to found (sentence id -> candidates, in order) the bodies named in small letters in
    the body sentences, where no candidate stands already."""
    pattern = _phrase_re()
    by_article: dict[str, list[Sentence]] = defaultdict(list)
    for s in sentences:
        if s.role == "body" and s.id in found:
            by_article[s.article].append(s)
    for article, sents in by_article.items():
        text = articles_text[article]
        starts = [s.start for s in sents]
        added: dict[str, list[Candidate]] = defaultdict(list)
        for m in pattern.finditer(text):
            k = bisect.bisect_right(starts, m.start()) - 1
            if k < 0 or m.end() > sents[k].end:
                continue
            c = _mention(m, text, sents[k])
            if c is not None and not any(o.start < m.end() and m.start() < o.end for o in found[sents[k].id]):
                added[sents[k].id].append(c)
        for sid, cands in added.items():
            found[sid] = found[sid] + cands     # after the sentence's names: their neighbours stay theirs


def _mention(m: re.Match, text: str, s: Sentence) -> Optional[Candidate]:
    """The candidate the match names, or None where the noun is a modifier, generic or part of a
    capitalised name."""
    start, end = m.start(), m.end()
    phrase = " ".join(fold(w) for w in m.group().split())
    written = m.group()
    if not (written.islower() or start == s.start and written[1:].islower()):
        return None                 # "the Coast Guard": a capitalised name, the name finder's
    if text[end : end + 1] == "-" or text[start - 1 : start] == "-":
        return None                 # "police-led", "anti-police"
    if not _stands_alone(text, end, s.end, phrase):
        return None
    before = text[s.start : start]
    words = _WORD_RE.findall(before[-60:])
    portfolio = []
    if phrase == "ministry":        # "the foreign ministry", "the civil protection ministry"
        while words and len(portfolio) < 2 and lexicon.portfolio_word(words[-1]) and before.endswith(" "):
            portfolio.insert(0, words.pop())
            before = before[: before.rstrip().rfind(" ") + 1] if " " in before.rstrip() else ""
        if portfolio:
            start = s.start + len(before)
            phrase = " ".join(portfolio + ["ministry"])
        elif text[end : end + 3] == " of":
            return None             # "the ministry of health": its name is the words after it
    qualifier, owner_start = "", start
    prev = words[-1] if words else ""
    if prev and before.endswith(prev + " "):
        if prev[:1].isupper() and fold(prev) != "the":
            country = gazetteer.country_of_demonym(prev)
            bare = re.sub(r"['’]s?$", "", prev)
            if bare != prev:         # "Tarvia's foreign ministry"
                qualifier = country_before(text, start, s.start)
                if not qualifier and not gazetteer.is_place(bare):
                    return None
            elif country or gazetteer.is_place(prev):   # "Norwegian police", "Lima police"
                qualifier = country or gazetteer.country_of_city(prev) or gazetteer.country_named(prev) or ""
                owner_start = start - len(prev) - 1
            else:
                return None         # "Acme security service": another name's words
        elif fold(prev) in _GENERIC_BEFORE or portfolio and fold(prev) != "the":
            return None             # "an embassy"; "told ministry officials": no portfolio
    if not qualifier and phrase in _phrases()[0]:
        qualifier = _country_after(text[end : s.end])      # "police in Tarvia", "police in Velmar"
    return Candidate(s.article, s.id, owner_start, end, text[owner_start:end], "organization",
                     qualifier=qualifier, order=s.index, initial=owner_start == s.start, evidence=EVIDENCE)


_IN_PLACE_RE = re.compile(r"\s+in\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def _country_after(rest: str) -> str:
    """The country of the place named after the noun ("police in Tarvia", "police in
    Velmar", a town of Tarvia): the body is that country's, as "Tarvian police" is; "" where none."""
    m = _IN_PLACE_RE.match(rest)
    if not m:
        return ""
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        place = " ".join(words[:n])
        country = (gazetteer.country_named(place) or gazetteer.country_of_city(place)
                   or gazetteer.country_of_region(place))
        if country:
            return country
    return ""


def _stands_alone(text: str, end: int, limit: int, phrase: str) -> bool:
    """Whether what follows the noun leaves it a noun phrase of its own: the sentence's end, a
    mark, a possessive, a verb, a function word, the body's people ("police sources") or a name
    ("coast guard spokesman Ana Ruiz"); not another noun ("police station", "navy blue")."""
    rest = text[end:limit]
    if not rest.strip() or rest[:1] in _CLOSING and not rest.startswith(("'", "’")):
        return True
    if re.match(r"['’]s?\b", rest):
        return True                 # "the coast guard's", "parliament's"
    m = re.match(r"\s+([\w'’-]+)", rest)
    if not m:
        return False
    word = m.group(1)
    if word[:1].isupper():
        return True
    f = fold(word)
    if f == "of" and (phrase in _phrases()[1] or _many_after_of(rest[m.end():])):
        return False                # "the embassy of Tarvia"; "an army of volunteers": an amount
    return f in _FOLLOWERS or f in lexicon.verbs() or (f.endswith("ed") and len(f) > 4)


_PLURALS = frozenset({"people", "men", "women", "children", "police", "staff", "folk", "youth"})


def _many_after_of(rest: str) -> bool:
    """Whether the words after "of" open with a plural in small letters ("of volunteers", "of
    angry fans", "of people"): the noun before is a collective's amount, "an army of
    volunteers", "a parliament of owls", not a body."""
    for word in _WORD_RE.findall(rest[:40])[:2]:
        if not word.isalpha() or not word.islower() or word in stopwords():
            return False
        if word in _PLURALS or word.endswith("s") and not word.endswith(("ss", "us", "is")):
            return True
    return False


def join(cands: list[Candidate], cl: DisjointSets) -> None:
    """Each body found here joins the one body of the set whose full name ends with its noun: of
    its own article if that names one, else of the set, if all such bodies are one and of the
    same country (a body another article qualifies by a country joins only where that country
    is the first this article names, or where it names none). The others of one noun and country
    are one body, and those of no country join them when the set gives the noun one country.
    The nouns of [after_name] that join no named body are no actors."""
    lower = [i for i, c in enumerate(cands) if c.evidence == EVIDENCE]
    if not lower:
        return
    by_end: dict[str, list[tuple[int, list[str]]]] = defaultdict(list)  # a name's first and last words
    for j, c in enumerate(cands):
        if c.kind == "organization" and c.evidence != EVIDENCE and not c.headline:
            words = [fold(w) for w in c.text.split()]
            by_end[words[-1]].append((j, words))
            if words[0] != words[-1]:
                by_end[words[0]].append((j, words))
    first_country = _first_countries(cands)
    _, after_name = _phrases()
    left: dict = defaultdict(lambda: defaultdict(list))  # noun -> country -> mentions joining no name
    for i in lower:
        c = cands[i]
        head = _noun(c)
        near = by_end.get(head[-1], []) + (by_end.get(head[0], []) if len(head) > 1 else [])
        fulls = sorted({j for j, words in near if _names_with(words, head)})
        pool = [j for j in fulls if cands[j].article == c.article] or fulls
        pick = pool[0] if pool and len({cl.find(j) for j in pool}) == 1 else None
        if pick is not None:
            theirs = {cands[j].qualifier for j in cl.members[cl.find(pick)] if cands[j].qualifier}
            if c.qualifier and theirs and c.qualifier not in theirs:
                pick = None
            elif not c.qualifier and theirs and cands[pick].article != c.article:
                if first_country.get(c.article, "") not in theirs | {""}:
                    pick = None
        if pick is not None:
            cl.union(pick, i)
        elif " ".join(head) in after_name:
            c.kind = ""             # "the embassy" with no embassy named: no actor
        else:
            left[" ".join(head)][c.qualifier].append(i)
    for by_country in left.values():
        for mentions in by_country.values():
            for i in mentions[1:]:
                cl.union(mentions[0], i)
        qualified = [q for q in by_country if q]
        if "" in by_country and len(qualified) == 1:
            cl.union(by_country[""][0], by_country[qualified[0]][0])
        elif "" in by_country and qualified:
            for i in by_country[""]:
                cands[i].kind = ""  # "police said" where two countries' police act: neither's


def _noun(c: Candidate) -> list[str]:
    """The body's noun of a mention, folded: "police" of "Norwegian police"."""
    words = c.text.split()
    owner = len(words) > 1 and words[1][:1].islower() and (
        gazetteer.country_of_demonym(words[0]) or gazetteer.is_place(words[0])
    )
    return [fold(w) for w in words[1:] if owner] or [fold(w) for w in words]


def _names_with(name: list[str], head: list[str]) -> bool:
    """Whether a body's full name (folded words) is one the noun stands for: it ends with the noun
    ("Calvarian Coast Guard" / "coast guard") or opens with it before "of" ("Central Bank of
    Tarvia" / "central bank"), or it is "Ministry of X" for "the X ministry"."""
    n = len(head)
    if len(name) >= n and _same_words(name[-n:], head):
        return True
    if len(name) > n + 1 and _same_words(name[:n], head) and name[n] == "of":
        return True
    return (
        n >= 2 and head[-1] == "ministry" and name[:2] == ["ministry", "of"]
        and _same_words([w for w in name[2:] if w not in ("and", "affairs")], head[:-1])
    )


def _same_words(xs: list[str], ys: list[str]) -> bool:
    """Folded words alike one by one, a long word with one slip of the pen ("foriegn" / "foreign")."""
    return len(xs) == len(ys) and all(
        x == y or min(len(x), len(y)) >= 5 and OSA.distance(x, y) <= 1 for x, y in zip(xs, ys)
    )


def _first_countries(cands: list[Candidate]) -> dict[str, str]:
    """Article -> the country it names first (by a place, a city or a demonym): the one its story
    happens in, whose bodies its bare nouns name ("Lisbon ordered two Tarvian envoys out, the
    foreign ministry said"); articles that name none are left out."""
    first: dict[str, tuple[int, str]] = {}
    for c in cands:
        if c.kind != "place" or c.headline or c.article in first and first[c.article][0] < c.start:
            continue
        country = (gazetteer.country_of_demonym(c.text) or gazetteer.country_named(c.text)
                   or gazetteer.country_of_city(c.text))
        if country:
            first[c.article] = (c.start, country)
    return {article: country for article, (_, country) in first.items()}
