"""Who speaks: subjects through the parse, pronouns that agree, quotation order.

Every text here is written for these tests; the names are invented.
"""

from __future__ import annotations

import pytest
from helpers import check_document, parse_with_model_label

pytestmark = pytest.mark.model


def speakers(parser, text):
    doc = parser.parse_text(text)
    check_document(doc)
    direct = [q for q in doc.quotes if q.kind == "direct"]  # reported speech is tested apart
    return [(q.speaker.name if q.speaker else None) for q in direct], doc


def test_the_person_a_subject_opens_with_speaks_not_their_unit(parser):
    found, _ = speakers(parser, (
        "Constable Owen Marsh of Exampleshire Police\u2019s Roads Policing Unit said: "
        "\u201cOur thoughts are with the injured man and his family.\u201d"))
    assert found == ["Owen Marsh"]


def test_an_opening_participle_with_no_comma_is_not_the_speaker(parser):
    found, _ = speakers(parser, (
        "Commenting on the number of applications received Deputy Chief Constable Tom "
        "Arley said: \u201cWe launched our recruitment campaign in the spring.\u201d"))
    assert found == ["Tom Arley"]


def test_a_preposition_opening_the_sentence_is_never_a_speaker(parser):
    doc = parser.parse_text(
        "Alongside drugs, phones were also found which later revealed a video of one "
        "brother unpacking cannabis and claiming to be a \"top smuggler\".")
    check_document(doc)
    assert all(q.speaker is None or q.speaker.name != "Alongside" for q in doc.quotes)


def test_a_party_and_state_in_brackets_are_never_the_speaker(parser):
    found, _ = speakers(parser, "\u201cWe will win this seat,\u201d Arley (D-Vt.) said.")
    assert found[0] not in ("D", "Vt")


def test_a_name_in_apposition_to_a_long_title_speaks(parser):
    found, _ = speakers(parser, (
        "National Safety Council Lead for Water Safety, Deputy Commissioner Aled "
        "Prothero, added: \u201cEvery drowning is a tragedy we can prevent.\u201d"))
    assert found == ["Aled Prothero"]


def test_a_bodys_post_opening_the_sentence_then_the_titled_holder_speaks(parser):
    found, _ = speakers(parser, (
        "Westshire Roads Partnership Lead for Knife Crime, Inspector Graham Arley, added: "
        "\u201cPolice forces work tirelessly.\u201d"))
    assert found == ["Graham Arley"]


def test_a_statement_on_behalf_of_a_family_is_the_family_speaking(parser):
    found, doc = speakers(parser, (
        "A statement on behalf of his family said: \u201cHe was a loving son and brother "
        "and we will miss him every day.\u201d"))
    assert found == ["his family"]
    assert doc.quotes[0].speaker.kind == "description"


def test_he_continues_the_subject_of_the_sentence_before_even_a_description(parser):
    found, _ = speakers(parser, (
        "Chief Constable Ann Whitlow and Police and Crime Commissioner Rhodri Benn "
        "attended the service.\n\n"
        "The PCC thanked the families for coming. He said: \u201cWe will never forget "
        "the officers who gave their lives.\u201d"))
    assert found == ["Rhodri Benn"]


def test_he_skips_a_person_the_text_shows_is_a_woman(parser):
    found, _ = speakers(parser, (
        "Mrs Carys Lowe met Inspector Dan Price at the station on Monday.\n\n"
        "Later that day he said: \u201cWe have increased patrols in the area.\u201d"))
    assert found == ["Dan Price"]


def test_he_follows_the_main_subject_not_a_name_in_a_relative_clause(parser):
    found, _ = speakers(parser, (
        "Chief Inspector Ravi Kapoor has taken over from Chief Inspector Helen Moss, "
        "who has moved to a new role.\n\n"
        "He said: \u201cI am delighted to lead such a committed team.\u201d"))
    assert found == ["Ravi Kapoor"]


def test_it_said_resolves_to_a_body_not_a_person(parser):
    found, _ = speakers(parser, (
        "Inspector Dan Price contacted Northtown Council about the fly-tipping.\n\n"
        "Northtown Council responded quickly. It said: \u201cWe will clear the site "
        "this week.\u201d"))
    assert found == ["Northtown Council"]


