#!/usr/bin/env python3
"""Build resources/linking/concepts.tsv: which content stems can say the same thing in other words.

News written in paraphrase links "skipper" to "captain", "capsized" to "overturned", "walkout" to
"strike", "evacuation" to "evacuated": the words differ, so their stems do not meet in the lexical
similarity. This table gives each common stem the WordNet concepts (synsets) of its most frequent
senses only, so that the link evidence (reader.engine.concepts) can count words of two sentences
that share a concept without sharing a stem. Made once, by a developer, from WordNet 3.0 as the
Debian package `wordnet-base` installs it (not a dependency of reader; nothing reads WordNet at
run time):

    .venv/bin/python dev/make_concepts.py

Each line is `stem<TAB>own<TAB>wider`: `own` the concepts the stem's frequent senses are (and
their derivational twins: "evacuation" is also the concept of "evacuate"), `wider` their direct
hypernyms ("walkout" -> strike). Two words meet when one's own concept is the
other's own or wider one: a synonym, a derived form or a direct kind-of, never two siblings under
one broad parent ("man" and "woman" under adult). Concept numbers are renumbered 1, 2, ...;
a concept only one stem holds is dropped (it can never meet another). Senses kept: a word's most
frequent sense in each part of speech, and others tagged at least half as often in WordNet's
sense-tagged corpus (SemCor counts). Common words (Zipf >= 5: "say", "make", "report", "move",
"attack") have so many senses that two sentences of one event share one whatever they say, so they
get none: with the limit at 5.5 or 6, links on the seeds fell (0.848 -> 0.79 / 0.72, the shipped
model) and leave-one-event-out figures with them; at 4.5 nothing changed. The classes of
resources/wordlists/equivalents.txt (read as their first word: "strike" as attack) are not given
their words' concepts: tried, the broad ones (attack, strike, raid, assault...) cost links on the
seeds (0.848 -> 0.843) and leave-one-event-out F1 (dev 0.936 -> 0.932, seeds 0.781 -> 0.777).
Words of one or two letters are left out: in news they are abbreviations ("GB" is no sarin, "AI"
no sloth). A fourth column, "name", marks a stem all of whose kept senses WordNet writes capitalised
("Sunni", "Muslim", "Shiite"): written capitalised in a sentence it still means its concepts,
while any other stem written so is read as a name ("Turkey", "Shell", "Gates") and meets nothing.
Licence: WordNet 3.0 (c) 2006 Princeton University, see resources/licenses/WordNet-3.0.txt.
"""
from __future__ import annotations

import os
import sys
import warnings
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dev.wordnet import WORDNET, open_wordnet  # noqa: E402  (the Debian files as nltk reads them)
from reader.engine.text import stem, stopwords  # noqa: E402

OUT = ROOT / "resources" / "linking" / "concepts.tsv"
MAX_ZIPF = 5.0            # commoner stems than this get no concepts (too many senses; see above)
MIN_ZIPF = 2.5            # rarer than this: too rare to matter in news, and it keeps the table small
# a stem's rarer forms ("manfulness" beside "man") bring their senses only when tagged this often
MIN_TAGGED = 3
SENSE_SHARE = 0.5         # a sense tagged at least this share of the top sense's count is kept


