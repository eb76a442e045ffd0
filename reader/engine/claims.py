"""Claims of two linked sentences that cannot both hold: one denies what the other states
("there is not enough evidence" / "based on evidence"), or says the opposite about the same
thing ("claims rose" / "claims fell").

Lexical evidence only, and kept narrow: the denied or reversed words must also occur in the other
sentence (or be the opposite word there), in the same few-word neighbourhood, so two sentences
that merely both contain a "not" are never a claim difference.
"""
from __future__ import annotations


import re
from functools import lru_cache
from typing import Optional

from reader.engine.text import WORD_RE, content_concepts, fold
from reader.paths import word_list

_NEGATION = frozenset({"not", "no", "never", "none", "nobody", "nothing", "neither", "nor",
                       "without", "cannot"})
SCOPE_WORDS = 4              # words after a negation where the word it denies may be
CONTEXT_WORDS = 4            # words around an opposite word that say what it is about


@lru_cache(maxsize=65536)
def concepts(text: str) -> frozenset:
    return frozenset(content_concepts(text))


def _is_negation(word: str) -> bool:
    f = fold(word)
    return f in _NEGATION or f.endswith("n't")


@lru_cache(maxsize=1)
def _opposites() -> dict[str, str]:
    out = {}
    for line in word_list("opposites.txt"):
        words = line.split()
        if len(words) == 2:
            out.setdefault(words[0], words[1])
            out.setdefault(words[1], words[0])
    return out


_FILLERS = frozenset("""
a an the be been being have has had enough only yet so very much many any ever always to that
this these those more much such really even still
""".split())


@lru_cache(maxsize=8192)
def _denials(text: str) -> tuple[tuple[int, int, frozenset, int], ...]:
    """(start, end, denied concept, end of scope) of each negation and the word it denies: the
    first content word after it ("not enough evidence" denies "evidence"); the scope runs a few
    words on ("not be allowed to return" governs "return" too)."""
    words = list(WORD_RE.finditer(text))
    out = []
    for i, w in enumerate(words):
        if not _is_negation(w.group()):
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


def _plain_mention(text: str, concept_set: frozenset, denials):
    """(start, end) of the first word of text whose concept is in concept_set and that no
    negation of text governs."""
    for w in WORD_RE.finditer(text):
        c = concepts(w.group())
        if not c or not c & concept_set:
            continue
        if any(s <= w.start() < e for s, _, _, e in denials):
            continue
        return w.start(), w.end()
    return None


def _denial(text_a: str, text_b: str):
    da = _denials(text_a)
    if not da or not concepts(text_b) & frozenset().union(*(d for _, _, d, _ in da)):
        return None
    db = _denials(text_b)
    for s, e, denied, _ in da:
        hit = _plain_mention(text_b, denied, db)
        if hit is not None:
            return (s, e), hit
    return None


def _around(text: str, start: int, end: int) -> frozenset:
    before = WORD_RE.findall(text[max(0, start - 60):start])[-CONTEXT_WORDS:]
    after = WORD_RE.findall(text[end:end + 60])[:CONTEXT_WORDS]
    return concepts(" ".join(before + after))


@lru_cache(maxsize=8192)
def _words(text: str) -> dict:
    return {fold(w.group()): w for w in WORD_RE.finditer(text)}


def _reversal(text_a: str, text_b: str):
    opposite = _opposites()
    words_a, words_b = _words(text_a), _words(text_b)
    for f, w in words_a.items():
        other = opposite.get(f)
        v = words_b.get(other) if other else None
        if v is None or f in words_b:
            continue
        if _around(text_a, w.start(), w.end()) & _around(text_b, v.start(), v.end()):
            return (w.start(), w.end()), (v.start(), v.end())
    return None


# words by which a source reports something without vouching for it
_HEDGE_RE = re.compile(
    r"\b(?:alleged(?:ly)?|reportedly|purported(?:ly)?|suspected|apparently|unconfirmed|unverified|"
    r"(?:claims?|claimed|said|says|believed|thought|reported|rumou?red)\s+to(?:\s+(?:be|have))?)\b",
    re.IGNORECASE)
HEDGE_WORDS = 4              # words after a hedge shown as what it qualifies


@lru_cache(maxsize=8192)
def _hedges(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in _HEDGE_RE.finditer(text))


def _hedged(text_a: str, text_b: str):
    """A hedge in a ("alleged bases", "said to have been killed") on content that b states
    without one."""
    if _hedges(text_b):
        return None
    for start, end in _hedges(text_a):
        after = [w for w in WORD_RE.finditer(text_a[end:end + 80]) if fold(w.group()) not in _FILLERS]
        head = concepts(after[0].group()) if after else frozenset()
        if head and head <= concepts(text_b):
            last = end + after[min(HEDGE_WORDS, len(after)) - 1].end()
            return (start, last), None
    return None


def contrast(text_a: str, text_b: str) -> Optional[tuple[tuple[int, int], tuple[int, int], str]]:
    """(span in a, span in b, note) of a claim of one sentence the other contradicts, or None."""
    found = _denial(text_a, text_b)
    if found is not None:
        return found[0], found[1], "one source denies what the other states"
    found = _denial(text_b, text_a)
    if found is not None:
        return found[1], found[0], "one source denies what the other states"
    found = _reversal(text_a, text_b)
    if found is not None:
        return found[0], found[1], "the sources say opposite things"
    found = _hedged(text_a, text_b)
    if found is not None:
        return found[0], (0, len(text_b)), "hedged in one source, stated as fact in the other"
    found = _hedged(text_b, text_a)
    if found is not None:
        return (0, len(text_a)), found[0], "hedged in one source, stated as fact in the other"
    return None


__all__ = ["contrast"]
