"""Helpers shared by test modules (fixtures live in conftest.py)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from pressparse import Document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SCHEMA = Path(__file__).resolve().parents[1] / "docs" / "schema" / "document.schema.json"


@functools.cache
def schema_validator():  # type: ignore[no-untyped-def]
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def corpus_files(*folders: str) -> list[Path]:
    """Corpus files for parametrisation; empty when the corpus is absent."""
    files: list[Path] = []
    for folder in folders:
        root = CORPUS / folder
        if root.is_dir():
            files.extend(sorted(p for p in root.rglob("*") if p.suffix in (".md", ".txt")))
    return files


def parse_with_model_label(parser, text: str, words: str,  # type: ignore[no-untyped-def]
                           label: str) -> Document:
    """``text`` parsed with the model's entities replaced by ``words`` labelled
    ``label``: a model error, made on purpose, that a rule must read past."""
    from pressparse import parse_doc

    spacy_doc = parser.nlp(text)
    start = text.index(words)
    spacy_doc.ents = [spacy_doc.char_span(start, start + len(words), label=label)]
    return parse_doc(spacy_doc)


def check_document(doc: Document, file_text: str | None = None) -> None:
    """Every span of ``doc`` indexes its text, and the document round-trips."""
    text = doc.text
    if file_text is not None:
        assert file_text[doc.body_offset:] == text
    for entity in doc.entities:
        assert text[entity.start:entity.end] == entity.text, entity
    for record in (*doc.people, *doc.organizations):
        for mention in record.mentions:
            assert text[mention.start:mention.end] == mention.text, mention
    for quote in doc.quotes:
        assert quote.parts, quote
        for part in quote.parts:
            assert text[part.start:part.end] == part.text, part
        assert quote.start == quote.parts[0].start and quote.end == quote.parts[-1].end
        for span in (quote.speaker, quote.cue):
            if span is not None:
                assert text[span.start:span.end] == span.text, span
    for paragraph in doc.paragraphs:
        chunk = text[paragraph.start:paragraph.end]
        assert chunk and chunk.strip() == chunk
    data = doc.to_dict()
    schema_validator().validate(data)
    assert Document.from_dict(data) == doc