def test_an_introduction_of_the_next_quotation_does_not_attribute_this_one(parser):
    found, _ = speakers(parser, (
        "Inspector Dan Price said: \u201cThe road will reopen tomorrow.\u201d\n\n"
        "\u201cWe thank drivers for their patience.\u201d Sergeant Lisa Grant said: "
        "\u201cPlease plan your journey.\u201d"))
    assert found == ["Dan Price", "Dan Price", "Lisa Grant"]


def test_paragraphs_reopened_under_heading_marks_continue_the_quotation(parser):
    found, _ = speakers(parser, (
        "#### Sergeant Lisa Grant said: \u201cA man is in hospital with serious "
        "injuries.\n\n"
        "#### \u201cWe need to hear from anyone who saw the collision.\u201d"))
    assert found and set(found) == {"Lisa Grant"}


def test_honours_after_a_titled_name_are_not_part_of_it(parser):
    found, _ = speakers(parser, (
        "**Chief Constable Mark Ellery OBE** said: \u201cI am proud of every officer "
        "recognised today.\u201d"))
    assert found == ["Mark Ellery"]


def test_people_listed_after_a_name_are_not_its_title(parser):
    _, doc = speakers(parser, (
        "Speakers included Chief Constable Ann Whitlow, Police and Crime Commissioner "
        "Rhodri Benn and the mayor.\n\n"
        "Ann Whitlow said: \u201cThe force owes these officers a great debt.\u201d"))
    whitlow = next(p for p in doc.people if p.name == "Ann Whitlow")
    assert whitlow.titles == ("Chief Constable",)


def test_boilerplate_and_title_case_headings_attribute_nothing(parser):
    found, doc = speakers(parser, (
        "Residents in Northtown have raised concerns about speeding.\n\n"
        "Advertisement - story continues below\n\n"
        "\u201cCars come through here far too fast and somebody will get hurt.\u201d\n\n"
        "Councillor Says Action Needed Now\n\n"
        "\u201cWe have asked for speed cameras on the main road twice already.\u201d"))
    assert found == [None, None]
    assert all(q.cue is None for q in doc.quotes)


def test_a_continuation_paragraph_carries_its_speakers_cue(parser):
    found, doc = speakers(parser, (
        "\u201cThe road will reopen tomorrow,\u201d said Inspector Dan Price.\n\n"
        "\u201cWe thank drivers for their patience while the work goes on.\u201d"))
    assert found == ["Dan Price", "Dan Price"]
    assert [q.cue.text if q.cue else None for q in doc.quotes] == ["said", "said"]


def test_a_subject_inside_an_earlier_quotation_never_speaks(parser):
    found, _ = speakers(parser, (
        "The inquiry is being led by Northtown Council.\n\n"
        "\u201cI make this promise to you: we will get answers,\u201d Chief Ann Pike said "
        "Monday. \u201cI want to assure everyone that nothing will be hidden.\u201d"))
    assert found == ["Ann Pike", "Ann Pike"]


def test_a_quotation_after_a_sentence_ending_in_an_attribution(parser):
    found, _ = speakers(parser, (
        "The council may wait until the review is finished, Councillor Rhys Hale said. "
        "\u201cThe other thing to consider is whether residents have been told "
        "enough.\u201d"))
    assert found == ["Rhys Hale"]


def test_a_short_reply_right_after_an_attributed_question_keeps_its_speaker(parser):
    found, _ = speakers(parser, (
        "\u201cDoes anybody know what the plan for the ward actually is?\u201d Ann Pike "
        "asked. \u201cNeither do I.\u201d"))
    assert found == ["Ann Pike", "Ann Pike"]


def test_a_fragment_inside_a_clause_is_its_subjects_words(parser):
    _, doc = speakers(parser, (
        "Senator Maria Lopez also bemoaned a political climate in which people "
        "\u201cliterally hate each other\u201d because they disagree.\n\n"
        "Governor John Smith, who has a commanding lead, mocked his rival for "
        "\u201chaving a tough night\u201d after the vote."))
    # In news, "bemoaned" and "mocked" report their object: each fragment is then part
    # of one mixed quote, and either way its speaker is the clause's subject.
    owners = {fragment: [q.speaker.name if q.speaker else None for q in doc.quotes
                         if fragment in q.text]
              for fragment in ("literally hate each other", "having a tough night")}
    assert owners == {"literally hate each other": ["Maria Lopez"],
                      "having a tough night": ["John Smith"]}


