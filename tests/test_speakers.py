"""Speakers described rather than named, headline quotes, and descriptions resolved across the
sources of one event. Sentences of our own."""
from engine_helpers import run


def direct_of(c, article=None):
    return [(q.text, c.actor(q.speaker).name if q.speaker else None) for q in c.quotes
            if q.kind == "direct" and (article is None or q.article == article)]


def test_a_place_in_a_title_is_not_the_subject_a_quote_falls_back_on():
    c = run(a="Vote\n\nU.S. Senator Jane Roe, a critic of the plan, attacked it in a post on Monday.\n\n"
              '"The plan was never going to work."')
    assert direct_of(c) == [('"The plan was never going to work."', "Jane Roe")]


def test_a_lede_that_describes_before_it_names():
    c = run(a='Deal\n\nThe top Democrat on the Senate finance panel on Tuesday said the deal was "a betrayal '
              'of working families" and vowed to fight it.\n\n'
              "Senator Maria Lopez, who has led the panel since 2019, spoke after a closed meeting.")
    assert direct_of(c) == [('"a betrayal of working families"', "Maria Lopez")]


def test_a_headline_quote_takes_the_speaker_of_the_same_words_in_the_body():
    c = run(a="Union deal a ‘betrayal’ of workers\n\n"
              'Union leader Tom Reed said the agreement was "a betrayal of every worker in the plant." '
              "The company did not comment.")
    assert direct_of(c) == [("‘betrayal’", "Tom Reed"),
                            ('"a betrayal of every worker in the plant."', "Tom Reed")]


def test_a_headline_source_after_a_dash_and_a_claim_that_is_a_noun():
    c = run(a="Mayor’s ‘rigged vote’ claim false -key Senate Democrat\n\n"
              'Senator Ann Park said on Monday the mayor had no evidence. '
              '"The count was checked twice," Park said.')
    got = direct_of(c)
    assert got == [("‘rigged vote’", "Ann Park"), ('"The count was checked twice,"', "Ann Park")]


def test_a_name_that_opens_the_text_before_a_comma_is_no_scare_quote():
    c = run(a='Vantor, Globex: prices "will rise again next year"\n\nVantor and Globex said costs were up.')
    assert direct_of(c) == [('"will rise again next year"', "Vantor")]


def test_a_qualified_role_is_the_one_holder_in_another_source():
    c = run(a="Law struck\n\nOhio Attorney General Dave Yost said the state would appeal the ruling.",
            b="Appeal\n\nCalling the ruling “plainly wrong,” Ohio’s attorney general asked a higher court "
              "to step in.")
    assert direct_of(c, "b") == [("“plainly wrong,”", "Dave Yost")]


def test_a_body_noun_is_the_one_body_another_source_names():
    c = run(a="Fine\n\nThe Federal Election Commission fined the campaign on Monday.",
            b='Fine\n\n"This was a clear violation," a commission official said on Monday.\n\n'
              'A commission set up by Congress questioned the rules, with some members warning they would '
              '"chill donations."')
    assert direct_of(c, "b") == [('"This was a clear violation,"', "Federal Election Commission"),
                                 ('"chill donations."', "Federal Election Commission")]


def test_a_claim_after_a_quote_is_a_noun_not_a_cue():
    c = run(a="Mayor’s ‘rigged vote’ claim Reed rejects\n\nSenator Tom Reed rejected the claim on Monday.")
    assert direct_of(c) == [("‘rigged vote’", None)]


def test_a_party_member_of_a_body_does_not_speak_for_it():
    c = run(a="Plant closure ‘a disaster’ -key House Democrat\n\n"
              'Representative Ann Park, who has served in the House since 2015, said the closure was "a blow '
              'to every family in town."')
    assert direct_of(c)[0] == ("‘a disaster’", "Ann Park")


