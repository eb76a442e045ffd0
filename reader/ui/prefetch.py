"""Analyse the files the window starts with while the window is still being built.

Starting the window means importing Qt and building widgets (about 0.3 s of one core);
analysing the seeds means importing the engine and running it (about as long). One process
would do them one after the other. So `start()`, called first thing, forks (the engine's
aside.Aside): the child reads and analyses the files and sends the result down a pipe, while
the parent goes on building the window on the other core. The window's first analysis request
then takes that result instead of starting its own (`claim()`); any other request, or a child
that failed, runs as usual. Reading the result back imports the engine's model and its light
word-diff module, not the difference finder (engine/word_diffs.py).

Only where fork is safe (Linux), only before the Qt application exists or any thread started,
and only for plain files (a saved comparison carries corrections and is opened the usual way).
"""
from __future__ import annotations

import gc
import os
import sys
import threading
from typing import Optional

from reader.engine.aside import Aside
from reader.ui.analysis import Request, compare_articles, file_specs, read_all

_pending: Optional["Prefetch"] = None


class Prefetch:
    """A forked analysis under way, of this request."""

    def __init__(self, request: Request):
        self.request = request
        # a failed child answers None: the window's worker then analyses, with progress and cancel
        self._aside = Aside(lambda: _analyse(request), instead=lambda: None)

    def matches(self, request: Request) -> bool:
        return (request.sources == self.request.sources and not request.cache
                and not request.corrections)

    def take(self):
        """Wait for the child's (comparison, articles, errors), or None if it failed. Blocks
        (the read releases the interpreter lock), so call it on a worker thread."""
        return self._aside.result()

    def discard(self) -> None:
        self._aside.abandon()


def _analyse(request: Request):
    """What the child does: read and compare, as the window's worker would."""
    # a short-lived process that frees nothing before it exits: no cycle collections
    # (about 5 % of its time, which is the window's time to wait)
    gc.disable()
    # one core is the window's: no BLAS threads spinning on it for the small matrices here
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    articles, errors = read_all(request)
    comparison = compare_articles(list(articles.values())) if len(articles) >= 2 else None
    return comparison, articles, errors


def start(paths) -> None:
    """Fork a child that analyses these files, when that is safe here."""
    global _pending
    paths = [str(p) for p in paths]
    if (not sys.platform.startswith("linux") or not hasattr(os, "fork") or len(paths) < 2
            or any(p.endswith(".readercmp") for p in paths) or _qt_application_exists()
            or threading.active_count() > 1 or _pending is not None):
        return
    _pending = Prefetch(Request(file_specs(paths)))


def _qt_application_exists() -> bool:
    core = sys.modules.get("PySide6.QtCore")
    return core is not None and core.QCoreApplication.instance() is not None


def claim(request: Request) -> Optional[Prefetch]:
    """The forked analysis, if it is of this request; only the first request may claim it."""
    global _pending
    pending, _pending = _pending, None
    if pending is None:
        return None
    if pending.matches(request):
        return pending
    pending.discard()
    return None
