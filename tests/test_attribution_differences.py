"""Attribution and agents in two linked sentences: who a statement is credited to, who did the
deed, and a statement credited in one source but stated as fact in the other. The two sentences
are linked by a reader's correction, so these cases do not depend on how the aligner scores
them."""
from difference_helpers import linked_pair, of_kind, texts

from reader.engine import attribution


# --- attribution ---------------------------------------------------------------------------

def test_a_claim_credited_to_two_different_sources():
    _, diffs = linked_pair("The bridge was closed after cracks appeared, the transport ministry said.",
                           "The bridge was closed after cracks appeared, local police said.")
    assert [texts(d) for d in of_kind(diffs, "attribution")] == [{"transport ministry said",
                                                                  "local police said"}]


def test_sentences_that_share_little_are_not_judged():
    # a weak link: the two sources credit different people for different statements
    _, diffs = linked_pair("The bridge was closed after cracks appeared, the transport ministry said.",
                           "Ticket prices for the city ferries will rise in March, local police said.")
    assert diffs == []


def test_a_statement_credited_to_two_bodies_against_one_of_them():
    _, diffs = linked_pair("The shelter will reopen in May, the health ministry and the army said.",
                           "The shelter will reopen in May, the army said.")
    assert [texts(d) for d in of_kind(diffs, "attribution")] == [{"health ministry and the army said",
                                                                  "army said"}]
    _, same = linked_pair("The shelter will reopen in May, the health ministry and the army said.",
                          "The shelter will reopen in May, the army and the health ministry said.")
    assert not of_kind(same, "attribution")


def test_an_attribution_is_marked_with_its_cue():
    # a reader marks who said it together with the saying: "the report said", "according to …"
    _, diffs = linked_pair("The ferry service will resume in June, according to the harbour board.",
                           "The ferry service will resume in June, with some captains warning it would not.")
    assert [texts(d) for d in of_kind(diffs, "attribution")] == [{"according to the harbour board",
                                                                  "captains warning"}]
    _, same = linked_pair("The ferry service will resume in June, according to the harbour board.",
                          "The ferry service will resume in June, the harbour board said.")
    assert not of_kind(same, "attribution")


def test_two_sources_name_different_agents_for_one_deed():
    _, diffs = linked_pair("Farm unions on Tuesday blocked the new grain tariff in the regional assembly.",
                           "The regional governor blocked the new grain tariff in the assembly on Tuesday.")
    assert [texts(d) for d in of_kind(diffs, "attribution")] == [{"Farm unions on Tuesday blocked",
                                                                  "The regional governor blocked"}]


def test_one_agent_named_two_ways_or_in_the_passive_is_no_difference():
    for other in ("Senators on Tuesday blocked the new grain tariff in the regional assembly.",
                  "The new grain tariff was blocked in the regional assembly on Tuesday by the Senate."):
        _, diffs = linked_pair("The Senate on Tuesday blocked the new grain tariff in the regional assembly.",
                               other)
        assert not of_kind(diffs, "attribution"), other


def test_two_unnamed_groups_are_not_told_apart():
    # "police" and "officers" are as like as not one party in other words; a named party is not
    _, same = linked_pair("Police arrested two men near the harbour on Sunday.",
                          "Officers arrested two men near the harbour on Sunday.")
    assert not of_kind(same, "attribution")
    _, named = linked_pair("Police arrested two men near the harbour on Sunday.",
                           "Governor Ana Ruiz arrested two men near the harbour on Sunday.")
    assert [texts(d) for d in of_kind(named, "attribution")] == [{"Police arrested",
                                                                  "Governor Ana Ruiz arrested"}]


def test_a_country_its_capital_and_its_authorities_are_one_agent():
    did = " on Thursday closed the mountain border crossing to all lorries for a week."
    for x, y in (("Portugal", "Lisbon"), ("Portuguese authorities", "Lisbon"),
                 ("Portugal", "The Portuguese government")):
        _, diffs = linked_pair(x + did, y + did)
        assert not of_kind(diffs, "attribution"), (x, y)
    _, other = linked_pair("Chinese hackers" + did, "Beijing" + did)
    assert [texts(d) for d in of_kind(other, "attribution")] == [{"Chinese hackers",
                                                                  "Beijing on Thursday closed"}]
    _, two = linked_pair("Portugal" + did, "Madrid" + did)
    assert [texts(d) for d in of_kind(two, "attribution")] == [{"Portugal on Thursday closed",
                                                               "Madrid on Thursday closed"}]