def test_an_apposition_gives_a_role_and_a_description_skips_who_has_another():
    c = run(a="Vote\n\nMaria Lopez won the vote on Sunday. "
              "Tom Reed, a lawyer for the family, said the ruling "
              "was \"unjust and cruel.\" The far-right leader has said \"the fight goes on.\"")
    reed = next(a for a in c.actors if a.name == "Tom Reed")
    assert reed.role == "lawyer for the family"
    assert direct_of(c) == [('"unjust and cruel."', "Tom Reed"), ('"the fight goes on."', "Maria Lopez")]


def test_a_description_that_fits_no_one_named_has_no_speaker():
    c = run(a="Vote\n\nTom Reed, a lawyer for the family, said the ruling was \"unjust and cruel.\" "
              "The far-right leader has said \"the fight goes on.\"")
    assert direct_of(c) == [('"unjust and cruel."', "Tom Reed"), ('"the fight goes on."', None)]


def test_a_second_quote_added_by_the_same_speaker_and_names_inside_quotes():
    c = run(a="Report\n\nA draft from the Vexor Commission warned against the plan.\n\n"
              "“Court expansion is likely to weaken the Supreme Court,” the report said, later adding, "
              "“Expansion today could lead to a cycle of expansions.”")
    assert [s for _, s in direct_of(c)] == ["Vexor Commission", "Vexor Commission"]


def test_a_noun_phrase_is_headed_by_its_last_noun_and_a_surname_may_open_a_sentence():
    c = run(a="Trial\n\nFormer President Tom Bush was charged. Bush attacked the decision on Monday, "
              "calling the judge \"biased.\"\n\n"
              "A draft from the Vexor Commission warned against the plan. "
              "The Supreme Court did not comment.\n\n"
              "“Court reform is likely to weaken the Supreme Court,” the report said, later adding, "
              "“Reform could lead to a cycle of reforms.”")
    assert direct_of(c) == [('"biased."', "Tom Bush"),
                            ("“Court reform is likely to weaken the Supreme Court,”", "Vexor Commission"),
                            ("“Reform could lead to a cycle of reforms.”", "Vexor Commission")]


def test_a_compound_body_noun_is_the_body_whose_name_has_it():
    c = run(a="Storm\n\nThe Norwegian Coast Guard said it had sent two boats. "
              "Hundreds were stranded in Bergen.\n\n"
              'The coast guard maintained the crossing was "entirely safe" until the storm hit.')
    assert direct_of(c) == [('"entirely safe"', "Norwegian Coast Guard")]
    c = run(a="Storm\n\nThe Norwegian Coast Guard sent two boats on Monday.",
            b='Ferry\n\nThe coast guard maintained the crossing was "entirely safe" until the storm hit.')
    assert direct_of(c, "b") == [('"entirely safe"', "Norwegian Coast Guard")]


def test_the_city_a_body_sits_in_is_not_its_voice():
    c = run(a="Spy row\n\nNorway expelled two diplomats on Monday, Foreign Minister Ola Berg said. "
              'The embassy in Oslo said it would answer "at the proper time."')
    assert direct_of(c) == [('"at the proper time."', None)]
    c = run(a="Spy row\n\nThe Dutch Embassy in Rome was closed on Monday.",
            b='Row\n\nThe embassy in Rome said it was "deeply concerned" by the move.')
    assert direct_of(c, "b") == [('"deeply concerned"', "Dutch Embassy")]


def test_a_body_of_another_country_is_not_borrowed_for_a_bare_noun():
    other = 'Reply\n\nThe French Foreign Ministry called the move "deeply regrettable."'
    c = run(a="Expelled\n\nNorway on Monday ordered two French diplomats out, the foreign ministry said. "
              'The ministry accused them of "acts against the kingdom."', b=other)
    # Norway's own ministry, in small letters (lower_bodies.py), not the French one
    assert direct_of(c, "a") == [('"acts against the kingdom."', "Foreign ministry")]
    c = run(a="Expelled\n\nFrance on Monday ordered two Norwegian diplomats out, the foreign ministry said. "
              'The ministry accused them of "acts against the republic."', b=other)
    assert direct_of(c, "a") == [('"acts against the republic."', "French Foreign Ministry")]


