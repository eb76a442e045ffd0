"""Helpers the window tests share: scripted answers to dialogs, what is highlighted, and
clicking a sentence."""
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor


def hl(win, role):
    """article id -> list of highlighted texts with this role."""
    out = {}
    for col in win.columns.columns:
        doc = col.text.document()
        for r, a, b in win.columns.highlighted()[col.article_id]:
            if r == role:
                c = QTextCursor(doc)
                c.setPosition(a)
                c.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
                out.setdefault(col.article_id, []).append(c.selectedText())
    return out


def click_sentence(qtbot, win, sid):
    col = win.columns.column(sid.split(":")[0])
    rect = col.text.sentence_rect(sid)
    qtbot.mouseClick(col.text.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(2, 0))


class Answers:
    """Scripted replies to the workspace's dialogs, and a record of what was asked. A dialog
    nobody scripted gets the cautious answer (None, cancel, no), never a real modal dialog."""

    def __init__(self):
        self.texts, self.choices, self.paths, self.errors = [], [], [], []
        self.close_answer, self.restore_answer, self.confirm_answer = "cancel", "restore", True
        self.asked = []

    def prompts(self):
        from reader.ui.prompts import Prompts

        def note_text(title, context, text):
            self.asked.append((title, context))
            return self.texts.pop(0) if self.texts else None

        def choose(title, prompt, items):
            self.asked.append((title, prompt, items))
            return self.choices.pop(0) if self.choices else None

        def save_path(title, suggested, flt):
            self.asked.append((title, suggested))
            return self.paths.pop(0) if self.paths else None

        def close():
            self.asked.append("close")
            return self.close_answer

        def restore(rec):
            self.asked.append(("restore", rec))
            return self.restore_answer

        def confirm(title, message, action):
            self.asked.append(("confirm", title, message))
            return self.confirm_answer

        return Prompts(note_text=note_text, choose=choose, save_path=save_path, close=close,
                       restore=restore, error=lambda t, m: self.errors.append(m), confirm=confirm)


def many_sources(n: int):
    """A Comparison of n small articles about one storm: a headline and four sentences each,
    three of them linked across every pair of sources (the death toll differs), one unique."""
    from itertools import combinations

    from conftest import _article, _span
    from reader.engine.model import Comparison, Difference, Group, Link

    articles, sentences = [], []
    for k in range(n):
        art, sents = _article(f"s{k}", f"Outlet {k}", f"Storm hits the coast, report {k}", "May 2, 2024", [
            [f"The storm killed {10 + k} people on Monday.", "Officials said the port was closed."],
            [f"Outlet {k} alone saw the lighthouse fall.", "Rescue teams reached the town by evening."],
        ])
        articles.append(art)
        sentences += sents
    linked = (0, 2, 3, 5)                   # headline, toll, port, rescue; 4 is each one's own
    links, diffs = [], []
    for i, j in combinations(range(n), 2):
        for s in linked:
            links.append(Link(f"s{i}:{s}", f"s{j}:{s}", 0.9 if s else 0.6, "same" if s else "partial"))
        diffs.append(Difference("number", _span(sentences, f"s{i}:2", str(10 + i)),
                                _span(sentences, f"s{j}:2", str(10 + j)), f"{10 + i} vs {10 + j} dead"))
    groups = tuple(Group(f"g{s}", tuple(f"s{k}:{s}" for k in range(n))) for s in linked)
    return Comparison(articles=tuple(articles), sentences=tuple(sentences), links=tuple(links), groups=groups,
                      differences=tuple(diffs), actors=(), quotes=(), word_diffs={})


def shuffled_facts(n: int, seed: int):
    """A Comparison of n articles, each telling some of ten facts in its own order (a headline
    first), sentences that tell one fact linked as the same statement: reporting reordered the
    way outlets reorder it, to test how rows cope with crossing links."""
    import random
    from itertools import combinations

    from conftest import _article
    from reader.engine.model import Comparison, Link

    rng = random.Random(seed)
    articles, sentences, facts = [], [], []
    for k in range(n):
        told = rng.sample(range(1, 11), rng.randint(5, 9))
        if rng.random() < 0.5:
            told.sort()                     # some outlets keep the common order
        art, sents = _article(f"s{k}", f"Outlet {k}", f"Storm report {k}", "May 2, 2024",
                              [[f"Outlet {k} tells fact {f}."] for f in told])
        articles.append(art)
        sentences += sents
        facts.append({f: f"s{k}:{i + 2}" for i, f in enumerate(told)} | {0: f"s{k}:0"})
    links = [Link(a[f], b[f], 0.85, "same") for a, b in combinations(facts, 2) for f in a if f in b]
    return Comparison(articles=tuple(articles), sentences=tuple(sentences), links=tuple(links), groups=(),
                      differences=(), actors=(), quotes=(), word_diffs={})