def test_only_a_capital_stands_for_its_countrys_government():
    did = " on Monday refused to sign the new water-sharing accord with its neighbours."
    for x, y in (("Vietnam", "Hanoi"), ("Vietnamese officials", "Hanoi"),
                 ("The Spanish government", "Madrid")):
        _, same = linked_pair(x + did, y + did)
        assert not of_kind(same, "attribution"), (x, y)
    for x, y in (("Barcelona", "Madrid"), ("Haiphong authorities", "Vietnamese authorities")):
        _, two = linked_pair(x + did, y + did)
        assert len(of_kind(two, "attribution")) == 1, (x, y)       # a city's government is not the state's


def test_sources_of_two_places_differ_though_they_share_a_noun():
    said = "The patrol boat was seized near the reef on Sunday, "
    for x, y in (("US officials", "Vietnamese officials"),
                 ("Haiphong authorities", "Vietnamese authorities")):
        _, two = linked_pair(said + x + " said.", said + y + " said.")
        assert [texts(d) for d in of_kind(two, "attribution")] == [{x + " said", y + " said"}], (x, y)
    _, one = linked_pair(said + "Vietnamese officials said.", said + "officials in Hanoi said.")
    assert not of_kind(one, "attribution")      # a capital stands for its country


def test_the_subject_of_a_passive_is_no_agent():
    _, diffs = linked_pair("The regional governor was overruled by farm unions on Tuesday.",
                           "Farm unions on Tuesday overruled the regional governor.")
    assert not of_kind(diffs, "attribution")


def test_agents_of_different_deeds_are_not_compared():
    # the sentences share their setting, but the unions blocked a tariff and the governor signed a law
    _, diffs = linked_pair("Farm unions on Tuesday blocked the new grain tariff in the regional assembly.",
                           "The regional governor on Tuesday signed a water law in the regional assembly.")
    assert not of_kind(diffs, "attribution")
    _, later = linked_pair("Farm unions on Tuesday blocked the new grain tariff in the regional assembly.",
                           "The regional governor resigned as the assembly blocked the new grain tariff.")
    assert not of_kind(later, "attribution")     # the governor's deed ends where "as" opens a clause


def test_one_source_quoted_from_two_kinds_of_occasion():
    said = "The port will stay closed until Friday, harbour master Lena Brandt "
    _, diffs = linked_pair(said + "said at a press briefing in Kiel.", said + "said in a written statement.")
    assert [texts(d) for d in of_kind(diffs, "attribution")] == [{"press briefing", "written statement"}]
    _, same = linked_pair(said + "said at a press briefing in Kiel.", said + "told a news conference.")
    assert not of_kind(same, "attribution")


def test_one_person_named_two_ways_is_one_source():
    _, diffs = linked_pair("The bridge was closed after cracks appeared, Transport Minister Ana Ruiz said.",
                           "The bridge was closed after cracks appeared, Ruiz said.")
    assert not of_kind(diffs, "attribution")


def test_a_passive_verb_of_saying_credits_no_one():
    # "are confirmed dead" credits nothing to "Six workers"; the source is who said so after it
    said = "Six workers are now confirmed dead after the scaffold collapsed at the tower site, "
    _, diffs = linked_pair(said + "the fire service said.", said + "the police said.")
    assert [texts(d) for d in of_kind(diffs, "attribution")] == [{"fire service said", "police said"}]
    assert attribution.find_source("The deal is reported to be worth nine million pounds.") == \
        (0, 0, attribution.UNKNOWN)             # hedged, unnamed


def test_a_headline_label_in_capitals_is_no_source():
    assert attribution.find_source("FARE FURY: Bus tickets rise for the third time", headline=True) is None
    start, end, phrase = attribution.find_source("Dam above the valley town is safe: FDA, CDC", headline=True)
    assert phrase == "FDA, CDC"


