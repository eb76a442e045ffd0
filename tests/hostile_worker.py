"""Runs `reader` commands one after another in this one process, as a user's shell would run them
one by one: for each JSON line on stdin ({"argv": [...], "cwd": ..., "seconds": n}) it prints one
JSON line with the exit status, what went to standard output and error, the processor time taken
and the peak memory of that command. After `seconds` of wall-clock time a command counts as hung
and is stopped.

Standard output is strict UTF-8 bytes, standard error what a terminal would get; an exception that
escapes reader's main() is reported as the traceback a user would have seen. Run by
tests/test_hostile_corpus.py under a memory limit; one process keeps start-up costs out of the
corpus's time.
"""
from __future__ import annotations

import io
import json
import os
import signal
import sys
import time
import traceback


class _TimedOut(BaseException):
    pass


def _on_alarm(signum, frame):
    raise _TimedOut()


def _reset_peak() -> None:
    """Linux resets the peak resident size ("VmHWM") when 5 is written to clear_refs."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def _peak_mb() -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 ** (2 if sys.platform == "darwin" else 1)


def run(argv: list[str], cwd: str, seconds: float) -> dict:
    from reader.cli import main

    out, err = io.BytesIO(), io.BytesIO()
    real = sys.stdout, sys.stderr
    captured = (io.TextIOWrapper(out, encoding="utf-8", errors="strict", write_through=True),
                io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True))
    sys.stdout, sys.stderr = captured
    os.chdir(cwd)
    _reset_peak()
    start = time.process_time()
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        code = main(argv)
    except SystemExit as e:                       # argparse
        code = e.code if isinstance(e.code, int) else 2
    except _TimedOut:
        code = "timeout"
    except BaseException:                         # what the user would see: a traceback
        code = "traceback"
        captured[1].write(traceback.format_exc())
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        elapsed = time.process_time() - start
        sys.stdout, sys.stderr = real
        for stream in captured:
            try:
                stream.flush()
            except Exception:                     # noqa: BLE001 - an unencodable write: reported
                code = "traceback" if code == 0 else code
            stream.detach()                       # keep the bytes: a wrapper closes what it wraps
    return {"code": code, "stdout": out.getvalue().decode("utf-8", errors="surrogateescape"),
            "stdout_is_utf8": _is_utf8(out.getvalue()), "stderr": err.getvalue().decode("utf-8"),
            "seconds": round(elapsed, 3), "peak_mb": round(_peak_mb(), 1)}


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def main() -> None:
    signal.signal(signal.SIGALRM, _on_alarm)
    for line in sys.stdin:
        case = json.loads(line)
        result = run(case["argv"], case["cwd"], case["seconds"])
        print(json.dumps({"name": case["name"], **result}), flush=True)


if __name__ == "__main__":
    main()
