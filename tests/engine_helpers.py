"""Small builders shared by the engine tests."""
from reader.engine import compare
from reader.reading import article_from_text


def articles(**texts):
    return [article_from_text(t, name) for name, t in texts.items()]


def run(**texts):
    return compare(articles(**texts))


def sentence_with(c, article, words):
    return next(s for s in c.sentences if s.article == article and words in s.text)


def linked(c, a, b):
    return any({l.a, l.b} == {a.id, b.id} for l in c.links)


def actor_named(c, form):
    return next((a for a in c.actors if form == a.name or form in a.aliases), None)
