"""Indirect quotes: reported speech and views without quotation marks, each with its cue, its
speaker and the span of its content (what was said), the way attribution corpora (PARC) mark them.

Patterns, in the order they are tried on a sentence:
  "According to X, CONTENT." / "CONTENT, according to X."
  "CONTENT, X said (on Monday)." / "CONTENT, said X." / "CONTENT, X said, CONTENT."
  "X said (on Monday) (that) CONTENT." / "X told reporters CONTENT" / "X has denied CONTENT" /
  "X vowed to CONTENT" / "…, saying (that) CONTENT" (the sentence's subject says it).
Content that a direct quote already covers is left to the direct quote.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from reader.engine import cues
from reader.engine.model import Actor, Article, Quote, Sentence
from reader.engine.speakers import DATELINE_RE, Discourse, mask_abbreviations
from reader.engine.text import WORD_RE, fold

MIN_CONTENT_WORDS = 2
# Auxiliaries and verbs that make a clause finite ("was", "would", "went"), without the adverbs
# cues.AUXILIARIES also lists.
_FINITE = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
                     "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
                     "went"})
# Nouns that report a statement or a view with its content in a that-clause ("Ford's claim that …").
_NOMINAL_CUES = frozenset({"claim", "claims", "assertion", "assertions", "allegation", "allegations",
                           "warning", "warnings", "argument", "arguments", "belief", "view", "insistence",
                           "suggestion", "promise", "pledge", "fear", "fears", "contention", "statement",
                           "announcement", "prediction", "admission", "acknowledgment", "acknowledgement",
                           "denial", "accusation", "accusations", "charge", "charges", "complaint",
                           "concern", "concerns", "assurance", "assurances", "insinuation", "estimate",
                           "forecast", "conclusion", "finding", "findings", "position", "opinion"})
_OBJECT_SPAN = 8        # words between a cue and the "that" after its listener
_PHRASAL_CUES = {"point": "out", "points": "out", "pointed": "out", "pointing": "out"}
_NP_WORDS = 6           # words a trailing "…, X said" subject may have
_OBJECT_WORDS = frozenset({"reporters", "journalists", "him", "her", "them", "us", "me", "lawmakers",
                           "congress", "parliament", "colleagues", "supporters", "members", "senators",
                           "listeners", "viewers", "readers", "investors", "employees", "staff",
                           "officials", "police", "the", "a", "an", "his", "their", "its", "our"})
_LISTENERS = frozenset({"reporters", "journalists", "him", "her", "them", "us", "me"})
_DETERMINER_START = cues.DETERMINERS | {"there", "it", "he", "she", "they", "we", "i", "you", "this"}
_ADVERBIAL_STOPS = _DETERMINER_START | {"that", "to"}
_NO_CLAUSE_NEEDED = frozenset(w for v in ("deny", "confirm", "announce", "admit", "acknowledge", "reveal",
                                          "dispute", "predict", "promise", "pledge", "threaten",
                                          "demand", "warn", "vow", "report", "disclose", "allege")
                              for w in (v, v + "s", v + "d", v + "ed", v[:-1] + "ied", v[:-1] + "ies"))


def indirect_quotes(article: Article, sents: Sequence[Sentence], disc: Discourse,
                    direct: Sequence[Quote]) -> list[Quote]:
    quoted = [(q.start, q.end) for q in direct]
    out = []
    for s in sents:
        if s.role != "body" or len(WORD_RE.findall(s.text)) < 4:
            continue
        found = _according_to(s, disc) or _trailing(s, disc, quoted) or _cue_first(s, disc, quoted) \
            or _nominal(s, disc, quoted)
        if found is None:
            continue
        start, end, who, cue = found
        start, end = _trim(article.text, start, end)
        if end - start < 8 or any(a < end and start < b for a, b in quoted):
            continue
        if len(WORD_RE.findall(article.text[start:end])) < MIN_CONTENT_WORDS:
            continue
        out.append(Quote(id="", article=article.id, sentence=s.id, start=start, end=end,
                         text=article.text[start:end], kind="indirect",
                         speaker=who.id if who else None, cue=cue))
        if who is not None:
            disc.heard(who, start)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    dateline = DATELINE_RE.match(text, start, end)      # "RAFAH, Gaza Strip (AP) — …"
    if dateline:
        start = dateline.end()
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return start, end


Found = Optional[tuple[int, int, Optional[Actor], str]]


def _according_to(s: Sentence, disc: Discourse) -> Found:
    from reader.engine.quotes import np_end

    m = re.search(r"\baccording to\b", s.text, re.I)
    if not m:
        return None
    text = disc.text
    x0 = s.start + m.end()
    x1 = np_end(text, x0, s.end)
    who = disc.phrase(x0, x1)
    if who is None:
        named = [a for _, _, a in disc.named(x0, x1) if a.kind in ("person", "organization")]
        who = named[0] if named else None
    if m.start() < 3:
        return x1, s.end, who, "according to"
    return s.start, s.start + m.start(), who, "according to"




def _trailing(s: Sentence, disc: Discourse, quoted) -> Found:
    """'CONTENT, X said on Monday.' / 'CONTENT, said X, a spokesman.' / 'CONTENT, X said, CONTENT.'"""
    text = disc.text
    masked = mask_abbreviations(s.text)
    for comma in [m.start() for m in re.finditer(r",\s", masked)][::-1][:3]:
        tail = masked[comma + 1:]
        base = s.start + comma + 1
        # words of the names in the subject count as one ("the Centers for Disease Control and
        # Prevention said")
        names = [(a, b) for a, b, _ in disc.within(base, s.end)]
        words = [w for w in WORD_RE.finditer(tail)
                 if not any(a < base + w.start() < b for a, b in names)]
        if not words or len(words) > 14:
            continue
        cue_k = next((k for k, w in enumerate(words[:_NP_WORDS + 2]) if fold(w.group()) in cues.content_cues()
                      or fold(w.group()) in cues.cue_class("speech")), None)
        if cue_k is None:
            continue
        cue = words[cue_k]
        f = fold(cue.group())
        if f.endswith("ing"):
            continue              # ', saying …' introduces content; _cue_first reads it
        noun = f in cues.AMBIGUOUS and _noun_use(words, cue_k, disc, s.start + comma + 1)
        if noun or cue_k and (cue.group()[:1].isupper() or fold(words[cue_k - 1].group()) == "to"):
            continue              # ', India's most populous state,', ', declined to comment'
        rest = tail[cue.end():]
        # the cue has no content of its own after it: an adverbial, an appositive, or nothing
        after = WORD_RE.findall(rest)
        if after and fold(after[0]) not in cues.ADVERBIAL_STARTS and not rest.lstrip().startswith(",") \
                and not (cue_k == 0 and (after[0][:1].isupper() or fold(after[0]) in ("the", "a", "an"))):
            continue
        if cue_k == 0:            # inverted: ', said the minister'
            from reader.engine.quotes import np_end
            x0 = base + cue.end()
            x1 = np_end(text, x0, s.end)
            np_words = [fold(w) for w in WORD_RE.findall(text[x0:x1])]
            if len(np_words) > _NP_WORDS + 2 or any(w in _FINITE for w in np_words):
                continue          # ', said Apple had abused …': a cue with content after it
            who = disc.phrase(x0, x1)
            if text[x1:x1 + 1] == "," and len(WORD_RE.findall(text[x1:s.end])) >= 2 and \
                    not _speaker_like(text[x1:s.end]):
                return s.start, s.end, who, cue.group()    # 'The rules, said X, are unfair.'
            rest = ""
        else:
            between = tail[:cue.start()]
            between_words = [fold(w) for w in WORD_RE.findall(between)]
            if re.search(r"[.!?]\s", between) or between_words[:1] in (["and"], ["but"]) or any(
                    w in ("that", "which", "who", "if", "because", "but") for w in between_words):
                continue          # 'A and B said' is one subject; ', and X said …' another clause
            who = disc.phrase(base, base + cue.start())
        if who is None and not _speaker_like(tail[:cue.start()] if cue_k else rest):
            continue
        if rest.lstrip().startswith(",") and len(WORD_RE.findall(rest)) >= 2:
            return s.start, s.end, who, cue.group()      # 'The plan, X said, would save money.'
        return s.start, s.start + comma, who, cue.group()
    return None


def _speaker_like(phrase: str) -> bool:
    """A phrase that can name a speaker though no actor was found in it ("officials", "a spokesman")."""
    words = [fold(w) for w in WORD_RE.findall(phrase)]
    if not words or len(words) > _NP_WORDS:
        return False
    nouns = cues.speaker_nouns()
    return any(w in nouns.get(sec, ()) for w in words for sec in nouns) \
        or words[-1] in cues.PRONOUNS_PERSON | cues.PRONOUNS_GROUP \
        or any(w[:1].isupper() and fold(w) not in _DETERMINER_START for w in WORD_RE.findall(phrase))


def _cue_first(s: Sentence, disc: Discourse, quoted) -> Found:
    """'X said (on Monday) (that) CONTENT', 'X told reporters CONTENT', '…, saying CONTENT'."""
    from reader.engine.quotes import subject_of_cue

    text = disc.text
    quoted = [(a, b) for a, b in quoted if a < s.end and s.start < b]    # the sentence's own
    words = [m for m in WORD_RE.finditer(text, s.start, s.end)
             if not any(a <= m.start() < b for a, b in quoted)] if quoted \
        else list(WORD_RE.finditer(text, s.start, s.end))
    content_cues, objects, plans = cues.content_cues(), cues.cue_class("object"), cues.cue_class("plan")
    for k, m in enumerate(words):
        f = fold(m.group())
        if f not in content_cues and f not in _PHRASAL_CUES or k == 0 and not f.endswith("ing"):
            continue
        prev = fold(words[k - 1].group()) if k else ""
        noun = prev in cues.ARTICLES or f in cues.AMBIGUOUS and _noun_use(words, k, disc)
        if prev == "to" or noun or (k and m.group()[:1].isupper()):
            continue            # 'declined to say', 'the report', 'the State Department'
        if k and f.endswith("ing") and not _participle(text, words, k):
            continue            # 'a drug promising to …', 'a reassuring statement', 'In announcing'
        if re.search(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", text[s.start:m.start()]):
            continue            # "is expected to", "was told": no speaker of their own
        j = k + 1
        if f in _PHRASAL_CUES and j < len(words) and fold(words[j].group()) == _PHRASAL_CUES[f]:
            j += 1              # 'pointed out that'
        elif f in _PHRASAL_CUES:
            continue
        if f in objects:
            j = _that_after_object(text, words, j) or _skip_object(words, j)
        j = _skip_adverbials(words, j)
        if j >= len(words):
            continue
        start = words[j].start()
        nxt = fold(words[j].group())
        if nxt == "that":
            start = words[j].end()
        elif nxt in ("whether", "if", "how", "why", "what", "when"):
            pass
        elif (f in plans or f in objects) and nxt == "to":
            pass            # 'vowed to …', 'urged the court to …'

        elif f not in _NO_CLAUSE_NEEDED and not _clause_like(words[j:]):
            continue
        elif f in _NO_CLAUSE_NEEDED and nxt in ("him", "her", "them", "me"):
            continue            # 'denied him the right to …': refused, not said
        if fold(text[start:start + 4]).split()[:1] in (["and"], ["or"], ["but"]):
            continue            # 'revealed and introduced …': two verbs, no content
        who = subject_of_cue(m, s.start, disc)
        subject = _subject_text(text, s.start, m.start())
        if who is None and not f.endswith("ing") and not _speaker_like(subject):
            continue            # 'a floor effort that could conclude with …': no one speaks
        return start, s.end, who, m.group()
    return None


def _subject_text(text: str, s_start: int, cue_start: int) -> str:
    """The words right before a cue back to a clause break: where its subject is. For a
    relative clause ('advisers, who said …', 'the ruling that recognized …') the noun it
    hangs on."""
    before = mask_abbreviations(text[s_start:cue_start])
    breaks = list(re.finditer(r"[,;:]|\b(?:that|which|who|because|after|when|while|if)\b", before))
    if not breaks:
        return before
    last = breaks[-1]
    if last.group() in ("that", "which", "who") and not before[last.end():].strip():
        return " ".join(WORD_RE.findall(before[:last.start()])[-3:])
    return before[last.end():]


_NOMINAL_RE = re.compile(
    r"(?:\b((?i:his|her|their|its))|([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|\b[a-z]+)['’]s?)\s+"
    r"(?:[a-z]+\s+)?(" + "|".join(sorted(_NOMINAL_CUES)) + r")\s+that\b")


def _nominal(s: Sentence, disc: Discourse, quoted) -> Found:
    """ "Ford's claim that the fund was solvent …", "his warning that prices would rise": a noun
    cue with its owner. The content is the that-clause; when the noun phrase is the sentence's
    subject the clause ends where the sentence's own verb begins ("… was disputed")."""
    text = disc.text
    m = _NOMINAL_RE.search(text, s.start, s.end)
    if not m or any(a <= m.start() < b for a, b in quoted):
        return None
    start = m.end()
    words = list(WORD_RE.finditer(text, start, s.end))
    end = s.end
    opening = text[s.start:m.start()]
    if not WORD_RE.search(opening) or re.fullmatch(r"\W*(?:the|The)\s+", opening):
        finite = [w for w in words if fold(w.group()) in _FINITE]
        if len(finite) >= 2:
            end = finite[1].start()
    owner_start = m.start(1) if m.group(1) else m.start(2)
    if m.group(1):
        who = disc.pronoun({"his": "he", "her": "she", "their": "they", "its": "it"}[fold(m.group(1))],
                           owner_start)
    else:             # "Ford's", "the minister's": the owner without its 's
        named = [a for _, _, a in disc.within(owner_start, m.end(2)) if a.kind in ("person", "organization")]
        article = re.search(r"\b(?:the|The)\s+$", text[max(s.start, owner_start - 5):owner_start])
        who = named[-1] if named else \
            disc.phrase(owner_start - (len(article.group()) if article else 0), m.end(2))
    return start, end, who, m.group(3)


