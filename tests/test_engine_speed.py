"""What the engine does to go fast must leave the process as it found it."""
import gc

import pytest

from reader.engine import compare
from reader.engine.pipeline import Cancelled
from tests.engine_helpers import articles

TEXTS = dict(
    a="Police said 12 people were hurt in Leeds on Monday. The mayor called it a tragedy.",
    b="At least 14 people were hurt in Leeds on Monday, police said. The mayor spoke later.",
)


@pytest.fixture
def collector_state():
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


def test_a_comparison_switches_the_garbage_collector_back_on(collector_state):
    gc.enable()
    compare(articles(**TEXTS))
    assert gc.isenabled()


def test_a_comparison_leaves_a_collector_it_found_off_off(collector_state):
    gc.disable()
    compare(articles(**TEXTS))
    assert not gc.isenabled()


def test_a_cancelled_comparison_switches_the_collector_back_on(collector_state):
    gc.enable()
    with pytest.raises(Cancelled):
        compare(articles(**TEXTS), cancelled=lambda: True)
    assert gc.isenabled()


def test_the_collector_is_off_while_the_comparison_runs(collector_state):
    gc.enable()
    seen = []
    compare(articles(**TEXTS), progress=lambda stage, done: seen.append(gc.isenabled()))
    assert seen and not any(seen)


def test_a_comparison_started_inside_another_keeps_the_collector_off_until_the_outer_ends(
        collector_state):
    gc.enable()
    seen = []

    def progress(stage, done):
        if stage == "aligning" and not seen:
            compare(articles(**TEXTS))            # e.g. a second window's comparison
            seen.append(gc.isenabled())

    compare(articles(**TEXTS), progress=progress)
    assert seen == [False]
    assert gc.isenabled()
