"""A speaker's title, role and organisation, and the publisher (needs the model).

Every text here is written for these tests; the names are invented.
"""

from __future__ import annotations

import pytest
from helpers import check_document

pytestmark = pytest.mark.model


def speaker_of(parser, text, metadata=None):
    doc = parser.parse_text(text, metadata=metadata)
    check_document(doc)
    assert doc.quotes, "no quote found"
    return doc, doc.quotes[0].speaker


def test_unit_words_before_a_rank_are_part_of_the_title(parser):
    _, speaker = speaker_of(parser, (
        "\u201cThis was a reckless piece of driving,\u201d said Roads Policing Sergeant "
        "Tom Hale of Exampleshire Police."))
    assert speaker.name == "Tom Hale"
    assert speaker.title == "Roads Policing Sergeant"
    assert speaker.organization == "Exampleshire Police"


def test_an_office_for_a_place_before_the_name_keeps_the_name_whole(parser):
    _, speaker = speaker_of(parser, (
        "Police and Crime Commissioner for Northshire and Westbury Alan Brightwell said: "
        "\u201cThis funding will make our roads safer.\u201d"))
    assert speaker.name == "Alan Brightwell"
    assert speaker.title == "Police and Crime Commissioner for Northshire and Westbury"


def test_the_police_station_an_officer_is_based_at_is_no_organisation(parser):
    _, speaker = speaker_of(parser, (
        "Westshire Police is appealing for witnesses. PC Tom Arley, based at Northtown "
        "police station, said: \u201cWe want to hear from anyone who saw the car.\u201d"),
        metadata={"url": "https://www.westshire.police.uk/news/appeal-after-crash"})
    assert speaker.name == "Tom Arley"
    assert speaker.organization == "Westshire Police"
    assert speaker.organization_inferred


def test_an_officer_for_a_bodys_unit_belongs_to_the_unit(parser):
    _, speaker = speaker_of(parser, (
        "Police Scotland is appealing for witnesses. Sergeant Tom Kestrel for Police "
        "Scotland\u2019s Road Policing Unit said: \u201cEnquiries are ongoing.\u201d"))
    assert speaker.name == "Tom Kestrel"
    assert speaker.organization == "Road Policing Unit"


def test_a_unit_of_our_own_is_named_as_the_speakers_body(parser):
    _, speaker = speaker_of(parser, (
        "Jo Amberley, from our Economic Crime Unit, said: \u201cThere has been a rise in "
        "scammers targeting older residents.\u201d"))
    assert speaker.organization == "Economic Crime Unit"


def test_head_of_a_department_is_a_role_not_a_title(parser):
    _, speaker = speaker_of(parser, (
        "Tom Dunmore, Head of Investigations at the RSPB, said: \u201cThis was a cruel "
        "crime against wildlife.\u201d"))
    assert (speaker.title, speaker.role) == (None, "Head of Investigations")
    assert speaker.organization == "RSPB"


def test_a_rank_written_in_lower_case_before_a_name_is_its_title(parser):
    _, speaker = speaker_of(parser, (
        "Police community support officer Jo Fenwick said: \u201cWe are delighted to be "
        "running a week of action in the town.\u201d"))
    assert speaker.name == "Jo Fenwick"
    assert speaker.title == "Police community support officer"


def test_a_post_held_in_a_body_opening_the_sentence_gives_role_and_body(parser):
    _, speaker = speaker_of(parser, (
        "Deputy Commander for the South Westshire Neighbourhood Policing team, Sergeant "
        "Kelly Arley, said: \u201cIt is easy to overlook these crimes.\u201d"))
    assert speaker.name == "Kelly Arley"
    assert (speaker.title, speaker.role) == ("Sergeant", "Deputy Commander")
    assert speaker.organization == "South Westshire Neighbourhood Policing team"


def test_the_body_stated_after_the_name_wins_over_words_before_the_title(parser):
    _, speaker = speaker_of(parser, (
        "Traffic Police Community Support Officer, Mark Kestrel of GMP said: \u201cTyres "
        "are the only thing that connects your car to the road.\u201d"))
    assert speaker.name == "Mark Kestrel"
    assert speaker.organization == "GMP"


def test_where_a_unit_works_is_no_part_of_its_name(parser):
    _, speaker = speaker_of(parser, (
        "Chief Inspector Tom Arley, Head of the Alliance Road Policing team across "
        "Westshire Police and Eastshire Police, said: \u201cThis is vital.\u201d"))
    assert speaker.organization == "Alliance Road Policing team"


@pytest.mark.parametrize("title", ["Imam", "Rabbi", "Pastor"])
def test_a_religious_title_before_a_name_is_its_title(parser, title):
    _, speaker = speaker_of(parser, (
        f"{title} Tom Fenwick said: \u201cWe stand together with our neighbours.\u201d"))
    assert (speaker.name, speaker.title) == ("Tom Fenwick", title)


def test_a_body_then_a_post_between_commas_before_the_name(parser):
    # the parse reads the body, the post and the name as a list; the name still speaks
    _, speaker = speaker_of(parser, (
        "Westshire Fire & Rescue Service, Prevention Crew Manager, Matthew Arley said: "
        "\u201cSlow down on these roads.\u201d"))
    assert speaker.name == "Matthew Arley"
    assert speaker.title == "Prevention Crew Manager"
    assert speaker.organization == "Westshire Fire & Rescue Service"
    assert not speaker.organization_inferred
    _, speaker = speaker_of(parser, (
        "Westshire Safer Communities, Chief Inspector, Sarah Amberley said: "
        "\u201cWe will act on every report.\u201d"))
    assert (speaker.name, speaker.title) == ("Sarah Amberley", "Chief Inspector")
    assert speaker.organization == "Westshire Safer Communities"


def test_of_two_posts_in_a_long_apposition_the_rank_is_the_title(parser):
    _, speaker = speaker_of(parser, (
        "Rachel Dunmore, Westshire\u2019s deputy chief constable and chair of the group of "
        "public sector bodies leading the response to the outbreak in the county, said: "
        "\u201cPeople here have made great sacrifices.\u201d"))
    assert speaker.name == "Rachel Dunmore"
    assert speaker.title == "deputy chief constable"
    assert speaker.role is None


def test_a_unit_named_in_lower_case_after_of_or_from_is_the_body(parser):
    _, speaker = speaker_of(parser, (
        "Westshire Police is appealing for witnesses. Police Constable Andy Arley, of the "
        "traffic unit, said: \u201cWe are carrying out a full investigation.\u201d"))
    assert (speaker.organization, speaker.organization_inferred) == ("traffic unit", False)
    _, speaker = speaker_of(parser, (
        "Detective Sergeant Nick Fenwick, from our homicide team, said: "
        "\u201cMy thoughts are with the family.\u201d"))
    assert speaker.organization == "homicide team"
    # a unit with no kind of its own ("the team") names no body
    _, speaker = speaker_of(parser, (
        "PC Jo Kestrel, of the team, said: \u201cWe are investigating.\u201d"))
    assert speaker.organization != "team"


@pytest.mark.parametrize(("written", "meant"), [
    ("Chief Inpsector", "Chief Inspector"),
    ("Detective Cheif Inspector", "Detective Chief Inspector"),
    ("Police Sergent", "Police Sergeant"),
])
def test_a_misspelt_rank_is_still_the_title(parser, written, meant):
    from pressparse._extract.lexicon import title_key

    _, speaker = speaker_of(parser, (
        f"{written} Derek Arley said: \u201cWe are in the early stages.\u201d"))
    assert speaker.name == "Derek Arley"
    assert speaker.title == written  # as written, and read as the rank it means
    assert title_key(speaker.title) == title_key(meant)


def test_a_second_post_after_the_body_is_no_part_of_it(parser):
    _, speaker = speaker_of(parser, (
        "Cllr Tom Arley, Leader of Westshire County Council and chair of the Westshire "
        "Local Outbreak Engagement Board, said: \u201cWe must all play our part.\u201d"))
    assert (speaker.title, speaker.role) == ("Cllr", "Leader")
    assert speaker.organization == "Westshire County Council"


def test_a_body_then_its_post_in_lower_case_before_the_name(parser):
    _, speaker = speaker_of(parser, (
        "Stoke City Council leader Abi Arley said: \u201cWe are pleased to welcome so "
        "many partners.\u201d"))
    assert (speaker.name, speaker.role) == ("Abi Arley", "leader")
    assert speaker.organization == "Stoke City Council"


