"""Long work on the GUI thread in small steps, so the window keeps answering meanwhile."""
from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal


class Steps(QObject):
    """Run a list of steps in event-loop turns of at most BUDGET seconds of work, so a long
    job never freezes the window; starting a new run abandons the old one. A step may return
    a list of further steps, run next.

    The next turn waits on a zero-interval timer, not a posted event (``QTimer.singleShot(0)``
    posts one): the event loop runs posted events before anything else and, once a timer has
    fired, runs timers only when it is otherwise idle, so a chain of posted turns would hold
    back every timer (animations, autosave, the caret) until the whole job is done."""

    BUDGET = 0.006
    idle = Signal()              # a run of several turns finished or was cancelled

    def __init__(self, parent=None):
        super().__init__(parent)
        self.generation = 0
        self.running = False
        self._pending: tuple[int, list] = (0, [])
        self._turn = QTimer(self)
        self._turn.setSingleShot(True)
        self._turn.setInterval(0)
        self._turn.timeout.connect(lambda: self._run(*self._pending))

    def start(self, steps: list[Callable], at_once: bool = False) -> None:
        self.generation += 1
        if at_once:
            was_running, self.running = self.running, False
            self._turn.stop()
            self._run(self.generation, list(steps), at_once=True)
            if was_running and not self.running:
                self.idle.emit()
        else:               # the first turn too comes from the event loop: the caller returns now
            self.running = True
            self._later(self.generation, list(steps))

    def cancel(self) -> None:
        self.generation += 1
        self._turn.stop()
        if self.running:
            self.running = False
            self.idle.emit()

    def _later(self, gen: int, steps: list) -> None:
        self._pending = (gen, steps)
        self._turn.start()

    def _run(self, gen: int, steps: list, at_once: bool = False) -> None:
        if gen != self.generation:
            return
        t = time.perf_counter()
        first = True                         # at least one step a turn, whatever the budget
        while steps and (at_once or first or time.perf_counter() - t < self.BUDGET):
            first = False
            more = steps.pop(0)()
            if isinstance(more, list):
                steps[0:0] = more
            if gen != self.generation:
                return                       # a step started a newer run
        if steps:
            self._later(gen, steps)
        elif not at_once:
            self.running = False
            self.idle.emit()
