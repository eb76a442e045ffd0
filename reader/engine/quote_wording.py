"""Quotes of two linked sentences compared: the same statement quoted in other words, one thing
called by two quoted labels, or a quote one source gives and the other restates in its own words.

A quote fragment lifted word for word from a longer quote is partial quoting, not other wording;
a one- or two-word label is what its quote says, so "cult" against "deep cult" does differ.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from typing import NamedTuple, Optional

from reader.engine.model import Difference, Quote, Span
from reader.engine.sentence_facts import Found
from reader.engine.text import WORD_RE, fold


QUOTE_SAME = 0.5             # quotes sharing this much of the shorter one's content quote one statement
OTHER_SPEAKER_SAME = 0.75    # ... credited to two speakers, quotes must share more to be one statement
PARAPHRASE = 0.5             # a sentence with this much of a quote's content words restates it
SHORT_QUOTE_WORDS = 4        # a quoted label ("blatant breach"), not a quoted statement
LABEL_WORDS = 2              # ... but a label this short is what the quote says
FRAGMENT_WORDS = 5           # a shorter quote found word for word inside the longer one is a fragment


class Quoted(NamedTuple):
    """A direct quote of a sentence, with what comparing it needs worked out once."""
    quote: Quote
    span: Span               # the part of it inside the sentence
    concepts: frozenset
    head: frozenset          # the concept of its last word (a short label is what it ends on)
    short: bool              # a quoted label or phrase rather than a statement
    norm: str                # its words, folded
    clauses: tuple           # (start, end, concepts) of each clause a long quote has (_clauses)


def quoted(found: list[tuple[Quote, Span]], concepts) -> tuple[Quoted, ...]:
    """Quoted facts of a sentence's direct quotes ((quote, span inside the sentence) pairs);
    concepts(text) gives a text's content concepts."""
    out = []
    for q, span in found:
        words = WORD_RE.findall(span.text)
        affirmed = _affirmed(concepts(span.text))
        clauses = () if len(affirmed) < 2 * CLAUSE_CONCEPTS else \
            tuple((start, end, _affirmed(concepts(span.text[start:end])))
                  for start, end in _clauses(span.text))
        out.append(Quoted(q, span, affirmed, concepts(words[-1]) if words else frozenset(),
                          0 < len(words) <= SHORT_QUOTE_WORDS, " ".join(fold(w) for w in words), clauses))
    return tuple(out)


def quotes(fa, fb) -> list[Found]:
    """The same statement quoted in other words, or quoted by one and restated by the other
    (fa, fb: the two sentences' SentenceFacts; offsets as in Found)."""
    qa, qb = fa.quoted, fb.quoted
    if not qa and not qb:
        return []
    out = []
    matched_a, matched_b = set(), set()
    for i, x in enumerate(qa):
        cx = x.concepts
        for k, y in enumerate(qb):
            cy = y.concepts
            shared = len(cx & cy)
            if not shared or shared < min(2, len(cx), len(cy)) or \
                    shared < QUOTE_SAME * min(len(cx), len(cy)):
                continue
            matched_a.add(i)
            matched_b.add(k)
            if x.quote.speaker and y.quote.speaker and x.quote.speaker != y.quote.speaker and \
                    shared <= OTHER_SPEAKER_SAME * min(len(cx), len(cy)):
                continue                 # two people's words; who said what is attribution's matter
            if not _fragment(x.norm, y.norm) and k not in {j for _, j in out}:
                out.append((("quote", *_within(x.span, fa), *_within(y.span, fb),
                             "the quote is worded differently"), k))
    found = [d for d, _ in out]
    short_a = [(i, x.span) for i, x in enumerate(qa) if i not in matched_a and x.short]
    short_b = [(k, y.span) for k, y in enumerate(qb) if k not in matched_b and y.short]
    if short_a and short_b:              # 'what it called "spy headquarters"' / '… "terrorist groups"'
        (i, xs), (k, ys) = short_a[0], short_b[0]
        matched_a.add(i)
        matched_b.add(k)
        found.append(("quote", *_within(xs, fa), *_within(ys, fb), "the sources quote different words"))
    for quoted_, own, other, matched, flip in ((qa, fa, fb, matched_a, False), (qb, fb, fa, matched_b, True)):
        if other.s.role == "headline":
            continue                     # a headline sums up; it does not restate a quote
        for i, x in enumerate(quoted_):
            part = None if i in matched else _restated(x, other.concepts)
            if part is not None:
                pa, pb = _within(x.span, own), (0, len(other.text))
                pa = (pa[0] + part[0], pa[0] + part[1])
                if flip:
                    pa, pb = pb, pa
                found.append(("quote", *pa, *pb, "quoted in one source, restated in the other"))
                break
    return found[:2]


def _affirmed(concepts: frozenset) -> frozenset:
    """Concepts without negated auxiliaries: "don't need" quotes what "do not need" does, and
    "not" is no concept either (a negation is claims' matter, not a quote's wording)."""
    if not any(c.endswith(_NEGATED) for c in concepts):
        return concepts
    return frozenset(c for c in concepts if not c.endswith(_NEGATED))


_NEGATED = ("n't", "n’t")


def _within(span: Span, f) -> tuple[int, int]:
    """A span's offsets into the text of the sentence whose facts are f."""
    return span.start - f.s.start, span.end - f.s.start


