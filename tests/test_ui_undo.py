"""One undo stack for the reader's edits, and a removal that says what goes with it."""
from PySide6.QtCore import Qt

from ui_helpers import click_sentence, hl


def undo(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(qtbot, window):
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl_shift)


def test_undo_and_redo_a_correction(qtbot, window):
    window.session.analyse()
    click_sentence(qtbot, window, "alpha:3")
    counterpart = hl(window, "counterpart")
    assert counterpart
    window.workspace.actions["unlink"].trigger()
    assert hl(window, "counterpart") == {}
    assert window.workspace.actions["undo"].text().startswith("&Undo Unlinked")
    undo(qtbot, window)
    assert not window.workspace.document.corrections
    assert hl(window, "counterpart") == counterpart          # the link is back, the selection kept
    redo(qtbot, window)
    assert len(window.workspace.document.corrections) == 1 and hl(window, "counterpart") == {}


def test_undo_note_add_edit_and_delete_in_turn(qtbot, window, answers):
    window.session.select("alpha:3")
    answers.texts = ["first", "second"]
    window.workspace.add_note()
    note_id = window.workspace.document.notes[0].id
    window.workspace.edit_note(note_id)
    window.workspace.delete_note(note_id)
    assert not window.workspace.document.notes
    undo(qtbot, window)
    assert [n.text for n in window.workspace.document.notes] == ["second"]
    assert "second" in window.workspace.panel.notes.toPlainText()
    undo(qtbot, window)
    assert [n.text for n in window.workspace.document.notes] == ["first"]
    undo(qtbot, window)
    assert not window.workspace.document.notes
    redo(qtbot, window)
    assert [n.text for n in window.workspace.document.notes] == ["first"]


def test_undo_rename_reorder_and_removal_of_sources(qtbot, window, answers):
    shown = window.session.comparison
    window.session.runner.read = lambda spec: window.session.articles[spec.key]
    window.session.runner.compare = lambda arts, **k: shown if len(arts) == 3 else None
    window.rename_source("beta", "The Beta")
    window.move_source("gamma", -1)
    assert window.session.label("beta") == "The Beta"
    assert [c.article_id for c in window.columns.columns] == ["alpha", "gamma", "beta"]
    window.remove_source("alpha")
    assert [s.key for s in window.session.sources] == ["gamma", "beta"]
    undo(qtbot, window)                                       # the removal
    assert [s.key for s in window.session.sources] == ["alpha", "gamma", "beta"]
    assert [c.article_id for c in window.columns.columns] == ["alpha", "gamma", "beta"]
    undo(qtbot, window)                                       # the move
    assert [c.article_id for c in window.columns.columns] == ["alpha", "beta", "gamma"]
    undo(qtbot, window)                                       # the rename
    assert window.session.label("beta") == "Beta Post"
    assert "Beta Post" in window.columns.column("beta").header.text()
    redo(qtbot, window)
    assert window.session.label("beta") == "The Beta"


def test_remove_source_says_what_goes_and_undo_brings_it_all_back(qtbot, window, answers):
    window.session.analyse()
    click_sentence(qtbot, window, window.session.index.shown["gamma"][1].id)
    answers.texts = ["about gamma"]
    window.workspace.add_note()
    window.session.select(window.session.index.shown["alpha"][1].id)
    answers.texts = ["about alpha"]
    window.workspace.add_note()
    click_sentence(qtbot, window, window.session.index.shown["gamma"][1].id)
    answers.choices = [0]                                     # from its first counterpart
    window.workspace.actions["unlink"].trigger()
    assert len(window.workspace.document.corrections) == 1
    answers.confirm_answer = False
    window.remove_source("gamma")
    title, message = answers.asked[-1][1:]
    assert title == "Remove Source" and "“Gamma Times”" in message
    assert "1 note and 1 correction that refer to it will go with it" in message
    assert "gamma" in [s.key for s in window.session.sources]            # cancelled: nothing gone
    answers.confirm_answer = True
    window.remove_source("gamma")
    assert "gamma" not in [s.key for s in window.session.sources]
    assert [n.text for n in window.workspace.document.notes] == ["about alpha"]
    assert not window.workspace.document.corrections
    undo(qtbot, window)
    assert "gamma" in [s.key for s in window.session.sources]
    assert sorted(n.text for n in window.workspace.document.notes) == ["about alpha", "about gamma"]
    assert len(window.workspace.document.corrections) == 1
    assert window.session.index is not None and "gamma" in window.session.index.order
