#!/usr/bin/env python3
"""How many links the shipped engine makes between articles about DIFFERENT events, and how many
of them are confident (counted as coverage). A development tool (reads ../shared/eval/dev).

    .venv/bin/python dev/cross_event.py        # mixed sets and article pairs
    .venv/bin/python dev/cross_event.py -v     # list the confident cross-event links
    .venv/bin/python dev/cross_event.py --one-event DIR...   # the one-event line on other sets

Two readings: the dev events two at a time as one set (as dev/fit_links.py's mixed sets), and
the first article of each event against the first of every other event (a reader who opens two
articles on different stories). And, for any rule meant to cut those, what the sets of one event
keep: the confident links within each dev event and the seeds (it must not fall).

Shipped model (numbers3 merge): mixed 146 links / 19 confident, article pairs 335 / 42, one event
402. Gates tried on article pairs (round 6, none shipped): a confident link between two sentences
past the headline and lede as the sign of one story cuts 61 -> 1 but weakens 161 of the 402 (dev
articles have 3-5 sentences; their bodies rarely link); the articles' rarity-weighed cosine >= 0.09
or such a body link cuts 61 -> 27 with the 402 kept, but invented pairs of unrelated articles that
share a full famous name in their ledes reach cosine 0.09-0.14 wherever the model is confident on
them, so it does not reach the symptom beyond the dev texts; names left out or capped in the
cosine separate worse.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.engine import align as aligning  # noqa: E402
from reader.engine.coverage import CONFIDENT  # noqa: E402
from reader.engine.segment import segment_all  # noqa: E402
from reader.reading import read_article  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev"
SEEDS = ROOT.parent / "shared" / "eval" / "seeds"


def articles_of(gdir: Path, first_only: bool = False) -> list:
    gold = json.loads((gdir / "gold.json").read_text(encoding="utf-8"))
    items = list(gold["articles"].items())[:1 if first_only else None]
    return [read_article(gdir / v["file"], f"{gdir.name}/{k}") for k, v in items]


def cross_links(articles: list, verbose: bool) -> tuple[int, int]:
    sentences = segment_all(articles)
    text = {s.id: s.text for s in sentences}
    links, _ = aligning.align(articles, sentences)
    made = confident = 0
    for link in links:
        if link.a.partition("/")[0] == link.b.partition("/")[0]:
            continue
        made += 1
        if link.score >= CONFIDENT:
            confident += 1
            if verbose:
                print(f"  {link.score:.2f} {link.kind}: {text[link.a][:70]!r} ~ {text[link.b][:70]!r}")
    return made, confident


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--one-event", nargs="*", type=Path, default=None,
                    help="gold sets for the one-event line (default: the dev events and the seeds)")
    args = ap.parse_args()
    dirs = sorted(d for d in DEV.iterdir() if (d / "gold.json").exists())
    half = len(dirs) // 2
    made = confident = 0
    for k in range(half):
        m, c = cross_links(articles_of(dirs[k]) + articles_of(dirs[k + half]), args.v)
        made, confident = made + m, confident + c
    print(f"mixed sets ({half}): {made} cross-event links, {confident} confident")
    firsts = [articles_of(d, True) for d in dirs]
    made = confident = pairs = 0
    for i in range(len(dirs)):
        for j in range(i + 1, len(dirs)):
            m, c = cross_links(firsts[i] + firsts[j], args.v)
            made, confident, pairs = made + m, confident + c, pairs + 1
    print(f"article pairs ({pairs}): {made} cross-event links, {confident} confident")
    confident = 0
    one_event = args.one_event or dirs + [SEEDS]
    for d in one_event:
        articles = articles_of(d)
        sentences = segment_all(articles)
        for link in aligning.align(articles, sentences)[0]:
            confident += link.score >= CONFIDENT
    print(f"one event ({len(one_event)} sets): {confident} confident links")
    return 0


if __name__ == "__main__":
    sys.exit(main())
