"""The one error every reading failure becomes: one line naming the file and the reason."""
from __future__ import annotations

from typing import Optional


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
    """Keep messages on one line even if a file name contains a line break."""
    return " ".join(text.splitlines()) if ("\n" in text or "\r" in text) else text


def megabytes(size: int) -> str:
    """"52.3 MB", "5 MB": one decimal only when it says something."""
    value = size / (1024 * 1024)
    return f"{value:.0f} MB" if value == int(value) else f"{value:.1f} MB"


def unreadable(name: str, exc: OSError) -> ArticleError:
    """The one-line error for a file the system would not let us read."""
    if isinstance(exc, FileNotFoundError):
        return ArticleError(name, "no such file")
    if isinstance(exc, IsADirectoryError):
        return ArticleError(name, "is a folder, not a file")
    if isinstance(exc, PermissionError):
        return ArticleError(name, "cannot read (permission denied)")
    return ArticleError(name, f"cannot read ({(exc.strerror or exc.__class__.__name__).lower()})")
