"""Direct quotes (in quotation marks) and indirect ones ("said that", "according to"), each with
its cue verb and its speaker resolved to an actor.

Speakers are found by ordered rules that news writing follows: a cue right after the quote
('…," Baloch said' / '…," said Hussain'), a cue before it ('Tehran claimed "…"'), a passive
'by Iran', pronouns ("she said", "what it called") and role nouns ("the minister said") pointing
back to the latest fitting actor, and a quote with no cue of its own continuing the one before.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Optional, Sequence

from reader.engine.model import Actor, Article, Quote, Sentence
from reader.engine.text import WORD_RE, fold
from reader.paths import word_list

_OPEN_DOUBLE, _CLOSE_DOUBLE = "“„«", "”»"
_PRONOUNS_PERSON = {"he", "she"}
_PRONOUNS_GROUP = {"it", "they"}
_PREPOSITIONS = {"in", "into", "of", "to", "from", "on", "at", "against", "and", "with", "near",
                 "across", "for", "by", "over", "toward", "towards"}
_ROLE_NOUN_RE = re.compile(r"\b(?:the|a|an)\s+((?:[\w-]+\s+){0,3}?(?:minister|spokesperson|spokesman|"
                           r"spokeswoman|president|official|ambassador|senator|envoy|ministry|"
                           r"office|agency|government|police|army|group))\s*$", re.I)


@dataclass(frozen=True)
class _Mark:
    pos: int
    opening: bool
    double: bool


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    """Quotation marks in text[start:end], each judged opening or closing by its neighbours."""
    out = []
    for i in range(start, end):
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if ch in _OPEN_DOUBLE:
            out.append(_Mark(i, True, True))
        elif ch in _CLOSE_DOUBLE:
            out.append(_Mark(i, False, True))
        elif ch == '"':
            out.append(_Mark(i, prev.isspace() or prev in "([—–-", True))
        elif ch == "‘" or (ch == "'" and (prev.isspace() or prev in "“\"(") and nxt.isalpha()):
            out.append(_Mark(i, True, False))
        elif ch in "’'" and not (prev.isalpha() and nxt.isalpha()) and not nxt.isalnum() \
                and prev not in " ":
            out.append(_Mark(i, False, False))
    return out


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each quotation in one paragraph, marks included; an opening double mark
    never closed runs to the paragraph's end. Single-mark quotes are only kept when a matching
    opening ‘ was seen (apostrophes are not quotes)."""
    spans = []
    open_double: Optional[int] = None
    open_single: Optional[int] = None
    for m in _marks(text, start, end):
        if m.double:
            if m.opening and open_double is None:
                open_double = m.pos
            elif not m.opening and open_double is not None:
                spans.append((open_double, m.pos + 1))
                open_double, open_single = None, None
        else:
            if m.opening:
                open_single = m.pos
            elif open_single is not None:
                if m.pos - open_single > 2:
                    spans.append((open_single, m.pos + 1))
                open_single = None
    if open_double is not None and end - open_double > 10:
        spans.append((open_double, end))
    return sorted(spans)


class _ActorIndex:
    """Actor mentions of one article by offset, for 'nearest actor before/after' look-ups."""

    def __init__(self, article_id: str, actors: Sequence[Actor]):
        items = sorted((m.start, m.end, a) for a in actors for m in a.mentions if m.article == article_id)
        self.starts = [s for s, _, _ in items]
        self.items = items

    def within(self, start: int, end: int) -> list[tuple[int, int, Actor]]:
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [it for it in self.items[i:j] if it[1] <= end]

    def latest(self, before: int, kinds: tuple[str, ...], floor: int = 0) -> Optional[Actor]:
        i = bisect.bisect_left(self.starts, before)
        for s, e, a in reversed(self.items[max(0, i - 200):i]):
            if s < floor:
                break
            if a.kind in kinds and e <= before:
                return a
        return None


@dataclass
class _Context:
    text: str
    index: _ActorIndex
    cues: frozenset
    last_speaker: Optional[Actor] = None
    quote_start: int = 0          # pronouns look back from before the quote being resolved


