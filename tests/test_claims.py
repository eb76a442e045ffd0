"""Contradicting claims from words that state opposite things: a source's approving vs condemning
stand, "first" vs "again", and adjectives WordNet lists as opposites (shipped as a table). Each
rule is shown flagging a pair that contradicts and leaving alone a pair that does not."""
from test_differences import linked_pair, of_kind, texts


def test_an_approving_and_a_condemning_stand_on_one_thing():
    _, diffs = linked_pair("Local shop owners applauded the new parking rules in the town centre.",
                           "Local shop owners denounced the new parking rules in the town centre.")
    assert [texts(d) for d in of_kind(diffs, "claim")] == [{"applauded", "denounced"}]
    _, agree = linked_pair("Local shop owners applauded the new parking rules in the town centre.",
                           "Local shop owners hailed the new parking rules in the town centre.")
    assert not of_kind(agree, "claim")


def test_a_source_that_takes_both_stands_contradicts_neither():
    _, diffs = linked_pair("Shop owners applauded the parking plan and denounced the long delay.",
                           "Shop owners applaud the parking plan but denounce the long delay.")
    assert not of_kind(diffs, "claim")


def test_a_first_time_against_one_more_time():
    _, diffs = linked_pair("The water board raised its charges on Tuesday, its first increase in two years.",
                           "The water board raised its charges again on Tuesday.")
    assert [texts(d) for d in of_kind(diffs, "claim")] == [{"first", "again"}]
    _, same = linked_pair("The water board raised its charges on Tuesday, its first increase in two years.",
                          "On Tuesday the water board raised its charges for the first time in two years.")
    assert not of_kind(same, "claim")


def test_a_word_that_places_a_time_is_no_claim():
    # "last week" dates the rise; it does not say the rise was the last one, against "first"
    _, diffs = linked_pair("Bus fares rose for the first time since March, the transport office said.",
                           "Bus fares rose last week, the transport office said.")
    assert not of_kind(diffs, "claim")


def test_adjectives_of_opposite_meaning_from_the_shipped_table():
    _, diffs = linked_pair("The city picked a domestic builder for the new tram depot.",
                           "The city picked a foreign builder for the new tram depot.")
    assert [texts(d) for d in of_kind(diffs, "claim")] == [{"domestic", "foreign"}]
    _, both = linked_pair("The city picked a domestic builder for the new tram depot.",
                          "A domestic builder was picked by the city for the new tram depot.")
    assert not of_kind(both, "claim")


def test_an_expected_outcome_against_one_stated_as_fact():
    _, diffs = linked_pair("The ferry company is expected to cancel the night crossings this winter.",
                           "The ferry company has cancelled the night crossings this winter.")
    assert [d.note for d in of_kind(diffs, "claim")] == ["hedged in one source, stated as fact in the other"]
    _, both = linked_pair("The ferry company is expected to cancel the night crossings this winter.",
                          "The ferry company is likely to cancel the night crossings this winter.")
    assert not of_kind(both, "claim")


def test_what_a_modal_governs_is_not_stated_as_fact():
    _, diffs = linked_pair("The ferry company is expected to cancel the night crossings this winter.",
                           "The ferry company would cancel the night crossings this winter, staff said.")
    assert not of_kind(diffs, "claim")


def test_an_adjective_that_denies_the_charge_it_names():
    _, diffs = linked_pair("The mayor called the bribery charges against her deputy baseless on Monday.",
                           "The mayor called the baseless bribery charges against her deputy a smear.")
    assert not of_kind(diffs, "claim")
    _, denied = linked_pair("The ministry rejected baseless spying claims against two staff on Tuesday.",
                            "The ministry upheld spying claims against two staff on Tuesday.")
    assert [texts(d) for d in of_kind(denied, "claim")] == [{"baseless spying", "spying"}]


def test_the_accused_calling_a_charge_baseless_does_not_deny_that_it_was_brought():
    # both are true: the police brought the charge and the defence calls it baseless
    _, sides = linked_pair("Police brought theft charges against the club treasurer on Friday.",
                           "The club treasurer faces baseless theft charges, his solicitor said on Friday.")
    assert not of_kind(sides, "claim")


def test_two_parties_taking_opposite_stands_is_no_contradiction():
    _, parties = linked_pair("The teachers' union welcomed the new school timetable announced on Monday.",
                             "Parents' groups condemned the new school timetable announced on Monday.")
    assert not of_kind(parties, "claim")
    _, passive = linked_pair("The new school timetable was welcomed by the teachers' union on Monday.",
                             "The teachers' union condemned the new school timetable on Monday.")
    assert [texts(d) for d in of_kind(passive, "claim")] == [{"welcomed", "condemned"}]


def test_one_form_of_a_listed_word_stands_for_all():
    _, diffs = linked_pair("The farmers' union applauds the new water levy for the valley.",
                           "The farmers' union denounced the new water levy for the valley.")
    assert [texts(d) for d in of_kind(diffs, "claim")] == [{"applauds", "denounced"}]


