"""Phone numbers: E.164 for full numbers, digits for short and service numbers.

Decided: a short number is a phone number only where the text presents it as
one to call or text ("call 101", "text 61016", "contact police on 101"). "A 999
call was made" names a kind of call, not a number to ring, so it is not a PHONE.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse._extract.phones import find_phones


def found(text: str, region: str = "GB", *,
          region_is_default: bool = False) -> list[tuple[str, str]]:
    """(span text, value) of every match; spans must be in ``text``."""
    result = []
    for match in find_phones(text, region, region_is_default=region_is_default):
        assert 0 <= match.start < match.end <= len(text)
        result.append((text[match.start:match.end], match.value))
    return result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Victims can get support on 0808 1000 900.", [("0808 1000 900", "+448081000900")]),
        ("Call Crimestoppers anonymously on 0800 555 111.",
         [("0800 555 111", "+44800555111")]),
        ("Freephone 0800 555 111 at any time.", [("0800 555 111", "+44800555111")]),
        ("Call the incident room on +44 (0)151 709 6010.",
         [("+44 (0)151 709 6010", "+441517096010")]),
        ("Call 0151 777 1234 or 07912 345678.",
         [("0151 777 1234", "+441517771234"), ("07912 345678", "+447912345678")]),
        ("Call 0800\u00a0555\u00a0111 for help.", [("0800\u00a0555\u00a0111", "+44800555111")]),
        ("Call 0151-777-1234 today.", [("0151-777-1234", "+441517771234")]),
        ("Call 0151–777–1234 today.", [("0151–777–1234", "+441517771234")]),  # en dashes
        ("Call 0151 777 1234, quoting log 1234.", [("0151 777 1234", "+441517771234")]),
    ],
)
def test_full_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anyone with information should call 101.", [("101", "101")]),
        ("Call 101, quoting log 1234 of 12 May.", [("101", "101")]),
        ("If you know where he is call **101** , quoting reference 46/1900/21.", [("101", "101")]),
        ("Contact police on 101 quoting log 123 of 4 May.", [("101", "101")]),
        ("In an emergency always dial 999.", [("999", "999")]),
        ("If you feel unwell, call NHS 111.", [("111", "111")]),
        ("Call 105 to report a power cut.", [("105", "105")]),
        ("Call the Samaritans free on 116 123.", [("116 123", "116123")]),
        ("Call the Samaritans free on 116\u00a0123.", [("116\u00a0123", "116123")]),
        ("Text 61016 with the location.", [("61016", "61016")]),
        ("Text HELP to 61016.", [("61016", "61016")]),
        ("Please call 101 or 999 in an emergency.", [("101", "101"), ("999", "999")]),
        ("call 101 or 999", [("101", "101"), ("999", "999")]),
        ("Call 101\u00a0or 999.", [("101", "101"), ("999", "999")]),
        ("Call\u00a0101.", [("101", "101")]),
        ("CALL 101 NOW", [("101", "101")]),
        ("Report it online or on 101.", [("101", "101")]),
        ("Information can be given via 101 – or online.", [("101", "101")]),
        ("Ring 101 on 12 May between 10am and 4pm.", [("101", "101")]),
        ("Call 101 (quoting log 1234).", [("101", "101")]),
        ("Call 101 quoting crime number 20/123456/21.", [("101", "101")]),
        ("Call 101 quoting reference 54190082471.", [("101", "101")]),
        ("Call 101, quoting incident 0456 of 3 March.", [("101", "101")]),
        ("Text 999 if you cannot speak.", [("999", "999")]),
        ("Call 999 or 0151 777 1234.", [("999", "999"), ("0151 777 1234", "+441517771234")]),
        # The number quoted is a reference, even when it looks like a phone number.
        ("Call 101 and quote 0151 777 1234.", [("101", "101")]),
    ],
)
def test_short_numbers_to_call(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        # references
        "The log 1234 of 12 May was closed.",
        "Quote crime number 20/123456/21.",
        "Please have reference 54190082471 ready.",
        "Police received incident 0456 of 3 March.",
        "Crime reference number 0151 777 1234.",
        "Reference: 01517771234",
        # dates and times
        "The attack happened at 10.15pm on Monday.",
        "He was arrested on 12/05/2020 at 10.15.",
        "Officers attended on 12 May 2021.",
        "At 2020-05-12 10:15 the alarm sounded.",
        "Figures for 2018/19 show a rise.",
        # prices, counts, years
        "He was ordered to pay £101 in costs.",
        "101 people were arrested in the operation.",
        "A 999 call was made at 3am.",
        "Officers were called after a 999 call.",
        "On 999 occasions he failed to appear.",
        "He was charged with 101 offences.",
        "He was born in 1999.",
        "Police were called to 101 Smith Street.",
        # labels and postcode pieces
        "Officers were called to Flat 101.",
        "Contact the court on Room 101 matters.",
        "The number 101 bus was diverted.",
        "He was seen in the CH41 area.",
        "Postcode L1 2AB.",
    ],
)
def test_never_phones(text: str) -> None:
    assert found(text) == []


def test_us_numbers_when_the_region_is_a_default() -> None:
    text = "Call the FBI tip line on (412) 555-0123."
    assert found(text) == []
    assert found(text, region_is_default=True) == [("(412) 555-0123", "+14125550123")]
    assert found("Call 412-555-0123 now.", region_is_default=True) == [
        ("412-555-0123", "+14125550123")]


@pytest.mark.parametrize(
    "text",
    [
        "Operation 2125550123 ended.",  # a bare run of ten digits is no US number
        "He was jailed for 4125550123 days.",
        "Case 4125550123 was closed.",
    ],
)
def test_fallback_region_needs_a_written_format(text: str) -> None:
    assert found(text, region_is_default=True) == []


def test_region_in_lower_case() -> None:
    assert found("Call 0151 777 1234.", "gb") == [("0151 777 1234", "+441517771234")]


def test_us_region() -> None:
    assert found("Call (412) 555-0123 now.", "US") == [("(412) 555-0123", "+14125550123")]


@pytest.mark.parametrize(
    "text",
    ['1"' * 50_000, "1" * 100_000, "1 " * 50_000, "call " + "101 " * 20_000,
     "0" * 100_000, "call 1" + "-1" * 50_000],
)
def test_long_input_finishes(text: str) -> None:
    list(find_phones(text, "GB", region_is_default=True))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789 ()+-–/.\u00a0calltexonqugrf", max_size=60))
def test_never_raises(text: str) -> None:
    for match in find_phones(text, "GB", region_is_default=True):
        assert 0 <= match.start < match.end <= len(text)
        assert match.value.lstrip("+").isdigit()
