"""Look-ups the views need to lay out one Comparison: rows, coverage, navigation order.

No Qt and no analysis here: everything is read off the Comparison the engine produced
(its links and differences), arranged for display in the user's chosen column order. It is
built on the worker thread, so every index a click or F7 needs is ready before the window
shows the result (Meld's `_update_line_cache`).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
import weakref
from dataclasses import dataclass

from reader.engine import coverage
from reader.engine.model import Comparison, Difference, Sentence

HIDDEN_ROLES = ("byline",)       # outlet/date/byline lines: the column header shows them
SAME_BONUS = 0.25                # a "same" link weighs this much more than its score in rows
ESTIMATE_LINE_CHARS = 55        # characters a line of a column holds, for comparing layouts
CELL_SPACING_LINES = 0.6        # the space between two cells of a column, in lines
UNLEVEL_LINK_LINES = 4.0        # a confident link left unlevel costs as much as this many blank lines
SEARCH_BUDGET = 2500             # sentence placements spent choosing the alignment order (~40 ms)
_ROWS_CACHE: dict = {}           # id(comparison) -> (weak reference, rows): rows outlive a column move


@dataclass(frozen=True)
class Row:
    """One row of the aligned layout: for each article id, the sentence ids it holds there
    (at most one). The sentences level in a row that have counterparts are linked to one
    another; the others are sentences no other source carries (each tagged "only in"), which
    fill free cells rather than rows of their own."""

    cells: dict

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
        self._starts = {a: [s.start for s in lst] for a, lst in self.shown.items()}

        self._linked: dict[str, list[str]] = defaultdict(list)
        self.link_of: dict[frozenset, object] = {}
        for link in comparison.links:
            if link.a in self.sentence and link.b in self.sentence:
                self._linked[link.a].append(link.b)
                self._linked[link.b].append(link.a)
                self.link_of[frozenset((link.a, link.b))] = link
        self._counterparts: dict[str, list[str]] = {}

        # coverage counts confident links only, never weak ones or a shared row (engine/coverage.py)
        self.carriers: dict[str, frozenset] = {
            sid: frozenset(a for a in arts if a in self.column_of)
            for sid, arts in coverage.carriers(comparison.sentences, comparison.links).items()}
        # a source with no body text (a one-line paste is only a headline) cannot carry a
        # sentence, so it does not turn everything else into "some"
        self.n_sources = sum(1 for a in self.order if any(s.role == "body" for s in self.shown[a])) \
            or len(self.order)

        self.rows = self._build_rows()
        self.row_levels = [self.level_articles(row) for row in self.rows]   # here, on the worker
        self.row_of: dict[str, int] = {}
        for r, row in enumerate(self.rows):
            for sids in row.cells.values():
                for sid in sids:
                    self.row_of[sid] = r

        # navigation stops: typed differences in reading order (rows, then columns)
        self.stops: list[Difference] = sorted(
            (d for d in comparison.differences
             if d.a.sentence in self.row_of and d.b.sentence in self.row_of),
            key=lambda d: (self.position(d.a.sentence), d.a.start, self.position(d.b.sentence)))
        self._stop_keys = [self.position(d.a.sentence) for d in self.stops]
        self._stop_number = {id(d): i for i, d in enumerate(self.stops)}

        # per sentence pair: its differences; per article: (sentence, start, end) -> differences
        self._pair_diffs: dict[tuple[str, str], list[Difference]] = defaultdict(list)
        self.spans: dict[str, dict] = defaultdict(dict)
        for d in comparison.differences:
            self._pair_diffs[_pair(d.a.sentence, d.b.sentence)].append(d)
            for sp in (d.a, d.b):
                self.spans[sp.article].setdefault((sp.sentence, sp.start, sp.end), []).append(d)
        self.pair_links: dict[tuple[str, str], list] = defaultdict(list)
        for link in comparison.links:
            sa, sb = self.sentence.get(link.a), self.sentence.get(link.b)
            if sa is not None and sb is not None:
                kind = link_kind(link)
                self.pair_links[(sa.article, sb.article)].append((link.a, link.b, kind))
                self.pair_links[(sb.article, sa.article)].append((link.b, link.a, kind))

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
        out = self._counterparts.get(sid)
        if out is None:
            out = sorted({c for c in self._linked.get(sid, ()) if self.sentence[c].article in self.column_of},
                         key=lambda c: (self.column_of[self.sentence[c].article], self.sentence[c].index))
            self._counterparts[sid] = out
        return out

    def link(self, a: str, b: str):
        return self.link_of.get(frozenset((a, b)))

    def link_kind(self, a: str, b: str) -> str:
        """"same", "partial" or "weak" (see link_kind), "" when the two are not linked."""
        link = self.link(a, b)
        return link_kind(link) if link is not None else ""

    def differences_between(self, a: str, b: str) -> list[Difference]:
        """The differences the engine found between two sentences (of any kind)."""
        return self._pair_diffs.get(_pair(a, b), [])

    def stop_number(self, d: Difference):
        """Index of a difference in ``stops``, or None when a sentence of it is not shown."""
        return self._stop_number.get(id(d))

    def shared_fraction(self, article_id: str) -> float:
        shown = [s for s in self.shown.get(article_id, []) if s.role == "body"]
        if not shown:
            return 0.0
        return sum(1 for s in shown if len(self.carriers.get(s.id, ())) > 1) / len(shown)

    def sentence_at(self, article_id: str, offset: int) -> str:
        """The shown sentence of an article that holds a character offset, or ""."""
        shown = self.shown.get(article_id, ())
        i = bisect_right(self._starts.get(article_id, []), offset) - 1
        if i >= 0 and shown[i].start <= offset < shown[i].end:
            return shown[i].id
        return ""

    def level_set(self, sid: str) -> list[str]:
        """The sentence and the counterparts level with it in its row, in column order: those
        its confident links reach within the row (a sentence only its source carries is level
        with no counterpart; the headlines' row holds every headline, linked or not)."""
        if sid not in self.row_of or self.coverage(sid) == "only":
            return [sid]
        row = self.rows[self.row_of[sid]]
        cells = [x for a in self.order for x in row.cells.get(a, ())]
        reached, todo = {sid}, [sid]
        while todo:
            s = todo.pop()
            for x in cells:
                link = self.link(s, x)
                if x not in reached and link is not None and coverage.is_confident(link):
                    reached.add(x)
                    todo.append(x)
        return [x for x in cells if x in reached]

    def level_articles(self, row: Row) -> frozenset:
        """The articles whose sentence in this row is confidently linked to another of the row:
        the cells that must sit level. The row's other cells (a sentence only its source
        carries, or one whose counterparts sit in other rows) may move up in their column."""
        sids = {a: sids[0] for a, sids in row.cells.items() if sids}

        def level(a: str, sid: str) -> bool:
            links = (self.link(sid, other) for b, other in sids.items() if b != a)
            return any(link is not None and coverage.is_confident(link) for link in links)
        return frozenset(a for a, sid in sids.items() if level(a, sid))

    def shared_rows(self) -> int:
        """Rows where counterparts sit level (two or more sentences that other sources carry)."""
        return sum(1 for row in self.rows
                   if sum(1 for sids in row.cells.values() for x in sids if self.coverage(x) != "only") > 1)

    def filtered_rows(self, sentences: set) -> list[Row]:
        """The rows an actor filter shows: in each, the sentences named in ``sentences`` and,
        when one of them has counterparts, the row's counterparts with it; rows left empty go.
        (A sentence only one source carries may share a row with counterparts that do not
        name the actor: they are not shown for it.)"""
        key = frozenset(sentences)
        if getattr(self, "_filtered_key", None) != key:
            rows = []
            for row in self.rows:
                named = [x for sids in row.cells.values() for x in sids if x in key]
                linked = any(self.coverage(x) != "only" for x in named)
                keep = {a: tuple(x for x in sids if x in key or (linked and self.coverage(x) != "only"))
                        for a, sids in row.cells.items()}
                if any(keep.values()):
                    rows.append(Row(cells=keep))
            self._filtered_key, self._filtered_rows = key, rows
        return self._filtered_rows

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
        i = bisect_left(self._stop_keys, key) - 1
        return i if i >= 0 else None

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
    def _weight(self, a: str, b: str) -> float:
        link = self.link(a, b)
        return link.score + (SAME_BONUS if link.kind == "same" else 0.0)

    def _build_rows(self) -> list[Row]:
        """Rows that keep every article in its own order, with linked sentences level.

        Progressive alignment, as for several sequences: the first article gives the rows;
        each further one is aligned to the rows so far by the heaviest chain of (sentence,
        row) matches increasing in both, where a sentence matches a row it has confident links
        into (weight: the links' scores; the links that make coverage, engine/coverage.py). A
        sentence that matches nothing gets a row of its own after its predecessor, so no row
        holds two sets of counterparts (the columns then move it up under the cell above it,
        ColumnsView._line_up_steps); then sentences no other source carries move into
        free cells (_fill_free_slots). News articles reorder facts, so links that cross stay
        unlevel; the link maps draw them. The order the articles are aligned in is chosen for
        the shortest columns (_alignment_order), not taken from the columns: moving a column
        leaves the rows as they are.

        The headlines share the first row whatever their links: a reader compares headlines
        with headlines, and one source's unlinked headline in a row of its own left a blank of
        its height above every other headline. Links between a headline and a body sentence
        cross; the link maps draw them.
        """
        cached = _ROWS_CACHE.get(id(self.comparison))
        if cached is not None and cached[0]() is self.comparison:
            rows = cached[1]
        else:
            self._confident = {
                sid: [(o, self._weight(sid, o)) for o in others if coverage.is_confident(self.link(sid, o))]
                for sid, others in self._linked.items()}
            self._confident_ids = {sid: {o for o, _ in others} for sid, others in self._confident.items()}
            self._n_confident = sum(map(len, self._confident_ids.values())) // 2
            self._lines = {sid: -(-len(s.text) // ESTIMATE_LINE_CHARS) + CELL_SPACING_LINES
                           for sid, s in self.sentence.items()}
            self._body = {a: [s for s in shown if s.role != "headline"] for a, shown in self.shown.items()}
            headlines = {s.article: s.id for shown in self.shown.values() for s in shown
                         if s.role == "headline"}
            rows = ([headlines] if headlines else []) \
                + self._fill_free_slots(self._align(self._alignment_order()))
            _ROWS_CACHE.clear()                     # one comparison at a time is shown
            _ROWS_CACHE[id(self.comparison)] = (weakref.ref(self.comparison), rows)
        return [Row(cells={a: ((row[a],) if a in row else ()) for a in self.order}) for row in rows]

    def _alignment_order(self) -> list[str]:
        """The order to align the articles in: which one gives the rows, which come after,
        decides which crossing links stay unlevel, and so how much blank the level rows leave.
        From the comparison's own order, a short hill climb tries each article moved to the
        front and each pair of neighbours swapped, keeping the first change that costs the
        reader less (_layout_cost: blank and unlevel links; fewer rows was the aim before, but a
        row of one short sentence costs little and a level row that keeps three columns
        waiting for a fourth costs much: with eight sources the columns are a sixth shorter),
        within SEARCH_BUDGET sentence placements."""
        order = [a.id for a in self.comparison.articles if a.id in self.column_of]
        n_sentences = sum(len(v) for v in self.shown.values()) or 1
        budget = SEARCH_BUDGET // n_sentences - 1
        best = self._layout_cost(self._fill_free_slots(self._align(order))) if budget > 0 else 0.0
        improved = True
        while improved and budget > 0:
            improved = False
            tries = [[order[i]] + order[:i] + order[i + 1:] for i in range(1, len(order))]
            tries += [order[:i] + [order[i + 1], order[i]] + order[i + 2:] for i in range(1, len(order) - 1)]
            for candidate in tries:
                if budget <= 0:
                    break
                budget -= 1
                cost = self._layout_cost(self._fill_free_slots(self._align(candidate)))
                if cost < best:
                    order, best, improved = candidate, cost, True
                    break
        return order

    def _layout_cost(self, rows: list[dict]) -> float:
        """What a reader pays for these rows, in lines: how tall the columns stand when the rows
        are lined up as the columns do (ColumnsView._line_up_steps: a cell confidently linked
        to another of its row starts level with it, below what each column shows already;
        other cells follow on), plus UNLEVEL_LINK_LINES for each confident link whose two
        sentences are not level (counterparts side by side is what the view is for). A line is
        ESTIMATE_LINE_CHARS characters, a cell's spacing CELL_SPACING_LINES."""
        lines, linked, none = self._lines, self._confident_ids, set()
        bottom: dict[str, float] = defaultdict(float)
        level_links = 0
        for row in rows:
            if len(row) == 1:
                (a, sid), = row.items()
                bottom[a] += lines[sid]
                continue
            sids = row.values()
            shared = {a: len(linked.get(sid, none).intersection(sids)) for a, sid in row.items()}
            level_links += sum(shared.values())
            top = max((bottom[a] for a, k in shared.items() if k), default=0.0)
            for a, sid in row.items():
                bottom[a] = (top if shared[a] else bottom[a]) + lines[sid]
        unlevel = self._n_confident - level_links // 2
        return max(bottom.values(), default=0.0) + UNLEVEL_LINK_LINES * unlevel

    def _align(self, order: list[str]) -> list[dict]:
        """Progressive alignment of the articles in this order (see _build_rows)."""
        rows: list[dict[str, str]] = []
        for a in order:
            seq = [s.id for s in self._body[a]]
            if not rows:
                rows = [{a: sid} for sid in seq]
                continue
            row_of = {sid: r for r, row in enumerate(rows) for sid in row.values()}
            candidates = []
            for j, sid in enumerate(seq):
                weights: dict[int, float] = defaultdict(float)
                for other, w in self._confident.get(sid, ()):
                    r = row_of.get(other)
                    if r is not None:
                        weights[r] += w
                candidates.extend((j, r, w) for r, w in weights.items())
            matched = dict(heaviest_chain(candidates, len(rows)))
            merged, next_row = [], 0
            for j, sid in enumerate(seq):
                r = matched.get(j)
                if r is None:
                    merged.append({a: sid})
                    continue
                merged.extend(rows[next_row:r])
                merged.append({**rows[r], a: sid})
                next_row = r + 1
            merged.extend(rows[next_row:])
            rows = merged
        return rows

    def _fill_free_slots(self, rows: list[dict]) -> list[dict]:
        """Sentences no other source carries (tagged "only in", so nobody's counterpart) take
        the first free cells after their predecessor instead of rows of their own: with many
        sources, rows of one sentence left most of every column blank.

        The other rows stay as the alignment made them (the skeleton). Between two skeleton
        rows of its article, a run of unique sentences fills that column's cells in the rows
        between, in order; only where they are too few are rows added, at the end of the gap,
        shared by every column whose gap covers them (greedy by gap end: fewest rows added).
        Each article keeps its order; a row still holds at most one set of counterparts.
        """
        def unique(sid: str) -> bool:
            return len(self.carriers.get(sid, ())) <= 1
        skeleton = [row for row in rows if not (len(row) == 1 and unique(next(iter(row.values()))))]
        n = len(skeleton)
        row_of = {sid: r for r, row in enumerate(skeleton) for sid in row.values()}
        gaps = []                                   # (article, row before, row after, uniques)
        for a in self.order:
            before, run = -1, []
            for s in self._body[a]:
                r = row_of.get(s.id)
                if r is None:
                    run.append(s.id)
                    continue
                if run:
                    gaps.append((a, before, r, run))
                before, run = r, []
            if run:
                gaps.append((a, before, n, run))
        # added[k]: rows added just before skeleton row k (k == n: after the last)
        added = [0] * (n + 1)
        tree = [0] * (n + 2)                        # Fenwick sums over `added`

        def total(k: int) -> int:                   # sum of added[0..k]
            t, i = 0, k + 1
            while i > 0:
                t, i = t + tree[i], i - (i & -i)
            return t
        for a, before, after, run in sorted(gaps, key=lambda g: g[2]):
            short = len(run) - (after - before - 1) - (total(after) - total(before))
            if short > 0:
                added[after] += short
                i = after + 1
                while i <= n + 1:
                    tree[i], i = tree[i] + short, i + (i & -i)
        out: list[dict] = []
        place = []                                  # skeleton row k -> its index in out
        for k in range(n + 1):
            out.extend({} for _ in range(added[k]))
            if k < n:
                place.append(len(out))
                out.append(dict(skeleton[k]))
        for a, before, after, run in gaps:
            first = place[before] + 1 if before >= 0 else 0
            for slot, sid in zip(range(first, first + len(run)), run):
                out[slot][a] = sid
        return [row for row in out if row]


def link_kind(link) -> str:
    """How a link is drawn: "same" or "partial" when it is confident (it counts as coverage,
    engine/coverage.py), "weak" when the model gives it less than even odds: shown, told
    apart, never counted."""
    return link.kind if coverage.is_confident(link) else "weak"


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def heaviest_chain(candidates: list[tuple[int, int, float]], n_rows: int) -> list[tuple[int, int]]:
    """The (j, r) pairs, strictly increasing in both j and r, of largest total weight.

    candidates are (j, r, weight). Sorted by j, then r descending, each candidate extends the
    best chain ending in a smaller r (a Fenwick tree of prefix maxima), so pairs of one j
    never chain with each other. O(n log n) in the number of candidates.
    """
    if not candidates:
        return []
    order = sorted(range(len(candidates)), key=lambda k: (candidates[k][0], -candidates[k][1]))
    size = n_rows + 1
    tree_value = [0.0] * (size + 1)
    tree_at = [-1] * (size + 1)
    best = [0.0] * len(candidates)
    back = [-1] * len(candidates)
    for k in order:
        j, r, w = candidates[k]
        # best chain among rows < r: prefix maximum over tree positions 1..r
        value, at, i = 0.0, -1, r
        while i > 0:
            if tree_value[i] > value:
                value, at = tree_value[i], tree_at[i]
            i -= i & -i
        best[k], back[k] = value + w, at
        i = r + 1
        while i <= size:
            if best[k] > tree_value[i]:
                tree_value[i], tree_at[i] = best[k], k
            i += i & -i
    k = max(range(len(candidates)), key=best.__getitem__)
    chain = []
    while k >= 0:
        chain.append(candidates[k][:2])
        k = back[k]
    return chain[::-1]
