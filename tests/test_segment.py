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
