"""Analyse the files the window starts with while the window is still being built.

Starting the window means importing Qt and building widgets (about 0.3 s of one core);
analysing the seeds means importing the engine and running it (about as long). One process
would do them one after the other. So `start()`, called first thing, forks: the child reads and
analyses the files and sends the result down a pipe, while the parent goes on building the
window on the other core. The window's first analysis request then takes that result instead
of starting its own (`claim()`); any other request, or a child that failed, runs as usual.

Only where fork is safe (Linux), only before the Qt application exists or any thread started,
and only for plain files (a saved comparison carries corrections and is opened the usual way).
"""
from __future__ import annotations

import gc
import importlib
import io
import os
import pickle
import sys
import threading
from typing import Optional

from reader.ui.analysis import Request, file_specs, read_all, compare_articles

_pending: Optional["Prefetch"] = None


class Prefetch:
    """A forked analysis under way: its process and the read end of its pipe."""

    def __init__(self, pid: int, fd: int, request: Request):
        self.pid, self.fd, self.request = pid, fd, request

    def matches(self, request: Request) -> bool:
        return (request.sources == self.request.sources and not request.cache
                and not request.corrections)

    def take(self):
        """Wait for the child's (comparison, articles, errors), or None if it failed. Blocks
        (the read releases the interpreter lock), so call it on a worker thread."""
        chunks = []
        try:
            while True:
                chunk = os.read(self.fd, 1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
        except OSError:
            chunks = []
        finally:
            self.discard()
        try:
            return _ResultUnpickler(io.BytesIO(b"".join(chunks))).load() if chunks else None
        except Exception:        # a truncated or odd payload: analyse the usual way instead
            return None

    def discard(self) -> None:
        try:
            os.close(self.fd)
        except OSError:
            pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass


def _engine_word_diffs():
    return importlib.import_module("reader.engine.differences").WordDiffs


class DeferredWordDiffs(dict):
    """Stands in for the engine's WordDiffs (the comparison's word diffs, worked out when first
    asked for) in the forked analysis's result. Unpickling the engine's class imports its
    module, the whole difference finder with nltk's pieces: about 0.2 s before the window could
    show the result. This one has the same contents and hands every look-up to the engine's
    class, whose module is imported then (or earlier, in the background: see app.py)."""

    def __missing__(self, key):
        return _engine_word_diffs().__missing__(self, key)

    def __contains__(self, key) -> bool:
        return _engine_word_diffs().__contains__(self, key)

    def get(self, key, default=None):
        return _engine_word_diffs().get(self, key, default)


class _ResultUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) == ("reader.engine.differences", "WordDiffs"):
            return DeferredWordDiffs
        return super().find_class(module, name)


def start(paths) -> None:
    """Fork a child that analyses these files, when that is safe here."""
    global _pending
    paths = [str(p) for p in paths]
    if (not sys.platform.startswith("linux") or not hasattr(os, "fork") or len(paths) < 2
            or any(p.endswith(".readercmp") for p in paths) or _qt_application_exists()
            or threading.active_count() > 1 or _pending is not None):
        return
    request = Request(file_specs(paths))
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:                                      # the child: analyse, send, leave
        try:
            # a short-lived process that frees nothing before it exits: no cycle collections
            # (about 5 % of its time, which is the window's time to wait)
            gc.disable()
            os.close(read_end)
            # one core is the window's: no BLAS threads spinning on it for the small matrices here
            os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
            articles, errors = read_all(request)
            comparison = compare_articles(list(articles.values())) if len(articles) >= 2 else None
            view = memoryview(pickle.dumps((comparison, articles, errors), protocol=pickle.HIGHEST_PROTOCOL))
            while view:
                view = view[os.write(write_end, view):]
        finally:
            os._exit(0)
    os.close(write_end)
    _pending = Prefetch(pid, read_end, request)


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
