"""Cutting a sentence into name pieces: tokens, capitalised runs, and the cuts inside runs.

A run is a stretch of capitalised words separated by single spaces; lower-case function words
("of", "and", "for", "the"), name particles ("al-", "van") and "&" may sit inside it. The run is
then cut: at possessives ("Pakistan's Foreign Ministry"), at case names ("Roe v. Wade"), and at
function words unless they belong to an institution's name ("Food and Drug Administration" stays
whole, "Booker and Bass" does not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.engine import gazetteer
from reader.engine.actors import kinds, lexicon
from reader.engine.actors.lexicon import CONNECTORS, PARTICLES
from reader.engine.text import WORD_RE, fold, name_key
from reader.paths import word_list

_TOKEN_RE = re.compile(r"((?:[A-Z]\.){2,}|[A-Z]\.[A-Z][a-z]\.)|(&)|" + WORD_RE.pattern, re.UNICODE)
_CONTRACTION_RE = re.compile(r"n['’]t$|['’](?:ll|re|ve|d|m)$", re.IGNORECASE)
POSSESSIVE_RE = re.compile(r"['’]s?$")
_OPENING = "\"“‘'«(:—–"
_SPACE = (" ", "\u00a0")
_CASE_MARKERS = frozenset({"v", "vs", "v.", "vs."})
_RUN_WORDS = CONNECTORS | PARTICLES | _CASE_MARKERS  # lower-case words a run may hold
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
_PLURAL_POSSESSIVE_RE = re.compile(r"['’][ \u00a0][A-Z]")  # "Workers' Party"
# The tokens above, but a word is only matched where it begins (after no letter or digit) and
# when it does not begin with a lower-case Latin letter, unless it is hyphenated ("al-Adl",
# "anti-Iran"): the many lower-case words are skipped in C. The lower-case words a name may hold
# ("of", "van") are read from the gaps between capitalised words (runs()).
_SCAN_RE = re.compile(
    r"((?:[A-Z]\.){2,}|[A-Z]\.[A-Z][a-z]\.)|(&)|(?<![^\W_])(?:(?![a-zß-öø-ÿ])|(?=[\w'’]*-))(?:"
    + WORD_RE.pattern
    + ")",
    re.UNICODE,
)
_GAP_WORDS_RE = re.compile(r"[ \u00a0]((?:[a-z]+\.?[ \u00a0])+)")


@dataclass
class Tok:
    start: int
    end: int
    text: str  # as written, with a possessive or an abbreviation's period
    bare: str  # without them
    possessive: bool = False
    initial: bool = False  # first word of the sentence or of a quotation
    cap: bool = field(init=False)  # capitalised, or a particle joined to a capitalised name ("al-Adl")
    folded: str = field(init=False)

    def __post_init__(self) -> None:
        head, _, rest = self.bare.partition("-")
        self.cap = self.bare[:1].isupper() or (head in PARTICLES and rest[:1].isupper())
        self.folded = fold(self.bare)


# --- tokens and runs ----------------------------------------------------------------------------


def _abbreviations() -> frozenset[str]:
    return word_list("abbreviations.txt")


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """Word tokens of text[start:end] that may stand in a name, with absolute offsets:
    capitalised words, hyphenated words cut into name parts ("anti-Iran" gives "Iran"),
    abbreviations with their period ("Sen.", "D."), "&". Lower-case words are skipped by the
    regular expression, so a sentence costs little more than its capitalised words."""
    out: list[Tok] = []
    body = text[start:end]
    first = _TOKEN_RE.search(body)
    first_start = start + first.start() if first else -1
    last_end = start  # end of the last token kept
    for m in _SCAN_RE.finditer(body):
        w = m.group()
        if not w[0].isupper() and "-" not in w and w != "&":
            continue  # a lower-case word the expression let through (a number, another script)
        s, e = start + m.start(), start + m.end()
        if m.group(1) or m.group(2):
            toks = [Tok(s, e, w, w.rstrip(".") if m.group(1) is None else w)]
        elif _CONTRACTION_RE.search(w):
            continue  # "Don't", "We'll": no names
        elif (
            text[e : e + 1] == "."
            and (
                fold(w) in _abbreviations()
                or (len(w) == 1 and w.isupper())
                or w in ("v", "vs")
                or gazetteer.state_of_abbreviation(w + ".")
            )
            and (e + 1 >= end or text[e + 1 : e + 2] in " ,)\u00a0;:")
        ):
            toks = [Tok(s, e + 1, w + ".", w)]
        else:
            toks = []
            for ps, pe, part in _name_parts(w, s):
                bare = POSSESSIVE_RE.sub("", part) if part.endswith(_POSSESSIVE_ENDS) else part
                if pe == e and part.endswith("s") and _PLURAL_POSSESSIVE_RE.match(text, pe):
                    pe, part = pe + 1, part + text[pe]  # "Supporters' Trust": the mark is the word's
                toks.append(Tok(ps, pe, part, bare, possessive=bare != part))
        for t in toks:  # initial: it opens the sentence or follows an opening mark ('"Biden')
            gap = text[last_end : t.start].rstrip()
            t.initial = t.start == first_start or _opens(gap)
            out.append(t)
            last_end = t.end
    return out


def _opens(gap: str) -> bool:
    """Whether the text before a word ends in an opening mark: '"Biden' opens a quotation,
    'twice," Park' closes one (a straight mark after a comma or a word closes)."""
    if not gap or gap[-1] not in _OPENING:
        return False
    return gap[-1] not in "\"'" or len(gap) == 1 or gap[-2].isspace() or gap[-2] in "([{—–:"


def _name_parts(word: str, start: int) -> list[tuple[int, int, str]]:
    """A hyphenated word as name parts: "Amir-Abdollahian" stays whole, "ISIS-linked" gives
    "ISIS", "anti-Iran" gives "Iran", "US-UK-Australia" gives three countries."""
    parts = word.split("-")
    whole = (
        len(parts) == 1
        or (
            parts[0][:1].isupper()
            and parts[-1][:1].isupper()
            and not all(p[:1].isupper() and (gazetteer.is_place(p) or lexicon.known_actor(p)) for p in parts)
        )
        or (parts[0] in PARTICLES and parts[-1][:1].isupper())
    )
    if whole:
        return [(start, start + len(word), word)]
    out, pos = [], start
    for p in parts:
        if p[:1].isupper() and len(p) > 1:
            out.append((pos, pos + len(p), p))
        pos += len(p) + 1
    return out


def runs(text: str, toks: list[Tok]) -> list[list[Tok]]:
    """Maximal runs of capitalised tokens separated by single spaces, with connectors, particles
    and case markers inside (never at either end)."""
    out, cur = [], []
    for t in toks:
        if cur:
            gap = text[cur[-1].end : t.start]
            inside = None if gap in _SPACE or gap == "" else _gap_words(text, cur[-1].end, t.start)
            joined = gap in _SPACE or (gap == "" and "&" in (t.text, cur[-1].text)) or bool(inside)
        if t.cap:
            if cur and not joined:
                out.append(cur)
                cur = []
            cur.extend(inside or ()) if cur else None
            cur.append(t)
        elif cur and joined and t.text == "&":
            cur.extend(inside or ())
            cur.append(t)
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    trimmed = []
    for r in out:
        while r and not r[-1].cap:
            r = r[:-1]
        while r and not r[0].cap:
            r = r[1:]
        if r:
            trimmed.append(r)
    return trimmed


def _gap_words(text: str, start: int, end: int) -> list[Tok]:
    """The connectors, particles and case markers between two tokens ("of the" in "Bank of the
    West"), as tokens; [] when the gap holds anything else."""
    m = _GAP_WORDS_RE.fullmatch(text, start, end)
    if not m:
        return []
    out, pos = [], m.start(1)
    for w in m.group(1).split():
        if fold(w) not in _RUN_WORDS and w not in _CASE_MARKERS:
            return []
        s = text.index(w, pos)
        out.append(Tok(s, s + len(w), w, w.rstrip(".") if w in _CASE_MARKERS else w))
        pos = s + len(w)
    return out


# --- cutting runs into names ---------------------------------------------------------------------


def _is_connector(t: Tok) -> bool:
    return not t.cap


def _segments(run: list[Tok]) -> list[tuple[list[Tok], list[Tok]]]:
    """(connector tokens before, capitalised segment) pairs; the first has no connectors."""
    out, conn, seg = [], [], []
    for t in run:
        if _is_connector(t):
            if seg:
                out.append((conn, seg))
                conn, seg = [], []
            conn.append(t)
        else:
            seg.append(t)
    if seg:
        out.append((conn, seg))
    return out


def _joins(left: list[Tok], conn: list[Tok], right: list[Tok], ampersand: frozenset = frozenset()) -> bool:
    """Whether "left conn right" is one name ("Food and Drug Administration", "Strait of Hormuz",
    "Ministry of State Security") rather than two ("Pakistan and Iran"). ampersand: name keys
    of the names the set writes with "&", spelt with "and" (context.ampersand_names)."""
    words = [c.folded for c in conn]
    if words[0] in PARTICLES:
        return True
    if words[0] == "&":
        return True
    if words == ["and"] and ampersand and any(
        name_key(" ".join(t.bare for t in left[k:]) + " and " + " ".join(t.bare for t in right)) in ampersand
        for k in range(len(left))
    ):
        return True  # "Brackley and Stone" where the set also writes "Brackley & Stone"
    if words[0] == "and" and len(right) == 1 and right[0].folded in lexicon.not_actor_heads():
        return False
    joined = (
        " ".join(t.bare for t in left)
        + " "
        + " ".join(c.text for c in conn)
        + " "
        + " ".join(t.bare for t in right)
    )
    if lexicon.known_actor(joined) or gazetteer.is_place(joined):
        return True
    head_left, head_right = left[-1], right[-1]
    if head_right.folded in lexicon.not_actor_heads():
        return True  # "George Floyd Justice in Policing Act": one law, dropped whole
    if words[:2] == ["and", "the"] and lexicon.is_org_word(head_left.bare):
        return False  # "the Attorney General's Office and the Fraud Bureau": two bodies
    if words[0] == "and":
        if kinds.standalone(left) or kinds.standalone(right):
            return False
        return lexicon.is_org_word(head_right.bare) or any(lexicon.is_org_word(t.bare) for t in left[:1])
    if words[0] in ("in", "of") and _unknown_full_name(left):
        return False  # "Zindra Quillon of the Ferris Foods board": a person, then her body
    if words[0] == "in":
        return False
    if head_left.folded in lexicon.not_alone():
        return False  # "the top Democrat on the Senate panel": a member, then the body
    # of / for / on (+ the)
    if lexicon.is_org_word(head_left.bare) or head_left.folded in lexicon.place_words():
        return True
    if head_left.folded.rstrip(".") in lexicon.titles():
        return words[0] == "of"  # "Secretary of State Antony Blinken": one title
    return lexicon.is_org_word(head_right.bare) and not kinds.standalone(left)


def _unknown_full_name(toks: list[Tok]) -> bool:
    """Two or three capitalised words that no list knows, none a common word, a body's word, a
    title or a place ("Zindra Quillon"): a person's name whose given name is not listed, not the
    first words of a body's name ("Bank of the West", "Friends of the Earth")."""
    return 2 <= len(toks) <= 3 and all(
        t.cap
        and not t.possessive
        and not lexicon.is_common_word(t.bare)
        and not lexicon.is_org_word(t.bare)
        and t.folded.rstrip(".") not in lexicon.titles()
        and t.folded not in lexicon.place_words()
        and not lexicon.known_actor(t.bare)
        and not gazetteer.is_place(t.bare)
        and not gazetteer.country_of_demonym(t.bare)
        for t in toks
    )


def pieces(run: list[Tok], ampersand: frozenset = frozenset()) -> list[tuple[list[Tok], str]]:
    """Cut a run into name pieces, each with a note: "" or "case" (a party of a case name).
    ampersand: see _joins."""
    out: list[tuple[list[Tok], str]] = []
    # case names: "Roe v. Wade", "Mahanoy Area School District v. B.L."
    parts, cur = [], []
    for t in run:
        if t.folded in _CASE_MARKERS or t.text in _CASE_MARKERS:
            parts.append(cur)
            cur = []
        else:
            cur.append(t)
    parts.append(cur)
    note = "case" if len(parts) > 1 else ""
    for part in parts:
        for p in _cut_possessives(part):
            for q in _cut_connectors(p, ampersand):
                out.extend((r, note) for r in _cut_party(q))
    return [(p, n) for p, n in out if p]


def _cut_party(piece: list[Tok]) -> list[list[Tok]]:
    """ "Senate Judiciary Committee Democrats": the committee, and the party's members in it."""
    last = lexicon.known_actor(piece[-1].bare) if len(piece) > 2 else None
    if (
        last
        and last.kind == "organization"
        and lexicon.is_org_word(piece[-2].bare)
        and not lexicon.known_actor(" ".join(t.bare for t in piece))
    ):
        return [piece[:-1], piece[-1:]]
    return [piece]


def _cut_possessives(run: list[Tok]) -> list[list[Tok]]:
    out, cur = [], []
    for i, t in enumerate(run):
        cur.append(t)
        if t.possessive and i + 1 < len(run):
            rest = [x for x in run[i + 1 :] if x.cap]
            group = t.folded in lexicon.GROUP_POSSESSORS or (  # "Supporters' Trust", "Workers' Party"
                t.text[-1:] in "'’" and lexicon.is_common_word(t.bare) and not kinds.standalone([t])
            )
            keep = group and rest and lexicon.is_org_word(rest[-1].bare)
            nxt = run[i + 1]
            office = (  # "the Information Commissioner's Office", "the Mayor's Office": the office's body
                t.folded in lexicon.titles()
                and nxt.cap
                and lexicon.is_org_word(nxt.bare)
                and (i + 2 == len(run) or not run[i + 2].cap)
            )
            keep = keep or office
            if not keep:
                out.append(cur)
                cur = []
    if cur:
        out.append(cur)
    return out


def _cut_connectors(run: list[Tok], ampersand: frozenset = frozenset()) -> list[list[Tok]]:
    segs = _segments(run)
    if not segs:
        return []
    out = [list(segs[0][1])]
    for conn, seg in segs[1:]:
        if _joins(out[-1], conn, seg, ampersand):
            out[-1].extend(conn + seg)
        else:
            out.append(list(seg))
    return out
