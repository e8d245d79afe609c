"""The exceptions pressparse raises.

Every exception is a :class:`PressParseError`, and each also subclasses the
builtin that callers already catch::

    PressParseError(Exception)                        catch-all for this library
    ├── InputError(PressParseError, ValueError)       the input is unusable
    │   ├── FrontMatterError                          .path .line .column .reason
    │   ├── DecodingError                             .path .encoding .line
    │   ├── InputTooLargeError                        .path .size .limit
    │   ├── SchemaError                               .field .reason; bad Document data
    │   └── NotAFileError                             .path .kind (directory, FIFO…)
    ├── ExtractionError                               .path; a bug met on one document
    ├── WorkerError                                   a worker process died
    ├── ModelNotFoundError(PressParseError, OSError)  .model; names the install command
    └── PipelineError(PressParseError, ValueError)    .missing; nlp= cannot be used

A missing file stays :class:`FileNotFoundError` and an unreadable one
:class:`PermissionError` (any ``OSError`` the operating system reports keeps
its own class, with ``.filename``): they are already precise. Everything else
a caller's input can cause is one of the classes above, with the path.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "DecodingError",
    "ExtractionError",
    "FrontMatterError",
    "InputError",
    "InputTooLargeError",
    "ModelNotFoundError",
    "NotAFileError",
    "PipelineError",
    "PressParseError",
    "PressParseWarning",
    "SchemaError",
]


class PressParseError(Exception):
    """Base class of every error raised by pressparse.

    Errors pickle with their attributes, so they cross process boundaries
    (``parse_documents(n_process=N)``, Dask workers) intact.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (type(self), str(self), dict(self.__dict__))


def _rebuild(cls: type[PressParseError], message: str, state: dict[str, Any]) -> PressParseError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class InputError(PressParseError, ValueError):
    """The input cannot be turned into a document.

    Attributes:
        path: The file the input came from, or ``None`` for a string.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class FrontMatterError(InputError):
    """The front matter is malformed, or is not a mapping.

    The message reads ``path:line:column: reason``; line and column are
    1-based positions in the file.
    """

    def __init__(self, *, path: str | None, line: int, column: int, reason: str) -> None:
        self.line = line
        self.column = column
        self.reason = reason
        where = path if path is not None else "<string>"
        super().__init__(f"{where}:{line}:{column}: invalid front matter: {reason}", path=path)


class DecodingError(InputError):
    """The bytes are not text: a NUL byte, or no encoding that fits.

    Attributes:
        encoding: The encoding that was tried last.
        line: The 1-based line of the first offending byte, when known.
    """

    def __init__(
        self, message: str, *, path: str | None, encoding: str, line: int | None = None
    ) -> None:
        where = path if path is not None else "<string>"
        location = f"{where}:{line}" if line is not None else where
        super().__init__(f"{location}: {message}", path=path)
        self.encoding = encoding
        self.line = line


class InputTooLargeError(InputError):
    """The input is larger than the parser's ``max_bytes`` limit."""

    def __init__(self, *, path: str | None, size: int, limit: int,
                 at_least: bool = False) -> None:
        where = path if path is not None else "<string>"
        amount = f"at least {size:,}" if at_least else f"{size:,}"
        super().__init__(
            f"{where}: input is {amount} bytes, over the limit of {limit:,} (max_bytes)",
            path=path,
        )
        self.size = size
        self.limit = limit


class SchemaError(InputError):
    """Data given to ``Document.from_dict``/``from_json`` is not a pressparse document.

    Attributes:
        field: Where in the data, as a JSON path (``quotes[2].speaker.name``).
        reason: What is wrong there ("missing", "expected integer, got str").
    """

    def __init__(self, *, field: str, reason: str, path: str | None = None) -> None:
        where = f"{path}: " if path is not None else ""
        super().__init__(f"{where}invalid document data at {field}: {reason}", path=path)
        self.field = field
        self.reason = reason


class PipelineError(PressParseError, ValueError):
    """The ``nlp=`` given cannot be used: a name instead of a pipeline, or no parser/NER.

    Attributes:
        missing: The components it lacks (``("parser", "ner")``), empty for a name.
    """

    def __init__(self, message: str, *, missing: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.missing = missing


class NotAFileError(InputError):
    """The path is a directory, FIFO, device or socket, not a regular file.

    Such paths are refused before any read: a FIFO can block forever and a
    device like ``/dev/zero`` never ends.

    Attributes:
        kind: What the path is instead ("directory", "FIFO (named pipe)"…).
    """

    def __init__(self, *, path: str | None, kind: str) -> None:
        super().__init__(f"{path}: is a {kind}, not a regular file", path=path)
        self.kind = kind


class ExtractionError(PressParseError):
    """An unexpected exception while parsing one document: a bug in pressparse.

    With ``on_error`` it costs only that document; the original exception is
    the ``__cause__`` (and its type and message are in the message).

    Attributes:
        path: The document it happened on.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class WorkerError(PressParseError):
    """A worker process of ``parse_documents(n_process=N)`` ended abruptly.

    Killed, out of memory, or a crash in native code: no one input is to blame.
    """


class ModelNotFoundError(PressParseError, OSError):
    """No spaCy pipeline could be loaded; the message says how to install one.

    Attributes:
        model: The model name that was asked for (``None`` for the default).
    """

    def __init__(self, message: str, *, model: str | None) -> None:
        super().__init__(message)
        self.model = model


class PressParseWarning(UserWarning):
    """Warnings from pressparse, e.g. a file skipped with ``on_error="skip"``."""
