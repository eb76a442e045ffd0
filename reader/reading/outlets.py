"""The outlet's name for a saved page: what the publisher calls itself, cleaned.

Candidates come from the page (JSON-LD publisher, og:site_name, application-name, the parts of
its <title>, its Twitter handle); a name that matches the page's host wins, then a shipped
table of common outlets' hosts, then a structured name that does not match, and the host name
only as the last resort (then it is plainly a host: "world.kbs.co.kr").
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlsplit

from reader.labels import DOMAIN_RE, alnum_key, outlet_table
from reader.reading.header import listed_outlet_keys
from reader.reading.pagemeta import PageFacts, first_article, ld_text, ld_types

# "co.uk", "com.au", "co.kr", "gob.mx": a second-level label under a country code
_SECOND_LEVEL = {"co", "com", "net", "org", "gov", "gob", "ac", "edu", "or", "ne", "go", "nic",
                 "info", "biz", "web", "nom", "ltd", "plc", "press", "news", "tv", "radio"}
_HOST_PREFIXES = ("www.", "www1.", "www2.", "m.", "mobile.", "amp.", "edition.", "eu.")
# where a slogan or section follows the name ("WSVN 7News | Miami News, Weather, Sports")
SEPARATOR_RE = re.compile(r"\s+[|\-–—·•»«:/]{1,2}\s+|\s*\|\s*|\s+::\s+")
_URLISH_RE = re.compile(r"https?:|www\.|/|@.*\.", re.IGNORECASE)
# "Deutsche Welle (www.dw.com)", "© 2020 Example Media. All rights reserved."
_PARENTHESISED_ADDRESS_RE = re.compile(r"\s*\([^()]*\.[a-z]{2,}[^()]*\)", re.IGNORECASE)
_COPYRIGHT_RE = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?"
                           r"|\.?\s*all rights reserved\.?$", re.IGNORECASE)
_MAX_NAME_WORDS = 6
_MAX_NAME_CHARS = 50
# words that are never an outlet's whole name
_GENERIC = {"home", "homepage", "startseite", "news", "nachrichten", "noticias", "inicio",
            "accueil", "actualites", "notizie", "article", "artikel", "articles", "blog", "index",
            "wordpress", "website", "site", "portal", "online", "web", "default", "untitled"}

# how much a source is trusted, before the match with the host is counted
_WEIGHTS = {"publisher": 5, "site_name": 5, "website": 4, "organization": 3, "application": 3,
            "meta_publisher": 3, "microdata": 3, "title": 2, "twitter": 1}
_STRUCTURED = 3                # a name from a source at least this strong may stand unconfirmed


@dataclass(frozen=True)
class _Candidate:
    name: str
    source: str


def host_of(url: str) -> str:
    """The page's host without "www." and the like: "world.kbs.co.kr"."""
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix):]
    return host


def registered_domain(host: str) -> str:
    """"world.kbs.co.kr" -> "kbs.co.kr"; "edition.cnn.com" -> "cnn.com"."""
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def site_label(host: str) -> str:
    """The name-bearing label of a host: "japantimes" for www.japantimes.co.jp."""
    domain = registered_domain(host)
    return alnum_key(domain.split(".")[0]) if domain else ""


def choose_outlet(facts: PageFacts, title: str = "") -> str:
    """The outlet's clean name, else the host, else "".

    In order: a name the page states in its metadata that matches its host; the shipped table's
    name for the host; a title part or Twitter handle that matches the host; a stated name that
    does not match (a regional edition, a network's site); a stated domain ("Spiegel.de"); a
    title part that the outlet table lists ("... – Le Monde" on a page saved without its address);
    the host itself.
    """
    host = host_of(facts.url)
    label = site_label(host)
    cleaned = []
    for candidate in _candidates(facts):
        name = clean_name(candidate.name, label)
        if name and not _is_headline(name, title):
            cleaned.append(_Candidate(name, candidate.source))
    matching = [c for c in cleaned if label and matches_host(c.name, label)]
    named = [c for c in cleaned if not DOMAIN_RE.match(c.name)]
    strong = [c for c in cleaned if _WEIGHTS[c.source] >= _STRUCTURED]
    listed = [c for c in cleaned if alnum_key(c.name) in listed_outlet_keys()]
    for group in ([c for c in matching if c in strong and c in named], _table_name(host),
                  [c for c in matching if c in named], [c for c in strong if c in named],
                  matching, listed):
        if isinstance(group, str):
            return group
        if group:
            return _best(group).name
    return host


def _best(candidates: list[_Candidate]) -> _Candidate:
    """The most trusted; among equals the first found."""
    return max(candidates, key=lambda c: _WEIGHTS[c.source])


