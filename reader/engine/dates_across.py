"""Days two articles give for one event, in sentences that were not linked.

Outlets that disagree on when something happened ("the mine reopened on Thursday" / "miners
returned to the pits on Friday morning") often word the rest differently too, so the link
model scores the two sentences low and the date comparison of linked sentences
(figures.date_pairs) never sees them.
Here every day a sentence names (a weekday, or a calendar day its article's date places in the
week) is indexed by its weekday, and two sentences of two articles are compared when:

- they name different days in the same role ("on Tuesday" / "on Monday night"; "since Monday"
  and "before it left port on Saturday" are other roles), and neither article names the
  other's day anywhere (then both know both days, and the two sentences date two things);
- they say what happened alike: a name in common, an event class in common
  (resources/wordlists/counted_events.txt: "strike" / "walkout"), or at least SHARED_CONCEPTS
  content words in common.

Each sentence meets at most one sentence of each other article: the one it has most in common
with.
"""
from __future__ import annotations

import re
from collections import defaultdict

from reader.engine import dates, figures
from reader.engine.figures_across import closest_unshown, event_classes
from reader.engine.model import Difference
from reader.engine.text import WORD_RE

SHARED_CONCEPTS = 2          # content words two sentences share to say alike without a name or event
CROWDED = 6                  # sentences naming days in one article beyond this: a timeline, not one event

CLAUSE_CHARS = 40            # characters before a day where a clause of another event may begin
# "before it left port on Saturday": the day dates what the clause says, not the sentence's event
# ("before dawn on Sunday" says when in the day, not another event)
_CLAUSE_RE = re.compile(r"\b(before|after|since|until|till|when|while|once)\b"
                        r"(?!\s+(?:dawn|daybreak|sunrise|noon|midday|sunset|dusk|nightfall|midnight)\b)"
                        r"[^,;:]*\Z", re.IGNORECASE)
_WEEKDAY_RE = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def weekday_of(mention: dates.DateMention) -> str | None:
    """The weekday a mention names, as written ("Tuesday night" -> "tuesday") or as its
    calendar day falls; None for a mention that is not one day (a month, a time, "last week")."""
    m = _WEEKDAY_RE.search(mention.text)
    if m:
        return m.group().lower()
    if mention.value.startswith("weekday:"):
        return mention.value[8:]
    day = dates.as_date(mention.value)
    return dates.WEEKDAYS[day.weekday()] if day else None


class _Day:
    """One day named in one sentence, with what comparing it needs worked out once."""

    __slots__ = ("f", "d", "weekday", "role", "events")

    def __init__(self, f, d: dates.DateMention, weekday: str, role: str, events: frozenset):
        self.f, self.d, self.weekday, self.role, self.events = f, d, weekday, role, events


# a sentence may name a day only with a weekday, a word of days relative to the article's date,
# or a month and a digit: the others are not read for dates (most sentences of a news cycle)
_MAY_NAME_DAY_RE = re.compile(r"day\b|\b(?:tonight|tomorrow|ago|last night)\b", re.IGNORECASE)
_MONTH_RE = re.compile(rf"\b{dates.MONTH_NAME}\b")


def _dated(f) -> tuple[list, list]:
    """(dates, their roles) of a sentence, none when it cannot name a day: its dates alone
    (its quantities are not needed here), the same whether or not its figures were worked out
    for a link before (on a large comparison that depends on the timing of a forked child)."""
    text = f.text
    if not (_MAY_NAME_DAY_RE.search(text) or _DIGIT_RE.search(text) and _MONTH_RE.search(text)):
        return [], []
    facts, a = f.facts, f.s.article
    when = (facts.date_of.get(a, ""), facts.day_first.get(a))

    def found():
        found = dates.find_dates(text, when[0] or None, day_first=when[1])
        return found, [figures.date_role(text, d) for d in found]
    return facts.once(("days", text, when), found)


_DIGIT_RE = re.compile(r"\d")


def _days_of(f) -> list[_Day]:
    out, events = [], None
    for d, role in zip(*_dated(f)):
        weekday = weekday_of(d)
        if weekday is None:
            continue
        clause = _CLAUSE_RE.search(f.text, max(0, d.start - CLAUSE_CHARS), d.start)
        if clause:
            role = role or clause.group(1).lower()
        if events is None:
            events = frozenset(event_classes(WORD_RE.findall(f.text)))
        out.append(_Day(f, d, weekday, role, events))
    return out


def _alike(x: _Day, y: _Day) -> int:
    """How much two sentences say alike (0: not the same event)."""
    fa, fb = x.f, y.f
    names = len(fa.run_keys & fb.run_keys)
    events = len(x.events & y.events)
    concepts = len(fa.concepts & fb.concepts)
    if names or events or concepts >= SHARED_CONCEPTS:
        return 2 * (names + events) + concepts
    return 0


