"""Hostile comparison files opened in the window: a clear message, no freeze, no crash."""
import json
import os
import sys
import time

import pytest
from PySide6.QtWidgets import QApplication

from reader.document import load
from reader.ui.app import create_window
from reader.ui.workspace import Prompts, install_workspace


@pytest.fixture
def window(qtbot, tmp_path):
    errors, paths = [], []
    win = create_window(analyse=False)
    win.session.runner.synchronous = True
    qtbot.addWidget(win)
    install_workspace(win, recovery_folder=tmp_path / "recovery", offer_recovery=False,
                      prompts=Prompts(error=lambda title, message: errors.append(message),
                                      save_path=lambda *a: paths.pop(0) if paths else None,
                                      close=lambda: "discard"))
    win.show()
    qtbot.waitExposed(win)
    win.errors, win.save_paths = errors, paths
    yield win
    win.workspace.set_dirty(False)
    win.session.runner.shutdown()


def _open_within(win, path, seconds=10.0):
    start = time.monotonic()
    win.open_paths([str(path)])
    QApplication.processEvents()
    assert time.monotonic() - start < seconds


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_readercmp_does_not_freeze_the_window(window, tmp_path):
    fifo = tmp_path / "work.readercmp"
    os.mkfifo(fifo)
    _open_within(window, fifo)
    assert window.errors == ["work.readercmp: not a regular file (a pipe, device or socket)"]
    assert window.isVisible()


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_an_endless_device_is_refused_by_the_window(window, tmp_path, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    link = tmp_path / "work.readercmp"
    link.symlink_to(device)
    _open_within(window, link)
    assert window.errors == ["work.readercmp: not a regular file (a pipe, device or socket)"]


def test_lone_surrogates_open_show_and_save_again(window, qtbot, tmp_path):
    data = {"format": "reader-comparison-file", "version": 2,
            "articles": [{"id": "a", "text": "Quake hits city\n\nA quake hit the city \ud800n Monday, "
                                             "officials said."},
                         {"id": "b", "text": "City quake\n\nAn earthquake struck the city on Monday, "
                                             "police said."}],
            "notes": [{"id": "note:1", "target": "summary", "text": "odd \udfff note"}]}
    path = tmp_path / "work.readercmp"
    path.write_text(json.dumps(data), encoding="ascii")
    _open_within(window, path)
    assert window.errors == []
    qtbot.waitUntil(lambda: window.session.comparison is not None, timeout=10000)
    shown = window.columns.columns[0].text.toPlainText()
    assert "city \ufffdn Monday" in shown
    window.workspace.set_dirty(True)
    assert window.workspace.save()
    again = load(path)
    assert "city \ufffdn Monday" in again.articles[0].text
    assert [n.text for n in again.notes] == ["odd \ufffd note"]


@pytest.mark.skipif(os.name != "posix" or sys.platform == "darwin",
                    reason="needs a file system that takes any bytes as a name")
@pytest.mark.parametrize("fmt", ["json", "markdown", "html"])
def test_exports_of_a_file_whose_name_is_not_utf8(window, qtbot, tmp_path, fmt):
    body = "Quake\n\nA strong earthquake hit the city on Monday, officials said.\n"
    odd = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(odd, "wb") as f:
        f.write(body.encode("utf-8"))
    (tmp_path / "other.txt").write_text("City quake\n\nAn earthquake struck the city on Monday.\n",
                                        encoding="utf-8")
    window.open_paths([os.fsdecode(odd), str(tmp_path / "other.txt")])
    qtbot.waitUntil(lambda: window.session.comparison is not None, timeout=10000)
    out = tmp_path / f"out.{fmt}"
    assert window.workspace.export(fmt, out)
    assert "caf\ufffd" in out.read_bytes().decode("utf-8")
