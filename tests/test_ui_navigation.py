"""Navigation that tells the reader where they are: F7's position, the detail panel at the
difference, colours that tell selection from counterparts, legible dark text, the panels'
keys and the focus ring."""
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication

from reader.engine.model import Difference, Span
from reader.ui.theme import AA_CONTRAST, blend, contrast
from ui_helpers import click_sentence, many_sources


@pytest.fixture
def themes(window):
    """Run a test in the light and then the dark theme."""
    yield window
    window.set_theme("system")


def _selection_colours(window):
    out = {}
    for col in window.columns.columns:
        for sel in col.text.extraSelections():
            role = sel.format.property(sel.format.Property.UserProperty)
            out.setdefault(role, blend(sel.format.background().color(), window.columns.theme.base))
    return out


def _hue_distance(a: QColor, b: QColor) -> int:
    d = abs(a.hsvHue() - b.hsvHue())
    return min(d, 360 - d)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_selected_and_counterpart_sentences_have_different_colours(qtbot, themes, theme):
    window = themes
    window.set_theme(theme)
    click_sentence(qtbot, window, "alpha:3")
    colours = _selection_colours(window)
    selected, counterpart = colours["selected"], colours["counterpart"]
    assert _hue_distance(selected, counterpart) >= 60                 # blue against green, not two blues
    # and both stand out from the sentence's own background
    assert contrast(selected, window.columns.theme.base) > 1.2
    assert contrast(counterpart, window.columns.theme.base) > 1.2


def _fragments(browser):
    """(text, colour) of every piece of text a QTextBrowser shows."""
    default = browser.palette().color(browser.foregroundRole())
    doc = browser.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            colour = fmt.foreground().color() if fmt.foreground().style() != Qt.BrushStyle.NoBrush else (
                browser.palette().color(browser.palette().ColorRole.Link) if fmt.isAnchor() else default)
            if frag.text().strip():
                yield frag.text(), colour
            it += 1
        block = block.next()


def test_every_text_in_the_dark_theme_meets_aa_contrast(qtbot, themes, answers):
    window = themes
    window.set_theme("dark")
    click_sentence(qtbot, window, "alpha:3")
    answers.texts = ["A note with a citation"]
    window.workspace.add_note()
    window.workspace.actions["unlink"].trigger()                  # a correction, with its "undo"
    window.session.select("alpha:3", difference=1)
    base = window.workspace.panel.notes.palette().color(window.workspace.panel.notes.backgroundRole())
    checked = set()
    for browser in (window.workspace.panel.notes, window.workspace.panel.corrections, window.detail):
        view = browser.viewport()
        bg = view.palette().color(view.backgroundRole())
        for text, colour in _fragments(browser):
            assert contrast(colour, bg) >= AA_CONTRAST, (text, colour.name(), bg.name())
            checked.add(text.strip())
    assert {"edit", "delete", "undo"} <= checked                    # the links were among them
    assert base.lightness() < 80                                  # it was the dark theme
    legend = window.legend
    assert "color:" in legend.text()
    for kind in ("number", "name", "date", "attribution", "quote", "claim"):
        assert contrast(window.columns.theme.text_colour(kind), base) >= AA_CONTRAST


