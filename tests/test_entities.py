"""Entities, people and organisations on releases written for these tests."""

from __future__ import annotations

import pytest
from helpers import check_document, parse_with_model_label

RELEASE = """```yaml
title: Campaign against online grooming | Exampleshire Police
url: https://www.exampleshire.police.uk/news/2020/april/campaign/
publish:
  date: 10:00 15/04/2020
```

Exampleshire Police has launched a campaign against online grooming during the COVID-19
outbreak, with adverts on Facebook, Twitter, Snapchat and YouTube.

Assistant Chief Constable Duncan Marsh, lead for Public Protection, Exampleshire Police,
said the campaign, part of Operation Sceptre, cost £55k. Mr Marsh added that 1694 offences
were recorded between April 2019 and February 2020, compared to 1573 in 2018/19.

Priya Shah, director of Safe Online Exampleshire, said the NSPCC Scotland helpline on
0808 1000 900 was busier than ever. The NSPCC has trained 50 volunteers. Marsh thanked them.
"""


@pytest.fixture(scope="module")
def doc(parser):
    document = parser.parse_text(RELEASE)
    check_document(document)
    return document


def by_label(doc, label):
    return [(e.text, e.value) for e in doc.entities if e.label == label]


@pytest.mark.model
def test_platforms_are_organisations_not_people(doc):
    orgs = {e.text for e in doc.entities if e.label == "ORG"}
    assert {"Facebook", "Twitter", "Snapchat", "YouTube"} <= orgs
    assert not {"Facebook", "Twitter", "Snapchat", "YouTube"} & {p.name for p in doc.people}


@pytest.mark.model
def test_diseases_and_operations_are_not_entities_of_interest(doc):
    names = {e.text for e in doc.entities if e.label in ("ORG", "PERSON")}
    assert not any("COVID" in n or "Sceptre" in n for n in names)


@pytest.mark.model
def test_person_without_title_and_all_mentions_linked(doc):
    marsh = next(p for p in doc.people if p.name == "Duncan Marsh")
    assert marsh.titles[0] == "Assistant Chief Constable"
    assert {m.text for m in marsh.mentions} >= {"Duncan Marsh", "Marsh"}
    assert len(marsh.mentions) == 3
    assert marsh.role == "lead for Public Protection"
    assert marsh.organization == "Exampleshire Police"


@pytest.mark.model
def test_affiliation_from_director_of(doc):
    # an office in lower case is still the person's title ("director of X")
    shah = next(p for p in doc.people if p.name == "Priya Shah")
    assert shah.titles == ("director",)
    assert shah.role is None
    assert shah.organization == "Safe Online Exampleshire"


@pytest.mark.model
def test_short_forms_link_to_one_organisation(doc):
    nspcc = [o for o in doc.organizations if "NSPCC" in o.name]
    assert len(nspcc) == 1
    assert nspcc[0].name == "NSPCC Scotland"
    assert "NSPCC" in nspcc[0].aliases
    assert any(o.name == "Exampleshire Police" for o in doc.organizations)


@pytest.mark.model
def test_phone_money_and_dates_with_values(doc):
    assert by_label(doc, "PHONE") == [("0808 1000 900", "+448081000900")]
    assert by_label(doc, "MONEY") == [("£55k", {"amount": 55000, "currency": "GBP"})]
    dates = dict(by_label(doc, "DATE"))
    assert dates["between April 2019 and February 2020"] == "2019-04/2020-02"
    assert "1694" not in dates and "0808 1000" not in dates
    assert not any("2018/19" in text for text in dates)
    assert doc.published == "2020-04-15"


@pytest.mark.model
def test_region_from_the_document_and_from_the_caller(nlp):
    from pressparse import DocumentParser

    text = "Call us on (412) 555-0123 or 101 for help."
    us = DocumentParser(nlp=nlp, region="US").parse_text(text)
    assert [e.value for e in us.entities if e.label == "PHONE"] == ["+14125550123"]
    gb = DocumentParser(nlp=nlp).parse_text(
        "---\nurl: https://example.police.uk/a\n---\nCall 0151 709 6010 or 101.")
    assert [e.value for e in gb.entities if e.label == "PHONE"] == ["+441517096010", "101"]


@pytest.mark.model
def test_references_are_never_phones(parser):
    doc = parser.parse_text(
        "Call 101 quoting log 1234 of 12 May or crime number 20/123456/21. "
        "The incident happened at 10.15pm and 101 people attended.")
    assert [e.value for e in doc.entities if e.label == "PHONE"] == ["101"]


@pytest.mark.model
def test_relative_dates_resolve_against_publication(parser):
    doc = parser.parse_text("---\ndate: 2020-04-15\n---\nThe crash happened on Monday. "
                            "He was arrested yesterday and appears in court on 3 March.")
    dates = dict(by_label(doc, "DATE"))
    assert dates["Monday"] == "2020-04-13"
    assert dates["yesterday"] == "2020-04-14"
    assert dates["3 March"] == "2020-03-03"


@pytest.mark.model
def test_relative_dates_without_publication_are_null(parser):
    doc = parser.parse_text("He was arrested yesterday.")
    assert dict(by_label(doc, "DATE")) == {"yesterday": None}


def test_people_and_places_from_context_without_the_model(blank_nlp):
    """The place rules read token context only, so a hand-built Doc can test them."""
    from spacy.tokens import Doc

    from pressparse._extract.context import Context
    from pressparse._extract.entities import extract_entities

    words = ["A", "man", "from", "Poole", "met", "Jane", "Doe", "in", "Luton", "."]
    ents = ["O", "O", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "O"]
    spacy_doc = Doc(blank_nlp.vocab, words=words, ents=ents)
    labels = {e.text: e.label for e in extract_entities(spacy_doc, spacy_doc.text, Context())}
    assert labels == {"Poole": "GPE", "Jane Doe": "PERSON", "Luton": "GPE"}


# --- organisation rules ---------------------------------------------------------

def _orgs(parser, text):
    return {o.name for o in parser.parse_text(text).organizations}


@pytest.mark.model
def test_saint_is_not_a_street_and_a_short_unit_name_links_to_the_last_one_named(parser):
    doc = parser.parse_text(
        "The St Exampleton Community Safety Unit applied to the court. Community Safety "
        "Unit Sergeant Jo Bloggs said the order was welcome. Sam Smith from the Police "
        "Community Safety Unit said it would help.")
    unit = next(o for o in doc.organizations if o.name == "St Exampleton Community Safety Unit")
    assert "Community Safety Unit" in unit.aliases
    assert not any(e.label == "FAC" and e.text.endswith("St") for e in doc.entities)


@pytest.mark.model
def test_acronym_of_an_order_is_never_an_organisation(parser):
    assert _orgs(parser, "A man was given a Criminal Behaviour Order (CBO) on Friday. If he "
                         "breaches his CBO he will be arrested. The CBO lasts two years.") == set()


@pytest.mark.model
def test_a_pub_named_as_a_place_is_a_venue_everywhere(parser):
    doc = parser.parse_text("A car hit pedestrians outside the Golden Lion pub in Exampleton. "
                            "The people outside the Golden Lion had no chance.")
    assert not doc.organizations
    assert {e.text for e in doc.entities if e.label == "FAC"} >= {"Golden Lion"}


@pytest.mark.model
def test_full_name_followed_by_age_or_birth_date_is_a_person(parser):
    doc = parser.parse_text("Tom Example, 32, and Jo Sample (27) were jailed. Sam Bloggs "
                            "(13/08/1993) of Exampleton was also sentenced.")
    assert {p.name for p in doc.people} == {"Tom Example", "Jo Sample", "Sam Bloggs"}
    assert not doc.organizations


@pytest.mark.model
def test_numbered_item_in_brackets_is_not_an_age(parser):
    doc = parser.parse_text("Operation Parkland (1) officers searched three houses.")
    assert not any("Parkland" in p.name for p in doc.people)


@pytest.mark.model
def test_unit_name_after_a_force_possessive_crosses_and(parser):
    assert "Homicide and Major Enquiry Team" in _orgs(
        parser, "Detective Inspector Jane Doe of Exampleshire Police's Homicide and Major "
                "Enquiry Team said the family had been told.")


@pytest.mark.model
def test_head_noun_inside_a_building_or_street_name_is_no_organisation(parser):
    doc = parser.parse_text("He was questioned at Exampleton Police Investigation Centre. "
                            "He lives on New College Close, Exampleton.")
    assert not doc.organizations
    assert ("FAC", "New College Close") in [(e.label, e.text) for e in doc.entities]


@pytest.mark.model
def test_counted_plural_bodies_are_not_one_named_body(parser):
    assert _orgs(parser, "Officers from all four Welsh Police Forces took part.") == set()


@pytest.mark.model
def test_organisation_words_inside_a_title_or_a_group_of_people(parser):
    doc = parser.parse_text(
        "The Police and Crime Commissioner for Exampleshire, Jane Doe, said the roads were "
        "safer. Exampleshire Casualty Reduction Officers stopped 40 drivers.")
    assert not doc.organizations
    assert [p.name for p in doc.people] == ["Jane Doe"]


@pytest.mark.model
def test_acronym_whose_letters_include_of_links_to_its_expansion(parser):
    doc = parser.parse_text(
        "The Management of Sexual Offenders and Violent Offenders team (MOSOVO) manage "
        "offenders. Inspector Jo Bloggs leads the MOSOVO team.")
    assert [(o.name, o.aliases) for o in doc.organizations] == [
        ("Management of Sexual Offenders and Violent Offenders", ("MOSOVO",))]


