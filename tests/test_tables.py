"""Rows for CSV and DataFrames, the CSV command line, and the notebook/API polish."""

from __future__ import annotations

import builtins
import csv
import io
import json
from pathlib import Path

import pytest

import pressparse
from pressparse import Document, Entity, Person, Quote, SchemaError, Speaker, TextSpan
from pressparse._tables import COLUMNS, CsvWriter

ROOT = Path(__file__).resolve().parents[1]
TEXT = 'Sergeant Kim Park said: "Lock your doors." The fine was £40.'


def make_document(**changes) -> Document:
    """A document built by hand: one quote, two entities, one person."""
    quote_start = TEXT.index("Lock")
    quote_end = TEXT.index('."') + 1
    name_start = TEXT.index("Kim")
    fields: dict[str, object] = {}
    fields.update(
        text=TEXT, path="a/release.md", url="https://example.invalid/r", published="2024-03-02",
        title="A release",
        entities=(Entity(label="PERSON", text="Kim Park", start=name_start, end=name_start + 8,
                         value="Kim Park"),
                  Entity(label="MONEY", text="£40", start=TEXT.index("£"),
                         end=TEXT.index("£") + 3, value={"amount": 40, "currency": "GBP"})),
        people=(Person(name="Kim Park", titles=("Sergeant",),
                       mentions=(TextSpan(start=name_start, end=name_start + 8,
                                          text="Kim Park"),)),),
        quotes=(Quote(text=TEXT[quote_start:quote_end], start=quote_start, end=quote_end,
                      parts=(TextSpan(start=quote_start, end=quote_end,
                                      text=TEXT[quote_start:quote_end]),),
                      speaker=Speaker(name="Kim Park", kind="person", text="Kim Park",
                                      start=name_start, end=name_start + 8,
                                      title="Sergeant"),
                      cue=TextSpan(start=TEXT.index("said"), end=TEXT.index("said") + 4,
                                   text="said")),),
    )
    fields.update(changes)
    return Document(**fields)


def test_quote_rows_have_the_documented_columns():
    (row,) = make_document().records()
    assert tuple(row) == COLUMNS["quotes"]
    assert row["speaker"] == "Kim Park" and row["speaker_title"] == "Sergeant"
    assert row["text"] == "Lock your doors." and row["cue"] == "said"
    assert TEXT[row["start"]:row["end"]] == row["text"]
    assert row["quote"] == 1 and row["path"] == "a/release.md"


def test_entity_rows_flatten_structured_values():
    rows = make_document().records(rows="entities")
    money = next(r for r in rows if r["label"] == "MONEY")
    assert (money["value_amount"], money["value_currency"]) == (40, "GBP")
    assert json.loads(money["value"]) == {"amount": 40, "currency": "GBP"}
    person = next(r for r in rows if r["label"] == "PERSON")
    assert person["value"] == "Kim Park" and person["value_amount"] is None


def test_people_rows_count_mentions():
    (row,) = make_document().records(rows="people")
    assert (row["name"], row["titles"], row["mentions"]) == ("Kim Park", "Sergeant", 1)
    assert tuple(row) == COLUMNS["people"]


def test_unknown_row_kind_is_refused():
    with pytest.raises(ValueError, match="rows must be one of"):
        make_document().records(rows="sentences")


def test_unattributed_quote_has_empty_speaker_cells():
    doc = make_document()
    bare = Document(**{**{f: getattr(doc, f) for f in doc.__dataclass_fields__},
                       "quotes": (Quote(text=doc.quotes[0].text, start=doc.quotes[0].start,
                                        end=doc.quotes[0].end, parts=doc.quotes[0].parts),)})
    (row,) = bare.records()
    assert row["speaker"] is None and row["cue"] is None


def test_csv_writer_writes_a_header_and_one_line_per_row():
    out = io.StringIO()
    writer = CsvWriter(out, "quotes")
    assert writer.write(make_document()) == 1
    assert writer.write(make_document(quotes=())) == 0
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 1
    assert rows[0]["speaker"] == "Kim Park" and rows[0]["confidence"] == ""
    assert list(rows[0]) == list(COLUMNS["quotes"])