def test_f7_reports_where_it_is_and_the_detail_panel_shows_it(qtbot, window, comparison):
    # the alpha:3 pair gets many differences, so the panel must scroll to the last one
    sents = {s.id: s for s in comparison.sentences}

    def span(sid, word):
        s = sents[sid]
        i = s.text.index(word)
        return Span(s.article, sid, s.start + i, s.start + i + len(word), word)
    extra = tuple(Difference("claim", span("alpha:3", "died"), span("beta:3", "died"), f"claim {k}")
                  for k in range(25))
    window.session.set_comparison(replace(comparison, differences=comparison.differences + extra))
    window.act_next_diff.trigger()
    window.splitter.setSizes([700, 90])                           # a short panel: it must scroll
    qtbot.waitUntil(lambda: 0 < window.detail.viewport().height() < 100)
    stops = window.session.index.stops
    assert window.where_label.text() == (f"Difference 1 of {len(stops)} · date · Alpha News vs Beta Post")
    for _ in range(26):
        window.act_next_diff.trigger()
    assert window.where_label.text().startswith(f"Difference 27 of {len(stops)} · claim")
    assert "◀" in window.detail.toPlainText()
    bar = window.detail.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() > 0                  # scrolled down to the focused one
    doc = window.detail.document()
    block = next(b for b in _blocks(doc) if "claim 24" in b.text())
    rect = doc.documentLayout().blockBoundingRect(block)
    assert bar.value() <= rect.top() and rect.bottom() <= bar.value() + window.detail.viewport().height()


def _blocks(doc):
    b = doc.begin()
    while b.isValid():
        yield b
        b = b.next()


@pytest.mark.parametrize("key, panel", [(1, "actors"), (2, "quotes"), (3, "details"), (4, "sources")])
def test_alt_number_moves_the_focus_into_its_panel(qtbot, window, key, panel):
    window.activateWindow()
    window.columns.columns[0].text.setFocus()
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{key}"), Qt.KeyboardModifier.AltModifier)
    focus = QApplication.focusWidget()
    tab = window.docks[panel].widget()
    assert focus is tab.focusProxy() and focus.isVisible()


