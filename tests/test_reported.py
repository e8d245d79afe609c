"""Reported speech and confidence on sentences written for these tests (needs the model)."""

from __future__ import annotations

import pytest
from helpers import check_document

from pressparse import Document, Quote, Speaker, TextInput, TextSpan
from pressparse._extract.confidence import TABLE, TRUSTED, confidence
from pressparse._extract.reported import merge_quotes


def as_release(parser, text):
    """The document ``text`` makes when a publisher issued it: a release."""
    [doc] = list(parser.parse_documents([TextInput(
        text=text, metadata={"publisher": "Northshire Police"})]))
    return doc


def reported(parser, text):
    doc = parser.parse_text(text)
    check_document(doc)
    return [(q.kind, q.text, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
            for q in doc.quotes if q.kind != "direct"]


@pytest.mark.model
def test_said_with_a_content_clause(parser):
    assert reported(parser, "Inspector Jane Doe said a man had been arrested on Friday.") == [
        ("indirect", "a man had been arrested on Friday", "Jane Doe", "said")]


@pytest.mark.model
def test_told_the_court_the_speaker_is_the_subject_not_the_addressee(parser):
    found = reported(parser, "Mary Jones told the court she had been afraid of him.")
    assert found == [("indirect", "she had been afraid of him", "Mary Jones", "told")]


@pytest.mark.model
def test_content_before_the_verb(parser):
    found = reported(parser, "A man has been charged with theft, Exampleshire Police confirmed.")
    assert found == [("indirect", "A man has been charged with theft", "Exampleshire Police",
                      "confirmed")]


@pytest.mark.model
def test_verb_inside_the_content_splits_it_into_parts(parser):
    doc = parser.parse_text("The driver, police said, was taken to hospital.")
    check_document(doc)
    (quote,) = doc.quotes
    assert quote.kind == "indirect"
    assert [p.text for p in quote.parts] == ["The driver", "was taken to hospital"]


@pytest.mark.model
def test_according_to(parser):
    found = reported(parser, "According to the council, the road will reopen next week.")
    assert found == [("indirect", "the road will reopen next week", "council", "According to")]


@pytest.mark.model
def test_impersonal_and_passive_reports_have_no_speaker(parser):
    found = reported(parser, "It is alleged that the defendant took two cars.\n\n"
                             "He was told that his licence would be revoked.")
    assert found == [("indirect", "the defendant took two cars", None, "alleged"),
                     ("indirect", "his licence would be revoked", None, "told")]


@pytest.mark.model
def test_the_court_heard_keeps_the_content_without_a_speaker(parser):
    found = reported(parser, "The court heard that the victim was struck twice.")
    assert found == [("indirect", "the victim was struck twice", None, "heard")]


@pytest.mark.model
def test_someone_hearing_something_is_not_reported_speech(parser):
    assert reported(parser, "Residents heard that the shop would close.") == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police are appealing for witnesses to come forward.",
    "Officers urged anyone with information to call 101.",
    "The investigation found the car abandoned in a field.",
    "The man pleaded guilty to two counts of burglary.",
    "Officers asked if anyone had seen the van that night.",
    "The spokesman would not say whether charges would follow.",
])
def test_appeals_findings_pleas_and_questions_are_not_reported_speech(parser, text):
    assert reported(parser, text) == []


@pytest.mark.model
def test_speech_inside_a_quotation_belongs_to_the_quotation(parser):
    doc = parser.parse_text('"He told me the car was gone," said Jane Doe.')
    assert [q.kind for q in doc.quotes] == ["direct"]


@pytest.mark.model
def test_content_quoting_a_fragment_is_mixed_with_its_fragments(parser):
    doc = parser.parse_text('Mark Smith said the plan was "dead on arrival" and would fail.')
    check_document(doc)
    (quote,) = doc.quotes  # the fragment is not also a quote of its own
    assert quote.kind == "mixed"
    assert quote.speaker is not None and quote.speaker.name == "Mark Smith"
    assert [f.text for f in quote.fragments] == ["dead on arrival"]
    assert all(doc.text[f.start:f.end] == f.text for f in quote.fragments)


@pytest.mark.model
def test_a_quotation_with_its_verb_stays_direct(parser):
    doc = parser.parse_text('Jane Doe said: "We are grateful to everyone who helped us."')
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in doc.quotes] == [
        ("direct", "Jane Doe")]


@pytest.mark.model
def test_advice_to_the_reader_is_not_reported_speech(parser):
    assert reported(parser, "If you are told that your bank account is at risk, hang up.") == []


@pytest.mark.model
def test_every_quote_has_a_confidence_in_range(parser):
    doc = parser.parse_text(
        'Inspector Jane Doe said officers were called at 9pm.\n\n'
        '"We are grateful for the help," she said.\n\nIt is alleged that the van was stolen.')
    assert len(doc.quotes) == 3
    assert all(q.confidence is not None and 0 <= q.confidence <= 1 for q in doc.quotes)
    named, unnamed = doc.quotes[0], doc.quotes[2]
    assert unnamed.speaker is None
    assert named.confidence is not None and unnamed.confidence is not None
    assert named.confidence > unnamed.confidence


def test_confidence_ranks_evidence():
    jo = Speaker(name="Jo Bell", kind="person", text="Jo Bell", start=0, end=7)
    named = confidence("direct", "same_sentence", "name", cue="said", speaker=jo)
    assert named >= TRUSTED
    assert confidence("direct", "sign_off", "name", speaker=jo) < named
    assert confidence("direct", "same_sentence", None) < TRUSTED
    assert confidence("indirect", "passive", None) < TRUSTED
    assert all(0 <= v <= 1 for v in TABLE.values())
    assert 0 <= confidence("direct", "nowhere known", "name") <= 1


def _quote(start, end, text, *, kind="direct", speaker=None, fragments=()):
    return Quote(text=text[start:end], start=start, end=end,
                 parts=(TextSpan(start=start, end=end, text=text[start:end]),),
                 speaker=speaker, kind=kind, fragments=fragments)


def test_merge_drops_a_direct_fragment_inside_a_mixed_quote_of_the_same_speaker():
    text = 'Ann Lee said the plan was "dead" and would fail.'
    ann = Speaker(name="Ann Lee", kind="person", text="Ann Lee", start=0, end=7)
    fragment = _quote(26, 30, text, speaker=ann)
    mixed = _quote(13, 47, text, kind="mixed", speaker=ann,
                   fragments=(TextSpan(start=26, end=30, text="dead"),))
    assert merge_quotes([fragment], [mixed]) == (mixed,)


