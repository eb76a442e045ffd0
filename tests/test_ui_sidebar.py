"""The dockable sidebar tabs: actors, quotes, details, sources."""
import re

import pytest
from PySide6.QtCore import QPoint, Qt

from ui_helpers import hl




def click_item(qtbot, tree, item):
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    where = rect.topLeft() + QPoint(12, rect.height() // 2)       # the name, wherever the row ends
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_all_four_tabs_are_docks(window):
    assert set(window.docks) == {"actors", "quotes", "details", "sources"}
    for d in window.docks.values():
        assert d.features() & d.DockWidgetFeature.DockWidgetMovable


def test_tabs_refresh_when_shown(window, comparison):
    tab = window.quotes_tab
    assert not tab._on_screen and tab.tree.topLevelItemCount() == 0      # not built while hidden
    window.show_dock("quotes")
    assert tab.tree.topLevelItemCount() == 2


def test_actors_matrix_and_forms(window):
    tab = window.actors_tab
    item = tab.item_for("actor:0")
    assert item.text(0) == "Mumtaz Zahra Baloch"
    assert item.text(4) == "Baloch, Mumtaz Zahra Baloch"
    assert [item.text(1 + k) for k in range(3)] == ["1", "1", "1"]
    assert not item.icon(0).isNull()
    forms = {item.child(k).text(0): item.child(k).text(4) for k in range(item.childCount())}
    assert forms == {"Alpha News": "Mumtaz Zahra Baloch", "Beta Post": "Baloch", "Gamma Times": "Baloch"}
    islamabad = tab.item_for("actor:1")
    assert islamabad.text(3) == "–"


def test_clicking_actor_highlights_mentions_and_filters(qtbot, window):
    window.show_dock("actors")
    tab = window.actors_tab
    click_item(qtbot, tab.tree, tab.item_for("actor:0"))
    assert window.session.actor == "actor:0"
    assert hl(window, "mention") == {"alpha": ["Mumtaz Zahra Baloch"], "beta": ["Baloch"],
                                     "gamma": ["Baloch"]}
    alpha = window.columns.column("alpha").text.toPlainText()
    assert "Mumtaz Zahra Baloch" in alpha and "At least 11" not in alpha     # filtered
    assert "completely unacceptable" in window.columns.column("gamma").text.toPlainText()
    assert tab.clear_button.isEnabled()
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert window.session.actor is None
    assert "At least 11" in window.columns.column("alpha").text.toPlainText()
    assert hl(window, "mention") == {}


def test_clicking_actor_in_reading_order(qtbot, window):
    window.act_reading.trigger()
    click_item(qtbot, window.actors_tab.tree, window.actors_tab.item_for("actor:1"))
    assert hl(window, "mention") == {"alpha": ["Islamabad"], "beta": ["Islamabad"]}
    assert window.columns.column("gamma").text.toPlainText().strip() == ""


def test_quotes_grouped_by_speaker_and_jump(qtbot, window):
    window.show_dock("quotes")
    tree = window.quotes_tab.tree
    tops = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert tops == ["Mumtaz Zahra Baloch", "Unattributed"]
    unattributed = tree.topLevelItem(1)
    fam = unattributed.child(0)
    assert fam.text(1) == "Alpha News, Beta Post"          # the sources that carry it
    click_item(qtbot, tree, fam)
    assert window.session.selected == "alpha:3"
    assert window.session.focus.quote == "quote:1"
    assert set(hl(window, "quote")) == {"alpha", "beta"}
    wordings = window.quotes_tab.view.toPlainText()
    assert "Beta Post" in wordings and "About 12" in wordings and "At least 11" in wordings
    direct = tree.topLevelItem(0).child(0)
    click_item(qtbot, tree, direct)
    assert hl(window, "quote") == {"gamma": ["completely unacceptable"]}
    assert "Only Gamma Times carries this quote" in window.quotes_tab.view.toPlainText()


def test_details_filter_by_kind_and_jump(qtbot, window):
    window.show_dock("details")
    tab = window.details_tab
    assert len(tab.visible_rows()) == 4
    tab.set_kind("number")
    rows = tab.visible_rows()
    assert [tab.row_text(i, 1) for i in rows] == ["11 vs about 12"]
    rect = tab.view_rect(rows[0])
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.selected == "alpha:3"
    assert hl(window, "difference") == {"alpha": ["At least 11"], "beta": ["About 12"]}
    assert "11 vs about 12" in window.detail.toPlainText()
    tab.set_kind(None)
    assert len(tab.visible_rows()) == 4


def test_sources_tab_rename_reorder_remove(qtbot, window):
    window.show_dock("sources")
    tab = window.sources_tab
    t = tab.table
    assert [t.item(r, 0).text() for r in range(3)] == ["Alpha News", "Beta Post", "Gamma Times"]
    assert t.item(2, 4).text() == "50%" and t.item(0, 3).text() == "4"
    t.item(1, 0).setText("BETA")                          # as if edited in place
    assert window.session.label("beta") == "BETA"
    assert "BETA" in window.columns.column("beta").header.text()
    tab.select_key("gamma")
    qtbot.mouseClick(tab.up, Qt.MouseButton.LeftButton)
    assert [c.article_id for c in window.columns.columns] == ["alpha", "gamma", "beta"]
    assert window.session.index.order == ["alpha", "gamma", "beta"]
    calls = []
    window.session.runner.compare = lambda arts, **_: calls.append([a.id for a in arts])
    window.session.runner.read = lambda spec: window.session.articles[spec.key]
    tab.select_key("gamma")
    qtbot.mouseClick(tab.remove, Qt.MouseButton.LeftButton)
    assert [s.key for s in window.session.sources] == ["alpha", "beta"]
    assert calls == [["alpha", "beta"]]


def test_setting_a_quotes_speaker_to_nobody_moves_no_other_quote(qtbot, window, comparison):
    """Greedy grouping once put a quote set to "Nobody" (and every quote of its linked
    sentences, whoever said them) into one family shown under the first speaker it met."""
    from dataclasses import replace
    by_id = {q.id: q for q in comparison.quotes}
    nobody = replace(by_id["quote:1"], speaker=None)                  # alpha:3, set to nobody
    baloch = replace(by_id["quote:2"], speaker="actor:0")            # beta:3, linked to alpha:3
    window.session.set_comparison(replace(comparison, quotes=(by_id["quote:0"], nobody, baloch)))
    window.show_dock("quotes")
    tree = window.quotes_tab.tree
    groups = {tree.topLevelItem(i).text(0): [tree.topLevelItem(i).child(k).data(0, Qt.ItemDataRole.UserRole)
                                             for k in range(tree.topLevelItem(i).childCount())]
              for i in range(tree.topLevelItemCount())}
    families = window.quotes_tab.families
    under = {speaker: {q.id for fid in ids for q in families[fid]} for speaker, ids in groups.items()}
    assert under == {"Mumtaz Zahra Baloch": {"quote:0", "quote:2"}, "Unattributed": {"quote:1"}}


def test_quotes_keep_their_own_marks_once(qtbot, window, comparison, answers):
    from dataclasses import replace
    q = comparison.quotes[0]
    marked = replace(q, start=q.start - 1, end=q.end + 1, text='"completely unacceptable"')
    window.session.set_comparison(replace(comparison, quotes=(marked,) + comparison.quotes[1:]))
    window.show_dock("quotes")
    tree = window.quotes_tab.tree
    top = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
               if tree.topLevelItem(i).text(0) == "Mumtaz Zahra Baloch")
    click_item(qtbot, tree, top.child(0))
    shown = [top.child(0).text(0), window.quotes_tab.view.toPlainText()]
    assert '"completely unacceptable"' in shown[0]
    for text in shown:
        for doubled in ('""', "““", "””", '“"', '"”'):
            assert doubled not in text
    window.workspace.actions["speaker"].trigger()              # the dialog quotes it once too
    prompt = next(a[1] for a in reversed(answers.asked) if isinstance(a, tuple) and a[0] == "Change Speaker")
    assert prompt.count('"') == 2 and "“" not in prompt


