"""What the window remembers between runs, declared once with defaults (QSettings-backed).

QSettings is created lazily, after the application's names are set, never at import time.
Tests point QSettings at a temporary folder (tests/conftest.py).
"""
from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

DEFAULTS = {
    "layout": "aligned",
    "zoom": 0,
    "theme": "system",          # system | light | dark
    "recent": "[]",             # JSON list of lists of paths
}
MAX_RECENT = 8


class Settings:
    def __init__(self):
        self.q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "reader", "reader")

    def get(self, key: str):
        default = DEFAULTS[key]
        value = self.q.value(key, default)
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        return value if value is not None else default

    def set(self, key: str, value) -> None:
        if value == DEFAULTS.get(key):
            self.q.remove(key)          # store only what differs from the default
        else:
            self.q.setValue(key, value)

    def blob(self, key: str) -> QByteArray | None:
        v = self.q.value(key)
        return v if isinstance(v, QByteArray) else None

    def set_blob(self, key: str, value: QByteArray) -> None:
        self.q.setValue(key, value)

    def recent(self) -> list[list[str]]:
        try:
            data = json.loads(self.get("recent"))
            return [list(map(str, x)) for x in data if isinstance(x, list)]
        except (ValueError, TypeError):
            return []

    def add_recent(self, paths: list[str]) -> None:
        """Remember a comparison: two or more articles, or one saved comparison file."""
        if len(paths) < 2 and not (len(paths) == 1 and paths[0].endswith(".readercmp")):
            return
        items = [p for p in self.recent() if p != paths]
        self.set("recent", json.dumps([paths] + items[:MAX_RECENT - 1]))

    def sync(self) -> None:
        self.q.sync()