def test_merge_a_named_reporters_mixed_quote_keeps_a_fragment_given_to_someone_else():
    # The subject of the verb around the fragment is surer than a guess from outside it.
    text = 'Ann Lee said the plan was "dead" and would fail.'
    ann = Speaker(name="Ann Lee", kind="person", text="Ann Lee", start=0, end=7)
    other = Speaker(name="Bo Ray", kind="person", text="Bo Ray", start=0, end=0)
    mixed = _quote(13, 47, text, kind="mixed", speaker=ann,
                   fragments=(TextSpan(start=26, end=30, text="dead"),))
    assert merge_quotes([_quote(26, 30, text, speaker=other)], [mixed]) == (mixed,)
    # So is a described reporter's ("officials said the plan was "dead""): the
    # words around the fragment are theirs.
    officials = Speaker(name="officials", kind="description", text="officials", start=0, end=9)
    vague = _quote(13, 47, text, kind="mixed", speaker=officials,
                   fragments=(TextSpan(start=26, end=30, text="dead"),))
    assert merge_quotes([_quote(26, 30, text, speaker=other)], [vague]) == (vague,)


def test_merge_keeps_a_fragment_with_a_speaker_when_the_reported_content_has_none():
    text = 'It was said the plan was "dead" and would fail.'
    other = Speaker(name="Bo Ray", kind="person", text="Bo Ray", start=0, end=0)
    unsaid = _quote(12, 46, text, kind="mixed", fragments=(TextSpan(start=25, end=29, text="dead"),))
    merged = merge_quotes([_quote(25, 29, text, speaker=other)], [unsaid])
    assert [(q.kind, q.speaker) for q in merged] == [("direct", other)]


def test_merge_leaves_out_reported_content_overlapping_a_quotation():
    text = 'She said the van "was gone by then" and left.'
    direct = _quote(18, 34, text)
    overlapping = _quote(9, 25, text, kind="indirect")
    assert merge_quotes([direct], [overlapping]) == (direct,)


def test_schema_1_0_quotes_still_read():
    data = Document(text="abc").to_dict()
    data["schema_version"] = "1.0"
    data["quotes"] = [{"text": "abc", "start": 0, "end": 3,
                       "parts": [{"text": "abc", "start": 0, "end": 3}],
                       "speaker": None, "cue": None, "kind": "direct"}]
    quote = Document.from_dict(data).quotes[0]
    assert quote.confidence is None and quote.fragments == ()


@pytest.mark.model
def test_a_title_in_marks_does_not_make_content_mixed(parser):
    found = reported(parser, 'Sergeant Ana Lopes said the "Slow Down in the Villages" campaign '
                             'would run all summer.')
    assert [kind for kind, *_ in found] == ["indirect"]


@pytest.mark.model
def test_a_view_is_reported_only_as_a_named_persons(parser):
    assert reported(parser, "Jane Doe believes the scheme will fail.") == [
        ("indirect", "the scheme will fail", "Jane Doe", "believes")]
    assert reported(parser, "We believe the car was travelling at speed.") == []


@pytest.mark.model
def test_content_and_speaker_stay_in_the_verbs_paragraph(parser):
    doc = parser.parse_text("Published 3 May\n\nOfficers said a man was arrested in the town.")
    check_document(doc)
    (quote,) = doc.quotes
    assert quote.speaker is not None and "Published" not in quote.speaker.text
    assert quote.text == "a man was arrested in the town"


@pytest.mark.model
def test_a_heading_in_title_case_reports_nothing(parser):
    assert reported(parser, "Councillor Says Action Needed Now\n\nThe road was closed.") == []


@pytest.mark.model
def test_content_ending_in_a_quoted_fragment_runs_to_the_closing_mark(parser):
    doc = parser.parse_text('Ruth Black says the library will reopen in spring and will '
                            '"welcome every reader back."')
    check_document(doc)
    (quote,) = doc.quotes
    assert quote.kind == "mixed"
    assert quote.text.endswith("welcome every reader back.")
    assert [f.text for f in quote.fragments] == ["welcome every reader back."]


@pytest.mark.model
def test_reporting_verbs_are_found_in_every_inflection(parser):
    found = reported(parser, "The mayor was predicting that the bridge would be finished by June.")
    assert found == [("indirect", "the bridge would be finished by June", "mayor", "predicting")]


def test_the_inflections_follow_english_spelling():
    from pressparse._extract.reported_cues import inflections as _inflections

    assert _inflections("agree") == {"agree", "agrees", "agreed", "agreeing"}
    assert _inflections("deny") == {"deny", "denies", "denied", "denying"}
    assert _inflections("admit") == {"admit", "admits", "admitted", "admitting"}
    assert {"said", "says", "saying"} <= _inflections("say") and "sayed" not in _inflections("say")


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker"), [
    ("Councillor Anna Berg went on to say the budget had been cut twice.", "Anna Berg"),
    ("After saying the road was unsafe, Councillor Anna Berg left the meeting early.",
     "Anna Berg"),
    ("Parents who say the school is too small will meet the board tonight.", "Parents"),
])
def test_a_verb_without_a_subject_shares_the_one_it_depends_on(parser, text, speaker):
    (found,) = reported(parser, text)
    assert found[2] == speaker


@pytest.mark.model
def test_a_described_speaker_leaves_out_its_own_relative_clause(parser):
    doc = parser.parse_text("Business leaders who say the new law is unfair will meet the mayor.")
    (quote,) = doc.quotes
    assert quote.speaker is not None and quote.speaker.text == "Business leaders"


@pytest.mark.model
def test_a_share_of_a_group_can_be_the_speaker(parser):
    (found,) = reported(parser, "Eight in 10 residents say the bus service has got worse.")
    assert found[1] == "the bus service has got worse"
    assert found[2] is not None and found[2].endswith("residents")


@pytest.mark.model
def test_a_participle_after_a_passive_report_names_nobody(parser):
    found = reported(parser, "It was later confirmed that the driver had left, claiming that "
                             "his brakes had failed.")
    assert [speaker for _, _, speaker, _ in found] == [None]


@pytest.mark.model
def test_a_clause_in_the_paragraph_before_is_not_the_content(parser):
    # The parse runs the heading into the paragraph below it and hangs the
    # heading's verb from "said" as a second clause.
    found = reported(parser, "Newspaper: Mayor used official car at weekends.\n\n"
                             "WASHINGTON (AP) — A news report published Wednesday said Deputy "
                             "Mayor Ann Lee used an official car to do some of her private "
                             "business.")
    # (the heading is the newspaper's own claim, its colon the cue: see the headline tests)
    assert [(text, speaker) for _, text, speaker, _ in found] == [
        ("Mayor used official car at weekends", "Newspaper"),
        ("Deputy Mayor Ann Lee used an official car to do some of her private business",
         "news report")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "content"), [
    ("Councillor Ann Lee urged the council to reopen the road before winter.",
     "the council to reopen the road before winter"),
    ("Jane Doe asked the council to review the plan.", "the council to review the plan"),
    ("The chief constable vowed to find those responsible for the attack.",
     "to find those responsible for the attack"),
    ("Ann Lee called on the mayor to resign over the contract.",
     "the mayor to resign over the contract"),
    ("Ann Lee is calling for the county council to take a bigger role in the scheme.",
     "the county council to take a bigger role in the scheme"),
    ("Ann Lee has called for the former leader of the council to release his diaries.",
     "the former leader of the council to release his diaries"),
])
def test_a_request_or_a_promise_reports_what_was_asked_or_promised(parser, text, content):
    (found,) = reported(parser, text)
    assert found[0] == "indirect" and found[1] == content


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Detectives are calling for witnesses to come forward.",
    "Police are calling for anyone who saw the crash to come forward.",
    "The force has called on members of the public to stay away from the area.",
    "Police warned drivers to avoid the junction until noon.",
])
def test_an_appeal_to_the_public_is_not_reported_speech(parser, text):
    assert reported(parser, text) == []


