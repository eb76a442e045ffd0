from reader.reading import article_from_text
from reader.engine.segment import segment


def sentences(text):
    return [s.text for s in segment(article_from_text(text, "t")) if s.role == "body"]


def test_abbreviations_do_not_end_sentences():
    got = sentences("Headline\n\nMr. Sharif met U.S. officials on Jan. 17 in Washington. "
                    "Dr. Khan said the talks went well.")
    assert got == ["Mr. Sharif met U.S. officials on Jan. 17 in Washington.",
                   "Dr. Khan said the talks went well."]


def test_quote_ending_in_a_full_stop_keeps_its_attribution():
    got = sentences('Headline\n\n"We will respond. The consequences are theirs." the minister said. '
                    "Talks were cancelled.")
    assert got == ['"We will respond.', 'The consequences are theirs." the minister said.',
                   "Talks were cancelled."]


def test_question_quote_keeps_a_capitalised_attribution():
    got = sentences('Headline\n\n"Why would anyone wait?" Gayle King asked. "Stop!" shouted Mr. Reed. '
                    '"We won." He said nothing else.')
    assert got == ['"Why would anyone wait?" Gayle King asked.', '"Stop!" shouted Mr. Reed.',
                   '"We won."', "He said nothing else."]


def test_headline_and_byline_are_units_of_their_own_with_offsets():
    art = article_from_text("Floods hit the north\n\nBy Jane Roe\n\nRivers rose overnight. "
                            "Two towns were evacuated.", "t")
    units = segment(art)
    assert [u.role for u in units] == ["headline", "byline", "body", "body"]
    for u in units:
        assert art.text[u.start:u.end] == u.text
    assert units[2].paragraph == units[3].paragraph != units[1].paragraph


def test_a_sentence_that_goes_on_in_lower_case_or_a_figure_is_one_sentence():
    """Punkt breaks after an abbreviation it does not know ("pct.", "Oct."); the piece that goes
    on in lower case or with a figure belongs to the sentence before."""
    got = sentences("Headline\n\nPrices rose 3 pct. in March, the agency said. Traders sold shares.\n\n"
                    "“Oct. 9 was a hard day for all of us,” the mayor told reporters. Schools reopened.")
    assert got == ["Prices rose 3 pct. in March, the agency said.", "Traders sold shares.",
                   "“Oct. 9 was a hard day for all of us,” the mayor told reporters.", "Schools reopened."]
