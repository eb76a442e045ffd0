"""The main window driven like a user would, on a small hand-made Comparison."""
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QTextCharFormat, QTextCursor

from reader.ui.app import create_window
from reader.ui.theme import blend, contrast
from ui_helpers import click_sentence, hl


def test_one_column_per_source_with_header(window):
    cols = window.columns.columns
    assert [c.article_id for c in cols] == ["alpha", "beta", "gamma"]
    assert "Alpha News" in cols[0].header.text() and "Pakistan recalls envoy" in cols[0].header.text()
    assert "Jan 17, 2024" in cols[0].header.text()


def test_click_highlights_counterparts_and_fills_detail_panel(qtbot, window):
    click_sentence(qtbot, window, "alpha:3")
    assert window.session.selected == "alpha:3"
    assert hl(window, "selected") == {"alpha": ["At least 11 people died in the strike, officials said."]}
    assert hl(window, "counterpart") == {"beta": ["About 12 people died in the strike, police said."]}
    text = window.detail.toPlainText()
    assert "vs Beta Post" in text
    assert "11 vs about 12" in text and "officials vs police" in text
    assert "About 12" in text and "At least 11" in text


def test_sentence_only_in_one_source(qtbot, window):
    click_sentence(qtbot, window, "gamma:3")
    assert "Only in Gamma Times" in window.detail.toPlainText()
    assert "ONLY IN GAMMA TIMES" in window.columns.column("gamma").text.toPlainText()


def test_aligned_rows_are_level(window):
    ys = [window.columns.column(a).text.sentence_y_range(f"{a}:3")[0] for a in ("alpha", "beta")]
    assert abs(ys[0] - ys[1]) <= 1.0
    # the headline is two lines in one column and one in another: the next row still lines up
    y2 = [window.columns.column(a).text.sentence_y_range(f"{a}:2")[0] for a in ("alpha", "beta", "gamma")]
    assert max(y2) - min(y2) <= 1.0


def test_inline_marks_have_style_and_tooltip(window):
    col = window.columns.column("alpha")
    idx = window.session.index
    sentence = idx.sentence["alpha:3"]

    def fmt_at(offset):
        c = QTextCursor(col.text.document())
        c.setPosition(col.doc_offset(idx, "alpha:3", sentence.start + offset) + 1)
        return c.charFormat()
    number = fmt_at(3)                                          # inside "At least 11"
    assert number.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert number.underlineColor() == window.columns.theme.colour("number")
    assert "11 vs about 12" in number.toolTip()
    attribution = fmt_at(sentence.text.index("officials") + 2)
    assert attribution.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    plain = fmt_at(sentence.text.index("strike") + 2)           # unmarked words stay plain
    assert plain.underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline
    assert "11 vs about 12" not in plain.toolTip()


def test_next_previous_difference_keys(qtbot, window):
    window.activateWindow()
    window.columns.columns[0].text.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.session.selected == "alpha:2"
    # "recalled" vs "withdrew" is a mere rewording (shown by the word diff only): never a stop
    assert hl(window, "difference") == {"alpha": ["Wednesday"], "beta": ["Tuesday"]}
    assert window.where_label.text() == "Difference 1 of 4 · date · Alpha News vs Beta Post"
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.session.selected == "alpha:3"
    assert hl(window, "difference") == {"alpha": ["At least 11"], "beta": ["About 12"]}
    assert window.where_label.text() == "Difference 2 of 4 · number · Alpha News vs Beta Post"
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert hl(window, "difference") == {"alpha": ["officials"], "beta": ["police"]}
    assert "◀" in window.detail.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert hl(window, "difference") == {"alpha": ["At least 11"], "beta": ["About 12"]}
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert hl(window, "difference") == {"alpha": ["Wednesday"], "beta": ["Tuesday"]}
    assert "recalled" not in [d.a.text for d in window.session.index.stops]


def test_next_unique_sentence(qtbot, window):
    click_sentence(qtbot, window, "beta:2")
    window.act_next_unique.trigger()
    assert window.session.selected == "beta:5"
    assert hl(window, "selected") == {"beta": ["Beta alone mentions the naval exercise."]}