@pytest.mark.model
def test_naming_a_thing_reports_speech_even_without_marks(parser):
    found = reported(parser, "Councillor Mark Smith described the new car park as a waste of "
                             "money.")
    assert found == [("indirect", "the new car park as a waste of money", "Mark Smith",
                      "described")]


@pytest.mark.model
def test_a_second_clause_conjoined_to_the_verb_is_reported_too(parser):
    doc = parser.parse_text("Mary Jones told the court that her car was stolen in May, but the "
                            "insurer refused to pay for it.")
    check_document(doc)
    (quote,) = [q for q in doc.quotes if q.kind != "direct"]
    assert quote.text.startswith("her car was stolen")
    assert quote.text.endswith("refused to pay for it")


@pytest.mark.model
def test_a_second_reporting_verb_is_not_part_of_the_first_content(parser):
    found = reported(parser, "Ann Lee said the road would close, but she did not say when.")
    assert found[0][1] == "the road would close"


@pytest.mark.model
@pytest.mark.parametrize(("text", "content"), [
    ("The council announced a full review of the parking scheme.",
     "a full review of the parking scheme"),
    ("Councillor Ann Lee criticised the decision to close the library.",
     "the decision to close the library"),
])
def test_a_speech_act_reports_its_noun_object(parser, text, content):
    (found,) = reported(parser, text)
    assert found[1] == content


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Officers noted the registration number of the blue van.",
    "Detectives questioned the man about the burglary last night.",
    "Anyone with information should call 101 quoting incident 123 of 4 May.",
    "We are asking that people call 0800 555 111 with any information.",
    "A man had called the pensioner on her landline to say her card was blocked.",
])
def test_deeds_and_telephone_calls_are_not_reported_speech(parser, text):
    assert [k for k, _, _, cue in reported(parser, text) if cue in ("noted", "questioned",
                                                                    "call", "called")] == []


@pytest.mark.model
def test_a_study_speaks_through_its_findings(parser):
    found = reported(parser, "A survey of residents found that most of them felt safe at night.")
    assert found == [("indirect", "most of them felt safe at night", "survey of residents",
                      "found")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "content", "finder"), [
    ("Officers found that the back door had been forced open.",
     "the back door had been forced open", "Officers"),
    ("The video shows that the driver ran a red light.", "the driver ran a red light", "video"),
    ("Court records show that she backed both candidates in 2008.",
     "she backed both candidates in 2008", "Court records"),
])
def test_in_news_a_finding_stated_as_a_clause_is_reported_whoever_makes_it(
        parser, text, content, finder):
    [(kind, words, speaker, _)] = reported(parser, text)
    assert (kind, words, speaker) == ("indirect", content, finder)
    # in a publisher's own release the same words are its account of the facts
    assert as_release(parser, text).quotes == ()


@pytest.mark.model
def test_finding_a_thing_is_not_reported_speech(parser):
    assert reported(parser, "She found the keys under the mat.") == []


@pytest.mark.model
def test_knowing_is_a_view_held_by_a_named_person(parser):
    assert reported(parser, "Jane Doe knows that the scheme has failed.") == [
        ("indirect", "the scheme has failed", "Jane Doe", "knows")]
    assert reported(parser, "Police know that the van was parked there.") == []


@pytest.mark.model
def test_words_the_parse_takes_for_a_modifier_of_the_verb_are_its_subject(parser):
    # The parse makes "10" a numeric modifier of "say", leaving it no subject.
    found = reported(parser, "About 4 in 10 say they want the bus route to run later at night.")
    assert [(speaker, cue) for _, _, speaker, cue in found] == [("About 4 in 10", "say")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "It is believed the van had been parked there since Monday.",
    "It was not reported that anyone had been hurt in the fire.",
    "If officers believe someone could cause disorder, they may disperse the group.",
    "Enquiries have indicated that the suspect ran towards the station.",
])
def test_impersonal_views_negated_passives_conditions_and_inferences_report_nothing(parser,
                                                                                    text):
    assert reported(parser, text) == []


@pytest.mark.model
def test_a_report_conjoined_inside_the_content_is_its_own(parser):
    found = reported(parser, "Neighbours reported that one of the men had a cut hand and it "
                             "was later confirmed that the older man had gone to hospital.")
    assert found[0][1] == "one of the men had a cut hand"


@pytest.mark.model
def test_a_wish_or_plan_of_a_named_person_is_its_infinitive(parser):
    assert reported(parser, "Jane Doe wants to reopen the old library next spring.") == [
        ("indirect", "to reopen the old library next spring", "Jane Doe", "wants")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The family want to thank everyone who helped.",
    "The public can expect to see more patrols in the area.",
    "He has worked his way up to where he always wanted to be.",
])
def test_a_groups_wish_or_a_wish_in_a_relative_clause_is_not_reported(parser, text):
    assert reported(parser, text) == []


@pytest.mark.model
def test_a_side_taken_by_a_named_person_reports_its_object(parser):
    assert reported(parser, "Senator Ann Lee opposed the new pipeline.") == [
        ("indirect", "the new pipeline", "Ann Lee", "opposed")]
    assert reported(parser, "Jane Doe accused Mark Smith of lying to the committee.") == [
        ("indirect", "Mark Smith of lying to the committee", "Jane Doe", "accused")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Mark Smith supported the family.",     # "support" only with a named object
    "Jane Doe defended herself.",
])
def test_a_deed_is_not_a_side_taken(parser, text):
    assert reported(parser, text) == []


@pytest.mark.model
def test_a_view_held_by_a_described_group_is_reported(parser):
    assert reported(parser, "Most residents believe the plan will fail.") == [
        ("indirect", "the plan will fail", "Most residents", "believe")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Officers believe he may have information about the theft.",   # an inference
    "They thought they had been seen by a neighbour.",              # a pronoun
    "Fearing that the police had been called, the men ran off.",    # no subject of its own
])
def test_views_of_investigators_pronouns_and_participles_are_not_reported(parser, text):
    assert reported(parser, text) == []


@pytest.mark.model
def test_content_runs_to_the_end_of_its_sentence(parser):
    found = reported(parser, "Jane Doe insisted the drop was temporary, reflecting a quiet "
                             "month for the shop.")
    assert found == [("indirect", "the drop was temporary, reflecting a quiet month for the shop",
                      "Jane Doe", "insisted")]


