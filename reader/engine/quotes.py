"""Direct quotes (in quotation marks) with their cue and speaker; indirect ones come from
reader.engine.reported.

A quote's speaker is found by the patterns news writing uses, nearest first: a cue after the
quote ('…," Baloch said', '…," said Hussain'), a cue before it ('Tehran claimed "…"', 'called the
deal "…"', 'X said: "…"', 'according to X'), a participle or a second verb whose subject is the
sentence's ('…, saying "…"', '… and said "…"'), a label's agent ('labelled "…" by critics'), a
speaker before a headline's colon ('X: "…"') or after it ('"…": X'), and, for a quote with no cue,
the speaker of the quote it continues. Quoted titles are not quotes; a short scare quote gets a
speaker only from a cue of its own.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from reader.engine import cues
from reader.engine.model import Actor, Article, Quote, Sentence
from reader.engine.quote_marks import inner, is_title, quote_spans
from reader.engine.speakers import Discourse, mask_abbreviations
from reader.engine.text import WORD_RE, fold, stem, stopwords

SCARE_WORDS = 3          # a quote this short is a label unless a cue attributes it
_NEAR_AFTER = 8          # words between a quote and a cue after it
_NEAR_BEFORE = {"speech": 30, "belief": 12, "naming": 10, "beside": 1}
_HEADLINE_GAP = 10
_PARTICIPLE_OR_AND_RE = re.compile(r"(?:,|\band|\bbut|\bthen|\bbefore|\bafter|\bwhile|\bwhen)\s*$")


def find_quotes(articles: Sequence[Article], sentences: Sequence[Sentence],
                actors: Sequence[Actor]) -> list[Quote]:
    from reader.engine.reported import indirect_quotes

    by_article: dict[str, list[Sentence]] = {}
    for s in sentences:
        by_article.setdefault(s.article, []).append(s)
    named_in: dict[str, list[Actor]] = {}          # article id -> its actors, in the actors' order
    for a in actors:
        for article_id in dict.fromkeys(m.article for m in a.mentions):
            named_in.setdefault(article_id, []).append(a)
    quotes: list[Quote] = []
    for article in articles:
        sents = by_article.get(article.id, [])
        quoted = [sp for para in _paragraphs(sents)
                  for sp in quote_spans(article.text, para[0].start, para[-1].end)]
        disc = Discourse(article.text, sents, article.id, actors, quoted, named_in.get(article.id, []))
        direct = _direct_quotes(article, sents, disc)
        indirect = indirect_quotes(article, sents, disc, direct)
        quotes.extend(_headline_speakers(direct, indirect, sents, disc))
        quotes.extend(indirect)
    quotes.sort(key=lambda q: (q.article, q.start))
    return [Quote(id=f"quote:{k + 1}", article=q.article, sentence=q.sentence, start=q.start,
                  end=q.end, text=q.text, kind=q.kind, speaker=q.speaker, cue=q.cue)
            for k, q in enumerate(quotes)]


_DASH_SOURCE_RE = re.compile(r"\s[-–—]\s?([^-–—]{2,60})$")     # "… claim -key House Republican"


def _headline_speakers(direct: list[Quote], indirect: list[Quote], sents: list[Sentence],
                       disc: Discourse) -> list[Quote]:
    """Headline quotes the headline does not attribute take the speaker the body gives the same
    words ('Trump "poisoning" democracy' / '… said Trump was "poisoning our democratic system"');
    else the source a headline names after a dash ("… -key House Republican") or, when that
    phrase names no actor, the first speaker of the body, whom such a headline sums up."""
    heads = {s.id for s in sents if s.role == "headline"}
    body = [q for q in direct if q.sentence not in heads and q.speaker]
    first = min(body + [q for q in indirect if q.speaker], key=lambda q: q.start, default=None)
    out = []
    for q in direct:
        if q.sentence in heads and q.speaker is None:
            words = " ".join(WORD_RE.findall(fold(q.text)))
            same = next((b for b in body if words and f" {words} " in _spaced_words(b.text)), None)
            speaker = same.speaker if same else None
            s = next(x for x in sents if x.id == q.sentence)
            if speaker is None:
                dash = _DASH_SOURCE_RE.search(s.text)
                if dash and len(WORD_RE.findall(dash.group(1))) <= 5:
                    who = disc.phrase(s.start + dash.start(1), s.start + dash.end(1))
                    speaker = who.id if who else (first.speaker if first else None)
            if speaker is None:
                speaker = _agent_in_body(s, q, body + [x for x in indirect if x.speaker], sents)
            if speaker is not None:
                q = Quote(id="", article=q.article, sentence=q.sentence, start=q.start, end=q.end,
                          text=q.text, kind=q.kind, speaker=speaker, cue=q.cue)
        out.append(q)
    return out


_HEADLINE_PASSIVE_RE = re.compile(r"\b(\w+ed)\s+(?:of|for|over|as)\b")


def _agent_in_body(headline: Sentence, quote: Quote, body: list[Quote],
                   sents: list[Sentence]) -> Optional[str]:
    """A passive headline leaves out who spoke ("Agency accused of running 'fake tips'"): the
    first body quote with the same cue verb names them ("Senators accused the agency of …"), when
    its sentence is about the same thing: it names the headline's subject ("the agency") or gives
    most of the quoted words. Another quote with that verb ("Critics accused the mayor of …") is
    another charge."""
    text_of = {s.id: s.text for s in sents}
    for m in _HEADLINE_PASSIVE_RE.finditer(headline.text):
        verb = fold(m.group(1))
        if verb not in cues.quote_cues():
            continue
        subject = _content_stems(headline.text[:m.start()])
        quoted = _content_stems(quote.text)
        for b in sorted((b for b in body if fold(b.cue) == verb), key=lambda b: b.start):
            said = _content_stems(text_of.get(b.sentence, b.text))
            if subject & said or quoted and len(quoted & said) * 2 >= len(quoted):
                return b.speaker
    return None


def _content_stems(text: str) -> set[str]:
    return {stem(w) for w in WORD_RE.findall(text) if fold(w) not in stopwords()}


def _spaced_words(text: str) -> str:
    return f" {' '.join(WORD_RE.findall(fold(text)))} "


def _paragraphs(sents: list[Sentence]) -> list[list[Sentence]]:
    out: dict[int, list[Sentence]] = {}
    for s in sents:
        out.setdefault(s.paragraph, []).append(s)
    return list(out.values())


def _direct_quotes(article: Article, sents: list[Sentence], disc: Discourse) -> list[Quote]:
    text = article.text
    out = []
    prev_para_open = False
    last_quote_sentence = -10
    for para in _paragraphs(sents):
        if para[0].role == "byline":
            continue
        headline = para[0].role == "headline"
        p_start, p_end = para[0].start, para[-1].end
        spans = quote_spans(text, p_start, p_end)
        n_before = len(out)
        for n, (q_start, q_end) in enumerate(spans):
            first = next((s for s in para if s.start <= q_start < s.end), para[-1])
            last = next((s for s in para if s.start < q_end <= s.end), first)
            if not headline and is_title(text, q_start, q_end, first.start):
                continue
            i0, i1 = inner(text, q_start, q_end)
            n_words = len(WORD_RE.findall(text[i0:i1]))
            if n_words == 0:
                continue
            speaker, cue = _speaker(q_start, q_end, first, last, disc, headline, spans)
            opens = text[first.start:q_start].strip() == "" or (n == 0 and q_start == p_start)
            if speaker is None and not cue and not headline and n_words > SCARE_WORDS:
                near = first.index - last_quote_sentence <= 2
                if (opens and (near or prev_para_open)) or (prev_para_open and n == 0):
                    speaker = disc.last_speaker if disc.last_speaker_at >= first.index - 3 else None
                if speaker is None and opens:
                    speaker = _previous_subject(first, sents, disc)
            if speaker is not None and not headline:
                disc.heard(speaker, q_start)
            if not headline:
                last_quote_sentence = last.index
            out.append(Quote(id="", article=article.id, sentence=first.id, start=q_start, end=q_end,
                             text=text[q_start:q_end], kind="direct",
                             speaker=speaker.id if speaker else None, cue=cue))
        if prev_para_open and 0 < n_before < len(out) and out[n_before].speaker is not None:
            _backfill(out, n_before)
        prev_para_open = bool(spans) and spans[-1][1] == p_end and text[p_end - 1] not in "”\"'’»«›"
    return out


def _backfill(out: list[Quote], first_of_paragraph: int) -> None:
    """A quotation that runs over paragraphs is often attributed only in its last one: the part
    it continues, left without a speaker, gets that speaker."""
    k = first_of_paragraph - 1
    q = out[k]
    if q.speaker is None and not q.cue:
        out[k] = Quote(id="", article=q.article, sentence=q.sentence, start=q.start, end=q.end,
                       text=q.text, kind="direct", speaker=out[first_of_paragraph].speaker, cue="")


def _previous_subject(sentence: Sentence, sents: list[Sentence], disc: Discourse) -> Optional[Actor]:
    """For a quote that opens a sentence with no cue, after a sentence that reports a statement
    ('The ministry described the attack as unacceptable in a statement.'): that sentence's subject."""
    k = sentence.index - 1
    if k < 0 or k >= len(sents) or sents[k].role != "body":
        return None
    prev = sents[k]
    words = [fold(w) for w in WORD_RE.findall(prev.text)]
    if not any(w in cues.quote_cues() or w == "statement" for w in words):
        return None
    return disc.subject(k)


