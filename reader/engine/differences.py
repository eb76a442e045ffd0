"""What differs between linked sentences: a word-level diff for display, and the differences a
fact-checker would flag (number, name, date, attribution, quote, claim), each with both spans and
a short note.

Typed slots are compared rather than raw diffs, so "two" and "2" are not a difference while
"at least 11" and "around a dozen" are. A mere rewording is not a difference: it stays in the
word diff. Each linked pair reports at most a few differences, most telling first.

Each detector gives what it finds as Found tuples, (kind, start in a, end in a, start in b, end
in b, note) with offsets into each sentence's own text, so a comparison that depends only on what
two sentences say (not where they stand) is made once for all the pairs of sentences that say the
same (wire copy repeats across a news cycle) and placed into each pair afterwards.
"""
from __future__ import annotations

from typing import Iterable, Optional, Sequence

from reader.engine.word_diffs import WordDiffs, word_diff  # noqa: F401 (its own module: see there)
from reader.engine import agents, aside, attribution, claims, figures, figures_across, quantity_compare
from reader.engine import dates_across   # dates of unlinked sentences (dates2)
from reader.engine.model import Actor, Article, Difference, Link, Quote, Sentence, Span
from reader.engine.name_differences import (across_articles, lists as _lists, names as _names,
                                            unnamed as _unnamed, unnamed_group as _unnamed_group)
from reader.engine.quote_wording import labels_across, quotes as _quotes
# what a sentence carries (SentenceFacts.carries): a detector runs when both (or either) do
from reader.engine.sentence_facts import (CREDITED, DESCRIBED, FIGURES, LISTED, NAMED, NAMES,
                                         ORGANISED, PLACES, QUOTED, TIMED, Facts, Found, SentenceFacts)

MAX_PER_LINK = 3


# --- numbers and dates ----------------------------------------------------------------------

def _figured(fa: SentenceFacts, fb: SentenceFacts, alike: bool) -> list[Found]:
    """Figures, records and dates that differ (a function of the two texts, the articles' dates
    and whether the sentences say alike)."""
    ga, gb = fa.figures, fb.figures
    out: list[Found] = []
    if ga.quantities and gb.quantities and fa.number_key != fb.number_key:
        for i, k in figures.number_pairs(ga, gb, alike):
            x, y = ga.quantities[i], gb.quantities[k]
            conflict = quantity_compare.relation(x, y) == "conflict"
            out.append(("number", x.start, x.end, y.start, y.end,
                        quantity_compare.note(x, y) + (" (conflict)" if conflict else "")))
    if ga.records and gb.records:       # "a 42-year low" / "the lowest level in nearly a century"
        for i, k in figures.record_pairs(ga.records, gb.records)[:1]:
            x, y = ga.records[i], gb.records[k]
            out.append(("number", x.start, x.end, y.start, y.end, f"record over {_years(x)} vs {_years(y)}"))
    if ga.dates and gb.dates and fa.date_key != fb.date_key:    # resolved against each article's date
        for i, k in figures.date_pairs(ga, gb, alike)[:1]:
            x, y = ga.dates[i], gb.dates[k]
            out.append(("date", x.start, x.end, y.start, y.end, f"{x.text} vs {y.text}"))
    return out


def _years(r: figures.Record) -> str:
    if r.high == float("inf"):
        return f"{r.low:g}+ years"
    return f"{r.low:g} years" if r.low == r.high else f"{r.low:g}–{r.high:g} years"


def _timing(fa: SentenceFacts, fb: SentenceFacts) -> list[Found]:
    """When each source places one event, in words: "recently" / "hours after"."""
    ta, tb = fa.figures.timings, fb.figures.timings
    timed = figures.timing_pair(ta, tb)
    if timed is None:
        return []
    x, y = ta[timed[0]], tb[timed[1]]
    return [("date", x[0], x[1], y[0], y[1], f"timing: “{x[2]}” vs “{y[2]}”")]


# --- attribution and claims -----------------------------------------------------------------