def test_shortcuts_shown_in_menus(window):
    assert window.act_next_diff.shortcut().toString() == "F7"
    assert [s.toString() for s in window.act_next_diff.shortcuts()] == ["F7", "Alt+Down"]
    assert window.act_paste.shortcut().toString() == "Ctrl+Shift+V"
    assert window.act_find.shortcut().toString() == "Ctrl+F"
    for menu_action in window.menuBar().actions():
        for a in menu_action.menu().actions():
            assert a.isSeparator() or a.menu() or "&" in a.text(), a.text()


def test_find_across_sources(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.findbar.isVisible()
    qtbot.keyClicks(window.findbar.edit, "Islamabad")
    assert {c for c, _, _ in window.columns.find_hits} == {0, 1}
    assert "1 of 2 in 2 sources" == window.findbar.count.text()
    assert hl(window, "find-current") == {"alpha": ["Islamabad"]}
    qtbot.keyClick(window.findbar.edit, Qt.Key.Key_Return)
    assert hl(window, "find-current") == {"beta": ["Islamabad"]}
    qtbot.keyClick(window.findbar.edit, Qt.Key.Key_Escape)
    assert not window.findbar.isVisible() and not window.columns.find_hits


def test_reading_order_layout_draws_link_bands(qtbot, window):
    window.act_reading.trigger()
    assert window.columns.mode == "reading"
    lm = window.columns.linkmaps[0]
    assert lm.isVisible()
    bands = {(a, b) for a, b, *_ in lm.visible_bands()}
    assert ("alpha:2", "beta:2") in bands and ("alpha:3", "beta:3") in bands
    # each column keeps its own order: alpha:3 follows alpha:2 in the same paragraph
    t = window.columns.column("alpha").text.toPlainText()
    assert "Wednesday. At least 11" in t
    click_sentence(qtbot, window, "alpha:4")
    assert lm.highlight == {"alpha:4", "beta:4"}
    assert hl(window, "counterpart") == {"beta": ["Spokesperson Baloch spoke in Islamabad."]}
    window.act_aligned.trigger()
    # the aligned layout has link maps too: level rows give level bands
    lm = window.columns.linkmaps[0]
    assert lm.isVisible()
    bands = {(a, b): (ly, ry) for a, b, _, ly, ry in lm.visible_bands()}
    ly, ry = bands[("alpha:3", "beta:3")]
    assert abs(ly[0] - ry[0]) <= 1


def test_overview_strip_marks_coverage(window):
    marks = window.columns.column("alpha").overview.marks
    assert {m[2] for m in marks} == {"all", "some", "only"}
    assert all(0 <= m[0] <= m[1] <= 1 for m in marks)


def test_zoom_changes_text_size(qtbot, window):
    before = window.columns.text_font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.columns.text_font().pointSizeF() == before + 1
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.columns.text_font().pointSizeF() == before - 1


def test_state_remembered_between_runs(qtbot, window, comparison):
    window.act_reading.trigger()
    window.zoom(2)
    window.resize(711, 555)
    window.close()
    again = create_window(analyse=False)
    qtbot.addWidget(again)
    assert again.columns.mode == "reading" and again.act_reading.isChecked()
    assert again.columns.zoom == 2
    assert again.size().width() == 711


def test_recent_comparisons(qtbot, tmp_path):
    win = create_window(analyse=False)
    qtbot.addWidget(win)
    win.settings.add_recent(["/a/one.txt", "/a/two.txt"])
    win.fill_recent()
    texts = [a.text() for a in win.recent_menu.actions()]
    assert texts == ["&1 one.txt, two.txt"]


def test_about_box_shows_version(window):
    import reader
    window.act_about.trigger()
    assert reader.__version__ in window.about_box.text()
    window.about_box.close()


def test_dark_palette_recolours(window):
    col = window.columns.column("alpha")

    def looks():
        c = QTextCursor(col.text.document())
        c.setPosition(col.text.where["alpha:5"][0] + 1)       # an "only here" sentence
        bg = blend(c.charFormat().background().color(), col.text.palette().color(col.text.backgroundRole()))
        return bg, c.charFormat().background().color().alpha()
    light_bg, _ = looks()
    try:
        window.set_theme("dark")
        dark_bg, alpha = looks()
        assert window.columns.theme.dark and alpha > 0
        assert dark_bg.lightness() < 90 < light_bg.lightness()    # the columns really went dark
        assert contrast(col.text.palette().color(col.text.foregroundRole()), dark_bg) >= 4.5
    finally:
        window.set_theme("system")
    assert looks()[0].lightness() > 150 and not window.columns.theme.dark


def _fake_runner(win, articles):
    def read(spec):
        if spec.key in articles:
            return articles[spec.key]
        from reader.engine.model import Article
        return Article(id=spec.key, text=spec.text or "x", title="pasted")

    calls = []

    def compare(arts, progress=None, cancelled=None):
        calls.append([a.id for a in arts])
        return None

    win.session.runner.read, win.session.runner.compare = read, compare
    return calls


def test_paste_as_new_source(qtbot, window, comparison):
    calls = _fake_runner(window, {a.id: a for a in comparison.articles})
    QGuiApplication.clipboard().setText("A fresh report. It says something else.")
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_V, ctrl_shift)
    keys = [s.key for s in window.session.sources]
    assert keys[-1] == "pasted-1" and window.session.sources[-1].text.startswith("A fresh report")
    assert calls[-1] == ["alpha", "beta", "gamma", "pasted-1"]
    assert window.session.label("pasted-1") == "Pasted 1"


