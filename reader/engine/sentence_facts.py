"""What the difference finder knows about each sentence, worked out once per comparison.

A sentence takes part in many links (hundreds, in a news cycle of a hundred articles), so its
figures, dates, name runs, sources and quotes are found once, on first use, and each link only
compares what its two sentences carry. Each fact also says cheaply whether a detector can fire at
all ("no quote on either side"), so most links cost a few attribute look-ups.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from functools import cached_property
from typing import Callable, Iterable, Optional, Sequence

from reader.engine import attribution, claims, dates, figures, name_forms, name_lists
from reader.engine.model import Actor, Article, Quote, Sentence, Span
from reader.engine.quote_marks import quote_spans
from reader.engine.text import WORD_RE, content_concepts, fold, name_key, stem
from reader.paths import word_list

_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# capitalised words running together, one space apart ("Reza Amira Moghaddam", "Amir-Abdollahian's")
_CAPITALISED_RE = re.compile(r"(?<![\w'’-])[^\W\d_a-z][\w'’.-]*(?: [^\W\d_a-z][\w'’.-]*)*")

# What a sentence carries (SentenceFacts.carries), one bit each: figures or dates, name runs,
# organisations or places, timing words, a person named in a role, direct quotes, a source, a
# list of names, an organisation named just after a group noun ("the militant group Jaish
# al-Adl"), a group described but not named ("a militant group"). A detector runs on a link
# only when both sentences (or either) carry its bit.
FIGURES, NAMES, PLACES, TIMED, NAMED, QUOTED, CREDITED, LISTED, ORGANISED, DESCRIBED = \
    (1 << i for i in range(10))

# What a detector finds between two sentences: (kind, start in a, end in a, start in b, end in b,
# note), the offsets into each sentence's own text.
Found = tuple[str, int, int, int, int, str]


def reference_year(article: Article) -> Optional[int]:
    """The year an article writes from: its date line's, else the latest year it mentions."""
    day = dates.parse_reference(article.date)
    if day is not None:
        return day.year
    years = [int(y) for y in _YEAR_RE.findall(article.text) if int(y) <= 2100]
    return max(years) if years else None


