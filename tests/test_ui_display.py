"""The display index: rows, coverage and navigation order, read off a hand-made Comparison."""
from reader.ui.display import DisplayIndex


def test_rows_put_linked_sentences_level(comparison):
    idx = DisplayIndex(comparison)
    row = idx.rows[idx.row_of["alpha:2"]]
    assert row.cells["beta"] == ("beta:2",) and row.cells["gamma"] == ("gamma:2",)
    assert idx.row_of["alpha:3"] == idx.row_of["beta:3"]
    # sentences nobody else carries (each tagged "only in") share rows rather than stack
    lone = idx.rows[idx.row_of["alpha:5"]]
    assert lone.cells["beta"] == ("beta:5",)
    assert all(idx.coverage(x) == "only" for a in lone.articles() for x in lone.cells[a])
    # bylines are shown in the header, not as rows
    assert "alpha:1" not in idx.row_of


def test_rows_keep_each_articles_order(comparison):
    idx = DisplayIndex(comparison)
    for aid in idx.order:
        rows = [idx.row_of[s.id] for s in idx.shown[aid]]
        assert rows == sorted(rows)


def test_coverage(comparison):
    idx = DisplayIndex(comparison)
    assert idx.coverage("alpha:2") == "all"
    assert idx.coverage("alpha:3") == "some"
    assert idx.coverage("gamma:3") == "only"
    assert idx.counterparts("alpha:2") == ["beta:2", "gamma:2"]


def test_column_order_follows_the_user(comparison):
    idx = DisplayIndex(comparison, ["gamma", "alpha", "beta"])
    assert idx.order == ["gamma", "alpha", "beta"]
    assert idx.counterparts("beta:2") == ["gamma:2", "alpha:2"]


def test_next_difference_walks_in_reading_order(comparison):
    idx = DisplayIndex(comparison)
    first = idx.next_difference(None, None)
    assert first == 0
    assert idx.stops[0].a.sentence == "alpha:2" and idx.stops[0].kind == "date"
    seen = []
    i = None
    while True:
        i = idx.next_difference(None, i)
        if i is None:
            break
        seen.append(idx.stops[i].a.sentence)
    assert seen == ["alpha:2", "alpha:3", "alpha:3", "alpha:4"]
    # from a selected sentence, the next difference is in a later row
    j = idx.next_difference("alpha:2", None)
    assert idx.stops[j].a.sentence == "alpha:3"
    k = idx.next_difference("alpha:4", None, step=-1)
    assert idx.stops[k].a.sentence == "alpha:3"


def test_next_unique(comparison):
    idx = DisplayIndex(comparison)
    assert idx.next_unique("alpha:2") == "alpha:5"
    assert idx.next_unique("beta:2") == "beta:5"
    assert idx.next_unique("alpha:5") is None
    assert idx.shared_fraction("gamma") == 0.5
