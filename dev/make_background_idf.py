#!/usr/bin/env python3
"""Build resources/linking/background_zipf.tsv: how common each word stem is in English at large.

The link model weighs shared words by how rare they are in general, so that two sentences compared
on their own (no other sentences to count words in) are scored like sentences of a large set. The
table is made once, by a developer, from the `wordfreq` package (not a dependency of reader):

    pip install --target /tmp/wf wordfreq
    PYTHONPATH=/tmp/wf .venv/bin/python dev/make_background_idf.py

Each line is `stem<TAB>zipf`: the stem as reader.engine.text.stem makes it, and the Zipf value
(log10 of occurrences per billion words) of all the words among the 60,000 most common that share
it. Word frequencies: wordfreq by Robyn Speer et al., data CC BY-SA 4.0 (see the ATTRIBUTION file).
"""
from __future__ import annotations

import math
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import wordfreq  # noqa: E402

from reader.engine.text import stem  # noqa: E402

TOP_WORDS = 60000


def main() -> int:
    freq: dict[str, float] = defaultdict(float)
    for word in wordfreq.top_n_list("en", TOP_WORDS):
        if not any(c.isalpha() for c in word):
            continue                      # figures are anchors, weighed apart
        freq[stem(word)] += wordfreq.word_frequency(word, "en")
    out = Path(__file__).resolve().parents[1] / "resources" / "linking" / "background_zipf.tsv"
    rows = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
    lines = [f"{s}\t{math.log10(f * 1e9):.1f}" for s, f in rows if s and "\t" not in s]
    header = (f"# stem<TAB>zipf, from wordfreq {getattr(wordfreq, '__version__', '3')} top {TOP_WORDS} "
              "English words (CC BY-SA 4.0, see ATTRIBUTION); made by dev/make_background_idf.py\n")
    out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} stems -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