class Facts:
    """The comparison-wide facts (articles, actors, quotes) and each sentence's own (of())."""

    def __init__(self, articles: Sequence[Article], actors: Sequence[Actor], quotes: Sequence[Quote],
                 sentences: Sequence[Sentence]):
        self.mentions = defaultdict(list)      # sentence id -> [(mention, actor)]
        for a in actors:
            for m in a.mentions:
                self.mentions[m.sentence].append((m, a))
        self.by_article: dict[str, list[Sentence]] = defaultdict(list)
        for s in sentences:
            self.by_article[s.article].append(s)
        self._before = {s.id: (found[k - 1] if k else None)          # sentence id -> the one before
                        for found in self.by_article.values() for k, s in enumerate(found)}
        self.quotes_in = defaultdict(list)     # sentence id -> [quote with words in it]
        for q in quotes:
            for s in self.by_article[q.article]:
                if s.start < q.end and q.start < s.end:
                    self.quotes_in[s.id].append(q)
        self.actor = {a.id: a for a in actors}
        self.sentence = {s.id: s for s in sentences}
        self.date_of = {a.id: a.date for a in articles}
        self.text_of = {a.id: a.text for a in articles}
        self.day_first = {a.id: dates.day_first(a.text) for a in articles}
        self.year_of = {a.id: reference_year(a) for a in articles}
        # words the articles also write in lower case: a capitalised one of them is no name
        self.common = frozenset(fold(w) for a in articles for w in WORD_RE.findall(a.text)
                                if w[:1].islower())
        self._sentences: dict[str, SentenceFacts] = {}
        self._name_keys: dict[str, frozenset] = {}
        self._spans: dict[tuple, Span] = {}
        self._concepts: dict[str, frozenset] = {}
        self._interned: dict = {}
        self._once: dict = {}
        self._contexts: dict[tuple, frozenset] = {}
        self.compared: dict[tuple, object] = {}     # (detector, interned a, interned b) -> result

    def release(self) -> None:
        """Drop what the comparison worked out (each sentence's facts point back here, so
        without this it would wait for the garbage collector, holding memory meanwhile)."""
        for found in (self._sentences, self._name_keys, self._spans, self._concepts, self._interned,
                      self._once, self._contexts, self.compared):
            found.clear()

    def of(self, s: Sentence) -> "SentenceFacts":
        found = self._sentences.get(s.id)
        if found is None:
            found = self._sentences[s.id] = SentenceFacts(self, s)
        return found

    def sentence_before(self, s: Sentence) -> Optional[Sentence]:
        """The sentence before s in its article, or None (found by id: a link asks for it often)."""
        return self._before[s.id]

    def by_id(self) -> dict[str, "SentenceFacts"]:
        """Every sentence's facts by sentence id (each fact is still worked out when first asked)."""
        return {sid: self.of(s) for sid, s in self.sentence.items()}

    def prepare(self, sentence_ids: Iterable[str], until: Callable[[], bool] = lambda: False) -> None:
        """Work out, sentence by sentence, what the difference finder asks of every linked
        sentence, until until() says to stop (the links a caller waits for have come): done
        before a fork, it is done once for both processes (differences._found_beside)."""
        for n, sid in enumerate(sentence_ids):
            if n % 16 == 0 and until():
                return
            s = self.sentence[sid]
            if s.role != "byline":
                self.of(s).work_out()

    def texts_worked_out(self, sentences: Iterable[Sentence]) -> dict:
        """The figures and name runs of these sentences (what depends only on a sentence's text,
        its article's date and the articles' words, not on actors or quotes), worked out here
        for learn() in another process: a forked child that has them ready before this one
        would come to them."""
        for s in sentences:
            if s.role != "byline":
                self.of(s).figures, self.of(s).runs
        return {key: found for key, found in self._once.items() if key[0] in _TEXT_FACTS}

    def learn(self, worked_out: Optional[dict]) -> None:
        """Take what texts_worked_out gave in another process on the same articles (None:
        nothing); what this process has found already is kept."""
        for key, found in (worked_out or {}).items():
            if key[0] in _TEXT_FACTS:
                self._once.setdefault(key, found)

    def intern(self, value) -> int:
        """A small number for a value (a sentence's name runs as written, say), the same for
        equal values: pairs of them key the caches of comparisons that depend on nothing else."""
        found = self._interned.get(value)
        if found is None:
            found = self._interned[value] = len(self._interned)
        return found

    def context(self, s: Sentence, start: int, end: int) -> frozenset:
        """figures.context of a stretch of sentence s (offsets relative to its text), found once."""
        key = (s.id, start, end)
        found = self._contexts.get(key)
        if found is None:
            found = self._contexts[key] = self.of(s).context(start, end)
        return found

    def name_keys_of(self, article_id: str) -> frozenset:
        """The spelling skeleton (name_forms.skeleton) of every capitalised word of an article
        and of every two running together, so "Amir Abdollahian" and "Amirabdollahian" both
        count."""
        return self._article_keys(article_id)[1]

    def word_keys_of(self, article_id: str) -> frozenset:
        """The letters (name_key) of every capitalised word of an article and of every two
        running together: whether the article writes a name in exactly this spelling anywhere."""
        return self._article_keys(article_id)[0]

    def _article_keys(self, article_id: str) -> tuple[frozenset, frozenset]:
        found = self._name_keys.get(article_id)
        if found is None:
            out = set()
            for s in self.by_article[article_id]:
                for run in _CAPITALISED_RE.findall(s.text):
                    keys = [name_key(w) for w in run.split()]
                    out.update(keys)
                    out.update(a + b for a, b in zip(keys, keys[1:]))
            found = self._name_keys[article_id] = (frozenset(out),
                                                   frozenset(name_forms.skeleton(k) for k in out))
        return found

    def once(self, key: tuple, make):
        """make(), worked out once per comparison for key: what depends only on a sentence's
        text (and its article's date) is the same for the copies of a wire story."""
        found = self._once.get(key)
        if found is None:
            found = self._once[key] = make()
        return found

    def concepts(self, text: str) -> frozenset:
        """Content concepts of a stretch of text (a quote), found once."""
        found = self._concepts.get(text)
        if found is None:
            found = self._concepts[text] = frozenset(content_concepts(text))
        return found

    def span(self, s: Sentence, start: int, end: int) -> Span:
        """A stretch of sentence s (start and end are offsets into its article), made once:
        one figure is often reported against many sentences."""
        key = (s.id, start, end)
        found = self._spans.get(key)
        if found is None:
            found = self._spans[key] = Span(article=s.article, sentence=s.id, start=start, end=end,
                                            text=s.text[start - s.start:end - s.start])
        return found