@pytest.mark.model
def test_content_running_on_stops_at_another_attribution(parser):
    found = reported(parser, "Mark Smith said the road would reopen on Monday, unless the "
                             "weather turned, Jane Doe added.")
    assert found == [("indirect", "the road would reopen on Monday, unless the weather turned",
                      "Mark Smith", "said")]


@pytest.mark.model
def test_a_poll_finds_a_noun_phrase_too(parser):
    assert reported(parser, "The poll showed Jane Doe leading by five points after the debate.") == [
        ("indirect", "Jane Doe leading by five points after the debate", "poll", "showed")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The post-mortem examination found injuries to his head.",
    "Officers found the car abandoned in a field.",
])
def test_an_examination_or_a_search_finding_a_thing_is_not_reported(parser, text):
    assert reported(parser, text) == []


@pytest.mark.model
def test_a_poll_framing_its_clause_reports_it(parser):
    found = reported(parser, "In the latest council survey, most residents backed the new bypass.")
    assert found == [("indirect", "most residents backed the new bypass", "latest council survey",
                      "In the latest council survey")]
    assert reported(parser, "He took part in a survey of drivers last year.") == []


@pytest.mark.model
def test_naming_in_two_words_and_a_name_misread_as_a_clause(parser):
    assert reported(parser, "Senator Ann Lee called him divisive.") == [
        ("indirect", "him divisive", "Ann Lee", "called")]
    found = reported(parser, "Democrats went further, with Mark Smith calling Jane Doe a fraud.")
    assert found == [("indirect", "Jane Doe a fraud", "Mark Smith", "calling")]


@pytest.mark.model
def test_a_poll_framing_a_clause_with_its_own_reporter_leaves_it_to_that_reporter(parser):
    found = reported(parser, "In a recent study, two economists argued that cheap imports had "
                             "cost local jobs.")
    assert [speaker for _, _, speaker, _ in found] == ["two economists"]


@pytest.mark.model
def test_according_to_at_either_end_frames_the_whole_sentence(parser):
    found = reported(parser, "According to the survey, turnout rose in the north while it fell "
                             "in the south.")
    assert found == [("indirect", "turnout rose in the north while it fell in the south",
                      "survey", "According to")]
    found = reported(parser, "Turnout rose in the north, while it fell in the south, according "
                             "to the council.")
    assert found[0][1] == "Turnout rose in the north, while it fell in the south"


@pytest.mark.model
def test_a_share_of_a_group_and_those_described_speak(parser):
    assert reported(parser, "In the county, 85% of drivers said the road was unsafe.") == [
        ("indirect", "the road was unsafe", "85% of drivers", "said")]
    assert reported(parser, "By big margins, those surveyed say the bus service should come "
                            "first.") == [
        ("indirect", "the bus service should come first", "those surveyed", "say")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Officers asked the driver to stop.",                  # nobody named asks
    "Jane Doe asked anyone with information to call.",     # an appeal
])
def test_asking_to_act_is_reported_only_as_a_named_persons_request(parser, text):
    assert reported(parser, text) == []


@pytest.mark.model
def test_content_running_on_stays_in_the_verbs_own_clause(parser):
    found = reported(parser, "A week after Jane Doe announced that the road would close, it "
                             "reopened.")
    assert found == [("indirect", "the road would close", "Jane Doe", "announced")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The union did not endorse a candidate.",        # no side taken
    "Jane Doe may want to check her figures.",       # the writer's advice
    "Jane Doe wanted to thank the nurses who cared for her.",   # a motive, in the past
])
def test_denied_hypothetical_or_past_wishes_and_sides_are_not_reported(parser, text):
    assert reported(parser, text) == []


@pytest.mark.model
def test_said_a_and_said_b_is_the_first_speakers_twice(parser):
    found = reported(parser, "The deputy head of the delegation said the United States should "
                             "reduce its patrols and said any attempts to isolate the region "
                             "would fail.")
    assert [speaker for _, _, speaker, _ in found] == ["deputy head of the delegation"] * 2


@pytest.mark.model
def test_a_side_taken_on_a_name_may_be_one_word(parser):
    assert reported(parser, "Mayor Tom Reed endorsed Smith on Wednesday.") == [
        ("indirect", "Smith", "Tom Reed", "endorsed")]
    # (what the side is taken for goes with the name; when and where do not)
    assert reported(parser, "Senator Ann Lee backed Smith for the post.") == [
        ("indirect", "Smith for the post", "Ann Lee", "backed")]
    assert reported(parser, "Officers backed the car into the drive.") == []


@pytest.mark.model
def test_citing_and_referring_report_what_was_pointed_to(parser):
    assert reported(parser, "Senator Ann Lee voted against the bill, citing low growth and "
                            "rising debt.") == [
        ("indirect", "low growth and rising debt", "Ann Lee", "citing")]
    assert reported(parser, "Jane Doe referred to the new bypass as a waste of money.") == [
        ("indirect", "the new bypass as a waste of money", "Jane Doe", "referred")]
    assert reported(parser, "The case has been referred to the Crown Prosecution Service.") == []
    assert reported(parser, "Officers referred the matter to the council.") == []


@pytest.mark.model
def test_speaking_of_a_subject_reports_the_subject(parser):
    assert reported(parser, "Jane Doe warned of a ferocious battle ahead.") == [
        ("indirect", "a ferocious battle ahead", "Jane Doe", "warned")]


@pytest.mark.model
def test_arguing_about_something_is_a_deed(parser):
    assert reported(parser, "The two men argued about money before the attack.") == []


@pytest.mark.model
def test_a_clause_the_parse_hangs_above_its_reporting_verb(parser):
    found = reported(parser, "The endorsement comes just three days after Jane Doe told The "
                             "Washington Post she was “not quite there yet” on backing the "
                             "mayor, who faces a challenge.")
    assert [(kind, speaker, cue) for kind, _, speaker, cue in found] == [
        ("mixed", "Jane Doe", "told")]
    assert found[0][1].startswith("she was")


@pytest.mark.model
def test_a_question_asked_by_someone_named_is_what_they_asked(parser):
    assert reported(parser, "Senator Ann Lee asked whether the budget would pass.") == [
        ("indirect", "whether the budget would pass", "Ann Lee", "asked")]
    assert reported(parser, "Jane Doe asked what the council planned to do.") == [
        ("indirect", "what the council planned to do", "Jane Doe", "asked")]


@pytest.mark.model
def test_an_interview_question_has_no_asker_and_never_the_answerer(parser):
    found = reported(parser, "Asked about the delay to the bypass, Jane Doe said the council "
                             "had run out of money.")
    assert found == [("indirect", "the delay to the bypass", None, "Asked"),
                     ("indirect", "the council had run out of money", "Jane Doe", "said")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Officers asked if anyone had seen the white van.",
    "A neighbour who was asked where the keys were ran off.",
    "Jane Doe did not ask about the cost of the scheme.",
    "Police asked the man for his name.",
])
def test_appeals_and_questions_in_the_story_are_not_reported(parser, text):
    assert reported(parser, text) == []


