"""The HTML view: escaped, self-contained, well nested, complete.

Documents are built by hand, so only the last test needs the model.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from pressparse import Document, Entity, Organization, Person, Quote, Span, Speaker, TextSpan
from pressparse._html import render_html

ROOT = Path(__file__).resolve().parents[1]
EVIL = "<script>alert(1)</script>"
ATTR = '"onmouseover=alert(2) x="'

VOID = {"meta", "br", "hr", "img", "link", "input", "wbr", "col", "area", "base", "source"}


class _Checker(HTMLParser):
    """Records tags, attributes and text; fails on any tag that closes out of order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.starts: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.starts.append((tag, attributes))
        if attributes.get("id"):
            self.ids.append(attributes["id"] or "")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.starts.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check(page: str) -> _Checker:
    """Parse ``page``; assert its tags balance, ids are unique and links resolve."""
    checker = _Checker()
    checker.feed(page)
    checker.close()
    assert not checker.errors, checker.errors[:5]
    assert checker.stack == [], checker.stack
    assert len(checker.ids) == len(set(checker.ids)), "duplicate ids"
    for _tag, attrs in checker.starts:
        href = attrs.get("href") or ""
        if href.startswith("#"):
            assert href[1:] in checker.ids, f"dangling link {href}"
    return checker


def elements(checker: _Checker, cls: str) -> list[dict[str, str | None]]:
    return [a for _, a in checker.starts if cls in (a.get("class") or "").split()]


def _span(text: str, needle: str, after: int = 0) -> TextSpan:
    start = text.index(needle, after)
    return TextSpan(start=start, end=start + len(needle), text=needle)


def _entity(text: str, needle: str, label: str, value: Any = None, after: int = 0) -> Entity:
    s = _span(text, needle, after)
    return Entity(label=label, text=needle, start=s.start, end=s.end, value=value)


def _paragraphs(text: str) -> tuple[Span, ...]:
    spans = []
    for match in re.finditer(r"\S(?:.*?\S)??(?=\n\s*\n|\s*\Z)", text, re.DOTALL):
        spans.append(Span(start=match.start(), end=match.end()))
    return tuple(spans)


@pytest.fixture
def overlapping() -> Document:
    """Entities inside, across and around a two-part quote, plus a speaker mention."""
    text = ('Detective Inspector Jane Doe of Exampleshire Police said: "Call 0800 555 111 '
            'now, or Crimestoppers.\n\n"We recovered £55k on Tuesday 14 April 2020," she said.')
    jane = _span(text, "Jane Doe")
    part1 = _span(text, "Call 0800 555 111 now, or Crimestoppers.")
    part2 = _span(text, "We recovered £55k on Tuesday 14 April 2020,")
    speaker = Speaker(name="Jane Doe", kind="person", text="Jane Doe", start=jane.start,
                      end=jane.end, title="Detective Inspector",
                      organization="Exampleshire Police")
    quote = Quote(text=part1.text + "\n" + part2.text, start=part1.start, end=part2.end,
                  parts=(part1, part2), speaker=speaker, cue=_span(text, "said"))
    # Partial overlaps: into a quote, out of a quote, and across a paragraph break.
    into = _span(text, ': "Call')
    out_of = _span(text, '2020," she')
    across = _span(text, 'Crimestoppers.\n\n"We')
    entities = (
        _entity(text, "Jane Doe", "PERSON", "Jane Doe"),
        _entity(text, "Exampleshire Police", "ORG", "Exampleshire Police"),
        _entity(text, "0800 555 111", "PHONE", "+44800555111"),
        _entity(text, "Crimestoppers", "ORG", "Crimestoppers"),
        _entity(text, "£55k", "MONEY", {"amount": 55000, "currency": "GBP"}),
        _entity(text, "Tuesday 14 April 2020", "DATE", "2020-04-14"),
        Entity(label="GPE", text=into.text, start=into.start, end=into.end),
        Entity(label="MISC", text=out_of.text, start=out_of.start, end=out_of.end),
        Entity(label="NORP", text=across.text, start=across.start, end=across.end),
    )
    return Document(
        text=text, path="release.md", title="Robbery appeal", published="2020-04-16",
        url="https://police.example/news/1", metadata={"area": "Exampleton"},
        paragraphs=_paragraphs(text), entities=tuple(sorted(entities, key=lambda e: e.start)),
        people=(Person(name="Jane Doe", titles=("Detective Inspector",), mentions=(jane,)),),
        organizations=(Organization(name="Exampleshire Police", mentions=(
            _span(text, "Exampleshire Police"),)),),
        quotes=(quote,),
    )