_TEXT_FACTS = ("figures", "runs")       # Facts.once keys that texts_worked_out hands over


class SentenceFacts:
    """One sentence's figures, dates, names, source, quotes and claim cues, each found when a
    link first asks for it."""

    def __init__(self, facts: Facts, s: Sentence):
        self.facts = facts
        self.s = s
        self.text = s.text

    def work_out(self) -> None:
        """Work out now what a link's comparison reads of the sentence (carries says which
        detectors will ask), so a forked child inherits it instead of working it out again."""
        carries = self.carries
        self.concepts, self.text_id, self.claim_cues, self.folded_words, self.agents
        if carries & FIGURES:
            self.dated_id, self.number_key, self.date_key
        if carries & (NAMES | PLACES):
            self.run_keys, self.run_index, self.near_keys, self.names_key, self.organisation_ids
        if carries & QUOTED:
            self.quotes_id
        if carries & CREDITED:
            self.source_id
        if self.agents:
            self.agents_id

    # --- what comparisons depend on: equal numbers for sentences that compare alike -------

    @cached_property
    def text_id(self) -> int:
        return self.facts.intern(self.text)

    @cached_property
    def dated_id(self) -> int:
        """The text in its article's time: its figures and dates mean the same in another
        sentence with this number."""
        f, a = self.facts, self.s.article
        return f.intern((self.text, f.date_of.get(a, ""), f.day_first.get(a), f.year_of.get(a)))

    @cached_property
    def quotes_id(self) -> int:
        return self.facts.intern((self.text, self.s.role,
                                  tuple((x.span.start - self.s.start, x.span.end - self.s.start,
                                         x.quote.speaker) for x in self.quoted)))

    @cached_property
    def source_id(self) -> int:
        src = self.source
        if not isinstance(src, attribution.Source):
            return -1
        return self.facts.intern((self.source_span, src.text, src.words, src.parties, src.actors, src.refers))

    @cached_property
    def source_span(self) -> tuple[int, int]:
        """Where the sentence names its source (offsets into its text): the whole sentence when
        the source stands elsewhere (the speaker of a quote named in an earlier sentence)."""
        s, src = self.s, self.source
        if s.start <= src.start and src.end <= s.end:
            return src.start - s.start, src.end - s.start
        return 0, len(s.text)

    @cached_property
    def carries(self) -> int:
        """What the sentence gives the difference detectors to compare, as bits (FIGURES, ...)."""
        g = self.figures
        return ((FIGURES if g.quantities or g.records or g.dates else 0) | (NAMES if self.runs else 0)
                | (PLACES if self.organisations else 0) | (TIMED if g.timings else 0)
                | (NAMED if self.named_in_role else 0) | (QUOTED if self.quoted else 0)
                | (CREDITED if isinstance(self.source, attribution.Source) else 0)
                | (LISTED if self.name_lists else 0)
                | (ORGANISED if self.grouped else 0)
                | (DESCRIBED if self.described else 0))

    # --- content ------------------------------------------------------------------------

    @cached_property
    def word_table(self) -> tuple[list[int], list[int], list[frozenset]]:
        """Starts, ends and content concepts of the sentence's words (none for figures)."""
        starts, ends, concepts = [], [], []
        for m in WORD_RE.finditer(self.text):
            w = m.group()
            starts.append(m.start())
            ends.append(m.end())
            concepts.append(frozenset() if w[:1].isdigit() else self.facts.concepts(w))
        return starts, ends, concepts

    def context(self, start: int, end: int) -> frozenset:
        """Content concepts of the few words before and after text[start:end] (as
        figures.context, from the word table)."""
        starts, ends, concepts = self.word_table
        before = bisect_right(ends, start)
        after = bisect_left(starts, end)
        words = [concepts[i] for i in range(max(0, before - figures.CONTEXT_WORDS), before)
                 if starts[i] >= start - figures.CONTEXT_CHARS]
        words += [concepts[i] for i in range(after, min(len(starts), after + figures.CONTEXT_WORDS))
                  if ends[i] <= end + figures.CONTEXT_CHARS]
        return frozenset().union(*words)

    @cached_property
    def concepts(self) -> frozenset:
        return self.facts.concepts(self.text)

    # --- figures and dates --------------------------------------------------------------

    @cached_property
    def figures(self) -> figures.Figures:
        f, a = self.facts, self.s.article
        when = (f.date_of.get(a, ""), f.day_first.get(a), f.year_of.get(a))
        return f.once(("figures", self.text, when), lambda: figures.Figures(self.text, *when))

    @cached_property
    def number_key(self) -> tuple:
        """Equal for two sentences whose figures all pair off as equal (then none differs)."""
        return tuple(sorted((q.low, q.high, q.hedge, q.exact, q.form, q.unit)
                            for q in self.figures.quantities))

    @cached_property
    def date_key(self) -> tuple:
        return tuple(sorted(d.value for d in self.figures.dates))

    # --- names --------------------------------------------------------------------------

    @cached_property
    def runs(self) -> list:
        text, common = self.text, self.facts.common
        return self.facts.once(("runs", text), lambda: name_forms.name_runs(text, common))

    @cached_property
    def run_shapes(self) -> tuple:
        return name_forms.shapes(self.runs)

    @cached_property
    def names_key(self) -> int:
        """Equal for sentences whose names compare alike: the same runs, as written, and the
        same organisations and places named the same ways."""
        return self.facts.intern((self.run_shapes, tuple(self.organisations)))

    @cached_property
    def list_shapes(self) -> tuple:
        return name_forms.list_shapes(self.name_lists)

    @cached_property
    def run_keys(self) -> frozenset:
        return frozenset(k for run in self.runs for k in run.lookup)

    @cached_property
    def near_keys(self) -> frozenset:
        """name_forms.near_keys of its name words: shared with a sentence that writes one of
        them one letter apart."""
        return frozenset(k for run in self.runs for k in run.near)

    @cached_property
    def run_index(self) -> dict:
        return name_forms.run_index(self.runs)

    @cached_property
    def name_lists(self) -> list:
        return name_lists.find_lists(self.text, self.runs)

    @cached_property
    def organisations(self) -> dict:
        """(actor id, folded form) -> (mention, actor) for the organisations and places the
        sentence names (people's names are compared by name_forms)."""
        out = {}
        for m, a in self.facts.mentions[self.s.id]:
            if a.kind != "person":
                out.setdefault((a.id, fold(m.text)), (m, a))
        return out

    @cached_property
    def organisation_ids(self) -> frozenset:
        return frozenset(actor_id for actor_id, _ in self.organisations)

    @cached_property
    def organisation_forms(self) -> dict:
        """actor id -> [(folded form, mention)] of the organisations and places named."""
        out = defaultdict(list)
        for (actor_id, form), (m, _) in self.organisations.items():
            out[actor_id].append((form, m))
        return out

    @cached_property
    def described(self) -> Optional[tuple[int, int, str]]:
        """Where the sentence describes a group it does not name, and the group noun
        (name_differences.described_group)."""
        from reader.engine.name_differences import described_group      # it builds on this module

        return described_group(self.text)

    @cached_property
    def grouped(self) -> tuple:
        """(mention, actor, group nouns) of each organisation named just after a group noun
        (name_differences.grouped_organisations)."""
        from reader.engine.name_differences import grouped_organisations

        return grouped_organisations(self.s, self.text, self.facts.mentions[self.s.id])

    @cached_property
    def group_nouns(self) -> frozenset:
        """The group nouns of grouped: a sentence describing a group by another noun is no match."""
        return frozenset().union(*(nouns for _, _, nouns in self.grouped))

    @cached_property
    def named_in_role(self) -> list:
        """(mention, skeleton of the surname, role word) of each person named after a role word
        ("Iran's ambassador, Reza Amira Moghaddam" -> ambassador)."""
        x = self.s
        out = []
        for m, actor in self.facts.mentions[x.id]:
            surname = WORD_RE.findall(m.text)[-1:] if actor.kind == "person" else []
            if not surname or len(surname[0]) < 3:
                continue
            before = WORD_RE.findall(x.text[max(0, m.start - x.start - 30):m.start - x.start])[-3:]
            role = next((fold(w) for w in reversed(before) if fold(w) in word_list("titles.txt")
                         and fold(w) not in _HONORIFIC_TITLES), None)
            if role:
                out.append((m, name_forms.skeleton(name_key(surname[0])), role))
        return out

    @cached_property
    def named_in_role_keys(self) -> list:
        """named_in_role, each with (role, the keys a run spelling the surname one letter
        apart would share with it: name_forms.near_keys)."""
        out = []
        for m, surname, role in self.named_in_role:
            key = name_key(WORD_RE.findall(m.text)[-1])
            out.append((m, surname, (role, frozenset(name_forms.near_keys(key)) | {surname})))
        return out

    @cached_property
    def role_words(self) -> frozenset:
        """The role words of named_in_role ("ambassador")."""
        return frozenset(role for _, _, role in self.named_in_role)

    @cached_property
    def folded_words(self) -> dict:
        """Folded word -> its last match in the sentence (the same for every copy of a text)."""
        text = self.text
        return self.facts.once(("folded", text),
                               lambda: {fold(m.group()): m for m in WORD_RE.finditer(text)})

    # --- attribution and quotes ---------------------------------------------------------

    @cached_property
    def quoted_offsets(self) -> tuple[tuple[int, int], ...]:
        """Where the sentence's direct quotes stand (offsets into its text)."""
        s = self.s
        return tuple((max(q.start, s.start) - s.start, min(q.end, s.end) - s.start)
                     for q in self.facts.quotes_in[s.id] if q.kind == "direct")

    @cached_property
    def venues(self) -> tuple:
        """attribution.find_venues of the sentence, outside its quotes (the same for every
        copy of a text quoted alike)."""
        text, quoted = self.text, self.quoted_offsets
        return self.facts.once(("venues", text, quoted), lambda: attribution.find_venues(text, quoted))

    @cached_property
    def source(self):
        """The sentence's Source, attribution.UNKNOWN, or None (see attribution.find_source). A
        pronoun is resolved through the speaker of a quote in the sentence, and a sentence that is
        mostly a quote is credited to its speaker."""
        f, s = self.facts, self.s
        found = attribution.find_source(s.text, s.role == "headline", self.quoted_offsets)
        speakers = [(q, f.actor[q.speaker]) for q in f.quotes_in[s.id] if q.speaker in f.actor]
        mostly = next((a for q, a in speakers if q.kind == "direct" and
                       (min(q.end, s.end) - max(q.start, s.start)) * 2 >= len(s.text)), None)
        speaker = mostly or (speakers[0][1] if speakers and found and found[2] == attribution.UNKNOWN
                             else None)
        if found is None and speaker is None:
            return None
        if found is None or found[2] == attribution.UNKNOWN:
            if speaker is None:
                return attribution.UNKNOWN
            m = next((m for m in speaker.mentions if m.sentence == s.id), None) \
                or next((m for m in speaker.mentions if m.article == s.article and m.start >= s.start), None)
            if m is None:
                return attribution.UNKNOWN
            return attribution.make_source(m.start, m.end, m.text, frozenset({speaker.id}),
                                           (speaker.role,) if speaker.role else ())
        start, end = s.start + found[0], s.start + found[1]
        named = sorted(((m, a) for m, a in f.mentions[s.id] if m.start < end and start < m.end),
                       key=lambda p: p[0].start)
        spans = [(m.start, m.end) for m, _ in named]
        parties = attribution.count_parties(f.text_of[s.article], spans) if named \
            else attribution.count_parties(found[2], [])
        ids = frozenset(a.id for _, a in named)
        refers = self._bodies_around(start, end, stem(found[2])) \
            if attribution.is_back_reference(s.text, found[2], ids) else None
        return attribution.make_source(start, end, found[2], ids,
                                       tuple(a.role for _, a in named if a.role), parties, refers)

    def _bodies_around(self, start: int, end: int, noun: str) -> frozenset:
        """The bodies a back-reference at start:end ("the company") may stand for: those the
        sentence names outside it, else those the sentence before names; organisations if any
        (else other actors that are no place: a firm's name may be taken for a person's); of
        them, those whose name has the back-reference's noun (its stem), if any do ("the
        airline" / "Skyra Airlines")."""
        f, s = self.facts, self.s
        for sid in (s.id, getattr(f.sentence_before(s), "id", None)):
            named = [a for m, a in f.mentions.get(sid, ()) if a.kind != "place"
                     and not (m.start < end and start < m.end)]
            bodies = [a for a in named if a.kind == "organization"] or named
            bodies = [a for a in bodies if noun in map(stem, WORD_RE.findall(a.name))] or bodies
            if bodies:
                return frozenset(a.id for a in bodies)
        return frozenset()

    @cached_property
    def direct_quotes(self) -> list[tuple[Quote, Span]]:
        """The direct quotes in the sentence, each with the part of it inside the sentence (a
        quote may start in an earlier sentence and run on); a headline's quoted words count too."""
        s = self.s
        found = [(q, self._quote_span(q)) for q in self.facts.quotes_in[s.id] if q.kind == "direct"]
        if not found and s.role == "headline":
            for a, b in quote_spans(s.text, 0, len(s.text)):
                q = Quote(id="", article=s.article, sentence=s.id, start=s.start + a, end=s.start + b,
                          text=s.text[a:b], kind="direct", speaker=None)
                found.append((q, self._quote_span(q)))
        return found

    @cached_property
    def quoted(self) -> tuple:
        """direct_quotes with what comparing them needs (quote_wording.Quoted)."""
        from reader.engine import quote_wording      # it builds on this module's Found

        return quote_wording.quoted(self.direct_quotes, self.facts.concepts)

    def _quote_span(self, q: Quote) -> Span:
        """The part of a quote inside the sentence (a quote may run on into the next ones)."""
        s = self.s
        start, end = max(q.start, s.start), min(q.end, s.end)
        return Span(q.article, s.id, start, end, q.text[start - q.start:end - q.start])

    # --- agents -------------------------------------------------------------------------

    @cached_property
    def agents(self) -> tuple:
        """Who does what the sentence reports (agents.agents_of)."""
        from reader.engine import agents     # it compares what this module finds

        return agents.agents_of(self)

    @cached_property
    def agents_id(self) -> int:
        """Equal for sentences whose agents compare alike (the same agents.agents_of)."""
        return self.facts.intern(self.agents)

    # --- claims -------------------------------------------------------------------------

    @cached_property
    def claim_cues(self) -> claims.Cues:
        return self.facts.once(("cues", self.text), lambda: claims.cues(self.text, self.concepts))


_HONORIFIC_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "former", "veteran",
                               "senior", "acting", "interim", "deputy", "vice", "chief", "head"})