def test_a_bodys_initials_in_brackets_before_its_post(parser):
    _, speaker = speaker_of(parser, (
        "Westshire Domestic Abuse Services (WDAS) Director, Karen Arley said: \u201cNobody "
        "should suffer in silence.\u201d"))
    assert (speaker.name, speaker.title) == ("Karen Arley", "Director")
    assert speaker.organization == "Westshire Domestic Abuse Services"


def test_an_offices_initials_in_brackets_are_no_part_of_the_title(parser):
    _, speaker = speaker_of(parser, (
        "Westshire Police and Crime Commissioner (PCC) Mark Arley said: \u201cWe will "
        "keep funding the scheme.\u201d"))
    assert speaker.title == "Police and Crime Commissioner"


def test_a_post_before_a_councillors_title_is_the_role(parser):
    _, speaker = speaker_of(parser, (
        "Northtown Borough Council\u2019s Cabinet Portfolio Holder for Neighbourhoods Cllr "
        "Rob Arley said: \u201cWe are reassuring residents.\u201d"))
    assert (speaker.title, speaker.role) == ("Cllr", "Cabinet Portfolio Holder for Neighbourhoods")
    assert speaker.organization == "Northtown Borough Council"


@pytest.mark.parametrize("title", ["Sen.", "Gov.", "Lt."])
def test_a_title_shortened_with_a_point_is_the_title(parser, title):
    _, speaker = speaker_of(parser, f"{title} Tom Arley said: \u201cWe will win this seat.\u201d")
    assert (speaker.name, speaker.title) == ("Tom Arley", title)


def test_a_rank_abbreviation_before_a_surname_is_a_title(parser):
    _, speaker = speaker_of(parser, "\u201cWe will not tolerate it,\u201d said PCC Brightwell.")
    assert speaker.name == "Brightwell"
    assert speaker.kind == "person"
    assert speaker.title == "PCC"


def test_apposition_title_of_a_body_named_elsewhere(parser):
    _, speaker = speaker_of(parser, (
        "The campaign is backed by Safe Homes Trust Wales.\n\n"
        "Mary Doyle, Director of Safe Homes Trust, Wales, said: \u201cNobody should "
        "suffer in silence.\u201d"))
    assert speaker.name == "Mary Doyle"
    assert speaker.title == "Director"
    assert speaker.role is None
    assert speaker.organization == "Safe Homes Trust Wales"


def test_role_for_a_portfolio_is_not_an_organisation(parser):
    _, speaker = speaker_of(parser, (
        "Assistant Chief Constable Ruth Ames, lead for Major Crime and Public Protection, "
        "Exampleshire Police, said: \u201cWe will find those responsible.\u201d"))
    assert speaker.title == "Assistant Chief Constable"
    assert speaker.role == "lead for Major Crime and Public Protection"
    assert speaker.organization == "Exampleshire Police"


def test_role_for_a_plain_body_names_the_body(parser):
    _, speaker = speaker_of(parser, (
        "Sam Porter, national head of service for NSPCC Wales, said: \u201cEvery child "
        "deserves to be safe online.\u201d"))
    assert speaker.role == "national head of service"
    assert speaker.organization == "NSPCC Wales"


def test_of_a_unit_names_the_unit_and_an_age_or_town_names_nothing(parser):
    doc, speaker = speaker_of(parser, (
        "Detective Sergeant Ian Cole, of Northtown CID, said: \u201cThe sentence reflects "
        "the harm he caused.\u201d\n\n"
        "Maria Lopez, 45, of Hill Street, Northtown, said: \u201cI was shocked by it all.\u201d"))
    assert speaker.organization == "Northtown CID"
    neighbour = doc.quotes[1].speaker
    assert neighbour.name == "Maria Lopez"
    assert neighbour.organization is None


def test_a_possessive_unit_after_of_is_the_organisation(parser):
    _, speaker = speaker_of(parser, (
        "Detective Inspector Joan Reid, from Exampleshire Police\u2019s Serious Collision "
        "Investigation Unit, said: \u201cOur thoughts are with his family.\u201d"))
    assert speaker.organization == "Serious Collision Investigation Unit"


def test_publisher_from_metadata_and_inferred_for_its_own_officers(parser):
    doc, speaker = speaker_of(parser, (
        "Detective Constable Amy Price said: \u201cWe are grateful to everyone who came "
        "forward.\u201d\n\n"
        "Her neighbour Paul Reed said: \u201cIt has been a hard year for the street.\u201d"),
        metadata={"og": {"site": {"name": "Exampleshire Constabulary"}}})
    assert doc.publisher == "Exampleshire Constabulary"
    assert speaker.organization == "Exampleshire Constabulary"
    assert speaker.organization_inferred is True
    person = next(p for p in doc.people if p.name == "Amy Price")
    assert person.organization_inferred is True
    neighbour = doc.quotes[1].speaker
    assert neighbour.organization is None  # no rank in the publisher: nothing inferred
    assert neighbour.organization_inferred is False


def test_a_stated_organisation_is_not_marked_inferred(parser):
    _, speaker = speaker_of(parser, (
        "Inspector Lee Grant of Westshire Police said: \u201cThe road will stay closed "
        "tonight.\u201d"), metadata={"og": {"site": {"name": "Exampleshire Police"}}})
    assert speaker.organization == "Westshire Police"
    assert speaker.organization_inferred is False


def test_an_elected_commissioner_is_not_the_forces_officer(parser):
    _, speaker = speaker_of(parser, (
        "Police and Crime Commissioner Jo Baines said: \u201cResidents asked for more "
        "patrols and they will get them.\u201d"),
        metadata={"og": {"site": {"name": "Exampleshire Police"}}})
    assert speaker.organization is None


def test_publisher_from_a_title_suffix_or_the_url_host(parser):
    doc = parser.parse_text("Officers are appealing for witnesses.",
                            metadata={"title": "Appeal after crash | Northshire Police"})
    assert doc.publisher == "Northshire Police"
    doc = parser.parse_text(
        "Hertfordshire Constabulary is appealing for witnesses after a crash.",
        metadata={"url": "https://www.herts.police.uk/news/appeal-after-crash"})
    assert doc.publisher == "Hertfordshire Constabulary"


def test_no_publisher_for_plain_news_text(parser):
    doc = parser.parse_text("The senator said the bill would pass. \u201cIt will,\u201d "
                            "she told reporters.")
    assert doc.publisher is None


def test_a_unit_the_model_missed_is_read_from_its_shape(parser):
    doc = parser.parse_text(
        "Superintendent Ray Cole, of Exampleshire Police\u2019s Northtown district, said: "
        "\u201cThis was a frightening incident.\u201d\n\n"
        "PC Jo Hart, of Westbury police, said: \u201cWe are grateful for the calls.\u201d\n\n"
        "Dee Rahman, Training Officer representing Northtown Search and Rescue, said: "
        "\u201cWe train every weekend.\u201d\n\n"
        "Lee Cho, Operations Manager for TARA, said: \u201cHelp is available.\u201d")
    check_document(doc)
    orgs = [q.speaker.organization for q in doc.quotes]
    assert orgs == ["Northtown district", "Westbury police", "Northtown Search and Rescue",
                    "TARA"]
    assert [q.speaker.title for q in doc.quotes][2:] == ["Training Officer",
                                                         "Operations Manager"]


def test_head_of_a_portfolio_is_a_role_not_an_organisation(parser):
    _, speaker = speaker_of(parser, (
        "Detective Superintendent Ada Flynn, head of Public Protection, Exampleshire Police, "
        "said: \u201cWe will support every victim.\u201d"))
    assert speaker.role == "head of Public Protection"
    assert speaker.organization == "Exampleshire Police"


def test_a_title_opening_the_sentence_before_the_name(parser):
    _, speaker = speaker_of(parser, (
        "Borough Commander for Northtown, Mel Ince said: \u201cBurglary is down by a "
        "third.\u201d"))
    assert speaker.name == "Mel Ince"
    assert speaker.title == "Borough Commander for Northtown"


def test_a_hyphenated_force_before_a_rank_is_the_organisation(parser):
    _, speaker = speaker_of(parser, (
        "Avon-Westbury Police Chief Inspector Lou Hart said: \u201cWe have made three "
        "arrests.\u201d"))
    assert speaker.title == "Chief Inspector"
    assert speaker.organization == "Avon-Westbury Police"


