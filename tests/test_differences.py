from engine_helpers import run

from reader.engine.differences import word_diff


def kinds(c):
    return {(d.kind, d.note) for d in c.differences}


def test_hedged_numbers_are_compared_as_ranges():
    c = run(a="Raid\n\nThe attack on the police station killed at least 11 police officers in Rask.",
            b="Police raid\n\nThe attack on the police station in Rask killed around a dozen police officers.")
    nums = [d for d in c.differences if d.kind == "number"]
    assert nums and nums[0].note.startswith("at least 11 vs about 12")
    assert nums[0].a.text.startswith("at least 11") and nums[0].b.text.startswith("around a dozen")


def test_equal_values_written_differently_are_not_a_difference():
    c = run(a="Crash\n\nThe crash near the airport killed two people on Sunday, police said.",
            b="Airport crash\n\nThe crash near the airport killed 2 people on Sunday, police said.")
    assert not [d for d in c.differences if d.kind == "number"]


def test_name_spelling_variant_is_reported_with_both_spans():
    c = run(a="Talks\n\nForeign Minister Hossein Amir-Abdollahian met the envoy in Davos on Tuesday.",
            b="Davos talks\n\nForeign Minister Hussein Amirabdollahian met the envoy in Davos on Tuesday.")
    names = [d for d in c.differences if d.kind == "name"]
    assert names and {names[0].a.text, names[0].b.text} == {"Hossein Amir-Abdollahian",
                                                           "Hussein Amirabdollahian"}


def test_same_quote_worded_differently():
    c = run(a='Visit\n\n"No citizen of our neighbours has been targeted by drones," Minister Ali Reza said.',
            b='Visit ends\n\n"None of the citizens of our neighbours were targeted by Iranian drones," '
              'Minister Ali Reza said.')
    assert any(d.kind == "quote" for d in c.differences)


def test_spans_point_into_their_articles():
    c = run(a="Raid\n\nThe attack killed at least 11 police officers in Rask, officials said.",
            b="Police raid\n\nThe attack in Rask killed 9 police officers, Dawn news reported.")
    texts = {a.id: a.text for a in c.articles}
    assert c.differences
    for d in c.differences:
        for side in (d.a, d.b):
            assert texts[side.article][side.start:side.end] == side.text


def test_word_diff_marks_changed_words_only():
    ops = word_diff("The quake killed 11 people.", "The quake killed 12 people.")
    assert [(o.op, o.text.strip()) for o in ops if o.op] == [(-1, "11"), (1, "12")]
    assert "".join(o.text for o in ops if o.op <= 0) == "The quake killed 11 people."


def test_word_diffs_are_available_for_every_link():
    c = run(a="Raid\n\nThe attack killed at least 11 police officers in Rask.",
            b="Police raid\n\nThe attack in Rask killed 9 police officers.")
    for l in c.links:
        assert c.word_diffs[(l.a, l.b)]


def test_figures_that_count_different_things_are_not_paired():
    c = run(a="Quake\n\nThe 6.8-magnitude quake killed 2,012 people and injured 2,059, the ministry said.",
            b="Morocco quake\n\nThe magnitude 6.8 quake killed 2,012 people and injured at least 2,059, "
              "the ministry said.")
    notes = [d.note for d in c.differences if d.kind == "number"]
    assert notes == ["2,059 vs at least 2,059"] or notes == ["2059 vs at least 2059"]


def test_word_diffs_are_worked_out_when_asked_for():
    c = run(a="Raid\n\nThe attack killed at least 11 police officers in Rask.",
            b="Police raid\n\nThe attack in Rask killed 9 police officers.")
    link = c.links[0]
    assert (link.a, link.b) in c.word_diffs
    assert c.word_diffs.get((link.b, link.a))          # either order, on demand
    assert c.word_diffs.get(("a:99", "b:1")) is None     # no such sentence
