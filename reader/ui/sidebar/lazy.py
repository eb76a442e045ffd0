"""Refresh a sidebar tab when it is on screen, not while it hides behind another tab."""
from __future__ import annotations


class LazyRefresh:
    """Mixin for sidebar tabs: signals call ``request_refresh``; ``refresh`` runs at once when
    the tab is on screen, else when its dock comes to the front (``set_on_screen``). A big
    comparison's refresh waits until the columns are built (``wait_for``)."""

    _dirty = False
    _on_screen = True            # standalone tabs refresh at once; docks report their state
    _building = None             # the columns' Steps, while which a big refresh waits
    _waiting = False
    BIG = 400                    # sentences: above this a refresh waits for the columns

    def wait_for(self, building) -> None:
        """Refresh a big comparison only once these Steps (the columns being built) go idle."""
        self._building = building
        building.idle.connect(self._on_idle)

    def request_refresh(self, *_args) -> None:
        if not self._on_screen:
            self._dirty = True
            return
        index = getattr(getattr(self, "session", None), "index", None)
        if index is not None and len(index.sentence) > self.BIG:
            # a big comparison just landed: let the columns be built and painted first (their
            # turns and the list's would share every event-loop turn), fill the list next
            self._dirty = True
            self._when_columns_free()
            return
        self._dirty = False
        self.refresh()

    def _columns_busy(self) -> bool:
        return self._building is not None and self._building.running

    def _when_columns_free(self) -> None:
        """Refresh in the next turn (the columns' last repaint goes first), or once they are
        built (their idle signal)."""
        from PySide6.QtCore import QTimer
        if self._columns_busy():
            self._waiting = True
        else:
            QTimer.singleShot(0, self, lambda: self._when_columns_free() if self._columns_busy()
                              else self.ensure_fresh())         # a build may have begun meanwhile

    def _on_idle(self) -> None:
        if self._waiting:
            self._waiting = False
            self._when_columns_free()

    def ensure_fresh(self) -> None:
        if self._dirty:
            self._dirty = False
            self.refresh()

    def set_on_screen(self, visible: bool) -> None:
        """Connected to QDockWidget.visibilityChanged (False while behind another tab)."""
        self._on_screen = visible
        if visible:
            self.ensure_fresh()
