"""Split articles into paragraphs and sentences with character spans.

Offline: nltk's Punkt with our own abbreviation list (resources/wordlists/abbreviations.txt),
no downloaded model. Headline and header lines (date, byline, outlet) are units of their own.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

from reader.engine.model import Article, Sentence
from reader.engine.text import WORD_RE, fold
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


# A quotation that ends in its own "?", "!" or "." followed by who said it ('"Why wait?" Gayle
# King asked.'): the attribution belongs to the quote, not to a sentence of its own.
_QUOTE_END_RE = re.compile(r"[.?!][\"”’']\s*$")
_ADVERBIAL_TAIL_RE = re.compile(r"^(?:,|on|in|at|to|during|before|after|from|with|while|as|when|"
                                r"yesterday|today|tonight|later|earlier|again|then|last|this|reporters|"
                                r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def _attribution_only(piece: str) -> bool:
    """'Gayle King asked.' / 'Mr. Smith said, smiling.' / 'the minister told reporters.': a
    speaker (at most six words) and a cue verb with no content of its own after it."""
    from reader.engine.cues import quote_cues

    words = list(WORD_RE.finditer(piece))
    if not words or len(words) > 14:
        return False
    cue = next((k for k, w in enumerate(words[:7]) if fold(w.group()) in quote_cues()), None)
    if cue is None or cue == 0 and not words[1:2]:
        return False
    subject = words[:cue] if cue else words[cue + 1:cue + 4]
    head = subject[0].group() if subject else ""
    if not head or not (head[:1].isupper() or fold(head) in ("he", "she", "they", "it")):
        return False
    rest = piece[words[cue].end():].strip()
    return not rest or rest[0] in ",.!?;" or bool(_ADVERBIAL_TAIL_RE.match(rest)) or cue == 0


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets within one paragraph."""
    spans = list(_tokenizer().span_tokenize(paragraph))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and (_BAD_BREAK_RE.search(paragraph[merged[-1][0]:merged[-1][1]])
                       or _CONTINUATION_RE.match(paragraph[start:end])
                       or (_QUOTE_END_RE.search(paragraph[merged[-1][0]:merged[-1][1]])
                           and _attribution_only(paragraph[start:end]))):
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
