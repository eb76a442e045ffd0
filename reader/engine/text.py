"""Word-level helpers shared by the stages: the word pattern, folding, name keys, stems, stopwords."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import islice
from typing import Iterable, Optional

from reader.engine.nltk_parts import PorterStemmer

from reader.paths import word_list

# A word: letters/digits, joined by inner hyphens or apostrophes ("Amir-Abdollahian", "Pakistan's",
# "900-kilometer-long", "1,200", "3.5").
WORD_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:[-][\d]+)?", re.UNICODE)

QUOTE_CHARS = "\"“”„«»‘’‚‹›'"

_stemmer = PorterStemmer()


@lru_cache(maxsize=131072)
def fold(s: str) -> str:
    """Case-, accent- and apostrophe-insensitive form: 'Amīr’s' -> "amir's"."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("’", "'").replace("‘", "'").casefold()


@lru_cache(maxsize=131072)
def name_key(s: str) -> str:
    """Key under which spelling variants of a name collide: 'Amir-Abdollahian' == 'Amirabdollahian'."""
    s = fold(s)
    s = re.sub(r"'s\b", "", s)
    return re.sub(r"[\W_]+", "", s)      # letters of any script survive; only marks go


# Each word's stem and concepts, worked out once per process (a dict rather than an lru_cache,
# so another process can hand over what it worked out: words_known, learn_words)
_STEMS: dict[str, str] = {}
_CONCEPTS: dict[str, tuple[str, ...]] = {}
_KNOWN_WORDS = 262144           # past this many words, they are forgotten and worked out again


def stem(word: str) -> str:
    found = _STEMS.get(word)
    if found is None:
        if len(_STEMS) >= _KNOWN_WORDS:
            _STEMS.clear()
        w = fold(word)
        if w.endswith("'s"):
            w = w[:-2]
        found = _STEMS[word] = _stemmer.stem(w)
    return found


def title_case(text: str) -> bool:
    """Whether most longer words of text are capitalised (a headline), so that a capital there
    marks no name."""
    longer = [w for w in WORD_RE.findall(text) if len(w) > 3 and w.isalpha()]
    return len(longer) >= 2 and sum(w[0].isupper() for w in longer) >= 0.7 * len(longer)


def stopwords() -> frozenset[str]:
    return word_list("stopwords.txt")


@lru_cache(maxsize=1)
def _equivalents() -> dict[str, str]:
    """stem -> stem of its class head (resources/wordlists/equivalents.txt)."""
    out = {}
    for line in word_list("equivalents.txt"):
        words = line.split()
        for w in words:
            out[stem(w)] = stem(words[0])
    return out


def content_concepts(text: str) -> list[str]:
    """Content stems with interchangeable news words merged ("withdraw"/"recall") and places
    read through ("Iranian" -> iran; "Tehran" also counts as iran)."""
    out: list[str] = []
    for w in WORD_RE.findall(text):
        out.extend(_word_concepts(w))
    return out


def _word_concepts(w: str) -> tuple[str, ...]:
    """The concepts of one word (none for a stopword): words recur, so each is worked out once."""
    found = _CONCEPTS.get(w)
    if found is None:
        if len(_CONCEPTS) >= _KNOWN_WORDS:
            _CONCEPTS.clear()
        found = _CONCEPTS[w] = _concepts_of_word(w)
    return found


def words_known(texts: Iterable[str]) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """The stems and concepts of every word of texts (and of what working them out stemmed),
    worked out here: for learn_words in another process that will read the same texts (only
    what this process did not know already: the other knows that too)."""
    had = len(_STEMS), len(_CONCEPTS)
    for text in texts:
        for w in WORD_RE.findall(text):
            _word_concepts(w)
    return tuple(dict(islice(found.items(), n if n <= len(found) else 0, None))
                 for found, n in zip((_STEMS, _CONCEPTS), had))


def learn_words(known: Optional[tuple[dict[str, str], dict[str, tuple[str, ...]]]]) -> None:
    """Take the stems and concepts words_known worked out in another process (None: nothing)."""
    if known is not None:
        stems, concepts = known
        _STEMS.update(stems)
        _CONCEPTS.update(concepts)


def _concepts_of_word(w: str) -> tuple[str, ...]:
    from reader.engine import gazetteer

    f = fold(w)
    if f in stopwords() or (len(f) < 2 and not f.isdigit()):
        return ()
    country = gazetteer.country_of_demonym(w) if w[0].isupper() else None
    if country:
        return (stem(country),)
    s = stem(w)
    concept = _equivalents().get(s, s)
    if w[0].isupper():
        country = gazetteer.country_of_city(w)
        if country:
            return concept, stem(country)
    return (concept,)


@lru_cache(maxsize=2)
def opposites(with_stopwords: bool = True) -> dict[str, frozenset]:
    """word -> the words that state its opposite ("rose" -> "fell"), from
    resources/wordlists/opposites.txt; without pairs holding a stopword ("up", "more") when
    with_stopwords is False (alignment: such words say too little to set two sentences apart)."""
    out: dict[str, set] = {}
    stop = frozenset() if with_stopwords else stopwords()
    for line in word_list("opposites.txt"):
        pair = line.split()
        if len(pair) == 2 and not stop.intersection(pair):
            out.setdefault(pair[0], set()).add(pair[1])
            out.setdefault(pair[1], set()).add(pair[0])
    return {w: frozenset(o) for w, o in out.items()}
