"""Differences between linked sentences: per kind, a true difference is reported with both spans,
and the same fact written another way is not. The two sentences are linked by a reader's
correction, so these cases do not depend on how the aligner scores them."""
from engine_helpers import articles, linked, run

from reader.engine import attribution, compare
from reader.engine.differences import word_diff
from reader.engine.model import Citation, Correction


def linked_pair(a: str, b: str, date_a: str = "", date_b: str = "", before_a: str = "", before_b: str = ""):
    """Compare two one-paragraph articles whose sentences a and b are linked by a correction;
    return (comparison, the differences between a and b)."""
    arts = articles(alpha=f"Alpha report\n\n{before_a}{a}", beta=f"Beta report\n\n{before_b}{b}")
    if date_a or date_b:
        arts = [type(x)(**{**x.__dict__, "date": d}) for x, d in zip(arts, (date_a, date_b))]
    refs = []
    for art, text in zip(arts, (a, b)):
        start = art.text.index(text)
        refs.append(Citation(art.id, start, start + len(text), text))
    c = compare(arts, corrections=[Correction("link", refs=tuple(refs))])
    ids = {s.id for s in c.sentences if s.text and (s.text in a or s.text in b or a in s.text or b in s.text)}
    return c, [d for d in c.differences if {d.a.sentence, d.b.sentence} <= ids]


def of_kind(diffs, kind):
    return [d for d in diffs if d.kind == kind]


def texts(d):
    return {d.a.text, d.b.text}


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


# --- names ---------------------------------------------------------------------------------

def test_name_spelling_variant_is_reported_with_both_spans():
    _, diffs = linked_pair("Foreign Minister Hossein Amir-Abdollahian met the envoy in Davos on Tuesday.",
                           "Foreign Minister Hussein Amirabdollahian met the envoy in Davos on Tuesday.")
    assert [texts(d) for d in of_kind(diffs, "name")] == [{"Hossein Amir-Abdollahian",
                                                           "Hussein Amirabdollahian"}]


def test_short_forms_titles_and_conventional_dots_are_not_name_differences():
    _, diffs = linked_pair("President Joanna Kowalczyk told U.S. lawmakers the tariff would stay.",
                           "Kowalczyk told US lawmakers the tariff would stay.")
    assert not of_kind(diffs, "name")


def test_a_name_and_a_place_that_share_their_letters_are_not_one_name():
    _, diffs = linked_pair("Senator Ruth Whitehouse questioned the White House budget on Monday.",
                           "The White House budget was questioned by Ruth Whitehouse on Monday.")
    assert not of_kind(diffs, "name")


def test_another_first_name_for_one_surname_unless_the_article_names_both():
    _, diffs = linked_pair("Anna Lindqvist opened the new wing of the hospital on Monday.",
                           "Erik Lindqvist opened the new wing of the hospital on Monday.")
    assert [texts(d) for d in of_kind(diffs, "name")] == [{"Anna Lindqvist", "Erik Lindqvist"}]
    _, family = linked_pair("Anna Lindqvist opened the new wing of the hospital on Monday.",
                            "Erik Lindqvist opened the new wing of the hospital on Monday.",
                            before_b="Anna Lindqvist and her husband run the hospital trust. ")
    assert not of_kind(family, "name")      # the other article names her too: two people


def test_a_name_spelt_one_letter_apart_or_with_other_vowels():
    for x, y in (("Collins", "Collings"), ("Zelensky", "Zelenskyy"), ("Gaddafi", "Qaddafi"),
                 ("Kyiv", "Kiev"), ("Johnson", "Jonhson")):
        _, diffs = linked_pair(f"The envoy met {x} officials at the border crossing on Monday.",
                               f"The envoy met {y} officials at the border crossing on Monday.")
        assert [texts(d) for d in of_kind(diffs, "name")] == [{x, y}], (x, y)
    for x, y in (("Aleksandrov", "Alexandrov"), ("Mikhailov", "Michaelov"), ("Pawlenko", "Pavlenko")):
        _, diffs = linked_pair(f"The envoy met Maxim {x} at the border crossing on Monday.",
                               f"The envoy met Maxim {y} at the border crossing on Monday.")
        assert [texts(d) for d in of_kind(diffs, "name")] == [{"Maxim " + x, "Maxim " + y}], (x, y)
    for x, y in (("Gambia", "Zambia"), ("Democrat", "Democrats"), ("Israel", "Israeli"), ("Kenya", "Kenyan"),
                 ("Kennedy", "Kennedys"), ("CIA", "CIO"), ("OPEC", "OPIC"), ("Crane", "Crone"),
                 ("Carr", "Kerr")):
        _, diffs = linked_pair(f"The envoy met {x} officials at the border crossing on Monday.",
                               f"The envoy met {y} officials at the border crossing on Monday.")
        assert not of_kind(diffs, "name"), (x, y)
    _, elsewhere = linked_pair("The envoy met Collins at the border crossing on Monday.",
                               "The envoy met Collings at the border crossing on Monday.",
                               before_b="Collins had flown in from Oslo. ")
    assert not of_kind(elsewhere, "name")     # the other article writes both: two people