def _attribution(fa: SentenceFacts, fb: SentenceFacts) -> list[Found]:
    """Two sources credited for one statement. A statement credited in one sentence only is
    not reported: the other article often credits it in a neighbouring sentence, and on the
    gold sets that case was wrong far more often than right (dev/fit_differences.py)."""
    xa, xb = fa.source, fb.source
    if attribution.same_source(xa, xb, fa.facts.actor):
        return []
    return [("attribution", *fa.source_span, *fb.source_span, f"credited to “{xa.text}” vs “{xb.text}”")]


def _credited(fa: SentenceFacts, fb: SentenceFacts) -> list[Found]:
    """One sentence credits a statement to a source ("…, the ministry said") that the other,
    saying much the same, states as fact."""
    if fa.s.role == "headline" or fb.s.role == "headline":
        return []                  # a headline states as fact what its story credits
    if attribution.not_stated_as_fact(fa, fb) or attribution.not_stated_as_fact(fb, fa):
        return []
    if isinstance(fa.source, attribution.Source):
        return [("attribution", *fa.source_span, 0, len(fb.text),
                 f"credited to “{fa.source.text}” in one source, stated as fact in the other")]
    if isinstance(fb.source, attribution.Source):
        return [("attribution", 0, len(fa.text), *fb.source_span,
                 f"stated as fact in one source, credited to “{fb.source.text}” in the other")]
    return []


def _claims(fa: SentenceFacts, fb: SentenceFacts) -> list[Found]:
    """One sentence denies or reverses what the other states (claims.contrast)."""
    found = claims.contrast(fa.claim_cues, fb.claim_cues)
    if found is None:
        return []
    (a0, a1), (b0, b1), note = found
    return [("claim", a0, a1, b0, b1, note)]


# Most telling first: a pair reports at most MAX_PER_LINK differences. The first ones compare
# typed values (figures, dates, spellings) that only differ when they are one fact written
# otherwise; the others (timing, unnamed people, quotes, claims, lists of names, agents, attribution, in
# that order in find_differences) judge wording, so they need two sentences that say much alike.
JUDGED_SHARED = 0.25        # share of content two sentences need for a judged difference
SOLE_SHARED = 0.3           # ... for their only figures (or dates) to count one thing in other words
CREDITED_SHARED = 0.6       # ... for a statement credited in one to be the other's, stated as fact


def _distinct(found: list[Found]) -> list[Found]:
    """found without repeats (two detectors may flag one stretch as the same kind)."""
    if len(found) == 1:
        return found
    seen, out = set(), []
    for f in found:
        if f[:5] not in seen:
            seen.add(f[:5])
            out.append(f)
    return out


def facts_for(articles: Sequence[Article], sentences: Sequence[Sentence], actors: Sequence[Actor],
              quotes: Sequence[Quote]) -> Facts:
    """What find_differences knows of the comparison and each sentence: it needs no links, so a
    caller waiting for them may have it work out the sentences' facts meanwhile (Facts.prepare)."""
    return Facts(articles, actors, quotes, sentences)


