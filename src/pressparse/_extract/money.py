"""Amounts of money with ISO 4217 currencies.

spaCy's MONEY spans drop the symbol ("55k" for "£55k") and miss pence, so
amounts are found with patterns over the text and the value is computed here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_DOLLAR_BY_REGION = {"AU": "AUD", "CA": "CAD", "NZ": "NZD", "HK": "HKD", "SG": "SGD"}
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
_MULTIPLIERS = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "b": 1e9,
    "billion": 1e9, "trillion": 1e12, "tn": 1e12,
}

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MULT = r"(?:\s?(?:thousand|million|billion|trillion)|(?:k|m|mn|bn|tn|b))\b"
_SYMBOL = r"(?:US\$|AU?\$|CA?\$|NZ\$|HK\$|S\$|[£€¥₹$])"
_PATTERN = re.compile(
    rf"(?P<symbol>{_SYMBOL})\s?(?P<amount>{_NUMBER})(?P<mult>{_MULT})?"
    rf"(?:\s?(?:-|–|to)\s?(?:{_SYMBOL})?\s?(?P<amount2>{_NUMBER})(?P<mult2>{_MULT})?)?"
    rf"|\b(?P<code>{'|'.join(_CODES)})\s?(?P<camount>{_NUMBER})(?P<cmult>{_MULT})?"
    rf"|(?<![\w.,])(?P<pence>\d+(?:\.\d+)?)p\b"
    rf"|(?<![\w.,£$€])(?P<wamount>{_NUMBER})(?P<wmult>{_MULT})?\s?"
    rf"(?P<word>pounds?|sterling|pence|euros?|dollars?)\b(?!\s+of\b)",
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

    ``$`` is read as the dollar of ``region`` (AUD in an Australian document).
    "N pounds of ..." is a weight, not money.
    """
    for match in _PATTERN.finditer(text):
        if match.group("symbol"):
            currency = _symbol_currency(match.group("symbol"), region)
            mult2 = match.group("mult2")
            first_end = match.end("mult") if match.group("mult") else match.end("amount")
            # "£5-10m": the first amount borrows the second's multiplier.
            first_mult = match.group("mult") or (mult2 if match.group("amount2") else None)
            yield _make(match.start(), first_end, match.group("amount"), first_mult, currency)
            if match.group("amount2"):
                second_start = match.start("amount2")
                # Include a repeated symbol in the second span ("£5,000 to £10,000").
                symbol_before = text.rfind(match.group("symbol"), first_end, second_start)
                if symbol_before != -1:
                    second_start = symbol_before
                yield _make(second_start, match.end(), match.group("amount2"), mult2, currency)
        elif match.group("code"):
            yield _make(match.start(), match.end(), match.group("camount"),
                        match.group("cmult"), match.group("code").upper())
        elif match.group("pence"):
            yield _make(match.start(), match.end(), match.group("pence"), None, "GBP",
                        scale=0.01)
        else:
            word = match.group("word").lower()
            if word.startswith("pound") and region not in ("GB", "IE", "GG", "JE", "IM"):
                continue  # outside the UK "pounds" is far more often a weight
            scale = 0.01 if word == "pence" else 1.0
            yield _make(match.start(), match.end(), match.group("wamount"),
                        match.group("wmult"), _WORDS[word], scale=scale)


def _symbol_currency(symbol: str, region: str) -> str:
    lowered = symbol.lower()
    if lowered in _PREFIXED_SYMBOLS:
        return _PREFIXED_SYMBOLS[lowered]
    if symbol == "$":
        return _DOLLAR_BY_REGION.get(region, "USD")
    return _SYMBOLS[symbol]


def parse_amount(number: str, multiplier: str | None = None, scale: float = 1.0) -> float | int:
    """``"1.2", "million"`` -> ``1200000``; whole results come back as ``int``."""
    value = float(number.replace(",", "")) * scale
    if multiplier:
        value *= _MULTIPLIERS[multiplier.strip().lower()]
    rounded = round(value, 2)
    return int(rounded) if rounded == int(rounded) else rounded


def _make(start: int, end: int, number: str, multiplier: str | None, currency: str,
          scale: float = 1.0) -> MoneyMatch:
    return MoneyMatch(start, end, parse_amount(number, multiplier, scale), currency)
