"""Who a subject phrase stands for: an actor named in it, a pronoun, or a noun for a speaker
("the minister", "the agency", "the report"), resolved against the actors of one article.

Pronouns and definite speaker nouns go to the most salient compatible actor of the last few
sentences, the way readers resolve them: a person for "he"/"she" (of that gender where the text
or the first name tells), a body for "it"/"they"; the subject of a recent sentence and the
speaker of the last quote count more than the last name mentioned; nearer counts more.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional, Sequence

from reader.engine import cues, gazetteer
from reader.engine.model import Actor, Sentence
from reader.engine.text import WORD_RE, fold

_HONORIFIC_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female", "sir": "male",
                     "lord": "male", "lady": "female", "madam": "female", "dame": "female",
                     "king": "male", "queen": "female", "prince": "male", "princess": "female"}
_ABBREV_DOT_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Lt|Col|Capt|Prof|Rev|Jr|Sr|Sgt|"
                            r"Adm|Maj|Gov|Atty|No|Nos|Calif|Fla|Ill|Mass|Mich|Pa|Va|Wash|Ore|Tex|"
                            r"Ariz|Colo|Conn|Ga|Ky|La|Md|Minn|Mo|Nev|Okla|Tenn|Wis|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|"
                            r"Inc|Corp|Co|Ltd|v|vs|[A-Z])\.")
# Person nouns for a member of a body who does not speak for it ("a House Republican", "a
# Senate Democrat"), unlike its officials and spokespeople.
_MEMBER_NOUNS = frozenset({"republican", "democrat", "conservative", "liberal", "progressive", "lawmaker",
                           "legislator", "senator", "representative", "member", "congressman",
                           "congresswoman"})
# Lower-case words that may stand between a preposition and the name it governs.
_NAME_MODIFIERS = frozenset({"no", "and", "or", "former", "late", "then", "acting", "interim", "outgoing",
                             "incoming", "new", "current", "deputy", "vice", "ex"})
# A dateline opening a story: "RAFAH, Gaza Strip (AP) — ", "JOHANNESBURG, June 1 (Reuters) - ".
DATELINE_RE = re.compile(r"[A-Z][A-Z .'’-]{2,}(?:,[^—–\n]{1,40}?)?(?:\s*\([^)\n]{1,30}\))?\s*[—–-]+\s+")
LOOK_BACK = 4      # sentences a pronoun or a speaker noun may reach back


def mask_abbreviations(s: str) -> str:
    """s with the full stops of titles, initials and state abbreviations blanked, so that a full
    stop left in it ends a sentence ("Mr. Pelosi" -> "Mr  Pelosi", same length)."""
    return _ABBREV_DOT_RE.sub(lambda m: m.group()[:-1] + " ", s)


class Discourse:
    """One article's actors by position and sentence, and what the quotes so far have said."""

    def __init__(self, text: str, sentences: Sequence[Sentence], article_id: str, actors: Sequence[Actor],
                 quoted: Sequence[tuple[int, int]] = (), here: Optional[Sequence[Actor]] = None):
        """here: the actors with a mention in this article, in the order of actors, when the
        caller has them (finding them scans every mention of the set, once per article)."""
        self.text = text
        self.sentences = list(sentences)
        self.sentence_starts = [s.start for s in self.sentences]
        if here is None:
            here = [a for a in actors if any(m.article == article_id for m in a.mentions)]
        # names inside quotation marks are the speaker's words, never a speaker
        items = sorted((m.start, m.end, a) for a in here for m in a.mentions if m.article == article_id
                       and not any(a0 < m.start < b0 for a0, b0 in quoted))
        self.actors = list(here)
        self.everyone = list(actors)        # the whole set's, for descriptions no mention here fits
        self._forms_re: Optional[re.Pattern] = None
        self._form_actor: dict[str, Actor] = {}
        self.items = items
        self.starts = [s for s, _, _ in items]
        self.last_speaker: Optional[Actor] = None
        self.last_speaker_at = -10          # sentence number of the last quote with a speaker
        self.spoke: dict[int, Actor] = {}   # sentence number -> speaker of a quote in it
        self._gender: dict[str, str] = {}
        self._subjects: dict[int, Optional[Actor]] = {}
        self._countries: Optional[list[Actor]] = None     # the set's countries, found when first asked
        self._country: dict[str, Optional[Actor]] = {}    # body id -> _country_of

    # --- look-ups ------------------------------------------------------------------------------
    def within(self, start: int, end: int) -> list[tuple[int, int, Actor]]:
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [it for it in self.items[i:j] if it[1] <= end]

    def named(self, start: int, end: int) -> list[tuple[int, int, Actor]]:
        """Actors named in text[start:end]: their mentions, else any of their forms written there
        (a headline in title case, where names were not told apart from the words around them)."""
        found = self.within(start, end)
        if found or (self.sentences and self.sentences[self.sentence_at(start)].role == "body"):
            return found        # a body's names are its mentions (its quotes' words are no one's)
        if self._forms_re is None:
            for a in self.actors:
                for form in (a.name, *a.aliases):
                    if len(form) >= 3 and form[:1].isupper():
                        self._form_actor.setdefault(form, a)
            forms = sorted(self._form_actor, key=len, reverse=True)
            self._forms_re = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b") if forms \
                else re.compile(r"(?!)")
        return [(m.start(), m.end(), self._form_actor[m.group()])
                for m in self._forms_re.finditer(self.text, start, end)]

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def heard(self, speaker: Actor, pos: int) -> None:
        k = self.sentence_at(pos)
        self.last_speaker, self.last_speaker_at = speaker, k
        self.spoke[k] = speaker

    def gender(self, actor: Actor) -> str:
        """'female', 'male' or '' for a person: from a title before a mention ("Ms. Pelosi"), a
        gendered role ("congresswoman") or a well-known first name."""
        if actor.id in self._gender:
            return self._gender[actor.id]
        nouns = cues.speaker_nouns()
        found = ""
        for s, e, a in self.items:
            if a is not actor:
                continue
            before = self.text[max(0, s - 40):s]
            words = WORD_RE.findall(before)
            if words and fold(words[-1]) in _HONORIFIC_GENDER:
                found = _HONORIFIC_GENDER[fold(words[-1])]
                break
            # a gendered noun of the same sentence ("her son, Tom"), not the last one's ("… with
            # her son. Maria Costa")
            words = WORD_RE.findall(re.split(r"[.!?\n\"“”]", mask_abbreviations(before))[-1])
            for w in words[-3:]:
                if fold(w) in nouns.get("female", ()):
                    found = "female"
                elif fold(w) in nouns.get("male", ()):
                    found = "male"
        if not found:
            for w in WORD_RE.findall(actor.role):
                found = "female" if fold(w) in nouns.get("female", ()) else \
                    "male" if fold(w) in nouns.get("male", ()) else found
        if not found and actor.kind == "person":
            first = WORD_RE.findall(actor.name)[:1]
            found = cues.first_name_gender().get(fold(first[0]), "") if first else ""
        self._gender[actor.id] = found
        return found

    # --- subjects --------------------------------------------------------------------------------
    def is_prepositional(self, start: int, floor: int = -1) -> bool:
        """Whether the name at start is the object of a preposition ("in Iran", "from the U.S.
        Senate"): walk back over title-case words and determiners, within its sentence."""
        if floor < 0:
            floor = self.sentences[self.sentence_at(start)].start if self.sentences else 0
        base = max(floor, start - 60)
        words = list(WORD_RE.finditer(self.text[base:start]))
        nxt = start - base
        for m in reversed(words):
            if self.text[base + m.end():base + nxt].strip(" .-'’"):
                return False        # punctuation between: another phrase
            nxt = m.start()
            w = m.group()
            f = fold(w)
            if f in cues.PREPOSITIONS:
                return True
            if w[:1].isupper() or f in cues.DETERMINERS or f in _NAME_MODIFIERS or w.isdigit():
                continue        # 'of former President Donald Trump'
            return False
        return False

    def subject(self, k: int) -> Optional[Actor]:
        """The actor a sentence is about: its first person or body named outside a prepositional
        phrase, or the speaker of a quote in it."""
        if k in self._subjects:
            return self._subjects[k]
        found = None
        if 0 <= k < len(self.sentences):
            s = self.sentences[k]
            dateline = DATELINE_RE.match(self.text, s.start, s.end)
            named = self.within(dateline.end() if dateline else s.start, s.end)
            for n, (start, end, a) in enumerate(named):
                if self.is_prepositional(start, s.start) or re.match(r"['’]s\b", self.text[end:end + 2]):
                    continue
                if self.text[start - 1:start] == "(" and self.text[end:end + 1] == ")":
                    continue    # "Jan 14 (Reuters) -": a credit, not a subject
                if a.kind == "place" and n + 1 < len(named) and named[n + 1][2].kind == "person" \
                        and re.fullmatch(r"[\s\w.-]*", self.text[end:named[n + 1][0]]):
                    continue    # "U.S. Representative Liz Cheney": the place qualifies her title
                found = a
                break
            found = found or self.spoke.get(k)
        self._subjects[k] = found
        return found

    # --- resolution --------------------------------------------------------------------------------
    def salient(self, pos: int, kinds: tuple[str, ...], gender: str = "", head: str = "") -> Optional[Actor]:
        """The most salient actor of the given kinds before pos, within LOOK_BACK body sentences."""
        if not self.sentences:
            return None
        k = self.sentence_at(pos)
        floor = self.sentences[max(0, k - LOOK_BACK)].start
        para = self.sentences[k].paragraph
        best, best_score = None, -1e9
        for s, e, a in self.within(floor, pos):
            j = self.sentence_at(s)
            if a.kind not in kinds or e > pos or self.sentences[j].role != "body":
                continue
            if gender and a.kind == "person" and self.gender(a) not in ("", gender):
                continue
            prepositional = self.is_prepositional(s)
            if a.kind == "place" and prepositional:
                continue
            score = -2.0 * (k - j) + s / 1e7 - 2.0 * prepositional
            if self.subject(j) is a:
                score += 3
            if self.spoke.get(j) is a:
                score += 2
            if self.sentences[j].paragraph == para:
                score += 1
            if head and (head in fold(a.role) or head in fold(a.name)):
                score += 4
            elif head and _described_otherwise(a, head):
                continue            # "the far-right leader" is not the one described as "a lawyer for …"
            if score > best_score:
                best, best_score = a, score
        last = self.last_speaker
        if last is not None and last.kind in kinds and k - self.last_speaker_at <= LOOK_BACK \
                and not (gender and last.kind == "person" and self.gender(last) not in ("", gender)) \
                and not (head and _described_otherwise(last, head)):
            score = -2.0 * (k - self.last_speaker_at) + 2
            if best is None or score > best_score:
                best = last
        return best

    def pronoun(self, word: str, pos: int) -> Optional[Actor]:
        if word in cues.PRONOUNS_PERSON:
            return self.salient(pos, ("person",), "female" if word == "she" else "male")
        if word == "it":
            return self.salient(pos, ("organization", "place"))
        if word == "they":
            return self.salient(pos, ("organization",))
        return None

    def phrase(self, start: int, end: int, floor: int = -1) -> Optional[Actor]:
        """Who the subject phrase text[start:end] names (floor: where its clause starts, for
        telling a name in a prepositional phrase from its head)."""
        floor = start if floor < 0 else floor
        text = self.text
        words = list(WORD_RE.finditer(text, start, end))
        while words and fold(words[-1].group()) in cues.AUXILIARIES and len(words) > 1:
            words.pop()
        if not words:
            return None
        last = fold(words[-1].group())
        if last in cues.PRONOUNS_PERSON or last in cues.PRONOUNS_GROUP:
            return self.pronoun(last, words[-1].start()) if len(words) <= 2 else None
        named = [(s, e, a) for s, e, a in self.named(start, end)
                 if a.kind in ("person", "organization", "place")]
        # "the Lamia-based chief", "a Saudi-led coalition": the name qualifies the noun it is glued to
        heads = [(s, e, a) for s, e, a in named if not self.is_prepositional(s, floor)
                 and not re.match(r"-[a-z]", text[e:e + 2])]
        possessors = [x for x in heads if re.match(r"['’]s\b", text[x[1]:x[1] + 2])]
        heads = [x for x in heads if x not in possessors]
        tail_words = [fold(w.group()) for w in words]
        head_noun = _speaker_noun(tail_words)
        section, noun, at = head_noun or ("", "", -1)
        # the name a prepositional phrase after the noun gives ("officials at the ministry",
        # "the state of Mississippi", "members of the commission")
        after_noun = words[at].end() if head_noun else end
        owner = re.match(r"\s+(of|at|from|in|for)\s+(?:the\s+)?", text[after_noun:end]) \
            if head_noun else None
        # a place owns a body only by "of" ("the government of Japan"); "the embassy in Oslo" is
        # where the body sits, not who speaks
        owned = [a for s, _, a in named if owner and s == after_noun + owner.end() and a.kind != "person"
                 and (a.kind != "place" or owner.group(1) == "of")]
        if owner and not owned and owner.group(1) != "in":
            owned = self._body_by_noun(after_noun + owner.end(), end, "the" in owner.group())
        headed = bool(heads) and heads[-1][1] <= words[at].start()   # "Democratic senators"
        if heads and not (section == "people" and headed):
            # "Biden and Harris said": the first of two named together; "Trump adviser Stephen
            # Miller said": the last, which the others qualify
            pick = 0 if len(heads) > 1 and re.match(r"\s*(?:,|and\b|&)", text[heads[0][1]:]) else -1
            persons = [a for _, _, a in heads if a.kind == "person"]
            orgs = [a for _, _, a in heads if a.kind == "organization"]
            if persons:
                return persons[pick]
            if orgs and not (noun in _MEMBER_NOUNS and headed):
                return orgs[pick]   # "a White House official", "the Foreign Ministry spokesperson"
            if not head_noun:   # "Riyadh and Moscow said": the first, as for people
                return heads[pick][2]
        if section == "people" and owned and owned[0].kind == "organization":
            return owned[0]         # "members of the commission", "officials at the ministry"
        bodies = cues.speaker_nouns().get("organization", ())
        whose = next((w[:-2] for w in tail_words[:at] if w[-2:] in ("'s", "’s") and w[:-2] in bodies), "")
        if section == "people" and whose:   # "the ministry's officials"
            return self.named_body(whose, start) or self.salient(start, ("organization",), head=whose)
        if not section or section == "people":
            return None
        definite = tail_words[0] in ("the", "this", "that") or bool(possessors) \
            or (bool(self.sentences) and self.sentences[self.sentence_at(start)].role == "headline")
        # (a headline drops its articles: "Strike illegal, says minister" is "the minister")
        if section in ("person", "female", "male"):
            gender = section if section != "person" else ""
            places = [a for _, _, a in heads if a.kind == "place"]
            qualifier = possessors[-1][2] if possessors else (places[-1] if places else None)
            if whose and not any(a.kind == "person" and noun in fold(a.role) for _, _, a in self.items):
                # "the agency's spokesman" whom no one here is: the agency speaking through him
                body = self.named_body(whose, start) or self.salient(start, ("organization",), head=whose)
                if body is not None:
                    return body
            found = self.role(noun, start, gender, definite, qualifier)
            if found is None and owned and owned[0].kind == "organization":
                return owned[0]     # "a spokesman for Pfizer"
            if found is None and not definite:    # "a senior administration official"
                body = next((w for w in tail_words[:-1] if w in bodies), None)
                found = self.named_body(body, start) if body else None
            return found
        if section == "organization":
            if owned:               # "the state of Mississippi", "the government of Japan"
                return owned[0]
            places = [a for _, _, a in heads if a.kind == "place"]
            org = self.named_body(noun, start, places[-1] if places and headed else None)
            if org is None and places and headed:
                return places[-1]   # "the Israeli army": the country's, not the last body named
            if org is None and possessors and possessors[-1][2].kind in ("organization", "place"):
                return possessors[-1][2]
            return org or (self.salient(start, ("organization",), head=noun) if definite else None)
        if section == "document":
            return self.author(start)
        return None

    def _body_by_noun(self, start: int, end: int, definite: bool) -> list[Actor]:
        """The body a noun phrase after a preposition describes without naming it ("a spokesman
        for the fire service", "officials at the agency"), as a list of one or none."""
        words = [fold(w.group()) for w in WORD_RE.finditer(self.text, start, end)]
        hit = _speaker_noun(words)
        if hit is None or hit[0] != "organization":
            return []
        body = self.named_body(hit[1], start) or \
            (self.salient(start, ("organization",), head=hit[1]) if definite else None)
        return [body] if body is not None else []

    def role(self, noun: str, pos: int, gender: str, definite: bool,
             qualifier: Optional[Actor] = None) -> Optional[Actor]:
        """A person described by a role noun: one whose known role has the noun, before pos and
        then after it; with a qualifier ("Mississippi's attorney general"), the one person of the
        whole set whose role has both; for a definite description, else the most salient person."""
        holders = [(s, a) for s, _, a in self.items if a.kind == "person" and noun in fold(a.role)
                   and (not gender or self.gender(a) in ("", gender))]
        before = [a for s, a in holders if s < pos]
        if before:
            return before[-1]
        if qualifier is not None and not holders:
            forms = [f for f in (qualifier.name, *qualifier.aliases) if len(f) >= 3]
            elsewhere = {a.id: a for a in self.everyone if a.kind == "person" and noun in fold(a.role)
                         and any(f in a.role for f in forms)}
            if len(elsewhere) == 1:
                return next(iter(elsewhere.values()))
        if definite:
            found = self.salient(pos, ("person",), gender, noun)
            if found is not None:
                return found
            after = [a for s, a in holders if s >= pos]
            if after:
                return after[0]
            return self._named_next(pos, gender)
        return None

    def _named_next(self, pos: int, gender: str) -> Optional[Actor]:
        """A news lede describes before it names ("The No. 3 Republican in the House said …
        Liz Cheney, …"): the first person named in the next sentence, in the first body sentences."""
        k = self.sentence_at(pos)
        body = [s for s in self.sentences if s.role == "body"]
        if not body or k > body[0].index + 1:
            return None
        stop = self.sentences[min(k + 1, len(self.sentences) - 1)].end
        for s, e, a in self.within(self.sentences[k].end, stop):
            if a.kind == "person" and (not gender or self.gender(a) in ("", gender)):
                return a
        return None

    def named_body(self, noun: str, pos: int, country: Optional[Actor] = None) -> Optional[Actor]:
        """The body a noun stands for ("the commission", "the coast guard"): the last one named
        before pos whose name has the noun; when this article names none, the one body of the whole
        set that has it (sources of one event mean the same commission) unless its name ties it to
        another country than the one the phrase or the story here is about ("the foreign
        ministry" after "Sweden expelled …" is not Russia's)."""
        def has_noun(a: Actor) -> bool:
            return a.kind == "organization" and any(_has_words(f, noun) for f in (a.name, *a.aliases))

        bodies = [a for s, _, a in self.items if s < pos and has_noun(a)]
        if bodies:
            return bodies[-1]
        if any(has_noun(a) for a in self.actors):
            return None         # named here, but only after pos
        here = country or self._country_before(pos)
        elsewhere = [a for a in self.everyone if has_noun(a)
                     and not (here is not None and gazetteer.is_country(here.name)
                              and self._country_of(a) not in (None, here))]
        return elsewhere[0] if len(elsewhere) == 1 else None

    def _country_of(self, body: Actor) -> Optional[Actor]:
        """The place a body's name carries ("Russian Foreign Ministry" -> Russia), if any (the
        set's countries listed once, each body's answer kept: named_body asks for every body)."""
        if body.id in self._country:
            return self._country[body.id]
        if self._countries is None:
            self._countries = [p for p in self.everyone if p.kind == "place" and gazetteer.is_country(p.name)]
        found = self._country[body.id] = next(
            (place for place in self._countries
             if any(len(f) >= 3 and _has_words(body.name, f) for f in (place.name, *place.aliases))), None)
        return found

    def _country_before(self, pos: int) -> Optional[Actor]:
        """The place that is the subject of the nearest sentence about a place, up to pos, within
        LOOK_BACK sentences ("Sweden on Thursday ordered …")."""
        k = self.sentence_at(pos)
        for j in range(k, max(-1, k - LOOK_BACK - 1), -1):
            if self.sentences[j].role != "body":
                continue
            subject = self.subject(j)
            if subject is not None and subject.kind == "place":
                return subject
        return None

    def author(self, pos: int) -> Optional[Actor]:
        """'The report said …': the body that issued the document in the last sentences ("a
        report from X", "X released a statement"), else the most salient body."""
        k = self.sentence_at(pos)
        docs = cues.speaker_nouns().get("document", frozenset())
        for j in range(k, max(-1, k - LOOK_BACK - 2), -1):
            s = self.sentences[j]
            limit = min(s.end, pos)
            words = [(m.start(), fold(m.group())) for m in WORD_RE.finditer(self.text, s.start, limit)]
            for i, (p, w) in enumerate(words):
                if w in docs and i + 1 < len(words) and words[i + 1][1] in ("from", "by", "of"):
                    named = [a for _, _, a in self.within(words[i + 1][0], min(limit, words[i + 1][0] + 80))
                             if a.kind in ("organization", "person")]
                    if named:
                        orgs = [a for a in named if a.kind == "organization"]
                        return (orgs or named)[0]
            if j < k and any(w in docs for _, w in words):
                subj = self.subject(j)
                if subj is not None:
                    return subj
        return self.salient(pos, ("organization",))


