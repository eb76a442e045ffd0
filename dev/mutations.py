"""Break one line at a time and see whether the test suite notices (issue 14's check).

Each mutation is a text replacement in one source file: the file is changed, the suite is run
(`pytest -x`, without the packaging test), the file is put back, and a table says which
mutation a test caught and which test failed first. A mutation whose target text is no longer
in its file (the code moved on) is skipped and said so: update its `old` text to the current
equivalent line rather than deleting it.

Two parts:
  code    the thirteen single-line changes of issue 14 (and a few close relatives), applied to
          the lines that do that job today;
  output  the engine's output broken on purpose at the end of pipeline.compare (links dropped
          or re-graded, speakers shifted, a kind of difference dropped or relabelled, actors
          unmerged, quotes dropped).

    .venv/bin/python dev/mutations.py                 # everything (about 40 s a mutation)
    .venv/bin/python dev/mutations.py --part output
    .venv/bin/python dev/mutations.py --only hedge-under,slash-dates
    .venv/bin/python dev/mutations.py --list
    .venv/bin/python dev/mutations.py --only links-half -- tests/test_align.py   # a subset of tests

Never commit while a mutation is applied: the script restores each file in a `finally`, and
refuses to start when a target file has uncommitted changes.
"""
from __future__ import annotations

import argparse
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTEST = [sys.executable, "-m", "pytest", "-q", "-x", "-rfE", "--no-header",
          "--deselect", "tests/test_packaging.py", "-p", "no:cacheprovider"]


@dataclass(frozen=True)
class Mutation:
    name: str
    part: str            # "code" or "output"
    what: str            # what the break does, as a reader of the table needs it
    file: str
    old: str
    new: str


def code(name, what, file, old, new) -> Mutation:
    return Mutation(name, "code", what, file, old, new)


# --- part 1: single-line changes -------------------------------------------------------------
CODE = [
    code("same-cover", "`same` needs 95% of each sentence's content in the other (was 50%)",
         "reader/engine/link_model.py", "SAME_COVER = 0.5\n", "SAME_COVER = 0.95\n"),
    code("link-threshold", "link threshold raised by 0.11 (0.19 -> 0.30)",
         "reader/engine/align.py", "scored.probability >= model.link_threshold)",
         "scored.probability >= model.link_threshold + 0.11)"),
    code("hedge-under", "hedge 'under' read as 'about'",
         "reader/engine/quantities.py", '"under": "fewer than"', '"under": "about"'),
    code("slash-dates", "slash dates lose the day-first rule (17/01/2024 -> 2024)",
         "reader/engine/dates.py", 'if m.group("sep") == "." or a > 12 or (day_first and b <= 12):',
         'if m.group("sep") == "." or (day_first and b <= 12):'),
    code("pronoun-person", "'he'/'she' may resolve to an organisation",
         "reader/engine/speakers.py", 'return self.salient(pos, ("person",), "female"',
         'return self.salient(pos, ("person", "organization"), "female"'),
    code("date-unresolvable", "a date that cannot be compared counts as a difference",
         "reader/engine/figures.py",
         "            if same is None:\n                continue\n            partners_a[i] += 1",
         "            if False:\n                continue\n            partners_a[i] += 1"),
    code("claim-reversal", "claim test inverted: opposite words reported when about different things",
         "reader/engine/claims.py",
         "if _around(a.text, w.start(), w.end()) & _around(b.text, v.start(), v.end()):",
         "if not (_around(a.text, w.start(), w.end()) & _around(b.text, v.start(), v.end())):"),
    code("claim-hedged", "claim test inverted: a hedge reported when the other sentence also hedges",
         "reader/engine/claims.py", "    if b.hedges:\n        return None\n",
         "    if not b.hedges:\n        return None\n"),
    code("claim-denial", "claim test inverted: a denial pointed at words the negation does not deny",
         "reader/engine/claims.py", "for x, y, c in b.plain() if not c.isdisjoint(denied)",
         "for x, y, c in b.plain() if c.isdisjoint(denied)"),
    code("continuation", "sentence-continuation merge off (lower-case start)",
         "reader/engine/segment.py", "or _CONTINUATION_RE.match(paragraph[start:end])", "or False"),
    code("attribution-merge", "'the minister said.' split from its quote",
         "reader/engine/segment.py", "and _attribution_only(paragraph[start:end])))", "and False))"),
    code("span-bounds", "a comparison file's span check reduced to 'is a list' (bounds)",
         "reader/document/fileformat.py", "if not 0 <= start <= end <= len(text):", "if False:"),
    code("span-shape", "a comparison file's span check reduced to 'is a list' (two whole numbers)",
         "reader/document/fileformat.py",
         "if not (isinstance(value, list) and len(value) == 2\n"
         "            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)):",
         "if not isinstance(value, list):"),
    code("citation-order", "a note's citation may end before it starts",
         "reader/document/fileformat.py", "if citation.end < citation.start:", "if False:"),
    code("html-diff-marked", "HTML differing details: the marked words unescaped",
         "reader/exports/html.py", '<mark class=\\"{kind}\\">{_e(t[span.start:span.end])}</mark>',
         '<mark class=\\"{kind}\\">{t[span.start:span.end]}</mark>'),
    code("html-diff-context", "HTML differing details: the words around the mark unescaped",
         "reader/exports/html.py", 'return escape(re.sub(r"\\s+", " ", text), quote=True)',
         'return re.sub(r"\\s+", " ", text)'),
    code("html-diff-note", "HTML differing details: the note unescaped",
         "reader/exports/html.py", "rows = [[_e(d.note), ", "rows = [[d.note, "),
    code("markdown-angle", "Markdown escaping without < >",
         "reader/exports/markdown.py", '_SPECIAL = re.compile(r"([\\\\`*_\\[\\]<>&])")',
         '_SPECIAL = re.compile(r"([\\\\`*_\\[\\]&])")'),
    code("unsaved-sources", "renaming or removing a source no longer marks the work unsaved",
         "reader/ui/workspace.py",
         "            self.set_dirty(True)          # a source added, removed, moved, renamed or pasted",
         "            pass"),
    code("unsaved-saved-file", "removing a source of a saved comparison (no notes) not marked unsaved",
         "reader/ui/workspace.py", "return bool(self.path or d.notes or", "return bool(d.notes or"),
    code("stale-runner", "the runner reports a stale analysis's result (its guard removed)",
         "reader/ui/runner.py",
         "            if not cancelled():\n                warnings = replacement_warnings(",
         "            if True:\n                warnings = replacement_warnings("),
    code("stale-session", "the session takes a result of an old request (its guard removed)",
         "reader/ui/session.py",
         "        if not self.runner.is_current(gen):\n            return" + " " * 30 + "# stale",
         "        if False:\n            return" + " " * 30 + "# stale"),
    code("org-country", "organisation merge ignores country qualifiers",
         "reader/engine/actors/merging.py", "            if qi and qj and not (qi & qj):\n",
         "            if False:\n"),
]


