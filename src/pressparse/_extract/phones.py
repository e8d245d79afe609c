"""Phone numbers: libphonenumber for full numbers, context rules for short codes.

Full numbers come from :class:`phonenumbers.PhoneNumberMatcher`, which only
accepts numbers valid for a region; references ("log 1234", "crime number
20/123456/21") are rejected by the words before them. Short and service
numbers (101, 999, 116 123, 61016) are so short that any count could match,
so they are kept only where the text asks the reader to call or text them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

#: Extra region tried for documents with no region of their own (US-format numbers).
FALLBACK_REGIONS = ("US",)

_REFERENCE_BEFORE = re.compile(
    r"\b(?:log|ref|reference|crime|incident|occurrence|case|job|cad|report|serial|"
    r"account|sort\s+code|order|claim|policy|quoting|quote)"
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
# Nouns that name a thing by a number ("Flat 101", "Room 101", "route 999"): a label.
_LABEL_BEFORE = re.compile(
    r"\b(?:flat|room|unit|apartment|house|suite|cell|block|floor|level|page|section|chapter|"
    r"paragraph|clause|route|bus|junction|platform|gate|exhibit|item|bay|plot|pier|flight|"
    r"box|ward|bed)\.?\s*$",
    re.IGNORECASE,
)
# "116 123" may be split by a space or a non-breaking space.
_SHORT_CANDIDATE = re.compile(
    r"(?<![\w/.,£$€-])(\d{3}(?:[ \u00a0\u202f]\d{3})?|\d{5,6})(?![\w/]|[.,]\d)")
_SPACES = re.compile(r"[ \u00a0\u202f]")
# Separators that show a number was written as a phone number, not as one run of digits.
_GROUPED = re.compile(r"[\s().\-‐‑–—/]")
# After a short number (and the marks that bold it, "**101**"): the end of a clause, or a
# word that goes with calling.
_SHORT_AFTER = re.compile(
    r"^[*_]*(?:\s*$|\s*[.,;:!?)\]\n]|\s+(?:or|and|quoting|quote|to|if|immediately|now|option|"
    r"in|on|with|for|using|giving|stating|citing|referencing|anonymously|free|from|at|as|"
    r"straight|urgently|and|any|anytime|24|where|when|number|numbers|line|lines|service|"
    r"helpline|\(|-|–))",
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

    region = region.upper()
    taken = _Taken()
    regions = (region, *FALLBACK_REGIONS) if region_is_default else (region,)
    found: list[PhoneMatch] = []
    for current in dict.fromkeys(regions):
        for match in _matches(text, current):
            start, end = match.start, match.end
            if taken.overlaps(start, end):
                continue
            if _REFERENCE_BEFORE.search(text[max(0, start - 40):start]):
                continue
            # A fallback region's format only counts when written as one ("(412) 555-0123"):
            # any ten-digit count or reference is a valid US number.
            if current != region and not _GROUPED.search(match.raw_string.strip()):
                continue
            value = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            taken.add(start, end)
            found.append(PhoneMatch(start, end, value))
    for candidate in _SHORT_CANDIDATE.finditer(text):
        start, end = candidate.span(1)
        if taken.overlaps(start, end):
            continue
        before = text[max(0, start - 40):start]
        if not _CALL_BEFORE.search(before) or _REFERENCE_BEFORE.search(before) \
                or _LABEL_BEFORE.search(before):
            continue
        if not _SHORT_AFTER.match(text[end:end + 20]):
            continue
        digits = _SPACES.sub("", candidate.group(1))
        if not _is_short_number(digits, region):  # last: parsing is the slow part
            continue
        taken.add(start, end)
        found.append(PhoneMatch(start, end, digits))
    return iter(sorted(found, key=lambda m: m.start))


class _Taken:
    """Spans already claimed, none overlapping another; a lookup is a bisection, not a scan."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # spans starting before ``end``
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


# A stretch that could hold a full number: seven or more digits with separators.
_NUMBER_RUN = re.compile(r"\+?\(?\d[\d \t().\-/\u00a0\u2010-\u2015]{5,}\d")


def _matches(text: str, region: str) -> Iterator[_Offset]:
    """libphonenumber's matches, run only on the stretches that could hold a number.

    The matcher is slow on digit-heavy text (tables, reference lists); giving it
    only candidate runs, with a little context, keeps the cost proportional to them.
    """
    import phonenumbers

    for run in _NUMBER_RUN.finditer(text):
        if sum(ch.isdigit() for ch in run.group()) < 7:
            continue
        offset = max(0, run.start() - 8)
        window = text[offset:run.end() + 8]
        for match in phonenumbers.PhoneNumberMatcher(window, region):
            yield _Offset(offset + match.start, offset + match.end, match.number,
                          match.raw_string)


@dataclass(frozen=True, slots=True)
class _Offset:
    start: int
    end: int
    number: PhoneNumber
    raw_string: str


def _is_short_number(digits: str, region: str) -> bool:
    import phonenumbers

    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_short_number_for_region(number, region))