@pytest.mark.model
def test_a_line_opening_with_a_named_person_and_a_colon_is_theirs(parser):
    found = reported(parser, "Doe: Budget will pass by the spring\n\n"
                             "Councillor Jane Doe spoke on Monday.")
    assert found == [("indirect", "Budget will pass by the spring", "Jane Doe", ":")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Update: The road has now reopened to traffic.\n\nThe council thanked residents.",
    "John Smith: jailed for four years for burglary.\n\nJohn Smith was sentenced.",
    "Smith: The case continues next week.\n\nJohn Smith and Mary Smith were in court.",
])
def test_labels_list_entries_and_unsure_names_before_a_colon_say_nothing(parser, text):
    assert reported(parser, text) == []


@pytest.mark.model
def test_a_noun_of_saying_reports_its_clause_for_whoever_holds_it(parser):
    assert reported(parser, "Jane Doe's claim that the budget would pass was false.") == [
        ("indirect", "the budget would pass", "Jane Doe", "claim")]
    assert reported(parser, "Councillor Jane Doe expressed concern that the road was "
                            "unsafe.") == [
        ("indirect", "the road was unsafe", "Jane Doe", "concern")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "There were concerns that the man was at risk.",
    "Nobody doubted the fear that the river would flood.",
])
def test_a_noun_of_saying_held_by_nobody_named_reports_nothing(parser, text):
    assert reported(parser, text) == []


@pytest.mark.model
def test_a_verb_spelt_like_a_noun_of_saying_is_still_a_verb(parser):
    assert reported(parser, "Jane Doe claims that the budget will pass.") == [
        ("indirect", "the budget will pass", "Jane Doe", "claims")]


@pytest.mark.model
def test_calling_for_a_course_of_action_in_a_gerund(parser):
    assert reported(parser, "Senator Ann Lee has called for scrapping the tax on fuel.") == [
        ("indirect", "scrapping the tax on fuel", "Ann Lee", "called")]


@pytest.mark.model
def test_a_figure_made_of_polls_speaks_as_a_poll(parser):
    found = reported(parser, "A Real Clear Politics average of polls shows Jane Doe leading "
                             "by two points.")
    assert [(kind, text, cue) for kind, text, _, cue in found] == [
        ("indirect", "Jane Doe leading by two points", "shows")]
    assert reported(parser, "The average speed shows the road is dangerous.") == []


@pytest.mark.model
def test_content_running_on_is_not_stopped_by_a_noun_spelt_like_a_reporting_verb(parser):
    found = reported(parser, "Polling averages show Jane Doe with a lead of four points.")
    assert [text for _, text, _, _ in found] == ["Jane Doe with a lead of four points"]


@pytest.mark.model
def test_a_named_body_takes_a_side_but_a_described_group_does_not(parser):
    assert reported(parser, "The Exampleshire County Council opposed the new bypass.") == [
        ("indirect", "the new bypass", "Exampleshire County Council", "opposed")]
    assert reported(parser, "Most residents opposed the new bypass.") == []


@pytest.mark.model
def test_pointing_to_something_is_citing_it(parser):
    assert reported(parser, "Senator Ann Lee pointed to her record on the economy.") == [
        ("indirect", "her record on the economy", "Ann Lee", "pointed")]
    assert reported(parser, "The evidence pointed to a break-in.") == []


@pytest.mark.model
def test_naming_keeps_the_words_between_the_object_and_its_name(parser):
    assert reported(parser, "Jane Doe called her vote in favour of the war a mistake.") == [
        ("indirect", "her vote in favour of the war a mistake", "Jane Doe", "called")]


@pytest.mark.model
def test_a_judgement_keeps_what_it_was_for(parser):
    assert reported(parser, "Senator Ann Lee criticised Tom Reed for his delay on the "
                            "bypass.") == [
        ("indirect", "Tom Reed for his delay on the bypass", "Ann Lee", "criticised")]


@pytest.mark.model
def test_a_document_with_a_publisher_is_scored_as_a_release(parser):
    # The same words read from the release cells when the document names who issued it,
    # from the news cells when nothing does.
    text = ('A van was stolen from a driveway on Elm Road overnight.\n\n'
            '"We would ask anyone who saw it to get in touch," Sergeant Ola Nwosu said.')
    [news] = [q for q in parser.parse_text(text).quotes if q.kind == "direct"]
    [release] = next(iter(parser.parse_documents([TextInput(
        text=text, metadata={"publisher": "Northshire Police"})]))).quotes
    assert news.speaker is not None and release.speaker is not None
    assert news.speaker.name == release.speaker.name == "Ola Nwosu"
    expected = {flag: confidence("direct", "same_sentence", "name", cue="said",
                                 speaker=news.speaker, release=flag) for flag in (False, True)}
    assert news.confidence == expected[False] and release.confidence == expected[True]
    assert release.confidence >= TRUSTED


@pytest.mark.model
def test_mostly_quoted_content_with_a_clause_of_the_writers_own_is_mixed(parser):
    doc = parser.parse_text(
        'Jane Doe wrote that the plan was "a waste of money from start to finish".')
    check_document(doc)
    (quote,) = doc.quotes
    assert (quote.kind, quote.speaker.name, quote.cue.text) == ("mixed", "Jane Doe", "wrote")
    assert quote.text.startswith("the plan was")
    assert [f.text for f in quote.fragments] == ["a waste of money from start to finish"]


@pytest.mark.model
def test_a_quotation_introduced_by_a_reporting_verb_stays_direct(parser):
    doc = parser.parse_text('Jane Doe said: "We are ready for whatever comes next."')
    check_document(doc)
    assert [q.kind for q in doc.quotes] == ["direct"]


@pytest.mark.model
def test_a_described_group_backing_someone_named_takes_a_side(parser):
    assert reported(parser, "About six in 10 voters backed Mark Smith in the primary.") == [
        ("indirect", "Mark Smith", "About six in 10 voters", "backed")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Most residents opposed the bypass.",          # not someone named: a summary
    "Officers supported Mark Smith's family.",     # the investigators, and a deed
    "They backed Mark Smith.",                     # a pronoun, not a described group
])
def test_a_group_side_needs_a_described_group_and_a_name(parser, text):
    assert reported(parser, text) == []


