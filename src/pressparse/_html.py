"""A self-contained HTML view of a :class:`~pressparse.Document`.

:func:`render_html` is pure (a Document in, a string out) and runs in
O(n + k log k) for a text of n characters with k spans. The page carries its
CSS inline, uses only system fonts, contains no script, and its
Content-Security-Policy forbids the browser from loading anything at all.

The body is built from boundaries: each paragraph is a ``<p>``, and inside it
every span (quote part, speaker/mention anchor, cue, entity) becomes an
element. All start and end positions are swept in order with a stack of open
elements; when a span ends while spans opened after it are still open, those
are closed and reopened after it, so partially overlapping spans are split at
the boundary and the markup always nests. Continuation pieces of a split span
carry no ``id``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._site import PageLinks
    from .models import Document, Organization, Person, Quote, Speaker

__all__ = ["render_html"]

#: Labels with their own colour; any other label gets the neutral ``ent-other`` style.
LABEL_CLASSES = {
    "PERSON": "ent-person",
    "ORG": "ent-org",
    "PHONE": "ent-phone",
    "MONEY": "ent-money",
    "DATE": "ent-date",
}

# Nesting order inside a paragraph, outermost first. When spans of different
# layers start at the same place, the lower layer opens first.
_QUOTE, _ANCHOR, _CUE, _ENTITY = range(4)

# A run of text with no blank line in it, trimmed: the fallback paragraph.
_BLOCK = re.compile(r"\S(?:[^\n]|\n(?![^\S\n]*\n))*(?<=\S)")

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'"

_CSS = """
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #dadce0; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f6f3; color: var(--ink);
  font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  "Noto Sans", "Liberation Sans", sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; background: #fff;
  min-height: 100vh; box-shadow: 0 0 0 1px var(--rule); }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .75rem; }
h2 { font-size: 1.1rem; margin: 2.25rem 0 .6rem; padding-bottom: .25rem;
  border-bottom: 1px solid var(--rule); }
