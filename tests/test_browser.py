"""The corpus browser in a real browser: headless Chromium loads the index and pages.

Each page is loaded with ``chromium --headless``; the test fails on any
console message (a script error or a Content-Security-Policy violation,
which is how an escaping bug would show) and on any link whose file or
``#anchor`` does not exist. Screenshots are saved under the test's tmp_path;
with ``PRESSPARSE_SCREENSHOTS=DIR`` they are also copied to DIR (the docs'
``docs/img`` pictures are made so). The tests skip, saying so, only when no
Chromium can be found (``.ci/run`` installs Debian's ``chromium``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from pressparse._cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "data"

pytestmark = pytest.mark.model

HOSTILE = ("---\ntitle: <script>alert('title')</script> & <img src=x onerror=alert(1)>\n"
           "date: 2021-07-09\n---\n"
           "Sergeant <b>Ada</b> Quill of Westmarsh Police said: \"Keep <script>alert(2)"
           "</script> doors locked at night.\"\n")

#: Chromium's own startup chatter on a machine without a desktop; not the page's.
_CONSOLE = re.compile(r":INFO:CONSOLE[^\]]*\] (.*)")


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no Chromium on this machine (apt-get install chromium; .ci/run does)")


def _run(browser: str, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-extensions", "--enable-logging=stderr", "--v=0",
               "--hide-scrollbars", *args, url]
    return subprocess.run(command, check=False, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "HOME": os.environ.get("HOME", "/tmp")})


def load(browser: str, page: Path) -> str:
    """The page's DOM as Chromium built it; fails on any console message."""
    result = _run(browser, page.as_uri(), "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    console = _CONSOLE.findall(result.stderr)
    assert not console, f"{page.name}: console messages: {console}"
    assert "<html" in result.stdout
    return result.stdout


def screenshot(browser: str, page: Path, target: Path, width: int = 1400,
               height: int = 1000) -> None:
    result = _run(browser, page.as_uri(), f"--screenshot={target}",
                  f"--window-size={width},{height}")
    assert result.returncode == 0, result.stderr[-2000:]
    assert target.stat().st_size > 10_000  # a rendered page, not a blank image
    copy_to = os.environ.get("PRESSPARSE_SCREENSHOTS")
    if copy_to:
        shutil.copy(target, Path(copy_to) / target.name)


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)
            elif name == "id" and value:
                self.ids.add(value)


def dom(html: str) -> _Dom:
    parsed = _Dom()
    parsed.feed(html)
    return parsed


@pytest.fixture(scope="module")
def site(tmp_path_factory, nlp) -> Path:
    inputs = tmp_path_factory.mktemp("in")
    for path in EXAMPLES.iterdir():
        shutil.copy(path, inputs / path.name)
    (inputs / "zz-hostile.md").write_text(HOSTILE, encoding="utf-8")
    folder = tmp_path_factory.mktemp("site")
    assert main([str(inputs), "-f", "html", "-o", str(folder), "-q"]) == 0
    return folder


@pytest.fixture(scope="module")
def browser() -> str:
    return _chromium()


def check_links(page: Path, html: str, site: Path) -> list[str]:
    """Every local link of ``page`` resolves to a file and, with ``#id``, to an element."""
    parsed = dom(html)
    local = []
    for link in parsed.links:
        parts = urlsplit(link)
        if parts.scheme in ("http", "https"):
            continue  # the document's own URL: never fetched, not ours to check
        assert not parts.scheme, f"{page.name}: unexpected link {link}"
        target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
        assert target.is_file(), f"{page.name}: broken link {link}"
        assert site.resolve() in target.parents, f"{page.name}: link leaves the site: {link}"
        if parts.fragment:
            ids = parsed.ids if target == page else dom(target.read_text("utf-8")).ids
            assert parts.fragment in ids, f"{page.name}: no #{parts.fragment} in {target.name}"
        local.append(str(target.relative_to(site.resolve())))
    return local


def test_index_loads_cleanly_and_links_every_page(browser, site, tmp_path):
    index = site / "index.html"
    html = load(browser, index)
    linked = set(check_links(index, html, site))
    pages = {p.relative_to(site).as_posix() for p in site.rglob("*.html")} - {"index.html"}
    assert pages <= linked
    assert dom(html).tags.count("svg") == 2
    screenshot(browser, index, tmp_path / "corpus-index.png")


def test_document_pages_load_cleanly_with_working_links(browser, site, tmp_path):
    for page in sorted(site.glob("release-*.html"))[:2]:
        check_links(page, load(browser, page), site)
    screenshot(browser, site / "release-appeal.html", tmp_path / "html-view.png")


def test_hostile_input_runs_no_script(browser, site):
    page = site / "zz-hostile.html"
    html = load(browser, page)  # an injected script would log a CSP violation
    assert "script" not in dom(html).tags and "img" not in dom(html).tags
    assert "alert(2)" in html  # shown as text
    check_links(page, html, site)
    index = load(browser, site / "index.html")
    assert "script" not in dom(index).tags


def test_console_errors_are_caught(browser, tmp_path):
    # The check itself can fail: a page that does log is reported.
    page = tmp_path / "bad.html"
    page.write_text("<!doctype html><title>x</title><script>console.error('boom')</script>",
                    encoding="utf-8")
    with pytest.raises(AssertionError, match="boom"):
        load(browser, page)
