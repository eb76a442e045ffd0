"""Differences between linked sentences: per kind, a true difference is reported with both spans,
and the same fact written another way is not. The two sentences are linked by a reader's
correction, so these cases do not depend on how the aligner scores them."""
from difference_helpers import linked_pair, of_kind, texts
from engine_helpers import articles, run

from reader.engine import compare
from reader.engine.differences import word_diff
from reader.engine.model import Citation, Correction


# --- numbers -------------------------------------------------------------------------------

def test_hedged_numbers_are_compared_as_ranges():
    _, diffs = linked_pair("The flood at the river crossing drowned at least 11 farm workers on Sunday.",
                           "The flood at the river crossing drowned around a dozen farm workers on Sunday.")
    nums = of_kind(diffs, "number")
    assert [d.note for d in nums] == ["at least 11 vs about 12"]
    assert nums[0].a.text.startswith("at least 11") and nums[0].b.text.startswith("around a dozen")


def test_equal_figures_written_differently_are_not_a_difference():
    for x, y in (("two", "2"), ("1.2 million", "1,200,000"), ("4%", "four percent")):
        _, diffs = linked_pair(f"The storm left {x} homes without power in the northern hills.",
                               f"The storm left {y} homes without power in the northern hills.")
        assert not of_kind(diffs, "number"), (x, y)


def test_vague_amount_against_a_count_of_the_same_people():
    _, diffs = linked_pair("Hundreds of villagers were moved to the school gym overnight.",
                           "Officials said 1,941 villagers were moved to the school gym overnight.")
    assert [texts(d) for d in of_kind(diffs, "number")] == [{"Hundreds of villagers", "1,941 villagers"}]


def test_nearly_six_hours_against_more_than_five_is_a_difference():
    _, diffs = linked_pair("The ferry crossing took nearly six hours because of the gale.",
                           "The ferry crossing took more than five hours because of the gale.")
    assert [d.note for d in of_kind(diffs, "number")] == ["nearly 6 vs more than 5"]


def test_figures_that_count_different_things_are_not_paired():
    _, diffs = linked_pair("The 6.8-magnitude quake killed 2,012 people and injured 2,059, "
                           "the ministry said.",
                           "The magnitude 6.8 quake killed 2,012 people and injured at least 2,059, "
                           "the ministry said.")
    assert [d.note for d in of_kind(diffs, "number")] == ["2,059 vs at least 2,059"]


def test_a_record_over_different_spans_of_years():
    _, diffs = linked_pair("Wheat prices hit a 30-year high in 2024, traders said.",
                           "Wheat prices reached their highest level in nearly a century in 2024.")
    assert [d.note for d in of_kind(diffs, "number")] == ["record over 30 years vs 85–100 years"]
    _, same = linked_pair("Wheat prices hit a 30-year high in 2024, traders said.",
                          "Wheat prices reached their highest level since 1994, traders said in 2024.")
    assert not of_kind(same, "number")


def test_the_only_figures_of_two_sentences_that_say_alike_count_one_thing():
    _, diffs = linked_pair("The mudslide buried 40 homes in the hill village of Oranto on Saturday.",
                           "More than 60 houses in the hill village of Oranto were buried by the mudslide.")
    assert [texts(d) for d in of_kind(diffs, "number")] == [{"40 homes", "More than 60 houses"}]
    _, apart = linked_pair("The mudslide buried 40 homes in the hill village of Oranto on Saturday.",
                           "Rescuers with 60 dogs searched the ruins of the hill village for days.")
    assert not of_kind(apart, "number")     # saying little alike, the figures count other things


# --- dates ---------------------------------------------------------------------------------

def test_a_deadline_set_on_a_day_against_one_set_by_a_period():
    plan = "The harbour board must approve the dredging plan by "
    _, diffs = linked_pair(plan + "March 31, the mayor's office said.",
                           plan + "next month, the mayor's office said.")
    assert [texts(d) for d in of_kind(diffs, "date")] == [{"March 31", "next month"}]
    _, apart = linked_pair("Dredging crews must leave the estuary by March 31 under the permit.",
                           "The harbour board voted to end all dredging work by next month.")
    assert [texts(d) for d in of_kind(apart, "date")] == [{"March 31", "next month"}]   # each one deadline
    _, same = linked_pair(plan + "March 31, the mayor's office said.",
                          plan + "31 March, the mayor's office said.")
    assert not of_kind(same, "date")


