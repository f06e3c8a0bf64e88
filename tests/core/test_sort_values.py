"""A data editor's header sort over plain Python cells (core/frame_sort.sort_values)."""

from __future__ import annotations

import datetime

from rerunqt.core.frame_sort import sort_values


def test_numbers_sort_as_numbers_with_missing_values_last() -> None:
    assert sort_values([10, 9, None, 2.5, float("nan"), 100], False) == [3, 1, 0, 5, 2, 4]
    assert sort_values([10, 9, None, 2.5], True) == [0, 1, 3, 2]


def test_text_dates_and_lists_sort_as_themselves() -> None:
    assert sort_values(["b", None, "a", "c"], False) == [2, 0, 3, 1]
    days = [datetime.date(2024, 3, 1), datetime.date(2023, 1, 1), None]
    assert sort_values(days, False) == [1, 0, 2]
    assert sort_values([("b",), ("a", "z"), ("a",)], False) == [2, 1, 0]


def test_ties_keep_their_order_both_ways() -> None:
    assert sort_values([1, 0, 1, 0], False) == [1, 3, 0, 2]
    assert sort_values([1, 0, 1, 0], True) == [0, 2, 1, 3]
