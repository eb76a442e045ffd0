"""The comparison engine: plain data in, plain data out, no Qt.

    from reader.engine import read_article, compare
    comparison = compare([read_article(p) for p in paths])
"""
from reader.engine.model import (Actor, Article, Comparison, Difference, DiffOp, Group, Link,
                                 Mention, Quote, Sentence, Span)
from reader.engine.pipeline import compare
from reader.engine.reading import ArticleError, article_from_text, read_article

__all__ = ["Actor", "Article", "ArticleError", "Comparison", "Difference", "DiffOp", "Group",
           "Link", "Mention", "Quote", "Sentence", "Span", "article_from_text", "compare",
           "read_article"]
