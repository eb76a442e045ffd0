"""Refresh a sidebar tab when it is on screen, not while it hides behind another tab."""
from __future__ import annotations


class LazyRefresh:
    """Mixin for sidebar tabs: signals call ``request_refresh``; ``refresh`` runs at once when
    the tab is on screen, else when its dock comes to the front (``set_on_screen``)."""

    _dirty = False
    _on_screen = True            # standalone tabs refresh at once; docks report their state
    defer_while = None           # () -> bool: True while the columns are being built
    WAIT_MS = 40

    def request_refresh(self, *_args) -> None:
        if not self._on_screen:
            self._dirty = True
            return
        index = getattr(getattr(self, "session", None), "index", None)
        if index is not None and len(index.sentence) > 400:
            # a big comparison just landed: let the columns be built and painted first (their
            # turns and the list's would share every event-loop turn), fill the list next
            self._dirty = True
            self._refresh_when_free()
            return
        self._dirty = False
        self.refresh()

    def _refresh_when_free(self) -> None:
        from PySide6.QtCore import QTimer
        if self.defer_while is not None and self.defer_while():
            QTimer.singleShot(self.WAIT_MS, self, self._refresh_when_free)
        else:
            QTimer.singleShot(0, self, self.ensure_fresh)

    def ensure_fresh(self) -> None:
        if self._dirty:
            self._dirty = False
            self.refresh()

    def set_on_screen(self, visible: bool) -> None:
        """Connected to QDockWidget.visibilityChanged (False while behind another tab)."""
        self._on_screen = visible
        if visible:
            self.ensure_fresh()