# --- part 2: the engine's output broken at the end of pipeline.compare -----------------------
PIPELINE = "reader/engine/pipeline.py"
ANCHOR = '    step("done", 1.0)\n    return Comparison('


def output(name: str, what: str, body: str) -> Mutation:
    """A break of compare()'s result: body (Python, 4-space indented) runs just before the
    Comparison is built and may rebind links, diffs, found_actors and found_quotes."""
    lines = "".join(f"    {line}\n" for line in body.strip("\n").split("\n"))
    return Mutation(name, "output", what, PIPELINE, ANCHOR,
                    "    import dataclasses as _dc\n" + lines + ANCHOR)


KINDS = ("number", "name", "date", "attribution", "quote", "claim")
RELABEL = {"number": "date", "name": "attribution", "date": "number", "attribution": "quote",
           "quote": "claim", "claim": "attribution"}

OUTPUT = [
    output("links-all", "every link dropped", "links = []"),
    output("links-half", "every other link dropped", "links = links[::2]"),
    output("links-tenth", "one link in ten dropped",
           "links = [l for k, l in enumerate(links) if k % 10 != 3]"),
    output("links-same-to-partial", "every `same` link graded `partial`",
           "links = [_dc.replace(l, kind='partial') for l in links]"),
    output("links-partial-to-same", "every `partial` link graded `same`",
           "links = [_dc.replace(l, kind='same') for l in links]"),
    output("links-swap-kinds", "`same` and `partial` swapped",
           "links = [_dc.replace(l, kind='partial' if l.kind == 'same' else 'same') for l in links]"),
    output("speakers-shifted", "each quote given the previous quote's speaker (in its article)",
           "_prev = {}\n"
           "_out = []\n"
           "for q in found_quotes:\n"
           "    _out.append(_dc.replace(q, speaker=_prev.get(q.article)))\n"
           "    _prev[q.article] = q.speaker\n"
           "found_quotes = _out"),
    output("speakers-dropped", "every quote's speaker dropped",
           "found_quotes = [_dc.replace(q, speaker=None) for q in found_quotes]"),
    *[output(f"diffs-drop-{k}", f"differences of kind {k} dropped",
             f"diffs = [d for d in diffs if d.kind != {k!r}]") for k in KINDS],
    *[output(f"diffs-relabel-{k}", f"differences of kind {k} labelled {RELABEL[k]}",
             f"diffs = [_dc.replace(d, kind={RELABEL[k]!r}) if d.kind == {k!r} else d for d in diffs]")
      for k in KINDS],
    output("actors-unmerged", "actors unmerged: each written form its own actor",
           "_split = []\n"
           "for a in found_actors:\n"
           "    _forms = {}\n"
           "    for m in a.mentions:\n"
           "        _forms.setdefault(m.text, []).append(m)\n"
           "    for n, (form, ms) in enumerate(_forms.items()):\n"
           "        _split.append(_dc.replace(a, id=a.id if n == 0 else f'{a.id}.{n}', name=form,\n"
           "                                  aliases=(), mentions=tuple(ms)))\n"
           "found_actors = _split"),
    output("quotes-all", "every quote dropped", "found_quotes = []"),
    output("quotes-half", "every other quote dropped", "found_quotes = found_quotes[::2]"),
    output("quotes-indirect", "indirect quotes dropped",
           "found_quotes = [q for q in found_quotes if q.kind != 'indirect']"),
]

