"""Explicit calendar dates found by pattern, so that none depends on the model.

spaCy's DATE spans still supply relative expressions ("yesterday", "on
Monday"); these patterns make sure every written-out date is found whole,
including intervals ("between April 2019 and February 2020", "19th-25th
January") that the model splits or truncates.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .._dates import MONTHS, WEEKDAYS, Anchor, normalize_date, resolve_date

# Full names take no dot: the full stop after "3 March." ends the sentence, not the date.
_FULL_NAMES = frozenset(name.lower() for name in (*calendar.month_name, *calendar.day_name) if name)


def _names(words: dict[str, int]) -> str:
    """Title-case or upper-case names only: "may" and "sun" are also words."""
    forms = sorted(((form, word in _FULL_NAMES) for word in words
                    for form in (word.title(), word.upper())),
                   key=lambda pair: len(pair[0]), reverse=True)
    return r"(?:" + "|".join(form if full else form + r"\.?" for form, full in forms) + r")"


_MONTH = _names(MONTHS)
_WEEKDAY = _names(WEEKDAYS)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY_MONTH = rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?"
_MONTH_DAY = rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+(?:the\s+)?{_DAY}(?:,?\s+{_YEAR})?"
_MONTH_YEAR = rf"{_MONTH},?\s+{_YEAR}"
# UK day-month order; dots and hyphens only with a four-digit year ("12.05.2020"), since
# "1.2.20" is more often a version or a list number than a date.
_NUMERIC = (r"(?:[12]\d|3[01]|0?[1-9])(?:/(?:1[0-2]|0?[1-9])/(?:" + _YEAR + r"|\d\d)"
            r"|\.(?:1[0-2]|0?[1-9])\." + _YEAR + r"|-(?:1[0-2]|0?[1-9])-" + _YEAR + r")")
_ISO = r"(?:1[89]|20)\d\d-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])"
# "Release date: 23/Dec/2020": a month's name between slashes.
_SLASHED = rf"(?:[12]\d|3[01]|0?[1-9])/{_MONTH}/{_YEAR}"
# "Summer 2018", "the winter of 2019": the season keeps its year.
_SEASON_YEAR = rf"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)(?:\s+of)?\s+{_YEAR}"
# "26 Mar 21 11:16": a two-digit year, only where a clock time follows (a date line).
_DAY_MONTH_YY = rf"{_DAY}\s+{_MONTH}\s+\d\d(?=,?\s+\d{{1,2}}[:.]\d\d)"
_SINGLE = (rf"(?:{_ISO}|{_SLASHED}|{_NUMERIC}|{_DAY_MONTH_YY}|{_DAY_MONTH}|{_MONTH_DAY}|{_MONTH_YEAR}"
           rf"|{_SEASON_YEAR})")
_LEFT = rf"(?:{_SINGLE}|{_DAY}|{_MONTH})"  # "1 and 3 April", "April and May 2019"
# "overnight on Wednesday 22 January into Thursday 23 January": one night, two dates.
_OVERNIGHT = (rf"(?i:overnight)\s+(?:(?i:on|from|between)\s+)?(?P<night>{_SINGLE})"
              rf"\s+(?:(?i:and)\s+)?(?i:into)\s+(?:(?i:the\s+early\s+hours\s+of)\s+)?"
              rf"(?P<morning>{_SINGLE})")
_INTERVAL = (
    rf"(?i:between)\s+{_LEFT}\s+and\s+{_SINGLE}"
    rf"|(?i:from)\s+{_LEFT}\s+(?:to|until|till|and)\s+{_SINGLE}"
    rf"|{_LEFT}\s?(?:-|–|—)\s?{_SINGLE}"
)
#: One written-out date (no interval), for patterns that hold a date ("log 12 of 3 May").
SINGLE_DATE = _SINGLE
#: A weekday name, full or abbreviated.
WEEKDAY_NAME = _WEEKDAY
_PATTERN = re.compile(rf"(?<![\w/-])(?:{_OVERNIGHT}|{_INTERVAL}|{_SINGLE})(?![\w/]|-\d)")
# Birth dates written d.m.yy ("born 3.4.92", "(13.08.93)"): only where a birth date stands,
# since "1.2.20" is more often a version or a list number.
_BIRTH_DATE = re.compile(
    r"(?:(?<=\bborn )|(?<=\bborn on )|(?<=\bDOB )|(?<=\bDOB: )|(?<=\bbirth )|(?<=\bbirth: )|(?<=\())"
    r"(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.\d\d(?![\w.]\d)(?=\)|[\s,.;]|$)")


# "Monday 1 and Tuesday 2 March 2021", "1, 2 and 3 April": a day listed before the date
# whose month (and year) it shares.
_LISTED_DAY = re.compile(
    rf"(?<![\w/-])(?<!between )(?<!from )(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{_DAY})"
    rf"\s*(?:,|and|&)\s+(?=(?:(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}\s*(?:,|and|&)\s+)*"
    rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+(?P<month>{_MONTH})"
    rf"(?:,?\s+(?P<year>{_YEAR}))?(?![\w/]))")
# "14 October last year": the year before the anchor's.
_YEAR_WORDS = re.compile(r"\s+(?P<which>last|this|next)\s+year\b")


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    value: str | None
    relative: bool = False


def _overnight(match: re.Match[str], anchor: Anchor | None) -> DateMatch:
    """The night's two dates as one interval, the first borrowing the second's year."""
    night, morning = match.group("night"), match.group("morning")
    end = resolve_date(morning, anchor)
    start = resolve_date(night, anchor) if re.search(r"\d{4}", night) or end is None \
        else resolve_date(f"{night} {end.value[:4]}", anchor)
    if start is None or end is None or start.value > end.value:
        return DateMatch(match.start(), match.end(), None)
    return DateMatch(match.start(), match.end(), f"{start.value}/{end.value}",
                     start.relative or end.relative)


def find_dates(text: str, anchor: Anchor | None) -> Iterator[DateMatch]:
    """Written-out dates and date intervals with their ISO values."""
    for match in _BIRTH_DATE.finditer(text):
        yield DateMatch(match.start(), match.end(), normalize_date(match.group()))
    for match in _PATTERN.finditer(text):
        if match.group("night"):
            yield _overnight(match, anchor)
            continue
        resolved = resolve_date(match.group(), anchor)
        if resolved is None:
            yield DateMatch(match.start(), match.end(), None)
            continue
        value = resolved.value
        which = _YEAR_WORDS.match(text, match.end())
        if which and anchor is not None and not re.search(r"\d{4}", match.group()) \
                and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            shift = {"last": -1, "this": 0, "next": 1}[which.group("which")]
            value = f"{anchor.date.year + shift:04d}{value[4:]}"
        yield DateMatch(match.start(), match.end(), value, resolved.relative)
    for match in _LISTED_DAY.finditer(text):
        date = " ".join(g for g in match.group("day", "month", "year") if g)
        listed = resolve_date(date, anchor)
        if listed is not None:
            yield DateMatch(match.start(), match.end("day"), listed.value, listed.relative)
