"""Run part of a large comparison in a forked child while this process goes on with the rest.

On a machine with two cores or more: finding actors and quotes needs the sentences but not the
links, so it runs beside the alignment; and the later half of the links is compared for
differences beside the earlier half (each link's differences depend on its two sentences only).
Only where forking is safe and pays: Linux, the main thread of a process with no other Python
thread (a window's worker threads, and the locks they may hold, are not copied into a child;
native pools such as numpy's BLAS threads are not counted, and BLAS re-creates its pool after a
fork), enough sentences to outweigh the fork and the pickling of the result. Whatever goes wrong
in the child, the parent does the work itself (the child's traceback goes to stderr), so the
answer is always the one this process would give. Memory: the child shares the parent's pages
until it touches them, and reference counting touches many, so the peak can approach twice the
stage's (bench_engine's 100-article CLI row, about 6,000 sentences: ~400 MB, the child included).
"""
from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from typing import Callable, Generic, Optional, TypeVar

T = TypeVar("T")

ASIDE_FROM = 1500       # sentences: below this a stage takes less than the fork and the pickling


def may_fork(sentences: int) -> bool:
    """Whether a stage on this many sentences is worth running in a forked child, and safe to."""
    return (sentences >= ASIDE_FROM and sys.platform.startswith("linux") and hasattr(os, "fork")
            and threading.active_count() == 1 and threading.current_thread() is threading.main_thread()
            and len(os.sched_getaffinity(0)) >= 2)


class Aside(Generic[T]):
    """work() running in a forked child; result() waits for its answer (or works it out here,
    or, given ``instead``, answers what that returns)."""

    def __init__(self, work: Callable[[], T], instead: Optional[Callable[[], T]] = None):
        self._work = work
        self._instead = instead or work
        self._pid: Optional[int] = None
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:                      # no process to spare: result() does the work
            os.close(read)
            os.close(write)
            return
        if pid == 0:                         # the child: work, send, leave without cleaning up
            code = 1                         # the parent's (atexit handlers, buffered output)
            try:
                os.close(read)
                data = pickle.dumps(work(), pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write, "wb") as out:
                    out.write(data)
                code = 0
            except BaseException:
                import traceback
                traceback.print_exc()        # said, not silent: the parent then does it again
            finally:
                os._exit(code)
        os.close(write)
        self._pid, self._read = pid, read

    def result(self) -> T:
        if self._pid is None:
            return self._instead()
        with os.fdopen(self._read, "rb") as stream:
            data = stream.read()
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        if status == 0 and data:
            try:
                return pickle.loads(data)
            except Exception:
                pass
        return self._instead()

    def abandon(self) -> None:
        """Stop the child (the comparison was cancelled or failed): nothing is left running."""
        if self._pid is None:
            return
        try:
            os.kill(self._pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self._pid, 0)
        os.close(self._read)
        self._pid = None