@pytest.mark.model
def test_coastguard_alone_is_a_service(parser):
    assert "Coastguard" in _orgs(
        parser, "Officers, with the support of Exampleshire Fire and Rescue, Mountain Rescue "
                "and the Coastguard, searched the coast.")


@pytest.mark.model
def test_district_after_a_force_possessive_is_its_unit(parser):
    assert _orgs(parser, "Inspector Jane Doe of GMP's Exampleton District said the men were "
                         "dangerous.") == {"GMP", "Exampleton District"}


@pytest.mark.model
def test_a_bodys_name_written_again_is_the_same_body_each_time(parser):
    doc = parser.parse_text(
        "Police Scotland is appealing for witnesses. Sergeant Tom Kestrel for Police "
        "Scotland\u2019s Road Policing Unit said the road would stay shut.")
    check_document(doc)
    body = next(o for o in doc.organizations if o.name == "Police Scotland")
    assert [m.start for m in body.mentions] == [0, 69]


@pytest.mark.model
def test_a_bodys_name_inside_a_longer_name_is_not_the_body(parser):
    doc = parser.parse_text(
        "Westshire Police is appealing. Westshire Police and Crime Commissioner Tom Arley "
        "said the road would stay shut.")
    check_document(doc)
    body = next(o for o in doc.organizations if o.name == "Westshire Police")
    assert len(body.mentions) == 1


@pytest.mark.model
@pytest.mark.parametrize("surname", ["King", "Bishop", "Prince"])
def test_a_surname_that_is_also_a_title_word_ends_a_titled_name(parser, surname):
    doc = parser.parse_text(
        f"Police Constable Adam {surname} of Westshire Police is keen to speak to anyone "
        "who saw the crash.")
    check_document(doc)
    assert [p.name for p in doc.people] == [f"Adam {surname}"]


@pytest.mark.model
def test_a_percentage_after_a_helpline_is_no_collar_number(parser):
    assert "Kestrelline" in _orgs(
        parser, "You can also contact Kestrelline 100% anonymously on 0800 555 111.")


@pytest.mark.model
def test_a_helpline_called_confidentially_and_anonymously_is_a_body(parser):
    assert "Tipwell" in _orgs(
        parser, "Contact Tipwell confidentially and anonymously on 0800 555 111.")


@pytest.mark.model
def test_a_website_or_portal_is_no_person_and_no_body(parser):
    doc = parser.parse_text("Footage can be uploaded to the Major Incident Public Portal. "
                            "Drivers can also use the National Dashcam Safety Portal. "
                            "Major Jo Arley said the regiment would help.")
    assert {p.name for p in doc.people} == {"Jo Arley"}
    assert not any("Portal" in o.name for o in doc.organizations)


@pytest.mark.model
def test_a_unit_or_department_written_in_lower_case_after_its_name(parser):
    orgs = _orgs(parser, "He was arrested by officers from Northtown Local Policing unit. "
                         "Chief Inspector Jo Arley, of the Westshire Roads Policing department, "
                         "said the goods were found in Exampleton Road Industrial unit.")
    assert "Northtown Local Policing unit" in orgs
    assert "Westshire Roads Policing department" in orgs
    assert not any("Industrial" in o for o in orgs)  # premises, not a unit


@pytest.mark.model
def test_a_unit_named_in_lower_case_by_what_it_does(parser):
    orgs = _orgs(parser, "Officers from the serious collision investigation unit are "
                         "appealing. DS Al Kemp, of the force's southern burglary team, said the "
                         "same team and the neighbourhood policing team would visit.")
    assert {"serious collision investigation unit", "southern burglary team"} <= orgs
    assert not any(o.endswith(("same team", "policing team")) for o in orgs)


@pytest.mark.model
def test_police_opening_a_community_support_officers_rank_names_no_force(parser):
    orgs = _orgs(parser, "Northshire Police Community Support Officer Jo Arley won the award. "
                         "Westshire Police officers attended.")
    assert "Northshire Police" not in orgs
    assert "Westshire Police" in orgs


@pytest.mark.model
def test_the_services_a_head_or_director_runs_are_a_portfolio(parser):
    orgs = _orgs(parser, "Kevin Arley, Head of Victim Services, said it was good. Jo Kemp, "
                         "Director of Enabling Services, agreed. Al Roe, Chief Executive of "
                         "Westshire Ambulance Services, spoke.")
    assert not orgs & {"Victim Services", "Enabling Services"}
    assert "Westshire Ambulance Services" in orgs


@pytest.mark.model
def test_initials_spelled_out_in_brackets_after_them(parser):
    doc = parser.parse_text("Residents signed up to the WAN (Westshire Alert Network) service. "
                            "He breached his CBO (Criminal Behaviour Order) twice.")
    names = {o.name for o in doc.organizations}
    assert "Westshire Alert Network" in names  # the body's fullest name
    assert not any("Order" in n or n == "CBO" for n in names)


@pytest.mark.model
def test_a_laws_name_cut_at_and_is_no_body(parser):
    assert not _orgs(parser, "The orders were granted under the Anti-Social Behaviour Crime "
                             "and Policing Act 2014 at Northtown court.") & {
        "Anti-Social Behaviour Crime", "Anti-Social Behaviour"}


@pytest.mark.model
def test_a_club_church_or_garage_where_something_happened_is_a_place(parser):
    doc = parser.parse_text("Officers are investigating a burglary at Northtown Bowls Club, "
                            "Mill Road. A man entered the Exampleco Garage on High Road. "
                            "A spokesman for Westshire Rugby Club said the damage was shocking.")
    names = {o.name for o in doc.organizations}
    assert not names & {"Northtown Bowls Club", "Exampleco Garage"}
    assert "Westshire Rugby Club" in names  # a club that speaks is a body


@pytest.mark.model
def test_a_justice_centre_and_a_referral_centre_are_bodies(parser):
    orgs = _orgs(parser, "He is due to appear before magistrates at Northtown Justice Centre "
                         "today. Support is available from the Westshire Sexual Assault Referral "
                         "Centre. The Exampleton Leisure Centre is closed.")
    assert {"Northtown Justice Centre", "Westshire Sexual Assault Referral Centre"} <= orgs
    assert "Exampleton Leisure Centre" not in orgs  # a building


@pytest.mark.model
def test_a_bodys_name_does_not_run_on_into_and_i(parser):
    orgs = _orgs(parser, "We are working closely with the University of Westshire and I "
                         "would like to stress that the risk is low.")
    assert "University of Westshire" in orgs
    assert not any(o.endswith(" I") for o in orgs)


@pytest.mark.model
def test_a_helpline_in_bold_is_still_the_body_to_contact(parser):
    assert "Kestrelline" in _orgs(
        parser, "If you would prefer to stay anonymous, please contact **Kestrelline** on "
                "**0800 555 111**.")


@pytest.mark.model
def test_a_name_with_a_middle_initial_keeps_its_surname(parser):
    doc = parser.parse_text(
        "David A Kestrel MBE DL, Chair of the Westshire Local Enterprise Partnership, "
        "opened the new centre.")
    check_document(doc)
    assert "David A Kestrel" in [p.name for p in doc.people]


@pytest.mark.model
def test_a_unit_named_after_its_forces_possessive_in_a_call_is_two_bodies(parser):
    orgs = _orgs(parser, "Anyone with information should call Westshire Police\u2019s Serious "
                         "Collision Investigation Unit on 0161 856 4741.")
    assert {"Westshire Police", "Serious Collision Investigation Unit"} <= orgs


@pytest.mark.model
def test_a_joint_unit_keeps_the_places_listed_in_its_name(parser):
    orgs = _orgs(parser, "The role covers both Northshire, Eastshire and Westshire Joint "
                         "Protective Services and the regional unit.")
    assert "Northshire, Eastshire and Westshire Joint Protective Services" in orgs


@pytest.mark.model
def test_a_post_after_a_bodys_name_is_no_part_of_the_body(parser):
    # the model runs "X Trust" and the post held in it together
    orgs = _orgs(parser, "Westshire Roads Trust Regional Safety Co-ordinator, Marie Fenwick, "
                         "said the lanes would reopen.")
    assert "Westshire Roads Trust Regional Safety Co-ordinator" not in orgs


@pytest.mark.model
def test_a_name_before_an_office_in_apposition_is_a_person(parser):
    doc = parser.parse_text("Kris P Fenwick, CEO of ISTO, said the surf sessions had helped.")
    assert "Kris P Fenwick" in {p.name for p in doc.people}
    assert "Kris P Fenwick" not in {o.name for o in doc.organizations}


@pytest.mark.model
def test_a_name_the_text_also_gives_a_campaign_is_no_organisation(parser):
    text = "Road deaths caused by the Deadly Dozen are avoidable."
    assert _orgs(parser, text) == {"Deadly Dozen"}  # the model's reading, alone
    assert _orgs(parser, text + " The Deadly Dozen Campaign runs until May.") == set()


def _parsed(blank_nlp, words, heads, deps, ents):
    from spacy.tokens import Doc

    from pressparse._extract.context import Context
    from pressparse._extract.entities import extract_entities

    doc = Doc(blank_nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)
    return {e.text: e.label for e in extract_entities(doc, doc.text, Context())}


def test_a_name_joined_by_and_to_a_place_is_a_place(blank_nlp):
    labels = _parsed(blank_nlp, ["She", "visited", "Dounton", "and", "Cathby", "."],
                     [1, 1, 1, 2, 2, 1], ["nsubj", "ROOT", "dobj", "cc", "conj", "punct"],
                     ["O", "O", "B-GPE", "O", "B-ORG", "O"])
    assert labels == {"Dounton": "GPE", "Cathby": "GPE"}