def test_words_of_many_senses_are_not_opposed():
    # "late" (dead) is no opposite of "young", nor "senior" of "first", nor a colour of another
    # when it names a community: the table keeps WordNet's direct antonyms of few senses only
    _, diffs = linked_pair("The town library held a reading of poems by the late poet Ida Marsh on Friday.",
                           "The town library held a reading of poems by the young poet Ida Marsh on Friday.")
    assert not of_kind(diffs, "claim")
    _, ranks = linked_pair("A senior engineer said the repairs to the dam would start in spring.",
                           "The first engineer said the repairs to the dam would start in spring.")
    assert not of_kind(ranks, "claim")
    _, opposite = linked_pair("The court found the driver guilty of careless driving near the school.",
                              "The court found the driver innocent of careless driving near the school.")
    assert [texts(d) for d in of_kind(opposite, "claim")] == [{"guilty", "innocent"}]


def test_a_negated_opposite_says_the_same():
    _, same = linked_pair("The bridge inquiry will be public, the minister said.",
                          "The bridge inquiry will not be private, the minister said.")
    assert not of_kind(same, "claim")
    _, prefixed = linked_pair("The goalkeeper was unable to train with the squad on Thursday.",
                              "The goalkeeper was not able to train with the squad on Thursday.")
    assert not of_kind(prefixed, "claim")
    _, opposite = linked_pair("The bridge inquiry will be public, the minister said.",
                              "The bridge inquiry will be private, the minister said.")
    assert [texts(d) for d in of_kind(opposite, "claim")] == [{"public", "private"}]


def test_first_in_a_title_a_rank_or_as_a_sentence_adverb_is_no_ordinal():
    _, title = linked_pair("First Minister Alys Bevan said the ferry link would reopen in June.",
                           "Welsh leader Alys Bevan said another ferry link would reopen in June.")
    assert not of_kind(title, "claim")
    _, street = linked_pair("A water main burst under First Street in the old town on Monday night.",
                            "Another water main burst under a street in the old town on Monday night.")
    assert not of_kind(street, "claim")
    _, rank = linked_pair("First responders pulled two climbers from the gully on Sunday.",
                          "Another team pulled two climbers from the gully on Sunday.")
    assert not of_kind(rank, "claim")
    _, adverb = linked_pair("First, the council will repair the harbour wall, the mayor said.",
                            "The council will repair the harbour wall again, the mayor said.")
    assert not of_kind(adverb, "claim")
    _, ordinal = linked_pair("The council repaired the harbour wall on Monday, its first repair in a decade.",
                             "The council repaired the harbour wall again on Monday.")
    assert [texts(d) for d in of_kind(ordinal, "claim")] == [{"first", "again"}]


def test_a_forecast_against_the_same_act_on_the_schedule():
    # "is expected to open" and "opens on Friday" both report a plan; "opened" reports it done
    _, planned = linked_pair("The new footbridge over the canal is expected to open on Friday morning.",
                             "The new footbridge over the canal opens on Friday morning.")
    assert not of_kind(planned, "claim")
    _, set_to = linked_pair("The new footbridge over the canal is expected to open on Friday morning.",
                            "The new footbridge over the canal is set to open on Friday morning.")
    assert not of_kind(set_to, "claim")
    _, done = linked_pair("The new footbridge over the canal is expected to open on Friday morning.",
                          "The new footbridge over the canal opened on Friday morning.")
    assert [d.note for d in of_kind(done, "claim")] == ["hedged in one source, stated as fact in the other"]
    _, lodged = linked_pair("The bus company is expected to appeal against the fine, its lawyers said.",
                            "The bus company has lodged an appeal against the fine, its lawyers said.")
    assert [d.note for d in of_kind(lodged, "claim")] == ["hedged in one source, stated as fact in the other"]


def test_a_denial_followed_by_an_opposite_says_the_same():
    _, same = linked_pair("Coastguards said the two divers were not found alive after the storm.",
                          "Coastguards said the two divers were found dead after the storm.")
    assert not of_kind(same, "claim")
    _, denied = linked_pair("Coastguards said the two divers were not found after the storm.",
                            "Coastguards said the two divers were found after the storm.")
    assert [d.note for d in of_kind(denied, "claim")] == ["one source denies what the other states"]


def test_an_opposite_about_one_of_two_things_the_other_source_names():
    _, two = linked_pair("The firm will shut its domestic mill in Leeds and buy steel abroad.",
                         "The firm will move work from its mill in Leeds to a foreign mill in Chile.")
    assert not of_kind(two, "claim")
    _, one = linked_pair("The firm will shut its domestic mill in Leeds and buy steel abroad.",
                         "The firm will shut its foreign mill in Leeds and buy steel abroad.")
    assert [texts(d) for d in of_kind(one, "claim")] == [{"domestic", "foreign"}]
