"""What differs between linked sentences: a word-level diff for display, and the differences a
fact-checker would flag (number, name, date, attribution, quote, claim), each with both spans and
a short note.

Typed slots are compared rather than raw diffs, so "two" and "2" are not a difference while
"at least 11" and "around a dozen" are. A mere rewording is not a difference: it stays in the
word diff. Each linked pair reports at most a few differences, most telling first.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Optional, Sequence

from diff_match_patch import diff_match_patch

from reader.engine import attribution, claims, dates, figures, name_forms, quantities
from reader.engine.quote_wording import quotes as _quotes
from reader.engine.model import (Actor, Article, DiffOp, Difference, Link, Quote, Sentence, Span)
from reader.engine.text import WORD_RE, content_concepts, fold, name_key, stopwords
from reader.paths import word_list

MAX_PER_LINK = 3
_TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*\s*|[^\w\s]\s*|\s+")  # a word keeps its trailing space


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


def _span(s: Sentence, start: int, end: int) -> Span:
    """A stretch of sentence s; start and end are offsets into its article."""
    return Span(article=s.article, sentence=s.id, start=start, end=end,
                text=s.text[start - s.start:end - s.start])


def _whole(s: Sentence) -> Span:
    return Span(article=s.article, sentence=s.id, start=s.start, end=s.end, text=s.text)


class _Facts:
    """What the comparison knows about each sentence, looked up once per run: actor mentions,
    quotes, figures, sources (each sentence takes part in many links)."""

    def __init__(self, articles: Sequence[Article], actors: Sequence[Actor], quotes: Sequence[Quote],
                 sentences: Sequence[Sentence]):
        self.mentions = defaultdict(list)      # sentence id -> [(mention, actor)]
        for a in actors:
            for m in a.mentions:
                self.mentions[m.sentence].append((m, a))
        self.quotes_in = defaultdict(list)     # sentence id -> [quote with words in it]
        by_article = defaultdict(list)
        for s in sentences:
            by_article[s.article].append(s)
        for q in quotes:
            for s in by_article[q.article]:
                if s.start < q.end and q.start < s.end:
                    self.quotes_in[s.id].append(q)
        self.actor = {a.id: a for a in actors}
        self.sentence = {s.id: s for s in sentences}
        self.by_article: dict[str, list[Sentence]] = defaultdict(list)
        for s in sentences:
            self.by_article[s.article].append(s)
        self.date_of = {a.id: a.date for a in articles}
        self.text_of = {a.id: a.text for a in articles}
        self.day_first = {a.id: dates.day_first(a.text) for a in articles}
        self.year_of = {a.id: _reference_year(a) for a in articles}
        # words the articles also write in lower case: a capitalised one of them is no name
        self.common = frozenset(fold(w) for a in articles for w in WORD_RE.findall(a.text)
                                if w[:1].islower())
        self._memo: dict = {}

    def memo(self, fn, arg):
        """fn(self, arg) computed once per comparison (per-run, so concurrent runs never interfere)."""
        cache = self._memo.get(fn)
        if cache is None:
            cache = self._memo[fn] = {}
        if arg in cache:
            return cache[arg]
        value = cache[arg] = fn(self, arg)
        return value

    def name_keys_of(self, article_id: str) -> frozenset:
        """The spelling skeleton (name_forms.skeleton) of every word of an article and of every
        two words running together, so "Amir Abdollahian" and "Amirabdollahian" both count."""
        return self.memo(_article_name_keys, article_id)

    def concepts(self, text: str) -> frozenset:
        return self.memo(_concepts, text)

    def figures(self, s: Sentence) -> figures.Figures:
        return self.memo(_figures, s.id)

    def source(self, s: Sentence):
        return self.memo(_source, s.id)


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _reference_year(article: Article) -> Optional[int]:
    """The year an article writes from: its date line's, else the latest year it mentions."""
    day = dates.parse_reference(article.date)
    if day is not None:
        return day.year
    years = [int(y) for y in _YEAR_RE.findall(article.text) if int(y) <= 2100]
    return max(years) if years else None


