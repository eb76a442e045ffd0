#!/usr/bin/env python3
"""How `same` fares on sentence pairs compared on their own, the way a paraphrase corpus is run:
each pair written to two one-line files and given to `reader compare a.txt b.txt --format json`;
the pair is judged a paraphrase when the comparison has a `same` link.

    .venv/bin/python dev/paraphrase_proxy.py          # in process (reader.cli.main), quick
    .venv/bin/python dev/paraphrase_proxy.py --cli    # one `reader compare` process per pair
    .venv/bin/python dev/paraphrase_proxy.py -v       # list every pair judged wrong

The pairs (dev/paraphrase_pairs.tsv) were written for the team in the style of news paraphrase
corpora; they are a proxy for the external corpus, not a sample of it. Nothing is fitted on them,
but the first batch (112 pairs) was looked at while the `same` rule was designed; the second (42,
longer and looser) was written after it, so it is the fairer check.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PAIRS = ROOT / "dev" / "paraphrase_pairs.tsv"


def load_pairs(path: Path = PAIRS) -> list[tuple[int, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            label, a, b = line.split("\t")
            rows.append((int(label), a, b))
    return rows


def kinds_of(a: str, b: str, folder: Path, cli: bool) -> list[str]:
    """The kinds of the links `reader compare` makes between one-line files holding a and b."""
    fa, fb, out = folder / "a.txt", folder / "b.txt", folder / "out.json"
    fa.write_text(a + "\n", encoding="utf-8")
    fb.write_text(b + "\n", encoding="utf-8")
    argv = ["compare", str(fa), str(fb), "--format", "json", "-o", str(out)]
    if cli:
        subprocess.run([sys.executable, "-m", "reader", *argv], check=True)
    else:
        from reader.cli import main
        if main(argv) != 0:
            raise SystemExit(f"reader compare failed on {a!r} / {b!r}")
    return [link["kind"] for link in json.loads(out.read_text(encoding="utf-8"))["links"]]


def accuracy_f1(gold: list[int], said: list[bool]) -> tuple[float, float, float, float]:
    tp = sum(g == 1 and s for g, s in zip(gold, said))
    fp = sum(g == 0 and s for g, s in zip(gold, said))
    fn = sum(g == 1 and not s for g, s in zip(gold, said))
    acc = sum((g == 1) == s for g, s in zip(gold, said)) / len(gold)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return acc, (2 * p * r / (p + r) if p + r else 0.0), p, r


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cli", action="store_true", help="run one `reader compare` process per pair")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the pairs judged wrong")
    args = ap.parse_args()
    pairs = load_pairs()
    gold, same, linked = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for label, a, b in pairs:
            kinds = kinds_of(a, b, Path(folder), args.cli)
            gold.append(label)
            same.append("same" in kinds)
            linked.append(bool(kinds))
            if args.verbose and (label == 1) != ("same" in kinds):
                print(f"{'missed' if label else 'wrong '} [{','.join(kinds) or 'none'}] {a}\n"
                      f"{'':>7}{'':>{len(','.join(kinds) or 'none') + 3}}{b}")
    positives = sum(gold)
    print(f"{len(pairs)} pairs, {positives} paraphrases ({positives / len(pairs):.2f}: the "
          f"accuracy of answering `same` every time)")
    for name, said in (("`same` link", same), ("any link", linked)):
        acc, f1, p, r = accuracy_f1(gold, said)
        print(f"{name:<12} accuracy {acc:.3f}  F1 {f1:.3f}  (P {p:.2f} R {r:.2f}, "
              f"{sum(said)} said)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
