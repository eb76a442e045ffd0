"""The words attribution turns on: cue verbs by what they take, speaker nouns, first names by
gender, and the small closed classes (pronouns, prepositions, auxiliaries) the quote and speaker
rules need. Word lists ship in resources/wordlists/ (reporting_verbs.txt, speaker_nouns.txt,
first_names.txt); each has sections written as "[name]" lines."""
from __future__ import annotations

from functools import lru_cache

from reader.paths import word_sections as _sections

PRONOUNS_FEMALE = frozenset({"she"})
PRONOUNS_MALE = frozenset({"he"})
PRONOUNS_PERSON = PRONOUNS_FEMALE | PRONOUNS_MALE
PRONOUNS_GROUP = frozenset({"it", "they"})
PRONOUNS_SPEAKER = frozenset({"i", "we"})       # only inside a quote; never a reported speaker
PREPOSITIONS = frozenset({"in", "into", "of", "to", "from", "on", "at", "against", "with", "near",
                          "across", "for", "by", "over", "toward", "towards", "about",
                          "during", "under", "between", "among", "via",
                          "through", "behind", "within", "without", "upon", "outside", "inside"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
                         "their", "our", "one", "two", "three", "several", "some", "many", "other",
                         "another", "each", "both", "all", "any", "no", "every"})
AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
                         "do", "does", "did", "will", "would", "shall", "should", "can", "could",
                         "may", "might", "must", "also", "later", "then", "again", "earlier",
                         "previously", "repeatedly", "reportedly", "allegedly", "once", "not",
                         "never", "recently", "further", "publicly", "privately", "flatly",
                         "simply", "just", "even", "still", "already", "first", "had", "often",
                         "frequently", "separately", "directly", "explicitly", "specifically",
                         "quickly", "angrily", "bluntly", "openly", "loudly", "softly", "firmly",
                         "strongly", "clearly", "went", "on", "to"})
# Words after a cue that begin its time, place or manner, not its content ("said on Monday").
ADVERBIAL_STARTS = frozenset({"on", "in", "at", "during", "before", "after", "from", "while",
                              "with", "via", "through", "last", "this", "yesterday", "today",
                              "tonight", "earlier", "later", "again", "monday", "tuesday",
                              "wednesday", "thursday", "friday", "saturday", "sunday", "afterward",
                              "afterwards", "late", "early", "recently", "repeatedly", "publicly",
                              "privately", "separately", "previously", "also", "then", "once",
                              "flatly", "bluntly", "firmly", "openly", "told", "when", "as",
                              "shortly", "soon", "months", "weeks", "days", "years", "hours",
                              "minutes", "moments", "overnight", "anonymously", "under"})
CONTENT_THAT = frozenset({"that"})
# Words a verb never follows: after one of them a cue word is a noun ("after a recount", "the
# report"), whatever the word.
ARTICLES = frozenset({"a", "an", "the", "its", "their", "his", "our", "my", "your", "these", "those"})


def _forms(section: str) -> frozenset[str]:
    return frozenset(w for line in _sections("reporting_verbs.txt").get(section, ()) for w in line.split())


@lru_cache(maxsize=None)
def cue_class(section: str) -> frozenset[str]:
    """Every form of the verbs in one section of reporting_verbs.txt (speech, belief, naming,
    beside, object, plan)."""
    return _forms(section)


# -ing forms that are nouns far more often than participles ("the ruling", "a briefing").
_NOUN_INGS = frozenset({"ruling", "rulings", "finding", "findings", "briefing", "reading", "posting",
                        "reporting", "showing", "answering", "questioning", "offering", "hearing",
                        "blogging", "texting", "meaning", "saying", "sayings"})


@lru_cache(maxsize=1)
def quote_cues() -> frozenset[str]:
    """Words that attribute a quotation standing next to them."""
    return (cue_class("speech") | cue_class("naming") | cue_class("beside") | cue_class("belief")) \
        - (_NOUN_INGS - {"saying"})


@lru_cache(maxsize=1)
def content_cues() -> frozenset[str]:
    """Words that introduce reported content (an indirect quote): speech and belief verbs."""
    return (cue_class("speech") | cue_class("belief") | cue_class("plan")) - (_NOUN_INGS - {"saying"})


# Forms that are nouns as often as verbs ("his claims that…", "the report"): they are cues only
# when no determiner or preposition comes right before them.
AMBIGUOUS = frozenset({"post", "posts", "text", "texts", "report", "reports", "note", "notes", "state",
                       "states", "answer", "answers", "question", "questions", "object", "objects",
                       "project", "projects", "counter", "comment", "comments", "charge", "charges",
                       "brief", "briefs", "estimate", "estimates", "forecast", "forecasts", "find",
                       "finds", "show", "shows", "rule", "rules", "offer", "offers", "signal",
                       "signals", "promise", "promises", "fear", "fears", "hope", "hopes", "doubt",
                       "doubts", "bet", "bets", "joke", "jokes", "claim", "claims", "demand",
                       "demands", "reason", "reasons", "wonder", "highlight", "highlights", "cite",
                       "remark", "remarks", "reply", "replies", "mention", "mentions", "vow", "vows",
                       "pledge", "pledges", "whisper", "protest", "protests", "complaint", "worry",
                       "worries", "guarantee", "guarantees", "hint", "hints", "plea", "ruling",
                       "findings", "warning", "warnings", "testimony", "call", "calls", "dispute",
                       "disputes", "posting", "tweet", "tweets", "blog", "blogs", "update",
                       "concern", "concerns", "reading", "read", "order", "orders", "head",
                       "brief", "briefing", "record", "counsel", "counsels"})


def is_ing(word: str) -> bool:
    return word.endswith("ing")


@lru_cache(maxsize=1)
def speaker_nouns() -> dict[str, frozenset[str]]:
    """Section -> nouns of speaker_nouns.txt (female, male, person, people, organization, document)."""
    return _sections("speaker_nouns.txt")


@lru_cache(maxsize=1)
def first_name_gender() -> dict[str, str]:
    """First name (folded) -> "female" or "male"; names listed under both are left out."""
    sec = {k: frozenset(w for line in v for w in line.split())
           for k, v in _sections("first_names.txt").items()}
    female, male = sec.get("female", frozenset()), sec.get("male", frozenset())
    out = {n: "female" for n in female - male}
    out.update({n: "male" for n in male - female})
    return out
