"""Saved work around the window: save and open with notes, corrections and view, corrections
re-run the analysis, autosave and recovery, the unsaved-changes prompt, exports."""
import json

import pytest
from PySide6.QtWidgets import QApplication

from reader.document import load
from reader.ui.app import create_window
from reader.ui.workspace import install_workspace
from ui_helpers import Answers, click_sentence, hl


@pytest.fixture
def make_window(qtbot, comparison, tmp_path):
    made = []

    def make(answers, with_comparison=True, offer=False):
        win = create_window(analyse=False)
        win.session.runner.synchronous = True
        qtbot.addWidget(win)
        win.resize(1400, 900)
        install_workspace(win, recovery_folder=tmp_path / "recovery", prompts=answers.prompts(),
                          offer_recovery=offer)
        win.show()
        qtbot.waitExposed(win)
        if with_comparison:
            win.session.set_comparison(comparison)
        QApplication.processEvents()
        made.append(win)
        return win

    yield make
    for win in made:
        win.workspace.set_dirty(False)
        win.session.runner.shutdown()


@pytest.fixture
def window(make_window, answers):
    return make_window(answers)


def sid_of(win, text):
    return next(s.id for s in win.session.comparison.sentences if s.text == text)


ALPHA_DEATHS = "At least 11 people died in the strike, officials said."
BETA_DEATHS = "About 12 people died in the strike, police said."


def test_title_shows_file_name_and_unsaved_mark(qtbot, window, answers, tmp_path):
    assert window.windowTitle() == "Untitled[*] — 3 sources — reader" and not window.isWindowModified()
    window.session.select("alpha:2")
    answers.texts = ["a note"]
    window.workspace.add_note()
    assert window.isWindowModified()
    answers.paths = [str(tmp_path / "envoy")]
    window.workspace.actions["save"].trigger()
    assert (tmp_path / "envoy.readercmp").exists()
    assert window.windowTitle() == "envoy.readercmp[*] — 3 sources — reader"
    assert not window.isWindowModified()
    assert window.workspace.actions["save_as"].shortcut().toString() == "Ctrl+Shift+S"
    assert window.workspace.actions["save"].shortcut().toString() == "Ctrl+S"


def test_save_and_open_round_trip_in_a_new_window(qtbot, make_window, answers, tmp_path):
    win = make_window(answers)
    win.session.analyse()                                   # the engine's own result
    click_sentence(qtbot, win, sid_of(win, ALPHA_DEATHS))
    answers.texts = ["Toll differs"]
    win.workspace.add_note()
    qtbot.keyClicks(win.workspace.panel.summary, "Alpha and Beta disagree on the toll.")
    win.workspace.actions["unlink"].trigger()               # alpha deaths from beta deaths
    assert len(win.workspace.document.corrections) == 1
    win.set_layout("reading")
    win.columns.set_zoom(2)
    click_sentence(qtbot, win, sid_of(win, BETA_DEATHS))
    answers.paths = [str(tmp_path / "work.readercmp")]
    assert win.workspace.save()

    saved = load(tmp_path / "work.readercmp")
    assert saved.view["layout"] == "reading" and saved.view["zoom"] == 2
    assert [a.id for a in saved.articles] == ["alpha", "beta", "gamma"]

    other = Answers()
    win2 = make_window(other, with_comparison=False)
    win2.open_paths([str(tmp_path / "work.readercmp")])       # as File ▸ Open or a drop would
    ws = win2.workspace
    assert win2.windowTitle().startswith("work.readercmp[*]") and not win2.isWindowModified()
    assert ws.panel.summary.toPlainText() == "Alpha and Beta disagree on the toll."
    notes = ws.panel.notes.toPlainText()
    assert "Toll differs" in notes and f"Alpha News: “{ALPHA_DEATHS}”" in notes
    assert "Unlinked Alpha News “At least 11" in ws.panel.corrections.toPlainText()
    assert win2.columns.mode == "reading" and win2.act_reading.isChecked()
    assert win2.columns.zoom == 2
    idx = win2.session.index
    assert idx.sentence[win2.session.selected].text == BETA_DEATHS
    a, b = sid_of(win2, ALPHA_DEATHS), sid_of(win2, BETA_DEATHS)
    assert idx.link(a, b) is None                             # the correction was replayed
    assert ws.dock.isVisible()