def _participle(text: str, words, k: int) -> bool:
    """Whether the -ing cue words[k] opens a participle clause that reports ("…, saying …",
    "… and adding …", "a statement acknowledging …", "with X saying"), rather than modifying a
    noun ("a drug promising to …") or being a gerund ("In announcing the deal")."""
    gap = text[words[k - 1].end():words[k].start()]
    prev = fold(words[k - 1].group())
    if "," in gap or "—" in gap or "–" in gap or prev in ("and", "while", "then", "before", "after"):
        return True
    documents = cues.speaker_nouns().get("document", frozenset())
    if prev in documents or prev in _TIME_WORDS:
        return True         # 'released a statement Wednesday acknowledging that …'
    return bool(re.search(r"\bwith\s+(?:[^\s,;:]+\s+){0,5}$", text[words[0].start():words[k].start()]))


def _noun_use(words, k: int, disc: Optional[Discourse] = None, offset: int = 0) -> bool:
    """Whether a word that is a noun as often as a cue verb ("state", "claims", "counsel") is a
    noun here: after a determiner, a preposition or a lower-case modifier ("India's most
    populous state", "special counsel"), not after a name, a pronoun or a speaker noun."""
    if k == 0:
        return False
    prev = words[k - 1].group()
    f = fold(prev)
    if f in cues.DETERMINERS | cues.PREPOSITIONS or f.endswith("'s") or f.endswith("s'"):
        return True             # 'his claims', "Ford's claim"
    a, b = offset + words[k - 1].start(), offset + words[k - 1].end()
    named = disc is not None and bool(disc.within(a, b))
    if (prev[:1].isupper() and (k > 1 or named)) or f in _SUBJECT_PRONOUNS:
        return False        # 'Reed states', 'she claims' (a first word is a name if it names an actor)
    nouns = cues.speaker_nouns()
    speaking = any(f in nouns.get(sec, ()) for sec in _SPEAKING_SECTIONS)
    if speaking or f in cues.AUXILIARIES or f.endswith("ly"):
        return False        # 'officials state', 'the ministry claims', not 'member states', 'draft report'
    return True


