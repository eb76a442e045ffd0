"""Turn what the reader selected (and picked in small dialogs) into engine Corrections, and say
in words what each correction does, for the notes panel.

`choose(title, prompt, items) -> index or None` asks the reader to pick one item; the
workspace passes a dialog, tests pass a function. Each builder returns a Correction, or a
message (str) saying why there is nothing to correct.
"""
from __future__ import annotations

from typing import Callable, Optional, Union

from reader.document.describe import quoted, short
from reader.document.model import cite_sentence
from reader.engine.model import Citation, Correction
from reader.words import counted

Choose = Callable[[str, str, list], Optional[int]]
Outcome = Union[Correction, str, None]      # None: the reader cancelled a dialog


def _cite(span) -> Citation:
    return Citation(span.article, span.start, span.end, span.text)


# --- sentences --------------------------------------------------------------------------------

def link(session, first: str, second: str) -> Union[Correction, str]:
    """Link two sentences of different sources."""
    idx, c = session.index, session.comparison
    if idx is None or first not in idx.sentence or second not in idx.sentence:
        return "Select two sentences to link."
    if idx.sentence[first].article == idx.sentence[second].article:
        return "Pick the sentence to link with in another source."
    if idx.link(first, second) is not None:
        return "These sentences are already linked."
    return Correction("link", refs=(cite_sentence(c, first), cite_sentence(c, second)))


def unlink(session, choose: Choose) -> Outcome:
    """Unlink the selected sentence from one of its counterparts (asks which when several)."""
    idx, c, sid = session.index, session.comparison, session.selected
    if idx is None or not sid:
        return "Select a sentence to unlink."
    others = [o for o in idx.counterparts(sid) if idx.link(sid, o) is not None]
    if not others:
        return "The selected sentence is not linked to any other."
    k = 0
    if len(others) > 1:
        k = choose("Unlink Sentence", "Unlink the selected sentence from:",
                   [f"{session.label(idx.sentence[o].article)}: {short(idx.sentence[o].text, 90)}"
                    for o in others])
        if k is None:
            return None
    return Correction("unlink", refs=(cite_sentence(c, sid), cite_sentence(c, others[k])))


# --- differences ------------------------------------------------------------------------------

def dismiss(session, choose: Choose) -> Outcome:
    """Dismiss the focused difference, or one of the selected sentence's differences."""
    idx, c = session.index, session.comparison
    if idx is None:
        return "Nothing to dismiss."
    i = session.focus.difference
    if i is not None and 0 <= i < len(idx.stops):
        d = idx.stops[i]
    else:
        diffs = c.differences_of(session.selected) if session.selected else []
        if not diffs:
            return "Select a difference (F7 goes to the next one) to dismiss it."
        k = 0
        if len(diffs) > 1:
            k = choose("Dismiss Difference", "Dismiss which difference?",
                       [f"{d.kind}: {short(d.note or d.a.text + ' vs ' + d.b.text, 90)}" for d in diffs])
            if k is None:
                return None
        d = diffs[k]
    return Correction("dismiss", refs=(_cite(d.a), _cite(d.b)), value=d.kind)


# --- actors and quotes ------------------------------------------------------------------------

def _actor_items(actors) -> list[str]:
    return [f"{a.name} ({a.kind}, {counted(len(a.mentions), 'mention')})"
            for a in actors]


def _ordered_actors(session) -> list:
    """Actors with the selected (filtered) one first."""
    actors = list(session.comparison.actors)
    chosen = [a for a in actors if a.id == session.actor]
    return chosen + [a for a in actors if a.id != session.actor]


def merge_actors(session, choose: Choose) -> Outcome:
    if session.comparison is None or len(session.comparison.actors) < 2:
        return "There are no two actors to merge."
    actors = _ordered_actors(session)
    i = choose("Merge Actors", "Merge this actor…", _actor_items(actors))
    if i is None:
        return None
    rest = [a for k, a in enumerate(actors) if k != i]
    j = choose("Merge Actors", f"…into which actor? “{actors[i].name}” becomes one of its names, and the "
                               f"merged actor keeps the name of the one you pick.", _actor_items(rest))
    if j is None:
        return None
    # the actor merged into comes first: its name is the one kept (see engine.corrections)
    return Correction("merge_actors", names=(rest[j].name, actors[i].name))


def split_actor(session, choose: Choose) -> Outcome:
    if session.comparison is None:
        return "There are no actors."
    actors = [a for a in _ordered_actors(session) if len({m.text.casefold() for m in a.mentions}) > 1]
    if not actors:
        return "No actor is named in more than one way, so there is nothing to split off."
    i = 0
    if len(actors) > 1 or actors[0].id != session.actor:
        i = choose("Split Actor", "Split a name off which actor?", _actor_items(actors))
        if i is None:
            return None
    forms = sorted({m.text for m in actors[i].mentions}, key=str.casefold)
    j = choose("Split Actor", f"Which name of “{actors[i].name}” is someone else?", forms)
    if j is None:
        return None
    return Correction("split_actor", names=(forms[j],))


def set_speaker(session, choose: Choose) -> Outcome:
    c, idx = session.comparison, session.index
    if c is None or idx is None:
        return "There are no quotes."
    q = next((q for q in c.quotes if q.id == session.focus.quote), None)
    if q is None and session.selected:
        q = next((q for q in c.quotes if q.sentence == session.selected), None)
    if q is None:
        return "Select a quote (in the Quotes panel, or its sentence) to change its speaker."
    actors = [a for a in c.actors if a.kind != "place"] or list(c.actors)
    items = ["Nobody (no speaker)"] + _actor_items(actors)
    k = choose("Change Speaker", f"Who says {quoted(short(q.text, 80))}?", items)
    if k is None:
        return None
    names = () if k == 0 else (actors[k - 1].name,)
    return Correction("set_speaker", refs=(Citation(q.article, q.start, q.end, q.text),), names=names)
