"""pressparse: news articles and press releases as structured, trustworthy records.

>>> import pressparse
>>> doc = pressparse.parse_text("Jane Doe said: \\"We will find them.\\"")  # doctest: +SKIP

Importing this package loads no spaCy model; the first parse does.
"""

from __future__ import annotations

from ._api import get_parser, parse_document, parse_documents, parse_text
from ._component import PressParseComponent, parse_doc
from ._nlp import load_full_pipeline as load_pipeline
from ._parser import DocumentParser, ParseFailure, TextInput
from ._schema import json_schema
from ._tables import MissingExtraError, to_dataframe
from .errors import (
    DecodingError,
    ExtractionError,
    FrontMatterError,
    InputError,
    InputTooLargeError,
    ModelNotFoundError,
    NotAFileError,
    PipelineError,
    PressParseError,
    PressParseWarning,
    SchemaError,
    WorkerError,
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
    "ExtractionError",
    "FrontMatterError",
    "InputError",
    "InputTooLargeError",
    "MissingExtraError",
    "ModelNotFoundError",
    "NotAFileError",
    "Organization",
    "ParseFailure",
    "Person",
    "PipelineError",
    "PressParseComponent",
    "PressParseError",
    "PressParseWarning",
    "Quote",
    "SCHEMA_VERSION",
    "SchemaError",
    "Span",
    "Speaker",
    "TextInput",
    "TextSpan",
    "WorkerError",
    "__version__",
    "get_parser",
    "json_schema",
    "load_pipeline",
    "parse_doc",
    "parse_document",
    "parse_documents",
    "parse_text",
    "to_dataframe",
]