def _speaker(q_start: int, q_end: int, first: Sentence, last: Sentence, disc: Discourse,
             headline: bool, spans: list[tuple[int, int]]) -> tuple[Optional[Actor], str]:
    """The actor who says the quote text[q_start:q_end] and the cue word, by the rules above."""
    text = disc.text
    s_start, s_end = first.start, max(last.end, q_end)
    others = [(a, b) for a, b in spans if (a, b) != (q_start, q_end) and s_start <= a < s_end]
    found = _cue_after(q_end, s_end, others, disc)
    if found[0] is not None:
        return found
    if found[1]:                # a cue whose subject names no actor: "…," she said (of nobody known)
        return found
    pending = ""
    found = _label_agent(q_start, q_end, s_start, s_end, disc)
    if found[0] is not None:
        return found
    found = _cue_before(q_start, s_start, others, disc, headline)
    if found[0] is not None:
        return found
    if headline:
        return _headline_colon(q_start, q_end, s_start, s_end, disc)
    # 'Mr. Smith: "…"', 'The governor was blunt: "…"' in a body sentence
    before = text[s_start:q_start].rstrip()
    if before.endswith(":") and WORD_RE.search(before) and not pending:
        colon = s_start + len(before) - 1
        who = disc.phrase(s_start, colon) if len(WORD_RE.findall(before)) <= 5 else None
        who = who or _sentence_subject(s_start, colon, disc) or _opening_name(s_start, colon, disc)
        if who is not None:
            return who, ":"
    return None, pending


