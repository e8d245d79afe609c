"""Trustworthy at the edges: any input gives a valid Document or a PressParseError.

Hypothesis generates documents (every front-matter form, quotation marks of
every kind, astral-plane characters, combining marks, right-to-left text,
control characters, CR/LF/CRLF mixes, very long lines, NUL bytes, a BOM) and
mutates real corpus files (truncated, bytes spliced in, quote marks inserted,
the front-matter fence removed). Each input is parsed from a file and from a
string; the outcome must be a Document whose every span indexes its text and
which round-trips, or a :class:`~pressparse.PressParseError`; nothing else.

Then: the ``max_bytes`` size guard, front matter built to exhaust memory or
the stack (refused with a FrontMatterError), and pathological text for the
quote and entity stages. No test here asserts on timing; the timings are in
``benchmarks/pathological.py``.

Examples are derandomised and there is no example database, so CI runs the same
inputs every time; ``max_examples`` keeps the file to about a minute.
"""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import pytest
from helpers import CORPUS, check_document, corpus_files
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressparse import (
    Document,
    DocumentParser,
    FrontMatterError,
    InputTooLargeError,
    ParseFailure,
    PressParseError,
    TextInput,
)
from pressparse._source import decode_bytes, split_source

ROBUST = settings(
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.filter_too_much],
)

# --------------------------------------------------------------------------- outcome check


def _expected_text(text: str) -> str:
    """A string as offsets count it: one leading BOM is dropped."""
    return text.removeprefix("\ufeff")


def check_outcome(parse, file_text: str | None, *, from_file: bool = False) -> Document | None:
    """Run ``parse``: a valid Document, or a PressParseError (returned as None).

    ``file_text`` is what ``decode_bytes`` gave (its BOM already dropped) when
    ``from_file``, else the string parsed (one leading BOM still to drop).
    """
    try:
        doc = parse()
    except PressParseError:
        return None
    assert isinstance(doc, Document)
    if file_text is not None and not from_file:
        file_text = _expected_text(file_text)
    check_document(doc, file_text)
    assert json.loads(doc.to_json()) == doc.to_dict()
    assert Document.from_json(doc.to_json()) == doc
    return doc


