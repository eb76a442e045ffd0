"""Split articles into paragraphs and sentences with character spans.

Offline: nltk's Punkt with our own abbreviation list (resources/wordlists/abbreviations.txt),
no downloaded model. Headline and header lines (date, byline, outlet) are units of their own.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import Iterator, Optional, Sequence

from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

from reader.engine.model import Article, Sentence
from reader.paths import word_list

_PARAGRAPH_RE = re.compile(r"[^\n]+")


class _NewsLanguageVars(PunktLanguageVars):
    # sentences may also end before a closing curly quote or bracket
    sent_end_chars = (".", "?", "!")
    internal_punctuation = ",:;"


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(word_list("abbreviations.txt"))
    return PunktSentenceTokenizer(params, lang_vars=_NewsLanguageVars())


# Punkt may split after an initial ("Gen. A. Khan") or inside "p.m." – glue such pieces back.
_BAD_BREAK_RE = re.compile(r"(?:\b[A-Z]\.|\b[ap]\.m\.)\s*$")
# A "sentence" that starts in lower case continues the previous one ("…Jan. 17. he said" is rare;
# "… the U.S. on Monday" after an abbreviation split is common).
_CONTINUATION_RE = re.compile(r"^[\"“”'’]?[a-z0-9]")


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets within one paragraph."""
    return list(_sentence_spans(paragraph))


def _sentence_spans(paragraph: str) -> Iterator[tuple[int, int]]:
    """Punkt's sentences, glued back where it broke after an initial or before lower case."""
    pending = None
    for start, end in _punkt_spans(paragraph):
        # look at the end of the sentence so far only: a run of merges stays linear
        if pending and (_BAD_BREAK_RE.search(paragraph, max(pending[0], pending[1] - 20), pending[1])
                        or _CONTINUATION_RE.match(paragraph[start:end])):
            pending = (pending[0], end)
        else:
            if pending:
                yield pending
            pending = (start, end)
    if pending:
        yield pending


# nltk stops Punkt's regular expressions after 5 s on a text; a news paragraph is a few thousand
# characters, so a longer "paragraph" (megabytes of "Go. Go. Go.") is cut after a sentence end
# into pieces Punkt reads quickly.
_PUNKT_PIECE = 20_000


def _punkt_spans(paragraph: str) -> Iterator[tuple[int, int]]:
    start = 0
    while start < len(paragraph):
        end = _piece_end(paragraph, start)
        for s, e in _tokenizer().span_tokenize(paragraph[start:end]):
            yield start + s, start + e
        start = end


def _piece_end(text: str, start: int) -> int:
    """Where the piece from start ends: the whole rest if short, else after the space that
    follows the last sentence end (else after the last space) before the piece limit."""
    limit = start + _PUNKT_PIECE
    if limit >= len(text):
        return len(text)
    window = text[start:limit]
    cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! ")) + 1
    if cut <= 0:
        cut = window.rfind(" ")
    return start + cut + 1 if cut > 0 else limit


_SENTENCE_END_RE = re.compile(r"[.?!](?!\w)")


def sentence_ends(text: str) -> int:
    """How many places in text Punkt weighs as a sentence end (about one per sentence in prose;
    its time grows with them, some 30 µs each)."""
    return len(_SENTENCE_END_RE.findall(text))


def segment(article: Article) -> list[Sentence]:
    """Sentences of one article, in reading order, with paragraph numbers and roles."""
    return list(_segment(article))


def _segment(article: Article) -> Iterator[Sentence]:
    header = set(article.header_spans)
    count = 0
    paragraph = 0
    for m in _PARAGRAPH_RE.finditer(article.text):
        p_start, p_end = m.start(), m.end()
        line = m.group()
        if not line.strip():
            continue
        if article.title_span and p_start <= article.title_span[0] < p_end:
            role, pieces = "headline", [(0, len(line.rstrip()))]
        elif any(p_start <= s < p_end for s, _ in header):
            role, pieces = "byline", [(0, len(line.rstrip()))]
        else:
            role, pieces = "body", _sentence_spans(line)
        for s, e in pieces:
            start, end = p_start + s, p_start + e
            yield Sentence(id=f"{article.id}:{count}", article=article.id, index=count,
                           start=start, end=end, paragraph=paragraph, role=role,
                           text=article.text[start:end])
            count += 1
        paragraph += 1


def segment_all(articles: Sequence[Article], limit: Optional[int] = None) -> list[Sentence]:
    """Every article's sentences; with a limit, at most limit + 1 of them: the caller refuses
    more anyway, and reading megabytes of sentences to count them would take minutes."""
    sentences = (s for a in articles for s in _segment(a))
    return list(sentences if limit is None else islice(sentences, limit + 1))