def _words(text: str, start: int, end: int, masked: list[tuple[int, int]]) -> list[re.Match]:
    return [m for m in WORD_RE.finditer(text, start, end)
            if not any(a <= m.start() < b for a, b in masked)]


def _cue_after(q_end: int, s_end: int, others, disc: Discourse) -> tuple[Optional[Actor], str]:
    """'…," Baloch said' / '…," said Hussain, who …' / '…," he told reporters'."""
    text = disc.text
    stop = min([a for a, _ in others if a >= q_end] + [s_end])
    after = text[q_end:stop]
    if re.match(r"\s*[A-Z(]", after) and text[q_end - 2:q_end - 1] in ".?!" and \
            not re.match(r"\s*\S+(?:\s+\S+){0,5}?\s+(?:said|says|asked|added|told|wrote)\b", after):
        return None, ""          # the quote ended its sentence; what follows is another one
    words = list(WORD_RE.finditer(text, q_end, stop))[:_NEAR_AFTER + 1]
    quote_cues = cues.quote_cues()
    for k, m in enumerate(words):
        f = fold(m.group())
        if f == "according" and k + 1 < len(words) and fold(words[k + 1].group()) == "to":
            end = np_end(text, words[k + 1].end(), stop)
            return disc.phrase(words[k + 1].end(), end), "according to"
        phrasal = _phrasal(words, k)
        if f not in quote_cues and not phrasal or (k > 0 and _noun_use(f, fold(words[k - 1].group()))):
            continue
        passive = re.search(r"\s(?:(?:is|was|were|being)\s+)?quoted\s+as\s+$", text[q_end:m.start()]) \
            if f == "saying" else None
        if passive and _plain_subject(text[q_end:q_end + passive.start()]):
            return disc.phrase(q_end, q_end + passive.start()), m.group()   # '…," X was quoted as saying'
        if k > 0 and f.endswith("ing"):
            continue             # '"…" before revealing his stake': a participle of another verb
        between = text[q_end:m.start()]
        if k > 0 and all(fold(w) in ("and", "but", "or", "then", "also", "later")
                         for w in WORD_RE.findall(between)):
            return None, ""      # '… "…" and said …': a second verb of the sentence's subject
        if k == 0 and f in cues.AMBIGUOUS and text[q_end - 2:q_end - 1] not in ",!?" \
                and "," not in text[q_end:m.start()]:
            continue             # '"big lie" claim': a noun the quote modifies
        if k == 0 or fold(words[k - 1].group()) in cues.AUXILIARIES and not _subject_words(between):
            # inverted: '…," said Exxon spokesperson Todd Spitler, adding …'
            begin = words[k + 1].end() if phrasal else m.end()     # '…," weighed in X'
            end = np_end(text, begin, stop)
            who = disc.phrase(begin, end) if end > begin else None
            if who is None:
                named = [a for _, _, a in disc.within(m.end(), end)]
                persons = [a for a in named if a.kind == "person"]
                who = (persons or named or [None])[0] or _named_after(end, stop, disc)
            return who, m.group() if who is not None else ""
        if not _plain_subject(between):
            return None, ""
        return disc.phrase(q_end, m.start()), m.group()
    return None, ""


