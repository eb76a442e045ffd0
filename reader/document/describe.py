"""Corrections said in the reader's words, for the notes panel and the exports."""
from __future__ import annotations

from typing import Callable

from reader.engine.model import Correction


def short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def quoted(text: str) -> str:
    """In curly quotes, unless the passage already opens or closes with quote marks of its own."""
    marks = "\"“”«»„'"
    return f"{'' if text[:1] in marks else '“'}{text}{'' if text[-1:] in marks else '”'}"


def describe(c: Correction, label: Callable[[str], str] = str) -> str:
    """One line per correction, in the reader's words."""
    refs = [f"{label(r.article)} {quoted(short(r.text, 48))}" for r in c.refs]
    if c.kind == "link" and len(refs) == 2:
        return f"Linked {refs[0]} with {refs[1]}"
    if c.kind == "unlink" and len(refs) == 2:
        return f"Unlinked {refs[0]} from {refs[1]}"
    if c.kind == "dismiss" and len(refs) == 2:
        return f"Dismissed {c.value or 'a'} difference: {refs[0]} vs {refs[1]}"
    if c.kind == "merge_actors" and len(c.names) == 2:
        return f"Merged “{c.names[1]}” into “{c.names[0]}”"
    if c.kind == "split_actor" and c.names:
        return f"Split “{c.names[0]}” off into an actor of its own"
    if c.kind == "set_speaker" and refs:
        who = f"“{c.names[0]}”" if c.names else "nobody"
        return f"Speaker of {refs[0]} set to {who}"
    return c.kind
