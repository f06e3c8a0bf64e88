"""Character indices versus Qt's UTF-16 positions (core/text_units.py)."""

from __future__ import annotations

from rerunqt.core.text_units import drop_excess, excess_span, index_of, position_of, utf16_len

E = "\U0001f600"


def test_utf16_length_counts_an_emoji_as_two() -> None:
    assert utf16_len("abc") == 3
    assert utf16_len(f"a{E}b") == 4
    assert utf16_len("é日") == 2


def test_positions_and_indices_round_trip() -> None:
    text = f"a{E}b{E}"
    assert [position_of(text, i) for i in range(5)] == [0, 1, 3, 4, 6]
    assert [index_of(text, p) for p in (0, 1, 3, 4, 6)] == [0, 1, 2, 3, 4]
    assert index_of(text, 2) == 1  # inside the pair: before it


def test_the_excess_is_taken_just_before_the_cursor_or_else_from_the_end() -> None:
    assert excess_span("abcXYdef", 5, 6) == (3, 5)
    assert drop_excess("abcXYdef", 5, 6) == ("abcdef", 3)
    assert drop_excess("Xabcdef", 1, 3) == ("Xab", 1)
    assert drop_excess("abc", 1, 5) == ("abc", 1)
    assert drop_excess(f"{E}{E}{E}", 3, 2) == (f"{E}{E}", 2)