def _has_words(name: str, words: str) -> bool:
    """Whether the words (one, or a compound such as "coast guard") stand together in a name."""
    return _spaced(words) in _spaced(name)


@lru_cache(maxsize=4096)
def _spaced(name: str) -> str:
    """A name's folded words between spaces, for matching whole words."""
    return f" {' '.join(WORD_RE.findall(fold(name)))} "


def _described_otherwise(actor: Actor, noun: str) -> bool:
    """Whether an apposition described this person with other speaker nouns ("Celso Vilardi, a
    lawyer for the former president," is not "the far-right leader"). Titles ("former
    President") are left out: a president may well be called a leader."""
    if actor.kind != "person" or not actor.role[:1].islower() or noun in fold(actor.role) \
            or _AGE_NOUN_RE.fullmatch(noun):
        return False            # an age describes anyone
    nouns = cues.speaker_nouns()
    return any(any(fold(w) in nouns.get(s, ()) for s in ("person", "female", "male"))
               for w in WORD_RE.findall(actor.role))


def _speaker_noun(words: list[str]) -> Optional[tuple[str, str, int]]:
    """(section, noun, index of its last word) of the speaker noun heading a phrase: the last word
    of its noun phrase, which ends before a preposition, a verb or a participle ("the Foreign
    Ministry spokesperson" -> ("person", "spokesperson", 3); "The No. 3 Republican in the House"
    -> ("person", "republican", 3); "a commission set up by Congress" -> ("organization",
    "commission", 1)); None when that word is no speaker noun ("Court expansion")."""
    end = next((i for i, w in enumerate(words)
                if i and (w in _HEAD_ENDS or w in _NP_ENDS
                          or (w.endswith("ed") and len(w) > 4 and "-" not in w))), len(words))
    while end > 1 and words[end - 1] in _TIME_WORDS:
        end -= 1                # "a Pfizer spokesman Tuesday", not "the Thursday press release"
    last = end - 1
    if last < 0:
        return None
    if last >= 1:
        two = _noun_at(words, last - 1, end)
        if two and two[2] == last:
            return two
    return _noun_at(words, last, end)


