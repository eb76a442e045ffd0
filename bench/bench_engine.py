"""How long the engine takes, and how much memory it needs, as the input grows.

    .venv/bin/python bench/bench_engine.py [--repeat N] [--check]

Cases: the bundled seed articles, then 12, 24, 48 and 100 synthetic articles of about 8,000
characters (about 60 sentences) each, built deterministically from the seeds' sentences (see
``synthetic_articles``); 100 articles are a whole news cycle, about 6,000 sentences. Time is
the analysis alone (``reader.engine.compare``), in process, after imports and a warm-up run:
the best of --repeat runs. Peak memory is measured by tracemalloc on one more run (tracing
slows Python down, so it never overlaps the timed runs) and counts Python allocations only, of
this process: from 1,500 sentences on (reader/engine/aside.py) the alignment and part of the
links' differences run in forked children, whose allocations it does not see.

The last rows, "48 via CLI" and "100 via CLI", are what a user waits for: one `reader compare
FILE... --format json -o OUT` process on the articles written to files (start-up, reading,
analysis and writing the JSON), its wall time and its peak resident memory (the largest maximum
RSS of the process and the children it forks); the target (under 8 s and 700 MB) is for 100
articles. Wall time needs the machine's two cores free: on a busy machine report CPU time too.
"""
from __future__ import annotations

import argparse
import gc
import random
import re
import sys
import time
import tracemalloc
from pathlib import Path

try:
    import reader  # noqa: F401  (installed, normally editable: see README "Set up")
except ImportError:  # a checkout that is not installed: use the one this file lives in
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.engine import Article, compare  # noqa: E402
from reader.reading import article_from_text, read_article  # noqa: E402
from reader.paths import seed_paths  # noqa: E402

SEED = 20240117
TARGET_CHARS = 8000
# (case, number of articles or None for the seeds, target seconds or None)
CASES = (("seeds", None, 0.1), ("12 articles", 12, 1.0), ("24 articles", 24, None),
         ("48 articles", 48, None), ("100 articles", 100, None))
CLI_ARTICLES = (48, 100)                 # whole `reader compare` processes measured
CLI_SECONDS, CLI_MB = 8.0, 700.0         # the whole-process target, at 100 articles

_SENTENCE_END = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[\"\u201c\u2018A-Z0-9])")
_NUMBER = re.compile(r"\d+")
_DATES = ("Jan 17, 2024", "January 18, 2024", "17 January 2024", "Jan 19, 2024")


def seed_articles() -> list[Article]:
    return [read_article(p) for p in seed_paths()]


def seed_sentences(articles: list[Article]) -> tuple[list[str], list[str]]:
    """(body sentences, headlines) of the seeds, split with a plain regex: the benchmark must
    not depend on the segmenter it measures."""
    sentences, headlines = [], []
    for article in articles:
        lines = [line.strip() for line in article.text.split("\n") if line.strip()]
        if lines:
            headlines.append(lines[0])
        for line in lines[1:]:
            for s in _SENTENCE_END.split(line):
                s = s.strip()
                if len(s) >= 40:                     # skips datelines, bylines, crossheads
                    sentences.append(s)
    return sentences, headlines


def _perturb_numbers(rng: random.Random, text: str, p: float = 0.5) -> str:
    def swap(m: re.Match) -> str:
        if rng.random() >= p:
            return m.group(0)
        n = int(m.group(0))
        if 1900 <= n <= 2100:                        # a year: nudge, keep it a year
            return str(n + rng.choice((-1, 1)))
        return str(max(0, n + rng.choice((-3, -2, -1, 1, 2, 5, 10))))
    return _NUMBER.sub(swap, text)


def _variant(rng: random.Random, sentence: str) -> str:
    """The same report in another outlet's words: numbers perturbed, maybe a word dropped."""
    words = sentence.split()
    if len(words) > 8 and rng.random() < 0.4:
        del words[rng.randrange(1, len(words) - 1)]
    return _perturb_numbers(rng, " ".join(words))