def _fragment(nx: str, ny: str) -> bool:
    """A phrase quoted word for word from a longer quote (nx, ny: the quotes' folded words):
    partial quoting, not other wording. A one- or two-word label is no fragment ('a "cult"' /
    'a "deep cult"': the label is what the quote says), nor is a statement cut short (five
    words or more)."""
    short, long_ = sorted((nx, ny), key=len)
    return nx == ny or (short in long_ and LABEL_WORDS < len(short.split()) < FRAGMENT_WORDS)


def _restated(x: Quoted, sentence: frozenset) -> Optional[tuple[int, int]]:
    """Where a sentence restates a quote (offsets into the quote's span), or None: the whole
    quote (_restates), or else the one clause of a long quote it restates best ("… recall our
    ambassador, and their ambassador may not return" / "their ambassador would not be allowed
    to return")."""
    if _restates(x, sentence):
        return 0, len(x.span.text)
    best, where = 0.0, None
    for start, end, cs in x.clauses:      # none unless the quote is long
        shared = len(cs & sentence)
        if len(cs) >= CLAUSE_CONCEPTS and shared >= CLAUSE_CONCEPTS and shared >= PARAPHRASE * len(cs) \
                and shared / len(cs) > best:
            best, where = shared / len(cs), (start, end)
    return where


CLAUSE_CONCEPTS = 4          # a clause restated on its own carries this many content concepts
_CLAUSE_BREAK_RE = re.compile(r"[,;:—–]\s*(?:(?:and|but|while|whereas)\s+)?|\s+(?:and|but|while|whereas)\s+",
                              re.I)


def _clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of a quote, as offsets: split at punctuation and joining conjunctions."""
    out, start = [], 0
    for m in _CLAUSE_BREAK_RE.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _restates(x: Quoted, sentence: frozenset) -> bool:
    """Whether a sentence restates a quote: it carries most of the quote's content words, or,
    for a short label ("completely unacceptable"), the word the label ends on."""
    if not x.concepts:
        return False
    if len(x.concepts) <= 3:
        return bool(x.head) and x.head <= sentence
    return len(x.concepts & sentence) >= PARAPHRASE * len(x.concepts)


LABELS_SHARED = 3            # concepts two unlinked sentences share to be about one thing


def labels_across(facts, linked: set) -> list[Difference]:
    """Two sources that call one thing by different quoted labels ("the violation of our
    sovereignty is 'completely unacceptable'" / "the strikes were a 'blatant breach' of our
    sovereignty") in sentences the linker left apart: such sentences say different things
    around their labels, so the labels must stand beside a common word (what they
    characterise) and the sentences share LABELS_SHARED concepts besides. One difference per
    pair of articles. linked: the (sentence id a, sentence id b) pairs already compared."""
    quoting = [facts.of(s) for sid, s in facts.sentence.items()
               if s.role == "body" and facts.quotes_in.get(sid)]
    labelled = []                    # (facts, concepts in its quotes, concepts outside them)
    for f in sorted(quoting, key=lambda f: (f.s.article, f.s.start)):
        if any(q.short for q in f.quoted):
            inside = frozenset().union(*(q.concepts for q in f.quoted))
            labelled.append((f, inside, f.concepts - inside))
    out, done, said = [], set(), {}      # said: (text id, text id) -> _labels_about_one_thing
    for n, later in enumerate(_sharing(labelled)):
        x, inside_x, _ = labelled[n]
        for y, inside_y, _ in (labelled[m] for m in later):
            arts = (x.s.article, y.s.article)
            if arts[0] == arts[1] or arts in done \
                    or (x.s.id, y.s.id) in linked or (y.s.id, x.s.id) in linked:
                continue
            texts = (x.text_id, y.text_id)       # wire copy repeats: compare two texts once
            found = said[texts] if texts in said else \
                said.setdefault(texts, _labels_about_one_thing(x, inside_x, y, inside_y, facts))
            if found is not None:
                done.add(arts)
                kind, a0, a1, b0, b1, note = found
                out.append(Difference(kind, facts.span(x.s, x.s.start + a0, x.s.start + a1),
                                      facts.span(y.s, y.s.start + b0, y.s.start + b1), note))
    return out


def _sharing(labelled: list) -> list[list[int]]:
    """For each of labelled, the later ones (their positions, in order) whose concepts outside
    their quotes share LABELS_SHARED with its own: found through the concepts rather than by
    comparing every pair (a quote-heavy set has thousands of such sentences)."""
    holding: dict = defaultdict(list)        # concept -> positions whose outside has it, ascending
    for n, (_, _, outside) in enumerate(labelled):
        for c in outside:
            holding[c].append(n)
    out = []
    for n, (_, _, outside) in enumerate(labelled):
        shared: Counter = Counter()
        for c in outside:
            at = holding[c]
            shared.update(at[bisect_right(at, n):])
        out.append(sorted(m for m, k in shared.items() if k >= LABELS_SHARED))
    return out


def _labels_about_one_thing(x, inside_x: frozenset, y, inside_y: frozenset, facts) -> Optional[Found]:
    """The first short quote of x and of y that stand beside a common word, each quoting words
    the other sentence does not (inside_x, inside_y: the concepts of each one's quotes)."""
    for qx in x.quoted:
        if not qx.short or qx.concepts & inside_y:
            continue
        ax, bx = _within(qx.span, x)
        around_x = facts.context(x.s, ax, bx) - inside_x
        for qy in y.quoted:
            if not qy.short or qy.concepts & inside_x:
                continue
            ay, by = _within(qy.span, y)
            if around_x & (facts.context(y.s, ay, by) - inside_y):
                return ("quote", ax, bx, ay, by, "the sources quote different words")
    return None