def test_a_fragment_describing_how_someone_moved_in_a_release_quotes_no_one(parser):
    doc = parser.parse_text(
        "Officers were called to a house in Northtown where Daniel Arley, 35, lived.\n\n"
        "He moved towards the sofa at the back of the room in a \"frenzied manner\" and "
        "ignored officers before pulling out a large knife.",
        metadata={"publisher": "Westshire Police"})
    check_document(doc)
    assert all(q.speaker is None for q in doc.quotes)


def test_a_label_and_colon_on_its_own_line_speaks_not_an_earlier_line(parser):
    found, _ = speakers(parser, (
        " * Cases have tripled and 239 patients are in Westshire hospital beds\n"
        " * Westshire Leaders: \u201cWestshire needs you now. We can get out of this "
        "together.\u201d"))
    assert found == ["Westshire Leaders"]


def test_a_thing_described_by_no_one_named_in_a_release_has_no_speaker(parser):
    doc = parser.parse_text(
        "Westshire Police were called. Enquiries have established that a red car, "
        "described as being \u2018old style\u2019 and possibly a Rover, was seen nearby.",
        metadata={"publisher": "Westshire Police"})
    check_document(doc)
    assert all(q.speaker is None for q in doc.quotes)


def test_a_fragment_whose_clause_names_no_one_has_no_speaker(parser):
    found, _ = speakers(parser, (
        "The old mill by the river was once known as \u201cthe heart of the valley\u201d "
        "to everyone who worked there."))
    assert found in ([], [None])


def test_the_name_after_a_verb_with_its_own_subject_is_its_object(parser):
    found, _ = speakers(parser, (
        "The mayor of the town thanked Sarah Quinn for \u201cstepping up when it "
        "mattered.\u201d"))
    assert found != ["Sarah Quinn"]


def test_a_fragment_running_on_into_its_sentence_takes_nothing_after_it(parser):
    doc = parser.parse_text(
        "Tom Vale said he was \u201ckind of riding the fence\u201d until Ann Shore said "
        "she was backing the plan.")
    check_document(doc)
    holding = [q for q in doc.quotes if "riding the fence" in doc.text[q.start:q.end]]
    assert holding
    assert all(q.speaker is not None and q.speaker.name == "Tom Vale" for q in holding)


def test_a_verb_leading_another_verb_is_not_the_cue(parser):
    doc = parser.parse_text(
        "Ruth Banks said she was certain her rival Jane Moss would continue to be "
        "\u201ca champion for the town.\u201d")
    check_document(doc)
    holding = [q for q in doc.quotes if "a champion" in doc.text[q.start:q.end]]
    assert holding  # direct, or a fragment of the mixed quote that holds it
    assert all(q.speaker is not None and q.speaker.name == "Ruth Banks" for q in holding)


def test_words_between_two_quotations_ending_in_a_comma_introduce_the_second(parser):
    doc = parser.parse_text(
        "When I wrote to Ben Hale to thank him, he replied, \u201cIt was a fine moment "
        "for the whole team.\u201d Ann Vale added, \u201cWe will remember it.\u201d")
    check_document(doc)
    first, second = [q for q in doc.quotes if q.kind == "direct"]
    assert (first.speaker.name, first.cue.text) == ("Ben Hale", "replied")
    assert (second.speaker.name, second.cue.text) == ("Ann Vale", "added")


def test_a_dash_before_a_clause_is_not_a_sign_off(parser):
    found, _ = speakers(parser, (
        "When the rally finally ended \u2014 \u201cWe will win this!\u201d \u2014 the "
        "balloons came down on the crowd."))
    assert found in ([], [None])
    found, _ = speakers(parser, "\u201cWe will find those responsible.\u201d \u2013 Jane Doe")
    assert found == ["Jane Doe"]


def test_one_of_a_group_speaks_as_that_description(parser):
    found, doc = speakers(parser, (
        "One of the witnesses said: \u201cIt happened so fast that nobody could help.\u201d"))
    assert found == ["One of the witnesses"]
    assert doc.quotes[0].speaker.kind != "person"


def test_a_description_keeps_the_participle_that_says_which_ones(parser):
    found, _ = speakers(parser, (
        "Nurses working at Northtown Hospital said: \u201cWe saw him climb the fence.\u201d"))
    assert found == ["Nurses working at Northtown Hospital"]
    found, _ = speakers(parser, (
        "A man claiming to be from the bank said: \u201cYour account has been hacked.\u201d"))
    assert found == ["man claiming to be from the bank"]
    # a participle of saying is the cue of its own words, not part of who speaks
    found, _ = speakers(parser, (
        "Residents saying \u201cenough is enough\u201d marched on the town hall."))
    assert all("saying" not in (name or "") for name in found)