def _cue_in(words: list[re.Match], cues: frozenset) -> Optional[re.Match]:
    for m in words:
        if fold(m.group()) in cues:
            return m
    return None


_CLAUSE_BREAK_RE = re.compile(r".*(?:[,;:—–(]|\bthat\b|\bwhich\b|\bwho\b|\band\b)", re.S)


def _subject_phrase(before_cue: str) -> str:
    """The words right before a cue verb that can be its subject: after the last clause break,
    at most eight words ("… that Islamabad had conveyed …, Baloch" -> "Baloch")."""
    m = _CLAUSE_BREAK_RE.match(before_cue)
    tail = before_cue[m.end():] if m else before_cue
    words = list(WORD_RE.finditer(tail))
    if len(words) > 8:
        tail = tail[words[-8].start():]
    return tail


def _resolve_phrase(phrase_end: int, phrase: str, ctx: _Context, floor: int) -> Optional[Actor]:
    """Who a subject phrase just before phrase_end refers to: an actor named in it, a pronoun,
    or a role noun ("the minister")."""
    full = phrase
    phrase = _subject_phrase(phrase)
    start = phrase_end - len(phrase)
    words = [fold(w) for w in WORD_RE.findall(phrase)]
    if not words and full.rstrip().endswith(","):
        return _before_appositive(full, phrase_end, ctx)
    if words and words[-1] in _PRONOUNS_PERSON:
        return ctx.index.latest(ctx.quote_start, ("person",)) or ctx.last_speaker
    if words and words[-1] in _PRONOUNS_GROUP:
        return _group_antecedent(start, ctx, floor)
    named = ctx.index.within(start, phrase_end)
    if named:
        persons = [a for _, _, a in named if a.kind == "person"]
        orgs = [a for _, _, a in named if a.kind == "organization"]
        return (persons or orgs or [named[-1][2]])[-1]
    m = _ROLE_NOUN_RE.search(phrase)
    if m:
        return _role_antecedent(fold(m.group(1)), start, ctx)
    return None


def _before_appositive(before_cue: str, end: int, ctx: _Context) -> Optional[Actor]:
    """'Henry Liu, director of the FTC's Bureau of Competition, called …' -> Henry Liu: the
    nearest comma-separated segment naming a person, else one naming an organisation."""
    body = before_cue.rstrip().rstrip(",")
    base = end - len(before_cue)
    segments, pos = [], len(body)
    for part in reversed(body.split(",")[-3:]):
        segments.append((base + pos - len(part), base + pos))
        pos -= len(part) + 1
    for kinds in (("person",), ("organization",)):
        for s, e in segments:
            named = [a for _, _, a in ctx.index.within(s, e) if a.kind in kinds]
            if named:
                return named[-1]
    return None


def _group_antecedent(before: int, ctx: _Context, floor: int) -> Optional[Actor]:
    """'it'/'they': the latest organisation in the sentence, else a place used as a subject
    (not the object of a preposition: "Tehran struck targets in Iraq" -> Tehran)."""
    org = ctx.index.latest(before, ("organization",), floor)
    if org is not None:
        return org
    for s, e, a in reversed(ctx.index.within(floor, before)):
        prev = WORD_RE.findall(ctx.text[max(floor, s - 20):s])
        if a.kind == "place" and not (prev and fold(prev[-1]) in _PREPOSITIONS):
            return a
    return ctx.last_speaker


def _role_antecedent(role_phrase: str, before: int, ctx: _Context) -> Optional[Actor]:
    head = role_phrase.split()[-1]
    kinds = ("organization",) if head in ("ministry", "office", "agency", "government", "police",
                                          "army", "group") else ("person",)
    i = bisect.bisect_left(ctx.index.starts, before)
    for s, e, a in reversed(ctx.index.items[:i]):
        if a.kind in kinds and (head in fold(a.role) or head in fold(a.name)):
            return a
    if ctx.last_speaker is not None and ctx.last_speaker.kind in kinds:
        return ctx.last_speaker
    return ctx.index.latest(before, kinds)


_CALLED_RE = re.compile(r"\bwhat (it|they|he|she) (?:called|calls|described as|termed)\s*$")


