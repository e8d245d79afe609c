"""Finding quotations by their marks: pure text, no model needed."""

from __future__ import annotations

import pytest

from pressparse._extract.paragraphs import paragraph_spans
from pressparse._extract.quotemarks import find_quotations


def quoted(text: str) -> list[list[str]]:
    """The quoted words of each quotation, one string per part."""
    return [[text[p.start:p.end] for p in q.parts]
            for q in find_quotations(text, paragraph_spans(text))]


def test_curly_and_straight_double_quotes():
    text = "She said: \u201cWe will find them.\u201d He said: \"Call us now.\""
    assert quoted(text) == [["We will find them."], ["Call us now."]]


def test_british_multi_paragraph_quotation_is_one_quote():
    text = (
        "Jane Doe said:\n\n"
        "\u201cThe first paragraph goes on.\n\n"
        "\u201cThe second one too.\n\n"
        "\u201cAnd the last one closes.\u201d\n\n"
        "Police are appealing for witnesses."
    )
    assert quoted(text) == [["The first paragraph goes on.", "The second one too.",
                             "And the last one closes."]]


def test_reopening_after_a_hard_line_break_starts_a_new_part():
    text = "\u201cFirst line of the quote\n\u201cSecond line of the quote.\u201d"
    assert quoted(text) == [["First line of the quote", "Second line of the quote."]]


def test_interrupted_quotation_is_two_quotes():
    text = "\"Go home,\" she said, \"and stay safe.\""
    assert quoted(text) == [["Go home,"], ["and stay safe."]]


def test_single_quotes_are_told_from_apostrophes():
    text = ("The officers' work was praised. 'We don't give up,' he said. "
            "It's the family's home.")
    assert quoted(text) == [["We don't give up,"]]


def test_possessive_s_apostrophe_inside_a_single_quoted_quote():
    text = "'The victims' families deserve answers,' she said."
    assert quoted(text) == [["The victims' families deserve answers,"]]


def test_an_opening_mark_where_a_closing_one_belongs():
    text = "He said \u201cwe are closing the road\u201c and left. \u201cNext one.\u201d"
    assert quoted(text) == [["we are closing the road"], ["Next one."]]


def test_a_missing_closing_mark_ends_with_the_paragraph_and_keeps_the_rest():
    text = ("\u201cThis quote is never closed\n\n"
            "Officers attended.\n\n"
            "\u201cThis one is.\u201d")
    assert quoted(text) == [["This quote is never closed"], ["This one is."]]


def test_continuation_closed_in_the_next_paragraph_without_reopening():
    text = "\u201cIt began here\n\nand ends here.\u201d she said."
    assert quoted(text) == [["It began here", "and ends here."]]


def test_nested_quotes_stay_inside_the_outer_quotation():
    text = "\u201cShe told me \u2018run\u2019 and I ran,\u201d he said."
    assert quoted(text) == [["She told me \u2018run\u2019 and I ran,"]]


def test_doubled_apostrophes_read_as_a_double_mark():
    text = "''This isn't reform,'' said the economist."
    assert quoted(text) == [["This isn't reform,"]]


def test_a_doubled_apostrophe_closes_with_both_halves():
    text = "''Is this reform?'' said the economist. ''No.''"
    first = find_quotations(text, paragraph_spans(text))[0]
    assert text[first.outer_end:].startswith(" said")


def test_markup_around_parts_is_left_out():
    text = "> \u201cA quoted line in a blockquote.\u201d\n\n**\u201cBold quote\u201d**"
    assert quoted(text) == [["A quoted line in a blockquote."], ["Bold quote"]]


@pytest.mark.parametrize("marks", ["\u201c" * 500, "\"" * 501, "'" * 999, "\u2019x " * 300])
def test_unmatched_marks_never_break_offsets(marks):
    text = f"Start. {marks} end."
    for quote in find_quotations(text, paragraph_spans(text)):
        for part in quote.parts:
            assert 0 <= part.start < part.end <= len(text)
            assert text[part.start:part.end].strip() == text[part.start:part.end]


def test_straight_marks_opened_and_closed_inside_a_quotation_are_nested():
    text = 'PC Jo Arley said: "He was called "cruel" by the judge and is now in prison."'
    assert quoted(text) == [['He was called "cruel" by the judge and is now in prison.']]


def test_two_straight_quotations_side_by_side_stay_two():
    text = 'The sign said "Stop here" and another said "Go on now" to drivers.'
    assert quoted(text) == [["Stop here"], ["Go on now"]]


def test_one_word_in_single_marks_is_closed_by_its_own_mark():
    # "the 'wardens' would ..." reads like a plural possessive, but a quotation
    # of one word closes at its own mark, not at the next quotation's.
    text = "She was told the \u2018wardens\u2019 would come to collect the \u2018parcel\u2019 later."
    assert quoted(text) == [["wardens"], ["parcel"]]
