#!/usr/bin/env python3
"""Fit the link model (reader/engine/link_model.py) on the hand-made gold and report how well it
holds on events it was not fitted on.

    .venv/bin/python dev/fit_links.py            # cross-validate, then fit on all and write
                                                 # resources/linking/link_model.json
    .venv/bin/python dev/fit_links.py --dry-run  # cross-validate only

Data: every gold set under ../shared/eval/dev (20 events) and ../shared/eval/seeds (one event);
a development tool, so it may read ../shared (nothing a user or a test runs does). Each candidate
pair the engine scores is labelled 1 when gold links it `same`/`partial`, 0 when gold lists nothing
for it or only `topic` (the scorer neither credits nor penalises a topic link, but a link must not
mean "shares the general event", or coverage would be claimed for it).

Unrelated pairs: the dev gold lists every pair of an event's short articles as same, partial or
topic, so it holds no pair a link must not be made on (label 0) at all; the seeds' long articles
hold the only ones. To learn and measure what a user comparing a news cycle meets, the dev events
are also read two at a time as one set (mixed_events(); --no-mixed leaves them out): a pair of
sentences of two different events is unrelated, whatever words they share. Fitted without them, the
model shipped before this script learnt of them links 146 of the 215 such pairs and 19 of them with
probability 0.5 or more (coverage claimed: "Biden's court commission draft" ~ "senators unveiled a
$1 trillion infrastructure bill", 0.89).

Cross-validation (folds()): each dev event is left out whole, with the mixed set it is part of (and
a mixed set with its two events); the seeds one pair of articles at a time (left out whole, they
would leave the model without unrelated pairs of one event's long articles, and it scored them far
too high). For each fold the logistic models AND the link threshold are fitted on the rest and the
held-out part is scored; P/R/F1 are summed as the scorer does (a gold pair never made a candidate
counts as missed), and the links made across events are counted apart ("CV cross-event").

The link threshold (fit_and_threshold): the objective is the scorer's own F1 (topic links neither
credited nor penalised; the mixed sets' cross-event links count wrong in the dev collection), per
collection (dev, seeds) and summed, so the one long event weighs as much as the twenty short ones
(issue 8 sets a bar on each); it is computed on OUT-OF-FOLD probabilities (an inner
cross-validation), because a model scores the events it was fitted on higher than new ones; and
the curve is smoothed and the middle of its top taken (plateau_threshold), because it is flat: the
rule it replaces (the argmax of pooled F1 with topic links half wrong, on the training events' own
probabilities) moved between 0.19 and 0.31 from fit to fit on a curve that varied by 0.01 between
0.15 and 0.35, the dev topic pairs setting the threshold by themselves. Coverage does not rest on
this threshold: it counts only links of probability CONFIDENT (0.5) or more (coverage.py).
Small models, L2-regularised, so 21 events are enough.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.engine import align as aligning  # noqa: E402
from reader.engine.link_evidence import FEATURES, Candidates, competition, neighbour_support  # noqa: E402
from reader.engine.link_model import LinkModel, Logistic  # noqa: E402
from reader.engine.segment import segment_all  # noqa: E402
from reader.reading import read_article  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
# A sentence links to about one sentence of another article however long it is, so the prior odds
# of any one pair fall as 1 / length: the length feature's weight is set to -1, not fitted (the
# collection has one long event, too few to learn it from; a fitted weight would not hold out).
FIXED = {FEATURES.index("article_length"): -1.0,
         # what one sentence gives that the other lacks says whether a link is `same` or
         # `partial`, not whether there is one (a partial link is one sentence saying more)
         FEATURES.index("figures_unmatched"): 0.0, FEATURES.index("names_swapped"): 0.0,
         FEATURES.index("opposite_words"): 0.0}
# Whether a link is `same` or `partial` is a matter of what the two sentences say, not of where
# they stand or how long their articles are: two sentences compared on their own have no roles.
# The kind model weighs only how much of each sentence the other covers and the figures they share;
# the gold's own same/partial split leans on roles (a headline and the lede that tells it are
# `same`) and is hard to tell from content (cross-validated accuracy near the majority's), so the
# classes are weighed equally: `same` when the content says so, not by default. A figure one
# sentence gives and the other lacks, a name in place of another, or opposite words ("rose" /
# "fell") rule `same` out by themselves (LinkModel.says_same), as does a cover under SAME_COVER:
# the gold calls such pairs `same` often ("11 police" / "a dozen"), and weights learnt from that
# would count them as evidence for `same`.
KIND_FEATURES = ("cover_min", "cover_max", "numbers")
KIND_FIXED = {j: 0.0 for j, f in enumerate(FEATURES) if f not in KIND_FEATURES}
TOPIC_WEIGHT = 1.0           # weight of a gold `topic` pair as a negative example
L2 = 1.0                     # ridge penalty on standardised weights (per event-sized data: mild)


def _scorer():
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@dataclass
class EventData:
    name: str
    x: np.ndarray                # features of every candidate pair
    a: np.ndarray                # unit indices
    b: np.ndarray
    n: int
    group: np.ndarray
    label: np.ndarray            # 1 linked, 0 not, -1 topic, NOT_HERE left out of this part
    same: np.ndarray             # 1 gold `same`, 0 otherwise
    missed: int                  # gold links that are not candidate pairs
    gold: int                    # gold same/partial links in all
    texts: list                  # unit texts (for the pair-alone check)
    gold_pairs: list             # (text a, text b, kind) of every gold pair, topic included
    articles: list               # article ids by group number
    missed_by_pair: dict         # article_pairs() key -> gold links there that are not candidates
    events: tuple = ()           # the gold events a mixed set is made of (mixed_events())


NOT_HERE = -2


def load_event(gdir: Path, score) -> EventData:
    gold = json.loads((gdir / "gold.json").read_text(encoding="utf-8"))
    articles = [read_article(gdir / v["file"], k) for k, v in gold["articles"].items()]
    sentences = segment_all(articles)
    from reader.engine.link_model import shipped_model
    scored = aligning.score_pairs(sentences, _placeholder_model() or shipped_model())
    units, c = scored.units, scored.candidates
    index = {s.id: k for k, s in enumerate(units)}
    texts = {a.id: a.text for a in articles}

    def unit_of(ref):
        art, snip = ref
        sp = score.locate(texts[art], snip)
        if sp is None:
            return None
        for s in sentences:
            if s.article == art and s.start <= sp[0] < s.end:
                return s.id
        return None

    number = {a: n for n, a in enumerate(dict.fromkeys(s.article for s in units))}
    kinds, gold_pairs = {}, []
    for link in gold["links"]:
        sa, sb = unit_of(link["a"]), unit_of(link["b"])
        if sa is None or sb is None or sa == sb:
            continue
        kind = link.get("kind", "same")
        ka, kb = index.get(sa), index.get(sb)
        sent = {s.id: s for s in sentences}
        gold_pairs.append((sent[sa].text, sent[sb].text, kind))
        if ka is None or kb is None:
            if kind != "topic":
                kinds[(sa, sb)] = kind
            continue
        key = (min(ka, kb), max(ka, kb))
        if kind != "topic" or key not in kinds:
            kinds[key] = kind
    group_of = [number[s.article] for s in units]
    label = np.zeros(len(c.a), dtype=np.int64)
    same = np.zeros(len(c.a), dtype=np.int64)
    found = set()
    for k, (a, b) in enumerate(zip(c.a, c.b)):
        kind = kinds.get((int(a), int(b)))
        if kind == "topic":
            label[k] = -1
        elif kind:
            label[k] = 1
            same[k] = kind == "same"
            found.add((int(a), int(b)))
    positives = [k for k, v in kinds.items() if v != "topic"]
    missed_by_pair: dict = {}
    for key in positives:
        if key in found:
            continue
        ga, gb = ((int(group_of[k]) for k in key) if isinstance(key[0], (int, np.integer))
                  else (number.get(sid.rpartition(":")[0], 0) for sid in key))
        pair = min(ga, gb) * 100 + max(ga, gb)
        missed_by_pair[pair] = missed_by_pair.get(pair, 0) + 1
    group = np.array([number[s.article] for s in units], dtype=np.int64)
    return EventData(gdir.name, c.features.astype(np.float64), c.a, c.b, c.n, group, label, same,
                     len(positives) - len(found), len(positives), [s.text for s in units], gold_pairs,
                     list(number), missed_by_pair)


def load_mixed(gdirs: list[Path]) -> EventData:
    """The articles of several events compared as one set, as a user comparing a news cycle does:
    a pair of sentences of two different events reports nothing in common (label 0), whatever
    words they share; pairs within one event are left out (NOT_HERE: their own event has them)."""
    articles = []
    for gdir in gdirs:
        gold = json.loads((gdir / "gold.json").read_text(encoding="utf-8"))
        articles += [read_article(gdir / v["file"], f"{gdir.name}/{k}") for k, v in gold["articles"].items()]
    scored = aligning.score_pairs(segment_all(articles), _placeholder_model())
    units, c = scored.units, scored.candidates
    event_of = np.array([s.article.partition("/")[0] for s in units])
    number = {a: n for n, a in enumerate(dict.fromkeys(s.article for s in units))}
    group = np.array([number[s.article] for s in units], dtype=np.int64)
    label = np.where(event_of[c.a] != event_of[c.b], 0, NOT_HERE)
    return EventData("mixed " + "+".join(d.name[:16] for d in gdirs), c.features.astype(np.float64),
                     c.a, c.b, c.n, group, label, np.zeros(len(c.a), dtype=np.int64), 0, 0,
                     [s.text for s in units], [], list(number), {}, tuple(d.name for d in gdirs))


def mixed_events(dirs: list[Path]) -> list[EventData]:
    """The dev events two at a time (the first with the middle one, and so on: each in one mixed
    set), for the unrelated pairs the dev gold cannot give: it lists every pair of an event's
    short articles as same, partial or topic, so without these the only pairs a link must not
    be made on are the seeds', and the threshold would let a headline on a storm in a town link
    to one on the town's football club."""
    half = len(dirs) // 2
    return [load_mixed([dirs[k], dirs[k + half]]) for k in range(half)]