@pytest.mark.model
def test_a_group_side_inside_a_finding_is_the_findings(parser):
    found = reported(parser, "A poll found that most voters backed Mark Smith.")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [("indirect", "poll")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "content"), [
    ("The new ferry service seemed to be losing money by the spring.",
     ["The new ferry service", "to be losing money by the spring"]),
    ("The county council is expected to approve the budget next week.",
     ["The county council", "to approve the budget next week"]),
    # a pronoun subject is the writer's impression of the person, like a name
    ("He seemed to be confused by the new timetable.",
     ["He", "to be confused by the new timetable"]),
    # a bare predicate the parse takes for a clause, and a relative clause's hedge
    ("While the controversy burned, the campaign team appeared paralyzed.",
     ["the campaign team", "paralyzed"]),
    ("The mayor, who seemed unsure of the figures, left early.",
     ["who", "unsure of the figures"]),
])
def test_a_hedge_in_news_is_a_view_nobody_is_named_as_holding(parser, text, content):
    doc = parser.parse_text(text)
    check_document(doc)
    (quote,) = doc.quotes
    assert (quote.kind, quote.speaker) == ("indirect", None)
    assert [p.text for p in quote.parts] == content


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "It seems that the road will stay shut.",            # no one, not even a subject
    "Jane Doe said the plan seemed to be failing.",      # inside another attribution
])
def test_what_is_not_a_hedge(parser, text):
    doc = parser.parse_text(text)
    assert not [q for q in doc.quotes if q.cue is not None and q.cue.text in ("seemed", "seems")]


@pytest.mark.model
def test_a_release_states_its_schedule_not_a_hedge(parser):
    text = "The man is expected to appear at Northshire Magistrates' Court on Friday."
    doc = as_release(parser, text)
    assert doc.quotes == ()


@pytest.mark.model
def test_a_finding_in_a_release_is_its_account_but_news_reports_it(parser):
    text = "A post mortem examination found that he died of head injuries."
    doc = as_release(parser, text)
    assert doc.quotes == ()
    # in news the same words report what the examination found
    assert reported(parser, text) == [
        ("indirect", "he died of head injuries", "post mortem examination", "found")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Further enquiries revealed that the car had been stolen.",
    "A post mortem examination concluded that he died of head injuries.",
])
def test_what_an_inquiry_revealed_in_a_release_is_its_account(parser, text):
    doc = as_release(parser, text)
    assert doc.quotes == ()


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A man who failed to tell police he was staying at a new address has been jailed.",
    "He could not explain why he was carrying a baseball bat in his car.",
    "Some victims have felt unable to let us know they are in danger.",
])
def test_a_report_of_nothing_said_in_a_release_is_no_reported_speech(parser, text):
    doc = as_release(parser, text)
    assert doc.quotes == ()


@pytest.mark.model
def test_a_report_in_a_clause_beside_having_is_still_reported(parser):
    doc = as_release(parser, "Tom Arley was outside the hospital having a cigarette when "
                             "security told him that smoking was not allowed.")
    assert [q.text for q in doc.quotes] == ["smoking was not allowed"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "He became angry and threatened to pull a knife on them.",
    "The woman pulled her arm away and told the man to leave.",
    "Officers are urging her to contact Northshire Police on 101.",
    "Officers crushed the car as they pledge to crack down on rural crime.",
    "Detective Inspector Jo Arley wants to speak to anyone who knew her.",
])
def test_a_threat_an_order_or_an_aim_in_a_release_is_an_act_not_words(parser, text):
    doc = as_release(parser, text)
    assert [q for q in doc.quotes if q.kind != "direct"] == []


@pytest.mark.model
def test_a_pledge_in_news_is_still_reported(parser):
    assert [q[0] for q in reported(parser, "The minister vowed to find those responsible.")] \
        == ["indirect"]


@pytest.mark.model
def test_what_a_person_revealed_in_a_release_is_still_reported(parser):
    doc = as_release(parser, "Tom Arley revealed that he had been threatened.")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in doc.quotes] == [
        ("he had been threatened", "Tom Arley")]


@pytest.mark.model
def test_expected_to_say_is_the_speakers_future_statement(parser):
    assert reported(parser, "Jane Doe is expected to say that the library will reopen.") == [
        ("indirect", "the library will reopen", "Jane Doe", "say")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Jane Doe's warning on Monday that the bridge was unsafe went unheeded.",
    "Councillors ignored a warning from Jane Doe that the bridge was unsafe.",
])
def test_a_noun_of_saying_with_its_time_or_its_holder_after_it(parser, text):
    found = reported(parser, text)
    assert [(content, speaker) for _, content, speaker, _ in found] == [
        ("the bridge was unsafe", "Jane Doe")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Asked whether the bridge should close, most residents said yes.", "yes",
     "most residents"),
    ("Councillor Jane Doe said no.", "no", "Jane Doe"),
    ("Three in 10 voters said the same of Mark Smith.", "the same of Mark Smith",
     "Three in 10 voters"),
])
def test_an_answer_in_a_word_is_what_was_said(parser, text, content, speaker):
    found = [(c, s) for kind, c, s, cue in reported(parser, text) if cue == "said"]
    assert found == [(content, speaker)]


@pytest.mark.model
def test_an_answer_withheld_is_not_reported(parser):
    assert reported(parser, "Mark Smith did not say so.") == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Most voters would hope that the bypass is finished before the winter.",
    "If the deal stalls, Jane Doe could threaten to close the plant.",
])
def test_a_view_or_promise_under_would_or_could_is_supposed_not_held(parser, text):
    assert reported(parser, text) == []


@pytest.mark.model
def test_a_view_held_now_is_still_reported(parser):
    found = reported(parser, "Jane Doe hopes that the bypass is finished before the winter.")
    assert [(c, s) for _, c, s, _ in found] == [
        ("the bypass is finished before the winter", "Jane Doe")]


@pytest.mark.model
def test_an_analysis_showing_a_state_of_things_is_its_finding(parser):
    found = reported(parser, "A new analysis of campaign filings shows Democratic groups "
                             "outpacing Republicans in recent weeks.")
    assert [(c, cue) for _, c, _, cue in found] == [
        ("Democratic groups outpacing Republicans in recent weeks", "shows")]


@pytest.mark.model
def test_a_search_showing_a_thing_is_no_finding(parser):
    assert reported(parser, "The search showed a knife hidden under the seat.") == []


@pytest.mark.model
def test_a_named_persons_wish_for_a_thing(parser):
    assert reported(parser, "Councillor Jane Doe wants a public inquiry into the closure.") == [
        ("indirect", "a public inquiry into the closure", "Jane Doe", "wants")]


@pytest.mark.model
def test_what_a_share_of_a_group_wants_is_reported(parser):
    found = reported(parser, "Most Democrats want a continuation of the current policies.")
    assert [(c, s) for _, c, s, _ in found] == [
        ("a continuation of the current policies", "Most Democrats")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The family want privacy at this difficult time.",   # the writer's summary
    "Residents want the road reopened.",                 # a group, not a share of one
    "He wanted a lift home.",                            # a past want: why someone acted
])
def test_a_want_that_is_not_reported(parser, text):
    assert reported(parser, text) == []


@pytest.mark.model
def test_a_question_a_pronoun_asks_in_news_is_the_askers(parser):
    found = reported(parser, "Senator Ann Lee spoke in Leeds on Monday. "
                             "She asked whether the budget would pass before the summer.")
    assert [(c, s, cue) for _, c, s, cue in found] == [
        ("whether the budget would pass before the summer", "Ann Lee", "asked")]