def test_publisher_from_the_end_of_a_name_the_host_spells(parser):
    doc = parser.parse_text(
        "Three Northern Transit Police officers were honoured.",
        metadata={"url": "https://media.ntp.police.uk/r/1/honours"})
    assert doc.publisher == "Northern Transit Police"


def test_a_release_on_a_forces_site_gives_its_officers_the_force(parser):
    doc, speaker = speaker_of(parser, (
        "DC Ruth Hale said: \u201cThe attack was unprovoked and we want to hear from "
        "anyone who saw it.\u201d"),
        metadata={"url": "https://www.suffolk.police.uk/news/appeal-after-assault"})
    assert doc.publisher == "Suffolk Constabulary"
    assert speaker.organization == "Suffolk Constabulary"
    assert speaker.organization_inferred is True


def test_the_area_names_the_force_when_its_site_is_unknown(parser):
    doc = parser.parse_text("Officers are appealing for witnesses.", metadata={
        "url": "https://www.northern-ireland.police.uk/news/x", "area": "Northern Ireland"})
    assert doc.publisher == "Police Service of Northern Ireland"
    doc = parser.parse_text("The council met on Monday.", metadata={
        "url": "https://www.example.com/news/x", "area": "Northern Ireland"})
    assert doc.publisher is None  # an area alone does not make a news page a release


def test_a_title_that_names_the_force_belongs_to_the_publisher(parser):
    _, speaker = speaker_of(parser, (
        "Force Control Room Manager Ian Webb said: \u201cEvery call is answered.\u201d"),
        metadata={"publisher": "Westshire Police"})
    assert speaker.organization == "Westshire Police"
    assert speaker.organization_inferred is True


def test_a_forces_unit_named_with_of_inside_it(parser):
    _, speaker = speaker_of(parser, (
        "DS Maya Fenn, of Westshire Police's City of Northtown district, said: "
        "\u201cThe injuries were serious.\u201d"))
    assert speaker.organization == "City of Northtown district"


def test_a_unit_shared_by_a_list_of_places(parser):
    _, speaker = speaker_of(parser, (
        "PC Ann Lee, from the Northshire, Southshire and Eastshire Road Policing Unit, "
        "said: \u201cOur thoughts are with the family.\u201d"))
    assert speaker.organization == "Northshire, Southshire and Eastshire Road Policing Unit"
    _, speaker = speaker_of(parser, (
        "Jane Roe, of Northtown and Southtown, said: \u201cIt was frightening.\u201d"))
    assert speaker.organization is None  # places only: an address


def test_a_doubled_opener_before_the_unit_is_read_once(parser):
    _, speaker = speaker_of(parser, (
        "Detective Inspector Lily Shaw, from the from the Westshire Police\u2019s Major "
        "Crime Team, said: \u201cWe remain committed to finding him.\u201d"))
    assert speaker.organization == "Major Crime Team"


def test_a_post_the_model_took_for_a_person_is_a_title(parser):
    doc, speaker = speaker_of(parser, (
        "Mary Stone, Senior Crown Advocate of the CPS North East, said: \u201cThe "
        "evidence was overwhelming.\u201d"))
    assert speaker.title == "Senior Crown Advocate"
    assert speaker.organization == "CPS North East"
    assert "Crown Advocate" not in {p.name for p in doc.people}


def test_a_title_then_the_holders_name_between_commas(parser):
    _, speaker = speaker_of(parser, (
        "Westshire Police and Crime Commissioner, Mark Dunn, said: \u201cViolent crime has "
        "fallen across the county.\u201d"))
    assert speaker.name == "Mark Dunn"
    assert speaker.title == "Police and Crime Commissioner"  # the area is left out
    _, speaker = speaker_of(parser, (
        "Westshire Police, the force covering the county, said: \u201cWe will patrol "
        "more.\u201d"))
    assert speaker.kind == "organization"  # a description in apposition, not a person


def test_a_title_opening_a_quoted_block_before_a_comma(parser):
    _, speaker = speaker_of(parser, (
        "> Detective Constable, Ruth Kerr said \u201cThis trial has brought a long inquiry "
        "to a close.\u201d"))
    assert (speaker.name, speaker.title) == ("Ruth Kerr", "Detective Constable")


def test_a_temporary_rank_keeps_its_prefix(parser):
    _, speaker = speaker_of(parser, "T/DCI Mark Hill said: \u201cWe patrol the estate.\u201d")
    assert speaker.title == "T/DCI"


def test_chief_executive_of_a_body_is_a_title_and_the_body(parser):
    doc, speaker = speaker_of(parser, (
        "Mark Hill, Chief Executive of Westshire Victim Care, said: \u201cWe help everyone "
        "who asks.\u201d"))
    assert (speaker.title, speaker.organization) == ("Chief Executive", "Westshire Victim Care")
    assert "Westshire Victim Care" in {o.name for o in doc.organizations}


def test_a_post_owned_by_a_body_is_a_role_and_the_body(parser):
    _, speaker = speaker_of(parser, (
        "\u201cWe patrol the estate every night,\u201d said Mark Hill, Westshire Police\u2019s "
        "head of road safety."))
    assert (speaker.role, speaker.organization) == ("head of road safety", "Westshire Police")
    _, speaker = speaker_of(parser, (
        "Superintendent Ann Lowe, the force\u2019s lead for mental health, said: \u201cWe "
        "work with the NHS.\u201d"))
    assert speaker.role == "lead for mental health"


def test_a_body_then_its_portfolio_in_apposition(parser):
    _, speaker = speaker_of(parser, (
        "Assistant Chief Constable Jo Reed, the Westshire Roads Partnership lead for "
        "road safety, said: \u201cThe results are positive.\u201d"))
    assert speaker.role == "lead for road safety"
    assert speaker.organization == "Westshire Roads Partnership"


def test_a_post_after_a_body_is_read_by_its_head_noun(parser):
    # the post's head is its last word before "for": "officer"
    _, speaker = speaker_of(parser, (
        "Chief Inspector Sam Fenwick, Westshire Police\u2019s senior investigating officer "
        "for this type of crime, said: \u201cStay alert.\u201d"))
    assert speaker.role == "senior investigating officer for this type of crime"
    assert speaker.organization == "Westshire Police"
    # no possessive: the body, then a capitalised post
    _, speaker = speaker_of(parser, (
        "Kim Amberley, CPS Wessex Senior Crown Prosecutor, added: \u201cThis was a complex "
        "case.\u201d"))
    assert (speaker.title, speaker.organization) == ("Senior Crown Prosecutor", "CPS Wessex")


def test_a_place_taken_for_a_person_inside_the_apposition_keeps_the_post(parser):
    _, speaker = speaker_of(parser, (
        "Jen Amberley, Northtown Licensing and Neighbourhood PCSO at Westshire Constabulary, "
        "said: \u201cOur idea comes after a pilot in Northtown.\u201d"))
    assert speaker.title == "Licensing and Neighbourhood PCSO"  # the place is left out
    assert speaker.organization == "Westshire Constabulary"
    # two people in the phrase: a list, not one person's post
    _, speaker = speaker_of(parser, (
        "Jane Arley, John Kestrel and Kim Fenwick PCSO said: \u201cWe came.\u201d"))
    assert speaker.title is None


def test_an_office_in_a_relative_clause_without_a_comma(parser):
    _, speaker = speaker_of(parser, (
        "Jamie Kestrel who is the County Chairman for the Westshire Farmers Union has had "
        "his family threatened, said: \u201cThese people are part of organised gangs.\u201d"))
    assert (speaker.title, speaker.organization) == ("County Chairman", "Westshire Farmers Union")


def test_a_sign_off_gives_the_post_on_the_line_under_the_name(parser):
    _, speaker = speaker_of(parser, (
        "\u201cWe will be better placed to do more to tackle burglary.\u201d\n\n"
        "**Jackie Dunmore**\n **Assistant Chief Constable**"))
    assert (speaker.name, speaker.title) == ("Jackie Dunmore", "Assistant Chief Constable")
    _, speaker = speaker_of(parser, (
        "\u201cWe will do more.\u201d\n\n- Jackie Dunmore, Chief Executive"))
    assert speaker.title == "Chief Executive"  # an apposition running to the end of the text


def test_the_officer_who_leads_a_unit_gives_the_unit_not_a_role(parser):
    _, speaker = speaker_of(parser, (
        "Detective Sergeant Andy Fenwick, the officer who leads the Westshire police's Modern "
        "Slavery team, said: \u201cFor many people the idea is shocking.\u201d"))
    assert (speaker.role, speaker.organization) == (None, "Modern Slavery team")


