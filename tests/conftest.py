"""Shared fixtures: Qt offscreen, settings in a temporary folder, a small hand-made Comparison."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from reader.engine.model import (Actor, Article, Comparison, Difference, DiffOp, Group,  # noqa: E402
                                 Link, Mention, Quote, Sentence, Span)


def _article(aid, outlet, title, date, paragraphs):
    """An Article plus its Sentences; paragraphs is a list of lists of sentence texts."""
    lines = [title, date] + [" ".join(p) for p in paragraphs]
    text = "\n".join(lines)
    sentences = []
    pos = 0
    title_span = (0, len(title))
    sentences.append(Sentence(f"{aid}:0", aid, 0, 0, len(title), 0, "headline", title))
    pos = len(title) + 1
    sentences.append(Sentence(f"{aid}:1", aid, 1, pos, pos + len(date), 1, "byline", date))
    pos += len(date) + 1
    for p_no, para in enumerate(paragraphs, start=2):
        for k, s in enumerate(para):
            start = text.index(s, pos)
            sentences.append(Sentence(f"{aid}:{len(sentences)}", aid, len(sentences), start,
                                      start + len(s), p_no, "body", s))
            pos = start + len(s)
        pos += 1
    art = Article(id=aid, text=text, title=title, outlet=outlet, date=date, path=f"/tmp/{aid}.txt",
                  title_span=title_span, header_spans=((title_span[1] + 1, title_span[1] + 1 + len(date)),))
    return art, sentences


def _span(sentences, sid, word):
    s = next(x for x in sentences if x.id == sid)
    i = s.text.index(word)
    return Span(s.article, sid, s.start + i, s.start + i + len(word), word)


def make_comparison():
    alpha, sa = _article("alpha", "Alpha News", "Pakistan recalls envoy", "Jan 17, 2024", [
        ["Pakistan recalled its ambassador from Iran on Wednesday.",
         "At least 11 people died in the strike, officials said."],
        ["Foreign Office spokesperson Mumtaz Zahra Baloch spoke in Islamabad.",
         "Alpha alone reports that the border crossing was shut."],
    ])
    beta, sb = _article("beta", "Beta Post", "Pakistan withdraws ambassador", "January 17, 2024", [
        ["Pakistan withdrew its ambassador from Iran on Tuesday.",
         "About 12 people died in the strike, police said."],
        ["Spokesperson Baloch spoke in Islamabad.",
         "Beta alone mentions the naval exercise."],
    ])
    gamma, sg = _article("gamma", "Gamma Times", "Envoy recalled", "17 January 2024", [
        ["Pakistan recalled its ambassador from Iran on Wednesday.",
         "Baloch said the strike was \"completely unacceptable\"."],
    ])
    sentences = tuple(sa + sb + sg)
    links = (
        Link("alpha:0", "beta:0", 0.7, "partial"), Link("alpha:0", "gamma:0", 0.6, "partial"),
        Link("alpha:2", "beta:2", 0.8, "same"), Link("alpha:2", "gamma:2", 0.95, "same"),
        Link("beta:2", "gamma:2", 0.8, "same"),
        Link("alpha:3", "beta:3", 0.7, "same"),
        Link("alpha:4", "beta:4", 0.6, "partial"),
    )
    groups = (
        Group("g0", ("alpha:0", "beta:0", "gamma:0")),
        Group("g1", ("alpha:2", "beta:2", "gamma:2")),
        Group("g2", ("alpha:3", "beta:3")),
        Group("g3", ("alpha:4", "beta:4")),
    )
    differences = (
        Difference("date", _span(sentences, "alpha:2", "Wednesday"), _span(sentences, "beta:2", "Tuesday"),
                   "Wednesday vs Tuesday"),
        Difference("number", _span(sentences, "alpha:3", "At least 11"),
                   _span(sentences, "beta:3", "About 12"),
                   "11 vs about 12"),
        Difference("attribution", _span(sentences, "alpha:3", "officials"),
                   _span(sentences, "beta:3", "police"),
                   "officials vs police"),
        Difference("name", _span(sentences, "alpha:4", "Mumtaz Zahra Baloch"),
                   _span(sentences, "beta:4", "Baloch"),
                   "Mumtaz Zahra Baloch vs Baloch"),
    )
    word_diffs = {
        ("alpha:2", "beta:2"): [DiffOp(0, "Pakistan "), DiffOp(-1, "recalled"), DiffOp(1, "withdrew"),
                                DiffOp(0, " its ambassador from Iran on "), DiffOp(-1, "Wednesday"),
                                DiffOp(1, "Tuesday"), DiffOp(0, ".")],
        ("alpha:2", "gamma:2"): [DiffOp(0, "Pakistan recalled its ambassador from Iran on Wednesday.")],
        ("beta:2", "gamma:2"): [DiffOp(0, "Pakistan "), DiffOp(-1, "withdrew"), DiffOp(1, "recalled"),
                                DiffOp(0, " its ambassador from Iran on "), DiffOp(-1, "Tuesday"),
                                DiffOp(1, "Wednesday"), DiffOp(0, ".")],
        ("alpha:3", "beta:3"): [DiffOp(-1, "At least 11"), DiffOp(1, "About 12"),
                                DiffOp(0, " people died in the strike, "), DiffOp(-1, "officials"),
                                DiffOp(1, "police"), DiffOp(0, " said.")],
        ("alpha:4", "beta:4"): [DiffOp(-1, "Foreign Office spokesperson Mumtaz Zahra"),
                                DiffOp(1, "Spokesperson"),
                                DiffOp(0, " Baloch spoke in Islamabad.")],
    }

    def mention(sid, word):
        sp = _span(sentences, sid, word)
        return Mention(sp.article, sp.start, sp.end, word, sid)

    actors = (
        Actor("actor:0", "Mumtaz Zahra Baloch", "person", ("Baloch",),
              (mention("alpha:4", "Mumtaz Zahra Baloch"), mention("beta:4", "Baloch"),
               mention("gamma:3", "Baloch")), "Foreign Office spokesperson"),
        Actor("actor:1", "Islamabad", "place", (),
              (mention("alpha:4", "Islamabad"), mention("beta:4", "Islamabad"))),
        Actor("actor:2", "Pakistan", "place", (),
              (mention("alpha:2", "Pakistan"), mention("beta:2", "Pakistan"),
               mention("gamma:2", "Pakistan"))),
    )
    g3 = next(s for s in sentences if s.id == "gamma:3")
    q_start = g3.start + g3.text.index("completely")
    quotes = (
        Quote("quote:0", "gamma", "gamma:3", q_start, q_start + len("completely unacceptable"),
              "completely unacceptable", "direct", "actor:0", "said"),
        Quote("quote:1", "alpha", "alpha:3", sa[3].start, sa[3].end, sa[3].text, "indirect", None, "said"),
        Quote("quote:2", "beta", "beta:3", sb[3].start, sb[3].end, sb[3].text, "indirect", None, "said"),
    )
    return Comparison(articles=(alpha, beta, gamma), sentences=sentences, links=links, groups=groups,
                      differences=differences, actors=actors, quotes=quotes, word_diffs=word_diffs)


@pytest.fixture
def comparison():
    return make_comparison()


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path, monkeypatch):
    """Every test gets its own, empty QSettings store."""
    from PySide6.QtCore import QSettings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("READER_SETTINGS_DIR", str(tmp_path / "settings"))
    yield


@pytest.fixture
def answers():
    from ui_helpers import Answers
    return Answers()


@pytest.fixture
def window(qtbot, comparison, answers, tmp_path):
    """The main window showing the hand-made comparison, analysis run synchronously, its
    dialogs answered by `answers`."""
    from PySide6.QtWidgets import QApplication
    from reader.ui.app import create_window
    from reader.ui.workspace import install_workspace
    win = create_window(analyse=False)
    install_workspace(win, recovery_folder=tmp_path / "recovery", prompts=answers.prompts(),
                      offer_recovery=False)
    win.session.runner.synchronous = True
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.session.set_comparison(comparison)
    QApplication.processEvents()
    qtbot.waitUntil(win.columns.settled, timeout=3000)
    yield win
    win.workspace.set_dirty(False)
    win.session.runner.shutdown()
