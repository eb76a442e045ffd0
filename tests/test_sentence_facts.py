"""What sentence_facts keeps to go fast gives what the direct computation gives."""
from reader.engine import compare
from reader.engine.differences import facts_for
from tests.engine_helpers import articles

TEXTS = dict(
    a="Police said 12 people were hurt in Leeds. The mayor called it a tragedy.\n\nShops stayed shut.",
    b="At least 14 people were hurt in Leeds, police said. The mayor spoke later.",
    c="A storm hit Leeds.",
)


def _facts():
    c = compare(articles(**TEXTS))
    return c, facts_for(c.articles, c.sentences, c.actors, c.quotes)


def test_the_sentence_before_is_the_one_before_it_in_its_article():
    c, facts = _facts()
    for s in c.sentences:
        mine = [x for x in c.sentences if x.article == s.article]
        k = mine.index(s)
        assert facts.sentence_before(s) == (mine[k - 1] if k else None)
    assert sum(facts.sentence_before(s) is None for s in c.sentences) == 3   # each article's first
