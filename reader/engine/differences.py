"""What differs between linked sentences: a word-level diff for display and typed differences
(number, name, date, attribution, quote, claim, wording), each with both spans and a short note.

Typed slots are compared rather than raw diffs, so "two" and "2" are not a difference while
"at least 11" and "around a dozen" are. Each linked pair reports at most a few differences,
most telling first, so a reader is not flooded with trivia.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional, Sequence

from diff_match_patch import diff_match_patch

from reader.engine import dates, quantities
from reader.engine.model import (Actor, Article, DiffOp, Difference, Link, Quote, Sentence, Span)
from reader.engine.text import WORD_RE, content_concepts, fold, name_key

MAX_PER_LINK = 3
SLOTS_PER_SENTENCE = 30      # figures, dates or names compared per sentence (run-on text stays linear)
WORDING_LINK = 0.17            # below this the pair shares too little for "worded differently" to mean anything
STRONG_LINK = 0.25           # attribution and claim differences only between clearly linked sentences
_TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*\s*|[^\w\s]\s*|\s+")  # a word keeps its trailing space
_NEGATION = {"not", "no", "none", "never", "nobody", "nothing", "neither", "nor", "denied",
             "denies", "retracted"}


# Per-sentence facts; each sentence takes part in many links, so _Facts.memo keeps them per run.
def _quantities_in(text: str) -> tuple:
    return tuple(quantities.find_quantities(text))


def _dates_in(text: str, reference: str) -> tuple:
    return tuple(dates.find_dates(text, reference or None))


def _concepts(text: str) -> frozenset:
    return frozenset(content_concepts(text))


def _concept_words(text: str) -> tuple:
    """(start, end, concept) of each content word."""
    return tuple((m.start(), m.end(), c[0]) for m in WORD_RE.finditer(text)
                 if (c := content_concepts(m.group())))


def _negations(text: str) -> frozenset:
    return _NEGATION & {fold(w) for w in WORD_RE.findall(text)}


def word_diff(a: str, b: str) -> list[DiffOp]:
    """Word-level diff of two sentences (diff-match-patch over word tokens, semantic cleanup)."""
    table: dict[str, str] = {}
    pieces: list[str] = []

    def encode(s: str) -> str:
        out = []
        for tok in _TOKEN_RE.findall(s):
            if tok not in table:
                table[tok] = chr(0xE000 + len(pieces)) if len(pieces) < 6400 else chr(0xF0000 + len(pieces))
                pieces.append(tok)
            out.append(table[tok])
        return "".join(out)

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0.2
    raw = dmp.diff_main(encode(a), encode(b), False)
    diffs = list(raw)
    dmp.diff_cleanupSemantic(diffs)
    back0 = {v: k for k, v in table.items()}
    if not any(op == 0 and any(back0[c].strip() and back0[c][0].isalnum() for c in chars)
               for op, chars in diffs):
        diffs = raw   # loosely linked sentences: show the words they do share, not one big swap
    back = {v: k for k, v in table.items()}
    return [DiffOp(op, "".join(back[c] for c in chars)) for op, chars in diffs]


def _span(s: Sentence, start: int, end: int, text: str) -> Span:
    return Span(article=s.article, sentence=s.id, start=start, end=end, text=text[start:end])


def _whole(s: Sentence) -> Span:
    return Span(article=s.article, sentence=s.id, start=s.start, end=s.end, text=s.text)


class WordDiffs(dict):
    """Word diffs of sentence pairs, keyed (sentence id a, sentence id b), worked out when first
    asked for: a view shows a few at a time, so computing thousands up front is wasted."""

    def __init__(self, sentences: dict[str, Sentence]):
        super().__init__()
        self._sentences = sentences

    def __missing__(self, key: tuple[str, str]) -> list[DiffOp]:
        a, b = key
        ops = word_diff(self._sentences[a].text, self._sentences[b].text)
        self[key] = ops
        return ops

    def __contains__(self, key: object) -> bool:
        return isinstance(key, tuple) and len(key) == 2 and all(k in self._sentences for k in key)

    def get(self, key, default=None):
        return self[key] if key in self else default


class _Facts:
    """Per-sentence look-ups built once: actor mentions and quotes by sentence id."""

    def sentence_start(self, sentence_id: str) -> int:
        return self.starts.get(sentence_id, 1 << 62)

    def __init__(self, actors: Sequence[Actor], quotes: Sequence[Quote], sentences: Sequence[Sentence]):
        self.mentions = defaultdict(list)      # sentence id -> [(mention, actor)]
        for a in actors:
            for m in a.mentions:
                self.mentions[m.sentence].append((m, a))
        self.quotes = defaultdict(list)        # sentence id -> [quote]
        for q in quotes:
            self.quotes[q.sentence].append(q)
        self.actor = {a.id: a for a in actors}
        self.starts = {s.id: s.start for s in sentences}     # sentence id -> start offset
        self.sources: dict[str, Optional[tuple[Span, Actor]]] = {}   # memo of _source_of
        self._memo: dict[tuple, object] = {}

    def memo(self, fn, *args):
        """fn(*args) computed once per comparison (per-run, so concurrent runs never interfere)."""
        key = (fn, *args)
        if key not in self._memo:
            self._memo[key] = fn(*args)
        return self._memo[key]


NUMBER_SPREAD = 0.35          # figures further apart than this count different things


def _central(q) -> float:
    return q.low if q.high == float("inf") else (q.low + q.high) / 2


def _numbers(sa: Sentence, sb: Sentence, text_a: str, text_b: str, facts: "_Facts") -> list[Difference]:
    """Pair the figures of two sentences one to one, closest values first (equal ones pair off
    silently); report pairs stated differently, unless so far apart they count different
    things (deaths vs injuries, a magnitude vs a toll)."""
    qa = facts.memo(_quantities_in, sa.text)[:SLOTS_PER_SENTENCE]
    qb = facts.memo(_quantities_in, sb.text)[:SLOTS_PER_SENTENCE]
    pairs = []
    for i, x in enumerate(qa):
        for k, y in enumerate(qb):
            if quantities.comparable(x, y):
                cx, cy = _central(x), _central(y)
                spread = abs(cx - cy) / max(abs(cx), abs(cy), 1e-9)
                same_unit = bool(x.unit) and x.unit == y.unit
                pairs.append((quantities.relation(x, y) != "equal", spread, not same_unit, i, k))
    out, used_a, used_b = [], set(), set()
    for differs, spread, _, i, k in sorted(pairs):
        if i in used_a or k in used_b:
            continue
        used_a.add(i)
        used_b.add(k)
        if not differs or spread > NUMBER_SPREAD:
            continue
        x, y = qa[i], qb[k]
        conflict = quantities.relation(x, y) == "conflict"
        out.append(Difference("number", _span(sa, sa.start + x.start, sa.start + x.end, text_a),
                              _span(sb, sb.start + y.start, sb.start + y.end, text_b),
                              quantities.note(x, y) + (" (conflict)" if conflict else "")))
    return out


def _dates(sa: Sentence, sb: Sentence, text_a: str, text_b: str, ref_a: str, ref_b: str,
           facts: "_Facts") -> list[Difference]:
    """Dates or times that disagree once resolved against each article's own date line."""
    da = facts.memo(_dates_in, sa.text, ref_a)[:SLOTS_PER_SENTENCE]
    db = facts.memo(_dates_in, sb.text, ref_b)[:SLOTS_PER_SENTENCE]
    for x in da:
        for y in db:
            if dates.same_date(x, y) is False:
                return [Difference("date", _span(sa, sa.start + x.start, sa.start + x.end, text_a),
                                   _span(sb, sb.start + y.start, sb.start + y.end, text_b),
                                   f"{x.text} vs {y.text}")]
    return []