def test_text_and_metadata_are_escaped():
    text = f"Intro {EVIL} and {ATTR} end.\n\nSecond {EVIL} paragraph."
    evil_entity = _entity(text, EVIL, "ORG", value=ATTR)
    quote_part = _span(text, f"{ATTR} end.")
    doc = Document(
        text=text, path=f"{EVIL}.md", title=f"Title {EVIL} {ATTR}", url=f"javascript:{EVIL}",
        published=ATTR, metadata={f"key{EVIL}": f"value {ATTR}", "nested": {EVIL: [ATTR]}},
        paragraphs=_paragraphs(text), entities=(evil_entity,),
        people=(Person(name=EVIL, titles=(ATTR,), mentions=()),),
        organizations=(Organization(name=EVIL, aliases=(ATTR,), mentions=(
            TextSpan(start=evil_entity.start, end=evil_entity.end, text=EVIL),)),),
        quotes=(Quote(text=quote_part.text, start=quote_part.start, end=quote_part.end,
                      parts=(quote_part,), speaker=Speaker(
                          name=EVIL, kind="other", text=EVIL, start=evil_entity.start,
                          end=evil_entity.end, role=ATTR),
                      cue=TextSpan(start=0, end=5, text="Intro")),),
    )
    page = render_html(doc)
    assert "<script" not in page.lower()
    assert "onmouseover=" not in page.replace("&quot;onmouseover=", "")
    assert 'href="javascript' not in page
    checker = check(page)
    for _, attrs in checker.starts:
        assert not any(name.startswith("on") for name in attrs), attrs
    shown = "".join(checker.text)
    assert EVIL in shown and ATTR in shown  # shown as text, not markup
    assert any(attrs.get("title") == f"ORG: {ATTR}" for _, attrs in checker.starts)


def test_page_is_self_contained(overlapping):
    page = render_html(overlapping)
    checker = check(page)
    lower = page.lower()
    for forbidden in ("<script", "<link", "<iframe", "<img", "<object", "<embed", "@import",
                      "url(", "<base", "<video", "<audio", "<source"):
        assert forbidden not in lower, forbidden
    for tag, attrs in checker.starts:
        assert "src" not in attrs and "srcset" not in attrs, (tag, attrs)
        if tag != "a":
            assert "href" not in attrs, (tag, attrs)
    # The only http link is the document's own URL, as an anchor (nothing is fetched).
    assert [a["href"] for t, a in checker.starts if t == "a" and
            (a.get("href") or "").startswith("http")] == ["https://police.example/news/1"]
    csp = [a for t, a in checker.starts if t == "meta" and a.get("http-equiv")]
    assert csp and "default-src 'none'" in (csp[0]["content"] or "")


def test_every_entity_and_quote_appears(overlapping):
    checker = check(render_html(overlapping))
    titles = [a.get("title") or "" for a in elements(checker, "ent")]
    for entity in overlapping.entities:
        assert any(t.startswith(entity.label) for t in titles), entity
    assert "PHONE: +44800555111" in titles
    assert "MONEY: 55000 GBP" in titles
    labels = {a["data-label"] for a in elements(checker, "ent") if "data-label" in a}
    assert labels == {e.label for e in overlapping.entities}
    classes = {c for a in elements(checker, "ent") for c in (a.get("class") or "").split()}
    assert {"ent-person", "ent-org", "ent-phone", "ent-money", "ent-date", "ent-other"} <= classes
    quotes = [a for a in elements(checker, "quote") if "title" in a]  # not the legend
    assert quotes and all(a.get("href") == "#mention-20-28" for a in quotes)
    assert all("Jane Doe" in (a.get("title") or "") and "said" in (a.get("title") or "")
               for a in quotes)
    assert [a.get("id") for a in quotes if a.get("id")] == ["quote-1"]
    speakers = elements(checker, "speaker")
    assert [a.get("id") for a in speakers if "id" in a] == ["mention-20-28"]
    shown = "".join(checker.text)
    for part in overlapping.quotes[0].parts:
        assert part.text in shown
    # The quote list links speaker -> quote.
    assert 'href="#quote-1"' in render_html(overlapping)