def test_an_acronym_joined_by_and_to_a_body_acronym_is_a_body(blank_nlp):
    labels = _parsed(blank_nlp, ["She", "met", "the", "XNC", "and", "XNPA", "."],
                     [1, 1, 3, 1, 3, 3, 1],
                     ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "punct"],
                     ["O", "O", "O", "B-ORG", "O", "B-GPE", "O"])
    assert labels == {"XNC": "ORG", "XNPA": "ORG"}


def _labelled(blank_nlp, words, ents):
    from spacy.tokens import Doc

    from pressparse._extract.context import Context
    from pressparse._extract.entities import extract_entities

    doc = Doc(blank_nlp.vocab, words=words, ents=ents)
    return [(e.text, e.label) for e in extract_entities(doc, doc.text, Context())]


def test_a_name_with_an_age_is_a_person_where_the_model_took_its_surname_for_a_place(blank_nlp):
    found = _labelled(blank_nlp, ["Nerijus", "Darskis", ",", "29", ",", "of", "Eastby", ",",
                                  "was", "jailed", "."],
                      ["O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O"])
    assert ("Nerijus Darskis", "PERSON") in found


def test_a_name_the_text_uses_as_a_place_is_a_place_where_the_model_said_person(blank_nlp):
    found = _labelled(blank_nlp, ["Northtown", "Victoria", "\n\n", "Staff", "at", "Northtown",
                                  "Victoria", "station", "were", "abused", "."],
                      ["B-PERSON", "I-PERSON", "O", "O", "O", "B-GPE", "I-GPE", "O", "O", "O", "O"])
    assert found == [("Northtown Victoria", "GPE"), ("Northtown Victoria", "GPE")]


def test_an_office_the_model_took_for_a_name_is_nobody(blank_nlp):
    found = _labelled(blank_nlp, ["Judges", "including", "the", "former", "High", "Sheriff",
                                  ",", "Jo", "Arley", ",", "met", "."],
                      ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON",
                       "O", "O", "O"])
    assert found == [("Jo Arley", "PERSON")]


