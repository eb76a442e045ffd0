"""Run every stage of the engine in order: segment, align, find actors and quotes, compare."""
from __future__ import annotations

from typing import Callable, Optional, Sequence

from reader.engine.model import Article, Comparison, Correction

Progress = Callable[[str, float], None]      # (stage name, fraction done 0..1)


# Alignment scores only the pairs that share a word (an inverted index, no N x N matrix), so a
# news cycle of 100 articles (about 6,000 sentences) fits in a few hundred MB. Past this many
# sentences the pairs of one-story articles (and the links among them) still grow with the square
# of the input, so very large inputs are refused with a message rather than exhausting memory.
MAX_SENTENCES = 12000


class Cancelled(Exception):
    """Raised inside compare() when the caller's cancelled() returns True."""


class TooLarge(ValueError):
    """The articles together are more text than one comparison handles; str() says so."""


def compare(articles: Sequence[Article], progress: Optional[Progress] = None,
            cancelled: Optional[Callable[[], bool]] = None,
            corrections: Sequence[Correction] = ()) -> Comparison:
    """Analyse the articles and return the whole comparison.

    progress, when given, is called between stages; cancelled, when given, is polled between
    stages and a True answer aborts with Cancelled (the window uses it to drop stale work).
    corrections (a reader's links, unlinks, merges, speakers, dismissals) are replayed right
    after the stage they correct, so later stages build on the corrected result.
    """
    from reader.engine import actors, align, corrections as fix, differences, quotes, segment

    def step(name: str, done: float) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(name, done)

    step("segmenting", 0.0)
    sentences = segment.segment_all(articles)
    if len(sentences) > MAX_SENTENCES:
        raise TooLarge(f"too much text to compare at once: {len(sentences)} sentences in all; "
                       f"reader compares up to {MAX_SENTENCES} (split the longest articles)")
    step("aligning", 0.2)
    links, groups = align.align(articles, sentences)
    if fix.of_kind(corrections, "link", "unlink"):
        links = fix.apply_to_links(links, articles, sentences, corrections)
        groups = align.group_links(links)
    step("finding actors", 0.5)
    found_actors = fix.apply_to_actors(actors.find_actors(articles, sentences), corrections)
    step("finding quotes", 0.65)
    found_quotes = fix.apply_to_quotes(quotes.find_quotes(articles, sentences, found_actors),
                                       found_actors, articles, corrections)
    step("comparing details", 0.8)
    diffs, word_diffs = differences.find_differences(articles, sentences, links, found_actors,
                                                     found_quotes)
    diffs = fix.apply_to_differences(diffs, articles, corrections)
    step("done", 1.0)
    return Comparison(articles=tuple(articles), sentences=tuple(sentences), links=tuple(links),
                      groups=tuple(groups), differences=tuple(diffs), actors=tuple(found_actors),
                      quotes=tuple(found_quotes), word_diffs=word_diffs)
