"""Names written differently in two linked sentences: the spelling or the form of one name.

Works on the sentences' own capitalised words, so it does not depend on how actors were merged:
two stretches of names are taken to name one thing, written differently, when

* their letters agree once hyphens, spaces, dots of a long acronym and vowels are set aside
  ("Amir-Abdollahian" / "Amirabdollahian", "Hussein" / "Hossein", "Sistan-Balochistan" /
  "Sistan-Baluchestan", "F.D.A." / "FDA");
* they share a surname and one first name shortens the other ("Chris Wray" / "Christopher Wray");
* they are two full forms of one name, one with a middle initial or a suffix ("Samuel Alito" /
  "Samuel A. Alito Jr.");
* the honorific in front of one surname differs ("Mrs Pelosi" / "Ms. Pelosi").

A short form ("Biden" for "Joe Biden"), a title ("President"), a different case or an apostrophe is
not a difference; neither are the dots of a two-letter abbreviation ("U.S." / "US"), a convention
rather than a spelling.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Iterable, Optional

from reader.engine import gazetteer
from reader.engine.text import fold, name_key
from reader.paths import word_list

# A name token: a dotted acronym ("F.D.A."), an initial ("A."), or a word with inner hyphens and
# apostrophes ("Amir-Abdollahian", "O'Brien").
_TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]\.(?=\s)|[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
_PARTICLES = frozenset({"al", "el", "ul", "bin", "ibn", "abu", "de", "van", "von", "der", "da",
                        "di", "du", "la", "le"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx"})
_VOWELS = frozenset("aeiouy")
MAX_TOKENS = 4               # longest stretch of a name compared as one (run-on title case stays linear)
MIN_LETTERS = 5              # shorter names are too easily alike by chance ("Dan" / "Don")
MIN_ACRONYM = 3              # "F.D.A." / "FDA"; two letters ("U.S." / "US") are a convention
MIN_NICKNAME = 3             # "Chris" for "Christopher"; "Al" for "Alan" is too short to tell


@dataclass(frozen=True)
class Token:
    start: int               # offsets into the text given to name_runs
    end: int
    text: str

    @property
    def bare(self) -> str:
        """Without a possessive ending: "Biden's" -> "Biden"."""
        return re.sub(r"['’]s$", "", self.text)


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
        """What another run must share with this one to be compared with it at all."""
        return self.keys | {self.surname}


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
        tok = Token(m.start(), m.end(), m.group())
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


_CALENDAR = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
""".split())


def _is_name_token(tok: Token, folded: str, common: frozenset[str]) -> bool:
    w = tok.text
    if folded in _CALENDAR:
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


def skeleton(key: str) -> str:
    """First letter, then consonants with doubles collapsed: transliterations mostly differ in
    vowels and doubled letters ("Moghaddam" / "Moghadam", "Hussein" / "Hossein")."""
    if not key:
        return ""
    out = [key[0]]
    for ch in key[1:]:
        if ch in _VOWELS or ch == out[-1]:
            continue
        out.append(ch)
    return "".join(out)


def _transliterated(ka: str, kb: str) -> bool:
    """Two spellings of one name: the same consonants in the same order. A name and its
    adjective ("Pakistan" / "Pakistani", "Iran" / "Iranian") are not spellings of each other."""
    if min(len(ka), len(kb)) < MIN_LETTERS or ka[0] != kb[0] or skeleton(ka) != skeleton(kb):
        return False
    if ka.startswith(kb) or kb.startswith(ka):
        return False
    return not (gazetteer.country_of_demonym(ka) or gazetteer.country_of_demonym(kb))


def _only_style(x: str, y: str) -> bool:
    """Same name up to case, apostrophes, a possessive, or a hyphen for a space."""
    fx, fy = (re.sub(r"'s\b", "", fold(v)) for v in (x, y))
    return fx.replace("-", " ") == fy.replace("-", " ")


def _spelled(ra: Run, rb: Run):
    """The longest stretches of the two runs whose letters agree (or agree but for vowels),
    written differently: (tokens of a, tokens of b), or None when there are none."""
    if not ra.keys & rb.keys:
        return None
    best = None
    for i, j, ka, sa in ra.pieces:
        for k, m, kb, sb in rb.pieces:
            if sa != sb or (ka != kb and not _transliterated(ka, kb)):
                continue
            xa, xb = ra.tokens[i:j], rb.tokens[k:m]
            if _only_style(_text(xa), _text(xb)) or not _split_alike(xa, xb):
                continue
            size = (j - i) + (m - k)
            if best is None or size > best[0]:
                best = (size, xa, xb)
    return None if best is None else best[1:]


def _split_alike(xa, xb) -> bool:
    """Two spellings split into words differently only with a hyphen or a particle between
    ("Anwaar-ul-Haq" / "Anwaarul Haq"); "White House" / "Whitehouse" are two names."""
    if len(xa) == len(xb):
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


def variants(runs_a: list[Run], runs_b: list[Run], index_b: Optional[dict] = None) -> list[NameVariant]:
    """Names of one sentence written differently in the other (offsets relative to each
    sentence's text), from their runs (name_runs) and, to save time, run_index(runs_b)."""
    out: list[NameVariant] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    by_key = run_index(runs_b) if index_b is None else index_b
    for ia, ra in enumerate(runs_a):
        near = sorted({ib for key in ra.lookup for ib in by_key.get(key, ())})
        for ib in near:
            rb = runs_b[ib]
            if ia in used_a or ib in used_b:
                continue
            found = _compare(ra, rb)
            if found is not None:
                used_a.add(ia)
                used_b.add(ib)
                out.append(found)
    return out


