"""Dates and times: finding them (with exact offsets), resolving against the article date."""
import datetime

import pytest

from reader.engine.dates import DateMention, day_first, find_dates, parse_reference, same_date

REF = "Jan 17, 2024"                    # a Wednesday


def found(text, reference=None):
    """find_dates, checking every span cuts out exactly its text."""
    mentions = find_dates(text, reference)
    for d in mentions:
        assert text[d.start:d.end] == d.text
    return mentions


def one(text, reference=None):
    mentions = found(text, reference)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize("text, span, value", [
    ("expelled on Jan. 17 the envoy", "Jan. 17", "01-17"),
    ("published January 17, 2024 in Islamabad", "January 17, 2024", "2024-01-17"),
    ("published 17 January 2024 in Islamabad", "17 January 2024", "2024-01-17"),
    ("since Jan 17 talks stalled", "Jan 17", "01-17"),
    ("the 5th of March meeting", "5th of March", "03-05"),
    ("filed 2024-01-17 late", "2024-01-17", "2024-01-17"),
    ("Stand: 17.01.2024", "17.01.2024", "2024-01-17"),
    ("in January 2024 the", "January 2024", "2024-01"),
    ("Formed in 2012, Jaish al-Adl", "2012", "2012"),
    ("In December, Jaish al-Adl", "December", "month:12"),
    ("Islamabad on Wednesday expelled", "Wednesday", "weekday:wednesday"),
    ("strikes on Tuesday night destroyed", "Tuesday night", "weekday:tuesday"),
    ("in Pakistan on late hours of Tuesday, Al Arabiya", "late hours of Tuesday",
     "weekday:tuesday"),
    ("last month, at least 11", "last month", "relative:last month"),
    ("an attack overnight on", "overnight", "relative:overnight"),
    ("As of: 3:35 p.m", "3:35 p.m", "15:35"),
])
def test_find_without_reference(text, span, value):
    d = one(text)
    assert (d.text, d.value) == (span, value)


def test_header_line_has_date_and_time():
    text = "As of: January 17, 2024 3:35 p.m"
    assert [(d.text, d.value) for d in found(text)] == [("January 17, 2024", "2024-01-17"),
                                                        ("3:35 p.m", "15:35")]


@pytest.mark.parametrize("text", [
    "Theresa May said she may march",
    "1,200 people and 3-2",
    "a 900-kilometer border",
    "the 1990s",
])
def test_not_dates(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("on Tuesday night", "2024-01-16"),
    ("on late hours of Tuesday", "2024-01-16"),
    ("on Wednesday", "2024-01-17"),
    ("last month", "2023-12"),
    ("In December", "2023-12"),
    ("yesterday", "2024-01-16"),
    ("two days ago", "2024-01-15"),
    ("last year", "2023"),
    ("last Friday", "2024-01-12"),
    ("next Friday", "2024-01-19"),
    ("January 17 :", "2024-01-17"),
    ("on Dec. 28", "2023-12-28"),
    ("overnight", "relative:overnight"),
    ("this week", "relative:this week"),
])
def test_resolved_against_reference(text, value):
    assert one(text, REF).value == value


def test_reference_may_be_a_date():
    assert one("on Tuesday night", datetime.date(2024, 1, 17)).value == "2024-01-16"


@pytest.mark.parametrize("line, day", [
    ("Jan 17, 2024", datetime.date(2024, 1, 17)),
    ("As of: January 17, 2024 3:35 p.m", datetime.date(2024, 1, 17)),
    ("2024-01-17T09:00:00+00:00", datetime.date(2024, 1, 17)),
    ("Wednesday, 17 January 2024", datetime.date(2024, 1, 17)),
    ("17.01.2024", datetime.date(2024, 1, 17)),
    ("VOA News", None),
    ("", None),
])
def test_parse_reference(line, day):
    assert parse_reference(line) == day


def test_same_date_month_against_relative_month():
    december = one("In December, the group", REF)
    last_month = one("last month, at least 11", REF)
    assert same_date(december, last_month) is True


def test_same_date_weekday_against_weekday_phrase():
    tuesday = one("on Tuesday night", REF)
    late_hours = one("on late hours of Tuesday", REF)
    assert same_date(tuesday, late_hours) is True
    assert same_date(tuesday, one("on Wednesday", REF)) is False


def test_same_date_unresolved():
    assert same_date(one("In December"), one("last month")) is None
    assert same_date(one("on Tuesday"), one("on Tuesday night")) is True
    assert same_date(one("on Tuesday"), one("Jan 16, 2024")) is True
    assert same_date(one("Jan. 17"), one("January 17, 2024")) is True
    assert same_date(one("Jan. 17"), one("Jan. 18")) is False
    assert same_date(one("in 2012"), one("Jan. 17")) is None
    assert same_date(one("at 3:35 p.m"), one("Jan. 17")) is None
    assert same_date("15:35", "15:35") is True


@pytest.mark.parametrize("text, value", [
    ("signed 17/01/2024 in Paris", "2024-01-17"),       # a day above 12 can only come first
    ("signed 01/17/2024 in Boston", "2024-01-17"),      # ... or second
    ("signed 05/01/2024 somewhere", "2024"),            # undecidable: only the year is sure
    ("the deal was signed on 17/01/2024.", "2024-01-17"),  # at the end of a sentence
])
def test_slash_dates(text, value):
    assert one(text).value == value


def test_an_article_that_writes_day_first_decides_its_undecidable_slash_dates():
    article = "Filed 25/12/2023. The court sat on 05/01/2024 to hear the appeal."
    assert day_first(article) is True
    assert day_first("Filed 12/25/2023. The court sat on 05/01/2024.") is False
    assert day_first("The court sat on 05/01/2024.") is None
    assert find_dates("on 05/01/2024", day_first=True)[0].value == "2024-01-05"
    assert find_dates("on 05/01/2024", day_first=False)[0].value == "2024-05-01"
    assert find_dates("on 17/01/2024", day_first=False)[0].value == "2024-01-17"


def test_mention_is_frozen():
    d = one("on Wednesday")
    assert isinstance(d, DateMention)
    with pytest.raises(Exception):
        d.value = "x"


def test_months_in_full_writes_out_an_abbreviated_month_before_a_day():
    from reader.engine.dates import months_in_full

    assert months_in_full("Jan. 6 select committee") == "January 6 select committee"
    assert months_in_full("the Sept 11 Commission") == "the September 11 Commission"
    assert months_in_full("Jan Smith of Mar-a-Lago") == "Jan Smith of Mar-a-Lago"  # no day: no month