_TIMING_RE = re.compile(
    r"\b(?:(?:a|one|two|three|several|\d+) (?:day|days|hour|hours|week|weeks|month|months|year|years) "
    r"(?:after|before|later|earlier|ago)|hours (?:after|before|later|earlier)|days (?:after|before|later)|"
    r"recently|earlier|previously|already|overnight|yesterday|today|tomorrow|"
    r"(?:last|next|this) (?:week|month|year|night)|^(?:before|after))\b", re.I)


def _timing(sa: Sentence, sb: Sentence, text_a: str, text_b: str, facts: "_Facts") -> list[Difference]:
    """When each source places the event, in words: 'a day after' vs 'before … already'."""
    ta, tb = facts.memo(_timings_in, sa.text), facts.memo(_timings_in, sb.text)
    if not ta or not tb or {fold(m[2]) for m in ta} & {fold(m[2]) for m in tb}:
        return []
    x, y = ta[0], tb[0]
    return [Difference("date", _span(sa, sa.start + x[0], sa.start + x[1], text_a),
                       _span(sb, sb.start + y[0], sb.start + y[1], text_b),
                       f"timing: “{x[2]}” vs “{y[2]}”")]


def _timings_in(text: str) -> tuple:
    return tuple((m.start(), m.end(), m.group()) for m in _TIMING_RE.finditer(text))


