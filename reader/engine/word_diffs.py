"""Word-level diffs of linked sentences, for display: which words one sentence has and the
other lacks.

A module of its own, apart from the difference finder, because it is light: a comparison
carries a WordDiffs, so whatever unpickles one (the window reading the analysis it forked at
start-up, ui/prefetch.py) imports this module, and that should not cost the finder's imports.
"""
from __future__ import annotations

import re

from diff_match_patch import diff_match_patch

from reader.engine.model import DiffOp, Sentence

_TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*\s*|[^\w\s]\s*|\s+")  # a word keeps its trailing space


def word_diff(a: str, b: str) -> list[DiffOp]:
    """Word-level diff of two sentences (diff-match-patch over word tokens, semantic cleanup)."""
    table: dict[str, str] = {}
    pieces: list[str] = []

    def encode(s: str) -> str:
        out = []
        for tok in _TOKEN_RE.findall(s):
            if tok not in table:
                table[tok] = chr(0xE000 + len(pieces)) if len(pieces) < 6400 else chr(0xF0000 + len(pieces))
                pieces.append(tok)
            out.append(table[tok])
        return "".join(out)

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0.2
    raw = dmp.diff_main(encode(a), encode(b), False)
    diffs = list(raw)
    dmp.diff_cleanupSemantic(diffs)
    back = {v: k for k, v in table.items()}
    if not any(op == 0 and any(back[c].strip() and back[c][0].isalnum() for c in chars)
               for op, chars in diffs):
        diffs = raw   # loosely linked sentences: show the words they do share, not one big swap
    return [DiffOp(op, "".join(back[c] for c in chars)) for op, chars in diffs]


class WordDiffs(dict):
    """Word diffs of sentence pairs, keyed (sentence id a, sentence id b), worked out when first
    asked for: a view shows a few at a time, so computing thousands up front is wasted."""

    def __init__(self, sentences: dict[str, Sentence]):
        super().__init__()
        self._sentences = sentences

    def __missing__(self, key: tuple[str, str]) -> list[DiffOp]:
        a, b = key
        ops = word_diff(self._sentences[a].text, self._sentences[b].text)
        self[key] = ops
        return ops

    def __contains__(self, key: object) -> bool:
        return isinstance(key, tuple) and len(key) == 2 and all(k in self._sentences for k in key)

    def get(self, key, default=None):
        return self[key] if key in self else default
