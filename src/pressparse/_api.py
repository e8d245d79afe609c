"""The module-level verbs, over one lazily created default parser."""

from __future__ import annotations

import collections
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Literal

from ._parser import DocumentParser, ParseFailure, TextInput
from ._types import JSONValue, PathLike
from .models import Document

if TYPE_CHECKING:
    from spacy.language import Language

_parsers: dict[str | None, DocumentParser] = {}
#: Parsers for the last few pipelines passed as ``nlp=``, by ``id``; each holds
#: its pipeline, so ids stay unique while cached (a bound, like the model cache).
_parsers_by_nlp: collections.OrderedDict[int, DocumentParser] = collections.OrderedDict()
_MAX_PIPELINES = 4
_lock = threading.Lock()


def get_parser(model: str | None = None, *, nlp: Language | None = None) -> DocumentParser:
    """The shared parser the module functions use, created on first call.

    There is one per model name and one per pipeline passed as ``nlp``, so
    repeated calls with the same pipeline reuse its parser. Services should
    build and keep their own :class:`DocumentParser` instead.

    Raises:
        PipelineError: ``nlp`` is a name, or a pipeline without parser or NER.
    """
    with _lock:
        if nlp is None:
            parser = _parsers.get(model)
            if parser is None:
                parser = _parsers[model] = DocumentParser(model)
            return parser
        parser = _parsers_by_nlp.get(id(nlp))
        if parser is None or parser.nlp is not nlp:
            parser = DocumentParser(model, nlp=nlp)
            _parsers_by_nlp[id(nlp)] = parser
            while len(_parsers_by_nlp) > _MAX_PIPELINES:
                _parsers_by_nlp.popitem(last=False)
        _parsers_by_nlp.move_to_end(id(nlp))
        return parser


def parse_document(
    path: PathLike, *, model: str | None = None, nlp: Language | None = None,
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
    nlp: Language | None = None, name: str | None = None,
) -> Document:
    """Parse a string the same way as a file; ``metadata`` overrides its front matter.

    Raises:
        InputError: ``text`` is not a string or its front matter is bad.
        ModelNotFoundError: No spaCy model is installed.
    """
    return get_parser(model, nlp=nlp).parse_text(text, metadata=metadata, name=name)


def parse_documents(
    inputs: Iterable[PathLike | TextInput], *, model: str | None = None,
    nlp: Language | None = None, batch_size: int = 64, n_process: int = 1,
    on_error: Literal["raise", "skip", "collect"] = "raise",
) -> Iterator[Document | ParseFailure]:
    """Parse many files or :class:`TextInput` lazily, in input order.

    See :meth:`DocumentParser.parse_documents` for the arguments.
    """
    return get_parser(model, nlp=nlp).parse_documents(
        inputs, batch_size=batch_size, n_process=n_process, on_error=on_error)