def test_a_clause_after_the_name_is_no_role(parser):
    _, speaker = speaker_of(parser, (
        "A detailed investigation by Northtown CID, led by Detective Constable Sam Arley, "
        "helped to secure justice. DC Arley said: \u201cWe are pleased.\u201d"))
    assert (speaker.title, speaker.role) == ("Detective Constable", None)


def test_the_area_before_a_commissioners_office_is_no_part_of_the_title(parser):
    _, speaker = speaker_of(parser, (
        "Westshire Police and Crime Commissioner Kate Arley said: \u201cWe came.\u201d"))
    assert (speaker.name, speaker.title) == ("Kate Arley", "Police and Crime Commissioner")
    _, speaker = speaker_of(parser, (
        "Jo Fenwick, Avon and Northshire Police, Fire and Crime Commissioner, said: "
        "\u201cWe came.\u201d"))
    assert speaker.title == "Police, Fire and Crime Commissioner"
    # a deputy's office keeps its first word; an area after "for" stays
    _, speaker = speaker_of(parser, (
        "Deputy Police and Crime Commissioner Jo Fenwick said: \u201cWe came.\u201d"))
    assert speaker.title == "Deputy Police and Crime Commissioner"
    _, speaker = speaker_of(parser, (
        "Police and Crime Commissioner for Westshire Jo Fenwick said: \u201cWe came.\u201d"))
    assert speaker.title == "Police and Crime Commissioner for Westshire"


def test_head_of_a_department_is_a_role_of_the_publisher(parser):
    _, speaker = speaker_of(parser, (
        "Kevin Arley, Head of Victim Services, said: \u201cThe team has responded "
        "well.\u201d"), metadata={"og": {"site": {"name": "Westshire Police"}}})
    assert (speaker.title, speaker.role) == (None, "Head of Victim Services")
    assert (speaker.organization, speaker.organization_inferred) == ("Westshire Police", True)


def test_a_clause_after_the_name_names_no_body(parser):
    # the sentence's own verb after the comma: a clause, so "at X" is where, not whose
    _, speaker = speaker_of(parser, (
        "Chief Constable Peter Arley and Westshire's Deputy Chief Fire Officer, Rick Fenwick, "
        "officially launched the vision at Northtown Designer Outlet. Rick Fenwick said: "
        "\u201cWe came.\u201d"))
    assert speaker.organization is None


def test_a_possessive_before_a_post_in_apposition(parser):
    # a place's office: the office alone
    _, speaker = speaker_of(parser, (
        "Hardyal Arley, Westshire's Police and Crime Commissioner, welcomed the move with "
        "Westshire Police. Hardyal Arley said: \u201cWe came.\u201d"))
    assert (speaker.title, speaker.organization) == ("Police and Crime Commissioner", None)
    # a body's post: the post, and the body
    _, speaker = speaker_of(parser, (
        "Mick Arley, Northtravel's Director for Integrated Transport, said: \u201cDemand "
        "will be high.\u201d"))
    assert (speaker.title, speaker.organization) == ("Director for Integrated Transport",
                                                     "Northtravel")


def test_a_units_words_before_a_post_are_one_post(parser):
    _, speaker = speaker_of(parser, (
        "Insp Mike Arley, the Operational Unit Commander for Northtown CNC, attended a "
        "ceremony. Insp Arley said: \u201cWe came.\u201d"))
    assert speaker.role == "Operational Unit Commander"


def test_a_role_in_apposition_is_the_post_without_its_article(parser):
    _, speaker = speaker_of(parser, (
        "Eamonn Arley, the senior investigating officer, said: \u201cWe came.\u201d"))
    assert speaker.role == "senior investigating officer"
    _, speaker = speaker_of(parser, (
        "DCI James Arley, the Constabulary's lead for Vulnerability, said: \u201cWe "
        "came.\u201d"))
    assert speaker.role == "lead for Vulnerability"


def test_initials_before_a_lower_case_post_own_it(parser):
    _, speaker = speaker_of(parser, (
        "Anna Fenwick, NSPCC local campaigns manager for Westshire, said: \u201cWe "
        "came.\u201d"))
    assert (speaker.role, speaker.organization) == ("local campaigns manager for Westshire",
                                                    "NSPCC")


def test_two_places_sharing_one_council_are_one_body(parser):
    _, speaker = speaker_of(parser, (
        "Anthony Arley, Head of Licensing for Tonbridge and Malling Borough Council, said: "
        "\u201cWe came.\u201d"))
    assert speaker.role == "Head of Licensing"
    assert speaker.organization == "Tonbridge and Malling Borough Council"


def test_a_deputys_office_without_the_area_inside_it(parser):
    _, speaker = speaker_of(parser, (
        "Deputy Westshire Police and Crime Commissioner Colin Arley said: \u201cWe "
        "came.\u201d"))
    assert speaker.title == "Deputy Police and Crime Commissioner"


def test_the_crowns_inspector_is_not_the_forces_officer(parser):
    _, speaker = speaker_of(parser, (
        "HM Inspector of Constabulary Zoe Arley said: \u201cThe force has improved.\u201d"),
        metadata={"og": {"site": {"name": "Westshire Police"}}})
    assert speaker.organization is None


def test_who_leads_the_team_refers_to_the_team_named_before(parser):
    _, speaker = speaker_of(parser, (
        "The Westshire Gangs Team carried out the raids. Detective Chief Inspector Lopa "
        "Arley, who leads the team, said: \u201cDrug dealers know the misery.\u201d"))
    assert speaker.organization == "Westshire Gangs Team"
    _, speaker = speaker_of(parser, (
        "Detective Chief Inspector Lopa Arley, who leads the team, said: \u201cDrug dealers "
        "know the misery.\u201d"))
    assert speaker.organization is None  # no team named: nothing to refer to


def test_a_title_opening_a_paragraph_after_an_unfinished_sentence(parser):
    _, speaker = speaker_of(parser, (
        "The money paid for plays in schools and projects for young people\n\n"
        "Westshire Police and Crime Commissioner, Kathryn Hale, said: \u201cThe unit is "
        "making a clear difference.\u201d"))
    assert speaker.title == "Police and Crime Commissioner"


def test_a_body_named_in_plain_words_after_an_office_is_no_person(parser):
    doc, _ = speaker_of(parser, (
        "The force worked with Keep It Safe! Westshire on the campaign. Ann Kerr, "
        "Director of Keep It Safe, Westshire, said:\n\n"
        "\u201cWe welcome the campaign and the help it brings.\u201d"))
    speaker = doc.quotes[0].speaker
    assert speaker.name == "Ann Kerr"
    assert speaker.title is not None and speaker.title.startswith("Director")
    assert not any("It Safe" in p.name for p in doc.people)


def test_a_lower_case_rank_after_the_name_is_the_title(parser):
    _, speaker = speaker_of(parser, (
        "Maya Orton, chief executive of the Northshire Food Bank, said: \u201cEvery parcel "
        "makes a difference to a family this winter.\u201d"))
    assert speaker.name == "Maya Orton"
    assert speaker.title == "chief executive"
    assert speaker.role is None
    assert speaker.organization == "Northshire Food Bank"


def test_a_post_in_lower_case_after_the_name_stays_a_role(parser):
    _, speaker = speaker_of(parser, (
        "Ivan Platt, the district commander, said: \u201cWe will keep patrolling the "
        "town centre every weekend.\u201d"))
    assert speaker.title is None
    assert speaker.role == "district commander"  # the post, without its article


def test_a_second_title_after_the_name_is_what_the_person_does(parser):
    _, speaker = speaker_of(parser, (
        "Chief Superintendent Rosa Venn, Commander for Northtown, said: \u201cThe "
        "operation will continue through the summer.\u201d"))
    assert speaker.title == "Chief Superintendent"
    assert speaker.role == "Commander for Northtown"


def test_a_place_before_a_rank_abbreviation_is_not_part_of_the_title(parser):
    doc = parser.parse_text(
        "For Northtown's PC Ada Quill it has been a busy year.\n\n"
        "\u201cThe community has made us feel very welcome,\u201d said PC Ada Quill.")
    check_document(doc)
    assert doc.quotes[0].speaker.name == "Ada Quill"
    assert doc.quotes[0].speaker.title == "PC"


