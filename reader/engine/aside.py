"""Run part of a large comparison in a forked child while this process goes on with the rest.

On a machine with two cores or more: the alignment runs in a child while this process finds
actors and quotes (they need the sentences but not the links) and works out the sentences' facts
for the differences; and the later links are compared for differences beside the earlier ones
(each link's differences depend on its two sentences only).
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

import mmap
import os
import pickle
import select
import signal
import struct
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
    or, given ``instead``, answers what that returns).

    Given ``early``, the child works that out first and hands it over at once (early_result()),
    before it starts on work(): what both processes need soon, worked out once (the words'
    stems, say, which the alignment needs as much as this process does)."""

    def __init__(self, work: Callable[[], T], instead: Optional[Callable[[], T]] = None,
                 early: Optional[Callable[[], object]] = None):
        self._work = work
        self._instead = instead or work
        self._pid: Optional[int] = None
        self._early: Optional[tuple[int, ...]] = None     # its file, the pipe saying it is written
        read, write = os.pipe()
        if early is not None:
            # a file in memory, not a pipe: a pipe holds 64 kB, and the child would wait for
            # this process to read before it could go on to work()
            self._early = (os.memfd_create("reader-aside-early"), *os.pipe())
        try:
            pid = os.fork()
        except OSError:                      # no process to spare: result() does the work
            os.close(read)
            os.close(write)
            self._close_early()
            return
        if pid == 0:                         # the child: work, send, leave without cleaning up
            code = 1                         # the parent's (atexit handlers, buffered output)
            try:
                os.close(read)
                if early is not None:
                    self._send_early(early)
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
        if self._early is not None:
            os.close(self._early[2])
            self._early = self._early[:2]

    def _send_early(self, early: Callable[[], object]) -> None:
        """In the child: early()'s answer written to the shared file, then said to be there (the
        pipe closed; a failure closes it with nothing written, and the parent does without)."""
        memory, said, say = self._early
        os.close(said)
        try:
            data = memoryview(pickle.dumps(early(), pickle.HIGHEST_PROTOCOL))
            while data:
                data = data[os.write(memory, data):]
            os.write(say, b".")
        except Exception:
            import traceback
            traceback.print_exc()
        finally:
            os.close(say)

    def early_result(self, wait: bool = True):
        """What early() gave in the child, once; None when there is none (no early work, no
        child, the child failed at it), or when wait is False and it has not come yet (it can
        still be asked for later)."""
        if self._early is None or len(self._early) != 2:
            return None
        memory, said = self._early
        if not wait and not select.select([said], [], [], 0)[0]:
            return None
        try:
            if not os.read(said, 1):
                return None
            size, data = os.fstat(memory).st_size, b""
            while len(data) < size:
                data += os.pread(memory, size - len(data), len(data))
            return pickle.loads(data)
        except Exception:
            return None
        finally:
            self._close_early()

    def _close_early(self) -> None:
        for fd in self._early or ():
            os.close(fd)
        self._early = None

    def result(self) -> T:
        if self._pid is None:
            return self._instead()
        with os.fdopen(self._read, "rb") as stream:
            data = stream.read()
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        self._close_early()
        if status == 0 and data:
            try:
                return pickle.loads(data)
            except Exception:
                pass
        return self._instead()

    def ready(self) -> bool:
        """Whether result() would answer without waiting for the child: its answer has begun
        to arrive, or it has ended (or there is no child: result() works here)."""
        if self._pid is None:
            return True
        return bool(select.select([self._read], [], [], 0)[0])

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
        self._close_early()


class TwoEnds:
    """Pieces of work numbered 0..count-1, shared by this process, taking them from the front,
    and a forked child, taking them from the back, until the two meet: whichever runs slower on
    a shared machine does less. Two counters in shared memory (a child forked after this is made
    sees the same pages), guarded by a one-byte token in a pipe."""

    WAIT = 5.0          # seconds for the token: longer only if the other process died holding it

    def __init__(self, count: int):
        self._counters = mmap.mmap(-1, 16)              # front, back; MAP_SHARED
        struct.pack_into("qq", self._counters, 0, 0, count)
        self._read, self._write = os.pipe()
        os.write(self._write, b".")

    def front(self) -> Optional[int]:
        """The next piece from the front, or None when every piece is taken."""
        return self._take(True)

    def back(self) -> Optional[int]:
        """The next piece from the back, or None when every piece is taken."""
        return self._take(False)

    def _take(self, front: bool) -> Optional[int]:
        if not select.select([self._read], [], [], self.WAIT)[0]:
            return None                 # the token is lost: the caller does what is left itself
        os.read(self._read, 1)
        try:
            low, high = struct.unpack_from("qq", self._counters)
            if low >= high:
                return None
            if front:
                struct.pack_into("q", self._counters, 0, low + 1)
                return low
            struct.pack_into("q", self._counters, 8, high - 1)
            return high - 1
        finally:
            os.write(self._write, b".")

    def close(self) -> None:
        os.close(self._read)
        os.close(self._write)
        self._counters.close()
