"""Turn English date expressions into ISO 8601 values.

Hand-written rather than dateparser: the expressions in news releases are few
in form ("14 April 2020", "Monday 3 March", "between April 2019 and February
2020", "yesterday"), and a small grammar over them is fast, predictable, and
never reads "now" or a phone number as a date. UK day-month order is assumed
for numeric dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS: dict[str, int] = {}
for _number, (_full, _abbr) in enumerate(
    zip(calendar.month_name[1:], calendar.month_abbr[1:], strict=True), start=1
):
    MONTHS[_full.lower()] = _number
    MONTHS[_abbr.lower()] = _number
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {}
for _number, (_full, _abbr) in enumerate(zip(calendar.day_name, calendar.day_abbr, strict=True)):
    WEEKDAYS[_full.lower()] = _number
    WEEKDAYS[_abbr.lower()] = _number
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

MIN_YEAR, MAX_YEAR = 1800, 2100
#: Longer text is not one date expression; the cap keeps interval splitting linear.
MAX_EXPRESSION = 100

# Words that may stand around a date without changing it.
_FILLER = frozenset(
    "the of on at in by from since until till during around about approx approximately "
    "early late mid middle end start beginning posted published date last modified updated "
    "gmt bst utc am pm hrs hours and or st nd rd th day evening morning afternoon night "
    "sometime some time between a an this that earlier later release released "
    "spring summer autumn winter".split()
)
_RELATIVE_DAYS = {
    "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
}
# "this morning" is today; "last night" is yesterday.
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
# Clock times, including the 24-hour "at 1930" of police releases (never a year after "at").
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:am|pm|hrs|hours|h)?\b|\b\d{1,2}\s*(?:am|pm)\b"
    r"|\b\d{4}\s*hrs\b|\bat\s+(?:around\s+|about\s+|approximately\s+)?(?:[01]\d|2[0-3])[0-5]\d\b",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})\b")
# "06/Mar/2021", "6-March-2021": a publication-line form.
_NUMERIC_MONTH = re.compile(r"\b(\d{1,2})[/\-]([a-z]{3,9})[/\-](\d{4})\b", re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ]\d\d:\d\d[\d:.+\-Z]*)?\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+|\d+", re.IGNORECASE)
_INTERVAL_START = re.compile(r"^\s*(?P<word>between|from)\s+", re.IGNORECASE)
# Where an interval may be split; "and" only after "between" or "from".
_SEPARATOR = re.compile(r"\s+(?P<word>and|to|until|till|through)\s+|\s*[-‐‑–—]\s*",
                        re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Anchor:
    """The reference date relative expressions resolve against."""

    date: dt.date
    exact: bool = True  # False when only the month of publication is known

    @classmethod
    def from_iso(cls, value: str | None) -> Anchor | None:
        """Anchor for an ISO ``published`` value (``YYYY-MM-DD`` or ``YYYY-MM``)."""
        if not value:
            return None
        parts = value.split("-")
        try:
            year, month = int(parts[0]), int(parts[1]) if len(parts) > 1 else 12
            if len(parts) > 2:
                return cls(dt.date(year, month, int(parts[2][:2])))
            return cls(dt.date(year, month, calendar.monthrange(year, month)[1]), exact=False)
        except (ValueError, IndexError):
            return None


@dataclass(frozen=True, slots=True)
class _Partial:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative: int | None = None  # days from the anchor
    relative_year: int | None = None  # years from the anchor's year
    direction: int | None = None  # "last Tuesday" -1, "next Tuesday" +1

    @property
    def empty(self) -> bool:
        return self == _EMPTY


_EMPTY = _Partial()


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date expression: its ISO value and how it was found."""

    value: str
    relative: bool = False  # the publication date supplied a part the text left out

    @property
    def bounds(self) -> tuple[str, str] | None:
        """The two ends of an interval value, else ``None``."""
        if "/" not in self.value:
            return None
        start, end = self.value.split("/", 1)
        return start, end


def normalize_date(text: str, anchor: Anchor | None = None, *, future: bool = False) -> str | None:
    """Return the ISO 8601 value of a date expression, or ``None``.

    Intervals come back as ``start/end``; dates missing a year resolve to the
    most recent such date on or before the anchor (the next one on or after
    it when ``future``, as in "will be sentenced on 22 December"), unless a
    weekday written with the date picks the year; weekday names resolve to
    the most recent such day before it (the next one when ``future``). Text
    longer than :data:`MAX_EXPRESSION` is not one date expression and gives
    ``None``.

    >>> normalize_date("between April 2019 and February 2020")
    '2019-04/2020-02'
    >>> normalize_date("on Monday", Anchor(dt.date(2020, 4, 15)))
    '2020-04-13'
    >>> normalize_date("22 December", Anchor(dt.date(2020, 4, 15)), future=True)
    '2020-12-22'
    """
    resolved = resolve_date(text, anchor, future=future)
    return resolved.value if resolved else None