def test_two_bodies_joined_by_and_in_one_span_are_two(blank_nlp):
    labels = _parsed(blank_nlp, ["Both", "the", "OPCC", "and", "Westshire", "Police", "agree", "."],
                     [2, 2, 6, 2, 5, 2, 6, 6],
                     ["preconj", "det", "nsubj", "cc", "compound", "conj", "ROOT", "punct"],
                     ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"])
    assert labels == {"OPCC": "ORG", "Westshire Police": "ORG"}
    # one side no body by its own words: one name
    labels = _parsed(blank_nlp, ["The", "Westshire", "Fire", "and", "Rescue", "Service", "came", "."],
                     [5, 5, 5, 2, 2, 6, 6, 6],
                     ["det", "compound", "compound", "cc", "conj", "nsubj", "ROOT", "punct"],
                     ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"])
    assert labels == {"Westshire Fire and Rescue Service": "ORG"}


@pytest.mark.model
def test_a_titled_name_the_model_calls_an_organisation_is_a_person(parser):
    doc = parser.parse_text(
        "Marsh was jailed for four years.\n\n"
        "DC Martin Hardy said: \"Marsh is a dangerous man who has shown no remorse.\"\n\n"
        "Officers from King Cross station attended.")
    check_document(doc)
    assert "Martin Hardy" in {p.name for p in doc.people}
    assert doc.quotes[0].speaker.kind == "person"
    assert "Cross" not in {p.name for p in doc.people}


@pytest.mark.model
def test_honours_after_a_name_are_neither_name_nor_organisation(parser):
    doc = parser.parse_text(
        "Chief Constable Simon Cole QPM said: \"I am delighted so many people applied.\"\n\n"
        "Jane Smith OBE, chief executive of the Exampleton Trust, welcomed the news.")
    check_document(doc)
    assert {p.name for p in doc.people} >= {"Simon Cole", "Jane Smith"}
    assert not {"QPM", "OBE"} & {o.name for o in doc.organizations}
    assert doc.quotes[0].speaker.name == "Simon Cole"


# --- dates a reader would resolve -------------------------------------------------

DATED = """```yaml
published: 2020-06-17
```

A man was arrested on 3 March and will appear at Exampleton Crown Court on 1 July.
His co-accused is due to appear before magistrates on 2 July, and a third man was
bailed until 3 January. Officers were called yesterday.
"""


@pytest.mark.model
def test_tense_chooses_the_year_of_a_date_without_one(parser):
    doc = parser.parse_text(DATED)
    check_document(doc)
    dates = {e.text: (e.value, e.relative) for e in doc.entities_of("DATE")}
    assert dates["3 March"] == ("2020-03-03", True)
    assert dates["1 July"] == ("2020-07-01", True)
    assert dates["2 July"] == ("2020-07-02", True)
    assert dates["3 January"] == ("2021-01-03", True)
    assert dates["yesterday"] == ("2020-06-16", True)


@pytest.mark.model
def test_a_date_range_gives_its_two_ends(parser):
    doc = parser.parse_text("Thefts were reported between 3 and 9 May 2021.\n")
    (date,) = doc.entities_of("DATE")
    assert date.value == "2021-05-03/2021-05-09"
    assert date.bounds == ("2021-05-03", "2021-05-09")
    assert not date.relative


# --- names typed by their context -----------------------------------------------------

TYPED = """Anyone with information should contact the independent charity Exampleline
anonymously on 0800 555 111, or report it to Police Exampleshire on 101.

Both Exampleshire Constabulary and the Exampleton Fire Service attended the crash on the
A4621 near Tanners Green. Officers later searched Yeomans Court and the Exampleton Bridge.
The suspect appeared at Exampleton Crown Court. Posted 04:01pm in News, times in GMT.

Percy Vance, 47, and Coral Vance, 45, were jailed. CI Harries said the Vances had shown
no remorse.
"""


@pytest.fixture(scope="module")
def typed(parser):
    document = parser.parse_text(TYPED)
    check_document(document)
    return document


@pytest.mark.model
def test_what_the_reader_is_told_to_call_is_a_body(typed):
    orgs = {o.name for o in typed.organizations}
    assert {"Exampleline", "Police Exampleshire"} <= orgs


@pytest.mark.model
def test_roads_places_and_page_furniture_are_not_organisations(typed):
    orgs = {o.name for o in typed.organizations}
    assert not orgs & {"A4621", "Tanners Green", "Yeomans Court", "Exampleton Bridge", "GMT",
                       "04:01pm in News"}
    assert not any(o.startswith("Both ") for o in orgs)
    assert "Exampleshire Constabulary" in orgs
    assert "Exampleton Crown Court" in orgs
    assert ("FAC", "A4621") in {(e.label, e.text) for e in typed.entities}


@pytest.mark.model
def test_two_people_sharing_a_surname_are_kept_apart(typed):
    people = {p.name: p for p in typed.people}
    assert {"Percy Vance", "Coral Vance"} <= set(people)
    assert (people["Percy Vance"].age, people["Coral Vance"].age) == (47, 45)
    assert people["Harries"].titles == ("CI",)


@pytest.mark.model
def test_branches_platforms_and_places_by_their_context(parser):
    doc = parser.parse_text(
        "The case was reviewed by CPS South West. Contact us:\n\n"
        "•Facebook - send us a message\n\n"
        "The cyclist, Tom Reyes from Exampleton, died. Three men, all from Exampleford, were "
        "arrested. The Force and the PCC thanked the public.\n")
    check_document(doc)
    orgs = {o.name for o in doc.organizations}
    assert {"CPS South West", "Facebook"} <= orgs
    assert not orgs & {"Exampleton", "Exampleford", "Force", "PCC"}


@pytest.mark.model
def test_the_end_of_bail_is_ahead_of_the_release(parser):
    doc = parser.parse_text("```yaml\npublished: 2020-12-16\n```\n\nHe has been released on "
                            "police bail until 7 February. A second man was given conditional "
                            "bail until January.\n")
    assert [e.value for e in doc.entities_of("DATE")] == ["2021-02-07", "2021-01"]


@pytest.mark.model
def test_names_that_are_laws_places_or_initials(parser):
    doc = parser.parse_text(
        "Stephen-Alan Paul Vickers, 25, was convicted. Officers in North Exampleshire said "
        "Stephen Vickers had breached the Coronavirus Bill. R. I. P.\n")
    check_document(doc)
    names = {p.name for p in doc.people}
    assert "Stephen-Alan Paul Vickers" in names
    assert not names & {"Stephen Vickers", "North Exampleshire", "Coronavirus Bill", "R. I. P"}


# --- a lone word is a body only when the text treats it as one --------------------------

def test_a_lone_capitalised_word_needs_something_saying_it_is_a_body(blank_nlp):
    # An imperative opening a bullet, which the model may take for a body.
    assert _parsed(blank_nlp, ["Keep", "doors", "locked", "."], [0, 0, 0, 0],
                   ["ROOT", "dobj", "oprd", "punct"], ["B-ORG", "O", "O", "O"]) == {}
    # A kind of body before it, or in apposition after it.
    assert _parsed(blank_nlp, ["Gifts", "went", "to", "the", "charity", "Helpwell", "."],
                   [1, 1, 1, 5, 5, 2, 1], ["nsubj", "ROOT", "prep", "det", "compound", "pobj",
                                           "punct"],
                   ["O", "O", "O", "O", "O", "B-ORG", "O"]) == {"Helpwell": "ORG"}
    assert _parsed(blank_nlp, ["Helpwell", ",", "a", "local", "charity", ",", "helped", "."],
                   [6, 0, 4, 4, 0, 0, 6, 6],
                   ["nsubj", "punct", "det", "amod", "appos", "punct", "ROOT", "punct"],
                   ["B-ORG", "O", "O", "O", "O", "O", "O", "O"]) == {"Helpwell": "ORG"}


def test_a_lone_word_that_speaks_or_owns_a_unit_is_a_body(blank_nlp):
    assert _parsed(blank_nlp, ["Helpwell", "said", "it", "would", "help", "."],
                   [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"],
                   ["B-ORG", "O", "O", "O", "O", "O"]) == {"Helpwell": "ORG"}
    labels = _parsed(
        blank_nlp, ["Staff", "from", "the", "Yard", "’s", "Fraud", "Unit", "and", "the", "Yard",
                    "came", "."],
        [10, 0, 3, 6, 3, 6, 1, 6, 9, 6, 10, 10],
        ["nsubj", "prep", "det", "poss", "case", "compound", "pobj", "cc", "det", "conj", "ROOT",
         "punct"],
        ["O", "O", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "O", "O"])
    assert labels == {"Fraud Unit": "ORG", "Yard": "ORG"}


@pytest.mark.model
def test_bodies_to_call_in_any_wording_and_in_a_list_of_helplines(parser):
    doc = parser.parse_text(
        "If you would rather not give your name, pass what you know to Helpwell anonymously "
        "on 0800 123 4567, or the charity Talkline 100 per cent anonymously on 0800 765 4321."
        "\n\nSupport:\n\n* Listenline – 0800 1111\n* Text - 07700 900123\n")
    check_document(doc)
    assert {o.name for o in doc.organizations} == {"Helpwell", "Talkline", "Listenline"}


@pytest.mark.model
def test_the_sender_line_and_page_labels_name_no_body(parser):
    doc = parser.parse_text(
        "Updated News Post\n\nA man was arrested in Exampleton.\n\n"
        "**Issued by:** QX, Press and Public Relations\n")
    assert not doc.organizations


@pytest.mark.model
def test_a_lower_case_kind_after_a_name_belongs_to_the_name(parser):
    orgs = _orgs(parser, "Sergeant Ann Lowe, of Exampleton police, said the man was taken to "
                         "Exampleford General hospital. Officers from the Serious and Organised "
                         "Crime team searched the house, and Romanian police were told.")
    assert {"Exampleton police", "Exampleford General hospital",
            "Serious and Organised Crime team"} <= orgs
    assert not any("Romanian" in o for o in orgs)
    assert _orgs(parser, "He was seen near Exampleton police station.") == set()


@pytest.mark.model
def test_a_unit_after_a_force_possessive_may_be_written_in_lower_case(parser):
    assert "City of Exampleton district" in _orgs(
        parser, "Inspector Ray Dunn, of GMP's City of Exampleton district, said the road was "
                "closed.")


@pytest.mark.model
def test_a_body_after_a_or_your_local_is_described_not_named(parser):
    orgs = _orgs(parser, "You can contact your local Safer Streets Team (SST) by email. A "
                         "dedicated Rural Team patrols the farms. A Exampleshire Police officer "
                         "was hurt.")
    assert orgs == {"Exampleshire Police"}


@pytest.mark.model
def test_sites_buildings_and_cars_by_their_last_word_are_not_bodies(parser):
    doc = parser.parse_text(
        "The boat was found near Exampleton Docks and Millbrook Farm. Recruits trained at "
        "Exampleshire Police HQ and at Exampleford Police Station. The van hit a Red BMW.")
    check_document(doc)
    assert not doc.organizations


@pytest.mark.model
def test_a_name_stops_at_a_bracket_or_a_lower_case_word_no_name_holds(parser):
    doc = parser.parse_text(
        "The winners were Carys Wynne (Exampleton), Idris Hale (Exampleford) and Ffion Rhys "
        "(Examplebury). The raid took place at Exampleby near Exampleford on Monday.")
    check_document(doc)
    assert not any("(" in e.text or " near " in e.text for e in doc.entities)


@pytest.mark.model
def test_a_unit_of_two_forces_is_three_bodies(parser):
    assert _orgs(parser, "The Joint Roads Unit of Exampleshire Constabulary and Exampleford "
                         "Police began a trial in May.") == {
        "Joint Roads Unit", "Exampleshire Constabulary", "Exampleford Police"}


@pytest.mark.model
def test_a_possessive_inside_a_name(parser):
    orgs = _orgs(parser, "The National Fire Chiefs' Council backed the plan. He will appear "
                         "at Exampleton Magistrate's Court on Monday. Officers from "
                         "Exampleford's Community Impact Team helped.")
    assert {"National Fire Chiefs' Council", "Exampleton Magistrate's Court",
            "Community Impact Team"} <= orgs
    assert not any(o.startswith("Exampleford") for o in orgs)


# --- people by their context ------------------------------------------------------------

@pytest.mark.model
def test_collar_numbers_beside_an_officer_name(parser):
    doc = parser.parse_text(
        "Please call 101 and ask for Ned Lane 4821, or speak to Detective Constable 3307 Ivy "
        "Marsh. You can also contact officer 2290 Pollard on 101.")
    check_document(doc)
    names = {p.name for p in doc.people}
    assert {"Ned Lane", "Ivy Marsh"} <= names
    assert not any(any(ch.isdigit() for ch in n) for n in names)
    assert "Pollard" not in {o.name for o in doc.organizations}


def test_a_rank_abbreviation_the_model_took_into_a_building_begins_a_person(blank_nlp):
    labels = _parsed(blank_nlp, ["Ask", "for", "DC", "Ada", "Lark", "."], [0, 0, 4, 4, 1, 0],
                     ["ROOT", "prep", "compound", "compound", "pobj", "punct"],
                     ["O", "O", "B-FAC", "I-FAC", "I-FAC", "O"])
    assert labels == {"Ada Lark": "PERSON"}


@pytest.mark.model
def test_a_name_after_a_relative_is_a_person_even_alone(parser):
    doc = parser.parse_text("Tributes were paid to Ivor Penn, 80. His granddaughter, Seren, "
                            "said: \"He was kind to everyone.\"")
    check_document(doc)
    assert {"Ivor Penn", "Seren"} <= {p.name for p in doc.people}


@pytest.mark.model
def test_posts_and_places_named_after_people_are_not_people(parser):
    doc = parser.parse_text(
        "Councillor Ada Brook, Portfolio Holder for Safer Streets at Exampleton Council, "
        "said the work would go on. The fight happened in St Oswin's Square.")
    check_document(doc)
    names = {p.name for p in doc.people}
    assert "Ada Brook" in names
    assert not names & {"Portfolio Holder", "St Oswin"}


@pytest.mark.model
def test_a_list_of_full_names_is_a_list_of_people(parser):
    doc = parser.parse_text(
        "The cadets of the year were Rhodri Vaughan (Exampleton), Megan Pryce (Exampleford), "
        "Tomos Lloyd (Examplebury) and Elin Morgan (Exampleby).")
    check_document(doc)
    assert not doc.organizations


@pytest.mark.model
def test_schemes_plates_and_names_cut_short_are_not_bodies(parser):
    doc = parser.parse_text(
        "Farmers joined Exampledale Watch schemes after the Exampledale Agricultural Show. A "
        "grey Ford registration KX19 RTW was seen. He was arrested on suspicion of Possession "
        "of a Firearm.")
    check_document(doc)
    assert not doc.organizations
    assert not any("RTW" in e.text for e in doc.entities)


@pytest.mark.model
def test_a_unit_of_several_forces_named_in_a_list(parser):
    assert "Northshire, Midshire and Southshire Road Policing Unit" in _orgs(
        parser, "PC Jo Hart, from the Northshire, Midshire and Southshire Road Policing Unit, "
                "said the road was closed.")


@pytest.mark.model
def test_the_year_ending_a_duration_is_a_date_and_an_age_is_none(parser):
    doc = parser.parse_text("Records were kept over a period of seven years to 1921. A 64 year "
                            "old man was hurt in June 2019.")
    assert [(e.text, e.value) for e in doc.entities_of("DATE")] == [
        ("1921", "1921"), ("June 2019", "2019-06")]


@pytest.mark.model
def test_sites_projects_and_posts_named_like_people(parser):
    doc = parser.parse_text(
        "She was walking near the Sir Alfie Rowntree Bridge when she was approached. Forces "
        "back Project KESTREL this week. Mr Ian Lowe, Assistant Headteacher of Exampleton "
        "School, said it mattered. Commissioner Ruth Vane Said: \"We will act.\" He will appear "
        "at Exampleton Justice Centre.")
    check_document(doc)
    names = {p.name for p in doc.people}
    assert {"Ian Lowe", "Ruth Vane"} <= names
    assert not names & {"Alfie Rowntree Bridge", "Project KESTREL", "Headteacher", "Centre",
                        "Ruth Vane Said"}


@pytest.mark.model
def test_a_surname_that_is_also_a_place_word_stays_a_person(parser):
    doc = parser.parse_text("Sergeant Green said the road had reopened. PC Wood agreed.")
    assert {"Green", "Wood"} <= {p.name for p in doc.people}


@pytest.mark.model
def test_an_address_and_common_acronyms_are_no_bodies(parser):
    doc = parser.parse_text(
        "Jon Ashe, 45, of Millbeck, Exampleby, Exampleshire, was fined. Talk to your GP, "
        "or DM us. The image (PNG - 30 KB) shows a 5% ABV cider.")
    check_document(doc)
    assert not doc.organizations


@pytest.mark.model
def test_a_court_with_a_curly_apostrophe_is_a_body_and_a_unit_owns_its_initiative(parser):
    orgs = _orgs(parser, "He appeared at Exampleton Magistrates’ Court on Monday. Operation "
                         "Kite is a Northshire Roads Policing Unit initiative.")
    assert {"Exampleton Magistrates’ Court", "Northshire Roads Policing Unit"} <= orgs


@pytest.mark.model
def test_portfolios_registers_areas_initials_and_titled_acronyms_are_no_bodies(parser):
    doc = parser.parse_text(
        "Ann Cole, Cabinet Member for Safer Travel, said the scheme worked. He must sign the "
        "Sex Offenders Register. It happened in the Castle Mount area on Bonfire Night.\n\n"
        "**Exampleshire Police Community Support Officer (PCSO) of the Year:** PCSO Jo Reed\n\n"
        "QX\n")
    check_document(doc)
    orgs = {o.name for o in doc.organizations}
    assert not orgs & {"Safer Travel", "Sex Offenders Register", "Castle Mount", "Bonfire Night",
                       "PCSO", "QX"}


@pytest.mark.model
def test_a_body_then_another_body_and_a_list_of_places_before_a_force(parser):
    orgs = _orgs(parser, "The work involved the Ministry of Defence Police and Royal Mail. "
                         "Partnerships in North Exampleshire, South Exampleshire and "
                         "Exampleton Police agreed.")
    assert {"Ministry of Defence Police", "Royal Mail"} <= orgs
    assert not any("," in o for o in orgs)


@pytest.mark.model
def test_a_lone_word_joined_to_a_named_body_is_a_body(parser):
    assert "Army" in _orgs(parser, "Exampleshire Police and the Army are patrolling the moor.")


@pytest.mark.model
def test_what_one_reports_to_or_calls_on_a_service_number_is_a_body_everywhere(parser):
    doc = parser.parse_text(
        "Anyone who has lost money should report the matter to Scam Watchers online. You can "
        "also contact Safe Money on 0300 123 4567. Safe Money said calls had risen. Please "
        "call Jane Hollis on 01234 567890.")
    check_document(doc)
    orgs = {o.name for o in doc.organizations}
    assert {"Scam Watchers", "Safe Money"} <= orgs
    assert "Jane Hollis" in {p.name for p in doc.people}
    assert not {"Scam Watchers", "Safe Money"} & {p.name for p in doc.people}


@pytest.mark.model
def test_towns_coins_and_the_place_an_officer_leads_are_not_people(parser):
    doc = parser.parse_text(
        "Chief Inspector Ola Reyes, Policing Commander for Exampleford, said the flasher was "
        "seen in Bishop's Exampleton. Thieves took a George III 1817 sovereign. Kim Jong-un "
        "was not involved.")
    check_document(doc)
    names = {p.name for p in doc.people}
    assert "Ola Reyes" in names
    assert not any(n in names for n in ("Exampleford", "Exampleton", "George III 1817"))
    assert not any(any(ch.isdigit() for ch in n) for n in names)


@pytest.mark.model
def test_prisons_cid_and_regiments_are_bodies(parser):
    orgs = _orgs(parser, "A convict absconded from HMP Exampleford last week. Detective Sergeant "
                         "Ian Cole of North Exampleshire CID said he served in the Exampleshire "
                         "Regiment.")
    assert {"HMP Exampleford", "North Exampleshire CID", "Exampleshire Regiment"} <= orgs


@pytest.mark.model
def test_a_hyphenated_first_name_after_a_rank_keeps_the_surname(parser):
    doc = parser.parse_text("DC Mary-Jane Okafor and PC Tom-Lee Walsh made the arrest. "
                            "Sergeant Anne-Marie Duffy, who leads the team, praised them.")
    check_document(doc)
    assert {"Mary-Jane Okafor", "Tom-Lee Walsh", "Anne-Marie Duffy"} <= {
        p.name for p in doc.people}


@pytest.mark.model
def test_the_last_part_of_an_address_and_places_in_a_list_are_not_people(parser):
    doc = parser.parse_text(
        "Officers were called to a fight on Barrow Close, Lenham Hill.\n\n"
        "Officers work across St Albans, Harpenden and London Colney. The road between "
        "Fritton and St Olaves was shut. London Colney residents were told.\n\n"
        "Vipin Rao, who was 43, from Reading and Kevin Arkell, who was 49, from Trowbridge, "
        "died.")
    check_document(doc)
    names = {p.name for p in doc.people}
    assert not names & {"Lenham Hill", "London Colney", "St Olaves"}
    assert {"Vipin Rao", "Kevin Arkell"} <= names


@pytest.mark.model
def test_the_body_a_reader_may_tell_anonymously_or_named_by_its_kind(parser):
    doc = parser.parse_text(
        "If you wish to remain anonymous, the independent charity Helpwise can be contacted "
        "on 0800 555 111. Information can also be passed to Tipline anonymously via their "
        "website. The charity Victim Aid offers help to anyone affected.")
    check_document(doc)
    orgs = {o.name for o in doc.organizations}
    assert {"Helpwise", "Tipline", "Victim Aid"} <= orgs
    assert not orgs & {p.name for p in doc.people}


@pytest.mark.model
def test_a_name_after_a_kind_of_body_that_is_no_body(parser):
    orgs = _orgs(parser, "The charity Christmas appeal raised money. She joined the charity in "
                         "March. The company Jo Vane founded went bust.")
    assert not orgs & {"Christmas", "March", "Jo Vane"}


@pytest.mark.model
def test_a_surname_that_is_a_street_word_after_a_rank_is_a_person(parser):
    doc = parser.parse_text("PC Jo Lane said the road was closed. DC Ian Grove and Sergeant Kim "
                            "Walk attended. A car was seen on Duke Street.")
    check_document(doc)
    assert {"Jo Lane", "Ian Grove", "Kim Walk"} <= {p.name for p in doc.people}
    assert "Duke Street" in {e.text for e in doc.entities if e.label == "FAC"}


@pytest.mark.model
def test_a_list_of_places_before_a_unit_is_part_of_its_name(parser):
    orgs = _orgs(parser, "The case was investigated by the Exampleshire, Westshire and Northshire "
                         "Major Crime Unit. Officers from the Eastfield and Filey Team attended.")
    assert {"Exampleshire, Westshire and Northshire Major Crime Unit",
            "Eastfield and Filey Team"} <= orgs


@pytest.mark.model
def test_ranks_before_a_unit_or_an_award_name_no_one(parser):
    doc = parser.parse_text("The Major Crime Unit is leading. Staff attended the Chief "
                            "Commendations ceremony and received Chief Commendation awards.")
    check_document(doc)
    assert not {p.name for p in doc.people}


@pytest.mark.model
def test_a_towns_bench_is_its_court(parser):
    orgs = _orgs(parser, "Two men from Exampleton are due to appear before Northbury "
                         "magistrates tomorrow. The magistrates heard the case later.")
    assert "Northbury magistrates" in orgs
    assert not any(o.lower() == "magistrates" for o in orgs)


@pytest.mark.model
def test_pronouns_a_sign_off_and_a_possessive_name_no_one(parser):
    doc = parser.parse_text(
        "Please ask for Liz Vane You can also email us. As a PCSO I can help. Our team "
        "attended. He appeared at Exampleton magistrates court.\n\nSJ, Corporate "
        "Communications\n\nSENT ON BEHALF OF EXAMPLESHIRE POLICE\n")
    check_document(doc)
    assert {p.name for p in doc.people} == {"Liz Vane"}
    assert {o.name for o in doc.organizations} == {"Exampleton magistrates court"}


@pytest.mark.model
def test_a_force_by_its_nation_a_division_owning_a_unit_and_a_gang(parser):
    orgs = _orgs(parser, "Domestic crime remains one of Police Scotland’s top priorities. "
                         "Detective Sergeant Jo Vane from Exampleshire Division’s Domestic Abuse "
                         "Investigation Unit said the Exampleton Block gang had been broken up.")
    assert {"Police Scotland", "Exampleshire Division", "Exampleton Block gang"} <= orgs


@pytest.mark.model
def test_a_body_after_a_is_named_by_its_acronym_but_not_after_your_local(parser):
    orgs = _orgs(parser, "Five men were jailed after a Serious Crime Unit (SCU) investigation. "
                         "You can contact your local Safer Streets Team (SST).")
    assert "Serious Crime Unit" in orgs
    assert "Safer Streets Team" not in orgs


@pytest.mark.model
def test_a_name_keeps_no_dash_or_legal_honour_after_it(parser):
    doc = parser.parse_text("Sentences:\n\n• Kieran Aston - 16 months imprisonment\n\n"
                            "Sentencing, Judge David Farrel QC told Aston he had been warned.\n")
    check_document(doc)
    names = {p.name for p in doc.people}
    assert {"Kieran Aston", "David Farrel"} <= names
    assert not any(n.endswith(("-", "QC")) for n in names)


@pytest.mark.model
def test_a_unit_after_an_owner_the_model_ran_into_its_first_words(parser):
    orgs = _orgs(parser, "Detective Chief Inspector Fiona Gale is in charge of the Force’s Human "
                         "Trafficking and Modern Slavery Team.")
    assert "Human Trafficking and Modern Slavery Team" in orgs


@pytest.mark.model
def test_one_name_one_kind_by_age_surname_and_first_name(parser):
    doc = parser.parse_text(
        "Thirty-five-year-old Craig Townley committed the offences.\n\n_**Craig Townley**_\n\n"
        "Townley was charged. Townley admitted it.\n\nThe victim, Fiona Rhodes, 54, died. Money "
        "was taken from Fiona’s account and the manager reported the matter to Fiona’s "
        "accountants. Chris Rowley, 52, takes over from departing chief Andy Rhodes. The work "
        "that Andy Rhodes and Police and Crime Commissioner Clive Grunshaw have done.")
    check_document(doc)
    assert {"Craig Townley", "Fiona Rhodes", "Andy Rhodes"} <= {p.name for p in doc.people}
    assert not {o.name for o in doc.organizations}


@pytest.mark.model
def test_offences_recordings_campsites_and_a_bench_are_no_people(parser):
    doc = parser.parse_text(
        "He will appear at Manchester and Salford Magistrates today. He was jailed for causing "
        "Grievous Bodily Harm (GBH) to the man. Do you have Ring Doorbell footage? Willesley "
        "Scout Campsite is used by groups. Drivers in Willington Street or Willington Green "
        "were asked to check.")
    check_document(doc)
    assert not {p.name for p in doc.people}
    assert "Salford Magistrates" in {o.name for o in doc.organizations}


@pytest.mark.model
def test_the_place_a_force_or_council_is_named_after_is_a_place(parser):
    doc = parser.parse_text("Welwyn Hatfield Police and Welwyn Hatfield Borough Council met. "
                            "Officers in Welwyn Hatfield attended.")
    check_document(doc)
    assert "Welwyn Hatfield" not in {p.name for p in doc.people} | {
        o.name for o in doc.organizations}


@pytest.mark.model
def test_the_name_to_ask_for_and_a_surname_after_a_rank_make_a_person(parser):
    doc = parser.parse_text(
        "Contact Exampleshire Police on 101, select option 2 and ask for Cheryl Pover. You can "
        "also contact Detective Constable Pover by email. Chief Inspector Nick Church said the "
        "road was closed.\n\nAdi-Ionut Cretan (2/11/98) of Ashton Road, Oldham was charged.")
    check_document(doc)
    people = {p.name: p for p in doc.people}
    assert {"Cheryl Pover", "Nick Church", "Adi-Ionut Cretan"} <= set(people)
    assert people["Adi-Ionut Cretan"].residence == "Oldham"
    assert not {"Cheryl Pover", "Nick Church"} & {o.name for o in doc.organizations}


@pytest.mark.model
def test_a_post_of_a_body_and_a_pronoun_before_police_are_no_part_of_it(parser):
    orgs = _orgs(parser, "The Leader of Exampleshire County Council said so. We police the roads.")
    assert orgs == {"Exampleshire County Council"}


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Superintendent Kate Vale said the roads would stay closed overnight.", "Kate Vale"),
    ("The appeal was led by Sergeant Tom Hill of the rural crime team.", "Tom Hill"),
    ("Mrs Ann Brookfield Lane thanked the volunteers.", "Ann Brookfield Lane"),
])
def test_a_surname_that_is_also_a_place_word_is_a_name_after_a_rank(parser, text, name):
    doc = parser.parse_text(text)
    assert name in [text for text, _ in by_label(doc, "PERSON")]
    assert name not in [text for text, _ in by_label(doc, "FAC")]


@pytest.mark.model
def test_a_royal_title_still_opens_a_street_name(parser):
    doc = parser.parse_text("The collision happened on Queen Mary Road at about 9pm.")
    assert not any("Mary" in name for name, _ in by_label(doc, "PERSON"))


@pytest.mark.model
def test_places_in_emphasis_after_a_street_and_called_to_are_no_people(parser):
    doc = parser.parse_text(
        "A collision happened on Lawn Lane, Hemel Hempstead this morning.\n\nPolice were called "
        "to Battersea Bridge at the junction with Cheyne Walk. She spoke to Jo Bridge about "
        "it.\n\nPolice are appealing after damage in **Herne Bay**.\n\nOfficers were called to "
        "Prince William Street.")
    check_document(doc)
    assert {p.name for p in doc.people} == {"Jo Bridge"}
    assert "Prince William Street" in {e.text for e in doc.entities if e.label == "FAC"}


@pytest.mark.model
def test_a_commissioners_title_is_no_force_and_a_charity_in_apposition_is_a_body(parser):
    doc = parser.parse_text(
        "Diana Fawn, Chief Executive of the independent charity Victim Aid, said: \"It matters.\" "
        "Exampleshire Police and Crime Commissioner Sue Mountford said it was good.")
    check_document(doc)
    assert {o.name for o in doc.organizations} == {"Victim Aid"}
    assert {"Diana Fawn", "Sue Mountford"} <= {p.name for p in doc.people}


@pytest.mark.model
def test_a_name_before_officers_a_post_nominal_and_a_kin_word_name_no_one_more(parser):
    doc = parser.parse_text(
        "Our local Safer Exampleton policing team will patrol. If you see our Safer Exampleton "
        "officers, say hello. Andrew Selby MP said it was good. Great Grandma Paula Wight was "
        "there.")
    check_document(doc)
    assert {p.name for p in doc.people} == {"Andrew Selby", "Paula Wight"}


# --- names the model runs into their neighbours, and sites it takes for names ------------

def _people(parser, text):
    return {p.name for p in parser.parse_text(text).people}


@pytest.mark.model
def test_a_court_ends_where_the_next_clause_begins(parser):
    doc = parser.parse_text("The hearing ended at Exampleton Crown Court. Today at Exampleton "
                            "Crown Court Hurley was sentenced to two years in prison. Jordan "
                            "Hurley, 22, admitted assault.")
    assert {o.name for o in doc.organizations} == {"Exampleton Crown Court"}
    assert {p.name for p in doc.people} == {"Jordan Hurley"}


@pytest.mark.model
def test_a_sentence_opener_and_a_spaced_dash_are_no_part_of_a_name(parser):
    assert _people(parser, "Following Blackmore's arrest, a search of the area led to two "
                           "knives being found. Officers had earlier detained Ryan Blackmore "
                           "near the station.") == {"Ryan Blackmore"}
    assert _people(parser, "The victim - 19-year-old Kareem Osman - died in hospital a short "
                           "time later.") == {"Kareem Osman"}


@pytest.mark.model
def test_a_nickname_in_brackets_stays_inside_one_name(parser):
    doc = parser.parse_text("Thomas (Tommy) Wetherall, 88, was found at his home on Monday. "
                            "Mr Wetherall was a retired miner.")
    check_document(doc)
    assert [(p.name, p.age) for p in doc.people] == [("Thomas Wetherall", 88)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Vandals damaged headstones at Millbrook Cemetery overnight.",
    "Cafe Rosella was broken into overnight.",
    "A body was recovered from the River Exe on Monday.",
    "A First World War medal was stolen from the house.",
    "Four Bose headphones and a laptop were taken from the car.",
    "Police were called to Redhill Corner and the Old Mill in Exampleton after a fight.",
])
def test_sites_rivers_wars_and_products_are_neither_people_nor_bodies(parser, text):
    doc = parser.parse_text(text)
    assert not doc.people
    assert not doc.organizations


