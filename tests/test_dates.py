"""Date normalisation: ISO 8601 values resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse._dates import Anchor, DateValue, normalize_date, parse_absolute_date, resolve_date
from pressparse._extract.dates import find_dates

# Published on Wednesday 15 April 2020.
WEDNESDAY = Anchor(dt.date(2020, 4, 15))
# Only the month of publication is known: relative days cannot be resolved.
APRIL_ONLY = Anchor(dt.date(2020, 4, 30), exact=False)


# --- normalize_date ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 April 2020", "2020-04-14"),
        ("on 14 April 2020", "2020-04-14"),
        ("14th April 2020", "2020-04-14"),
        ("April 14, 2020", "2020-04-14"),
        ("the 3rd of March 2020", "2020-03-03"),
        ("Friday 10 April 2020", "2020-04-10"),
        ("Fri, 10 Apr 2020", "2020-04-10"),
        ("14 Sept 2019", "2019-09-14"),
        ("April 2019", "2019-04"),
        ("early May 2019", "2019-05"),
        ("in April, 2019", "2019-04"),
        ("2020", "2020"),
        ("in 2019", "2019"),
        ("20/06/2020", "2020-06-20"),
        ("20/6/20", "2020-06-20"),
        ("12.05.2020", "2020-05-12"),  # not the time 12.05
        ("14-04-2020", "2020-04-14"),
        ("2020-04-14", "2020-04-14"),
        ("2020-04-14T10:15:00", "2020-04-14"),
        ("2020-04-14T10:15:00+01:00", "2020-04-14"),
        ("20 June 2020 at 10pm", "2020-06-20"),
        ("at 10.15pm on 20 June 2020", "2020-06-20"),
        ("at around 2130hrs on 20 June 2020", "2020-06-20"),
    ],
)
def test_absolute_dates(text: str, expected: str) -> None:
    assert normalize_date(text, WEDNESDAY) == expected
    assert normalize_date(text) == expected  # no anchor needed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between April 2019 and February 2020", "2019-04/2020-02"),
        ("from March 2021 to April 2021", "2021-03/2021-04"),
        ("19th-25th January, 2021", "2021-01-19/2021-01-25"),
        ("19-25 January 2021", "2021-01-19/2021-01-25"),
        ("19th–25th January 2021", "2021-01-19/2021-01-25"),  # en dash
        ("19th — 25th January 2021", "2021-01-19/2021-01-25"),  # spaced em dash
        ("between 1 and 3 April 2020", "2020-04-01/2020-04-03"),
        ("from 1 to 3 April 2020", "2020-04-01/2020-04-03"),
        ("between 19th and 25th January 2021", "2021-01-19/2021-01-25"),
        ("between April and May 2019", "2019-04/2019-05"),
        ("from March to May 2019", "2019-03/2019-05"),
        ("1 April 2020 - 3 April 2020", "2020-04-01/2020-04-03"),
        ("1 April 2020 until 3 April 2020", "2020-04-01/2020-04-03"),
        ("2020-04-14 to 2020-04-16", "2020-04-14/2020-04-16"),
        ("14/04/2020 to 16/04/2020", "2020-04-14/2020-04-16"),
        ("between 2018 and 2019", "2018/2019"),
        ("2019-2020", "2019/2020"),
    ],
)
def test_intervals(text: str, expected: str) -> None:
    assert normalize_date(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "between February 2020 and April 2019",  # ends before it starts
        "1 and 3 April 2020",  # two dates, not an interval
        "between 9pm and 11pm",  # times
        "19-25",
    ],
)
def test_not_intervals(text: str) -> None:
    assert normalize_date(text, WEDNESDAY) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yesterday", "2020-04-14"),
        ("Yesterday", "2020-04-14"),
        ("today", "2020-04-15"),
        ("this morning", "2020-04-15"),
        ("earlier today", "2020-04-15"),
        ("last night", "2020-04-14"),
        ("on Monday", "2020-04-13"),
        ("Monday", "2020-04-13"),
        ("on Monday evening", "2020-04-13"),
        ("in the early hours of Sunday", "2020-04-12"),
        ("Sunday night", "2020-04-12"),
        ("10.15pm on Monday", "2020-04-13"),
        ("at 1930 on Saturday", "2020-04-11"),  # a 24-hour time, not the year 1930
        ("on Wednesday", "2020-04-08"),  # the publication day names the week before
        ("last year", "2019"),
        ("earlier this year", "2020"),
    ],
)
def test_relative_dates_with_anchor(text: str, expected: str) -> None:
    assert normalize_date(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    "text", ["yesterday", "on Monday", "last night", "this morning", "Tuesday 3 March",
             "3 March", "April", "last year"],
)
def test_relative_dates_without_anchor(text: str) -> None:
    assert normalize_date(text) is None
    assert normalize_date(text, None) is None


@pytest.mark.parametrize("text", ["yesterday", "on Monday", "this morning"])
def test_relative_days_need_an_exact_anchor(text: str) -> None:
    assert normalize_date(text, APRIL_ONLY) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 March", "2020-03-03"),
        ("Tuesday 3 March", "2020-03-03"),
        ("on Tuesday, 3 March", "2020-03-03"),
        ("14 April", "2020-04-14"),
        ("15 April", "2020-04-15"),  # the day of publication itself
        ("16 April", "2019-04-16"),  # later in the year: last year's
        ("20 December", "2019-12-20"),
        ("5 May", "2019-05-05"),
        ("May 5", "2019-05-05"),
        ("in May", "2019-05"),
        ("April", "2020-04"),
        ("29 February", "2020-02-29"),
        ("1-3 April", "2020-04-01/2020-04-03"),
    ],
)
def test_dates_without_a_year_are_the_most_recent(text: str, expected: str) -> None:
    assert normalize_date(text, WEDNESDAY) == expected


def test_month_anchor_resolves_days_of_its_month() -> None:
    assert normalize_date("16 April", APRIL_ONLY) == "2020-04-16"
    assert normalize_date("3 May", APRIL_ONLY) == "2019-05-03"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "1694",  # a count the model calls a DATE
        "1,694",
        "0808 1000 900",  # pieces of a phone number
        "0808 1000",
        "2018/19",  # a financial year
        "2018/2019",
        "2018-19",
        "officers may 5",  # "may" as a verb
        "may",
        "at 10.15pm",  # times are not dates
        "10.15pm",
        "at 2200hrs",
        "the 12th",
        "31 April 2020",  # no such day
        "31/04/2020",
        "29 February 2019",
        "a week ago",
        "three years",
        "the 1990s",
        "Christmas",
        "log 1234",
        "2" * 5000,  # longer than any year
    ],
)
def test_not_dates(text: str) -> None:
    assert normalize_date(text, WEDNESDAY) is None


def test_non_breaking_spaces() -> None:
    assert normalize_date("14\u00a0April\u00a02020") == "2020-04-14"
    assert normalize_date("between\u00a0April 2019 and February\u00a02020") == "2019-04/2020-02"


@pytest.mark.parametrize(
    "text",
    ['1"' * 50_000, "1" * 100_000, "1-" * 50_000, "1 to " * 20_000, "April 2020 - " * 8_000],
)
def test_long_input_finishes(text: str) -> None:
    assert normalize_date(text, WEDNESDAY) is None
    list(find_dates(text, WEDNESDAY))
    parse_absolute_date(text)


# --- Anchor -----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-04-15", Anchor(dt.date(2020, 4, 15))),
        ("2020-04-15T09:30:00+01:00", Anchor(dt.date(2020, 4, 15))),
        ("2020-04", Anchor(dt.date(2020, 4, 30), exact=False)),
        ("2020-02", Anchor(dt.date(2020, 2, 29), exact=False)),
        ("2020", Anchor(dt.date(2020, 12, 31), exact=False)),
        (None, None),
        ("", None),
        ("not a date", None),
        ("2020-13-01", None),
        ("2020-02-30", None),
    ],
)
def test_anchor_from_iso(value: str | None, expected: Anchor | None) -> None:
    assert Anchor.from_iso(value) == expected


# --- parse_absolute_date ----------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 April 2020", dt.date(2020, 4, 14)),
        ("Published: Tuesday 14 April 2020 10:15 BST", dt.date(2020, 4, 14)),
        ("Tue, 14 Apr 2020 10:15:00 GMT", dt.date(2020, 4, 14)),
        ("2020-04-14T10:15:00Z", dt.date(2020, 4, 14)),
        ("2020-04-14T10:15:00.000+01:00", dt.date(2020, 4, 14)),
        ("14/04/2020", dt.date(2020, 4, 14)),
        ("April 2020", None),
        ("14 April", None),
        ("yesterday", None),
        ("31 April 2020", None),
        ("", None),
    ],
)
def test_parse_absolute_date(text: str, expected: dt.date | None) -> None:
    assert parse_absolute_date(text) == expected


# --- find_dates -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A 34-year-old man was arrested on 14 April 2020 in Bootle.",
         [("14 April 2020", "2020-04-14")]),
        ("The offences took place between April 2019 and February 2020.",
         [("between April 2019 and February 2020", "2019-04/2020-02")]),
        ("The victim was approached on Tuesday 3 March at around 9pm.",
         [("Tuesday 3 March", "2020-03-03")]),
        ("Speed checks ran 19th-25th January, 2021 across the county.",
         [("19th-25th January, 2021", "2021-01-19/2021-01-25")]),
        ("The road was closed from 1 to 3 April 2020 for the search.",
         [("from 1 to 3 April 2020", "2020-04-01/2020-04-03")]),
        ("He was stopped on 20/06/2020 on the M62.", [("20/06/2020", "2020-06-20")]),
        ("The warrant was executed on 12.05.2020.", [("12.05.2020", "2020-05-12")]),
        ("He was released on 14\u00a0April\u00a02020.",
         [("14\u00a0April\u00a02020", "2020-04-14")]),
        ("Witnesses saw the car on Friday, 10 April and on 1st May 2019.",
         [("Friday, 10 April", "2020-04-10"), ("1st May 2019", "2019-05-01")]),
        ("The campaign ran 1 April – 3 April 2020.",
         [("1 April – 3 April 2020", "2020-04-01/2020-04-03")]),
        ("PATROLS INCREASED IN JANUARY 2020", [("JANUARY 2020", "2020-01")]),
        ("He was charged on 31 April 2020.", [("31 April 2020", None)]),
        # A full stop after a full name ends the sentence; after an abbreviation it is its own.
        ("The appeal closed on Tuesday 3 March.", [("Tuesday 3 March", "2020-03-03")]),
        ("He was seen on Tues. 3 Mar. 2020 in Leeds.", [("Tues. 3 Mar. 2020", "2020-03-03")]),
    ],
)
def test_find_dates(text: str, found: list[tuple[str, str | None]]) -> None:
    matches = list(find_dates(text, WEDNESDAY))
    assert [(text[m.start:m.end], m.value) for m in matches] == found


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Officers may 5 times a week visit the area.",
        "Call 0808 1000 900 for free advice.",
        "Figures for the 2018/19 financial year show a rise.",
        "In 1694 cases no further action was taken.",
        "The attack happened at 10.15pm.",
        "Crime number 20/123456/21.",
        "Mayor Sunday spoke to the Mayday campaign.",
    ],
)
def test_find_dates_ignores_non_dates(text: str) -> None:
    assert list(find_dates(text, WEDNESDAY)) == []


def test_find_dates_without_anchor_keeps_the_span() -> None:
    text = "The burglary happened on Tuesday 3 March."
    [match] = find_dates(text, None)
    assert text[match.start:match.end] == "Tuesday 3 March"
    assert match.value is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 /.-–,:AprilMayJunthsdbetwn\u00a0", max_size=60))
def test_never_raises(text: str) -> None:
    value = normalize_date(text, WEDNESDAY)
    assert value is None or value[:4].isdigit()
    for match in find_dates(text, WEDNESDAY):
        assert 0 <= match.start < match.end <= len(text)


# --- which year, relative marking, interval ends -------------------------------------

@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("22 December", False, "2019-12-22"),
        ("22 December", True, "2020-12-22"),
        ("3 March", True, "2021-03-03"),
        ("April", True, "2020-04"),
        ("March", True, "2021-03"),
        ("on Friday", True, "2020-04-17"),
        ("on Wednesday", True, "2020-04-22"),
        ("on Wednesday", False, "2020-04-08"),
        ("next Monday", False, "2020-04-20"),
        ("last Monday", True, "2020-04-13"),
    ],
)
def test_tense_chooses_the_year(text: str, future: bool, expected: str) -> None:
    assert normalize_date(text, WEDNESDAY, future=future) == expected


def test_a_weekday_written_with_the_date_picks_the_year() -> None:
    # 22 December 2020 is a Tuesday, 22 December 2019 a Sunday: the weekday decides.
    assert normalize_date("Tuesday 22 December", WEDNESDAY) == "2020-12-22"
    assert normalize_date("Sunday 22 December", WEDNESDAY, future=True) == "2019-12-22"


def test_relative_marks_values_the_anchor_completed() -> None:
    assert resolve_date("yesterday", WEDNESDAY) == DateValue("2020-04-14", relative=True)
    assert resolve_date("3 March", WEDNESDAY) == DateValue("2020-03-03", relative=True)
    assert resolve_date("3 March 2019", WEDNESDAY) == DateValue("2019-03-03", relative=False)
    assert resolve_date("3 March 2019", None) == DateValue("2019-03-03", relative=False)


def test_without_an_anchor_an_unresolvable_date_has_no_value() -> None:
    assert resolve_date("22 December") is None
    assert resolve_date("last Tuesday") is None
    assert [m.value for m in find_dates("He will appear on 22 December.", None)] == [None]


def test_interval_ends() -> None:
    value = resolve_date("between 3 and 5 June 2020")
    assert value is not None and value.bounds == ("2020-06-03", "2020-06-05")
    assert resolve_date("5 June 2020") == DateValue("2020-06-05")
    assert DateValue("2020-06-05").bounds is None


def test_a_range_over_the_new_year() -> None:
    assert normalize_date("from 28 December to 3 January", Anchor(dt.date(2020, 12, 30)),
                          future=True) == "2020-12-28/2021-01-03"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Jane Doe (13.08.93) was charged.", [("13.08.93", "1993-08-13")]),
        ("He was born 3.4.05 in Exampleton.", [("3.4.05", "2005-04-03")]),
        ("It happened in Summer 2018.", [("Summer 2018", "2018")]),
        ("It happened in the winter of 2019.", [("winter of 2019", "2019")]),
        ("Version 1.2.20 was released.", []),
    ],
)
def test_birth_dates_and_seasons(text: str, found: list[tuple[str, str | None]]) -> None:
    assert [(text[m.start:m.end], m.value) for m in find_dates(text, None)] == found


def test_publication_line_forms() -> None:
    assert parse_absolute_date("Release date: 06/Mar/2021 09:31") == dt.date(2021, 3, 6)
    assert parse_absolute_date("6-March-2021") == dt.date(2021, 3, 6)
    assert parse_absolute_date("06/Foo/2021") is None


def test_overnight_into_the_next_day_is_one_interval() -> None:
    text = "The burglary occurred overnight on Wednesday 22nd January into Thursday 23rd January."
    (match,) = find_dates(text, WEDNESDAY)
    assert text[match.start:match.end].startswith("overnight on Wednesday")
    assert match.value == "2020-01-22/2020-01-23"


def test_a_two_digit_year_before_a_clock_time() -> None:
    assert [m.value for m in find_dates("26 Mar 21 11:16 AM", None)] == ["2021-03-26"]
    assert [m.value for m in find_dates("on 26 Mar 21 people", None)] == [None]
    assert parse_absolute_date("26 Mar 21 11:16 AM") == dt.date(2021, 3, 26)


def _found(text: str, anchor: Anchor | None) -> list[tuple[str, str | None]]:
    return sorted((text[m.start:m.end], m.value) for m in find_dates(text, anchor))


def test_a_range_without_years_takes_one_year_and_holds_the_day_written() -> None:
    anchor = Anchor(dt.date(2019, 11, 20))
    # Both ends in the right side's year, and the range running now when it holds the anchor.
    assert resolve_date("18th - 29th November", anchor) == DateValue(
        "2019-11-18/2019-11-29", True)
    assert resolve_date("from 28 December to 3 January", anchor) == DateValue(
        "2018-12-28/2019-01-03", True)


def test_days_listed_before_a_date_share_its_month_and_year() -> None:
    assert _found("on Monday 1 and Tuesday 2 March 2021.", None) == [
        ("Monday 1", "2021-03-01"), ("Tuesday 2 March 2021", "2021-03-02")]
    assert _found("on 1, 2 and 3 April 2020", None) == [
        ("1", "2020-04-01"), ("2", "2020-04-02"), ("3 April 2020", "2020-04-03")]
    assert _found("between 1 and 3 April 2020", None) == [
        ("between 1 and 3 April 2020", "2020-04-01/2020-04-03")]


def test_month_names_between_slashes_and_last_year_after_a_day() -> None:
    assert _found("Release date: 23/Dec/2020 07:04", None) == [("23/Dec/2020", "2020-12-23")]
    anchor = Anchor(dt.date(2018, 3, 1))
    assert _found("on 14 October last year when", anchor) == [("14 October", "2017-10-14")]
