"""Money: amounts with ISO 4217 currencies, found with their symbols."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse._extract.money import find_money, parse_amount


def found(text: str, region: str = "GB") -> list[tuple[str, float | int, str]]:
    """(span text, amount, currency) of every match; spans must be in ``text``."""
    result = []
    for match in find_money(text, region):
        assert 0 <= match.start < match.end <= len(text)
        result.append((text[match.start:match.end], match.amount, match.currency))
    return result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He stole jewellery worth £55k from the house.", [("£55k", 55000, "GBP")]),
        ("Cannabis with a street value of £55K was seized.", [("£55K", 55000, "GBP")]),
        ("Drugs worth £1.2 million were recovered.", [("£1.2 million", 1200000, "GBP")]),
        ("The fraud cost the NHS £1.2m.", [("£1.2m", 1200000, "GBP")]),
        ("A cartel laundering £1.5bn was dismantled.", [("£1.5bn", 1500000000, "GBP")]),
        ("He ran a $3bn Ponzi scheme.", [("$3bn", 3000000000, "USD")]),
        ("She was fined €500 in Dublin.", [("€500", 500, "EUR")]),
        ("Euro notes worth €1.2bn were found.", [("€1.2bn", 1200000000, "EUR")]),
        ("He tried to pay with a 50p coin.", [("50p", 0.5, "GBP")]),
        ("The stamp cost 1.5p more.", [("1.5p", 0.015, "GBP")]),
        ("Around 5,000 pounds was taken from the till.", [("5,000 pounds", 5000, "GBP")]),
        ("They demanded 2 million pounds in cash.", [("2 million pounds", 2000000, "GBP")]),
        ("The charity lost 50 pence per donation.", [("50 pence", 0.5, "GBP")]),
        ("He was ordered to pay £101 in costs.", [("£101", 101, "GBP")]),
        ("A reward of £1,000,000 has been offered.", [("£1,000,000", 1000000, "GBP")]),
        ("He was fined £2.50 for the ticket.", [("£2.50", 2.5, "GBP")]),
        ("He took £0.50 from the box.", [("£0.50", 0.5, "GBP")]),
        ("The bill came to GBP 500.", [("GBP 500", 500, "GBP")]),
        ("A deal worth EUR 5m was agreed.", [("EUR 5m", 5000000, "EUR")]),
        ("He sent US$5,000 abroad.", [("US$5,000", 5000, "USD")]),
        ("He sent C$200 to a contact.", [("C$200", 200, "CAD")]),
        ("A compensation order of £\u00a0500 was made.", [("£\u00a0500", 500, "GBP")]),
        ("He handed over 500\u00a0pounds.", [("500\u00a0pounds", 500, "GBP")]),
        ("The cost was £300, police said.", [("£300", 300, "GBP")]),
        ("He was fined £10 and ordered to pay £20.", [("£10", 10, "GBP"), ("£20", 20, "GBP")]),
        ("Millions of pounds of public money were lost.", []),
        ("The seizure of 2 million pounds of public money.",
         [("2 million pounds", 2000000, "GBP")]),
    ],
)
def test_amounts(text: str, expected: list[tuple[str, float | int, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The loss was between £5,000 to £10,000.",
         [("£5,000", 5000, "GBP"), ("£10,000", 10000, "GBP")]),
        ("Fines of £5,000 – £10,000 may be imposed.",
         [("£5,000", 5000, "GBP"), ("£10,000", 10000, "GBP")]),
        ("Damage estimated at £5-10m.", [("£5", 5000000, "GBP"), ("10m", 10000000, "GBP")]),
        ("Damage estimated at £5m to £10m.",
         [("£5m", 5000000, "GBP"), ("£10m", 10000000, "GBP")]),
        ("The scam made £5 million-£10 million.",
         [("£5 million", 5000000, "GBP"), ("£10 million", 10000000, "GBP")]),
        ("Bribes of £5k-£10k were paid.", [("£5k", 5000, "GBP"), ("£10k", 10000, "GBP")]),
        ("Tickets cost £10—£20.", [("£10", 10, "GBP"), ("£20", 20, "GBP")]),
        # The first end keeps its own size: half a million, not half a trillion.
        ("Assets worth £500,000-£1m were frozen.",
         [("£500,000", 500000, "GBP"), ("£1m", 1000000, "GBP")]),
        ("Cards with limits of £10 to 15 each.", [("£10", 10, "GBP"), ("15", 15, "GBP")]),
        # A second symbol gives the second end its own currency.
        ("He converted £100 to $130.", [("£100", 100, "GBP"), ("$130", 130, "USD")]),
    ],
)
def test_ranges_give_two_amounts(text: str, expected: list[tuple[str, float | int, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("He was fined $20.", "AU", [("$20", 20, "AUD")]),
        ("He was fined $20.", "au", [("$20", 20, "AUD")]),
        ("He was fined $20.", "NZ", [("$20", 20, "NZD")]),
        ("He was fined $20.", "GB", [("$20", 20, "USD")]),
        ("He was fined $20.", "US", [("$20", 20, "USD")]),
        ("He was fined 20 dollars.", "AU", [("20 dollars", 20, "AUD")]),
        ("He was fined 20 dollars.", "GB", [("20 dollars", 20, "USD")]),
        ("He sent A$ 20 and US$20.", "GB", [("A$ 20", 20, "AUD"), ("US$20", 20, "USD")]),
        ("He sent US$20.", "AU", [("US$20", 20, "USD")]),
        ("He owed 3 pounds.", "IE", [("3 pounds", 3, "GBP")]),
        ("He owed 3 pounds.", "GB", [("3 pounds", 3, "GBP")]),
        # Outside the UK "pounds" is a weight.
        ("The dog weighed 5,000 pounds.", "US", []),
        ("The catch weighed 40 pounds.", "AU", []),
        ("He paid £40.", "US", [("£40", 40, "GBP")]),
    ],
)
def test_regions(text: str, region: str, expected: list[tuple[str, float | int, str]]) -> None:
    assert found(text, region) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "$",
        "£",
        "Officers seized 10 pounds of cannabis.",
        "He was carrying 2.5 pounds of heroin.",
        "The attack happened at 5pm.",
        "He left at 10p.m. on Friday.",
        "The 1980s saw a rise in thefts.",
        "Police were called at 2018 hours.",
        "A car with registration MP3 was seized.",
        "He was jailed for 5 years.",
        "Call 101 or 999.",
        "Crime number 20/123456/21.",
        "101 people were arrested.",
    ],
)
def test_not_money(text: str) -> None:
    assert found(text) == []


def test_only_pounds_of_is_a_weight() -> None:
    # Dollars and euros are not weights, whatever follows them.
    assert found("It cost 10 dollars of his savings.") == [("10 dollars", 10, "USD")]


def test_number_groups_are_three_digits() -> None:
    assert found("He paid £1,2345.") == [("£1", 1, "GBP")]


def test_spans_include_symbols() -> None:
    text = "Between £5,000 to £10,000 and US$3bn and A$ 20 were moved."
    for match in find_money(text, "GB"):
        span = text[match.start:match.end]
        assert span[0] in "£UA$", span
        assert span == span.strip()


@pytest.mark.parametrize(
    ("number", "multiplier", "scale", "expected"),
    [
        ("55", "k", 1.0, 55000),
        ("1.2", "million", 1.0, 1200000),
        ("1.2", " million", 1.0, 1200000),
        ("3", "bn", 1.0, 3000000000),
        ("3", "B", 1.0, 3000000000),
        ("2", "tn", 1.0, 2000000000000),
        ("5,000", None, 1.0, 5000),
        ("50", None, 0.01, 0.5),
        ("1.5", None, 0.01, 0.015),
        ("2.50", None, 1.0, 2.5),
        ("0.1", "m", 1.0, 100000),
        ("1.15", "m", 1.0, 1150000),
    ],
)
def test_parse_amount(number: str, multiplier: str | None, scale: float,
                      expected: float) -> None:
    value = parse_amount(number, multiplier, scale)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    "text", ['1"' * 50_000, "1" * 100_000, "1," * 50_000, "£1 " * 30_000, "1p" * 50_000,
             "£" + "1" * 100_000],
)
def test_long_input_finishes(text: str) -> None:
    list(find_money(text, "GB"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 ,.-–£$€pkmbnillionpoundsto\u00a0", max_size=60))
def test_never_raises(text: str) -> None:
    for match in find_money(text, "GB"):
        assert 0 <= match.start < match.end <= len(text)
        assert match.amount >= 0


def test_a_comma_group_after_a_space_is_one_amount_but_a_list_is_not():
    def amounts(text):
        return [(text[m.start:m.end], m.amount) for m in find_money(text)]
    assert amounts("ordered to pay back £140, 000 he stole") == [("£140, 000", 140000)]
    assert amounts("orders totalling £294, 384 - including") == [("£294, 384", 294384)]
    assert amounts("prizes of £100, 200 and 300") == [("£100", 100)]
