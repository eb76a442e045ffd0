"""Analysis off the GUI thread: progress, and stale work cancelled and dropped."""
import threading
import time

from PySide6.QtWidgets import QApplication

from reader.ui.runner import AnalysisRunner, Request, Result, SourceSpec
from reader.ui.session import ComparisonSession


def _read(spec):
    from reader.engine.model import Article
    return Article(id=spec.key, text=spec.key)


def test_a_stale_analysis_is_cancelled_and_never_reported(qtbot, comparison):
    """The engine is told to stop (cancelled() turns True) and, even when it finishes anyway,
    the runner reports only the newest request's result."""
    first_started, release = threading.Event(), threading.Event()
    polled = []

    def compare(articles, progress=None, cancelled=None):
        if [a.id for a in articles] == ["old1", "old2"]:
            first_started.set()
            release.wait(5)
            polled.append(cancelled())
            return "STALE"                    # an engine that finishes regardless
        return comparison

    runner = AnalysisRunner(read=_read, compare=compare)
    reported = []
    runner.finished.connect(lambda gen, result: reported.append(result.comparison))
    try:
        runner.submit(Request([SourceSpec("old1"), SourceSpec("old2")]))
        assert first_started.wait(5)
        runner.submit(Request([SourceSpec("new1"), SourceSpec("new2")]))
        qtbot.waitUntil(lambda: reported == [comparison], timeout=5000)
        release.set()
        runner.pool.waitForDone(5000)
        qtbot.waitUntil(lambda: polled == [True], timeout=5000)     # the old job was told to stop
        QApplication.processEvents()
        assert reported == [comparison]                            # and its result never came
    finally:
        release.set()
        runner.shutdown()


def test_the_session_ignores_a_result_for_an_old_request(qtbot, comparison):
    """Results that arrive late (queued before a newer request) are dropped by the session."""
    runner = AnalysisRunner(read=_read, compare=lambda arts, **k: comparison)
    runner.synchronous = True
    session = ComparisonSession(runner)
    session.set_sources(["/x/a.txt", "/x/b.txt"])
    old = runner.generation
    assert session.comparison is comparison
    session.set_sources(["/x/c.txt", "/x/d.txt"])
    newer = session.comparison
    stale = Result("STALE", {}, [], None, ("a", "b"))
    runner.finished.emit(old, stale)                              # the old job's late answer
    assert session.comparison is newer and session.comparison != "STALE"
    runner.finished.emit(runner.generation, Result(None, {}, [], None, ()))
    assert session.comparison is None                             # the current one is taken
    runner.shutdown()


def test_progress_reported_and_gui_stays_responsive(qtbot, comparison):
    def compare(articles, progress=None, cancelled=None):
        for k in range(5):
            progress(f"stage {k}", k / 5)
            t = time.perf_counter()
            while time.perf_counter() - t < 0.06:      # pure-Python busy work, holds the GIL
                sum(range(1000))
        return comparison

    runner = AnalysisRunner(read=_read, compare=compare)
    session = ComparisonSession(runner)
    stages = []
    session.progress.connect(lambda s, f: stages.append(s))
    ticks = []
    from PySide6.QtCore import QTimer
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    try:
        with qtbot.waitSignal(session.comparisonChanged, timeout=5000):
            session.set_sources(["/x/a.txt", "/x/b.txt"])
        timer.stop()
        assert "stage 2" in stages
        gaps = [b - a for a, b in zip(ticks, ticks[1:])]
        assert gaps and max(gaps) < 0.1
    finally:
        runner.shutdown()


def test_fewer_than_two_sources_clears(qtbot):
    runner = AnalysisRunner(read=_read, compare=lambda *a, **k: None)
    runner.synchronous = True
    session = ComparisonSession(runner)
    msgs = []
    session.message.connect(msgs.append)
    session.set_sources(["/x/only.txt"])
    assert session.comparison is None and any("at least two" in m for m in msgs)
    runner.shutdown()


def test_unreadable_file_is_reported_and_dropped(qtbot, comparison):
    def read(spec):
        if "bad" in spec.key:
            raise OSError("no such file")
        return _read(spec)
    runner = AnalysisRunner(read=read, compare=lambda arts, **k: comparison)
    runner.synchronous = True
    session = ComparisonSession(runner)
    msgs = []
    session.problem.connect(msgs.append)
    session.set_sources(["/x/a.txt", "/x/bad.txt", "/x/b.txt"])
    assert [s.key for s in session.sources][:2] == ["a", "b"]
    assert any("bad.txt" in m for m in msgs)
    runner.shutdown()


def test_opening_other_files_of_the_same_name_reads_them_afresh(tmp_path, qtbot):
    from reader.ui.session import ComparisonSession
    from reader.paths import seed_paths

    for folder, headline in (("d1", "First headline"), ("d2", "Second headline")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "news.txt").write_text(f"{headline}\n\nThe storm hit the coast on Monday.",
                                                     encoding="utf-8")
    session = ComparisonSession()
    session.runner.synchronous = True
    voa = str(next(p for p in seed_paths() if p.stem == "voa"))
    session.set_sources([str(tmp_path / "d1" / "news.txt"), voa])
    assert session.comparison.article("news").title == "First headline"
    session.set_sources([str(tmp_path / "d2" / "news.txt"), voa])
    assert session.comparison.article("news").title == "Second headline"
    session.runner.shutdown()


def test_unreadable_files_are_all_named_in_one_message(tmp_path, qtbot):
    from reader.ui.session import ComparisonSession
    from reader.paths import seed_paths

    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    session = ComparisonSession()
    session.runner.synchronous = True
    problems, hints = [], []
    session.problem.connect(problems.append)
    session.message.connect(hints.append)
    voa = str(next(p for p in seed_paths() if p.stem == "voa"))
    session.set_sources([str(tmp_path / "gone.txt"), str(binary), voa])
    assert len(problems) == 1
    assert "gone.txt: no such file" in problems[0] and "photo.txt: not a text file" in problems[0]
    assert "at least two articles" in hints[-1]
    assert [s.key for s in session.sources] == ["voa"]
    session.runner.shutdown()
