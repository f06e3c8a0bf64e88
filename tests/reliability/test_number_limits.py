"""Values a number field cannot hold (issue 16, section 3, items 1 and 2), through AppTest.

Before the fix, ``inf`` into an int field or ``10**400`` into a float field raised
OverflowError on every later run; nan, inf and |x| > 2**53 arguments were accepted and
the field showed 9007199254740991.
"""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest

BIG = 2**53 - 1

SCRIPT = """
import rerunqt as st
v = st.number_input("N", {args}key="n")
st.text(f"value: {{v!r}}")
"""


def errors(at: AppTest) -> list[tuple[str, str]]:
    return [(e.exc_type, e.message) for e in at.exception]


@pytest.mark.parametrize("args, bad", [
    ("value=0, ", "float('inf')"), ("value=0, ", "float('-inf')"), ("value=0, ", "float('nan')"),
    ("value=0, ", "10**20"), ("value=0, ", "-(10**400)"), ("value=0, ", "2.0**60"),
    ("value=0.0, ", "10**400"), ("value=0.0, ", "-10**400"), ("value=0.0, ", "float('inf')"),
    ("value=0.0, ", "float('nan')"),
])
def test_an_impossible_number_through_state_is_one_error_naming_the_key_then_heals(
        args: str, bad: str) -> None:
    at = AppTest.from_string(SCRIPT.format(args=args)).run()
    default = at.number_input[0].value
    at.session_state.n = eval(bad)
    at.run()
    [(exc_type, message)] = errors(at)
    assert exc_type == "StateValueError"
    assert "'n'" in message and "number_input" in message
    at.run()  # the app heals: the next run is clean and the field shows its default
    assert not at.exception
    assert at.number_input[0].value == default
    assert at.text[0].value == f"value: {default!r}"


def test_bounds_given_reset_a_huge_value_to_the_default() -> None:
    # beyond min_value/max_value from code: the default, as Streamlit 1.67 does
    at = AppTest.from_string(SCRIPT.format(args="min_value=-5, max_value=5, value=2, ")).run()
    at.session_state.n = 10**400
    at.run()
    assert not at.exception
    assert at.number_input[0].value == 2
    at.session_state.n = float("-inf")
    at.run()
    assert not at.exception
    assert at.number_input[0].value == 2


def test_the_edges_of_an_int_field_fit() -> None:
    at = AppTest.from_string(SCRIPT.format(args="value=0, ")).run()
    at.session_state.n = BIG
    at.run()
    assert not at.exception and at.number_input[0].value == BIG
    at.session_state.n = -float(BIG)
    at.run()
    assert not at.exception and at.number_input[0].value == -BIG


def test_a_huge_but_finite_float_is_a_float_field_s_value() -> None:
    at = AppTest.from_string(SCRIPT.format(args="value=0.0, ")).run()
    at.session_state.n = 1e300
    at.run()
    assert not at.exception
    assert at.number_input[0].value == 1e300


@pytest.mark.parametrize("name", ["value", "min_value", "max_value"])
@pytest.mark.parametrize("number", [str(2**53), str(-(2**53)), "10**400"])
def test_an_int_argument_outside_the_exact_range_is_an_api_error_naming_it(
        name: str, number: str) -> None:
    at = AppTest.from_string(f"import rerunqt as st\nst.number_input('N', {name}={number})\n").run()
    [(exc_type, message)] = errors(at)
    assert exc_type == "streamlit.errors.StreamlitAPIException"  # Streamlit's name
    assert name in message and str(BIG) in message


@pytest.mark.parametrize("name", ["value", "min_value", "max_value"])
@pytest.mark.parametrize("number", ["float('nan')", "float('inf')", "float('-inf')"])
def test_a_non_finite_float_argument_is_an_api_error_naming_it(name: str, number: str) -> None:
    at = AppTest.from_string(f"import rerunqt as st\nst.number_input('N', {name}={number})\n").run()
    [(exc_type, message)] = errors(at)
    assert exc_type == "streamlit.errors.StreamlitAPIException"  # Streamlit's name
    assert name in message and "finite" in message


def test_the_largest_exact_ints_are_accepted() -> None:
    at = AppTest.from_string(
        f"import rerunqt as st\nst.number_input('N', min_value={-BIG}, max_value={BIG}, value={BIG})\n"
    ).run()
    assert not at.exception
    assert at.number_input[0].value == BIG


def test_format_must_still_be_a_str() -> None:
    at = AppTest.from_string("import rerunqt as st\nst.number_input('N', format=5)\n").run()
    [(exc_type, message)] = errors(at)
    assert exc_type == "streamlit.errors.StreamlitAPIException" and "format" in message
