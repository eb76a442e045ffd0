"""The `reader` command: the window by default, `reader compare` for the engine on its own."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional, Sequence

from reader import __version__
from reader.safe_text import file_name, printable, valid_unicode

FORMATS = ("md", "html", "pdf", "json")


def _compare_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="reader compare",
        description="Compare news articles about one event: which sentences report the same "
                    "thing, the details that differ, the actors and who is quoted saying what.")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="the articles to compare (two or more): .txt or .md (headline on the first "
                        "line) or saved web pages (.html, .htm)")
    _output_options(p)
    return p


def _output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=FORMATS, default="md",
                   help="md: readable comparison notes (default); html: the same as one "
                        "self-contained web page; pdf: printable notes (needs -o); json: the "
                        "machine-readable comparison")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="write to this file (atomically) instead of standard output")


def _export_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="reader export",
        description="Export a saved comparison (a .readercmp file made in the window) with its "
                    "notes and corrections.")
    p.add_argument("file", metavar="COMPARISON_FILE", help="a .readercmp file")
    _output_options(p)
    return p


def _fail(message: str) -> int:
    print(f"reader: {printable(message)}", file=sys.stderr)
    return 2


def _warn(message: str) -> None:
    print(f"reader: warning: {printable(message)}", file=sys.stderr)


def _write(comparison, document, fmt: str, output: Optional[str]) -> int:
    """Render the comparison in fmt and write it to output (atomically) or standard output."""
    if fmt == "pdf" and not output:
        return _fail("--format pdf needs -o OUT (a PDF is not sent to the terminal)")
    if fmt == "json":
        return _write_json(comparison, document, output)
    if fmt == "md":
        from reader.exports.markdown import to_markdown
        out = to_markdown(comparison, document=document)
    else:
        from reader.exports.html import to_html
        out = to_html(comparison, document)
    out = valid_unicode(out)            # a file name's undecodable bytes become U+FFFD
    if not output:
        try:
            sys.stdout.write(out if out.endswith("\n") else out + "\n")
            sys.stdout.flush()
        except OSError as e:   # a full disk, a closed pipe
            return _fail(f"cannot write to standard output ({e.strerror or e})")
        return 0
    try:
        if fmt == "pdf":
            from reader.ui.pdf import write_pdf
            write_pdf(out, Path(output))
        else:
            from reader.files import write_atomic
            write_atomic(Path(output), out.encode("utf-8"))
    except OSError as e:
        return _fail(f"{output}: cannot write ({e.strerror or e})")
    return 0


def _write_json(comparison, document, output: Optional[str]) -> int:
    """The JSON written piece by piece (at 100 articles it is some 80 MB, which would otherwise
    be held twice: as text and as bytes); atomically to output, or to standard output."""
    from reader.exports.json_export import write_json

    if not output:
        try:
            write_json(comparison, sys.stdout, document)
            sys.stdout.flush()
        except OSError as e:   # a full disk, a closed pipe
            return _fail(f"cannot write to standard output ({e.strerror or e})")
        return 0
    from reader.files import atomic_target
    try:
        with atomic_target(Path(output)) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as f:
            write_json(comparison, f, document)
    except OSError as e:
        return _fail(f"{output}: cannot write ({e.strerror or e})")
    return 0


def _write_text_to_stdout() -> None:
    """Standard output as UTF-8 whatever the locale, so any article text can be printed."""
    try:
        sys.stdout.reconfigure(encoding="utf-8", errors="replace")
    except (AttributeError, ValueError):   # replaced by a test's capture, or already in use
        pass


def _analyse_and_write(articles, document, fmt: str, output: Optional[str]) -> int:
    from reader.engine import compare
    from reader.engine.pipeline import TooLarge

    try:
        comparison = compare(articles, corrections=document.corrections if document else ())
    except TooLarge as e:
        return _fail(str(e))
    return _write(comparison, document, fmt, output)


def compare_command(argv: Sequence[str]) -> int:
    from reader.reading import ArticleError, read_article, reading_warnings, unique_ids

    args = _compare_parser().parse_args(argv)
    try:
        ids = unique_ids(args.files)
        articles = [read_article(path, article_id) for path, article_id in zip(args.files, ids)]
    except ArticleError as e:
        return _fail(str(e))
    for path, article in zip(args.files, articles):
        for warning in reading_warnings(file_name(path), article):
            _warn(warning)
    return _analyse_and_write(articles, None, args.format, args.output)


def export_command(argv: Sequence[str]) -> int:
    from reader.document import DocumentError, load
    from reader.document.fileformat import warnings

    args = _export_parser().parse_args(argv)
    try:
        doc = load(Path(args.file))
    except DocumentError as e:
        return _fail(str(e))
    for warning in warnings(doc, file_name(args.file)):
        _warn(warning)
    return _analyse_and_write(doc.articles, doc, args.format, args.output)


def _leave(code: int) -> None:
    """End the `reader compare` process now that its output is written and flushed: Python
    would otherwise free the comparison's millions of objects one by one on the way out (a
    few tenths of a second on a news cycle), and the system takes the memory back at once."""
    import os

    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):            # a closed pipe: let Python end as it would
        return
    os._exit(code)


def main(argv: Optional[Sequence[str]] = None) -> int:
    from_command_line = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("compare", "export"):
        _write_text_to_stdout()
        command = compare_command if argv[0] == "compare" else export_command
        try:
            code = command(argv[1:])
        except KeyboardInterrupt:
            return 130
        except MemoryError:
            return _fail("not enough memory for this comparison")
        if from_command_line:
            _leave(code)
        return code
    p = argparse.ArgumentParser(
        prog="reader",
        description="Open news articles side by side, aligned sentence by sentence. Without "
                    "files, opens the bundled sample articles.",
        epilog="Commands: `reader compare FILE...` compares articles without a window; "
               "`reader export COMPARISON_FILE` exports saved work. Add --help to either.")
    p.add_argument("files", nargs="*", metavar="FILE", help="articles to open")
    p.add_argument("--version", action="version", version=f"reader {__version__}")
    p.add_argument("--self-test", action="store_true",
                   help="open the window (on the sample articles unless files are given), print what "
                        "the analysis found and quit: checks that this copy of reader works")
    args = p.parse_args(argv)
    from reader.ui.app import run
    return run(args.files, self_test=args.self_test)