def test_the_object_of_a_participle_before_the_verb_never_speaks(parser):
    # the parse may read "Police searching for ..." as a clause of its own, with
    # the missing man its object; the police speak
    found, _ = speakers(parser, (
        "Police searching for missing Richard Arley said: \u201cWe have found a body.\u201d"))
    assert found and found[0] != "Richard Arley"


def test_a_first_name_in_apposition_to_a_relative_speaks(parser):
    found, _ = speakers(parser, (
        "In a tribute, Mary\u2019s daughter, Lucy, said: \u201cShe was the most loving "
        "mother anyone could ask for.\u201d"))
    assert found == ["Lucy"]


def test_a_lone_quotation_after_a_paragraph_about_a_named_person_is_theirs(parser):
    found, _ = speakers(parser, (
        "\u201cThe plan has wide appeal,\u201d Senator Maria Lopez noted.\n\n"
        "Maria Lopez is upbeat about the chances of the plan because she sees it as a "
        "uniter.\n\n"
        "\u201cNot only can it pass, it is the one with the best chance of passing.\u201d"))
    assert found == ["Maria Lopez", "Maria Lopez"]


def test_a_lone_quotation_after_a_paragraph_about_a_charged_man_is_not_his(parser):
    found, _ = speakers(parser, (
        "Officers arrested Tom Reed, 32, on Monday.\n\n"
        "Tom Reed was charged with burglary and will appear in court.\n\n"
        "\u201cThis was a shocking crime against an elderly woman.\u201d"))
    assert found == [None]


def test_a_quoted_name_after_a_kind_of_thing_is_no_quotation(parser):
    doc = parser.parse_text(
        "Nurse Kate Byrne, who set up the online group \u2018Northtown knits for the "
        "ward\u2019, has made hundreds of hats.")
    check_document(doc)
    assert not [q for q in doc.quotes if q.kind == "direct"]


def test_a_quoted_name_opening_narrative_does_not_continue_a_quotation(parser):
    doc = parser.parse_text(
        "Inspector Dan Ward said: \u201cWe will pursue everyone involved in this trade.\u201d\n\n"
        "\u2018Safe Streets together\u2019 is the response of the force to organised crime "
        "in the county.")
    check_document(doc)
    named = [q for q in doc.quotes if q.text.startswith("Safe Streets")]
    assert all(q.speaker is None for q in named)


def test_a_passive_agent_described_as_a_role_speaks(parser):
    doc = parser.parse_text(
        "At sentencing, his actions were described by the judge as \u2018cruelty beyond "
        "any description\u2019.")
    check_document(doc)
    holding = [q for q in doc.quotes if "cruelty" in doc.text[q.start:q.end]]
    assert holding and all(q.speaker is not None and "judge" in q.speaker.name.lower()
                           for q in holding)


def test_officials_of_a_body_speak_as_a_group_not_as_the_body(parser):
    found, doc = speakers(parser, "Council officials said: \u201cWe won the vote by a mile.\u201d")
    assert found == ["Council officials"]
    assert doc.quotes[0].speaker.kind != "organization"
    found, doc = speakers(parser, (
        "Westshire Labour Party officials said: \u201cTurnout was the highest we have "
        "seen.\u201d"))
    assert found == ["Westshire Labour Party officials"]


def test_a_participle_names_no_speaker_after_it(parser):
    doc = parser.parse_text(
        "Mayor Ruth Dale gave a warm defence of \u201ccity values,\u201d saying the town "
        "embodied the \u201cheart and soul of the region.\u201d")
    check_document(doc)
    names = {q.speaker.name for q in doc.quotes if q.speaker is not None}
    assert "town" not in names and names <= {"Ruth Dale"}


def test_a_thing_is_no_speaker_for_a_participle_hung_below_it(parser):
    doc = parser.parse_text(
        "Mayor Ruth Dale argued that a register would keep people safe, saying it is "
        "\u201call about good management.\u201d")
    check_document(doc)
    holding = [q for q in doc.quotes if "management" in doc.text[q.start:q.end]]
    assert holding and all(q.speaker is None or q.speaker.name == "Ruth Dale"
                           for q in holding)


