"""Quantities: finding them (with exact offsets), reading hedges as intervals, comparing."""
import math

import pytest

from reader.engine.quantities import Quantity, find_quantities
from reader.engine.quantity_compare import comparable, describe, is_share, note, relation


def found(text):
    """find_quantities, checking every span cuts out exactly its text."""
    quantities = find_quantities(text)
    for q in quantities:
        assert text[q.start:q.end] == q.text
    return quantities


def one(text):
    quantities = found(text)
    assert len(quantities) == 1, quantities
    return quantities[0]


# --- finding ------------------------------------------------------------------------------

def test_hedged_count_with_counted_noun():
    q = one("the lives of at least 11 police personnel, according to reports")
    assert q.text.startswith("at least 11")
    assert q.unit == "police"
    assert (q.low, q.high) == (11, math.inf)
    assert not q.exact


def test_capitalised_adjective_skipped_for_unit():
    q = one("at least 11 Iranian police officers were killed")
    assert q.text == "at least 11 Iranian police"
    assert q.unit == "police"


def test_around_a_dozen():
    q = one("killing around a dozen Iranian police forces in a raid")
    assert q.text.startswith("around a dozen")
    assert q.value == 12
    assert q.low < 12 < q.high
    assert describe(q) == "about 12"


def test_hyphenated_compound_unit():
    text = "Iran and Pakistan share a roughly 900-kilometer-long border"
    q = one(text)
    assert q.value == 900
    assert q.unit == "kilometer"
    assert q.text == "roughly 900-kilometer"
    assert q.low < 900 < q.high


@pytest.mark.parametrize("text, value", [
    ("a town of 1,200 residents", 1200),
    ("3.5 percent", 3.5),
    ("twenty-one soldiers", 21),
    ("two hundred and five cars", 205),
    ("zero deaths", 0),
])
def test_precise_numbers(text, value):
    q = one(text)
    assert q.value == value and q.low == q.high == value and q.exact


def test_millions_are_rounded_figures():
    for text in ("1.2 million people", "1.2m people"):
        q = one(text)
        assert q.value == pytest.approx(1.2e6)
        assert q.low < 1.2e6 < q.high
        assert describe(q) == "1.2 million"
    q = one("a $5bn deal")
    assert q.value == 5e9 and q.unit == "dollar" and describe(q) == "$5 billion"


def test_percentages():
    assert one("12% of voters").unit == "percent"
    assert one("12 percent of voters").value == 12
    assert describe(one("almost 90% approval")) == "nearly 90%"


def test_several_needs_a_noun():
    text = "She said the bombings killed two “innocent children” and injured several other " \
           "Pakistani civilians."
    quantities = found(text)
    assert [q.value for q in quantities[:1]] == [2]
    several = quantities[1]
    assert several.text == "several other Pakistani civilians"
    assert several.unit == "civilian"
    assert (several.low, several.high) == (3, 9)
    assert found("several of them were hurt") == []


@pytest.mark.parametrize("text, low, high", [
    ("dozens of people", 24, 100),
    ("hundreds of refugees", 200, 999),
    ("a couple of weeks", 2, 2),
    ("a few days", 2, 5),
    ("scores of houses", 40, 100),
    ("tens of thousands of protesters", 2e4, 99999),
])
def test_vague_amounts(text, low, high):
    q = one(text)
    assert (q.low, q.high) == (low, high)
    assert not q.exact
    assert q.unit


def test_half_and_ranges():
    q = one("nearly half of the voters")
    assert (q.low, q.high) == (pytest.approx(0.425), 0.5)
    assert found("in the first half of the year") == []
    assert (one("10-15 boats").low, one("10-15 boats").high) == (10, 15)
    assert (one("between 10 and 15 boats").low, one("between 10 and 15 boats").high) == (10, 15)


@pytest.mark.parametrize("hedge, low, high", [
    ("about 20", 17, 23),
    ("nearly 20", 17, 20),
    ("more than 20", 20, math.inf),
    ("up to 20", 0, 20),
    ("fewer than 20", 0, 20),
    ("under 20", 0, 20),
    ("less than 20", 0, 20),
    ("as many as 20", 0, 20),
    ("at least 20", 20, math.inf),
])
def test_hedges_become_intervals(hedge, low, high):
    q = one(hedge + " boats")
    assert (q.low, q.high) == (pytest.approx(low), high)


