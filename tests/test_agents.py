"""Who did it, read from a sentence's form (reader/engine/agents.py): the subject right before
its verb, in the sentence and in the clauses it opens; a passive subject, a source, a copula's
subject or a noun taken for a verb is no agent."""
from reader.engine.agents import find_agents


def agents(text: str, headline: bool = False) -> list[str]:
    return [text[a.start:a.end] for a in find_agents(text, headline)]


def test_the_subject_and_the_subject_of_a_clause():
    assert agents("The regional governor resigned after farm unions blocked the grain tariff.") == [
        "The regional governor resigned", "farm unions blocked"]
    assert agents("After a long night, harbour workers on Monday ended their strike.") == [
        "harbour workers on Monday ended"]
    assert agents("When farm unions blocked the grain tariff the governor resigned.") == [
        "farm unions blocked"]


def test_no_agent_where_the_verb_does_not_say_what_the_subject_did():
    for text in ("The regional governor was overruled by farm unions.",      # passive
                 "The regional governor has been overruled.",
                 "Port unions said the strike would end on Friday.",        # a source
                 "The regional governor is a critic of the tariff.",        # a copula
                 "The port unions, hit by losses, ended the strike."):   # a comma before the verb
        assert agents(text) == [], text


def test_a_headline_participle_is_passive():
    assert agents("Port chief accused of hiding losses", headline=True) == []
    assert agents("Port chief resigns over losses", headline=True) == ["Port chief resigns"]
