"""The aligned view's blanks: where one source has nothing while another goes on, the reader
sees why (a thin captioned rule), and headlines open every column level."""
from PySide6.QtGui import QFontMetricsF, QPalette

from reader.engine.model import Comparison, Link


def _one_source_tells_more():
    """Alpha tells four things beta does not, between their shared first and last sentences."""
    from conftest import _article
    extra = [[f"Alpha alone reports detail number {k} about the flooded valley and its farms."]
             for k in range(1, 5)]
    a, sa = _article("alpha", "Alpha", "Floods cut off the valley", "May 2, 2024",
                     [["The river burst its banks on Monday night."]] + extra
                     + [["Rescue teams reached the village by boat on Tuesday."]])
    b, sb = _article("beta", "Beta", "Valley cut off by floods", "May 2, 2024",
                     [["The river burst its banks late on Monday."],
                      ["Rescue teams reached the village by boat on Tuesday."]])
    links = (Link("alpha:0", "beta:0", 0.9, "same"), Link("alpha:2", "beta:2", 0.9, "same"),
             Link("alpha:7", "beta:3", 0.95, "same"))
    return Comparison(articles=(a, b), sentences=tuple(sa + sb), links=links, groups=(),
                      differences=(), actors=(), quotes=(), word_diffs={})


def _show(qtbot, window, comparison):
    window.set_layout("aligned")
    window.resize(1400, 900)
    window.session.set_comparison(comparison)
    qtbot.waitUntil(window.columns.settled, timeout=5000)


def _marks(text, y0, y1):
    """(rows with caption ink, rows ruled across most of the column) between viewport y0 and
    y1 of this text: what the reader sees in a blank."""
    image = text.viewport().grab().toImage()
    base = text.palette().color(QPalette.ColorRole.Base).rgb()
    ink = text.gap_colour
    xs = range(20, image.width() - 20, 2)

    def inked(x, y):
        c = image.pixelColor(x, y)
        return abs(c.red() - ink.red()) + abs(c.green() - ink.green()) + abs(c.blue() - ink.blue()) < 40
    rows = range(max(0, int(y0)), min(image.height(), int(y1)))
    words = [y for y in rows if any(inked(x, y) for x in xs)]
    ruled = [y for y in rows if sum(image.pixel(x, y) != base for x in xs) > 0.6 * len(xs)]
    return words, ruled


def test_the_blank_where_only_another_source_goes_on_is_marked(qtbot, window):
    """Beta's column is blank beside alpha's four extra sentences, so the shared last sentence
    sits level: that blank says "nothing here in this source" under a thin rule, not left bare."""
    _show(qtbot, window, _one_source_tells_more())
    alpha, beta = (window.columns.column(a).text for a in ("alpha", "beta"))
    y = lambda t, sid: t.sentence_y_range(sid)                                   # noqa: E731
    top, bottom = y(beta, "beta:2")[1], y(beta, "beta:3")[0]
    assert abs(bottom - y(alpha, "alpha:7")[0]) <= 1                             # level
    line = QFontMetricsF(window.columns.text_font()).lineSpacing()
    assert bottom - top > 4 * line                                               # a tall blank
    qtbot.waitUntil(lambda: all(_marks(beta, top, top + 3 * line)))                # words and rule on top
    words, ruled = _marks(beta, top + 3 * line, bottom - 2)
    assert not words and not ruled                                               # then quiet
    # alpha's column, text from top to bottom, has no band
    assert not [g for g in alpha.gaps if g[0] < alpha.sentence_ys()["alpha:7"][1]]


def test_reading_order_has_no_bands(qtbot, window):
    _show(qtbot, window, _one_source_tells_more())
    window.set_layout("reading")
    qtbot.waitUntil(window.columns.settled, timeout=5000)
    beta = window.columns.column("beta").text
    assert beta.gaps == []
    top = beta.sentence_y_range("beta:3")[1]
    assert _marks(beta, top + 4, beta.viewport().height()) == ([], [])           # bare page below


def test_seeds_headlines_open_every_column_level(qtbot, window):
    """VOA's headline links to no other headline: it had a row of its own, and ANI's and
    Tagesschau's headlines sat a headline's height down, beside a blank."""
    from reader.paths import seed_paths
    window.resize(1920, 1080)
    window.set_layout("aligned")
    old = window.session.comparison
    window.open_paths([str(p) for p in seed_paths()])
    qtbot.waitUntil(lambda: window.session.comparison is not old and window.session.index is not None
                    and window.columns.settled(), timeout=30000)
    idx = window.session.index
    tops = []
    for a in idx.order:
        headline = next(s for s in idx.shown[a] if s.role == "headline")
        assert idx.row_of[headline.id] == 0
        tops.append(window.columns.column(a).text.sentence_ys()[headline.id][0])
    assert max(tops) - min(tops) <= 1
    assert min(tops) <= window.columns.columns[0].text.document().documentMargin() + 1


