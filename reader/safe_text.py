"""Text that is safe to print and to encode, whatever a file name or a damaged file held.

File names that are not valid UTF-8 reach Python as lone surrogates ("caf\\udce9.txt"), which no
UTF-8 output can hold; names may also carry terminal escape sequences ("\\x1b[31m") or
direction overrides that would repaint or reorder what the terminal shows.
"""
from __future__ import annotations

import os
import re
from pathlib import PurePath

_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_LINE_BREAK_RE = re.compile("[\n\r\t\v\f\x1c-\x1e\x85\u2028\u2029]+")
# C0 and C1 controls, DEL, and the bidirectional overrides and isolates
_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def valid_unicode(text: str) -> str:
    """text with lone surrogates replaced by U+FFFD, so it encodes as UTF-8; same length."""
    return _SURROGATE_RE.sub("\ufffd", text)


# what no text shows: controls other than tab, line feed, form feed and carriage return
# (layout), and lone surrogates
_DAMAGE_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def repaired(text: str) -> str:
    """text with control characters and lone surrogates replaced by U+FFFD: nothing that would
    crash an encoder or drive a terminal. Same length, so offsets into it still hold."""
    return _DAMAGE_RE.sub("\ufffd", text)


def has_surrogates(text: str) -> bool:
    return _SURROGATE_RE.search(text) is not None


def printable(text: str) -> str:
    """One line for a message: line breaks become spaces, other control characters are shown
    as escapes (\\x1b), lone surrogates as U+FFFD."""
    text = _LINE_BREAK_RE.sub(" ", valid_unicode(text))
    return _CONTROL_RE.sub(lambda m: _escape(m.group()), text)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def file_name(path) -> str:
    """The last part of a path (the whole path if it has none), printable."""
    path = os.fsdecode(path)
    return printable(PurePath(path).name or path)