# Speaker-noun sections whose nouns can be the subject of a cue that is also a noun; the
# [person] section is left out: its nouns modify other nouns too ("member states").
_SPEAKING_SECTIONS = ("people", "female", "male", "organization")
_SUBJECT_PRONOUNS = cues.PRONOUNS_PERSON | cues.PRONOUNS_GROUP | {"i", "we"}


def _that_after_object(text: str, words, j: int) -> int:
    """'told the finance committee that …', 'warned lawmakers on Tuesday that …': the content
    starts at a "that" a few words after the cue, with no punctuation before it; 0 if none."""
    for k in range(j, min(j + _OBJECT_SPAN, len(words))):
        if fold(words[k].group()) == "that":
            between = text[words[j].start():words[k].start()]
            return k if k > j and not re.search(r"[,;:.!?\"“”]", between) else 0
    return 0


def _skip_object(words, j: int) -> int:
    """'told reporters', 'told CNN', 'warned Congress', 'assured the public': past the listener."""
    if j < len(words) and fold(words[j].group()) in _LISTENERS:
        return j + 1
    k = j + (j < len(words) and fold(words[j].group()) == "the")
    while k < len(words) and words[k].group()[:1].isupper() and k - j < 5:
        k += 1
    if k > j and words[k - 1].group()[:1].isupper():
        return k            # 'urged the Supreme Court to …', 'told CNN'
    if j + 1 < len(words) and fold(words[j].group()) in ("the", "a", "an", "his", "her", "their") \
            and fold(words[j + 1].group()) in _listeners_and_people():
        return j + 2
    return j


