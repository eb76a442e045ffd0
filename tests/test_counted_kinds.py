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


def _unlinked(arts, words_a: str, *words_b: str):
    """compare() with the sentence holding words_a (first article) unlinked from each sentence
    holding one of words_b (second article)."""
    fixes = []
    for words in words_b:
        refs = []
        for art, said in ((arts[0], words_a), (arts[1], words)):
            start = art.text.index(said)
            end = art.text.index(".", start) + 1
            refs.append(Citation(art.id, start, end, art.text[start:end]))
        fixes.append(Correction("unlink", refs=tuple(refs)))
    return compare(arts, corrections=fixes)


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
    assert _pair("Floods drowned 300 cattle near Orsk.", "Floods drowned 340 sheep near Orsk.") == []
    # patients and firefighters are both people, but people are counted in many roles in one story
    assert _pair("Doctors treated 30 patients at the scene.", "Divers brought 38 firefighters ashore.") == []


def test_one_count_told_with_another_noun_in_unlinked_sentences_is_a_difference():
    arts = articles(
        a="Storm hits Corvale\n\nA tornado tore through the coastal town of Corvale on Saturday. "
          "About 80 houses were flattened in the east of the town.",
        b="Corvale counts the cost\n\nEmergency crews reached the town at dawn. "
          "Officials now say some 95 homes are beyond repair.")
    c = _unlinked(arts, "About 80", "Officials now")
    assert _numbers(c) == [("About 80 houses", "some 95 homes")]


# --- percentage points and basis points ---------------------------------------------------------

def test_basis_points_are_hundredths_of_a_percentage_point():
    from reader.engine.quantities import POINT, find_quantities
    found = [(q.text, q.unit, q.value) for q in find_quantities(
        "Lenders added 40 basis points; the regulator wants half a percentage point, the union "
        "1.5 percentage points, the mayor 0.3 percentage point, and the index fell 300 points.")]
    assert found == [("40 basis points", POINT, 0.4), ("half a percentage point", POINT, 0.5),
                     ("1.5 percentage points", POINT, 1.5), ("0.3 percentage point", POINT, 0.3),
                     ("300 points", "point", 300.0)]


def test_one_move_of_a_rate_in_basis_points_and_in_percentage_points_is_compared():
    assert _pair("The Bank of Ruritania lifted its key rate by 50 basis points to 9.25% on Thursday.",
                 "Borrowing costs went up a full percentage point to 9.25%.") == \
        [("50 basis points", "a full percentage point")]
    # the same move in the other unit is no difference
    assert _pair("The Bank of Ruritania lifted its key rate by 50 basis points to 9%.",
                 "Borrowing costs went up by half a percentage point to 9%.") == []


def test_moves_in_percentage_points_of_unlinked_sentences_are_not_compared():
    # a point is a measure: many rates move by points in one story, and only a link says which
    arts = articles(
        a="Jobs in Ruritania\n\nThe statistics office published its labour survey on Friday. "
          "Unemployment fell 0.3 percentage point to 5.1% in March.",
        b="Ruritania economy\n\nThe central bank meets next week. "
          "Mortgage rates rose 0.25 percentage point over the month.")
    c = _unlinked(arts, "Unemployment fell", "Mortgage rates")
    assert _numbers(c) == []


# --- people counted by another role -------------------------------------------------------------

def test_each_sentence_s_one_count_of_one_kind_of_people_is_one_slot():
    assert counted_kind("villager") == counted_kind("resident") != counted_kind("passenger")
    assert _pair("Three employees of the Ruritanian consulate were ordered to leave, the ministry said.",
                 "Officials expelled two Ruritanian diplomats on Friday.") == \
        [("Three employees", "two Ruritanian diplomats")]


def test_people_of_one_kind_counted_for_other_events_or_among_others_stay_apart():
    # killed and wounded are two counts, though both of workers
    assert _pair("Gunmen killed 14 officers at the Tarvik depot.",
                 "Nine soldiers were wounded in Tarvik.") == []
    # a sentence with two counts of people does not say which one the other restates
    assert _pair("Three employees and four nurses of the consulate were ordered to leave.",
                 "Officials expelled two Ruritanian diplomats on Friday.") == []
    # "people" is too general to say two counts are one without shared words
    assert _pair("Doctors treated 30 people at the scene.", "Divers brought 38 people ashore.") == []