@pytest.mark.model
def test_a_compass_word_opening_a_sentence_stays_in_the_body_name(parser):
    orgs = _orgs(parser, "A car failed to stop on Mill Road.\n\nSouth Exampleshire Police’s "
                         "Roads Policing Group officers followed it out of town.")
    assert "South Exampleshire Police" in orgs
    assert "Exampleshire Police" not in orgs


@pytest.mark.model
def test_a_possessive_of_a_post_or_a_plural_stays_inside_a_name(parser):
    orgs = _orgs(parser, "Today the National Sheriff’s Council (NSC) issued a report. The "
                         "Children's Society welcomed it. Today Police said no more.")
    assert {"National Sheriff’s Council", "Children's Society"} <= orgs
    assert not any(name.startswith("Today") for name in orgs)


@pytest.mark.model
def test_counted_initials_and_notices_are_not_bodies(parser):
    assert _orgs(parser, "Officers issued 12 FPNs and three Fixed Penalty Notices on Friday.") \
        == set()


@pytest.mark.model
def test_police_dogs_are_neither_people_nor_bodies(parser):
    doc = parser.parse_text("PD Bramble (all brown), PD Skye and PD Fenwick passed the "
                            "course. Police Dog Rolo found the man. PC Jo Vale of the Police "
                            "Dog Section said it went well.")
    assert {p.name for p in doc.people} == {"Jo Vale"}
    assert not any("PD" in o.name for o in doc.organizations)


