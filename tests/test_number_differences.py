"""Number differences a fact-checker would flag: two figures of one count in linked sentences
that share no other words, sums in currencies other than the US dollar, and figures of one count
in sentences the linker did not join. Sentences are made up for these tests."""
from engine_helpers import articles

from reader.engine import compare, figures
from reader.engine.model import Citation, Correction
from reader.engine.quantities import find_quantities
from reader.engine.quantity_compare import describe


def _numbers(c):
    return [d for d in c.differences if d.kind == "number"]


def _pair(a: str, b: str):
    fa, fb = figures.Figures(a, ""), figures.Figures(b, "")
    return [(fa.quantities[i].text, fb.quantities[k].text) for i, k in figures.number_pairs(fa, fb)]


# --- D1: one counted noun is shared context ---------------------------------------------------

def test_two_figures_of_one_counted_noun_are_one_slot_though_no_other_word_is_shared():
    assert _pair("The mayor won the runoff by 212 ballots, officials announced.",
                 "Her final margin stood at 236 ballots.") == [("212 ballots", "236 ballots")]


def test_a_compound_counts_what_its_head_counts():
    assert _pair("Some 3,000 steelworkers walked off the job in Tarvik.",
                 "Union leaders put turnout at nearly 4,000 workers.") == \
        [("Some 3,000 steelworkers", "nearly 4,000 workers")]


def test_a_vague_amount_and_a_figure_of_one_counted_noun_state_one_count():
    assert _pair("The bill cleared the chamber by a handful of votes.",
                 "Lawmakers approved it by 29 votes.") == [("a handful of votes", "29 votes")]


def test_the_counted_noun_is_the_plural_after_a_describing_word():
    units = [q.unit for q in find_quantities("About 4 million online shoppers and dozens of cargo "
                                             "ships; 12 police officers.")]
    assert units == ["shopper", "ship", "police"]


def test_equal_figures_written_otherwise_are_not_a_difference():
    assert _pair("Eleven ballots were spoiled.", "Officials set aside 11 ballots.") == []
    assert _pair("The plan covers 1.5 million tenants.", "It reaches 1,500,000 tenants.") == []


def test_general_nouns_and_far_apart_figures_stay_apart():
    # "people" says too little: 30 people hurt and 38 people rescued are two counts
    assert _pair("Doctors treated 30 people at the scene.", "Divers brought 38 people ashore.") == []
    assert _pair("The mayor won by 212 ballots.", "More than 9,000 ballots were cast.") == []


# --- D2: currencies ---------------------------------------------------------------------------

def test_dollars_of_other_countries_and_currency_codes_are_sums_of_their_currency():
    found = {q.text: (q.unit, describe(q)) for q in find_quantities(
        "A C$40 million grant, a NZ$2bn loan, AUD 5m in fees, R$ 12 million and $3 million more.")}
    assert found == {"C$40 million": ("canadian dollar", "C$40 million"),
                     "NZ$2bn": ("new zealand dollar", "NZ$2 billion"),
                     "AUD 5m": ("australian dollar", "AUD 5 million"),
                     "R$ 12 million": ("real", "R$12 million"),
                     "$3 million": ("dollar", "$3 million")}


def test_the_one_sum_of_two_sentences_in_one_currency_is_one_price():
    assert _pair("Regulators cleared Orlen Mills' A$2.4 billion (US$1.6 billion) purchase of Tamsin.",
                 "Shareholders call the A$2.6 billion bid too cheap.") == \
        [("A$2.4 billion", "A$2.6 billion")]
    # two sums in one currency: which the other restates is not known
    assert _pair("The A$2.4 billion purchase adds A$300 million of debt.",
                 "Shareholders call the A$2.6 billion bid too cheap.") == []


# --- figures of sentences that are not linked -------------------------------------------------

def _unlinked(arts, *pairs):
    fixes = []
    for i, words_i, k, words_k in pairs:
        refs = []
        for art, words in ((arts[i], words_i), (arts[k], words_k)):
            start = art.text.index(words)
            end = art.text.index(".", start) + 1
            refs.append(Citation(art.id, start, end, art.text[start:end]))
        fixes.append(Correction("unlink", refs=tuple(refs)))
    return compare(arts, corrections=fixes)


def test_one_count_in_unlinked_sentences_is_a_difference():
    arts = articles(
        a="Mine collapse in Kuvara\n\nA tunnel collapsed at the Kuvara copper mine on Monday. "
          "At least nine miners were killed, the company said.",
        b="Kuvara disaster\n\nRescue teams worked through the night at Kuvara. "
          "Relatives say 13 men died underground when the roof gave way.")
    c = _unlinked(arts, (0, "At least nine", 1, "Relatives say"))
    found = [(d.a.text, d.b.text) for d in _numbers(c)]
    assert found == [("At least nine miners", "13 men")]


