"""The corpus browser: document pages linked in order, and an index with tables and charts.

``pressparse -f html -o DIR`` writes one page per document (see
:mod:`pressparse._html`) and, at the end, ``DIR/index.html``: every document
with its title, date, publisher and counts; the speakers across the corpus
with links to their quotes; and two inline SVG bar charts (quotes per
organisation, documents and quotes per month). Pages link back to the index
and to the previous and next document.

Only a small summary of each document is kept in memory (names, counts, the
speakers of its quotes), never the documents themselves: each page is
written as soon as the next document's name is known, so that its "next"
link can point at it. Like the pages, the index is escaped throughout,
carries no script and loads nothing.
"""

from __future__ import annotations

import collections
import posixpath
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING
from urllib.parse import quote as url_quote

if TYPE_CHECKING:
    from .models import Document

__all__ = ["INDEX_NAME", "PageLinks", "SiteWriter", "render_index", "render_nav"]

INDEX_NAME = "index.html"

#: Bars in the organisation chart; the rest are summed as "other organisations".
TOP_ORGANIZATIONS = 12
#: Months shown one bar each; a longer span is shown per year.
MAX_MONTH_BARS = 48
#: Links to passages listed per speaker in the index; the rest are counted.
MAX_PASSAGE_LINKS = 8

_MONTH = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'"

_INDEX_CSS = """
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #dadce0; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f6f3; color: var(--ink);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  "Noto Sans", "Liberation Sans", sans-serif; }
main { max-width: 72rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; background: #fff;
  min-height: 100vh; box-shadow: 0 0 0 1px var(--rule); }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 2.25rem 0 .6rem; padding-bottom: .25rem;
  border-bottom: 1px solid var(--rule); }
a { color: #1a56b0; }
.stats { color: var(--muted); margin: 0; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr));
  gap: 1.5rem; }
figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: .4rem; }
svg { width: 100%; height: auto; font: 12px system-ui, sans-serif; }
svg .bar-docs { fill: #1e73d8; }
svg .bar-quotes { fill: #f0a800; }
svg .label { fill: var(--ink); }
svg .muted { fill: var(--muted); }
svg .axis { stroke: var(--rule); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem;
  border-top: 1px solid var(--rule); }
th { font-weight: 600; background: #fafaf7; position: sticky; top: 0; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.date { white-space: nowrap; }
.passages a { margin-right: .5rem; white-space: nowrap; display: inline-block; }
.muted { color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
"""


@dataclass(frozen=True, slots=True)
class PageLinks:
    """Where a document page's navigation points: the index and its neighbours."""

    index: str
    previous: tuple[str, str] | None = None  # (href, title)
    next: tuple[str, str] | None = None


@dataclass(frozen=True, slots=True)
class _QuoteRef:
    """One attributed quote, as the index needs it."""

    number: int  # 1-based, as the page's ``#quote-N`` anchors count
    speaker: str
    kind: str
    title: str | None
    organization: str | None


@dataclass(frozen=True, slots=True)
class _Summary:
    """What the index keeps of one document."""

    name: str  # the page, relative to the site folder, POSIX separators
    title: str
    path: str | None
    published: str | None
    publisher: str | None
    quotes: int
    entities: int
    people: int
    organizations: int
    attributed: tuple[_QuoteRef, ...]


def summarize(doc: Document, name: str) -> _Summary:
    """The document's row of the index, and its quotes' speakers."""
    refs = []
    for number, quote in enumerate(doc.quotes, start=1):
        speaker = quote.speaker
        if speaker is None:
            continue
        refs.append(_QuoteRef(number, speaker.name, speaker.kind,
                              getattr(speaker, "title", None),
                              getattr(speaker, "organization", None)))
    publisher = getattr(doc, "publisher", None)
    if publisher is not None and not isinstance(publisher, str):
        publisher = getattr(publisher, "name", None) or str(publisher)
    return _Summary(
        name=name, title=doc.title or doc.path or "Untitled document", path=doc.path,
        published=doc.published, publisher=publisher, quotes=len(doc.quotes),
        entities=len(doc.entities), people=len(doc.people),
        organizations=len(doc.organizations), attributed=tuple(refs))


def href(from_page: str, to_page: str) -> str:
    """A relative, URL-quoted link from one page of the site to another."""
    start = posixpath.dirname(from_page) or "."
    return url_quote(posixpath.relpath(to_page, start))


