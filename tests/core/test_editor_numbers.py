"""How the data editor's grid takes a typed number: NumberColumn max / min / step."""

from __future__ import annotations

import pytest

from rerunqt.core.editor_columns import step_decimals, typed_number


def test_step_decimals_count_the_step_s_fraction_digits() -> None:
    assert [step_decimals(s) for s in (0.5, 0.01, 1, 2.0, 0.001, 1e-7, None, True)] == [
        1, 2, 0, 0, 3, 7, None, None]


def test_a_number_above_max_becomes_max_and_below_min_is_refused() -> None:
    config = {"type": "number", "min_value": 0, "max_value": 100}
    assert typed_number("float", config, 150.0) == 100.0
    assert typed_number("int", config, 150) == 100 and type(typed_number("int", config, 150)) is int
    assert typed_number("float", config, 50.5) == 50.5
    with pytest.raises(ValueError):
        typed_number("float", config, -3.0)


def test_a_float_is_cut_to_the_step_s_decimals_not_rounded() -> None:
    assert typed_number("float", {"step": 0.01}, 0.129) == 0.12
    assert typed_number("float", {"step": 0.5}, 12.36) == 12.3
    assert typed_number("float", {"step": 0.01}, 4.52) == 4.52  # 451.99999... is 452
    assert typed_number("float", {"step": 0.1}, -1.29) == -1.2
    assert typed_number("float", {"step": 1}, 2.7) == 2.0
    assert typed_number("float", {}, 0.123456) == 0.123456  # no step: as typed


def test_other_columns_and_values_pass_unchanged() -> None:
    assert typed_number("str", {"max_value": 1}, "zz") == "zz"
    assert typed_number("float", {"type": "progress", "max_value": 1}, 5.0) == 5.0
    assert typed_number("float", {"max_value": 1}, None) is None
