"""Amounts of money with ISO 4217 currencies.

spaCy's MONEY spans drop the symbol ("55k" for "£55k") and miss pence, so
amounts are found with patterns over the text and the value is computed here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

_DOLLAR_BY_REGION = {"AU": "AUD", "CA": "CAD", "NZ": "NZD", "HK": "HKD", "SG": "SGD"}
# Where "pounds" is sterling; elsewhere it is far more often a weight.
_POUND_REGIONS = frozenset({"GB", "IE", "GG", "JE", "IM"})
_PREFIXED_SYMBOLS = {
    "us$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "nz$": "NZD",
    "hk$": "HKD", "s$": "SGD",
}
_SYMBOLS = {"£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "$": "USD"}
_CODES = ("GBP", "USD", "EUR", "AUD", "CAD", "NZD", "JPY", "CHF", "INR")
_WORDS = {
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "pence": "GBP", "euro": "EUR",
    "euros": "EUR", "dollar": "USD", "dollars": "USD",
}
# Exact (Decimal) so that "1.5p" is 0.015 and "£1.2 million" is 1200000, not 1199999.99.
_MULTIPLIERS = {
    "k": 10**3, "thousand": 10**3, "m": 10**6, "mn": 10**6, "million": 10**6, "bn": 10**9,
    "b": 10**9, "billion": 10**9, "trillion": 10**12, "tn": 10**12,
}

# A comma group is exactly three digits: "£1,2345" is not 1,234 and a stray 5.
_NUMBER = r"\d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?"
# After a symbol, a group may follow its comma with a space ("£140, 000"): three digits that
# end the amount, not the next item of a list ("£100, 200 and 300").
_SPACED_NUMBER = (r"\d{1,3}(?:,\x20\d{3}(?!\d)(?![ \t]*(?:,|and\b|or\b)))+(?:\.\d+)?(?![\d,])"
                  rf"|{_NUMBER}")
_MULT = r"(?:\s?(?:thousand|million|billion|trillion)|(?:k|m|mn|bn|tn|b))\b"
_SYMBOL = r"(?:US\$|AU?\$|CA?\$|NZ\$|HK\$|S\$|[£€¥₹$])"
_WEIGHT_AFTER = re.compile(r"\s+of\b")
_PATTERN = re.compile(
    rf"(?P<symbol>{_SYMBOL})\s?(?P<amount>{_SPACED_NUMBER})(?P<mult>{_MULT})?"
    rf"(?:\s?(?:-|–|—|to)\s?(?P<symbol2>{_SYMBOL})?\s?"
    rf"(?P<amount2>{_NUMBER})(?P<mult2>{_MULT})?)?"
    rf"|\b(?P<code>{'|'.join(_CODES)})\s?(?P<camount>{_NUMBER})(?P<cmult>{_MULT})?"
    rf"|(?<![\w.,/])(?P<pence>\d+(?:\.\d+)?)(?-i:p)\b(?!\.m\b|/)"
    rf"|(?<![\w.,£$€])(?P<wamount>{_NUMBER})(?P<wmult>{_MULT})?\s?"
    rf"(?P<word>pounds?|sterling|pence|euros?|dollars?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class MoneyMatch:
    start: int
    end: int
    amount: float | int
    currency: str


def find_money(text: str, region: str = "GB") -> Iterator[MoneyMatch]:
    """Amounts of money in ``text``; a range gives two matches.

    ``$`` and "dollars" are read as the dollar of ``region`` (AUD in an
    Australian document). "N pounds of ..." is a weight, not money, unless
    the amount has a multiplier ("2 million pounds of public money").
    """
    region = region.upper()
    for match in _PATTERN.finditer(text):
        if match.group("symbol"):
            yield from _symbol_matches(match, region)
        elif match.group("code"):
            yield _make(match.start(), match.end(), match.group("camount"),
                        match.group("cmult"), match.group("code").upper())
        elif match.group("pence"):
            yield _make(match.start(), match.end(), match.group("pence"), None, "GBP",
                        scale=0.01)
        else:
            word = match.group("word").lower()
            if word.startswith("pound") and (
                    region not in _POUND_REGIONS
                    or not match.group("wmult") and _WEIGHT_AFTER.match(text, match.end())):
                continue
            if word.startswith("dollar"):
                currency = _DOLLAR_BY_REGION.get(region, "USD")
            else:
                currency = _WORDS[word]
            scale = 0.01 if word == "pence" else 1.0
            yield _make(match.start(), match.end(), match.group("wamount"),
                        match.group("wmult"), currency, scale=scale)


def _symbol_matches(match: re.Match[str], region: str) -> Iterator[MoneyMatch]:
    """One amount, or both ends of a range ("£5,000 to £10,000", "£5-10m")."""
    currency = _symbol_currency(match.group("symbol"), region)
    first_end = match.end("mult") if match.group("mult") else match.end("amount")
    amount2, mult2 = match.group("amount2"), match.group("mult2")
    first_mult = match.group("mult")
    # "£5-10m": the first amount borrows the second's multiplier, but only when it is
    # the smaller number ("£500,000-£1m" is half a million, not half a trillion).
    if first_mult is None and amount2 and mult2 \
            and _number(match.group("amount")) < _number(amount2):
        first_mult = mult2
    yield _make(match.start(), first_end, match.group("amount"), first_mult, currency)
    if amount2:
        symbol2 = match.group("symbol2")
        # A repeated symbol belongs to the second span and says its currency.
        second_start = match.start("symbol2") if symbol2 else match.start("amount2")
        second_currency = _symbol_currency(symbol2, region) if symbol2 else currency
        yield _make(second_start, match.end(), amount2, mult2, second_currency)


def _symbol_currency(symbol: str, region: str) -> str:
    lowered = symbol.lower()
    if lowered in _PREFIXED_SYMBOLS:
        return _PREFIXED_SYMBOLS[lowered]
    if symbol == "$":
        return _DOLLAR_BY_REGION.get(region, "USD")
    return _SYMBOLS[symbol]


def parse_amount(number: str, multiplier: str | None = None, scale: float = 1.0) -> float | int:
    """``"1.2", "million"`` -> ``1200000``; whole results come back as ``int``."""
    value = _number(number) * Decimal(str(scale))
    if multiplier:
        value *= _MULTIPLIERS[multiplier.strip().lower()]
    return int(value) if value == value.to_integral_value() else float(value)


def _number(number: str) -> Decimal:
    return Decimal(number.replace(",", "").replace(" ", ""))


def _make(start: int, end: int, number: str, multiplier: str | None, currency: str,
          scale: float = 1.0) -> MoneyMatch:
    return MoneyMatch(start, end, parse_amount(number, multiplier, scale), currency)