class SiteWriter:
    """Writes the pages of a corpus in order, then its index.

    Args:
        render_page: Renders one document with its navigation links.
        write: Stores one file: ``write(name, html)``, ``name`` relative to the
            site folder with POSIX separators.
    """

    def __init__(self, render_page: Callable[[Document, PageLinks], str],
                 write: Callable[[str, str], None]) -> None:
        self._render_page = render_page
        self._write = write
        self._summaries: list[_Summary] = []
        self._pending: tuple[Document, str] | None = None

    def add(self, doc: Document, name: str) -> None:
        """Take the next document; its page is written when the one after it arrives."""
        self._summaries.append(summarize(doc, name))
        self._flush(next_name=name, next_title=self._summaries[-1].title)
        self._pending = (doc, name)

    def close(self) -> None:
        """Write the last page and the index (also when there were no documents)."""
        self._flush(next_name=None, next_title=None)
        self._write(INDEX_NAME, render_index(self._summaries))

    def _flush(self, *, next_name: str | None, next_title: str | None) -> None:
        if self._pending is None:
            return
        doc, name = self._pending
        self._pending = None
        position = len(self._summaries) - (2 if next_name is not None else 1)
        previous = self._summaries[position - 1] if position > 0 else None
        links = PageLinks(
            index=href(name, INDEX_NAME),
            previous=(href(name, previous.name), previous.title) if previous else None,
            next=(href(name, next_name), next_title or next_name) if next_name else None,
        )
        self._write(name, self._render_page(doc, links))


def render_nav(links: PageLinks) -> str:
    """The navigation bar of a document page: index, previous, next."""
    parts = [f"<a href=\"{_e(links.index)}\">All documents</a>"]
    if links.previous:
        parts.append(f"<a rel=\"prev\" href=\"{_e(links.previous[0])}\" "
                     f"title=\"{_e(links.previous[1])}\">← Previous</a>")
    if links.next:
        parts.append(f"<a rel=\"next\" href=\"{_e(links.next[0])}\" "
                     f"title=\"{_e(links.next[1])}\">Next →</a>")
    return "<nav class=\"pager\" aria-label=\"Documents\">" + " · ".join(parts) + "</nav>\n"


# -- the index ---------------------------------------------------------------


def render_index(summaries: Sequence[_Summary]) -> str:
    """The corpus index page: counts, charts, speakers and documents."""
    quotes = sum(s.quotes for s in summaries)
    attributed = sum(len(s.attributed) for s in summaries)
    parts = [
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_CSP}\">\n",
        "<meta name=\"referrer\" content=\"no-referrer\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        f"<title>Corpus: {len(summaries)} documents</title>\n<style>{_INDEX_CSS}</style>\n",
        "</head>\n<body>\n<main>\n<h1>Corpus</h1>\n",
        (f"<p class=\"stats\">{_count(len(summaries), 'document', 'documents')} · "
        f"{_count(quotes, 'quote', 'quotes')} ({attributed} attributed) · "
        f"{_count(len(_speakers(summaries)), 'speaker', 'speakers')}</p>\n"),
        ("<p class=\"stats\"><a href=\"#documents\">Documents</a> · "
        "<a href=\"#speakers\">Speakers</a></p>\n"),
        "<h2 id=\"charts\">At a glance</h2>\n<div class=\"charts\">\n",
        _organization_chart(summaries),
        _month_chart(summaries),
        "</div>\n",
        _speaker_table(summaries),
        _document_table(summaries),
        "</main>\n</body>\n</html>\n",
    ]
    return "".join(parts)


def _document_table(summaries: Sequence[_Summary]) -> str:
    out = [f"<h2 id=\"documents\">Documents ({len(summaries)})</h2>\n"]
    if not summaries:
        out.append("<p class=\"empty\">No documents.</p>\n")
        return "".join(out)
    out.append("<div class=\"table-wrap\"><table>\n<thead><tr><th>Title</th><th>Date</th>"
               "<th>Publisher</th><th class=\"n\">Quotes</th><th class=\"n\">Entities</th>"
               "<th class=\"n\">People</th><th class=\"n\">Organisations</th></tr></thead>\n"
               "<tbody>\n")
    for s in summaries:
        path = f"<br><span class=\"muted\">{_e(s.path)}</span>" if s.path else ""
        out.append(
            f"<tr id=\"doc-{_e(_slug(s.name))}\"><td><a href=\"{_e(href(INDEX_NAME, s.name))}\">"
            f"{_e(s.title)}</a>{path}</td>"
            f"<td class=\"date\">{_e(s.published or '')}</td><td>{_e(s.publisher or '')}</td>"
            f"<td class=\"n\">{s.quotes}</td><td class=\"n\">{s.entities}</td>"
            f"<td class=\"n\">{s.people}</td><td class=\"n\">{s.organizations}</td></tr>\n")
    out.append("</tbody>\n</table></div>\n")
    return "".join(out)


@dataclass(slots=True)
class _SpeakerRow:
    name: str
    kind: str
    titles: collections.Counter[str]
    organizations: collections.Counter[str]
    passages: list[tuple[str, int]]  # (page, quote number)
    documents: set[str]


