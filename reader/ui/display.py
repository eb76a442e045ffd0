"""Look-ups the views need to lay out one Comparison: rows, coverage, navigation order.

No Qt and no analysis here: everything is read off the Comparison the engine produced
(its groups and links), arranged for display in the user's chosen column order.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass

from reader.engine import coverage
from reader.engine.model import Comparison, Difference, Sentence

HIDDEN_ROLES = ("byline",)       # outlet/date/byline lines: the column header shows them


@dataclass(frozen=True)
class Row:
    """One row of the aligned layout: for each article id, the sentence ids it holds there."""

    cells: dict
    group: str = ""              # group id, or "" for a sentence that stands alone

    def articles(self) -> list[str]:
        return [a for a, sids in self.cells.items() if sids]


class DisplayIndex:
    def __init__(self, comparison: Comparison, order: list[str] | None = None):
        self.comparison = comparison
        ids = [a.id for a in comparison.articles]
        self.order = [a for a in (order or ids) if a in ids] + [a for a in ids if a not in (order or ids)]
        self.column_of = {a: i for i, a in enumerate(self.order)}
        self.sentence = {s.id: s for s in comparison.sentences}
        self.shown: dict[str, list[Sentence]] = {a: [] for a in self.order}
        for s in sorted(comparison.sentences, key=lambda s: (s.article, s.index)):
            if s.role not in HIDDEN_ROLES and s.article in self.shown:
                self.shown[s.article].append(s)
        self.is_shown = {s.id for lst in self.shown.values() for s in lst}

        self._counterparts: dict[str, list[str]] = defaultdict(list)
        self.link_of: dict[frozenset, object] = {}
        for link in comparison.links:
            self._counterparts[link.a].append(link.b)
            self._counterparts[link.b].append(link.a)
            self.link_of[frozenset((link.a, link.b))] = link
        self.group_of: dict[str, str] = {}
        self.group_sentences: dict[str, tuple[str, ...]] = {}
        for g in comparison.groups:
            self.group_sentences[g.id] = g.sentences
            for sid in g.sentences:
                self.group_of.setdefault(sid, g.id)

        n = len(self.order)
        # coverage counts confident links only, never weak ones or a shared row (engine/coverage.py)
        self.carriers: dict[str, frozenset] = {
            sid: frozenset(a for a in arts if a in self.column_of)
            for sid, arts in coverage.carriers(comparison.sentences, comparison.links).items()}
        self.n_sources = n

        self.rows = self._build_rows()
        self.row_of: dict[str, int] = {}
        for r, row in enumerate(self.rows):
            for sids in row.cells.values():
                for sid in sids:
                    self.row_of[sid] = r

        self.stops: list[Difference] = sorted(
            (d for d in comparison.differences if d.a.sentence in self.row_of),
            key=lambda d: (self.position(d.a.sentence), d.a.start, self.position(d.b.sentence)
                           if d.b.sentence in self.row_of else (0, 0)))
        self._stop_keys = [self.position(d.a.sentence) for d in self.stops]

        # per article: (sentence, start, end) -> differences marked there; per column pair: links
        self.spans: dict[str, dict] = defaultdict(dict)
        for d in comparison.differences:
            for sp in (d.a, d.b):
                self.spans[sp.article].setdefault((sp.sentence, sp.start, sp.end), []).append(d)
        self.pair_links: dict[tuple[str, str], list] = defaultdict(list)
        for link in comparison.links:
            sa, sb = self.sentence.get(link.a), self.sentence.get(link.b)
            if sa is not None and sb is not None:
                self.pair_links[(sa.article, sb.article)].append((link.a, link.b, link.kind))
                self.pair_links[(sb.article, sa.article)].append((link.b, link.a, link.kind))

        self.mentions_by_sentence: dict[str, list] = defaultdict(list)
        for actor in comparison.actors:
            for m in actor.mentions:
                sid = m.sentence or self.sentence_at(m.article, m.start)
                if sid:
                    self.mentions_by_sentence[sid].append((actor.id, m))

    # --- coverage -------------------------------------------------------------------
    def coverage(self, sid: str) -> str:
        """"all", "some" or "only": how many of the sources carry this sentence."""
        k = len(self.carriers.get(sid, ()))
        if k <= 1:
            return "only"
        return "all" if k >= self.n_sources else "some"

    def counterparts(self, sid: str) -> list[str]:
        """Linked sentences in other sources, in column order then reading order."""
        out = [c for c in self._counterparts.get(sid, ()) if c in self.sentence
               and self.sentence[c].article in self.column_of]
        return sorted(set(out), key=lambda c: (self.column_of[self.sentence[c].article],
                                               self.sentence[c].index))

    def link(self, a: str, b: str):
        return self.link_of.get(frozenset((a, b)))

    def shared_fraction(self, article_id: str) -> float:
        shown = [s for s in self.shown.get(article_id, []) if s.role == "body"]
        if not shown:
            return 0.0
        return sum(1 for s in shown if len(self.carriers.get(s.id, ())) > 1) / len(shown)

    def sentence_at(self, article_id: str, offset: int) -> str:
        for s in self.shown.get(article_id, ()):
            if s.start <= offset < s.end:
                return s.id
        return ""

    # --- order ----------------------------------------------------------------------
    def position(self, sid: str) -> tuple[int, int]:
        s = self.sentence[sid]
        return (self.row_of.get(sid, -1), self.column_of.get(s.article, 0))

    def next_difference(self, sid: str | None, current: int | None, step: int = 1) -> int | None:
        """Index into ``stops`` of the next (step=1) or previous (step=-1) difference."""
        if not self.stops:
            return None
        if current is not None and 0 <= current < len(self.stops):
            i = current + step
            return i if 0 <= i < len(self.stops) else None
        if sid is None or sid not in self.row_of:
            return 0 if step > 0 else len(self.stops) - 1
        key = self.position(sid)
        if step > 0:
            i = bisect_right(self._stop_keys, key)
            return i if i < len(self.stops) else None
        i = next((j for j in range(len(self.stops) - 1, -1, -1) if self._stop_keys[j] < key), None)
        return i

    def next_unique(self, sid: str | None, step: int = 1) -> str | None:
        """The next sentence, in the selected sentence's source, that no other source carries."""
        article = self.sentence[sid].article if sid else self.order[0] if self.order else None
        if article is None:
            return None
        shown = self.shown[article]
        here = self.sentence[sid].index if sid else (-1 if step > 0 else 10 ** 9)
        seq = shown if step > 0 else list(reversed(shown))
        for s in seq:
            if (s.index > here if step > 0 else s.index < here) and self.coverage(s.id) == "only":
                return s.id
        return None

    def step_sentence(self, sid: str | None, step: int) -> str | None:
        """The next or previous shown sentence in the same source (the first when none)."""
        if sid is None:
            first = self.shown[self.order[0]] if self.order else []
            return first[0].id if first else None
        shown = self.shown[self.sentence[sid].article]
        k = next((i for i, s in enumerate(shown) if s.id == sid), None)
        if k is None or not 0 <= k + step < len(shown):
            return None
        return shown[k + step].id

    def step_column(self, sid: str | None, step: int) -> str | None:
        """The sentence in the neighbouring column: the strongest counterpart there, else the
        one nearest in row order."""
        if sid is None:
            return self.step_sentence(None, 1)
        col = self.column_of[self.sentence[sid].article] + step
        if not 0 <= col < len(self.order):
            return None
        target = self.order[col]
        linked = [(getattr(self.link(sid, c), "score", 0.0), c) for c in self.counterparts(sid)
                  if self.sentence[c].article == target]
        if linked:
            return max(linked)[1]
        row = self.row_of.get(sid, 0)
        shown = [s.id for s in self.shown[target] if s.id in self.row_of]
        return min(shown, key=lambda x: abs(self.row_of[x] - row)) if shown else None

    # --- aligned rows ----------------------------------------------------------------
    def _build_rows(self) -> list[Row]:
        """One row per group (linked sentences sit level) or lone sentence.

        News articles reorder facts, so groups cross and no row order can keep every column
        in its own order. The first column is the reference and reads in order; a sentence of
        another column that no earlier column placed gets a key between the keys of its
        placed neighbours in its own article, so it lands near where its article tells it.
        """
        unit_of: dict[str, tuple[str, ...]] = {}
        for gid, sids in self.group_sentences.items():
            members = tuple(x for x in sids if x in self.is_shown
                            and self.sentence[x].article in self.column_of)
            for x in members:
                unit_of.setdefault(x, members)
        key: dict[tuple[str, ...], float] = {}
        first_seen: dict[tuple[str, ...], int] = {}
        for a in self.order:
            seq = [unit_of.get(s.id, (s.id,)) for s in self.shown[a]]
            for u in seq:
                first_seen.setdefault(u, len(first_seen))
            known = [(i, key[u]) for i, u in enumerate(seq) if u in key]
            top = max(key.values(), default=-1.0)
            k = 0
            for i, u in enumerate(seq):
                while k < len(known) and known[k][0] < i:
                    k += 1
                if u in key:
                    continue
                ip, kp = known[k - 1] if k > 0 else (-1, -1.0)
                inx, kn = known[k] if k < len(known) else (len(seq), top + 1.0)
                if kn <= kp:                         # crossing neighbours: stay just after prev
                    kn = kp + 1.0
                key[u] = kp + (kn - kp) * (i - ip) / (inx - ip)
                known.insert(k, (i, key[u]))
                k += 1
        rows = []
        for unit in sorted(key, key=lambda u: (key[u], first_seen[u])):
            cells = {a: () for a in self.order}
            for x in sorted(unit, key=lambda x: self.sentence[x].index):
                art = self.sentence[x].article
                cells[art] = cells[art] + (x,)
            gid = self.group_of.get(unit[0], "") if len(unit) > 1 else ""
            rows.append(Row(cells=cells, group=gid))
        return rows
