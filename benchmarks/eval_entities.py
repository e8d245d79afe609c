"""Entity accuracy of pressparse against hand-annotated gold, beside a stock baseline.

Gold: ``benchmarks/gold/police_entities.json`` (its "description" gives the
annotation conventions), 40 UK police press releases from
``../shared/corpus/police`` split into dev (30) and heldout (10).

Per document, pressparse gives these predicted sets:

* people        ``{p.name for p in doc.people}``
* organizations ``{o.name for o in doc.organizations}``
* phones        ``{e.value for PHONE entities}``
* money         ``{(amount, currency) for MONEY entity values}``
* dates         ``{e.value for DATE entities with a value}``, the two ends of a
  range (``e.bounds``: "from 9 to 13 August" gives the interval and both days), and
  the date of a REFERENCE ("log 1234 of 12 May")

Scoring is micro-averaged over documents: true positives, false positives and
false negatives from set comparison per document. Names are compared
case-insensitively with curly apostrophes straightened, a leading "the "
dropped and whitespace collapsed; a predicted person also matches a gold
person when the two are equal after dropping titles, or when one is a token
suffix of the other ("Sloan" / "Duncan Sloan"); every gold item is matched at
most once. Money is compared as ``(round(amount, 2), currency)``, phones and
dates as exact strings. For dates the figure that matters is RECALL of
explicit dates by value; precision is printed for information (pressparse may
emit values for expressions the gold leaves out, such as relative dates).

The BASELINE is what one would assemble from stock parts: spaCy
``en_core_web_sm`` PERSON/ORG entity texts, ``phonenumbers.PhoneNumberMatcher``
(region GB, E.164), ``price_parser`` on spaCy MONEY entities, and
``dateparser`` on spaCy DATE entities (relative base = the gold published
date, past preferred, day-month-year order; a span with a month and year but
no day gives ``YYYY-MM``, a bare four-digit year gives ``YYYY``). It reads the
same body text as pressparse (the front matter split off by
``pressparse._source.read_source``).

``--set bulk`` scores the police_bulk set instead
(``benchmarks/gold/police_bulk/*.json``, read by ``bulk_gold.load_annotations``;
the split of each release from ``benchmarks/gold/.bulk_files.txt``: 360 dev and 120
heldout on 2 December 2026). Besides the five types above it scores

* references    ``{(kind, number)}`` of REFERENCE entity values, numbers
  compared without spaces and case-insensitively;
* ages          ``{(person, age)}`` and
* residences    ``{(person, residence)}``: a gold person's age (residence)
  counts as found when the predicted person matched to them (by the people
  rule above) carries the same value (residences compared case-insensitively,
  "the " dropped, and also matching when the comma-separated parts of one are the
  first or last parts of the other: "Mill Road, Exampleton" and "Exampleton" name
  one home at two levels of detail; ``--exact-residences`` for whole strings only);
  a predicted value on an unmatched person or differing from the gold is a false
  positive.

The baseline has no references, ages or residences: stock parts offer none.

``--gum`` also scores people and organisations on ``../shared/corpus/gum_news``
(24 Wikinews articles, GUM corpus). Gold there: for every coreference entity of
type person or organization, its fullest *named* mention -- a mention made only
of proper nouns (PTB NNP/NNPS, with "of", "the", "and", "&" between them) once
a leading article and a possessive are set aside (see :func:`read_gum`).
Entities only ever referred to by pronouns or descriptions ("the team") have
no gold name and are not scored, nor are plural groups ("Afghans").
The text given to both systems is rebuilt from the ``# text`` lines of the
CoNLL-U files, one paragraph per ``# newpar``.

Run::

    python benchmarks/eval_entities.py                 # dev split
    python benchmarks/eval_entities.py --split heldout --show-errors
    python benchmarks/eval_entities.py --gum
    python benchmarks/eval_entities.py --set bulk                  # police_bulk dev
    python benchmarks/eval_entities.py --set bulk --split heldout  # report only: never tune on it
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from _common import GOLD_DIR, Counts, corpus_dir, load_stock_spacy, match_sets, pct, print_table

import pressparse
from pressparse._source import read_source

TYPES = ("people", "organizations", "phones", "money", "dates")
BULK_TYPES = (*TYPES, "references", "ages", "residences")

# A prediction: type -> set of items (names, E.164 strings, (amount, currency), ISO strings).
Pred = dict[str, set]


# --------------------------------------------------------------------------- pressparse

def pressparse_sets(doc: pressparse.Document) -> Pred:
    money = set()
    for e in doc.entities_of("MONEY"):
        if isinstance(e.value, dict) and e.value.get("amount") is not None:
            money.add((round(float(e.value["amount"]), 2), e.value.get("currency")))
    return {
        "people": {p.name for p in doc.people},
        "organizations": {o.name for o in doc.organizations},
        "phones": {e.value for e in doc.entities_of("PHONE") if e.value},
        "money": money,
        # A range gives its interval and its two ends (``Entity.bounds``), as the gold
        # lists a range's ends.
        "dates": {e.value for e in doc.entities_of("DATE") if e.value}
        | {end for e in doc.entities_of("DATE") if getattr(e, "bounds", None) for end in e.bounds}
        # and the date a reference gives ("log 1234 of 12 May"), resolved like any date:
        # the gold lists it (39 of the 42 such dates in the police_bulk dev gold)
        | {str(e.value["date"]) for e in doc.entities_of("REFERENCE")
           if isinstance(e.value, dict) and e.value.get("date")},
        "references": {(str(e.value["kind"]), _ref_number(str(e.value["number"])))
                       for e in doc.entities_of("REFERENCE")
                       if isinstance(e.value, dict) and e.value.get("number")},
        "ages": {(p.name, p.age) for p in doc.people if getattr(p, "age", None) is not None},
        "residences": {(p.name, _place(p.residence)) for p in doc.people
                       if getattr(p, "residence", None)},
    }


def _ref_number(number: str) -> str:
    return re.sub(r"\s+", "", number).upper()


def _place(place: str) -> str:
    return re.sub(r"^the\s+", "", re.sub(r"\s+", " ", place.strip().lower()))


# --------------------------------------------------------------------------- baseline

def baseline_available() -> str | None:
    """None when every baseline package imports, else a note naming the missing one."""
    for module, package in (("price_parser", "price-parser"), ("dateparser", "dateparser"),
                            ("phonenumbers", "phonenumbers")):
        try:
            __import__(module)
        except ImportError:
            return (f"NOTE: baseline package {package!r} is not installed "
                    "(pip install -r benchmarks/requirements.txt); scoring pressparse alone.")
    return None


_CURRENCIES = {"£": "GBP", "$": "USD", "€": "EUR"}
_MONTHS = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)")
_YEAR_ONLY = re.compile(r"(?:in\s+)?((?:19|20)\d\d)")


class Baseline:
    """Stock spaCy NER + phonenumbers + price-parser + dateparser."""

    def __init__(self) -> None:
        self.nlp = load_stock_spacy()

    def predict(self, texts: list[str], published: list[str | None]) -> list[Pred]:
        return [self._one(sdoc, text, pub) for sdoc, text, pub in
                zip(self.nlp.pipe(texts, batch_size=32), texts, published, strict=True)]

    def _one(self, sdoc, text: str, published: str | None) -> Pred:
        import phonenumbers
        from price_parser import Price

        out: Pred = {t: set() for t in BULK_TYPES}
        for ent in sdoc.ents:
            if ent.label_ == "PERSON":
                out["people"].add(ent.text)
            elif ent.label_ == "ORG":
                out["organizations"].add(ent.text)
            elif ent.label_ == "MONEY":
                price = Price.fromstring(ent.text)
                if price.amount is not None:
                    cur = _CURRENCIES.get((price.currency or "").strip())
                    out["money"].add((round(float(price.amount), 2), cur))
            elif ent.label_ == "DATE":
                value = self._date(ent.text, published)
                if value:
                    out["dates"].add(value)
        for m in phonenumbers.PhoneNumberMatcher(text, "GB"):
            out["phones"].add(phonenumbers.format_number(
                m.number, phonenumbers.PhoneNumberFormat.E164))
        return out

    @staticmethod
    def _date(span: str, published: str | None) -> str | None:
        import dateparser

        year_only = _YEAR_ONLY.fullmatch(span.strip())
        if year_only:
            return year_only.group(1)
        settings: dict = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"}
        if published and re.fullmatch(r"\d{4}-\d\d-\d\d", published):
            settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(published)
        try:
            parsed = dateparser.parse(span, languages=["en"], settings=settings)
        except Exception:  # noqa: BLE001 - dateparser raises anything on some odd inputs
            return None
        if parsed is None:
            return None
        if parsed.day == 1 and _MONTHS.search(span) and not _DAY.search(span):
            return parsed.strftime("%Y-%m")
        return parsed.date().isoformat()


# --------------------------------------------------------------------------- scoring

def _key(kind: str) -> Callable:
    if kind == "money":
        return lambda m: (round(float(m[0]), 2), m[1])
    return lambda x: x


def score_doc(gold: Pred, pred: Pred, types: Iterable[str]) -> dict[str, tuple[int, list, list]]:
    """Per type: (TP, false positives, false negatives) for one document."""
    result = {}
    for kind in types:
        if kind in ("people", "organizations"):
            pairs, fps, fns = match_sets(gold[kind], pred[kind], people=(kind == "people"))
            result[kind] = (len(pairs), fps, fns)
        elif kind in ("ages", "residences"):
            result[kind] = _score_attribute(gold, pred, kind)
        else:
            key = _key(kind)
            g, p = {key(x) for x in gold[kind]}, {key(x) for x in pred[kind]}
            result[kind] = (len(g & p), sorted(p - g, key=str), sorted(g - p, key=str))
    return result


def _score_attribute(gold: Pred, pred: Pred, kind: str) -> tuple[int, list, list]:
    """A person's attribute is right when the predicted person matched to the gold one
    carries the same value."""
    pairs, _, _ = match_sets(gold["people"], pred["people"], people=True)
    person_of = {p: g for g, p in pairs}
    gold_values = dict(gold[kind])
    tp, fps = 0, []
    for name, value in pred[kind]:
        person = person_of.get(name)
        if person is not None and person in gold_values \
                and _same_value(kind, gold_values[person], value):
            tp += 1
            gold_values.pop(person)
        else:
            fps.append((name, value))
    return tp, sorted(fps, key=str), sorted(gold_values.items(), key=str)


#: ``--exact-residences``: compare residences as whole strings (the scorer before 2 Dec 2026).
EXACT_RESIDENCES = False


def _same_value(kind: str, gold: object, pred: object) -> bool:
    """Ages equal; residences equal, or one the other at a coarser level of detail.

    The annotators split on how much of an address to write ("Mill Road,
    Exampleton" / "Exampleton"; "Exampleville, in Normandy, France" /
    "Exampleville"), so a residence also counts when its comma-separated parts
    are the first or the last parts of the other's ("X in Y" counts as the parts
    X, Y): the same home, told more or less fully. Two different towns never
    match.
    """
    if gold == pred or kind != "residences" or EXACT_RESIDENCES:
        return gold == pred
    g, p = _place_parts(str(gold)), _place_parts(str(pred))
    short, long = sorted((g, p), key=len)
    return bool(short) and (long[:len(short)] == short or long[-len(short):] == short)


def _place_parts(place: str) -> list[str]:
    return [re.sub(r"^(?:in|near)\s+(?:the\s+)?", "", part.strip())
            for part in re.split(r",|\s+in\s+", place) if part.strip()]


def report(title: str, systems: dict[str, list[Pred]], gold: list[Pred], names: list[str],
           types: Iterable[str], show_errors: bool) -> None:
    types = list(types)
    totals = {s: {t: Counts() for t in types} for s in systems}
    for system, preds in systems.items():
        for name, g, p in zip(names, gold, preds, strict=True):
            scored = score_doc(g, p, types)
            for kind, (tp, fps, fns) in scored.items():
                totals[system][kind].add(tp, len(fps), len(fns))
            if show_errors and any(fps or fns for _, fps, fns in scored.values()):
                print(f"\n[{system}] {name}")
                for kind, (_, fps, fns) in scored.items():
                    if fps:
                        print(f"  {kind:13} FP: {fps}")
                    if fns:
                        print(f"  {kind:13} FN: {fns}")
    headers = ["type"]
    for s in systems:
        headers += [f"{s} P", "R", "F1", "TP/FP/FN"]
    rows = []
    for kind in types:
        row: list[object] = [kind]
        for s in systems:
            c = totals[s][kind]
            row += [pct(c.precision), pct(c.recall), pct(c.f1), f"{c.tp}/{c.fp}/{c.fn}"]
        rows.append(row)
    print_table(title, headers, rows)


# --------------------------------------------------------------------------- police

def run_police(args: argparse.Namespace, baseline: Baseline | None) -> None:
    root = corpus_dir(args.corpus, "police")
    data = json.loads((GOLD_DIR / "police_entities.json").read_text(encoding="utf-8"))
    docs = {k: v for k, v in data["documents"].items()
            if args.split == "all" or v["split"] == args.split}
    names = list(docs)
    paths = [root / n for n in names]
    gold = [{"people": set(v["people"]), "organizations": set(v["organizations"]),
             "phones": set(v["phones"]),
             "money": {(m["amount"], m["currency"]) for m in v["money"]},
             "dates": set(v["dates"])} for v in docs.values()]

    t0 = time.perf_counter()
    parser = pressparse.DocumentParser()
    systems = {"pressparse": [pressparse_sets(d) for d in parser.parse_documents(paths)]}
    t1 = time.perf_counter()
    timing = f"pressparse {t1 - t0:.1f}s"
    if baseline is not None:
        bodies = [read_source(p).body for p in paths]
        systems["baseline"] = baseline.predict(bodies, [v.get("published") for v in docs.values()])
        timing += f", baseline {time.perf_counter() - t1:.1f}s"
    print(f"police entities, split={args.split}: {len(names)} documents ({timing})")
    report(f"Police press releases ({args.split}), micro-averaged over documents",
           systems, gold, names, TYPES, args.show_errors)
    print("\nNote: for dates the target is RECALL of explicit dates by value; "
          "precision is for information only.")


# --------------------------------------------------------------------------- police_bulk

def bulk_gold_sets(ann: dict) -> Pred:
    """The scored sets of one police_bulk annotation (see ``bulk_gold.py``)."""
    people = [p for p in ann.get("people", []) if isinstance(p, dict) and p.get("name")]
    return {
        "people": {p["name"] for p in people},
        "organizations": set(ann.get("organizations", [])),
        "phones": set(ann.get("phones", [])),
        "money": {(float(m[0]), m[1]) for m in ann.get("money", [])},
        "dates": set(ann.get("dates", [])),
        "references": {(r["kind"], _ref_number(r["number"])) for r in ann.get("references", [])},
        "ages": {(p["name"], int(p["age"])) for p in people if p.get("age") is not None},
        "residences": {(p["name"], _place(p["residence"])) for p in people
                       if p.get("residence")},
    }


def run_bulk(args: argparse.Namespace, baseline: Baseline | None) -> None:
    import bulk_gold

    if args.bulk_gold:
        bulk_gold.GOLD_DIR = Path(args.bulk_gold)
    root = corpus_dir(args.corpus, "police_bulk")
    split = "dev" if args.split is None else args.split
    docs = {k: v for k, v in bulk_gold.load_annotations().items()
            if split == "all" and v["split"] != "unlisted" or v["split"] == split}
    if not docs:
        sys.exit(f"error: no police_bulk annotations for split {split!r} in {bulk_gold.GOLD_DIR}")
    names = list(docs)
    paths = [root / n for n in names]
    gold = [bulk_gold_sets(v) for v in docs.values()]

    t0 = time.perf_counter()
    parser = pressparse.DocumentParser()
    systems = {"pressparse": [pressparse_sets(d) for d in parser.parse_documents(paths)]}
    t1 = time.perf_counter()
    timing = f"pressparse {t1 - t0:.1f}s"
    if baseline is not None:
        bodies = [read_source(p).body for p in paths]
        systems["baseline"] = baseline.predict(bodies, [v.get("published") for v in docs.values()])
        timing += f", baseline {time.perf_counter() - t1:.1f}s"
    print(f"police_bulk entities, split={split}: {len(names)} documents ({timing})")
    report(f"police_bulk releases ({split}), micro-averaged over documents",
           systems, gold, names, BULK_TYPES, args.show_errors)
    print("\nNote: for dates the target is RECALL of explicit dates by value; "
          "precision is for information only. The baseline has no references, ages "
          "or residences.")


# --------------------------------------------------------------------------- GUM

# "(id-type-...)" opens (and, with the final ")", closes) a mention; "id)" closes one.
_ENTITY = re.compile(r"\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)")
_CONNECTORS = {"of", "and", "&", "-", "for", "de", "the", ".", "'", "\u2019"}
_PROPER = {"NNP", "NNPS"}


def read_gum(path: Path) -> tuple[str, dict[str, set[str]]]:
    """Text and gold {"people", "organizations"} name sets of one GUM CoNLL-U file.

    A mention is *named* when, after a leading determiner and a trailing
    possessive, all its tokens are proper nouns (PTB tag NNP/NNPS) or
    connectors between them (for organisations "of", "the", "and", "&", "-",
    "."; for people only "-", "." and apostrophes, so "Gary Chan of DAB" is not
    a name; never "and the"), the first and last being proper nouns, the last
    singular (NNP: plural groups such as "Afghans" are left out). Each person/organization entity's gold name is
    its longest named mention, preferring mentions without a determiner (so
    "John Kerry" beats "the Secretary of State").
    """
    paragraphs: list[list[str]] = []
    sentences: list[list[tuple[str, str, str]]] = []  # (form, xpos, misc)
    current: list[tuple[str, str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newpar") and not line.startswith("# newpar_"):
            paragraphs.append([])
        elif line.startswith("# text = "):
            if not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append(line[len("# text = "):])
        elif not line.strip():
            if current:
                sentences.append(current)
                current = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue  # multi-word token ranges and empty nodes
            current.append((cols[1], cols[4], cols[9]))
    if current:
        sentences.append(current)
    text = "\n\n".join(" ".join(p) for p in paragraphs if p)

    etypes: dict[str, str] = {}
    forms: dict[str, list[tuple[bool, int, str]]] = {}
    for sent in sentences:
        open_: dict[str, list[int]] = {}
        for i, (_form, _xpos, misc) in enumerate(sent):
            ent = next((f[len("Entity="):] for f in misc.split("|") if f.startswith("Entity=")), "")
            for m in _ENTITY.finditer(ent):
                if m.group(1):
                    eid = m.group(1)
                    etypes[eid] = m.group(2)
                    open_.setdefault(eid, []).append(i)
                    if m.group(3):
                        _mention(sent, eid, etypes[eid], open_, i, forms)
                else:
                    _mention(sent, m.group(4), etypes.get(m.group(4), ""), open_, i, forms)
    gold: dict[str, set[str]] = {"people": set(), "organizations": set()}
    for eid, named in forms.items():
        kind = {"person": "people", "organization": "organizations"}.get(etypes.get(eid, ""))
        if kind and named:
            gold[kind].add(max(named)[2])
    return text, gold


def _mention(sent: list[tuple[str, str, str]], eid: str, etype: str, open_: dict[str, list[int]],
             end: int, forms: dict[str, list[tuple[bool, int, str]]]) -> None:
    """Close mention ``eid`` at token ``end``; record its text if it is named."""
    starts = open_.get(eid)
    if not starts:
        return
    start = starts.pop()
    toks = sent[start:end + 1]
    has_det = bool(toks) and toks[0][0].lower() in ("the", "a", "an")
    if has_det:
        toks = toks[1:]
    if toks and toks[-1][0] in ("'s", "'", "\u2019s", "\u2019"):
        toks = toks[:-1]
    if not toks or toks[0][1] not in _PROPER or toks[-1][1] != "NNP":
        return
    # people: no "of"/"and" ("Gary Chan of DAB", coordinations); orgs: no "and the"
    connectors = {"-", ".", "'", "\u2019"} if etype == "person" else _CONNECTORS
    if not all(t[1] in _PROPER or t[0].lower() in connectors for t in toks):
        return
    words = [t[0].lower() for t in toks]
    if any(a == "and" and b == "the" for a, b in itertools.pairwise(words)):
        return
    parts = []
    for k, tok in enumerate(toks):
        parts.append(tok[0])
        if k < len(toks) - 1 and "SpaceAfter=No" not in tok[2]:
            parts.append(" ")
    forms.setdefault(eid, []).append((not has_det, len(toks), "".join(parts)))


def run_gum(args: argparse.Namespace, baseline: Baseline | None) -> None:
    root = corpus_dir(args.corpus, "gum_news") / "dep"
    files = sorted(root.glob("*.conllu"))
    names, texts, gold = [], [], []
    for f in files:
        text, g = read_gum(f)
        names.append(f.stem)
        texts.append(text)
        gold.append({**g, "phones": set(), "money": set(), "dates": set()})
    t0 = time.perf_counter()
    parser = pressparse.DocumentParser()
    inputs = [pressparse.TextInput(text=t, name=n) for t, n in zip(texts, names, strict=True)]
    systems = {"pressparse": [pressparse_sets(d) for d in parser.parse_documents(inputs)]}
    t1 = time.perf_counter()
    timing = f"pressparse {t1 - t0:.1f}s"
    if baseline is not None:
        systems["baseline"] = baseline.predict(texts, [None] * len(texts))
        timing += f", baseline {time.perf_counter() - t1:.1f}s"
    n_p = sum(len(g["people"]) for g in gold)
    n_o = sum(len(g["organizations"]) for g in gold)
    print(f"\nGUM news: {len(files)} documents, gold {n_p} people, {n_o} organisations ({timing})")
    report("GUM news (Wikinews), named people and organisations, micro-averaged",
           systems, gold, names, ("people", "organizations"), args.show_errors)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=("police", "bulk"), default="police",
                    help="the 40-release police gold (default) or the police_bulk set")
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default=None,
                    help="default dev")
    ap.add_argument("--bulk-gold", help="folder of police_bulk annotations "
                    "(default benchmarks/gold/police_bulk)")
    ap.add_argument("--corpus", help="corpus root (default ../shared/corpus)")
    ap.add_argument("--show-errors", action="store_true", help="per-document FP/FN lists")
    ap.add_argument("--gum", action="store_true", help="also score PERSON/ORG on GUM news")
    ap.add_argument("--no-baseline", action="store_true", help="score pressparse alone")
    ap.add_argument("--exact-residences", action="store_true",
                    help="residences only as whole strings, not at a coarser level of detail")
    args = ap.parse_args(argv)
    global EXACT_RESIDENCES  # one switch, read by the scorer
    EXACT_RESIDENCES = args.exact_residences

    baseline = None
    if not args.no_baseline:
        note = baseline_available()
        if note:
            print(note)
        else:
            baseline = Baseline()
    if args.set == "bulk":
        run_bulk(args, baseline)
    else:
        args.split = args.split or "dev"
        run_police(args, baseline)
    if args.gum:
        run_gum(args, baseline)


if __name__ == "__main__":
    sys.exit(main())