def test_csv_keeps_commas_quotes_and_newlines_in_a_cell():
    text = 'He said: "One, "two"\nthree."'
    start, end = text.index("One"), len(text) - 1
    quote = Quote(text=text[start:end], start=start, end=end,
                  parts=(TextSpan(start=start, end=end, text=text[start:end]),))
    out = io.StringIO()
    CsvWriter(out).write(Document(text=text, quotes=(quote,)))
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["text"] == text[start:end]


def test_to_dataframe_has_the_csv_columns():
    pd = pytest.importorskip("pandas")
    frame = pressparse.to_dataframe([make_document(), make_document(path="b.md")])
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == list(COLUMNS["quotes"])
    assert list(frame["path"]) == ["a/release.md", "b.md"]
    empty = pressparse.to_dataframe([], rows="people")
    assert list(empty.columns) == list(COLUMNS["people"]) and len(empty) == 0


def test_to_dataframe_skips_parse_failures_and_takes_one_document():
    pytest.importorskip("pandas")
    failure = pressparse.ParseFailure(path="x.md", error=pressparse.InputError("bad"))
    assert len(pressparse.to_dataframe([failure, make_document()])) == 1
    assert len(pressparse.to_dataframe(make_document(), rows="entities")) == 2
    with pytest.raises(TypeError, match="expected Document"):
        pressparse.to_dataframe(["not a document"])


def test_to_dataframe_without_pandas_names_the_extra(monkeypatch):
    real_import = builtins.__import__

    def no_pandas(name, *args, **kwargs):
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError("No module named 'pandas'", name="pandas")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(pressparse.MissingExtraError, match=r'pressparse\[pandas\]') as info:
        pressparse.to_dataframe([make_document()])
    assert info.value.extra == "pandas"
    assert isinstance(info.value, ImportError)


def test_pandas_extra_is_declared():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(r.startswith("pandas") for r in project["project"]["optional-dependencies"]["pandas"])


# ---------------------------------------------------------------- notebook and API polish


def test_reprs_are_short():
    doc = make_document(text=TEXT + " filler" * 2000)
    text = repr(doc)
    assert len(text) < 200
    assert text.startswith("Document(path='a/release.md', title='A release'")
    assert f"chars={len(doc.text)}, quotes=1, entities=2)" in text
    assert repr(doc.quotes[0]) == ("Quote('Lock your doors.', speaker='Kim Park', cue='said', "
                                   f"start={doc.quotes[0].start}, end={doc.quotes[0].end})")


def test_repr_html_is_the_page_in_a_sandboxed_frame():
    doc = make_document(title="<b>x</b>")
    html = doc._repr_html_()
    assert html.startswith("<iframe srcdoc=\"") and "sandbox=\"\"" in html
    assert "<b>" not in html  # the page and its title are escaped inside the attribute
    assert "&lt;!doctype html&gt;" in html


def test_from_dict_names_a_missing_field():
    data = make_document().to_dict()
    del data["quotes"][0]["speaker"]["name"]
    with pytest.raises(SchemaError) as info:
        Document.from_dict(data)
    assert info.value.field == "quotes[0].speaker.name"
    assert info.value.reason == "missing"
    assert isinstance(info.value, ValueError)
    assert "quotes[0].speaker.name" in str(info.value)


def test_from_dict_names_a_field_of_the_wrong_type():
    data = make_document().to_dict()
    data["entities"][1]["start"] = None
    data["entities"][1]["label"] = 7
    data["quotes"] = "not a list"
    with pytest.raises(SchemaError) as info:
        Document.from_dict(data)
    assert info.value.field in ("entities[1].label", "quotes")
    data = make_document().to_dict()
    data["paragraphs"] = [{"start": 0}]
    with pytest.raises(SchemaError, match=r"paragraphs\[0\]\.end: missing"):
        Document.from_dict(data)


def test_from_dict_refuses_what_is_not_an_object():
    with pytest.raises(SchemaError, match="expected an object, got list"):
        Document.from_dict([])  # type: ignore[arg-type]
    with pytest.raises(SchemaError, match="schema_version"):
        Document.from_dict({"schema_version": "9.0", "text": ""})


def test_json_schema_is_the_documented_file():
    shipped = pressparse.json_schema()
    documented = json.loads((ROOT / "docs/schema/document.schema.json").read_text("utf-8"))
    assert shipped == documented
    shipped["title"] = "changed"
    assert pressparse.json_schema()["title"] == documented["title"]


def test_json_schema_validates_a_document():
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator(pressparse.json_schema()).validate(
        make_document().to_dict())
