"""What a saved page says about itself: <meta> tags, JSON-LD, microdata, <title>, <h1>, address.

Collected once per page so that the outlet, headline and date choices (outlets.py, titles.py,
pagedates.py) weigh the same evidence. Nothing here decides anything.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Iterator, Optional

from lxml.html import HtmlElement

from reader.labels import alnum_key

# where an item in a sidebar, menu or footer sits: its dates and headings are not the article's
_AWAY_TAGS = {"aside", "nav", "footer", "header", "menu"}
_AWAY_CLASS_RE = re.compile(r"related|sidebar|teaser-list|recommend|most-?read|popular|footer|"
                            r"navigation|\bnav\b|\bmenu\b|breadcrumb|more-?stories|promo|newsletter|"
                            r"widget|comment",
                            re.IGNORECASE)
_ARTICLE_TYPE_RE = re.compile(r"article|posting|report|newsarticle", re.IGNORECASE)
_SAVED_FROM_RE = re.compile(r"saved from url=\(\d+\)(\S+)", re.IGNORECASE)
_SINGLEFILE_RE = re.compile(r"Page saved with SingleFile\s+url:\s*(\S+)", re.IGNORECASE)
# a page saved from a web archive: the address of the archived original
_ARCHIVED_RE = re.compile(r"""(?:wombat\(\s*["']|archive\.org/web/\d{14}/)(https?://[^"'\s<>]+)""")
_ARCHIVED_URL_RE = re.compile(r"archive\.org/web/\d{8,14}[a-z_]*/(https?://.+)")


@dataclass
class PageFacts:
    """The page's own statements, each as written (whitespace squeezed)."""

    meta: dict[str, list[str]] = field(default_factory=dict)   # lower-cased name/property -> values
    ld_objects: list[dict] = field(default_factory=list)         # every JSON-LD object, flattened
    microdata: dict[str, list[str]] = field(default_factory=dict)  # itemprop -> values
    title_tag: str = ""
    headings: list[str] = field(default_factory=list)            # <h1> texts, article ones first
    url: str = ""                                                # canonical, og:url or saved-from

    def first_meta(self, *names: str) -> str:
        for name in names:
            for value in self.meta.get(name, ()):
                if value:
                    return value
        return ""

    def article_objects(self) -> list[dict]:
        """JSON-LD objects that describe an article (NewsArticle, BlogPosting, ...)."""
        return [o for o in self.ld_objects if any(_ARTICLE_TYPE_RE.search(t) for t in ld_types(o))]


def read_facts(tree: HtmlElement, html: str) -> PageFacts:
    facts = PageFacts()
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop")
               or ("http-equiv:" + element.get("http-equiv", "") if element.get("http-equiv")
                   else "")).strip().lower()
        content = squeeze(element.get("content") or "")
        if key and content:
            facts.meta.setdefault(key, []).append(content)
    for script in tree.iter("script"):
        if "ld+json" in (script.get("type") or "").lower():
            facts.ld_objects.extend(_flatten(_load_json(script.text or "")))
    for prop, element in _microdata(tree):
        value = element.get("content") or element.get("datetime") or element.text_content()
        if squeeze(value) and not is_away(element):
            facts.microdata.setdefault(prop, []).append(squeeze(value))
    title = tree.find(".//title")
    facts.title_tag = squeeze(title.text_content()) if title is not None else ""
    facts.headings = _headings(tree)
    facts.url = _page_url(tree, facts, html)
    return facts


def squeeze(text: str) -> str:
    return " ".join(text.split())


def ld_types(obj: dict) -> list[str]:
    kind = obj.get("@type", [])
    return [str(k).rsplit("/", 1)[-1] for k in (kind if isinstance(kind, list) else [kind])]


def ld_text(value) -> str:
    """A JSON-LD value as text: a string, a {"name": ...} object or the first of a list."""
    if isinstance(value, list):
        return next((t for t in (ld_text(v) for v in value) if t), "")
    if isinstance(value, dict):
        return ld_text(value.get("name") or value.get("@value") or "")
    return squeeze(value) if isinstance(value, str) else ""


def _microdata(tree: HtmlElement) -> Iterator[tuple[str, HtmlElement]]:
    """The microdata properties the choices use; "publisher" is the publisher's name."""
    for prop in ("datePublished", "dateCreated", "headline"):
        for element in tree.xpath(f"//*[@itemprop='{prop}']"):
            yield prop, element
    for element in tree.xpath("//*[@itemprop='publisher']//*[@itemprop='name']"):
        yield "publisher", element


def is_away(element: HtmlElement) -> bool:
    """Whether an element sits in an aside, menu, footer or a related-stories box (a <header>
    counts only outside the article: the article's own header holds its headline and date)."""
    ancestors = list(element.iterancestors())
    in_article = any(a.tag in ("article", "main") for a in ancestors)
    for ancestor in ancestors:
        if ancestor.tag in _AWAY_TAGS and (ancestor.tag != "header" or not in_article):
            return True
        marker = f"{ancestor.get('class', '')} {ancestor.get('id', '')}"
        if marker.strip() and _AWAY_CLASS_RE.search(marker):
            return True
    return False


def in_link(element: HtmlElement) -> bool:
    """Whether an element sits inside a link: a teaser for another page."""
    return any(a.tag == "a" for a in element.iterancestors())


def _headings(tree: HtmlElement) -> list[str]:
    """<h1> texts: those inside <article>/<main> first, then the others; none from asides."""
    inside, outside = [], []
    for h1 in tree.iter("h1"):
        text = squeeze(h1.text_content())
        if not text or is_away(h1):
            continue
        in_article = any(a.tag in ("article", "main") for a in h1.iterancestors())
        (inside if in_article else outside).append(text)
    return inside + outside


def _page_url(tree: HtmlElement, facts: PageFacts, html: str) -> str:
    """The article's address: canonical link, og:url, the note a browser or a saving extension
    left (never their saving date), a web archive's record of the original, or any other link
    to the page itself (twitter:url, AMP version, <base>), in that order."""
    links = {}
    for link in tree.iter("link", "base"):
        for rel in (link.get("rel") or link.tag).lower().split():
            links.setdefault(rel, _unarchived((link.get("href") or "").strip()))
    for url in (links.get("canonical", ""), _unarchived(facts.first_meta("og:url"))):
        if url.startswith("http"):
            return url
    saved = _SAVED_FROM_RE.search(html[:2000]) or _SINGLEFILE_RE.search(html[:2000])
    if saved and "archive.org/" not in saved.group(1):
        return saved.group(1)
    saved_url = facts.first_meta("savepage-url")
    if saved_url.startswith("http"):
        return _unarchived(saved_url)
    archived = _ARCHIVED_RE.search(html[:20000])
    if archived:
        return archived.group(1)
    others = (_unarchived(facts.first_meta("twitter:url")), links.get("amphtml", ""),
              links.get("shortlink", ""), links.get("base", ""))
    return next((url for url in others if url.startswith("http")), "")


def _unarchived(url: str) -> str:
    """"https://web.archive.org/web/20120611024252/http://x.com/a" -> "http://x.com/a"."""
    match = _ARCHIVED_URL_RE.search(url)
    return match.group(1) if match else url


def _load_json(text: str):
    """JSON-LD as pages write it: sometimes in comments or CDATA, with trailing commas."""
    text = text.strip()
    text = re.sub(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)", "", text)
    text = re.sub(r"(?://\s*)?(?:-->|\]\]>)\s*$", "", text).strip()
    for attempt in (text, re.sub(r",\s*([}\]])", r"\1", text)):
        try:
            return json.loads(attempt, strict=False)
        except ValueError:
            continue
    return None


def _flatten(data, depth: int = 0) -> Iterator[dict]:
    """Top-level objects, @graph members and list items; nested values stay inside their object."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        graph = data.get("@graph")
        if graph is not None:
            yield from _flatten(graph, depth + 1)
        if "@type" in data:
            yield data
        main = data.get("mainEntity")
        if isinstance(main, (dict, list)):
            yield from _flatten(main, depth + 1)


def first_article(facts: PageFacts, headline_hint: str = "") -> Optional[dict]:
    """The JSON-LD article this page is about (a page may also describe the stories it links
    to): the one at the page's address, else the one whose headline the page shows, else the
    first."""
    articles = facts.article_objects()
    if not articles:
        return None
    address = _address_key(facts.url)
    hint = alnum_key(headline_hint)
    for obj in articles:
        own = obj.get("mainEntityOfPage")
        urls = [ld_text(obj.get("url")), own.get("@id", "") if isinstance(own, dict) else ld_text(own)]
        if address and any(_address_key(u) == address for u in urls if isinstance(u, str)):
            return obj
    for obj in articles:
        key = alnum_key(ld_text(obj.get("headline") or obj.get("name")))
        if hint and key and (key in hint or hint in key):
            return obj
    return articles[0]


def _address_key(url: str) -> str:
    """An address without scheme, "www.", query and trailing slash, for comparing."""
    url = re.sub(r"^https?://(?:www\.)?", "", (url or "").strip().lower())
    return url.split("?", 1)[0].split("#", 1)[0].rstrip("/")


