"""Names written differently in two linked sentences, and a person or a list named in one source
only: a true difference is reported with both spans, the same name written another way is not.
The two sentences are linked by a reader's correction, so these cases do not depend on how the
aligner scores them."""
from difference_helpers import linked_pair, of_kind, texts
from engine_helpers import articles, linked

from reader.engine import compare
from reader.engine.model import Citation, Correction


# --- names ---------------------------------------------------------------------------------

def test_name_spelling_variant_is_reported_with_both_spans():
    _, diffs = linked_pair("Foreign Minister Hossein Amir-Abdollahian met the envoy in Davos on Tuesday.",
                           "Foreign Minister Hussein Amirabdollahian met the envoy in Davos on Tuesday.")
    assert [texts(d) for d in of_kind(diffs, "name")] == [{"Hossein Amir-Abdollahian",
                                                           "Hussein Amirabdollahian"}]


def test_short_forms_titles_and_conventional_dots_are_not_name_differences():
    _, diffs = linked_pair("President Joanna Wisniewski told U.S. lawmakers the tariff would stay.",
                           "Wisniewski told US lawmakers the tariff would stay.")
    assert not of_kind(diffs, "name")


def test_a_name_and_a_place_that_share_their_letters_are_not_one_name():
    _, diffs = linked_pair("Senator Ruth Whitehouse questioned the White House budget on Monday.",
                           "The White House budget was questioned by Ruth Whitehouse on Monday.")
    assert not of_kind(diffs, "name")


def test_another_first_name_for_one_surname_unless_the_article_names_both():
    _, diffs = linked_pair("Anna Brannoch opened the new wing of the hospital on Monday.",
                           "Tobias Brannoch opened the new wing of the hospital on Monday.")
    assert [texts(d) for d in of_kind(diffs, "name")] == [{"Anna Brannoch", "Tobias Brannoch"}]
    _, family = linked_pair("Anna Brannoch opened the new wing of the hospital on Monday.",
                            "Tobias Brannoch opened the new wing of the hospital on Monday.",
                            before_b="Anna Brannoch and her husband run the hospital trust. ")
    assert not of_kind(family, "name")      # the other article names her too: two people


def test_a_name_spelt_one_letter_apart_or_with_other_vowels():
    for x, y in (("Collins", "Collings"), ("Zelensky", "Zelenskyy"), ("Gaddafi", "Qaddafi"),
                 ("Kyiv", "Kiev"), ("Johnson", "Jonhson")):
        _, diffs = linked_pair(f"The envoy met {x} officials at the border crossing on Monday.",
                               f"The envoy met {y} officials at the border crossing on Monday.")
        assert [texts(d) for d in of_kind(diffs, "name")] == [{x, y}], (x, y)
    for x, y in (("Aleksandrov", "Alexandrov"), ("Mikhailov", "Michaelov"), ("Pawlenko", "Pavlenko")):
        _, diffs = linked_pair(f"The envoy met Maxim {x} at the border crossing on Monday.",
                               f"The envoy met Maxim {y} at the border crossing on Monday.")
        assert [texts(d) for d in of_kind(diffs, "name")] == [{"Maxim " + x, "Maxim " + y}], (x, y)
    for x, y in (("Gambia", "Zambia"), ("Democrat", "Democrats"), ("Israel", "Israeli"), ("Kenya", "Kenyan"),
                 ("Kennedy", "Kennedys"), ("CIA", "CIO"), ("OPEC", "OPIC"), ("Crane", "Crone"),
                 ("Carr", "Kerr")):
        _, diffs = linked_pair(f"The envoy met {x} officials at the border crossing on Monday.",
                               f"The envoy met {y} officials at the border crossing on Monday.")
        assert not of_kind(diffs, "name"), (x, y)
    _, elsewhere = linked_pair("The envoy met Collins at the border crossing on Monday.",
                               "The envoy met Collings at the border crossing on Monday.",
                               before_b="Collins had flown in from Oslo. ")
    assert not of_kind(elsewhere, "name")     # the other article writes both: two people


