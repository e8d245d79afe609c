"""Derive title, URL and publication date from metadata and the top of the body."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from typing import Any, TypeGuard

from ._dates import MONTHS, parse_absolute_date

# Keys a publication date may hide under, most specific first.
_DATE_PATHS: tuple[tuple[str, ...], ...] = (
    ("published",),
    ("date",),
    ("publish", "date"),
    ("publish",),
    ("publish_date",),
    ("published_at",),
    ("pubdate",),
    ("article", "published", "time"),
    ("article", "published_time"),
    ("article:published_time",),
    ("og", "published_time"),
    ("og", "article", "published_time"),
    ("datePublished",),
)
_SITE_NAME_PATHS: tuple[tuple[str, ...], ...] = (
    ("og", "site", "name"), ("og", "site_name"), ("pressroom", "name"), ("site_name",),
    ("site",),
)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
# Possessive, and starting only where a whitespace run starts: the plain
# r"\s+\|\s+[^|]+$" is quadratic in a long run of spaces (a title of 20,000
# spaces took seconds). The title is stripped first, so nothing else changes.
_PIPE_SUFFIX = re.compile(r"(?<!\s)\s++\|\s++[^|]++$")
_URL_MONTH = re.compile(
    r"/((?:19|20)\d\d)/(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r"|0?[1-9]|1[0-2])(?=/)",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"[*_#>`]+")
# Words that may stand on a date line besides the date itself.
_DATE_LINE_WORDS = frozenset(
    "published posted on at date last modified updated gmt bst utc am pm hrs st nd rd th "
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
    "by news release press time".split()
)
_DATE_LINE_MAX = 80
_TOP_LINES = 6
_BOTTOM_LINES = 40


def _get(metadata: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = metadata
    for key in path:
        if not isinstance(value, Mapping) or key not in value:
            return None
        value = value[key]
    return value


def derive_title(metadata: Mapping[str, Any], body: str) -> str | None:
    """The title without a `` | Site`` (or `` - Site`` naming the site) suffix."""
    raw = _get(metadata, ("title",))
    if not isinstance(raw, str) or not raw.strip():
        raw = _get(metadata, ("og", "title"))
    if not isinstance(raw, str) or not raw.strip():
        heading = re.search(r"^#[ \t]+(.+?)[ \t#]*$", body[:2000], re.MULTILINE)
        raw = heading.group(1) if heading else None
    if not isinstance(raw, str):
        return None
    title = _ZERO_WIDTH.sub("", raw).strip()
    title = _PIPE_SUFFIX.sub("", title)
    for path in _SITE_NAME_PATHS:
        site = _get(metadata, path)
        if isinstance(site, str) and site.strip():
            for dash in (" - ", " – ", " — "):
                suffix = dash + site.strip()
                if title.endswith(suffix) and len(title) > len(suffix):
                    title = title[: -len(suffix)]
    return title.strip() or None


def derive_url(metadata: Mapping[str, Any]) -> str | None:
    """The canonical URL from ``url``, ``canonical`` or ``og.url``."""
    for path in (("url",), ("canonical",), ("canonical_url",), ("og", "url"), ("link",)):
        value = _get(metadata, path)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def derive_published(metadata: Mapping[str, Any], body: str, url: str | None) -> str | None:
    """The publication date as ISO 8601: front matter, then a date line, then the URL."""
    for path in _DATE_PATHS:
        value = _get(metadata, path)
        if isinstance(value, str):
            date = parse_absolute_date(value)
            if date is not None:
                return date.isoformat()
    from_day_month = _from_day_month_keys(metadata, url)
    if from_day_month:
        return from_day_month
    for line in _top_lines(body):
        date = _date_line(line)
        if date is not None:
            return date.isoformat()
    for line in _bottom_lines(body):  # "Release date: 06/Mar/2021 09:31" closing the body
        date = _date_line(line)
        if date is not None:
            return date.isoformat()
    return _from_url(url)


def _from_day_month_keys(metadata: Mapping[str, Any], url: str | None) -> str | None:
    """Top-level ``day``/``month`` keys (some forces), with the year from the URL."""
    day, month = metadata.get("day"), metadata.get("month")
    if not _is_number(day) or not _is_number(month) and not isinstance(month, str):
        return None
    year = metadata.get("year")
    if year is not None and not _is_number(year):
        return None
    if year is None:
        from_url = _from_url(url)
        year = from_url[:4] if from_url else None
    if year is None:
        return None
    try:
        month_number = int(month) if str(month).isdigit() else MONTHS[str(month).lower()]
        return dt.date(int(year), month_number, int(day)).isoformat()
    except (KeyError, ValueError, OverflowError):  # "month: Foo", day 32, year 10**20
        return None


def _is_number(value: Any) -> TypeGuard[int | str]:
    """An int, or a string of digits (never a bool, list or mapping)."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or isinstance(value, str) and value.strip().isdigit()


def _top_lines(body: str) -> Iterator[str]:
    count = 0
    for line in body[:4000].splitlines():
        if line.strip():
            yield line
            count += 1
            if count >= _TOP_LINES:
                return


def _bottom_lines(body: str) -> Iterator[str]:
    """The last non-blank lines of the body, last first."""
    lines = [line for line in body[-4000:].splitlines() if line.strip()]
    return iter(lines[::-1][:_BOTTOM_LINES])


def _date_line(line: str) -> dt.date | None:
    """The date of a line that is only a date ("**Published 14 April 2020**")."""
    cleaned = _MARKUP.sub(" ", line).strip()
    if len(cleaned) > _DATE_LINE_MAX:
        return None
    date = parse_absolute_date(cleaned)
    if date is None:
        return None
    for word in re.findall(r"[A-Za-z]+", cleaned):
        lowered = word.lower()
        if lowered not in _DATE_LINE_WORDS and lowered not in MONTHS:
            return None
    return date


def _from_url(url: str | None) -> str | None:
    """Month precision from a path such as ``/news/2020/april/...``."""
    if not url:
        return None
    match = _URL_MONTH.search(url)
    if not match:
        return None
    month = match.group(2).lower()
    number = int(month) if month.isdigit() else MONTHS[month]
    return f"{match.group(1)}-{number:02d}"
