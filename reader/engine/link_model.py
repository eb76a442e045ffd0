"""The link decision: a small logistic model turns a pair's features into a probability that the
two sentences report the same content, and a second one says `same` or `partial`.

The weights are data (resources/linking/link_model.json), fitted by dev/fit_links.py on hand-made
gold with leave-one-event-out cross-validation; nothing here is tuned by hand. Two stages: the first
scores each pair on its own, the second adds the support of neighbouring pairs (context).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from reader.engine.coverage import CONFIDENT
from reader.engine.link_evidence import FEATURES
from reader.paths import resource


_FIGURES_UNMATCHED = FEATURES.index("figures_unmatched")
_NAMES_SWAPPED = FEATURES.index("names_swapped")
_OPPOSITE_WORDS = FEATURES.index("opposite_words")
_COVER_MIN = FEATURES.index("cover_min")
# `same` needs each sentence's content (its content words weighed by their rarity in English) half
# found in the other at least: a sentence with more of its own than shared says something else too.
# Set by that reasoning, not fitted: the gold's `same` (one statement as the main content of two
# differently written reports) is met at any overlap, so its labels cannot place this line.
SAME_COVER = 0.5


@dataclass(frozen=True)
class Logistic:
    coef: np.ndarray
    intercept: float
    mean: np.ndarray
    scale: np.ndarray

    def probability(self, x: np.ndarray, *extra: np.ndarray) -> np.ndarray:
        """P(y=1) for each row of x; `extra` are further columns, given apart so that a large
        x need not be copied to append them."""
        weights = self.coef / self.scale        # fold the standardisation into the weights
        k = x.shape[1] if x.ndim == 2 else 0
        z = (x @ weights[:k].astype(x.dtype)).astype(np.float64) if len(x) else np.zeros(0)
        for j, column in enumerate(extra):
            z = z + column * weights[k + j]
        z = z + (self.intercept - float(self.mean @ weights))
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    @classmethod
    def from_json(cls, d: dict) -> "Logistic":
        return cls(np.array(d["coef"]), float(d["intercept"]), np.array(d["mean"]), np.array(d["scale"]))

    def to_json(self) -> dict:
        return {"coef": [round(float(v), 6) for v in self.coef], "intercept": round(self.intercept, 6),
                "mean": [round(float(v), 6) for v in self.mean],
                "scale": [round(float(v), 6) for v in self.scale]}


@dataclass(frozen=True)
class LinkModel:
    alone: Logistic            # features -> probability
    context: Logistic          # features + neighbour support -> probability
    kind: Logistic             # features -> probability that a link is `same`
    link_threshold: float      # link when the probability reaches this
    same_threshold: float      # `same` when the kind probability reaches this

    def says_same(self, features: np.ndarray, probability: np.ndarray, same: np.ndarray) -> np.ndarray:
        """Which links are `same` (the rest `partial`): the two sentences report one statement.
        Only a confident link can say so (a weak one is more likely wrong than right); each
        sentence must have most of its content, weighed by rarity, in the other (SAME_COVER)
        and the kind model must agree; and neither may give a figure the other does not
        mention, nor each name one the other lacks, nor say the opposite ("rose" / "fell"): a
        count, sum or date one source adds or changes is more than the other says, and a name in
        place of another is another fact (the gold's `same` tolerates the first, a reader
        comparing two sentences does not)."""
        figure_apart = ((features[:, _FIGURES_UNMATCHED] > 0) | (features[:, _NAMES_SWAPPED] > 0)
                        | (features[:, _OPPOSITE_WORDS] > 0))
        covered = features[:, _COVER_MIN] >= SAME_COVER
        return (same >= self.same_threshold) & (probability >= CONFIDENT) & covered & ~figure_apart

    @classmethod
    def from_json(cls, d: dict) -> "LinkModel":
        if tuple(d["features"]) != FEATURES:
            raise ValueError("link model was fitted on other features; re-run dev/fit_links.py")
        return cls(Logistic.from_json(d["alone"]), Logistic.from_json(d["context"]),
                   Logistic.from_json(d["kind"]), float(d["link_threshold"]),
                   float(d["same_threshold"]))

    def to_json(self, **extra) -> dict:
        return {"features": list(FEATURES), "alone": self.alone.to_json(),
                "context": self.context.to_json(), "kind": self.kind.to_json(),
                "link_threshold": round(self.link_threshold, 4),
                "same_threshold": round(self.same_threshold, 4), **extra}


@lru_cache(maxsize=1)
def shipped_model() -> LinkModel:
    path = resource("linking", "link_model.json")
    return LinkModel.from_json(json.loads(path.read_text(encoding="utf-8")))