def find_differences(articles: Sequence[Article], sentences: Sequence[Sentence], links: Sequence[Link],
                     actors: Sequence[Actor], quotes: Sequence[Quote], facts: Facts | None = None):
    """Typed differences of every link, and the word diff of each linked pair for display.

    A news cycle has hundreds of thousands of links, so each detector runs only when both
    sentences carry what it compares (SentenceFacts.carries, worked out once per sentence),
    and a detector's answer for two sentences is kept under what it depends on (the texts, the
    texts in their articles' time, the quotes, the sources) for the next pair that says the same.
    facts, when given, is facts_for() of these articles, actors, quotes and sentences."""
    facts = facts or facts_for(articles, sentences, actors, quotes)
    of = facts.by_id()
    diffs: list[Difference] = []
    if aside.may_fork(len(sentences)) and len(links) > CHUNK:
        # the linked sentences' facts worked out here first, once, rather than in both processes
        facts.prepare(dict.fromkeys(sid for link in links for sid in (link.a, link.b)))
        _found_beside(facts, of, links, diffs)
    else:
        _place(facts, links, _found(facts, of, links), diffs)
    linked = {sid: of[sid] for link in links for sid in (link.a, link.b)}
    pairs = {(link.a, link.b) for link in links}
    # numbers and days of unlinked sentences: each detector reads only the reported differences
    # of its own kind, so what the links report is all they need, and on a large input a forked
    # child finds them while this process finds the names and quoted labels
    reported = list(diffs)

    def numbers_and_days() -> list[Difference]:
        numbers = figures_across.across(facts, pairs, reported)
        return numbers + dates_across.across(facts, pairs, reported + numbers)     # (dates2)

    beside = aside.Aside(numbers_and_days) if aside.may_fork(len(sentences)) else None
    try:
        diffs += across_articles(facts, dict(sorted(linked.items(), key=lambda p: _position(p[1].s))),
                                 diffs)
        diffs += labels_across(facts, pairs)     # quote_wording (diffs4)
        diffs += beside.result() if beside is not None else numbers_and_days()
    finally:
        if beside is not None:
            beside.abandon()
    diffs += attribution.figure_sources(facts, diffs)      # who gives a disputed figure (diffs7)
    sentences_by_id = facts.sentence
    facts.release()
    return diffs, WordDiffs(sentences_by_id)


CHUNK = 1000        # links compared at a time when a forked child shares the work


def _found_beside(facts: Facts, of: dict[str, SentenceFacts], links: Sequence[Link],
                  diffs: list[Difference]) -> None:
    """The links' differences placed in diffs, found by this process from the first chunk of
    links on and by a forked child from the last one back, CHUNK links at a time, until the two
    meet (so the one that runs faster does more); a chunk the child took and did not send back
    is done here. The chunks hold links in the order of their sentences' texts, so the links of
    one pair of texts (wire copy) mostly fall to one process, whose caches (Facts.compared)
    then serve them all, rather than both processes working the same comparison out."""
    text_id = {sid: f.text_id for sid, f in of.items()}
    order = sorted(range(len(links)), key=lambda n: (text_id[links[n].a], text_id[links[n].b]))
    pieces = range(0, len(links), CHUNK)
    ends = aside.TwoEnds(len(pieces))

    def found(k: int) -> list[tuple]:
        return _found(facts, of, links, order[pieces[k]:pieces[k] + CHUNK])

    def from_the_back() -> dict[int, list[tuple]]:
        out = {}
        while (k := ends.back()) is not None:
            out[k] = found(k)
        return out

    beside = aside.Aside(from_the_back)
    mine: list[tuple] = []
    done = 0
    try:
        while (k := ends.front()) is not None:
            mine += found(k)
            done = k + 1
        theirs = beside.result()
    finally:
        beside.abandon()
        ends.close()
    for k in range(done, len(pieces)):
        mine += theirs[k] if k in theirs else found(k)
    mine.sort(key=_link_number)          # in the links' order, each link's own order kept
    _place(facts, links, mine, diffs)


def _link_number(found: tuple) -> int:
    return found[0]


def _place(facts: Facts, links: Sequence[Link], found: list[tuple], diffs: list[Difference]) -> None:
    """Each (number of its link, *Found) as a Difference, its spans placed in the articles
    (facts.span's, looked up here by offsets into the sentence: a link's differences come
    together, and one stretch differs from many sentences)."""
    span, sentence = facts.span, facts.sentence
    made: dict[tuple, Span] = {}          # (sentence id, start, end in its text) -> facts.span
    last = -1
    for n, kind, a0, a1, b0, b1, note in found:
        if n != last:
            sa, sb, last = sentence[links[n].a], sentence[links[n].b], n
        x = made.get((sa.id, a0, a1))
        if x is None:
            x = made[sa.id, a0, a1] = span(sa, sa.start + a0, sa.start + a1)
        y = made.get((sb.id, b0, b1))
        if y is None:
            y = made[sb.id, b0, b1] = span(sb, sb.start + b0, sb.start + b1)
        diffs.append(Difference(kind, x, y, note))