# Words that end a subject's noun phrase though they are no preposition: verbs, participles and
# relative pronouns; and words of time that may trail it.
_NP_ENDS = frozenset(cues.AUXILIARIES) | {"who", "which", "that", "whose", "set", "made", "led", "run",
                                          "held", "built", "chosen", "known", "named", "given", "taken",
                                          "seen", "sent", "kept", "founded", "appointed"}
_TIME_WORDS = frozenset({"yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday",
                         "friday", "saturday", "sunday", "morning", "evening", "afternoon", "night"})


_AGE_NOUN_RE = re.compile(r"years?-old")      # "the 58-year-old said" (a word of its own after "58")


def _noun_at(words: list[str], i: int, cut: int) -> Optional[tuple[str, str, int]]:
    nouns = cues.speaker_nouns()
    if i < cut and _AGE_NOUN_RE.fullmatch(words[i]):
        return "person", words[i], i
    for n in (2, 1):
        if i + n > cut:
            continue
        cand = " ".join(words[i:i + n])
        for section in ("female", "male", "person", "people", "organization", "document"):
            if cand in nouns.get(section, ()):
                return section, cand, i + n - 1
    return None


# Prepositions: a speaker noun after one is not the head of the phrase ("officials at the ministry").
_HEAD_ENDS = frozenset({"of", "for", "at", "in", "from", "with", "on", "to", "within", "inside", "outside",
                        "near", "among", "under", "over", "behind", "across", "during", "after", "before"})
