"""Colours and text styles by role, derived from the current palette (light or dark).

Every view reads its colours from one ``Theme`` so the link map, the inline marks, the
legend and the overview strip agree, and a palette change re-colours all of them.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextCharFormat

# the kinds of typed difference that are marked inline, in the order the legend shows them
INLINE_KINDS = ("number", "name", "date", "attribution", "quote", "claim")

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
    "link": ("#5b8fa8", "#7fb3cc"),
    "selected": ("#2f6fd6", "#5b9bff"),
    "counterpart": ("#1f9d55", "#40d07a"),      # green, so counterparts never read as selected
    "only_text": ("#a8365c", "#f08fb0"),
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
}

# the style each kind is drawn with, in words, for the legend and tooltips
KIND_STYLE_WORDS = {
    "number": "solid underline", "name": "wavy underline", "date": "dashed underline",
    "attribution": "dotted underline", "quote": "dash-dot underline, italic",
    "claim": "wavy underline (dotted when the whole sentence)",
}


_CACHE: dict = {}
AA_CONTRAST = 4.5            # WCAG AA for normal text


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(fg: QColor, bg: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    a, b = _luminance(fg), _luminance(bg)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def blend(fg: QColor, bg: QColor) -> QColor:
    """A translucent colour as it shows over an opaque background."""
    a = fg.alphaF()
    return QColor.fromRgbF(fg.redF() * a + bg.redF() * (1 - a), fg.greenF() * a + bg.greenF() * (1 - a),
                           fg.blueF() * a + bg.blueF() * (1 - a))


def readable(colour: QColor, bg: QColor, ratio: float = AA_CONTRAST) -> QColor:
    """colour, moved toward black (light backgrounds) or white (dark ones) just enough to
    reach the contrast ratio against bg; its hue stays."""
    c = QColor(colour)
    c.setAlphaF(1.0)
    target = QColor("black") if _luminance(bg) > 0.18 else QColor("white")
    for step in range(21):
        mixed = QColor.fromRgbF(*(x + (t - x) * step / 20 for x, t in
                                  zip((c.redF(), c.greenF(), c.blueF()),
                                      (target.redF(), target.greenF(), target.blueF()))))
        if contrast(mixed, bg) >= ratio:
            return mixed
    return target


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

    def text_colour(self, role: str) -> QColor:
        """The role's colour for text on the base and window colours: legible (WCAG AA) in
        both themes."""
        window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
        key = ("text", role, self.dark, self.base.rgb(), window.rgb())
        c = _CACHE.get(key)
        if c is None:
            c = _CACHE[key] = readable(readable(self.colour(role), self.base), window)
        return QColor(c)

    def muted_text(self) -> QColor:
        """Secondary text (dates, hints, labels): quieter than text, still AA on the base and
        on the window colour (panels draw on either)."""
        window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
        key = ("muted", self.dark, self.base.rgb(), self.text.rgb(), window.rgb())
        c = _CACHE.get(key)
        if c is None:
            soft = blend(QColor(self.text.red(), self.text.green(), self.text.blue(), 150), self.base)
            c = _CACHE[key] = readable(readable(soft, self.base), window)
        return QColor(c)

    def link_text(self) -> QColor:
        """Links in notes and panels, legible on the base and window colours."""
        pal = QGuiApplication.palette()
        on_base = readable(pal.color(QPalette.ColorRole.Link), self.base)
        return readable(on_base, pal.color(QPalette.ColorRole.Window))

    def css_text(self, role: str) -> str:
        """CSS colour of a role used for text (see text_colour)."""
        return self.text_colour(role).name() if role not in ("muted", "link") else \
            (self.muted_text() if role == "muted" else self.link_text()).name()

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
