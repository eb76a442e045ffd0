"""Actor precision: words that look like actors only because of where they stand."""
from engine_helpers import actor_named, run


def _forms(actor):
    return {actor.name, *actor.aliases, *(m.text for m in actor.mentions)}


SEAS = (
    "Tankers wait at sea\n\n"
    "Two tankers crossed the Persian Gulf on Monday, and Iran said the ships were safe. "
    "A third sailed from the Arabian Sea into the Indian Ocean while India watched. "
    "Fighting in Iranian Kurdistan went on, Chinese Foreign Ministry officials said."
)


def test_demonym_that_begins_a_place_name_is_that_place_not_the_country():
    c = run(a=SEAS)
    gulf, ocean = actor_named(c, "Persian Gulf"), actor_named(c, "Indian Ocean")
    assert gulf and gulf.kind == "place" and ocean and ocean.kind == "place"
    iran, india = actor_named(c, "Iran"), actor_named(c, "India")
    assert "Persian" not in _forms(iran)
    assert "Indian" not in _forms(india)


def test_demonym_before_a_place_or_a_body_still_names_its_country():
    c = run(a=SEAS)
    assert "Iranian" in _forms(actor_named(c, "Iran"))  # "Iranian Kurdistan"
    assert "Chinese" in _forms(actor_named(c, "China"))  # "Chinese Foreign Ministry"


ARREST = (
    "Police arrest two men after raid\n\n"
    "Police said the men were held overnight. Authorities closed the road for six hours. "
    "Prosecutors said they would ask for bail to be refused. Delhi Police said a third man fled."
)


def test_people_noun_capitalised_at_a_sentence_start_is_no_actor_but_the_police_are_the_named_force():
    c = run(a=ARREST)
    assert actor_named(c, "Authorities") is None
    assert actor_named(c, "Prosecutors") is None
    delhi = actor_named(c, "Delhi Police")
    assert delhi and delhi.kind == "organization" and _forms(delhi) == {"Delhi Police", "Police"}


def test_body_a_set_names_capitalised_in_mid_sentence_stays_an_actor():
    c = run(
        a="Budget debated\n\nThe Parliament met on Monday. Parliament officials said the debate ran late.",
        b="Budget vote\n\nMinisters told the Parliament the cuts were needed, and the Parliament agreed.",
    )
    parliament = actor_named(c, "Parliament")
    assert parliament and parliament.kind == "organization"
    text = c.articles[0].text
    starts = {m.start for m in parliament.mentions if m.article == "a"}
    assert text.index("Parliament officials") in starts  # capitalised by its place, but the set's name


def test_body_named_after_a_day_is_found_whole_and_its_month_abbreviation_keys_like_the_month():
    c = run(
        a="Members named\n\nTwo lawmakers joined the January 6 Select Committee on Friday. "
        "The Sept. 11 Commission had set the example.",
        b="Panel grows\n\nShe was appointed to the Jan. 6 select committee on Friday, "
        "a body modelled on the September 11 Commission.",
        c="Hearings planned\n\nThe Jan 6 committee will hold its first hearing next week.",
    )
    committee = actor_named(c, "January 6 Select Committee")
    assert committee and committee.kind == "organization"
    assert {"January 6 Select Committee", "Jan. 6 select committee", "Jan 6 committee"} <= _forms(committee)
    assert all(a.name != "Select Committee" for a in c.actors)
    commission = actor_named(c, "September 11 Commission")
    assert commission and "Sept. 11 Commission" in _forms(commission)


def test_a_dated_event_or_meeting_is_no_body():
    c = run(a="Board meets\n\nThe March 3 board meeting ran late. The Jan. 6 riot was investigated.")
    assert not [a for a in c.actors if a.name.startswith(("March", "Jan"))]


def test_britain_and_the_united_kingdom_are_one_country_as_america_and_the_united_states_are():
    c = run(
        a="Pact signed\n\nBritain and the United States signed it. British officials said the UK would pay.",
        b="Deal agreed\n\nThe United Kingdom and America agreed. U.K. ministers and the U.S. welcomed it.",
    )
    uk, us = actor_named(c, "United Kingdom"), actor_named(c, "United States")
    assert uk and us and uk.id != us.id
    assert {"Britain", "British", "UK", "U.K."} <= _forms(uk)
    assert {"America", "U.S."} <= _forms(us)