def test_an_age_description_speaks(parser):
    found, _ = speakers(parser, (
        "\u201cHe has always been a kind and generous man,\u201d said the 46-year-old. "
        "\u201cNow he will work for you.\u201d"))
    assert found == ["46-year-old", "46-year-old"]


def test_a_show_title_in_quotation_marks_is_no_quotation(parser):
    found, doc = speakers(parser, (
        "\u201cOf course we will release the records,\u201d Senator Mary Hale said on "
        "Westshire Radio\u2019s \u201cState of the County\u201d on Sunday. \u201cI have "
        "nothing to hide.\u201d"))
    assert not any(q.text == "State of the County" for q in doc.quotes)
    assert found == ["Mary Hale", "Mary Hale"]


def test_the_name_after_told_is_the_listener(parser):
    found, _ = speakers(parser, (
        "\u201cYes, I back the plan,\u201d Senator Maria Lopez, who chairs the committee, "
        "tells Westshire News in an interview."))
    assert found == ["Maria Lopez"]


def test_one_word_in_marks_inside_a_clause_is_a_scare_quote(parser):
    doc = parser.parse_text("Governor John Smith dismissed his rival as a \u201closer\u201d on Monday.")
    check_document(doc)
    assert not [q for q in doc.quotes if q.kind == "direct"]


def test_she_never_stands_for_a_thing(parser):
    doc = parser.parse_text(
        "The abuse went on for more than a year.\n\n"
        "She said: \u201cAs I got older I found it really hard to cope.\u201d")
    check_document(doc)
    assert doc.quotes and doc.quotes[0].speaker is None


def test_a_quotation_closing_a_paragraph_after_a_described_feeling(parser):
    doc = parser.parse_text(
        "Jane Arley, 45, described the relief of hearing the verdict. "
        "\u201cI felt I could breathe again, I did not have to keep looking over my "
        "shoulder.\u201d")
    check_document(doc)
    assert doc.quotes[0].speaker is not None and doc.quotes[0].speaker.name == "Jane Arley"


def test_a_quotation_after_plain_narrative_in_its_paragraph_has_no_speaker(parser):
    doc = parser.parse_text(
        "Jane Arley, 45, parked the car outside the shop. "
        "\u201cWe need to find the driver as soon as possible today.\u201d")
    check_document(doc)
    assert doc.quotes[0].speaker is None


def test_a_pronoun_after_a_clause_about_a_named_person_in_its_sentence_is_that_person(parser):
    doc = parser.parse_text(
        "Rex is a five-year-old horse from the hills.\n\n"
        "PC Jane Arley, who has been riding Rex, tells us more about him, she said: "
        "\u201cFrom the moment he arrived it was like he had always been here.\u201d")
    check_document(doc)
    assert doc.quotes[0].speaker is not None and doc.quotes[0].speaker.name == "Jane Arley"


def test_she_never_stands_for_initials(parser):
    doc = parser.parse_text(
        "CCTV shows the man leaving the shop.\n\n"
        "She said: \u201cI saw him run past the window and drive away.\u201d")
    check_document(doc)
    assert doc.quotes[0].speaker is None


def test_a_description_never_runs_back_over_a_dateline(parser):
    doc = parser.parse_text(
        "14:33 26/03/2021\n\n"
        "A Westshire Police spokesperson said: \u201cA 26-year-old man has been arrested.\u201d")
    check_document(doc)
    speaker = doc.quotes[0].speaker
    assert speaker is not None and speaker.name == "Westshire Police spokesperson"


@pytest.mark.parametrize("speakers_written", ["His mother and father", "Her daughter and wider family"])
def test_a_description_of_two_speakers_joined_by_and_is_kept_whole(parser, speakers_written):
    doc = parser.parse_text(
        f"{speakers_written} said: \u201cHe was a beautiful boy, gone but never forgotten.\u201d")
    check_document(doc)
    assert doc.quotes[0].speaker is not None
    assert doc.quotes[0].speaker.name == speakers_written


@pytest.mark.parametrize("name", ["Older but not Overlooked", "Step up for Safer Streets"])
def test_a_short_capitalised_phrase_no_one_is_said_to_say_is_a_name(parser, name):
    doc = parser.parse_text(
        f"This year the force priority is \u2018{name}\u2019 and officers will visit schools.")
    check_document(doc)
    assert not doc.quotes