def test_drop_files_adds_sources(qtbot, window, comparison, tmp_path):
    calls = _fake_runner(window, {a.id: a for a in comparison.articles})
    f = tmp_path / "delta.txt"
    f.write_text("Delta headline\n\nSomething happened.")
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(f))])
    ev = QDropEvent(window.rect().center().toPointF(), Qt.DropAction.CopyAction, md,
                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(ev)
    assert window.session.sources[-1].path == str(f)
    assert calls[-1][-1] == "delta"


def test_synchronised_scrolling_keeps_passages_level(qtbot, window):
    for d in [*window.docks.values(), window.workspace.dock]:
        d.hide()
    window.resize(780, 400)
    window.columns.set_zoom(14)
    qtbot.waitUntil(window.columns.settled, timeout=3000)
    cols = window.columns.columns
    sb = cols[0].text.verticalScrollBar()
    assert sb.maximum() > 100
    sb.setValue(sb.maximum() // 2)
    assert {c.text.verticalScrollBar().value() for c in cols} == {sb.maximum() // 2}
    window.act_reading.trigger()
    qtbot.waitUntil(window.columns.settled, timeout=3000)
    a, b = window.columns.column("alpha").text, window.columns.column("beta").text
    y = a.sentence_y_range("alpha:2")
    a.verticalScrollBar().setValue(a.verticalScrollBar().value() + int(y[0]))
    ya = a.sentence_y_range("alpha:2")[0]
    yb = b.sentence_y_range("beta:2")[0]
    assert b.verticalScrollBar().value() > 0             # beta scrolled on its own to keep level
    assert abs(ya) <= 2 and abs(yb - ya) <= 2


def test_progress_bar_while_analysing(qtbot, window, comparison):
    import threading
    go = threading.Event()

    def compare(arts, progress=None, cancelled=None):
        progress("aligning", 0.5)
        go.wait(5)
        return comparison

    window.session.runner.synchronous = False
    window.session.runner.compare = compare
    window.session.runner.read = lambda spec: window.session.articles[spec.key]
    with qtbot.waitSignal(window.session.progress, timeout=3000):
        window.session.analyse()
    qtbot.waitUntil(lambda: "aligning" in window.progress.format())
    assert window.progress.isVisible() and window.progress.value() > 0
    assert window.columns.columns                      # the old result stays readable meanwhile
    with qtbot.waitSignal(window.session.comparisonChanged, timeout=5000):
        go.set()
    assert not window.progress.isVisible()


def test_open_saved_comparison(qtbot, window, comparison, tmp_path):
    from reader.document import Document, save
    saved = tmp_path / "work.readercmp"
    save(Document(articles=comparison.articles[:2]), saved)
    seen = []
    window.session.runner.compare = lambda arts, progress=None, cancelled=None, **kw: seen.append(
        [a.id for a in arts]) or comparison
    window.open_paths([str(saved)])
    assert seen == [["alpha", "beta"]]
    assert [s.key for s in window.session.sources][:2] == ["alpha", "beta"]


def test_keyboard_moves_the_selection(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.session.selected == "alpha:0"                 # the first sentence
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.session.selected == "alpha:3"
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert window.session.selected == "beta:3"                  # its counterpart
    assert hl(window, "counterpart") == {"alpha": ["At least 11 people died in the strike, officials said."]}
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert window.session.selected.startswith("gamma:")         # nearest row in the next column
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.session.selected is None
