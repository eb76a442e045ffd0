"""The difference finder keeps what two sentences' texts decide for the next pair of sentences
that say the same (wire copy repeats across a news cycle). What also depends on the articles or
on where the sentences stand must still be worked out for each pair: these cases link the same
two texts in several pairs of articles and check each pair's differences on its own."""
from engine_helpers import articles

from reader.engine import compare
from reader.engine.model import Citation, Correction


def linked_everywhere(texts: dict[str, str], pairs: list[tuple[str, str, str, str]]):
    """Compare the articles (name -> text) with each (article, sentence, article, sentence) of
    pairs linked by a reader's correction; return the comparison and, per pair, its differences."""
    arts = {a.id: a for a in articles(**texts)}
    corrections, wanted = [], []
    for art_a, a, art_b, b in pairs:
        refs = []
        for art, text in ((art_a, a), (art_b, b)):
            start = arts[art].text.index(text)
            refs.append(Citation(art, start, start + len(text), text))
        corrections.append(Correction("link", refs=tuple(refs)))
        wanted.append(((art_a, a), (art_b, b)))
    c = compare(list(arts.values()), corrections=corrections)
    by_place = {(s.article, s.text): s.id for s in c.sentences}
    out = []
    for x, y in wanted:
        ids = {by_place[x], by_place[y]}
        out.append([d for d in c.differences if {d.a.sentence, d.b.sentence} == ids])
    return c, out


def names_in(diffs):
    return [{d.a.text, d.b.text} for d in diffs if d.kind == "name"]


OPENED = "{} opened the new wing of the hospital on Monday."


def test_one_pair_of_texts_in_two_pairs_of_articles_is_judged_in_each_article():
    # alpha and beta give her another first name; gamma carries beta's sentence word for word
    # but names both people elsewhere, so in gamma the two first names are two people
    a, b = OPENED.format("Anna Brannoch"), OPENED.format("Tobias Brannoch")
    texts = {"alpha": f"Alpha report\n\n{a}", "beta": f"Beta report\n\n{b}",
             "gamma": f"Gamma report\n\nAnna Brannoch and her husband run the hospital trust. {b}"}
    for pairs in ([("alpha", a, "beta", b), ("alpha", a, "gamma", b)],
                  [("alpha", a, "gamma", b), ("alpha", a, "beta", b)]):
        _, found = linked_everywhere(texts, pairs)
        judged = dict(zip((p[2] for p in pairs), found))
        assert names_in(judged["beta"]) == [{"Anna Brannoch", "Tobias Brannoch"}], pairs
        assert names_in(judged["gamma"]) == [], pairs


def test_a_spelling_repeated_in_every_copy_is_placed_in_each_sentence():
    # one wire sentence (hyphenated name, accents) in three articles, each placed after other text
    a = "Foreign Minister Hossein Amir-Abdollahian met Tomás Herrera in Davos on Tuesday."
    b = "Foreign Minister Hussein Amirabdollahian met Tomas Herrera in Davos on Tuesday."
    texts = {"alpha": f"Alpha report\n\n{a}", "beta": f"Beta report\n\nTalks resumed. {b}",
             "gamma": f"Gamma report\n\nThe summit opened late after a storm closed the airport. {b}"}
    c, found = linked_everywhere(texts, [("alpha", a, "beta", b), ("alpha", a, "gamma", b)])
    spelled = [{"Hossein Amir-Abdollahian", "Hussein Amirabdollahian"}, {"Tomás", "Tomas"}]
    assert [names_in(diffs) for diffs in found] == [spelled, spelled]
    for diffs in found:          # each span is where its own article writes it
        for d in diffs:
            art = next(x for x in c.articles if x.id == d.b.article)
            assert art.text[d.b.start:d.b.end] == d.b.text
    assert found[0][0].b.start != found[1][0].b.start
