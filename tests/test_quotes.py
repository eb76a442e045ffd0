from engine_helpers import run


def quotes_of(c):
    return [(q.text, c.actor(q.speaker).name if q.speaker else None, q.cue) for q in c.quotes
            if q.kind == "direct"]


def test_split_quote_around_said_has_one_speaker_for_both_halves():
    c = run(a='Talks\n\n"We will not stop," said Maria Lopez, the union leader. '
              '"Our members voted for this strike."')
    got = quotes_of(c)
    assert [s for _, s, _ in got] == ["Maria Lopez", "Maria Lopez"]


def test_curly_and_straight_marks_and_cue_before():
    c = run(a="Storm\n\nGovernor Ann Park warned: “Stay indoors tonight.” "
              'Mayor Tom Reed said "the roads are closed."')
    got = quotes_of(c)
    assert got[0][0] == "“Stay indoors tonight.”" and got[0][1] == "Ann Park"
    assert got[1][1] == "Tom Reed"


def test_pronoun_and_role_noun_speakers_point_back():
    c = run(a="Budget\n\nFinance Minister Ravi Shah presented the budget on Monday. "
              '"This is a budget for growth," he said. '
              'Opposition leader Lena Ford criticised it. "It ignores the poor," she said. '
              '"We expect growth of 5 percent," the minister added.')
    got = quotes_of(c)
    assert [s for _, s, _ in got] == ["Ravi Shah", "Lena Ford", "Ravi Shah"]


def test_quote_over_several_sentences_is_one_quote():
    c = run(a='Aid\n\n"Aid is on the way. More will follow next week," the agency\'s chief Omar Ali said.')
    got = quotes_of(c)
    assert len(got) == 1 and "More will follow" in got[0][0] and got[0][1] == "Omar Ali"


def test_indirect_quote_with_said_that():
    c = run(a="Trial\n\nProsecutor Jane Miles said that the evidence was overwhelming.")
    indirect = [q for q in c.quotes if q.kind == "indirect"]
    assert indirect and c.actor(indirect[0].speaker).name == "Jane Miles"
    assert indirect[0].cue == "said" and "evidence was overwhelming" in indirect[0].text


def test_apostrophes_are_not_quotes():
    c = run(a="Court\n\nThe court’s ruling upheld the company's appeal.")
    assert quotes_of(c) == []


def test_speaker_before_an_appositive():
    c = run(a="Ruling\n\nHenry Liu, director of the agency's Bureau of Competition, called the "
              'ruling "a victory for consumers."')
    assert quotes_of(c)[0][1] == "Henry Liu"


def test_passive_label_is_given_to_its_agent():
    c = run(a='Group\n\nFormed in 2012, the Army of Justice, designated as a "terrorist" '
              "organisation by Iran, operates in the south.")
    assert quotes_of(c)[0][1] == "Iran"


def test_cue_before_a_quote_that_runs_over_two_sentences():
    c = run(a='Quake\n\nAbdelhak el-Amrani, a Marrakesh resident, told Reuters: "We heard screams '
              'everywhere. People ran out of their homes."')
    assert quotes_of(c)[0][1] == "Abdelhak el-Amrani"


def test_said_before_a_title_and_name_gives_the_person():
    c = run(a='Suit\n\n"The claims are baseless," said Exxon spokesperson Todd Spitler, adding that '
              "the company would fight on.")
    assert quotes_of(c)[0][1] == "Todd Spitler"


def indirect_of(c):
    return [(q.text, c.actor(q.speaker).name if q.speaker else None, q.cue) for q in c.quotes
            if q.kind == "indirect"]


# --- cues the lexicon must know, and their grammar ------------------------------------------------

def test_uncommon_cue_verbs_attribute_their_quotes():
    c = run(a='Rally\n\nMayor Tom Reed implored the crowd: "Go home now and stay safe." '
              '"Get out of here and never come back," shouted Sara Kim. '
              '"The city deserves better than this," lamented Paul Ortiz.')
    assert [s for _, s, _ in quotes_of(c)] == ["Tom Reed", "Sara Kim", "Paul Ortiz"]


def test_quote_after_a_colon_goes_to_the_speaker_before_it():
    c = run(a='Budget\n\nGovernor Ann Park was blunt on Monday: "There is no money left for roads."')
    assert quotes_of(c)[0][1] == "Ann Park"


def test_participle_with_its_own_speaker():
    c = run(a="Vote\n\nThe campaign of Senator Ann Park issued a statement, with spokesman Glen Caplin "
              'saying "the result is clear and final."')
    assert quotes_of(c)[0][1] == "Glen Caplin"


def test_participle_takes_the_subject_of_its_sentence():
    c = run(a="Vote\n\nSenator Ann Park left the chamber early on Monday, saying "
              '"this bill is an insult to every farmer."')
    assert quotes_of(c)[0][1] == "Ann Park"


def test_title_before_the_name_does_not_end_the_attribution():
    c = run(a='Vote\n\n"We have the numbers to pass it," Mr. Tom Reed said on Monday.')
    assert quotes_of(c)[0][1] == "Tom Reed"


# --- pronouns and speaker nouns -------------------------------------------------------------------