def _names(sa: Sentence, sb: Sentence, facts: _Facts) -> list[Difference]:
    """The same actor written differently: 'Amirabdollahian' / 'Amir-Abdollahian'."""
    from reader.engine import gazetteer

    out = []
    forms_b: dict[str, dict[str, object]] = defaultdict(dict)   # actor -> each distinct form once
    for m, a in facts.mentions[sb.id]:
        forms_b[a.id].setdefault(fold(m.text), m)
    seen = set()
    firsts = {}
    for m, a in facts.mentions[sa.id]:
        firsts.setdefault((a.id, fold(m.text)), (m, a))
    for m, a in firsts.values():
        for n in forms_b.get(a.id, {}).values():
            if a.id in seen or gazetteer.country_of_demonym(m.text) or gazetteer.country_of_demonym(n.text):
                continue
            if fold(m.text) == fold(n.text) or not _spelled_differently(m.text, n.text, a.kind):
                continue
            seen.add(a.id)
            out.append(Difference("name", Span(sa.article, sa.id, m.start, m.end, m.text),
                                  Span(sb.article, sb.id, n.start, n.end, n.text),
                                  f"{a.name}: “{m.text}” vs “{n.text}”"))
    return out


def _spelled_differently(x: str, y: str, kind: str) -> bool:
    """Different spelling rather than a plain short form ('Baloch' of 'Mumtaz Zahra Baloch')."""
    tx, ty = x.split(), y.split()
    if name_key(x) and name_key(x) == name_key(y):
        return True                        # same letters, other hyphens or spaces
    short, long_ = (tx, ty) if len(tx) <= len(ty) else (ty, tx)
    long_folded = [fold(w) for w in long_]
    if all(fold(w) in long_folded for w in short):
        return kind == "organization" and len(long_) - len(short) >= 2
    return True


def _quote_words(q: Quote, facts: "_Facts") -> frozenset:
    return facts.memo(_concepts, q.text)


def _quotes(sa: Sentence, sb: Sentence, facts: _Facts) -> list[Difference]:
    """The same statement quoted in other words, or quoted by one and paraphrased by the other."""
    out = []
    qa = [q for q in facts.quotes[sa.id] if q.kind == "direct"]
    qb = [q for q in facts.quotes[sb.id] if q.kind == "direct"]
    for x, y, sx, sy, flip in ((qa, qb, sa, sb, False), (qb, qa, sb, sa, True)):
        for q in x:
            words = _quote_words(q, facts)
            if len(words) < 2:
                continue
            partner = max(y, key=lambda r: len(words & _quote_words(r, facts)), default=None)
            if partner is not None and len(words & _quote_words(partner, facts)) >= 2:
                if _norm(q.text) == _norm(partner.text) or flip:
                    continue
                pa, pb = _quote_span(q, sx), _quote_span(partner, sy)
                out.append(Difference("quote", pa, pb, "the quote is worded differently"))
            elif partner is None and _paraphrases(words, facts.memo(_concepts, sy.text)):
                pa, pb = _quote_span(q, sx), _whole(sy)
                if flip:
                    pa, pb = pb, pa
                out.append(Difference("quote", pa, pb, "quoted in one source, paraphrased in the other"))
    return out[:2]


def _quote_span(q: Quote, s: Sentence) -> Span:
    """The part of a quote inside sentence s (a quote may run on into the next sentences)."""
    start, end = max(q.start, s.start), min(q.end, s.end)
    return Span(q.article, s.id, start, end, q.text[start - q.start:end - q.start])


