"""Time parse_text and the extraction stage on pathological text of growing size.

For each kind of hostile text, at 25, 50, 100 and 200 KB, prints the time of
``parse_text`` (spaCy + extraction) and of ``build_document`` alone (the body
is run through ``nlp`` first, untimed). Linear stages show times roughly
doubling with the size; a ratio column gives time(200 KB) / time(25 KB), which
is about 8 when linear and about 64 when quadratic. Not a pass/fail test.

    python benchmarks/pathological.py
    python benchmarks/pathological.py --sizes 25 50 --kinds apostrophes
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

MARKS = "“”‘’\"'„«»‚"


def _repeat(unit: Callable[[int], str], size: int) -> str:
    out, n, total = [], 0, 0
    while total < size:
        piece = unit(n)
        out.append(piece)
        total += len(piece)
        n += 1
    return "".join(out)[:size]


def unmatched_marks(size: int) -> str:
    rng = random.Random(1)
    return _repeat(lambda i: (rng.choice(MARKS) + "word " if i % 3 else rng.choice(MARKS) + " ")
                   + ("\n\n" if i % 400 == 399 else ""), size)


def one_paragraph(size: int) -> str:
    """A single paragraph (no blank line) of quotations opened and never closed."""
    rng = random.Random(2)
    return _repeat(lambda i: f"“Officer {i} said" + rng.choice(MARKS) + " ", size)


def apostrophes(size: int) -> str:
    return _repeat(lambda i: "'" * 1000 + ("\n\n" if i % 10 == 9 else " "), size)


def digits_and_dashes(size: int) -> str:
    return _repeat(lambda i: "0123456789" * 50 + " " + "-" * 500 + " " + "1-" * 250
                   + " 0800 " + "£1," * 50 + "\n", size)


def said_lines(size: int) -> str:
    return _repeat(lambda i: "Detective Sergeant Jane Smith said:\n", size)


def said_quotes(size: int) -> str:
    """Realistic but long: thousands of attributed quotations and names."""
    return _repeat(lambda i: f"Detective Sergeant Jane Smith{i % 50} of Kent Police said: "
                             f"“We are appealing for witnesses, call 101.”\n\n", size)


KINDS: dict[str, Callable[[int], str]] = {
    "unmatched_marks": unmatched_marks,
    "one_paragraph": one_paragraph,
    "apostrophes": apostrophes,
    "digits_and_dashes": digits_and_dashes,
    "said_lines": said_lines,
    "said_quotes": said_quotes,
}


def main(argv: list[str] | None = None) -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--sizes", type=int, nargs="*", default=[25, 50, 100, 200],
                      help="sizes in KB (1,000 characters)")
    args.add_argument("--kinds", nargs="*", default=list(KINDS), choices=list(KINDS))
    opts = args.parse_args(argv)

    from pressparse import DocumentParser
    from pressparse._extract import build_document
    from pressparse._parser import PIECE_CHARS, split_for_pipeline
    from pressparse._source import split_source

    parser = DocumentParser()
    nlp = parser.nlp
    parser.parse_text("Warm up: Jane Smith said: “Hello.”")
    print(f"{'kind':<20}" + "".join(f"{f'{s} KB parse':>14}{'extract':>9}" for s in opts.sizes)
          + f"{'ratio parse':>13}{'ratio extract':>15}")
    for kind in opts.kinds:
        row = f"{kind:<20}"
        parse_times, extract_times = [], []
        for size in opts.sizes:
            text = KINDS[kind](size * 1000)
            start = time.perf_counter()
            parser.parse_text(text)
            parse_times.append(time.perf_counter() - start)
            source = split_source(text)
            docs = list(nlp.pipe(split_for_pipeline(source.body, PIECE_CHARS)))
            if len(docs) > 1:
                from spacy.tokens import Doc

                doc = Doc.from_docs(docs, ensure_whitespace=False)
            else:
                doc = docs[0]
            start = time.perf_counter()
            build_document(source, doc)
            extract_times.append(time.perf_counter() - start)
            row += f"{parse_times[-1]:>13.2f}s{extract_times[-1]:>8.2f}s"
        row += f"{parse_times[-1] / parse_times[0]:>13.1f}{extract_times[-1] / extract_times[0]:>15.1f}"
        print(row, flush=True)


if __name__ == "__main__":
    main()