def _article_name_keys(facts: _Facts, article_id: str) -> frozenset:
    out = set()
    for s in facts.by_article[article_id]:
        keys = [name_key(w) for w in WORD_RE.findall(s.text)]
        out.update(name_forms.skeleton(k) for k in keys)
        out.update(name_forms.skeleton(a + b) for a, b in zip(keys, keys[1:]))
    return frozenset(out)


def _concepts(facts: _Facts, text: str) -> frozenset:
    return frozenset(content_concepts(text))


def _figures(facts: _Facts, sentence_id: str) -> figures.Figures:
    s = facts.sentence[sentence_id]
    return figures.Figures(s.text, facts.date_of.get(s.article, ""), facts.day_first.get(s.article),
                           facts.year_of.get(s.article))


def _shared(sa: Sentence, sb: Sentence, facts: _Facts) -> float:
    """How much two sentences say alike: the share of the shorter one's content they share."""
    ca, cb = facts.concepts(sa.text), facts.concepts(sb.text)
    return len(ca & cb) / max(1, min(len(ca), len(cb)))


# --- numbers and dates ----------------------------------------------------------------------

def _numbers(sa: Sentence, sb: Sentence, facts: _Facts) -> list[Difference]:
    """Figures of one slot stated differently (figures.number_pairs says which pair up)."""
    fa, fb = facts.figures(sa), facts.figures(sb)
    out = []
    for i, k in figures.number_pairs(fa, fb):
        x, y = fa.quantities[i], fb.quantities[k]
        conflict = quantities.relation(x, y) == "conflict"
        out.append(Difference("number", _span(sa, sa.start + x.start, sa.start + x.end),
                              _span(sb, sb.start + y.start, sb.start + y.end),
                              quantities.note(x, y) + (" (conflict)" if conflict else "")))
    return out


def _records(sa: Sentence, sb: Sentence, facts: _Facts) -> list[Difference]:
    """Two claims of a record over spans of years that cannot both hold ("a 42-year low" /
    "the lowest level in nearly a century")."""
    fa, fb = facts.figures(sa), facts.figures(sb)
    out = []
    for i, k in figures.record_pairs(fa.records, fb.records)[:1]:
        x, y = fa.records[i], fb.records[k]
        out.append(Difference("number", _span(sa, sa.start + x.start, sa.start + x.end),
                              _span(sb, sb.start + y.start, sb.start + y.end),
                              f"record over {_years(x)} vs {_years(y)}"))
    return out


def _years(r: figures.Record) -> str:
    if r.high == float("inf"):
        return f"{r.low:g}+ years"
    return f"{r.low:g} years" if r.low == r.high else f"{r.low:g}–{r.high:g} years"


def _dates(sa: Sentence, sb: Sentence, facts: _Facts) -> list[Difference]:
    """Dates or times of one event that disagree once resolved against each article's date."""
    fa, fb = facts.figures(sa), facts.figures(sb)
    out = []
    for i, k in figures.date_pairs(fa, fb)[:1]:
        x, y = fa.dates[i], fb.dates[k]
        out.append(Difference("date", _span(sa, sa.start + x.start, sa.start + x.end),
                              _span(sb, sb.start + y.start, sb.start + y.end), f"{x.text} vs {y.text}"))
    return out


def _timing(sa: Sentence, sb: Sentence, facts: _Facts) -> list[Difference]:
    """When each source places one event, in words: "recently" / "hours after"."""
    fa, fb = facts.figures(sa), facts.figures(sb)
    timed = figures.timing_pair(fa.timings, fb.timings)
    if timed is None:
        return []
    x, y = fa.timings[timed[0]], fb.timings[timed[1]]
    return [Difference("date", _span(sa, sa.start + x[0], sa.start + x[1]),
                       _span(sb, sb.start + y[0], sb.start + y[1]), f"timing: “{x[2]}” vs “{y[2]}”")]


# --- names ----------------------------------------------------------------------------------

