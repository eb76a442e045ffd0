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


# --- a large comparison finds actors and quotes in a forked child beside the alignment --------

import os  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402

from reader.engine import aside, differences  # noqa: E402

needs_fork = pytest.mark.skipif(not (sys.platform.startswith("linux") and hasattr(os, "fork")
                                     and len(os.sched_getaffinity(0)) >= 2),
                                reason="no fork here (not Linux, or a single core)")


def _no_children_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@needs_fork
def test_work_aside_runs_in_another_process_and_brings_its_answer_back():
    parent = os.getpid()
    assert aside.Aside(lambda: (os.getpid(), [1, "two", {3: 4.0}])).result()[1] == [1, "two", {3: 4.0}]
    assert aside.Aside(lambda: os.getpid()).result() != parent
    assert _no_children_left()


@needs_fork
def test_work_that_fails_in_the_child_is_done_in_the_parent():
    parent = os.getpid()

    def work():
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return "done here"

    assert aside.Aside(work).result() == "done here"
    assert _no_children_left()


@needs_fork
def test_a_child_that_fails_says_why_on_stderr(capfd):
    parent = os.getpid()

    def work():
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return "done here"

    assert aside.Aside(work).result() == "done here"
    assert "RuntimeError: the child fails" in capfd.readouterr().err


@needs_fork
def test_early_work_is_handed_over_while_the_child_still_works():
    import time

    started = time.monotonic()
    task = aside.Aside(lambda: time.sleep(30) or "late", early=lambda: (os.getpid(), {"stem": "stem"}))
    pid, table = task.early_result()
    assert time.monotonic() - started < 20          # not held back until work() ends
    assert pid != os.getpid() and table == {"stem": "stem"}
    assert task.early_result() is None              # handed over once
    task.abandon()
    assert _no_children_left()


@needs_fork
def test_early_work_that_fails_in_the_child_gives_nothing_and_the_work_still_comes():
    parent = os.getpid()

    def early():
        raise RuntimeError("the early part fails")

    task = aside.Aside(lambda: os.getpid() != parent, early=early)
    assert task.early_result() is None
    assert task.result() is True                    # the child went on to the work itself
    assert _no_children_left()


@needs_fork
def test_words_worked_out_in_a_child_are_the_ones_worked_out_here():
    from reader.engine import text

    texts = ["Ambassadors withdrew from Tehran; the Iranian envoy said talks were suspended.",
             "Kovalenko's lawyers appealed the rulings"]
    words = [w for t in texts for w in text.WORD_RE.findall(t)]
    here = {w: text._concepts_of_word(w) for w in words}
    saved = dict(text._CONCEPTS), dict(text._STEMS)
    try:
        text._CONCEPTS.clear()           # the child hands over only what this process lacks
        text._STEMS.clear()
        task = aside.Aside(lambda: None, early=lambda: text.words_known(texts))
        known = task.early_result()
        task.result()
        assert known is not None and not text._CONCEPTS
        text.learn_words(known)
        assert {w: text._CONCEPTS[w] for w in words} == here    # learnt, not worked out again
        assert all(text._STEMS[w] == text._stemmer.stem(text.fold(w)) for w in ("withdrew", "envoy"))
    finally:
        text._CONCEPTS.update(saved[0])
        text._STEMS.update(saved[1])


@needs_fork
def test_figures_and_name_runs_worked_out_in_a_child_are_the_ones_worked_out_here():
    from reader.engine.segment import segment_all

    arts = articles(**FLOOD)
    sentences = segment_all(arts)
    task = aside.Aside(lambda: None, early=lambda: differences.facts_for(arts, sentences, (), ())
                       .texts_worked_out(sentences[1:]))
    known = task.early_result()
    task.result()
    here, learnt = (differences.facts_for(arts, sentences, (), ()) for _ in range(2))
    learnt.learn(known)
    numbers = 0
    for s in sentences[1:]:
        x, y = here.of(s), learnt.of(s)
        assert y.runs == x.runs and y.runs is known["runs", s.text]      # learnt, not worked out
        assert [vars(q) for q in y.figures.quantities] == [vars(q) for q in x.figures.quantities]
        assert y.figures.dates == x.figures.dates and y.figures.timings == x.figures.timings
        assert (y.figures.q_context, y.figures.d_context) == (x.figures.q_context, x.figures.d_context)
        numbers += len(x.figures.quantities)
    assert numbers >= 3 and any(here.of(s).runs for s in sentences)
    assert _no_children_left()


@needs_fork
def test_abandoned_work_leaves_no_process_behind():
    import time

    task = aside.Aside(lambda: time.sleep(600))
    task.abandon()
    assert _no_children_left()