def resolve_date(text: str, anchor: Anchor | None = None, *,
                 future: bool = False) -> DateValue | None:
    """Like :func:`normalize_date`, also saying whether the anchor was needed."""
    if len(text) > MAX_EXPRESSION:
        return None
    interval = _interval(text, anchor, future)
    if interval is not None:
        return interval
    resolved = _resolve(_parse(text), anchor, future)
    return DateValue(*resolved) if resolved else None


def parse_absolute_date(text: str) -> dt.date | None:
    """A full calendar date in ``text`` (day, month and year), or ``None``."""
    partial = _parse(text)
    if partial.year and partial.month and partial.day:
        try:
            return dt.date(partial.year, partial.month, partial.day)
        except ValueError:
            return None
    return None


def _interval(text: str, anchor: Anchor | None, future: bool) -> DateValue | None:
    """``start/end`` of the first split of ``text`` whose two sides are both dates."""
    prefix = _INTERVAL_START.match(text)
    body = text[prefix.end():] if prefix else text
    for separator in _SEPARATOR.finditer(_mask_dates(body)):
        if separator.group("word") and separator.group("word").lower() == "and" \
                and not prefix:
            continue  # "1 and 3 April" lists two dates
        end = _parse(body[separator.end():])
        start = _parse(body[:separator.start()], bare_day=True)
        if end.empty or start.empty:
            continue
        # "19th-25th January", "April and May 2019": the left side borrows from the right.
        if start.year is None and start.relative is None and start.relative_year is None:
            month = start.month or (end.month if start.day is not None else None)
            start = _Partial(year=end.year, month=month, day=start.day, weekday=start.weekday)
        b = _resolve(end, anchor, future)
        no_year = start.year is None and end.year is None
        if b is not None and no_year and start.relative is None and start.relative_year is None \
                and start.month is not None and start.day is not None:
            # "18th - 29th November": the left side is in the right side's year, which the
            # right side chose (a past November may be last year's).
            start = _Partial(year=int(b[0][:4]), month=start.month, day=start.day,
                             weekday=start.weekday)
        a = _resolve(start, anchor, future)
        if a is None or b is None:
            return None
        if a[0] > b[0] and no_year and a[0][:4] == b[0][:4]:
            # "from 28 December to 3 January": the range runs over the new year.
            a = (f"{int(a[0][:4]) - 1:04d}{a[0][4:]}", a[1])
        if a[0] > b[0]:
            return None
        if no_year and anchor is not None and a[0][:4] != str(anchor.date.year) \
                and len(a[0]) == len(b[0]) == 10:
            # "18th - 29th November" written on 20 November: the range it is in now.
            year = f"{anchor.date.year:04d}"
            here = (year + a[0][4:], year + b[0][4:])
            if here[0] <= anchor.date.isoformat() <= here[1]:
                a, b = (here[0], a[1]), (here[1], b[1])
        return DateValue(f"{a[0]}/{b[0]}", a[1] or b[1])
    return None


def _mask_dates(text: str) -> str:
    """``text`` with the hyphens and slashes inside numeric dates hidden from splitting."""
    masked = text
    for pattern in (_ISO, _NUMERIC):
        for match in pattern.finditer(text):
            masked = (masked[:match.start()] + "0" * (match.end() - match.start())
                      + masked[match.end():])
    return masked


