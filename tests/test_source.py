"""Reading files: front-matter forms, byte-exact bodies, metadata types, input errors."""

from __future__ import annotations

import pytest

from pressparse import DecodingError, FrontMatterError, InputError, InputTooLargeError
from pressparse._source import decode_bytes, read_source, split_source

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