FLOOD = dict(
    a='"We will rebuild," Mayor Jane Fox said on Monday after the flood hit Leeds. '
      'Police said 12 people were hurt. The river rose 3 metres in two hours on Sunday.',
    b='Mayor Jane Fox said the city would rebuild after the flood in Leeds. '
      'At least 14 people were hurt, police said. The river rose 4 metres in three hours on Monday.',
    c='Leeds mayor Jane Foxx said on Tuesday the city would rebuild. Police said 12 people '
      'were injured. The river rose 5 metres in two hours.',
)


@needs_fork
def test_a_comparison_aligned_and_compared_aside_is_the_one_made_in_process(monkeypatch):
    texts = FLOOD
    monkeypatch.setattr(aside, "may_fork", lambda sentences: False)
    here = compare(articles(**texts))
    monkeypatch.setattr(aside, "may_fork", lambda sentences: True)
    monkeypatch.setattr(differences, "CHUNK", 1)         # links shared out one at a time
    forked = []
    monkeypatch.setattr(aside, "Aside", 
                        lambda work, _real=aside.Aside, **kw: forked.append(1) or _real(work, **kw))
    beside = compare(articles(**texts))
    assert len(forked) == 3     # the alignment; the later links' differences; unlinked sentences'
    assert (beside.links, beside.groups, beside.actors, beside.quotes, beside.differences) == \
        (here.links, here.groups, here.actors, here.quotes, here.differences)
    assert here.actors and here.quotes and len(here.differences) >= 4 and len(here.links) >= 3


@needs_fork
def test_a_cancelled_comparison_leaves_no_child_running(monkeypatch):
    monkeypatch.setattr(aside, "may_fork", lambda sentences: True)
    stages = []

    def cancelled():
        return bool(stages) and stages[-1] == "aligning"

    with pytest.raises(Cancelled):
        compare(articles(**TEXTS), progress=lambda stage, done: stages.append(stage), cancelled=cancelled)
    assert _no_children_left()


def test_no_fork_while_other_threads_run():
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not aside.may_fork(10 ** 6)
    finally:
        stop.set()
        other.join()


def test_small_comparisons_are_not_worth_a_fork():
    assert not aside.may_fork(aside.ASIDE_FROM - 1)


@needs_fork
def test_two_ends_hand_out_every_piece_once_the_front_ones_here():
    ends = aside.TwoEnds(200)

    def from_the_back():
        taken = []
        while (k := ends.back()) is not None:
            taken.append(k)
        return taken

    beside = aside.Aside(from_the_back)
    mine = []
    while (k := ends.front()) is not None:
        mine.append(k)
    theirs = beside.result()
    ends.close()
    assert mine == list(range(len(mine)))
    assert sorted(mine + theirs) == list(range(200))
    assert _no_children_left()


@needs_fork
def test_links_a_failing_child_took_are_compared_here(monkeypatch):
    monkeypatch.setattr(aside, "may_fork", lambda sentences: False)
    here = compare(articles(**FLOOD))
    monkeypatch.setattr(aside, "may_fork", lambda sentences: True)
    monkeypatch.setattr(differences, "CHUNK", 1)
    parent, real = os.getpid(), differences._found

    def found(*args):
        if os.getpid() != parent:
            raise RuntimeError("the child fails after taking a link")
        return real(*args)

    monkeypatch.setattr(differences, "_found", found)
    beside = compare(articles(**FLOOD))
    assert beside.differences == here.differences and len(here.differences) >= 4
    assert _no_children_left()



@needs_fork
def test_numbers_and_days_of_unlinked_sentences_found_aside_are_the_ones_found_here(monkeypatch):
    """figures_across and dates_across run in a child beside the names and labels of unlinked
    sentences, given only the links' differences: they must find what they find in process,
    after the others, in the same order."""
    from reader.engine.model import Citation, Correction
    from reader.reading import article_from_text

    arts = [article_from_text("Mine collapse in Kuvara\n\nA tunnel collapsed at the Kuvara copper mine "
                              "on Thursday. At least nine miners were killed, the company said.", "a"),
            article_from_text("Kuvara disaster\n\nThe Kuvara copper mine tunnel collapsed on Friday "
                              "morning, the operator said. Relatives say 13 men died underground when "
                              "the roof gave way.", "b")]
    fixes = []
    for words_a, words_b in (("At least nine", "Relatives say"), ("A tunnel", "The Kuvara")):
        refs = []
        for art, words in ((arts[0], words_a), (arts[1], words_b)):
            start = art.text.index(words)
            end = art.text.index(".", start) + 1
            refs.append(Citation(art.id, start, end, art.text[start:end]))
        fixes.append(Correction("unlink", refs=tuple(refs)))
    monkeypatch.setattr(aside, "may_fork", lambda sentences: False)
    here = compare(arts, corrections=fixes)
    monkeypatch.setattr(aside, "may_fork", lambda sentences: True)
    children = []
    monkeypatch.setattr(aside, "Aside", 
                        lambda work, _real=aside.Aside, **kw: children.append(1) or _real(work, **kw))
    beside = compare(arts, corrections=fixes)
    assert len(children) == 2 and beside.differences == here.differences
    assert list(here.differences) == _each_detector_after_the_others(here)
    kinds = [d.kind for d in here.differences]
    assert "number" in kinds and "date" in kinds
    assert _no_children_left()