class Files:
    """A temporary folder for one test, with a fresh file name per example."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._names = itertools.count()

    def write(self, data: bytes, suffix: str = ".md") -> Path:
        path = self.root / f"example-{next(self._names)}{suffix}"
        path.write_bytes(data)
        return path


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> Files:
    return Files(tmp_path_factory.mktemp("robustness"))


def parse_both_ways(parser: DocumentParser, files: Files, data: bytes) -> None:
    """Parse ``data`` as a file and, when it decodes, as a string."""
    path = files.write(data)
    try:
        file_text: str | None = decode_bytes(data, path=str(path))
    except PressParseError:
        file_text = None
    check_outcome(lambda: parser.parse_document(path), file_text, from_file=True)
    if file_text is not None:
        check_outcome(lambda: parser.parse_text(file_text), file_text)
    path.unlink()


# --------------------------------------------------------------------------- generated documents

QUOTE_MARKS = "“”‘’\"'„«»‚"
# Characters chosen to break assumptions: astral-plane (emoji, maths, CJK ext.),
# combining marks, right-to-left scripts and marks, zero-width characters,
# NEL/line/paragraph separators, control characters, NBSP and other spaces.
ODD = [
    "😀", "👩‍👩‍👧", "𝐀", "𠀀", "🇬🇧", "e\u0301", "\u0301", "\u0336", "ש", "مرحبا", "\u200f",
    "\u202e", "\u2066", "\u200b", "\u200d", "\ufeff", "\u0085", "\u2028", "\u2029", "\x0b",
    "\x0c", "\x1b", "\x07", "\x7f", "\x9f", "\u00a0", "\u202f", "\u3000", "\t", "…", "–", "—",
    "\ufffd", "\U0010fffd", "İ", "ß", "ﬁ",
]
WORDS = [
    "said", "said:", "says", "told", "according to", "Detective Inspector Jane Smith",
    "Mr O'Brien", "Sgt Lee", "Kent Police", "the officers'", "don't", "rock 'n' roll", "'90s",
    "call 101", "999", "0800 555 111", "01632 960 123", "+44 20 7946 0000", "£5,000",
    "£1.2 million", "50p", "$3bn", "between April 2019 and February 2020", "14 April 2020",
    "19th-25th January", "yesterday", "12/05/2020", "log 1234 of 12 May", "#", "##", "*", "**",
    ">", "-", "---", "+++", "```", "```yaml", "|", "[1]", "(", ")", ":", ";", ".", ",", "!", "?",
]
NEWLINES = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n \n", "\r\r"]

_token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(ODD),
    st.sampled_from(NEWLINES),
    st.text(max_size=12),  # any code point but surrogates, NUL included
    st.just(" "),
)
_long_line = st.builds(lambda word, n: (word + " ") * n,
                       st.sampled_from(["word", "“x", "'", "1-", "said:", "A"]),
                       st.integers(50, 300))
_body_piece = st.one_of(_token, _token, _token, _long_line)
bodies = st.lists(st.lists(_body_piece, max_size=12).map(" ".join), max_size=14).map("".join)

_scalar = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
    st.sampled_from(["2020-04-14", "14 April 2020", "2020-02-30", "&amp; &#8217;", "http://a.uk/x",
                     "https://www.kent.police.uk/news/2020/april/x", "GB", "us", "[", "{", "*a"]),
)
_keys = st.one_of(st.sampled_from(["title", "date", "published", "url", "day", "month", "year",
                                   "region", "country", "og", "publish", "area", "site"]),
                  st.text(min_size=1, max_size=10))
metadata = st.dictionaries(
    _keys,
    st.recursive(_scalar, lambda inner: st.lists(inner, max_size=3)
                 | st.dictionaries(_keys, inner, max_size=3), max_leaves=8),
    max_size=6,
)


def _toml_value(value: object) -> str:
    if value is None:
        return '""'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value).replace("inf", "inf").replace("nan", "nan")
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k))} = {_toml_value(v)}"
                               for k, v in value.items()) + "}"
    return json.dumps(str(value))


def render_front_matter(kind: str, meta: dict, garbage: str | None, newline: str) -> str:
    """Front matter of one kind; ``garbage`` replaces the content when given."""
    import yaml

    if kind == "none":
        return ""
    if garbage is not None:
        content = garbage
    elif kind == "toml":
        content = "".join(f"{json.dumps(str(k))} = {_toml_value(v)}\n" for k, v in meta.items())
    else:
        content = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    content = content.replace("\n", newline)
    open_, close = {"yaml": ("---", "---"), "fenced": ("```yaml", "```"),
                    "toml": ("+++", "+++")}[kind]
    return f"{open_}{newline}{content}{close}{newline}"


@st.composite
def documents(draw) -> bytes:
    kind = draw(st.sampled_from(["yaml", "fenced", "toml", "none"]))
    garbage = draw(st.none() | st.none() | bodies)
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    front = render_front_matter(kind, draw(metadata), garbage, newline)
    leading = draw(st.sampled_from(["", "", "\n", " \n\t\n", "\ufeff"]))
    text = leading + front + draw(bodies)
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    data = text.encode(encoding, errors="replace" if encoding == "cp1252" else "surrogatepass")
    if draw(st.integers(0, 9)) == 0:  # a NUL byte somewhere
        at = draw(st.integers(0, len(data)))
        data = data[:at] + b"\x00" + data[at:]
    return data


@pytest.mark.model
@settings(ROBUST, max_examples=60)
@given(data=documents())
def test_generated_documents_parse_or_raise_typed_errors(parser, files, data):
    parse_both_ways(parser, files, data)


@pytest.mark.model
@settings(ROBUST, max_examples=20)
@given(text=bodies, meta=metadata)
def test_parse_text_with_metadata_argument(parser, text, meta):
    check_outcome(lambda: parser.parse_text(text, metadata=meta), text)


@pytest.mark.model
@settings(ROBUST, max_examples=10)
@given(texts=st.lists(bodies, min_size=1, max_size=3))
def test_parse_documents_collect_yields_one_result_per_input(parser, texts):
    inputs = [TextInput(text=t, name=f"t{i}") for i, t in enumerate(texts)]
    results = list(parser.parse_documents(inputs, on_error="collect", batch_size=2))
    assert len(results) == len(texts)
    for text, result in zip(texts, results, strict=True):
        if isinstance(result, ParseFailure):
            assert isinstance(result.error, PressParseError)
        else:
            check_document(result, _expected_text(text))


# --------------------------------------------------------------------------- mutated corpus files

def _sample_corpus() -> list[Path]:
    """A fixed sample of small and mid-sized corpus files from every text folder."""
    chosen: list[Path] = []
    for folder in ("police", "us_prosecutors", "au_parliament_press"):
        files = [p for p in corpus_files(folder) if p.stat().st_size < 12_000]
        chosen.extend(random.Random(folder).sample(files, min(8, len(files))))
    polnear = sorted((CORPUS / "polnear" / "data" / "dev" / "text").glob("*.txt"))
    polnear = [p for p in polnear if p.stat().st_size < 8_000]
    chosen.extend(random.Random("polnear").sample(polnear, min(6, len(polnear))))
    return chosen


CORPUS_SAMPLE = _sample_corpus() if CORPUS.is_dir() else []
_FENCES = (b"```yaml", b"```yml", b"---", b"+++", b"```")


def _remove_fence(data: bytes, which: int) -> bytes:
    lines = data.splitlines(keepends=True)
    fences = [i for i, line in enumerate(lines[:400]) if line.strip().startswith(_FENCES)]
    if not fences:
        return data
    del lines[fences[which % len(fences)]]
    return b"".join(lines)


@st.composite
def mutated(draw) -> bytes:
    data = draw(st.sampled_from(CORPUS_SAMPLE)).read_bytes()
    for _ in range(draw(st.integers(1, 3))):
        how = draw(st.sampled_from(["truncate", "splice", "quotes", "fence", "fence"]))
        if how == "truncate":  # may cut a UTF-8 sequence in two
            data = data[:draw(st.integers(0, len(data)))]
        elif how == "splice":
            at = draw(st.integers(0, len(data)))
            cut = draw(st.integers(0, 8))
            data = data[:at] + draw(st.binary(max_size=12)) + data[at + cut:]
        elif how == "quotes":
            text = data.decode("utf-8", errors="surrogateescape")
            for _ in range(draw(st.integers(1, 30))):
                at = draw(st.integers(0, len(text)))
                text = text[:at] + draw(st.sampled_from(QUOTE_MARKS)) + text[at:]
            data = text.encode("utf-8", errors="surrogateescape")
        else:
            data = _remove_fence(data, draw(st.integers(0, 3)))
    return data


@pytest.mark.model
@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS_SAMPLE, reason="../shared/corpus is absent")
@settings(ROBUST, max_examples=30)
@given(data=mutated())
def test_mutated_corpus_files_parse_or_raise_typed_errors(parser, files, data):
    parse_both_ways(parser, files, data)


@pytest.mark.model
@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS_SAMPLE, reason="../shared/corpus is absent")
def test_corpus_bodies_repeated_30_times(parser, tmp_path):
    """A body 30 times over: several pipeline pieces, thousands of quotes."""
    # The two smallest sampled police releases with a quotation: about 60 KB each.
    quoting = [p for p in CORPUS_SAMPLE if "/police/" in p.as_posix()
               and b"said" in p.read_bytes() and b"\xe2\x80\x9c" in p.read_bytes()]
    paths = []
    for i, source in enumerate(sorted(quoting, key=lambda p: p.stat().st_size)[:2]):
        source_text = decode_bytes(source.read_bytes())
        split = split_source(source_text)
        front = source_text[:len(source_text) - len(split.body)]
        path = tmp_path / f"repeated-{i}.md"
        path.write_text(front + split.body * 30, encoding="utf-8", newline="")
        paths.append(path)
    results = list(parser.parse_documents(paths, on_error="collect"))
    for path, result in zip(paths, results, strict=True):
        assert not isinstance(result, ParseFailure), result
        check_document(result, decode_bytes(path.read_bytes()))


# --------------------------------------------------------------------------- size guard


@pytest.fixture(scope="module")
def blank_parser(blank_nlp) -> DocumentParser:
    """A parser over spacy.blank("en"): inputs refused here never reach a model."""
    return DocumentParser(nlp=blank_nlp, max_bytes=64 * 1024)


def test_max_bytes_refuses_a_large_file(blank_parser, tmp_path):
    path = tmp_path / "big.md"
    path.write_bytes(b"x" * (64 * 1024 + 1))
    with pytest.raises(InputTooLargeError) as info:
        blank_parser.parse_document(path)
    assert (info.value.size, info.value.limit, info.value.path) == (64 * 1024 + 1, 64 * 1024,
                                                                    str(path))
    assert isinstance(info.value, ValueError)


@pytest.mark.model
def test_max_bytes_in_parse_documents_collect(nlp, tmp_path):
    parser = DocumentParser(nlp=nlp, max_bytes=1000)
    small, big = tmp_path / "small.md", tmp_path / "big.md"
    small.write_text("Officers said: “We will find them.”\n", encoding="utf-8")
    big.write_text("Officers said: “We will find them.”\n" * 100, encoding="utf-8")
    results = list(parser.parse_documents([big, small, big], on_error="collect"))
    assert [type(r).__name__ for r in results] == ["ParseFailure", "Document", "ParseFailure"]
    assert isinstance(results[0].error, InputTooLargeError)
    assert results[0].path == str(big)
    check_document(results[1], small.read_text(encoding="utf-8"))
    unlimited = DocumentParser(nlp=nlp, max_bytes=None)
    check_document(unlimited.parse_document(big))


# --------------------------------------------------------------------------- hostile front matter

def _billion_laughs() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        refs = ", ".join(["*" + chr(96 + i)] * 9)
        lines.append(f"{chr(97 + i)}: &{chr(97 + i)} [{refs}]")
    return "\n".join(lines) + "\n"


HOSTILE = {
    "billion laughs": ("yaml", _billion_laughs()),
    "alias to itself": ("yaml", "a: &a [*a, *a]\n"),
    "10 MB value": ("yaml", "title: " + "x" * (10 * 1024 * 1024) + "\n"),
    "10 MB of keys": ("yaml", "".join(f"k{i}: v\n" for i in range(1_400_000))),
    "10,000-deep flow list": ("yaml", "k: " + "[" * 10_000 + "]" * 10_000 + "\n"),
    "10,000-deep flow list, top level": ("yaml", "[" * 10_000 + "]" * 10_000 + "\n"),
    "10,000-deep flow mapping": ("yaml", "k: " + "{a: " * 10_000 + "1" + "}" * 10_000 + "\n"),
    "deep block lists": ("yaml", "k:\n" + "".join(" " * i + "-\n" for i in range(1, 2000))),
    "deep block mappings": ("yaml", "".join(" " * i + "a:\n" for i in range(2000))),
    "300,000-element list": ("yaml", "k: [" + ",".join(["1"] * 300_000) + "]\n"),
    "python object tag": ("yaml", "x: !!python/object/apply:os.system ['true']\n"),
    "python name tag": ("yaml", "x: !!python/name:os.system\n"),
    "invalid timestamp": ("yaml", "date: 2020-02-30\n"),
    "year zero": ("yaml", "date: 0000-01-01\n"),
    "5,000-digit integer": ("yaml", "n: " + "9" * 5000 + "\n"),
    "TOML 5,000-digit integer": ("toml", "n = " + "9" * 5000 + "\n"),
    "TOML 10,000-deep array": ("toml", "k = " + "[" * 10_000 + "]" * 10_000 + "\n"),
    "TOML 10,000-deep inline table": ("toml", "k = " + "{a = " * 10_000 + "1" + "}" * 10_000 + "\n"),
    "TOML 10,000-deep dotted key": ("toml", ".".join(["a"] * 10_000) + " = 1\n"),
    "TOML 10,000-deep table header": ("toml", "[" + ".".join(['"a"'] * 10_000) + "]\n"),
}
_FENCE = {"yaml": ("---\n", "---\n"), "toml": ("+++\n", "+++\n")}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_front_matter_is_a_front_matter_error(blank_nlp, tmp_path, case):
    fmt, content = HOSTILE[case]
    opening, closing = _FENCE[fmt]
    text = opening + content + closing + "Body.\n"
    parser = DocumentParser(nlp=blank_nlp, max_bytes=None)  # let 10 MB of front matter through
    with pytest.raises(FrontMatterError) as info:
        parser.parse_text(text)
    assert info.value.line >= 2
    if fmt == "yaml":  # the fenced form goes through the same loader
        fenced = "```yaml\n" + content + "```\nBody.\n"
        path = tmp_path / "fenced.md"
        path.write_text(fenced, encoding="utf-8")
        results = list(parser.parse_documents([path], on_error="collect"))
        assert isinstance(results[0], ParseFailure)
        assert isinstance(results[0].error, FrontMatterError)


@pytest.mark.parametrize("case", ["10,000-deep flow list", "10,000-deep flow mapping",
                                  "deep block lists", "billion laughs", "python object tag"])
def test_hostile_yaml_without_libyaml(monkeypatch, case):
    """The pure-Python loader (PyYAML built without libyaml) is guarded as well."""
    import yaml

    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    with pytest.raises(FrontMatterError):
        split_source("---\n" + HOSTILE[case][1] + "---\nBody.\n")


def test_unclosed_10_mb_front_matter_is_refused():
    with pytest.raises(FrontMatterError, match="over"):
        split_source("---\n" + "k: v\n" * (2 * 1024 * 1024) + "Body.\n")


def test_reasonable_front_matter_still_loads():
    deep = "k: " + "[" * 90 + "1" + "]" * 90 + "\n"
    dotted = ".".join(["a"] * 90) + " = 1\n"
    assert split_source("---\n" + deep + "---\nBody").metadata["k"]
    assert split_source("+++\n" + dotted + "+++\nBody").metadata["a"]
    wide = "k: [" + ",".join(["1"] * 50_000) + "]\n"
    assert len(split_source("---\n" + wide + "---\nBody").metadata["k"]) == 50_000


def test_url_with_unbalanced_bracket(blank_nlp):
    doc = DocumentParser(nlp=blank_nlp).parse_text("---\nurl: 'http://[abc/news'\n---\nBody.\n")
    assert doc.url == "http://[abc/news"


# --------------------------------------------------------------------------- pathological text

def pathological_text() -> str:
    """About 120,000 characters built to make the quote and entity stages slow."""
    rng = random.Random(7)
    marks = "“”‘’\"'„«»‚"
    parts = [
        # thousands of unmatched quote marks of every kind, in words and alone
        " ".join((rng.choice(marks) + "word" if i % 3 else rng.choice(marks))
                 + ("\n\n" if i % 300 == 299 else "") for i in range(3000)),
        # one 50,000-character paragraph, a quotation opened every ~200 characters and
        # never closed (quotes.ATTRIBUTION_REACH bounds the work per quotation)
        "".join(f"“Officer {i} said" + rng.choice(marks) + " " + "and then " * 20
                for i in range(2500))[:50_000],
        # ten thousand apostrophes, in runs of 100: spaCy's tokenizer (not pressparse) is
        # quadratic in one unbroken run (benchmarks/pathological.py "apostrophes")
        " ".join(["'" * 100] * 100),
        "0123456789" * 300 + " " + "-" * 3000 + " " + "1-" * 2500,  # digits and dashes
        "\n".join("Jane Smith said:" for _ in range(2000)),  # thousands of cues, no quote
    ]
    return "\n\n".join(parts)


@pytest.mark.model
@pytest.mark.slow
def test_pathological_text_gives_a_valid_document(parser):
    text = pathological_text()
    assert len(text) >= 100_000
    doc = parser.parse_text(text)
    check_document(doc, text)


@pytest.mark.model
def test_quote_followed_only_by_markup(parser):
    """Found by benchmarks/corpus_check.py on every GUM .conllu file."""
    check_document(parser.parse_text('"no" __\n'))


# --------------------------------------------------------------------------- issue #14 cases
# Small versions of each case; benchmarks/reliability.py runs the full-size ones
# (megabyte bodies, signals) and reports their time and memory.


def test_organisation_walk_is_bounded():
    """"Police " * N: each head noun walks back at most MAX_ORG_WORDS words."""
    import spacy

    from pressparse._extract import orgnames

    nlp = spacy.blank("en")
    doc = nlp("Police " * 200)
    candidates = list(orgnames.rule_organizations(doc))
    assert candidates
    longest = max(len(doc.char_span(c.start, c.end)) for c in candidates)
    assert longest <= orgnames.MAX_ORG_WORDS + 1
    named = nlp("Officers from the Exampleshire Fire and Rescue Service attended.")
    found = {named.text[c.start:c.end] for c in orgnames.rule_organizations(named)}
    assert "Exampleshire Fire and Rescue Service" in found  # real names are untouched


@pytest.mark.parametrize("value", ["!!bool maybe", '!!int ""', '!!float ""', "!!timestamp foo"])
def test_bad_yaml_tag_costs_only_its_document(blank_nlp, value):
    parser = DocumentParser(nlp=blank_nlp)
    inputs = [TextInput(text="One.", name="1"),
              TextInput(text=f"---\nx: {value}\n---\nTwo.\n", name="2"),
              TextInput(text="Three.", name="3")]
    results = list(parser.parse_documents(inputs, on_error="collect"))
    assert [type(r).__name__ for r in results] == ["Document", "ParseFailure", "Document"]
    assert isinstance(results[1].error, FrontMatterError) and results[1].path == "2"


@pytest.mark.parametrize("text", ["\u00a3" * 2000, '"' * 2000, "(\u00a3\"'?" * 400,
                                  "Police " * 1000, "x" * 300_000])
def test_pathological_shapes_parse_with_exact_offsets(blank_nlp, text):
    doc = DocumentParser(nlp=blank_nlp).parse_text(text)
    check_document(doc, text)


def test_every_special_path_is_typed_under_collect(blank_nlp, tmp_path):
    import os

    paths: list[object] = [tmp_path, "a\x00b.md", 5, None]
    if os.path.exists("/dev/zero"):
        paths.append("/dev/zero")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.md")
        paths.append(tmp_path / "pipe.md")
    results = list(DocumentParser(nlp=blank_nlp).parse_documents(paths, on_error="collect"))
    assert len(results) == len(paths)
    for result in results:
        assert isinstance(result, ParseFailure)
        assert isinstance(result.error, PressParseError), result.error