@pytest.mark.parametrize("size", [(1600, 1000), (1366, 768)])
def test_the_sources_figures_fit_the_default_sidebar(qtbot, window, size):
    """Outlet, date, sentence count and share are all in view at the sidebar's default width,
    with no sideways scrolling; the headline runs under them on a line of its own."""
    from PySide6.QtWidgets import QApplication
    window.resize(*size)
    window.show_dock("sources")
    t = window.sources_tab.table
    qtbot.waitUntil(lambda: t.rowCount() == 3 and t.item(2, 4).text() == "50%")
    QApplication.processEvents()
    header, width = t.horizontalHeader(), t.viewport().width()
    for c in (0, 2, 3, 4):
        left = header.sectionViewportPosition(c)
        assert left >= 0 and left + header.sectionSize(c) <= width, (c, left, header.sectionSize(c), width)
        title = header.fontMetrics().horizontalAdvance(t.horizontalHeaderItem(c).text())
        assert header.sectionSize(c) > title
        for r in range(3):
            text = t.item(r, c).text()
            assert t.fontMetrics().horizontalAdvance(text) <= header.sectionSize(c), (r, c, text)
    assert not t.horizontalScrollBar().isVisible()
    line = t.fontMetrics().lineSpacing()
    assert t.rowHeight(0) >= 2 * line                       # room for the headline's own line
    shown = t.visualRect(t.model().index(0, 0))
    assert window.sources_tab.delegate.headline_rect(shown).width() > width - 20


