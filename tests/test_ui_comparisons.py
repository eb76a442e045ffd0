"""Starting, adding to and closing comparisons; pasted sources as work; the message bar; Recent;
a freshly opened comparison is not "modified"; exports use the labels the reader gave."""
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from reader.document import Document, load, save
from reader.ui import mainwindow


def _fake_engine(win, comparison):
    """Reading and analysis that cost nothing: files become tiny articles, pairs compare to
    the hand-made comparison (or None); the ids each analysis got are recorded."""
    from reader.engine.model import Article
    known = {a.id: a for a in comparison.articles}
    calls = []

    def read(spec):
        return known.get(spec.key) or Article(id=spec.key, text=spec.text or f"{spec.key} text.",
                                              title=spec.key, path=spec.path)

    def compare(arts, progress=None, cancelled=None, **_):
        calls.append([a.id for a in arts])
        return comparison if {a.id for a in arts} == set(known) else None

    win.session.runner.read, win.session.runner.compare = read, compare
    return calls


def _files(tmp_path, *names):
    out = []
    for n in names:
        p = tmp_path / f"{n}.txt"
        p.write_text(f"{n} headline\n\nSomething happened in {n}.", encoding="utf-8")
        out.append(str(p))
    return out


def _choose_files(monkeypatch, paths):
    monkeypatch.setattr(mainwindow.QFileDialog, "getOpenFileNames", lambda *a, **k: (paths, ""))


def test_open_starts_a_new_comparison_and_add_sources_adds(qtbot, window, comparison, answers,
                                                          tmp_path, monkeypatch):
    calls = _fake_engine(window, comparison)
    one, two, three = _files(tmp_path, "one", "two", "three")
    _choose_files(monkeypatch, [one, two])
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert [s.key for s in window.session.sources] == ["one", "two"]       # not 3 samples + 2
    assert calls[-1] == ["one", "two"]
    _choose_files(monkeypatch, [three])
    window.act_add.trigger()
    assert [s.key for s in window.session.sources] == ["one", "two", "three"]
    assert window.act_add.shortcut().toString() == "Ctrl+Shift+O"
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    assert texts.index("Add Sources…") == texts.index("Open…") + 1          # beside Open


def test_open_asks_about_unsaved_work_first(qtbot, window, comparison, answers, tmp_path, monkeypatch):
    _fake_engine(window, comparison)
    window.session.select("alpha:3")
    answers.texts = ["keep this"]
    window.workspace.add_note()
    _choose_files(monkeypatch, _files(tmp_path, "one", "two"))
    answers.close_answer = "cancel"
    window.act_open.trigger()
    assert answers.asked[-1] == "close"
    assert [s.key for s in window.session.sources] == ["alpha", "beta", "gamma"]
    answers.close_answer = "discard"
    window.act_open.trigger()
    assert [s.key for s in window.session.sources] == ["one", "two"]
    assert not window.workspace.document.notes


def test_new_and_close_leave_an_empty_window(qtbot, window, answers, comparison):
    window.session.select("alpha:3")
    answers.texts = ["unsaved"]
    window.workspace.add_note()
    answers.close_answer = "cancel"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.session.sources and answers.asked[-1] == "close"
    answers.close_answer = "discard"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.session.sources == [] and window.session.comparison is None
    assert window.columns.placeholder.isVisible() and not window.columns.columns
    assert window.isVisible() and window.windowTitle().startswith("Untitled")
    window.session.set_comparison(comparison)
    assert window.act_close.shortcut().toString() == "Ctrl+W"
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.session.sources == [] and window.isVisible()


def test_a_pasted_source_is_work_kept_in_the_recovery_copy(qtbot, window, comparison, answers, tmp_path):
    _fake_engine(window, comparison)
    assert not window.isWindowModified()
    QGuiApplication.clipboard().setText("A reporter's own account. Nobody else has it.")
    window.act_paste.trigger()
    assert window.isWindowModified()                         # only the comparison holds it
    recovery = window.workspace.autosave()
    assert recovery is not None
    assert any("Nobody else has it." in a.text for a in load(recovery).articles)
    answers.close_answer = "cancel"
    assert not window.close()
    assert answers.asked[-1] == "close"