def test_the_title_of_a_second_officer_does_not_hold_the_first(parser):
    doc = parser.parse_text(
        "For PC Ada Quill and PC Ben Rusk it has been a busy year.\n\n"
        "\u201cThe community has made us feel very welcome,\u201d said PC Ben Rusk.")
    check_document(doc)
    speaker = doc.quotes[0].speaker
    assert speaker.name == "Ben Rusk"
    assert speaker.title == "PC"


def test_an_owner_before_a_title_is_no_part_of_it(parser):
    _, speaker = speaker_of(parser, (
        "Northshire's Police and Crime Commissioner Hana Elwood said: \u201cEvery penny "
        "of this fund will go to victims' services.\u201d"))
    assert speaker.name == "Hana Elwood"
    assert speaker.title == "Police and Crime Commissioner"


def test_an_office_of_a_branch_of_a_body_keeps_the_branch_as_the_organisation(parser):
    _, speaker = speaker_of(parser, (
        "Ivo Marr, Chairman of the Northshire branch of Exampleshire Sport Association, "
        "said: \u201cThe team trained hard all year for this.\u201d"))
    assert speaker.title == "Chairman"
    assert speaker.organization == "Northshire branch of Exampleshire Sport Association"


def test_an_office_of_a_portfolio_in_lower_case_words_is_no_body(parser):
    _, speaker = speaker_of(parser, (
        "Ivo Marr, Director of Public Health for the county, said: \u201cCases have "
        "fallen for the third week running.\u201d"))
    assert speaker.organization is None


def test_a_participle_opening_the_sentence_names_who_it_was_done_to(parser):
    doc, speaker = speaker_of(parser, (
        "Gary Hughes, 52, was jailed for six years.\n\n"
        "Sentencing Hughes, His Honour Judge Ann Keele said: "
        "\u201cYou have shown no remorse at all.\u201d"))
    assert speaker.name == "Ann Keele"
    assert speaker.title == "His Honour Judge"
    assert "Sentencing Hughes" not in {p.name for p in doc.people}


def test_her_honour_opening_a_paragraph_stays_in_the_title(parser):
    _, speaker = speaker_of(parser, (
        "Her Honour Judge Ann Keele, presiding, said: "
        "\u201cThese offences caused lasting harm to the victims.\u201d"))
    assert speaker.title == "Her Honour Judge"


def test_a_peer_s_form_of_address_after_an_office_is_not_the_title(parser):
    _, speaker = speaker_of(parser, (
        "Police and Crime Commissioner Lord Peter Brightwell said: "
        "\u201cThe efforts being made are paying off.\u201d"))
    assert speaker.name == "Peter Brightwell"
    assert speaker.title == "Police and Crime Commissioner"


@pytest.mark.parametrize(("written", "title", "role"), [
    ("Youth Engagement Officer PC", "PC", "Youth Engagement Officer"),
    ("Senior Investigating Officer Detective Chief Inspector", "Detective Chief Inspector",
     "Senior Investigating Officer"),
    ("Area Commander Chief Inspector", "Chief Inspector", "Area Commander"),
    ("Roads Policing Sergeant", "Roads Policing Sergeant", None),
    ("Police Community Support Officer", "Police Community Support Officer", None),
])
def test_a_post_before_a_rank_is_the_role_and_the_rank_the_title(parser, written, title, role):
    _, speaker = speaker_of(parser, (
        f"{written} Ben Carew said: \u201cWe are making good progress with the inquiry.\u201d"))
    assert speaker.name == "Ben Carew"
    assert (speaker.title, speaker.role) == (title, role)


def test_the_area_after_a_rank_is_part_of_neither_the_name_nor_the_rank(parser):
    _, speaker = speaker_of(parser, (
        "Detective Inspector for Oakham Dan Pruett said: "
        "\u201cWe have seen an increase in thefts.\u201d"))
    assert speaker.name == "Dan Pruett"
    assert speaker.title == "Detective Inspector"


def test_the_area_after_an_office_stays_in_the_title(parser):
    _, speaker = speaker_of(parser, (
        "Police and Crime Commissioner for Westshire Alan Brightwell said: "
        "\u201cWe have seen an increase in thefts.\u201d"))
    assert speaker.title == "Police and Crime Commissioner for Westshire"


def test_a_title_never_runs_back_over_another_person_and_and(parser):
    doc = parser.parse_text(
        "PCSO Mark Tilley and Emma Ravel load the van.\n\n"
        "Emma Ravel said: \u201cThe children loved seeing the van today.\u201d")
    check_document(doc)
    person = next(p for p in doc.people if p.name == "Emma Ravel")
    assert not any("Tilley" in t for t in person.titles)


@pytest.mark.parametrize(("unit", "expected"), [
    ("the Northshire, Southshire and Eastshire (NSE) Road Policing Unit",
     "Northshire, Southshire and Eastshire Road Policing Unit"),
    ("Westshire Constabulary\u2019s Safeguarding Adults from Abuse team",
     "Safeguarding Adults from Abuse team"),
])
def test_a_unit_with_its_short_form_or_a_joining_word_inside(parser, unit, expected):
    _, speaker = speaker_of(parser, (
        f"PC Simon Arley from {unit} said: \u201cRiders are among the most vulnerable.\u201d"))
    assert speaker.organization == expected


def test_a_short_form_of_a_body_the_document_spells_out_is_given_in_full(parser):
    _, speaker = speaker_of(parser, (
        "He was arrested by officers from the East Westshire Regional Organised Crime Unit "
        "(EW ROCU) last week.\n\n"
        "Detective Inspector Jo Arley from the EW ROCU said: "
        "\u201cHe was caught red handed by my team.\u201d"))
    assert speaker.organization == "East Westshire Regional Organised Crime Unit"


def test_a_short_form_the_document_never_spells_out_stays_as_written(parser):
    _, speaker = speaker_of(parser, (
        "Detective Inspector Jo Arley from the EW ROCU said: "
        "\u201cHe was caught red handed by my team.\u201d"))
    assert speaker.organization == "EW ROCU"


@pytest.mark.parametrize(("written", "title"), [
    ("Northtown Chief Inspector", "Chief Inspector"),
    ("North Westbury Neighbourhood Sergeant", "Neighbourhood Sergeant"),
    ("Northtown Deputy Chief Constable", "Northtown Deputy Chief Constable"),
    ("Determined Northtown PCSO", "PCSO"),
    ("Northtown Police and Crime Commissioner", "Police and Crime Commissioner"),
])
def test_the_area_before_a_rank_is_not_part_of_it_but_a_chief_officers_keeps_it(
        parser, written, title):
    _, speaker = speaker_of(parser, (
        "Thefts rose in Northtown and North Westbury last month.\n\n"
        f"{written} Jo Arley said: \u201cWe have seen an increase in thefts.\u201d"))
    assert speaker.name == "Jo Arley"
    assert speaker.title == title


def test_a_body_s_possessive_right_before_the_name_is_the_organisation(parser):
    _, speaker = speaker_of(parser, (
        "Shelter Trust\u2019s Mary Blake, chief executive, said: "
        "\u201cThe support was vital to the families.\u201d"))
    assert speaker.name == "Mary Blake"
    assert speaker.organization == "Shelter Trust"


def test_a_post_the_parse_took_for_a_gerund_then_the_officer_in_apposition(parser):
    _, speaker = speaker_of(parser, (
        "Investigating Officer, Detective Constable Peter Arley, of Northtown Serious Crime "
        "Team, said: \u201cThis case involved the exploitation of a young girl.\u201d"))
    assert speaker.name == "Peter Arley"


def test_an_inverted_post_then_the_officer_who_holds_it_speaks(parser):
    _, speaker = speaker_of(parser, (
        "\u201cMore young people are being drawn into this,\u201d says the Head of Counter "
        "Terrorism Policing, Assistant Commissioner Neil Arley."))
    assert speaker.name == "Neil Arley"
    assert speaker.title == "Assistant Commissioner"


@pytest.mark.parametrize(("after_name", "expected"), [
    ("of Westshire Police\u2019s southern CID", "southern CID"),
    ("of Westshire Police\u2019s northern burglary team", "northern burglary team"),
    ("who led the investigation by Northtown CID", "Northtown CID"),
])
def test_a_unit_in_lower_case_or_named_in_a_clause_on_what_the_officer_leads(
        parser, after_name, expected):
    _, speaker = speaker_of(parser, (
        f"Detective Constable Rachael Arley, {after_name}, said: "
        "\u201cOfficers are working hard to find him.\u201d"))
    assert speaker.organization == expected