def _open_seeds(qtbot, window):
    from reader.paths import seed_paths
    from reader.ui import display
    display._ROWS_CACHE.clear()
    window.resize(1920, 1080)
    window.set_layout("aligned")
    old = window.session.comparison
    window.open_paths([str(p) for p in seed_paths()])
    qtbot.waitUntil(lambda: window.session.comparison is not old and window.session.index is not None
                    and window.columns.settled(), timeout=30000)
    return window.columns.columns[0].text.document().size().height()


def test_seeds_columns_are_shorter_than_in_the_order_the_files_came_in(qtbot, window, monkeypatch):
    """The rows are aligned in the order that leaves the least blank: on the seeds the columns
    stood some 3,300-3,400 pixels tall at 1920x1080 in the order they came in; the chosen order saves
    2-8% depending on how many sentences are linked."""
    from reader.ui.display import DisplayIndex
    chosen = _open_seeds(qtbot, window)
    monkeypatch.setattr(DisplayIndex, "_alignment_order",
                        lambda self: [a.id for a in self.comparison.articles])
    window.session.articles.clear()
    as_opened = _open_seeds(qtbot, window)
    assert chosen < 0.98 * as_opened


def test_a_band_scrolled_half_out_of_view_still_says_what_it_is(qtbot, window):
    """The caption sat only at a blank's top: scrolled past it, a long blank was bare again."""
    from conftest import _article
    extra = [[f"Alpha alone reports detail number {k} about the flooded valley, its farms and roads."]
             for k in range(1, 41)]
    a, sa = _article("alpha", "Alpha", "Floods cut off the valley", "May 2, 2024",
                     [["The river burst its banks on Monday night."]] + extra
                     + [["Rescue teams reached the village by boat on Tuesday."]])
    b, sb = _article("beta", "Beta", "Valley cut off by floods", "May 2, 2024",
                     [["The river burst its banks late on Monday."],
                      ["Rescue teams reached the village by boat on Tuesday."]])
    links = (Link("alpha:0", "beta:0", 0.9, "same"), Link("alpha:2", "beta:2", 0.9, "same"),
             Link("alpha:43", "beta:3", 0.95, "same"))
    _show(qtbot, window, Comparison(articles=(a, b), sentences=tuple(sa + sb), links=links, groups=(),
                                    differences=(), actors=(), quotes=(), word_diffs={}))
    beta = window.columns.column("beta").text
    (top, bottom), = [g for g in beta.gaps if g[1] - g[0] > 2 * beta.viewport().height()]
    beta.verticalScrollBar().setValue(int(top + beta.viewport().height()))      # band fills the view
    qtbot.waitUntil(lambda: beta.sentence_y_range("beta:2")[1] < 0)
    words, ruled = _marks(beta, 0, beta.viewport().height())
    assert words and ruled


def test_under_the_actor_filter_a_band_says_the_actor_is_not_named_there(qtbot, window):
    """With only the sentences naming an actor shown, "nothing here in this source" was untrue:
    the source may say much there, only not about that actor."""
    from dataclasses import replace
    from reader.engine.model import Actor, Mention
    from reader.ui.textcolumn import GAP_CAPTION, GAP_CAPTION_FILTERED
    c = _one_source_tells_more()
    named = [s for s in c.sentences if "river" in s.text or "detail number" in s.text]
    river = Actor("actor:0", "The river", "place", ("river",),
                  tuple(Mention(s.article, s.start, s.start + 5, s.text[:5], s.id) for s in named))
    _show(qtbot, window, replace(c, actors=(river,)))
    beta = window.columns.column("beta").text
    assert beta.gaps and beta.gap_caption == GAP_CAPTION
    window.session.set_actor("actor:0")
    qtbot.waitUntil(lambda: window.columns.settled() and window.columns.sentence_filter() is not None)
    qtbot.waitUntil(lambda: "beta:3" not in beta.where)                 # beta's rescue sentence hidden
    assert beta.gaps and beta.gap_caption == GAP_CAPTION_FILTERED
    window.session.set_actor(None)
    qtbot.waitUntil(lambda: "beta:3" in beta.where)
    assert beta.gap_caption == GAP_CAPTION