def _candidates(facts: PageFacts) -> list[_Candidate]:
    found: list[_Candidate] = []
    article = first_article(facts)
    if article is not None:
        for key in ("publisher", "sourceOrganization", "provider"):
            found.append(_Candidate(ld_text(article.get(key)), "publisher"))
    for obj in facts.ld_objects:
        kinds = ld_types(obj)
        if "WebSite" in kinds:
            found.append(_Candidate(ld_text(obj.get("name")), "website"))
        elif any(k.endswith("Organization") for k in kinds):
            found.append(_Candidate(ld_text(obj.get("name")), "organization"))
    found.append(_Candidate(facts.first_meta("og:site_name"), "site_name"))
    for name in ("application-name", "apple-mobile-web-app-title"):
        found.append(_Candidate(facts.first_meta(name), "application"))
    for name in ("publisher", "dc.publisher", "dcterms.publisher", "article:publisher", "copyright"):
        found.append(_Candidate(facts.first_meta(name), "meta_publisher"))
    for name in facts.microdata.get("publisher", []):
        found.append(_Candidate(name, "microdata"))
    for title in (facts.title_tag, facts.first_meta("og:title")):
        parts = SEPARATOR_RE.split(title)
        if len(parts) > 1:
            found += [_Candidate(parts[0], "title"), _Candidate(parts[-1], "title")]
    for name in ("twitter:site", "twitter:creator"):
        found.append(_Candidate(_handle_name(facts.first_meta(name)), "twitter"))
    return [c for c in found if c.name]


def clean_name(name: str, label: str = "") -> str:
    """An outlet name without slogan or section, or "" when it is no name (a URL, a generic
    word, a sentence)."""
    name = _COPYRIGHT_RE.sub("", _PARENTHESISED_ADDRESS_RE.sub("", " ".join(name.split())))
    name = name.strip(" -|:·•,.")
    if not name or _URLISH_RE.search(name) and not DOMAIN_RE.match(name):
        return ""
    parts = [p.strip() for p in SEPARATOR_RE.split(name) if p.strip()]
    if len(parts) > 1:
        matching = [p for p in parts if label and matches_host(p, label)]
        name = matching[0] if matching else parts[0]
    if (len(name.split()) > _MAX_NAME_WORDS or len(name) > _MAX_NAME_CHARS
            or alnum_key(name) in _GENERIC or not any(c.isalpha() for c in name)):
        return ""
    if name.islower() and " " not in name and "." not in name and not (label and matches_host(name, label)):
        return ""                                         # "escenic": a CMS's placeholder
    return name


def matches_host(name: str, label: str) -> bool:
    """Whether a name is the host's: "The Japan Times" ~ japantimes, "Deutsche Welle" ~ dw,
    "Süddeutsche Zeitung" ~ sueddeutsche, "Handelsblatt_De" ~ handelsblatt."""
    if len(label) < 2:
        return False
    for key in name_keys(name):
        if len(key) < 2:
            continue
        if key == label or (len(label) >= 3 and label in key) or (len(key) >= 4 and key in label):
            return True
    return False


def name_keys(name: str) -> set[str]:
    """A name as hosts spell it: letters and digits (also with German umlauts spelled out),
    without a leading article, and its initials ("Deutsche Welle" -> "dw")."""
    words = re.findall(r"\w+", name)
    significant = [w for w in words if w.casefold() not in {"the", "der", "die", "das", "el",
                                                              "la", "le", "les", "il", "de"}]
    keys = {alnum_key(_ascii(" ".join(significant)))}
    for variant in (name, _german_ascii(name)):
        keys.add(alnum_key(_ascii(variant)))
    for group in (words, significant):
        if len(group) >= 2:
            keys.add(alnum_key("".join(w[0] for w in group)))
    return keys


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _german_ascii(text: str) -> str:
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"),
                            ("Ü", "Ue"), ("ß", "ss")):
        text = text.replace(umlaut, spelled)
    return text


def _handle_name(handle: str) -> str:
    """"@Handelsblatt_De" -> "Handelsblatt": a handle that, without the @ and a country suffix,
    is one plain word; "" for "ABC13Houston" or "nytimes", which are no names to show."""
    handle = handle.strip().lstrip("@")
    if "/" in handle:                                     # a profile URL
        handle = handle.rstrip("/").rsplit("/", 1)[-1].lstrip("@")
    handle = re.sub(r"_(?:[A-Za-z]{2}|news|online)$", "", handle, flags=re.IGNORECASE)
    plain_word = handle.isalpha() and handle[:1].isupper() and handle[1:].islower()
    return handle if plain_word else ""


def _is_headline(name: str, title: str) -> bool:
    """A "site name" that is the article's headline (or most of it) is no outlet name."""
    key, title_key = alnum_key(name), alnum_key(title)
    return bool(title_key) and len(key) > 15 and (key in title_key or title_key in key)


def _table_name(host: str) -> Optional[str]:
    """The shipped name for a host or any of its parent domains."""
    table = outlet_table()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        name = table.get(".".join(labels[i:]))
        if name:
            return name
    return None