def test_two_parties_credited_side_by_side_are_not_one_statement_credited_twice():
    said = "Children need a second dose of the measles jab"
    _, apart = linked_pair(said + ", the Health Board said.",
                           "Drugmaker Varnell said c" + said[1:] + ", though the Health Board disagreed.")
    assert not of_kind(apart, "attribution")    # the other names the board too, crediting Varnell
    _, diffs = linked_pair(said + ", the Health Board said.", "Drugmaker Varnell said c" + said[1:] + ".")
    assert [texts(d) for d in of_kind(diffs, "attribution")] == [{"Health Board said",
                                                                  "Drugmaker Varnell said"}]
    _, place = linked_pair("Tarvia said c" + said[1:] + ".",
                           "Drugmaker Varnell said c" + said[1:] + " in Tarvia.")
    assert [texts(d) for d in of_kind(place, "attribution")] == [{"Tarvia said", "Drugmaker Varnell said"}]
    _, joint = linked_pair(said + ", the Health Board and the Varnell Institute said.",
                           said + ", the Varnell Institute said.")
    assert [texts(d) for d in of_kind(joint, "attribution")] == [
        {"Health Board and the Varnell Institute said", "Varnell Institute said"}]   # one of the two


def test_a_body_against_one_of_its_officers_is_two_sources():
    said = "The tram line will stay shut until the end of June, "
    _, diffs = linked_pair(said + "the Transit Agency said.",
                           said + "Transit Agency director Oskar Lind said.")
    assert [texts(d) for d in of_kind(diffs, "attribution")] == [{"Transit Agency said",
                                                                  "Transit Agency director Oskar Lind said"}]
    _, same = linked_pair(said + "Transit Agency director Oskar Lind said.", said + "Lind said.")
    assert not of_kind(same, "attribution")     # one person, named in full and by surname
    _, voice = linked_pair(said + "the Transit Agency said.",
                           said + "Transit Agency spokesman Piet Lind said.")
    assert not of_kind(voice, "attribution")    # a spokesman's words are the body's
    _, body = linked_pair(said + "the Transit Agency said.", said + "a Transit Agency statement said.")
    assert not of_kind(body, "attribution")     # one body, named two ways
    _, place = linked_pair(said + "Austria said.", said + "Austria's transport minister Oskar Lind said.")
    assert not of_kind(place, "attribution")    # a place standing for its rulers is not a body


def test_one_body_named_otherwise_though_both_names_share_a_title_word():
    # "Defence" is a title word ("Defence Minister"), yet "Defence Office" and "Defence Ministry"
    # differ in the word that names the body
    _, diffs = linked_pair("The Defence Office in Valmora said the drills would end on Monday.",
                           "The Defence Ministry in Valmora said the drills would end on Monday.")
    assert [texts(d) for d in of_kind(diffs, "name")] == [{"Defence Office", "Defence Ministry"}]
    _, same = linked_pair("The Defence Ministry said the drills near the coast would end on Monday.",
                          "Valmora's Defence Ministry said the drills near the coast would end on Monday.")
    assert not of_kind(same, "name")


def test_a_person_named_in_one_source_only():
    _, diffs = linked_pair("The museum's director, Marta Olenska, resigned on Friday after the audit.",
                           "The museum director resigned on Friday after the audit.")
    assert [texts(d) for d in of_kind(diffs, "name")] == [{"Marta Olenska", "director"}]
    _, named = linked_pair("The museum's director, Marta Olenska, resigned on Friday after the audit.",
                           "The museum director resigned on Friday after the audit.",
                           before_b="Marta Olenska has run the museum since 2019. ")
    assert not of_kind(named, "name")       # the other article names her elsewhere


def test_a_role_that_titles_someone_named_leaves_no_one_unnamed():
    named = "The museum's director, Marta Olenska, opened the new wing on Friday after the audit."
    _, other = linked_pair(named, "Director Paul Weber opened the new wing of the museum on Friday "
                                  "after the audit.")
    assert not of_kind(other, "name")           # each source's director is named
    _, unnamed = linked_pair(named, "The museum director opened the new wing on Friday after the audit.")
    assert [texts(d) for d in of_kind(unnamed, "name")] == [{"Marta Olenska", "director"}]
    from reader.engine.name_forms import titles_a_name
    sens = "Sens. Ana Ruiz and Tom Berg wrote"
    assert not titles_a_name(sens, 0, 4, [(6, 14), (19, 27)])   # others of the role may be unnamed
    assert not titles_a_name("The minister Monday said", 4, 12, [])