def test_a_hyphen_between_names_for_a_space_or_a_surname_split_in_two_is_a_spelling():
    _, diffs = linked_pair("Judge Elena Ortiz-Brandt dismissed the appeal on Thursday.",
                           "Judge Elena Ortiz Brandt dismissed the appeal on Thursday.")
    assert [texts(d) for d in of_kind(diffs, "name")] == [{"Elena Ortiz-Brandt", "Elena Ortiz Brandt"}]
    _, split = linked_pair("Harbour engineer Mira Devanathan inspected the dam on Friday.",
                           "Harbour engineer Mira Deva Nathan inspected the dam on Friday.")
    assert [texts(d) for d in of_kind(split, "name")] == [{"Mira Devanathan", "Mira Deva Nathan"}]
    for x, y in (("Omar al-Haddad", "Omar al Haddad"), ("Pak Song-il", "Pak Song Il")):
        _, style = linked_pair(f"Envoy {x} landed in Vienna on Friday for the nuclear talks.",
                               f"Envoy {y} landed in Vienna on Friday for the nuclear talks.")
        assert not of_kind(style, "name"), (x, y)      # a particle or a lower-case syllable: house style
    _, alike = linked_pair("Elena Ortiz-Brandt dismissed the appeal on Thursday.",
                           "elena ortiz-brandt dismissed the appeal on Thursday.")
    assert not of_kind(alike, "name")           # case alone is no spelling


def test_a_common_word_and_a_name_with_its_consonants_are_not_one_name():
    _, diffs = linked_pair("The Market Square traders backed the tram plan on Monday.",
                           "The Marquette Square traders backed the tram plan on Monday.")
    assert not of_kind(diffs, "name")
    _, one_letter = linked_pair("The envoy met Hussein at the border crossing on Monday.",
                                "The envoy met Hussain at the border crossing on Monday.")
    assert [texts(d) for d in of_kind(one_letter, "name")] == [{"Hussein", "Hussain"}]


def test_a_long_surname_with_two_letters_changed_beside_one_first_name():
    _, diffs = linked_pair("Sergei Grigoriev signed the pipeline deal in Baku on Sunday.",
                           "Sergei Grigorjew signed the pipeline deal in Baku on Sunday.")
    assert [texts(d) for d in of_kind(diffs, "name")] == [{"Grigoriev", "Grigorjew"}]
    _, short = linked_pair("Sergei Bergman signed the pipeline deal in Baku on Sunday.",
                           "Sergei Berglin signed the pipeline deal in Baku on Sunday.")
    assert not of_kind(short, "name")           # short names two letters apart are two names
    for x, y in (("Grigoriev", "Grigorjew"), ("Harrison", "Harrigan")):
        _, alone = linked_pair(f"{x} signed the pipeline deal in Baku on Sunday, the ministry said.",
                               f"{y} signed the pipeline deal in Baku on Sunday, the ministry said.")
        assert not of_kind(alone, "name"), (x, y)      # alone, as often two surnames
    _, start = linked_pair("Sergei Lindberg signed the pipeline deal in Baku on Sunday.",
                           "Sergei Sandberg signed the pipeline deal in Baku on Sunday.")
    assert not of_kind(start, "name")           # nor are names that start otherwise


def test_a_company_named_with_another_suffix_or_plural_but_not_its_short_name():
    _, diffs = linked_pair("Rival carmaker Brenton Motors lost the fleet contract on Monday.",
                           "Rival carmaker Brenton Motor Group lost the fleet contract on Monday.")
    assert [texts(d) for d in of_kind(diffs, "name")] == [{"Brenton Motors", "Brenton Motor Group"}]
    _, short = linked_pair("The contract went to Veltris Data Systems on Monday.",
                           "The contract went to Veltris on Monday after the tender.")
    assert not of_kind(short, "name")           # its opening word is its short name
    _, abbreviated = linked_pair("Officials at Acme Corp rejected the takeover bid on Monday.",
                                 "Officials at Acme Corporation rejected the takeover bid on Monday.")
    assert not of_kind(abbreviated, "name")     # a word of the name abbreviated
    _, two = linked_pair("Congresswoman Ana Ruiz (D-Calif.) voted against the water bill on Monday.",
                         "Congresswoman Ana Ruiz (D-CA) voted against the water bill on Monday.")
    assert [texts(d) for d in of_kind(two, "name")] == [{"Calif.", "CA"}]     # two abbreviations
    _, plural = linked_pair("The Brenton Home Guards patrolled the rail yard on Monday.",
                            "The Brenton Home Guard patrolled the rail yard on Monday.")
    assert not of_kind(plural, "name")          # a plural alone is one name


