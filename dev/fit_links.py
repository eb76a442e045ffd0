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

Leave-one-event-out: for each event, the logistic models and the link threshold are fitted on the
other events only and the held-out event is scored; P/R/F1 are summed over events like the scorer
does (a gold pair the engine never made a candidate counts as missed). The threshold maximises F1
on the training events with a link on a topic pair counted half wrong (OBJECTIVE "half"): the dev
collection lists nearly every pair that shares anything as topic, so with topic links free (the
scorer's own F1) the best threshold there is the lowest, which links half of a long article to
everything; counted fully wrong, recall suffers. Of the weights 0, 0.25, 0.35, 0.5, 0.75 and 1 for a
topic link, 0.35-0.5 gave the best cross-validated F1 over dev and seeds together (0.90).
Small models, L2-regularised, so 21 events are enough.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from dataclasses import dataclass
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
    label: np.ndarray            # 1 linked, 0 not, -1 topic (ignored)
    same: np.ndarray             # 1 gold `same`, 0 otherwise
    missed: int                  # gold links that are not candidate pairs
    gold: int                    # gold same/partial links in all
    texts: list                  # unit texts (for the pair-alone check)
    gold_pairs: list             # (text a, text b, kind) of every gold pair, topic included


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
    number = {a: n for n, a in enumerate(dict.fromkeys(s.article for s in units))}
    group = np.array([number[s.article] for s in units], dtype=np.int64)
    return EventData(gdir.name, c.features.astype(np.float64), c.a, c.b, c.n, group, label, same,
                     len(positives) - len(found), len(positives), [s.text for s in units], gold_pairs)


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


def fit(events: list[EventData]) -> tuple[LinkModel, dict]:
    x = np.concatenate([e.x for e in events])
    y = np.concatenate([e.label for e in events])
    # topic pairs (only the general event in common) are what a link must not be: fitted as 0,
    # though the scorer neither credits nor penalises linking them
    target = (y == 1).astype(float)
    weight = np.where(y == -1, TOPIC_WEIGHT, 1.0)
    alone = fit_logistic(x, target, weight, fixed=FIXED)
    xs = [context_of(e, alone.probability(e.x)) for e in events]
    xc = np.concatenate(xs)
    context = fit_logistic(xc, target, weight, fixed=FIXED)
    probs = [context.probability(xe) for xe in xs]
    threshold = best_threshold(events, probs)
    # same vs partial, among gold links
    s = np.concatenate([e.same for e in events])
    pos = y == 1
    share = s[pos].mean()
    balanced = np.where(s[pos] == 1, 0.5 / share, 0.5 / (1 - share))
    kind = fit_logistic(x[pos], s[pos].astype(float), balanced, fixed=KIND_FIXED)
    same_threshold = 0.5
    model = LinkModel(alone, context, kind, threshold, same_threshold)
    return model, {}


def counts(ev: EventData, p: np.ndarray, threshold: float) -> tuple[int, int, int]:
    """(true positives, judged reported, gold) as score.py counts them."""
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
    return int(np.sum(chosen & (ev.label == 1))), int(np.sum(chosen)), ev.gold


def half_counts(ev: EventData, p: np.ndarray, threshold: float) -> tuple[float, float, int]:
    """Between the two: a link on a gold `topic` pair counts half wrong."""
    chosen = p >= threshold
    return (int(np.sum(chosen & (ev.label == 1))),
            int(np.sum(chosen & (ev.label >= 0))) + 0.5 * int(np.sum(chosen & (ev.label == -1))), ev.gold)


OBJECTIVES = {"scorer": counts, "strict": strict_counts, "half": half_counts}
OBJECTIVE = "half"


def best_threshold(events, probs) -> float:
    best, best_f = 0.5, -1.0
    count = OBJECTIVES[OBJECTIVE]
    for t in np.arange(0.05, 0.91, 0.01):
        tot = np.sum([count(e, p, t) for e, p in zip(events, probs)], axis=0)
        f = prf(*tot)[2]
        if f > best_f:
            best, best_f = float(t), f
    return best


def predict(model: LinkModel, ev: EventData) -> tuple[np.ndarray, np.ndarray]:
    alone = model.alone.probability(ev.x)
    p = model.context.probability(context_of(ev, alone))
    same = model.kind.probability(ev.x)
    return p, same


def cross_validate(events: list[EventData]) -> None:
    totals = {"dev": np.zeros(3, int), "seeds": np.zeros(3, int)}
    kind_ok = kind_n = 0
    rows = []
    for k, held in enumerate(events):
        model, _ = fit([e for j, e in enumerate(events) if j != k])
        p, same = predict(model, held)
        c = np.array(counts(held, p, model.link_threshold))
        totals["seeds" if held.name == "seeds" else "dev"] += c
        linked = (p >= model.link_threshold) & (held.label == 1)
        said_same = model.says_same(held.x[linked], p[linked], same[linked])      # as align
        kind_ok += int(np.sum(said_same == (held.same[linked] == 1)))
        kind_n += int(np.sum(linked))
        rows.append((held.name, model.link_threshold, *prf(*c)))
    for name, t, p, r, f in rows:
        print(f"  {name[:32]:<32} threshold {t:.2f}  P {p:.2f} R {r:.2f} F1 {f:.2f}")
    for part, c in totals.items():
        p, r, f = prf(*c)
        print(f"CV {part:<5} links P {p:.3f} R {r:.3f} F1 {f:.3f}  ({c[0]} right of {c[1]} judged, "
              f"{c[2]} gold)")
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
    ap.add_argument("--objective", choices=sorted(OBJECTIVES), default=OBJECTIVE,
                    help="what the link threshold maximises: the scorer's F1 (topic links free) "
                         "or F1 with a link on a topic pair counted wrong")
    args = ap.parse_args()
    OBJECTIVE = args.objective
    score = _scorer()
    dirs = sorted(p.parent for p in (EVAL / "dev").glob("*/gold.json")) + [EVAL / "seeds"]
    events = [load_event(d, score) for d in dirs]
    n = sum(len(e.label) for e in events)
    print(f"{len(events)} events, {n} candidate pairs, {sum(e.gold for e in events)} gold links, "
          f"{sum(e.missed for e in events)} of them never candidates")
    cross_validate(events)
    model, _ = fit(events)
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