_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "yesterday", "today", "tonight", "earlier", "later", "again", "also", "previously",
                         "repeatedly", "publicly", "privately", "separately", "recently", "afterward",
                         "afterwards", "flatly", "bluntly", "firmly", "openly", "once", "then", "too"})


@lru_cache(maxsize=1)
def _listeners_and_people() -> frozenset:
    """Nouns a reporting verb's object may be ('told the committee', 'urged the public')."""
    return _OBJECT_WORDS | cues.speaker_nouns().get("people", frozenset())


def _skip_adverbials(words, j: int) -> int:
    """Past 'on Monday', 'in a statement', 'last week', 'Tuesday' after a cue."""
    while j < len(words):
        f = fold(words[j].group())
        if f in _TIME_WORDS:
            j += 1
            continue
        if f in ("last", "this", "next") and j + 1 < len(words) and \
                fold(words[j + 1].group()) in ("week", "month", "year", "night", "weekend", "summer", "fall",
                                               "spring", "winter", "time", "monday", "tuesday", "wednesday",
                                               "thursday", "friday", "saturday", "sunday"):
            j += 2
            continue
        if f in ("on", "in", "at", "during", "before", "after", "from", "through", "via", "with"):
            k = j + 1
            if k < len(words) and fold(words[k].group()) in ("a", "an", "the", "his", "her", "their", "its"):
                k += 1
            n = 0
            while k < len(words) and n < 4 and fold(words[k].group()) not in _ADVERBIAL_STOPS \
                    and not re.search(r",", words[k - 1].string[words[k - 1].end():words[k].start()]):
                k += 1
                n += 1
            if n == 0:
                return j
            j = k
            continue
        return j
    return j