def _each_detector_after_the_others(c) -> list:
    """The comparison's differences found one detector after another, each given all that the
    ones before it reported (as find_differences did before it shared the work out)."""
    from reader.engine import dates_across, figures_across
    from reader.engine.name_differences import across_articles
    from reader.engine.quote_wording import labels_across

    facts = differences.facts_for(c.articles, c.sentences, c.actors, c.quotes)
    of = facts.by_id()
    diffs = []
    differences._place(facts, c.links, differences._found(facts, of, c.links), diffs)
    linked = {sid: of[sid] for link in c.links for sid in (link.a, link.b)}
    pairs = {(link.a, link.b) for link in c.links}
    in_order = dict(sorted(linked.items(), key=lambda p: (p[1].s.article, p[1].s.start)))
    diffs += across_articles(facts, in_order, diffs)
    diffs += labels_across(facts, pairs)
    diffs += figures_across.across(facts, pairs, diffs)
    diffs += dates_across.across(facts, pairs, diffs)
    diffs += differences.attribution.figure_sources(facts, diffs)
    return diffs


def test_placed_differences_are_the_found_ones_on_the_articles_spans():
    """_place looks spans up by offsets into their sentence: each difference must carry the
    span facts.span gives for its stretch of the article (that very object, which the JSON
    export writes once)."""
    c = compare(articles(**FLOOD))
    facts = differences.facts_for(c.articles, c.sentences, c.actors, c.quotes)
    found = differences._found(facts, facts.by_id(), c.links)
    placed = []
    differences._place(facts, c.links, found, placed)
    assert len(placed) == len(found) >= 4
    for d, (n, kind, a0, a1, b0, b1, note) in zip(placed, found):
        sa, sb = facts.sentence[c.links[n].a], facts.sentence[c.links[n].b]
        assert (d.kind, d.note) == (kind, note)
        assert d.a is facts.span(sa, sa.start + a0, sa.start + a1)
        assert d.b is facts.span(sb, sb.start + b0, sb.start + b1)
        assert d.a.text == sa.text[a0:a1] and d.b.text == sb.text[b0:b1]


def test_words_known_hands_over_only_the_words_this_process_lacked():
    from reader.engine import text

    text.content_concepts("Brannochs glimmered quietly")            # known here already
    known_stems, known_concepts = text.words_known(["Brannochs glimmered over Zelvarine dunes"])
    assert "Zelvarine" in known_concepts and "dunes" in known_concepts
    assert not {"Brannochs", "glimmered"} & set(known_concepts)
    assert not {"Brannochs", "glimmered"} & set(known_stems) and "dunes" in known_stems


@needs_fork
def test_a_forked_comparison_uses_the_figures_the_child_worked_out(monkeypatch):
    """The first sentences' figures come from the alignment's child (pipeline.EARLY_SHARE):
    this process does not work them out again."""
    from reader.engine import pipeline, sentence_facts
    from reader.engine.segment import segment_all

    made = []
    once = sentence_facts.Facts.once

    def counted(self, key, make):
        if key[0] == "figures" and key not in self._once:
            made.append(key[1])
        return once(self, key, make)

    monkeypatch.setattr(sentence_facts.Facts, "once", counted)
    arts = articles(**FLOOD)
    sentences = segment_all(arts)
    first = {s.text for s in sentences[:int(len(sentences) * pipeline.EARLY_SHARE)] if s.role != "byline"}
    monkeypatch.setattr(aside, "ASIDE_FROM", 10 ** 9)
    here = compare(arts)
    assert first & set(made)                        # in process, their figures are worked out here
    made.clear()
    monkeypatch.setattr(aside, "ASIDE_FROM", 1)
    forked = compare(arts)
    assert made and not first & set(made)           # forked, they are the child's
    assert [d.kind for d in forked.differences] == [d.kind for d in here.differences]
    assert _no_children_left()