def _found(facts: Facts, of: dict[str, SentenceFacts], links: Sequence[Link],
           numbers: Optional[Iterable[int]] = None) -> list[tuple]:
    """(number of the link, *Found) of each difference of the links numbered (all by default),
    in that order. What two sentences' texts decide, and each detector's answer, is kept in
    facts.compared under what it depends on, for the next pair that says the same."""
    cache = facts.compared
    out: list[tuple] = []
    for n in range(len(links)) if numbers is None else numbers:
        link = links[n]
        fa, fb = of[link.a], of[link.b]
        both, either = fa.carries & fb.carries, fa.carries | fb.carries
        texts = ("texts", fa.text_id, fb.text_id)
        said = cache.get(texts)
        if said is None:
            said = cache[texts] = _by_texts(fa, fb)
        shared = said[0]
        found: list[Found] = []
        if both & FIGURES:
            key = ("figures", fa.dated_id, fb.dated_id)
            got = cache.get(key)
            if got is None:
                got = cache[key] = _figured(fa, fb, shared >= SOLE_SHARED)
            found += got
        if both & NAMES and not fa.run_keys.isdisjoint(fb.run_index) \
                or both & PLACES and not fa.organisation_ids.isdisjoint(fb.organisation_ids):
            found += _names(fa, fb, facts)
        if len(found) < MAX_PER_LINK and shared >= JUDGED_SHARED:
            found += said[1]
            if either & NAMED and (_may_unname(fa, fb) or _may_unname(fb, fa)):
                found += _unnamed(fa, fb, facts)
            if fa.carries & ORGANISED and fb.carries & DESCRIBED \
                    or fb.carries & ORGANISED and fa.carries & DESCRIBED:
                found += _unnamed_group(fa, fb, facts)     # name_differences (diffs4)
            if either & QUOTED:
                key = ("quotes", fa.quotes_id, fb.quotes_id)
                got = cache.get(key)
                if got is None:
                    got = cache[key] = _quotes(fa, fb)
                found += got
            found += said[2]
            if shared >= agents.AGENT_SHARED:
                found += agents.differing(fa, fb)
            if both & CREDITED:
                key = ("attribution", fa.source_id, fb.source_id)
                got = cache.get(key)
                if got is None:
                    got = cache[key] = _attribution(fa, fb)
                found += attribution.unless_apart(got, fa, fb) if got else attribution.venues(fa, fb)
            elif shared >= CREDITED_SHARED and (fa.source is None) != (fb.source is None):
                found += _credited(fa, fb)
        if found:
            out.extend((n, *f) for f in _distinct(found)[:MAX_PER_LINK])
    return out


def _by_texts(fa: SentenceFacts, fb: SentenceFacts) -> tuple[float, list[Found], list[Found]]:
    """What two sentences' texts alone decide: the share of content they have in common, the
    timing (before quotes in a link's order) and the claims and lists of names (after)."""
    ca, cb = fa.concepts, fb.concepts
    shared = len(ca & cb) / max(1, min(len(ca), len(cb)))
    if shared < JUDGED_SHARED:
        return shared, [], []
    timed = _timing(fa, fb) if fa.carries & fb.carries & TIMED else []
    later = _claims(fa, fb) if claims.may_contrast(fa.claim_cues, fb.claim_cues) else []
    if (fa.carries | fb.carries) & LISTED:
        later = later + _lists(fa, fb)
    return shared, timed, later


def _may_unname(x: SentenceFacts, y: SentenceFacts) -> bool:
    """Whether y writes a role word ("ambassador") x names someone in: without one,
    name_differences.unnamed finds nothing, so most links need not ask it."""
    roles = x.role_words
    if not roles:
        return False
    words = y.folded_words
    return any(r in words for r in roles)


def _position(s: Sentence) -> tuple[str, int]:
    return s.article, s.start


__all__ = ["find_differences", "word_diff", "WordDiffs"]
