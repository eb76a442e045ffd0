"""Words said in other words ("captain" / "skipper", "capsized" / "overturned") count as shared words
in the link evidence, through the concept table derived from WordNet (resources/linking/concepts.tsv)."""
import subprocess
import sys

import numpy as np
import pytest

from engine_helpers import linked, run, sentence_with
from reader.engine import concepts, link_evidence
from reader.engine.model import Sentence
from reader.engine.text import stem

A = ("Ferry overturns off Samar\n\n"
     "A passenger ferry overturned off the island of Samar early on Sunday. "
     "The captain, Ramon Dizon, was taken in for questioning. "
     "Inspectors had checked the ferry on Tuesday. "
     "The company has run the route since 2004.")
B = ("Dozens rescued after ferry disaster\n\n"
     "The ferry capsized near Samar before dawn on Sunday. "
     "Police are questioning the skipper. "
     "The ferry operator will answer questions on Wednesday. "
     "Relatives gathered at the terminal in Tacloban.")


def added(a: dict, b: dict, *others: dict) -> float:
    """What two one-sentence 'articles' with these stems and weights get added to their cosine
    (others: more sentences in the set, each an article of its own)."""
    rows = [a, b, *others]
    return float(concepts.soft_cosine(rows, np.arange(len(rows)), np.array([1]), len(rows), 64)[0])


def test_a_sentence_in_other_words_is_linked():
    c = run(a=A, b=B)
    assert linked(c, sentence_with(c, "a", "The captain"), sentence_with(c, "b", "the skipper"))
    assert linked(c, sentence_with(c, "a", "ferry overturned"), sentence_with(c, "b", "ferry capsized"))


def test_sentences_of_one_story_that_share_only_the_topic_stay_unlinked():
    c = run(a=A, b=B)
    assert not linked(c, sentence_with(c, "a", "Inspectors"), sentence_with(c, "b", "answer questions"))
    assert not c.links_of(sentence_with(c, "a", "run the route").id)


def test_synonyms_and_a_kind_of_meet_siblings_and_common_words_do_not():
    one = {"x": 1.0}
    for a, b in (("captain", "skipper"), ("capsized", "overturned"), ("walkout", "strike")):
        assert concepts.meet(stem(a), stem(b))
        assert added({stem(a): 1.0}, {stem(b): 1.0}) > 0, (a, b)
    # two kinds of one thing (a rifle is no pistol, Tuesday no Wednesday); words with so many
    # senses that any two sentences would share one ("say" / "tell") have no concepts
    for a, b in (("rifle", "pistol"), ("Tuesday", "Wednesday"), ("said", "told")):
        assert not concepts.meet(stem(a), stem(b))
        assert added({stem(a): 1.0, **one}, {stem(b): 1.0, **one}) == 0, (a, b)


def test_two_letter_abbreviations_have_no_senses():
    # in news "GB" is Great Britain, not WordNet's code name for sarin
    assert not concepts.meet(stem("GB"), stem("sarin"))


def test_a_stem_both_sentences_share_adds_nothing_more():
    assert added({stem("captain"): 0.8}, {stem("captain"): 0.6}, {stem("skipper"): 1.0}) == 0
    assert added({stem("captain"): 0.8}, {stem("captain"): 0.6, stem("skipper"): 0.5}) > 0


def test_the_table_is_read_from_the_shipped_resources(monkeypatch):
    asked = []

    def recording(*parts):
        asked.append(parts)
        return real(*parts)

    real = concepts.resource
    monkeypatch.setattr(concepts, "resource", recording)
    concepts._read_table.cache_clear()
    try:
        table = concepts.concept_table()
    finally:
        concepts._read_table.cache_clear()
    assert asked == [("linking", "concepts.tsv")]
    assert len(table) > 5000 and stem("skipper") in table


def test_nothing_reads_wordnet_at_run_time(tmp_path):
    """A comparison in a fresh process opens the shipped table and no WordNet file (WordNet is on
    developers' machines only) and imports no WordNet reader."""
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    script = (
        "import sys\n"
        "opened = []\n"
        "sys.addaudithook(lambda e, a: opened.append(str(a[0])) if e == 'open' else None)\n"
        "from reader.cli import main\n"
        f"assert main(['compare', {str(tmp_path / 'a.txt')!r}, {str(tmp_path / 'b.txt')!r}, "
        f"'--format', 'json', '-o', {str(tmp_path / 'out.json')!r}]) == 0\n"
        "print([p for p in opened if '/usr/share/wordnet' in p or 'nltk_data' in p])\n"
        "print(any(p.endswith('concepts.tsv') for p in opened))\n"
        "print(any('wordnet' in m for m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:3] == ["[]", "True", "False"]


def cos_tfidf(a: str, b: str) -> float:
    """The lexical similarity (with words met in other words) of two one-sentence articles."""
    sentences = [Sentence(id=f"{k}:0", article=k, index=0, start=0, end=len(t), paragraph=0, text=t)
                 for k, t in (("a", a), ("b", b))]
    c = link_evidence.candidates(sentences, link_evidence.evidence_for(sentences), np.array([0, 1]))
    return float(c.features[0, link_evidence.FEATURES.index("cos_tfidf")])


def test_a_name_means_none_of_the_senses_of_its_word():
    # "Turkey" the country is no poultry, "Shell" the company no artillery shell
    poultry = "Exports of poultry rose sharply in March, the farm board said."
    assert cos_tfidf("Exports to Turkey rose sharply in March, the farm board said.", poultry) == \
        pytest.approx(cos_tfidf("Exports to Norway rose sharply in March, the farm board said.", poultry))
    assert cos_tfidf("Exports of turkey rose sharply in March, the farm board said.", poultry) > \
        cos_tfidf("Exports of lamb rose sharply in March, the farm board said.", poultry)
    # a word whose every sense is a name keeps them: a Sunni is a Muslim
    muslim = "The Muslim cleric was freed on Friday, his family said."
    assert cos_tfidf("The Sunni cleric was freed on Friday, his family said.", muslim) > \
        cos_tfidf("The Nordic cleric was freed on Friday, his family said.", muslim)
