"""What the extractors know about a document besides its text."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .._dates import Anchor

#: Region for phone numbers when neither the caller nor the document says.
DEFAULT_REGION = "GB"

# Country-code top-level domains that differ from their ISO 3166 code.
_TLD_REGIONS = {"uk": "GB", "gov": "US", "mil": "US", "edu": "US"}


@dataclass(frozen=True, slots=True)
class Context:
    """Per-document facts the extractors resolve values against."""

    anchor: Anchor | None = None
    region: str = DEFAULT_REGION
    region_is_default: bool = True  # nobody said: try other regions' formats too


def infer_region(metadata: Mapping[str, Any], url: str | None) -> str | None:
    """The document's country: from a ``country``/``region`` key, else the URL's domain."""
    for key in ("country", "region", "country_code"):
        value = metadata.get(key)
        if isinstance(value, str) and len(value) == 2 and value.isalpha():
            return value.upper()
    host = url_host(url)
    if host:
        tld = host.rsplit(".", 1)[-1]
        if tld in _TLD_REGIONS:
            return _TLD_REGIONS[tld]
        if len(tld) == 2 and tld.isalpha():
            return tld.upper()
    return None


def url_host(url: str | None) -> str:
    """The lower-case host of ``url`` (a scheme is optional), "" when there is none."""
    if not url:
        return ""
    try:
        return (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:  # "http://[abc/": not a URL with a host
        return ""