@pytest.mark.parametrize("sentence, text, low, high", [
    ("Under 20 boats reached the harbour.", "Under 20 boats", 0, 20),
    ("More than 20 boats reached the harbour.", "More than 20 boats", 20, math.inf),
    ("As many as 20 boats reached the harbour.", "As many as 20 boats", 0, 20),
    ("Nearly 20 boats reached the harbour.", "Nearly 20 boats", 17, 20),
    ("Less than half the boats reached the harbour.", "Less than half", 0, 0.5),
])
def test_capitalised_hedge_at_a_sentence_start(sentence, text, low, high):
    q = found(sentence)[0]
    assert (q.text, q.low, q.high) == (text, pytest.approx(low), high)


def test_periods_of_years():
    assert [(q.low, q.high, q.unit) for q in found("the lowest in nearly a century")] == \
        [(pytest.approx(85), 100, "year")]
    assert [(q.low, q.high) for q in found("the first drug in two decades")] == [(20, 20)]


def test_one_figure_written_two_ways_is_equal():
    assert relation(one("1.2 million people"), one("1,200,000 people")) == "equal"
    assert relation(one("$1 trillion"), one("1 trillion dollars")) == "equal"
    assert relation(one("about 1.2 million people"), one("1,200,000 people")) == "restated"


@pytest.mark.parametrize("text", [
    "Formed in 2012, the group",
    "in 2024 the talks resumed",
    "for the first time",
    "the 2nd attempt",
    "As of: January 17, 2024 3:35 p.m",
    "Islamabad [Pakistan], January 17 : Following",
    "on 17 January the envoy left",
    "at 3 p.m. local time",
    "No one was hurt",
    "one of the men said",
    "someone else, and they met one another",
    "COVID-19 and F-16 jets under Article 370",
    "the 1990s",
    "a 3-2 win",
])
def test_not_quantities(text):
    assert found(text) == []


def test_one_before_a_noun_counts():
    q = one("one person died")
    assert q.value == 1 and q.unit == "person"


def test_year_like_number_with_counted_noun_counts():
    assert one("2000 people came").value == 2000


def test_offsets_in_a_longer_sentence():
    text = "Officials said 9 people died, while others put it at about 12 people."
    a, b = found(text)
    assert (a.text, b.text) == ("9 people", "about 12 people")


# --- comparing ----------------------------------------------------------------------------

def test_at_least_vs_around_a_dozen_is_restated():
    a = one("at least 11 police personnel")
    b = one("around a dozen Iranian police forces")
    assert relation(a, b) == "restated"
    assert note(a, b) == "at least 11 vs about 12"
    assert comparable(a, b)


def test_two_vs_2_is_equal():
    assert relation(one("two children"), one("2 children")) == "equal"
    assert relation(one("two million"), one("2 million")) == "equal"


def test_disjoint_is_conflict():
    a, b = one("9 people"), one("11 people")
    assert relation(a, b) == "conflict"
    assert note(a, b) == "9 vs 11"


def test_exact_vs_hedged_is_restated():
    assert relation(one("11 people"), one("about 12 people")) == "restated"
    assert relation(one("1.2 million"), one("1,230,000")) == "restated"
    assert relation(one("1.2 million"), one("1,200,000")) == "equal"
    assert relation(one("a dozen"), one("12 boats")) == "restated"


def test_comparable_units():
    assert not comparable(one("12% of voters"), one("12 voters"))
    assert not comparable(one("5 boats"), one("5 cars"))
    assert comparable(one("5 boats"), one("about 5"))


def test_describe_formats():
    assert describe(one("3.50 percent")) == "3.5%"
    assert describe(one("over 1,000 troops")) == "more than 1,000"
    assert describe(one("dozens of people")) == "dozens"


def test_quantity_is_frozen():
    q = one("11 people")
    assert isinstance(q, Quantity)
    with pytest.raises(Exception):
        q.low = 3


def test_half_a_million_is_a_count_and_one_in_five_a_share():
    found = {q.text: (q.value, q.unit, is_share(q)) for q in find_quantities(
        "Half a million commuters were stranded; one in four drivers and seven in 10 cyclists stayed home.")}
    assert found == {"Half a million commuters": (500000, "commuter", False),
                     "one in four drivers": (0.25, "driver", True),
                     "seven in 10 cyclists": (0.7, "cyclist", True)}
    half, exact = find_quantities("half a million tickets")[0], find_quantities("500,000 tickets")[0]
    assert relation(half, exact) == "equal"
    # no share is more than the whole, and a count out of nothing is no share
    assert not any(is_share(q) for q in find_quantities("nine in 5 boxes and one in 0 crates"))


def test_the_size_after_a_hyphen_counts_the_noun_that_follows():
    found = [(q.text, q.unit, q.low, q.high) for q in find_quantities(
        "A 4,000-strong march and 2,000-plus stewards filled the square.")]
    assert found == [("4,000-strong march", "march", 4000, 4000),
                     ("2,000-plus stewards", "steward", 2000, float("inf"))]