def _speaker(q_start: int, q_end: int, sentence: Sentence, ctx: _Context,
             last: Optional[Sentence] = None) -> tuple[Optional[Actor], str]:
    """The actor who says the quote text[q_start:q_end] (which starts in sentence and ends in
    last) and the cue word, by the rules above."""
    text = ctx.text
    ctx.quote_start = q_start
    s_start, s_end = sentence.start, max((last or sentence).end, q_end)
    before = text[s_start:q_start]
    after = text[q_end:s_end]
    # 'at what it called "…"'
    m = _CALLED_RE.search(before)
    if m:
        who = _resolve_phrase(s_start + m.end(1), before[:m.end(1)], ctx, s_start)
        if who is not None:
            return who, "called"
    # a cue right after the quote: '…," Baloch said' / '…," said Hussain, who …'
    words = list(WORD_RE.finditer(after))[:12]
    cue = _cue_in(words, ctx.cues)
    if cue is not None and _plain_subject(after[:cue.start()]):
        who = _resolve_phrase(q_end + cue.start(), after[:cue.start()], ctx, s_start)
        if who is None:   # '…," said Exxon spokesperson Todd Spitler, adding …'
            start = q_end + cue.end()
            stop = text.find(",", start, start + 80)
            named = ctx.index.within(start, stop if stop > 0 else start + 60)
            between = text[start:named[0][0]] if named else ""
            if named and len(WORD_RE.findall(between)) <= 4 and not re.search(r"[.;:!?]", between):
                people = [a for _, _, a in named if a.kind == "person"]
                who = people[0] if people else named[0][2]
        if who is not None:
            return who, cue.group()
    # a passive label: 'designated as a "terrorist" organisation by Iran'
    if re.search(r"\b\w+ed as (?:an? |the )?$", before):
        m2 = re.match(r"^\W{0,3}\s*(?:[a-z]+\s+){0,2}by\s+", after)
        named = ctx.index.within(q_end + m2.end(), q_end + m2.end() + 40) if m2 else []
        if named:
            return named[0][2], "by"
    # a cue before the quote: 'Tehran claimed "…"', 'Baloch added that … "…"', 'according to X'
    bwords = list(WORD_RE.finditer(before))
    for k, m in enumerate(reversed(bwords)):
        f = fold(m.group())
        if f in ctx.cues:
            who = _resolve_phrase(s_start + m.start(), before[:m.start()], ctx, s_start)
            if who is not None:
                return who, m.group()
        if f == "according":
            named = ctx.index.within(s_start + m.end(), q_start)
            if named:
                return named[0][2], "according to"
        if k == 2:   # beyond three words back, a passive 'by Iran' after the quote is closer
            m2 = re.match(r"^\W{0,3}\s*(?:[a-z]+\s+){0,2}by\s+", after)
            if m2:
                named = ctx.index.within(q_end + m2.end(), q_end + m2.end() + 40)
                if named:
                    return named[0][2], "by"
    return None, ""


def _plain_subject(between: str) -> bool:
    """Text between a quote and a cue that can only be the cue's subject (no clause of its own)."""
    words = [fold(w) for w in WORD_RE.findall(between)]
    return len(words) <= 8 and not any(w in _PREPOSITIONS and w != "of" for w in words) \
        and not re.search(r"[.!?]\s", between)


def find_quotes(articles: Sequence[Article], sentences: Sequence[Sentence],
                actors: Sequence[Actor]) -> list[Quote]:
    cues = word_list("reporting_verbs.txt")
    by_article: dict[str, list[Sentence]] = {}
    for s in sentences:
        by_article.setdefault(s.article, []).append(s)
    quotes: list[Quote] = []
    for article in articles:
        sents = by_article.get(article.id, [])
        ctx = _Context(article.text, _ActorIndex(article.id, actors), cues)
        quotes.extend(_direct_quotes(article, sents, ctx))
        quotes.extend(_indirect_quotes(article, sents, ctx, quotes))
    quotes.sort(key=lambda q: (q.article, q.start))
    return [Quote(id=f"quote:{k + 1}", article=q.article, sentence=q.sentence, start=q.start,
                  end=q.end, text=q.text, kind=q.kind, speaker=q.speaker, cue=q.cue)
            for k, q in enumerate(quotes)]


