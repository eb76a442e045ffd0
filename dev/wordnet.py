"""Open WordNet 3.0 as the Debian package `wordnet-base` installs it (/usr/share/wordnet), for the
development scripts that derive small tables from it (dev/make_claim_antonyms.py,
dev/make_concepts.py). Nothing the app or the tests run reads WordNet.

Debian's files lack the "lexnames" file nltk's reader needs, so the reader is opened over a copy
of them with that file added.
"""
from __future__ import annotations

import shutil
import tempfile
import warnings
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
# the lexicographer files of WordNet 3.0, in their numbered order
LEXNAMES = """adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute
noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group
noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession
noun.process noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body
verb.change verb.cognition verb.communication verb.competition verb.consumption verb.contact
verb.creation verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative
verb.weather adj.ppl""".split()


def open_wordnet(source: Path = WORDNET):
    """nltk's WordNet reader over a copy of source with the lexnames file added."""
    if not source.is_dir():
        raise SystemExit(f"{source} not found: install the Debian package wordnet-base")
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