def _clause_like(words) -> bool:
    """Words that can be a content clause without "that": a subject, then a finite verb. A
    subject that opens with a determiner, a pronoun, a name or a figure may run to ten words
    ("the first 330,000 doses had arrived"); a bare noun phrase ("turnout was", "global demand
    will") must reach its verb within four."""
    if len(words) < MIN_CONTENT_WORDS:
        return False
    first = words[0].group()
    f0 = fold(first)
    if f0 in _DETERMINER_START or first[:1].isupper() or first[:1].isdigit():
        reach = 10
    elif f0 in cues.PREPOSITIONS | cues.AUXILIARIES | _NOT_SUBJECT_STARTS or f0.endswith("ly"):
        return False
    else:
        reach = 5
    for k in range(1, min(reach, len(words))):
        w = words[k].group()
        f = fold(w)
        if f in _FINITE or f in _IRREGULAR_PAST or (f.endswith("ed") and not w[:1].isupper()):
            return True
        if f.endswith("es") and not w[:1].isupper() and (k == 1 or words[k - 1].group()[:1].isupper()):
            return True         # 'the plan fixes …', 'Reed wishes …', not 'in two separate cases'
    return False


# Past tenses without -ed that a reported clause often turns on ("its findings fell short").
_IRREGULAR_PAST = frozenset({"fell", "rose", "came", "took", "made", "gave", "saw", "grew", "began", "became",
                             "won", "lost", "left", "kept", "held", "met", "ran", "paid", "sold", "built",
                             "brought", "bought", "thought", "found", "got", "led", "fought", "struck",
                             "stood",
                             "spent", "sent", "knew", "broke", "chose", "drew", "drove", "flew", "forgot",
                             "froze", "hid", "meant", "sought", "shook", "shot", "slid", "spoke", "stole",
                             "swore", "taught", "threw", "understood", "woke", "wore", "wrote", "felt",
                             "dealt", "fled", "lay", "overtook", "undertook", "withdrew", "rang", "sank"})


# Lower-case words that do not open a subject: conjunctions, adverbs of degree, "goodbye".
_NOT_SUBJECT_STARTS = frozenset({"and", "but", "or", "nor", "so", "yet", "because", "although", "though",
                                 "while", "whereas", "unless", "until", "since", "than", "as", "not",
                                 "goodbye", "hello", "thanks", "sorry", "yes", "no", "nothing",
                                 "something", "anything", "everything", "much", "more", "less", "little",
                                 "enough", "very", "too", "quite", "rather", "instead", "otherwise",
                                 "hi", "please", "who", "which", "where", "how", "why", "what", "when"})