def _speakers(summaries: Iterable[_Summary]) -> list[_SpeakerRow]:
    """Speakers across the corpus, most quoted first; one row per name and kind."""
    rows: dict[tuple[str, str], _SpeakerRow] = {}
    for s in summaries:
        for ref in s.attributed:
            row = rows.get((ref.speaker, ref.kind))
            if row is None:
                row = rows[(ref.speaker, ref.kind)] = _SpeakerRow(
                    ref.speaker, ref.kind, collections.Counter(), collections.Counter(), [],
                    set())
            if ref.title:
                row.titles[ref.title] += 1
            if ref.organization:
                row.organizations[ref.organization] += 1
            row.passages.append((s.name, ref.number))
            row.documents.add(s.name)
    return sorted(rows.values(), key=lambda r: (-len(r.passages), r.name.casefold()))


def _speaker_table(summaries: Sequence[_Summary]) -> str:
    speakers = _speakers(summaries)
    out = [f"<h2 id=\"speakers\">Speakers ({len(speakers)})</h2>\n"]
    if not speakers:
        out.append("<p class=\"empty\">No attributed quotes.</p>\n")
        return "".join(out)
    out.append("<div class=\"table-wrap\"><table>\n<thead><tr><th>Name</th><th>Title</th>"
               "<th>Organisation</th><th class=\"n\">Quotes</th><th class=\"n\">Documents</th>"
               "<th>Passages</th></tr></thead>\n<tbody>\n")
    by_name = {summary.name: (number, summary)
               for number, summary in enumerate(summaries, start=1)}
    for row in speakers:
        kind = "" if row.kind == "person" else f" <span class=\"muted\">({_e(row.kind)})</span>"
        links = " ".join(_passage_link(page, quote, *by_name[page])
                         for page, quote in row.passages[:MAX_PASSAGE_LINKS])
        more = len(row.passages) - MAX_PASSAGE_LINKS
        if more > 0:
            links += f" <span class=\"muted\">and {more} more</span>"
        out.append(
            f"<tr><td>{_e(row.name)}{kind}</td><td>{_e(_most_common(row.titles))}</td>"
            f"<td>{_e(_most_common(row.organizations))}</td>"
            f"<td class=\"n\">{len(row.passages)}</td><td class=\"n\">{len(row.documents)}</td>"
            f"<td class=\"passages\">{links}</td></tr>\n")
    out.append("</tbody>\n</table></div>\n")
    return "".join(out)


def _passage_link(page: str, quote: int, number: int, summary: _Summary) -> str:
    """A short link to one quote: the document's date (or number) and the quote's number.

    File names can be long hashes; the document's title is in the tooltip.
    """
    label = summary.published or f"doc {number}"
    return (f"<a href=\"{_e(href(INDEX_NAME, page))}#quote-{quote}\" "
            f"title=\"{_e(summary.title)}\">{_e(label)} #{quote}</a>")


def _most_common(counter: collections.Counter[str]) -> str:
    return counter.most_common(1)[0][0] if counter else ""


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in name)


# -- charts ------------------------------------------------------------------


def _organization_of(ref: _QuoteRef) -> str | None:
    """The organisation a quote speaks for: the speaker's, or the speaker when a body."""
    if ref.organization:
        return ref.organization
    if ref.kind == "organization":
        return ref.speaker
    return None


def _organization_chart(summaries: Sequence[_Summary]) -> str:
    counts = collections.Counter(org for s in summaries for ref in s.attributed
                                 if (org := _organization_of(ref)))
    caption = "Quotes per organisation"
    if not counts:
        return _empty_figure(caption, "No quote is attributed to an organisation.")
    top = counts.most_common(TOP_ORGANIZATIONS)
    rest = sum(counts.values()) - sum(n for _, n in top)
    bars = [(name, n) for name, n in top]
    if rest:
        bars.append((f"{len(counts) - len(top)} other organisations", rest))
    label_width, bar_width, row = 200, 220, 22
    height = row * len(bars) + 10
    width = label_width + bar_width + 50
    peak = max(n for _, n in bars)
    out = [(f"<figure>\n<figcaption>{caption}</figcaption>\n"
           f"<svg viewBox=\"0 0 {width} {height}\" role=\"img\" "
           f"aria-label=\"{_e(caption)}: bar chart\">\n")]
    for i, (name, n) in enumerate(bars):
        y = 5 + i * row
        length = max(1.0, bar_width * n / peak)
        out.append(
            f"<g><title>{_e(name)}: {_count(n, 'quote', 'quotes')}</title>"
            f"<text class=\"label\" x=\"{label_width - 6}\" y=\"{y + 14}\" "
            f"text-anchor=\"end\">{_e(_clip(name, 26))}</text>"
            f"<rect class=\"bar-quotes\" x=\"{label_width}\" y=\"{y + 3}\" "
            f"width=\"{length:.1f}\" height=\"{row - 8}\"/>"
            f"<text class=\"muted\" x=\"{label_width + length + 4:.1f}\" y=\"{y + 14}\">{n}</text>"
            "</g>\n")
    out.append("</svg>\n</figure>\n")
    return "".join(out)