def test_washington_alone_is_the_capital_when_the_set_names_it_and_no_state():
    c = run(
        a="March held\n\nPeople marched in Washington, D.C., on Sunday. Organisers in Washington were glad.",
        b="Crowds gather\n\nThousands gathered in D.C. on Sunday to call for statehood.",
    )
    capital = actor_named(c, "D.C.")
    assert capital and capital.kind == "place"
    assert {"Washington, D.C.", "D.C.", "Washington"} <= _forms(capital)
    assert len([a for a in c.actors if a.kind == "place"]) == 1


def test_washington_stays_apart_from_the_capital_when_the_set_also_names_the_state():
    c = run(
        a="March held\n\nPeople marched in Washington, D.C., on Sunday. Organisers in Washington were glad.",
        b="Crowds gather\n\nThousands gathered in D.C. on Sunday. Sen. Patty Murray (D-Wash.) spoke to them.",
    )
    capital = actor_named(c, "D.C.")
    assert capital and {"Washington, D.C.", "D.C."} <= _forms(capital)
    assert "Washington" not in _forms(capital) and "Wash." not in _forms(capital)


def test_a_month_that_is_also_a_given_name_names_a_person_before_a_surname():
    c = run(a="Panel meets\n\nJan Smith spoke first. Reporters later asked April Ryan about the vote.")
    jan, april = actor_named(c, "Jan Smith"), actor_named(c, "April Ryan")
    assert jan and jan.kind == "person" and april and april.kind == "person"


def test_a_month_before_a_name_in_a_time_phrase_stays_a_month():
    c = run(
        a="Bill signed\n\nThe vote came in June. In June Vance Porter signed the bill.",
        b="Holiday traffic\n\nAugust Bank Holiday traffic was heavy. June Primary turnout was low.",
    )
    assert all(m not in form for a in c.actors for form in _forms(a) for m in ("June", "August"))


def test_a_given_name_that_is_a_common_noun_opening_a_sentence_is_no_actor():
    c = run(
        a="Deal questioned\n\nCourt documents show the deal was signed in secret. Hope remains for a review.",
        b="Secret deal\n\nCourt papers show the deal was secret. Dawn news reported that hope was fading.",
    )
    assert actor_named(c, "Court") is None and actor_named(c, "Hope") is None
    dawn = actor_named(c, "Dawn news agency") or actor_named(c, "Dawn")
    assert dawn and dawn.kind == "organization"  # a given name before an outlet's lower-case tail


def test_a_compound_common_word_opening_sentences_is_no_organisation():
    body = "\n\nFloodwater swept through the valley on Tuesday, officials said. Airstrikes hit the port.\n"
    c = run(a="Valley flooded" + body, b="Storm hits valley" + body)
    assert actor_named(c, "Floodwater") is None and actor_named(c, "Airstrikes") is None


def test_a_compound_name_that_speaks_stays_an_actor():
    c = run(
        a="Group objects\n\nGreenpeace said the port was unsafe. Ships waited.",
        b="Port row\n\nGreenpeace told reporters on Monday the port was unsafe.",
    )
    green = actor_named(c, "Greenpeace")
    assert green and green.kind == "organization" and len(green.mentions) == 2


def test_a_name_written_with_an_ampersand_and_with_and_is_one_organisation_and_a_name_difference():
    c = run(
        a="Merger advice\n\nLaw firm Brackley & Stone advised the buyer on the takeover of Ferris Foods.",
        b="Merger advice\n\nBrackley and Stone advised the buyer on the takeover of Ferris Foods, "
        "and Pakistan and Iran were not involved.",
    )
    firm = actor_named(c, "Brackley & Stone")
    assert firm.kind == "organization" and "Brackley and Stone" in _forms(firm)
    assert actor_named(c, "Stone") is None
    assert actor_named(c, "Pakistan").id != actor_named(c, "Iran").id
    assert any(d.kind == "name" and {d.a.text, d.b.text} == {"Brackley & Stone", "Brackley and Stone"}
               for d in c.differences)


def test_an_office_named_after_its_holder_and_another_body_after_and_the_are_two_bodies():
    c = run(
        a="Data leak\n\nThe Data Protection Commissioner's Office and the National Fraud Bureau opened an "
        "inquiry on Monday."
    )
    office = actor_named(c, "Data Protection Commissioner's Office")
    bureau = actor_named(c, "National Fraud Bureau")
    assert office is not None and bureau is not None and office.id != bureau.id
    assert office.kind == bureau.kind == "organization"


def test_a_person_with_an_unlisted_given_name_before_of_the_is_not_part_of_the_body():
    c = run(a="Board vote\n\nZindra Quillon of the Ferris Foods board voted against the sale on Friday.")
    assert actor_named(c, "Zindra Quillon").kind == "person"
    assert actor_named(c, "Ferris Foods").kind == "organization"
