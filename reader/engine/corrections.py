"""Replay a reader's corrections on the engine's output, between the stages that they change.

Corrections name passages and actors by their text, not by ids, so they still apply after the
articles are analysed again (or by a later engine that segments differently); a correction
whose passage can no longer be found is skipped rather than applied to the wrong words.
"""
from __future__ import annotations

from typing import Optional, Sequence

from reader.engine.model import (Actor, Article, Citation, Correction, Difference, Link, Quote,
                                 Sentence)
from reader.engine.text import fold


UNAMBIGUOUS_LENGTH = 20      # cited words this long are taken to be the same passage wherever they moved


def locate(citation: Citation, text: str) -> Optional[tuple[int, int]]:
    """Where the cited words are now: at their old offsets if unchanged; else their only
    occurrence, or for longer citations the occurrence nearest the old place; None when the
    words are gone or too short to tell which copy was meant (never guess for "5" or "Iran")."""
    s, e = citation.start, citation.end
    if 0 <= s <= e <= len(text) and text[s:e] == citation.text:
        return s, e
    if not citation.text:
        return None
    found, pos = [], text.find(citation.text)
    while pos >= 0:
        found.append(pos)
        pos = text.find(citation.text, pos + 1)
    if not found or (len(found) > 1 and len(citation.text) < UNAMBIGUOUS_LENGTH):
        return None
    best = min(found, key=lambda p: abs(p - s))
    return best, best + len(citation.text)


def sentence_at(citation: Citation, texts: dict[str, str],
                sentences: Sequence[Sentence]) -> Optional[Sentence]:
    where = locate(citation, texts.get(citation.article, ""))
    if where is None:
        return None
    return next((s for s in sentences if s.article == citation.article
                 and s.start <= where[0] < s.end), None)


def of_kind(corrections: Sequence[Correction], *kinds: str) -> list[Correction]:
    return [c for c in corrections if c.kind in kinds]


def apply_to_links(links: Sequence[Link], articles: Sequence[Article], sentences: Sequence[Sentence],
                   corrections: Sequence[Correction]) -> list[Link]:
    texts = {a.id: a.text for a in articles}
    out = {frozenset((link.a, link.b)): link for link in links}
    for c in of_kind(corrections, "link", "unlink"):
        if len(c.refs) != 2:
            continue
        a, b = (sentence_at(r, texts, sentences) for r in c.refs)
        if a is None or b is None or a.article == b.article:
            continue
        key = frozenset((a.id, b.id))
        if c.kind == "unlink":
            out.pop(key, None)
        else:
            out[key] = Link(a=a.id, b=b.id, score=1.0, kind="same")
    return sorted(out.values(), key=lambda link: (link.a, link.b))


def _actor_with(actors: list[Actor], form: str) -> Optional[int]:
    f = fold(form)
    return next((i for i, a in enumerate(actors)
                 if f == fold(a.name) or f in {fold(x) for x in a.aliases}), None)


def apply_to_actors(actors: Sequence[Actor], corrections: Sequence[Correction]) -> list[Actor]:
    out = list(actors)
    for c in of_kind(corrections, "merge_actors", "split_actor"):
        if c.kind == "merge_actors" and len(c.names) == 2:
            i, j = _actor_with(out, c.names[0]), _actor_with(out, c.names[1])
            if i is None or j is None or i == j:
                continue
            keep, gone = out[i], out[j]
            name = keep.name            # the reader merged the second into the first: its name stays
            forms = {keep.name, gone.name, *keep.aliases, *gone.aliases} - {name}
            out[i] = Actor(id=keep.id, name=name, kind=keep.kind, aliases=tuple(sorted(forms)),
                           mentions=tuple(sorted(keep.mentions + gone.mentions,
                                                 key=lambda m: (m.article, m.start))),
                           role=keep.role or gone.role)
            del out[j]
        elif c.kind == "split_actor" and len(c.names) == 1:
            i = _actor_with(out, c.names[0])
            if i is None:
                continue
            actor, f = out[i], fold(c.names[0])
            moved = tuple(m for m in actor.mentions if fold(m.text) == f)
            kept = tuple(m for m in actor.mentions if fold(m.text) != f)
            if not moved or not kept:
                continue
            rest = {m.text for m in kept}
            name = actor.name if actor.name in rest else max(rest, key=len)
            out[i] = Actor(id=actor.id, name=name, kind=actor.kind,
                           aliases=tuple(sorted(rest - {name})), mentions=kept, role=actor.role)
            out.append(Actor(id="", name=moved[0].text, kind=actor.kind, aliases=(), mentions=moved))
    return [Actor(id=f"actor:{k + 1}", name=a.name, kind=a.kind, aliases=a.aliases,
                  mentions=a.mentions, role=a.role) for k, a in enumerate(out)]


def apply_to_quotes(quotes: Sequence[Quote], actors: Sequence[Actor], articles: Sequence[Article],
                    corrections: Sequence[Correction]) -> list[Quote]:
    texts = {a.id: a.text for a in articles}
    out = list(quotes)
    for c in of_kind(corrections, "set_speaker"):
        if len(c.refs) != 1:
            continue
        ref = c.refs[0]
        where = locate(ref, texts.get(ref.article, ""))
        if where is None:
            continue
        k = next((k for k, q in enumerate(out) if q.article == ref.article
                  and q.start <= where[0] < q.end), None)
        if k is None:
            continue
        speaker = None
        if c.names:
            i = _actor_with(list(actors), c.names[0])
            if i is None:
                continue
            speaker = actors[i].id
        q = out[k]
        out[k] = Quote(id=q.id, article=q.article, sentence=q.sentence, start=q.start, end=q.end,
                       text=q.text, kind=q.kind, speaker=speaker, cue=q.cue)
    return out


def apply_to_differences(diffs: Sequence[Difference], articles: Sequence[Article],
                         corrections: Sequence[Correction]) -> list[Difference]:
    texts = {a.id: a.text for a in articles}
    dismissed = []
    for c in of_kind(corrections, "dismiss"):
        if len(c.refs) == 2:
            spots = [locate(r, texts.get(r.article, "")) for r in c.refs]
            if None not in spots:
                dismissed.append((c.value, {(r.article, s) for r, s in zip(c.refs, spots)}))

    def is_dismissed(d: Difference) -> bool:
        sides = {(d.a.article, (d.a.start, d.a.end)), (d.b.article, (d.b.start, d.b.end))}
        return any((not kind or kind == d.kind) and sides == spots for kind, spots in dismissed)

    return [d for d in diffs if not is_dismissed(d)]
