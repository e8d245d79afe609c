"""Quotation detection and attribution accuracy of pressparse, beside textacy.

Gold sets
---------
police (default)
    ``benchmarks/gold/police_quotes.json``: direct quotations of 40 UK police
    press releases (dev 30 / heldout 10), each with one or more parts
    (code-point offsets into the WHOLE file read with
    ``open(path, encoding="utf-8", newline="")``) and a speaker name
    (``speaker_kind`` "person"), a noun phrase ("other") or null.
polnear
    PolNeAR (``../shared/corpus/polnear/data/<split>``), brat standoff. Gold
    quotes are the QUOTED stretches of Content spans: inside each Content
    span (all its discontinuous fragments), the text between quotation marks
    (“ ” or ", or '' as some newspapers write it), marks excluded; an opening mark never closed runs to the end
    of the span, and a closing mark with no opening one closes a stretch that
    starts at the span's start. Content spans without any quotation mark are
    not direct quotes and are skipped. Nested marks (a quotation inside a
    quotation) do not start a new gold quote. The speaker is the Source span
    of the same attribution relation (``E`` line); none for
    "Attribution-no-source".

Offsets: pressparse offsets are into ``doc.text``; the benchmark converts them
to file offsets (``doc.text`` is a suffix of the file text, so the shift is
``len(file_text) - len(doc.text)``, which is ``doc.body_offset`` unless the
file starts with a byte-order mark).

Metric
------
Only *word characters* count: alphanumeric code points (``str.isalnum``) of
the quoted text, so marks, spaces and punctuation never decide a match.

* A gold quote is FOUND when the predicted quote parts together cover at
  least half of its word characters.
* A gold quote is ATTRIBUTED when at least half of its word characters lie in
  predicted quotes whose speaker matches the gold speaker.
* Detection precision: a predicted quote is correct when at least half of its
  word characters lie inside gold quotes.
* Attribution precision: a predicted quote is correct for detection AND its
  speaker matches the speaker of the gold quote it overlaps most.

Detection recall = found / gold quotes, attribution recall = attributed /
gold quotes; F1 is the harmonic mean of the matching precision and recall.

Speaker match (both names case-folded, curly apostrophes straightened,
leading "the"/"a"/"an" dropped; a PolNeAR Source loses a parenthetical party
tag and an apposition after its name: "Flynn, a top Trump surrogate," and
"Sen. Claire McCaskill (D-Mo.)" name Flynn and McCaskill):

* the predicted speaker name equals the gold name; or
* the last token of each name matches (surname); or
* the predicted speaker's mention span (``speaker.start/end`` shifted to file
  offsets) overlaps the gold Source span (PolNeAR only; police gold has no
  speaker spans); or
* for a gold noun phrase (police ``speaker_kind`` "other"; in PolNeAR a Source
  whose first word after the article is lower-case), the head noun -- its
  last word -- occurs among the words of the predicted speaker name.
* A gold speaker that is null matches a predicted quote without a speaker.
* PolNeAR Sources that are bare pronouns ("he", "they") match by span
  overlap only (a name equal to "he" proves nothing).

Baseline: ``textacy.extract.triples.direct_quotations`` on the same body text
parsed by the full stock ``en_core_web_sm`` pipeline. It raises ValueError on
a document with an odd number of quotation marks; such a document counts as
producing no quotes, and the number of them is printed.

Run::

    python benchmarks/eval_quotes.py                          # police dev
    python benchmarks/eval_quotes.py --set polnear            # PolNeAR dev (84 documents)
    python benchmarks/eval_quotes.py --set polnear --split train --limit 100 --show-errors
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _common import GOLD_DIR, corpus_dir, load_stock_spacy, norm_name, pct, prf, print_table

import pressparse
from pressparse._source import read_source


@dataclass
class GoldQuote:
    parts: list[tuple[int, int]]
    speaker: str | None
    kind: str = "person"  # "person" or "other" (noun phrase)
    source_spans: list[tuple[int, int]] = field(default_factory=list)
    # The speaker's record, where the gold set gives it (police_bulk).
    fields: dict[str, object] | None = None


@dataclass
class PredQuote:
    parts: list[tuple[int, int]]
    speaker: str | None
    speaker_span: tuple[int, int] | None = None
    title: str | None = None
    organization: str | None = None


@dataclass
class DocCase:
    name: str
    text: str           # the whole file text; every offset is into it
    body_offset: int    # where the body (what the systems read) starts
    gold: list[GoldQuote]


# --------------------------------------------------------------------------- gold: police

def load_police(args: argparse.Namespace) -> list[DocCase]:
    root = corpus_dir(args.corpus, "police")
    data = json.loads((GOLD_DIR / "police_quotes.json").read_text(encoding="utf-8"))
    cases = []
    for name, entry in data["documents"].items():
        if args.split != "all" and entry["split"] != args.split:
            continue
        path = root / name
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        body = read_source(path).body
        gold = [GoldQuote(parts=[tuple(p) for p in q["parts"]], speaker=q.get("speaker"),
                          kind=q.get("speaker_kind") or "person") for q in entry["quotes"]]
        cases.append(DocCase(name=str(path), text=text, body_offset=len(text) - len(body),
                             gold=gold))
    return cases


_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"|‘([^’]+)’|(?<![\w])'([^']+?)'(?![\w])")


def _quoted_stretches(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches between quotation marks inside (or closing just after) ``parts``."""
    out = []
    for start, end in parts:
        window = text[start:min(len(text), end + 1)]
        for m in _QUOTED.finditer(window):
            group = next(k for k in range(1, 5) if m.group(k) is not None)
            out.append((start + m.start(group), start + m.end(group)))
    return out