def _noun_use(word: str, before: str) -> bool:
    """Whether a cue word is used as a noun, by the word before it: an article or possessive for
    any cue; also a determiner or preposition for a word that is a noun as often as a verb."""
    return before in cues.ARTICLES or (word in cues.AMBIGUOUS
                                   and before in cues.DETERMINERS | cues.PREPOSITIONS)


def _named_after(end: int, stop: int, disc: Discourse) -> Optional[Actor]:
    """The person an apposition names after a description with no name ('…," said one
    passenger, Ana Lima, who …'): a person mention right after the comma."""
    comma = _NAMED_AS_RE.match(disc.text, end, stop)
    if comma is None or not (comma.group().startswith(",") or comma.group(1)):
        return None
    named = disc.within(comma.end(), stop)
    if named and named[0][0] == comma.end() and named[0][2].kind == "person" \
            and not re.match(r"['’]s\b", disc.text[named[0][1]:named[0][1] + 2]):
        return named[0][2]
    return None


# ', Ana Lima,' or ' who gave her name only as Ana Lima' / ', who asked to be identified as …'
_NAMED_AS_RE = re.compile(r",?\s+((?:who|and)\s+(?:[a-z]+\s+){0,4}?"
                          r"(?:name|named|identified|calls?|called|goes)\s+(?:[a-z]+\s+){0,2}?(?:as|by)\s+)?")


