"""Derive resources/wordlists/claim_antonyms.txt, words that state opposite things, from WordNet 3.0.

A development tool: WordNet is installed on the development machine only (Debian's wordnet-base,
/usr/share/wordnet, opened by dev/wordnet.py); the app reads the small table this writes, never WordNet.

    .venv/bin/python dev/make_claim_antonyms.py [--wordnet /usr/share/wordnet]

What counts as opposite (one "a b" pair a line, single lower-case words): adjectives WordNet
lists as DIRECT antonyms ("domestic" / "foreign", "guilty" / "innocent"), both read as adjectives
more often than otherwise and no inflected verb or noun. The satellites of each side (Gross &
Miller's indirect antonyms) were tried and left out: matched in news they paired words of other
senses far more often than contradictions ("late" / "young", "senior" / "first", "hot" / "legal").
Words in DROP are left out too: reviewed by hand, they are common news words whose opposition
in WordNet is of one sense among many, or that place, order or classify what they stand beside
rather than claim something of it ("the first talks" / "the second", "local" / "national police",
"Black voters" / "White voters", "the late singer" / "the early years"), so two sources using
them mostly speak of two things. Verbs and nouns were tried and left out: their antonyms and
troponyms, matched in news text, paired words about different things far more often than
contradictions (dev and seeds, engine links).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dev.wordnet import WORDNET, open_wordnet  # noqa: E402

OUT = ROOT / "resources" / "wordlists" / "claim_antonyms.txt"
MIN_COUNT = 1             # SemCor tags a word must have as an adjective
# reviewed by hand (see above): polysemous in news, or placing / ordering / classifying words
DROP = frozenset("""
first second last new old young big little large small black white international national local
general specific early late long short high low tall functional organic actual potential absolute
relative figurative literal mental physical anti pro cold hot cool warm alternate opposite major
minor complex simple multiple single collective distributive fast slow northern southern eastern
western flat natural nominal real empty full active quiet passive extensive intensive hard soft
loud conventional nuclear formal informal former latter bound free liquid solid gaseous thick thin
fat sharp narrow wide loose tight compact primary secondary external internal gross net
instrumental vocal neutral rough smooth inner outer geographic magnetic whole fractional greater
lesser proximate ultimate numerical verbal analytic synthetic tender tough fair foul dull bright
lively delicate rugged horizontal vertical maximal minimal maximum minimum good bad better worse
best worst rich poor defensive offensive rural urban civilian military exclusive inclusive
artificial humble proud indoor outdoor empirical theoretical acute chronic credible incredible
deep shallow feminine masculine capitalistic socialistic smart stupid glad sad native basic
incidental central peripheral cerebral emotional annual perennial curly straight concave convex
fine coarse green ripe clear fresh salty critical wild tame
""".split())
HEADER = """# Adjectives of opposite meaning, derived from WordNet 3.0 by dev/make_claim_antonyms.py
# (do not edit by hand). WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Its licence and disclaimer: resources/licenses/WordNet-3.0.txt. One pair a line; read by
# reader/engine/claims.py only (matched as written), never by the linker.
"""


def _plain(name: str) -> bool:
    return name.isalpha() and name.islower() and len(name) > 2


def _mostly_adjective(wn, word: str) -> bool:
    """Whether word is read as an adjective more often than otherwise (SemCor counts), and is
    no inflected form of a verb or noun ("said", "used"): the table is matched by the word as
    written, so a word that is mostly something else would oppose the wrong sense."""
    adjective = other = 0
    for lm in wn.lemmas(word):
        if lm.synset().pos() in "as":
            adjective += lm.count()
        else:
            other += lm.count()
    if adjective < max(MIN_COUNT, other):
        return False
    return all(wn.morphy(word, pos) in (None, word) for pos in ("v", "n"))


def _stopwords() -> frozenset[str]:
    lines = (ROOT / "resources" / "wordlists" / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("#", 1)[0].strip() for line in lines) - {""}


def pairs(wn) -> set[tuple[str, str]]:
    """Direct antonyms among adjectives (both read mostly as adjectives; no stopword: "same",
    "other" say too little of what they stand beside, as for the linker's opposites; none of DROP)."""
    stop = _stopwords() | DROP
    out = set()
    for s in wn.all_synsets("a"):
        for lm in s.lemmas():
            if not _plain(lm.name()):
                continue
            for ant in lm.antonyms():
                if not _plain(ant.name()):
                    continue
                a, b = lm.name(), ant.name()
                if a not in stop and b not in stop and _mostly_adjective(wn, a) and _mostly_adjective(wn, b):
                    out.add(tuple(sorted((a, b))))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wordnet", type=Path, default=WORDNET)
    args = ap.parse_args()
    wn = open_wordnet(args.wordnet)
    found = sorted(pairs(wn))
    OUT.write_text(HEADER + "".join(f"{a} {b}\n" for a, b in found), encoding="utf-8")
    print(f"{len(found)} pairs -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