def test_unlink_changes_what_the_window_shows(qtbot, window, answers):
    window.session.analyse()
    a = sid_of(window, ALPHA_DEATHS)
    click_sentence(qtbot, window, a)
    assert hl(window, "counterpart") == {"beta": [BETA_DEATHS]}
    window.workspace.actions["unlink"].trigger()
    assert window.session.comparison.links_of(sid_of(window, ALPHA_DEATHS)) == []
    assert window.session.index.sentence[window.session.selected].text == ALPHA_DEATHS   # kept
    assert hl(window, "counterpart") == {}
    assert "Only in Alpha News" in window.detail.toPlainText()
    # undo from the panel brings the link back
    window.workspace.undo_correction(0)
    assert hl(window, "counterpart") == {"beta": [BETA_DEATHS]}
    assert "No corrections" in window.workspace.panel.corrections.toPlainText()


def test_dismiss_difference_changes_the_count_and_navigation(qtbot, window):
    window.session.analyse()
    before = window.counts.text()
    assert window.session.next_difference(1)
    first = window.session.index.stops[window.session.focus.difference]
    pair = {first.a.text, first.b.text}
    window.workspace.actions["dismiss"].trigger()
    n_before = int(before.split(" differences")[0].split()[-1])
    assert f"{n_before - 1} differences" in window.counts.text()
    assert all(not (d.a.sentence == first.a.sentence and {d.a.text, d.b.text} == pair
                    and d.b.sentence == first.b.sentence) for d in window.session.index.stops)
    assert "Dismissed" in window.workspace.panel.corrections.toPlainText()


def test_link_with_next_selected_sentence(qtbot, window):
    window.session.analyse()
    a = sid_of(window, "Alpha alone reports that the border crossing was shut.")
    b = sid_of(window, "Beta alone mentions the naval exercise.")
    click_sentence(qtbot, window, a)
    window.workspace.actions["link"].trigger()
    click_sentence(qtbot, window, b)
    a, b = (sid_of(window, t) for t in ("Alpha alone reports that the border crossing was shut.",
                                        "Beta alone mentions the naval exercise."))
    assert window.session.index.link(a, b) is not None
    assert "Linked Alpha News" in window.workspace.panel.corrections.toPlainText()


def test_actor_and_speaker_corrections(qtbot, window, answers):
    window.session.analyse()
    c = window.session.comparison
    names = [a.name for a in c.actors]
    # merge the longer name into the shorter one: the one merged into keeps its name
    i, j = names.index("Islamabad"), names.index("Iran")
    answers.choices = [i, j - (1 if j > i else 0)]
    window.workspace.actions["merge"].trigger()
    assert len(window.session.comparison.actors) == len(names) - 1
    assert "Iran" in [a.name for a in window.session.comparison.actors]
    assert "Islamabad" not in [a.name for a in window.session.comparison.actors]
    merged = next(a for a in window.session.comparison.actors if a.name == "Iran")
    assert "Islamabad" in merged.aliases
    prompt = next(p for t, p, _ in (a for a in answers.asked if isinstance(a, tuple) and len(a) == 3)
                  if "into which actor" in p)
    assert "become one" not in prompt and "keeps the name" in prompt
    assert "Merged “Islamabad” into “Iran”" in window.workspace.panel.corrections.toPlainText()

    q = next(q for q in window.session.comparison.quotes if "completely" in q.text)
    window.session.select(q.sentence, quote=q.id)
    answers.choices = [0]                                     # "Nobody"
    window.workspace.actions["speaker"].trigger()
    q = next(q for q in window.session.comparison.quotes if "completely" in q.text)
    assert q.speaker is None
    assert "set to nobody" in window.workspace.panel.corrections.toPlainText()


def test_autosave_writes_recovery_that_a_new_window_restores(qtbot, make_window, answers, tmp_path):
    win = make_window(answers)
    win.workspace.debounce.setInterval(50)
    win.session.select("alpha:3")
    answers.texts = ["Do not lose me"]
    win.workspace.add_note()
    folder = tmp_path / "recovery"
    qtbot.waitUntil(lambda: any(folder.glob("recovery-*.readercmp")), timeout=3000)
    rec_file = next(folder.glob("recovery-*.readercmp"))
    assert "Do not lose me" in rec_file.read_text()
    # the app "crashes": the window goes without the close prompt, the file stays
    win.workspace.set_dirty(False)

    other = Answers()
    win2 = make_window(other, with_comparison=False, offer=True)
    qtbot.waitUntil(lambda: "Do not lose me" in win2.workspace.panel.notes.toPlainText(), timeout=3000)
    assert other.asked[0][0] == "restore"
    assert win2.isWindowModified()                            # restored work is not saved yet
    assert [s.key for s in win2.session.sources] == ["alpha", "beta", "gamma"]
    assert "Alpha News: “At least 11 people died" in win2.workspace.panel.notes.toPlainText()
    assert not rec_file.exists()                              # win2's own copy takes over
    assert win2.workspace.autosave() is not None
    # a clean save removes the recovery file
    other.paths = [str(tmp_path / "saved.readercmp")]
    assert win2.workspace.save()
    assert not any(folder.glob("recovery-*.readercmp"))