def _subject_words(between: str) -> bool:
    return bool(WORD_RE.search(between))


_PHRASE_STOP_RE = re.compile(r"[,;:.!?(—–]|\s(?:who|which|adding|saying|in|on|at|during|after|before|"
                             r"from|while|when|to|as|that)\s")


def _plain_subject(between: str) -> bool:
    """Text between a quote and a cue after it that can only be the cue's subject."""
    masked = mask_abbreviations(between)
    words = list(WORD_RE.finditer(between))
    # a preposition may only join the words of a name ("Centers for Disease Control") or tie a
    # speaker noun to its body ("lawyers for the authority")
    loose = any(fold(w.group()) in cues.PREPOSITIONS
                and not (k + 1 < len(words) and words[k + 1].group()[:1].isupper())
                and not (k > 0 and _is_speaker_noun(fold(words[k - 1].group())))
                for k, w in enumerate(words))
    return 0 < len(words) <= _NEAR_AFTER and not loose \
        and not re.search(r"[.!?;]\s", masked) and not re.search(r"[\"“”]", between)


# Verbs that report speech only with their particle ('"…," she hit back', 'he pointed out').
_PHRASAL_QUOTE_CUES = {"back": frozenset({"hit", "hits", "fire", "fires", "fired", "shoot", "shoots",
                                            "shot"}),
                       "out": frozenset({"point", "points", "pointed", "lash", "lashes", "lashed"}),
                       "in": frozenset({"weigh", "weighs", "weighed", "cut", "cuts"})}


def _phrasal(words: list[re.Match], k: int) -> bool:
    """Whether words[k] and the word after it are a verb of speech with its particle."""
    return k + 1 < len(words) and fold(words[k].group()) in \
        _PHRASAL_QUOTE_CUES.get(fold(words[k + 1].group()), frozenset())


def _is_speaker_noun(word: str) -> bool:
    return any(word in nouns for nouns in cues.speaker_nouns().values())


def _label_agent(q_start: int, q_end: int, s_start: int, s_end: int, disc: Discourse):
    """'labeled "disturbing" by critics', 'designated as a "terrorist" organisation by Iran'."""
    text = disc.text
    verb = re.search(r"\b(\w+(?:ed|en))\s+(?:as\s+)?(?:an?\s+|the\s+)?$",
                     text[max(s_start, q_start - 40):q_start])
    if not verb or fold(verb.group(1)) not in cues.cue_class("naming"):
        return None, ""
    m = re.match(r"^\W{0,3}\s*(?:[a-z]+\s+){0,2}by\s+", text[q_end:s_end])
    if not m:
        return None, ""
    start = q_end + m.end()
    named = [a for _, _, a in disc.named(start, np_end(text, start, s_end))]
    return (named[0], "by") if named else (None, "")


def np_end(text: str, start: int, stop: int) -> int:
    m = _PHRASE_STOP_RE.search(mask_abbreviations(text[start:stop]))
    return start + m.start() if m else stop


