"""Split articles into paragraphs and sentences with character spans.

Offline: nltk's Punkt with our own abbreviation list (resources/wordlists/abbreviations.txt),
no downloaded model; Chinese and Japanese sentences end at full-width marks (。！？). Headline and
header lines (date, byline, outlet) are units of their own.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import Iterator, Optional, Sequence

from reader.engine.nltk_parts import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

from reader.engine import dates
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


# Punkt may split after an initial ("Gen. A. Khan"), inside "p.m." or after the "v." of a case
# name ("Mahanoy Area School District v. B.L.") – glue such pieces back.
_BAD_BREAK_RE = re.compile(r"(?:\b[A-Z]\.|\b[ap]\.m\.|\b[A-Z][\w.'’-]*\s+vs?\.)\s*$")
# A "sentence" that starts in lower case continues the previous one ("…Jan. 17. he said" is rare;
# "… the U.S. on Monday" after an abbreviation split is common), as does one that starts with a
# closing bracket or a comma ("Chris Coons (Del.), wrote": Punkt cut after the abbreviation).
_CONTINUATION_RE = re.compile(r"^(?:[\"“”'’]?[a-z0-9]|[)\]}>,;:])")


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
    return list(_sentence_spans(paragraph))


# Chinese and Japanese end sentences with full-width marks and no space after them, which Punkt
# never splits at: a sentence ends after the mark and any closing quotes or brackets after it...
_CJK_END_RE = re.compile("[\u3002\uff0e\uff61\uff01\uff1f]+"                       # 。．｡！？
                         "[\u300d\u300f\u201d\u2019\uff09\u3009\u300b\u3011\u3015\"']*")  # 」』”’）〉》】〕
# ...unless a quotative particle goes on ("「遺憾だ。」と述べた": the quote is part of the sentence)
_QUOTATIVE = ("\u3068", "\u3063\u3066")        # と, って


def _sentence_spans(paragraph: str) -> Iterator[tuple[int, int]]:
    """Punkt's sentences (glued where it broke wrongly, cut where an abbreviation ends a sentence),
    cut after full-width sentence ends."""
    spans = (cut for start, end in _glued_spans(paragraph)
             for cut in _abbreviation_end_cuts(paragraph, start, end))
    if not _CJK_END_RE.search(paragraph):
        yield from spans
        return
    for start, end in spans:
        yield from _cjk_spans(paragraph, start, end)


# An abbreviation's period can also end the sentence. Punkt without a trained model never decides
# so, and the glue after initials would undo it for "U.S." anyway; so, after the glue, a listed or
# dotted abbreviation ("Jr.", "U.S.", "a.m.") ends its sentence before a capitalised word that
# starts sentences (resources/wordlists/sentence_starters.txt: "The", "He", "It"; not "President",
# "Mayor", "Day"). After a clock time ("5 p.m.") news writes only time words in capitals (a weekday,
# a month, a time zone, "Moscow time", "EST"), so another capitalised word, a name or an acronym
# too, starts a new sentence ("It ended at 5 p.m. NASA then said..."); unless all the clause has said
# so far (since the sentence began, or since its last comma, colon, dash or bracket) is a time
# phrase ("At 5 p.m. NASA said...", "On Monday at 5 p.m. Smith left", "..., and at 5 p.m. NASA
# said"): then that word is the subject the phrase leads to. A bare time opens nothing ("Doors
# open: 6 p.m. Tickets cost...").
_ABBREVIATION_BEFORE_CAPITAL_RE = re.compile(
    r"(?<![\w.])(\w+(?:\.\w+)*)\.\s+(?=[\"“‘]?([A-Z][A-Za-z]*)\b(.?))")
_DOTTED_RE = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")          # "U.S", "D.C", "F"
_CLOCK_RE = re.compile(r"\d*[ap]\.m", re.I)                  # "p.m", "5p.m"
# an abbreviation that a name follows even after a sentence starter ("Smith v. The State")
_NO_SENTENCE_END = frozenset({"v", "vs"})
_TIME_WORDS_RE = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|"
    r"Fri|Sat|Sun|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Eastern|Central|Mountain|Pacific|"
    r"Atlantic|Alaska|Hawaii|Greenwich|Universal|Coordinated|Standard|Daylight|Summer|Local|"
    r"Christmas|Easter|Thanksgiving|Halloween|New\s+Year)\b"
    # a place's time or a named day: "Moscow time", "Hong Kong time", "Memorial Day", "Christmas Eve"
    r"|(?:[A-Z][\w'’-]*\s+){1,2}(?:[Tt]ime|Day|Eve)\b")
# time zones written as acronyms ("5 p.m. EST", "1700 GMT", "9 a.m. ET", "PKT", "IRST"): a
# standard or daylight time ("EST", "EDT", "IRST", "AEDT") or one of the common others. Not any
# capitals ending in T: "AT&T", "MIT" and "ACT" after a clock time start a sentence
_TIME_ZONE_RE = re.compile(r"(?:[A-Z]{1,3}[SD]T|UTC|GMT|CET|EET|WET|MSK|PKT|HKT|SGT|ICT|PHT|WIB|WITA|WIT|"
                           r"EAT|WAT|CAT|ET|CT|MT|PT|Z)\b")
# what an opening time phrase is made of: "At", "Shortly after", "On Monday at", "Early that day by"
_TIME_PHRASE_WORDS = frozenset("""
    at by until till around about after before since from on in shortly just soon approximately
    roughly nearly almost some then and but or to between the early late later earlier that this
    same day morning afternoon evening night yesterday today tonight local time o'clock noon
    midnight last next sharp of as precisely exactly
    """.split()) | dates.CALENDAR_WORDS
# a time phrase may open a clause after these too: "HOUSTON (AP) — At 5 p.m. NASA said", "The
# launch slipped, and at 5 p.m. NASA said"
_CLAUSE_MARKS = (",", ";", ":", "\u2014", "\u2013", "(", ")")
_PHRASE_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _abbreviation_end_cuts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """text[start:end] cut after each abbreviation that ends a sentence (see above)."""
    for m in _ABBREVIATION_BEFORE_CAPITAL_RE.finditer(text, start, end):
        abbreviation, word, after = m.groups()
        if _CLOCK_RE.fullmatch(abbreviation):
            ends = _clock_time_ends_sentence(text, start, m)
        elif _DOTTED_RE.fullmatch(abbreviation) or abbreviation.lower() in word_list("abbreviations.txt"):
            # a whole word: "In-N-Out", "A. J. Smith" and "A&E" start no sentence; "IT" is no "it"
            ends = (word.lower() in word_list("sentence_starters.txt") and after not in ".&-"
                    and (len(word) == 1 or word[1:].islower())
                    and abbreviation.lower() not in _NO_SENTENCE_END)
        else:
            ends = False
        if ends:
            yield start, m.end(1) + 1
            start = m.end()
    yield start, end


def _clock_time_ends_sentence(text: str, start: int, m: re.Match) -> bool:
    """Whether "p.m." (or "a.m.") ends its sentence before the capitalised word m looks at (see
    the rule above _ABBREVIATION_BEFORE_CAPITAL_RE)."""
    word_at = m.start(2)
    if _TIME_WORDS_RE.match(text, word_at) or _TIME_ZONE_RE.match(text, word_at):
        return False
    clause = max(start, *(text.rfind(mark, start, m.start(1)) + 1 for mark in _CLAUSE_MARKS))
    opening = _PHRASE_WORD_RE.findall(text, clause, m.start(1))
    return not opening or not all(w.lower() in _TIME_PHRASE_WORDS for w in opening)


def _cjk_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """text[start:end] cut after each full-width sentence end that more text follows."""
    for m in _CJK_END_RE.finditer(text, start, end):
        rest = m.end()
        while rest < end and text[rest].isspace():
            rest += 1
        if rest >= end or text.startswith(_QUOTATIVE, rest):
            continue
        yield start, m.end()
        start = rest
    yield start, end


def _glued_spans(paragraph: str) -> Iterator[tuple[int, int]]:
    """Punkt's sentences, glued back where it broke after an initial, before lower case, or
    between a quotation and who said it."""
    pending = None
    for start, end in _punkt_spans(paragraph):
        # look at the end of the sentence so far only: a run of merges stays linear
        tail = max(pending[0], pending[1] - 20) if pending else 0
        if pending and (_BAD_BREAK_RE.search(paragraph, tail, pending[1])
                        or _CONTINUATION_RE.match(paragraph[start:end])
                        or (_QUOTE_END_RE.search(paragraph, tail, pending[1])
                            and _attribution_only(paragraph[start:end]))):
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
            yield from _acronym_cuts(paragraph, start + s, start + e)
        start = end


# Punkt looks words up in the abbreviation list in lower case, so a time zone in capitals reads as
# the listed abbreviation ("at 5 p.m. EST." as "est.", estimated) and the sentence runs on. A word
# written in capitals is an acronym (EST, SAT, AL), not the abbreviation: it ends the sentence when
# a capitalised word follows; capitals or a bracket after it ("SEN. JOHN SMITH", "CALIF. (AP)") do not.
_ACRONYM_END_RE = re.compile(r"\b([A-Z]{2,})\.\s+(?=[\"“‘]?[A-Z][a-z])")


def _acronym_cuts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """text[start:end] cut after each listed abbreviation written as an acronym at a sentence end."""
    for m in _ACRONYM_END_RE.finditer(text, start, end):
        if m.group(1).lower() in word_list("abbreviations.txt"):  # cached
            yield start, m.end(1) + 1
            start = m.end()
    yield start, end


def _piece_end(text: str, start: int) -> int:
    """Where the piece from start ends: the whole rest if short, else after the space that
    follows the last sentence end (or after the last full-width sentence end; else after the
    last space) before the piece limit."""
    limit = start + _PUNKT_PIECE
    if limit >= len(text):
        return len(text)
    window = text[start:limit]
    cut = max(max(window.rfind(". "), window.rfind("? "), window.rfind("! ")) + 2,
              max(window.rfind(mark) for mark in "\u3002\uff01\uff1f") + 1)
    if cut <= 1:
        cut = window.rfind(" ") + 1
    return start + cut if cut > 0 else limit


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
