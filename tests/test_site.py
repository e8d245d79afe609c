"""The corpus browser's index and page links, on documents built by hand (no model)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from pressparse import Document, Quote, Speaker, TextSpan
from pressparse._html import render_html
from pressparse._site import INDEX_NAME, SiteWriter, href, render_index, summarize


def quoted(text: str, speaker: str, *, organization: str | None = None,
           kind: str = "person", **fields: object) -> Document:
    """A document whose body is ``text`` with one quotation of ``speaker`` at its end."""
    body = f'{speaker} said: "{text}"'
    start = body.index(text)
    quote = Quote(text=text, start=start, end=start + len(text),
                  parts=(TextSpan(start=start, end=start + len(text), text=text),),
                  speaker=Speaker(name=speaker, kind=kind, text=speaker, start=0,  # type: ignore[arg-type]
                                  end=len(speaker), organization=organization))
    return Document(text=body, quotes=(quote,), **fields)  # type: ignore[arg-type]


class Links(HTMLParser):
    """Every href, every id and every element name of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            if name == "href" and value is not None:
                self.hrefs.append(value)
            if name == "id" and value is not None:
                self.ids.add(value)


def parse(html: str) -> Links:
    links = Links()
    links.feed(html)
    return links


def build(docs: list[tuple[Document, str]]) -> dict[str, str]:
    files: dict[str, str] = {}
    site = SiteWriter(lambda doc, links: render_html(doc, links=links), files.__setitem__)
    for doc, name in docs:
        site.add(doc, name)
    site.close()
    return files


def test_pages_link_to_their_neighbours_and_the_index():
    files = build([(quoted("One.", "Ann Lee", title="First"), "a.html"),
                   (quoted("Two.", "Bo Chan", title="Second"), "sub/b.html"),
                   (quoted("Three.", "Cy Dunn", title="Third"), "c.html")])
    assert set(files) == {"a.html", "sub/b.html", "c.html", INDEX_NAME}
    first, middle, last = (parse(files[n]).hrefs for n in ("a.html", "sub/b.html", "c.html"))
    assert "index.html" in first and "sub/b.html" in first
    assert not any(h.endswith("c.html") for h in first)  # no link past the next one
    assert {"../index.html", "../a.html", "../c.html"} <= set(middle)
    assert "sub/b.html" in last and "index.html" in last
    assert 'rel="prev"' not in files["a.html"] and 'rel="next"' not in files["c.html"]


def test_index_links_every_page_and_each_passage():
    files = build([(quoted("One.", "Ann Lee"), "a.html"), (quoted("Two.", "Ann Lee"), "b.html")])
    index = parse(files[INDEX_NAME])
    pages = {h.split("#")[0] for h in index.hrefs if not h.startswith("#")}
    assert pages == {"a.html", "b.html"}
    assert {"a.html#quote-1", "b.html#quote-1"} <= set(index.hrefs)
    for page in ("a.html", "b.html"):
        assert "quote-1" in parse(files[page]).ids
    # One speaker row: two quotes in two documents.
    row = re.search(r"<tr><td>Ann Lee</td>.*?</tr>", files[INDEX_NAME])
    assert row and '<td class="n">2</td><td class="n">2</td>' in row.group()


def test_index_charts_are_inline_svg_of_organisations_and_months():
    docs = [(quoted("One.", "Ann Lee", organization="Northdale Police", published="2023-01-05"),
             "a.html"),
            (quoted("Two.", "Bo Chan", organization="Northdale Police", published="2023-03-01"),
             "b.html"),
            (quoted("Three.", "Eastfield Council", kind="organization"), "c.html")]
    html = render_index([summarize(doc, name) for doc, name in docs])
    assert html.count("<svg") == 2
    assert "<title>Northdale Police: 2 quotes</title>" in html
    assert "<title>Eastfield Council: 1 quote</title>" in html  # a body speaking for itself
    # Every month from the first to the last, the empty one included.
    assert re.findall(r"<title>(\d{4}-\d{2}):", html) == ["2023-01", "2023-02", "2023-03"]
    assert "1 document without a date not shown." in html


def test_a_long_span_of_months_is_shown_per_year():
    docs = [(quoted("x.", "Ann Lee", published=f"{year}-06-01"), f"{year}.html")
            for year in (2001, 2010)]
    html = render_index([summarize(doc, name) for doc, name in docs])
    assert "Documents and quotes per year" in html
    assert len(re.findall(r"<title>\d{4}:", html)) == 10


def test_index_escapes_everything_taken_from_documents():
    hostile = "<script>alert(1)</script>"
    files = build([(quoted("x.", f"Ann {hostile}", organization=hostile, title=hostile,
                           path=f"{hostile}.md"), "a.html")])
    for html in files.values():
        assert "<script" not in html
        assert "script" not in parse(html).tags


def test_an_empty_corpus_still_gets_an_index():
    files = build([])
    assert list(files) == [INDEX_NAME]
    assert "No documents." in files[INDEX_NAME] and "<svg" not in files[INDEX_NAME]


def test_links_are_relative_and_quoted():
    assert href("a/b.html", "index.html") == "../index.html"
    assert href("index.html", "a b/c#d.html") == "a%20b/c%23d.html"
    assert href("x/y.html", "x/z.html") == "z.html"


def test_document_page_layout():
    doc = quoted("Stay safe.", "Ann Lee", metadata={"title": "T", "area": "North"})
    html = render_html(doc)
    assert '<details class="front-matter">' in html  # collapsed
    assert 'data-speaker="Ann Lee"' in html  # the name shows on the quote
    assert '<div class="columns">' in html and "<aside>" in html
    assert "<nav" not in html  # no corpus, no navigation


def test_passage_links_are_short_and_titled():
    docs = [(quoted("One.", "Ann Lee", published="2023-01-05", title="Road closed"),
             "0123456789abcdef0123456789abcdef.html"),
            (quoted("Two.", "Ann Lee", title="Undated"), "b.html")]
    html = render_index([summarize(doc, name) for doc, name in docs])
    assert ('<a href="0123456789abcdef0123456789abcdef.html#quote-1" title="Road closed">'
            "2023-01-05 #1</a>") in html
    assert '<a href="b.html#quote-1" title="Undated">doc 2 #1</a>' in html