def test_the_sources_dates_read_alike_and_keep_how_they_were_written(window, comparison):
    window.show_dock("sources")
    t = window.sources_tab.table
    written = {a.id: a.date for a in comparison.articles}
    for r in range(t.rowCount()):
        key = t.item(r, 0).data(Qt.ItemDataRole.UserRole)
        if written[key]:
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", t.item(r, 2).text()), t.item(r, 2).text()
            assert written[key] in t.item(r, 2).toolTip()


def test_hovering_a_sources_headline_line_shows_the_whole_headline(qtbot, window):
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip
    window.show_dock("sources")
    t = window.sources_tab.table
    rect = t.visualRect(t.model().index(1, 3))                 # the sentence count's cell
    for y, expected in ((rect.bottom() - 3, "Pakistan withdraws ambassador"),
                        (rect.top() + 5, "/tmp/beta.txt")):
        at = QPoint(rect.center().x(), y)
        hover = QHelpEvent(QHelpEvent.Type.ToolTip, at, t.viewport().mapToGlobal(at))
        QApplication.sendEvent(t.viewport(), hover)
        qtbot.waitUntil(lambda: expected in QToolTip.text())
    assert "Pakistan withdraws" not in QToolTip.text()        # the figure's own tooltip above it


@pytest.mark.parametrize("size", [(1600, 1000), (1366, 768)])
def test_every_sources_count_column_of_the_actors_matrix_shows(qtbot, window, size):
    """Three sources at the sidebar's default width: no count column hides off to the right."""
    window.resize(*size)
    window.show_dock("actors")
    tree = window.actors_tab.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0 and not window.actors_tab.steps.running)
    header, n = tree.header(), len(window.session.sources)
    for k in range(1 + n):
        assert header.sectionViewportPosition(k) + header.sectionSize(k) <= tree.viewport().width(), k
    assert header.sectionSize(0) >= 110                      # names stay readable
    assert [tree.headerItem().toolTip(k) for k in range(1, 1 + n)] == [
        "Mentions in Alpha News", "Mentions in Beta Post", "Mentions in Gamma Times"]


def test_with_many_sources_the_actors_names_keep_their_width(qtbot, window):
    """When the count columns scroll sideways anyway, the names are not cut for them."""
    from dataclasses import replace

    from reader.engine.model import Actor, Mention
    from ui_helpers import many_sources
    c = many_sources(8)
    ports = [s for s in c.sentences if s.text.startswith("Officials said the port")]
    officials = Actor("actor:0", "Port authority officials", "organization", ("Officials",),
                      tuple(Mention(s.article, s.start, s.start + 9, "Officials", s.id) for s in ports))
    window.session.set_comparison(replace(c, actors=(officials,)))
    window.show_dock("actors")
    tree = window.actors_tab.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0 and not window.actors_tab.steps.running)
    assert tree.header().sectionSize(0) > 110


def test_a_source_without_a_date_says_so(qtbot, window, comparison):
    """In words, in the Sources panel and the column's header: a dash, or nothing beside the
    outlet, read as a date that failed to show."""
    from dataclasses import replace
    articles = tuple(replace(a, date="", date_source="") if a.id == "beta" else a
                     for a in comparison.articles)
    window.session.articles.clear()
    window.session.set_comparison(replace(comparison, articles=articles))
    window.show_dock("sources")
    t = window.sources_tab.table
    assert t.item(1, 2).text() == "unknown" and "No date found" in t.item(1, 2).toolTip()
    assert t.item(0, 2).text() == "2024-01-17" and "No date" not in t.item(0, 2).toolTip()
    qtbot.waitUntil(window.columns.settled)
    assert "date unknown" in window.columns.column("beta").header.text()
    assert "unknown" not in window.columns.column("alpha").header.text()


def test_a_big_comparisons_actor_list_waits_for_the_columns_then_fills_at_once(qtbot, window, monkeypatch):
    """The list of a big comparison fills once the columns are built (they would share every
    turn), as soon as they are: it polled every 40 ms to find out."""
    import time

    from PySide6.QtWidgets import QApplication

    from reader.ui.columns import ColumnsView
    from reader.ui.sidebar.lazy import LazyRefresh
    from ui_helpers import many_sources
    monkeypatch.setattr(ColumnsView, "CHUNKED_ABOVE", 0)          # built in turns, as a big one
    monkeypatch.setattr(LazyRefresh, "BIG", 0)
    tree, steps = window.actors_tab.tree, window.columns.steps
    assert tree.columnCount() == 2 + 3
    window.session.set_comparison(many_sources(5))
    assert steps.running and tree.columnCount() == 2 + 3          # not while the columns build
    deadline = time.perf_counter() + 5
    while steps.running and time.perf_counter() < deadline:
        assert tree.columnCount() == 2 + 3
        QApplication.processEvents()                               # turn by turn, no waiting
    for _ in range(3):
        QApplication.processEvents()
    assert tree.columnCount() == 2 + 5