def test_a_phrase_in_sentence_case_with_no_speaker_is_still_a_quotation(parser):
    doc = parser.parse_text(
        "A sign on the door read ‘Keep out of the yard after dark please’ "
        "and the shop was closed.")
    check_document(doc)
    assert doc.quotes


def test_an_introduction_carries_over_a_markup_only_paragraph(parser):
    doc = parser.parse_text(
        "His family have paid the following tribute to him:\n\n####\n\n"
        "\u201cBen was a much loved son, brother and friend to many people.\u201d")
    check_document(doc)
    assert doc.quotes[0].speaker is not None and doc.quotes[0].speaker.name == "His family"


def test_a_short_form_of_an_office_keeps_the_full_title(parser):
    doc = parser.parse_text(
        "The hub works with Westshire Police and Crime Commissioner Kathryn Ambley.\n\n"
        "Commissioner Ambley said: \u201cThe number of victims we support has grown.\u201d")
    check_document(doc)
    assert doc.quotes[0].speaker.title == "Police and Crime Commissioner"


def test_an_introduction_the_parse_runs_on_into_the_quotation_still_names_its_speaker(parser):
    doc = parser.parse_text(
        "His family have paid the following tribute to him:\n\n"
        "\u201cWe miss him every day and we always will.\u201d")
    check_document(doc)
    assert doc.quotes[0].speaker is not None and doc.quotes[0].speaker.name == "His family"


def test_a_fragment_quoted_by_who_rests_on_who_and_names_its_antecedent(parser):
    doc = parser.parse_text(
        "Jane Arley, who has long resisted the plan as \u201ca reckless gamble with "
        "our money\u201d, spoke again on Monday.")
    check_document(doc)
    speaker = doc.quotes[0].speaker
    assert speaker is not None and speaker.name == "Jane Arley"
    assert doc.text[speaker.start:speaker.end] == "who"


def test_a_view_voiced_in_a_relative_clause_is_one_mixed_quote_of_its_antecedent(parser):
    doc = parser.parse_text(
        "Jane Arley, who has long mocked the plan as \u201ca reckless gamble with "
        "our money\u201d, spoke again on Monday.")
    check_document(doc)
    (quote,) = doc.quotes
    assert quote.kind == "mixed" and quote.speaker is not None
    assert quote.speaker.name == "Jane Arley"
    assert "a reckless gamble with our money" in quote.text


@pytest.mark.parametrize("sentence", [
    "The winner of our \u2018Who would Rex find?\u2019 contest was picked on Friday.",
    "Our new \u2018Life on the beat\u2019 series follows three officers.",
])
def test_quoted_words_between_a_determiner_or_adjective_and_their_noun_name_it(parser, sentence):
    doc = parser.parse_text(sentence + ' Sergeant Amy Kerr said: "We loved every entry."')
    check_document(doc)
    assert [q.text for q in doc.quotes] == ["We loved every entry."]


def test_a_lower_case_word_in_marks_before_its_noun_is_a_scare_quote(parser):
    doc = parser.parse_text(
        'DC Owen Platt said: "He will not be back." The man admitted three thefts and '
        "four break-ins at \u2018other\u2019 premises in the town.")
    check_document(doc)
    assert [q.text for q in doc.quotes] == ["He will not be back."]


def test_a_word_in_marks_ending_a_phrase_is_still_quoted(parser):
    doc = parser.parse_text('Owen Platt called the ruling a "disgrace" yesterday.')
    check_document(doc)
    assert any("disgrace" in q.text and q.speaker and q.speaker.name == "Owen Platt"
               for q in doc.quotes)


def test_he_never_stands_for_a_woman_described(parser):
    doc = parser.parse_text(
        "An elderly woman took a call from a stranger on Monday. He said that her bank "
        'account had been hacked. DC Owen Platt said: "Never hand over cash."')
    check_document(doc)
    reported = [q for q in doc.quotes if "hacked" in q.text]
    assert reported and all(q.speaker is None or "woman" not in q.speaker.text
                            for q in reported)


def test_a_participle_after_an_object_is_the_clause_subjects(parser):
    doc = parser.parse_text(
        "Detective Superintendent David Fenwick, welcomed the campaign saying:\n\n"
        "\u201cThe effect on victims is devastating.\u201d")
    check_document(doc)
    assert doc.quotes[0].speaker.name == "David Fenwick"