def _splice(rng: random.Random, a: str, b: str) -> str:
    """Half of one sentence joined to half of another: a partial match at best."""
    wa, wb = a.split(), b.split()
    head = wa[:max(3, len(wa) // 2)]
    tail = wb[len(wb) // 2:]
    return _perturb_numbers(rng, " ".join(head + tail).rstrip(".") + ".")


_FUNCTION_WORDS = ("the", "of", "and", "in", "to", "a", "on", "for", "with", "that", "was",
                   "had", "by", "from", "after", "its", "their", "would", "not", "as")
_ONSETS = ("b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "st",
           "tr", "sh", "ch", "gr")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ou")
_CODAS = ("", "", "n", "r", "l", "s", "m", "nd", "rt")


def _pseudo_word(rng: random.Random) -> str:
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
                   for _ in range(rng.randint(1, 3)))


def _fresh(rng: random.Random, cast: list[str]) -> str:
    """A sentence no other article carries: made-up content words among real function words,
    sometimes naming one of the article's own (made-up) people or quoting them, so actor and
    quote finding get unique work as well."""
    words = [rng.choice(_FUNCTION_WORDS) if rng.random() < 0.4 else _pseudo_word(rng)
             for _ in range(rng.randint(10, 24))]
    if rng.random() < 0.25:
        words.insert(rng.randrange(len(words)), str(rng.randint(2, 900)))
    body = " ".join(words)
    roll = rng.random()
    if roll < 0.2:
        return f"\u201c{body[:1].upper()}{body[1:]},\u201d {rng.choice(cast)} said."
    if roll < 0.45:
        return f"{rng.choice(cast)} said {body}."
    return f"{body[:1].upper()}{body[1:]}."


def synthetic_articles(seeds: list[Article], count: int, seed: int = SEED) -> list[Article]:
    """count articles of about TARGET_CHARS characters, the same ones on every run.

    Each is a headline line, a date line and paragraphs of 1-4 sentences. 45% of the sentences
    are seed sentences in another order with numbers perturbed (shared with other articles, so
    they align and differ in details), 15% splice two seed sentences (partial matches) and 40%
    are made up (unique to the article; see ``_fresh``)."""
    rng = random.Random(seed)
    pool, headlines = seed_sentences(seeds)
    articles = []
    for n in range(count):
        headline = _variant(rng, rng.choice(headlines))
        cast = [" ".join(_pseudo_word(rng).capitalize() for _ in range(2)) for _ in range(4)]
        order = pool[:]
        rng.shuffle(order)
        body: list[list[str]] = []
        size = len(headline)
        while size < TARGET_CHARS:
            paragraph = []
            for _ in range(rng.randint(1, 4)):
                roll = rng.random()
                if roll < 0.45:
                    s = _variant(rng, order.pop() if order else rng.choice(pool))
                elif roll < 0.60:
                    s = _splice(rng, rng.choice(pool), rng.choice(pool))
                else:
                    s = _fresh(rng, cast)
                paragraph.append(s)
                size += len(s) + 1
            body.append(paragraph)
            size += 1
        text = "\n\n".join([headline, rng.choice(_DATES)] + [" ".join(p) for p in body]) + "\n"
        articles.append(article_from_text(text, f"synthetic-{n:02d}"))
    return articles


def write_articles(articles: list[Article], folder: Path) -> list[str]:
    """The articles as text files in folder (made if missing), one per article, named by its id;
    their paths, in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for a in articles:
        path = folder / f"{a.id}.txt"
        path.write_text(a.text, encoding="utf-8")
        paths.append(str(path))
    return paths


def _cpu_seconds() -> float:
    """CPU time of this process and of the children it has waited for (aside.py's forks)."""
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def measure(articles: list[Article], repeat: int) -> dict:
    best, cpu = float("inf"), 0.0
    result = None
    for _ in range(repeat):
        gc.collect()
        c0, t0 = _cpu_seconds(), time.perf_counter()
        result = compare(articles)
        elapsed = time.perf_counter() - t0
        if elapsed < best:
            best, cpu = elapsed, _cpu_seconds() - c0
    del result
    gc.collect()
    tracemalloc.start()
    try:
        result = compare(articles)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return {"articles": len(articles), "chars": sum(len(a.text) for a in articles),
            "sentences": len(result.sentences), "links": len(result.links),
            "time": best, "cpu": cpu, "peak_mb": peak / 1e6}


# Runs a command and prints its maximum RSS (KiB on Linux). The benchmark's own process is large,
# and a child forked from it counts the parent's pages in its maximum RSS until it execs, so the
# command is started from this small process instead.
_PROBE = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
          "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
          "print(u.ru_utime + u.ru_stime, u.ru_maxrss); sys.exit(r.returncode)")


def measure_cli(articles: list[Article]) -> dict:
    """Wall time and peak RSS of one `reader compare ... --format json` process on the articles."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        paths = write_articles(articles, Path(folder))
        out = Path(folder) / "comparison.json"
        cmd = [sys.executable, "-m", "reader", "compare", *paths, "--format", "json", "-o", str(out)]
        t0 = time.perf_counter()
        run = subprocess.run([sys.executable, "-c", _PROBE, *cmd], capture_output=True, text=True)
        elapsed = time.perf_counter() - t0
        if run.returncode != 0:
            raise SystemExit(f"reader compare failed: {run.stderr.strip()[-500:]}")
        import json
        data = json.loads(out.read_text(encoding="utf-8"))
        cpu, peak_kib = run.stdout.split()[-2:]
    return {"articles": len(articles), "chars": sum(len(a.text) for a in articles),
            "sentences": sum(len(a["sentences"]) for a in data["articles"]),
            "links": len(data["links"]), "time": elapsed, "cpu": float(cpu),
            "peak_mb": int(peak_kib) / 1024}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per case (best kept)")
    parser.add_argument("--check", action="store_true",
                        help="exit with status 1 when a target is missed")
    parser.add_argument("--no-cli", action="store_true",
                        help="skip the whole-process rows (`reader compare` of 48 and 100 articles)")
    parser.add_argument("--write-articles", metavar="FOLDER",
                        help="only write the synthetic articles to FOLDER (synthetic-NN.txt), so a "
                             "change can be checked to give the same `reader compare` output on them")
    args = parser.parse_args(argv)

    seeds = seed_articles()
    synthetic = synthetic_articles(seeds, max(n for _, n, _ in CASES if n))
    if args.write_articles:
        write_articles(synthetic, Path(args.write_articles))
        return 0
    compare(seeds)                                   # warm-up: lazy imports, caches, word lists

    header = ("case", "articles", "chars", "sentences", "links", "time s", "cpu s", "peak MB", "target")
    widths = (14, 8, 8, 9, 7, 8, 7, 8, 24)
    print("  ".join(h.rjust(w) if i else h.ljust(w) for i, (h, w) in enumerate(zip(header, widths))))
    missed = False
    for case, count, target in CASES:
        articles = seeds if count is None else synthetic[:count]
        r = measure(articles, args.repeat)
        if target is None:
            verdict = "-"
        else:
            ok = r["time"] < target
            missed |= not ok
            verdict = f"< {target:g} s {'ok' if ok else 'MISSED'}"
        row = (case, r["articles"], r["chars"], r["sentences"], r["links"],
               f"{r['time']:.3f}", f"{r['cpu']:.2f}", f"{r['peak_mb']:.1f}", verdict)
        print("  ".join(str(v).rjust(w) if i else str(v).ljust(w)
                        for i, (v, w) in enumerate(zip(row, widths))), flush=True)
    if not args.no_cli:
        for count in CLI_ARTICLES:
            r = measure_cli(synthetic[:count])
            target = "-"
            if count == max(CLI_ARTICLES):
                ok = r["time"] < CLI_SECONDS and r["peak_mb"] < CLI_MB
                missed |= not ok
                target = f"< {CLI_SECONDS:g} s, {CLI_MB:g} MB {'ok' if ok else 'MISSED'}"
            row = (f"{count} via CLI", r["articles"], r["chars"], r["sentences"], r["links"],
                   f"{r['time']:.3f}", f"{r['cpu']:.2f}", f"{r['peak_mb']:.1f}", target)
            print("  ".join(str(v).rjust(w) if i else str(v).ljust(w)
                            for i, (v, w) in enumerate(zip(row, widths))), flush=True)
    print(f"\ntime: best of {args.repeat} runs of reader.engine.compare after a warm-up (cpu: that "
          f"run's CPU time, forked children's included); peak MB: tracemalloc peak of one more run "
          f"(Python allocations of this process only); the CLI row: one process's wall time, CPU "
          f"time and largest maximum RSS (it or a child). Python {sys.version.split()[0]}.")
    return 1 if (missed and args.check) else 0


if __name__ == "__main__":
    raise SystemExit(main())
