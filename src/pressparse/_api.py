"""The module-level verbs, over one lazily created default parser."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Literal

from ._parser import DocumentParser, ParseFailure, TextInput
from ._types import JSONValue, PathLike
from .models import Document

_parsers: dict[tuple[str | None, int], DocumentParser] = {}


def get_parser(model: str | None = None, *, nlp: object | None = None) -> DocumentParser:
    """The shared parser the module functions use, created on first call.

    Services should build and keep their own :class:`DocumentParser` instead.
    """
    key = (model, id(nlp) if nlp is not None else 0)
    parser = _parsers.get(key)
    if parser is None:
        parser = DocumentParser(model, nlp=nlp)  # type: ignore[arg-type]
        if nlp is None:
            _parsers[key] = parser
    return parser


def parse_document(
    path: PathLike, *, model: str | None = None, nlp: object | None = None,
    encoding: str | None = None,
) -> Document:
    """Parse one file into a :class:`Document`.

    Args:
        path: The file: front matter (YAML ``---``, fenced YAML, TOML ``+++``) or none.
        model: A spaCy pipeline name; default ``en_core_web_sm`` or its PyPI copy.
        nlp: An already loaded spaCy pipeline, used instead of ``model``.
        encoding: The file's encoding; default UTF-8, falling back to cp1252.

    Raises:
        FileNotFoundError: No such file.
        InputError: Too large, not text, or bad front matter (``FrontMatterError``
            names the line).
        ModelNotFoundError: No spaCy model is installed.
    """
    return get_parser(model, nlp=nlp).parse_document(path, encoding=encoding)


def parse_text(
    text: str, metadata: Mapping[str, JSONValue] | None = None, *, model: str | None = None,
    nlp: object | None = None, name: str | None = None,
) -> Document:
    """Parse a string the same way as a file; ``metadata`` overrides its front matter.

    Raises:
        InputError: ``text`` is not a string or its front matter is bad.
        ModelNotFoundError: No spaCy model is installed.
    """
    return get_parser(model, nlp=nlp).parse_text(text, metadata=metadata, name=name)


def parse_documents(
    inputs: Iterable[PathLike | TextInput], *, model: str | None = None,
    nlp: object | None = None, batch_size: int = 64, n_process: int = 1,
    on_error: Literal["raise", "skip", "collect"] = "raise",
) -> Iterator[Document | ParseFailure]:
    """Parse many files or :class:`TextInput` lazily, in input order.

    See :meth:`DocumentParser.parse_documents` for the arguments.
    """
    return get_parser(model, nlp=nlp).parse_documents(
        inputs, batch_size=batch_size, n_process=n_process, on_error=on_error)