@pytest.mark.model
def test_a_question_a_pronoun_asks_in_a_release_is_an_event(parser):
    text = ("Jo Vale was arrested on Monday. He asked whether the shop had any cigarettes "
            "before he threatened staff.")
    doc = as_release(parser, text)
    assert [q for q in doc.quotes if q.cue is not None and q.cue.text == "asked"] == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "content"), [
    ("Jane Doe has called for the council's budget to be cut even harder than before.",
     "the council's budget to be cut even harder than before"),
    ("Jane Doe called out her rival Mark Smith for alienating voters.",
     "her rival Mark Smith for alienating voters"),
])
def test_calling_for_a_passive_and_calling_someone_out(parser, text, content):
    assert reported(parser, text) == [("indirect", content, "Jane Doe", "called")]


@pytest.mark.model
def test_calling_out_a_service_is_no_charge(parser):
    assert reported(parser, "Officers called out the fire brigade to the blaze.") == []


@pytest.mark.model
def test_seeing_a_thing_as_something_is_a_view(parser):
    found = reported(parser, "Four in 10 voters see the campaign of Mark Smith as the most unfair.")
    assert found == [("indirect", "the campaign of Mark Smith as the most unfair",
                      "Four in 10 voters", "see")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Officers saw the car in the lane.",                              # no "as": a sighting
    "The summer will see five crime prevention workshops take place.",  # an event to come
    "They see the party as too timid.",                               # a pronoun
])
def test_seeing_that_is_no_view(parser, text):
    assert reported(parser, text) == []


@pytest.mark.model
def test_endorsing_a_party_is_a_side_taken(parser):
    found = reported(parser, "Councillor Jane Doe endorsed the Green Party on Monday.")
    assert [(c, s, cue) for _, c, s, cue in found] == [
        ("the Green Party", "Jane Doe", "endorsed")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "content", "cue"), [
    ("Councillor Ann Patel voiced concern over the cuts to the library service.",
     "concern over the cuts to the library service", "voiced"),
    ("The mayor, Tom Reed, hailed the ruling as a victory for tenants.",
     "the ruling as a victory for tenants", "hailed"),
    ("Senator Ruth Alder dismissed the claims about her campaign funds.",
     "the claims about her campaign funds", "dismissed"),
])
def test_a_view_voiced_reports_its_object_in_news(parser, text, content, cue):
    found = reported(parser, text)
    assert [(kind, words, said) for kind, words, _, said in found] == [
        ("indirect", content, cue)]
    assert found[0][2] is not None


@pytest.mark.model
def test_a_view_voiced_in_a_release_is_a_deed_not_an_attribution(parser):
    doc = as_release(parser, "Inspector Ann Patel thanked the public for their help and "
                             "highlighted the dangers of speeding.")
    assert [q for q in doc.quotes if q.kind != "direct"] == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The minister released a statement on the flooding.", "a statement on the flooding"),
    ("Dr Lena Ortiz published a report on housing.", "a report on housing"),
    ("The governor released the prisoners early.", None),
    ("The council issued a fine to the landlord.", None),
])
def test_putting_out_a_document_reports_it_but_releasing_a_person_does_not(
        parser, text, expected):
    found = [words for _, words, _, _ in reported(parser, text)]
    assert found == ([expected] if expected else [])


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Mayor Dan Frost questioned the decision to close the pool.",
     "the decision to close the pool"),
    ("Detective Sam Hale questioned the driver at the scene.", None),
    ("The chair, Joan Marsh, laid out her plan for the budget.", "her plan for the budget"),
    ("The mayor, Tom Reed, laid a wreath at the memorial.", None),
])
def test_questioning_and_laying_out_need_the_right_object(parser, text, expected):
    found = [words for _, words, _, _ in reported(parser, text)]
    assert found == ([expected] if expected else [])


@pytest.mark.model
@pytest.mark.parametrize(("text", "content"), [
    ("Senator Ruth Alder declined to comment on the report.", "to comment on the report"),
    ("Mayor Dan Frost refused to say whether the pool would reopen.",
     "to say whether the pool would reopen"),
])
def test_declining_to_say_reports_what_was_not_said(parser, text, content):
    assert [(words, cue) for _, words, _, cue in reported(parser, text)] == [
        (content, text.split()[3])]


@pytest.mark.model
def test_refusing_a_deed_is_not_reported_speech(parser):
    assert reported(parser, "The man refused to leave the shop when staff asked him.") == []


@pytest.mark.model
def test_talking_about_a_subject_reports_the_subject_in_news_only(parser):
    text = "Senator Ruth Alder talked about her childhood in a mining town."
    assert [(words, who) for _, words, who, _ in reported(parser, text)] == [
        ("her childhood", "Ruth Alder")]
    assert reported(parser, "Senator Ruth Alder spoke to reporters on Monday.") == []
    doc = as_release(parser, "Jane Doe spoke about her ordeal at the hearing.")
    assert [q for q in doc.quotes if q.kind != "direct"] == []


@pytest.mark.model
def test_reportedly_hedges_a_clause_with_no_speaker(parser):
    doc = parser.parse_text("The mayor reportedly considered a run for governor next year.")
    check_document(doc)
    (quote,) = doc.quotes
    assert (quote.kind, quote.speaker, quote.cue.text) == ("indirect", None, "reportedly")
    assert [p.text for p in quote.parts] == ["The mayor", "considered a run for governor next year"]
    # Inside another attribution the adverb is part of what the speaker said.
    doc = parser.parse_text("Police said the money was allegedly moved abroad.")
    assert [q.speaker.name for q in doc.quotes] == ["Police"]


@pytest.mark.model
def test_a_name_the_parse_hangs_elsewhere_is_still_the_subject(parser):
    # The parse reads the name as conjoined with "unrest", leaving "said" no subject.
    text = ("Amid unrest in Nevada, Senator Harry Reid, the minority leader, said that he "
            "spoke with the mayor on Tuesday and that the mayor faced a test.")
    found = reported(parser, text)
    assert [(who, cue) for _, _, who, cue in found] == [("Harry Reid", "said")]


@pytest.mark.model
def test_a_headline_after_a_body_and_a_colon_is_the_bodys_in_news(parser):
    text = ("The Daily Courier reported on the race.\n\n"
            "Daily Courier: Mayor Jane Doe to stand down after six years\n\nMore follows.")
    found = reported(parser, text)
    assert ("indirect", "Mayor Jane Doe to stand down after six years", "Daily Courier",
            ":") in found


@pytest.mark.model
def test_an_aside_with_as_reports_the_clause_it_is_attached_to(parser):
    found = reported(parser, "But as Clyburn noted, those voters will give Sanders a second "
                             "look if he starts winning.")
    said = "those voters will give Sanders a second look if he starts winning"
    assert found == [("indirect", said, "Clyburn", "noted")]
    # "as" giving a reason, with a complement of its own, is no aside.
    assert reported(parser, "Wipe away any suction marks as these could suggest to a thief "
                            "that a sat nav is stored in your car.") == []


