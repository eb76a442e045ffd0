#!/usr/bin/env python3
"""Build resources/wordlists/counted_kinds.tsv: what kind of thing a counted noun counts.

Outlets count one thing with other nouns: "610 stores" / "600 supermarkets", "a dozen homes" /
"20 houses", "three embassy employees" / "two diplomats". quantity_compare.same_counted only meets
one noun or a compound of it, so these counts never pair. This table gives a counted noun the
KIND it is a count of, when its frequent senses fall under one of a few kinds news counts (KINDS:
dwellings, shops, vessels, aircraft, road vehicles, people of one kind). The kinds are chosen
broad enough that the nouns outlets swap for one another meet, and narrow enough that two
different things counted in one story do not ("schools" and "hospitals" are both buildings, so
"building" is no kind; "homes" and "houses" are both dwellings). Made once, by a developer, from
WordNet 3.0 as the Debian package `wordnet-base` installs it (nothing reads WordNet at run time):

    .venv/bin/python dev/make_counted_kinds.py

A noun gets the kind its most frequent sense falls under, or, when that sense falls under none,
the one kind its other frequent senses agree on ("home" is first a residence, then a dwelling).
Nouns rarer than MIN_ZIPF in the background table are left out (too rare in news to matter).
Licence: WordNet 3.0 (c) 2006 Princeton University, see resources/licenses/WordNet-3.0.txt.
"""
from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dev.make_concepts import SENSE_SHARE, background  # noqa: E402
from dev.wordnet import WORDNET, open_wordnet  # noqa: E402
from reader.engine.text import stem  # noqa: E402

OUT = ROOT / "resources" / "wordlists" / "counted_kinds.tsv"
MIN_ZIPF = 2.0

# kind -> the WordNet synsets whose kinds-of it covers; the first kind a sense falls under wins
# (a sense under two is read as the narrower, listed first)
KINDS = {
    "dwelling": ("dwelling.n.01", "housing.n.01"),
    "shop": ("mercantile_establishment.n.01",),
    "vessel": ("vessel.n.02",),
    "aircraft": ("aircraft.n.01",),
    "road vehicle": ("motor_vehicle.n.01", "bus.n.01"),
    "person": ("person.n.01",),
}
# not kinds: weapon.n.01 and animal.n.01 hold things one story counts apart ("rifles" and
# "grenades", "cattle" and "sheep"), so two of their nouns are no evidence of one count
# ... and the words that name people of any kind ("people", "staff") are "person" alone
# plural-only and collective words that count persons but are groups in WordNet
PERSON_WORDS = ("people", "persons", "staff", "personnel", "crew", "police", "folk")


def kind_of(synset) -> str:
    """The kind a sense is a count of, or "". People are told apart by the kind of person right
    under WordNet's person ("person worker": employees, diplomats, soldiers; "person inhabitant":
    residents, villagers; "person traveler": passengers, migrants, evacuees)."""
    ancestors = {h.name() for path in synset.hypernym_paths() for h in path}
    for kind, roots in KINDS.items():
        if ancestors & set(roots):
            return person_kind(synset) if kind == "person" else kind
    return ""


def person_kind(synset) -> str:
    """"person <kind of person>" from the first hypernym path through person.n.01."""
    for path in synset.hypernym_paths():
        names = [h.name() for h in path]
        if "person.n.01" in names:
            below = names[names.index("person.n.01") + 1:]
            return f"person {below[0].split('.')[0]}" if below else "person"
    return "person"


def frequent_noun_senses(wn, word: str) -> list:
    synsets = wn.synsets(word, pos="n")
    if not synsets:
        return []
    counts = [sum(lm.count() for lm in s.lemmas() if lm.name().lower() == word) for s in synsets]
    top = max(counts)
    return [synsets[0]] + [s for s, c in zip(synsets[1:], counts[1:]) if top and c >= SENSE_SHARE * top]


def build(wn) -> dict[str, str]:
    zipf = background()
    out = {}
    for word in sorted(set(wn.all_lemma_names(pos="n"))):
        if not (word.isalpha() and word.islower() and len(word) > 2) or zipf.get(stem(word), 0.0) < MIN_ZIPF:
            continue
        senses = frequent_noun_senses(wn, word)
        if not senses:
            continue
        kind = kind_of(senses[0])
        if not kind:
            others = {kind_of(s) for s in senses[1:]} - {""}
            kind = others.pop() if len(others) == 1 else ""
        if kind:
            out[word] = kind
    for word in PERSON_WORDS:
        out[word] = "person"
    return out


def main() -> int:
    warnings.simplefilter("ignore")       # nltk: no multilingual WordNet here
    table = build(open_wordnet(WORDNET))
    lines = ["# counted noun (singular)<TAB>the kind of thing it counts; made by dev/make_counted_kinds.py",
             "# from WordNet 3.0 (c) 2006 Princeton University, see resources/licenses/WordNet-3.0.txt.",
             "# Read by reader/engine/quantity_compare.py (do not edit by hand)."]
    lines += [f"{w}\t{k}" for w, k in sorted(table.items())]
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(tmp, OUT)
    kinds = {k: sum(v == k or v.startswith(f"{k} ") for v in table.values()) for k in KINDS}
    print(f"wrote {OUT}: {len(table)} nouns {kinds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