def test_a_name_written_in_the_other_order_only_where_the_order_tells_who():
    _, diffs = linked_pair("Harbour pilot Thomas Scott guided the tanker in on Monday night.",
                           "Harbour pilot Scott Thomas guided the tanker in on Monday night.")
    assert [d.note for d in of_kind(diffs, "name")] == ["name order: “Thomas Scott” vs “Scott Thomas”"]
    _, swapped = linked_pair("Harbour pilot Helena Brandvold guided the tanker in on Monday night.",
                             "Harbour pilot Brandvold Helena guided the tanker in on Monday night.")
    assert len(of_kind(swapped, "name")) == 1
    for x, y in (("Zhang Wei", "Wei Zhang"), ("Tanaka Hiroshi", "Hiroshi Tanaka")):
        _, style = linked_pair(f"Trade envoy {x} arrived in Lagos on Monday for the talks.",
                               f"Trade envoy {y} arrived in Lagos on Monday for the talks.")
        assert not of_kind(style, "name"), (x, y)      # family name first or last: house style


def test_an_acronym_is_not_a_name_difference():
    _, diffs = linked_pair("The Civil Aviation Authority grounded the two airliners on Friday.",
                           "The CAA grounded the two airliners on Friday, citing engine faults.")
    assert not of_kind(diffs, "name")
    _, dots = linked_pair("The U.K. and Norway signed the fishing accord in Oslo.",
                          "The UK and Norway signed the fishing accord in Oslo.")
    assert not of_kind(dots, "name")


def test_a_shortened_first_name_is_a_name_difference():
    _, diffs = linked_pair("The letter went to board chair Christopher Lang on Monday.",
                           "The letter went to board chair Chris Lang on Monday.")
    assert [texts(d) for d in of_kind(diffs, "name")] == [{"Christopher Lang", "Chris Lang"}]


def test_a_name_written_with_other_accents():
    _, diffs = linked_pair("Finance Minister Tomás Herrera presented the budget on Monday.",
                           "Finance Minister Tomas Herrera presented the budget on Monday.")
    assert [texts(d) for d in of_kind(diffs, "name")] == [{"Tomás", "Tomas"}]


def test_two_articles_spelling_a_name_differently_in_sentences_that_are_not_linked():
    # a and b carry the name in sentences about different things (each told by c as well)
    arts = articles(a="Port deal\n\nThe port deal was signed in Oslo on Monday. "
                      "Harbour chief Ingrid Solberg called it a fair bargain for the town.",
                    b="Port deal signed\n\nThe port deal was signed in Oslo on Monday. "
                      "Dock workers cheered outside the office of Ingrid Solborg until late evening.",
                    c="Oslo port\n\nHarbour chief Ingrid Solberg called the deal a fair bargain for the "
                      "town. "
                      "Dock workers cheered outside the office of Ingrid Solberg until late evening.")
    refs = []
    for art, words in ((arts[0], "Harbour chief"), (arts[1], "Dock workers")):
        start = art.text.index(words)
        end = art.text.index(".", start) + 1
        refs.append(Citation(art.id, start, end, art.text[start:end]))
    c = compare(arts, corrections=[Correction("unlink", refs=tuple(refs))])
    a_b = [d for d in c.differences if d.kind == "name" and {d.a.article, d.b.article} == {"a", "b"}]
    assert [{d.a.text, d.b.text} for d in a_b] == [{"Ingrid Solberg", "Ingrid Solborg"}]
    assert not linked(c, c.sentence(a_b[0].a.sentence), c.sentence(a_b[0].b.sentence))
    # b also writes a's form elsewhere: its "Solborg" is still a form a never writes
    also = " Harbour chief Ingrid Solberg called the deal a fair bargain for the town.\n"
    b_both = [type(x)(**{**x.__dict__, "text": x.text.rstrip() + also}) if x.id == "b" else x for x in arts]
    c = compare(b_both, corrections=[Correction("unlink", refs=tuple(refs))])
    a_b = [d for d in c.differences if d.kind == "name" and {d.a.article, d.b.article} == {"a", "b"}]
    assert {"Ingrid Solborg"} in [{d.a.text, d.b.text} - {"Ingrid Solberg"} for d in a_b]
    # each article writes both forms: neither outlet spells the name its own way
    also_a = " Dock workers cheered outside the office of Ingrid Solborg until late evening.\n"
    each_both = [type(x)(**{**x.__dict__, "text": x.text.rstrip() + also_a}) if x.id == "a" else x
                 for x in b_both]
    c = compare(each_both, corrections=[Correction("unlink", refs=tuple(refs))])
    assert not [d for d in c.differences if d.kind == "name" and {d.a.article, d.b.article} == {"a", "b"}]


