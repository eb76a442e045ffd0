"""Weak links (less than even odds: shown, never counted as coverage) look different from
confident ones in the link map, the highlighted rows and the detail panel."""
from dataclasses import replace

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from ui_helpers import click_sentence, hl

WEAK = ("alpha:4", "beta:4")           # "…spokesperson Mumtaz Zahra Baloch spoke…" / "Spokesperson Baloch…"
CONFIDENT = ("alpha:0", "beta:0")      # the headlines, a partial link at 0.7


def weakened(comparison):
    links = tuple(replace(link, score=0.35) if (link.a, link.b) == WEAK else link
                  for link in comparison.links)
    return replace(comparison, links=links)


def show(qtbot, window, comparison):
    window.session.set_comparison(comparison)
    qtbot.waitUntil(window.columns.settled, timeout=5000)


def _band(lm, pair):
    return next(b for b in lm.visible_bands() if (b[0], b[1]) == pair)


def _middle(lm, band) -> QPointF:
    _, _, _, ly, ry = band
    return QPointF(lm.width() / 2, ((ly[0] + ly[1]) / 2 + (ry[0] + ry[1]) / 2) / 2)


def test_a_weak_link_is_a_fainter_band_whose_tooltip_says_it_is_weak(qtbot, window, comparison):
    show(qtbot, window, weakened(comparison))
    lm = window.columns.linkmaps[0]                     # alpha | beta
    weak, confident = _band(lm, WEAK), _band(lm, CONFIDENT)
    assert weak[2] == "weak" and confident[2] == "partial"
    assert "not counted as coverage" in lm.tip_at(_middle(lm, weak)).lower()
    assert "weak" in lm.tip_at(_middle(lm, weak)).lower()
    assert "weak" not in lm.tip_at(_middle(lm, confident)).lower()
    image = lm.grab().toImage()
    ratio = lm.devicePixelRatioF()
    background = lm.palette().window().color()

    def strength(band) -> int:          # how far the band's middle is from the bare map
        c = QColor(image.pixel(int(_middle(lm, band).x() * ratio), int(_middle(lm, band).y() * ratio)))
        return sum(abs(x - y) for x, y in zip(c.getRgb()[:3], background.getRgb()[:3]))
    assert 0 < strength(weak) < strength(confident)


def test_a_weak_counterpart_is_highlighted_apart_and_named_in_the_detail_panel(qtbot, window, comparison):
    show(qtbot, window, weakened(comparison))
    click_sentence(qtbot, window, "alpha:4")
    qtbot.waitUntil(lambda: window.session.selected == "alpha:4", timeout=3000)
    assert hl(window, "weak counterpart") == {"beta": ["Spokesperson Baloch spoke in Islamabad."]}
    assert hl(window, "counterpart") == {}
    assert "weak link, 35%: not counted as coverage" in window.detail.toPlainText()
    click_sentence(qtbot, window, "alpha:0")            # a confident counterpart stays as it was
    qtbot.waitUntil(lambda: window.session.selected == "alpha:0", timeout=3000)
    assert "beta" in hl(window, "counterpart") and hl(window, "weak counterpart") == {}
    assert "weak link" not in window.detail.toPlainText()
