"""What the window tells the reader about the files it opens: text shown with replaced
characters is named in the message bar, a saved comparison is read once, counts read as
English, a recovery copy that cannot be removed is said so."""
import errno
import json
import pathlib

import pytest

from PySide6.QtCore import Qt

from reader.document import fileformat


def _article_file(path, body: bytes):
    path.write_bytes(b"Quake hits the city\n\n" + body)
    return str(path)


def test_a_file_with_stray_bytes_is_named_in_the_message_bar(qtbot, window, tmp_path):
    window.session.runner.compare = lambda arts, **k: None       # reading is what is tried here
    odd = _article_file(tmp_path / "odd-bytes.txt",
                        "José Müller said the quake hit ".encode() + b"\xff at dawn.")
    clean = _article_file(tmp_path / "clean.txt", "A strong quake hit the city on Monday.".encode())
    window.open_paths([odd, clean])
    qtbot.waitUntil(lambda: not window.session.busy, timeout=10000)
    bar = window.message_bar
    assert bar.isVisible()
    assert bar.label.text() == "odd-bytes.txt: 1 character could not be decoded (shown as \ufffd)"
    window.statusBar().showMessage("something else")
    window.statusBar().clearMessage()
    assert bar.isVisible()                                       # kept until dismissed
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    window.session.add_paths([_article_file(tmp_path / "third.txt", b"Another clean report.")])
    qtbot.waitUntil(lambda: not window.session.busy, timeout=10000)
    assert not bar.isVisible()              # the file already warned of is not read again


def test_a_file_read_as_windows_1252_is_named_in_the_message_bar(qtbot, window, tmp_path):
    window.session.runner.compare = lambda arts, **k: None
    ansi = _article_file(tmp_path / "ansi.txt", "José Müller said the “quake” hit at dawn.".encode("cp1252"))
    window.open_paths([ansi])
    qtbot.waitUntil(lambda: not window.session.busy, timeout=10000)
    assert window.message_bar.isVisible()
    assert window.message_bar.label.text() == "ansi.txt: not UTF-8; read as Windows-1252"


def _saved_with_a_lone_surrogate(path):
    data = {"format": "reader-comparison-file", "version": 2,
            "articles": [{"id": "a", "text": "Quake hits city\n\nA quake hit the city \ud800n Monday."},
                         {"id": "b", "text": "City quake\n\nAn earthquake struck the city on Monday."}]}
    path.write_text(json.dumps(data), encoding="ascii")
    return path


def test_a_saved_comparison_with_damaged_text_is_named_in_the_message_bar(qtbot, window, tmp_path):
    path = _saved_with_a_lone_surrogate(tmp_path / "work.readercmp")
    window.open_paths([str(path)])
    qtbot.waitUntil(lambda: window.session.comparison is not None and not window.session.busy, timeout=10000)
    assert window.message_bar.isVisible()
    assert window.message_bar.label.text() == \
        "work.readercmp, article a: 1 character could not be decoded (shown as \ufffd)"


def test_a_saved_comparison_is_read_once(qtbot, window, tmp_path, monkeypatch):
    path = _saved_with_a_lone_surrogate(tmp_path / "work.readercmp")
    reads = []
    read = fileformat.read_limited
    monkeypatch.setattr(fileformat, "read_limited", lambda p, limit: reads.append(p) or read(p, limit))
    window.open_paths([str(path)])
    qtbot.waitUntil(lambda: window.session.comparison is not None and not window.session.busy, timeout=10000)
    assert [s.key for s in window.session.sources] == ["a", "b"]
    assert reads == [path]


def test_counts_read_as_english(qtbot, window, comparison):
    import dataclasses
    one_each = dataclasses.replace(comparison, actors=comparison.actors[:1], quotes=comparison.quotes[:1])
    window.session.set_comparison(one_each)
    assert window.counts.text().endswith("· 1 actor · 1 quote")
    window.docks["quotes"].show()
    window.docks["quotes"].raise_()
    tree = window.quotes_tab.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    assert tree.topLevelItem(0).text(1) == "1 quote"
    window.docks["actors"].raise_()
    actors = window.actors_tab.tree
    qtbot.waitUntil(lambda: actors.topLevelItemCount() == 1)
    assert [actors.topLevelItem(0).toolTip(k) for k in (1, 2, 3)] == [
        "1 mention in Alpha News", "1 mention in Beta Post", "1 mention in Gamma Times"]
    window.findbar.open_bar()
    window.findbar.edit.setText("naval")
    assert window.findbar.count.text() == "1 of 1 in 1 source"


def test_the_recovery_question_counts_in_english(tmp_path, comparison):
    from reader.document import Document, Note, autosave
    from reader.ui.prompts import restore_question
    doc = Document(articles=comparison.articles, notes=(Note("note:1", "summary", "Check the toll"),))
    autosave.write_recovery(doc, tmp_path, "key")
    assert restore_question(autosave.newest(tmp_path)) == \
        "reader found unsaved work from just now: 3 sources, 1 note. Restore it?"


@pytest.mark.parametrize("answer", ["discard", "restore"])
def test_a_recovery_copy_that_cannot_be_removed_is_said_so(qtbot, tmp_path, comparison, monkeypatch, answer):
    from reader.document import Document, autosave
    from reader.ui.app import create_window
    from reader.ui.workspace import install_workspace
    from ui_helpers import Answers
    folder = tmp_path / "recovery"
    autosave.write_recovery(Document(articles=comparison.articles), folder, "an earlier session")
    real_unlink = pathlib.Path.unlink

    def unlink(path, missing_ok=False):
        # a read-only folder; tests may run as root, whom folder modes do not stop
        if path.parent == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_unlink(path, missing_ok=missing_ok)
    monkeypatch.setattr(pathlib.Path, "unlink", unlink)
    answers = Answers()
    answers.restore_answer = answer
    win = create_window(analyse=False)
    win.session.runner.synchronous = True
    qtbot.addWidget(win)
    install_workspace(win, recovery_folder=folder, prompts=answers.prompts(), offer_recovery=False)
    win.show()
    assert win.workspace.offer_recovery() is (answer == "restore")
    assert win.message_bar.isVisible()
    assert win.message_bar.label.text().startswith("Could not remove the recovery copy recovery-")
    assert "(permission denied): it will be offered again at the next start." in win.message_bar.label.text()
    win.workspace.set_dirty(False)
    win.session.runner.shutdown()


def test_removing_a_source_says_what_goes_in_english(qtbot, window, answers):
    window.session.select("gamma:3")
    answers.texts = ["about gamma"]
    window.workspace.add_note()
    answers.confirm_answer = False
    window.remove_source("gamma")
    message = answers.asked[-1][2]
    assert "1 note that refers to it will go with it." in message
