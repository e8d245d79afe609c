"""The command line for corpora: CSV tables, --version, -j auto, --resume, the progress bar."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

import pressparse
import pressparse._cli as cli
from pressparse._cli import main
from pressparse._tables import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "data"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for name in ("release-appeal.md", "release-road.md", "release-fraud.md"):
        shutil.copy(EXAMPLES / name, root / name)
    return root


# -- no model needed ----------------------------------------------------------


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        cli.build_argument_parser().parse_args(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"pressparse {pressparse.__version__}"
    assert main(["--version"]) == 0


def test_jobs_auto_is_the_usable_cpus():
    args = cli.build_argument_parser().parse_args(["x", "-j", "auto"])
    expected = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
        else os.cpu_count()
    assert args.jobs == expected
    assert cli.build_argument_parser().parse_args(["x", "-j", "3"]).jobs == 3


def test_jobs_must_be_a_number_or_auto(capsys):
    assert main(["x", "-j", "many"]) == 2
    assert "expected a number or auto" in capsys.readouterr().err


@pytest.mark.parametrize("argv, message", [
    (["x", "--rows", "people"], "--rows applies to --format csv only"),
    (["x", "--resume"], "--resume needs --format jsonl and -o FILE"),
    (["x", "--resume", "-f", "csv", "-o", "t.csv"], "--resume needs --format jsonl"),
])
def test_usage_errors(argv, message, capsys):
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_resume_refuses_a_file_that_is_not_json_lines(tmp_path, capsys):
    target = tmp_path / "out.jsonl"
    target.write_text("not json\n", encoding="utf-8")
    assert main([str(EXAMPLES / "release-road.md"), "--resume", "-o", str(target)]) == 2
    assert f"{target}:1: not a pressparse JSON Lines document" in capsys.readouterr().err


def test_incomplete_last_line_is_cut_off(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_bytes(b'{"path": "a"}\n{"path": "b"}\n{"pa')
    assert cli._already_written(str(target)) == {"a", "b"}
    # The resumed output starts from a copy of the complete lines (then renamed over it).
    copy = tmp_path / "copy"
    for data, kept in ((target.read_bytes(), b'{"path": "a"}\n{"path": "b"}\n'),
                       (b'{"path": "only, cut', b"")):
        target.write_bytes(data)
        with open(copy, "wb") as out:
            cli._copy_complete_lines(str(target), out.fileno())
        assert copy.read_bytes() == kept


def test_progress_bar_batches_per_document(monkeypatch, folder):
    seen = {}

    class Parser:
        def __init__(self, *args, **kwargs):
            self.nlp = object()

        def parse_documents(self, sources, *, batch_size, n_process, on_error):
            seen["batch_size"] = batch_size
            return iter(())

    monkeypatch.setattr(cli, "DocumentParser", Parser)
    monkeypatch.setattr(cli, "_wants_bar", lambda total, quiet: True)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    main([str(folder), "-o", os.devnull])
    assert seen["batch_size"] == cli.PROGRESS_BATCH_SIZE == 1
    main([str(folder), "-o", os.devnull, "--batch-size", "16"])
    assert seen["batch_size"] == 16  # an explicit size wins
    monkeypatch.setattr(cli, "_wants_bar", lambda total, quiet: False)
    main([str(folder), "-o", os.devnull])
    assert seen["batch_size"] == cli.DEFAULT_BATCH_SIZE


def test_no_bar_when_stderr_is_not_a_terminal(monkeypatch):
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert not cli._wants_bar(10, quiet=False)


# -- with the model -----------------------------------------------------------


@pytest.mark.model
def test_csv_of_quotes_loads_in_pandas_with_the_documented_columns(nlp, folder, tmp_path):
    pd = pytest.importorskip("pandas")
    target = tmp_path / "q.csv"
    assert main([str(folder), "-f", "csv", "-o", str(target), "-q"]) == 0
    frame = pd.read_csv(target)
    assert list(frame.columns) == list(COLUMNS["quotes"])
    docs = [pressparse.parse_document(folder / name, nlp=nlp) for name in sorted(
        p.name for p in folder.iterdir())]
    assert len(frame) == sum(len(d.quotes) for d in docs)
    assert set(frame["speaker"].dropna()) == {q.speaker.name for d in docs for q in d.quotes
                                              if q.speaker}


@pytest.mark.model
@pytest.mark.parametrize("rows", ["entities", "people"])
def test_csv_rows(nlp, folder, tmp_path, rows):
    target = tmp_path / f"{rows}.csv"
    assert main([str(folder), "-f", "csv", "--rows", rows, "-o", str(target), "-q"]) == 0
    with target.open(encoding="utf-8", newline="") as handle:
        found = list(csv.DictReader(handle))
    assert found and list(found[0]) == list(COLUMNS[rows])
    doc = pressparse.parse_document(folder / "release-appeal.md", nlp=nlp)
    expected = doc.entities if rows == "entities" else doc.people
    assert sum(1 for r in found if r["path"].endswith("release-appeal.md")) == len(expected)


@pytest.mark.model
def test_resume_skips_what_is_there_and_appends_the_rest(nlp, folder, tmp_path, capsys):
    target = tmp_path / "out.jsonl"
    assert main([str(folder / "release-appeal.md"), "-o", str(target), "-q"]) == 0
    first = target.read_text(encoding="utf-8")
    with target.open("a", encoding="utf-8") as handle:
        handle.write('{"schema_version": "1.0", "path": "cut off')  # an interrupted run
    assert main([str(folder), "--resume", "-o", str(target)]) == 0
    err = capsys.readouterr().err
    assert "resuming: 1 input already in" in err and "2 documents" in err
    text = target.read_text(encoding="utf-8")
    assert text.startswith(first)
    paths = [json.loads(line)["path"] for line in text.splitlines()]
    assert sorted(Path(p).name for p in paths) == sorted(p.name for p in folder.iterdir())
    assert main([str(folder), "--resume", "-o", str(target), "-q"]) == 0  # nothing left
    assert target.read_text(encoding="utf-8") == text


@pytest.mark.model
def test_resume_without_an_earlier_file_starts_one(nlp, folder, tmp_path):
    target = tmp_path / "new.jsonl"
    assert main([str(folder), "--resume", "-o", str(target), "-q"]) == 0
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3


@pytest.mark.model
def test_html_folder_gets_an_index_that_links_every_page(nlp, folder, tmp_path):
    (folder / "index.md").write_text("A plain page called index.\n", encoding="utf-8")
    site = tmp_path / "site"
    assert main([str(folder), "-f", "html", "-o", str(site), "-q"]) == 0
    pages = sorted(p.name for p in site.glob("*.html"))
    assert pages == ["index-2.html", "index.html", "release-appeal.html", "release-fraud.html",
                     "release-road.html"]
    index = (site / "index.html").read_text(encoding="utf-8")
    for page in pages:
        if page != "index.html":
            assert f'href="{page}"' in index
    road = (site / "release-road.html").read_text(encoding="utf-8")
    assert 'href="index.html"' in road and 'rel="prev" href="release-fraud.html"' in road


@pytest.mark.model
def test_resume_reads_standard_input_again(nlp, tmp_path, monkeypatch):
    target = tmp_path / "out.jsonl"
    text = (EXAMPLES / "release-road.md").read_bytes()
    for _ in range(2):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text), encoding="utf-8"))
        assert main(["-", "--resume", "-o", str(target), "-q"]) == 0
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