def _paraphrases(quote_words: frozenset, sentence_words: frozenset) -> bool:
    """Whether a sentence restates a quote: it shares a good part of the quote's content words
    (any of a short scare quote's), and they make up a good part of the sentence."""
    shared = len(quote_words & sentence_words)
    if len(quote_words) <= 3:
        return shared >= 1
    return shared >= max(3, len(quote_words) // 4) and shared * 3 >= len(sentence_words)


def _norm(s: str) -> str:
    return " ".join(fold(w) for w in WORD_RE.findall(s))


_REPORTED_RE = re.compile(r"\b(?:reported|according to|citing|told|claimed|announced|quoted)\b", re.I)
ONE_SIDED_LINK = 0.35        # "attributed in one source only" needs a close match


def _source_of(s: Sentence, facts: _Facts) -> Optional[tuple[Span, Actor]]:
    """Who a sentence attributes its content to: the speaker of a quote that makes up most of
    the sentence, or the person or organisation that 'reported', 'told', is 'cited' …"""
    if s.id not in facts.sources:
        facts.sources[s.id] = _find_source(s, facts)
    return facts.sources[s.id]


def _find_source(s: Sentence, facts: _Facts, loose: bool = False) -> Optional[tuple[Span, Actor]]:
    for q in facts.quotes[s.id]:
        if q.speaker and q.speaker in facts.actor and q.kind == "direct":
            actor = facts.actor[q.speaker]
            inside = next((m for m in actor.mentions if m.sentence == s.id), None)
            after = next((m for m in actor.mentions if m.article == s.article
                          and s.start <= m.start and facts.sentence_start(m.sentence) < q.end), None)
            m = after if (q.end - q.start) * 2 >= len(s.text) else (inside if loose else None)
            if m is not None:
                return Span(s.article, m.sentence, m.start, m.end, m.text), actor
    for m in _REPORTED_RE.finditer(s.text):
        near = [(mm, a) for mm, a in facts.mentions[s.id]
                if a.kind in ("person", "organization") and abs(mm.start - (s.start + m.start())) < 60]
        if near:
            mm, a = min(near, key=lambda p: abs(p[0].start - (s.start + m.start())))
            return Span(s.article, s.id, mm.start, mm.end, mm.text), a
    return None


def _affiliated(x: Actor, y: Actor) -> bool:
    """A spokesperson and the body they speak for are one source ('Foreign Ministry
    spokesperson Baloch' / 'the Foreign Ministry')."""
    for p, o in ((x, y), (y, x)):
        if p.kind == "person" and p.role:
            role = set(fold(p.role).split())
            if any(role >= set(fold(n).split()) for n in (o.name, *o.aliases)):
                return True
    return False


def _attribution(sa: Sentence, sb: Sentence, score: float, facts: _Facts) -> list[Difference]:
    xa, xb = _source_of(sa, facts), _source_of(sb, facts)
    if xa is None and xb is None:
        return []
    if xa is not None and xb is not None:
        if xa[1].id == xb[1].id or _affiliated(xa[1], xb[1]):
            return []
        return [Difference("attribution", xa[0], xb[0], f"attributed to {xa[1].name} vs {xb[1].name}")]
    if score < ONE_SIDED_LINK:
        return []
    span, actor = xa if xa is not None else xb
    other = sb if xa is not None else sa
    quoted = _find_source(other, facts, loose=True)   # the other quotes the same person in passing
    if quoted is not None and quoted[1].id == actor.id:
        return []
    pa, pb = (span, _whole(other)) if xa is not None else (_whole(other), span)
    return [Difference("attribution", pa, pb, f"attributed to {actor.name} in one source only")]


def _claim(sa: Sentence, sb: Sentence, facts: "_Facts") -> list[Difference]:
    """One sentence negates what the other states."""
    na, nb = facts.memo(_negations, sa.text), facts.memo(_negations, sb.text)
    if bool(na) == bool(nb):
        return []
    return [Difference("claim", _whole(sa), _whole(sb),
                       "one source negates what the other states" )]


def _wording(sa: Sentence, sb: Sentence, text_a: str, text_b: str, facts: "_Facts") -> list[Difference]:
    """Where two linked sentences word things differently: on each side, the stretch from the
    first to the last content word the other sentence lacks, when both sides have two or more."""
    spans = []
    for s, other in ((sa, sb), (sb, sa)):
        theirs = facts.memo(_concepts, other.text)
        own = [(start, end) for start, end, c in facts.memo(_concept_words, s.text) if c not in theirs]
        if len(own) < 2:
            return []
        spans.append((s.start + own[0][0], s.start + own[-1][1]))
    (a0, a1), (b0, b1) = spans
    return [Difference("wording", _span(sa, a0, a1, text_a), _span(sb, b0, b1, text_b),
                       "worded differently")]


def find_differences(articles: Sequence[Article], sentences: Sequence[Sentence], links: Sequence[Link],
                     actors: Sequence[Actor], quotes: Sequence[Quote]):
    """Typed differences of every link, and the word diff of each linked pair for display."""
    by_id = {s.id: s for s in sentences}
    text_of = {a.id: a.text for a in articles}
    date_of = {a.id: a.date for a in articles}
    facts = _Facts(actors, quotes, sentences)
    diffs: list[Difference] = []
    word_diffs = WordDiffs(by_id)
    seen: set[tuple] = set()
    for link in links:
        sa, sb = by_id[link.a], by_id[link.b]
        ta, tb = text_of[sa.article], text_of[sb.article]
        found = (_numbers(sa, sb, ta, tb, facts)
                 + (_dates(sa, sb, ta, tb, date_of[sa.article], date_of[sb.article], facts)
                    or _timing(sa, sb, ta, tb, facts))
                 + _names(sa, sb, facts) + _quotes(sa, sb, facts))
        found += _attribution(sa, sb, link.score, facts)
        if link.score >= STRONG_LINK:
            found += _claim(sa, sb, facts)
        if not found and link.score >= WORDING_LINK:
            found = _wording(sa, sb, ta, tb, facts)
        for d in found[:MAX_PER_LINK]:
            key = (d.kind, d.a.start, d.a.end, d.a.article, d.b.start, d.b.end, d.b.article)
            if key not in seen:
                seen.add(key)
                diffs.append(d)
    return diffs, word_diffs