def _paragraphs(sents: list[Sentence]) -> list[list[Sentence]]:
    out: dict[int, list[Sentence]] = {}
    for s in sents:
        out.setdefault(s.paragraph, []).append(s)
    return list(out.values())


def _direct_quotes(article: Article, sents: list[Sentence], ctx: _Context) -> list[Quote]:
    out = []
    prev_para_open = False
    for para in _paragraphs(sents):
        if para[0].role != "body":
            continue
        p_start, p_end = para[0].start, para[-1].end
        spans = quote_spans(article.text, p_start, p_end)
        outer: list[tuple[int, int, Optional[Actor]]] = []
        for q_start, q_end in spans:
            sentence = next((s for s in para if s.start <= q_start < s.end), para[-1])
            enclosing = next((o for o in outer if o[0] < q_start and q_end <= o[1]), None)
            if enclosing is not None:
                speaker, cue = enclosing[2], ""
            else:
                end_sentence = next((s for s in para if s.start < q_end <= s.end), sentence)
                speaker, cue = _speaker(q_start, q_end, sentence, ctx, end_sentence)
                if speaker is None and sentence.start == q_start or speaker is None and prev_para_open:
                    speaker = ctx.last_speaker     # a quote with no cue continues the one before
                if speaker is None and sentence.index > 0:
                    speaker = _previous_subject(sentence, sents, ctx)
            outer.append((q_start, q_end, speaker))
            if speaker is not None and enclosing is None:
                ctx.last_speaker = speaker
            out.append(Quote(id="", article=article.id, sentence=sentence.id, start=q_start,
                             end=q_end, text=article.text[q_start:q_end], kind="direct",
                             speaker=speaker.id if speaker else None, cue=cue))
        prev_para_open = bool(spans) and spans[-1][1] == p_end and article.text[p_end - 1] not in "”\"'’"
    return out


def _previous_subject(sentence: Sentence, sents: list[Sentence], ctx: _Context) -> Optional[Actor]:
    """For a quote standing alone after a sentence that reports a statement ('The Foreign
    Ministry … described the attack as unacceptable in a statement.'), that sentence's subject."""
    if len(WORD_RE.findall(sentence.text)) > 25 or not sentence.text.lstrip()[:1] in "“\"'‘":
        return None
    prev = sents[sentence.index - 1] if sentence.index - 1 < len(sents) else None
    if prev is None or prev.paragraph != sentence.paragraph:
        return None
    words = [fold(w) for w in WORD_RE.findall(prev.text)]
    if not any(w in ctx.cues or w == "statement" for w in words):
        return None
    named = [a for _, _, a in ctx.index.within(prev.start, prev.end) if a.kind in ("person", "organization")]
    return named[0] if named else None


_INDIRECT_RE = re.compile(r"\b([a-z]+)\s+that\s+", re.I)


def _indirect_quotes(article: Article, sents: list[Sentence], ctx: _Context,
                     direct: list[Quote]) -> list[Quote]:
    """'X said that …' and 'according to X, …' in sentences without quotation marks."""
    out = []
    quoted = [(q.start, q.end) for q in direct if q.article == article.id]
    for s in sents:
        if s.role != "body" or any(a < s.end and s.start < b for a, b in quoted):
            continue
        for m in _INDIRECT_RE.finditer(s.text):
            if fold(m.group(1)) in ctx.cues:
                start = s.start + m.end()
                who = _resolve_phrase(s.start + m.start(), s.text[:m.start()], ctx, s.start)
                out.append(Quote(id="", article=article.id, sentence=s.id, start=start,
                                 end=s.end, text=article.text[start:s.end], kind="indirect",
                                 speaker=who.id if who else None, cue=m.group(1)))
                break
        else:
            m = re.search(r"\baccording to\b", s.text, re.I)
            if m:
                named = ctx.index.within(s.start + m.end(), s.end)
                out.append(Quote(id="", article=article.id, sentence=s.id, start=s.start, end=s.end,
                                 text=s.text, kind="indirect",
                                 speaker=named[0][2].id if named else None, cue="according to"))
    return out
