"""Quote attribution on short releases written for these tests (needs the model)."""

from __future__ import annotations

import pytest
from helpers import check_document

pytestmark = pytest.mark.model


def quotes(parser, text):
    doc = parser.parse_text(text)
    check_document(doc)
    return doc, [(q.text, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
                 for q in doc.quotes if q.kind == "direct"]  # reported speech: test_reported.py


def test_name_role_said_colon_then_quote_paragraphs(parser):
    doc, found = quotes(parser, (
        "Exampleshire Police has launched a campaign against car crime.\n\n"
        "Assistant Chief Constable Duncan Marsh, lead for Serious Crime, Exampleshire "
        "Police, said:\n\n"
        "\u201cThefts from vehicles have risen sharply this year and we want to stop it.\n\n"
        "\u201cPlease lock your car and keep valuables out of sight.\u201d\n"
    ))
    assert found == [(("Thefts from vehicles have risen sharply this year and we want to stop "
                       "it.\nPlease lock your car and keep valuables out of sight."),
                      "Duncan Marsh", "said")]
    speaker = doc.quotes[0].speaker
    assert speaker.title == "Assistant Chief Constable"
    assert speaker.role == "lead for Serious Crime"
    assert speaker.organization == "Exampleshire Police"
    assert len(doc.quotes[0].parts) == 2


def test_quote_then_name_said(parser):
    _, found = quotes(parser, '"We were lucky nobody was hurt," Sergeant Amy Cole said.')
    assert found == [("We were lucky nobody was hurt,", "Amy Cole", "said")]


def test_a_question_in_doubled_apostrophes_is_attributed_after_its_close(parser):
    # Some newspapers write a double mark as two apostrophes; the attribution
    # after the closing pair belongs to the quotation, as after a real double mark.
    _, found = quotes(parser, "''Do you want the council reading every letter?'' said Priya "
                              "Shah, a lecturer in law at Exampleton University. ''And why?''")
    assert [speaker for _, speaker, _ in found] == ["Priya Shah", "Priya Shah"]


def test_quote_then_said_name_role_at_org(parser):
    doc, found = quotes(parser, (
        "\u201cThe scheme has made a real difference to families,\u201d said Priya Shah, "
        "director of services at Exampleton Community Trust."))
    assert found[0][1:] == ("Priya Shah", "said")
    assert doc.quotes[0].speaker.organization == "Exampleton Community Trust"


def test_he_said_resolves_to_the_person_not_a_name_inside_the_quote(parser):
    _, found = quotes(parser, (
        "Detective Constable Tom Reyes led the inquiry into Martin Hale.\n\n"
        "\u201cHale preyed on vulnerable people for years,\u201d he said."))
    assert found == [("Hale preyed on vulnerable people for years,", "Tom Reyes", "said")]


def test_surname_or_rank_alone_after_an_earlier_mention(parser):
    _, found = quotes(parser, (
        "Detective Inspector Sarah Lund is leading the investigation.\n\n"
        "A man was arrested on Friday.\n\n"
        "Lund said: \u201cWe are not looking for anyone else.\u201d\n\n"
        "The detective added: \u201cThank you to everyone who came forward.\u201d"))
    assert [speaker for _, speaker, _ in found] == ["Sarah Lund", "Sarah Lund"]
    assert [cue for _, _, cue in found] == ["said", "added"]


def test_according_to(parser):
    _, found = quotes(parser, (
        "According to Chief Inspector Mark Jones, \u201cthe roads are safer than they have "
        "been for a decade.\u201d"))
    assert (found[0][1], found[0][2].lower()) == ("Mark Jones", "according to")


def test_trailing_dash_attribution(parser):
    _, found = quotes(parser, (
        "\u201cWe will keep patrolling every night until this stops.\u201d \u2013 Inspector "
        "Helen Ward, Exampleton neighbourhood team"))
    assert found[0][1:] == ("Helen Ward", "\u2013")


def test_interrupted_quotation_is_two_quotes_with_one_speaker(parser):
    _, found = quotes(parser, '"Go home," PC Lee Grant said, "and stay off the roads."')
    assert found == [("Go home,", "Lee Grant", "said"),
                     ("and stay off the roads.", "Lee Grant", "said")]


def test_new_quotation_in_the_next_paragraph_belongs_to_the_last_speaker(parser):
    _, found = quotes(parser, (
        "\u201cWe found the car within an hour,\u201d said Sergeant Nia Evans.\n\n"
        "\u201cThe driver was arrested at the scene and remains in custody.\u201d\n\n"
        "Anyone with information should call 101."))
    assert [speaker for _, speaker, _ in found] == ["Nia Evans", "Nia Evans"]


def test_spokesperson_and_organisation_speakers(parser):
    doc, _found = quotes(parser, (
        "A spokesperson for Exampleshire Fire and Rescue Service said: \u201cThe fire was "
        "started deliberately.\u201d\n\n"
        "Exampleshire Police said: \u201cTwo teenagers have been arrested in connection.\u201d"))
    first, second = doc.quotes
    assert first.speaker.kind == "description" and "spokesperson" in first.speaker.name
    assert second.speaker.kind == "organization"
    assert second.speaker.name == "Exampleshire Police"


def test_scare_quotes_titles_and_single_words_are_not_quotes(parser):
    _, found = quotes(parser, (
        "The so-called 'county lines' gangs were targeted under Operation "
        "\u201cNightjar\u201d and the \u201cSafer Streets\u201d scheme. Officers were called to "
        "the \u201cgarden\u201d area."))
    assert found == []


def test_quoted_fragment_with_a_speaker_is_a_quote(parser):
    # What the attack is called is said of it: one mixed quote with the fragment in it.
    doc = parser.parse_text(
        "Judge Helen Carr described the attack as \u201ccowardly and brutal\u201d.")
    check_document(doc)
    (quote,) = doc.quotes
    assert quote.kind == "mixed" and [f.text for f in quote.fragments] == ["cowardly and brutal"]
    assert quote.speaker is not None and quote.speaker.name == "Helen Carr"
    assert quote.cue is not None and quote.cue.text == "described"


def test_unattributed_quotation_has_no_speaker(parser):
    _doc, found = quotes(parser, (
        "Above the door, in red letters: \u201cNo entry after dark, by order of the "
        "council.\u201d"))
    assert [speaker for _, speaker, _ in found] in ([None], [])


def test_offsets_exclude_the_marks(parser):
    doc = parser.parse_text("Sergeant Amy Cole said: \u201cStay inside.\u201d")
    [quote] = doc.quotes
    assert doc.text[quote.start - 1] == "\u201c" and doc.text[quote.end] == "\u201d"
    assert doc.text[quote.start:quote.end] == quote.text == "Stay inside."


def test_name_and_any_verb_right_after_a_quotation(parser):
    _, found = quotes(parser, (
        "Councillor Maria Ortiz opened the meeting.\n\n"
        "\u201cWe will not close the library,\u201d Maria Ortiz insisted angrily.\n\n"
        "\u201cWho decided this without asking anyone?\u201d Maria Ortiz went on, "
        "pointing at the plans."))
    assert [(speaker, cue) for _, speaker, cue in found] == [("Maria Ortiz", "insisted"),
                                                             ("Maria Ortiz", "went")]


def test_short_sentence_after_a_question_is_its_attribution(parser):
    _, found = quotes(parser, (
        "Inspector Omar Haddad met residents on Tuesday.\n\n"
        "\u201cHow many more cars must be stolen before people lock their doors?\u201d "
        "he asked."))
    assert found[0][1:] == ("Omar Haddad", "asked")


def test_next_sentence_after_a_full_stop_is_not_an_attribution(parser):
    _, found = quotes(parser, (
        "\u201cThe road will stay closed until the morning while we work.\u201d "
        "Officers from Exampleshire Police remain at the scene and are asking drivers to "
        "avoid the area."))
    assert found[0][1] is None


def test_described_source_is_kept_as_written(parser):
    doc, found = quotes(parser, (
        "\u201cOur members deserve a fair settlement after two years of talks,\u201d "
        "the union wrote."))
    assert found[0][1:] == ("union", "wrote")
    assert doc.quotes[0].speaker.kind == "organization"
    assert doc.text[doc.quotes[0].speaker.start:doc.quotes[0].speaker.end] == "the union"


def test_reporting_word_inside_a_name_is_not_a_cue(parser):
    _, found = quotes(parser, (
        "Since then the United States has accepted \u201cmany more refugees than in any "
        "year before\u201d, the figures show."))
    assert all(cue != "States" for _, _, cue in found)


def test_long_apposition_with_and_before_the_verb(parser):
    _, found = quotes(parser, (
        "\u201cThe plan is sound and fully costed,\u201d Jonah Pike, director of the "
        "Exampleton Budget Centre and a lecturer at Exampleton University, said of the "
        "proposals."))
    assert found[0][1:] == ("Jonah Pike", "said")


def test_conjoined_verb_shares_the_subject(parser):
    _, found = quotes(parser, (
        "Superintendent Rosa Quinn outlined the new patrol plan and vowed to catch "
        "\u201cevery single driver who ignores the speed limits.\u201d"))
    assert found[0][1:] == ("Rosa Quinn", "vowed")


def test_words_a_group_is_known_as_in_a_place_are_a_name_not_a_quote(parser):
    doc = parser.parse_text(
        "Brothers Tom and Jack are known in the community of Northtown as \u201cThe boys "
        "in the shorts\u201d after the loss of their mother.")
    check_document(doc)
    assert doc.quotes == ()


def test_as_x_put_it_and_a_country_speaking(parser):
    _, found = quotes(parser, (
        "As Professor Lena Hart put it, the scheme was \u201ca bold idea with no money "
        "behind it at all.\u201d\n\n"
        "France insisted that the talks \u201cmust resume before the end of the month.\u201d"))
    assert [(speaker, cue) for _, speaker, cue in found] == [("Lena Hart", "put"),
                                                             ("France", "insisted")]


def test_a_document_that_reads_is_the_source(parser):
    _, found = quotes(parser, (
        "Residents sent a letter to the council in March.\n\n"
        "\u201cWe have waited three years for the crossing to be repaired,\u201d the "
        "letter reads."))
    assert found[0][1:] == ("letter", "reads")


def test_the_quotation_belongs_to_the_verb_it_hangs_from(parser):
    doc, _ = quotes(parser, (
        "Sergeant Mia Cole spoke to residents.\n\n"
        "And she said that the council\u2019s call earlier in the week to \u201cshut the "
        "park every night\u201d was a mistake."))
    # The quotation is a fragment of her reported words: a mixed quote (test_reported.py).
    (quote,) = [q for q in doc.quotes if "shut the park" in q.text]
    assert (quote.speaker.name, quote.cue.text) == ("Mia Cole", "said")


def test_participle_shares_the_subject_of_its_clause(parser):
    _, found = quotes(parser, (
        "Councillor Ben Okafor rejected the plans on Monday, calling them \u201ca waste of "
        "money that nobody in the town asked for.\u201d"))
    assert found[0][1:] == ("Ben Okafor", "calling")


def test_titles_in_headline_case_are_not_quotations(parser):
    _, found = quotes(parser, (
        "Sergeant Ana Lopes launched the \u201cSlow Down in the Villages\u201d campaign, "
        "she said.\n\n"
        "\u201cWe Are Watching Your Speed on Every Road,\u201d said Sergeant Ana Lopes, "
        "reading the new signs aloud.\n\n"
        "\u201cWe will be out every night this month,\u201d said Sergeant Ana Lopes."))
    assert [text for text, _, _ in found] == ["We will be out every night this month,"]


def test_a_role_acronym_resolves_to_the_person_who_holds_it(parser):
    doc, found = quotes(parser, (
        "Police and Crime Commissioner Jane Ashby visited the station.\n\n"
        "\u201cOur officers provide a vital service and deserve our thanks,\u201d added the "
        "PCC."))
    assert found[0][1:] == ("Jane Ashby", "added")
    assert doc.quotes[0].speaker.text == "PCC"


def test_according_to_a_described_source_and_goes_on_to_say(parser):
    _, found = quotes(parser, (
        "According to the report, \u201cthe junction has seen more crashes than any other "
        "in the county.\u201d\n\n"
        "Residents wrote to the council in May. The letter goes on to say: \u201cWe will "
        "not wait for another child to be hurt.\u201d"))
    assert [(speaker, cue.lower()) for _, speaker, cue in found] == [
        ("report", "according to"), ("letter", "say")]


def test_single_quoted_paragraphs_opened_after_a_colon(parser):
    _, found = quotes(parser, (
        "Sergeant Ola Berg, of Exampleton Community Safety Unit, said: 'Drivers who speed "
        "put themselves and everyone else at risk.\n\n"
        "'Most drivers we stopped were respecting the law, and we thank them.'"))
    assert found == [(("Drivers who speed put themselves and everyone else at risk.\nMost "
                       "drivers we stopped were respecting the law, and we thank them."),
                      "Ola Berg", "said")]


def test_tribute_introduced_by_a_heading(parser):
    _, found = quotes(parser, (
        "Tom Reed, 45, died in a collision on the B1234 on Friday.\n\n"
        "**His family have issued the following tribute:**\n\n"
        "> \"Tom was a much-loved son, brother and uncle. He loved his home.\"\n\n"
        "Ann Hale, 80, died in a second crash nearby.\n\n"
        "**A statement on behalf of the family of Ann Hale by her eldest son Mark Hale**\n\n"
        "\u201cOur mother was the kindest woman and gave her whole life to her family.\u201d"))
    assert [speaker for _, speaker, _ in found] == ["His family", "Mark Hale"]


def test_long_title_closed_by_the_name(parser):
    _, found = quotes(parser, (
        "Temporary Chief Constable of Exampleshire Police Kier Pritchard said: \u201cWe "
        "declared a major incident shortly after midnight.\u201d"))
    assert found[0][1:] == ("Kier Pritchard", "said")


def test_statement_saying_is_attributed_to_whoever_issued_it(parser):
    _, found = quotes(parser, (
        "The family of Ann Hale issued a statement saying: \u201cShe was the kindest "
        "woman we knew.\u201d"))
    assert found[0][1:] == ("family of Ann Hale", "saying")


def test_attribution_after_a_quotation_that_lacks_its_comma(parser):
    _, found = quotes(parser, (
        "\u201cThe first year has taught us a great deal about the town\u201d said PC Nia "
        "Barlow.\n\n"
        "\u201cPeople stop us in the street to say thank you\u201d added PC Omar Fenwick."))
    assert [speaker for _, speaker, _ in found] == ["Nia Barlow", "Omar Fenwick"]
    assert [cue for _, _, cue in found] == ["said", "added"]


def test_a_fragment_running_on_into_its_sentence_takes_no_speaker_from_it(parser):
    _, found = quotes(parser, (
        "The driver was \u201cweaving across both lanes of the road\u201d until officers "
        "stopped him near the bridge."))
    assert all(speaker is None for _, speaker, _ in found)


def test_quoted_words_between_a_determiner_and_its_noun_name_a_thing(parser):
    _, found = quotes(parser, (
        "Residents can use the \u2018tell us about a problem in your street\u2019 form on "
        "the website, or call 101."))
    assert found == []


def test_quoted_words_after_known_as_are_a_name(parser):
    _, found = quotes(parser, (
        "From noon on Friday the Press Office Team will be sharing information about every "
        "incident called into police, to give an insight in to the work on the last Friday "
        "before Christmas \u2013 also known as \u2018Black eye Friday\u2019."))
    assert found == []


def test_a_statement_by_someones_relatives_is_theirs_not_the_persons(parser):
    _, found = quotes(parser, (
        "Lena Marsh, 34, died in hospital after the crash.\n\n"
        "A statement written by Lena\u2019s parents, Ruth and Colin Marsh, was read out in "
        "court.\n\n"
        "\u201cWe have lost our only daughter and nothing will ever be the same again.\u201d"))
    assert found[0][1] == "Lena\u2019s parents"


def test_a_quotation_inside_a_quotation_is_its_own_with_its_own_speaker(parser):
    doc = parser.parse_text(
        "PC Dana Holt said: \"When we stopped the van the driver got out and he said "
        "'I have had too much to drink' before he sat down on the kerb.\"")
    check_document(doc)
    outer, inner = doc.quotes
    assert outer.speaker.name == "Dana Holt"
    assert inner.text == "I have had too much to drink"
    assert outer.start < inner.start < inner.end < outer.end
    assert inner.speaker.name == "driver" and inner.speaker.kind == "description"
    assert inner.cue.text == "said"
    assert inner.confidence < outer.confidence  # read inside another's words


def test_first_person_inside_a_quotation_is_the_outer_speaker(parser):
    doc = parser.parse_text(
        "Sergeant Omar Reid said: \"I told him 'put the bottle down now' and he did.\"")
    check_document(doc)
    _outer, inner = doc.quotes
    assert inner.text == "put the bottle down now"
    assert inner.speaker.name == "Omar Reid"


def test_a_pronoun_inside_a_quotation_with_no_subject_before_it_names_nobody(parser):
    doc = parser.parse_text(
        "Jo Park lives nearby.\n\n"
        "Inspector Lee Hart said: \"Then he shouted 'get away from the car' at us.\"")
    check_document(doc)
    inner = [q for q in doc.quotes if q.text == "get away from the car"]
    assert inner and inner[0].speaker is None


def test_marks_inside_a_quotation_with_no_reporting_verb_are_no_quote(parser):
    doc = parser.parse_text(
        "Ava Stone said: \"We called it the 'summer of safety' and it worked well.\"")
    check_document(doc)
    assert len(doc.quotes) == 1
