"""The comparison engine: plain data in, plain data out, no Qt.

    from reader.engine import compare
    from reader.reading import read_article
    comparison = compare([read_article(p) for p in paths])
"""
from reader.engine.model import (Actor, Article, Comparison, Difference, DiffOp, Group, Link,
                                 Mention, Quote, Sentence, Span)
from reader.engine.pipeline import compare

__all__ = ["Actor", "Article", "Comparison", "Difference", "DiffOp", "Group", "Link", "Mention",
           "Quote", "Sentence", "Span", "compare"]