def test_weekday_is_read_against_the_articles_date():
    # 17 January 2024 was a Wednesday, so "Tuesday" is 16 January
    _, same = linked_pair("The dam gave way on Tuesday after days of rain.",
                          "The dam gave way on January 16 after days of rain.",
                          date_a="Jan 17, 2024", date_b="Jan 17, 2024")
    assert not of_kind(same, "date")
    _, other = linked_pair("The dam gave way on Tuesday after days of rain.",
                           "The dam gave way on January 15 after days of rain.",
                           date_a="Jan 17, 2024", date_b="Jan 17, 2024")
    assert [texts(d) for d in of_kind(other, "date")] == [{"Tuesday", "January 15"}]


def test_one_sentence_in_articles_of_other_dates_is_read_against_each_date():
    arts = articles(a="Dam\n\nThe dam gave way on Tuesday after days of rain.",
                    b="Dam again\n\nThe dam gave way on Tuesday after days of rain.",
                    c="Dam report\n\nThe dam gave way on January 16 after days of rain.")
    dated = dict(a="Jan 17, 2024", b="Jan 24, 2024", c="Jan 17, 2024")      # two Tuesdays: 16 and 23
    arts = [type(x)(**{**x.__dict__, "date": dated[x.id]}) for x in arts]
    c = compare(arts)
    pairs = {frozenset((d.a.article, d.b.article)) for d in c.differences if d.kind == "date"}
    assert frozenset("ac") not in pairs and frozenset("bc") in pairs


def test_an_unresolvable_date_is_not_a_difference():
    # neither article is dated: "Tuesday" cannot be placed against "January 15"
    _, diffs = linked_pair("The dam gave way on Tuesday after days of rain.",
                           "The dam gave way on January 15 after days of rain.")
    assert not of_kind(diffs, "date")


def test_two_weekdays_for_one_event_differ():
    _, diffs = linked_pair("The union signed the agreement on Thursday in Lyon.",
                           "The union signed the agreement on Friday in Lyon.")
    assert [texts(d) for d in of_kind(diffs, "date")] == [{"Thursday", "Friday"}]


def test_dates_of_different_events_are_not_compared():
    _, diffs = linked_pair("Output fell 3% in 2023, the lowest level since 2009.",
                           "Output fell 3% in 2023 after a rise in 2021.")
    assert not of_kind(diffs, "date")
    _, roles = linked_pair("Steel exports have fallen since 2019, the trade office said.",
                           "Steel exports have fallen in 2021, the trade office said.")
    assert not of_kind(roles, "date")       # a starting point and a year are not one date


def test_slash_dates_follow_the_articles_own_day_first_writing():
    before = "Filed 25/12/2023 by our desk. "
    _, same = linked_pair("The court sat on 05/01/2024 to hear the appeal.",
                          "The court sat on January 5, 2024 to hear the appeal.", before_a=before)
    assert not of_kind(same, "date")
    _, other = linked_pair("The court sat on 05/01/2024 to hear the appeal.",
                           "The court sat on May 1, 2024 to hear the appeal.", before_a=before)
    assert [texts(d) for d in of_kind(other, "date")] == [{"05/01/2024", "May 1, 2024"}]


def test_timing_in_words_of_one_event():
    _, diffs = linked_pair("The two mayors recently met at the harbour to discuss the ferry.",
                           "The strike began hours after the two mayors met at the harbour.")
    assert [d.note for d in of_kind(diffs, "date")] == ["timing: “recently” vs “hours after”"]
    _, same = linked_pair("The two mayors recently met at the harbour to discuss the ferry.",
                          "The two mayors met recently at the harbour, officials said.")
    assert not of_kind(same, "date")


def test_one_weekday_named_by_articles_dated_apart_is_one_day():
    _, diffs = linked_pair("The minister will visit the flooded district on Thursday.",
                           "The minister will visit the flooded district on Thursday.",
                           date_a="Jan 17, 2024", date_b="Jan 18, 2024")
    assert not of_kind(diffs, "date")       # "Thursday" resolves to two weeks from the two dates


def test_the_only_dates_of_two_sentences_that_say_alike_date_one_thing():
    _, diffs = linked_pair("Floods tore through the northern province of Karsk on Tuesday, killing nine.",
                           "Nine people died as floods hit Karsk province in the north early on Wednesday.",
                           date_a="Mar 12, 2025", date_b="Mar 12, 2025")
    assert [texts(d) for d in of_kind(diffs, "date")] == [{"Tuesday", "Wednesday"}]