a { color: #1a56b0; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0;
  font-size: .9rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
details.front-matter { margin: .75rem 0 0; font-size: .85rem; }
details.front-matter summary { cursor: pointer; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin-top: .4rem; table-layout: fixed; }
th, td { text-align: left; vertical-align: top; padding: .2rem .5rem;
  border-top: 1px solid var(--rule); overflow-wrap: anywhere; }
th { width: 28%; font-weight: 600; font-family: ui-monospace, "SFMono-Regular", Menlo,
  Consolas, "DejaVu Sans Mono", monospace; font-size: .8rem; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem .6rem; margin: 1.25rem 0 0; padding: 0;
  list-style: none; font-size: .8rem; }
.stats { color: var(--muted); font-size: .85rem; margin: .75rem 0 0; }
article p { white-space: pre-wrap; overflow-wrap: break-word; margin: 0 0 1rem; }
.ent { border-radius: 3px; padding: 0 .12em; box-decoration-break: clone;
  -webkit-box-decoration-break: clone; }
.ent-person { background: #ffe0b2; box-shadow: inset 0 -2px #fb8c00; }
.ent-org { background: #d1e7ff; box-shadow: inset 0 -2px #1e73d8; }
.ent-phone { background: #d8f5d0; box-shadow: inset 0 -2px #2e9d3a; }
.ent-money { background: #fbe0f0; box-shadow: inset 0 -2px #c2185b; }
.ent-date { background: #e6defc; box-shadow: inset 0 -2px #6a45c9; }
.ent-other { background: #eeeeea; box-shadow: inset 0 -1px #9e9e96; }
.quote { background: #fff7c2; color: inherit; text-decoration: none;
  box-decoration-break: clone; -webkit-box-decoration-break: clone; }
a.quote:hover, a.quote:focus { background: #ffec80; outline: none; }
.quote.unattributed { background: #f3f0e0; }
.quote.reported { background: transparent; border-bottom: 2px dashed #c79a00; }
.quote.reported.unattributed { border-bottom-color: #b8b39a; }
blockquote.reported { border-left-style: dashed; font-style: italic; }
.confidence { color: var(--muted); font-size: .8rem; }
.anchor.speaker { font-weight: 600; text-decoration: underline 2px #c79a00;
  text-underline-offset: 3px; }
.anchor:target, .quote:target { outline: 3px solid #ffb300; outline-offset: 1px; }
.cue { font-style: italic; text-decoration: underline dotted #c79a00; }
ol.quotes { padding-left: 1.4rem; }
ol.quotes li { margin-bottom: .8rem; }
.said { color: var(--muted); font-size: .9rem; }
blockquote { margin: .25rem 0 0; padding-left: .75rem; border-left: 3px solid #ffd54f;
  white-space: pre-line; }
ul.records { padding-left: 1.2rem; }
ul.records li { margin-bottom: .3rem; }
.detail { color: var(--muted); font-size: .9rem; }
.empty { color: var(--muted); font-style: italic; }
nav.pager { font-size: .9rem; margin: 0 0 1rem; color: var(--muted); }
.quote[data-speaker]::before { content: attr(data-speaker); font-size: .7rem;
  font-weight: 600; color: #7a5d00; background: #ffe9a0; border-radius: 3px;
  padding: 0 .3em; margin-right: .25em; vertical-align: .15em; white-space: nowrap; }
@media (min-width: 72rem) {
  main.with-panel { max-width: 80rem; }
  .columns { display: grid; grid-template-columns: minmax(0, 1fr) 26rem; gap: 0 2.5rem; }
  .columns > aside { position: sticky; top: 0; max-height: 100vh; overflow-y: auto;
    padding-bottom: 2rem; }
}
"""


@dataclass(slots=True)
class _Mark:
    """One span to render: where it is, its layer, and its two tags."""

    start: int
    end: int
    layer: int
    tag: str
    attrs: str  # rendered attributes for the first piece (includes the id)
    cont_attrs: str  # attributes for a continuation piece (no id)
    opened: bool = False


def render_html(doc: Document, *, links: PageLinks | None = None) -> str:
    """Render ``doc`` as one self-contained HTML page.

    Everything taken from the document (text, metadata, names, values) is
    HTML-escaped; nothing is loaded from anywhere. On a wide screen the quotes
    and records sit in a panel beside the text.

    Args:
        doc: The document to show.
        links: Navigation to the corpus index and the neighbouring pages.

    Returns:
        A complete HTML5 page as a string.
    """
    title = doc.title or doc.path or "Untitled document"
    speaker_ids = _speaker_anchor_ids(doc)
    parts = [
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_CSP}\">\n",
        "<meta name=\"referrer\" content=\"no-referrer\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        (f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        "<main class=\"with-panel\">\n"),
        _nav(links),
        _header(doc, title),
        "<div class=\"columns\">\n<section>\n<h2>Text</h2>\n<article>\n",
        _body(doc, speaker_ids),
        "</article>\n</section>\n<aside>\n",
        _quote_list(doc, speaker_ids),
        _people(doc),
        _organizations(doc),
        "</aside>\n</div>\n",
        _nav(links),
        "</main>\n</body>\n</html>\n",
    ]
    return "".join(parts)


# -- header ------------------------------------------------------------------


def _header(doc: Document, title: str) -> str:
    out = [f"<header>\n<h1>{_e(title)}</h1>\n"]
    facts = []
    if doc.published:
        facts.append(f"<dt>Published</dt><dd><time>{_e(doc.published)}</time></dd>\n")
    if doc.url:
        facts.append(f"<dt>URL</dt><dd>{_link(doc.url)}</dd>\n")
    if doc.path:
        facts.append(f"<dt>Path</dt><dd><code>{_e(doc.path)}</code></dd>\n")
    if facts:
        out.extend(("<dl class=\"meta\">\n", *facts, "</dl>\n"))
    rows = list(_flatten(doc.metadata))
    if rows:
        out.append(f"<details class=\"front-matter\">\n<summary>Front matter "
                   f"({len(rows)} {'key' if len(rows) == 1 else 'keys'})</summary>\n<table>\n")
        out.extend(f"<tr><th scope=\"row\">{_e(key)}</th><td>{_e(value)}</td></tr>\n"
                   for key, value in rows)
        out.append("</table>\n</details>\n")
    out.append("<ul class=\"legend\" aria-label=\"Highlight colours\">")
    for label, cls in LABEL_CLASSES.items():
        out.append(f"<li><span class=\"ent {cls}\">{label}</span></li>")
    out.append("<li><span class=\"ent ent-other\">other entity</span></li>"
               "<li><span class=\"quote\">quotation</span></li>"
               "<li><span class=\"quote reported\">reported speech</span></li>"
               "<li><span class=\"anchor speaker\">speaker</span></li>"
               "<li><span class=\"cue\">cue</span></li></ul>\n")
    out.append(f"<p class=\"stats\">{_count(len(doc.entities), 'entity', 'entities')} · "
               f"{_count(len(doc.quotes), 'quote', 'quotes')} · "
               f"{_count(len(doc.people), 'person', 'people')} · "
               f"{_count(len(doc.organizations), 'organisation', 'organisations')}</p>\n")
    out.append("</header>\n")
    return "".join(out)


def _nav(links: PageLinks | None) -> str:
    if links is None:
        return ""
    from ._site import render_nav

    return render_nav(links)


def _flatten(data: Mapping[str, Any], prefix: str = "") -> Iterable[tuple[str, str]]:
    """Nested mappings as dotted keys; lists and scalars as compact text."""
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and value:
            yield from _flatten(value, f"{name}.")
        elif isinstance(value, str):
            yield name, value
        else:
            yield name, json.dumps(value, ensure_ascii=False, default=str)


def _link(url: str) -> str:
    """An anchor for http(s) URLs (followed only on click), plain text otherwise."""
    if url.lower().startswith(("http://", "https://")):
        return (f"<a href=\"{_e(url)}\" rel=\"noopener noreferrer nofollow\">{_e(url)}</a>")
    return _e(url)


# -- body --------------------------------------------------------------------


def _body(doc: Document, speaker_ids: Mapping[tuple[int, int], str]) -> str:
    text = doc.text
    if not text.strip():
        return "<p class=\"empty\">(no text)</p>\n"
    marks = sorted(_marks(doc, speaker_ids), key=lambda m: m.start)
    out: list[str] = []
    carried: list[_Mark] = []  # spans that continue past the previous block
    i = 0
    for start, end in _blocks(doc):
        active = [m for m in carried if m.end > start]
        while i < len(marks) and marks[i].start < end:
            if marks[i].end > start:
                active.append(marks[i])
            i += 1
        out.append("<p>")
        _render_block(text, start, end, active, out)
        out.append("</p>\n")
        carried = [m for m in active if m.end > end]
    return "".join(out)


def _blocks(doc: Document) -> list[tuple[int, int]]:
    """The paragraphs, plus any non-blank text they leave out, in order."""
    text, n = doc.text, len(doc.text)
    paragraphs = sorted((max(0, p.start), min(n, p.end)) for p in doc.paragraphs)
    blocks: list[tuple[int, int]] = []
    pos = 0
    for start, end in paragraphs:
        start = max(start, pos)  # overlapping paragraphs: keep the text once
        if end <= start:
            continue
        _gap(text, pos, start, blocks)
        blocks.append((start, end))
        pos = end
    _gap(text, pos, n, blocks)
    return blocks


def _gap(text: str, start: int, end: int, blocks: list[tuple[int, int]]) -> None:
    """Add the blank-line separated, trimmed blocks of ``text[start:end]``."""
    for match in _BLOCK.finditer(text, start, end):
        blocks.append(match.span())


def _render_block(text: str, start: int, end: int, marks: list[_Mark], out: list[str]) -> None:
    """Write ``text[start:end]`` with ``marks`` (clipped to the block) as nested elements."""
    opening: dict[int, list[_Mark]] = {}
    closing: dict[int, list[_Mark]] = {}
    for mark in marks:
        s, e = max(mark.start, start), min(mark.end, end)
        if s < e:
            opening.setdefault(s, []).append(mark)
            closing.setdefault(e, []).append(mark)
    stack: list[_Mark] = []
    cursor = start
    for pos in sorted(opening.keys() | closing.keys()):
        out.append(_e(text[cursor:pos]))
        cursor = pos
        reopen: list[_Mark] = []
        ending = closing.get(pos)
        if ending:
            ids = {id(m) for m in ending}
            low = next(k for k, m in enumerate(stack) if id(m) in ids)
            for mark in reversed(stack[low:]):
                out.append(f"</{mark.tag}>")
            reopen = [m for m in stack[low:] if id(m) not in ids]
            del stack[low:]
        starting = reopen + opening.get(pos, [])
        # Outer layers first; within a layer, the span that ends last is outermost.
        starting.sort(key=lambda m: (m.layer, -min(m.end, end)))
        for mark in starting:
            out.append(f"<{mark.tag}{mark.cont_attrs if mark.opened else mark.attrs}>")
            mark.opened = True
            stack.append(mark)
    out.append(_e(text[cursor:end]))
    for mark in reversed(stack):  # only reached if a mark outlives the block (clipped)
        out.append(f"</{mark.tag}>")


def _marks(doc: Document, speaker_ids: Mapping[tuple[int, int], str]) -> Iterable[_Mark]:
    n = len(doc.text)

    def valid(start: int, end: int) -> bool:
        return 0 <= start < end <= n

    # Anchors: speaker mentions (link targets of quotes) and first mentions of records.
    anchors: dict[tuple[int, int], list[str]] = {}
    for key, anchor_id in speaker_ids.items():
        anchors.setdefault(key, [anchor_id])
    records: tuple[Person | Organization, ...] = (*doc.people, *doc.organizations)
    for record in records:
        if record.mentions:
            m = record.mentions[0]
            anchors.setdefault((m.start, m.end), [_mention_id(m.start, m.end)])
    for (start, end), (anchor_id,) in anchors.items():
        if valid(start, end):
            cls = "anchor speaker" if (start, end) in speaker_ids else "anchor"
            yield _Mark(start, end, _ANCHOR, "span", f" class=\"{cls}\" id=\"{anchor_id}\"",
                        f" class=\"{cls}\"")

    # Quote parts link to their speaker with <a>; a part overlapping an earlier
    # linked part stays a <span>, so no <a> ever nests inside another.
    linkable: set[tuple[int, int]] = set()
    linked_end = -1
    for _, number, index in sorted((p.start, q, i) for q, quote in enumerate(doc.quotes)
                                   for i, p in enumerate(quote.parts)):
        part = doc.quotes[number].parts[index]
        if part.start >= linked_end and valid(part.start, part.end):
            linkable.add((number, index))
            linked_end = part.end
    for number, quote in enumerate(doc.quotes, start=1):
        tip = _e(_quote_tooltip(quote), quote=True)
        target = speaker_ids.get(_speaker_key(quote.speaker)) if quote.speaker else None
        cls = "quote" if target else "quote unattributed"
        if quote.kind != "direct":  # reported speech: the writer's words, dashed not filled
            cls += " reported"
        first = True
        for index, part in enumerate(quote.parts):
            if not valid(part.start, part.end):
                continue
            anchor_id = f" id=\"quote-{number}\"" if first else ""
            if first and quote.speaker is not None:  # the name shows on the quote
                anchor_id += f" data-speaker=\"{_e(quote.speaker.name, quote=True)}\""
            first = False
            if target and (number - 1, index) in linkable:
                tag, href = "a", f" href=\"#{target}\""
            else:
                tag, href = "span", ""
            yield _Mark(part.start, part.end, _QUOTE, tag,
                        f" class=\"{cls}\"{anchor_id}{href} title=\"{tip}\"",
                        f" class=\"{cls}\"{href} title=\"{tip}\"")
        if quote.cue is not None and valid(quote.cue.start, quote.cue.end):
            cue_tip = _e(f"cue of quote {number}", quote=True)
            attrs = f" class=\"cue\" title=\"{cue_tip}\""
            yield _Mark(quote.cue.start, quote.cue.end, _CUE, "span", attrs, attrs)

    for entity in doc.entities:
        if not valid(entity.start, entity.end):
            continue
        cls = LABEL_CLASSES.get(entity.label, "ent-other")
        tip = entity.label if entity.value is None else f"{entity.label}: {_value(entity.value)}"
        attrs = (f" class=\"ent {cls}\" data-label=\"{_e(entity.label, quote=True)}\""
                 f" title=\"{_e(tip, quote=True)}\"")
        yield _Mark(entity.start, entity.end, _ENTITY, "span", attrs, attrs)


def _speaker_key(speaker: Speaker) -> tuple[int, int]:
    return (speaker.start, speaker.end)


def _speaker_anchor_ids(doc: Document) -> dict[tuple[int, int], str]:
    """One anchor id per distinct speaker mention that lies within the text."""
    n = len(doc.text)
    ids: dict[tuple[int, int], str] = {}
    for quote in doc.quotes:
        if quote.speaker is not None:
            key = _speaker_key(quote.speaker)
            if 0 <= key[0] < key[1] <= n and key not in ids:
                ids[key] = _mention_id(*key)
    return ids


def _mention_id(start: int, end: int) -> str:
    return f"mention-{start}-{end}"


def _quote_tooltip(quote: Quote) -> str:
    speaker = quote.speaker
    who = _speaker_label(speaker) if speaker else "unattributed"
    cue = f" — {quote.cue.text}" if quote.cue else ""
    kind = "" if quote.kind == "direct" else f" ({quote.kind} speech)"
    trust = f", confidence {quote.confidence:.2f}" if quote.confidence is not None else ""
    return f"{who}{cue}{kind}{trust}"


def _speaker_label(speaker: Speaker) -> str:
    details = [d for d in (speaker.title, speaker.role, speaker.organization) if d]
    label = speaker.name
    if speaker.text != speaker.name:
        label += f" (“{speaker.text}”)"
    if details:
        label += ", " + ", ".join(details)
    return label


def _value(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping) and set(value) == {"amount", "currency"}:
        return f"{value['amount']} {value['currency']}"
    return json.dumps(value, ensure_ascii=False, default=str)


# -- lists under the text ----------------------------------------------------


def _quote_list(doc: Document, speaker_ids: Mapping[tuple[int, int], str]) -> str:
    out = [f"<h2>Quotes ({len(doc.quotes)})</h2>\n"]
    if not doc.quotes:
        out.append("<p class=\"empty\">No quotes.</p>\n")
        return "".join(out)
    out.append("<ol class=\"quotes\">\n")
    for number, quote in enumerate(doc.quotes, start=1):
        speaker = quote.speaker
        if speaker is None:
            who = "<span class=\"empty\">unattributed</span>"
        else:
            target = speaker_ids.get(_speaker_key(speaker))
            name = _e(speaker.name)
            who = f"<a href=\"#{target}\"><strong>{name}</strong></a>" if target else \
                f"<strong>{name}</strong>"
            if speaker.text != speaker.name:
                who += f" <span class=\"said\">(as “{_e(speaker.text)}”)</span>"
        cue = f" <span class=\"said\">{_e(quote.cue.text)}</span>" if quote.cue else ""
        has_body = any(0 <= p.start < p.end <= len(doc.text) for p in quote.parts)
        link = f" <a class=\"said\" href=\"#quote-{number}\">↪ in text</a>" if has_body else ""
        kind = "" if quote.kind == "direct" else f" <span class=\"said\">({quote.kind})</span>"
        trust = "" if quote.confidence is None else \
            f" <span class=\"confidence\">confidence {quote.confidence:.2f}</span>"
        block = "<blockquote class=\"reported\">" if quote.kind != "direct" else "<blockquote>"
        out.append(f"<li>{who}{cue}{kind} →{link}{trust}\n{block}{_e(quote.text)}"
                   "</blockquote></li>\n")
    out.append("</ol>\n")
    return "".join(out)


def _people(doc: Document) -> str:
    items = [f"{_record_name(person.name, person.mentions)}"
             f"{_details([*person.titles, *filter(None, (person.role, person.organization))])}"
             f"{_mention_count(len(person.mentions))}" for person in doc.people]
    return _record_list("People", "No people.", items)


def _organizations(doc: Document) -> str:
    items = [f"{_record_name(org.name, org.mentions)}"
             f"{_details([f'also “{a}”' for a in org.aliases])}"
             f"{_mention_count(len(org.mentions))}" for org in doc.organizations]
    return _record_list("Organisations", "No organisations.", items)


def _record_list(heading: str, empty: str, items: list[str]) -> str:
    """A heading with its count, then the records as a list (or a note that there are none)."""
    out = [f"<h2>{heading} ({len(items)})</h2>\n"]
    if not items:
        out.append(f"<p class=\"empty\">{empty}</p>\n")
        return "".join(out)
    out.append("<ul class=\"records\">\n")
    out.extend(f"<li>{item}</li>\n" for item in items)
    out.append("</ul>\n")
    return "".join(out)


def _record_name(name: str, mentions: tuple[Any, ...]) -> str:
    if mentions:
        m = mentions[0]
        return f"<a href=\"#{_mention_id(m.start, m.end)}\"><strong>{_e(name)}</strong></a>"
    return f"<strong>{_e(name)}</strong>"


def _details(details: list[str]) -> str:
    return f" <span class=\"detail\">— {_e(', '.join(details))}</span>" if details else ""


def _mention_count(count: int) -> str:
    return f" <span class=\"said\">({_count(count, 'mention', 'mentions')})</span>"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _e(value: object, *, quote: bool = True) -> str:
    return escape(str(value), quote=quote)