def test_quitting_with_only_a_pasted_source_asks(qtbot, window, comparison, answers):
    _fake_engine(window, comparison)
    window.new_comparison()
    QGuiApplication.clipboard().setText("Only this pasted text.")
    window.act_paste.trigger()
    assert window.session.comparison is None and len(window.session.sources) == 1
    answers.close_answer = "cancel"
    assert not window.close()
    assert answers.asked[-1] == "close"


def test_file_errors_stay_in_a_message_bar_until_dismissed(qtbot, window, tmp_path):
    window.session.runner.compare = lambda arts, **k: None
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    window.open_paths([str(tmp_path / "gone.txt"), str(binary)])
    bar = window.message_bar
    assert bar.isVisible()
    assert "gone.txt" in bar.label.text() and "photo.txt" in bar.label.text()
    window.statusBar().showMessage("something else")         # the status bar moves on…
    window.statusBar().clearMessage()
    assert bar.isVisible() and "gone.txt" in bar.label.text()  # …the problem stays
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()


def test_recent_lists_saved_comparisons_and_opens_them(qtbot, window, answers, tmp_path):
    answers.paths = [str(tmp_path / "storm.readercmp")]
    assert window.workspace.save()
    window.fill_recent()
    items = [a for a in window.recent_menu.actions() if a.isEnabled()]
    assert items[0].text() == "&1 storm.readercmp (saved comparison)"     # newest first
    window.new_comparison()
    items[0].trigger()
    assert window.workspace.path == tmp_path / "storm.readercmp"
    assert [s.key for s in window.session.sources] == ["alpha", "beta", "gamma"]


@pytest.mark.parametrize("where", ["fresh window", "window showing other work"])
def test_an_opened_comparison_is_not_modified(qtbot, make_async_window, comparison, tmp_path, where):
    from reader.document.model import Note
    from reader.engine.model import Article, Citation, Correction
    pasted = Article(id="pasted-1", text="Pasted words stay.", title="Pasted words stay.")
    arts = tuple(a if a.id != "beta" else __import__("dataclasses").replace(a, outlet="BETA") for a in
                 comparison.articles) + (pasted,)
    s = comparison.sentence("alpha:3")
    doc = Document(articles=arts, summary="A summary.",
                   notes=(Note("note:1", "sentence", "A note",
                               (Citation("alpha", s.start, s.end, s.text),)),),
                   corrections=(Correction("unlink", (Citation("alpha", s.start, s.end, s.text),
                                                      Citation("beta", *_where(comparison, "beta:3"))),),),
                   view={"layout": "reading", "zoom": 2, "selected": {"article": "alpha", "start": s.start,
                                                                     "end": s.end, "text": s.text}})
    path = tmp_path / "work.readercmp"
    save(doc, path)
    win = make_async_window(comparison if where != "fresh window" else None)
    win.open_paths([str(path)])
    qtbot.waitUntil(lambda: win.session.index is not None and not win.session.busy
                    and win.session.selected is not None, timeout=10000)
    qtbot.waitUntil(win.columns.settled, timeout=5000)
    assert win.columns.mode == "reading" and win.session.label("beta") == "BETA"
    assert not win.isWindowModified() and not win.workspace.dirty


def _where(comparison, sid):
    s = comparison.sentence(sid)
    return s.start, s.end, s.text


@pytest.fixture
def make_async_window(qtbot, tmp_path):
    """A window whose analyses run on the worker thread, as in use."""
    from reader.ui.app import create_window
    from reader.ui.workspace import install_workspace
    from ui_helpers import Answers
    made = []

    def make(comparison=None):
        win = create_window(analyse=False)
        install_workspace(win, recovery_folder=tmp_path / f"recovery{len(made)}", prompts=Answers().prompts(),
                          offer_recovery=False)
        qtbot.addWidget(win)
        win.resize(1400, 900)
        win.show()
        if comparison is not None:
            win.session.set_comparison(comparison)
        made.append(win)
        return win
    yield make
    for win in made:
        win.workspace.set_dirty(False)
        win.session.runner.shutdown()


