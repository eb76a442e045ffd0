"""Refresh a sidebar tab when it is on screen, not while it hides behind another tab."""
from __future__ import annotations


class LazyRefresh:
    """Mixin for sidebar tabs: signals call ``request_refresh``; ``refresh`` runs at once when
    the tab is on screen, else when its dock comes to the front (``set_on_screen``)."""

    _dirty = False
    _on_screen = True            # standalone tabs refresh at once; docks report their state

    def request_refresh(self, *_args) -> None:
        if not self._on_screen:
            self._dirty = True
            return
        index = getattr(getattr(self, "session", None), "index", None)
        if index is not None and len(index.sentence) > 400:
            # a big comparison just landed: let the columns paint first, fill the list next
            from PySide6.QtCore import QTimer
            self._dirty = True
            QTimer.singleShot(0, self.ensure_fresh)
            return
        self._dirty = False
        self.refresh()

    def ensure_fresh(self) -> None:
        if self._dirty:
            self._dirty = False
            self.refresh()

    def set_on_screen(self, visible: bool) -> None:
        """Connected to QDockWidget.visibilityChanged (False while behind another tab)."""
        self._on_screen = visible
        if visible:
            self.ensure_fresh()
