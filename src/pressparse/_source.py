"""Read a file into metadata and a byte-exact body.

We split the front matter ourselves (python-frontmatter strips and rewrites
the body, which would break offsets) and translate every parser error into a
:class:`~pressparse.errors.FrontMatterError` naming the file, line and column.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import math
import os
import re
import stat
from dataclasses import dataclass, field
from typing import IO, Any

from ._types import JSONValue, PathLike
from .errors import (
    DecodingError,
    FrontMatterError,
    InputError,
    InputTooLargeError,
    NotAFileError,
)

#: Default for ``max_bytes``: larger inputs raise InputTooLargeError. Ten times
#: the largest real release seen; parsing costs about 20 s per MB on one core,
#: so a default input takes under a minute (memory stays bounded beyond it).
DEFAULT_MAX_BYTES = 2 * 1024 * 1024
#: Front matter larger than this is refused before any YAML/TOML parsing.
MAX_FRONT_MATTER_CHARS = 1024 * 1024
#: Most values a front-matter tree may expand to (guards YAML alias bombs).
MAX_METADATA_NODES = 100_000
MAX_METADATA_DEPTH = 100

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_BLANK = re.compile(r"[ \t\f\v]*(?:\r\n|\r|\n)?")

# (opening line pattern, closing line pattern, format)
_DELIMITERS = (
    (re.compile(r"-{3,}[ \t]*"), re.compile(r"(?:-{3,}|\.{3})[ \t]*"), "yaml"),
    (re.compile(r"\+{3,}[ \t]*"), re.compile(r"\+{3,}[ \t]*"), "toml"),
    (re.compile(r"`{3,}[ \t]*ya?ml[ \t]*", re.IGNORECASE), re.compile(r"`{3,}[ \t]*"), "yaml"),
    (re.compile(r"`{3,}[ \t]*toml[ \t]*", re.IGNORECASE), re.compile(r"`{3,}[ \t]*"), "toml"),
)


@dataclass(frozen=True, slots=True)
class Source:
    """A file split into front matter and body; picklable for worker processes."""

    path: str | None
    body: str
    body_offset: int = 0
    metadata: dict[str, JSONValue] = field(default_factory=dict)
    front_matter: str | None = None  # "yaml", "toml" or None


#: File types :func:`read_file` refuses, by ``stat.S_IFMT``: reading them could
#: block forever (a FIFO, a terminal) or never end (``/dev/zero``).
_NOT_REGULAR = {
    stat.S_IFDIR: "directory",
    stat.S_IFIFO: "FIFO (named pipe)",
    stat.S_IFCHR: "character device",
    stat.S_IFBLK: "block device",
    stat.S_IFSOCK: "socket",
}
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_source(
    path: PathLike, *, encoding: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> Source:
    """Read and split one file (see :func:`read_file`).

    Raises:
        FileNotFoundError: The file does not exist (other ``OSError`` as the OS gives them).
        InputError: Not a regular file, too large, not text, or bad front matter.
    """
    name = display_path(path)
    return source_from_bytes(read_file(path, max_bytes=max_bytes), path=name, encoding=encoding)


def source_from_bytes(data: bytes, *, path: str | None, encoding: str | None = None) -> Source:
    """Decode and split file bytes; ``decode_bytes`` has already dropped the BOM."""
    return split_source(decode_bytes(data, path=path, encoding=encoding), path=path,
                        drop_bom=False)


def display_path(path: object) -> str:
    """``path`` as reported in ``Document.path`` and errors: always encodable as UTF-8.

    A file name that is not valid UTF-8 (lone surrogates after ``os.fsdecode``)
    shows its odd bytes as ``\\xNN`` rather than breaking ``to_json()``.

    Raises:
        InputError: ``path`` is not a str or ``os.PathLike``, or contains NUL.
    """
    if not isinstance(path, str | os.PathLike):
        raise InputError(f"expected a file path (str or os.PathLike), got {type(path).__name__}")
    try:
        name = os.fsdecode(path)
    except TypeError as exc:  # an os.PathLike whose __fspath__ gives neither str nor bytes
        raise InputError(f"expected a file path, got {type(path).__name__}") from exc
    if _SURROGATE.search(name):
        name = os.fsencode(name).decode("utf-8", "backslashreplace")
        name = _SURROGATE.sub("\ufffd", name)  # surrogates that were never bytes
    if "\x00" in name:
        raise InputError(f"{name!r}: file name contains a NUL character", path=name)
    return name


def read_file(path: PathLike, *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file, reading at most ``max_bytes + 1`` of them.

    The file is opened without blocking and checked with ``fstat`` before any
    read, so a FIFO, a device or a directory is refused at once, and the limit
    holds on what is actually read (a file that grows, ``/proc`` files that
    report size 0), not only on the size ``stat`` reports.

    Raises:
        NotAFileError: A directory, FIFO, device or socket.
        InputTooLargeError: More than ``max_bytes`` bytes.
        OSError: As the OS reports it: ``FileNotFoundError``, ``PermissionError``…
    """
    name = display_path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) \
        | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
    except BaseException:
        os.close(fd)
        raise
    kind = _NOT_REGULAR.get(stat.S_IFMT(info.st_mode))
    if kind is not None or not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise NotAFileError(path=name, kind=kind or "special file")
    with open(fd, "rb", closefd=True) as stream:
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        if max_bytes is not None and info.st_size > max_bytes:
            raise InputTooLargeError(path=name, size=info.st_size, limit=max_bytes)
        return read_stream(stream, name=name, max_bytes=max_bytes)


