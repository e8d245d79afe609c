"""Reference numbers a reader is asked to quote: logs, incidents, crimes, fraud reports.

Police releases close with "call 101 quoting log 1234 of 12 May" or "crime
reference 41/40320/19". Found by pattern, and claimed before phone numbers,
dates and names, so that their digits become none of those. A number counts
only after a word that presents it as a reference ("log", "incident",
"crime number", "quoting", "ref"), except Action Fraud's "NFRC..." numbers,
which say what they are themselves.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from .._dates import MONTHS, Anchor, normalize_date
from .dates import SINGLE_DATE, WEEKDAY_NAME

ReferenceKind = Literal["incident", "crime", "other"]

# Words that make the number after them an incident or log, a crime, or another reference.
# An "occurrence number" is neither a log nor a crime number: "other", as most annotators
# read it (6 of the 8 in the police_bulk dev gold).
_INCIDENT_WORDS = frozenset({"log", "logs", "incident", "serial", "cad", "isr", "storm", "iml"})
_CRIME_WORDS = frozenset({"crime", "crn"})
_OTHER_WORDS = frozenset({"reference", "references", "ref", "refs", "urn", "case", "job", "report",
                          "quoting", "quote", "citing", "occurrence", "occurence", "occurrance"})
# Qualifiers: "crime number", "case ref no.", "crime references"; alone they name nothing.
_QUALIFIERS = frozenset({"number", "numbers", "no", "nos", "num", "reference", "references",
                         "ref", "refs"})
# Cue words too common to present a short number alone: "the case 12 ...", "a crime 20 years".
_WEAK = frozenset({"case", "job", "crime", "report", "quote", "quoting", "citing"})

_CUE_WORDS = _INCIDENT_WORDS | _CRIME_WORDS | _OTHER_WORDS | _QUALIFIERS
_CUE_WORD = "|".join(sorted(_CUE_WORDS, key=len, reverse=True))
# "quoting the police incident number", "Crime Reference No.:", "reference is".
_CUE = (rf"\b(?P<cue>(?i:{_CUE_WORD})(?:\.?(?:\s+|\s*[:#/-]\s*)(?i:the\s+|police\s+|fraud\s+)*"
        rf"(?i:{_CUE_WORD}))*)\.?(?:\s*[:#]\s*|\s+(?i:is|was)\s+|\s*-\s*|\s+)")
# The number: "NFRC200101234567", "CR/097342/20", "41/24227/19", "12160104602", "0676i".
_MONTH_ABBR = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# A slash then a date written "15DEC20" ends the number: "CAD 5450/15DEC20".
_PART = rf"/(?!\d{{1,2}}{_MONTH_ABBR}\d\d\b)"
_NUMBER = (rf"(?P<number>NFRC\s?\d{{6,}}|[A-Z]{{2,5}}-\d+(?:-\d+)+|[A-Z]{{2,5}}\d{{4,}}(?:{_PART}[\dA-Z]+)*|(?:[A-Z]{{2,5}}\s)?[A-Z]{{1,5}}\d{{0,3}}(?:{_PART}[A-Z0-9]+)+"
           rf"|\d{{1,5}}[-_](?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:\d\d)?\d\d"
           rf"|\d[\dA-Z]*(?:{_PART}[\dA-Z]+)+|\d+\*\d+|\d{{1,2}}:\d{{2,}}|\d+[A-Z]{{1,4}}\d+"
           rf"|(?:[A-Z]{{2,5}}\s)?\d+[a-z]?)")
_WRAP = r"(?:\*\*?\s?|['\"‘“])?"
_UNWRAP = r"(?:\s?\*\*?|['\"’”])?"
_NUMERIC_DAY = r"(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])(?:/(?:\d{4}|\d\d))?"
# "of 12 May", "12/08/18", "of the 14th March 2021", "of today", "of Saturday 13 February".
_DATE_AFTER = (rf"(?:,?\s+(?i:of|on|dated|from)?\s*(?i:the\s+)?(?P<date>{SINGLE_DATE}|{_NUMERIC_DAY}"
               rf"|(?i:today|yesterday)|{WEEKDAY_NAME})(?![\w/])"
               rf"|/(?P<compact>\d{{1,2}}{_MONTH_ABBR}\d\d))")
_END = rf"(?!\w|{_PART}|[.,:]\d)"  # the number ends here, though a "/15DEC20" may follow
_PATTERN = re.compile(rf"{_CUE}{_WRAP}{_NUMBER}{_END}{_UNWRAP}(?:{_DATE_AFTER})?")
# Action Fraud numbers name themselves.
_FRAUD = re.compile(r"(?<![\w/])NFRC\s?\d{6,}(?!\w)")
# "12498/17 (motorcycle) or 12863/17": a second number in the same breath.
_AND_ANOTHER = re.compile(rf"\s*(?:\([^()\n]{{0,40}}\)\s*)?(?:,|or|and|&)\s+{_WRAP}{_NUMBER}"
                          rf"{_END}{_UNWRAP}(?:{_DATE_AFTER})?")
# After a short number, words that make it a count or a time: "the incident 10 days ago".
_NOT_AFTER = re.compile(
    r"\s*(?:-\s*)?(?:years?|months?|weeks?|days?|hours?|hrs|minutes?|mins?|seconds?|am|pm|"
    r"people|men|women|miles?|mph|metres?|yards|feet|per|percent|times|officers|arrests|"
    r"vehicles|cars|%)\b",
    re.IGNORECASE,
)
_DATE_LIKE = re.compile(r"(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])(?:/(?:\d{4}|\d\d))?")
# Letters written in capitals before the digits are part of the number: "CAD 343".
_PREFIXES = frozenset({"cad", "isr", "storm", "iml"})
_CLOCK = re.compile(r"(\d{1,2}):(\d\d)")
_COMPACT = re.compile(r"(\d{1,2})([a-z]{3})(\d\d)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ReferenceMatch:
    start: int
    end: int
    kind: ReferenceKind
    number: str
    date: str | None


def find_references(text: str, anchor: Anchor | None) -> Iterator[ReferenceMatch]:
    """Reference numbers in ``text``, each spanning its number and any date given with it."""
    found: list[ReferenceMatch] = []
    last_end = -1
    for match in _PATTERN.finditer(text):
        if match.start() < last_end:
            continue
        cue = [w for w in re.findall(r"[A-Za-z]+", match.group("cue")) if w.lower() in _CUE_WORDS]
        reference = _reference(text, match, cue, anchor, None)
        if reference is None:
            continue
        found.append(reference)
        last_end = reference.end
        while (more := _AND_ANOTHER.match(text, last_end)) is not None:
            another = _reference(text, more, [], anchor, reference.kind)
            if another is None:
                break
            found.append(another)
            last_end = another.end
    for match in _FRAUD.finditer(text):
        if not any(r.start <= match.start() < r.end for r in found):
            found.append(ReferenceMatch(match.start(), match.end(), "other",
                                        match.group().replace(" ", ""), None))
    return iter(_one_kind_per_number(sorted(found, key=lambda r: r.start)))


def _one_kind_per_number(found: list[ReferenceMatch]) -> list[ReferenceMatch]:
    """"reference number 1234 ... INCIDENT REFERENCE: 1234": one number, one kind, the
    one its most telling mention gives (a crime or an incident rather than "other")."""
    kinds: dict[str, ReferenceKind] = {}
    for r in found:
        if kinds.get(r.number, "other") == "other":
            kinds[r.number] = r.kind
    return [r if r.kind == kinds[r.number] else
            ReferenceMatch(r.start, r.end, kinds[r.number], r.number, r.date) for r in found]


def _reference(text: str, match: re.Match[str], cue: list[str], anchor: Anchor | None,
               kind: ReferenceKind | None) -> ReferenceMatch | None:
    number = match.group("number")
    start = match.start("number")
    date_text, compact = match.group("date"), match.group("compact")
    dated = bool(date_text or compact)
    words = {w.lower() for w in cue}
    if kind is not None and (len(number) < 4 or _DATE_LIKE.fullmatch(number)):
        return None  # "701i or 11 December": a second reference looks like one
    if kind is None:
        if not words - {"number", "numbers", "no", "nos", "num"} and not (
                dated and len(number) >= 3):
            return None  # "number 10": a qualifier alone names nothing; "number 0445 of 8 May"
        short = number.isdigit() and len(number) < 5
        if words <= _WEAK and short and not dated:
            return None  # "the case 123", "a crime 20": a weak word needs a long number
        if number[:-1].isdigit() and len(number.rstrip("abcdefghijklmnopqrstuvwxyz")) < 3 \
                and not dated:
            return None  # "incident 12", "log 2": too short to be a log without its date
        if not dated and number.isdigit() and _NOT_AFTER.match(text, match.end("number")):
            return None
        kind = _kind(cue, dated)
        last = cue[-1] if cue else ""
        if last.isupper() and last.lower() in _PREFIXES and \
                text[match.end("cue"):start].strip(" ") == "":
            number = last + number  # "CAD 343" is the number CAD343
            start = match.end("cue") - len(last)
    if _DATE_LIKE.fullmatch(number):
        return None  # a date, not a number
    clock = _CLOCK.fullmatch(number)
    if clock and int(clock.group(1)) < 24 and int(clock.group(2)) < 60 \
            and not words & {"number", "no", "num"}:
        return None  # "the incident 10:45": a time; "incident number 2:73" is a log
    if number.isdigit() and len(number) > 20:
        return None
    if kind == "other" and re.match(r"(?i:cad|isr|storm|iml)\d", number):
        kind = "incident"  # "CAD7919/26FEB": a log, by its own form; but "reference number
        # XYZ-07072016-0077" stays a reference, as the annotation convention reads an
        # unqualified "reference number" (3 of the 4 such numbers in the dev gold)
    end = match.end() if dated else match.end("number")
    return ReferenceMatch(start, end, kind, re.sub(r"\s+", "", number),
                          _date_value(date_text, compact, anchor))


def _kind(cue: list[str], dated: bool) -> ReferenceKind:
    """The kind the last telling word says ("Crime/incident number: Log 408" is a log)."""
    for word in reversed(cue):
        if word.lower() in _CRIME_WORDS:
            return "crime"
        if word.lower() in _INCIDENT_WORDS:
            return "incident"
    return "incident" if dated else "other"  # "reference 0456 of 3 June": a log, by its date


def _date_value(date_text: str | None, compact: str | None, anchor: Anchor | None) -> str | None:
    """The log's date as ``YYYY-MM-DD``, resolved like any date; ``None`` if not a full date."""
    if compact:
        parts = _COMPACT.fullmatch(compact)
        if parts is None or parts.group(2).lower() not in MONTHS:
            return None
        date_text = f"{parts.group(1)} {parts.group(2)} 20{parts.group(3)}"
    if not date_text:
        return None
    numeric = _DATE_LIKE.fullmatch(date_text)
    if numeric and date_text.count("/") == 1:
        day, month = (int(p) for p in date_text.split("/"))
        date_text = f"{day} {calendar.month_name[month]}"
    value = normalize_date(date_text, anchor)
    if value is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return None
    return value
