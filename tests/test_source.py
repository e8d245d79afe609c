"""Reading files: front-matter forms, byte-exact bodies, metadata types, input errors."""

from __future__ import annotations

import io
import os

import pytest

from pressparse import (
    DecodingError,
    FrontMatterError,
    InputError,
    InputTooLargeError,
    NotAFileError,
)
from pressparse._source import decode_bytes, read_source, read_stream, split_source

BODY = "Officers were called to the scene.\n\nA man was arrested.\n"


def _decoded(path) -> str:
    return decode_bytes(path.read_bytes())


@pytest.mark.parametrize(
    ("front", "fmt"),
    [
        ("---\ntitle: Appeal\ndate: 2020-04-14\n---\n", "yaml"),
        ("```yaml\ntitle: Appeal\ndate: 2020-04-14\n```\n", "yaml"),
        ("```yml\ntitle: Appeal\ndate: 2020-04-14\n```\n", "yaml"),
        ('+++\ntitle = "Appeal"\ndate = 2020-04-14\n+++\n', "toml"),
    ],
)
def test_each_front_matter_form(tmp_path, front, fmt):
    path = tmp_path / "release.md"
    path.write_text(front + BODY, encoding="utf-8")
    source = read_source(path)
    assert source.front_matter == fmt
    assert source.metadata == {"title": "Appeal", "date": "2020-04-14"}
    assert source.body == BODY
    assert _decoded(path)[source.body_offset:] == source.body


