"""dev/fit_links.py chooses the link threshold and the cross-validation folds: a threshold that jumps
from fit to fit, or a fold that lets a model see the pairs it is judged on, gives figures that do
not hold on new text. Invented curves and events only (the script's gold is not read here)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def fit_links():
    spec = importlib.util.spec_from_file_location("fit_links_under_test", ROOT / "dev" / "fit_links.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module          # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def test_a_flat_top_gives_its_middle_not_its_first_threshold(fit_links):
    grid = np.round(np.arange(0.05, 0.56, 0.01), 2)
    curve = np.where((grid >= 0.15) & (grid <= 0.35), 0.8, 0.6)
    assert fit_links.plateau_threshold(curve, grid, smooth=0) == pytest.approx(0.25)
    assert fit_links.plateau_threshold(curve, grid, smooth=2) == pytest.approx(0.25)


def test_a_lone_spike_loses_to_a_broad_rise(fit_links):
    grid = np.round(np.arange(0.05, 0.56, 0.01), 2)
    curve = np.full(len(grid), 0.70)
    curve[(grid >= 0.30) & (grid <= 0.40)] = 0.78          # broad
    curve[grid == 0.10] = 0.80                              # one more pair right, at one threshold
    assert fit_links.plateau_threshold(curve, grid, smooth=0) == pytest.approx(0.10)
    assert fit_links.plateau_threshold(curve, grid, smooth=3) == pytest.approx(0.35)


def _event(fit_links, name, articles, pairs, labels):
    """An invented event: one sentence per article suffices to name a pair of articles."""
    a = np.array([p[0] for p in pairs])
    b = np.array([p[1] for p in pairs])
    labels = np.array(labels)
    return fit_links.EventData(name, np.zeros((len(pairs), 3)), a, b, len(articles),
                               np.arange(len(articles)), labels, np.zeros(len(pairs), dtype=np.int64),
                               0, int(np.sum(labels == 1)), list(articles), [], list(articles), {})


def test_the_seeds_are_held_out_one_pair_of_articles_at_a_time(fit_links):
    dev = _event(fit_links, "short-event", ["x", "y"], [(0, 1)], [1])
    seeds = _event(fit_links, "seeds", ["p", "q", "r"], [(0, 1), (0, 2), (1, 2)], [1, 0, 1])
    folds = fit_links.folds([dev, seeds])
    held_names = [held.name for _, held in folds]
    assert held_names == ["short-event", "seeds p~q", "seeds p~r", "seeds q~r"]
    for train, held in folds[1:]:
        judged = held.label != fit_links.NOT_HERE
        assert judged.sum() == 1                            # one pair of articles
        rest = [part for part in train if part.name.startswith("seeds")][0]
        # what is judged is never fitted on, and the rest of the seeds is
        assert np.all(rest.label[judged] == fit_links.NOT_HERE)
        assert np.sum(rest.label != fit_links.NOT_HERE) == 2
        assert held.gold == int(np.sum(held.label == 1))
    # inside a fold, the rest of the seeds splits again by pair (an inner cross-validation)
    inner = fit_links.folds(folds[1][0])
    assert [held.name for _, held in inner] == ["short-event", "seeds p~r", "seeds q~r"]


def test_each_collection_weighs_once_in_the_objective(fit_links):
    # twenty short events all right at any threshold, one long one whose precision needs 0.5
    shorts = [(_event(fit_links, f"e{k}", ["x", "y"], [(0, 1)], [1]), np.array([0.3])) for k in range(20)]
    long_pairs = [(0, 1), (0, 2), (1, 2), (0, 3)]
    seeds = _event(fit_links, "seeds", ["p", "q", "r", "s"], long_pairs, [1, 0, 0, 0])
    curve = fit_links.objective_curve(shorts + [(seeds, np.array([0.6, 0.4, 0.4, 0.4]))])
    grid = fit_links.GRID
    at = {t: curve[np.argmin(np.abs(grid - t))] for t in (0.2, 0.45)}
    assert at[0.2] == pytest.approx(1.0 + 0.4)             # dev F1 1, seeds F1 2*0.25*1/1.25
    assert at[0.45] == pytest.approx(0.0 + 1.0)            # short events lost, seeds right


def test_a_curve_best_at_its_end_keeps_its_end(fit_links):
    grid = np.round(np.arange(0.05, 0.56, 0.01), 2)
    falling = np.linspace(0.9, 0.5, len(grid))             # the lowest threshold is the best
    assert fit_links.plateau_threshold(falling, grid, smooth=3) == pytest.approx(0.05)


def test_a_held_out_event_takes_its_mixed_set_with_it(fit_links):
    # the unrelated pairs of two events' sentences must not teach the model about the one judged
    one = _event(fit_links, "one", ["x", "y"], [(0, 1)], [1])
    two = _event(fit_links, "two", ["x", "y"], [(0, 1)], [1])
    three = _event(fit_links, "three", ["x", "y"], [(0, 1)], [1])
    mixed = _event(fit_links, "mixed one+two", ["o/x", "t/x"], [(0, 1)], [0])
    mixed.events = ("one", "two")
    folds = {held.name: [part.name for part in train]
             for train, held in fit_links.folds([one, two, three, mixed])}
    assert folds["one"] == ["two", "three"]
    assert folds["two"] == ["one", "three"]
    assert folds["three"] == ["one", "two", "mixed one+two"]
    assert folds["mixed one+two"] == ["three"]
