"""Text to an article: the headline line, then the header and trailer lines (see header.py)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from reader.engine.model import Article
from reader.reading.decoding import normalise_line_ends
from reader.labels import short_label
from reader.reading.errors import ArticleError
from reader.reading.header import (MD_EMPHASIS_RE, Line, above_headline, content_lines, header_values,
                                   is_prose, plain, read_header, read_trailer, squash)
from reader.safe_text import repaired

def article_from_text(text: str, article_id: str, path: str = "", title: str = "",
                      outlet: str = "", date: str = "", url: str = "",
                      byline: str = "", date_source: str = "") -> Article:
    """Make an Article from plain text (a .txt/.md file or the clipboard).

    The first non-empty line is the headline; the short lines under it are checked for a date,
    a byline and a source, and the last line for a closing "(Source: ...)". Values passed in
    (from a web page's metadata) win over what the text says; the spans are recorded either way.
    date_source says where a given date was found; a date from the text is a "date line".
    Control characters and lone surrogates (pasted text may hold them; a file's are already
    gone) become U+FFFD, which reading_warnings reports: no output could hold or show them.
    """
    text = repaired(normalise_text(text))
    if not text.strip():
        label = Path(path).name if path else article_id
        raise ArticleError(label, "the file is empty" if path else "the text is empty")
    lines = content_lines(text)
    label = short_label(article_id)
    # "Reuters" on a line of its own above the headline names the outlet, "Charlotte Observer"
    # or "Jane Roe" in a file of that name the outlet or the writer; the headline follows (when
    # the text goes on with its body instead, the first line stays the headline). Any other
    # line repeating the file's name is the headline: a browser names a saved page after it. And
    # the next line must be a headline, not a byline, date or outlet line: "Reuters" over
    # "By Jane Doe" is a header without a headline
    above = (above_headline(plain(lines[0].text), label)
             if len(lines) > 2 and not title and _could_be_headline(lines[1].text) else {})
    first = 1 if above else 0
    headline = _find_headline(text, lines[first:], title)
    body_from = first + (1 if headline is not None else 0)
    found = read_header(lines[body_from:], label)
    if above:
        found.add(lines[0], above)
    read_trailer(lines[body_from:], found, label)
    return Article(
        id=article_id, text=text,
        title=title or (text[headline[0]:headline[1]] if headline else ""),
        outlet=outlet or found.outlet, byline=byline or found.byline, date=date or found.date,
        date_source=date_source if date else ("a date line under the headline" if found.date else ""),
        path=path, url=url, title_span=headline, header_spans=tuple(sorted(found.spans)),
    )


def _could_be_headline(text: str) -> bool:
    """A short line that is no header value (byline, date, outlet) and no body sentence."""
    return not is_prose(text) and not header_values(plain(text), want_byline=False)


def normalise_text(text: str) -> str:
    """Unify line ends, strip trailing whitespace per line and blank lines at both ends.

    Nothing else changes, so what the user sees is what every offset indexes.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = [line.rstrip() for line in normalise_line_ends(text).split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


_MD_HEADING_RE = re.compile(r"#{1,6}\s+")


def _find_headline(text: str, lines: list[Line], title: str) -> Optional[tuple[int, int]]:
    """Span of the headline: the first line, without Markdown heading or emphasis markers.

    When a title is given (a web page's), the first line is the headline only if it says the
    same; otherwise the text has no headline line and None is returned.
    """
    if not lines:
        return None
    start, end = _strip_markdown(lines[0])
    if title and squash(text[start:end]) != squash(title):
        return None
    return (start, end)


def _strip_markdown(line: Line) -> tuple[int, int]:
    """Offsets of a line's words inside "# Title" or "**Title**" (only the title field loses
    the markers: the text keeps them)."""
    start, end = line.start, line.end
    heading = _MD_HEADING_RE.match(line.text)
    if heading:
        start += heading.end()
        trailing = re.search(r"\s+#+$", line.text)        # "# Title #" closing hashes
        if trailing and trailing.start() > heading.end():
            end = line.start + trailing.start()
    inner = line.text[start - line.start:end - line.start]
    emphasis = MD_EMPHASIS_RE.fullmatch(inner)
    if emphasis and emphasis.group("inner").strip():
        start += emphasis.start("inner")
        end = start + len(emphasis.group("inner"))
    return (start, end)
