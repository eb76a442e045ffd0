from reader.reading import article_from_text
from reader.engine.segment import segment, sentence_spans


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


def test_a_time_zone_in_capitals_ends_its_sentence_though_its_letters_are_an_abbreviation():
    # "est." (estimated) is on the abbreviation list; "EST" is Eastern Standard Time
    got = sentences("Headline\n\nPolls close at 8 p.m. EST. Counting starts at once. The vote "
                    "began at 7 a.m. EDT. \u201cTurnout is high,\u201d an official said. The est. cost "
                    "is $3 million.")
    assert got == ["Polls close at 8 p.m. EST.", "Counting starts at once.", "The vote began at 7 a.m. EDT.",
                   "\u201cTurnout is high,\u201d an official said.", "The est. cost is $3 million."]


def test_a_shouted_abbreviation_before_capitals_or_a_dateline_bracket_does_not_end_a_sentence():
    got = sentences("Headline\n\nSACRAMENTO, CALIF. (AP) \u2014 The bill passed. It names SEN. JOHN REED "
                    "as its sponsor.")
    assert got == ["SACRAMENTO, CALIF. (AP) \u2014 The bill passed.",
                   "It names SEN. JOHN REED as its sponsor."]


def spans(text):
    return [(s, e, text[s:e]) for s, e in sentence_spans(text)]


def test_a_clock_time_ends_its_sentence_before_a_capitalised_word_that_is_no_time_word():
    text = ("The ferry docked at 6 p.m. The crew went ashore. Divers began at 7 a.m. Rescuers "
            "found nothing. The search ended at 9 p.m. \u201cWe tried,\u201d a diver said.")
    assert spans(text) == [(0, 26, "The ferry docked at 6 p.m."), (27, 48, "The crew went ashore."),
                           (49, 71, "Divers began at 7 a.m."), (72, 95, "Rescuers found nothing."),
                           (96, 122, "The search ended at 9 p.m."),
                           (123, 148, "\u201cWe tried,\u201d a diver said.")]


def test_a_clock_time_stays_in_its_sentence_before_a_weekday_month_zone_or_place_time():
    for text in ("The ferry docked at 6 p.m. Thursday near the pier.",
                 "The ferry docked at 6 p.m. Oct. 3 near the pier.",
                 "The ferry docked at 6 p.m. EDT near the pier.",
                 "The ferry docked at 6 p.m. PKT near the pier.",
                 "The ferry docked at 6 p.m. UTC near the pier.",
                 "The ferry docked at 6 p.m. Pacific Standard Time near the pier.",
                 "The ferry docked at 6 p.m. Lisbon time near the pier.",
                 "The ferry docked at 6 p.m. (1700 GMT) near the pier.",
                 "The ferry docked at 6 p.m. on Thursday near the pier.",
                 "The ferry docked at 6 p.m. local time near the pier."):
        assert spans(text) == [(0, len(text), text)]


def test_a_clock_time_then_a_body_whose_acronym_ends_in_t_is_two_sentences():
    """"AT&T", "MIT" or "BT" after "p.m." name who acts next, not the time zone."""
    for body in ("AT&T", "MIT", "BT", "ACT"):
        first, second = "The ferry docked at 6 p.m.", f"{body} said the line held."
        assert [s[2] for s in spans(f"{first} {second}")] == [first, second], body
    for zone in ("IRST", "AEDT", "GMT", "CET", "ET"):
        text = f"The ferry docked at 6 p.m. {zone} near the pier."
        assert spans(text) == [(0, len(text), text)], zone


def test_an_abbreviation_ends_its_sentence_before_a_sentence_starter_only():
    text = ("The treaty was ratified by the U.K. It takes effect in May. The prize went to Ray Cole Jr. "
            "He thanked his father. They sued the I.R.S. The court agreed.")
    assert spans(text) == [(0, 35, "The treaty was ratified by the U.K."),
                           (36, 59, "It takes effect in May."),
                           (60, 90, "The prize went to Ray Cole Jr."),
                           (91, 113, "He thanked his father."),
                           (114, 134, "They sued the I.R.S."), (135, 152, "The court agreed.")]
    for text in ("The U.K. Parliament met the U.S. Trade Representative on Friday.",
                 "Aides to Washington, D.C. Mayor Ann Lee met Ray Cole Jr. Friday.",
                 "The case Doe v. The Daily Herald opened in the U.S. In-N-Out was named too."):
        assert spans(text) == [(0, len(text), text)]


def test_a_sentence_that_goes_on_in_lower_case_or_a_figure_is_one_sentence():
    """Punkt breaks after an abbreviation it does not know ("pct.", "Oct."); the piece that goes
    on in lower case or with a figure belongs to the sentence before."""
    got = sentences("Headline\n\nPrices rose 3 pct. in March, the agency said. Traders sold shares.\n\n"
                    "“Oct. 9 was a hard day for all of us,” the mayor told reporters. Schools reopened.")
    assert got == ["Prices rose 3 pct. in March, the agency said.", "Traders sold shares.",
                   "“Oct. 9 was a hard day for all of us,” the mayor told reporters.", "Schools reopened."]


def test_a_clock_time_ends_its_sentence_before_an_acronym_that_is_no_time_zone():
    text = "The clinic opened at 9 a.m. UNICEF then sent more doctors. Trading halted at 4 p.m. CET."
    assert spans(text) == [(0, 27, "The clinic opened at 9 a.m."),
                           (28, 58, "UNICEF then sent more doctors."),
                           (59, 88, "Trading halted at 4 p.m. CET.")]
    # a bare time after a colon opens nothing: the capital starts the next sentence
    text = "Doors open: 6 p.m. Tickets cost $10."
    assert spans(text) == [(0, 18, "Doors open: 6 p.m."), (19, 36, "Tickets cost $10.")]


def test_after_an_opening_time_phrase_a_capitalised_word_is_the_subject_and_the_sentence_goes_on():
    for text in ("At 9 a.m. UNICEF opened the clinic in the valley.",
                 "Shortly before 9 a.m. Garcia arrived at the court.",
                 "On Friday at about 11 p.m. The Times published the letter.",
                 "Early that evening, at 7 p.m. Parliament voted.",
                 "PORT HALE, Maine (AP) \u2014 At 9 a.m. UNICEF opened the clinic.",
                 "The ferry was late, and at 9 p.m. Garcia called the harbour office."):
        assert spans(text) == [(0, len(text), text)]


def test_a_case_name_with_initials_and_a_state_tag_in_brackets_do_not_end_sentences():
    got = sentences("Headline\n\nThe appeal, Harwell County Schools v. T.R., docket 21-118, was argued in "
                    "May. It was led by Sen. Ada Price (Ala.), who spoke first. (Others left early.) "
                    "Then it ended.")
    assert got == ["The appeal, Harwell County Schools v. T.R., docket 21-118, was argued in May.",
                   "It was led by Sen. Ada Price (Ala.), who spoke first.", "(Others left early.)",
                   "Then it ended."]