def test_he_is_the_subject_of_the_previous_sentence_not_the_last_man_named():
    c = run(a="Vote\n\nSenator Tom Reed thanked Governor Bill Ross at the ceremony on Monday. "
              '"I am grateful for his support," he said.')
    assert quotes_of(c)[0][1] == "Tom Reed"


def test_she_skips_a_man_named_in_between():
    c = run(a="Court\n\nJudge Maria Lopez questioned the lawyer Tom Reed for an hour. "
              '"The law is clear," she said.')
    assert quotes_of(c)[0][1] == "Maria Lopez"


def test_he_and_she_never_resolve_to_an_organisation():
    c = run(a="Suit\n\nAcme Corporation said on Monday it would appeal the ruling. "
              '"We will sue everyone involved," she said.')
    assert quotes_of(c)[0][1] is None


def test_it_resolves_to_a_body_not_a_person():
    c = run(a="Suit\n\nTom Reed sued the Acme Corporation on Monday. "
              "The Acme Corporation rejected the claim. "
              '"The suit has no merit," it said.')
    assert quotes_of(c)[0][1] == "Acme Corporation"


def test_definite_role_noun_finds_the_person_holding_the_role():
    c = run(a="Trade\n\nTrade Minister Ravi Shah met union leaders on Monday. Talks went on for hours. "
              '"We will not raise tariffs this year," the minister said.')
    assert quotes_of(c)[0][1].endswith("Ravi Shah")


# --- quote marks -----------------------------------------------------------------------------------

def test_doubled_apostrophes_and_single_marks_are_quotes():
    c = run(a="Vote\n\nTom Reed called the plan ''a disaster for workers'' on Monday. "
              "Sara Kim said the vote was 'a win for every family in the state'.")
    got = quotes_of(c)
    assert [(t, s) for t, s, _ in got] == [("''a disaster for workers''", "Tom Reed"),
                                          ("'a win for every family in the state'", "Sara Kim")]


def test_quoted_titles_are_not_quotes_and_scare_quotes_have_no_speaker():
    c = run(a='Vote\n\nTom Reed appeared on "Meet the Press" on Sunday. '
              'The "super PAC" spent millions on the race, Tom Reed said.')
    got = quotes_of(c)
    assert [(t, s) for t, s, _ in got] == [('"super PAC"', None)]


def test_quote_over_several_paragraphs_keeps_its_speaker():
    c = run(a='Vote\n\nTom Reed spoke after the count. "We will not accept it. '
              'We will fight in every court.\n\n'
              '"And we will win in the end," he said.\n\n"It is a sad day," Sara Kim said.')
    assert [s for _, s, _ in quotes_of(c)] == ["Tom Reed", "Tom Reed", "Sara Kim"]


def test_headline_quote_takes_the_speaker_named_by_its_colon():
    c = run(a="Acme Corporation: Prices 'will rise again next year'\n\n"
              "Acme Corporation said on Monday that prices would "
              "rise. The Acme Corporation blamed costs.")
    assert quotes_of(c)[0][:2] == ("'will rise again next year'", "Acme Corporation")


def test_question_quote_keeps_the_speaker_named_after_it():
    c = run(a='Show\n\nTom Reed spoke first. "Why would anyone wait for the vote?" Gayle King asked. '
              "The host laughed.")
    assert quotes_of(c)[0][1] == "Gayle King"


# --- indirect quotes ----------------------------------------------------------------------------

def test_said_without_that_reports_the_clause_after_it():
    c = run(a="Deal\n\nSenator Maria Lopez said on Tuesday the deal would cost thousands of jobs.")
    assert indirect_of(c) == [("the deal would cost thousands of jobs.", "Maria Lopez", "said")]


def test_according_to_before_and_after_the_content():
    c = run(a="Jobs\n\nAccording to the Labor Department, unemployment rose to 5 percent. "
              "Wages fell in March, according to the Labor Department.")
    assert indirect_of(c) == [("unemployment rose to 5 percent.", "Labor Department", "according to"),
                              ("Wages fell in March", "Labor Department", "according to")]


def test_told_reporters_denied_warned_argued():
    c = run(a="Probe\n\nGovernor Tom Reed told reporters the audit was finished. "
              "Reed has denied any wrongdoing. "
              "He warned that the state could run out of money by June. "
              "Critics argued the plan was too expensive.")
    assert indirect_of(c) == [("the audit was finished.", "Tom Reed", "told"),
                              ("any wrongdoing.", "Tom Reed", "denied"),
                              ("the state could run out of money by June.", "Tom Reed", "warned"),
                              ("the plan was too expensive.", None, "argued")]


def test_attribution_after_the_content():
    c = run(a="Deal\n\nSenator Maria Lopez spoke on Monday. The deal is dead, Lopez said on Tuesday. "
              "The new rules, she said, are unfair to farmers.")
    assert indirect_of(c) == [("The deal is dead", "Maria Lopez", "said"),
                              ("The new rules, she said, are unfair to farmers.", "Maria Lopez", "said")]


def test_no_indirect_quote_without_a_speaker_verb():
    c = run(a="Storm\n\nThe storm is expected to hit on Sunday. Reed declined to say whether he would run. "
              "The claims were false.")
    assert indirect_of(c) == []
