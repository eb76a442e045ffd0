"""The one error every reading failure becomes: one line naming the file and the reason."""
from __future__ import annotations

import errno
from typing import Optional

from reader.files import FileTooLarge, NotAFile
from reader.safe_text import printable


class ArticleError(Exception):
    """A file (or pasted text) that cannot become an article; str() is one line for the user.

    Built as ``ArticleError(name, reason)`` -> "name: reason"; a single argument is taken as the
    whole message so callers elsewhere can raise it with their own wording.
    """

    def __init__(self, name: str, reason: Optional[str] = None):
        name = one_line(str(name))
        message = name if reason is None else f"{name}: {one_line(reason)}"
        super().__init__(message)
        self.name = name
        self.reason = reason or ""


def one_line(text: str) -> str:
    """Keep messages on one line, and a file name's control characters off the terminal."""
    return printable(text)


def megabytes(size: int) -> str:
    """"52.3 MB", "5 MB": one decimal only when it says something."""
    value = size / (1024 * 1024)
    return f"{value:.0f} MB" if value == int(value) else f"{value:.1f} MB"


def unreadable(name: str, exc: OSError) -> ArticleError:
    """The one-line error for a file the system would not let us read."""
    return ArticleError(name, unreadable_reason(exc))


def unreadable_reason(exc: OSError) -> str:
    """Why a file could not be read, in the reader's words (for articles and comparison files)."""
    if isinstance(exc, FileTooLarge):
        if exc.grew:
            return f"too large (over {megabytes(exc.limit)})"
        return f"too large ({megabytes(exc.size)}; the limit is {megabytes(exc.limit)})"
    if isinstance(exc, NotAFile):
        return "not a regular file (a pipe, device or socket)"
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(exc, PermissionError):
        return "cannot read (permission denied)"
    if exc.errno == errno.ELOOP:
        return "cannot read (a loop of symbolic links)"
    return f"cannot read ({(exc.strerror or exc.__class__.__name__).lower()})"


def reading_warnings(name: str, article) -> list[str]:
    """What the reader should know about how a file was read: the encoding guessed for a file
    that is not UTF-8 (its accents may be wrong if the guess is), and characters that could not
    be decoded. One line each; none for a clean UTF-8 file."""
    found = []
    if article.encoding:
        found.append(f"{one_line(name)}: not UTF-8; read as {article.encoding}")
    replaced = replacement_warning(name, article.text)
    return found + [replaced] if replaced else found


def replacement_warning(name: str, text: str) -> Optional[str]:
    """The one-line warning for text holding U+FFFD, which stands for bytes (or a damaged
    character) that could not be read: the reader is told rather than shown wrong text silently."""
    count = text.count("\ufffd")
    if not count:
        return None
    what = "1 character" if count == 1 else f"{count} characters"
    return f"{one_line(name)}: {what} could not be decoded (shown as \ufffd)"