MUTATIONS = CODE + OUTPUT


def _first_failure(out: str) -> str:
    """The first failing test of a run (from -rfE's summary), else the last line of output."""
    for line in out.splitlines():
        m = re.match(r"(FAILED|ERROR) (.+?)(?: - .*)?$", line)
        if m:
            return m.group(2)[:110]
    tail = [line for line in out.splitlines() if line.strip()]
    return tail[-1] if tail else "(no output)"


def run(m: Mutation, tests: list[str], timeout: float) -> tuple[str, str, float]:
    """(verdict, first failing test or reason, seconds)."""
    path = ROOT / m.file
    if not path.exists():
        return "skipped", f"{m.file} no longer exists", 0.0
    original = path.read_bytes().decode("utf-8")   # restored byte for byte (line ends too)
    count = original.count(m.old)
    if count != 1:
        return "skipped", f"target text found {count} times in {m.file}: update the mutation", 0.0
    started = time.monotonic()
    try:
        path.write_bytes(original.replace(m.old, m.new).encode("utf-8"))
        try:
            done = subprocess.run(PYTEST + tests, cwd=ROOT, capture_output=True, text=True,
                                  timeout=timeout)
        except subprocess.TimeoutExpired:
            return "caught?", f"suite timed out after {timeout:.0f} s", time.monotonic() - started
    finally:
        path.write_bytes(original.encode("utf-8"))
    seconds = time.monotonic() - started
    if done.returncode == 0:
        return "NOT CAUGHT", "", seconds
    if done.returncode in (1, 2):
        return "caught", _first_failure(done.stdout + done.stderr), seconds
    return "caught?", f"pytest exit {done.returncode}: {_first_failure(done.stdout + done.stderr)}", seconds


def _stop(signum, frame):
    raise KeyboardInterrupt(f"stopped by signal {signum}")


def _dirty(files: set[str]) -> list[str]:
    out = subprocess.run(["git", "status", "--porcelain", "--", *sorted(files)], cwd=ROOT,
                         capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--part", choices=("code", "output", "all"), default="all")
    p.add_argument("--only", default="", help="comma-separated mutation names")
    p.add_argument("--list", action="store_true", help="list the mutations and exit")
    p.add_argument("--timeout", type=float, default=600.0, help="seconds per suite run")
    p.add_argument("tests", nargs="*", help="pytest arguments instead of the whole suite")
    args = p.parse_args(argv)
    chosen = [m for m in MUTATIONS if args.part in ("all", m.part)]
    if args.only:
        wanted = set(args.only.split(","))
        unknown = wanted - {m.name for m in MUTATIONS}
        if unknown:
            p.error(f"unknown mutation(s): {', '.join(sorted(unknown))}")
        chosen = [m for m in MUTATIONS if m.name in wanted]
    if args.list:
        for m in chosen:
            print(f"{m.part:6}  {m.name:24}  {m.file}: {m.what}")
        return 0
    # a stopped run still puts the mutated file back (run()'s `finally`): SIGTERM, and SIGINT even
    # when started in the background (where the shell has it ignored), raise instead of killing
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, _stop)
    dirty = _dirty({m.file for m in chosen})
    if dirty:
        print("refusing: a target file has uncommitted changes:\n  " + "\n  ".join(dirty))
        return 2
    rows = []
    print(f"{'mutation':24} {'part':6} {'verdict':10} {'s':>5}  first failing test / reason", flush=True)
    for m in chosen:
        verdict, detail, seconds = run(m, args.tests, args.timeout)
        rows.append((m, verdict))
        print(f"{m.name:24} {m.part:6} {verdict:10} {seconds:5.0f}  {detail}", flush=True)
    missed = [m.name for m, v in rows if v == "NOT CAUGHT"]
    skipped = [m.name for m, v in rows if v == "skipped"]
    print(f"\n{len(rows) - len(missed) - len(skipped)} caught, {len(missed)} not caught"
          + (f" ({', '.join(missed)})" if missed else "")
          + (f", {len(skipped)} skipped ({', '.join(skipped)})" if skipped else ""))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
