"""Indirect quotes: reported speech and views without quotation marks, each with its cue, its
speaker and the span of its content (what was said), the way attribution corpora (PARC) mark them.

Patterns, in the order they are tried on a sentence:
  "According to X, CONTENT." / "CONTENT, according to X."
  "CONTENT, X said (on Monday)." / "CONTENT, said X." / "CONTENT, X said, CONTENT."
  "X said (on Monday) (that) CONTENT." / "X told reporters CONTENT" / "X has denied CONTENT" /
  "X vowed to CONTENT" / "…, saying (that) CONTENT" (the sentence's subject says it).
Content that a direct quote already covers is left to the direct quote.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from reader.engine import cues
from reader.engine.model import Actor, Article, Quote, Sentence
from reader.engine.speakers import Discourse, mask_abbreviations
from reader.engine.text import WORD_RE, fold

MIN_CONTENT_WORDS = 2
_NP_WORDS = 6           # words a trailing "…, X said" subject may have
_OBJECT_WORDS = frozenset({"reporters", "journalists", "him", "her", "them", "us", "me", "lawmakers",
                           "congress", "parliament", "colleagues", "supporters", "members", "senators",
                           "listeners", "viewers", "readers", "investors", "employees", "staff",
                           "officials", "police", "the", "a", "an", "his", "their", "its", "our"})
_LISTENERS = frozenset({"reporters", "journalists", "him", "her", "them", "us", "me"})
_DETERMINER_START = cues.DETERMINERS | {"there", "it", "he", "she", "they", "we", "i", "you", "this"}
_NO_CLAUSE_NEEDED = frozenset(w for v in ("deny", "confirm", "announce", "admit", "acknowledge", "reveal",
                                          "dispute", "predict", "promise", "pledge", "threaten",
                                          "demand", "warn", "vow", "report", "disclose", "allege")
                              for w in (v, v + "s", v + "d", v + "ed", v[:-1] + "ied", v[:-1] + "ies"))


def indirect_quotes(article: Article, sents: Sequence[Sentence], disc: Discourse,
                    direct: Sequence[Quote]) -> list[Quote]:
    quoted = [(q.start, q.end) for q in direct]
    out = []
    for s in sents:
        if s.role != "body" or len(WORD_RE.findall(s.text)) < 4:
            continue
        found = _according_to(s, disc) or _trailing(s, disc, quoted) or _cue_first(s, disc, quoted)
        if found is None:
            continue
        start, end, who, cue = found
        start, end = _trim(article.text, start, end)
        if end - start < 8 or any(a < end and start < b for a, b in quoted):
            continue
        if len(WORD_RE.findall(article.text[start:end])) < MIN_CONTENT_WORDS:
            continue
        out.append(Quote(id="", article=article.id, sentence=s.id, start=start, end=end,
                         text=article.text[start:end], kind="indirect",
                         speaker=who.id if who else None, cue=cue))
        if who is not None:
            disc.heard(who, start)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return start, end


Found = Optional[tuple[int, int, Optional[Actor], str]]


def _according_to(s: Sentence, disc: Discourse) -> Found:
    from reader.engine.quotes import np_end

    m = re.search(r"\baccording to\b", s.text, re.I)
    if not m:
        return None
    text = disc.text
    x0 = s.start + m.end()
    x1 = np_end(text, x0, s.end)
    who = disc.phrase(x0, x1)
    if who is None:
        named = [a for _, _, a in disc.named(x0, x1) if a.kind in ("person", "organization")]
        who = named[0] if named else None
    if m.start() < 3:
        return x1, s.end, who, "according to"
    return s.start, s.start + m.start(), who, "according to"




def _trailing(s: Sentence, disc: Discourse, quoted) -> Found:
    """'CONTENT, X said on Monday.' / 'CONTENT, said X, a spokesman.' / 'CONTENT, X said, CONTENT.'"""
    text = disc.text
    masked = mask_abbreviations(s.text)
    for comma in [m.start() for m in re.finditer(r",\s", masked)][::-1][:3]:
        tail = masked[comma + 1:]
        words = list(WORD_RE.finditer(tail))
        if not words or len(words) > 14:
            continue
        cue_k = next((k for k, w in enumerate(words[:_NP_WORDS + 2]) if fold(w.group()) in cues.content_cues()
                      or fold(w.group()) in cues.cue_class("speech")), None)
        if cue_k is None:
            continue
        cue = words[cue_k]
        if fold(cue.group()).endswith("ing"):
            continue              # ', saying …' introduces content; _cue_first reads it
        rest = tail[cue.end():]
        # the cue has no content of its own after it: an adverbial, an appositive, or nothing
        after = WORD_RE.findall(rest)
        if after and fold(after[0]) not in cues.ADVERBIAL_STARTS and not rest.lstrip().startswith(",") \
                and not (cue_k == 0 and (after[0][:1].isupper() or fold(after[0]) in ("the", "a", "an"))):
            continue
        base = s.start + comma + 1
        if cue_k == 0:            # inverted: ', said the minister'
            from reader.engine.quotes import np_end
            x0 = base + cue.end()
            x1 = np_end(text, x0, s.end)
            who = disc.phrase(x0, x1)
            if text[x1:x1 + 1] == "," and len(WORD_RE.findall(text[x1:s.end])) >= 2 and \
                    not _speaker_like(text[x1:s.end]):
                return s.start, s.end, who, cue.group()    # 'The rules, said X, are unfair.'
            rest = ""
        else:
            between = tail[:cue.start()]
            if re.search(r"[.!?]\s", between) or any(
                    fold(w) in ("that", "which", "who", "if", "because", "and", "but")
                    for w in WORD_RE.findall(between)):
                continue
            who = disc.phrase(base, base + cue.start())
        if who is None and not _speaker_like(tail[:cue.start()] if cue_k else rest):
            continue
        if rest.lstrip().startswith(",") and len(WORD_RE.findall(rest)) >= 2:
            return s.start, s.end, who, cue.group()      # 'The plan, X said, would save money.'
        return s.start, s.start + comma, who, cue.group()
    return None


def _speaker_like(phrase: str) -> bool:
    """A phrase that can name a speaker though no actor was found in it ("officials", "a spokesman")."""
    words = [fold(w) for w in WORD_RE.findall(phrase)]
    if not words or len(words) > _NP_WORDS:
        return False
    nouns = cues.speaker_nouns()
    return any(w in nouns.get(sec, ()) for w in words for sec in nouns) \
        or words[-1] in cues.PRONOUNS_PERSON | cues.PRONOUNS_GROUP \
        or any(w[:1].isupper() for w in WORD_RE.findall(phrase))


def _cue_first(s: Sentence, disc: Discourse, quoted) -> Found:
    """'X said (on Monday) (that) CONTENT', 'X told reporters CONTENT', '…, saying CONTENT'."""
    from reader.engine.quotes import subject_of_cue

    text = disc.text
    words = [m for m in WORD_RE.finditer(text, s.start, s.end)
             if not any(a <= m.start() < b for a, b in quoted)]
    content_cues, objects, plans = cues.content_cues(), cues.cue_class("object"), cues.cue_class("plan")
    for k, m in enumerate(words):
        f = fold(m.group())
        if f not in content_cues or k == 0 and not f.endswith("ing"):
            continue
        prev = fold(words[k - 1].group()) if k else ""
        if prev == "to" or (f in cues.AMBIGUOUS and prev in cues.DETERMINERS | cues.PREPOSITIONS):
            continue
        if re.search(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", text[s.start:m.start()]):
            continue            # "is expected to", "was told": no speaker of their own
        j = k + 1
        if f in objects:
            j = _skip_object(words, j)
        j = _skip_adverbials(words, j)
        if j >= len(words):
            continue
        start = words[j].start()
        nxt = fold(words[j].group())
        if nxt == "that":
            start = words[j].end()
        elif nxt in ("whether", "if", "how", "why", "what", "when"):
            pass
        elif f in plans and nxt == "to":
            pass
        elif f not in _NO_CLAUSE_NEEDED and not _clause_like(words[j:]):
            continue
        who = subject_of_cue(m, s.start, disc)
        return start, s.end, who, m.group()
    return None


def _skip_object(words, j: int) -> int:
    """'told reporters', 'told CNN', 'warned Congress', 'assured the public': past the listener."""
    if j < len(words) and fold(words[j].group()) in _LISTENERS:
        return j + 1
    k = j
    while k < len(words) and words[k].group()[:1].isupper() and k - j < 4:
        k += 1
    if k > j:
        return k
    if j + 1 < len(words) and fold(words[j].group()) in ("the", "a", "an", "his", "her", "their") \
            and fold(words[j + 1].group()) in _OBJECT_WORDS | cues.speaker_nouns().get("people", frozenset()):
        return j + 2
    return j


_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "yesterday", "today", "tonight", "earlier", "later", "again", "also", "previously",
                         "repeatedly", "publicly", "privately", "separately", "recently", "afterward",
                         "afterwards", "flatly", "bluntly", "firmly", "openly", "once", "then", "too"})


def _skip_adverbials(words, j: int) -> int:
    """Past 'on Monday', 'in a statement', 'last week', 'Tuesday' after a cue."""
    while j < len(words):
        f = fold(words[j].group())
        if f in _TIME_WORDS:
            j += 1
            continue
        if f in ("last", "this", "next") and j + 1 < len(words) and \
                fold(words[j + 1].group()) in ("week", "month", "year", "night", "weekend", "summer", "fall",
                                               "spring", "winter", "time", "monday", "tuesday", "wednesday",
                                               "thursday", "friday", "saturday", "sunday"):
            j += 2
            continue
        if f in ("on", "in", "at", "during", "before", "after", "from", "through", "via", "with"):
            k = j + 1
            if k < len(words) and fold(words[k].group()) in ("a", "an", "the", "his", "her", "their", "its"):
                k += 1
            n = 0
            while k < len(words) and n < 4 and fold(words[k].group()) not in _DETERMINER_START | {"that"} \
                    and not re.search(r",", words[k - 1].string[words[k - 1].end():words[k].start()]):
                k += 1
                n += 1
            if n == 0:
                return j
            j = k
            continue
        return j
    return j


def _clause_like(words) -> bool:
    """Words that can be a content clause without "that": a subject, then a finite verb."""
    if len(words) < MIN_CONTENT_WORDS:
        return False
    first = words[0].group()
    if not (fold(first) in _DETERMINER_START or first[:1].isupper() or first[:1].isdigit()):
        return False
    for w in words[1:10]:
        f = fold(w.group())
        if f in cues.AUXILIARIES - {"on", "to", "also", "later", "then", "again", "once"} or \
                (re.search(r"(?:ed|es)$", f) and not w.group()[:1].isupper()):
            return True
    return False