def load_bulk(args: argparse.Namespace) -> list[DocCase]:
    """The police_bulk set (benchmarks/bulk_gold.py): direct quotations and their speakers."""
    import bulk_gold
    from bulk_gold import resolve_parts

    if args.bulk_gold:
        bulk_gold.GOLD_DIR = Path(args.bulk_gold)
    root = corpus_dir(args.corpus, "police_bulk")
    cases = []
    for name, entry in sorted(bulk_gold.load_annotations().items()):
        if args.split != "all" and entry["split"] != args.split:
            continue
        path = root / name
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        body = read_source(path).body
        gold = []
        for q in entry["quotes"]:
            kind = q.get("kind", "direct")
            if kind == "indirect":
                continue
            parts = resolve_parts(text, q["parts"])
            if isinstance(parts, str):
                raise SystemExit(f"{name}: {parts} (run benchmarks/bulk_gold.py)")
            if kind == "mixed":
                # The quoted fragments of a mixed attribution are direct quotations,
                # as PolNeAR's quoted stretches of any Content are.
                for fragment in _quoted_stretches(text, parts):
                    gold.append(GoldQuote(parts=[fragment], speaker=q.get("speaker"),
                                          kind=q.get("speaker_kind") or "person"))
                continue
            gold.append(GoldQuote(
                parts=parts, speaker=q.get("speaker"), kind=q.get("speaker_kind") or "person",
                fields={k: q.get(k) for k in ("title", "role", "organization",
                                              "organization_stated")}))
        cases.append(DocCase(name=str(path), text=text, body_offset=len(text) - len(body),
                             gold=gold))
    return cases


# --------------------------------------------------------------------------- gold: PolNeAR

_OPEN, _CLOSE, _STRAIGHT = "\u201c", "\u201d", '"'
_PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "us", "me",
             "his", "its", "their", "who", "which", "that", "one"}


def _spans(field_: str) -> list[tuple[int, int]]:
    """ "315 448;463 553" -> [(315, 448), (463, 553)]."""
    out = []
    for frag in field_.split(";"):
        a, b = frag.split()
        out.append((int(a), int(b)))
    return out


