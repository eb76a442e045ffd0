"""The extracted paragraphs made into the story a reader wants: the lead put back when the
extractor dropped it, lines that are not the story taken out.

The page's markup is consulted to tell what a paragraph is (a lead in the article's own markup;
a line made of links), since the extractor's text no longer shows it.
"""
from __future__ import annotations

from typing import Optional

from lxml.html import HtmlElement

from reader.reading.boilerplate import boilerplate_kind
from reader.reading.pagemeta import PageFacts, alnum_key, first_article, in_link, is_away, ld_text

_BLOCK_TAGS = {"p", "div", "li", "h2", "h3", "h4", "h5", "h6", "td", "dd", "blockquote",
               "section", "header", "figcaption", "span", "strong", "em", "b", "summary", "a"}
_MAX_BLOCK_CHARS = 4000        # longer elements are containers, not a paragraph
_MIN_LEAD_CHARS = 40           # a shorter description is a slogan, not a lead
_LINK_LINE_SHARE = 0.7         # a line whose text is mostly link text is navigation
_KEY_PREFIX = 60               # characters of a description compared with the body
_LEAD_LOOKAHEAD = 5            # paragraphs looked up to place a restored lead
_STORY_STARTED = 200           # a paragraph this long before the lead: the lead is no lead


class MarkupIndex:
    """Block elements of the page by their text (as alnum_key), in document order."""

    def __init__(self, tree: HtmlElement) -> None:
        self.order: dict[HtmlElement, int] = {}
        self.by_key: dict[str, list[HtmlElement]] = {}
        body = tree.find(".//body")
        for position, element in enumerate((body if body is not None else tree).iter()):
            if not isinstance(element.tag, str):
                continue
            self.order[element] = position
            if element.tag in _BLOCK_TAGS:
                text = element.text_content()
                if len(text) <= _MAX_BLOCK_CHARS:
                    key = alnum_key(text)
                    if key:
                        self.by_key.setdefault(key, []).append(element)

    def find(self, key: str, anywhere: bool = False) -> Optional[HtmlElement]:
        """The first element whose text is exactly this (the innermost of those nested in it),
        outside asides and links unless anywhere is set."""
        elements = [e for e in self.by_key.get(key, [])
                    if anywhere or not (is_away(e) or in_link(e))]
        if not elements:
            return None
        chosen = elements[0]
        for element in elements[1:]:
            if chosen not in element.iterancestors():
                break
            chosen = element
        return chosen

    def starting_with(self, prefix: str) -> list[HtmlElement]:
        return [e for key, elements in self.by_key.items() if key.startswith(prefix)
                for e in elements]


def clean_body(paragraphs: list[str], tree: HtmlElement, facts: PageFacts) -> list[str]:
    """The lead restored, then navigation lines, calls to action and credits dropped (unless
    nothing would be left)."""
    index = MarkupIndex(tree)
    body = restore_lead(paragraphs, facts, index)
    kept = [p for p in body if not boilerplate_kind(p) and not _is_link_line(p, index)]
    return kept or body


def restore_lead(paragraphs: list[str], facts: PageFacts, index: MarkupIndex) -> list[str]:
    """Put back the page's description when the article's own markup shows it as a paragraph
    and the extractor left it out (it takes a teaser for boilerplate)."""
    description = _description(facts)
    key = alnum_key(description.rstrip(".… "))
    if len(key) < _MIN_LEAD_CHARS:
        return paragraphs
    body_keys = [alnum_key(p) for p in paragraphs]
    if any(key[:_KEY_PREFIX] in k for k in body_keys):
        return paragraphs
    truncated = description.rstrip().endswith(("…", "..."))
    element = index.find(key)
    if element is None and truncated:
        element = next((e for e in index.starting_with(key) if not is_away(e)
                        and not in_link(e)), None)
    if element is None:
        return paragraphs
    lead = " ".join(element.text_content().split())
    where = _position_among(paragraphs, body_keys, index, index.order.get(element, 0))
    if where is None:
        return paragraphs
    return paragraphs[:where] + [lead] + paragraphs[where:]


def _description(facts: PageFacts) -> str:
    article = first_article(facts)
    return (facts.first_meta("og:description", "description", "twitter:description")
            or (ld_text(article.get("description")) if article else ""))


def _position_among(paragraphs: list[str], keys: list[str], index: MarkupIndex,
                    lead_position: int) -> Optional[int]:
    """Where the lead goes: before the first paragraph that follows it in the page; None when
    the story has started before it (then it is a teaser elsewhere on the page)."""
    for i, key in enumerate(keys[:_LEAD_LOOKAHEAD]):
        element = index.find(key, anywhere=True)
        if element is None:
            continue
        if index.order.get(element, 0) > lead_position:
            return i
        if len(paragraphs[i]) > _STORY_STARTED:
            return None
    return 0


def _is_link_line(paragraph: str, index: MarkupIndex) -> bool:
    """A paragraph whose text is mostly the text of links wherever the page shows it: a list
    of other stories, "Read more: <link>". A subheading that a menu also links to is kept."""
    elements = index.by_key.get(alnum_key(paragraph), [])
    return bool(elements) and all(_link_dominated(e) for e in elements)


def _link_dominated(element: HtmlElement) -> bool:
    if element.tag == "a" or in_link(element):
        return True
    linked = sum(len(alnum_key(a.text_content())) for a in element.iter("a"))
    return linked >= _LINK_LINE_SHARE * len(alnum_key(element.text_content()))