def test_a_clause_on_where_someone_lives_names_no_organisation(parser):
    _, speaker = speaker_of(parser, (
        "Detective Constable Rachael Arley, who lives in Northtown, said: "
        "\u201cIt was a shock to us all.\u201d"))
    assert speaker.organization is None


def test_the_publisher_is_named_as_the_release_names_it(parser):
    doc = parser.parse_text(
        "PC Jo Arley said: \u201cThe driver was lucky to escape injury.\u201d\n\n"
        "Anyone with information should call Westshire Police on 101.",
        metadata={"title": "Crash appeal | Westshire Constabulary"})
    check_document(doc)
    assert doc.publisher == "Westshire Constabulary"
    speaker = doc.quotes[0].speaker
    assert speaker.organization == "Westshire Police" and speaker.organization_inferred


def test_an_institution_s_word_after_a_title_is_no_person(parser):
    doc, speaker = speaker_of(parser, (
        "Colonel Russell Arley, Commander Army HQ North West, said: "
        "\u201cThis Friday we will pause to remember our heroes.\u201d"))
    assert speaker.name == "Russell Arley"
    assert "Army" not in {p.name for p in doc.people}


def test_an_office_for_a_body_named_in_the_plural_is_a_title_and_the_body(parser):
    _, speaker = speaker_of(parser, (
        "Richard Hollins, Chief Executive for Eastvale Forest Hospitals, said: "
        "\u201cWe would like to thank the staff.\u201d"))
    assert (speaker.title, speaker.organization) == ("Chief Executive",
                                                      "Eastvale Forest Hospitals")


def test_a_hyphenated_post_before_a_name_in_apposition_is_no_person(parser):
    doc, speaker = speaker_of(parser, (
        "Westshire Highways Assistant Regional Safety Co-ordinator, Marie Hollins, said: "
        "\u201cWe work very closely with our police partners.\u201d"))
    assert speaker.name == "Marie Hollins"
    assert not any("Co-ordinator" in p.name for p in doc.people)


def test_the_title_written_where_the_person_speaks_is_the_speaker_s(parser):
    doc = parser.parse_text(
        "Anyone who can help should contact PC Aaron Hollins via 101.\n\n"
        "Detective Constable Aaron Hollins, who is investigating, said: "
        "\u201cI am appealing for anyone who saw it.\u201d")
    check_document(doc)
    assert doc.quotes[0].speaker.title == "Detective Constable"


def test_a_name_the_model_misses_before_a_post_and_a_verb_of_saying_is_a_person(parser):
    _, speaker = speaker_of(parser, (
        "Nicola Arley-Spawton, Victim Care Manager, said: "
        "\u201cWe are really pleased to have provided such support.\u201d"))
    assert speaker.kind == "person"
    assert speaker.name == "Nicola Arley-Spawton"
    assert speaker.title == "Victim Care Manager"


def test_a_body_before_a_description_between_commas_is_not_made_a_person(parser):
    doc = parser.parse_text(
        "Northtown Council, the local authority, said: \u201cThe road will reopen soon.\u201d")
    check_document(doc)
    assert "Northtown Council" not in {p.name for p in doc.people}


def test_a_force_s_staff_member_with_no_stated_body_speaks_for_the_publisher(parser):
    _, speaker = speaker_of(parser, (
        "Julie Arley, Community Safety Manager, said: "
        "\u201cWe want residents to feel safe in their homes.\u201d"),
        metadata={"title": "Safety week | Westshire Police"})
    assert speaker.organization == "Westshire Police" and speaker.organization_inferred


def test_a_soldier_quoted_in_a_police_release_is_not_given_the_force(parser):
    _, speaker = speaker_of(parser, (
        "Colonel Russell Arley, Commander of the regiment, said: "
        "\u201cThis Friday we will pause to remember our heroes.\u201d"),
        metadata={"title": "Remembrance | Westshire Police"})
    assert speaker.organization != "Westshire Police"


@pytest.mark.parametrize(("written", "title", "organization"), [
    ("WAWP Recognition Programme Chair", "Recognition Programme Chair", "WAWP"),
    ("DCI", "DCI", None),
])
def test_initials_opening_a_title_are_the_body_unless_they_are_a_rank(
        parser, written, title, organization):
    _, speaker = speaker_of(parser, (
        f"{written} Annita Arley said: \u201cHer dedication deserves recognition.\u201d"))
    assert (speaker.title, speaker.organization) == (title, organization)


def test_with_after_a_name_in_a_caption_is_company_not_membership(parser):
    doc = parser.parse_text(
        "Police and Crime Commissioner Jason Arley with Team Bike.\n\n"
        "Police and Crime Commissioner Jason Arley said \u201cWe were delighted to support "
        "the day.\u201d")
    check_document(doc)
    assert doc.quotes[0].speaker.organization is None


def test_a_force_s_office_then_its_holder_s_name(parser):
    _, speaker = speaker_of(parser, (
        "Temporary Chief Constable of Westshire Police Kier Arley said: "
        "\u201cAs you are aware, we declared a major incident.\u201d"))
    assert speaker.name == "Kier Arley"
    assert (speaker.title, speaker.organization) == ("Temporary Chief Constable",
                                                      "Westshire Police")


def test_a_chief_constable_of_an_area_keeps_the_area(parser):
    _, speaker = speaker_of(parser, (
        "Deputy Chief Constable of Kent Sam Orford said: "
        "\u201cWe have seen an increase in thefts.\u201d"))
    assert speaker.title == "Deputy Chief Constable of Kent"


def test_a_particle_inside_a_name_after_a_rank(parser):
    _, speaker = speaker_of(parser, (
        "Assistant Chief Constable Sam de Arley said: "
        "\u201cThe Government has announced the change.\u201d"))
    assert (speaker.name, speaker.title) == ("Sam de Arley", "Assistant Chief Constable")


@pytest.mark.parametrize(("written", "title", "organization"), [
    ("St Exeford Detective Inspector Alex Arley said", "Detective Inspector", None),
    ("PC Alex Arley, of the force\u2019s Crime Investigation Team, said",
     "PC", "Crime Investigation Team"),
    ("PC Alex Arley, who is leading the investigation for Northtown Local Policing Unit, said",
     "PC", "Northtown Local Policing Unit"),
])
def test_a_saint_s_town_before_a_rank_and_units_of_the_force(
        parser, written, title, organization):
    _, speaker = speaker_of(parser, f"{written}: \u201cWe have had dozens of thefts reported.\u201d")
    assert (speaker.title, speaker.organization) == (title, organization)


def test_a_short_military_rank_after_a_police_rank_is_a_first_name(parser):
    _, speaker = speaker_of(parser, (
        "Chief Inspector Col Rooney said: \u201cWe recognise the frustration of residents.\u201d"))
    assert (speaker.name, speaker.title) == ("Col Rooney", "Chief Inspector")


@pytest.mark.parametrize(("written", "title", "organization"), [
    ("Chair of North Westshire Resilience Forum, Richard Arley, said",
     "Chair", "North Westshire Resilience Forum"),
    ("DS Ashley Arley, of the force\u2019s southern burglary team, said",
     "DS", "southern burglary team"),
])
def test_an_office_of_a_body_and_a_lower_case_unit_of_the_force(
        parser, written, title, organization):
    _, speaker = speaker_of(parser, f"{written}: \u201cWe are ready for the storm.\u201d")
    assert (speaker.title, speaker.organization) == (title, organization)


def test_an_elected_police_commissioner_is_not_given_the_force(parser):
    _, speaker = speaker_of(parser, (
        "Police Commissioner Jane Arley said: "
        "\u201cThe efforts being made are paying off.\u201d"),
        metadata={"title": "Update | Westshire Police"})
    assert speaker.title == "Police Commissioner"
    assert speaker.organization is None


def test_a_rank_shortened_with_a_point_is_the_title(parser):
    _, speaker = speaker_of(parser, (
        "Acting Insp. Carl Benning, of the Northtown Local Policing Unit, said: "
        "\u201cWe want to hear from you.\u201d"))
    assert speaker.name == "Carl Benning"
    assert speaker.title == "Acting Insp."
    assert speaker.organization == "Northtown Local Policing Unit"