def test_a_pronoun_continues_the_passive_subject_of_the_sentence_before(parser):
    # The reader's subject is the one the sentence is about, active or passive:
    # not the agent named after "by".
    doc = parser.parse_text("Jane Doe was praised by Tom Reed for her work at the shelter.\n\n"
                            'She said: "I only did what anyone would do."')
    (quote,) = doc.quotes
    assert quote.speaker is not None and quote.speaker.name == "Jane Doe"



@pytest.mark.model
@pytest.mark.parametrize("dateline", ["HARBOURTON, Ont. -", "NEW MARLOW (Wire) \u2014",
                                      "PORT ELSA, Vic. \u2013"])
def test_a_wire_dateline_is_where_the_story_was_filed_never_who_spoke(parser, dateline):
    # The parse can make the place the subject, with the speakers in apposition.
    doc = parser.parse_text("The council met on Monday.\n\n"
                            f"{dateline} Jane Doe's political allies on Monday predicted that "
                            "her party would win a landslide.")
    check_document(doc)
    dateline_end = doc.text.index(dateline) + len(dateline)
    assert [q.speaker.text for q in doc.quotes if q.speaker is not None
            and q.speaker.start < dateline_end] == []


@pytest.mark.parametrize(("after", "speaker"), [
    ("the harbourmaster pressed.", "harbourmaster"),
    ("exhorted Jane Doe, a retired ferry pilot.", "Jane Doe"),
    ("one of the skippers grumbled.", "one of the skippers"),
    ("remembered Tom Reed, the club's former treasurer.", "Tom Reed"),
])
def test_a_bare_clause_after_a_quotation_opening_its_sentence_attributes_it(
        parser, after, speaker):
    # Whatever the verb, a subject and its verb right after the quotation are
    # its attribution, in either order, as a reader takes them.
    found, _ = speakers(parser, f"The ferry stopped running in May.\n\n"
                                f"\u201cWe need the ferry back by the summer,\u201d {after}")
    assert found == [speaker]


@pytest.mark.parametrize("text", [
    # a fragment inside its sentence: the clause after it is the sentence's own
    "She called the timetable a \u201cshambles,\u201d the harbourmaster said nothing.",
    # a quotation closing its own sentence, then a sentence with an object
    "\u201cWho will pay for it?\u201d Her critics raised the question at every meeting.",
    # a new line is a new sentence
    "\u201cWe need the ferry back by the summer.\u201d\nThe crowd went quiet.",
    # the court heard the words; it did not say them
    "\u201cI will find you,\u201d the court heard.",
])
def test_a_clause_after_a_quotation_that_is_not_its_attribution_names_no_one(parser, text):
    found, _ = speakers(parser, "The ferry stopped running in May.\n\n" + text)
    assert "crowd" not in str(found) and "critics" not in str(found) \
        and "court" not in str(found) and "harbourmaster" not in str(found)


def test_a_verb_the_model_tagged_inside_a_name_still_reports(parser):
    # The model can run a name on over the verb after it ("Reed told Harbour
    # Weekly" tagged as one title); a verb with its own subject still reports.
    text = "\u201cI think the ferry matters to everyone here,\u201d Reed told Harbour Weekly."
    doc = parse_with_model_label(parser, text, "Reed told Harbour Weekly", "WORK_OF_ART")
    check_document(doc)
    assert [(q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
            for q in doc.quotes] == [("Reed", "told")]


def test_a_quoted_sentence_the_writer_runs_on_still_continues_its_speaker(parser):
    found, _ = speakers(parser, (
        "\u201cWe will fight for every job,\u201d Jane Doe told reporters. \u201cI think "
        "what voters really care about is the cost of living\u201d and the state of the roads."))
    assert found == ["Jane Doe", "Jane Doe"]


def test_a_run_on_quotation_whose_words_after_name_another_speaker_is_not_continued(parser):
    found, _ = speakers(parser, (
        "\u201cWe will fight for every job,\u201d Jane Doe told reporters. \u201cThe council "
        "invited us to talk about the plan\u201d the editor Tom Reed responded."))
    assert found[0] == "Jane Doe" and found[1] != "Jane Doe"


@pytest.mark.parametrize("hand_on", ["adding", "before adding", "and then continued"])
def test_an_attribution_that_goes_on_to_introduce_the_next_quotation_attributes_both(
        parser, hand_on):
    found, _ = speakers(parser, (
        f"\u201cThe ferry will run again,\u201d Jane Doe said, {hand_on}: "
        "\u201cWe owe the island that much.\u201d"))
    assert found == ["Jane Doe", "Jane Doe"]
