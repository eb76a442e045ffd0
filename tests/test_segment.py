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


def _spans_are_exact(art, units):
    for u in units:
        assert art.text[u.start:u.end] == u.text


def test_chinese_sentences_end_at_full_width_marks_with_their_closing_quotes():
    art = article_from_text("洪水袭击北部\n\n河水连夜上涨。两个城镇已经撤离！救援何时到达？"
                            "市长说：「我们需要帮助。」居民仍在等待。", "t")
    units = [u for u in segment(art) if u.role == "body"]
    assert [u.text for u in units] == ["河水连夜上涨。", "两个城镇已经撤离！", "救援何时到达？",
                                       "市长说：「我们需要帮助。」", "居民仍在等待。"]
    _spans_are_exact(art, units)


def test_a_japanese_quote_followed_by_to_stays_in_its_sentence():
    got = sentences("見出し\n\n知事は「残念だ。」と語った。 県は調査を始めた。")
    assert got == ["知事は「残念だ。」と語った。", "県は調査を始めた。"]


def test_a_long_chinese_paragraph_is_cut_for_punkt_between_sentences(monkeypatch):
    from reader.engine import segment as module
    monkeypatch.setattr(module, "_PUNKT_PIECE", 25)
    sentence = "河水连夜上涨，两个城镇已经撤离。"
    art = article_from_text("标题\n\n" + sentence * 6, "t")
    units = [u for u in segment(art) if u.role == "body"]
    assert [u.text for u in units] == [sentence] * 6
    _spans_are_exact(art, units)


def test_titles_before_names_do_not_end_sentences_also_in_the_plural():
    got = sentences("Headline\n\nSens. Maria Lopez and Tom Reed voted no. Reps. Ann Fox and Gov. "
                    "Li Wei objected. Supt. Dana Cole met Lt. Gen. Omar Haddad and Sgt. Ben Ross. "
                    "Col. Ed Kim and Brig. Gen. Sara Holt left.")
    assert got == ["Sens. Maria Lopez and Tom Reed voted no.", "Reps. Ann Fox and Gov. Li Wei objected.",
                   "Supt. Dana Cole met Lt. Gen. Omar Haddad and Sgt. Ben Ross.",
                   "Col. Ed Kim and Brig. Gen. Sara Holt left."]


def test_no_before_a_number_is_an_abbreviation_but_a_final_no_ends_the_sentence():
    got = sentences("Headline\n\nThe council said no. No. 4 Main Street stays shut, as do Nos. 6 and 8.")
    assert got == ["The council said no.", "No. 4 Main Street stays shut, as do Nos. 6 and 8."]
