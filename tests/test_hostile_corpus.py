"""Every case of the hostile corpus (tests/hostile_corpus.py) gets a correct result, or a one-line
error naming the file and the reason with exit status 2; none hangs, crashes or prints a
traceback, each within a time and memory bound.

Time is processor time (the bound holds on a busy machine); a case still running after several
times its bound in wall-clock time counts as hung. Most cases run one after another in one worker
process (tests/hostile_worker.py) under an address-space limit, each with its own timer and
peak-memory reading; cases where a separate
process is the honest check (pipes, devices, 100 MB files, 300,000 notes, what reaches a real
standard output) run as `python -m reader` with their own limits, alongside.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hostile_corpus import CASES, Case, Result, available

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the runner uses POSIX timers, limits and wait4")

WORKER = Path(__file__).with_name("hostile_worker.py")
ROOT = Path(__file__).resolve().parent.parent
ADDRESS_SPACE = 3 * 1024 ** 3        # for a whole process: interpreter, libraries and the case
HANG = 6                             # wall-clock time, in multiples of a case's processor-time bound,
                                     # after which it counts as hung (the machine may be busy)
ENV = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "PYTHONIOENCODING": "",
       "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": os.pathsep.join(filter(None, [
           str(ROOT), os.environ.get("PYTHONPATH", "")]))}


def _limit_memory():                 # in the child, before it runs
    try:
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
    except (ImportError, ValueError, OSError):
        pass


def _megabytes(maxrss: int) -> float:
    return maxrss / 1024 ** (2 if sys.platform == "darwin" else 1)     # bytes there, KB on Linux


def _preexec():
    return _limit_memory if os.name == "posix" else None


class _Process:
    """One case as its own `python -m reader`, output to files, peak memory from wait4."""

    def __init__(self, case: Case, args: list, folder: Path):
        self.case, self.folder = case, folder
        self.out, self.err = open(folder / ".stdout", "wb"), open(folder / ".stderr", "wb")
        self.start = time.monotonic()
        self.proc = subprocess.Popen([sys.executable, "-m", "reader", *args], stdout=self.out,
                                     stderr=self.err, stdin=subprocess.DEVNULL, cwd=folder, env=ENV,
                                     preexec_fn=_preexec())
        self.result = None

    def poll(self) -> bool:
        """Done (or killed for taking too long)?"""
        if self.result is not None:
            return True
        late = time.monotonic() - self.start > self.case.seconds * HANG
        if late:
            self.proc.kill()
        pid, status, usage = os.wait4(self.proc.pid, 0 if late else os.WNOHANG)
        if pid == 0:
            return False
        self.proc.returncode = os.waitstatus_to_exitcode(status)
        self.out.close()
        self.err.close()
        stdout = (self.folder / ".stdout").read_bytes()
        try:
            stdout.decode("utf-8")
            is_utf8 = True
        except UnicodeDecodeError:
            is_utf8 = False
        code = "timeout" if late else self.proc.returncode
        stderr = (self.folder / ".stderr").read_text(encoding="utf-8", errors="backslashreplace")
        if "Traceback (most recent call last)" in stderr:
            code = "traceback"
        self.result = Result(code, stdout.decode("utf-8", errors="surrogateescape"), is_utf8, stderr,
                             round(usage.ru_utime + usage.ru_stime, 3), _megabytes(usage.ru_maxrss),
                             self.folder)
        return True


@pytest.fixture(scope="session")
def corpus_results(tmp_path_factory) -> dict[str, Result]:
    root = tmp_path_factory.mktemp("hostile-corpus")
    cases = [c for c in CASES if available(c)]
    folders, args = {}, {}
    for case in cases:
        folders[case.name] = root / case.name
        folders[case.name].mkdir()
        args[case.name] = case.build(folders[case.name])
    in_worker = [c for c in cases if not c.process]
    worker = _start_worker(in_worker, args, folders, root)
    processes = [_Process(c, args[c.name], folders[c.name]) for c in cases if c.process]
    deadline = time.monotonic() + sum(c.seconds * HANG for c in in_worker) + 60
    while not all([p.poll() for p in processes]) or worker.poll() is None:
        if time.monotonic() > deadline:
            worker.kill()
        time.sleep(0.02)
    results = _worker_results(worker, in_worker, folders, root)
    results.update({p.case.name: p.result for p in processes})
    return results


def _start_worker(cases: list[Case], args: dict, folders: dict, root: Path) -> subprocess.Popen:
    (root / ".worker-in").write_text("".join(
        json.dumps({"name": c.name, "argv": args[c.name], "cwd": str(folders[c.name]),
                    "seconds": c.seconds * HANG}, ensure_ascii=True) + "\n" for c in cases), encoding="ascii")
    with open(root / ".worker-in", "rb") as stdin, open(root / ".worker-out", "wb") as out, \
            open(root / ".worker-err", "wb") as err:
        return subprocess.Popen([sys.executable, str(WORKER)], stdin=stdin, stdout=out, stderr=err,
                                env=ENV, preexec_fn=_preexec(), cwd=ROOT)


def _worker_results(worker, cases: list[Case], folders: dict, root: Path) -> dict[str, Result]:
    results = {}
    for line in (root / ".worker-out").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        results[r["name"]] = Result(r["code"], r["stdout"], r["stdout_is_utf8"], r["stderr"], r["seconds"],
                                    r["peak_mb"], folders[r["name"]])
    missing = [c.name for c in cases if c.name not in results]
    assert not missing, (f"the worker stopped (status {worker.returncode}) before {missing[:3]}: "
                         + (root / ".worker-err").read_text(errors="replace")[-2000:])
    return results


def test_the_corpus_is_large_and_varied():
    assert len(CASES) >= 60 and len({c.name for c in CASES}) == len(CASES)
    errors = [c for c in CASES if c.expect != "ok"]
    assert len(errors) >= 25 and len(CASES) - len(errors) >= 25


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input(case: Case, corpus_results):
    if not available(case):
        pytest.skip(f"needs {case.needs}")
    r = corpus_results[case.name]
    assert r.code not in ("timeout", "traceback"), f"{r.code}: {r.stderr[-1500:]}"
    assert r.seconds <= case.seconds, f"took {r.seconds:.1f} s of processor time"
    assert r.peak_mb <= case.megabytes, f"peaked at {r.peak_mb:.0f} MB"
    lines = r.stderr.splitlines()
    if case.expect == "ok":
        assert r.code == 0, r.stderr
        warnings = [line for line in lines if line.startswith("reader: warning: ")]
        assert len(warnings) == len(lines), r.stderr
        if case.warns:
            assert any(case.warns in w for w in warnings), r.stderr
        else:
            assert not warnings, r.stderr
        if case.check is not None:
            case.check(r)
    else:
        assert r.code == 2, (r.code, r.stderr)
        assert len(lines) == 1 and r.stderr.endswith("\n"), r.stderr
        assert lines[0].startswith("reader: ") and case.expect in lines[0], lines[0]
        assert case.names in lines[0], lines[0]
        assert "\x1b" not in lines[0] and "\x07" not in lines[0]
        assert r.stdout == ""
