"""Long work on the GUI thread in small steps, so the window keeps answering meanwhile."""
from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QObject, QTimer


class Steps(QObject):
    """Run a list of steps in event-loop turns of at most BUDGET seconds of work, so a long
    job never freezes the window; starting a new run abandons the old one. A step may return
    a list of further steps, run next."""

    BUDGET = 0.006

    def __init__(self, parent=None):
        super().__init__(parent)
        self.generation = 0
        self.running = False

    def start(self, steps: list[Callable], at_once: bool = False) -> None:
        self.generation += 1
        if at_once:
            self.running = False
            self._run(self.generation, list(steps), at_once=True)
        else:               # the first turn too comes from the event loop: the caller returns now
            self.running = True
            gen, steps = self.generation, list(steps)
            QTimer.singleShot(0, self, lambda: self._run(gen, steps))

    def cancel(self) -> None:
        self.generation += 1
        self.running = False

    def _run(self, gen: int, steps: list, at_once: bool = False) -> None:
        if gen != self.generation:
            return
        t = time.perf_counter()
        while steps and (at_once or time.perf_counter() - t < self.BUDGET):
            more = steps.pop(0)()
            if isinstance(more, list):
                steps[0:0] = more
            if gen != self.generation:
                return                       # a step started a newer run
        if steps:
            QTimer.singleShot(0, self, lambda: self._run(gen, steps))
        elif not at_once:
            self.running = False
