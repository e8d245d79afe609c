"""Phone numbers: libphonenumber for full numbers, context rules for short codes.

Full numbers come from :class:`phonenumbers.PhoneNumberMatcher`, which only
accepts numbers valid for a region; references ("log 1234", "crime number
20/123456/21") are rejected by the words before them. Short and service
numbers (101, 999, 116 123, 61016) are so short that any count could match,
so they are kept only where the text asks the reader to call or text them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

#: Extra region tried for documents with no region of their own (US-format numbers).
FALLBACK_REGIONS = ("US",)

_REFERENCE_BEFORE = re.compile(
    r"\b(?:log|ref|reference|crime|incident|occurrence|case|job|cad|report|serial|"
    r"account|sort\s+code|order|claim|policy)"
    r"(?:\s+(?:no|number|ref|reference|id))?\.?\s*(?:[:#]|is)?\s*$",
    re.IGNORECASE,
)
# Words that, shortly before a short number, present it as something to call or text.
_CALL_BEFORE = re.compile(
    r"\b(?:call|calls|calling|called|ring|ringing|dial|dialling|dialing|phone|phoning|"
    r"telephone|tel|text|texting|sms|contact|contacting|report|reporting|helpline|hotline|"
    r"freephone|number|on|via)\b[^.!?\n]{0,30}$",
    re.IGNORECASE,
)
_SHORT_CANDIDATE = re.compile(r"(?<![\w/.,£$€-])(\d{3}(?: \d{3})?|\d{5,6})(?![\w/]|[.,]\d)")
# After a short number: the end of a clause, or a word that goes with calling.
_SHORT_AFTER = re.compile(
    r"^(?:\s*$|\s*[.,;:!?)\]\n]|\s+(?:or|and|quoting|quote|to|if|immediately|now|option|"
    r"in|with|for|using|giving|stating|citing|referencing|anonymously|free|from|at|as|"
    r"straight|urgently|and|any|anytime|24|where|when|\(|-|–))",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PhoneMatch:
    start: int
    end: int
    value: str


def find_phones(text: str, region: str, *, region_is_default: bool = False) -> Iterator[PhoneMatch]:
    """Phone numbers in ``text``; values are E.164 or, for short codes, digits.

    Args:
        region: Region for numbers written without a country code.
        region_is_default: Also try :data:`FALLBACK_REGIONS` (nobody said where
            the document is from).
    """
    import phonenumbers

    taken: list[tuple[int, int]] = []
    regions = (region, *FALLBACK_REGIONS) if region_is_default else (region,)
    found: list[PhoneMatch] = []
    for current in dict.fromkeys(regions):
        for match in phonenumbers.PhoneNumberMatcher(text, current):
            start, end = match.start, match.end
            if any(start < e and s < end for s, e in taken):
                continue
            if _REFERENCE_BEFORE.search(text[max(0, start - 40):start]):
                continue
            value = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            taken.append((start, end))
            found.append(PhoneMatch(start, end, value))
    for candidate in _SHORT_CANDIDATE.finditer(text):
        start, end = candidate.span(1)
        if any(start < e and s < end for s, e in taken):
            continue
        digits = candidate.group(1).replace(" ", "")
        if not _is_short_number(digits, region):
            continue
        before = text[max(0, start - 40):start]
        if not _CALL_BEFORE.search(before) or _REFERENCE_BEFORE.search(before):
            continue
        if not _SHORT_AFTER.match(text[end:end + 20]):
            continue
        taken.append((start, end))
        found.append(PhoneMatch(start, end, digits))
    return iter(sorted(found, key=lambda m: m.start))


def _is_short_number(digits: str, region: str) -> bool:
    import phonenumbers

    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_short_number_for_region(number, region))