def quoted_stretches(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The quoted stretches of a (discontinuous) Content span, marks excluded.

    Returns one list of trimmed contiguous ranges per outermost quotation.
    """
    positions = [i for a, b in spans for i in range(a, b)]
    # Some newspapers (the NYT in PolNeAR) write a double mark as two apostrophes.
    paired = {i for i in positions if text[i:i + 2] == "''"}
    positions = [i for i in positions if not (text[i] == "'" and i - 1 in paired)]
    if not any(text[i] in (_OPEN, _CLOSE, _STRAIGHT) or i in paired for i in positions):
        return []
    regions: list[list[int]] = []
    stack: list[str] = []
    current: list[int] = []
    seen_mark = False
    for i in positions:
        ch = _STRAIGHT if i in paired else text[i]
        if ch == _OPEN:
            if not stack:
                current = []
                stack.append(ch)
            elif stack[-1] != _OPEN:
                stack.append(ch)       # nested inside a straight-quoted stretch
            # else: "“" inside a “-quotation re-opens a paragraph; the mark is skipped
            seen_mark = True
            continue
        if ch == _CLOSE:
            if stack and stack[-1] == _OPEN:
                stack.pop()
                if not stack:
                    regions.append(current)
                    current = []
                    seen_mark = True
                    continue
            elif not stack and not seen_mark:
                # the span starts inside a quotation whose opening mark it left out
                regions.append([j for j in positions if j < i])
            seen_mark = True
            if stack:
                current.append(i)
            continue
        if ch == _STRAIGHT:
            if stack and stack[-1] == _STRAIGHT:
                stack.pop()
                if not stack:
                    regions.append(current)
                    current = []
                    seen_mark = True
                    continue
            else:
                if not stack:
                    current = []
                stack.append(ch)
                seen_mark = True
                continue
        if stack:
            current.append(i)
    if stack and current:
        regions.append(current)   # never closed: runs to the end of the span
    out = []
    for region in regions:
        ranges: list[tuple[int, int]] = []
        for i in region:
            if ranges and ranges[-1][1] == i:
                ranges[-1] = (ranges[-1][0], i + 1)
            else:
                ranges.append((i, i + 1))
        trimmed = []
        for a, b in ranges:
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                trimmed.append((a, b))
        if trimmed:
            out.append(trimmed)
    return out


_BratSpans = dict[str, tuple[str, list[tuple[int, int]], str]]


def read_brat(path: Path) -> tuple[_BratSpans, list[dict[str, list[str]]]]:
    """The text-bound spans (id -> label, fragments, text) and the event
    relations (role -> span ids) of one brat standoff file."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    relations: list[dict[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label, _, offsets = cols[1].partition(" ")
            spans[cols[0]] = (label, _spans(offsets), cols[2] if len(cols) > 2 else "")
        elif line.startswith("E") and len(cols) >= 2:
            roles: dict[str, list[str]] = {}
            for arg in cols[1].split():
                role, _, ref = arg.partition(":")
                roles.setdefault(re.sub(r"\d+$", "", role), []).append(ref)
            relations.append(roles)
    return spans, relations


def read_ann(path: Path, text: str) -> list[GoldQuote]:
    spans, relations = read_brat(path)
    gold = []
    for roles in relations:
        sources = [spans[t] for t in roles.get("Source", []) if t in spans]
        speaker = " ".join(s[2] for s in sources) or None
        source_spans = [sp for s in sources for sp in s[1]]
        kind = "person"
        if speaker:
            words = [w for w in norm_name(speaker).split() if w not in ("a", "an")]
            first = next((w for w in speaker.split() if w.lower() not in ("the", "a", "an")), "")
            if len(words) == 1 and words[0] in _PRONOUNS:
                kind = "pronoun"
            elif first[:1].islower():
                kind = "other"
        for t in roles.get("Content", []):
            if t not in spans:
                continue
            for parts in quoted_stretches(text, spans[t][1]):
                gold.append(GoldQuote(parts=parts, speaker=speaker, kind=kind,
                                      source_spans=source_spans))
    return gold


def load_polnear(args: argparse.Namespace) -> list[DocCase]:
    root = corpus_dir(args.corpus, "polnear") / "data" / args.split
    cases = []
    seen = set()
    for ann in sorted((root / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]   # "<article>_<annotator>"
        if stem in seen:
            continue
        seen.add(stem)
        txt = root / "text" / f"{stem}.txt"
        if not txt.exists():
            continue
        with open(txt, encoding="utf-8", newline="") as fh:
            text = fh.read()
        cases.append(DocCase(name=stem, text=text, body_offset=0, gold=read_ann(ann, text)))
    return cases


# --------------------------------------------------------------------------- systems

def parse_pressparse(cases: list[DocCase], polnear: bool) -> list[pressparse.Document]:
    parser = pressparse.DocumentParser()
    if polnear:
        inputs: list = [pressparse.TextInput(text=c.text, name=c.name) for c in cases]
    else:
        inputs = [c.name for c in cases]
    docs = list(parser.parse_documents(inputs))
    for case, doc in zip(cases, docs, strict=True):
        assert case.text.endswith(doc.text), f"body of {case.name} is not a suffix of the file"
    return docs


def top_level(quotes: tuple[pressparse.Quote, ...]) -> list[pressparse.Quote]:
    """Quotes not nested inside another direct quotation.

    A quotation inside a quotation (an officer quoting a suspect) is a quote of
    its own in pressparse, but neither gold set annotates one apart from the
    quotation around it: PolNeAR credits its words to the outer source. So it is
    left out of the scoring, as the words stay scored within the outer quote.
    """
    outer = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    return [q for q in quotes if not any(s <= q.start and q.end <= e and (s, e) != (q.start, q.end)
                                         for s, e in outer)]


def direct_preds(case: DocCase, doc: pressparse.Document) -> list[PredQuote]:
    """The direct quotations of ``doc``; a mixed quote's fragments count among them."""
    shift = len(case.text) - len(doc.text)
    preds = []
    for q in top_level(doc.quotes):
        if q.kind == "indirect":
            continue
        sp = q.speaker
        pieces = [list(q.parts)] if q.kind == "direct" else [[f] for f in q.fragments]
        for piece in pieces:
            preds.append(PredQuote(
                parts=[(p.start + shift, p.end + shift) for p in piece],
                speaker=sp.name if sp else None,
                speaker_span=(sp.start + shift, sp.end + shift) if sp else None,
                title=sp.title if sp else None,
                organization=sp.organization if sp else None))
    return preds


def run_pressparse(cases: list[DocCase], polnear: bool) -> list[list[PredQuote]]:
    docs = parse_pressparse(cases, polnear)
    return [direct_preds(c, d) for c, d in zip(cases, docs, strict=True)]


_MARKS = "\"'\u201c\u201d\u2018\u2019`\u00ab\u00bb"


def run_textacy(cases: list[DocCase]) -> tuple[list[list[PredQuote]], int]:
    from textacy.extract.triples import direct_quotations

    nlp = load_stock_spacy()
    bodies = [c.text[c.body_offset:] for c in cases]
    out, raised = [], 0
    for case, sdoc in zip(cases, nlp.pipe(bodies, batch_size=16), strict=True):
        try:
            triples = list(direct_quotations(sdoc))
        except Exception:  # noqa: BLE001 - ValueError on an odd number of quotation marks
            raised += 1
            out.append([])
            continue
        base = case.body_offset
        preds = []
        for speaker, _cue, content in triples:
            a, b = content.start_char, content.end_char
            while a < b and (sdoc.text[a] in _MARKS or sdoc.text[a].isspace()):
                a += 1
            while b > a and (sdoc.text[b - 1] in _MARKS or sdoc.text[b - 1].isspace()):
                b -= 1
            name, span = None, None
            if speaker:
                s, e = speaker[0].idx, speaker[-1].idx + len(speaker[-1].text)
                name, span = sdoc.text[s:e], (s + base, e + base)
            preds.append(PredQuote(parts=[(a + base, b + base)], speaker=name, speaker_span=span))
        out.append(preds)
    return out, raised


# --------------------------------------------------------------------------- scoring

def word_chars(text: str, parts: Iterable[tuple[int, int]]) -> set[int]:
    return {i for a, b in parts for i in range(a, b) if text[i].isalnum()}


def _core_name(name: str) -> str:
    """A PolNeAR Source without its apposition or party tag.

    "Flynn, a top Trump surrogate," -> "Flynn"; "Sen. Claire McCaskill (D-Mo.)" ->
    "Sen. Claire McCaskill". A name's first word is capitalised; a description
    ("the report, released ...") is left whole.
    """
    core = re.sub(r"\s*\([^)]*\)", "", name).strip()
    head = core.split(",", 1)[0].strip()
    if head != core and head[:1].isupper() and len(head.split()) <= 5:
        core = head
    return core or name


def _words(name: str) -> list[str]:
    words = [re.sub(r"^\W+|\W+$", "", w) for w in norm_name(_core_name(name)).split()]
    words = [re.sub(r"'s$", "", w) for w in words if w]
    if words and words[0] in ("a", "an"):
        words = words[1:]
    return words


def speaker_matches(pred: PredQuote, gold: GoldQuote) -> bool:
    if gold.speaker is None:
        return pred.speaker is None
    if pred.speaker is None:
        return False
    if pred.speaker_span and any(a < pred.speaker_span[1] and pred.speaker_span[0] < b
                                 for a, b in gold.source_spans):
        return True
    if gold.kind == "pronoun":
        return False
    g, p = _words(gold.speaker), _words(pred.speaker)
    if not g or not p:
        return False
    if g == p or g[-1] == p[-1]:
        return True
    return gold.kind == "other" and g[-1] in p


def same_title(pred: str | None, gold: str | None) -> bool:
    """Titles compare with abbreviations spelled out: "DI" is "Detective Inspector"."""
    from pressparse._extract.lexicon import title_key

    if not pred or not gold:
        return not pred and not gold
    return title_key(pred) == title_key(gold)


def _org_words(name: str) -> list[str]:
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’&]+", name.lower())]
    return [w for w in words if w not in ("the",)]


def same_organization(pred: str | None, gold: str | None) -> bool:
    """Organisations compare by their words, or a short form by its initials."""
    if not pred or not gold:
        return not pred and not gold
    p, g = _org_words(pred), _org_words(gold)
    if p == g:
        return True
    for short, full in ((p, g), (g, p)):
        if len(short) == 1 and len(short[0]) >= 2 and short[0] == "".join(
                w[0] for w in full if w not in ("of", "and", "&")):
            return True
    return False


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    attributed: int = 0
    pred: int = 0
    pred_correct: int = 0
    pred_attributed: int = 0
    # Speaker fields, on gold quotes whose speaker is right (police_bulk only).
    fielded: int = 0
    title_right: int = 0
    org_right: int = 0


def score(case: DocCase, preds: list[PredQuote], tally: Tally, show: bool, label: str) -> None:
    text = case.text
    gold_sets = [word_chars(text, g.parts) for g in case.gold]
    pred_sets = [word_chars(text, p.parts) for p in preds]
    all_pred = set().union(*pred_sets) if pred_sets else set()
    all_gold = set().union(*gold_sets) if gold_sets else set()
    lines = []
    for g, gs in zip(case.gold, gold_sets, strict=True):
        if not gs:
            continue
        tally.gold += 1
        found = len(gs & all_pred) * 2 >= len(gs)
        good = set().union(*(ps for p, ps in zip(preds, pred_sets, strict=True)
                             if speaker_matches(p, g))) if preds else set()
        attributed = len(gs & good) * 2 >= len(gs)
        tally.found += found
        tally.attributed += attributed
        if attributed and g.fields is not None and g.kind == "person":
            best = max((p for p, ps in zip(preds, pred_sets, strict=True)
                        if speaker_matches(p, g)), key=lambda p: len(gs & word_chars(text, p.parts)))
            tally.fielded += 1
            title_ok = same_title(best.title, g.fields.get("title"))  # type: ignore[arg-type]
            org_ok = same_organization(best.organization,
                                       g.fields.get("organization"))  # type: ignore[arg-type]
            tally.title_right += title_ok
            tally.org_right += org_ok
            if show and not (title_ok and org_ok):
                lines.append(f"  FIELD {g.speaker!r}: title {best.title!r} (gold "
                             f"{g.fields.get('title')!r}), organization {best.organization!r} "
                             f"(gold {g.fields.get('organization')!r})")
        if show and not attributed:
            over = [p.speaker for p, ps in zip(preds, pred_sets, strict=True) if ps & gs]
            snippet = text[g.parts[0][0]:g.parts[0][1]][:60].replace("\n", " ")
            what = f"predicted speaker(s) {over}" if found else "NOT FOUND"
            lines.append(f"  MISS  \"{snippet}\" -- gold {g.speaker!r}; {what}")
    for p, ps in zip(preds, pred_sets, strict=True):
        if not ps:
            continue
        tally.pred += 1
        correct = len(ps & all_gold) * 2 >= len(ps)
        tally.pred_correct += correct
        if correct:
            best = max(range(len(gold_sets)), key=lambda k: len(ps & gold_sets[k]))
            tally.pred_attributed += speaker_matches(p, case.gold[best])
        elif show:
            snippet = text[p.parts[0][0]:p.parts[0][1]][:60].replace("\n", " ")
            lines.append(f"  FP    \"{snippet}\" -- predicted {p.speaker!r}")
    if lines:
        print(f"\n[{label}] {case.name}")
        print("\n".join(lines))


# --------------------------------------------------------------------------- every attribution (--all)

@dataclass
class GoldAttribution:
    """One gold attribution, quoted or not: its whole Content span and Source."""

    parts: list[tuple[int, int]]
    speaker: str | None
    kind: str                      # speaker: "person", "other" or "pronoun"
    quote_kind: str                # "direct", "indirect" or "mixed"
    source_spans: list[tuple[int, int]] = field(default_factory=list)
    referent: str | None = None    # a pronoun Source's antecedent Source
    # A relative Source ("X, who said"): where the phrase it stands for ends.
    antecedent_end: int | None = None


@dataclass
class AllPred:
    parts: list[tuple[int, int]]
    speaker: str | None
    speaker_span: tuple[int, int] | None
    kind: str
    confidence: float | None
    cell: tuple[str, ...] | None = None
    signals: dict[str, object] | None = None   # what the quote's confidence could rest on


def _quote_kind(text: str, spans: list[tuple[int, int]]) -> str:
    """direct when quoted stretches hold at least half its word characters, mixed when some."""
    marks = _OPEN + _CLOSE + _STRAIGHT
    widened = [(a - 1 if a > 0 and text[a - 1] in marks else a,
                b + 1 if b < len(text) and text[b] in marks else b) for a, b in spans]
    stretches = quoted_stretches(text, widened)
    total = len(word_chars(text, spans))
    quoted = len(word_chars(text, [p for s in stretches for p in s]) & word_chars(text, spans))
    if not quoted:
        return "indirect"
    return "direct" if quoted * 2 >= total else "mixed"


def _speaker_kind(speaker: str | None) -> str:
    if not speaker:
        return "person"
    words = [w for w in norm_name(speaker).split() if w not in ("a", "an")]
    first = next((w for w in speaker.split() if w.lower() not in ("the", "a", "an")), "")
    if len(words) == 1 and words[0] in _PRONOUNS:
        return "pronoun"
    return "other" if first[:1].islower() else "person"


def polnear_attributions(path: Path, text: str) -> list[GoldAttribution]:
    """Every attribution of a PolNeAR file; a pronoun Source gets its antecedent Source.

    The antecedent is the nearest Source before the pronoun that names a person
    (PolNeAR has no coreference layer, so this stands in for it).
    """
    spans, relations = read_brat(path)
    gold = []
    for roles in relations:
        sources = [spans[t] for t in roles.get("Source", []) if t in spans]
        speaker = " ".join(s[2] for s in sources) or None
        for t in roles.get("Content", []):
            if t in spans:
                gold.append(GoldAttribution(
                    parts=spans[t][1], speaker=speaker, kind=_speaker_kind(speaker),
                    quote_kind=_quote_kind(text, spans[t][1]),
                    source_spans=[sp for s in sources for sp in s[1]]))
    named = sorted((g.source_spans[0][0], g.speaker) for g in gold
                   if g.speaker and g.kind == "person" and g.source_spans)
    for g in gold:
        if g.kind == "pronoun" and g.source_spans:
            before = [name for at, name in named if at < g.source_spans[0][0]]
            g.referent = before[-1] if before else None
            if g.speaker and g.speaker.lower() in _RELATIVE_SOURCES:
                end = g.source_spans[0][0]
                while end > 0 and (text[end - 1].isspace() or text[end - 1] == ","):
                    end -= 1
                g.antecedent_end = end
    return gold


#: A relative pronoun Source stands for the phrase right before it ("Jane Doe, who said").
_RELATIVE_SOURCES = frozenset({"who", "which", "that"})


def load_all_polnear(args: argparse.Namespace
                     ) -> tuple[list[DocCase], dict[str, list[GoldAttribution]]]:
    cases = load_polnear(args)
    root = corpus_dir(args.corpus, "polnear") / "data" / args.split / "attributions"
    golds = {}
    for case in cases:
        ann = min(root.glob(f"{case.name}_*.ann"))
        golds[case.name] = polnear_attributions(ann, case.text)
    return cases, golds


def load_all_bulk(args: argparse.Namespace
                  ) -> tuple[list[DocCase], dict[str, list[GoldAttribution]]]:
    """police_bulk files of ``args.split`` with their direct and reported quotes."""
    import bulk_gold

    if args.bulk_gold:
        bulk_gold.GOLD_DIR = Path(args.bulk_gold)
    root = corpus_dir(args.corpus, "police_bulk")
    cases, golds = [], {}
    for name, ann in sorted(bulk_gold.load_annotations().items()):
        if args.split != "all" and ann["split"] != args.split:
            continue
        path = root / name
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        body = read_source(path).body
        attributions, direct = [], []
        for q in ann.get("quotes", []):
            parts = bulk_gold.resolve_parts(text, q.get("parts", []))
            if isinstance(parts, str) or not parts:
                continue
            kind = "other" if q.get("speaker_kind") == "other" else "person"
            attributions.append(GoldAttribution(parts=parts, speaker=q.get("speaker"),
                                                kind=kind, quote_kind=q["kind"]))
            if q["kind"] == "direct":
                direct.append(GoldQuote(parts=parts, speaker=q.get("speaker"), kind=kind))
        cases.append(DocCase(name=str(path), text=text, body_offset=len(text) - len(body),
                             gold=direct))
        golds[str(path)] = attributions
    return cases, golds


def all_preds(case: DocCase, doc: pressparse.Document,
              cells: list[tuple[str, ...]] | None = None) -> list[AllPred]:
    shift = len(case.text) - len(doc.text)
    out = []
    for q in top_level(doc.quotes):
        sp = q.speaker
        cell = None
        confidence = q.confidence
        signals = None
        if cells is not None and confidence is not None and confidence < 0:
            from pressparse._extract import confidence as table

            cell = cells[int(-confidence) - 1]
            confidence = table.lookup(cell)
            starts = [p.start for p in doc.paragraphs]
            here = bisect.bisect_right(starts, q.start)
            there = bisect.bisect_right(starts, sp.start) if sp else here
            signals = {"speaker_kind": sp.kind if sp else None,
                       "title": bool(sp and sp.title), "role": bool(sp and sp.role),
                       "org_inferred": bool(sp and sp.organization_inferred),
                       "cue": q.cue.text if q.cue else None,
                       "mention": sp.text if sp else None, "gap": here - there,
                       "words": len(q.text.split())}
        out.append(AllPred(parts=[(p.start + shift, p.end + shift) for p in q.parts],
                           speaker=sp.name if sp else None,
                           speaker_span=(sp.start + shift, sp.end + shift) if sp else None,
                           kind=q.kind, confidence=confidence, cell=cell, signals=signals))
    return out


def record_cells() -> list[tuple[str, ...]]:
    """Make every confidence a marker of its cell, the signals it rests on (--calibrate)."""
    import pressparse._extract.quotes as quotes_module
    import pressparse._extract.reported_build as reported_module
    from pressparse._extract.confidence import signals

    cells: list[tuple[str, ...]] = []
    numbers: dict[tuple[str, ...], int] = {}

    def marker(*args: Any, **kwargs: Any) -> float:
        key = signals(*args, **kwargs)
        if key not in numbers:
            numbers[key] = len(cells)
            cells.append(key)
        return -float(numbers[key] + 1)

    quotes_module.confidence = marker  # type: ignore[assignment]
    reported_module.confidence = marker  # type: ignore[assignment]
    return cells


def attribution_matches(pred: AllPred, gold: GoldAttribution) -> bool:
    """The speaker test of the direct-quote metric; a pronoun Source through its antecedent.

    A relative pronoun Source ("who") stands for the phrase it follows, so a
    speaker whose mention ends right before it matches; another pronoun, for
    want of coreference in PolNeAR, through the nearest named Source before it.
    """
    as_quote = GoldQuote(parts=gold.parts, speaker=gold.speaker, kind=gold.kind,
                         source_spans=gold.source_spans)
    as_pred = PredQuote(parts=pred.parts, speaker=pred.speaker, speaker_span=pred.speaker_span)
    if speaker_matches(as_pred, as_quote):
        return True
    if gold.antecedent_end is not None and pred.speaker_span is not None \
            and pred.speaker_span[0] < gold.antecedent_end <= pred.speaker_span[1]:
        return True  # the phrase the relative pronoun follows
    if gold.kind == "pronoun" and gold.referent and pred.speaker:
        return speaker_matches(as_pred, GoldQuote(parts=gold.parts, speaker=gold.referent))
    return False


@dataclass
class AllTally:
    gold: dict[str, list[int]] = field(default_factory=dict)   # kind -> [n, found, attributed]
    pred: dict[str, list[int]] = field(default_factory=dict)   # kind -> [n, correct, attributed]
    reliability: list[tuple[float | None, bool, tuple[str, ...] | None]] = \
        field(default_factory=list)
    #: One row per predicted quote for --quotes-out: its cell, signals and whether it is right.
    rows: list[dict[str, object]] = field(default_factory=list)


def score_all(case: DocCase, golds: list[GoldAttribution], preds: list[AllPred],
              tally: AllTally, show: bool, label: str) -> None:
    text = case.text
    gold_sets = [word_chars(text, g.parts) for g in golds]
    pred_sets = [word_chars(text, p.parts) for p in preds]
    all_pred = set().union(*pred_sets) if pred_sets else set()
    all_gold = set().union(*gold_sets) if gold_sets else set()
    lines = []
    for g, gs in zip(golds, gold_sets, strict=True):
        if not gs:
            continue
        row = tally.gold.setdefault(g.quote_kind, [0, 0, 0])
        good = set().union(*(ps for p, ps in zip(preds, pred_sets, strict=True)
                             if attribution_matches(p, g))) if preds else set()
        found = len(gs & all_pred) * 2 >= len(gs)
        attributed = len(gs & good) * 2 >= len(gs)
        row[0] += 1
        row[1] += found
        row[2] += attributed
        if show and not attributed:
            over = [p.speaker for p, ps in zip(preds, pred_sets, strict=True) if ps & gs]
            snippet = text[g.parts[0][0]:g.parts[0][1]][:60].replace("\n", " ")
            what = f"predicted {over}" if found else "NOT FOUND"
            lines.append(f"  MISS {g.quote_kind:8} \"{snippet}\" -- gold {g.speaker!r}; {what}")
    for p, ps in zip(preds, pred_sets, strict=True):
        if not ps:
            continue
        row = tally.pred.setdefault(p.kind, [0, 0, 0])
        correct = len(ps & all_gold) * 2 >= len(ps)
        right = False
        if correct:
            best = max(range(len(gold_sets)), key=lambda k: len(ps & gold_sets[k]))
            right = attribution_matches(p, golds[best])
        row[0] += 1
        row[1] += correct
        row[2] += right
        tally.reliability.append((p.confidence, right, p.cell))
        if p.cell is not None:
            tally.rows.append({"doc": Path(case.name).name, "genre": p.cell[0],
                               "kind": p.cell[1], "evidence": p.cell[3],
                               "resolution": p.cell[4], "cell": p.cell,
                               **(p.signals or {}), "correct": correct, "right": right})
        if show and not right:
            snippet = text[p.parts[0][0]:p.parts[0][1]][:60].replace("\n", " ")
            why = "wrong speaker" if correct else "not an attribution"
            lines.append(f"  FP   {p.kind:8} \"{snippet}\" -- predicted {p.speaker!r} ({why})")
    if lines:
        print(f"\n[{label}] {case.name}")
        print("\n".join(lines))


def _sum(rows: dict[str, list[int]], kinds: Iterable[str] | None = None) -> list[int]:
    keys = list(rows) if kinds is None else [k for k in kinds if k in rows]
    return [sum(rows[k][i] for k in keys) for i in range(3)]


def report_all(title: str, tallies: dict[str, AllTally], calibrate: bool,
               cells_out: str | None = None, quotes_out: str | None = None) -> None:
    headers = ["gold kind (recall) / predicted kind (precision)"]
    for s in tallies:
        headers += [f"{s} P", "R", "F1", "counts (P | R)"]
    rows = []
    for kind in ("all", "direct", "indirect", "mixed"):
        row: list[object] = [kind]
        for t in tallies.values():
            kinds = None if kind == "all" else [kind]
            # direct-quote precision counts the fragments of mixed quotes as direct
            g, p = _sum(t.gold, kinds), _sum(t.pred, kinds)
            pa, ra, fa = prf(p[2], p[0], g[2], g[0])
            row += [pct(pa), pct(ra), pct(fa), f"{p[2]}/{p[0]} | {g[2]}/{g[0]}"]
        rows.append(row)
    print_table(f"Every attribution, attributed (speaker right), {title}", headers, rows)
    rows = []
    for kind in ("all", "direct", "indirect", "mixed"):
        row = [kind]
        for t in tallies.values():
            kinds = None if kind == "all" else [kind]
            g, p = _sum(t.gold, kinds), _sum(t.pred, kinds)
            pd, rd, fd = prf(p[1], p[0], g[1], g[0])
            row += [pct(pd), pct(rd), pct(fd), f"{p[1]}/{p[0]} | {g[1]}/{g[0]}"]
        rows.append(row)
    print_table(f"Every attribution, content found, {title}", headers, rows)

    t = tallies["pressparse"]
    print_reliability(f"pressparse, {title}", [(c, r) for c, r, _ in t.reliability])
    if calibrate:
        cells: dict[tuple[str, ...], list[int]] = {}
        for _, right, cell in t.reliability:
            if cell is not None:
                c = cells.setdefault(cell, [0, 0])
                c[0] += 1
                c[1] += right
        coarse: dict[tuple[str, ...], list[float]] = {}
        for cell, (n, r) in cells.items():
            c2 = coarse.setdefault(cell[:5], [0, 0, 0.0])
            c2[0] += n
            c2[1] += r
            c2[2] += n * table_lookup(cell)
        rows = [[*cell, n, pct(r / n), f"{total / n:.2f}"]
                for cell, (n, r, total) in sorted(coarse.items(), key=lambda kv: -kv[1][0])]
        print_table(f"Calibration cells (the first five signals), {title}",
                    ["genre", "kind", "speaker", "evidence", "resolution", "quotes", "right",
                     "mean confidence"], rows)
        if cells_out:
            Path(cells_out).write_text(json.dumps({
                "set": title, "cells": [{"cell": list(cell), "quotes": n, "right": r}
                                        for cell, (n, r) in sorted(cells.items())]},
                indent=1) + "\n", encoding="utf-8")
        if quotes_out:
            with open(quotes_out, "w", encoding="utf-8") as fh:
                fh.write(json.dumps({"set": title}) + "\n")
                for row in t.rows:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")


#: The bins of the reliability table: [low, high), the last one closed.
RELIABILITY_BINS = ((0.0, 0.5), (0.5, 0.8), (0.8, 0.9), (0.9, 1.0))


def reliability_rows(items: list[tuple[float | None, bool]]) -> list[list[object]]:
    """Quotes, share and share right per confidence bin, then at or above 0.8."""
    rows: list[list[object]] = []
    scored = [(c, r) for c, r in items if c is not None]
    for lo, hi in RELIABILITY_BINS:
        sel = [r for c, r in scored if lo <= c < hi or (hi == 1.0 and c == 1.0)]
        close = "]" if hi == 1.0 else ")"
        rows.append([f"[{lo:.1f}, {hi:.1f}{close}", len(sel), pct(len(sel) / len(items)),
                     pct(sum(sel) / len(sel) if sel else None)])
    trusted = [r for c, r in scored if c >= 0.8]
    rows.append([">= 0.8", len(trusted), pct(len(trusted) / len(items)),
                 pct(sum(trusted) / len(trusted) if trusted else None)])
    return rows


def print_reliability(title: str, items: list[tuple[float | None, bool]]) -> None:
    if items:
        print_table(f"Confidence reliability, {title} (right = content and speaker right)",
                    ["confidence", "quotes", "share", "right"], reliability_rows(items))


def table_lookup(cell: tuple[str, ...]) -> float:
    from pressparse._extract.confidence import lookup

    return lookup(cell)


def main_all(args: argparse.Namespace) -> None:
    """Direct-only and all-attribution figures side by side, per kind, and reliability."""
    loader = load_all_polnear if args.set == "polnear" else load_all_bulk
    cases, golds = loader(args)
    if args.limit:
        cases = cases[:args.limit]
    cells = record_cells() if args.calibrate else None
    t0 = time.perf_counter()
    docs = parse_pressparse(cases, polnear=args.set == "polnear")
    timing = f"pressparse {time.perf_counter() - t0:.1f}s"
    direct: dict[str, list[list[PredQuote]]] = {
        "pressparse": [direct_preds(c, d) for c, d in zip(cases, docs, strict=True)]}
    every: dict[str, list[list[AllPred]]] = {
        "pressparse": [all_preds(c, d, cells) for c, d in zip(cases, docs, strict=True)]}
    raised = None
    if not args.no_baseline:
        try:
            import textacy  # noqa: F401
        except ImportError:
            print("NOTE: textacy is not installed; scoring pressparse alone.")
        else:
            direct["textacy"], raised = run_textacy(cases)
            every["textacy"] = [[AllPred(parts=p.parts, speaker=p.speaker,
                                         speaker_span=p.speaker_span, kind="direct",
                                         confidence=None) for p in preds]
                                for preds in direct["textacy"]]
    title = f"{args.set} {args.split}"
    n_gold = sum(len(golds[c.name]) for c in cases)
    print(f"\n{title}: {len(cases)} documents, {n_gold} gold attributions ({timing})")
    headers = ["measure"]
    for s in direct:
        headers += [f"{s} P", "R", "F1", "counts (P | R)"]
    rows = []
    tallies = {}
    for system, preds in direct.items():
        tally = Tally()
        for case, p in zip(cases, preds, strict=True):
            score(case, p, tally, False, system)
        tallies[system] = tally
    for measure in ("detection", "attribution"):
        row: list[object] = [measure]
        for t in tallies.values():
            p_num = t.pred_correct if measure == "detection" else t.pred_attributed
            r_num = t.found if measure == "detection" else t.attributed
            p, r, f = prf(p_num, t.pred, r_num, t.gold)
            row += [pct(p), pct(r), pct(f), f"{p_num}/{t.pred} | {r_num}/{t.gold}"]
        rows.append(row)
    print_table(f"Direct quotations only, {title}", headers, rows)
    all_tallies = {}
    for system, preds_all in every.items():
        tally_all = AllTally()
        for case, p in zip(cases, preds_all, strict=True):
            score_all(case, golds[case.name], p, tally_all,
                      args.show_errors and system == "pressparse", system)
        all_tallies[system] = tally_all
    report_all(title, all_tallies, args.calibrate, args.cells_out, args.quotes_out)
    if raised is not None:
        print(f"\ntextacy raised on {raised} of {len(cases)} documents; counted as no quotes.")



def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=("police", "bulk", "polnear"), default="police")
    ap.add_argument("--split", default="dev",
                    help="police: dev|heldout|all; polnear: dev|train|test (default dev)")
    ap.add_argument("--corpus", help="corpus root (default ../shared/corpus)")
    ap.add_argument("--limit", type=int, help="score only the first N documents")
    ap.add_argument("--show-errors", action="store_true",
                    help="per-document misses and false positives")
    ap.add_argument("--no-baseline", action="store_true", help="score pressparse alone")
    ap.add_argument("--all", action="store_true",
                    help="score every attribution (direct, indirect, mixed) beside direct "
                         "quotes only, with the confidence reliability table; --set police "
                         "or bulk reads the police_bulk annotations")
    ap.add_argument("--calibrate", action="store_true",
                    help="with --all: also the accuracy of each confidence cell")
    ap.add_argument("--cells-out", metavar="JSON",
                    help="with --calibrate: write the cells' counts for benchmarks/calibrate.py "
                         "(development splits only)")
    ap.add_argument("--quotes-out", metavar="JSONL",
                    help="with --calibrate: write one line per predicted quote (its cell, the "
                         "signals confidence reads, right or not) for benchmarks/calibrate.py "
                         "(development splits only)")
    ap.add_argument("--bulk-gold", help="folder of police_bulk annotations "
                                        "(default benchmarks/gold/police_bulk)")
    args = ap.parse_args(argv)

    valid = ("dev", "train", "test") if args.set == "polnear" else ("dev", "heldout", "all")
    if args.split not in valid:
        ap.error(f"--split for {args.set} must be one of {', '.join(valid)}")
    if (args.cells_out or args.quotes_out) and (not args.calibrate or args.split in ("test", "heldout", "all")):
        ap.error("--cells-out and --quotes-out need --calibrate and a development split (confidence is never "
                 "calibrated on held-out data)")
    if args.set == "polnear" and args.split == "test":
        print("=" * 72)
        print("WARNING: PolNeAR TEST split. Its README asks for it to be used once, for")
        print("final figures only. Do not tune against these numbers.")
        print("=" * 72)

    if args.all:
        main_all(args)
        return
    loaders = {"police": load_police, "bulk": load_bulk, "polnear": load_polnear}
    cases = loaders[args.set](args)
    if args.limit:
        cases = cases[:args.limit]

    systems: dict[str, list[list[PredQuote]]] = {}
    t0 = time.perf_counter()
    systems["pressparse"] = run_pressparse(cases, polnear=args.set == "polnear")
    timing = f"pressparse {time.perf_counter() - t0:.1f}s"
    raised = None
    if not args.no_baseline:
        try:
            import textacy  # noqa: F401
        except ImportError:
            print("NOTE: textacy is not installed (pip install -r benchmarks/requirements.txt); "
                  "scoring pressparse alone.")
        else:
            t1 = time.perf_counter()
            systems["textacy"], raised = run_textacy(cases)
            timing += f", textacy {time.perf_counter() - t1:.1f}s"

    tallies = {}
    for system, preds in systems.items():
        tally = Tally()
        for case, p in zip(cases, preds, strict=True):
            score(case, p, tally, args.show_errors, system)
        tallies[system] = tally

    n_gold = next(iter(tallies.values())).gold
    print(f"\n{args.set} {args.split}: {len(cases)} documents, {n_gold} gold quotes ({timing})")
    headers = ["measure"]
    for s in systems:
        headers += [f"{s} P", "R", "F1", "counts (P | R)"]
    rows = []
    for measure in ("detection", "attribution"):
        row: list[object] = [measure]
        for t in tallies.values():
            p_num = t.pred_correct if measure == "detection" else t.pred_attributed
            r_num = t.found if measure == "detection" else t.attributed
            p, r, f = prf(p_num, t.pred, r_num, t.gold)
            row += [pct(p), pct(r), pct(f), f"{p_num}/{t.pred} | {r_num}/{t.gold}"]
        rows.append(row)
    print_table(f"Direct quotations, {args.set} {args.split} (word-character overlap >= 50%)",
                headers, rows)
    fielded = [(s, t) for s, t in tallies.items() if t.fielded]
    if fielded:
        print("\nSpeaker fields, on gold quotes attributed to the right person")
        for s, t in fielded:
            print(f"  {s}: title {pct(t.title_right / t.fielded)} ({t.title_right}/{t.fielded}), "
                  f"organization {pct(t.org_right / t.fielded)} ({t.org_right}/{t.fielded})")
    if raised is not None:
        print(f"\ntextacy raised on {raised} of {len(cases)} documents "
              "(odd number of quotation marks); counted as no quotes.")


if __name__ == "__main__":
    sys.exit(main())