def _compare(ra: Run, rb: Run) -> Optional[NameVariant]:
    sa, sb = ra.surface, rb.surface
    whole = (ra.start, ra.end), (rb.start, rb.end)
    if ra.parts == rb.parts:
        if ra.honorific and rb.honorific and ra.honorific != rb.honorific:
            ha, hb = ra.honorific.capitalize(), rb.honorific.capitalize()
            return NameVariant(*whole, f"“{ha} {sa}” vs “{hb} {sb}”")
        return None
    core_a, core_b = ra.core, rb.core
    if len(core_a) >= 2 and len(core_b) >= 2 and core_a[-1] == core_b[-1]:
        if core_a[0] != core_b[0] and _first_names_agree(core_a[0], core_b[0]):
            return NameVariant(*whole, f"first name: “{sa}” vs “{sb}”")
        if core_a == core_b and len(core_a) == 2:
            return NameVariant(*whole, f"full name: “{sa}” vs “{sb}”")
    spelled = _spelled(ra, rb)
    if spelled is not None:
        xa, xb = spelled
        return NameVariant((xa[0].start, xa[-1].end), (xb[0].start, xb[-1].end),
                           f"spelled “{_text(xa)}” vs “{_text(xb)}”")
    return None


_COMMA_RE = re.compile(r"^\s*,\s*$")
_AND_RE = re.compile(r"^\s*,?\s*(?:and|or|&)\s*$")


def name_lists(text: str, runs: list[Run]) -> list[list[Run]]:
    """Runs of names joined into a list ("the US, Great Britain, and Australia", "Roe and
    Casey"): names joined by commas count only when "and" or "or" joins the last one, so
    "Davos, Switzerland" or "However, Pakistan" is no list."""
    lists, cur, glue = [], [], []
    for run in runs:
        between = text[cur[-1].end:run.start] if cur else ""
        possessive = cur and cur[-1].tokens[-1].bare != cur[-1].tokens[-1].text   # "Pakistan's …"
        if cur and not possessive and (_COMMA_RE.match(between) or _AND_RE.match(between)):
            cur.append(run)
            glue.append(bool(_AND_RE.match(between)))
            continue
        lists.extend(_closed(cur, glue))
        cur, glue = [run], []
    lists.extend(_closed(cur, glue))
    return lists


def _closed(members: list, glue: list[bool]) -> list:
    """The list ending at its "and": members after it ("…, Geo News") are not part of it."""
    if True not in glue:
        return []
    last = max(i for i, g in enumerate(glue) if g)
    return [members[:last + 2]]


def same_name(x: Run, y: Run) -> bool:
    """Whether two runs can name one thing: they share a word (up to spelling), or one is the
    other's acronym ("FDA" / "Food and Drug Administration")."""
    if x.words & y.words or name_key(x.surface) == name_key(y.surface):
        return True                      # "U.K." / "UK" too
    for a, b in ((x, y), (y, x)):
        if len(a.tokens) == 1 and a.tokens[0].text.isupper() and len(b.tokens) > 1:
            if name_key(a.tokens[0].text) == "".join(name_key(t.text)[:1] for t in b.tokens
                                                      if t.text[:1].isupper()):
                return True
    return False


def list_difference(runs_a: list[Run], lists_a: list[list[Run]], runs_b: list[Run],
                    lists_b: list[list[Run]], about=None):
    """A list of names in a (lists_a, from name_lists) that the other sentence gives otherwise:
    (kind, span in a, span in b, note) where kind is "name" when one member is named
    differently in a list of b of the same length ("the US, Great Britain and Australia" /
    "the US, UK and Australia"), and "claim" when b names some members and leaves others out
    ("Roe and Casey" / "Roe v. Wade"). about(span in a, span in b), when given, says whether the
    two stand in the same place of their sentences (their neighbouring words agree)."""
    for members in lists_a:
        matched = [next((r for r in runs_b if same_name(m, r)), None) for m in members]
        missing = [m for m, r in zip(members, matched) if r is None]
        found = [r for r in matched if r is not None]
        if not missing or not found:
            continue
        span_a = (members[0].start, members[-1].end)
        if about is not None and not about(span_a, (found[0].start, found[-1].end)):
            continue                     # the names stand in different places of the two sentences
        twin = next((other for other in lists_b if len(other) == len(members)
                     and any(any(same_name(f, m) for m in other) for f in found)), None)
        if twin is not None and len(missing) == 1:
            extra = [r for r in twin if not any(same_name(r, m) for m in members)]
            if len(extra) == 1:
                x, y = missing[0], extra[0]
                return ("name", (x.start, x.end), (y.start, y.end),
                        f"“{x.surface}” vs “{y.surface}” in a list of names")
        span_b = (min(r.start for r in found), max(r.end for r in found))
        left_out = ", ".join(m.surface for m in missing)
        return "claim", span_a, span_b, f"one source also names {left_out}"
    return None
