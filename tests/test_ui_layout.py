"""Many sources on one screen, and aligned rows that mean what they show."""
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetricsF

from reader.engine.coverage import is_confident
from reader.engine.model import Link
from reader.ui.display import DisplayIndex, heaviest_chain
from reader.ui.textcolumn import SourceColumn
from ui_helpers import click_sentence, many_sources, shuffled_facts


def show(qtbot, window, comparison, size):
    window.resize(*size)
    window.session.set_comparison(comparison)
    qtbot.waitUntil(window.columns.settled, timeout=5000)


@pytest.mark.parametrize("n, size", [(5, (1366, 768)), (8, (1920, 1080))])
def test_columns_share_the_width_then_scroll_with_a_source_strip(qtbot, window, n, size):
    show(qtbot, window, many_sources(n), size)
    view = window.columns
    widths = [c.width() for c in view.columns]
    assert min(widths) >= view.columns[0].minimumWidth() > 200          # readable, never squeezed
    assert view.container.width() > view.scroll.viewport().width()     # so they scroll sideways
    assert view.strip.isVisible()
    assert view.strip.labels == [f"Outlet {k}" for k in range(n)]
    shown = view.strip.in_view()
    assert shown and shown == list(range(shown[0], shown[-1] + 1)) and len(shown) < n
    # a click on the last source's chip brings its column into view
    chip = view.strip.spans[-1]
    qtbot.mouseClick(view.strip, Qt.MouseButton.LeftButton,
                     pos=QPoint(int((chip[0] + chip[1]) / 2 * view.strip.width()), view.strip.height() // 2))
    last = view.columns[-1]
    left = last.mapTo(view.scroll.viewport(), QPoint(0, 0)).x()
    assert 0 <= left and left + last.width() <= view.scroll.viewport().width() + 1
    assert n - 1 in view.strip.in_view()


def test_three_sources_fit_without_a_strip(qtbot, window, comparison):
    show(qtbot, window, comparison, (1366, 768))
    view = window.columns
    assert not view.strip.isVisible()
    assert view.container.width() <= view.scroll.viewport().width()
    for c in view.columns:                 # every column wholly in view
        x = c.mapTo(view.scroll.viewport(), QPoint(0, 0)).x()
        assert 0 <= x and x + c.width() <= view.scroll.viewport().width() + 1


def test_headers_keep_one_small_height_after_sources_change(qtbot, window, comparison):
    probe = SourceColumn("x")
    two_lines = probe.header.height()
    heights = lambda: {c.header.height() for c in window.columns.columns}   # noqa: E731
    assert heights() == {two_lines}
    window.move_source("gamma", -1)                               # moved
    assert heights() == {two_lines}
    window.session.set_comparison(many_sources(4))                # opened
    qtbot.waitUntil(window.columns.settled, timeout=5000)
    assert heights() == {two_lines}
    window.session.set_comparison(comparison)                     # reopened
    assert heights() == {two_lines} and two_lines < 70
    col = window.columns.columns[0]
    assert col.text.mapTo(col, QPoint(0, 0)).y() == two_lines    # no empty band above the text


def test_the_detail_panel_takes_no_room_until_a_sentence_is_selected(qtbot, window):
    tall = window.columns.height()
    assert not window.detail.isVisible()
    click_sentence(qtbot, window, "alpha:3")
    assert window.detail.isVisible()
    qtbot.waitUntil(lambda: window.columns.height() < tall)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.detail.isVisible()
    qtbot.waitUntil(lambda: window.columns.height() == tall)


# --- aligned rows --------------------------------------------------------------------------

def crossing(comparison):
    """The hand-made comparison with beta telling two linked facts in the other order."""
    links = tuple(x for x in comparison.links if {x.a, x.b} != {"alpha:3", "beta:3"}
                  and {x.a, x.b} != {"alpha:4", "beta:4"})
    return replace(comparison, links=links + (Link("alpha:3", "beta:4", 0.7, "same"),
                                              Link("alpha:4", "beta:2", 0.5, "partial")))


def _row_sentences(idx, row):
    return [x for sids in row.cells.values() for x in sids]


@pytest.mark.parametrize("make", [lambda c: c, crossing, lambda c: many_sources(6),
                                  lambda c: shuffled_facts(6, 3)])
def test_rows_keep_each_article_in_order_and_level_only_counterparts(comparison, make):
    c = make(comparison)
    idx = DisplayIndex(c)
    assert idx.rows
    for aid in idx.order:
        rows = [idx.row_of[s.id] for s in idx.shown[aid]]
        assert rows == sorted(rows) and len(set(rows)) == len(rows)       # own order, one per row
    shared = [r for r in idx.rows if len(r.articles()) > 1]
    assert shared
    for row in shared:
        # the sentences that have counterparts form one set, linked to one another; the others
        # in the row are each tagged "only in" (nobody's counterpart)
        linked = [s for s in _row_sentences(idx, row) if idx.coverage(s) != "only"]
        reached, todo = set(linked[:1]), linked[:1]
        while todo:
            s = todo.pop()
            for o in linked:
                if o not in reached and is_confident(idx.link(s, o)):
                    reached.add(o)
                    todo.append(o)
        assert reached == set(linked), (linked, row)


def test_sentences_no_other_source_carries_sit_side_by_side():
    """With many sources, each one's own sentences between two shared rows share rows across
    the columns instead of stacking (which left most of every column blank)."""
    idx = DisplayIndex(many_sources(6))
    own = [idx.row_of[f"s{k}:4"] for k in range(6)]
    assert len(set(own)) == 1
    assert idx.row_of["s0:3"] < own[0] < idx.row_of["s0:5"]        # still between its neighbours


def test_a_sentence_no_one_else_carries_takes_the_next_free_cell():
    """Not a row of its own: gamma's last sentence (only in gamma) sits in the first row after
    its predecessor where gamma has nothing, so fewer rows are half empty."""
    from conftest import make_comparison
    idx = DisplayIndex(make_comparison())
    assert idx.coverage("gamma:3") == "only"
    assert idx.row_of["gamma:2"] < idx.row_of["gamma:3"] == idx.row_of["alpha:3"]
    assert len(idx.rows) == 5                   # headlines, three shared rows, alpha's and beta's own
    assert idx.row_of["alpha:5"] == idx.row_of["beta:5"]
    assert idx.shared_rows() == 4                # rows of counterparts; not alpha's and beta's own
    assert idx.level_set("alpha:3") == ["alpha:3", "beta:3"] and idx.level_set("gamma:3") == ["gamma:3"]


def test_rows_are_aligned_in_the_order_that_costs_the_reader_least():
    """Which article gives the rows decides which crossing links stay unlevel, and so how long
    level rows keep columns waiting: the rows come from the order that leaves the least blank
    and fewest unlevel links, whatever the columns' order."""
    from reader.ui import display
    shorter = 0
    for seed in range(12):
        c = shuffled_facts(5, seed)
        display._ROWS_CACHE.clear()
        idx = DisplayIndex(c)
        first_column_gives_rows = idx._layout_cost(idx._fill_free_slots(idx._align(idx.order)))
        chosen = idx._layout_cost([{a: x[0] for a, x in row.cells.items() if x} for row in idx.rows[1:]])
        assert chosen <= first_column_gives_rows
        shorter += chosen < first_column_gives_rows
        display._ROWS_CACHE.clear()
        moved = DisplayIndex(c, list(reversed(idx.order)))
        assert [{a: x for a, x in r.cells.items() if x} for r in moved.rows] == \
            [{a: x for a, x in r.cells.items() if x} for r in idx.rows]      # columns moved, rows kept
    assert shorter >= 4


def test_a_removed_link_does_not_pull_a_late_sentence_up_to_the_headlines(comparison):
    """After an unlink the second column's headline still opens it (it became a late
    paragraph in the old rows)."""
    unlinked = replace(comparison, links=tuple(x for x in comparison.links
                                               if {x.a, x.b} != {"alpha:0", "beta:0"}))
    idx = DisplayIndex(unlinked)
    first_of_beta = min(idx.shown["beta"], key=lambda s: idx.row_of[s.id])
    assert first_of_beta.id == "beta:0"
    assert idx.row_of["beta:0"] < idx.row_of["beta:2"] < idx.row_of["beta:5"]


def test_heaviest_chain_takes_the_best_order_keeping_matches():
    # (j, r, weight): j=0 fits row 5 well; j=1 fits row 2 (crossing) and row 6 weakly
    chain = heaviest_chain([(0, 5, 1.0), (1, 2, 0.9), (1, 6, 0.3), (2, 7, 0.5)], 8)
    assert chain == [(0, 5), (1, 6), (2, 7)]
    assert heaviest_chain([(0, 3, 1.0), (0, 4, 1.0)], 5) in ([(0, 3)], [(0, 4)])   # one row per sentence
    assert heaviest_chain([], 3) == []


def test_crossing_links_show_as_bands_in_the_aligned_layout(qtbot, window, comparison):
    window.session.set_comparison(crossing(comparison))
    qtbot.waitUntil(window.columns.settled, timeout=5000)
    assert window.columns.mode == "aligned"
    lm = window.columns.linkmaps[0]
    bands = {(a, b): (ly, ry) for a, b, _, ly, ry in lm.visible_bands()}
    ly, ry = bands[("alpha:4", "beta:2")]
    assert abs(ly[0] - ry[0]) > 10                              # told in another order: it slants
    ly, ry = bands[("alpha:2", "beta:2")]
    assert abs(ly[0] - ry[0]) <= 1                              # level rows, level band


def _told_in_other_orders():
    """Two articles sharing a headline and one fact level (x:4); their other sentences are
    linked across in crossing order, so none of them can sit level with its counterpart."""
    from conftest import _article
    from reader.engine.model import Comparison
    paras = lambda k: [[f"{k} reports that the bridge on road {n} was closed for the whole "    # noqa: E731
                        f"night after the storm."] for n in range(1, 6)]
    a, sa = _article("alpha", "Alpha", "Storm closes bridges", "May 2, 2024", paras("Alpha"))
    b, sb = _article("beta", "Beta", "Bridges closed by storm", "May 2, 2024", paras("Beta"))
    links = (Link("alpha:0", "beta:0", 0.9, "same"), Link("alpha:4", "beta:4", 0.95, "same"),
             Link("alpha:2", "beta:5", 0.55, "partial"), Link("alpha:3", "beta:6", 0.55, "partial"),
             Link("beta:2", "alpha:5", 0.55, "partial"), Link("beta:3", "alpha:6", 0.55, "partial"))
    return Comparison(articles=(a, b), sentences=tuple(sa + sb), links=links, groups=(),
                      differences=(), actors=(), quotes=(), word_diffs={})


def test_aligned_rows_leave_no_blank_band_where_sources_tell_things_in_another_order(qtbot, window):
    """Every sentence without a level counterpart had a band of its own across all columns:
    alpha showed a blank the height of beta's two sentences under its headline, and so on
    down the page. Now only counterparts sit level; other sentences follow on in their column."""
    window.set_layout("aligned")
    show(qtbot, window, _told_in_other_orders(), (1400, 900))
    text = {a: window.columns.column(a).text for a in ("alpha", "beta")}
    y = lambda sid: text[sid.split(":")[0]].sentence_ys()[sid]                    # noqa: E731
    line = QFontMetricsF(window.columns.text_font()).lineSpacing()
    idx = window.session.index
    assert idx.row_of["alpha:2"] != idx.row_of["beta:2"]          # not level: other rows
    for aid in ("alpha", "beta"):
        assert y(f"{aid}:2")[0] - y(f"{aid}:0")[1] < 1.5 * line   # straight under the headline
        assert y(f"{aid}:5")[0] - y(f"{aid}:4")[1] < 1.5 * line
    assert abs(y("alpha:4")[0] - y("beta:4")[0]) <= 1              # counterparts still level
    assert abs(y("alpha:0")[0] - y("beta:0")[0]) <= 1


def test_dragging_the_window_shorter_relevels_the_selection_once_it_stops(qtbot, window, monkeypatch):
    """Each step of a drag that made the columns shorter scrolled every column again: now at
    the first step (the detail panel opening is one) and once the steps stop."""
    view = window.columns
    window.session.select("alpha:3")
    qtbot.waitUntil(view.settled)
    calls = []
    monkeypatch.setattr(view, "keep_selection_in_view", lambda: calls.append(1))
    for k in range(8):
        window.resize(window.width(), window.height() - 10)
        qtbot.waitUntil(lambda h=window.height(): view.height() <= h)
    qtbot.waitUntil(view.settled)
    assert calls == [1, 1]


def _headline_tells_the_others_first_paragraph(beta_headline_role="headline"):
    """Alpha's headline has no counterpart; beta's headline tells alpha's first paragraph."""
    from conftest import _article
    from reader.engine.model import Comparison
    a, sa = _article("alpha", "Alpha", "A long night on the coast for the fishing towns of the north",
                     "May 2, 2024", [["The storm closed the bridge on road 9 for the whole night."],
                                     ["Rescue teams reached the town of Sele by the evening."]])
    b, sb = _article("beta", "Beta", "Storm closes the bridge on road 9 for the night", "May 2, 2024",
                     [["Rescue teams reached the town of Sele by the evening."]])
    sb[0] = replace(sb[0], role=beta_headline_role)
    links = (Link("alpha:2", "beta:0", 0.8, "same"), Link("alpha:3", "beta:2", 0.95, "same"))
    return Comparison(articles=(a, b), sentences=tuple(sa + sb), links=links, groups=(),
                      differences=(), actors=(), quotes=(), word_diffs={})


def test_headlines_share_the_top_row_even_when_one_tells_the_others_first_paragraph(qtbot, window):
    """Beta's headline linked to alpha's first paragraph put beta's column a headline's height
    down, level with that paragraph, and left a blank above it: a reader compares headline with
    headline, so all headlines open the first row; the link crosses and the link map draws it."""
    window.set_layout("aligned")
    show(qtbot, window, _headline_tells_the_others_first_paragraph(), (1400, 900))
    y = lambda sid: window.columns.column(sid.split(":")[0]).text.sentence_ys()[sid][0]    # noqa: E731
    assert abs(y("alpha:0") - y("beta:0")) <= 1            # headlines level, at the top
    assert abs(y("alpha:3") - y("beta:2")) <= 1            # counterparts below still level
    bands = {(a, b): (ly, ry) for a, b, _, ly, ry in window.columns.linkmaps[0].visible_bands()}
    ly, ry = bands[("alpha:2", "beta:0")]
    assert ly[0] - ry[0] > 10                              # the crossing link slants up to the headline


def test_a_column_whose_first_sentence_sits_rows_down_is_level_with_its_counterparts(qtbot, window):
    """A source without a headline line (beta's first line reads as body text) whose first
    sentence tells alpha's first paragraph starts one row down. Qt ignores a document's first
    block's top margin, so beta sat at the top, and every row of it a headline's height too high."""
    window.set_layout("aligned")
    show(qtbot, window, _headline_tells_the_others_first_paragraph("body"), (1400, 900))
    y = lambda sid: window.columns.column(sid.split(":")[0]).text.sentence_ys()[sid][0]    # noqa: E731
    assert y("beta:0") > y("alpha:0") + 10                 # beta starts lower ...
    assert abs(y("alpha:2") - y("beta:0")) <= 1            # ... level with its counterpart
    assert abs(y("alpha:3") - y("beta:2")) <= 1


def test_headlines_in_the_first_row_are_no_counterparts_unless_linked():
    """Every headline opens the first row; a note on one headline's group cites the headlines it
    is linked to, not another source's headline that tells a different paragraph."""
    from conftest import _article
    from reader.engine.model import Comparison
    body = [["The storm closed the bridge on road 9 for the whole night."],
            ["Rescue teams reached the town of Sele by the evening."]]
    a, sa = _article("alpha", "Alpha", "Bridge on road 9 shut for the night", "May 2, 2024",
                     [["Alpha alone saw the lighthouse fall."]])
    b, sb = _article("beta", "Beta", "Storm hits the coast", "May 2, 2024", body)
    g, sg = _article("gamma", "Gamma", "Rescuers reach Sele by evening", "May 2, 2024",
                     [["Gamma alone counted the boats."]])
    links = (Link("alpha:0", "beta:2", 0.8, "same"), Link("gamma:0", "beta:3", 0.8, "same"))
    idx = DisplayIndex(Comparison(articles=(a, b, g), sentences=tuple(sa + sb + sg), links=links,
                                  groups=(), differences=(), actors=(), quotes=(), word_diffs={}))
    assert idx.row_of["alpha:0"] == idx.row_of["gamma:0"] == idx.row_of["beta:0"] == 0
    assert idx.coverage("alpha:0") == idx.coverage("gamma:0") == "some"
    assert idx.level_set("alpha:0") == ["alpha:0"] and idx.level_set("gamma:0") == ["gamma:0"]
    assert idx.level_articles(idx.rows[0]) == frozenset()
