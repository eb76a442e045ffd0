"""Analysis off the GUI thread: progress, and stale work cancelled and dropped."""
import threading
import time

from reader.engine.pipeline import Cancelled
from reader.ui.runner import AnalysisRunner, SourceSpec
from reader.ui.session import ComparisonSession


def _read(spec):
    from reader.engine.model import Article
    return Article(id=spec.key, text=spec.key)


def test_stale_analysis_is_cancelled_and_dropped(qtbot, comparison):
    first_started, release = threading.Event(), threading.Event()
    seen = []

    def compare(articles, progress=None, cancelled=None):
        ids = [a.id for a in articles]
        seen.append(ids)
        if ids == ["old1", "old2"]:
            first_started.set()
            release.wait(5)
            progress("aligning", 0.5)       # the engine polls between stages:
            if cancelled():
                raise Cancelled()
            return "STALE"
        progress("done", 1.0)
        return comparison

    runner = AnalysisRunner(read=_read, compare=compare)
    session = ComparisonSession(runner)
    try:
        session.sources = [SourceSpec("old1"), SourceSpec("old2")]
        session.analyse()
        assert first_started.wait(5)
        session.set_sources(["/x/new1.txt", "/x/new2.txt"])     # new input while the old runs
        with qtbot.waitSignal(session.comparisonChanged, timeout=5000):
            release.set()
        assert session.comparison is comparison
        runner.pool.waitForDone(5000)
        qtbot.wait(50)
        assert session.comparison is comparison              # the old result never lands
        assert not session.busy
    finally:
        release.set()
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