def _cue_before(q_start: int, s_start: int, others, disc: Discourse, headline: bool):
    """'Tehran claimed "…"', 'called the deal "…"', 'X said: "…"', 'according to X, "…"',
    '…, saying "…"', '… and said the trio "…"'."""
    text = disc.text
    words = _words(text, s_start, q_start, others)
    quote_cues = cues.quote_cues()
    naming, beside, belief = cues.cue_class("naming"), cues.cue_class("beside"), cues.cue_class("belief")
    for k in range(len(words) - 1, -1, -1):
        m = words[k]
        f = fold(m.group())
        gap = len(words) - 1 - k
        if f == "according" and k + 1 < len(words) and fold(words[k + 1].group()) == "to":
            end = np_end(text, words[k + 1].end(), q_start)
            who = disc.phrase(words[k + 1].end(), end)
            if who is not None:
                return who, "according to"
            continue
        phrasal = _phrasal(words, k)
        if f not in quote_cues and not phrasal or (k > 0 and _noun_use(f, fold(words[k - 1].group()))):
            continue
        cls = "beside" if f in beside or phrasal else "naming" if f in naming else \
            "belief" if f in belief else "speech"
        limit = _HEADLINE_GAP if headline else _NEAR_BEFORE[cls]
        if re.search(r"[.!?]\s", mask_abbreviations(text[m.end():q_start])) \
                or gap > max(_NEAR_BEFORE.values()):
            break
        if gap > limit:
            continue
        if k > 0 and fold(words[k - 1].group()) == "to" and cls != "naming":
            continue             # "declined to say", "wants to call"
        if _passive(text, m, s_start) or headline and _HEADLINE_PASSIVE_RE.match(text, m.start()):
            continue             # "was accused of", "FBI accused of …": the subject is not the speaker
        if k == 0 and f.endswith("ing"):     # 'Calling the ruling "wrong," the governor said …'
            who = _sentence_subject(s_start, disc.sentences[disc.sentence_at(s_start)].end, disc)
        else:
            who = subject_of_cue(m, s_start, disc)
        if who is not None:
            return who, m.group()
    return None, ""


def _passive(text: str, cue: re.Match, s_start: int) -> bool:
    after = re.match(r"\s+(?:of|by)\b", text[cue.end():cue.end() + 5])
    before = re.search(r"\b(?:is|are|was|were|be|been|being|get|got)\s+(?:\w+ly\s+)?$",
                       text[s_start:cue.start()])
    labelled_as = re.match(r"\s+as\b", text[cue.end():cue.end() + 4]) and \
        re.search(r",\s*$", text[s_start:cue.start()])      # ', designated as a "…" group by Iran,'
    return bool(before) or bool(labelled_as) or (bool(after) and fold(cue.group()).endswith("ed"))


def subject_of_cue(cue: re.Match, s_start: int, disc: Discourse) -> Optional[Actor]:
    """The subject of a cue verb: the phrase before it back to a clause break; for a participle
    ('…, saying') or a second verb ('… and said'), the subject of the sentence."""
    text = disc.text
    before = text[s_start:cue.start()]
    masked = mask_abbreviations(before)
    f = fold(cue.group())
    quoted = _QUOTED_AS_RE.search(masked) if f == "saying" else None
    if quoted and quoted.group(1):            # 'Greek media quoted Papas as saying'
        who = disc.phrase(s_start + quoted.start(1), s_start + quoted.end(1))
        if who is not None:
            return who
    if quoted:                                # 'Papas was quoted as saying'
        return _sentence_subject(s_start, s_start + quoted.start(), disc)
    if f.endswith("ing") and not re.search(r"\b(?:is|are|was|were|been|be)\s+$", before):
        own = re.search(r"\bwith\s+((?:[^\s,;:]+\s+){0,5}[^\s,;:]+)\s*$", masked)  # 'with spokesman X saying'
        if own:
            who = disc.phrase(s_start + own.start(1), cue.start())
            if who is not None:
                return who
        return _sentence_subject(s_start, cue.start(), disc)
    if _PARTICIPLE_OR_AND_RE.search(masked) or not WORD_RE.search(before):
        return _sentence_subject(s_start, cue.start(), disc)
    clause, start = _clause_start(masked)
    who = disc.phrase(s_start + start, cue.start(), s_start + clause)
    if who is None and masked[:start].rstrip().endswith(","):
        who = _before_appositive(s_start, s_start + start, disc)
    return who


_QUOTED_AS_RE = re.compile(r"\bquoted\s+(?:((?:[^\s,;:]+\s+){0,5}?[^\s,;:]+)\s+)?as\s+$")
_CLAUSE_BREAK_RE = re.compile(r".*(?:[;:—–(\"“”]|\bthat\b|\bwhich\b|\bwho\b|\bwhom\b|\bwhere\b|\bwhen\b|"
                              r"\bwhat\b|"
                              r"\bafter\b|\bbecause\b|\bwhile\b|\bbut\b|\bif\b|\bas\b|,)", re.S)