def _names(sa: Sentence, sb: Sentence, facts: _Facts) -> list[Difference]:
    """One name written differently: the sentences' own name words compared (name_forms), and
    organisations and places the actor stage found to be one, named by forms neither of which
    merely shortens the other ("Iranian Revolutionary Guard" / "Islamic Revolutionary Guard
    Corps", "Calif." / "CA")."""
    out = []
    index_b = facts.memo(_run_index, sb.text)
    near = not facts.memo(_run_keys, sa.text).isdisjoint(index_b)
    for v in (name_forms.variants(facts.memo(_name_runs, sa.text), facts.memo(_name_runs, sb.text), index_b)
              if near else ()):
        out.append(Difference("name", _span(sa, sa.start + v.a[0], sa.start + v.a[1]),
                              _span(sb, sb.start + v.b[0], sb.start + v.b[1]), v.note))
    orgs_a, forms_b = facts.memo(_organisations, sa.id), facts.memo(_organisations, sb.id)
    seen = set()
    for m, a in (orgs_a.values() if forms_b else ()):
        if a.id in seen:
            continue
        for n in (n for n, b in forms_b.values() if b.id == a.id):
            if _overlaps_any(out, m, n) or not _forms_differ(m.text, n.text, a.kind):
                continue
            seen.add(a.id)
            out.append(Difference("name", Span(sa.article, sa.id, m.start, m.end, m.text),
                                  Span(sb.article, sb.id, n.start, n.end, n.text),
                                  f"{a.name}: “{m.text}” vs “{n.text}”"))
            break
    return out


_HONORIFIC_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "former", "veteran",
                               "senior", "acting", "interim", "deputy", "vice", "chief", "head"})


def _unnamed(sa: Sentence, sb: Sentence, facts: _Facts) -> list[Difference]:
    """A person one source names in its role ("Iran's ambassador, Reza Amira Moghaddam") and the
    other leaves unnamed ("the Iranian ambassador"), nowhere naming them in its article."""
    out = []
    for x, y, flip in ((sa, sb, False), (sb, sa, True)):
        named = facts.memo(_named_in_role, x.id)
        if not named:
            continue
        words_y = facts.memo(_folded_words, y.text)
        for m, surname, role in named:
            hit = words_y.get(role)
            if hit is None or surname in facts.name_keys_of(y.article):
                continue                 # the other article names them
            pa = Span(x.article, x.id, m.start, m.end, m.text)
            pb = _span(y, y.start + hit.start(), y.start + hit.end())
            if flip:
                pa, pb = pb, pa
            out.append(Difference("name", pa, pb, f"{m.text} is named in one source only"))
            return out
    return out


def _lists(sa: Sentence, sb: Sentence, facts: _Facts) -> list[Difference]:
    """A list of names one sentence gives in part, or with one name changed (name_forms)."""
    for x, y, flip in ((sa, sb, False), (sb, sa, True)):
        if not facts.memo(_name_lists, x.text):
            continue

        def about(span_x, span_y, x=x, y=y):
            return bool(figures.context(x.text, *span_x) & figures.context(y.text, *span_y))

        found = name_forms.list_difference(
            facts.memo(_name_runs, x.text), facts.memo(_name_lists, x.text),
            facts.memo(_name_runs, y.text), facts.memo(_name_lists, y.text), about)
        if found is not None:
            kind, (a0, a1), (b0, b1), note = found
            pa, pb = _span(x, x.start + a0, x.start + a1), _span(y, y.start + b0, y.start + b1)
            return [Difference(kind, pb, pa, note) if flip else Difference(kind, pa, pb, note)]
    return []


def _named_in_role(facts: _Facts, sentence_id: str) -> list:
    """(mention, skeleton of the surname, role word) of each person named after a role word
    ("Iran's ambassador, Reza Amira Moghaddam" -> ambassador)."""
    x = facts.sentence[sentence_id]
    out = []
    for m, actor in facts.mentions[x.id]:
        surname = WORD_RE.findall(m.text)[-1:] if actor.kind == "person" else []
        if not surname or len(surname[0]) < 3:
            continue
        before = WORD_RE.findall(x.text[max(0, m.start - x.start - 30):m.start - x.start])[-3:]
        role = next((fold(w) for w in reversed(before) if fold(w) in word_list("titles.txt")
                     and fold(w) not in _HONORIFIC_TITLES), None)
        if role:
            out.append((m, name_forms.skeleton(name_key(surname[0])), role))
    return out


def _folded_words(facts: _Facts, text: str) -> dict:
    return {fold(m.group()): m for m in WORD_RE.finditer(text)}


def _name_runs(facts: _Facts, text: str) -> list:
    return name_forms.name_runs(text, facts.common)


