"""Reading and writing the user's files safely.

Reads: only regular files, never more than a limit, so a pipe, a device or a link to
/dev/zero can neither block nor fill memory. Writes are atomic: a crash or kill at any moment
leaves either the old file or the new one, with the old file's permissions, through a symbolic
link to its target, and temporary files that killed saves left behind are cleared at the next save.
"""
from __future__ import annotations

import errno
import os
import re
import shutil
import stat
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

try:                                   # POSIX: a lock tells a live writer's temp file from a leftover
    import fcntl
except ImportError:                    # pragma: no cover - Windows
    fcntl = None


# --- reading -----------------------------------------------------------------------------------

class NotAFile(OSError):
    """The path is a pipe, a device or a socket: reading it would block or never end."""


class FileTooLarge(OSError):
    """The file holds more than the caller's limit; ``size`` is what we know of its size."""

    def __init__(self, size: int, limit: int, grew: bool = False):
        super().__init__(errno.EFBIG, "file too large")
        self.size, self.limit, self.grew = size, limit, grew


def read_limited(path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    Raises OSError: IsADirectoryError, NotAFile (checked before the file is opened, and again on
    the open file in case the path changed), FileTooLarge, or whatever the system says.
    """
    _check_regular(os.stat(path), limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) \
        | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as handle:
        _check_regular(os.fstat(fd), limit)
        data = handle.read(limit + 1)
    if len(data) > limit:                                  # it grew since we looked
        raise FileTooLarge(len(data), limit, grew=True)
    return data


def _check_regular(info: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise NotAFile(errno.EINVAL, "not a regular file")
    if info.st_size > limit:
        raise FileTooLarge(info.st_size, limit)


# --- writing -----------------------------------------------------------------------------------

def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_target(path: Path) -> Path:
    """Where a save of path really goes: a symbolic link's target (the link itself stays), else
    path. Raises OSError for a link loop rather than replacing one of its links."""
    path = Path(path)
    if not path.is_symlink():
        return path
    try:
        os.stat(path)
    except FileNotFoundError:                             # a dangling link: create its target
        pass
    return Path(os.path.realpath(path))


def _mode_for(path: Path) -> int:
    """The permission bits the written file gets: the old file's, else the usual for a new file."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


_STALE_AFTER = 24 * 3600        # without file locks (Windows), a day-old temporary file is a leftover


def clear_leftovers(path: Path, suffix: str = ".tmp") -> int:
    """Remove temporary files that interrupted saves of path left beside it; those a live writer
    still holds (it keeps a lock on them) are kept. Returns how many were removed."""
    path = Path(path)
    pattern = re.compile(re.escape(f".{path.name}.") + r"[^/\\]+" + re.escape(suffix) + "$")
    removed = 0
    try:
        candidates = [p for p in path.parent.iterdir() if pattern.match(p.name)]
    except OSError:
        return 0
    for leftover in candidates:
        if _abandoned(leftover):
            try:
                leftover.unlink()
                removed += 1
            except OSError:
                pass
    return removed


def _abandoned(tmp: Path) -> bool:
    """Whether no live process is writing tmp."""
    try:
        if not stat.S_ISREG(os.lstat(tmp).st_mode):
            return False
        if fcntl is None:                                 # pragma: no cover - Windows
            return time.time() - os.lstat(tmp).st_mtime > _STALE_AFTER
        fd = os.open(tmp, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False                                      # a writer holds it
    finally:
        os.close(fd)


@contextmanager
def atomic_target(path: Path, suffix: str = ".tmp") -> Iterator[Path]:
    """Yield a temporary path beside the file; when the block succeeds, the finished temporary
    file is flushed to disk and renamed over it; when it fails, the temporary file is removed and
    the file is untouched.

    Saving through a symbolic link writes the link's target; the file keeps its permission bits
    (a private 0600 file stays private); a new file gets the usual ones (not mkstemp's 0600).
    A device or pipe (/dev/null, a FIFO) is written through, never renamed over.
    """
    target = write_target(Path(path))
    if _is_stream(target):
        yield from _through_stream(target, suffix)
        return
    clear_leftovers(target, suffix)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent or ".")
    lock: Optional[int] = fd
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)                # "being written": see clear_leftovers
        yield Path(tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        if lock is not None:
            os.close(lock)
    try:  # make the rename itself durable
        dfd = os.open(target.parent or ".", os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


def _is_stream(path: Path) -> bool:
    """Whether path is a device or a pipe ('-o /dev/null', a FIFO a script reads): renaming a file
    over it would replace the device for every program on the machine."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISFIFO(mode)


def _through_stream(target: Path, suffix: str) -> Iterator[Path]:
    """Write to a temporary file elsewhere, then copy it into the device or pipe as it stands."""
    fd, tmp = tempfile.mkstemp(prefix=".reader.", suffix=suffix)
    os.close(fd)
    try:
        yield Path(tmp)
        with open(tmp, "rb") as source, open(target, "wb") as sink:
            shutil.copyfileobj(source, sink)
    finally:
        Path(tmp).unlink(missing_ok=True)


def write_atomic(path: Path, data: bytes) -> None:
    """Write data to path atomically."""
    with atomic_target(path) as tmp:
        tmp.write_bytes(data)