_PLACEHOLDER = None


def _placeholder_model():
    """A model whose probabilities are not used (features only), so fitting works before any
    model has been shipped."""
    global _PLACEHOLDER
    if _PLACEHOLDER is None:
        k = len(FEATURES)
        flat = Logistic(np.zeros(k), 0.0, np.zeros(k), np.ones(k))
        flat2 = Logistic(np.zeros(k + 2), 0.0, np.zeros(k + 2), np.ones(k + 2))
        _PLACEHOLDER = LinkModel(flat, flat2, flat, 0.5, 0.5)
    return _PLACEHOLDER


def fit_logistic(x: np.ndarray, y: np.ndarray, weight: np.ndarray | None = None, l2: float = L2,
                 fixed: dict[int, float] | None = None) -> Logistic:
    """Ridge-penalised logistic regression by Newton's method on standardised features.
    fixed: {column: coefficient on the raw feature} for weights set by reasoning, not fitted."""
    fixed = fixed or {}
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = (x - mean) / scale
    free = [j for j in range(x.shape[1]) if j not in fixed]
    offset = sum(((x[:, j] - mean[j]) * c for j, c in fixed.items()), np.zeros(len(x)))
    z1 = np.column_stack([z[:, free], np.ones(len(z))])
    w = np.zeros(z1.shape[1])
    sw = np.ones(len(y)) if weight is None else weight
    penalty = np.full(z1.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z1 @ w + offset, -30, 30)))
        grad = z1.T @ (sw * (p - y)) + penalty * w
        hess = (z1 * (sw * p * (1 - p))[:, None]).T @ z1 + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    coef = np.zeros(x.shape[1])
    coef[free] = w[:-1]
    for j, c in fixed.items():
        coef[j] = c * scale[j]
    return Logistic(coef, float(w[-1]), mean, scale)


