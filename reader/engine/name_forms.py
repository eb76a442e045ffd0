"""Names written differently in two linked sentences: the spelling or the form of one name.

Works on the sentences' own capitalised words, so it does not depend on how actors were merged:
two stretches of names are taken to name one thing, written differently, when

* their letters agree once hyphens, spaces, dots of a long acronym and vowels are set aside
  ("Amir-Abdollahian" / "Amirabdollahian", "Hussein" / "Hossein", "Sistan-Balochistan" /
  "Sistan-Baluchestan", "F.D.A." / "FDA");
* they share a surname and one first name shortens the other ("Chris Wray" / "Christopher Wray");
* they are two full forms of one name, one with a middle initial or a suffix ("Samuel Alito" /
  "Samuel A. Alito Jr.");
* the honorific in front of one surname differs ("Mrs Pelosi" / "Ms. Pelosi");
* a person's name has its words in the other order ("Thomas Scott" / "Scott Thomas"), unless
  it is of a tradition that writes the family name first ("Zhang Wei" / "Wei Zhang": house style);
* looser, checked against the articles (NameVariant.loose): another first name for one surname,
  a word one letter apart, or a long surname two letters apart.

A hyphen between two capitalised names for a space is a spelling ("Ortiz-Brandt" / "Ortiz
Brandt"); before a particle or a lower-case syllable it is house style ("al-Assad" / "al Assad").
A short form ("Biden" for "Joe Biden"), a title ("President"), a different case or an apostrophe
is not a difference; neither are the dots of a two-letter abbreviation ("U.S." / "US"), a
convention rather than a spelling.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Iterable, Optional

from reader.engine import gazetteer
from reader.engine.dates import CALENDAR_WORDS
from reader.engine.text import fold, name_key, stem
from reader.paths import word_list

# A name token: a dotted acronym ("F.D.A."), an initial ("A."), or a word with inner hyphens and
# apostrophes ("Amir-Abdollahian", "O'Brien").
_TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]\.(?=\s)|[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
_PARTICLES = frozenset({"al", "el", "ul", "bin", "ibn", "abu", "de", "van", "von", "der", "da",
                        "di", "du", "la", "le"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx"})
_VOWELS = frozenset("aeiouy")
_RUN_WORDS = _PARTICLES | _SUFFIXES | _HONORIFICS     # lower-case words a run may hold or follow
MAX_TOKENS = 4               # longest stretch of a name compared as one (run-on title case stays linear)
MIN_LETTERS = 5              # shorter names are too easily alike by chance ("Dan" / "Don")
MIN_ACRONYM = 3              # "F.D.A." / "FDA"; two letters ("U.S." / "US") are a convention
MIN_NICKNAME = 3             # "Chris" for "Christopher"; "Al" for "Alan" is too short to tell


_POSSESSIVE_RE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class Token:
    start: int               # offsets into the text given to name_runs
    end: int
    text: str
    bare: str                # without a possessive ending: "Biden's" -> "Biden"


def _token(m: re.Match) -> Token:
    text = m.group()
    return Token(m.start(), m.end(), text, _POSSESSIVE_RE.sub("", text) if "s" in text[-1:] else text)


@dataclass(frozen=True)
class Run:
    """A run of name words, with what comparing it needs worked out once."""

    honorific: Optional[str]             # "mrs" of "Mrs Pelosi"
    tokens: tuple[Token, ...]
    surface: str                         # the run as written
    parts: tuple[str, ...]               # its words, folded, without dots or possessives
    pieces: tuple[tuple[int, int, str, str], ...]   # (i, j, letters, skeleton) of tokens[i:j]
    keys: frozenset                      # every piece's letters and skeleton, for quick look-up
    words: frozenset                     # skeletons of its words of three letters or more
    core: tuple[str, ...]                # parts without initials and suffixes ("samuel", "alito")

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def surname(self) -> str:
        return self.core[-1] if self.core else ""

    @cached_property
    def lookup(self) -> frozenset:
        """What another run must share with this one to be compared with it at all: a spelling
        key or the surname (or a word one letter away: near)."""
        return self.keys | {self.surname}

    @cached_property
    def near(self) -> frozenset:
        """near_keys of its words: a run sharing one has a word one letter away."""
        return frozenset(k for t in self.tokens for k in near_keys(name_key(t.bare)))

    @cached_property
    def shape(self) -> tuple:
        """What comparing the run depends on (not where it stands): its honorific and words."""
        return (self.honorific,) + tuple(t.text for t in self.tokens)


def _make_run(honorific: Optional[str], tokens: list[Token], text: str) -> Run:
    pieces = []
    for i in range(len(tokens)):
        for j in range(i + 1, min(len(tokens), i + MAX_TOKENS) + 1):
            key = _letters(tokens[i:j])
            if len(key) >= MIN_ACRONYM:
                pieces.append((i, j, key, skeleton(key)))
    words = {skeleton(name_key(t.bare)) for t in tokens if len(name_key(t.bare)) >= 3}
    parts = tuple(fold(t.bare).rstrip(".") for t in tokens)
    return Run(honorific, tuple(tokens), text[tokens[0].start:tokens[-1].end], parts, tuple(pieces),
               frozenset(k for p in pieces for k in p[2:]), frozenset(words),
               tuple(p for p in parts if p not in _SUFFIXES and len(p) > 1))


@dataclass(frozen=True)
class NameVariant:
    a: tuple[int, int]       # offsets of the name in the first text
    b: tuple[int, int]
    note: str
    # for a variant told only by a near spelling or another first name: the two forms (name
    # keys), each of which the other article must not use itself (else they name two people)
    loose: tuple[str, ...] = ()


def name_runs(text: str, common: frozenset[str]) -> list[Run]:
    """Each run of name words joined by single spaces, with the honorific before it.

    common: folded words that are ordinary words in these articles (seen in lower case), so a
    capitalised "Approves" of a headline is not taken for a name."""
    runs: list[tuple[Optional[str], list[Token]]] = []
    cur: list[Token] = []
    honorific: Optional[str] = None
    pending: Optional[str] = None
    prev_end = -10
    for m in _TOKEN_RE.finditer(text):
        w = m.group()
        if w.islower() and w.isalpha() and w.isascii() and w not in _RUN_WORDS:
            if cur:                                  # an ordinary word ends a run (most words:
                runs.append((honorific, cur))        # no Token is made for them)
            cur, honorific, pending = [], None, None
            prev_end = m.end()
            continue
        tok = _token(m)
        f = fold(tok.bare).rstrip(".")
        joined = text[prev_end:tok.start] == " "
        if f in _HONORIFICS:
            if cur:
                runs.append((honorific, cur))
            cur, honorific, pending = [], None, f
            prev_end = tok.end + (1 if text[tok.end:tok.end + 1] == "." else 0)
            continue
        if _is_title(tok.text) and not tok.text.isupper():   # "Director" ends a run: "FBI Director Wray"
            if cur:
                runs.append((honorific, cur))
            cur, honorific, pending = [], None, None
            prev_end = -10
            continue
        if _is_name_token(tok, f, common) or (cur and joined and f in _PARTICLES) or \
                (cur and joined and f in _SUFFIXES):
            if cur and not joined:
                runs.append((honorific, cur))
                cur, honorific = [], None
            if not cur:
                honorific = pending if joined else None
            cur.append(tok)
        else:
            if cur:
                runs.append((honorific, cur))
            cur, honorific = [], None
        pending = None
        prev_end = tok.end
        if cur and tok.bare != tok.text:            # a possessive ends the name
            runs.append((honorific, cur))
            cur, honorific = [], None
    if cur:
        runs.append((honorific, cur))
    return [_make_run(h, _trim(r), text) for h, r in runs if _trim(r)]


def _is_name_token(tok: Token, folded: str, common: frozenset[str]) -> bool:
    w = tok.text
    if folded in CALENDAR_WORDS:
        return False                                                        # dates.py reads these
    if not w[:1].isupper():
        head, _, rest = w.partition("-")
        return bool(rest) and head in _PARTICLES and rest[:1].isupper()     # "al-Adl"
    if w.isupper() or "." in w:
        return True                                                         # "FDA", "F.D.A.", "A."
    return folded not in common


def _is_title(word: str) -> bool:
    f = fold(word).rstrip(".")
    titles = word_list("titles.txt")
    return f in titles or (f.endswith("s") and f[:-1] in titles)      # "Justices"


def _trim(run: list[Token]) -> list[Token]:
    """A run neither starts nor ends on a particle."""
    while run and fold(run[0].text) in _PARTICLES:
        run = run[1:]
    while run and fold(run[-1].text) in _PARTICLES:
        run = run[:-1]
    return run


def _letters(tokens: Iterable[Token]) -> str:
    return name_key("".join(t.bare for t in tokens))


# letters that write one sound in the transliterations of one name
_SOUNDS = {"ck": "k", "ph": "f", "x": "ks", "c": "k", "q": "k", "w": "v"}
_SOUNDS_RE = re.compile("ck|ph|x|c|q|w")


@lru_cache(maxsize=131072)
def skeleton(key: str) -> str:
    """First letter, then consonants with doubles collapsed: transliterations mostly differ in
    vowels and doubled letters ("Moghaddam" / "Moghadam", "Hussein" / "Hossein"), and after the
    first letter in how they write a sound ("Alexander" / "Aleksandr", "Michael" / "Mikhail",
    "Pawel" / "Pavel")."""
    if not key:
        return ""
    out = [key[0]]
    for ch in _SOUNDS_RE.sub(lambda m: _SOUNDS[m.group()], key[1:]):
        if ch in _VOWELS or ch == out[-1]:
            continue
        out.append(ch)
    return "".join(out)


def _transliterated(ka: str, kb: str) -> bool:
    """Two spellings of one name: the same consonants in the same order. A name and its
    adjective ("Pakistan" / "Pakistani", "Iran" / "Iranian") are not spellings of each other,
    nor are two ordinary words ("Crane" / "Crone")."""
    if min(len(ka), len(kb)) < MIN_LETTERS or ka[0] != kb[0] or skeleton(ka) != skeleton(kb):
        return False
    if ka.startswith(kb) or kb.startswith(ka) or _ordinary_words(ka, kb):
        return False
    return not (gazetteer.country_of_demonym(ka) or gazetteer.country_of_demonym(kb))


def _word_and_name(ka: str, kb: str) -> bool:
    """A word of the language and a name with the same consonants but more than one vowel
    apart ("Market" / "Marquette"): a capitalised word beside a foreign name, not one name spelt
    two ways ("Hussein" / "Hussain" are one letter apart)."""
    from reader.engine.actors import lexicon

    if _one_edit(ka, kb):
        return False
    return any(lexicon.is_common_word(k) and not lexicon.is_given_name(k) for k in (ka, kb))


def _ordinary_words(ka: str, kb: str) -> bool:
    """Both are words of the language (and not both given names: "Jon" / "John" are names)."""
    from reader.engine.actors import lexicon

    return lexicon.is_common_word(ka) and lexicon.is_common_word(kb) and not (
        lexicon.is_given_name(ka) and lexicon.is_given_name(kb))


def _only_style(x: str, y: str) -> bool:
    """Same name up to case, apostrophes or a possessive, or a hyphen for a space that house
    style sets: before a particle or a lower-case syllable ("al-Assad" / "al Assad", "Kim
    Jong-un" / "Kim Jong Un"). A hyphen between two capitalised names for a space is a spelling
    ("Ortiz-Brandt" / "Ortiz Brandt"): a fact-checker copies a name as its bearer writes it."""
    fx, fy = (re.sub(r"'s\b", "", fold(v)) for v in (x, y))
    if fx == fy:
        return True
    if fx.replace("-", " ") != fy.replace("-", " "):
        return False
    return not any(_joins_names(w) for w in (*x.split(), *y.split()) if "-" in w)


def _joins_names(word: str) -> bool:
    """Whether a hyphenated word joins capitalised names ("Ortiz-Brandt"), not a particle or a
    syllable written in lower case ("al-Assad", "Jong-un", "Al-Bashir")."""
    halves = word.split("-")
    return all(h[:1].isupper() and fold(h) not in _PARTICLES for h in halves)


def _spelled(ra: Run, rb: Run):
    """The longest stretches of the two runs whose letters agree (or agree but for vowels),
    written differently: ((i, j), (k, m)) for ra.tokens[i:j] and rb.tokens[k:m], or None."""
    if not ra.keys & rb.keys:
        return None
    best = None
    for i, j, ka, sa in ra.pieces:
        for k, m, kb, sb in rb.pieces:
            if sa != sb or (ka != kb and not _transliterated(ka, kb)):
                continue
            xa, xb = ra.tokens[i:j], rb.tokens[k:m]
            if _only_style(_text(xa), _text(xb)) or not _split_alike(xa, xb) or _word_for_name(xa, xb):
                continue
            size = (j - i) + (m - k)
            if best is None or size > best[0]:
                best = (size, (i, j), (k, m))
    return None if best is None else best[1:]


def _word_for_name(xa, xb) -> bool:
    """Stretches of as many words where one word of the language stands for a name
    (_word_and_name: "Market Square" / "Marquette Square")."""
    return len(xa) == len(xb) and any(_word_and_name(name_key(x.bare), name_key(y.bare))
                                      for x, y in zip(xa, xb) if name_key(x.bare) != name_key(y.bare))


def _accents(t: Token) -> str:
    """A word as spelt, accents kept: "Tomás" and "Tomas" differ, "O’Brien" and "O'Brien" do not."""
    return t.bare.casefold().replace("’", "'").rstrip(".")


def _split_alike(xa, xb) -> bool:
    """Two spellings split into words differently only with a hyphen or a particle between
    ("Anwaar-ul-Haq" / "Anwaarul Haq"), or beside a word both write alike (the same person's
    surname written as one word or two: "Mira Devanathan" / "Mira Deva Nathan"); "White
    House" / "Whitehouse" are two names."""
    if len(xa) == len(xb):
        return True
    if xa[0].text == xb[0].text or xa[-1].text == xb[-1].text:
        return True
    return any("-" in t.text or fold(t.text) in _PARTICLES for t in (*xa, *xb))


def _text(tokens) -> str:
    """The tokens' words joined as written (a run's tokens are one space apart)."""
    return " ".join(t.text for t in tokens)


def _first_names_agree(x: str, y: str) -> bool:
    short, long_ = sorted((x, y), key=len)
    return len(short) >= MIN_NICKNAME and long_.startswith(short)


def run_index(runs: list[Run]) -> dict[str, list[int]]:
    """Which runs hold each spelling key or surname, so variants() only compares runs that
    could name one thing."""
    by_key: dict[str, list[int]] = {}
    for i, run in enumerate(runs):
        for key in run.lookup:
            by_key.setdefault(key, []).append(i)
    return by_key


def shapes(runs: list[Run]) -> tuple:
    """What comparing a sentence's runs depends on (see Run.shape): a key for the caches."""
    return tuple(r.shape for r in runs)


def list_shapes(lists: list[list[Run]]) -> tuple:
    return tuple(shapes(members) for members in lists)


def variants(runs_a: list[Run], runs_b: list[Run], index_b: Optional[dict] = None,
             key: Optional[tuple] = None) -> list[NameVariant]:
    """Names of one sentence written differently in the other (offsets relative to each
    sentence's text), from their runs (name_runs) and, to save time, run_index(runs_b) and
    key, (shapes(runs_a), shapes(runs_b))."""
    key = key or (shapes(runs_a), shapes(runs_b))
    found = _VARIANTS.get(key)
    if found is None:
        if len(_VARIANTS) > _CACHE_MAX:
            _VARIANTS.clear()
        by_key = run_index(runs_b) if index_b is None else index_b
        found = _VARIANTS[key] = _variant_runs(runs_a, runs_b, by_key)
    out = []
    for ia, ib, ((i, j), (k, m), note, loose) in found:
        ra, rb = runs_a[ia], runs_b[ib]
        out.append(NameVariant((ra.tokens[i].start, ra.tokens[j - 1].end),
                               (rb.tokens[k].start, rb.tokens[m - 1].end), note, loose))
    return out


def _variant_runs(runs_a: list[Run], runs_b: list[Run], by_key: dict) -> list[tuple]:
    """(index in runs_a, index in runs_b, _compare_runs' answer) of each pair of runs naming
    one thing differently, each run in one pair at most. Runs are compared when they share a
    look-up key (as by_key, run_index(runs_b), would find) or a near key: tested on each pair
    directly, which on a sentence's few runs costs less than gathering the candidates."""
    out = []
    used_b: set[int] = set()
    for ia, ra in enumerate(runs_a):
        lookup, near = ra.lookup, ra.near
        for ib, rb in enumerate(runs_b):          # in order: the first that names it differently
            if ib in used_b or lookup.isdisjoint(rb.lookup) and (not near or near.isdisjoint(rb.near)):
                continue
            found = compare(ra, rb)
            if found is not None:
                used_b.add(ib)
                out.append((ia, ib, found))
                break
    return out


# Names recur in many sentences of a news cycle: comparisons are kept by what they depend on (the
# runs as written, not where they stand), and the cache is emptied when it grows past this.
_CACHE_MAX = 200_000
_VARIANTS: dict[tuple, list] = {}


_COMPARED: dict[tuple, Optional[tuple]] = {}     # (shape a, shape b) -> _compare_runs(a, b)


def compare(ra: Run, rb: Run) -> Optional[tuple]:
    """((i, j), (k, m), note, loose) when ra.tokens[i:j] and rb.tokens[k:m] name one thing
    differently (see NameVariant), else None; worked out once for each pair of runs as written."""
    key = (ra.shape, rb.shape)
    found = _COMPARED.get(key, _COMPARED)
    if found is _COMPARED:
        if len(_COMPARED) > _CACHE_MAX:
            _COMPARED.clear()
        found = _COMPARED[key] = _compare_runs(ra, rb)
    return found


def _compare_runs(ra: Run, rb: Run) -> Optional[tuple]:
    """((i, j), (k, m), note, loose): the tokens ra.tokens[i:j] and rb.tokens[k:m] name one
    thing differently (see NameVariant for loose), or None."""
    sa, sb = ra.surface, rb.surface
    whole = (0, len(ra.tokens)), (0, len(rb.tokens))
    if ra.parts == rb.parts:
        if ra.honorific and rb.honorific and ra.honorific != rb.honorific:
            ha, hb = ra.honorific.capitalize(), rb.honorific.capitalize()
            return (*whole, f"“{ha} {sa}” vs “{hb} {sb}”", ())
        accented = [i for i, (x, y) in enumerate(zip(ra.tokens, rb.tokens)) if _accents(x) != _accents(y)]
        if accented:                     # "Tomás" / "Tomas": the same letters, other accents
            i, j = accented[0], accented[-1] + 1
            return (i, j), (i, j), f"spelled “{_text(ra.tokens[i:j])}” vs “{_text(rb.tokens[i:j])}”", ()
        return None
    core_a, core_b = ra.core, rb.core
    if len(core_a) >= 2 and len(core_b) >= 2 and core_a[-1] == core_b[-1]:
        if core_a[0] != core_b[0] and _first_names_agree(core_a[0], core_b[0]):
            return (*whole, f"first name: “{sa}” vs “{sb}”", ())
        if core_a == core_b and len(core_a) == 2:
            return (*whole, f"full name: “{sa}” vs “{sb}”", ())
    if 2 <= len(core_a) <= PERSON_WORDS and core_a != core_b and sorted(core_a) == sorted(core_b):
        return (*whole, f"name order: “{sa}” vs “{sb}”", ()) if _order_tells(core_a) else None
    spelled = _spelled(ra, rb)
    if spelled is not None:
        (i, j), (k, m) = spelled
        return (i, j), (k, m), f"spelled “{_text(ra.tokens[i:j])}” vs “{_text(rb.tokens[k:m])}”", ()
    return _loosely(ra, rb)


LOOSE_LETTERS = 5            # names this long one letter apart are one name misspelt ("Collins" / "Collings")


@lru_cache(maxsize=65536)
def near_keys(key: str) -> tuple[str, ...]:
    """Look-up keys two words one edit apart (a letter added, dropped or changed) share: the
    word and the word without each of its letters, marked so they never meet other keys; and,
    for a long word, its length and opening letters (_two_letters_changed)."""
    if len(key) < LOOSE_LETTERS:
        return ()
    # and words two letters apart (_two_letters_changed) share their length and opening
    alike = (f"≈{len(key)}{key[:SAME_START]}",) if len(key) >= TWO_CHANGES_LETTERS else ()
    return ("~" + key,) + tuple("~" + key[:i] + key[i + 1:] for i in range(len(key))) + alike


def _loosely(ra: Run, rb: Run) -> Optional[tuple]:
    """One name told only by looser evidence, which the caller checks against the articles
    (NameVariant.loose): the same surname with another first name ("Mark Davis" / "Mike
    Davis"), or a word spelt one letter apart ("Collins" / "Collings", "Zelensky" /
    "Zelenskyy", "Gaddafi" / "Qaddafi") or with the same consonants ("Kyiv" / "Kiev")."""
    core_a, core_b = ra.core, rb.core
    if _people(core_a, core_b) and core_a[-1] == core_b[-1] and core_a[0] != core_b[0]:
        forms = (name_key(core_a[0] + core_a[-1]), name_key(core_b[0] + core_b[-1]))
        return (0, len(ra.tokens)), (0, len(rb.tokens)), \
            f"first name: “{ra.surface}” vs “{rb.surface}”", forms
    near = []
    beside = not {name_key(t.bare) for t in ra.tokens}.isdisjoint(name_key(t.bare) for t in rb.tokens)
    for i, ta in enumerate(ra.tokens):
        for k, tb in enumerate(rb.tokens):
            ka, kb = name_key(ta.bare), name_key(tb.bare)
            if ka != kb and _near_spelling(ka, kb, ta.text.isupper() or tb.text.isupper(), beside):
                near.append((i, k, ka, kb))
    if not near:
        return None
    i, j = min(n[0] for n in near), max(n[0] for n in near) + 1      # "Olga Petrovic" /
    k, m = min(n[1] for n in near), max(n[1] for n in near) + 1      # "Olha Petrovich": both words
    xa, xb = _text(ra.tokens[i:j]), _text(rb.tokens[k:m])
    return (i, j), (k, m), f"spelled “{xa}” vs “{xb}”", (name_key(xa), name_key(xb))


PERSON_WORDS = 3             # "Samuel Anthony Alito": a longer run names a body, not a person


def _order_tells(words: tuple[str, ...]) -> bool:
    """Whether a person's name written in the other order is worth a fact-checker's look: it
    reads as a person's (a word of it is a given name) and is not of a tradition that writes
    the family name first, which house styles write in either order ("Xi Jinping" / "Jinping
    Xi", "Tanaka Yuki" / "Yuki Tanaka"). Otherwise one order is wrong, or names someone else
    ("Thomas Scott" / "Scott Thomas")."""
    from reader.engine.actors import lexicon

    family_first = word_list("family_name_first.txt")
    return any(lexicon.is_given_name(w) for w in words) and not any(w in family_first for w in words)


def _people(core_a: tuple[str, ...], core_b: tuple[str, ...]) -> bool:
    """Whether two runs read as people's names: two or three words each, first names that are
    given names or at least no ordinary words ("Anna" / "Erik", not "Seven Senate Democrats")."""
    from reader.engine.actors import lexicon

    if not (2 <= len(core_a) <= PERSON_WORDS and 2 <= len(core_b) <= PERSON_WORDS):
        return False
    firsts = (core_a[0], core_b[0])
    if any(lexicon.is_common_word(f) and not lexicon.is_given_name(f) for f in firsts):
        return False
    return any(lexicon.is_given_name(f) for f in firsts)


@lru_cache(maxsize=65536)
def _near_spelling(ka: str, kb: str, acronym: bool, beside_shared: bool = False) -> bool:
    """Two words that can be one name spelt two ways: one letter apart, or the same consonants
    in the same order; not an acronym ("CIA" / "CIO" are two bodies), not one word inflected
    ("Democrat" / "Democrats") or a name and its adjective ("Israel" / "Israeli"), not two
    ordinary words ("House" / "Horse"), nor two places known apart ("Iran" / "Iraq")."""
    if acronym or min(len(ka), len(kb)) < 4:
        return False
    if not (_one_edit(ka, kb) and min(len(ka), len(kb)) >= LOOSE_LETTERS or skeleton(ka) == skeleton(kb)
            or beside_shared and _two_letters_changed(ka, kb)):
        return False
    if stem(ka) == stem(kb) or gazetteer.country_of_demonym(ka) or gazetteer.country_of_demonym(kb):
        return False
    if _ordinary_words(ka, kb) or _word_and_name(ka, kb):
        return False
    where_a, where_b = _country_of_place(ka), _country_of_place(kb)
    return not (where_a and where_b and where_a != where_b)


TWO_CHANGES_LETTERS = 8      # names this long with two letters changed are one name transliterated
SAME_START = 4               # ... when they start alike ("Grigoriev" / "Grigorjew")


def _two_letters_changed(x: str, y: str) -> bool:
    """Two long words of one length, starting alike, two letters apart: one surname written
    in two languages' letters ("Grigoriev" / "Grigorjew"). Only beside a word both runs share
    (a first name: "Sergei Grigoriev" / "Sergei Grigorjew"); alone, such words are as often
    two surnames ("Harrison" / "Harrigan", "Castellano" / "Castellari")."""
    if len(x) != len(y) or len(x) < TWO_CHANGES_LETTERS or x[:SAME_START] != y[:SAME_START]:
        return False
    return sum(a != b for a, b in zip(x, y)) == 2


def _country_of_place(key: str) -> Optional[str]:
    return (gazetteer.country_named(key) or gazetteer.country_of_city(key)
            or gazetteer.country_of_region(key) or None)


def _one_edit(x: str, y: str) -> bool:
    """Whether x becomes y by adding, dropping or changing one letter, or swapping two."""
    if x == y or abs(len(x) - len(y)) > 1:
        return False
    i = 0
    while i < min(len(x), len(y)) and x[i] == y[i]:
        i += 1
    if len(x) == len(y):
        swapped = i + 1 < len(x) and x[i] == y[i + 1] and x[i + 1] == y[i]
        return x[i + 1:] == y[i + 1:] or (swapped and x[i + 2:] == y[i + 2:])
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return short[i:] == long_[i + 1:]


_NAME_AFTER_RE = re.compile(r"[.,]?\s+")
_SAYING_AFTER_RE = re.compile(r"\s+(?:said|says|told|tells)\b")


def titles_a_name(text: str, start: int, end: int, people: Iterable[tuple[int, int]]) -> bool:
    """Whether the role word at text[start:end] is the title of one person named right after it
    ("President Joe Biden", "the director, Marta Olenska,"): that role is the named person's, not
    someone else's left unnamed. people: the spans of the sentence's person mentions (the actor
    stage's), so a capitalised word that names no one ("the ambassador, Pakistani officials
    said, ...") or a person speaking ("the ambassador, Ali Khan said, ...") titles no one. A
    plural ("Sens. Sheldon Whitehouse and Chris Coons") may leave others of that role unnamed."""
    if fold(text[start:end]).endswith("s"):
        return False
    m = _NAME_AFTER_RE.match(text, end)
    if m is None:
        return False
    at = m.end()
    return any(start <= s <= at < e and not _SAYING_AFTER_RE.match(text, e) for s, e in people)
