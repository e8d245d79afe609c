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
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._types import JSONValue, PathLike
from .errors import DecodingError, FrontMatterError, InputError, InputTooLargeError

#: Default for ``max_bytes``: larger inputs raise InputTooLargeError.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
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


def read_source(
    path: PathLike, *, encoding: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> Source:
    """Read and split one file.

    Raises:
        FileNotFoundError: The file does not exist.
        InputError: The content is too large, not text, or has bad front matter.
    """
    name = str(path)
    p = Path(path)
    if max_bytes is not None:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputTooLargeError(path=name, size=size, limit=max_bytes)
    data = p.read_bytes()
    return split_source(decode_bytes(data, path=name, encoding=encoding), path=name)


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
                 metadata: dict[str, Any] | None = None) -> Source:
    """Split decoded text into front matter and body without touching the body.

    A leading BOM is dropped (offsets count from after it). Leading blank
    lines before a front-matter delimiter are allowed.
    """
    text = text.removeprefix("\ufeff")
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
        line = first_line + (mark.line if mark else 0)
        column = (mark.column + 1) if mark else 1
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
    except (ValueError, OverflowError) as exc:
        # The constructors raise these for values the syntax allows but Python does
        # not: "2020-02-30" or year 0 as a timestamp, an integer of over 4,300 digits.
        raise FrontMatterError(path=path, line=first_line, column=1,
                               reason=f"invalid YAML value: {exc}") from exc


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
            return html.unescape(value) if "&" in value else value
        if isinstance(value, dt.date | dt.time):  # datetime is a date
            return value.isoformat()
        if isinstance(value, bytes):
            return value.decode("utf-8", "replace")
        if isinstance(value, dict):
            return {_key(k): convert(v, depth + 1) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [convert(v, depth + 1) for v in value]
        if isinstance(value, set | frozenset):
            return sorted((convert(v, depth + 1) for v in value), key=repr)
        return str(value)

    def _key(key: Any) -> str:
        if isinstance(key, dt.date | dt.time):
            return key.isoformat()
        return "null" if key is None else str(key)

    result = convert(data, 0)
    assert isinstance(result, dict)
    return result


def ensure_text(text: object) -> str:
    """Reject non-string input to :func:`parse_text` with a clear error."""
    if not isinstance(text, str):
        raise InputError(f"expected text (str), got {type(text).__name__}")
    return text
