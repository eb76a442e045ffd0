"""How long a command takes to put its first window on an X screen: from launching it to the X
server mapping its top-level window (the moment the window becomes visible). Compares the
pip-installed app with the bundle on equal terms; a development tool, not shipped.

    Xvfb :57 -screen 0 1600x1000x24 -nolisten tcp &
    DISPLAY=:57 python packaging/startup_time.py -n 9 .venv/bin/reader dist/reader/reader

Every run gets the same clean environment (PATH, DISPLAY, a scratch HOME, no locale) and is
stopped once its window is mapped; the first run of each command is a warm-up and not counted.
Runs alternate between the commands, so a busy moment of the machine hits all of them alike.
Prints each command's wall-clock times and their median, and the median CPU time the process
had used by then (user + system, 10 ms steps), which other programs' load disturbs far less.
Needs libX11 (ctypes; no Python packages) and Linux's /proc.
"""
from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import select
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import time

SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
MAP_NOTIFY = 19


class MapEvent(ctypes.Structure):
    """XMapEvent; XEvent is a union padded to 24 longs."""
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
                ("override_redirect", ctypes.c_int)]


class XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", MapEvent), ("pad", ctypes.c_long * 24)]


class Screen:
    """A connection to the X server that watches for windows being mapped on the root."""

    def __init__(self):
        name = ctypes.util.find_library("X11")
        if not name:
            sys.exit("startup_time: libX11 not found (Debian: libx11-6)")
        x = self.x = ctypes.CDLL(name)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(XEvent)]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x.XFlush.argtypes = [ctypes.c_void_p]
        self.display = x.XOpenDisplay(None)
        if not self.display:
            sys.exit("startup_time: cannot open the X display; set DISPLAY (e.g. start Xvfb)")
        x.XSelectInput(self.display, x.XDefaultRootWindow(self.display), SUBSTRUCTURE_NOTIFY_MASK)
        x.XFlush(self.display)
        self.fd = x.XConnectionNumber(self.display)

    def drain(self) -> None:
        event = XEvent()
        while self.x.XPending(self.display):
            self.x.XNextEvent(self.display, ctypes.byref(event))

    def wait_for_map(self, deadline: float) -> float | None:
        """perf_counter() when a top-level (not override-redirect) window is mapped."""
        event = XEvent()
        while True:
            while self.x.XPending(self.display):
                self.x.XNextEvent(self.display, ctypes.byref(event))
                if event.type == MAP_NOTIFY and not event.xmap.override_redirect:
                    return time.perf_counter()
            left = deadline - time.perf_counter()
            if left <= 0:
                return None
            select.select([self.fd], [], [], left)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_run(screen: Screen, command: list[str], home: str, timeout: float) -> tuple[float, float] | None:
    """(wall-clock seconds, CPU seconds) from launch to the first window mapped."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "DISPLAY": os.environ["DISPLAY"],
           "HOME": home, "QT_QPA_PLATFORM": "xcb"}
    screen.drain()
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    mapped = screen.wait_for_map(start + timeout)
    cpu = cpu_seconds(proc.pid) if mapped is not None else 0.0
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    return None if mapped is None else (mapped - start, cpu)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("-n", "--runs", type=int, default=7, help="counted runs per command (default 7)")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for a window")
    p.add_argument("commands", nargs="+", help="commands to compare; quote one with arguments")
    args = p.parse_args()
    commands = [shlex.split(c) for c in args.commands]
    if "DISPLAY" not in os.environ:
        sys.exit("startup_time: set DISPLAY to an X server (e.g. Xvfb :57 &; DISPLAY=:57)")
    screen = Screen()
    times: dict[int, list[tuple[float, float]]] = {i: [] for i in range(len(commands))}
    with tempfile.TemporaryDirectory(prefix="startup-home-") as home:
        for round_no in range(args.runs + 1):
            for i, command in enumerate(commands):
                t = one_run(screen, command, home, args.timeout)
                if t is None:
                    print(f"{shlex.join(command)}: no window within {args.timeout:g} s", file=sys.stderr)
                    return 1
                if round_no:            # round 0 warms the disk cache and makes the settings
                    times[i].append(t)
    for i, command in enumerate(commands):
        ts = [wall for wall, _ in times[i]]
        cpu = statistics.median(c for _, c in times[i])
        print(f"{shlex.join(command)}\n    median {statistics.median(ts):.3f} s   min {min(ts):.3f}   "
              f"max {max(ts):.3f}   CPU median {cpu:.2f} s   runs: " + " ".join(f"{t:.3f}" for t in ts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
