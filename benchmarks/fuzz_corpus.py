"""Mutate corpus files and parse them: every result is a valid Document or a typed error.

Takes corpus files (police, police_bulk, polnear, us_prosecutors,
au_parliament_press; up to ``--max-size`` bytes), applies one to three random
mutations to each copy (truncation that may split a UTF-8 sequence, random
bytes spliced in, quotation marks inserted, a front-matter fence removed or
duplicated, a BOM doubled, line endings turned to lone CRs, U+2028 inserted,
a bad explicit YAML tag, a colliding key, a run of punctuation, a NUL byte,
a re-encoding as UTF-16 or cp1252) and parses the mutants with
``parse_documents(on_error="collect")``. For each result it checks:

- a Document: ``decode_bytes(file)[body_offset:] == text``, every entity,
  mention, quote part, cue and speaker span indexes the text, and
  ``to_json()`` encodes as UTF-8 and reads back equal;
- a ParseFailure: its error is a ``PressParseError`` (or the ``OSError`` the
  system gave for the file).

Anything else is counted: an *untyped* exception (an error of another class,
or an exception escaping ``parse_documents``) or an *offset violation*.
Exit status 1 if either count is not zero. Seeded: the same ``--seed`` gives
the same mutants.

    python benchmarks/fuzz_corpus.py                      # 10,000 mutants, 2 workers
    python benchmarks/fuzz_corpus.py --count 500 --jobs 1 --seed 7
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import DEFAULT_CORPUS

FOLDERS = ("police", "police_bulk", "polnear", "us_prosecutors", "au_parliament_press")
MARKS = "\u201c\u201d\u2018\u2019\"'\u201e\u00ab\u00bb\u201a"
FENCES = (b"```yaml", b"```yml", b"---", b"+++", b"```")
BAD_TAGS = (b"x: !!bool maybe\n", b'x: !!int ""\n', b'x: !!float ""\n', b"x: !!timestamp foo\n",
            b"1: a\n'1': b\n", b"true: a\n'True': b\n", b"x: !!python/name:os.system\n")
Mutation = Callable[[random.Random, bytes], bytes]


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[:rng.randint(0, len(data))]


def _splice(rng: random.Random, data: bytes) -> bytes:
    at = rng.randint(0, len(data))
    return data[:at] + rng.randbytes(rng.randint(0, 12)) + data[at + rng.randint(0, 8):]


def _quotes(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", "surrogateescape")
    for _ in range(rng.randint(1, 30)):
        at = rng.randint(0, len(text))
        text = text[:at] + rng.choice(MARKS) + text[at:]
    return text.encode("utf-8", "surrogateescape")


def _fence(rng: random.Random, data: bytes) -> bytes:
    lines = data.splitlines(keepends=True)
    fences = [i for i, line in enumerate(lines[:400]) if line.strip().startswith(FENCES)]
    if not fences:
        return data
    i = rng.choice(fences)
    if rng.random() < 0.5:
        del lines[i]
    else:
        lines.insert(i, lines[i])
    return b"".join(lines)


def _bom(rng: random.Random, data: bytes) -> bytes:
    return b"\xef\xbb\xbf" * rng.randint(1, 3) + data


def _lone_cr(rng: random.Random, data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r")


def _separator(rng: random.Random, data: bytes) -> bytes:
    at = rng.randint(0, min(len(data), 400))
    return data[:at] + rng.choice(["\u2028", "\u2029", "\u0085"]).encode() + data[at:]


def _bad_tag(rng: random.Random, data: bytes) -> bytes:
    lines = data.splitlines(keepends=True)
    fences = [i for i, line in enumerate(lines[:40]) if line.strip().startswith(FENCES)]
    at = fences[0] + 1 if fences else 0
    lines.insert(at, rng.choice(BAD_TAGS))
    return b"".join(lines)


def _punctuation_run(rng: random.Random, data: bytes) -> bytes:
    at = rng.randint(0, len(data))
    run = rng.choice(["\u00a3", '"', "'", "(", "?", "!-", "\u201c"]) * rng.randint(30, 3000)
    return data[:at] + run.encode() + data[at:]


def _nul(rng: random.Random, data: bytes) -> bytes:
    at = rng.randint(0, len(data))
    return data[:at] + b"\x00" + data[at:]


def _reencode(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    codec = rng.choice(["utf-16", "cp1252", "utf-8-sig"])
    return text.encode(codec, "replace")


MUTATIONS: dict[str, Mutation] = {
    "truncate": _truncate, "splice": _splice, "quotes": _quotes, "fence": _fence,
    "bom": _bom, "lone_cr": _lone_cr, "separator": _separator, "bad_tag": _bad_tag,
    "punctuation_run": _punctuation_run, "nul": _nul, "reencode": _reencode,
}


def offset_violations(doc: object, expected: str | None) -> list[str]:
    """What is wrong with ``doc``'s offsets (empty when nothing is)."""
    from pressparse import Document

    assert isinstance(doc, Document)
    text = doc.text
    wrong = []
    if expected is not None and expected[doc.body_offset:] != text:
        wrong.append("body_offset")
    spans: list[tuple[str, object]] = [("entity", e) for e in doc.entities]
    for record in (*doc.people, *doc.organizations):
        spans += [("mention", m) for m in record.mentions]
    for quote in doc.quotes:
        spans += [("quote", p) for p in quote.parts]
        spans += [(kind, s) for kind, s in (("cue", quote.cue), ("speaker", quote.speaker))
                  if s is not None]
    for kind, span in spans:
        start, end, value = span.start, span.end, span.text  # type: ignore[attr-defined]
        if not (0 <= start <= end <= len(text)) or text[start:end] != value:
            wrong.append(kind)
    try:
        encoded = doc.to_json()
        encoded.encode("utf-8")
        if Document.from_json(encoded) != doc:
            wrong.append("round trip")
    except (UnicodeEncodeError, ValueError) as exc:
        wrong.append(f"to_json: {type(exc).__name__}")
    return wrong


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--count", type=int, default=10_000, help="mutants to parse")
    args.add_argument("--seed", type=int, default=14)
    args.add_argument("--jobs", type=int, default=2)
    args.add_argument("--max-size", type=int, default=16_000, help="largest source file, bytes")
    args.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    opts = args.parse_args(argv)

    import pressparse
    from pressparse import DocumentParser, ParseFailure, PressParseError
    from pressparse._source import decode_bytes

    root = Path(opts.corpus)
    sources = [p for folder in FOLDERS if (root / folder).is_dir()
               for p in sorted((root / folder).rglob("*"))
               if p.suffix in (".md", ".txt") and p.is_file() and p.stat().st_size <= opts.max_size]
    if not sources:
        sys.exit(f"error: no corpus files under {root}")
    rng = random.Random(opts.seed)
    parser = DocumentParser()
    parser.nlp  # noqa: B018 - load before timing
    used: collections.Counter[str] = collections.Counter()
    outcomes: collections.Counter[str] = collections.Counter()
    untyped: list[str] = []
    violations: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="pressparse-fuzz-") as tmp:
        paths: list[Path] = []
        expected: dict[str, str | None] = {}
        for n in range(opts.count):
            data = rng.choice(sources).read_bytes()
            for name in rng.sample(list(MUTATIONS), rng.randint(1, 3)):
                data = MUTATIONS[name](rng, data)
                used[name] += 1
            path = Path(tmp) / f"mutant-{n:05d}.md"
            path.write_bytes(data)
            paths.append(path)
            try:
                expected[str(path)] = decode_bytes(data)
            except PressParseError:
                expected[str(path)] = None
        position = 0
        while position < len(paths):
            results = parser.parse_documents(paths[position:], n_process=opts.jobs,
                                             on_error="collect")
            try:
                for result in results:
                    path = str(paths[position])
                    position += 1
                    if isinstance(result, ParseFailure):
                        error = result.error
                        if isinstance(error, PressParseError | OSError):
                            outcomes[type(error).__name__] += 1
                        else:
                            untyped.append(f"{path}: {type(error).__name__}: {error}")
                        continue
                    outcomes["Document"] += 1
                    wrong = offset_violations(result, expected[path])
                    if wrong:
                        violations.append(f"{path}: {', '.join(sorted(set(wrong)))}")
            except Exception as exc:  # noqa: BLE001 - escaped parse_documents: untyped
                untyped.append(f"{paths[position]}: escaped: {type(exc).__name__}: {exc}")
                position += 1
        elapsed = time.perf_counter() - started
        for line in untyped[:20] + violations[:20]:
            print("  ", line)
    summary = {
        "pressparse": pressparse.__version__, "mutants": len(paths), "seed": opts.seed,
        "source files": len(sources), "jobs": opts.jobs, "seconds": round(elapsed, 1),
        "outcomes": dict(outcomes.most_common()), "untyped exceptions": len(untyped),
        "offset violations": len(violations), "mutations applied": dict(used.most_common()),
    }
    print(json.dumps(summary, indent=2))
    return 1 if untyped or violations else 0


if __name__ == "__main__":
    sys.exit(main())