def test_an_article_that_states_the_figure_agrees_with_it():
    arts = articles(
        a="Mine collapse in Kuvara\n\nA tunnel collapsed at the Kuvara copper mine on Monday. "
          "At least nine miners were killed, the company said.",
        b="Kuvara disaster\n\nRelatives say 13 men died underground when the roof gave way. "
          "The company said at least nine miners were killed.")
    c = _unlinked(arts, (0, "At least nine", 1, "Relatives say"))
    assert all("13" not in d.b.text + d.a.text for d in _numbers(c))


def test_counts_of_other_events_or_far_apart_are_not_compared():
    arts = articles(
        a="Mine collapse in Kuvara\n\nA tunnel collapsed at the Kuvara copper mine on Monday. "
          "At least nine miners were killed, the company said.",
        b="Kuvara disaster\n\nRelatives say 12 men were injured when the roof gave way. "
          "About 40 people died in a similar collapse in 2009.")
    c = _unlinked(arts, (0, "At least nine", 1, "Relatives say"), (0, "At least nine", 1, "About 40"))
    assert _numbers(c) == []


def test_a_percentage_of_one_thing_in_unlinked_sentences_is_a_difference():
    arts = articles(
        a="Prices in Ostrava\n\nThe statistics office published its monthly figures on Friday. "
          "Inflation climbed to 6.2% in May, driven by energy bills.",
        b="Ostrava prices\n\nEconomists expect no change at the next meeting. "
          "He said inflation stands at nearly 7 percent and unemployment at 6.4%.")
    c = _unlinked(arts, (0, "Inflation climbed", 1, "He said"))
    assert [(d.a.text, d.b.text) for d in _numbers(c)] == [("6.2%", "nearly 7 percent")]


def test_percentages_that_only_move_alike_are_not_compared():
    arts = articles(
        a="Prices in Ostrava\n\nThe statistics office published its monthly figures on Friday. "
          "Wages rose 6.2% in May, the office said.",
        b="Ostrava prices\n\nEconomists expect no change at the next meeting. "
          "Rents rose 6.8% over the year.")
    c = _unlinked(arts, (0, "Wages rose", 1, "Rents rose"))
    assert _numbers(c) == []


def test_large_exact_figures_this_close_are_one_figure_though_counted_otherwise():
    arts = articles(
        a="Port traffic\n\nThe harbour authority released its annual report. "
          "Cranes moved 482,000 containers last year.",
        b="Harbour report\n\nThe report was released on Monday. "
          "The port handled 481,000 boxes in the year.")
    c = _unlinked(arts, (0, "Cranes moved", 1, "The port handled"))
    assert [(d.a.text, d.b.text) for d in _numbers(c)] == [("482,000 containers", "481,000 boxes")]
    arts = articles(
        a="Port traffic\n\nThe harbour authority released its annual report. "
          "Cranes moved 482,000 containers last year.",
        b="Harbour report\n\nThe report was released on Monday. "
          "The port handled 440,000 boxes in the year.")
    c = _unlinked(arts, (0, "Cranes moved", 1, "The port handled"))
    assert _numbers(c) == []


def test_a_table_of_counts_is_not_compared_count_by_count():
    parties = ["Greens", "Liberals", "Farmers", "Pirates", "Unity", "Reform", "Labour", "Centre", "Left"]
    table = " ".join(f"The {p} won {40 + n} seats." for n, p in enumerate(parties))
    arts = articles(a=f"Election results\n\nCounting ended on Sunday. {table}",
                    b="Election night\n\nVoters turned out in large numbers. The winners took 52 seats.")
    c = compare(arts)
    linked = {frozenset((link.a, link.b)) for link in c.links}
    assert [d for d in _numbers(c) if frozenset((d.a.sentence, d.b.sentence)) not in linked] == []


def test_moves_in_points_of_two_named_things_do_not_pair():
    # each sentence's only move in points, but one moves a rate and the other inflation
    rate = figures.Figures("The Korvan central bank lifted its benchmark rate by 75 basis points "
                           "on Wednesday.", "")
    prices = figures.Figures("Inflation climbed 0.6 percentage points to 7.2 percent in April.", "")
    assert figures.number_pairs(rate, prices, alike=True) == []
    again = figures.Figures("The Korvan central bank raised its main rate by half a percentage point.", "")
    assert figures.number_pairs(rate, again, alike=True)             # one rate, two moves


def test_points_counted_in_any_number_word():
    # not only "one" to "three": "six", "twelve", "twenty-two" percentage points are read too
    for text, value in (("Support for the Dalgren coalition fell six percentage points.", 6),
                        ("Turnout in Mirsk rose twelve percentage points.", 12),
                        ("The lead narrowed by twenty-two percentage points.", 22)):
        found = [q for q in find_quantities(text) if q.unit == figures.quantities.POINT]
        assert [q.value for q in found] == [value], text
