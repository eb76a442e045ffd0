"""Actor finding at the scale of a news cycle and on text that is not news: its cost grows with
the names, not with their pairs, and a run repeated in the same words is read once."""
import itertools
import time

from engine_helpers import actor_named, run

from reader.engine import actors, segment
from reader.engine.actors import finding
from reader.reading import article_from_text


def _surnames(n):
    """n made-up surnames, none a word or a given name ("Badan", "Badin", ...)."""
    out = []
    for a, b, c, d in itertools.product("bdfgklmnprstvz", "aeiou", "bdfgklmnprstvz", "aeiou"):
        out.append((a + b + c + d + "n").capitalize())
        if len(out) == n:
            return out
    raise ValueError(n)


def _find(text):
    art = article_from_text(text, "a")
    sentences = segment.segment_all([art], limit=12000)
    start = time.process_time()
    found = actors.find_actors([art], sentences)
    return found, time.process_time() - start


def test_many_people_and_ministries_take_seconds_not_minutes():
    """2,000 people and 2,000 ministries of one country in one article: every pair of names was
    compared, and every organisation looked through all qualified mentions (50 s); now ~1 s."""
    body = " ".join(f"Minister John {w} met officials of the Chinese {w} Ministry." for w in _surnames(2000))
    found, seconds = _find("Talks\n\n" + body)
    people = [a for a in found if a.kind == "person"]
    assert len(people) == 2000 and all(len(a.mentions) == 1 for a in people)
    assert seconds < 12


def test_spelling_variants_are_still_found_among_many_people():
    body = " ".join(f"Minister John {w} spoke." for w in _surnames(300))
    found, _ = _find("Talks\n\nForeign Minister Hossein Amir-Abdollahian arrived with Igor Sechin. " + body
                     + " Amirabdollahian left on Friday. Igor Setchin stayed.")
    minister = next(a for a in found if a.name == "Hossein Amir-Abdollahian")
    assert "Amirabdollahian" in minister.aliases             # a lone surname, the same skeleton
    sechin = next(a for a in found if "Igor Sechin" in {a.name, *a.aliases})
    assert "Igor Setchin" in {sechin.name, *sechin.aliases}   # alike by Jaro-Winkler only


def test_a_long_sentence_of_repeated_words_is_read_once_per_distinct_run(monkeypatch):
    calls = []
    real = finding._emit
    monkeypatch.setattr(finding, "_emit", lambda *a, **k: (calls.append(1), real(*a, **k))[1])
    found, _ = _find("Junk\n\n" + "Go go " * 20_000 + "Jane Doakes said so.")
    assert len(calls) < 50                       # 20,000 "Go" runs, a handful of surroundings
    assert [a.name for a in found if a.kind == "person"] == ["Jane Doakes"]


def test_junk_text_is_read_in_linear_time():
    """Three times the text takes about three times as long (a quadratic cost, nine times). The
    sizes are kept small because segmenting them (not timed) is most of this test's time."""
    _, small = _find("Junk\n\n" + "Go go " * 20_000)
    _, large = _find("Junk\n\n" + "Go go " * 60_000)      # 360 KB, about as long as 40 articles
    assert large < 3.6 * small + 0.5 and large < 8


def test_a_lower_case_word_before_a_full_stop_is_no_state():
    """ "fell ill." is not Illinois, "pa." is not Pennsylvania: state abbreviations are capitalised."""
    c = run(a="Mayor resigns\n\nThe mayor fell ill. Doctors said he would recover. He moved to Ill. "
              "last year.")
    places = [a for a in c.actors if a.kind == "place"]
    assert [m.text for a in places for m in a.mentions] == ["Ill."]
    assert actor_named(c, "ill.") is None