def test_a_hyphen_for_a_space_or_a_surname_split_in_two_is_a_spelling():
    _, diffs = linked_pair("Kofi Addo-Mensah won the seat by twelve votes on Friday.",
                           "Kofi Addo Mensah won the seat by twelve votes on Friday.")
    assert [texts(d) for d in of_kind(diffs, "name")] == [{"Kofi Addo-Mensah", "Kofi Addo Mensah"}]
    _, split = linked_pair("The bank's chief Ravi Shankaran resigned over the loans on Friday.",
                           "The bank's chief Ravi Shan Karan resigned over the loans on Friday.")
    assert [texts(d) for d in of_kind(split, "name")] == [{"Ravi Shankaran", "Ravi Shan Karan"}]
    _, alike = linked_pair("Kofi Addo-Mensah won the seat by twelve votes on Friday.",
                           "kofi addo-mensah won the seat by twelve votes on Friday.")
    assert not of_kind(alike, "name")           # case alone is no spelling


def test_a_common_word_and_a_name_with_its_consonants_are_not_one_name():
    _, diffs = linked_pair("The Labour Party of the port town backed the strike on Monday.",
                           "The Labour Puerto of the port town backed the strike on Monday.")
    assert not of_kind(diffs, "name")
    _, one_letter = linked_pair("The envoy met Hussein at the border crossing on Monday.",
                                "The envoy met Hussain at the border crossing on Monday.")
    assert [texts(d) for d in of_kind(one_letter, "name")] == [{"Hussein", "Hussain"}]


def test_a_long_surname_with_two_letters_changed_beside_one_first_name():
    _, diffs = linked_pair("Investor Marta Kowalczyk bought the harbour club on Sunday.",
                           "Investor Marta Kowalchuk bought the harbour club on Sunday.")
    assert [texts(d) for d in of_kind(diffs, "name")] == [{"Kowalczyk", "Kowalchuk"}]
    _, short = linked_pair("Investor Marta Bergman bought the harbour club on Sunday.",
                           "Investor Marta Berglin bought the harbour club on Sunday.")
    assert not of_kind(short, "name")           # short names two letters apart are two names
    _, alone = linked_pair("Kowalczyk bought the harbour club on Sunday, the league said.",
                           "Kowalchuk bought the harbour club on Sunday, the league said.")
    assert [texts(d) for d in of_kind(alone, "name")] == [{"Kowalczyk", "Kowalchuk"}]
    _, start = linked_pair("Investor Marta Lindberg bought the harbour club on Sunday.",
                           "Investor Marta Sandberg bought the harbour club on Sunday.")
    assert not of_kind(start, "name")           # nor are names that start otherwise


def test_a_company_named_with_another_suffix_or_plural_but_not_its_short_name():
    _, diffs = linked_pair("Rival grocer Marlow Foods opposed the merger in court on Monday.",
                           "Rival grocer Marlow Food Group opposed the merger in court on Monday.")
    assert [texts(d) for d in of_kind(diffs, "name")] == [{"Marlow Foods", "Marlow Food Group"}]
    _, short = linked_pair("The bid by Harbourline Sports Partners was approved on Monday.",
                           "The bid by Harbourline was approved by the league on Monday.")
    assert not of_kind(short, "name")           # its opening word is its short name
    _, abbreviated = linked_pair("Officials at Acme Corp rejected the takeover bid on Monday.",
                                 "Officials at Acme Corporation rejected the takeover bid on Monday.")
    assert not of_kind(abbreviated, "name")     # a word of the name abbreviated
    _, two = linked_pair("Congresswoman Ana Ruiz (D-Calif.) voted against the water bill on Monday.",
                         "Congresswoman Ana Ruiz (D-CA) voted against the water bill on Monday.")
    assert [texts(d) for d in of_kind(two, "name")] == [{"Calif.", "CA"}]     # two abbreviations
    _, plural = linked_pair("The Marlow Revolutionary Guards fired on the boats on Monday.",
                            "The Marlow Revolutionary Guard fired on the boats on Monday.")
    assert not of_kind(plural, "name")          # a plural alone is one name