def read_stream(stream: IO[bytes], *, name: str, max_bytes: int | None) -> bytes:
    """All of a binary stream (standard input, an open file), or at most ``max_bytes + 1``.

    Raises:
        InputTooLargeError: The stream holds more than ``max_bytes`` bytes.
    """
    if max_bytes is None:
        return stream.read()
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError(path=name, size=len(data), limit=max_bytes, at_least=True)
    return data


def decode_bytes(data: bytes, *, path: str | None = None, encoding: str | None = None) -> str:
    """Decode file bytes: a BOM wins, then ``encoding``, then UTF-8, then cp1252.

    Raises:
        DecodingError: NUL bytes in 8-bit text, or bytes no candidate encoding reads.
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _decode(data[len(bom):], codec, path)
    if encoding is not None:
        return _decode(data, encoding, path)
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise DecodingError("binary content (NUL byte); not a text file",
                            path=path, encoding="utf-8", line=line)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Old Windows files with smart quotes are cp1252; it leaves 5 bytes undefined.
    return _decode(data, "cp1252", path, tried="UTF-8 or cp1252")


def _decode(data: bytes, codec: str, path: str | None, tried: str | None = None) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise DecodingError(f"cannot decode byte {data[exc.start:exc.start + 1]!r} as "
                            f"{tried or codec}; pass encoding=",
                            path=path, encoding=codec, line=line) from exc
    except LookupError as exc:
        raise DecodingError(f"unknown encoding {codec!r}", path=path, encoding=codec) from exc
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise DecodingError("binary content (NUL character); not a text file",
                            path=path, encoding=codec, line=line)
    return text


def split_source(text: str, *, path: str | None = None,
                 metadata: dict[str, Any] | None = None, drop_bom: bool = True) -> Source:
    """Split decoded text into front matter and body without touching the body.

    A leading BOM is dropped (offsets count from after it); ``drop_bom=False``
    when :func:`decode_bytes` dropped it already, so that a second one stays
    in the text and offsets still count from after exactly one. Leading blank
    lines before a front-matter delimiter are allowed.

    Raises:
        DecodingError: ``text`` holds lone surrogates (no file decodes to them).
        FrontMatterError: The front matter is malformed or not a mapping.
    """
    if drop_bom:
        text = text.removeprefix("\ufeff")
    odd = _SURROGATE.search(text)
    if odd is not None:
        raise DecodingError(f"lone surrogate {odd.group()!r} at character {odd.start()}; "
                            "text must be valid Unicode", path=path, encoding="utf-8",
                            line=line_number(text, odd.start()))
    pos = 0
    line_no = 1
    while pos < len(text):
        blank = _BLANK.match(text, pos)
        if blank is None or blank.end() == pos or not blank.group().endswith(("\n", "\r")):
            break
        pos = blank.end()
        line_no += 1
    first = _LINE.match(text, pos)
    if first is None:
        return Source(path=path, body=text, metadata=_extra(metadata, path))
    first_line = first.group().rstrip("\r\n")
    for opening, closing, fmt in _DELIMITERS:  # noqa: B007 - the match is used after the loop
        if opening.fullmatch(first_line):
            break
    else:
        return Source(path=path, body=text, metadata=_extra(metadata, path))

    content_start = first.end()
    content_line = line_no + 1
    cursor, cursor_line = content_start, content_line
    while cursor < len(text):
        line = _LINE.match(text, cursor)
        assert line is not None
        if closing.fullmatch(line.group().rstrip("\r\n")):
            raw = text[content_start:cursor]
            if len(raw) > MAX_FRONT_MATTER_CHARS:
                raise FrontMatterError(path=path, line=content_line, column=1,
                                       reason=f"front matter is over {MAX_FRONT_MATTER_CHARS:,} "
                                              "characters")
            loaded = _load(raw, fmt, path=path, first_line=content_line)
            merged = {**loaded, **(metadata or {})}
            return Source(path=path, body=text[line.end():], body_offset=line.end(),
                          metadata=normalize_metadata(merged, path=path, line=content_line),
                          front_matter=fmt)
        cursor = line.end()
        cursor_line += 1
        if cursor - content_start > MAX_FRONT_MATTER_CHARS:
            raise FrontMatterError(path=path, line=content_line, column=1,
                                   reason=f"front matter is over {MAX_FRONT_MATTER_CHARS:,} "
                                          "characters")
    raise FrontMatterError(path=path, line=line_no, column=1,
                           reason=f"{fmt.upper()} front matter opened here is never closed")


_BREAK = re.compile(r"\r\n|\r|\n")


def line_number(text: str, index: int) -> int:
    """The 1-based line of ``text[index]``, lines ending at LF, CRLF or a lone CR."""
    return len(_BREAK.findall(text, 0, index)) + 1


def _column(text: str, index: int) -> int:
    """The 1-based column of ``text[index]`` on its line (same line breaks)."""
    start = max(text.rfind("\n", 0, index), text.rfind("\r", 0, index)) + 1
    return index - start + 1


def _extra(metadata: dict[str, Any] | None, path: str | None) -> dict[str, JSONValue]:
    return normalize_metadata(metadata or {}, path=path, line=1)


def _load(raw: str, fmt: str, *, path: str | None, first_line: int) -> dict[str, Any]:
    if not raw.strip():
        return {}
    if fmt == "toml":
        loaded = _load_toml(raw, path=path, first_line=first_line)
    else:
        loaded = _load_yaml(raw, path=path, first_line=first_line)
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise FrontMatterError(path=path, line=first_line, column=1,
                               reason=f"front matter must be a mapping, not {type(loaded).__name__}")
    return loaded


def _load_yaml(raw: str, *, path: str | None, first_line: int) -> Any:
    import yaml

    try:
        loader: Any = yaml.CSafeLoader
    except AttributeError:  # PyYAML built without libyaml
        loader = yaml.SafeLoader
    try:
        _check_yaml_size(raw, loader, path=path, first_line=first_line)
        return yaml.load(raw, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = _yaml_position(raw, mark, first_line)
        reason = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        raise FrontMatterError(path=path, line=line, column=column,
                               reason=reason or "invalid YAML") from exc
    except yaml.YAMLError as exc:
        raise FrontMatterError(path=path, line=first_line, column=1, reason=str(exc)) from exc
    except RecursionError as exc:
        raise FrontMatterError(path=path, line=first_line, column=1,
                               reason="YAML nested too deeply") from exc
    except FrontMatterError:
        raise
    except (ValueError, OverflowError, ArithmeticError, LookupError, AttributeError,
            TypeError) as exc:
        # The constructors raise these for values the syntax allows but Python does
        # not: "2020-02-30" or year 0 as a timestamp, an integer of over 4,300 digits,
        # and, for explicit tags with bad values, whatever their parsing code hits
        # (`!!bool maybe` a KeyError, `!!int ""` an IndexError, `!!timestamp foo` an
        # AttributeError).
        detail = f"{type(exc).__name__}: {exc}" if isinstance(
            exc, LookupError | AttributeError | TypeError) else str(exc)
        raise FrontMatterError(path=path, line=first_line, column=1,
                               reason=f"invalid YAML value ({detail})") from exc


def _yaml_position(raw: str, mark: Any, first_line: int) -> tuple[int, int]:
    """File line and column of a YAML mark.

    PyYAML also breaks lines at NEL, U+2028 and U+2029, so its own line count
    drifts from the file's; the mark's character index does not.
    """
    if mark is None:
        return first_line, 1
    index = getattr(mark, "index", None)
    if isinstance(index, int) and 0 <= index <= len(raw):
        return first_line + line_number(raw, index) - 1, _column(raw, index)
    return first_line + mark.line, mark.column + 1


def _check_yaml_size(raw: str, loader: Any, *, path: str | None, first_line: int) -> None:
    """Refuse YAML of too many or too deeply nested nodes before building any of it.

    Reading events is several times cheaper than constructing objects, and stops
    at the limit: a megabyte-long flow list is refused after
    :data:`MAX_METADATA_NODES` events, not built in full. Aliases count once
    here; what they expand to is counted by :func:`normalize_metadata`.
    """
    import yaml

    nodes = depth = 0
    for event in yaml.parse(raw, Loader=loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            nodes += 1
            if depth > MAX_METADATA_DEPTH:
                mark = event.start_mark
                raise FrontMatterError(path=path, line=first_line + mark.line,
                                       column=mark.column + 1,
                                       reason=f"YAML nested over {MAX_METADATA_DEPTH} deep")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.ScalarEvent | yaml.AliasEvent):
            nodes += 1
        if nodes > MAX_METADATA_NODES:
            raise FrontMatterError(path=path, line=first_line, column=1,
                                   reason=f"YAML of over {MAX_METADATA_NODES:,} values")


_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
# MAX_METADATA_DEPTH + 1 key segments joined by dots ("a.b.c", '"x".y'): tomllib
# takes time quadratic in the length of one dotted key, so such keys are refused
# before it runs. Possessive quantifiers and the lookbehind keep this scan linear.
_TOML_DEEP_KEY = re.compile(
    r"(?<![\w\"'-])(?:(?:[A-Za-z0-9_-]++|\"[^\"\n]*+\"|'[^'\n]*+')[ \t]*+\.[ \t]*+)"
    rf"{{{MAX_METADATA_DEPTH}}}"
)


def _load_toml(raw: str, *, path: str | None, first_line: int) -> Any:
    import tomllib

    if raw.count(".") >= MAX_METADATA_DEPTH:
        deep = _TOML_DEEP_KEY.search(raw)
        if deep is not None:
            line = raw.count("\n", 0, deep.start()) + raw.count("\r", 0, deep.start()) \
                - raw.count("\r\n", 0, deep.start())
            raise FrontMatterError(path=path, line=first_line + line, column=1,
                                   reason=f"TOML key nested over {MAX_METADATA_DEPTH} deep")
    # TOML allows only LF and CRLF line endings; a file of lone CRs (old Mac) is
    # still line-by-line TOML. One CR becomes one LF, so line numbers hold.
    if "\r" in raw:
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        where = _TOML_POSITION.search(message)
        line, column = (int(where.group(1)), int(where.group(2))) if where else (1, 1)
        reason = _TOML_POSITION.sub("", message).strip() or "invalid TOML"
        raise FrontMatterError(path=path, line=first_line + line - 1, column=column,
                               reason=reason) from exc
    except RecursionError as exc:
        raise FrontMatterError(path=path, line=first_line, column=1,
                               reason="TOML nested too deeply") from exc
    except (ValueError, OverflowError) as exc:  # e.g. an integer of over 4,300 digits
        raise FrontMatterError(path=path, line=first_line, column=1,
                               reason=f"invalid TOML value: {exc}") from exc


def normalize_metadata(data: dict[Any, Any], *, path: str | None = None,
                       line: int = 1) -> dict[str, JSONValue]:
    """Turn loaded front matter into JSON-native data.

    Dates and times become ISO 8601 strings, HTML entities in strings are
    decoded, keys become strings, sets become sorted lists, non-finite floats
    become strings. Alias bombs and absurd nesting raise FrontMatterError.
    """
    budget = [MAX_METADATA_NODES]

    def convert(value: Any, depth: int) -> JSONValue:
        budget[0] -= 1
        if budget[0] < 0 or depth > MAX_METADATA_DEPTH:
            raise FrontMatterError(path=path, line=line, column=1,
                                   reason="front matter expands to too many or too deeply "
                                          "nested values")
        if value is None or isinstance(value, bool | int):
            return value
        if isinstance(value, float):
            return value if math.isfinite(value) else str(value)
        if isinstance(value, str):
            if _SURROGATE.search(value):
                raise FrontMatterError(path=path, line=line, column=1,
                                       reason="metadata string holds a lone surrogate")
            return html.unescape(value) if "&" in value else value
        if isinstance(value, dt.date | dt.time):  # datetime is a date
            return value.isoformat()
        if isinstance(value, bytes):
            return value.decode("utf-8", "replace")
        if isinstance(value, dict):
            out: dict[str, JSONValue] = {}
            originals: dict[str, Any] = {}
            for k, v in value.items():
                key = _key(k)
                if key in out:  # `1:` and `"1":`, `true:` and `"True":`
                    raise FrontMatterError(path=path, line=line, column=1,
                                           reason=f"keys {originals[key]!r} and {k!r} are both "
                                                  f"the key {key!r}")
                originals[key] = k
                out[key] = convert(v, depth + 1)
            return out
        if isinstance(value, list | tuple):
            return [convert(v, depth + 1) for v in value]
        if isinstance(value, set | frozenset):
            return sorted((convert(v, depth + 1) for v in value), key=repr)
        return str(value)

    def _key(key: Any) -> str:
        if isinstance(key, dt.date | dt.time):
            return key.isoformat()
        if isinstance(key, str) and _SURROGATE.search(key):
            raise FrontMatterError(path=path, line=line, column=1,
                                   reason="metadata key holds a lone surrogate")
        return "null" if key is None else str(key)

    result = convert(data, 0)
    assert isinstance(result, dict)
    return result


def ensure_text(text: object) -> str:
    """Reject non-string input to :func:`parse_text` with a clear error."""
    if not isinstance(text, str):
        raise InputError(f"expected text (str), got {type(text).__name__}")
    return text
