"""Plain data the engine produces and everything else (CLI, exports, window, tests) consumes.

Every offset is a Python ``str`` index into ``Article.text`` (end exclusive), so a span can be
cut out of the text it came from without any other context. All classes are frozen: a
``Comparison`` is a value, safe to hand from a worker thread to the GUI.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class Article:
    """One source as read from disk (or pasted): its text and what we know about it."""

    id: str                      # file stem, made unique within a comparison
    text: str                    # the text every offset refers to (line ends normalised to \n)
    title: str = ""              # headline
    outlet: str = ""             # "VOA News"; empty when unknown
    byline: str = ""             # "Ayaz Gul"
    date: str = ""               # as written in the article ("Jan 17, 2024")
    date_source: str = ""        # where the date was found ("datePublished in the page's ...")
    path: str = ""               # where it was read from; empty for pasted text
    url: str = ""
    # spans of the header lines, so segmentation can make them units of their own
    title_span: Optional[tuple[int, int]] = None
    header_spans: tuple[tuple[int, int], ...] = ()
    # the legacy encoding a file's bytes were taken to be in ("Windows-1252"), for a note to the
    # reader; empty for UTF-8, a BOM's or a page's declared charset, and pasted text
    encoding: str = ""


@dataclass(frozen=True)
class Sentence:
    id: str                      # "<article id>:<index>"
    article: str                 # article id
    index: int                   # position in its article, from 0
    start: int
    end: int
    paragraph: int               # paragraph number within the article, from 0
    role: str = "body"           # "headline", "byline" (outlet/byline/date lines) or "body"
    text: str = ""


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of one sentence: where a difference, mention or quote lies."""

    article: str
    sentence: str                # sentence id
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Link:
    """Two sentences of different articles that report the same content."""

    a: str                       # sentence id
    b: str                       # sentence id
    score: float                 # 0..1
    kind: str                    # "same" | "partial"


@dataclass(frozen=True)
class Group:
    """Linked sentences gathered for display: one row of the aligned view."""

    id: str
    sentences: tuple[str, ...]   # sentence ids, at most a few per article


@dataclass(frozen=True)
class DiffOp:
    """One step of a word-level diff between two linked sentences: op is -1, 0 or 1."""

    op: int
    text: str


@dataclass(frozen=True, slots=True)    # slots: a news cycle has hundreds of thousands
class Difference:
    kind: str                    # number | name | date | attribution | quote | claim
    a: Span
    b: Span
    note: str


@dataclass(frozen=True)
class Mention:
    article: str
    start: int
    end: int
    text: str
    sentence: str = ""


@dataclass(frozen=True)
class Actor:
    id: str                      # "actor:<n>"
    name: str                    # canonical (longest full) name
    kind: str                    # person | organization | place
    aliases: tuple[str, ...]     # the other surface forms
    mentions: tuple[Mention, ...]
    role: str = ""               # "Foreign Ministry spokesperson", when the text says


@dataclass(frozen=True)
class Quote:
    id: str                      # "quote:<n>"
    article: str
    sentence: str                # sentence where the quote starts
    start: int
    end: int
    text: str
    kind: str                    # direct | indirect
    speaker: Optional[str]       # actor id
    cue: str = ""                # reporting verb as written ("said", "according to")


@dataclass(frozen=True)
class Citation:
    """A passage a note or a correction points at: enough to find it again after re-analysis
    (the text itself, not only offsets, since segmentation may change between versions)."""

    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Correction:
    """A reader's fix of the engine's output, replayed on every analysis.

    kind and what it uses:
      link / unlink        refs = (sentence in one article, sentence in another)
      dismiss              refs = (side a, side b) of the difference; value = its kind
      merge_actors         names = (a form of the actor kept, a form of the one merged into it)
      split_actor          names = (the form to split off into an actor of its own,)
      set_speaker          refs = (the quote,); names = (a form of the speaker,) or () for none
    """

    kind: str
    refs: tuple[Citation, ...] = ()
    names: tuple[str, ...] = ()
    value: str = ""


CORRECTION_KINDS = ("link", "unlink", "dismiss", "merge_actors", "split_actor", "set_speaker")


@dataclass(frozen=True)
class Comparison:
    articles: tuple[Article, ...]
    sentences: tuple[Sentence, ...]
    links: tuple[Link, ...]
    groups: tuple[Group, ...]
    differences: tuple[Difference, ...]
    actors: tuple[Actor, ...]
    quotes: tuple[Quote, ...]
    # word-level diffs for display, keyed by (sentence a, sentence b) of each link
    word_diffs: dict = field(default_factory=dict, compare=False, hash=False)

    # --- look-ups the views and exports need; cheap, derived on demand ---------------
    def article(self, article_id: str) -> Article:
        return next(a for a in self.articles if a.id == article_id)

    def sentence(self, sentence_id: str) -> Sentence:
        return self._sentence_index()[sentence_id]

    def sentences_of(self, article_id: str) -> list[Sentence]:
        return [s for s in self.sentences if s.article == article_id]

    def links_of(self, sentence_id: str) -> list[Link]:
        return [link for link in self.links if sentence_id in (link.a, link.b)]

    def differences_of(self, sentence_id: str) -> list[Difference]:
        return [d for d in self.differences if sentence_id in (d.a.sentence, d.b.sentence)]

    def actor(self, actor_id: str) -> Optional[Actor]:
        return next((a for a in self.actors if a.id == actor_id), None)

    def _sentence_index(self) -> dict[str, Sentence]:
        index = self.__dict__.get("_sidx")
        if index is None:
            index = {s.id: s for s in self.sentences}
            object.__setattr__(self, "_sidx", index)
        return index