def context_of(ev: EventData, p: np.ndarray) -> np.ndarray:
    """The second stage's input, as align.score_pairs gives it: features, support, margin."""
    c = Candidates(ev.a, ev.b, ev.x, ev.n)
    return np.column_stack([ev.x, neighbour_support(c, p, ev.group), competition(c, p, ev.group)])


def fit(events: list[EventData]) -> LinkModel:
    """The weights, fitted on every pair of `events` but those NOT_HERE; the link threshold is
    left at 0.5 (fit_and_threshold chooses it)."""
    here = np.concatenate([e.label != NOT_HERE for e in events])
    x = np.concatenate([e.x for e in events])[here]
    y = np.concatenate([e.label for e in events])[here]
    # topic pairs (only the general event in common) are what a link must not be: fitted as 0,
    # though the scorer neither credits nor penalises linking them
    target = (y == 1).astype(float)
    weight = np.where(y == -1, TOPIC_WEIGHT, 1.0)
    alone = fit_logistic(x, target, weight, fixed=FIXED)
    xs = [context_of(e, alone.probability(e.x)) for e in events]
    xc = np.concatenate(xs)[here]
    context = fit_logistic(xc, target, weight, fixed=FIXED)
    # same vs partial, among gold links
    s = np.concatenate([e.same for e in events])[here]
    pos = y == 1
    share = s[pos].mean()
    balanced = np.where(s[pos] == 1, 0.5 / share, 0.5 / (1 - share))
    kind = fit_logistic(x[pos], s[pos].astype(float), balanced, fixed=KIND_FIXED)
    same_threshold = 0.5
    return LinkModel(alone, context, kind, 0.5, same_threshold)


