"""Counts in words for everything the window and the exports say: "1 note", "3 notes", never "1 notes" or
"note(s)"."""
from __future__ import annotations


def counted(n: int, singular: str, plural: str = "") -> str:
    """"1 source", "2 sources"; plural for words not made with -s ("1 match", "2 matches")."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"