@pytest.mark.model
def test_a_body_to_call_before_a_colon_and_an_acronym_before_its_helpline(parser):
    assert _orgs(parser, "Alternatively, you can report anonymously by calling Safeline on: "
                         "0800 555 111 or visit the website.") == {"Safeline"}
    assert _orgs(parser, "The freephone NSPCC helpline 0808 800 5000 is open to anyone. The "
                         "Exampleline helpline is open too.") == {"NSPCC"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Throughout June Exampleshire Police worked alongside the National Crime Agency.",
     {"Exampleshire Police", "National Crime Agency"}),
    ("Former Exampleshire Police officers are being asked to return.", {"Exampleshire Police"}),
    ('Jo Vale said: "Our Violence Reduction Unit is seeking change."', {"Violence Reduction Unit"}),
    ("The Exampleshire Police Hazardous Environment Operation Team searched the site.",
     {"Exampleshire Police Hazardous Environment Operation Team"}),
    ("He appeared at Exampleton Remand Court on Monday.", {"Exampleton Remand Court"}),
])
def test_words_before_a_name_that_qualify_it_and_words_inside_that_say_what_it_does(
        parser, text, expected):
    assert _orgs(parser, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Officers from HM Revenue and Customs searched the house.", {"HM Revenue and Customs"}),
    ("The Office of the Police and Crime Commissioner (OPCC) funds the scheme.",
     {"Office of the Police and Crime Commissioner"}),
    ("Alongside Exampleshire Police, the council acted.", {"Exampleshire Police"}),
    ("A farm shop in Millford Bank, Exampleby was broken into.", set()),
    ("Tests found MDMA and THC in the car.", set()),
])
def test_crown_bodies_offices_and_places_named_like_banks(parser, text, expected):
    assert _orgs(parser, text) == expected


