"""Score the engine's differences on the team's gold sets, on the engine's own links and on the
gold links, so work on differences can be judged apart from link recall.

A development tool (it reads ../shared/eval, which a user's clone does not have):

    .venv/bin/python dev/diff_eval.py                 # dev and seeds, engine and gold links
    .venv/bin/python dev/diff_eval.py --sets dev --links gold -v   # list every miss and extra

"Gold links" replaces the engine's links by the gold `same` and `partial` pairs through the
engine's own corrections (unlink each engine link, link each gold pair), so actors, quotes and
differences run exactly as in the app. Figures are micro-averages over the sets, as score.py's.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
# the diagnostic held-out set (read its misses for general failure classes; never fit on it)
DIAGNOSTIC = Path("/work/eval-extra/heldout")
sys.path.insert(0, str(ROOT))

from reader.engine import compare  # noqa: E402
from reader.engine.model import Citation, Correction  # noqa: E402
from reader.exports.json_export import to_dict  # noqa: E402
from reader.reading import read_article, unique_ids  # noqa: E402


def _scorer():
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


score = _scorer()


def gold_sets(collection: str) -> list[Path]:
    root = DIAGNOSTIC if collection == "heldout" else EVAL / collection
    return [root] if (root / "gold.json").exists() else sorted(p.parent for p in root.glob("*/gold.json"))


def load(gdir: Path):
    gold = json.loads((gdir / "gold.json").read_text(encoding="utf-8"))
    paths = [gdir / v["file"] for v in gold["articles"].values()]
    articles = [read_article(p, i) for p, i in zip(paths, unique_ids(paths))]
    return gold, articles


def gold_link_corrections(gold: dict, articles, engine, topic: bool = False) -> list[Correction]:
    """Corrections that turn the engine's links into the gold same/partial links (and the
    topic-only pairs too, with topic=True: a harder test of precision per linked pair)."""
    texts = {a.id: a.text for a in articles}
    out = []
    for link in engine.links:
        sa, sb = engine.sentence(link.a), engine.sentence(link.b)
        out.append(Correction("unlink", refs=tuple(Citation(s.article, s.start, s.end, s.text)
                                                   for s in (sa, sb))))
    for g in gold["links"]:
        if g.get("kind", "same") == "topic" and not topic:
            continue
        refs = []
        for art, snip in (g["a"], g["b"]):
            where = score.locate(texts[art], snip)
            refs.append(Citation(art, where[0], where[1], texts[art][where[0]:where[1]]))
        out.append(Correction("link", refs=tuple(refs)))
    return out


def run_set(gdir: Path, modes: list[str]) -> dict:
    """{mode: (score result, comparison)} for one gold set."""
    gold, articles = load(gdir)
    engine = compare(articles)
    out = {}
    for mode in modes:
        c = engine if mode == "engine" else compare(
            articles, corrections=gold_link_corrections(gold, articles, engine, topic=mode == "topic"))
        data = json.loads(json.dumps(to_dict(c)))
        out[mode] = (score.score(gold, score.Comparison(data)), c, gold, data)
    return out


def diff_hits(gold: dict, data: dict) -> list[bool]:
    """For each reported difference, whether it overlaps some gold difference."""
    cmp = score.Comparison(data)

    def overlaps(ref, side):
        art = cmp.sentence_of.get(side["sentence"], (side.get("article"),))[0]
        if art != ref[0]:
            return False
        sp = cmp.span(ref[0], ref[1])
        return sp is not None and side["start"] < sp[1] and sp[0] < side["end"]

    return [any((overlaps(g["a"], d["a"]) and overlaps(g["b"], d["b"]))
                or (overlaps(g["a"], d["b"]) and overlaps(g["b"], d["a"]))
                for g in gold["differences"]) for d in data["differences"]]


def summarise(results: list[tuple[str, dict, object, dict, dict]]) -> dict:
    by_kind, reported, links, useful = {}, 0, 0, 0
    reported_kinds: dict[str, list[int]] = {}
    for _, r, c, gold, data in results:
        for k, (n, h) in r["differences"].items():
            n0, h0 = by_kind.get(k, (0, 0))
            by_kind[k] = (n0 + n, h0 + h)
        reported += r["differences_reported"]
        links += len(c.links)
        hits = diff_hits(gold, data)
        useful += sum(hits)
        for d, hit in zip(data["differences"], hits):
            rk = reported_kinds.setdefault(d["kind"], [0, 0])
            rk[0] += 1
            rk[1] += hit
    n = sum(v[0] for v in by_kind.values())
    h = sum(v[1] for v in by_kind.values())
    return {"recall": h / n if n else 0.0, "found": h, "gold": n, "reported": reported,
            "per_gold": reported / n if n else 0.0, "links": links,
            "per_link": reported / links if links else 0.0,
            "precision": useful / reported if reported else 0.0,
            "kinds": by_kind, "reported_kinds": reported_kinds}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", choices=("dev", "seeds", "both", "heldout"), default="both")
    ap.add_argument("--links", choices=("engine", "gold", "topic", "both", "all"), default="both",
                    help="gold: the gold same/partial links; topic: those and the topic-only pairs; "
                         "both: engine and gold; all: the three")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and every reported difference")
    ap.add_argument("--only", help="only sets whose folder name contains this")
    ap.add_argument("--kind", help="with -v: only reported differences of this kind")
    ap.add_argument("--full", action="store_true", help="with -v: print both sentences of each")
    args = ap.parse_args()
    collections = ["dev", "seeds"] if args.sets == "both" else [args.sets]
    modes = {"both": ["engine", "gold"], "all": ["engine", "gold", "topic"]}.get(args.links, [args.links])
    print(f"{'set':<6} {'links':<7} {'recall':>7} {'found':>6} {'per gold':>9} {'reported':>9} "
          f"{'links':>6} {'per link':>9} {'prec':>5}  per kind (found/gold)")
    for collection in collections:
        per_mode: dict[str, list] = {m: [] for m in modes}
        for gdir in gold_sets(collection):
            if args.only and args.only not in gdir.name:
                continue
            for mode, (r, c, gold, data) in run_set(gdir, modes).items():
                per_mode[mode].append((gdir.name, r, c, gold, data))
        for mode in modes:
            s = summarise(per_mode[mode])
            kinds = " ".join(f"{k} {h}/{n}" for k, (n, h) in sorted(s["kinds"].items()))
            print(f"{collection:<6} {mode:<7} {s['recall']:>7.2f} {s['found']:>3}/{s['gold']:<3}"
                  f"{s['per_gold']:>8.2f} {s['reported']:>9} {s['links']:>6} {s['per_link']:>9.2f}"
                  f" {s['precision']:>5.2f}  {kinds}")
            rk = " ".join(f"{k} {v[1]}/{v[0]}" for k, v in sorted(s["reported_kinds"].items()))
            print(f"{'':<15}reported by kind (useful/all): {rk}")
            if args.verbose:
                for name, r, c, gold, data in per_mode[mode]:
                    for w in r["why"]:
                        if w.startswith("missed difference"):
                            print(f"  [{name}] {w}")
                    for d, hit in zip(data["differences"], diff_hits(gold, data)):
                        if args.kind and d["kind"] != args.kind:
                            continue
                        print(f"  [{name}] {'HIT ' if hit else 'xtra'} {d['kind']:<11} "
                              f"{d['a']['text'][:50]!r} | {d['b']['text'][:50]!r} | {d['note'][:60]}")
                        if args.full:
                            for side in ("a", "b"):
                                print(f"        {side}: {c.sentence(d[side]['sentence']).text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