@pytest.mark.parametrize("fmt", ["markdown", "html", "json"])
def test_export_uses_the_renamed_label(qtbot, window, answers, tmp_path, fmt):
    window.show_dock("sources")
    window.sources_tab.table.item(1, 0).setText("The Beta Gazette")        # renamed in place
    out = tmp_path / f"out.{fmt}"
    assert window.workspace.export(fmt, out)
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        text = json.dumps(json.loads(text), ensure_ascii=False)
    assert "The Beta Gazette" in text and "Beta Post" not in text


def test_renaming_or_removing_a_source_marks_the_work_unsaved(qtbot, window, answers, tmp_path):
    answers.paths = [str(tmp_path / "w.readercmp")]
    assert window.workspace.save() and not window.isWindowModified()
    window.rename_source("gamma", "Gamma Weekly")
    assert window.isWindowModified()
    answers.paths = [str(tmp_path / "w.readercmp")]
    assert window.workspace.save() and not window.isWindowModified()
    window.session.runner.compare = lambda arts, **k: None
    window.remove_source("gamma")
    assert window.isWindowModified()
    assert "gamma" not in [s.key for s in window.session.sources]


def test_moving_or_adding_a_source_marks_a_saved_comparison_unsaved(qtbot, window, comparison, answers,
                                                                    tmp_path):
    """A saved file records its sources and their order: with no note, correction or label
    to lose, reordering or adding a source still changes what Save would write."""
    _fake_engine(window, comparison)
    answers.paths = [str(tmp_path / "w.readercmp")]
    assert window.workspace.save() and not window.isWindowModified()
    window.move_source("gamma", -1)
    assert [c.article_id for c in window.columns.columns] == ["alpha", "gamma", "beta"]
    assert window.isWindowModified()
    answers.paths = [str(tmp_path / "w.readercmp")]
    assert window.workspace.save() and not window.isWindowModified()
    window.session.add_paths(_files(tmp_path, "delta"))
    assert "delta" in [s.key for s in window.session.sources]
    assert window.isWindowModified()


def test_a_one_line_paste_leaves_shared_sentences_shared(qtbot, window, comparison):
    idx = window.session.index
    assert idx.coverage("alpha:2") == "all"
    from dataclasses import replace
    from reader.engine.model import Sentence
    line = "Iran and Pakistan trade blame."
    pasted = replace(comparison.articles[0], id="pasted-1", text=line, title=line, outlet="", path="",
                     header_spans=())
    more = replace(comparison, articles=comparison.articles + (pasted,),
                   sentences=comparison.sentences + (Sentence("pasted-1:0", "pasted-1", 0, 0, len(line), 0,
                                                              "headline", line),))
    window.session.set_comparison(more)
    assert window.session.index.coverage("alpha:2") == "all"      # not "some" in every column
    col = window.columns.column("alpha")
    cur = QTextCursor(col.text.document())
    cur.setPosition(col.text.where["alpha:2"][0] + 1)
    assert cur.charFormat().background().color() == window.columns.theme.coverage_background("all")


def test_files_closed_right_after_their_analysis_are_in_recent(qtbot, tmp_path):
    """Recent is written once the columns are displayed; a window closed before that (or the
    self-test quitting on the analysis) still remembers the files it opened."""
    from reader.ui.app import create_window
    from reader.ui.settings import Settings
    paths = []
    for name, text in (("one.txt", "Rain fell on the city on Monday. Roads were closed."),
                       ("two.txt", "Heavy rain fell on the city on Monday. Schools stayed shut.")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    win = create_window(analyse=False)
    qtbot.addWidget(win)
    win.session.runner.synchronous = True
    win.show()
    win.open_paths(paths)
    qtbot.waitUntil(lambda: win.session.comparison is not None, timeout=10000)
    win.close()
    assert paths in Settings().recent()
