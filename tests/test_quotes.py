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