def test_a_lower_case_unit_after_a_places_possessive_is_the_organisation(parser):
    _, speaker = speaker_of(parser, (
        "Chief Inspector Carl Benning, of Lancashire\u2019s operational support unit, said: "
        "\u201cWe are out on the roads every night.\u201d"))
    assert speaker.title == "Chief Inspector"
    assert speaker.organization == "operational support unit"


def test_a_post_owned_by_initials_names_that_body(parser):
    _, speaker = speaker_of(parser, (
        "Commander Carl Benning, the NWRA\u2019s lead for road safety, said: "
        "\u201cPlease plan a lift home.\u201d"))
    assert speaker.role == "lead for road safety"
    assert speaker.organization == "NWRA"


def test_an_office_stated_in_a_who_clause_is_the_title(parser):
    _, speaker = speaker_of(parser, (
        "Carl Benning, who is current co-chair of the Westshire Stop & Search Working Group, "
        "said: \u201cThis is a chance to build trust.\u201d"))
    assert speaker.title == "co-chair"
    assert speaker.organization == "Westshire Stop & Search Working Group"


def test_of_two_offices_the_first_is_the_title(parser):
    _, speaker = speaker_of(parser, (
        "Carl Benning, Director of the Westshire Youth Trust and Chair of the Northtown "
        "Safety Forum, said: \u201cThis is a chance to build trust.\u201d"))
    assert speaker.title == "Director"
    assert speaker.organization == "Westshire Youth Trust"


def test_a_title_opening_the_sentence_before_a_name_between_commas(parser):
    _, speaker = speaker_of(parser, (
        "Elected Mayor of Northtown, Peter Fenwick, said: \u201cWe work closely with the "
        "police.\u201d"))
    assert speaker.name == "Peter Fenwick"
    assert speaker.kind == "person"
    assert speaker.title == "Elected Mayor of Northtown"


def test_the_area_a_post_covers_is_no_part_of_the_title(parser):
    _, speaker = speaker_of(parser, (
        "Safer Neighbourhood Inspector covering Eastbury, Gary Fenwick, said: \u201cWe know "
        "incidents such as this cause concern.\u201d"))
    assert speaker.name == "Gary Fenwick"
    assert speaker.title == "Safer Neighbourhood Inspector"


@pytest.mark.parametrize("text", [
    "Safety Co-ordinator Marie Fenwick said: \u201cWe work closely with our partners.\u201d",
    ("Marie Fenwick, Safety Co-ordinator at Westshire Trust, said: \u201cWe work closely "
     "with our partners.\u201d"),
])
def test_a_hyphenated_post_is_a_title(parser, text):
    _, speaker = speaker_of(parser, text)
    assert speaker.name == "Marie Fenwick"
    assert speaker.title == "Safety Co-ordinator"


def test_a_body_named_elsewhere_before_a_title_is_the_organisation(parser):
    doc = parser.parse_text(
        "Officers from Westshire Roads Trust joined the patrol on Friday.\n\n"
        "Westshire Roads Trust Regional Safety Co-ordinator, Marie Fenwick, said: "
        "\u201cWe work closely with our partners.\u201d")
    check_document(doc)
    speaker = doc.quotes[0].speaker
    assert speaker.title == "Regional Safety Co-ordinator"
    assert speaker.organization == "Westshire Roads Trust"


def test_a_surname_opening_with_a_particle_is_the_full_name(parser):
    doc = parser.parse_text(
        'Assistant Chief Constable Sam de Fenwick said: "The rules have changed." '
        'ACC de Fenwick added: "Please be patient with our officers."')
    check_document(doc)
    assert [q.speaker.name for q in doc.quotes] == ["Sam de Fenwick", "Sam de Fenwick"]
    assert all(q.speaker.kind == "person" for q in doc.quotes)


def test_a_force_named_elsewhere_does_not_split_the_commissioners_title(parser):
    doc = parser.parse_text(
        "Officers from Westshire Police made six arrests.\n\n"
        "Westshire Police and Crime Commissioner Kathryn Ambley said: \u201cThis is good "
        "news for the county.\u201d")
    check_document(doc)
    speaker = doc.quotes[0].speaker
    assert speaker.title.endswith("Police and Crime Commissioner")
    assert speaker.organization is None


def test_a_bodys_post_opening_the_sentence_before_a_titled_name(parser):
    _, speaker = speaker_of(parser, (
        "The Westshire Road Safety Partnership lead for Roads Operations, Commander Kyle "
        "Fenwick said: \u201cPlease plan a lift home.\u201d"))
    assert speaker.name == "Kyle Fenwick"
    assert speaker.title == "Commander"
    assert speaker.role == "lead for Roads Operations"
    assert speaker.organization == "Westshire Road Safety Partnership"


def test_a_post_opening_the_sentence_before_a_ranked_name_is_the_role(parser):
    _, speaker = speaker_of(parser, (
        "Senior Investigating Officer, Detective Chief Inspector Kyle Fenwick, said: "
        "\u201cWe are following every line of inquiry.\u201d"))
    assert speaker.title == "Detective Chief Inspector"
    assert speaker.role == "Senior Investigating Officer"


def test_an_ampersand_inside_an_office_keeps_the_office_whole(parser):
    _, speaker = speaker_of(parser, (
        "Westshire Police & Crime Commissioner Katy Fenwick said: \u201cFraud is rising.\u201d"))
    assert speaker.title.endswith("Police & Crime Commissioner")


def test_a_minister_is_never_given_the_publishing_force(parser):
    doc, speaker = speaker_of(parser, (
        "Officers from Westshire Police attended the launch.\n\nThe Deputy Minister and "
        "Chief Whip, Jane Fenwick, added: \u201cThe Government has provided funding.\u201d"),
        metadata={"url": "https://www.westshire.police.uk/news/launch"})
    assert doc.publisher is not None
    assert speaker.organization is None


def test_a_peers_form_of_address_gives_way_to_the_office_after_the_name(parser):
    _, speaker = speaker_of(parser, (
        "Lord Willy Fenwick, Westshire Police and Crime Commissioner, said: \u201cThe county "
        "is safer.\u201d"))
    assert speaker.name == "Willy Fenwick"
    assert speaker.title == "Police and Crime Commissioner"


def test_an_apposition_opening_with_and_belongs_to_the_next_person(parser):
    _, speaker = speaker_of(parser, (
        "Westshire Police\u2019s Acting Deputy Chief Constable Paul Fenwick, and Chief Officer "
        "for Citizens in Policing, Mike Amberley, said: \u201cThank you all.\u201d"))
    assert speaker.role is None or not speaker.role.startswith("and")


def test_a_post_whose_head_comes_last_after_a_bodys_possessive(parser):
    _, speaker = speaker_of(parser, (
        "Officers from Westshire Police attended.\n\nAshley Fenwick, Westshire police's "
        "Traffic Management officer, explains: \u201cSlow down at dusk.\u201d"))
    assert speaker.role == "Traffic Management officer"
    assert speaker.organization == "Westshire Police"
    assert not speaker.organization_inferred


@pytest.mark.parametrize(("office", "body"), [
    ("CEO", "Get Safe Online"), ("founder", "the Open Water Network")])
def test_an_office_heading_a_body_names_the_body_even_untagged(parser, office, body):
    _, speaker = speaker_of(parser, (
        f"Tony Fenwick, {office} of {body}, said: \u201cThese figures show a fall.\u201d"))
    assert speaker.title == office
    assert speaker.organization == body.removeprefix("the ")


def test_the_last_for_names_the_body_of_an_opening_office(parser):
    _, speaker = speaker_of(parser, (
        "Director of Safety for The British Riding Society, Alan Fenwick said: \u201cWe are "
        "delighted.\u201d"))
    assert speaker.title == "Director of Safety"
    assert speaker.organization == "British Riding Society"


@pytest.mark.parametrize("text", [
    ("Commenting on the awards, Westshire Police's Chief Constable, Dave Fenwick, said: "
    "\u201cPeople here do outstanding things.\u201d"),
    ("The delegates had a talk with Chief Constable, Dave Fenwick and a guest. Mr Fenwick, said: "
    "\u201cIt was a great pleasure.\u201d"),
])
def test_a_title_before_a_comma_inside_the_sentence(parser, text):
    _, speaker = speaker_of(parser, text)
    assert speaker.name == "Dave Fenwick"
    assert speaker.title == "Chief Constable"


