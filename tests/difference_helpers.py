"""Builders shared by the tests of differences between linked sentences."""
from engine_helpers import articles

from reader.engine import compare
from reader.engine.model import Citation, Correction


def linked_pair(a: str, b: str, date_a: str = "", date_b: str = "", before_a: str = "", before_b: str = ""):
    """Compare two one-paragraph articles whose sentences a and b are linked by a correction;
    return (comparison, the differences between a and b)."""
    arts = articles(alpha=f"Alpha report\n\n{before_a}{a}", beta=f"Beta report\n\n{before_b}{b}")
    if date_a or date_b:
        arts = [type(x)(**{**x.__dict__, "date": d}) for x, d in zip(arts, (date_a, date_b))]
    refs = []
    for art, text in zip(arts, (a, b)):
        start = art.text.index(text)
        refs.append(Citation(art.id, start, start + len(text), text))
    c = compare(arts, corrections=[Correction("link", refs=tuple(refs))])
    ids = {s.id for s in c.sentences if s.text and (s.text in a or s.text in b or a in s.text or b in s.text)}
    return c, [d for d in c.differences if {d.a.sentence, d.b.sentence} <= ids]


def of_kind(diffs, kind):
    return [d for d in diffs if d.kind == kind]


def texts(d):
    return {d.a.text, d.b.text}