def test_a_name_written_in_the_other_order():
    _, diffs = linked_pair("Trade envoy Zhang Wei arrived in Lagos on Monday for the talks.",
                           "Trade envoy Wei Zhang arrived in Lagos on Monday for the talks.")
    assert [d.note for d in of_kind(diffs, "name")] == ["name order: “Zhang Wei” vs “Wei Zhang”"]
    _, same = linked_pair("Trade envoy Zhang Wei arrived in Lagos on Monday for the talks.",
                          "Trade envoy Zhang Wei reached Lagos on Monday for the talks.")
    assert not of_kind(same, "name")


def test_an_acronym_is_not_a_name_difference():
    _, diffs = linked_pair("The Civil Aviation Authority grounded the two airliners on Friday.",
                           "The CAA grounded the two airliners on Friday, citing engine faults.")
    assert not of_kind(diffs, "name")
    _, dots = linked_pair("The U.K. and Norway signed the fishing accord in Oslo.",
                          "The UK and Norway signed the fishing accord in Oslo.")
    assert not of_kind(dots, "name")


def test_a_shortened_first_name_is_a_name_difference():
    _, diffs = linked_pair("The letter went to board chair Christopher Lang on Monday.",
                           "The letter went to board chair Chris Lang on Monday.")
    assert [texts(d) for d in of_kind(diffs, "name")] == [{"Christopher Lang", "Chris Lang"}]


def test_a_name_written_with_other_accents():
    _, diffs = linked_pair("Finance Minister Tomás Herrera presented the budget on Monday.",
                           "Finance Minister Tomas Herrera presented the budget on Monday.")
    assert [texts(d) for d in of_kind(diffs, "name")] == [{"Tomás", "Tomas"}]


def test_two_articles_spelling_a_name_differently_in_sentences_that_are_not_linked():
    # a and b carry the name in sentences about different things (each told by c as well)
    arts = articles(a="Port deal\n\nThe port deal was signed in Oslo on Monday. "
                      "Harbour chief Ingrid Solberg called it a fair bargain for the town.",
                    b="Port deal signed\n\nThe port deal was signed in Oslo on Monday. "
                      "Dock workers cheered outside the office of Ingrid Solborg until late evening.",
                    c="Oslo port\n\nHarbour chief Ingrid Solberg called the deal a fair bargain for the "
                      "town. "
                      "Dock workers cheered outside the office of Ingrid Solberg until late evening.")
    refs = []
    for art, words in ((arts[0], "Harbour chief"), (arts[1], "Dock workers")):
        start = art.text.index(words)
        end = art.text.index(".", start) + 1
        refs.append(Citation(art.id, start, end, art.text[start:end]))
    c = compare(arts, corrections=[Correction("unlink", refs=tuple(refs))])
    a_b = [d for d in c.differences if d.kind == "name" and {d.a.article, d.b.article} == {"a", "b"}]
    assert [{d.a.text, d.b.text} for d in a_b] == [{"Ingrid Solberg", "Ingrid Solborg"}]
    assert not linked(c, c.sentence(a_b[0].a.sentence), c.sentence(a_b[0].b.sentence))
    # b also writes a's form elsewhere: its "Solborg" is still a form a never writes
    also = " Harbour chief Ingrid Solberg called the deal a fair bargain for the town.\n"
    b_both = [type(x)(**{**x.__dict__, "text": x.text.rstrip() + also}) if x.id == "b" else x for x in arts]
    c = compare(b_both, corrections=[Correction("unlink", refs=tuple(refs))])
    a_b = [d for d in c.differences if d.kind == "name" and {d.a.article, d.b.article} == {"a", "b"}]
    assert {"Ingrid Solborg"} in [{d.a.text, d.b.text} - {"Ingrid Solberg"} for d in a_b]
    # each article writes both forms: neither outlet spells the name its own way
    also_a = " Dock workers cheered outside the office of Ingrid Solborg until late evening.\n"
    each_both = [type(x)(**{**x.__dict__, "text": x.text.rstrip() + also_a}) if x.id == "a" else x
                 for x in b_both]
    c = compare(each_both, corrections=[Correction("unlink", refs=tuple(refs))])
    assert not [d for d in c.differences if d.kind == "name" and {d.a.article, d.b.article} == {"a", "b"}]