def test_a_cue_word_after_an_article_is_a_noun():
    c = run(a='Seat\n\nThe Green Party has vowed to fight what it calls a "stolen seat" after a recount '
              "handed the district to its rival.")
    assert direct_of(c) == [('"stolen seat"', "Green Party")]


def test_verbs_of_manner_report_speech():
    c = run(a='Deal\n\nAcme chief Tom Reed crowed that the ruling was "a triumph for buyers." '
              "Rivals did not comment.")
    assert direct_of(c) == [('"a triumph for buyers."', "Tom Reed")]


def test_a_speaker_named_after_a_description():
    c = run(a='Crash\n\nThe bus overturned on a bend. "It was over in seconds," said one driver, Ana Lima, '
              "who escaped with her son.")
    assert direct_of(c) == [('"It was over in seconds,"', "Ana Lima")]


def test_a_passive_headline_quote_takes_who_the_body_says_made_the_charge():
    c = run(a="Mayor accused of ‘cooking the books’ on housing\n\n"
              'Opposition leader Ann Park accused the mayor of "hiding the real cost" of the scheme. '
              "The mayor denied it.")
    assert direct_of(c)[0] == ("‘cooking the books’", "Ann Park")


def test_a_passive_headline_quote_is_not_given_to_a_body_quote_about_something_else():
    """The body's first "accused" is aimed at the council; the charge against the nurse comes later."""
    c = run(a="Nurse accused of ‘neglect’ in flood\n\n"
              'Union leader Ken Roe accused the council of "dragging its feet" after the flood. '
              'Ward sister Mia Hart accused the nurse of "leaving patients alone" all week.')
    assert direct_of(c)[0] == ("‘neglect’", "Mia Hart")
    c = run(a="Nurse accused of ‘neglect’ in flood\n\n"
              'Union leader Ken Roe accused the council of "dragging its feet" after the flood.')
    assert direct_of(c)[0] == ("‘neglect’", None)
    # a headline's "praised for" is passive too: its subject ("Nurse") did not speak
    c = run(a="Nurse praised for ‘tireless’ care in flood\n\n"
              'Union leader Ken Roe praised the firefighters for their "quick response" to the flood.')
    assert direct_of(c)[0] == ("‘tireless’", None)
    # the body names the subject otherwise ("the bureau") but gives the quoted words
    c = run(a="Agency accused of ‘hiding files’ on dam\n\n"
              'Senator Ann Park accused the bureau of hiding files on the dam and "lying to the public".')
    assert direct_of(c)[0] == ("‘hiding files’", "Ann Park")


FIRE = ("Fire\n\nFirefighters fought a blaze near Lamia on Monday, Fire Chief Nikos Papas said. "
        "The Hellenic Fire Service sent 40 trucks. Ana Lima, a teacher, fled with her son.\n\n")


def test_a_speaker_who_gave_a_name_in_a_relative_clause():
    c = run(a=FIRE + '"We lost everything," said one resident, who gave her name only as Ana Lima.')
    assert direct_of(c)[-1] == ('"We lost everything,"', "Ana Lima")
    c = run(a=FIRE + '"We lost everything," said one resident, Ana Lima’s neighbour.')
    assert direct_of(c)[-1] == ('"We lost everything,"', None)


def test_a_body_described_after_a_preposition():
    c = run(a=FIRE + 'A spokesperson for the fire service said crews were "stretched thin."')
    assert direct_of(c)[-1] == ('"stretched thin."', "Hellenic Fire Service")