def test_a_role_followed_by_a_word_that_names_no_one_still_leaves_its_holder_unnamed():
    named = "Norway's ambassador, Ingrid Solberg, was called in by the foreign ministry in Warsaw on Monday."
    for other in ("The Norwegian ambassador, Polish officials said, was called in by the foreign ministry in "
                  "Warsaw on Monday.",
                  "The Norwegian ambassador, Marek Nowak said, was called in by the foreign ministry in "
                  "Warsaw on Monday."):
        _, diffs = linked_pair(named, other)
        assert [texts(d) for d in of_kind(diffs, "name")] == [{"Ingrid Solberg", "ambassador"}], other
    _, titled = linked_pair(named, "The ambassador, Ingrid Solberg, was called in by the foreign ministry in "
                                   "Warsaw on Monday.")
    assert not of_kind(titled, "name")


def test_a_list_of_names_given_in_part():
    _, diffs = linked_pair("The ruling covers Denmark and Norway, the court said on Monday.",
                           "The ruling covers Norway, the court said on Monday.")
    assert [d.note for d in diffs] == ["one source also names Denmark"]
    _, same = linked_pair("The ruling covers Denmark and Norway, the court said on Monday.",
                          "The ruling covers Norway and Denmark, the court said on Monday.")
    assert same == []


def test_a_statement_credited_in_one_source_and_stated_as_fact_in_the_other():
    _, diffs = linked_pair("The dam on the upper river is safe, the water authority said.",
                           "The dam on the upper river is safe.")
    assert [d.note for d in of_kind(diffs, "attribution")] == [
        "credited to “water authority” in one source, stated as fact in the other"]
    _, other = linked_pair("The dam on the upper river is safe, the water authority said.",
                           "Fishing boats were moored below the dam as the river rose.")
    assert not of_kind(other, "attribution")     # another statement altogether


def test_a_statement_others_expect_is_not_stated_as_fact():
    _, hedged = linked_pair("The city council will raise parking fees next spring, the drivers' club said.",
                            "The city council is widely expected to raise parking fees next spring.")
    assert not of_kind(hedged, "attribution")
    _, fact = linked_pair("The city council will raise parking fees next spring, the drivers' club said.",
                          "The city council will raise parking fees next spring.")
    assert [d.note for d in of_kind(fact, "attribution")] == [
        "credited to “drivers' club” in one source, stated as fact in the other"]


def test_a_sentence_that_says_what_the_credited_party_did_does_not_state_its_claim():
    said = "The strike on the border camp was an act of self-defence"
    _, did = linked_pair(said + ", Tarvia said.", "Tarvia defended the strike on the border camp as an act "
                                                  "of self-defence.")
    assert not of_kind(did, "attribution")      # it reports Tarvia's defence, not the claim as fact
    _, fact = linked_pair(said + ", Tarvia said.", said + ".")
    assert [d.note for d in of_kind(fact, "attribution")] == [
        "credited to “Tarvia” in one source, stated as fact in the other"]
    _, carried = linked_pair(said + ", Tarvia said.", said + ".",
                             before_b="Tarvia's defence office said the camp held rocket launchers. ")
    assert not of_kind(carried, "attribution")  # the credit of the sentence before carries on


# --- who gives a figure two sources disagree on ---------------------------------------------

FLOODS = "Floods in the valley have left 312 families homeless, the regional water authority said."


def test_a_disputed_figure_credited_to_two_sources_though_the_sentences_share_little():
    # the sentences word the rest apart (too little in common for a judged difference), but the
    # figure they disagree on tells they report one fact, and each credits it to someone else
    _, diffs = linked_pair(FLOODS,
                           "Mayor Ilse Brandt said the final count was 287 families.")
    assert of_kind(diffs, "number")
    assert [texts(d) for d in of_kind(diffs, "attribution")] == [{"regional water authority said",
                                                                  "Mayor Ilse Brandt said"}]