def counts(ev: EventData, p: np.ndarray, threshold: float) -> tuple[int, int, int]:
    """(true positives, judged reported, gold) as score.py counts them: a link on a gold `topic`
    pair is neither credited nor penalised."""
    chosen = p >= threshold
    tp = int(np.sum(chosen & (ev.label == 1)))
    judged = int(np.sum(chosen & (ev.label >= 0)))
    return tp, judged, ev.gold


def prf(tp, judged, gold):
    p = tp / judged if judged else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def strict_counts(ev: EventData, p: np.ndarray, threshold: float) -> tuple[int, int, int]:
    """Like counts(), but a link on a gold `topic` pair counts as wrong."""
    chosen = p >= threshold
    return int(np.sum(chosen & (ev.label == 1))), int(np.sum(chosen & (ev.label != NOT_HERE))), ev.gold


def half_counts(ev: EventData, p: np.ndarray, threshold: float) -> tuple[float, float, int]:
    """Between the two: a link on a gold `topic` pair counts half wrong."""
    chosen = p >= threshold
    return (int(np.sum(chosen & (ev.label == 1))),
            int(np.sum(chosen & (ev.label >= 0))) + 0.5 * int(np.sum(chosen & (ev.label == -1))), ev.gold)


OBJECTIVES = {"scorer": counts, "strict": strict_counts, "half": half_counts}
OBJECTIVE = "scorer"
GRID = np.round(np.arange(0.05, 0.91, 0.01), 2)
SMOOTH = 3          # the objective is averaged over thresholds this many grid steps either side


def set_of(ev: EventData) -> str:
    """The collection an event belongs to: the scorer reports (and issue 8 sets a bar on) each
    collection's F1, the dev collection's pooled over its 20 events."""
    return "seeds" if ev.name.startswith("seeds") else "dev"


def objective_curve(parts: list[tuple[EventData, np.ndarray]]) -> np.ndarray:
    """The objective at each threshold of GRID: the F1 of each collection (pairs pooled within
    it, as score.py pools a folder's events), summed over the collections."""
    count = OBJECTIVES[OBJECTIVE]
    curve = np.zeros(len(GRID))
    for name in dict.fromkeys(set_of(ev) for ev, _ in parts):
        mine = [(ev, p) for ev, p in parts if set_of(ev) == name]
        curve += [prf(*np.sum([count(ev, p, t) for ev, p in mine], axis=0))[2] for t in GRID]
    return curve