def background() -> dict[str, float]:
    out = {}
    for line in (ROOT / "resources" / "linking" / "background_zipf.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            s, z = line.split("\t")
            out[s] = float(z)
    return out


def frequent_senses(wn, word: str) -> list:
    """The synsets of `word`'s frequent senses: per part of speech the first (WordNet lists senses
    by frequency) and any other tagged at least SENSE_SHARE as often."""
    out = []
    for pos in ("n", "v", "a"):
        synsets = wn.synsets(word, pos=pos)
        if not synsets:
            continue
        counts = [sum(lm.count() for lm in s.lemmas() if lm.name().lower() == word) for s in synsets]
        top = max(counts)
        out.append(synsets[0])
        out.extend(s for s, c in zip(synsets[1:], counts[1:]) if top and c >= SENSE_SHARE * top)
    return list(dict.fromkeys(out))


def derived(synset, word: str) -> list:
    """Synsets of the forms derived from `word` in this sense ("evacuation" -> evacuate)."""
    out = []
    for lemma in synset.lemmas():
        if lemma.name().lower() == word:
            out.extend(d.synset() for d in lemma.derivationally_related_forms()
                       if d.synset().pos() in "nv" and d.synset().pos() != synset.pos())
    return out


def build(wn) -> tuple[dict[str, tuple[set, set]], set[str]]:
    """(stem -> (own concepts, wider concepts); the stems whose senses are all proper names)."""
    zipf = background()
    stop = stopwords()
    own: dict[str, set] = defaultdict(set)
    wider: dict[str, set] = defaultdict(set)
    proper: dict[str, bool] = defaultdict(lambda: True)
    words: dict[str, list] = defaultdict(list)
    for word in sorted(set(wn.all_lemma_names())):
        if word.isalpha() and word.islower() and word not in stop and len(word) > 2:
            s = stem(word)
            if MIN_ZIPF <= zipf.get(s, 0.0) < MAX_ZIPF:
                words[s].append(word)
    for s, forms in words.items():
        for word in forms:
            if word == min(forms, key=len) or tag_count(wn, word) >= MIN_TAGGED:
                add_senses(wn, word, own[s], wider[s])
                proper[s] &= all(capitalised(synset, word) for synset in frequent_senses(wn, word))
    table = useful_only(own, wider)
    return table, {s for s in table if proper[s]}


def capitalised(synset, word: str) -> bool:
    """Whether WordNet writes `word` capitalised in this sense ("Sunni", not "turkey" the bird)."""
    return any(lm.name().lower() == word and lm.name()[0].isupper() for lm in synset.lemmas())


def tag_count(wn, word: str) -> int:
    return sum(lm.count() for lm in wn.lemmas(word))


def add_senses(wn, word: str, own: set, wider: set) -> None:
    for synset in frequent_senses(wn, word):
        own.add(synset.name())
        for d in derived(synset, word):
            own.add(d.name())
        for h in synset.hypernyms():
            wider.add(h.name())


def useful_only(own: dict, wider: dict) -> dict[str, tuple[set, set]]:
    holders: dict[str, int] = defaultdict(int)
    for s in own:
        for c in own[s] | wider[s]:
            holders[c] += 1
    # a concept meets only through someone's own concept: keep those that some stem owns and
    # that at least two stems hold in any way
    owned = {c for s in own for c in own[s]}
    useful = {c for c, k in holders.items() if k >= 2 and c in owned}
    out = {}
    for s in own:
        o, w = own[s] & useful, (wider[s] - own[s]) & useful
        if o or w:
            out[s] = (o, w)
    return out


def main() -> int:
    warnings.simplefilter("ignore")       # nltk: no multilingual WordNet here
    table, proper = build(open_wordnet(WORDNET))
    numbers: dict[str, int] = {}
    for s in sorted(table):
        for c in sorted(table[s][0]) + sorted(table[s][1]):
            numbers.setdefault(c, len(numbers) + 1)
    lines = ["# stem<TAB>own concepts<TAB>wider concepts (direct hypernyms)[<TAB>name]; made by "
             "dev/make_concepts.py from WordNet 3.0 (c) 2006 Princeton University, "
             "see resources/licenses/WordNet-3.0.txt"]
    for s in sorted(table):
        o, w = table[s]
        lines.append(f"{s}\t{','.join(str(numbers[c]) for c in sorted(o))}\t"
                     f"{','.join(str(numbers[c]) for c in sorted(w))}" + ("\tname" if s in proper else ""))
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(tmp, OUT)
    print(f"wrote {OUT}: {len(table)} stems, {len(numbers)} concepts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
