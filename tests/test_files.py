"""Saving and reading the user's files: permissions kept, links followed, leftovers cleared,
nothing read that is not a regular file."""
from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time

import pytest

from reader.files import FileTooLarge, NotAFile, clear_leftovers, read_limited, write_atomic

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions, links and locks")


@posix_only
def test_a_private_file_stays_private_after_a_save(tmp_path):
    path = tmp_path / "work.readercmp"
    path.write_bytes(b"old")
    path.chmod(0o600)
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@posix_only
def test_a_new_file_gets_the_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.md", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o644


@posix_only
def test_saving_through_a_link_writes_its_target_and_keeps_the_link(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "work.readercmp"
    target.write_bytes(b"old")
    target.chmod(0o640)
    link = tmp_path / "work.readercmp"
    link.symlink_to(target)
    write_atomic(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["real", "work.readercmp"]
    assert [p.name for p in (tmp_path / "real").iterdir()] == ["work.readercmp"]


@posix_only
def test_saving_through_a_dangling_link_creates_its_target(tmp_path):
    link = tmp_path / "notes.md"
    link.symlink_to(tmp_path / "elsewhere.md")
    write_atomic(link, b"new")
    assert link.is_symlink() and (tmp_path / "elsewhere.md").read_bytes() == b"new"


@posix_only
def test_saving_to_a_link_loop_fails_and_leaves_the_links(tmp_path):
    one, two = tmp_path / "one.md", tmp_path / "two.md"
    one.symlink_to(two)
    two.symlink_to(one)
    with pytest.raises(OSError):
        write_atomic(one, b"new")
    assert one.is_symlink() and two.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.md", "two.md"]


_WRITER = """
import sys, time
from pathlib import Path
from reader.files import atomic_target
with atomic_target(Path(sys.argv[1])) as tmp:
    tmp.write_bytes(b"half")
    print(tmp.name, flush=True)
    time.sleep(60)
"""


def _start_writer(path):
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    tmp_name = proc.stdout.readline().strip()
    assert tmp_name.startswith(f".{path.name}.") and tmp_name.endswith(".tmp")
    return proc, tmp_name


@posix_only
def test_temporary_files_of_killed_saves_are_cleared_at_the_next_save(tmp_path):
    path = tmp_path / "work.readercmp"
    path.write_bytes(b"old")
    for _ in range(3):                     # each save clears what the killed one before left
        proc, tmp_name = _start_writer(path)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert sorted(p.name for p in tmp_path.iterdir()) == [tmp_name, "work.readercmp"]
    write_atomic(path, b"new")
    assert [p.name for p in tmp_path.iterdir()] == ["work.readercmp"]
    assert path.read_bytes() == b"new"


@posix_only
def test_a_save_in_progress_elsewhere_keeps_its_temporary_file(tmp_path):
    path = tmp_path / "work.readercmp"
    path.write_bytes(b"old")
    proc, tmp_name = _start_writer(path)
    try:
        assert clear_leftovers(path) == 0
        write_atomic(path, b"new")
        assert (tmp_path / tmp_name).exists()
    finally:
        proc.kill()
        proc.wait()
    assert clear_leftovers(path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["work.readercmp"]


def test_leftovers_of_other_files_are_not_touched(tmp_path):
    (tmp_path / ".other.readercmp.abc.tmp").write_bytes(b"x")
    (tmp_path / "work.readercmp.abc.tmp").write_bytes(b"x")        # not hidden: not ours
    write_atomic(tmp_path / "work.readercmp", b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.readercmp.abc.tmp",
                                                          "work.readercmp", "work.readercmp.abc.tmp"]


# --- reading ------------------------------------------------------------------------------------

def test_read_limited_reads_a_small_file(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"hello")
    assert read_limited(tmp_path / "a.txt", 5) == b"hello"
    with pytest.raises(FileTooLarge) as e:
        read_limited(tmp_path / "a.txt", 4)
    assert (e.value.size, e.value.limit) == (5, 4)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_read_limited_refuses_a_pipe_at_once(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    start = time.monotonic()
    with pytest.raises(NotAFile):
        read_limited(tmp_path / "pipe", 100)
    assert time.monotonic() - start < 2


def test_read_limited_refuses_devices_and_folders(tmp_path):
    if os.path.exists("/dev/zero"):
        with pytest.raises(NotAFile):
            read_limited("/dev/zero", 100)
    with pytest.raises(IsADirectoryError):
        read_limited(tmp_path, 100)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_writing_to_a_pipe_feeds_the_pipe_and_leaves_it_a_pipe(tmp_path):
    """'-o /dev/null' or '-o some.fifo' must not rename a file over the device or pipe (it replaced
    /dev/null machine-wide): the data goes through it and it stays what it was."""
    import threading
    pipe = tmp_path / "out.fifo"
    os.mkfifo(pipe)
    received = []
    reader_thread = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader_thread.start()
    write_atomic(pipe, b"comparison")
    reader_thread.join(timeout=10)
    assert received == [b"comparison"]
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["out.fifo"]          # no temporary file beside it
