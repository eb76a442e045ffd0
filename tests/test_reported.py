"""Indirect quotes the way attribution corpora (PARC) mark them: a cue, its source and the span
of what was said, in every position news writing puts them. Sentences of our own."""
from engine_helpers import run


def direct_of(c):
    return [(q.text, c.actor(q.speaker).name if q.speaker else None) for q in c.quotes if q.kind == "direct"]


def indirect_of(c):
    return [(q.text, c.actor(q.speaker).name if q.speaker else None, q.cue) for q in c.quotes
            if q.kind == "indirect"]


def test_content_whose_subject_is_a_bare_noun_phrase():
    c = run(a="Rates\n\nMargaret Osei, the bank's chief economist, said inflation would fall by spring. "
              "The Electoral Commission said turnout was 61 percent. "
              "Amin Sayed has said global demand will hit a record this year.")
    assert indirect_of(c) == [("inflation would fall by spring.", "Margaret Osei", "said"),
                              ("turnout was 61 percent.", "Electoral Commission", "said"),
                              ("global demand will hit a record this year.", "Amin Sayed", "said")]


def test_a_cue_followed_by_its_own_content_is_not_an_inverted_attribution():
    c = run(a="Fine\n\nLena Ford, the bloc's competition chief, said Acme had abused its position. "
              "Dmitri Orlov, the mayor's press secretary, said the Kremlin had no illusions.")
    assert indirect_of(c) == [("Acme had abused its position.", "Lena Ford", "said"),
                              ("the Kremlin had no illusions.", "Dmitri Orlov", "said")]


def test_content_starts_after_the_listener_and_its_that():
    c = run(a="Budget\n\nLena Ford told the finance committee that the plan was unaffordable. "
              "Ford warned lawmakers on Tuesday that the fund would run dry. "
              "Turkey's top diplomat, Selim Kaya, told state broadcaster TRT that both sides had agreed. "
              "The governor urged the Federal Reserve on Monday to cut rates.")
    got = indirect_of(c)
    assert got[:3] == [("the plan was unaffordable.", "Lena Ford", "told"),
                       ("the fund would run dry.", "Lena Ford", "warned"),
                       ("both sides had agreed.", "Selim Kaya", "told")]
    assert got[3][0] == "to cut rates." and got[3][2] == "urged"


def test_nouns_that_report_a_claim_with_its_owner():
    c = run(a="Budget\n\nLena Ford spoke on Monday. "
              "Auditors rejected Ford's claim that the fund was solvent. "
              "Tom Reed lost the vote. His claims that the vote was rigged were false.")
    assert indirect_of(c) == [("the fund was solvent.", "Lena Ford", "claim"),
                              ("the vote was rigged", "Tom Reed", "claims")]


def test_words_that_are_nouns_here_are_no_cues():
    c = run(a="Talks\n\nThe State Department said Washington backed the effort. "
              "Gujarat, India's most industrial state, voted early. "
              "Special envoy Tom Reed had asked for more time. "
              "Member states, the bank and the fund are working together on the plan. "
              "The first drug promising to slow the disease was approved. "
              "In announcing the deal on Monday, Reed said it was a good one.")
    assert indirect_of(c) == [("Washington backed the effort.", "State Department", "said"),
                              ("it was a good one.", "Tom Reed", "said")]


def test_no_attribution_where_no_one_speaks():
    c = run(a="Vote\n\nLena Ford declined to comment on the report. "
              "The effort could conclude with a victory for the package that has been championed by Ford. "
              "The board denied him the right to use the gym. "
              "Senators revealed and introduced the text of the bill.")
    assert indirect_of(c) == []


def test_phrasal_cues_and_relative_clauses():
    c = run(a="Probe\n\nThe company pointed out that sales had doubled. "
              "The ruling was opposed by advisers, who said there was not enough evidence.")
    assert [(t, cue) for t, _, cue in indirect_of(c)] == [("sales had doubled.", "pointed"),
                                                          ("there was not enough evidence.", "said")]


def test_a_body_named_after_its_noun_speaks_for_it():
    c = run(a="Court\n\nThe state of Mississippi said the law was sound. "
              "A spokesman for Acme Corp. said the plant would close. "
              "Officials at the Labor Department said claims had risen.")
    assert [s for _, s, _ in indirect_of(c)] == ["Mississippi", "Acme Corp", "Labor Department"]


def test_a_trailing_attribution_to_two_long_names():
    c = run(a="Shots\n\nPeople who are vaccinated do not need a third dose, "
              "the Food and Drug Administration and "
              "the Centers for Disease Control and Prevention said in a joint statement on Thursday.")
    assert indirect_of(c) == [("People who are vaccinated do not need a third dose",
                               "Food and Drug Administration", "said")]


def test_the_first_of_two_places_and_no_one_behind_a_preposition():
    c = run(a="Oil\n\nRiyadh and Moscow said on Tuesday they would extend the cuts. "
              "Allies of former President Tom Reed said a commission was not needed. "
              "The plant closed in March, and Lena Ford said on Monday.")
    assert indirect_of(c) == [("they would extend the cuts.", "Riyadh", "said"),
                              ("a commission was not needed.", None, "said")]


def test_a_party_named_by_its_members_with_a_time_after_it():
    c = run(a="Report\n\nDemocratic lawmakers on Friday criticised the report, "
              "saying its findings fell short.")
    [(text, speaker, cue)] = indirect_of(c)
    assert text == "its findings fell short." and speaker == "Democratic lawmakers" and cue == "saying"


def test_datelines_credits_and_words_that_only_look_like_cues():
    c = run(a="Suit\n\nJan 14 (Reuters) - The Federal Markets Commission sued Tom Reed on Tuesday. "
              "The regulator said Reed saved millions by buying shares at \"artificially low prices\" before "
              "revealing his stake.\n\n"
              "Special counsel Ann Park had asked for a January trial. "
              "The commission has charged Reed in two separate cases.")
    direct = direct_of(c)
    assert direct == [('"artificially low prices"', "Federal Markets Commission")]
    assert indirect_of(c) == []


def test_a_dateline_is_not_part_of_the_content():
    c = run(a="Strikes\n\nRAFAH, Gaza Strip (Wirenews) — Airstrikes hit the city overnight, "
              "health officials said.")
    assert indirect_of(c) == [("Airstrikes hit the city overnight", None, "said")]


def test_a_countrys_ministry_written_in_lower_case_and_its_army():
    c = run(a="Oil\n\nThe Saudi energy ministry said the kingdom would keep output steady. "
              "The Israeli army said its troops had killed \"terrorists\" in the city.",
            b="Oil\n\nThe Energy Ministry announced the cut on Sunday.")
    assert indirect_of(c)[0][1] == "Saudi energy ministry"
    ministry = next(a for a in c.actors if a.name == "Saudi energy ministry")
    assert "Energy Ministry" in ministry.aliases
    direct = direct_of(c)
    assert direct == [('"terrorists"', "Israeli army")]   # the army is a body of its own (lower_bodies)


def test_a_dateline_place_is_not_the_subject_a_pronoun_takes():
    c = run(a="Suit\n\nWASHINGTON — The Federal Markets Commission sued Tom Reed on Tuesday. "
              "It said the case was strong.")
    assert indirect_of(c) == [("the case was strong.", "Federal Markets Commission", "said")]


def test_a_cue_word_after_an_article_reports_nothing():
    c = run(a="Vote\n\nThe board named Ivo Marsh the winner of the seat following a recount that lasted "
              "two days. Marsh said the count was fair.")
    assert indirect_of(c) == [("the count was fair.", "Ivo Marsh", "said")]