@pytest.mark.model
def test_the_name_after_a_death_and_a_tie_of_guesses_over_a_personal_name_are_people(parser):
    assert _people(parser, "An update following the tragic death of Leah Hartley on "
                           "Saturday 11 May 2019.") == {"Leah Hartley"}
    doc = parser.parse_text("Contact Exampleshire Police on 101 and ask for Nathan "
                            "Sturridge.\n\nContact details: Nathan Sturridge - #3509")
    assert {p.name for p in doc.people} == {"Nathan Sturridge"}
    assert {o.name for o in doc.organizations} == {"Exampleshire Police"}


@pytest.mark.model
def test_a_short_form_by_initials_then_words_links_to_the_full_name(parser):
    doc = parser.parse_text("Officers from the Bedfordshire, Cambridgeshire and Hertfordshire "
                            "Road Policing Unit stopped the car. A BCH Road Policing Unit "
                            "spokesman said the driver was arrested.")
    assert [(o.name, o.aliases) for o in doc.organizations] == [
        ("Bedfordshire, Cambridgeshire and Hertfordshire Road Policing Unit",
         ("BCH Road Policing Unit",))]


@pytest.mark.model
def test_kinds_of_people_are_neither_bodies_nor_names(parser):
    doc = parser.parse_text("Officers who manage Registered Sexual and Violent Offenders "
                            "visited him. Exampleton Young People met the council.")
    assert not any(o.name.endswith(("Offenders", "People")) for o in doc.organizations)
    assert not doc.people


@pytest.mark.model
def test_a_first_name_with_a_letter_doubled_is_the_same_person(parser):
    doc = parser.parse_text("Sajid Pervez, 38, admitted murder at Exampleton Crown Court. "
                            "Sajiid Pervez was jailed for life.")
    assert [(p.name, p.age) for p in doc.people] == [("Sajid Pervez", 38)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Strict Covid-secure measures were in place for everyone’s safety.",
    "Drink Aware has a useful Unit and Calorie Calculator to help.",
    "They stole his scooter, Canada Goose coat and a blue bag.",
    "Thefts were reported in Tring, Marsworth, Berkhamsted, Kings Langley, Flamstead and Redbourn.",
])
def test_compounds_tools_clothes_and_places_in_a_list_are_no_people(parser, text):
    assert not parser.parse_text(text).people


@pytest.mark.model
def test_a_business_named_by_its_trade_is_a_body(parser):
    orgs = _orgs(parser, "Thieves broke into Hallam Butchers and took cash. Staff at Redway "
                         "Locksmiths saw the van.")
    assert {"Hallam Butchers", "Redway Locksmiths"} <= orgs


@pytest.mark.model
def test_the_age_told_after_the_name_goes_to_the_person_named_last(parser):
    doc = parser.parse_text("Demi Delarue, of Shire Way in Exampleton, pleaded guilty.\n\nThe "
                            "28-year-old was detained getting off a bus.")
    assert [(p.name, p.age) for p in doc.people] == [("Demi Delarue", 28)]
    doc = parser.parse_text("Jo Vale was jailed. The 28-year-old victim suffered a broken jaw.")
    assert all(p.age is None for p in doc.people)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("He appeared at Stoke-on-Exe Crown Court on Monday.", {"Stoke-on-Exe Crown Court"}),
    ("He will appear at Exampleton Magistrates' court on Friday.",
     {"Exampleton Magistrates' court"}),
    ("Officers from the Three Rivers Local Crime Unit attended.",
     {"Three Rivers Local Crime Unit"}),
    ("The Royal Society for the Prevention of Accidents welcomed it.",
     {"Royal Society for the Prevention of Accidents"}),
    ("He played for Exampleton FC as a boy.", {"Exampleton FC"}),
    ("Information can be given to the independent Safeline charity on 0800 555 111.",
     {"Safeline"}),
    (" * Kidline 24-hour helpline 0800 1111\n * Shelter’s 24 hour helpline – 0808 2000 247\n",
     {"Kidline", "Shelter"}),
    ("The unit won Team of the Year at the awards.", set()),
])
def test_names_of_bodies_with_their_small_words_and_bodies_on_helpline_lists(
        parser, text, expected):
    assert _orgs(parser, text) == expected


@pytest.mark.model
def test_a_courtesy_title_kept_in_a_mention_links_it_to_the_full_name(parser):
    doc = parser.parse_text("Carolyn Lakewing, 55, pleaded guilty. Mrs Lakewing’s fraud came "
                            "to light in 2017.")
    assert [p.name for p in doc.people] == ["Carolyn Lakewing"]


@pytest.mark.model
def test_a_kind_of_body_before_a_name_ending_in_a_nation(parser):
    assert _orgs(parser, "The mats were provided by national cycling charity Pedal UK, "
                         "with camera equipment fitted.") == {"Pedal UK"}


@pytest.mark.model
def test_a_rank_and_collar_number_before_a_name_ending_like_a_street(parser):
    assert _people(parser, "Officers closed Mill Lane and PC 1234 Sam Lane attended.") \
        == {"Sam Lane"}


@pytest.mark.model
def test_an_age_written_without_hyphens_before_a_full_name(parser):
    doc = parser.parse_text("A shop was robbed when 18 year old Ayoub Tarrant entered it. "
                            "Tarrant was arrested.")
    assert [(p.name, p.age) for p in doc.people] == [("Ayoub Tarrant", 18)]
    assert not doc.organizations


@pytest.mark.model
def test_a_possessive_left_of_a_name_is_no_part_of_it(parser):
    assert not parser.parse_text("He got a commendation at the yearly President’s Awards, "
                                 "sponsored by a bank.").people


@pytest.mark.model
def test_no_age_told_after_for_the_person_named_last_when_another_age_came_between(parser):
    doc = parser.parse_text("An update following the death of Leah Hartley on Saturday.\n\n"
                            "Last night a 19-year-old man was arrested. The 17-year-old who "
                            "was arrested previously has also been released.")
    assert [(p.name, p.age) for p in doc.people] == [("Leah Hartley", None)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Sign up to Neighbourhood Watch today.", {"Neighbourhood Watch"}),
    ("Crews from Exampleshire Fire and Rescue Service attended.",
     {"Exampleshire Fire and Rescue Service"}),
    ("The International Association of Women Police gave her an award.",
     {"International Association of Women Police"}),
    ("Officers and HM Coastguard searched the beach.", {"HM Coastguard"}),
])
def test_watch_schemes_fire_and_rescue_the_model_s_one_name_and_a_crown_service(
        parser, text, expected):
    doc = parser.parse_text(text)
    assert {o.name for o in doc.organizations} == expected
    assert not doc.people


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The UK Chief Medical Officers' guidelines say so.",
    "Our Safer Neighbourhood Teams patrol the town.",
    "Join Community Speedwatch today.",
])
def test_posts_plurals_of_units_and_watch_groups_are_no_people(parser, text):
    assert not parser.parse_text(text).people


@pytest.mark.model
def test_a_body_that_can_be_contacted_anonymously_and_dial_is_no_body(parser):
    assert _orgs(parser, "Dial 101 and ask to speak to Exampleton CID.\n\nAlternatively, "
                         "Safeline can be contacted anonymously on 0800 555 111.") \
        == {"Exampleton CID", "Safeline"}


@pytest.mark.model
def test_a_saint_s_possessive_stays_inside_the_body_s_name(parser):
    assert _orgs(parser, "He appeared at St Exeter's Crown Court on Monday.") \
        == {"St Exeter's Crown Court"}
    assert _orgs(parser, "He was taken to St Mary's Hospital.") == {"St Mary's Hospital"}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Harper Lyle, of Mill Lane, Exampleton, was arrested on Monday. Lyle was bailed.",
    "Harper Lyle, aged 22, of Orchard Close, was arrested on Monday.",
    "Harper Lyle, unemployed, 30, of Orchard Close, Exampleton, has been charged.",
    "Harper Lyle, 12/03/1990, of Orchard Close, Exampleton, has been charged.",
])
def test_a_name_followed_by_a_home_address_an_age_or_a_birth_date_is_a_person(parser, text):
    doc = parser.parse_text(text)
    assert {p.name for p in doc.people} == {"Harper Lyle"}
    assert not doc.organizations


@pytest.mark.model
def test_a_name_followed_by_a_body_s_address_is_not_made_a_person(parser):
    doc = parser.parse_text("Harper Lyle, of Exampleton Road Safety Partnership, said it helps.")
    assert "Exampleton Road" not in {p.name for p in doc.people}