def test_alt_5_moves_the_focus_into_the_notes(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.workspace.panel.notes


def _ring_pixels(col, sid):
    """Pixels of the ring colour just outside the sentence's top edge."""
    image = col.text.viewport().grab().toImage()
    y0, _ = col.text.sentence_y_range(sid)
    ring = col.text.ring_colour
    row = int(y0) - 3
    return sum(1 for x in range(0, image.width(), 2)
               if 0 <= row < image.height() and _near(QColor(image.pixel(x, row)), ring))


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def test_the_focused_sentence_has_a_focus_ring(qtbot, window):
    window.activateWindow()
    click_sentence(qtbot, window, "alpha:3")
    col = window.columns.column("alpha")
    qtbot.waitUntil(col.text.hasFocus)
    assert _ring_pixels(col, "alpha:3") > 40
    window.findbar.open_bar()                                     # the focus leaves the column
    qtbot.waitUntil(lambda: not col.text.hasFocus())
    assert _ring_pixels(col, "alpha:3") == 0
    window.findbar.close_bar()
    col.text.setFocus()
    window.act_next_diff.trigger()                                # F7 moves the ring along
    sid = window.session.selected
    target = window.columns.column(window.session.index.sentence[sid].article)
    qtbot.waitUntil(target.text.hasFocus)
    assert _ring_pixels(target, sid) > 40


def test_f7_through_many_sources_stops_at_each_difference_in_reading_order(qtbot, window):
    c = many_sources(4)
    sents = {s.id: s for s in c.sentences}
    s0, s1 = sents["s0:3"], sents["s1:3"]
    source = Difference("attribution", Span("s0", "s0:3", s0.start, s0.start + 9, s0.text[:9]),
                        Span("s1", "s1:3", s1.start, s1.start + 9, s1.text[:9]), "attributed differently")
    window.session.set_comparison(replace(c, differences=c.differences + (source,)))
    kinds = []
    while window.session.next_difference(1):
        kinds.append(window.session.index.stops[window.session.focus.difference].kind)
    # the death toll's row (every pair of the four sources), then the port's row below it
    assert kinds == ["number"] * 6 + ["attribution"]


def test_selection_sets_no_ring_when_the_column_is_not_focused(qtbot, window):
    window.details_tab.setFocus()
    window.session.select("beta:3")
    assert window.columns.column("beta").text.ring == "beta:3"
    assert not window.columns.column("beta").text.hasFocus()
    cur = QTextCursor(window.columns.column("beta").text.document())
    assert cur.document() is not None


def _far_apart(fillers=20, tail=0):
    """Two articles whose differing sentences sit at opposite ends: the first tells it last
    (then `tail` sentences of its own), after sentences the second tells in the same order
    after it."""
    from conftest import _article
    from reader.engine.model import Comparison, Link
    filler = [[f"Witness {k} described the flooded streets, the closed schools and the long wait "
               f"for help in the northern district, number {k} of many."] for k in range(fillers)]
    told = ["The storm killed 14 people on Monday, officials said."]
    own = [[f"First Post alone describes street {k} of the old town after the water went down."]
           for k in range(tail)]
    a, sa = _article("a", "First Post", "Storm report", "May 2, 2024", filler + [told] + own)
    b, sb = _article("b", "Second Daily", "Storm toll", "May 2, 2024",
                     [["The storm killed 19 people on Monday, police said."]] + filler)
    last_a, first_b = sa[2 + fillers], sb[2]
    links = [Link(x.id, y.id, 0.6, "partial") for x, y in zip(sa[2:2 + fillers], sb[3:])]
    links.append(Link(last_a.id, first_b.id, 0.7, "partial"))
    toll = Difference("number", Span("a", last_a.id, last_a.start + 16, last_a.start + 18, "14"),
                      Span("b", first_b.id, first_b.start + 16, first_b.start + 18, "19"), "14 vs 19 dead")
    return Comparison(articles=(a, b), sentences=tuple(sa + sb), links=tuple(links), groups=(),
                      differences=(toll,), actors=(), quotes=(), word_diffs={})


def test_f7_in_reading_order_keeps_the_other_side_in_view_once_the_detail_panel_opens(qtbot, window):
    """Opening the detail panel re-levelled the columns by the sentence at the top, which sent
    the other side of the difference out of view."""
    window.set_layout("reading")
    window.session.set_comparison(_far_apart())
    qtbot.waitUntil(window.columns.settled)
    assert not window.detail.isVisible()
    assert window.session.next_difference(1)
    qtbot.waitUntil(window.detail.isVisible)

    def in_view(sid):
        text = window.columns.column(sid[0]).text
        y = text.sentence_y_range(sid)
        return y is not None and 0 <= y[0] and y[1] <= text.viewport().height()
    qtbot.waitUntil(lambda: in_view("a:22") and in_view("b:2"), timeout=2000)
    for _ in range(5):
        QApplication.processEvents()                # and they stay there once all is laid out
    assert in_view("a:22") and in_view("b:2")


def test_f7_brings_the_other_sides_column_fully_into_view(qtbot, window):
    """With more sources than fit side by side, a difference's other side must not stay half
    scrolled off to the right."""
    window.session.set_comparison(many_sources(5))
    qtbot.waitUntil(window.columns.settled)
    view = window.columns

    def fully_in_view(aid):
        col = view.column(aid)
        left = col.mapTo(view.scroll.viewport(), col.rect().topLeft()).x()
        return left >= 0 and left + col.width() <= view.scroll.viewport().width()
    assert fully_in_view("s2") and not fully_in_view("s3")          # s3 is cut at the right edge
    idx = window.session.index
    i = next(k for k, d in enumerate(idx.stops) if {d.a.article, d.b.article} == {"s2", "s3"})
    window.session.select(idx.stops[i].a.sentence, difference=i)  # as F7 does
    qtbot.waitUntil(lambda: fully_in_view("s2") and fully_in_view("s3"))


def test_f7_in_aligned_rows_shows_both_sides_when_they_fit_together(qtbot, window):
    """The sides of a difference on rows apart: scrolled to the end, F7 showed only the
    selected side, its other side rows above, out of view."""
    window.set_layout("aligned")
    window.session.set_comparison(_far_apart(fillers=8, tail=12))
    qtbot.waitUntil(window.columns.settled)
    window.session.select("a:3")                               # opens the detail panel
    qtbot.waitUntil(window.detail.isVisible)
    sb = window.columns.column("a").text.verticalScrollBar()
    sb.setValue(sb.maximum())

    def in_view(sid):
        text = window.columns.column(sid[0]).text
        y = text.sentence_y_range(sid)
        return y is not None and 0 <= y[0] and y[1] <= text.viewport().height()
    assert not in_view("b:2")
    window.session.select("a:10", difference=0)                # as F7 does
    qtbot.waitUntil(lambda: in_view("a:10") and in_view("b:2"), timeout=2000)


def test_f7_in_aligned_rows_brings_the_other_side_level_when_the_two_are_far_apart(qtbot, window):
    """Sides too far apart to frame together: F7 showed the selected side only, the other's
    link band running off the screen. Its column now scrolls on its own to bring it level (as
    near as its length allows), and the next scroll lines the rows up again."""
    window.set_layout("aligned")
    window.session.set_comparison(_far_apart(fillers=30))
    qtbot.waitUntil(window.columns.settled)
    a, b = window.columns.column("a").text, window.columns.column("b").text

    def in_view(text, sid):
        y = text.sentence_y_range(sid)
        return y is not None and 0 <= y[0] and y[1] <= text.viewport().height()
    window.session.select("a:32", difference=0)                # as F7 does
    qtbot.waitUntil(lambda: in_view(a, "a:32") and in_view(b, "b:2"), timeout=2000)
    assert b.verticalScrollBar().value() != a.verticalScrollBar().value()
    qtbot.waitUntil(window.detail.isVisible)                   # it took room: still both in view
    assert in_view(a, "a:32") and in_view(b, "b:2")
    a.verticalScrollBar().setValue(a.verticalScrollBar().value() - 40)
    assert b.verticalScrollBar().value() == a.verticalScrollBar().value()


def test_f7_marks_the_other_sides_column_in_the_source_strip_when_it_is_out_of_view(qtbot, window):
    """Eight sources, a difference between the first and the last: the two columns cannot be
    in view together, and nothing said where the other side was. Its chip is now marked."""
    window.resize(1366, 768)
    window.session.set_comparison(many_sources(8))
    qtbot.waitUntil(window.columns.settled)
    idx, strip = window.session.index, window.columns.strip
    i = next(k for k, d in enumerate(idx.stops) if {d.a.article, d.b.article} == {"s0", "s7"})
    window.session.select(idx.stops[i].a.sentence, difference=i)          # as F7 does
    qtbot.waitUntil(lambda: 0 in strip.in_view())
    assert 7 not in strip.in_view()
    assert strip.marks[7] == window.columns.theme.colour("number")          # the other side, off screen
    assert strip.marks[0] == window.columns.theme.colour("selected")
    assert set(strip.marks) == {0, 7}                                        # its two sides only
    window.session.select("s3:2")                                           # a click: counterparts
    assert set(strip.marks) == set(range(8))
    window.session.select(None)
    assert strip.marks == {}


def test_tab_walks_the_columns_left_to_right_even_after_one_moved(qtbot, window):
    """The focus chain followed the order columns were made in: Tab from the first column
    jumped to the side panel, and the frame around the columns took the focus on opening."""
    def tab_from(aid):
        window.columns.column(aid).text.setFocus()
        qtbot.waitUntil(lambda: window.columns.column(aid).text.hasFocus())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        return getattr(QApplication.focusWidget(), "article_id", None)

    window.activateWindow()
    assert [tab_from(a) for a in ("alpha", "beta")] == ["beta", "gamma"]
    window.move_source("gamma", -2)                                  # gamma, alpha, beta
    qtbot.waitUntil(window.columns.settled)
    assert [c.article_id for c in window.columns.columns] == ["gamma", "alpha", "beta"]
    assert [tab_from(a) for a in ("gamma", "alpha")] == ["alpha", "beta"]
    assert not window.columns.scroll.focusPolicy() & Qt.FocusPolicy.TabFocus
