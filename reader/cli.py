"""The `reader` command: the window by default, `reader compare` for the engine on its own."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional, Sequence

from reader import __version__

FORMATS = ("json", "md")


def _compare_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="reader compare",
        description="Compare news articles about one event: which sentences report the same "
                    "thing, the details that differ, the actors and who is quoted saying what.")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="two or more articles: .txt or .md (headline on the first line) or saved "
                        "web pages (.html, .htm)")
    p.add_argument("--format", choices=FORMATS, default="md",
                   help="json: the machine-readable comparison; md: readable comparison notes "
                        "(default: md)")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="write to this file (atomically) instead of standard output")
    return p


def _fail(message: str) -> int:
    print(f"reader: {message}", file=sys.stderr)
    return 2


def compare_command(argv: Sequence[str]) -> int:
    from reader.engine import ArticleError, compare, read_article
    from reader.engine.reading import unique_ids

    args = _compare_parser().parse_args(argv)
    try:
        ids = unique_ids(args.files)
        articles = [read_article(path, article_id) for path, article_id in zip(args.files, ids)]
    except ArticleError as e:
        return _fail(str(e))
    comparison = compare(articles)
    if args.format == "json":
        from reader.exports.json_export import to_json
        out = to_json(comparison)
    else:
        from reader.exports.markdown import to_markdown
        out = to_markdown(comparison)
    if args.output:
        from reader.files import write_atomic
        try:
            write_atomic(Path(args.output), out.encode("utf-8"))
        except OSError as e:
            return _fail(f"{args.output}: cannot write ({e.strerror or e})")
    else:
        sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "compare":
        return compare_command(argv[1:])
    p = argparse.ArgumentParser(
        prog="reader",
        description="Open news articles side by side, aligned sentence by sentence. Without "
                    "files, opens the bundled sample articles.",
        epilog="Use `reader compare --help` for the command-line comparison.")
    p.add_argument("files", nargs="*", metavar="FILE", help="articles to open")
    p.add_argument("--version", action="version", version=f"reader {__version__}")
    args = p.parse_args(argv)
    from reader.ui.app import run
    return run(args.files)