def _month_chart(summaries: Sequence[_Summary]) -> str:
    caption = "Documents and quotes per month"
    dated = [s for s in summaries if s.published and _MONTH.match(s.published)]
    if not dated:
        return _empty_figure(caption, "No document has a publication date.")
    months = sorted({s.published[:7] for s in dated if s.published})
    keys = _month_range(months[0], months[-1])
    per_year = len(keys) > MAX_MONTH_BARS
    if per_year:
        caption = "Documents and quotes per year"
        keys = [str(y) for y in range(int(months[0][:4]), int(months[-1][:4]) + 1)]
    docs: collections.Counter[str] = collections.Counter()
    quotes: collections.Counter[str] = collections.Counter()
    for s in dated:
        assert s.published is not None
        key = s.published[:4] if per_year else s.published[:7]
        docs[key] += 1
        quotes[key] += s.quotes
    undated = len(summaries) - len(dated)
    left, top, plot_h, bottom = 44, 22, 160, 56
    slot = max(12.0, min(40.0, 440 / len(keys)))
    width = left + slot * len(keys) + 10
    height = top + plot_h + bottom
    peak = max(1, max(docs.values()), max(quotes.values()))
    bar = (slot - 4) / 2
    out = [(f"<figure>\n<figcaption>{_e(caption)}</figcaption>\n"
           f"<svg viewBox=\"0 0 {width:.0f} {height}\" role=\"img\" "
           f"aria-label=\"{_e(caption)}: bar chart\">\n"
           f"<rect class=\"bar-docs\" x=\"{left}\" y=\"4\" width=\"10\" height=\"10\"/>"
           f"<text class=\"label\" x=\"{left + 14}\" y=\"13\">documents</text>"
           f"<rect class=\"bar-quotes\" x=\"{left + 90}\" y=\"4\" width=\"10\" height=\"10\"/>"
           f"<text class=\"label\" x=\"{left + 104}\" y=\"13\">quotes</text>\n"
           f"<line class=\"axis\" x1=\"{left}\" x2=\"{width - 6:.0f}\" y1=\"{top + plot_h}\" "
           f"y2=\"{top + plot_h}\"/>"
           f"<text class=\"muted\" x=\"{left - 4}\" y=\"{top + 8}\" "
           f"text-anchor=\"end\">{peak}</text>"
           f"<text class=\"muted\" x=\"{left - 4}\" y=\"{top + plot_h}\" "
           f"text-anchor=\"end\">0</text>\n")]
    label_every = max(1, round(len(keys) / 12))
    for i, key in enumerate(keys):
        x = left + i * slot + 2
        d_h = plot_h * docs[key] / peak
        q_h = plot_h * quotes[key] / peak
        out.append(
            f"<g><title>{_e(key)}: {_count(docs[key], 'document', 'documents')}, "
            f"{_count(quotes[key], 'quote', 'quotes')}</title>"
            f"<rect class=\"bar-docs\" x=\"{x:.1f}\" y=\"{top + plot_h - d_h:.1f}\" "
            f"width=\"{bar:.1f}\" height=\"{d_h:.1f}\"/>"
            f"<rect class=\"bar-quotes\" x=\"{x + bar:.1f}\" y=\"{top + plot_h - q_h:.1f}\" "
            f"width=\"{bar:.1f}\" height=\"{q_h:.1f}\"/></g>\n")
        if i % label_every == 0:
            cx = x + bar
            out.append(f"<text class=\"muted\" x=\"{cx:.1f}\" y=\"{top + plot_h + 14}\" "
                       f"text-anchor=\"end\" transform=\"rotate(-45 {cx:.1f} "
                       f"{top + plot_h + 14})\">{_e(key)}</text>\n")
    out.append("</svg>\n")
    if undated:
        out.append(f"<p class=\"muted\">{_count(undated, 'document', 'documents')} "
                   "without a date not shown.</p>\n")
    out.append("</figure>\n")
    return "".join(out)


def _month_range(first: str, last: str) -> list[str]:
    """Every ``YYYY-MM`` from ``first`` to ``last``, gaps included."""
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    keys: list[str] = []
    while (year, month) <= end and len(keys) <= MAX_MONTH_BARS:
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if (year, month) <= end:  # longer than the cap: the caller switches to years
        keys.append(last)
    return keys


def _empty_figure(caption: str, note: str) -> str:
    return (f"<figure>\n<figcaption>{_e(caption)}</figcaption>\n"
            f"<p class=\"empty\">{_e(note)}</p>\n</figure>\n")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _e(value: object) -> str:
    return escape(str(value), quote=True)