def _run_keys(facts: _Facts, text: str) -> frozenset:
    return frozenset(k for run in facts.memo(_name_runs, text) for k in run.lookup)


def _run_index(facts: _Facts, text: str) -> dict:
    return name_forms.run_index(facts.memo(_name_runs, text))


def _name_lists(facts: _Facts, text: str) -> list:
    return name_forms.name_lists(text, facts.memo(_name_runs, text))


def _organisations(facts: _Facts, sentence_id: str) -> dict:
    """(actor id, folded form) -> (mention, actor) for the organisations and places a sentence
    names (people's names are compared by name_forms)."""
    out = {}
    for m, a in facts.mentions[sentence_id]:
        if a.kind != "person":
            out.setdefault((a.id, fold(m.text)), (m, a))
    return out


def _overlaps_any(found: list[Difference], m, n) -> bool:
    return any(d.a.start < m.end and m.start < d.a.end or d.b.start < n.end and n.start < d.b.end
               for d in found)


ABBREVIATION_LETTERS = 6      # "CA" and "Calif." are two abbreviations of one name


@lru_cache(maxsize=16384)
def _forms_differ(x: str, y: str, kind: str) -> bool:
    """Two forms of one organisation or place that name it differently, rather than one being
    the other shortened: not an acronym of the other ("FDA"), nor the other with one word left
    out where it stood ("Foreign Ministry" / "Pakistani Foreign Ministry"); either they share
    words but differ in more ("Revolutionary Guard" / "Islamic Revolutionary Guard Corps") or
    in order ("Supreme Court Commission" / "Presidential Commission on the Supreme Court"), or
    they are two abbreviations ("Calif." / "CA")."""
    from reader.engine import gazetteer

    def words(s: str) -> list[str]:
        return [re.sub(r"(?<=\w{3})s$", "", fold(w)) for w in re.findall(r"(?:[A-Z]\.){2,}|[\w'’-]+", s)
                if fold(w) not in stopwords() and not gazetteer.country_of_demonym(w)
                and not gazetteer.is_place(w)]

    if _acronym(x, y) or _acronym(y, x) or not (_proper(x) and _proper(y)):
        return False
    wx, wy = words(x), words(y)
    if (set(wx) | set(wy)) & word_list("titles.txt") or set(wx) == set(wy):
        return False
    if not set(wx) & set(wy):
        return kind == "place" and max(len(name_key(x)), len(name_key(y))) <= ABBREVIATION_LETTERS
    small, big = sorted((wx, wy), key=len)
    if not set(small) <= set(big):
        return True
    inside = any(big[i:i + len(small)] == small for i in range(len(big) - len(small) + 1))
    return len(big) - len(small) >= 2 or not inside


def _proper(form: str) -> bool:
    """A name as written, every word capitalised but its particles ("Army of Justice"), not a
    description the actor stage folded in ("Democratic lawmakers")."""
    return all(w[:1].isupper() or fold(w) in stopwords() or "-" in w for w in WORD_RE.findall(form))


def _acronym(short: str, full: str) -> bool:
    """Whether short is an acronym of full ("FDA" / "Food and Drug Administration", "CDC" /
    "Centers for Disease Control and Prevention", "U.S." / "United States")."""
    letters = name_key(short)
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", full)).lower()
    return short.replace(".", "").isupper() and len(letters) >= 2 and initials.startswith(letters)


# --- attribution ----------------------------------------------------------------------------

