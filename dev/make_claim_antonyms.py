"""Derive resources/wordlists/claim_antonyms.txt, words that state opposite things, from WordNet 3.0.

A development tool: WordNet is installed on the development machine only (Debian's wordnet-base,
/usr/share/wordnet); the app reads the small table this writes, never WordNet.

    .venv/bin/python dev/make_claim_antonyms.py [--wordnet /usr/share/wordnet]

What counts as opposite (one "a b" pair a line, single lower-case words): adjectives only, each
word of a head synset and its satellites against the opposite head and its satellites (Gross &
Miller's indirect antonyms: "homegrown" is a satellite of "native", the antonym of "foreign").
Satellites are kept only in a sense SemCor saw (MIN_COUNT), and only while a side stays narrow
(MAX_SIDE: a wide cluster's satellites oppose the other side loosely, "aged" / "new"); a word is
kept only if it is read as an adjective more often than otherwise and is no inflected verb or noun.
Verbs and nouns were tried and left out: their antonyms and troponyms, matched in news text, paired
words about different things far more often than contradictions (dev and seeds, engine links).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "wordlists" / "claim_antonyms.txt"
MIN_COUNT = 1
MAX_SIDE = 8              # words of one side of an opposition, beyond which only the head is kept
# the lexicographer files of WordNet 3.0, in their numbered order (Debian's package lacks the
# "lexnames" file nltk's reader needs)
LEXNAMES = """adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute
noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group
noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession
noun.process noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body
verb.change verb.cognition verb.communication verb.competition verb.consumption verb.contact
verb.creation verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative
verb.weather adj.ppl""".split()
HEADER = """# Adjectives of opposite meaning, derived from WordNet 3.0 by dev/make_claim_antonyms.py
# (do not edit by hand). WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Its licence and disclaimer: resources/licenses/WordNet-3.0.txt. One pair a line; read by
# reader/engine/claims.py only (matched as written), never by the linker.
"""


def open_wordnet(source: Path):
    """nltk's WordNet reader over a copy of source with the lexnames file added."""
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    tmp = Path(tempfile.mkdtemp(prefix="wordnet-"))
    for f in source.iterdir():
        if f.is_file():
            shutil.copy(f, tmp / f.name)
    if not (tmp / "lexnames").exists():
        pos = {"adj": 3, "adv": 4, "noun": 1, "verb": 2}
        (tmp / "lexnames").write_text("".join(f"{i:02d}\t{n}\t{pos[n.split('.')[0]]}\n"
                                              for i, n in enumerate(LEXNAMES)))
    nltk.data.path.append(str(tmp))
    WordNetCorpusReader.map_wn = lambda self, version="3.0": None   # no OMW mapping wanted
    warnings.filterwarnings("ignore", category=UserWarning)
    return WordNetCorpusReader(str(tmp), None)


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


def _side(wn, lemma) -> set[str]:
    """The adjective and its satellites seen in SemCor, or the adjective alone when its cluster
    is wide (a wide cluster's satellites oppose the other side only loosely: "aged" / "new")."""
    out = {lemma.name()}
    for sat in lemma.synset().similar_tos():
        out |= {lm.name() for lm in sat.lemmas() if _plain(lm.name()) and lm.count() >= MIN_COUNT}
    return out if len(out) <= MAX_SIDE else {lemma.name()}


def _stopwords() -> frozenset[str]:
    lines = (ROOT / "resources" / "wordlists" / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("#", 1)[0].strip() for line in lines) - {""}


def pairs(wn) -> set[tuple[str, str]]:
    """Adjectives of opposite clusters (both sides read mostly as adjectives; no stopword: "same",
    "other" say too little of what they stand beside, as for the linker's opposites)."""
    stop = _stopwords()
    out = set()
    for s in wn.all_synsets("a"):
        for lm in s.lemmas():
            if not _plain(lm.name()):
                continue
            for ant in lm.antonyms():
                if not _plain(ant.name()):
                    continue
                for a in _side(wn, lm):
                    for b in _side(wn, ant):
                        if a != b and a not in stop and b not in stop and \
                                _mostly_adjective(wn, a) and _mostly_adjective(wn, b):
                            out.add(tuple(sorted((a, b))))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    wn = open_wordnet(args.wordnet)
    found = sorted(pairs(wn))
    OUT.write_text(HEADER + "".join(f"{a} {b}\n" for a, b in found), encoding="utf-8")
    print(f"{len(found)} pairs -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