def test_two_articles_naming_one_body_differently_in_sentences_that_are_not_linked():
    arts = articles(a="Dam\n\nThe National Water Safety Board closed the Kessel dam on Monday. "
                      "Engineers found cracks in the spillway.",
                    b="Dam closed\n\nThe Kessel dam was closed on Monday. "
                      "The Water Board said engineers had found cracks in the spillway.")
    refs = tuple(Citation(x.id, x.text.index(words), x.text.index(".", x.text.index(words)) + 1,
                          x.text[x.text.index(words):x.text.index(".", x.text.index(words)) + 1])
                 for x, words in ((arts[0], "The National"), (arts[1], "The Water Board")))
    c = compare(arts, corrections=[Correction("unlink", refs=refs)])
    names = [d for d in c.differences if d.kind == "name"]
    assert [{d.a.text, d.b.text} for d in names] == [{"National Water Safety Board", "Water Board"}]
    assert not linked(c, c.sentence(names[0].a.sentence), c.sentence(names[0].b.sentence))


def test_a_surname_alone_spelt_as_the_full_names_are_spelt():
    # the full names tell "Brandstetter" / "Brandstadter" one name (a first name both write);
    # each article's surname alone, in sentences not linked to each other, is that name too
    c = compare(articles(
        alpha="Port strike ends\n\nUnion leader Anton Brandstetter signed the deal at the harbour on Monday. "
              "The crane drivers will return to work on Wednesday.\n\nBrandstetter, a former welder, "
              "called the agreement fair.",
        beta="Dockers go back\n\nUnion boss Anton Brandstadter agreed the new contract late on Monday. "
             "Pay will rise by 4% next year.\n\nBrandstadter said his members had voted in favour."))
    shown = sorted(sorted((d.a.sentence, d.b.sentence)) for d in of_kind(c.differences, "name"))
    assert shown == [["alpha:1", "beta:1"], ["alpha:3", "beta:3"]]      # the full names, the surnames
    assert all(texts(d) == {"Brandstetter", "Brandstadter"} for d in of_kind(c.differences, "name"))


def test_two_surnames_alone_two_letters_apart_are_two_people():
    c = compare(articles(
        alpha="Port strike ends\n\nUnion leader Brandstetter signed the deal at the harbour on Monday.",
        beta="Dockers go back\n\nUnion boss Brandstadter agreed the new contract late on Monday."))
    assert not of_kind(c.differences, "name")
    # nor is a name of two words that holds one of them: "Brandstetter Logistics" is not a person
    c = compare(articles(
        alpha="Port strike ends\n\nUnion leader Anton Brandstetter signed the deal on Monday.\n\n"
              "Brandstetter Logistics runs the cranes.",
        beta="Dockers go back\n\nUnion boss Anton Brandstadter agreed the new contract on Monday.\n\n"
             "Brandstadter Shipping owns the quay."))
    assert all(texts(d) == {"Brandstetter", "Brandstadter"} and "Logistics" not in d.a.text + d.b.text
               for d in of_kind(c.differences, "name"))
    assert not [d for d in of_kind(c.differences, "name")
                if {d.a.sentence, d.b.sentence} == {"alpha:2", "beta:2"}]