def across(facts, linked: set, reported: list[Difference]) -> list[Difference]:
    """Date differences between unlinked sentences of two articles (see the module docstring).
    linked: (sentence id, sentence id) of every link; reported: differences found so far (a
    pair of sentences already showing a date difference is not shown another)."""
    shown = {(d.a.sentence, d.b.sentence) for d in reported if d.kind == "date"}
    by_article: dict[str, list[_Day]] = defaultdict(list)
    for f in facts.by_id().values():
        if f.s.role == "byline":
            continue
        by_article[f.s.article] += _days_of(f)
    for art, found in list(by_article.items()):
        if len({x.f.s.id for x in found}) > CROWDED:
            del by_article[art]
    out: list[Difference] = []
    articles = sorted(by_article)
    for n, art_a in enumerate(articles):
        for art_b in articles[n + 1:]:
            out += _between(by_article[art_a], by_article[art_b], linked, shown, facts)
    dated = [d for d in reported if d.kind == "date"] + out
    return out + _carried(dated, by_article, linked, shown, facts)


def _carried(dated: list[Difference], by_article: dict, linked: set, shown: set, facts) -> list[Difference]:
    """A day two sources disagree on, carried over a link to a third source that gives one of
    them: "the court ruled on Thursday" (A) vs "the ruling came on Wednesday" (B), and a sentence
    of C linked to A's that names Thursday too, differs from B's as A's does (when C never names
    Wednesday and B never names Thursday)."""
    days_in = {art: {x.weekday for x in found} for art, found in by_article.items()}
    days_of: dict[str, list[_Day]] = defaultdict(list)
    for found in by_article.values():
        for x in found:
            days_of[x.f.s.id].append(x)
    ends = {span.sentence for d in dated for span in (d.a, d.b)}
    partners: dict[str, set] = defaultdict(set)
    for a, b in linked:
        if a in ends and b in days_of:
            partners[a].add(b)
        if b in ends and a in days_of:
            partners[b].add(a)
    agreeing: dict[int, list[_Day]] = {}        # id of a day -> its partners' days that agree

    def agree(x: _Day) -> list[_Day]:
        got = agreeing.get(id(x))
        if got is None:
            got = agreeing[id(x)] = [z for z_id in sorted(partners[x.f.s.id]) for z in days_of[z_id]
                                     if z.weekday == x.weekday and z.role == x.role]
        return got

    out = []
    for d in dated:
        for here, there in ((d.a, d.b), (d.b, d.a)):
            if here.sentence not in partners:
                continue
            x = _day_at(days_of, here)
            y = _day_at(days_of, there)
            if x is None or y is None or x.weekday == y.weekday:
                continue
            for z in agree(x):
                art_c = z.f.s.article
                if art_c in (here.article, there.article) or y.weekday in days_in[art_c] \
                        or z.weekday in days_in[there.article]:
                    continue
                pair = (z.f.s.id, there.sentence)
                if pair in shown or pair[::-1] in shown:
                    continue
                shown.add(pair)
                sz, sy = z.f.s, y.f.s
                out.append(Difference("date", facts.span(sz, sz.start + z.d.start, sz.start + z.d.end),
                                      facts.span(sy, sy.start + y.d.start, sy.start + y.d.end),
                                      f"{z.d.text} vs {y.d.text}"))
                break
    return out


def _day_at(days_of: dict, span) -> _Day | None:
    """The day of a sentence a difference's span shows."""
    for x in days_of.get(span.sentence, ()):
        if x.d.text == span.text:
            return x
    return None


def _between(in_a: list[_Day], in_b: list[_Day], linked: set, shown: set, facts) -> list[Difference]:
    """The date differences of two articles' days: only days the other article never names."""
    days_a, days_b = {x.weekday for x in in_a}, {y.weekday for y in in_b}
    only_a = [x for x in in_a if x.weekday not in days_b]
    only_b = [y for y in in_b if y.weekday not in days_a]
    candidates = []
    for x in only_a:
        for y in only_b:
            if x.role != y.role:
                continue
            score = _alike(x, y)
            if score:
                candidates.append((-score, x, y))
    out = []
    for x, y in closest_unshown(candidates, linked, shown, side=lambda day: day.f.s.id):
        sa, sb = x.f.s, y.f.s
        shown.add((sa.id, sb.id))
        out.append(Difference("date", facts.span(sa, sa.start + x.d.start, sa.start + x.d.end),
                              facts.span(sb, sb.start + y.d.start, sb.start + y.d.end),
                              f"{x.d.text} vs {y.d.text}"))
    return out
