"""Colours and text styles by role, derived from the current palette (light or dark).

Every view reads its colours from one ``Theme`` so the link map, the inline marks, the
legend and the overview strip agree, and a palette change re-colours all of them.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextCharFormat

# the kinds of typed difference that are marked inline, in the order the legend shows them
INLINE_KINDS = ("number", "name", "date", "attribution", "quote", "claim")
ALL_KINDS = INLINE_KINDS + ("wording",)

COVERAGE_LABELS = {"all": "in every source", "some": "in some sources", "only": "only in this source"}

# (light, dark) base colours per role; alpha is applied where the colour is laid over text
_ROLE_COLOURS = {
    "all": ("#5b8fa8", "#6fa8c4"),
    "some": ("#d9a441", "#d8b04f"),
    "only": ("#c2577a", "#e07a9c"),
    "number": ("#c25400", "#ff9f45"),
    "name": ("#6a3fb5", "#b894ff"),
    "date": ("#1f7a3a", "#5fd68a"),
    "attribution": ("#00758f", "#4fd0e8"),
    "quote": ("#8a5a00", "#f2c14e"),
    "claim": ("#c0182b", "#ff6b7a"),
    "wording": ("#7a7a7a", "#9a9a9a"),
    "link": ("#5b8fa8", "#7fb3cc"),
    "selected": ("#2f6fd6", "#5b9bff"),
    "counterpart": ("#2f9fd6", "#4fc3ff"),
    "mention": ("#e0a000", "#ffcc33"),
    "find": ("#f0d000", "#c8a800"),
}

_UNDERLINES = {
    "number": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "name": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "date": QTextCharFormat.UnderlineStyle.DashUnderline,
    "attribution": QTextCharFormat.UnderlineStyle.DotLine,
    "quote": QTextCharFormat.UnderlineStyle.DashDotLine,
    "claim": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "wording": QTextCharFormat.UnderlineStyle.DotLine,
}

# the style each kind is drawn with, in words, for the legend and tooltips
KIND_STYLE_WORDS = {
    "number": "solid underline", "name": "wavy underline", "date": "dashed underline",
    "attribution": "dotted underline", "quote": "dash-dot underline, italic",
    "claim": "wavy underline (dotted when the whole sentence)", "wording": "dotted underline",
}


_CACHE: dict = {}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


@dataclass
class Theme:
    dark: bool
    text: QColor
    base: QColor
    muted: QColor

    @classmethod
    def current(cls) -> "Theme":
        pal = QGuiApplication.palette()
        dark = is_dark(pal)
        muted = QColor(pal.color(QPalette.ColorRole.Text))
        muted.setAlphaF(0.6)
        return cls(dark=dark, text=pal.color(QPalette.ColorRole.Text),
                   base=pal.color(QPalette.ColorRole.Base), muted=muted)

    def colour(self, role: str, alpha: float = 1.0) -> QColor:
        key = (role, alpha, self.dark)
        c = _CACHE.get(key)
        if c is None:
            light, dark = _ROLE_COLOURS[role]
            c = QColor(dark if self.dark else light)
            c.setAlphaF(alpha)
            _CACHE[key] = c
        return QColor(c)

    def coverage_background(self, coverage: str) -> QColor:
        alpha = {"all": 0.10, "some": 0.20, "only": 0.22}[coverage]
        if self.dark:
            alpha *= 1.5
        return self.colour(coverage, alpha)

    def kind_format(self, kind: str, whole: bool = False) -> QTextCharFormat:
        """The inline mark of one kind of difference; quieter when it spans a whole sentence."""
        fmt = QTextCharFormat()
        if whole:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(self.colour(kind, 0.8))
            return fmt
        fmt.setUnderlineStyle(_UNDERLINES.get(kind, QTextCharFormat.UnderlineStyle.SingleUnderline))
        fmt.setUnderlineColor(self.colour(kind))
        if kind == "quote":
            fmt.setFontItalic(True)
        if kind == "number":
            fmt.setForeground(self.colour("number"))
        return fmt

    def css_colour(self, role: str, alpha: float = 1.0) -> str:
        c = self.colour(role, alpha)
        return f"rgba({c.red()},{c.green()},{c.blue()},{c.alphaF():.2f})"


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style, used when the user picks the dark theme."""
    p = QPalette()
    window, base, text = QColor("#2b2d30"), QColor("#1e1f22"), QColor("#dfe1e5")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#26282b"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#3c3f41"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8c8f94"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, window)
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor("#ff6b6b"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#2f65ca"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor("#6fa8ff"))
    p.setColor(QPalette.ColorRole.Mid, QColor("#45484c"))
    p.setColor(QPalette.ColorRole.Dark, QColor("#151618"))
    p.setColor(QPalette.ColorRole.Light, QColor("#4a4d52"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c7f84"))
    return p
