"""Quotes of two linked sentences compared: the same statement quoted in other words, one thing
called by two quoted labels, or a quote one source gives and the other restates in its own words.

A quote fragment lifted word for word from a longer quote is partial quoting, not other wording;
a one- or two-word label is what its quote says, so "cult" against "deep cult" does differ.
"""
from __future__ import annotations

from reader.engine.model import Difference, Quote, Sentence, Span
from reader.engine.quote_marks import quote_spans
from reader.engine.text import WORD_RE, fold


def _whole(s: Sentence) -> Span:
    return Span(article=s.article, sentence=s.id, start=s.start, end=s.end, text=s.text)


QUOTE_SAME = 0.5             # quotes sharing this much of the shorter one's content quote one statement
OTHER_SPEAKER_SAME = 0.75    # ... credited to two speakers, quotes must share more to be one statement
PARAPHRASE = 0.5             # a sentence with this much of a quote's content words restates it
SHORT_QUOTE_WORDS = 4        # a quoted label ("blatant breach"), not a quoted statement
LABEL_WORDS = 2              # ... but a label this short is what the quote says
FRAGMENT_WORDS = 5           # a shorter quote found word for word inside the longer one is a fragment


def _direct_quotes(facts, sentence_id: str) -> list[tuple[Quote, Span]]:
    """The direct quotes in a sentence, each with the part of it inside the sentence (a quote
    may start in an earlier sentence and run on); a headline's quoted words count too."""
    s = facts.sentence[sentence_id]
    found = [(q, _quote_span(q, s)) for q in facts.quotes_in[s.id] if q.kind == "direct"]
    if not found and s.role == "headline":
        for a, b in quote_spans(s.text, 0, len(s.text)):
            q = Quote(id="", article=s.article, sentence=s.id, start=s.start + a, end=s.start + b,
                      text=s.text[a:b], kind="direct", speaker=None)
            found.append((q, _quote_span(q, s)))
    return found


def quotes(sa: Sentence, sb: Sentence, facts) -> list[Difference]:
    """The same statement quoted in other words, or quoted by one and restated by the other."""
    qa, qb = facts.memo(_direct_quotes, sa.id), facts.memo(_direct_quotes, sb.id)
    if not qa and not qb:
        return []
    out = []
    matched_a, matched_b = set(), set()
    for i, (x, xs) in enumerate(qa):
        cx = facts.concepts(xs.text)
        for k, (y, ys) in enumerate(qb):
            cy = facts.concepts(ys.text)
            shared = len(cx & cy)
            if not shared or shared < min(2, len(cx), len(cy)) or \
                    shared < QUOTE_SAME * min(len(cx), len(cy)):
                continue
            matched_a.add(i)
            matched_b.add(k)
            if x.speaker and y.speaker and x.speaker != y.speaker and \
                    shared <= OTHER_SPEAKER_SAME * min(len(cx), len(cy)):
                continue                 # two people's words; who said what is attribution's matter
            if not _fragment(xs.text, ys.text) and k not in {j for _, j in out}:
                out.append((Difference("quote", xs, ys, "the quote is worded differently"), k))
    found = [d for d, _ in out]
    short_a = [(i, qs) for i, (q, qs) in enumerate(qa) if i not in matched_a and _short(qs.text)]
    short_b = [(k, qs) for k, (q, qs) in enumerate(qb) if k not in matched_b and _short(qs.text)]
    if short_a and short_b:              # 'what it called "spy headquarters"' / '… "terrorist groups"'
        (i, xs), (k, ys) = short_a[0], short_b[0]
        matched_a.add(i)
        matched_b.add(k)
        found.append(Difference("quote", xs, ys, "the sources quote different words"))
    for quoted, other, matched, flip in ((qa, sb, matched_a, False), (qb, sa, matched_b, True)):
        if other.role == "headline":
            continue                     # a headline sums up; it does not restate a quote
        for i, (q, qs) in enumerate(quoted):
            if i in matched:
                continue
            cq = facts.concepts(qs.text)
            if _restates(cq, facts.concepts(other.text), qs.text, facts):
                pa, pb = qs, _whole(other)
                if flip:
                    pa, pb = pb, pa
                found.append(Difference("quote", pa, pb, "quoted in one source, restated in the other"))
                break
    return found[:2]


def _short(quote: str) -> bool:
    """A quoted label or phrase rather than a quoted statement."""
    return 0 < len(WORD_RE.findall(quote)) <= SHORT_QUOTE_WORDS


def _fragment(x: str, y: str) -> bool:
    """A phrase quoted word for word from a longer quote: partial quoting, not other wording.
    A one- or two-word label is no fragment ('a "cult"' / 'a "deep cult"': the label is what
    the quote says), nor is a statement cut short (five words or more)."""
    nx, ny = _norm(x), _norm(y)
    short, long_ = sorted((nx, ny), key=len)
    return nx == ny or (short in long_ and LABEL_WORDS < len(short.split()) < FRAGMENT_WORDS)


def _restates(quote: frozenset, sentence: frozenset, quote_text: str, facts) -> bool:
    """Whether a sentence restates a quote: it carries most of the quote's content words, or,
    for a short label ("completely unacceptable"), the word the label ends on."""
    if not quote:
        return False
    if len(quote) <= 3:
        words = WORD_RE.findall(quote_text)
        head = facts.concepts(words[-1]) if words else frozenset()
        return bool(head) and head <= sentence
    return len(quote & sentence) >= PARAPHRASE * len(quote)


def _quote_span(q: Quote, s: Sentence) -> Span:
    """The part of a quote inside sentence s (a quote may run on into the next sentences)."""
    start, end = max(q.start, s.start), min(q.end, s.end)
    return Span(q.article, s.id, start, end, q.text[start - q.start:end - q.start])


def _norm(s: str) -> str:
    return " ".join(fold(w) for w in WORD_RE.findall(s))
