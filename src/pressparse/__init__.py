"""pressparse: news articles and press releases as structured, trustworthy records.

>>> import pressparse
>>> doc = pressparse.parse_text("Jane Doe said: \\"We will find them.\\"")  # doctest: +SKIP

Importing this package loads no spaCy model; the first parse does.
"""

from __future__ import annotations

from ._api import get_parser, parse_document, parse_documents, parse_text
from ._parser import DocumentParser, ParseFailure, TextInput
from .errors import (
    DecodingError,
    FrontMatterError,
    InputError,
    InputTooLargeError,
    ModelNotFoundError,
    PressParseError,
    PressParseWarning,
)
from .models import (
    SCHEMA_VERSION,
    Document,
    Entity,
    Organization,
    Person,
    Quote,
    Span,
    Speaker,
    TextSpan,
)

__version__ = "0.1.0"

__all__ = [
    "DecodingError",
    "Document",
    "DocumentParser",
    "Entity",
    "FrontMatterError",
    "InputError",
    "InputTooLargeError",
    "ModelNotFoundError",
    "Organization",
    "ParseFailure",
    "Person",
    "PressParseError",
    "PressParseWarning",
    "Quote",
    "SCHEMA_VERSION",
    "Span",
    "Speaker",
    "TextInput",
    "TextSpan",
    "__version__",
    "get_parser",
    "parse_document",
    "parse_documents",
    "parse_text",
]
