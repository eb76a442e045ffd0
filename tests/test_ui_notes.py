"""The notes panel driven like a user would: notes on the selection show their cited words,
citations lead back to the text, notes can be edited and deleted and survive re-analysis."""
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from reader.engine.model import Citation
from ui_helpers import click_sentence


def click_anchor(qtbot, browser, href):
    """Click the link `href` in a QTextBrowser where it is drawn."""
    doc = browser.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().anchorHref() == href:
                c = QTextCursor(doc)
                c.setPosition(frag.position() + min(1, frag.length() - 1))
                browser.ensureCursorVisible()
                browser.setTextCursor(c)
                browser.ensureCursorVisible()
                rect = browser.cursorRect(c)
                qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                                 pos=rect.center() + QPoint(2, 0))
                return
            it += 1
        block = block.next()
    raise AssertionError(f"no link {href!r} in {browser.toPlainText()!r}")


def notes_text(win):
    return win.workspace.panel.notes.toPlainText()


def test_note_on_selected_sentence_shows_its_words(qtbot, window, answers):
    click_sentence(qtbot, window, "alpha:3")
    answers.texts = ["The death toll differs between outlets."]
    window.workspace.actions["note"].trigger()
    assert "At least 11 people died" in answers.asked[0][1]          # the dialog shows what is cited
    assert window.workspace.dock.isVisible()
    text = notes_text(window)
    assert "The death toll differs between outlets." in text
    assert "Alpha News: “At least 11 people died in the strike, officials said.”" in text
    assert "Sentence" in text
    assert window.isWindowModified()


def test_note_shortcut_and_row_note_cites_every_sentence(qtbot, window, answers):
    click_sentence(qtbot, window, "alpha:3")
    answers.texts = ["Row note"]
    window.workspace.actions["note_row"].trigger()
    text = notes_text(window)
    assert "Alpha News: “At least 11" in text and "Beta Post: “About 12 people died" in text
    assert "completely unacceptable" not in text        # level with them, but only in gamma
    assert window.workspace.actions["note"].shortcut().toString() == "Ctrl+Alt+N"


def test_difference_quote_and_actor_notes(qtbot, window, answers):
    window.session.next_difference(1)                 # Wednesday vs Tuesday
    answers.texts = ["Different verbs", "Strong words", "Who is she?"]
    window.workspace.add_note()
    window.session.select("gamma:3", quote="quote:0")
    window.workspace.add_note()
    window.session.select(None)
    window.session.set_actor("actor:0")
    window.workspace.add_note()
    notes = window.workspace.document.notes
    assert [n.target for n in notes] == ["difference", "quote", "actor"]
    text = notes_text(window)
    assert "Alpha News: “Wednesday”" in text and "Beta Post: “Tuesday”" in text
    assert "Gamma Times: “completely unacceptable”" in text
    assert "Actor — Mumtaz Zahra Baloch" in text
    assert "Foreign Office spokesperson Mumtaz Zahra Baloch spoke in Islamabad." in text


def test_clicking_a_citation_selects_its_sentence(qtbot, window, answers):
    click_sentence(qtbot, window, "beta:4")
    answers.texts = ["Shorter title"]
    window.workspace.add_note()
    window.session.select(None)
    window.workspace.show_panel()
    click_anchor(qtbot, window.workspace.panel.notes, "cite:0")
    assert window.session.selected == "beta:4"


def test_edit_and_delete_a_note(qtbot, window, answers):
    click_sentence(qtbot, window, "alpha:2")
    answers.texts = ["first words", "better words"]
    window.workspace.add_note()
    window.workspace.show_panel()
    click_anchor(qtbot, window.workspace.panel.notes, "edit:note:1")
    assert "better words" in notes_text(window) and "first words" not in notes_text(window)
    click_anchor(qtbot, window.workspace.panel.notes, "delete:note:1")
    assert "better words" not in notes_text(window)
    assert "No notes yet" in notes_text(window)


def test_cancelled_or_empty_note_adds_nothing(qtbot, window, answers):
    click_sentence(qtbot, window, "alpha:2")
    answers.texts = ["   "]
    window.workspace.add_note()
    window.workspace.add_note()                     # dialog cancelled
    assert window.workspace.document.notes == ()
    assert not window.isWindowModified()


def test_summary_box_marks_the_work_unsaved(qtbot, window):
    panel = window.workspace.panel
    qtbot.keyClicks(panel.summary, "Beta alone has the date wrong.")
    assert window.workspace.document.summary == "Beta alone has the date wrong."
    assert window.windowTitle().startswith("Untitled[*]") and window.isWindowModified()


def test_notes_survive_reanalysis_and_flag_lost_passages(qtbot, window, answers):
    click_sentence(qtbot, window, "alpha:5")
    answers.texts = ["Only Alpha has the crossing"]
    window.workspace.add_note()
    from reader.document import Note
    lost = Note("note:9", "sentence", "gone", (Citation("beta", 3, 20, "words that are not there"),))
    window.workspace._changed(window.workspace.document.with_note(lost))
    window.session.analyse()                          # the real engine: other sentence ids
    text = notes_text(window)
    assert "Alpha News: “Alpha alone reports that the border crossing was shut.”" in text
    assert "“words that are not there” (no longer found)" in text
    window.session.select(None)
    window.workspace.go_to(window.workspace.document.notes[0].citations[0])
    sid = window.session.selected
    assert window.session.index.sentence[sid].text == "Alpha alone reports that the border crossing was shut."


def test_right_click_in_a_column_offers_notes_and_corrections(qtbot, window, answers):
    from PySide6.QtGui import QContextMenuEvent
    qtbot.waitUntil(lambda: window.workspace.session.index is not None)
    QApplication.processEvents()
    shown = []
    window.workspace.popup = lambda menu, pos: shown.append([a.text() for a in menu.actions()])
    col = window.columns.column("beta")
    pos = col.text.sentence_rect("beta:3").center() + QPoint(2, 0)
    QApplication.sendEvent(col.text.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                                  col.text.viewport().mapToGlobal(pos)))
    assert window.session.selected == "beta:3"
    assert "Add &Note…" in shown[0] and "&Unlink Sentence…" in shown[0] and "&Dismiss Difference" in shown[0]
    answers.texts = ["from the context menu"]
    window.workspace.actions["note"].trigger()
    assert "Beta Post: “About 12 people died" in notes_text(window)