def test_no_front_matter_keeps_everything(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("\n\n" + BODY, encoding="utf-8")
    source = read_source(path)
    assert source.front_matter is None
    assert source.metadata == {}
    assert source.body_offset == 0
    assert source.body == "\n\n" + BODY


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_body_is_byte_exact_for_every_line_ending(tmp_path, newline):
    text = newline.join(["---", "title: Appeal", "---", "Line one.", "", "Line two.", ""])
    path = tmp_path / "release.md"
    path.write_bytes(text.encode("utf-8"))
    source = read_source(path)
    assert source.metadata == {"title": "Appeal"}
    assert source.body == newline.join(["Line one.", "", "Line two.", ""])
    assert _decoded(path)[source.body_offset:] == source.body


def test_bom_and_leading_blank_lines(tmp_path):
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf\r\n\r\n---\r\ntitle: Appeal\r\n---\r\nBody\r\n")
    source = read_source(path)
    assert source.metadata == {"title": "Appeal"}
    assert source.body == "Body\r\n"
    decoded = _decoded(path)
    assert not decoded.startswith("\ufeff")
    assert decoded[source.body_offset:] == "Body\r\n"


def test_metadata_becomes_json_native():
    text = (
        "---\n"
        "date: 2020-04-14\n"
        "updated: 2020-04-14 10:30:00\n"
        "title: Fish &amp; chips &#8217;stolen&#8217;\n"
        "og:\n  site:\n    name: Example Police\n"
        "tags: [one, two]\n"
        "count: 3\n"
        "---\nBody\n"
    )
    metadata = split_source(text).metadata
    assert metadata["date"] == "2020-04-14"
    assert metadata["updated"] == "2020-04-14T10:30:00"
    assert metadata["title"] == "Fish & chips ’stolen’"
    assert metadata["og"] == {"site": {"name": "Example Police"}}
    assert metadata["tags"] == ["one", "two"]
    assert metadata["count"] == 3


def test_toml_datetimes_become_iso_strings():
    text = '+++\npublished = 2021-03-25T12:23:00+00:00\nday = 2021-03-25\n+++\nBody'
    metadata = split_source(text).metadata
    assert metadata == {"published": "2021-03-25T12:23:00+00:00", "day": "2021-03-25"}


def test_bad_yaml_names_file_line_and_column(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: Appeal\nbroken: [unclosed\n---\nBody\n", encoding="utf-8")
    with pytest.raises(FrontMatterError) as info:
        read_source(path)
    error = info.value
    assert error.path == str(path)
    assert error.line >= 3
    assert str(error).startswith(f"{path}:{error.line}:{error.column}: invalid front matter")
    assert isinstance(error.__cause__, Exception)  # translated with `from exc`


def test_bad_yaml_line_counts_from_the_file_start():
    text = "\n\n```yaml\nfine: 1\nbad: : :\n```\nBody"
    with pytest.raises(FrontMatterError) as info:
        split_source(text, path="x.md")
    assert info.value.line == 5


def test_bad_toml_names_the_line():
    text = '+++\ntitle = "ok"\nbroken =\n+++\nBody'
    with pytest.raises(FrontMatterError) as info:
        split_source(text, path="x.md")
    assert info.value.line == 3
    assert str(info.value).startswith("x.md:3:")


@pytest.mark.parametrize("content", ["- a\n- b", "just a string", "42"])
def test_front_matter_that_is_not_a_mapping(content):
    with pytest.raises(FrontMatterError, match="must be a mapping"):
        split_source(f"---\n{content}\n---\nBody", path="x.md")


def test_unclosed_front_matter():
    with pytest.raises(FrontMatterError, match="never closed") as info:
        split_source("\n```yaml\ntitle: a\n\nBody without a closing fence", path="x.md")
    assert info.value.line == 2


def test_empty_front_matter_and_empty_file(tmp_path):
    assert split_source("---\n---\nBody").metadata == {}
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    source = read_source(path)
    assert (source.body, source.metadata, source.body_offset) == ("", {}, 0)


def test_yaml_alias_bomb_is_refused():
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        lines.append(f"{chr(97 + i)}: &{chr(97 + i)} [{', '.join(['*' + chr(96 + i)] * 9)}]")
    text = "---\n" + "\n".join(lines) + "\n---\nBody"
    with pytest.raises(FrontMatterError, match="too many"):
        split_source(text, path="bomb.md")


def test_yaml_is_loaded_safely():
    with pytest.raises(FrontMatterError):
        split_source("---\nx: !!python/object/apply:os.system ['true']\n---\nBody")


def test_binary_file_is_a_decoding_error(tmp_path):
    path = tmp_path / "image.md"
    path.write_bytes(b"---\ntitle: a\n---\nline\n\x00\x01\x02")
    with pytest.raises(DecodingError) as info:
        read_source(path)
    assert info.value.line == 5
    assert str(info.value).startswith(f"{path}:5:")
    assert isinstance(info.value, InputError)


def test_cp1252_smart_quotes_are_decoded(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes("He said: \u201cWe will find them.\u201d".encode("cp1252"))
    assert read_source(path).body == "He said: \u201cWe will find them.\u201d"


def test_undecodable_bytes_name_the_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"fine\nstill fine\nbad \x81\x8d here\n")
    with pytest.raises(DecodingError) as info:
        read_source(path)
    assert info.value.line == 3


def test_explicit_encoding_is_honoured(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Café".encode("latin-1"))
    assert read_source(path, encoding="latin-1").body == "Café"
    with pytest.raises(DecodingError):
        read_source(path, encoding="utf-8")


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "utf16.md"
    path.write_bytes("---\ntitle: a\n---\nBody".encode("utf-16"))
    assert read_source(path).body == "Body"


def test_size_guard(tmp_path):
    path = tmp_path / "big.md"
    path.write_text("x" * 1000, encoding="utf-8")
    with pytest.raises(InputTooLargeError, match="max_bytes"):
        read_source(path, max_bytes=100)
    assert read_source(path, max_bytes=None).body == "x" * 1000


def test_missing_file_stays_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_source(tmp_path / "nope.md")


# -- the one reader: regular files only, limit on bytes read ---------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)  # no writer: a plain open() would block forever
    with pytest.raises(NotAFileError) as info:
        read_source(fifo)
    assert info.value.kind.startswith("FIFO") and info.value.path == str(fifo)
    assert isinstance(info.value, InputError)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_endless_device_is_refused():
    with pytest.raises(NotAFileError, match="character device"):
        read_source("/dev/zero")


def test_directory_is_refused(tmp_path):
    with pytest.raises(NotAFileError, match="directory"):
        read_source(tmp_path)


@pytest.mark.parametrize("path", [5, b"x.md", "a\x00b.md", None])
def test_odd_paths_are_input_errors(path):
    with pytest.raises(InputError):
        read_source(path)


def test_stream_limit_counts_bytes_read():
    assert read_stream(io.BytesIO(b"x" * 100), name="<stdin>", max_bytes=100) == b"x" * 100
    with pytest.raises(InputTooLargeError, match="at least 101 bytes") as info:
        read_stream(io.BytesIO(b"x" * 10_000), name="<stdin>", max_bytes=100)
    assert info.value.path == "<stdin>"


def test_non_utf8_file_name_is_shown_escaped(tmp_path):
    raw = os.fsdecode(b"caf\xe9.md")  # a lone surrogate stands for the byte
    path = tmp_path / raw
    try:
        path.write_text("Body", encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses the name")
    source = read_source(path)
    assert source.path.endswith("caf\\xe9.md")
    source.path.encode("utf-8")  # would raise with a surrogate


def test_text_with_lone_surrogate_is_a_decoding_error():
    with pytest.raises(DecodingError, match="surrogate") as info:
        split_source("Line one\nbad \udc80 here\n")
    assert info.value.line == 2


# -- front matter: bad explicit tags, positions, collisions -----------------------------


@pytest.mark.parametrize("value", ["!!bool maybe", '!!int ""', '!!int "-"', '!!float ""',
                                   "!!timestamp foo", '!!int "0x"'])
def test_explicit_yaml_tag_with_bad_value_is_a_front_matter_error(value):
    with pytest.raises(FrontMatterError, match="invalid YAML value") as info:
        split_source(f"---\ntitle: ok\nx: {value}\n---\nBody\n", path="r.md")
    assert info.value.path == "r.md"


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_yaml_error_line_counts_file_lines_only(separator):
    text = f'---\ntitle: "a{separator}b"\nsummary: "c{separator}d"\nkey: value: other\n---\nB\n'
    with pytest.raises(FrontMatterError) as info:
        split_source(text)
    # PyYAML counts the separators as line breaks; the file does not.
    assert (info.value.line, info.value.column) == (4, 11)


def test_yaml_error_position_without_separators_is_unchanged():
    with pytest.raises(FrontMatterError) as info:
        split_source("---\ntitle: a\nkey: value: other\n---\nBody\n")
    assert (info.value.line, info.value.column) == (3, 11)


def test_toml_with_lone_cr_line_endings():
    text = '+++\rtitle = "Appeal"\rdate = 2020-04-14\r+++\rLine one.\r\rLine two.\r'
    source = split_source(text)
    assert source.metadata == {"title": "Appeal", "date": "2020-04-14"}
    assert source.body == "Line one.\r\rLine two.\r"
    assert text[source.body_offset:] == source.body


@pytest.mark.parametrize("keys", ['1: a\n"1": b\n', 'true: a\n"True": b\n',
                                  '2020-01-01: a\n"2020-01-01": b\n'])
def test_keys_that_become_the_same_string_are_refused(keys):
    with pytest.raises(FrontMatterError, match="both the key"):
        split_source(f"---\n{keys}---\nBody\n")


def test_double_bom_keeps_the_second_in_the_body(tmp_path):
    path = tmp_path / "bom2.md"
    path.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbfBody text.\n")
    source = read_source(path)
    decoded = decode_bytes(path.read_bytes())
    assert decoded[source.body_offset:] == source.body == "\ufeffBody text.\n"
    with_front = tmp_path / "bom2-front.md"
    with_front.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf---\ntitle: a\n---\nBody\n")
    source = read_source(with_front)  # the second BOM hides the fence: no front matter
    assert decode_bytes(with_front.read_bytes())[source.body_offset:] == source.body
