"""Text far longer than news: a paragraph of thousands of sentences reaches Punkt in pieces (nltk
stops its regular expressions after 5 s a text) and is split as it would be whole."""
import time

import reader.engine.segment as segment
from reader.engine.segment import sentence_spans


def _paragraph(sentences: int) -> str:
    words = ("The minister said on Monday that talks with the rebels would resume in Geneva. "
             "Dr. A. Khan, who leads the U.N. team, arrived at 9 a.m. on Tuesday. "
             "\"We expect progress,\" she said. Critics were not convinced!")
    text = " ".join([words] * (sentences // 4 + 1))
    return text


def test_a_long_paragraph_is_split_as_if_it_were_read_whole(monkeypatch):
    paragraph = _paragraph(2000)
    assert len(paragraph) > 3 * segment._PUNKT_PIECE
    in_pieces = sentence_spans(paragraph)
    monkeypatch.setattr(segment, "_PUNKT_PIECE", 10 ** 9)
    whole = sentence_spans(paragraph)
    assert in_pieces == whole and len(whole) > 1500


def test_a_piece_never_starts_inside_a_run_of_merged_sentences(monkeypatch):
    monkeypatch.setattr(segment, "_PUNKT_PIECE", 40)
    assert sentence_spans("go. " * 30) == [(0, 119)]             # lower case continues the sentence
    assert sentence_spans("Go. " * 30) == [(k * 4, k * 4 + 3) for k in range(30)]


def test_a_long_run_of_merges_stays_linear():
    """'go. go. go.' merges every piece into one sentence; checking the whole sentence so far at
    each merge took minutes for a megabyte."""
    start = time.process_time()
    assert len(sentence_spans("go. " * 50_000)) == 1
    assert time.process_time() - start < 15
