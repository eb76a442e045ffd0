"""Split articles into paragraphs and sentences with character spans.

Offline: nltk's Punkt with our own abbreviation list (resources/wordlists/abbreviations.txt),
no downloaded model. Headline and header lines (date, byline, outlet) are units of their own.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from reader.engine.nltk_parts import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

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
    spans = list(_tokenizer().span_tokenize(paragraph))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and (_BAD_BREAK_RE.search(paragraph[merged[-1][0]:merged[-1][1]])
                       or _CONTINUATION_RE.match(paragraph[start:end])):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def segment(article: Article) -> list[Sentence]:
    """Sentences of one article, in reading order, with paragraph numbers and roles."""
    header = set(article.header_spans)
    out: list[Sentence] = []
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
            role, pieces = "body", sentence_spans(line)
        for s, e in pieces:
            start, end = p_start + s, p_start + e
            out.append(Sentence(id=f"{article.id}:{len(out)}", article=article.id, index=len(out),
                                start=start, end=end, paragraph=paragraph, role=role,
                                text=article.text[start:end]))
        paragraph += 1
    return out


def segment_all(articles: Sequence[Article]) -> list[Sentence]:
    return [s for a in articles for s in segment(a)]