def test_a_clock_time_after_after_says_when():
    _, diffs = linked_pair("The bridge collapsed at 7:30 a.m., witnesses said.",
                           "The bridge collapsed shortly after 8 a.m., witnesses said.")
    assert [texts(d) for d in of_kind(diffs, "date")] == [{"7:30 a.m.", "8 a.m."}]


# --- quotes --------------------------------------------------------------------------------

def test_same_quote_worded_differently():
    _, diffs = linked_pair('"No resident of the valley has been harmed by the fire," Mayor Tom Reyes said.',
                           '"None of the residents of the valley were harmed by the fire," '
                           'Mayor Tom Reyes said.')
    assert len(of_kind(diffs, "quote")) == 1


def test_one_thing_called_by_two_quoted_labels():
    _, diffs = linked_pair('The minister called the raid a "grave provocation" on Sunday.',
                           'The minister called the raid an "act of war" on Sunday.')
    assert [d.note for d in of_kind(diffs, "quote")] == ["the sources quote different words"]
    _, longer = linked_pair('The minister called the raid a "provocation" on Sunday.',
                            'The minister called the raid a "grave provocation" on Sunday.')
    assert [d.note for d in of_kind(longer, "quote")] == ["the quote is worded differently"]


def test_a_quote_restated_by_one_sentence_and_not_by_another():
    quote = '"We will rebuild every bridge in the valley before winter," the mayor said.'
    arts = articles(a=f"Bridges\n\n{quote}",
                    b="Valley\n\nThe mayor said the town would rebuild every bridge in the valley "
                      "before winter.",
                    c="Valley news\n\nThe mayor toured the valley on Sunday and met farmers.")
    refs = [Citation("a", arts[0].text.index(quote), len(arts[0].text), quote)]
    other = arts[2].text.index("The mayor")
    fix = Correction("link", refs=(refs[0], Citation("c", other, len(arts[2].text), arts[2].text[other:])))
    c = compare(arts, corrections=[fix])
    quoted = {frozenset((d.a.article, d.b.article)) for d in c.differences if d.kind == "quote"}
    assert quoted == {frozenset("ab")}


def test_one_clause_of_a_long_quote_restated():
    quote = ('"We have shut the northern border crossing to freight lorries and tourist coaches, and the '
             'ambassador of Vardia may not come back for now," the spokesman said.')
    _, diffs = linked_pair(quote, "The ministry said that the ambassador of Vardia would not be allowed to "
                                  "come back until further notice.")
    restated = [d for d in of_kind(diffs, "quote") if d.note == "quoted in one source, restated in the other"]
    assert [d.a.text for d in restated] == ["the ambassador of Vardia may not come back for now"]
    _, other = linked_pair(quote, "The ministry said that the ambassador of Vardia met the northern "
                                  "governors until late on Friday.")
    assert not of_kind(other, "quote")


def test_a_contracted_negation_quotes_the_same_words():
    # two bodies quoted in a few words: "don't need" is "do not need", so the quotes share enough
    # to be one statement worded differently rather than each body's own words
    _, diffs = linked_pair('Adults "do not need a second dose at this time," the Valmora Health Board said.',
                           'Adults "don’t need second dose," the Valmora Drug Agency said.')
    assert [texts(d) for d in of_kind(diffs, "quote")] == [{'"do not need a second dose at this time,"',
                                                           '"don’t need second dose,"'}]


def test_the_same_quote_word_for_word_is_no_difference():
    _, diffs = linked_pair('"No resident of the valley has been harmed by the fire," Mayor Tom Reyes said.',
                           '“No resident of the valley has been harmed by the fire,” Reyes told reporters.')
    assert not of_kind(diffs, "quote")


# --- claims --------------------------------------------------------------------------------

def test_one_source_denies_what_the_other_states():
    _, diffs = linked_pair("The city council did not approve the harbour budget on Monday.",
                           "The city council approved the harbour budget on Monday.")
    assert [texts(d) for d in of_kind(diffs, "claim")] == [{"not approve", "approved"}]


def test_two_sources_that_both_deny_agree():
    _, both_deny = linked_pair("The city council did not approve the harbour budget on Monday.",
                               "The council has not approved the harbour budget, members said Monday.")
    _, both_state = linked_pair("The city council approved the harbour budget on Monday.",
                                "On Monday the council approved the harbour budget.")
    _, unrelated = linked_pair("The city council did not meet the mayor on Monday.",
                               "The city council approved the harbour budget on Monday.")
    assert not of_kind(both_deny, "claim") and not of_kind(both_state, "claim")
    assert not of_kind(unrelated, "claim")


