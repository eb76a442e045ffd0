"""Run every stage of the engine in order: segment, align, find actors and quotes, compare."""
from __future__ import annotations

import contextlib
import gc
import threading
from typing import Callable, Optional, Sequence

from reader.engine.model import Actor, Article, Comparison, Correction, Quote, Sentence

Progress = Callable[[str, float], None]      # (stage name, fraction done 0..1)


# Alignment scores only the pairs that share a word (an inverted index, no N x N matrix), so a
# news cycle of 100 articles (about 6,000 sentences) fits in a few hundred MB. Past this many
# sentences the pairs of one-story articles (and the links among them) still grow with the square
# of the input, so very large inputs are refused with a message rather than exhausting memory.
MAX_SENTENCES = 12000
# ... and segmenting takes minutes (Punkt weighs every full stop) when text has far more places
# that could end a sentence than sentences: text with this many per allowed sentence is refused
# (news has one or two: abbreviations, initials)
MAX_ENDS_PER_SENTENCE = 5
# ... and every stage reads all the text (0.1-0.4 MB a second): prose averages under 200 characters
# a sentence, so more than this per allowed sentence is more than one comparison reads
MAX_CHARACTERS_PER_SENTENCE = 200
# ... and a long text with hardly a sentence end or a line break in it is not prose but one
# endless "sentence", which three engine stages choke on: past ENDLESS_FROM characters, text with
# more than this many characters per possible sentence end or line is refused
MAX_CHARACTERS_PER_PIECE = 2000
ENDLESS_FROM = 200_000


_paused_lock = threading.Lock()
_paused = {"depth": 0, "was_enabled": False, "freeze": False}


@contextlib.contextmanager
def collector_paused(freeze_survivors: bool = False):
    """The cyclic garbage collector held off while a comparison runs. The engine makes millions
    of objects that live to its end, and each of the collector's full passes walks all of them:
    on a news cycle they cost a tenth of the time and free next to nothing (what the engine drops,
    reference counting frees). Nested and concurrent users share one pause; the collector is
    switched back on (if it was on) when the last one ends, after freezing the survivors when a
    user asked for it (the window: later collections on the GUI thread then skip them)."""
    with _paused_lock:
        if _paused["depth"] == 0:
            _paused.update(was_enabled=gc.isenabled(), freeze=False)
            gc.disable()
        _paused["depth"] += 1
        _paused["freeze"] |= freeze_survivors
    try:
        yield
    finally:
        with _paused_lock:
            _paused["depth"] -= 1
            if _paused["depth"] == 0:
                if _paused["freeze"]:
                    gc.freeze()
                if _paused["was_enabled"]:
                    gc.enable()


class Cancelled(Exception):
    """Raised inside compare() when the caller's cancelled() returns True."""


class TooLarge(ValueError):
    """The articles together are more text than one comparison handles; str() says so."""


def _refuse_what_is_not_prose(articles: Sequence[Article]) -> None:
    """TooLarge, before any work, for text that would take minutes to find it has too many
    sentences: megabytes in one endless sentence, or "go. go. go." (each full stop weighed)."""
    from reader.engine.segment import sentence_ends

    characters = sum(len(a.text) for a in articles)
    if characters > MAX_SENTENCES * MAX_CHARACTERS_PER_SENTENCE:
        raise TooLarge(_too_much(f"{characters:,} characters", articles))
    ends = sum(sentence_ends(a.text) for a in articles)
    if ends > MAX_SENTENCES * MAX_ENDS_PER_SENTENCE:
        raise TooLarge(_too_much(f"{ends:,} full stops and other sentence ends", articles))
    pieces = ends + sum(a.text.count("\n") + 1 for a in articles)
    if characters > ENDLESS_FROM and characters > pieces * MAX_CHARACTERS_PER_PIECE:
        raise TooLarge(_too_much(f"{characters:,} characters", articles))


def _too_much(what: str, articles: Sequence[Article]) -> str:
    return (f"too much text to compare at once: {what} in all, where reader compares up to "
            f"{MAX_SENTENCES:,} sentences; the longest: {_longest(articles)}")


def _longest(articles: Sequence[Article]) -> str:
    """The articles that hold most of the text (at most three), by file name: what to split."""
    from reader.safe_text import file_name

    ranked = sorted(articles, key=lambda a: -len(a.text))
    total, named, held = sum(len(a.text) for a in articles), [], 0
    for a in ranked[:3]:
        named.append(f"{file_name(a.path) if a.path else a.id} ({len(a.text):,} characters)")
        held += len(a.text)
        if held * 2 > total:
            break
    return ", ".join(named)


