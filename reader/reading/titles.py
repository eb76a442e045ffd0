"""The headline of a saved page, without the outlet's name, a section or a date around it, and
the body's opening lines that only repeat it."""
from __future__ import annotations

from reader.reading.header import DATE_RE
from reader.reading.outlets import SEPARATOR_RE, name_keys
from reader.reading.pagemeta import PageFacts, alnum_key, first_article, ld_text

_KICKER_CHARS = 40             # a kicker glued before a repeated headline is at most this long
_REPEAT_LOOKAHEAD = 3          # body paragraphs checked for a repeated headline
_STORY_STARTED = 200           # a paragraph this long is the story: no repeat comes after it
_MIN_KEPT_WORDS = 2            # a stripped title keeps at least this many words
_MAX_LABEL_WORDS = 4           # a kicker or section label above a headline is this short
_MIN_CONFIRMED_CHARS = 20      # a headline confirmed by a longer one (with a kicker) is this long


def choose_title(facts: PageFacts, extracted: str, outlet: str, label: str) -> str:
    """The headline as the page shows it, without "| The Japan Times" or "| DW | 19.01.2020".

    Candidates are the JSON-LD headline, og:title, twitter:title, the first <h1>, the
    extractor's title and <title>, each with site parts removed; one that another candidate
    confirms is taken, else the first.
    """
    article = first_article(facts)
    raw = [ld_text(article.get("headline")) if article else "",
           facts.first_meta("og:title"), facts.first_meta("twitter:title"),
           facts.headings[0] if facts.headings else "", extracted, facts.title_tag]
    site_name = facts.first_meta("og:site_name")
    sites = [n for n in (outlet, site_name, *SEPARATOR_RE.split(site_name)) if n]
    candidates = [t for t in (strip_site(r, sites, label) for r in raw) if _is_headline_text(t)]
    if not candidates:
        return ""
    keys = [alnum_key(c) for c in candidates]
    chosen = next((candidates[i] for i, key in enumerate(keys)
                   if any(_confirms(other, key) for j, other in enumerate(keys) if j != i)),
                  candidates[0])
    return _without_unnamed_tail(chosen, keys)


def _without_unnamed_tail(title: str, keys: list[str]) -> str:
    """"Headline | Weather | News from Riverdale" -> "Headline" when another candidate is just
    the part before a separator: the rest is a section or slogan the page did not name."""
    parts = SEPARATOR_RE.split(title)
    separators = SEPARATOR_RE.findall(title)
    for end in range(1, len(parts)):
        head = parts[0] + "".join(sep + part for sep, part in zip(separators[:end - 1], parts[1:end]))
        if alnum_key(head) in keys and len(alnum_key(head)) >= _MIN_CONFIRMED_CHARS:
            return head
    return title


def _confirms(other: str, key: str) -> bool:
    """Whether another candidate says the same headline, perhaps with a kicker before it (not
    with more after it: "Berlin confronts Germany's colonial past" is a shortened headline)."""
    extra = len(other) - len(key)
    return other == key or (0 < extra <= _KICKER_CHARS and len(key) >= _MIN_CONFIRMED_CHARS
                            and other.endswith(key))


def strip_site(title: str, sites: list[str], label: str) -> str:
    """A title without the parts that name the site (and whatever follows them: a slogan, a
    city) or a date: "Headline | DW | 19.01.2020" -> "Headline"; a leading "Outlet | " too."""
    title = " ".join(title.split())
    parts = SEPARATOR_RE.split(title)
    if len(parts) < 2:
        return title
    separators = SEPARATOR_RE.findall(title)
    site_keys = {alnum_key(s) for s in sites if alnum_key(s)}
    start, end = 0, len(parts)
    cut = next((i for i in range(1, len(parts)) if _names_site(parts[i], site_keys, label)), None)
    if cut is not None:
        end = cut
    if end - start > 1 and _names_site(parts[0], site_keys, label):
        start = 1
    kept = parts[start]
    for separator, part in zip(separators[start:end - 1], parts[start + 1:end]):
        kept += separator + part
    return kept if len(kept.split()) >= _MIN_KEPT_WORDS else title


def _names_site(part: str, site_keys: set[str], label: str) -> bool:
    """Whether a title part is the site's name (as stated, or as its host spells it:
    "The Japan Times", "Deutsche Welle" on dw.com, "Menway w INTERIA.PL") or a date.

    Only short parts count: "CNN interview sparks row" holds the host's name but is no name.
    """
    key = alnum_key(part)
    if not key or key in site_keys or DATE_RE.fullmatch(part.strip()):
        return True
    if not label or len(part.split()) > 3:
        return False
    return any(k == label or len(label) >= 3 and label in k for k in name_keys(part))


def _is_headline_text(text: str) -> bool:
    """Not empty and not a placeholder: one lower-case token ("escenic") is no headline."""
    text = text.strip()
    if not text or not any(c.isalpha() for c in text):
        return False
    return not (" " not in text and text.islower() and len(text) < 30)


def without_repeated_headline(paragraphs: list[str], titles: list[str]) -> list[str]:
    """The body without opening paragraphs that only repeat the headline, possibly with a
    kicker glued before it ("ZoonosenWie ...") or the site's name after it; a kicker or
    section label standing on its own line before such a repeat goes with it."""
    keys = {alnum_key(t) for t in titles if len(alnum_key(t)) >= 8}
    body: list[str] = []
    started = False
    for i, paragraph in enumerate(paragraphs):
        if (not started and i < _REPEAT_LOOKAHEAD
                and any(_repeats(alnum_key(paragraph), title) for title in keys)):
            if all(_is_label(p) for p in body):
                body = [p for p in body if any(c.isdigit() for c in p)]
            continue
        started = started or len(paragraph) > _STORY_STARTED
        body.append(paragraph)
    return body


def _is_label(paragraph: str) -> bool:
    """A kicker or section label: a few words, no sentence."""
    return len(paragraph.split()) <= _MAX_LABEL_WORDS and not paragraph.rstrip().endswith((".", "!", "?"))


def _repeats(key: str, title: str) -> bool:
    """Whether a text (as alnum_key) is the title, or the title with a short part glued on."""
    if key == title:
        return True
    extra = len(key) - len(title)
    return 0 < extra <= _KICKER_CHARS and (key.endswith(title) or key.startswith(title))