def test_a_hedged_account_against_a_plain_one():
    _, diffs = linked_pair("Police raided an alleged smuggling depot near the port.",
                           "Police raided a smuggling depot near the port.")
    assert [d.note for d in of_kind(diffs, "claim")] == ["hedged in one source, stated as fact in the other"]
    _, both = linked_pair("Police raided an alleged smuggling depot near the port.",
                          "Police raided what they said was a suspected smuggling depot near the port.")
    assert not of_kind(both, "claim")


def test_a_verb_that_denies_and_a_prefix_that_negates():
    _, refused = linked_pair("The harbour master refused to close the port after the storm.",
                             "The harbour master closed the port after the storm.")
    assert [texts(d) for d in of_kind(refused, "claim")] == [{"refused to close", "closed"}]
    _, unsafe = linked_pair("Inspectors said the old footbridge was unsafe for walkers.",
                            "Inspectors said the old footbridge was safe for walkers.")
    assert [texts(d) for d in of_kind(unsafe, "claim")] == [{"unsafe", "safe"}]
    _, admitted = linked_pair("The airline admitted the booking error on Friday.",
                              "The airline denied the booking error on Friday.")
    assert of_kind(admitted, "claim")
    _, same = linked_pair("Inspectors said the old footbridge was unsafe for walkers.",
                          "The old footbridge is unsafe for walkers, inspectors said.")
    assert not of_kind(same, "claim")


# --- rewording and the word diff -----------------------------------------------------------

def test_a_mere_rewording_is_no_difference():
    c, diffs = linked_pair("Pakistan recalled its ambassador from Iran on Wednesday.",
                           "Pakistan withdrew its envoy to Iran on Wednesday.")
    assert diffs == []
    link = next(k for k in c.links if {k.a, k.b} == {"alpha:1", "beta:1"})
    ops = c.word_diffs[(link.a, link.b)]
    removed = " ".join(o.text for o in ops if o.op < 0)
    added = " ".join(o.text for o in ops if o.op > 0)
    assert "recalled" in removed and "withdrew" in added     # the rewording stays in the word diff


def test_spans_point_into_their_articles():
    c = run(a="Raid\n\nThe attack killed at least 11 police officers in Rask, officials said.",
            b="Police raid\n\nThe attack in Rask killed 9 police officers, Dawn news reported.")
    texts_of = {a.id: a.text for a in c.articles}
    assert c.differences
    for d in c.differences:
        for side in (d.a, d.b):
            assert texts_of[side.article][side.start:side.end] == side.text


def test_word_diff_marks_changed_words_only():
    ops = word_diff("The quake killed 11 people.", "The quake killed 12 people.")
    assert [(o.op, o.text.strip()) for o in ops if o.op] == [(-1, "11"), (1, "12")]
    assert "".join(o.text for o in ops if o.op <= 0) == "The quake killed 11 people."


def test_word_diffs_are_available_for_every_link():
    c, _ = linked_pair("The attack killed at least 11 police officers in Rask.",
                       "The attack in Rask killed 9 police officers.")
    assert c.links
    for link in c.links:
        ops = c.word_diffs[(link.a, link.b)]
        a, b = c.sentence(link.a).text, c.sentence(link.b).text
        assert "".join(o.text for o in ops if o.op <= 0) == a
        assert "".join(o.text for o in ops if o.op >= 0) == b


def test_word_diffs_are_worked_out_when_asked_for():
    c, _ = linked_pair("The attack killed at least 11 police officers in Rask.",
                       "The attack in Rask killed 9 police officers.")
    link = c.links[0]
    assert (link.a, link.b) in c.word_diffs
    assert c.word_diffs.get((link.b, link.a))          # either order, on demand
    assert c.word_diffs.get(("a:99", "b:1")) is None     # no such sentence


def test_the_same_sentence_in_two_articles_gets_each_its_own_spans():
    c = run(a="Quake\n\nThe quake killed 12 people in Sarno, officials said.",
            b="Quake in Sarno\n\nRescuers worked through the night. The quake killed 12 people in Sarno, "
              "officials said.",
            c="Sarno quake\n\nThe quake killed 15 people in Sarno, officials said.")
    texts_of = {x.id: x.text for x in c.articles}
    numbers = [d for d in c.differences if d.kind == "number"]
    assert sorted((d.a.article, d.b.article) for d in numbers) == [("a", "c"), ("b", "c")]
    for d in numbers:
        for side in (d.a, d.b):
            assert texts_of[side.article][side.start:side.end] == side.text