# Share of the sentences (the first ones) whose figures and name runs the alignment's child works
# out before it aligns: at 100 articles this process's actors, quotes and facts otherwise take
# about a second longer than the child's alignment, and this much evens the two out
EARLY_SHARE = 0.4


def _worked_out_early(articles: Sequence[Article], sentences: Sequence[Sentence]) -> tuple:
    """(text.words_known, Facts.texts_worked_out) of the comparison: what the child that aligns
    hands over first (see _compare)."""
    from reader.engine import differences, text

    words = text.words_known(s.text for s in sentences)
    first = sentences[:int(len(sentences) * EARLY_SHARE)]
    return words, differences.facts_for(articles, sentences, (), ()).texts_worked_out(first)


def compare(articles: Sequence[Article], progress: Optional[Progress] = None,
            cancelled: Optional[Callable[[], bool]] = None,
            corrections: Sequence[Correction] = ()) -> Comparison:
    """Analyse the articles and return the whole comparison.

    progress, when given, is called between stages; cancelled, when given, is polled between
    stages and a True answer aborts with Cancelled (the window uses it to drop stale work).
    corrections (a reader's links, unlinks, merges, speakers, dismissals) are replayed right
    after the stage they correct, so later stages build on the corrected result.
    """
    with collector_paused():
        return _compare(articles, progress, cancelled, corrections)


def _compare(articles: Sequence[Article], progress: Optional[Progress],
             cancelled: Optional[Callable[[], bool]], corrections: Sequence[Correction]) -> Comparison:
    from reader.engine import actors, align, aside, corrections as fix, differences, quotes, segment, text

    def step(name: str, done: float) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(name, done)

    step("segmenting", 0.0)
    _refuse_what_is_not_prose(articles)
    sentences = segment.segment_all(articles, limit=MAX_SENTENCES)
    if len(sentences) > MAX_SENTENCES:
        raise TooLarge(_too_much(f"over {MAX_SENTENCES:,} sentences", articles))

    def find_actors() -> list[Actor]:
        return fix.apply_to_actors(actors.find_actors(articles, sentences), corrections)

    def find_quotes(found_actors: list[Actor]) -> list[Quote]:
        return fix.apply_to_quotes(quotes.find_quotes(articles, sentences, found_actors),
                                   found_actors, articles, corrections)

    step("aligning", 0.2)
    # on a large input the alignment runs in a forked child (aside.py), while this process finds
    # actors and quotes (they need no links) and then works out each sentence's facts for the
    # differences until the links arrive. The child first works out what needs neither: the
    # stems and concepts of every word (the alignment reads them too), and the figures and name
    # runs of the first sentences (this process comes to those last), and hands them over.
    beside = aside.Aside(lambda: align.choose(sentences),
                         early=lambda: _worked_out_early(articles, sentences)) \
        if aside.may_fork(len(sentences)) else None
    facts = None
    known = None
    try:
        if beside is None:
            links, groups = align.align(articles, sentences)
        step("finding actors", 0.5)
        found_actors = find_actors()
        if beside is not None:
            known = beside.early_result() or (None, None)
            text.learn_words(known[0])
        step("finding quotes", 0.65)
        found_quotes = find_quotes(found_actors)
        if beside is not None:
            facts = differences.facts_for(articles, sentences, found_actors, found_quotes)
            facts.learn(known[1])
            # the last articles' first: their sentences are in the links both processes compare
            # for differences (differences._found_beside)
            facts.prepare(reversed(list(facts.sentence)), until=beside.ready)
            chosen = beside.result()
            links, groups = chosen.links(), chosen.rows
    finally:
        if beside is not None:
            beside.abandon()
    if fix.of_kind(corrections, "link", "unlink"):
        links = fix.apply_to_links(links, articles, sentences, corrections)
        groups = align.group_links(links, first={s.id for s in sentences if s.role == "headline"})
    step("comparing details", 0.8)
    diffs, word_diffs = differences.find_differences(articles, sentences, links, found_actors,
                                                     found_quotes, facts)
    if fix.of_kind(corrections, "dismiss"):          # most comparisons have no dismissal to replay
        diffs = fix.apply_to_differences(diffs, articles, corrections)
    step("done", 1.0)
    return Comparison(articles=tuple(articles), sentences=tuple(sentences), links=tuple(links),
                      groups=tuple(groups), differences=tuple(diffs), actors=tuple(found_actors),
                      quotes=tuple(found_quotes), word_diffs=word_diffs)
