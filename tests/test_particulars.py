"""A person's age and residence, on sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import check_document

from pressparse._extract.particulars import particulars


def read(marked: str) -> tuple[int | None, str | None]:
    """Age and residence beside the name written in [brackets]."""
    start, end = marked.index("["), marked.index("]") - 1
    text = marked.replace("[", "").replace("]", "")
    found = particulars(text, start, end)
    if found.residence is not None:
        assert text[found.residence_start:found.residence_end] == found.residence
    return found.age, found.residence


@pytest.mark.parametrize(
    ("marked", "age", "residence"),
    [
        ("[Ann Vale], 32, of Luton, was jailed.", 32, "Luton"),
        ("[Ann Vale] (32), from Exampleton, appeared in court.", 32, "Exampleton"),
        ("[Ann Vale], aged 32, of Exampleton was charged.", 32, "Exampleton"),
        ("[Ann Vale], aged 32 and of Mill Lane, Exampleton, was charged.", 32, "Exampleton"),
        ("[Ann Vale], 32, of Hill Street, Exampleton, Surrey, was jailed.", 32,
         "Exampleton, Surrey"),
        ("[Ann Vale], 41, of Rose Mead in Exampleton Haven, appeared.", 41, "Exampleton Haven"),
        ("A 45-year-old man, [Tom Reyes], was charged.", 45, None),
        ("45-year-old [Tom Reyes] was charged.", 45, None),
        ("A Exampleton man, [Tom Reyes], was charged.", None, "Exampleton"),
        ("[Tom Reyes], 45, and Ann Vale, 44, both of Mill Lane, Exampleton, were jailed.", 45,
         "Exampleton"),
        ("[Tom Reyes], of the Hill area of Exampleton, was arrested.", None,
         "Hill area of Exampleton"),
        ("[Tom Reyes], 45, of no fixed address, admitted theft.", 45, None),
        ("[Tom Reyes], 19, was sentenced.", 19, None),
        ("[Tom Reyes], aged 19 and from Exampleton, admitted the offence.", 19, "Exampleton"),
        ("[Tom Reyes], who is 52 and from Exampleton, was fined.", 52, "Exampleton"),
        ("[Tom Reyes], of Flat 4, 27 Mill Road, Exampleton, was fined.", None, "Exampleton"),
        ("[Tom Reyes], 30, of 27 Mill Road, was fined.", 30, None),
        # a date of birth in brackets, spaced or not, after the name or the age
        ("[Tom Reyes] (26/07/ 1985) of Mill Street, Exampleton, was charged.", None,
         "Exampleton"),
        ("[Tom Reyes], 18 (08.07.2002) of Exampleton, was arrested.", 18, "Exampleton"),
        # a quarter of a place in lower case belongs to it
        ("[Tom Reyes], 18, of south east Exampleton, was arrested.", 18, "south east Exampleton"),
    ],
)
def test_age_and_residence(marked, age, residence):
    assert read(marked) == (age, residence)


@pytest.mark.parametrize(
    "marked",
    [
        "[Tom Reyes], of Exampleshire Police, said the road was closed.",
        "[Tom Reyes], of Exampleton police, said the road was closed.",
        "[Tom Reyes], of Exampleshire Police's Major Crime Team, said",
        "[Tom Reyes], of CPS Exampleton, said",
        "[Tom Reyes], from Exampleton Crown Court, said",
        "[Tom Reyes] from Exampleton and District Major Crime Branch said",
        "[Tom Reyes] from the Exampleshire, Exby and Exford (EEE) Road Policing Unit said",
        "speak to [Tom Reyes] of the Exampleton Road Policing Group. Please call 101.",
        "Sergeant [Tom Reyes], of Operation Example, said the team was pleased.",
    ],
)
def test_a_body_is_no_residence(marked):
    assert read(marked) == (None, None)


def test_numbers_that_are_not_ages():
    assert read("[Tom Reyes], 12:30, left.") == (None, None)
    assert read("[Tom Reyes], 250 metres away") == (None, None)
    assert read("[Tom Reyes], 150, left.") == (None, None)


@pytest.mark.model
def test_person_records_hold_age_and_residence_not_a_court(parser):
    doc = parser.parse_text(
        "Martin Vale, 52, of Orchard Close, Exampleton, was jailed at Exampleton Crown Court "
        "on Monday. Vale admitted fraud.\n")
    check_document(doc)
    (vale,) = [p for p in doc.people if p.name == "Martin Vale"]
    assert (vale.age, vale.residence, vale.organization) == (52, "Exampleton", None)
    assert {m.text for m in vale.mentions} == {"Martin Vale", "Vale"}


@pytest.mark.model
def test_spellings_one_letter_apart_are_one_person_and_honours_are_no_name(parser):
    doc = parser.parse_text(
        "Peter Bevan-Conejo, 22, was jailed. Chief Constable Paul Crowther CBE said Peter "
        "Beven-Conejo had shown no remorse. Jane Smith and John Smith were fined.\n")
    check_document(doc)
    people = {p.name: [m.text for m in p.mentions] for p in doc.people}
    assert people["Peter Bevan-Conejo"] == ["Peter Bevan-Conejo", "Peter Beven-Conejo"]
    assert "Paul Crowther" in people
    assert {"Jane Smith", "John Smith"} <= set(people)


def test_one_letter_apart():
    from pressparse._extract.linking import _one_letter_apart

    assert _one_letter_apart("bevan-conejo", "beven-conejo")
    assert _one_letter_apart("mcdonald", "macdonald")
    assert not _one_letter_apart("smith", "smyth-jones")
    assert not _one_letter_apart("kerr", "karr")  # too short to tell a typo from a name


@pytest.mark.parametrize(
    ("marked", "age"),
    [
        ("The deceased was a 20 year old male called [Tom Reyes].", 20),
        ("A 61-year-old pedestrian, named locally as [Tom Reyes], died.", 61),
        ("[Tom Reyes], who is 44, was charged.", 44),
        ("[Tom Reyes], 44 years old, was charged.", 44),
        ("Mr [Reyes], also 44, died.", 44),
        ("[Tom Reyes], now 44, of Mill Lane, Exampleton, was jailed.", 44),
    ],
)
def test_more_ways_to_give_an_age(marked, age):
    assert read(marked)[0] == age


def test_a_village_keeps_the_town_it_is_near():
    assert read("[Tom Reyes], 72, of Eastby near Exampleton, died in hospital.") == (
        72, "Eastby near Exampleton")


def test_a_list_of_people_sharing_an_address():
    text = ("47-year-old [Ann Vale], 45-year-old Tom Vale and 25-year-old Joe Vale all of Mill "
            "Lane, Exampleton have appeared in court.")
    assert read(text) == (47, "Exampleton")
    assert read("[Ann Vale], 47, Tom Vale, 45, and Joe Vale, 25, all from Exampleton, were "
                "jailed.") == (47, "Exampleton")
    assert read("[Ann Vale] (03/04/81) and Tom Vale (12/11/79), both of Mill Lane, Exampleton, "
                "were charged.")[1] == "Exampleton"


@pytest.mark.parametrize(
    ("marked", "age"),
    [
        ("Police have named him as [Dev Arun], 27.", 27),
        ("[Dev Arun], 27 was remanded in custody.", 27),
        ("[Dev Arun] aged 27 was remanded in custody.", 27),
        ("[Dev Arun], 27-years-old, was remanded.", 27),
        ("[Dev Arun], aged 27 years, was remanded.", 27),
        ("[Dev Arun], who was aged 27, died.", 27),
        ("[Dev Arun], 27; Mo Hale, 30; and Lee Cobb, 19.", 27),
        ("Charged: [Dev Arun], 27 - burglary", 27),
        ("[Dev Arun], a 27-year-old from Exampleton, was charged.", 27),
        ("Tributes to 27-year-old Exampleton College student [Dev Arun].", 27),
    ],
)
def test_an_age_at_the_end_of_a_sentence_an_item_or_before_a_verb(marked, age):
    assert read(marked)[0] == age


@pytest.mark.parametrize(
    "marked",
    [
        "[Dev Arun], 27 Mill Lane, Exampleton",  # a house number
        "[Dev Arun], 27 minutes later",
        "[Dev Arun], 27.5 per cent",
    ],
)
def test_a_number_before_a_street_or_a_unit_is_no_age(marked):
    assert read(marked)[0] is None


@pytest.mark.parametrize(
    ("marked", "residence"),
    [
        ("Exampleton man [Dev Arun], 27, was charged.", "Exampleton"),
        ("Police charged Exampleton woman [Ana Roe] with theft.", "Exampleton"),
        ("Exampleton-based [Dev Arun] was fined.", "Exampleton"),
        ("[Dev Arun], who lives in Exampleton, was arrested.", "Exampleton"),
        ("[Dev Arun], 27, from Exampleton in Exampleshire, was charged.", "Exampleton"),
        ("[Dev Arun], 27 years, from Exampleton, died.", "Exampleton"),
        ("[Dev Arun], of Rue des Lilas, Exampleville, was extradited.", "Exampleville"),
    ],
)
def test_more_ways_to_give_a_residence(marked, residence):
    assert read(marked)[1] == residence


@pytest.mark.parametrize(
    "marked",
    [
        "The driver, [Dev Arun], 27, died.",
        "Local man [Dev Arun] was praised.",
        "Missing teenager [Dev Arun] was found.",
        "[Dev Arun], of the Exampleshire, Exampleford and Examplebury Major Crime Unit, said",
        "[Dev Arun], of the Drugs and Gangs Team, said",
        "27-year-old University of Exampleton student [Dev Arun] was praised.",
        "Lord [Arun] of Exampleton spoke at the service.",
    ],
)
def test_no_residence_from_a_determiner_a_body_or_a_peerage(marked):
    assert read(marked)[1] is None


@pytest.mark.parametrize(
    ("marked", "age", "residence"),
    [
        ("Fifty-three year-old [Ravi Kohli] was arrested on Monday.", 53, None),
        ("Twenty-year-old [Ravi Kohli] was arrested on Monday.", 20, None),
        ("[Ravi Kohli], of Ash Court, Mill Lane, Exampleton, Exampleshire, was jailed.", None,
         "Exampleton, Exampleshire"),
        ("[Ravi Kohli], 60, from Exampleton in East Exampleby, died.", 60, "Exampleton"),
        # The man of a lead that names no one is the one named at the start of the next.
        (("A 30-year-old man who was wanted for assault has been arrested.\n\n[Ravi Kohli], "
          "of no fixed address, was charged."), 30, None),
        ("A 38-year-old Exampleton man has been jailed.\n\n[Ravi Kohli] was 15 at the time.",
         38, "Exampleton"),
        (("A wanted man from Exampleton Park has been found.\n\n[Ravi Kohli], 23, has been "
          "found."), 23, "Exampleton Park"),
    ],
)
def test_spelled_ages_homes_named_court_and_the_lead_sentence(marked, age, residence):
    assert read(marked) == (age, residence)


@pytest.mark.parametrize(
    "marked",
    [
        "[Ravi Kohli], of Exampleton Crown Court, said the hearing was over.",
        # The name in the next sentence is an officer speaking, or no subject of the sentence.
        "A 30-year-old man has been arrested.\n\n[Ravi Kohli], of the CID, said: \"Good.\"",
        "A 30-year-old man has been arrested. Officers found [Ravi Kohli] in the car.",
        "A 30-year-old man and a 25-year-old woman were arrested.\n\n[Ravi Kohli] was charged.",
        "A man from Exampleton has been jailed.\n\n[Ravi Kohli], of no fixed address, was caught.",
    ],
)
def test_no_age_or_home_from_a_lead_about_someone_else(marked):
    assert read(marked) == (None, None)


@pytest.mark.parametrize(
    ("marked", "age", "residence"),
    [
        (("A Exampleby man has been charged after a fight last night (Saturday, May 21).\n\n"
          "[Mark Stone], 28, has been bailed."), 28, "Exampleby"),
        ("A Sherburn-in Exdale man is jailed.\n\n67-year-old [Chris Hale] was jailed.", 67,
         "Sherburn-in Exdale"),
        ("[Dan Ellis], 30, formerly of Lark Street, Exampleford, stole a tablet.", 30,
         "Exampleford"),
        ("[Roy Grange], 72, and his wife Mia, 73, both of High Road, Exampleby, were hurt.", 72,
         "Exampleby"),
        ("the murder of [Ben Smyth], 20 (pictured), from Walton-le-Exe, after a crash.", 20,
         "Walton-le-Exe"),
    ],
)
def test_leads_with_numbers_an_age_before_the_name_former_homes_and_a_wife(marked, age,
                                                                           residence):
    assert read(marked) == (age, residence)


@pytest.mark.parametrize(
    ("marked", "age", "residence"),
    [
        ("[Ann Vale], unemployed, 45, of Hill Road, Exampleton was bailed.", 45,
         "Exampleton"),
        ("A second woman - [Ann Vale], 24, unemployed, of Hill Road, Exampleton - was held.", 24,
         "Exampleton"),
        ("[Ann Vale], 12/03/1985, of Hill Road, Exampleton, was charged.", None, "Exampleton"),
        ("[Ann Vale], of Hill Crescent, in Exampleton, denied it.", None, "Exampleton"),
        ("**[Ann Vale]** , 27, of Mill Mews, was charged.", 27, None),
        ("[Jo Vale], a builder, 30, of Exampleton, was fined.", 30, "Exampleton"),
    ],
)
def test_a_job_a_birth_date_emphasis_and_in_between_the_name_and_the_address(
        marked, age, residence):
    assert read(marked) == (age, residence)


@pytest.mark.parametrize(
    ("marked", "age", "residence"),
    [
        ("[Tim Vale], 41, (12.06.80) of Crown Road, Exampleton was charged.", 41, "Exampleton"),
        ("A former nurse, [Jo Vale], previously of Exampleton, Exampleshire, denied it.", None,
         "Exampleton, Exampleshire"),
        ("[Nina Vale] is missing from Exampleton.", None, "Exampleton"),
        ("[Nina Vale], who was reported missing from Exampleton on Monday, is safe.", None,
         "Exampleton"),
        ("[Demi Vale], of Exampleshire Way in West Exampleton, pleaded guilty.", None,
         "West Exampleton"),
        ("[Ann Vale], 64, known to friends as Annie, of Mill Gardens, Exampleton, was hurt.", 64,
         "Exampleton"),
        ("[Jo Vale], who is originally from Exampleton, now works abroad.", None, None),
    ],
)
def test_a_birth_date_after_the_age_a_former_home_missing_from_and_another_name(
        marked, age, residence):
    assert read(marked) == (age, residence)


@pytest.mark.model
def test_his_home_in_a_town_is_the_home_of_the_untitled_person_named_last(parser):
    doc = parser.parse_text("Rhys Vane, 44, was stopped in town. Officers then searched "
                            "his home in Kilmore Way, "
                            "Exampleton.\n\nJo Vane was arrested. DC Amy Holt said she searched "
                            "his home in Mill Lane, Exampleby, on 30 December.")
    assert {p.name: p.residence for p in doc.people} == {
        "Rhys Vane": "Exampleton", "Jo Vane": None, "Amy Holt": None}


@pytest.mark.model
def test_a_lead_two_sentences_before_the_name_when_no_one_is_named_between(parser):
    doc = parser.parse_text("A man from Exampleton who sold stolen bikes has been jailed for "
                            "2.5 years.\n\nOfficers searched a shed in May.\n\nSam Vale, 32, "
                            "was arrested there.")
    assert [(p.name, p.age, p.residence) for p in doc.people] == [("Sam Vale", 32, "Exampleton")]
    doc = parser.parse_text("A man from Exampleton has been jailed.\n\nDC Amy Holt said it was "
                            "a good result.\n\nSam Vale, 21, was sentenced.")
    assert {p.name: p.residence for p in doc.people} == {"Amy Holt": None, "Sam Vale": None}


LEADS = [
    (("After an inquiry by Exampleton CID, a 33-year-old man has been jailed for nine "
      "years.\n\nKamil Pritchard, of Hill Avenue, Exampleton, was convicted today."),
     ("Kamil Pritchard", 33, "Exampleton")),
    (("We have charged a 39 year-old man with theft.\n\nOfficers were called to a house on "
      "Friday. A male was held nearby.\n\nMike Pritchard, of Barr Road, Exampleby, has been "
      "charged."), ("Mike Pritchard", 39, "Exampleby")),
    (("A 62-year-old man described as dangerous has been jailed.\n\nTony Pritchard "
      "appeared at Exampleton Crown Court today."), ("Tony Pritchard", 62, None)),
    (("A 79-year-old female cyclist who died after a crash is being named.\n\nOfficers "
      "were called on Monday.\n\nKathleen Pritchard, from Exampleby, died in hospital."),
     ("Kathleen Pritchard", 79, "Exampleby")),
    (("A 13-year-old girl reported missing from Exampleton is safe.\n\nNatalie Pritchard, who "
      "was last seen on Monday, is at home."), ("Natalie Pritchard", 13, None)),
    ("Victim: Sami Pritchard, who was aged 23\n\nDetectives are investigating.",
     ("Sami Pritchard", 23, None)),
    ("Dan Pritchard, age 31, of no fixed address, admitted theft.", ("Dan Pritchard", 31, None)),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), LEADS)
def test_leads_in_more_forms_and_ages_at_a_line_end_or_after_age(parser, text, expected):
    assert [(p.name, p.age, p.residence) for p in parser.parse_text(text).people] == [expected]


def test_an_age_in_words_between_commas_after_the_name():
    assert read("[Jay], eight, opened the door to the officers.") == (8, None)
    assert read("[Tia], twenty-one, waved.") == (21, None)


@pytest.mark.model
def test_a_lone_first_name_with_an_age_between_commas_is_a_person(parser):
    doc = parser.parse_text("Jay, eight, opened his front door yesterday to see the officers.")
    assert [(p.name, p.age) for p in doc.people] == [("Jay", 8)]


@pytest.mark.model
def test_a_name_in_bold_before_its_age_is_a_person_with_age_and_home(parser):
    doc = parser.parse_text(
        "**Arlo Fenwick** , 49, of Mill Road, Eastby, has been charged. Officers arrested "
        "**Jo Kestrel** , 27, from Westby, on 3 May.")
    check_document(doc)
    people = {p.name: (p.age, p.residence) for p in doc.people}
    assert people["Arlo Fenwick"] == (49, "Eastby")
    assert people["Jo Kestrel"] == (27, "Westby")


@pytest.mark.model
def test_the_home_of_a_person_named_with_an_apostrophe_is_their_residence(parser):
    doc = parser.parse_text(
        "Officers went to Nathan Arley's home in Mill Crescent, Eastby, on 3 May and "
        "found cannabis. Jo Kemp left her family home in Westby on Monday.")
    check_document(doc)
    people = {p.name: p.residence for p in doc.people}
    assert people["Nathan Arley"] == "Eastby"
    assert people["Jo Kemp"] == "Westby"
