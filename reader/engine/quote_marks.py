"""Where quotations are: pairs of quotation marks in every style news text uses, and the quoted
titles that are not anyone's words.

Styles: “…” and "…", ‘…’ and '…' (headlines quote with single marks), ''…'' and ``…'' (doubled
apostrophes and backticks from old typewriter conventions), „…“ and ‚…‘ (German), «…» and »…«,
‹…›. An apostrophe inside or at the end of a word ("Iran's", "members’") is not a mark. A double
quotation left open at the end of a paragraph runs to the paragraph's end: news writing opens the
next paragraph with a fresh mark when the same speaker goes on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from reader.engine.text import WORD_RE, fold

_OPENERS = {"“": "”", "„": "“", "«": "»", "»": "«", "‹": "›", "‚": "‘"}
_ELISIONS = ("'n'", "'em", "'til", "'cause", "'tis", "'twas", "'bout", "'round")


@dataclass(frozen=True)
class _Open:
    pos: int
    closer: str          # the character that closes it ('"' for straight and doubled marks)
    double: bool


def _alnum(ch: str) -> bool:
    return ch.isalnum()


def _closes(closer: str, ch: str) -> bool:
    """Whether ch closes a quotation that closer would close (straight and curly marks mix)."""
    return ch == closer or (closer in '"”' and ch in '"”') or (closer == "“" and ch == "”")


_MARK_RE = re.compile("[\"'`“”„«»‹›‘’‚]")


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each outermost quotation in text[start:end] (one paragraph), marks
    included. Quotations inside a quotation are part of it, not quotes of their own."""
    spans: list[tuple[int, int]] = []
    dbl: Optional[_Open] = None
    sgl: Optional[_Open] = None
    i = start
    while i < end:
        m = _MARK_RE.search(text, i, end)     # what is not a mark opens or closes nothing
        if m is None:
            break
        i = m.start()
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        two = text[i:i + 2]
        nxt = text[i + 1] if i + 1 < end else " "
        width = 1
        if two in ("''", "``"):
            ch, width = '"', 2
            nxt = text[i + 2] if i + 2 < end else " "
        if dbl is not None and _closes(dbl.closer, ch):
            spans.append((dbl.pos, i + width))
            dbl, sgl = None, None
            i += width
            continue
        if ch in "“„«»‹" and dbl is None and not (ch == "»" and not _alnum(nxt)):
            dbl = _Open(i, _OPENERS[ch], True)
        elif ch == '"' and dbl is None and not _alnum(prev) and not nxt.isspace():
            dbl = _Open(i, '"', True)
        elif ch == "”" and dbl is None and prev.isspace() and _alnum(nxt):
            dbl = _Open(i, "”", True)        # a closing mark typed for an opening one
        elif ch in "‘‚" and not _alnum(prev) and not nxt.isspace():
            if dbl is None:
                sgl = _Open(i, "’" if ch == "‘" else "‘", False)
        elif ch == "'" and not _alnum(prev) and (_alnum(nxt) or nxt in "$€£") and \
                not text[i:i + 6].lower().startswith(_ELISIONS) and not re.match(r"'\d0s\b", text[i:i + 5]):
            if dbl is None:
                sgl = _Open(i, "'", False)
        elif ch in "’'‘" and sgl is not None and ch in (sgl.closer, "’", "'") and not prev.isspace() \
                and not _alnum(nxt) and not (prev.isalpha() and nxt.isalpha()):
            if i - sgl.pos > 2 and dbl is None:
                spans.append((sgl.pos, i + 1))
            sgl = None
        i += width
    if dbl is not None and end - dbl.pos > 10:
        spans.append((dbl.pos, end))
    return sorted(spans)


def inner(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words of a span, without its marks (and a comma or full stop typed inside them)."""
    while start < end and (text[start] in "\"'“”‘’„‚«»‹›`" or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in "\"'“”‘’„‚«»‹›`,.;:" or text[end - 1].isspace()):
        end -= 1
    return start, end


_TITLE_BEFORE = frozenset({"on", "in", "titled", "entitled", "show", "program", "programme", "book",
                           "film", "movie", "album", "song", "series", "podcast", "newsletter",
                           "documentary", "column", "essay", "op-ed", "article", "hit", "sitcom",
                           "memoir", "novel", "play", "musical", "episode", "segment", "headline",
                           "magazine", "newspaper", "network's", "channel's", "station's"})
_TITLE_AFTER = frozenset({"host", "hosts", "co-host", "anchor", "show", "program", "programme",
                          "series", "podcast", "segment", "interview", "broadcast", "episode",
                          "documentary", "book", "film", "movie", "album", "song", "newsletter",
                          "column", "magazine", "panel", "special", "town"})
_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with",
                          "by", "&", "vs", "v", "de", "la", "from", "but", "nor", "as"})


def is_title(text: str, start: int, end: int, sentence_start: int) -> bool:
    """A quoted title of a show, book or film ('on "Meet the Press"', '"Fox & Friends" host'):
    words in title case, named where titles are named. Not a quotation of anyone."""
    s, e = inner(text, start, end)
    words = WORD_RE.findall(text[s:e])
    if not words or len(words) > 9 or re.search(r"[.?!;]\s", text[s:e]):
        return False
    big = [w for w in words if fold(w) not in _SMALL_WORDS]
    if not big or not all(w[:1].isupper() or w[:1].isdigit() for w in big):
        return False
    before = [fold(w) for w in WORD_RE.findall(text[max(sentence_start, start - 40):start])]
    after = [fold(w) for w in WORD_RE.findall(text[end:end + 30])]
    return bool(before and before[-1] in _TITLE_BEFORE) or bool(after and after[0] in _TITLE_AFTER)