def test_recovery_can_be_discarded(qtbot, make_window, answers, tmp_path):
    win = make_window(answers)
    win.session.select("alpha:3")
    answers.texts = ["note"]
    win.workspace.add_note()
    assert win.workspace.autosave() is not None
    win.workspace.set_dirty(False)
    other = Answers()
    other.restore_answer = "discard"
    make_window(other, with_comparison=False, offer=True)
    qtbot.waitUntil(lambda: bool(other.asked), timeout=3000)
    assert not any((tmp_path / "recovery").glob("recovery-*"))


def test_close_with_unsaved_changes_asks_and_cancel_keeps_window(qtbot, window, answers, tmp_path):
    window.session.select("alpha:3")
    answers.texts = ["unsaved"]
    window.workspace.add_note()
    window.workspace.autosave()
    answers.close_answer = "cancel"
    assert not window.close()
    assert answers.asked[-1] == "close" and window.isVisible()
    answers.close_answer = "save"
    answers.paths = []                                       # the save dialog is cancelled too
    assert not window.close() and window.isVisible()
    answers.close_answer = "discard"
    assert window.close()
    assert not window.isVisible()
    assert not any((tmp_path / "recovery").glob("recovery-*"))


def test_close_and_save(qtbot, window, answers, tmp_path):
    window.session.select("alpha:3")
    answers.texts = ["keep me"]
    window.workspace.add_note()
    answers.close_answer = "save"
    answers.paths = [str(tmp_path / "kept.readercmp")]
    assert window.close()
    assert load(tmp_path / "kept.readercmp").notes[0].text == "keep me"


def test_clean_window_closes_without_asking(qtbot, window, answers):
    assert window.close()
    assert "close" not in answers.asked


def test_export_html_contains_notes(qtbot, window, answers, tmp_path):
    window.session.select("alpha:3")
    answers.texts = ["An exported note"]
    window.workspace.add_note()
    qtbot.keyClicks(window.workspace.panel.summary, "Summary for the export.")
    answers.paths = [str(tmp_path / "report.html")]
    window.workspace.actions["export_html"].trigger()
    html = (tmp_path / "report.html").read_text()
    assert "An exported note" in html and "Summary for the export." in html
    assert ALPHA_DEATHS in html


@pytest.mark.parametrize("fmt, check", [
    ("markdown", lambda t: "An exported note" in t),
    ("json", lambda t: "An exported note" in json.dumps(json.loads(t))),
    ("pdf", lambda t: t.startswith("%PDF")),
])
def test_other_exports(qtbot, window, answers, tmp_path, fmt, check):
    window.session.select("alpha:3")
    answers.texts = ["An exported note"]
    window.workspace.add_note()
    out = tmp_path / f"out.{fmt}"
    answers.paths = [str(out)]
    window.workspace.actions[f"export_{fmt}"].trigger()
    assert check(out.read_bytes().decode("latin-1"))


def test_export_and_open_errors_show_a_message(qtbot, window, answers, tmp_path):
    answers.paths = [str(tmp_path / "no-such-folder" / "x.html")]
    assert not window.workspace.export("html")
    assert answers.errors and "x.html" in answers.errors[0]
    bad = tmp_path / "bad.readercmp"
    bad.write_text("not json")
    window.open_paths([str(bad)])
    assert "not a comparison file" in answers.errors[-1]
    assert [s.key for s in window.session.sources] == ["alpha", "beta", "gamma"]


def test_opening_other_articles_asks_about_unsaved_work(qtbot, window, answers, tmp_path):
    window.session.select("alpha:3")
    answers.texts = ["unsaved"]
    window.workspace.add_note()
    answers.close_answer = "cancel"
    window.open_paths([str(tmp_path / "x.txt"), str(tmp_path / "y.txt")])
    assert answers.asked[-1] == "close"
    assert [s.key for s in window.session.sources] == ["alpha", "beta", "gamma"]
    assert window.workspace.document.notes


def test_installing_twice_keeps_one_workspace(window, answers, tmp_path):
    again = install_workspace(window, recovery_folder=tmp_path / "other", prompts=answers.prompts(),
                              offer_recovery=False)
    assert again is window.workspace
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.count("&Edit") == 1 and titles.index("&Edit") == titles.index("&File") + 1
    assert again.recovery_folder == tmp_path / "other"