def test_body_text_is_preserved_in_paragraphs(overlapping):
    page = render_html(overlapping)
    body = page[page.index("<article>"):page.index("</article>") + len("</article>")]
    checker = check(body)
    paragraphs = [p for p in re.findall(r"<p>(.*?)</p>", body, re.DOTALL)]
    assert len(paragraphs) == len(overlapping.paragraphs) == 2
    for raw, span in zip(paragraphs, overlapping.paragraphs, strict=True):
        assert html.unescape(re.sub(r"<[^>]+>", "", raw)) == overlapping.text[span.start:span.end]
    assert checker.stack == []


def test_partial_overlaps_split_the_inner_span(overlapping):
    page = render_html(overlapping)
    checker = check(page)
    # GPE ': "Call' opens before quote part 1 and closes inside it: the part is split.
    assert page.count('data-label="GPE"') == 1
    # MISC '2020," she' opens inside the DATE and part 2 and outlives both: it is split
    # where the DATE ends and again where the quote part ends.
    assert page.count('data-label="MISC"') == 3
    # NORP runs across the paragraph break: one piece per paragraph.
    assert page.count('data-label="NORP"') == 2
    quote_pieces = [a for a in elements(checker, "quote") if "title" in a]
    assert len(quote_pieces) == 4  # both parts, each split once
    assert sum(1 for a in quote_pieces if a.get("id") == "quote-1") == 1
    shown = "".join(checker.text)
    for part in overlapping.quotes[0].parts:
        assert part.text in shown


def test_empty_document():
    page = render_html(Document(text=""))
    check(page)
    assert "Untitled document" in page
    assert "No quotes." in page


def test_document_without_paragraphs_still_shows_its_text():
    text = "  A body with no paragraph spans.\n\nSecond block.  "
    entity = _entity(text, "Second", "DATE")
    page = render_html(Document(text=text, entities=(entity,)))
    check(page)
    assert page.count("<p>") == 2
    assert 'data-label="DATE"' in page


def test_out_of_range_and_empty_spans_are_ignored():
    text = "Short text."
    doc = Document(text=text, paragraphs=(Span(start=0, end=11),), entities=(
        Entity(label="ORG", text="x", start=5, end=50),
        Entity(label="ORG", text="", start=3, end=3),
        Entity(label="ORG", text="Short", start=0, end=5),
    ))
    page = render_html(doc)
    check(page)
    assert page.count('data-label="ORG"') == 1


def test_render_is_pure_and_repeatable(overlapping):
    assert render_html(overlapping) == render_html(overlapping) == overlapping.to_html()


def test_many_nested_spans_render_quickly():
    text = ("word " * 5_000).strip()
    entities = tuple(Entity(label="ORG", text=text[i:i + 9], start=i, end=i + 9)
                     for i in range(0, len(text) - 9, 5))
    part = TextSpan(start=0, end=len(text), text=text)
    doc = Document(text=text, paragraphs=(Span(start=0, end=len(text)),), entities=entities,
                   quotes=(Quote(text=text, start=0, end=len(text), parts=(part,)),))
    page = render_html(doc)
    check(page)
    assert page.count('data-label="ORG"') >= len(entities)


@pytest.mark.model
def test_example_release_renders(parser):
    doc = parser.parse_document(ROOT / "examples" / "data" / "release-appeal.md")
    page = doc.to_html()
    checker = check(page)
    assert doc.quotes and doc.entities
    assert len(elements(checker, "ent")) >= len(doc.entities)
    assert "Jane Doe" in "".join(checker.text)


def test_reported_speech_is_marked_apart_from_quotations():
    text = 'Jo Ames said: "We are ready." Jo Ames said the road would reopen.'
    jo = Speaker(name="Jo Ames", kind="person", text="Jo Ames", start=0, end=7)
    direct = Quote(text="We are ready.", start=15, end=28,
                   parts=(TextSpan(start=15, end=28, text="We are ready."),),
                   speaker=jo, confidence=0.95)
    reported = Quote(text="the road would reopen", start=43, end=64,
                     parts=(TextSpan(start=43, end=64, text="the road would reopen"),),
                     speaker=jo, kind="indirect", confidence=0.6)
    page = render_html(Document(text=text, paragraphs=(Span(start=0, end=len(text)),),
                                quotes=(direct, reported)))
    classes = re.findall(r'class="(quote[^"]*)"[^>]*>([^<]*)<', page)
    assert ("quote", "We are ready.") in classes
    assert ("quote reported", "the road would reopen") in classes
    assert "(indirect)" in page and "confidence 0.60" in page