def test_quoted_as_saying_names_who_spoke():
    c = run(a=FIRE + 'Greek media quoted Nikos Papas as saying the fire was "out of control."')
    assert direct_of(c)[-1] == ('"out of control."', "Nikos Papas")
    c = run(a=FIRE + '"It is out of control," Nikos Papas was quoted as saying.')
    assert direct_of(c)[-1] == ('"It is out of control,"', "Nikos Papas")


def test_a_place_glued_to_a_noun_qualifies_it():
    c = run(a=FIRE + '"The wind is the enemy," the Lamia-based chief said.')
    assert direct_of(c)[-1] == ('"The wind is the enemy,"', "Nikos Papas")
    c = run(a='Clashes\n\nFighting broke out near Donetsk on Monday, Ukraine said. '
              '"We will not retreat," a Russian-backed militia said.')
    assert direct_of(c) == [('"We will not retreat,"', None)]


def test_a_gendered_noun_of_the_last_sentence_does_not_gender_the_next_name():
    c = run(a="Flood\n\nDana Petrov, a nurse, fled with her son.\n\n"
              'Ruta Sela was in tears. "Everything is gone," she said.')
    assert direct_of(c) == [('"Everything is gone,"', "Ruta Sela")]


def test_a_bodys_unnamed_spokesman_speaks_for_the_body():
    c = run(a=FIRE + "The service's spokesman said crews were \"exhausted.\"")
    assert direct_of(c)[-1] == ('"exhausted."', "Hellenic Fire Service")
    c = run(a=FIRE + "The service’s chief said crews were \"exhausted.\"")
    assert direct_of(c)[-1] == ('"exhausted."', "Nikos Papas")


def test_an_age_stands_for_the_person_just_described():
    c = run(a=FIRE + 'Ruta Sela, a nurse, was in tears. "Everything is gone," the 34-year-old said.')
    assert direct_of(c)[-1] == ('"Everything is gone,"', "Ruta Sela")


def test_a_colon_after_a_sentence_that_opens_with_a_name():
    c = run(a=FIRE + 'Nikos Papas put it bluntly: "Crews are exhausted."')
    assert direct_of(c)[-1] == ('"Crews are exhausted."', "Nikos Papas")


PORT = ("Strike\n\nDock workers walked out on Monday, the Maritime Workers Union said. "
        "The Chilean Ports Authority called the strike illegal.\n\n")


def test_people_who_speak_for_a_body_described_by_a_noun():
    c = run(a=PORT + '"It is illegal," lawyers for the authority said.')
    assert direct_of(c)[-1] == ('"It is illegal,"', "Chilean Ports Authority")
    c = run(a=PORT + '"It is illegal," the authority’s lawyers said.')
    assert direct_of(c)[-1] == ('"It is illegal,"', "Chilean Ports Authority")
    c = run(a=PORT + '"It is illegal," residents of the town said.')
    assert direct_of(c)[-1] == ('"It is illegal,"', None)


def test_verbs_of_speech_with_a_particle():
    c = run(a=PORT + '"That is simply false," Labour Minister Rosa Vidal fired back on Tuesday.')
    assert direct_of(c)[-1] == ('"That is simply false,"', "Rosa Vidal")
    c = run(a=PORT + 'Rosa Vidal hit back: "That is simply false."')
    assert direct_of(c)[-1] == ('"That is simply false."', "Rosa Vidal")
    c = run(a=PORT + '"The port must reopen," weighed in Rosa Vidal.')
    assert direct_of(c)[-1] == ('"The port must reopen,"', "Rosa Vidal")


def test_a_headline_drops_its_articles_before_a_role():
    body = ("\n\nLabour Minister Rosa Vidal said on Monday that the strike at San Antonio was illegal. "
            "The Maritime Workers Union rejected the claim.")
    for headline in ("Port strike 'illegal', says minister", "Minister brands port strike 'illegal'",
                     "Strike 'illegal', claims labour minister"):
        c = run(a=headline + body)
        assert direct_of(c)[0] == ("'illegal'", "Rosa Vidal"), headline
