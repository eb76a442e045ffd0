"""Run the engine off the GUI thread: request in, Comparison out, stale results dropped.

Every submit() gets a new generation number. A worker's ``cancelled`` callback answers True
as soon as a newer request exists, so the engine stops at its next stage, and a result that
arrives for an old generation is never emitted.
"""
from __future__ import annotations

import contextlib
import sys
import threading
import traceback
from typing import Callable, Optional

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.ui import prefetch
from reader.ui.analysis import (Request, Result, SourceSpec, compare_articles, read_all, read_source,
                                replacement_warnings)

__all__ = ["AnalysisRunner", "Request", "Result", "SourceSpec", "collector_paused"]


def collector_paused():
    """The engine's collector pause, with the survivors frozen at its end: a full collection
    holds the interpreter for 60 ms or more and the window stalls with it (measured: 65 ms gaps
    in the GUI thread, 13 ms without), and frozen objects are not walked again."""
    from reader.engine.pipeline import collector_paused as paused
    return paused(freeze_survivors=True)


_switch_lock = threading.Lock()
_SHARED_SWITCH_INTERVAL = 0.0005     # seconds; Python's default is 0.005
_shared_jobs = 0
_default_switch_interval = 0.005


@contextlib.contextmanager
def gil_shared_often():
    """While a worker runs the engine, make it hand the interpreter lock over every 0.5 ms
    instead of every 5: the GUI thread needs the lock for each Python callback of a repaint
    (event filters, paintEvent overrides), and with the default interval one repaint of the
    window waited on the worker dozens of times (measured: 80-120 ms paints during an analysis,
    under 30 ms with this). The engine runs about 2 % slower meanwhile."""
    global _shared_jobs, _default_switch_interval
    with _switch_lock:
        if _shared_jobs == 0:
            _default_switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(_SHARED_SWITCH_INTERVAL)
        _shared_jobs += 1
    try:
        yield
    finally:
        with _switch_lock:
            _shared_jobs -= 1
            if _shared_jobs == 0:
                sys.setswitchinterval(_default_switch_interval)


class _Job(QRunnable):
    def __init__(self, runner: "AnalysisRunner", generation: int, request: Request):
        super().__init__()
        self.setAutoDelete(True)
        self.runner, self.generation, self.request = runner, generation, request

    def run(self) -> None:
        self.runner._execute(self.generation, self.request)


class AnalysisRunner(QObject):
    started = Signal(int)                 # generation
    progress = Signal(int, str, float)    # generation, stage, fraction
    finished = Signal(int, object)        # generation, Result
    failed = Signal(int, str)             # generation, message
    indexed = Signal(object, object)      # comparison, DisplayIndex for a new column order

    def __init__(self, parent: Optional[QObject] = None,
                 read: Callable = read_source, compare: Callable = compare_articles):
        super().__init__(parent)
        self.read, self.compare = read, compare
        self._generation = 0
        self._lock = threading.Lock()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.synchronous = False          # tests may run jobs inline

    @property
    def generation(self) -> int:
        return self._generation

    def is_current(self, generation: int) -> bool:
        return generation == self._generation

    def submit(self, request: Request) -> int:
        with self._lock:
            self._generation += 1
            gen = self._generation
        self.started.emit(gen)
        if self.synchronous:
            self._execute(gen, request)
        else:
            self.pool.start(_Job(self, gen, request))
        return gen

    def build_index(self, comparison, order: list[str]) -> None:
        """The display index of a comparison for another column order, built on the worker
        (a few hundred milliseconds for a dozen long articles); `indexed` brings it."""
        def build() -> None:
            from reader.ui.display import DisplayIndex
            with collector_paused(), gil_shared_often():
                self.indexed.emit(comparison, DisplayIndex(comparison, order))
        if self.synchronous:
            build()
        else:
            self.pool.start(build)

    def cancel(self) -> None:
        """Make every running job stale."""
        with self._lock:
            self._generation += 1

    def busy(self) -> bool:
        return self.pool.activeThreadCount() > 0

    def shutdown(self, msecs: int = 10000) -> None:
        self.cancel()
        self.pool.waitForDone(msecs)

    def _execute(self, gen: int, request: Request) -> None:
        with collector_paused(), gil_shared_often():
            self._analyse(gen, request)

    def _analyse(self, gen: int, request: Request) -> None:
        from reader.engine.pipeline import Cancelled, TooLarge

        def cancelled() -> bool:
            return gen != self._generation

        def progress(stage: str, fraction: float) -> None:
            if not cancelled():
                self.progress.emit(gen, stage, 0.15 + 0.85 * fraction)

        try:
            forked = prefetch.claim(request) if self.read is read_source else None
            payload = forked.take() if forked is not None else None
            if payload is not None:        # analysed while the window was being built
                comparison, articles, errors = payload
            else:
                articles, errors = read_all(request, self.read, cancelled,
                                            lambda stage, f: self.progress.emit(gen, stage, 0.15 * f))
                if cancelled():
                    return
                comparison = None
                if len(articles) >= 2:
                    kwargs = {"corrections": request.corrections} if request.corrections else {}
                    comparison = self.compare(list(articles.values()), progress=progress,
                                              cancelled=cancelled, **kwargs)
            index, order = None, tuple(s.key for s in request.sources)
            if comparison is not None and not cancelled():
                # the display look-ups are plain Python too: build them here, not on the GUI thread
                from reader.ui.display import DisplayIndex
                index = DisplayIndex(comparison, list(order))
            if not cancelled():
                warnings = replacement_warnings(request, articles)
                self.finished.emit(gen, Result(comparison, articles, errors, index, order, warnings))
        except Cancelled:
            return
        except TooLarge as exc:   # a limit the reader can act on: say it plainly
            if not cancelled():
                self.failed.emit(gen, str(exc))
        except Exception as exc:  # the engine failed: report it, keep the window alive
            if not cancelled():
                self.failed.emit(gen, f"{exc.__class__.__name__}: {exc}\n{traceback.format_exc(limit=3)}")