def test_two_articles_naming_one_body_differently_in_sentences_that_are_not_linked():
    arts = articles(a="Dam\n\nThe National Water Safety Board closed the Kessel dam on Monday. "
                      "Engineers found cracks in the spillway.",
                    b="Dam closed\n\nThe Kessel dam was closed on Monday. "
                      "The Water Board said engineers had found cracks in the spillway.")
    refs = tuple(Citation(x.id, x.text.index(words), x.text.index(".", x.text.index(words)) + 1,
                          x.text[x.text.index(words):x.text.index(".", x.text.index(words)) + 1])
                 for x, words in ((arts[0], "The National"), (arts[1], "The Water Board")))
    c = compare(arts, corrections=[Correction("unlink", refs=refs)])
    names = [d for d in c.differences if d.kind == "name"]
    assert [{d.a.text, d.b.text} for d in names] == [{"National Water Safety Board", "Water Board"}]
    assert not linked(c, c.sentence(names[0].a.sentence), c.sentence(names[0].b.sentence))


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
    did = " on Thursday expelled two Russian diplomats from the embassy."
    for x, y in (("Sweden", "Stockholm"), ("Swedish authorities", "Stockholm"),
                 ("Sweden", "The Swedish government")):
        _, diffs = linked_pair(x + did, y + did)
        assert not of_kind(diffs, "attribution"), (x, y)
    _, other = linked_pair("Chinese hackers" + did, "Beijing" + did)
    assert [texts(d) for d in of_kind(other, "attribution")] == [{"Chinese hackers",
                                                                  "Beijing on Thursday expelled"}]
    _, two = linked_pair("Sweden" + did, "Oslo" + did)
    assert [texts(d) for d in of_kind(two, "attribution")] == [{"Sweden on Thursday expelled",
                                                               "Oslo on Thursday expelled"}]


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
    # "are confirmed dead" credits nothing to "Nine people"; the source is who said so after it
    said = "Nine people are now confirmed dead after the ferry sank off the cape, "
    _, diffs = linked_pair(said + "the coast guard said.", said + "the navy said.")
    assert [texts(d) for d in of_kind(diffs, "attribution")] == [{"coast guard said", "navy said"}]
    assert attribution.find_source("The deal is reported to be worth nine million pounds.") == \
        (0, 0, attribution.UNKNOWN)             # hedged, unnamed


def test_a_headline_label_in_capitals_is_no_source():
    assert attribution.find_source("FLOOD CHAOS: Dam bursts above the valley town", headline=True) is None
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
    said = "The port will stay closed until Friday, "
    _, diffs = linked_pair(said + "the Harbour Authority said.",
                           said + "Harbour Authority chair Lena Brandt said.")
    assert [texts(d) for d in of_kind(diffs, "attribution")] == [{"Harbour Authority said",
                                                                  "Harbour Authority chair Lena Brandt said"}]
    _, same = linked_pair(said + "Harbour Authority chair Lena Brandt said.", said + "Brandt said.")
    assert not of_kind(same, "attribution")     # one person, named in full and by surname
    _, voice = linked_pair(said + "the Harbour Authority said.",
                           said + "Harbour Authority spokesman Piet Brandt said.")
    assert not of_kind(voice, "attribution")    # a spokesman's words are the body's
    _, body = linked_pair(said + "the Harbour Authority said.", said + "a Harbour Authority statement said.")
    assert not of_kind(body, "attribution")     # one body, named two ways
    _, place = linked_pair(said + "Norway said.", said + "Norway's trade minister Lena Brandt said.")
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
    assert not titles_a_name("Sens. Ana Ruiz and Tom Berg wrote", 0, 4)   # others of the role may be unnamed
    assert not titles_a_name("The minister Monday said", 4, 12)


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
    _, hedged = linked_pair("The harbour board will appeal the ruling, the port union said.",
                            "The harbour board is widely expected to appeal the ruling.")
    assert not of_kind(hedged, "attribution")
    _, fact = linked_pair("The harbour board will appeal the ruling, the port union said.",
                          "The harbour board will appeal the ruling.")
    assert [d.note for d in of_kind(fact, "attribution")] == [
        "credited to “port union” in one source, stated as fact in the other"]


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
