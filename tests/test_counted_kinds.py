"""Counts of one thing told with other nouns ("stores" / "supermarkets", "homes" / "houses"), and
counts in other units ("basis points" / "a percentage point"), compared as one figure. Sentences
are made up for these tests."""
from engine_helpers import articles

from reader.engine import compare, figures
from reader.engine.model import Citation, Correction
from reader.engine.quantity_compare import counted_kind


def _numbers(c):
    return [(d.a.text, d.b.text) for d in c.differences if d.kind == "number"]


def _pair(a: str, b: str, alike: bool = False):
    fa, fb = figures.Figures(a, ""), figures.Figures(b, "")
    return [(fa.quantities[i].text, fb.quantities[k].text) for i, k in figures.number_pairs(fa, fb, alike)]


def _unlinked(arts, words_a: str, words_b: str):
    """compare() with the sentences holding words_a (first article) and words_b (second) unlinked."""
    refs = []
    for art, words in ((arts[0], words_a), (arts[1], words_b)):
        start = art.text.index(words)
        end = art.text.index(".", start) + 1
        refs.append(Citation(art.id, start, end, art.text[start:end]))
    return compare(arts, corrections=[Correction("unlink", refs=tuple(refs))])


def test_nouns_of_one_kind_of_thing_count_one_thing():
    assert counted_kind("apartment") == counted_kind("home") == "dwelling"
    assert counted_kind("outlet") == counted_kind("shop") != ""
    assert counted_kind("ferry") == counted_kind("ship") != ""
    assert counted_kind("idea") == ""


def test_two_nouns_of_one_kind_are_one_slot_in_linked_sentences():
    assert _pair("The grocer will close 48 outlets across Wales by spring.",
                 "Around 60 shops face closure, the union warned.") == [("48 outlets", "Around 60 shops")]


def test_nouns_of_other_kinds_or_of_people_are_not_paired_by_their_kind():
    assert _pair("Shelling damaged 14 schools in the district.", "Shelling damaged 19 hospitals there.") == []
    # patients and survivors are both people, but people are counted in many roles in one story
    assert _pair("Doctors treated 30 patients at the scene.", "Divers brought 38 survivors ashore.") == []


def test_one_count_told_with_another_noun_in_unlinked_sentences_is_a_difference():
    arts = articles(
        a="Storm hits Corvale\n\nA tornado tore through the coastal town of Corvale on Saturday. "
          "About 80 houses were flattened in the east of the town.",
        b="Corvale counts the cost\n\nEmergency crews reached the town at dawn. "
          "Officials now say some 95 homes are beyond repair.")
    c = _unlinked(arts, "About 80", "Officials now")
    assert _numbers(c) == [("About 80 houses", "some 95 homes")]