def _parse(text: str, *, bare_day: bool = False) -> _Partial:
    """Read the date parts of one expression; ``_EMPTY`` if it is not a date.

    ``bare_day`` accepts a day with no month (the "19th" of "19th-25th January").
    """
    year: int | None
    month: int | None
    iso = _ISO.search(text)
    if iso:
        year, month, day = int(iso.group(1)), int(iso.group(2)), iso.group(3)
        if MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12:
            return _Partial(year=year, month=month, day=int(day) if day else None)
    named = _NUMERIC_MONTH.search(text)
    if named and named.group(2).lower() in MONTHS:
        day, year = int(named.group(1)), int(named.group(3))
        if 1 <= day <= 31 and MIN_YEAR <= year <= MAX_YEAR:
            return _Partial(year=year, month=MONTHS[named.group(2).lower()], day=day)
        return _EMPTY
    # Before times, so that "12.05.2020" is not read as the time 12.05.
    numeric = _NUMERIC.search(text)
    if numeric:
        day, month, year = (int(g) for g in numeric.groups())
        if year < 100:
            year += 2000 if year < 70 else 1900
        if 1 <= month <= 12 and 1 <= day <= 31 and MIN_YEAR <= year <= MAX_YEAR:
            return _Partial(year=year, month=month, day=day)
        return _EMPTY
    cleaned = _ORDINAL.sub(r"\1", _TIME.sub(" ", text))
    year = month = day = weekday = relative = relative_year = direction = None
    cased = _WORD.findall(cleaned)
    words = [word.lower() for word in cased]
    for i, word in enumerate(words):
        if word.isdigit():
            # Length first: int() of a long run of digits is slow, then refused.
            if len(word) == 4 and MIN_YEAR <= int(word) <= MAX_YEAR and year is None:
                year = int(word)
            elif len(word) <= 2 and 1 <= int(word) <= 31 and day is None:
                day = int(word)
            elif len(word) == 2 and year is None and day is not None and i > 0 \
                    and words[i - 1] in MONTHS and month is not None:
                year = 2000 + int(word) if int(word) < 70 else 1900 + int(word)  # "26 Mar 21"
            else:
                return _EMPTY
        elif word in MONTHS and month is None:
            # "may" is also a verb; accept it capitalised or beside a number.
            if word == "may" and cased[i] == "may" and not _beside_number(words, i):
                return _EMPTY
            month = MONTHS[word]
        elif word in WEEKDAYS and weekday is None:
            weekday = WEEKDAYS[word]
        elif word in _RELATIVE_DAYS:
            relative = _RELATIVE_DAYS[word]
        elif word in ("last", "this", "next") and i + 1 < len(words) and words[i + 1] == "year":
            relative_year = {"last": -1, "this": 0, "next": 1}[word]
        elif word in ("last", "next", "this", "coming") and i + 1 < len(words) \
                and (words[i + 1] in WEEKDAYS or words[i + 1] in MONTHS):
            direction = {"last": -1, "next": 1, "coming": 1, "this": 0}[word]
        elif word == "year" and relative_year is not None:
            continue
        elif word in _PARTS_OF_DAY and i > 0 and words[i - 1] in ("last", "this"):
            relative = -1 if words[i - 1] == "last" else 0
        elif word not in _FILLER:
            return _EMPTY
    if day is not None and month is None and not bare_day:
        return _EMPTY  # "on the 12th" alone, or a stray number
    if day is not None and month is None and (year is not None or relative is not None):
        return _EMPTY
    return _Partial(year=year, month=month, day=day, weekday=weekday,
                    relative=relative, relative_year=relative_year, direction=direction)


def _beside_number(words: list[str], i: int) -> bool:
    return any(0 <= j < len(words) and words[j].isdigit() for j in (i - 1, i + 1))


def _resolve(p: _Partial, anchor: Anchor | None, future: bool = False
             ) -> tuple[str, bool] | None:
    """ISO value of ``p`` and whether the anchor supplied any of it."""
    if p.empty:
        return None
    if p.relative is not None and p.month is None:
        if anchor is None or not anchor.exact:
            return None
        return (anchor.date + dt.timedelta(days=p.relative)).isoformat(), True
    if p.relative_year is not None and p.month is None:
        return None if anchor is None else (f"{anchor.date.year + p.relative_year:04d}", True)
    if p.year is not None:
        if p.month is None:
            return None if p.day is not None else (f"{p.year:04d}", False)
        if p.day is None:
            return f"{p.year:04d}-{p.month:02d}", False
        try:
            return dt.date(p.year, p.month, p.day).isoformat(), False
        except ValueError:
            return None
    if anchor is None:
        return None
    ahead = future if p.direction in (None, 0) else p.direction > 0
    if p.month is not None:
        value = _month_day(p, anchor, ahead)
        return (value, True) if value else None
    if p.weekday is not None and anchor.exact:
        if ahead:
            days = (p.weekday - anchor.date.weekday()) % 7 or 7
        else:
            days = -((anchor.date.weekday() - p.weekday) % 7 or 7)
        return (anchor.date + dt.timedelta(days=days)).isoformat(), True
    return None


def _month_day(p: _Partial, anchor: Anchor, ahead: bool) -> str | None:
    """A month, or a day and month, with the year from the anchor.

    A weekday written with the date ("Monday 22 December") picks the nearest
    year in which that date falls on that day; otherwise the most recent such
    date on or before the anchor, or with ``ahead`` the next on or after it.
    """
    assert p.month is not None
    year = anchor.date.year
    if p.day is None:
        if ahead:
            return f"{year + (p.month < anchor.date.month):04d}-{p.month:02d}"
        return f"{year - (p.month > anchor.date.month):04d}-{p.month:02d}"
    candidates = []
    for candidate_year in (year - 1, year, year + 1):
        try:
            candidates.append(dt.date(candidate_year, p.month, p.day))
        except ValueError:
            continue
    if p.weekday is not None:
        matching = [c for c in candidates if c.weekday() == p.weekday]
        if matching:
            return min(matching, key=lambda c: abs((c - anchor.date).days)).isoformat()
    if ahead:
        later = [c for c in candidates if c >= anchor.date]
        return min(later).isoformat() if later else None
    earlier = [c for c in candidates if c <= anchor.date]
    return max(earlier).isoformat() if earlier else None
