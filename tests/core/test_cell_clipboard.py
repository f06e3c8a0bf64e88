"""The data editor's clipboard text: tab-separated, quoted as spreadsheets write it."""

from __future__ import annotations

from datetime import date, time

import pytest

from rerunqt.core.cell_clipboard import copy_text, from_tsv, pasted_bool, to_tsv


def test_cells_copy_as_their_plain_values() -> None:
    assert [copy_text(v) for v in (None, float("nan"), True, False, 3, 2.5, "a")] == [
        "", "", "TRUE", "FALSE", "3", "2.5", "a"]
    assert copy_text(date(2024, 1, 2)) == "2024-01-02" and copy_text(time(9, 30)) == "09:30:00"
    assert copy_text(["x", "y"]) == "x,y"


def test_tsv_round_trips_tabs_line_breaks_and_quotes() -> None:
    grid = [["a", "b\tc", ""], ["1", 'say "hi"', "two\nlines"]]
    text = to_tsv(grid)
    assert text.splitlines()[0] == 'a\t"b\tc"\t'
    assert from_tsv(text) == grid


def test_pasted_text_reads_windows_line_ends_and_ignores_a_trailing_one() -> None:
    assert from_tsv("Q\t9\r\nR\t8\r\n") == [["Q", "9"], ["R", "8"]]
    assert from_tsv("") == [] and from_tsv("a\n\nb") == [["a"], [""], ["b"]]


def test_pasted_check_boxes_read_words() -> None:
    assert [pasted_bool(t) for t in ("TRUE", "false", "yes", "0", "")] == [True, False, True, False, None]
    with pytest.raises(ValueError):
        pasted_bool("maybe")
