"""The window keeps answering while it works: long jobs leave room for timers, analyses leave
room for repaints, columns that went away are not drawn from."""
import sys
import time

from PySide6.QtCore import QTimer

from reader.ui.steps import Steps


def _busy(seconds: float) -> None:
    t = time.perf_counter()
    while time.perf_counter() - t < seconds:
        pass


def test_timers_fire_between_the_turns_of_a_long_job(qtbot):
    """A job of many turns does not hold back the window's timers (autosave, the caret's
    blink, animations) until it is done: they fire between its turns."""
    steps = Steps()
    ticks: list[float] = []
    timer = QTimer(interval=1)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    seen: list[int] = []

    def turn() -> None:          # a step longer than a turn's budget: one step a turn
        _busy(Steps.BUDGET * 1.5)
        seen.append(len(ticks))
    timer.start()
    steps.start([turn] * 12)
    qtbot.waitUntil(lambda: not steps.running, timeout=10000)
    timer.stop()
    grew = sum(1 for a, b in zip(seen, seen[1:]) if b > a)
    assert grew >= len(seen) // 2, seen


def test_link_maps_paint_safely_while_other_sources_replace_the_columns(qtbot, window, monkeypatch):
    """Opening other sources removes the old columns while the new ones are still being
    built (in turns of their own); a link map repainted in between draws nothing rather than
    reach for a column that is gone (it raised on every repaint until the new columns were
    laid out)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from reader.ui.columns import ColumnsView
    from ui_helpers import many_sources
    monkeypatch.setattr(ColumnsView, "CHUNKED_ABOVE", 0)          # built in turns, as a big one
    place = ColumnsView._place
    drawn = []

    def place_then_repaint(view, order):
        place(view, order)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)   # the old columns go now
        for lm in view.linkmaps:
            lm.repaint()
            drawn.append(lm.visible_bands())
    monkeypatch.setattr(ColumnsView, "_place", place_then_repaint)
    window.session.set_comparison(many_sources(6))
    qtbot.waitUntil(window.columns.settled, timeout=5000)
    assert drawn and all(bands == [] for bands in drawn)
    assert window.columns.linkmaps[0].visible_bands()              # bands once laid out


def test_the_engine_hands_the_interpreter_back_often_while_it_works(qtbot, comparison):
    """While an analysis runs on the worker, the GUI thread waits far less for Python's lock
    at each of a repaint's callbacks (the engine yields it every 0.5 ms, not every 5); the
    interpreter's own setting is back once the analysis is done."""
    from reader.ui.runner import AnalysisRunner, Request, SourceSpec
    from reader.engine.model import Article
    before = sys.getswitchinterval()
    during = []

    def compare(articles, progress=None, cancelled=None):
        during.append(sys.getswitchinterval())
        return comparison
    runner = AnalysisRunner(read=lambda spec: Article(id=spec.key, text=spec.key), compare=compare)
    done = []
    runner.finished.connect(lambda gen, result: done.append(result))
    try:
        runner.submit(Request([SourceSpec("a"), SourceSpec("b")]))
        qtbot.waitUntil(lambda: bool(done), timeout=5000)
    finally:
        runner.shutdown()
    assert during and during[0] <= 0.001 < before
    assert sys.getswitchinterval() == before


def test_the_start_up_analysis_arrives_without_loading_the_difference_finder():
    """The forked start-up analysis sends its comparison down a pipe; reading it back must not
    import the engine's difference finder (0.2 s, with nltk) before the window can show it.
    Its word diffs are the same, worked out when first asked for."""
    import pickle
    import subprocess

    from reader.engine import compare
    from reader.reading import article_from_text
    arts = [article_from_text("Storm kills 12 in port city.\\n\\nThe storm killed 12 people on Monday, "
                              "officials said.", "one"),
            article_from_text("Storm kills 14 in port city.\\n\\nThe storm killed 14 people on Monday, "
                              "police said.", "two")]
    c = compare(arts)
    payload = pickle.dumps((c, {}, []))
    sent = pickle.loads(payload)[0]
    pair = next((link.a, link.b) for link in c.links)
    assert pair in sent.word_diffs and ("one:0", "nowhere:9") not in sent.word_diffs
    assert sent.word_diffs.get(pair) == c.word_diffs[pair] and sent.word_diffs.get(("x", "y")) is None
    # in a fresh interpreter: reading the result back loads the model, not the engine's stages
    code = ("import pickle, sys; c = pickle.loads(sys.stdin.buffer.read())[0]; "
            "print(sorted(m for m in sys.modules if m.startswith(('reader.engine.', 'nltk'))), "
            "[op.text for op in c.word_diffs[next((x.a, x.b) for x in c.links)]])")
    out = subprocess.run([sys.executable, "-c", code], input=payload, capture_output=True, check=True)
    loaded = out.stdout.decode()
    assert "reader.engine.model" in loaded and "14" in loaded
    assert "differences" not in loaded and "nltk" not in loaded and "reader.engine.text" not in loaded


def _sources_opened(qtbot, comparison):
    """A new window told of the comparison's sources, as opening them does, no analysis yet."""
    from reader.ui.analysis import SourceSpec
    from reader.ui.app import create_window
    win = create_window(analyse=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.session.sources = [SourceSpec(a.id, path=a.path) for a in comparison.articles]
    win.session.sourcesChanged.emit()
    return win


def test_columns_made_while_waiting_are_shown_when_the_analysis_lands_between_turns(
        qtbot, comparison, monkeypatch):
    """Columns headed "analysing…" are made (hidden) and then shown in turns of their own;
    an analysis that lands between those turns still ends with every column on screen (it
    left them hidden: the window showed nothing but its headers' space)."""
    monkeypatch.setattr(Steps, "BUDGET", 0.0)                       # a step a turn
    win = _sources_opened(qtbot, comparison)
    from PySide6.QtWidgets import QApplication
    deadline = time.perf_counter() + 3
    while len(win.columns._made) < 3 and time.perf_counter() < deadline:
        QApplication.processEvents()          # a turn at a time: made, not yet shown
    assert len(win.columns._made) == 3 and not any(c.isVisible() for c in win.columns._made.values())
    win.session.set_comparison(comparison)
    qtbot.waitUntil(win.columns.settled, timeout=3000)
    assert [c.article_id for c in win.columns.columns] == ["alpha", "beta", "gamma"]
    assert all(c.isVisible() for c in win.columns.columns)
    assert all(lm.isVisible() for lm in win.columns.linkmaps)


def test_while_the_first_analysis_runs_each_source_has_its_column_headed_by_its_name(qtbot, comparison):
    win = _sources_opened(qtbot, comparison)
    qtbot.waitUntil(lambda: len(win.columns.columns) == 3 and all(c.isVisible() for c in win.columns.columns))
    assert [c.article_id for c in win.columns.columns] == ["alpha", "beta", "gamma"]
    assert all("analysing…" in c.header.text() for c in win.columns.columns)
    assert len(win.columns.linkmaps) == 2 and all(lm.isVisible() for lm in win.columns.linkmaps)