@pytest.mark.model
def test_names_in_a_list_of_sites_along_roads_are_places(parser):
    doc = parser.parse_text(
        "The cameras will be at these sites this week:\n\nA47 Eastbound Exampleton Bypass\n\n"
        "A903 Marley Howe\n\nB2031 Near Exampleby Vale\n\nMill Lane Exampleby Garrison\n\n"
        "A12 Carlton Exampley at Ash Court\n\nPC Jo Vale said the A47 is busy.\n")
    assert {p.name for p in doc.people} == {"Jo Vale"}
    assert not doc.organizations


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("Anyone who saw it should contact PC 4417 Trask on 101.", "Trask"),
    ("Call 101 and ask for 718 Trask. You can also email her.", "Trask"),
    ("Anyone with information is asked to contact officer 2290 Trask on 101.", "Trask"),
    ("Witnesses can also e-mail DC 6012 Trask at the address below.", "Trask"),
])
def test_a_surname_after_a_rank_and_collar_number_is_the_officer(parser, text, name):
    assert _people(parser, text) == {name}


@pytest.mark.model
def test_a_number_and_a_capitalised_word_after_for_are_no_officer(parser):
    assert not _people(parser, "He won the 2019 Best Dog award for 1500 Days of service.")


@pytest.mark.model
def test_relatives_listed_after_a_plural_kin_word_and_before_the_parents_of(parser):
    assert _people(parser, "He leaves his sons Mark and Shane, his mother Cath and brothers "
                           "Lee and Jon.") == {"Mark", "Shane", "Cath", "Lee", "Jon"}
    assert _people(parser, "Today I met Tom and Ria, the parents of Casey Brandt, to offer "
                           "my condolences.") == {"Tom", "Ria", "Casey Brandt"}


@pytest.mark.model
def test_first_names_sharing_a_surname_give_no_bare_first_name(parser):
    assert "Gwen" not in _people(parser, "A statement by Amy’s parents, Gwen and Rob Holt, "
                                         "was read out.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Safeline can also be contacted anonymously, day or night.",
    "You can pass details to us through the Safeline website.",
    "Or ring Safeline **on**_ **0800 783 0137** at any time.",
    "Tell us on 101, or anonymously through Safeline.",
    "Alternatively, call Safeline anonymously by dialling 0800 783 0137.",
    "You can report any information anonymously online at Safeline, or on 0800 783 0137.",
])
def test_a_line_contacted_anonymously_or_through_its_website_is_a_body(parser, text):
    assert _orgs(parser, text) == {"Safeline"}


def test_initials_after_the_that_end_a_noun_phrase_are_a_body():
    from pressparse._extract.orgnames import initials_after_the

    text = ("Officers are working with the XSPCA to find the owner. They viewed the CCTV, "
            "the BMW was towed, the PCC said so and the CBO was granted.")
    assert [text[c.start:c.end] for c in initials_after_the(text)] == ["XSPCA"]


@pytest.mark.model
def test_handles_hashtags_and_web_addresses_are_no_bodies(parser):
    assert not parser.parse_text("Message @ExamPolice or @SafelineUK with any details.").organizations
    assert not parser.parse_text("We used the hashtag CrimeStopDay all week, and many people "
                                 "signed up at Lockit.com.").organizations


@pytest.mark.model
def test_where_one_is_sent_to_call_is_a_place_after_in(parser):
    doc = parser.parse_text("Witnesses should contact officers in Exampleton on 101.")
    assert not doc.organizations


@pytest.mark.model
def test_a_platform_opening_a_bullet_before_a_dash_is_a_body(parser):
    assert _orgs(parser, "Contact us:\n\n * Facebook- message us privately\n * Twitter- "
                         "send us a direct message\n") == {"Facebook", "Twitter"}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A 13-year-old girl reported missing from Exampleton Vale is safe.",
    "He was arrested at his Abbeyfield Vale home on Monday.",
    "The boy, from Market Dunmore, drew the card.",
    "Officers detained the man from Lady Way, Exampleton, on Monday.",
])
def test_names_used_as_places_are_no_people(parser, text):
    assert not parser.parse_text(text).people


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("Radko Petrovan was arrested on Friday night after a crash.", "Radko Petrovan"),
    ("Kwame Asante was last seen by his aunt on Monday.", "Kwame Asante"),
    ("* Thomas Vane has been charged with theft.", "Thomas Vane"),
])
def test_a_name_that_is_arrested_charged_or_last_seen_is_a_person(parser, text, name):
    assert _people(parser, text) == {name}


def test_a_club_a_road_or_a_body_charged_or_closed_is_not_named_a_person_by_the_rule():
    from pressparse._extract.personnames import done_to_people

    assert not list(done_to_people("Exampleton Town was charged by the league. Exampleton "
                                   "Police was fined. The Vale Road was closed."))


@pytest.mark.model
def test_a_name_between_a_post_and_a_verb_of_saying_and_one_after_emphasis(parser):
    doc = parser.parse_text('Elected Mayor of Exampleton, Dana Whitlow, said: "We work with '
                            'the police."\n\n**Mair Hollis, Director of Safety at '
                            'Exampleco, said:** "Our staff work hard."')
    assert {"Dana Whitlow", "Mair Hollis"} <= {p.name for p in doc.people}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A van was searched at the Exampleton Tunnel on Thursday.",
    "The assault was near Exampleton Monument, by the car park.",
    "Walkers came to climb the Exampleshire Peaks at the weekend.",
    "A jogger on the Green Path in Exampleby was robbed.",
    "Police searched the land behind Mill Paddocks.",
    "Traffic was held on the A9M Northbound for an hour.",
])
def test_tunnels_monuments_peaks_paths_and_roads_are_no_bodies(parser, text):
    assert not parser.parse_text(text).organizations


@pytest.mark.model
def test_an_age_after_an_article_describes_a_kind_not_a_name(parser):
    doc = parser.parse_text("PD Juno is a one year-old Springer Spaniel. Rex is a 2-year-old Red "
                            "Setter. Police named 35-year-old Jo Kemp.")
    assert [(p.name, p.age) for p in doc.people] == [("Jo Kemp", 35)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "We believe he has connections to Exampleton, Marley Heath and Exampleby.",
    ("* ## Kings Exampley man charged\n\nEdward Tullis, aged 58, and from Station Road, Kings "
    "Exampley was charged with theft."),
    "After our pictures of police mascot Bramble were liked so much, we ran a contest.",
])
def test_a_place_s_word_in_a_list_of_places_an_address_s_town_and_an_animal_are_no_people(
        parser, text):
    people = {p.name for p in parser.parse_text(text).people}
    assert not people - {"Edward Tullis"}


@pytest.mark.model
def test_a_body_s_region_after_its_head_is_part_of_its_name(parser):
    assert _orgs(parser, "Detectives from Exampleshire Harbour Police North West made the "
                         "arrest.") == {"Exampleshire Harbour Police North West"}


@pytest.mark.model
def test_a_colour_opening_a_longer_name_describes_a_thing_not_a_body(parser):
    assert not parser.parse_text("Police are keen to find the Black Voltline Motion Sprint "
                                 "that was taken.").organizations


@pytest.mark.model
def test_a_conjunction_before_lower_case_police_is_no_body_s_name(parser):
    assert _orgs(parser, 'PC Sam Hale said: "As police officers we must act." Exampleton '
                         'police said more.') == {"Exampleton police"}


def test_a_name_who_was_reported_as_missing_is_found_by_the_rule():
    from pressparse._extract.personnames import done_to_people

    text = "Priya Dunmore, who was reported as missing at the weekend, is back home."
    assert [text[c.start:c.end] for c in done_to_people(text)] == ["Priya Dunmore"]


def test_a_rank_and_first_name_before_a_surname_the_model_took_for_a_body():
    import spacy
    from spacy.tokens import Doc, Span

    from pressparse._extract.personnames import titled_people

    words = ["Sergeant", "Amanda", "Vale", ",", "who", "leads", "the", "team", ",", "said"]
    doc = Doc(spacy.blank("en").vocab, words=words,
              spaces=[True, True, False, True, True, True, True, False, True, False])
    doc.ents = [Span(doc, 2, 3, label="ORG")]  # the model's reading: "Vale" a body
    assert [(c.label, doc.text[c.start:c.end]) for c in titled_people(doc, doc.text)] == [
        ("PERSON", "Amanda Vale")]



@pytest.mark.model
def test_a_kind_of_body_before_a_name_makes_it_a_body(parser):
    doc = parser.parse_text(
        "Kerry Arley, Contract Manager for the charity Victim Help in Westshire, said: "
        "\u201cHate crime often goes unreported.\u201d")
    check_document(doc)
    assert "Victim Help" in {o.name for o in doc.organizations}
    assert "Victim Help" not in {p.name for p in doc.people}


@pytest.mark.model
@pytest.mark.parametrize("described", ["a retired teacher", "an Iranian journalist"])
def test_a_name_described_as_a_person_is_a_person_whatever_the_model_said(parser, described):
    # The model may call a two-word name a body; "X, a retired teacher" says who X is.
    doc = parse_with_model_label(
        parser, f"Maryam Kadiri, {described}, told the inquiry she saw the van.",
        "Maryam Kadiri", "ORG")
    check_document(doc)
    assert [p.name for p in doc.people] == ["Maryam Kadiri"]
    assert doc.organizations == ()


@pytest.mark.model
def test_a_body_described_as_a_member_of_something_stays_a_body(parser):
    doc = parse_with_model_label(
        parser, "Harbour Watch, a member of the coastal network, said the van was seen.",
        "Harbour Watch", "ORG")
    assert [o.name for o in doc.organizations] == ["Harbour Watch"]
    assert doc.people == ()