def test_a_disputed_figure_credited_to_one_source_twice_is_no_attribution_difference():
    _, diffs = linked_pair(FLOODS,
                           "The final count was 287 families, the water authority said.")
    assert of_kind(diffs, "number")
    assert not of_kind(diffs, "attribution")


def test_a_figure_credited_to_he_carries_the_source_named_just_before():
    # "X said … . He said …": news writing names its speaker once, then goes on with a pronoun
    _, diffs = linked_pair(FLOODS,
                           "He said the final count was 287 families.",
                           before_b="Mayor Tomas Ruiz said on Monday that the river had crested overnight. ")
    assert [texts(d) for d in of_kind(diffs, "attribution")] == [
        {"regional water authority said", "He said the final count was 287 families."}]
    _, unnamed = linked_pair(FLOODS,
                             "He said the final count was 287 families.",
                             before_b="The river crested overnight near the old mill. ")
    assert of_kind(unnamed, "number") and not of_kind(unnamed, "attribution")    # no one to carry on
    _, hedged = linked_pair(FLOODS, "The final count is expected to reach 287 families.",
                            before_b="Mayor Tomas Ruiz said on Monday that the river had crested overnight. ")
    assert of_kind(hedged, "number") and not of_kind(hedged, "attribution")      # no pronoun credits it


def test_a_dateline_is_not_part_of_the_source():
    found = attribution.find_source("OSLO - The national fisheries board said on Monday that quotas fall.")
    assert found is not None and found[2] == "national fisheries board"


# --- "the company said": a back-reference to the body named with it -------------------------

def test_the_company_credited_at_the_end_is_the_company_named_at_the_start():
    # wire copy names the firm in the lead clause, then credits "the company": one source
    _, diffs = linked_pair("Dornhall Foods will shut 25 bakeries in Ostland by June, "
                           "the company said on Friday.",
                           "Dornhall Foods said on Friday it would shut 30 bakeries in Ostland by June.")
    assert of_kind(diffs, "number") and not of_kind(diffs, "attribution")
    # the noun is compared by its stem: "the airline" / "Norvia Airlines"
    _, diffs = linked_pair("Norvia Airlines grounded 85 planes at Kessel on Sunday after a fuel leak, "
                           "the airline said.",
                           "Norvia Airlines said it had grounded 95 planes at Kessel on Sunday "
                           "after a fuel leak.")
    assert of_kind(diffs, "number") and not of_kind(diffs, "attribution")


def test_the_company_may_stand_for_the_body_named_in_the_sentence_before():
    before = "Dornhall Foods reported a loss for the year on Friday. "
    _, same = linked_pair("The company said it would shut 25 bakeries in Ostland by June.",
                          "Dornhall Foods said it would shut 25 bakeries in Ostland by June.",
                          before_a=before)
    assert not of_kind(same, "attribution")


def test_the_company_against_another_body_is_still_two_sources():
    _, diffs = linked_pair("Dornhall Foods will shut 25 bakeries in Ostland by June, "
                           "the company said on Friday.",
                           "Pellworth Mills said on Friday it would shut 30 bakeries in Ostland "
                           "by June.")
    assert [texts(d) for d in of_kind(diffs, "attribution")] == [{"company said", "Pellworth Mills said"}]
    _, other = linked_pair("The company said it would shut 25 bakeries in Ostland by June.",
                           "Pellworth Mills said it would shut 25 bakeries in Ostland by June.",
                           before_a="Dornhall Foods reported a loss for the year on Friday. ")
    assert of_kind(other, "attribution")


def test_the_companies_are_not_one_of_the_bodies_named_with_them():
    # a plural stands for several bodies: crediting them is not crediting one of them
    _, diffs = linked_pair("Trials of the vaccine by Hallbeck Pharma and Oster Labs covered 9,000 people, "
                           "the companies said.",
                           "Trials of the vaccine covered 9,000 people, Hallbeck Pharma said.")
    assert of_kind(diffs, "attribution")