@pytest.mark.parametrize(("text", "title"), [
    (("Julia Fenwick, elected Police, Fire and Crime Commissioner for Westshire, said: "
     "\u201cStay safe.\u201d"), "Police, Fire and Crime Commissioner for Westshire"),
    ("Westshire Police, Fire and Crime Commissioner Julia Fenwick said: \u201cStay safe.\u201d",
     "Police, Fire and Crime Commissioner"),
    (("Julia Fenwick, the Police and Crime Commissioner for Westshire, said: \u201cStay "
     "safe.\u201d"), "Police and Crime Commissioner for Westshire"),
])
def test_the_commissioners_office_is_read_whole(parser, text, title):
    _, speaker = speaker_of(parser, text)
    assert speaker.name == "Julia Fenwick"
    assert speaker.title == title
    assert speaker.organization is None


def test_an_office_opening_a_bodys_name_is_the_persons(parser):
    doc, speaker = speaker_of(parser, (
        "Elaine Fenwick, Chair of Warwickshire Safeguarding, added: \u201cIt is crucial that "
        "we all unite.\u201d"))
    assert speaker.title == "Chair"
    assert speaker.organization == "Warwickshire Safeguarding"
    assert not any(o.name.startswith("Chair") for o in doc.organizations)


def test_a_fire_officer_is_never_given_the_publishing_force(parser):
    doc, speaker = speaker_of(parser, (
        "Officers from Westshire Police attended the fire.\n\nChief Fire Officer Gavin "
        "Fenwick said: \u201cThe crews worked all night.\u201d"),
        metadata={"url": "https://www.westshire.police.uk/news/fire"})
    assert doc.publisher is not None
    assert speaker.organization is None


def test_a_post_in_lower_case_after_force_or_police_is_the_forces(parser):
    _doc, speaker = speaker_of(parser, (
        "Officers from Westshire Police attended.\n\nThe superintendent was out with force "
        "driver trainer Glenn Amberley on Monday. Mr Amberley said: \u201cA buzzard dropped "
        "in front of us.\u201d"), metadata={"url": "https://www.westshire.police.uk/news/a"})
    assert speaker.name == "Glenn Amberley"
    assert speaker.role == "force driver trainer"
    assert speaker.organization == "Westshire Police"
    assert speaker.organization_inferred


@pytest.mark.parametrize(("sentence", "role"), [
    ("Kimberly Amberley has been a special constable for six years.", "special constable"),
    ("Kimberly Amberley was the officer in charge of the investigation.",
     "officer in charge of the investigation"),
])
def test_a_post_the_sentence_says_the_person_holds_is_the_role(parser, sentence, role):
    _doc, speaker = speaker_of(parser, (
        f"Officers from Westshire Police attended.\n\n{sentence} Kimberly said: \u201cI love "
        "to help people.\u201d"))
    assert speaker.name == "Kimberly Amberley"
    assert speaker.role == role


def test_a_hobby_the_sentence_states_is_no_post(parser):
    _, speaker = speaker_of(parser, (
        "Glenn Amberley is a keen cyclist. He said: \u201cI love the hills.\u201d"))
    assert speaker.role is None


def test_honours_after_a_name_are_skipped_before_the_appositions(parser):
    _, speaker = speaker_of(parser, (
        "David A Fenwick MBE DL, Chair of the Westshire Enterprise Partnership, added: "
        "\u201cThe hospitality sector has had a hard year.\u201d"))
    assert speaker.name == "David A Fenwick"
    assert speaker.title == "Chair"
    assert speaker.organization == "Westshire Enterprise Partnership"


def test_an_office_named_with_hm_is_one_title(parser):
    _, speaker = speaker_of(parser, (
        "Acknowledging such behaviour was rare, HM Inspector of Constabulary Zoe Fenwick, "
        "said: \u201cEven one instance of abuse is too many.\u201d"))
    assert speaker.name == "Zoe Fenwick"
    assert speaker.title == "HM Inspector of Constabulary"
    assert speaker.organization is None


def test_the_first_of_after_which_the_words_name_a_body_gives_it(parser):
    _, speaker = speaker_of(parser, (
        "Chair of the Westshire Association of Muslim Police, Sophia Fenwick, said: "
        "\u201cWe police all communities.\u201d"))
    assert speaker.title == "Chair"
    assert speaker.organization == "Westshire Association of Muslim Police"


def test_a_charity_chief_executive_is_never_given_the_publishing_force(parser):
    doc, speaker = speaker_of(parser, (
        "Officers from Westshire Police attended.\n\nDiana Fenwick, Chief Executive of the "
        "independent charity Victim Aid, said: \u201cWe help.\u201d"),
        metadata={"url": "https://www.westshire.police.uk/news/a"})
    assert doc.publisher is not None
    assert speaker.organization is None


def test_a_lower_case_word_after_police_that_names_no_post_is_no_role(parser):
    _, speaker = speaker_of(parser, (
        "He spoke in police interview Daniel Fenwick said: \u201cI did not do it.\u201d"))
    assert speaker.role is None


@pytest.mark.parametrize("opening, title", [
    ("New Detective Inspector Jo Amberley", "Detective Inspector"),
    ("Incoming Chief Constable Jo Amberley", "Chief Constable"),
    ("Jo Amberley, the newly appointed Superintendent,", "Superintendent"),
])
def test_when_a_post_was_taken_up_is_no_part_of_its_title(parser, opening, title):
    _, speaker = speaker_of(parser, f"{opening} said: \u201cWe will patrol every night.\u201d")
    assert speaker.name == "Jo Amberley"
    assert speaker.title == title


def test_a_title_opening_the_sentence_after_the_and_new_is_read(parser):
    _, speaker = speaker_of(parser, (
        "The new Chief Constable, Jo Amberley, said: \u201cWe will patrol every night.\u201d"))
    assert speaker.name == "Jo Amberley"
    assert speaker.title == "Chief Constable"


@pytest.mark.parametrize("place", ["Eastbury", "North Westby"])
@pytest.mark.parametrize("rank", ["Detective Inspector", "Chief Inspector",
                                  "Detective Chief Inspector"])
def test_a_place_before_a_compound_rank_is_no_part_of_it(parser, place, rank):
    _, speaker = speaker_of(parser, (
        f"{place} {rank} Tom Kestrel said: \u201cJustice has been done today.\u201d"))
    assert speaker.name == "Tom Kestrel"
    assert speaker.title == rank


def test_a_unit_before_a_plain_rank_and_an_area_before_a_chief_constable_stay(parser):
    _, sergeant = speaker_of(parser, (
        "Roads Policing Sergeant Tom Kestrel said: \u201cSlow down.\u201d"))
    _, chief = speaker_of(parser, (
        "Westshire Chief Constable Tom Kestrel said: \u201cSlow down.\u201d"))
    assert sergeant.title == "Roads Policing Sergeant"
    assert chief.title == "Westshire Chief Constable"


def test_a_head_of_a_department_owned_by_a_body_is_a_role_in_that_body(parser):
    _, speaker = speaker_of(parser, (
        "Kestrel Rail\u2019s Head of Customer Services, Jo Dunmore, said: \u201cThe safety "
        "of our passengers comes first.\u201d"))
    assert speaker.name == "Jo Dunmore"
    assert speaker.title is None
    assert speaker.role == "Head of Customer Services"
    assert speaker.organization == "Kestrel Rail"


def test_a_head_of_a_portfolio_before_the_name_is_a_role(parser):
    _, speaker = speaker_of(parser, (
        "Head of Major Crime, Jo Dunmore, said: \u201cWe will find those responsible.\u201d"))
    assert speaker.role == "Head of Major Crime"
    assert speaker.title is None


def test_a_post_for_the_charity_named_gives_the_charity_without_its_place(parser):
    _, speaker = speaker_of(parser, (
        "Kerry Arley, Contract Manager for the charity Safer Dunmore in Westshire, said: "
        "\u201cHate crime often goes unreported.\u201d"))
    assert speaker.name == "Kerry Arley"
    assert speaker.title == "Contract Manager"
    assert speaker.organization == "Safer Dunmore"


@pytest.mark.parametrize("post", ["Project Facilitator", "Support Worker", "Youth Mentor"])
def test_a_job_noun_heads_a_post_written_before_the_name(parser, post):
    _, speaker = speaker_of(parser, (
        f"{post} Jo Dunmore said: \u201cWe listen to every young person.\u201d"))
    assert speaker.name == "Jo Dunmore"
    assert speaker.title == post
