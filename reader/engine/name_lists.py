"""A list of names one sentence gives otherwise than another: with one member named differently
("the US, Great Britain and Australia" / "the US, UK and Australia") or with members left out
("Roe and Casey" / "Roe v. Wade"). This module finds the lists among a sentence's runs of names
(name_forms.name_runs) and compares them (name_differences.lists reports what it finds).
"""
from __future__ import annotations

import re
from typing import Optional

from reader.engine.name_forms import Run, list_shapes, shapes
from reader.engine.text import name_key

_CACHE_MAX = 200_000


_SAME: dict[tuple, bool] = {}


def same_name(x: Run, y: Run) -> bool:
    """Whether two runs can name one thing: they share a word (up to spelling), or one is the
    other's acronym ("FDA" / "Food and Drug Administration")."""
    key = (x.shape, y.shape)
    found = _SAME.get(key)
    if found is None:
        if len(_SAME) > _CACHE_MAX:
            _SAME.clear()
        found = _SAME[key] = _same_name(x, y)
    return found


def _same_name(x: Run, y: Run) -> bool:
    if x.words & y.words or name_key(x.surface) == name_key(y.surface):
        return True                      # "U.K." / "UK" too
    for a, b in ((x, y), (y, x)):
        if len(a.tokens) == 1 and a.tokens[0].text.isupper() and len(b.tokens) > 1:
            if name_key(a.tokens[0].text) == "".join(name_key(t.text)[:1] for t in b.tokens
                                                      if t.text[:1].isupper()):
                return True
    return False


def list_difference(runs_a: list[Run], lists_a: list[list[Run]], runs_b: list[Run],
                    lists_b: list[list[Run]], about=None, key: Optional[tuple] = None):
    """A list of names in a (lists_a, from name_lists) that the other sentence gives otherwise:
    (kind, span in a, span in b, note) where kind is "name" when one member is named
    differently in a list of b of the same length ("the US, Great Britain and Australia" /
    "the US, UK and Australia"), and "claim" when b names some members and leaves others out
    ("Roe and Casey" / "Roe v. Wade"). about(span in a, span in b), when given, says whether the
    two stand in the same place of their sentences (their neighbouring words agree). key, to
    save time: (list_shapes(lists_a), shapes(runs_b), list_shapes(lists_b))."""
    key = key or (list_shapes(lists_a), shapes(runs_b), list_shapes(lists_b))
    candidates = _LISTED.get(key)
    if candidates is None:
        if len(_LISTED) > _CACHE_MAX:
            _LISTED.clear()
        candidates = _LISTED[key] = _list_candidates(lists_a, runs_b, lists_b)

    def span(runs) -> tuple[int, int]:
        return runs[0].start, runs[-1].end

    for li, found, kind, (a0, a1), side_b, note in candidates:
        members = lists_a[li]
        if about is not None and not about(span(members), span([runs_b[found[0]], runs_b[found[1]]])):
            continue                     # the names stand in different places of the two sentences
        b_runs = lists_b[side_b[0]] if kind == "name" else runs_b
        return kind, span(members[a0:a1]), span([b_runs[side_b[1]], b_runs[side_b[2]]]), note
    return None


_LISTED: dict[tuple, list] = {}


def _list_candidates(lists_a: list[list[Run]], runs_b: list[Run], lists_b: list[list[Run]]) -> list[tuple]:
    """What list_difference reports for each list of a, before its about() test, by position:
    (list index, (first, last) runs of b that name members, kind, (first, last + 1) members of
    the list in the span of a, (list of b or 0, first, last) for the span of b, note)."""
    out = []
    for li, members in enumerate(lists_a):
        matched = [next((k for k, r in enumerate(runs_b) if same_name(m, r)), None) for m in members]
        missing = [i for i, k in enumerate(matched) if k is None]
        found = [k for k in matched if k is not None]
        if not missing or not found:
            continue
        where = (found[0], found[-1])
        twin = next((t for t, other in enumerate(lists_b) if len(other) == len(members)
                     and any(any(same_name(runs_b[f], m) for m in other) for f in found)), None)
        if twin is not None and len(missing) == 1:
            extra = [e for e, r in enumerate(lists_b[twin]) if not any(same_name(r, m) for m in members)]
            if len(extra) == 1:
                x, y = members[missing[0]], lists_b[twin][extra[0]]
                out.append((li, where, "name", (missing[0], missing[0] + 1), (twin, extra[0], extra[0]),
                            f"“{x.surface}” vs “{y.surface}” in a list of names"))
                continue
        left_out = ", ".join(members[i].surface for i in missing)
        out.append((li, where, "claim", (0, len(members)), (0, min(found), max(found)),
                    f"one source also names {left_out}"))
    return out


_COMMA_RE = re.compile(r"^\s*,\s*$")
_AND_RE = re.compile(r"^\s*,?\s*(?:and|or|&)\s*$")


def find_lists(text: str, runs: list[Run]) -> list[list[Run]]:
    """Runs of names joined into a list ("the US, Great Britain, and Australia", "Roe and
    Casey"): names joined by commas count only when "and" or "or" joins the last one, so
    "Davos, Switzerland" or "However, Pakistan" is no list."""
    lists, cur, glue = [], [], []
    for run in runs:
        between = text[cur[-1].end:run.start] if cur else ""
        possessive = cur and cur[-1].tokens[-1].bare != cur[-1].tokens[-1].text   # "Pakistan's …"
        if cur and not possessive and (_COMMA_RE.match(between) or _AND_RE.match(between)):
            cur.append(run)
            glue.append(bool(_AND_RE.match(between)))
            continue
        lists.extend(_closed(cur, glue))
        cur, glue = [run], []
    lists.extend(_closed(cur, glue))
    return lists


def _closed(members: list, glue: list[bool]) -> list:
    """The list ending at its "and": members after it ("…, Geo News") are not part of it."""
    if True not in glue:
        return []
    last = max(i for i, g in enumerate(glue) if g)
    return [members[:last + 2]]