def plateau_threshold(curve: np.ndarray, grid: np.ndarray = GRID, smooth: int = SMOOTH) -> float:
    """The threshold where a (noisy, often flat) objective is best: the curve is first averaged
    over `smooth` steps either side, so a lone spike of one more pair right counts for less than
    a broad rise; among the thresholds within a hair of that best, the middle one, so a flat top
    does not hand the choice to whichever end a tie falls on."""
    padded = np.concatenate([np.full(smooth, curve[0]), curve, np.full(smooth, curve[-1])])
    smoothed = np.convolve(padded, np.ones(2 * smooth + 1) / (2 * smooth + 1), mode="valid")
    top = np.nonzero(smoothed >= smoothed.max() - 1e-9)[0]
    return float(grid[top[len(top) // 2]])


def best_threshold(parts: list[tuple[EventData, np.ndarray]]) -> float:
    """The link threshold, chosen on out-of-fold probabilities (each part scored by a model not
    fitted on it): a model scores the events it was fitted on higher than new ones, and it is on
    new ones that the threshold must hold."""
    return plateau_threshold(objective_curve(parts))


def predict(model: LinkModel, ev: EventData) -> tuple[np.ndarray, np.ndarray]:
    alone = model.alone.probability(ev.x)
    p = model.context.probability(context_of(ev, alone))
    same = model.kind.probability(ev.x)
    return p, same


def folds(events: list[EventData]) -> list[tuple[list[EventData], EventData]]:
    """(training parts, held-out part) for cross-validation. Each dev event is left out whole.
    The seeds are left out one pair of articles at a time: the dev collection's gold lists every
    pair of its short articles as same, partial or topic, so the seeds' long articles hold the
    only unrelated pairs there are, and a model fitted without any would be judged on a kind of
    pair it has never seen (its probabilities on the seeds ran far too high)."""
    out = []
    for k, held in enumerate(events):
        gone = set(held.events) | {held.name}        # the held part's events, in any set
        rest = [e for j, e in enumerate(events)
                if j != k and e.name not in gone and not gone & set(e.events)]
        if set_of(held) != "seeds":
            out.append((rest, held))
            continue
        pair = article_pairs(held)
        for key in np.unique(pair[held.label != NOT_HERE]):      # a part of the seeds splits too
            name = f"seeds {held.articles[key // 100]}~{held.articles[key % 100]}"
            out.append((rest + [part(held, pair != key, "seeds, the rest")], part(held, pair == key, name)))
    return out


def article_pairs(ev: EventData) -> np.ndarray:
    """Each candidate pair's pair of articles as one number (lower * 100 + higher)."""
    ga, gb = ev.group[ev.a], ev.group[ev.b]
    return np.minimum(ga, gb) * 100 + np.maximum(ga, gb)


def part(ev: EventData, keep: np.ndarray, name: str) -> EventData:
    """The event with only the pairs `keep` counted (others NOT_HERE: neither fitted on nor
    scored; their probabilities still give the kept pairs' neighbours and rivals)."""
    pair = article_pairs(ev)
    kept = set(np.unique(pair[keep]).tolist())
    missed = sum(n for key, n in ev.missed_by_pair.items() if key in kept)
    return replace(ev, name=name, label=np.where(keep, ev.label, NOT_HERE),
                   gold=int(np.sum(keep & (ev.label == 1))) + missed, missed=missed,
                   missed_by_pair={k: n for k, n in ev.missed_by_pair.items() if k in kept})


def fit_and_threshold(events: list[EventData]) -> LinkModel:
    """fit() on all of `events`, with the threshold chosen on its own inner cross-validation."""
    model = fit(events)
    parts = [(held, predict(fit(train), held)[0]) for train, held in folds(events)]
    return replace(model, link_threshold=best_threshold(parts))


def cross_validate(events: list[EventData]) -> None:
    totals = {"dev": np.zeros(3, int), "seeds": np.zeros(3, int)}
    cross = np.zeros(2, int)             # links made on pairs of two events' sentences, such pairs
    kind_ok = kind_n = 0
    rows = []
    for train, held in folds(events):
        model = fit_and_threshold(train)
        p, same = predict(model, held)
        c = np.array(counts(held, p, model.link_threshold))
        if held.events:
            cross += [c[1], int(np.sum(held.label == 0))]
            rows.append((held.name, model.link_threshold, 0.0, 0.0, 0.0))
            continue
        totals[set_of(held)] += c
        linked = (p >= model.link_threshold) & (held.label == 1)
        said_same = model.says_same(held.x[linked], p[linked], same[linked])      # as align
        kind_ok += int(np.sum(said_same == (held.same[linked] == 1)))
        kind_n += int(np.sum(linked))
        rows.append((held.name, model.link_threshold, *prf(*c)))
    for name, t, p, r, f in rows:
        if name.startswith("mixed"):
            continue
        print(f"  {name[:32]:<32} threshold {t:.2f}  P {p:.2f} R {r:.2f} F1 {f:.2f}")
    thresholds = [t for _, t, *_ in rows]
    print(f"thresholds chosen in the folds: {min(thresholds):.2f}-{max(thresholds):.2f} "
          f"(median {np.median(thresholds):.2f})")
    for name, c in totals.items():
        p, r, f = prf(*c)
        print(f"CV {name:<5} links P {p:.3f} R {r:.3f} F1 {f:.3f}  ({c[0]} right of {c[1]} judged, "
              f"{c[2]} gold)")
    if cross[1]:
        print(f"CV cross-event: {cross[0]} links on {cross[1]} pairs of sentences of two different events")
    print(f"CV kind (same/partial) right on {kind_ok}/{kind_n} found gold links "
          f"({kind_ok / max(kind_n, 1):.3f})")


def pair_alone(events: list[EventData], model: LinkModel) -> None:
    """Each gold pair (and pairs gold does not link) compared on its own, two one-line texts, the
    way an external paraphrase corpus is run: is `same` what gold says?"""
    from reader.reading import article_from_text
    rng = np.random.default_rng(1)
    rows = []
    for ev in events:
        for ta, tb, kind in ev.gold_pairs:
            rows.append((ta, tb, kind))
        # unlinked pairs that share words, as many as the event's gold pairs
        neg = np.nonzero(ev.label == 0)[0]
        for k in rng.choice(neg, size=min(len(neg), len(ev.gold_pairs)), replace=False):
            rows.append((ev.texts[ev.a[k]], ev.texts[ev.b[k]], "none"))
    table: dict = {}
    for ta, tb, kind in rows:
        arts = [article_from_text(ta, "a"), article_from_text(tb, "b")]
        links, _ = aligning.align(arts, segment_all(arts), model)
        got = links[0].kind if links else "none"
        table[(kind, got)] = table.get((kind, got), 0) + 1
    def acc_f1(positive, predicted):
        tp = sum(v for (k, g), v in table.items() if k in positive and g in predicted)
        fp = sum(v for (k, g), v in table.items() if k not in positive and g in predicted)
        fn = sum(v for (k, g), v in table.items() if k in positive and g not in predicted)
        total = sum(table.values())
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        return (total - fp - fn) / total, f1
    figures = acc_f1({"same"}, {"same"}) + acc_f1({"same", "partial"}, {"same", "partial"})
    print("pairs on their own: `same` for gold same: acc %.3f F1 %.3f; any link for gold same/partial: "
          "acc %.3f F1 %.3f" % figures)
    print("pairs on their own (rows gold kind, columns engine):")
    print("            " + "".join(f"{g:>9}" for g in ("same", "partial", "none")))
    for kind in ("same", "partial", "topic", "none"):
        print(f"  {kind:<9} " + "".join(f"{table.get((kind, g), 0):>9}" for g in ("same", "partial", "none")))


def main() -> int:
    global OBJECTIVE
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="cross-validate only; write nothing")
    ap.add_argument("--no-mixed", action="store_true",
                    help="without the mixed sets of two dev events (their pairs across events)")
    ap.add_argument("--objective", choices=sorted(OBJECTIVES), default=OBJECTIVE,
                    help="what the link threshold maximises: the scorer's F1 (topic links free) "
                         "or F1 with a link on a topic pair counted wrong")
    args = ap.parse_args()
    OBJECTIVE = args.objective
    score = _scorer()
    dirs = sorted(p.parent for p in (EVAL / "dev").glob("*/gold.json")) + [EVAL / "seeds"]
    events = [load_event(d, score) for d in dirs]
    mixed = [] if args.no_mixed else mixed_events(dirs[:-1])
    print(f"{len(mixed)} mixed sets of two dev events, {sum(int(np.sum(m.label == 0)) for m in mixed)} "
          "pairs of sentences of different events")
    n = sum(len(e.label) for e in events)
    print(f"{len(events)} events, {n} candidate pairs, {sum(e.gold for e in events)} gold links, "
          f"{sum(e.missed for e in events)} of them never candidates")
    cross_validate(events + mixed)
    model = fit_and_threshold(events + mixed)
    print("weights (standardised):")
    for name, w in zip(FEATURES + ("support", "margin"), model.context.coef):
        print(f"  {name:<14} {w:+.2f}")
    print(f"link threshold {model.link_threshold:.2f}, same threshold {model.same_threshold:.2f}")
    print("kind weights (standardised): " + ", ".join(
        f"{n} {w:+.2f}" for n, w in zip(FEATURES, model.kind.coef) if w))
    pair_alone(events, model)
    if not args.dry_run:
        out = ROOT / "resources" / "linking" / "link_model.json"
        data = model.to_json(fitted_by="dev/fit_links.py", events=[e.name for e in events])
        out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
