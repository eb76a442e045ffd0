"""Days two outlets give for one event in sentences the linker did not join
(reader/engine/dates_across.py): reported when the sentences say alike and neither article
names the other's day; not when the days date two events."""
from engine_helpers import articles

from reader.engine import compare
from reader.engine.dates import DateMention
from reader.engine.dates_across import weekday_of
from reader.engine.model import Citation, Correction


def _unlinked(arts, *pairs):
    """Compare arts with each (article index, words, article index, words) pair of sentences
    unlinked by a reader's correction, so the case does not depend on how the aligner scores."""
    return _corrected(arts, *(("unlink", *p) for p in pairs))


def _corrected(arts, *pairs):
    """Compare arts with each (kind, article index, words, article index, words) pair of
    sentences linked or unlinked (kind) by a reader's correction."""
    fixes = []
    for kind, i, words_i, k, words_k in pairs:
        refs = []
        for art, words in ((arts[i], words_i), (arts[k], words_k)):
            start = art.text.index(words)
            end = art.text.index(".", start) + 1
            refs.append(Citation(art.id, start, end, art.text[start:end]))
        fixes.append(Correction(kind, refs=tuple(refs)))
    return compare(arts, corrections=fixes)


def _dates(c):
    return sorted(tuple(sorted((d.a.text, d.b.text))) for d in c.differences if d.kind == "date")


def _article_pairs(c):
    return {"".join(sorted(d.a.article + d.b.article)) for d in c.differences if d.kind == "date"}


MINE_A = ("Mine reopens\n\nThe Korvel copper mine reopened on Thursday after a three-month closure. "
          "Miners cheered at the gates.")
MINE_B = ("Copper mine back at work\n\nWorkers returned to the pits at Korvel on Friday morning, the "
          "operator said. Prices of copper barely moved.")


def test_two_days_for_one_event_in_unlinked_sentences_are_a_date_difference():
    arts = articles(a=MINE_A, b=MINE_B)
    c = _unlinked(arts, (0, "The Korvel", 1, "Workers returned"))
    assert _dates(c) == [("Friday morning", "Thursday")]


def test_a_day_the_other_article_also_names_dates_another_event():
    arts = articles(a=MINE_A, b=MINE_B.replace("Prices of copper barely moved.",
                                               "Managers met the union on Thursday."))
    c = _unlinked(arts, (0, "The Korvel", 1, "Workers returned"))
    assert _dates(c) == []


def test_days_of_sentences_that_share_a_word_only_are_not_compared():
    arts = articles(a=MINE_A, b="Copper mine back at work\n\nA storm flooded two roads near the "
                                "copper smelter on Friday morning. Prices barely moved.")
    c = _unlinked(arts, (0, "The Korvel", 1, "A storm"))
    assert _dates(c) == []


def test_a_day_in_a_clause_of_another_event_is_not_the_events_day():
    arts = articles(a=MINE_A, b="Copper mine back at work\n\nInspectors cleared the Korvel mine "
                                "before it closed on Friday morning. Prices of copper barely moved.")
    c = _unlinked(arts, (0, "The Korvel", 1, "Inspectors"))
    assert _dates(c) == []


def test_a_time_of_day_before_the_day_is_no_other_event():
    arts = articles(a=MINE_A, b="Copper mine back at work\n\nThe Korvel mine reopened before dawn "
                                "on Friday, the operator said. Prices of copper barely moved.")
    c = _unlinked(arts, (0, "The Korvel", 1, "The Korvel"))
    assert _dates(c) == [("Friday", "Thursday")]


def test_the_weekday_of_a_mention_as_written_or_as_its_day_falls():
    assert weekday_of(DateMention(0, 14, "Tuesday night", "2024-01-16")) == "tuesday"
    assert weekday_of(DateMention(0, 10, "January 17", "2024-01-17")) == "wednesday"
    assert weekday_of(DateMention(0, 9, "last week", "relative:last week")) is None


def test_a_day_two_sources_disagree_on_is_carried_to_a_third_linked_source_that_agrees():
    arts = articles(a=MINE_A, b=MINE_B,
                    c="Back underground\n\nMiners went back underground on Thursday after a "
                      "three-month closure. Shares rose.")
    c = _corrected(arts, ("link", 0, "The Korvel", 2, "Miners went"),
                   ("unlink", 0, "The Korvel", 1, "Workers returned"))
    assert _dates(c) == [("Friday morning", "Thursday"), ("Friday morning", "Thursday")]
    assert _article_pairs(c) == {"ab", "bc"}


def test_a_day_is_not_carried_to_a_source_that_names_the_other_day_too():
    arts = articles(a=MINE_A, b=MINE_B,
                    c="Back underground\n\nMiners went back underground on Thursday after a "
                      "three-month closure. Shares rose on Friday.")
    c = _corrected(arts, ("link", 0, "The Korvel", 2, "Miners went"),
                   ("unlink", 0, "The Korvel", 1, "Workers returned"))
    assert _article_pairs(c) == {"ab"}


def test_a_linked_source_giving_a_third_day_does_not_carry_the_first():
    arts = articles(a=MINE_A, b=MINE_B,
                    c="Back underground\n\nMiners went back underground on Wednesday after a "
                      "three-month closure. Shares rose.")
    c = _corrected(arts, ("link", 0, "The Korvel", 2, "Miners went"),
                   ("unlink", 0, "The Korvel", 1, "Workers returned"))
    assert "bc" not in _article_pairs(c)
    assert "ab" in _article_pairs(c)


def test_a_day_in_another_role_is_not_carried():
    arts = articles(a=MINE_A, b=MINE_B,
                    c="Back underground\n\nMiners have worked underground since Thursday after a "
                      "three-month closure. Shares rose.")
    c = _corrected(arts, ("link", 0, "The Korvel", 2, "Miners have"),
                   ("unlink", 0, "The Korvel", 1, "Workers returned"))
    assert _article_pairs(c) == {"ab"}


def test_sentences_naming_one_kind_of_event_in_other_words_are_compared():
    arts = articles(a="Harbour dispute\n\nDockers began a strike on Monday. Ferries kept sailing.",
                    b="Port shut\n\nThe walkout started on Tuesday, union leaders said. Cranes stood idle.")
    c = _unlinked(arts, (0, "Dockers began", 1, "The walkout"))
    assert _dates(c) == [("Monday", "Tuesday")]


def test_the_days_read_of_a_sentence_do_not_depend_on_what_was_worked_out_before():
    # a large comparison works out some sentences' figures early (in the time a forked child
    # aligns), others not: the days read across articles must be the same either way
    from reader.engine.dates_across import _dated
    from reader.engine.differences import facts_for

    arts = articles(a="Vote\n\nThe vote came at 8 a.m. local time on a cold morning.\n\n"
                      "The count ran from Monday to Wednesday.", b="Vote\n\nThe count ended.")
    c = compare(arts)
    for s in c.sentences:
        fresh = facts_for(arts, c.sentences, c.actors, c.quotes)
        before = _dated(fresh.of(s))
        worked = facts_for(arts, c.sentences, c.actors, c.quotes)
        worked.of(s).figures
        assert _dated(worked.of(s)) == before, s.text