def _source(facts: _Facts, sentence_id: str):
    """The sentence's Source, attribution.UNKNOWN, or None (see attribution.find_source). A
    pronoun is resolved through the speaker of a quote in the sentence, and a sentence that is
    mostly a quote is credited to its speaker."""
    s = facts.sentence[sentence_id]
    quoted = tuple((max(q.start, s.start) - s.start, min(q.end, s.end) - s.start)
                   for q in facts.quotes_in[s.id] if q.kind == "direct")
    found = attribution.find_source(s.text, s.role == "headline", quoted)
    speakers = [(q, facts.actor[q.speaker]) for q in facts.quotes_in[s.id] if q.speaker in facts.actor]
    mostly = next((a for q, a in speakers if q.kind == "direct" and
                   (min(q.end, s.end) - max(q.start, s.start)) * 2 >= len(s.text)), None)
    speaker = mostly or (speakers[0][1] if speakers and found and found[2] == attribution.UNKNOWN else None)
    if found is None and speaker is None:
        return None
    if found is None or found[2] == attribution.UNKNOWN:
        if speaker is None:
            return attribution.UNKNOWN
        m = next((m for m in speaker.mentions if m.sentence == s.id), None) \
            or next((m for m in speaker.mentions if m.article == s.article and m.start >= s.start), None)
        if m is None:
            return attribution.UNKNOWN
        return attribution.make_source(m.start, m.end, m.text, frozenset({speaker.id}),
                                       (speaker.role,) if speaker.role else ())
    start, end = s.start + found[0], s.start + found[1]
    named = sorted(((m, a) for m, a in facts.mentions[s.id] if m.start < end and start < m.end),
                   key=lambda p: p[0].start)
    spans = [(m.start, m.end) for m, _ in named]
    parties = attribution.count_parties(facts.text_of[s.article], spans) if named \
        else attribution.count_parties(found[2], [])
    return attribution.make_source(start, end, found[2], frozenset(a.id for _, a in named),
                                   tuple(a.role for _, a in named if a.role), parties)


def _source_span(s: Sentence, src: attribution.Source) -> Span:
    if s.start <= src.start and src.end <= s.end:
        return _span(s, src.start, src.end)
    return _whole(s)


def _attribution(sa: Sentence, sb: Sentence, facts: _Facts) -> list[Difference]:
    """Two sources credited for one statement. A statement credited in one sentence only is
    not reported: the other article often credits it in a neighbouring sentence, and on the
    gold sets that case was wrong far more often than right (dev/fit_differences.py)."""
    xa, xb = facts.source(sa), facts.source(sb)
    if not isinstance(xa, attribution.Source) or not isinstance(xb, attribution.Source) \
            or attribution.same_source(xa, xb):
        return []
    return [Difference("attribution", _source_span(sa, xa), _source_span(sb, xb),
                       f"credited to “{xa.text}” vs “{xb.text}”")]


# --- claims ---------------------------------------------------------------------------------

def _claims(sa: Sentence, sb: Sentence, facts: _Facts) -> list[Difference]:
    """One sentence denies or reverses what the other states (claims.contrast)."""
    found = claims.contrast(sa.text, sb.text)
    if found is None:
        return []
    (a0, a1), (b0, b1), note = found
    return [Difference("claim", _span(sa, sa.start + a0, sa.start + a1),
                       _span(sb, sb.start + b0, sb.start + b1), note)]


# Most telling first: a pair reports at most MAX_PER_LINK differences. The first ones compare
# typed values (figures, dates, spellings) that only differ when they are one fact written
# otherwise; the others judge wording, so they need two sentences that say much alike.
_TYPED = (_numbers, _records, _dates, _names)
_JUDGED = (_timing, _unnamed, _quotes, _claims, _lists, _attribution)
JUDGED_SHARED = 0.25        # share of content two sentences need for a judged difference


def find_differences(articles: Sequence[Article], sentences: Sequence[Sentence], links: Sequence[Link],
                     actors: Sequence[Actor], quotes: Sequence[Quote]):
    """Typed differences of every link, and the word diff of each linked pair for display."""
    by_id = {s.id: s for s in sentences}
    facts = _Facts(articles, actors, quotes, sentences)
    diffs: list[Difference] = []
    seen: set[tuple] = set()
    for link in links:
        sa, sb = by_id[link.a], by_id[link.b]
        found = [d for detect in _TYPED for d in detect(sa, sb, facts)]
        if len(found) < MAX_PER_LINK and _shared(sa, sb, facts) >= JUDGED_SHARED:
            found += [d for detect in _JUDGED for d in detect(sa, sb, facts)]
        for d in found[:MAX_PER_LINK]:
            key = (d.kind, d.a.start, d.a.end, d.a.article, d.b.start, d.b.end, d.b.article)
            if key not in seen:
                seen.add(key)
                diffs.append(d)
    return diffs, WordDiffs(by_id)


__all__ = ["find_differences", "word_diff", "WordDiffs"]