# --- vague amounts in sentences the linker did not join -----------------------------------------

def test_a_vague_amount_without_digits_is_read_in_unlinked_sentences():
    arts = articles(
        a="Strike at Pelham quarry\n\nWork stopped at the Pelham quarry on Monday. "
          "Dozens of quarrymen walked out over pay.",
        b="Pelham walkout\n\nThe owners said talks would resume. "
          "Union officials said 55 quarrymen had joined the walkout.")
    c = _unlinked(arts, "Dozens of", "Union officials")
    assert _numbers(c) == [("Dozens of quarrymen", "55 quarrymen")]


def test_a_vague_amount_and_an_article_s_one_figure_of_that_count_are_one_count_however_far_apart():
    arts = articles(
        a="Floods in Varessa\n\nRivers burst their banks across the Varessa valley. "
          "Hundreds of people died as the water rose.",
        b="Varessa flood toll\n\nRescue work went on into the night. "
          "The ministry said 1,240 people had died.")
    c = _unlinked(arts, "Hundreds of", "The ministry")
    assert _numbers(c) == [("Hundreds of people", "1,240 people")]


def test_a_vague_amount_meets_no_figure_of_an_article_that_gives_several():
    arts = articles(
        a="Floods in Varessa\n\nRivers burst their banks across the Varessa valley. "
          "Hundreds of people died as the water rose.",
        b="Varessa flood toll\n\nThe ministry said 1,240 people had died. "
          "In 2019 some 2,100 people died in a flood of the same river.")
    c = _unlinked(arts, "Hundreds of", "The ministry", "In 2019")
    assert [pair for pair in _numbers(c) if pair[0] == "Hundreds of people"] == []


# --- crowds: people counted in hundreds or more --------------------------------------------------

def test_two_close_counts_of_hundreds_of_people_in_any_words_are_one_crowd():
    arts = articles(
        a="Blaze near Torrin\n\nA forest fire spread towards Torrin overnight. "
          "Roughly 800 tourists spent the night in a sports hall.",
        b="Torrin fire\n\nCrews fought the flames from the air. "
          "Police said about 950 people were sheltering in schools.")
    c = _unlinked(arts, "Roughly 800", "Police said")
    assert _numbers(c) == [("Roughly 800 tourists", "about 950 people")]


def test_crowds_counted_for_other_events_or_small_counts_are_not_one_crowd():
    arts = articles(
        a="Blaze near Torrin\n\nA forest fire spread towards Torrin overnight. "
          "Roughly 800 tourists were evacuated.",
        b="Torrin fire\n\nCrews fought the flames from the air. "
          "Police said about 950 people were arrested at the rally.")
    assert _numbers(_unlinked(arts, "Roughly 800", "Police said")) == []
    arts = articles(
        a="Blaze near Torrin\n\nA forest fire spread towards Torrin overnight. "
          "Roughly 80 tourists spent the night in a sports hall.",
        b="Torrin fire\n\nCrews fought the flames from the air. "
          "Police said about 95 people were sheltering in schools.")
    assert _numbers(_unlinked(arts, "Roughly 80", "Police said")) == []


def test_counts_of_one_noun_for_other_events_are_not_one_count():
    arts = articles(
        a="Blaze near Torrin\n\nA forest fire spread towards Torrin overnight. "
          "Some 40 tourists were evacuated from the campsite.",
        b="Torrin fire\n\nCrews fought the flames from the air. "
          "Police said 46 tourists were arrested for lighting barbecues.")
    assert _numbers(_unlinked(arts, "Some 40", "Police said")) == []


def test_a_vague_amount_is_no_misstatement_of_a_figure_ten_times_beyond_it():
    assert _pair("The bill cleared the chamber by a handful of votes.",
                 "Lawmakers approved it with 412 votes.") == []
    arts = articles(
        a="Floods in Varessa\n\nRivers burst their banks across the Varessa valley. "
          "Dozens of people died as the water rose.",
        b="Varessa flood toll\n\nRescue work went on into the night. "
          "The ministry said 1,240 people had died.")
    assert _numbers(_unlinked(arts, "Dozens of", "The ministry")) == []
