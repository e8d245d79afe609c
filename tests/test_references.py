"""Reference numbers: every common format, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import check_document

from pressparse._dates import Anchor
from pressparse._extract.references import find_references

ANCHOR = Anchor(dt.date(2021, 6, 15))


def refs(text: str, anchor: Anchor | None = ANCHOR) -> list[tuple[str, str, str, str | None]]:
    return [(text[r.start:r.end], r.kind, r.number, r.date) for r in find_references(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call 101 quoting log 2231 of 4 May.", [("2231 of 4 May", "incident", "2231", "2021-05-04")]),
        ("Please quote incident 586.", [("586", "incident", "586", None)]),
        ("quoting crime reference 31000987654 when you call",
         [("31000987654", "crime", "31000987654", None)]),
        ("quote occurrence number 66100250042", [("66100250042", "other", "66100250042", None)]),
        ("please include incident number 377-14032020 when you write",
         [("377-14032020", "incident", "377-14032020", None)]),
        ("Please quote log 1190-250619.", [("1190-250619", "incident", "1190-250619", None)]),
        ("Incident Number:\n\n0377_14032020\n", [("0377_14032020", "incident", "0377_14032020", None)]),
        ("giving crime number 17/55501/21 to the call handler",
         [("17/55501/21", "crime", "17/55501/21", None)]),
        ("Crime Reference No.: XY/076543/21", [("XY/076543/21", "crime", "XY/076543/21", None)]),
        ("quoting serial 902 of 11/02", [("902 of 11/02", "incident", "902", "2021-02-11")]),
        ("reference 455 03/04/21", [("455 03/04/21", "incident", "455", "2021-04-03")]),
        ("quoting log 77 of today", [("77 of today", "incident", "77", "2021-06-15")]),
        ("quoting log 4410 of Friday 4 June", [
            ("4410 of Friday 4 June", "incident", "4410", "2021-06-04")]),
        ("the reference is 1920 of the 2nd March 2020",
         [("1920 of the 2nd March 2020", "incident", "1920", "2020-03-02")]),
        ("incident 0391k of 9 January", [("0391k of 9 January", "incident", "0391k", "2021-01-09")]),
        ("quoting CAD 6120/09MAR21", [("CAD 6120/09MAR21", "incident", "CAD6120", "2021-03-09")]),
        ("quoting ISR 312 of May 30", [("ISR 312 of May 30", "incident", "ISR312", "2021-05-30")]),
        ("reference: '7310456789'", [("7310456789", "other", "7310456789", None)]),
        ("quoting **52/2210/21**", [("52/2210/21", "other", "52/2210/21", None)]),
        ("quoting reference number 21*556677.", [("21*556677", "other", "21*556677", None)]),
        ("ref PQ/52100061234", [("PQ/52100061234", "other", "PQ/52100061234", None)]),
        ("Report it to Action Fraud, reference NFRC210512345678.",
         [("NFRC210512345678", "other", "NFRC210512345678", None)]),
        ("Her Action Fraud number is NFRC 210512345678.",
         [("NFRC 210512345678", "other", "NFRC210512345678", None)]),
        ("quoting 33/60001/20 (burglary) or 33/60017/20 (theft)",
         [("33/60001/20", "other", "33/60001/20", None),
          ("33/60017/20", "other", "33/60017/20", None)]),
        ("Form: Crime/incident number: Log 517", [("517", "incident", "517", None)]),
        # Letters that name a log system, written before its digits.
        ("Ring 101 and quote IML 448812.", [("IML 448812", "incident", "IML448812", None)]),
        ("give the reference CAD3312/14MAR", [
            ("CAD3312/14MAR", "incident", "CAD3312/14MAR", None)]),
        # A log numbered by the day it was opened, and a day-and-serial log.
        ("use reference ABC-14032019-0042 please", [
            ("ABC-14032019-0042", "other", "ABC-14032019-0042", None)]),
        ("quoting incident number 4:91 when calling", [("4:91", "incident", "4:91", None)]),
    ],
)
def test_reference_formats(text, expected):
    assert refs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The incident 10 days ago left people shaken.",
        "In case 12 people were hurt, call 999.",
        "He lives at number 10 of the terrace.",
        "with reference to the 2019 figures",
        "the crime 20 years ago",
        "log on to the website",
        "quoting 12/05/2021",  # a date, not a number
        "Officers attended the incident 21:30 on the ring road.",  # a time
    ],
)
def test_numbers_that_are_not_references(text):
    assert refs(text) == []


def test_one_number_takes_the_kind_its_most_telling_mention_gives():
    text = "Quote reference 31900045678.\n\nIncident reference: 31900045678"
    assert [r[1] for r in refs(text)] == ["incident", "incident"]


def test_a_second_number_must_look_like_one():
    # "or" written for "of": the day after it is not a second reference.
    assert [r[2] for r in refs("quoting reference 903k or 14 May or call")] == ["903k"]


def test_log_date_without_a_publication_date_stays_unresolved():
    assert refs("quoting log 2231 of 4 May", None) == [
        ("2231 of 4 May", "incident", "2231", None)]


@pytest.mark.model
def test_reference_digits_leak_into_no_other_entity(parser):
    text = ("Police want to hear from witnesses. Call 101 quoting log 1187 of 3 June 2021 or "
            "crime reference 44210123456, or Crimestoppers on 0800 555 111.\n")
    doc = parser.parse_text(text)
    check_document(doc)
    values = [e.value for e in doc.entities_of("REFERENCE")]
    assert values == [{"kind": "incident", "number": "1187", "date": "2021-06-03"},
                      {"kind": "crime", "number": "44210123456", "date": None}]
    assert [e.value for e in doc.entities_of("PHONE")] == ["101", "+44800555111"]
    assert not doc.entities_of("DATE")


def test_plural_crime_references_in_a_list_and_a_dated_reference_number_stays_a_reference():
    text = "Call 101 quoting crime references 37/4902/18, 37/4915/18 and 37/4900/18."
    assert [(k, n) for _, k, n, _ in refs(text)] == [
        ("crime", "37/4902/18"), ("crime", "37/4915/18"), ("crime", "37/4900/18")]
    assert [(k, n) for _, k, n, _ in refs("Please quote reference number XYZ-31052018-0225.")] \
        == [("other", "XYZ-31052018-0225")]