@pytest.mark.model
def test_a_clause_parsed_as_the_object_of_say_is_what_was_said(parser):
    # The parse takes "families ..." for the object of "said" and "file" for a noun.
    found = reported(parser, "The candidate said families of people killed by police file "
                             "lawsuits.")
    assert [(words, cue) for _, words, _, cue in found] == [
        ("families of people killed by police file lawsuits", "said")]
    assert reported(parser, "Jane Doe said a short prayer for the family.") == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Ruth Alder offered an emotional assessment of the state of politics.",
     "an emotional assessment of the state of politics"),
    ("Mayor Tom Reed blasted the council over its delay.", "the council over its delay"),
    ("The firm offered a reward for information.", None),
    ("Mayor Tom Reed offered him a lift home.", None),
])
def test_offering_a_view_is_reported_but_offering_a_thing_is_not(parser, text, expected):
    found = [words for _, words, _, _ in reported(parser, text)]
    assert found == ([expected] if expected else [])


@pytest.mark.model
@pytest.mark.parametrize(("text", "own_words"), [
    # the parse may hang the quoted name inside a long object: the object is the naming
    (("The mayor called the idea that the bridge could open in spring a \u201cfantasy,\u201d "
      "then left."), "the idea that the bridge could open in spring"),
    # a naming is said of its object, however short the writer's own words
    ("The senator called it a \u201cdisgrace.\u201d", "it"),
])
def test_what_a_thing_is_called_in_quotation_marks_is_one_mixed_quote(parser, text, own_words):
    doc = parser.parse_text(text)
    check_document(doc)
    mixed = [q for q in doc.quotes if q.kind == "mixed"]
    assert len(mixed) == 1 and mixed[0].text.startswith(own_words)
    assert mixed[0].speaker is not None and mixed[0].cue is not None
    assert mixed[0].cue.text == "called" and len(mixed[0].fragments) == 1
    assert not [q for q in doc.quotes if q.kind == "direct"]  # the fragment is inside it


@pytest.mark.model
def test_a_view_stated_in_a_that_clause_is_reported_whatever_the_word(parser):
    # "confident" is in no list of reporting verbs: its "that" clause is the view
    text = "Jane Doe is confident that the plan will work by the summer."
    (quote,) = parser.parse_text(text).quotes
    assert (quote.kind, quote.text) == ("indirect", "the plan will work by the summer")
    assert quote.speaker is not None and quote.speaker.name == "Jane Doe"
    # a copula's or "means" clause is the writer's reasoning, not anyone's view
    for plain in ("The problem is that the road is closed for the winter.",
                  "That means that the council must pay for the repairs.",
                  "The storm meant that the ferry could not sail.",
                  # a clause of result: "so long that"
                  "The queues were so long that the shop closed early."):
        assert parser.parse_text(plain).quotes == ()
    # and in a publisher's own release only the reporting words report
    assert as_release(parser, text).quotes == ()


@pytest.mark.model
def test_a_news_headline_after_a_source_noun_and_a_colon_is_what_it_found(parser):
    text = ("Poll: Mayor Holds Big Lead Over Rivals in the North\n\n"
            "A new survey of 800 voters was published on Monday by the university.")
    (quote,) = parser.parse_text(text).quotes
    assert quote.text == "Mayor Holds Big Lead Over Rivals in the North"
    assert quote.speaker is not None and quote.speaker.text == "Poll"
    assert quote.cue is not None and quote.cue.text == ":"
    # a page label is no source: "Update:" says nothing
    label = "Update: Road Reopens After Crash\n\nThe road was closed for two hours."
    assert parser.parse_text(label).quotes == ()


@pytest.mark.model
def test_a_news_headline_that_goes_on_in_quotation_marks_is_the_named_persons_quote(parser):
    text = ("Sanders: \u2018We Will Win This Primary.\u2019\n\n"
            "Senator Bernie Sanders spoke to students in Iowa on Monday. He was in good spirits.")
    (quote,) = parser.parse_text(text).quotes
    assert (quote.kind, quote.text) == ("direct", "We Will Win This Primary.")
    assert quote.speaker is not None and quote.speaker.name == "Bernie Sanders"


@pytest.mark.model
def test_a_news_headline_in_title_case_reports_but_a_release_heading_does_not(parser):
    text = ("Councillor Says Bypass Plan Will Go Ahead\n\n"
            "Councillor Jane Doe told a meeting on Monday that work would start soon.")
    assert [q[1] for q in reported(parser, text) if q[3] == "Says"] == [
        "Bypass Plan Will Go Ahead"]
    # in a publisher's own release a title-case line is its heading
    assert not [q for q in as_release(parser, text).quotes
                if q.cue is not None and q.cue.text == "Says"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "content"), [
    # what a side is taken on goes on in the verb's prepositions after its object
    ("Senator Jane Doe defended the mayor against the charges of fraud.",
     "the mayor against the charges of fraud"),
    ("Councillor Bo Ray blamed the council for the delay to the bypass.",
     "the council for the delay to the bypass"),
])
def test_a_side_taken_keeps_what_the_verb_goes_on_to_say_of_its_object(parser, text, content):
    found = reported(parser, text)
    assert [q[1] for q in found] == [content]


@pytest.mark.model
def test_a_side_taken_in_a_relative_clause_may_be_one_name(parser):
    # "who endorsed Smith": the subject is the noun the clause describes, and a
    # side on a name is said in the name, whatever route found the speaker
    text = ("Former candidate Jane Doe, who on Tuesday endorsed Smith, said on Wednesday "
            "that she agrees with the judge.")
    found = reported(parser, text)
    assert ("indirect", "Smith", "Jane Doe", "endorsed") in found
    # in a publisher's release support given through another verb is a deed
    release = as_release(parser, "Our Community Team were proud to support the Westbridge "
                                 "Festival at the weekend.")
    assert release.quotes == ()


@pytest.mark.model
def test_a_that_clause_the_parse_hangs_on_a_phrase_after_the_verb_is_its_content(parser):
    text = ("Councillor Jane Doe said on Friday during a news conference that she may "
            "stand for mayor next year.")
    found = reported(parser, text)
    assert ("indirect", "she may stand for mayor next year", "Jane Doe", "said") in found
    # a real relative clause, whose "that" is its subject, is no content
    plain = reported(parser, "Jane Doe spoke at a meeting that lasted two hours.")
    assert not [q for q in plain if q[3] == "spoke"]


@pytest.mark.model
def test_a_share_set_against_another_takes_its_own_side(parser):
    found = reported(parser, "Most voters backed Jane Doe, while a third of students backed "
                             "Tom Reed.")
    assert [(words, speaker) for _, words, speaker, _ in found] == [
        ("Jane Doe", "Most voters"), ("Tom Reed", "a third of students")]
