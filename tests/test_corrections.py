"""A reader's corrections are replayed on every analysis, by text, not by ids."""
from engine_helpers import actor_named, articles, linked, sentence_with

from reader.document.model import resolve
from reader.engine import compare
from reader.reading import article_from_text
from reader.engine.model import Citation, Correction

A = ("Quake\n\nA strong earthquake struck Izmir on Friday, killing at least 12 people. "
     "The mayor praised volunteers. Minister Ali Koc said: \"We will rebuild.\"")
B = ("Izmir quake\n\nAn earthquake hit Izmir on Friday and killed 9 people. "
     "Volunteers were thanked by the city. Officials promised to rebuild the town.")


def cite(c, sentence):
    return Citation(sentence.article, sentence.start, sentence.end, sentence.text)


def test_link_and_unlink_survive_reanalysis():
    arts = articles(a=A, b=B)
    c = compare(arts)
    quake_a, quake_b = sentence_with(c, "a", "strong earthquake"), sentence_with(c, "b", "An earthquake")
    mayor, thanked = sentence_with(c, "a", "mayor praised"), sentence_with(c, "b", "Volunteers were")
    assert linked(c, quake_a, quake_b)
    fixes = (Correction("unlink", (cite(c, quake_a), cite(c, quake_b))),
             Correction("link", (cite(c, mayor), cite(c, thanked))))
    again = compare(arts, corrections=fixes)
    assert not linked(again, quake_a, quake_b)
    assert linked(again, mayor, thanked)
    assert any(set(g.sentences) == {mayor.id, thanked.id} for g in again.groups)


def test_dismissed_difference_stays_dismissed():
    arts = articles(a=A, b=B)
    c = compare(arts)
    number = next(d for d in c.differences if d.kind == "number")
    fix = Correction("dismiss", (Citation(number.a.article, number.a.start, number.a.end, number.a.text),
                                 Citation(number.b.article, number.b.start, number.b.end, number.b.text)),
                     value="number")
    again = compare(arts, corrections=(fix,))
    assert not [d for d in again.differences if d.kind == "number"]
    assert len(again.differences) == len(c.differences) - 1


def test_merge_split_and_speaker_corrections():
    arts = articles(a=A + " Koc visited Izmir.", b=B)
    c = compare(arts)
    assert actor_named(c, "Izmir") and actor_named(c, "Ali Koc")
    merged = compare(arts, corrections=(Correction("merge_actors", names=("Izmir", "Ali Koc")),))
    assert actor_named(merged, "Izmir").id == actor_named(merged, "Ali Koc").id
    split = compare(arts, corrections=(Correction("split_actor", names=("Koc",)),))
    assert actor_named(split, "Koc").id != actor_named(split, "Ali Koc").id
    quote = next(q for q in c.quotes if q.kind == "direct")
    assert c.actor(quote.speaker).name == "Ali Koc"
    ref = Citation(quote.article, quote.start, quote.end, quote.text)
    fixed = compare(arts, corrections=(Correction("set_speaker", (ref,), names=("Izmir",)),))
    q = next(q for q in fixed.quotes if q.kind == "direct")
    assert fixed.actor(q.speaker).name == "Izmir"


def test_a_citation_still_resolves_after_the_text_moves():
    c = compare(articles(a=A, b=B))
    s = sentence_with(c, "a", "mayor praised")
    note_cite = cite(c, s)
    edited = [article_from_text(A.replace("Quake\n\n", "Quake\n\nUpdated 10:00.\n\n"), "a"),
              article_from_text(B, "b")]
    again = compare(edited)
    moved = resolve(note_cite, again)
    assert moved is not None and moved.start > note_cite.start
    assert again.article("a").text[moved.start:moved.end] == s.text
    gone = Citation("a", 0, 5, "no such words here")
    assert resolve(gone, again) is None


def test_short_cited_words_that_moved_are_not_guessed():
    from reader.engine.corrections import locate
    text = "Police said 5 people died. Later 5 more were found."
    assert locate(Citation("a", 12, 13, "5"), text) == (12, 13)           # still in place
    assert locate(Citation("a", 3, 4, "5"), text) is None                  # moved, two copies
    assert locate(Citation("a", 0, 4, "died"), text) == (21, 25)           # moved, one copy


def test_rows_after_a_correction_are_the_rows_the_engine_would_make():
    """A correction that changes no link (an unlink of two sentences that were not linked)
    leaves every row as it was: the headlines keep their row though a body sentence is linked
    more strongly to one of them."""
    arts = articles(a="Flood forces 3,000 from homes in Valdora\n\nHeavy rain fell for a week. "
                      "Officials opened schools as shelters.",
                    b="Valdora flood: thousands leave homes\n\nThe flood forced 3,000 from homes in "
                      "Valdora on Monday. The mayor thanked volunteers.")
    c = compare(arts)
    heads = {s.id for s in c.sentences if s.role == "headline"}
    assert any(heads <= set(g.sentences) for g in c.groups)
    rain, mayor = sentence_with(c, "a", "Heavy rain"), sentence_with(c, "b", "mayor thanked")
    assert not linked(c, rain, mayor)
    again = compare(arts, corrections=(Correction("unlink", (cite(c, rain), cite(c, mayor))),))
    assert again.links == c.links
    assert again.groups == c.groups