_SUBJECT_WORDS = 16      # "The No. 3 Republican in the U.S. House of Representatives on Monday said"


def _clause_start(masked_before: str) -> tuple[int, int]:
    """Where the clause before a cue starts, and where its last _SUBJECT_WORDS words start."""
    m = _CLAUSE_BREAK_RE.match(masked_before)
    clause = start = m.end() if m else 0
    words = list(WORD_RE.finditer(masked_before, start))
    if len(words) > _SUBJECT_WORDS:
        start = words[-_SUBJECT_WORDS].start()
    return clause, start


def _before_appositive(s_start: int, comma: int, disc: Discourse) -> Optional[Actor]:
    """'Henry Liu, director of the agency's bureau, called …' -> Henry Liu: the nearest earlier
    comma-separated part that names a person, else one that names a body."""
    text = disc.text
    parts, end = [], comma
    for _ in range(3):
        start = text.rfind(",", s_start, end - 1)
        start = s_start if start < 0 else start + 1
        parts.append((start, end))
        if start == s_start:
            break
        end = start
    for kinds in (("person",), ("organization",)):
        for s, e in parts:
            named = [a for st, _, a in disc.within(s, e)
                     if a.kind in kinds and not disc.is_prepositional(st, s)]
            if named:
                return named[0]
    return None


def _sentence_subject(s_start: int, limit: int, disc: Discourse) -> Optional[Actor]:
    """The subject of the sentence that starts at s_start: the phrase before its first verb,
    after an opening adverbial or participle clause ('In a letter, the group asked …')."""
    text = disc.text
    masked = mask_abbreviations(text[s_start:limit])
    start = 0
    first = WORD_RE.search(masked)
    if first and (fold(first.group()) in cues.PREPOSITIONS or first.group().endswith("ing")
                  or fold(first.group()) in ("after", "before", "while", "as", "when", "despite")):
        comma = re.search(r",[”\"’']?\s", masked)
        if comma:
            start = comma.end()
    words = list(WORD_RE.finditer(masked, start))
    end = len(masked)
    for m in words:
        w = m.group()
        f = fold(w)
        if m.start() > start and (f in cues.AUXILIARIES - {"on", "to", "also"} or f in cues.quote_cues()
                                  or (w[:1].islower() and re.search(r"(?:ed|es)$", f)
                                      and f not in cues.speaker_nouns().get("people", ()))):
            end = m.start()
            break
    if end <= start:
        return None
    return disc.phrase(s_start + start, s_start + end)


def _opening_name(s_start: int, end: int, disc: Discourse) -> Optional[Actor]:
    """The person or body a sentence opens with ('Papas put it bluntly: "…"')."""
    first = WORD_RE.search(disc.text, s_start, end)
    named = disc.within(s_start, end)
    if first and named and named[0][0] == first.start() and named[0][2].kind in ("person", "organization"):
        return named[0][2]
    return None


def _headline_colon(q_start: int, q_end: int, s_start: int, s_end: int, disc: Discourse):
    """'McCarthy: GOP lawmakers "concerned" …' and 'Vaccinated "don't need boosters": CDC'."""
    text = disc.text
    colon = text.find(":", s_start, s_end)
    if colon < 0:
        return None, ""
    if colon < q_start and 0 < len(WORD_RE.findall(text[s_start:colon])) <= 4:
        who = disc.phrase(s_start, colon)
        if who is not None:
            return who, ":"
    tail = text[colon + 1:s_end]
    if colon >= q_end - 1 and 0 < len(WORD_RE.findall(tail)) <= 4 \
            and text.rfind(":", s_start, s_end) == colon:
        named = disc.within(colon, s_end)
        if named:
            return named[0][2], ":"
    return None, ""
