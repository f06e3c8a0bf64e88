"""A value code puts in session state that its widget cannot take, as Streamlit 1.67 treats it.

Checked against real Streamlit 1.67's AppTest, widget by widget: most such values are
replaced without an error (by the widget's default; a multi-selection keeps its items
that are options) and session state is reset to the replacement, which apps with options
that depend on a filter, or state loaded from a file, rely on. Where Streamlit fails (a
slider outside its bounds, a value of the wrong type), the run shows a StateValueError
naming the key instead of Streamlit's bare TypeError.
"""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest

# (widget call with key "c", the value code sets, what the widget returns and state holds)
REPLACED = [
    ('st.selectbox("s", ["a", "b"], key="c")', '"zzz"', "'a'"),
    ('st.selectbox("s", ["a", "b"], index=1, key="c")', '"zzz"', "'b'"),
    ('st.selectbox("s", ["a", "b"], index=None, key="c")', '"zzz"', "None"),
    ('st.selectbox("s", [10, 20, 30], index=None, key="c")', "40", "None"),
    ('st.radio("r", ["a", "b", "c"], key="c")', '"zz"', "'a'"),
    ('st.radio("r", ["a", "b", "c"], index=2, key="c")', '"zz"', "'c'"),
    ('st.radio("r", ["a", "b", "c"], index=None, key="c")', '"zz"', "None"),
    ('st.multiselect("m", ["x", "y", "z"], key="c")', '["x", "nope"]', "['x']"),
    ('st.multiselect("m", ["x", "y", "z"], default=["y"], key="c")', '["x", "nope"]', "['x']"),
    ('st.multiselect("m", ["x", "y", "z"], default=["y"], key="c")', '["zzz"]', "[]"),
    ('st.select_slider("s", ["S", "M", "L"], key="c")', '"XXL"', "'S'"),
    ('st.select_slider("s", ["S", "M", "L"], value="M", key="c")', '"XXL"', "'M'"),
    ('st.select_slider("s", ["S", "M", "L"], value=("M", "L"), key="c")', '("S", "XXL")', "('M', 'L')"),
    ('st.pills("p", ["p", "q", "r"], key="c")', "42", "None"),
    ('st.pills("p", ["p", "q", "r"], default="q", key="c")', '"zz"', "'q'"),
    ('st.pills("p", ["p", "q", "r"], selection_mode="multi", key="c")', '["p", "zz"]', "['p']"),
    ('st.segmented_control("g", ["u", "v"], key="c")', '"zz"', "None"),
    ('st.segmented_control("g", ["u", "v"], selection_mode="multi", key="c")', '["u", "zz"]', "['u']"),
    ('st.feedback("stars", key="c")', "5", "None"),
    ('st.feedback("thumbs", default=1, key="c")', "2", "1"),
    ('st.feedback("faces", key="c")', '"x"', "None"),
    ('st.feedback("stars", key="c")', "True", "None"),
    ('st.pagination(9, key="c")', "10", "1"),
    ('st.pagination(9, default=3, key="c")', "0", "3"),
    ('st.number_input("n", 0, 100, key="c")', "200", "0"),
    ('st.number_input("n", 0, 100, 5, key="c")', "-5", "5"),
    ('st.number_input("n", 0, 100, value=None, key="c")', "200", "None"),
    ('st.number_input("n", 0.0, 2.0, 0.5, key="c")', "3.5", "0.5"),
    ('st.date_input("d", dt.date(2024, 1, 1), max_value=dt.date(2030, 12, 31), key="c")',
     "dt.date(2040, 1, 1)", "datetime.date(2024, 1, 1)"),
    ('st.date_input("d", (dt.date(2024, 1, 1), dt.date(2024, 1, 9)), min_value=dt.date(2020, 1, 1), key="c")',
     "(dt.date(2000, 1, 1), dt.date(2024, 1, 9))", "(datetime.date(2024, 1, 1), datetime.date(2024, 1, 9))"),
    ('st.datetime_input("t", dt.datetime(2024, 1, 1, 9, 0), max_value=dt.datetime(2030, 1, 1), key="c")',
     "dt.datetime(2040, 1, 1, 9, 0)", "datetime.datetime(2024, 1, 1, 9, 0)"),
]

# Streamlit 1.67 returns these as they are in the run that sets them (no error) and shows
# the replacement from the next run on; rerunqt replaces them at once, so the widget never
# returns a value it cannot show.
REPLACED_AT_ONCE = [
    ('st.select_slider("s", ["S", "M", "L"], value="M", key="c")', '("S", "L")', "'M'"),
    ('st.select_slider("s", ["S", "M", "L"], value=("M", "L"), key="c")', '"S"', "('M', 'L')"),
    ('st.slider("s", 0, 10, (2, 8), key="c")', "5", "(2, 8)"),
    ('st.slider("s", 0, 10, 5, key="c")', "(1, 2)", "5"),
    ('st.number_input("n", 0, 100, 5, key="c")', "True", "1"),
    ('st.color_picker("c", "#112233", key="c")', '"red"', "'#112233'"),
    ('st.color_picker("c", "#112233", key="c")', '"zzz"', "'#112233'"),
    ('st.checkbox("c", key="c")', "2", "True"),
    ('st.toggle("c", True, key="c")', "0", "False"),
]

# (widget call with key "c", the value code sets, a part of the error message)
REFUSED = [
    ('st.slider("s", 0, 100, 20, key="c")', "200", "200 is greater than the slider's max_value 100"),
    ('st.slider("s", 0, 100, key="c")', "-5", "-5 is less than the slider's min_value 0"),
    ('st.slider("s", 0.0, 2.0, 0.5, key="c")', "3.5", "3.5 is greater than the slider's max_value 2.0"),
    ('st.slider("s", 0, 100, (10, 20), key="c")', "(5, 200)", "200 is greater than the slider's max_value"),
    ('st.slider("s", dt.date(2024, 1, 1), dt.date(2024, 12, 31), key="c")', "dt.date(2030, 1, 1)",
     "2030-01-01 is greater than the slider's max_value 2024-12-31"),
    ('st.slider("s", 0, 40, 20, key="c")', '"ten"', "expected an int"),
    ('st.multiselect("m", ["x", "y"], key="c")', "42", "expected a list of options, got 42"),
    ('st.multiselect("m", ["x", "y", "z"], max_selections=1, key="c")', '["x", "y"]',
     "Multiselect has 2 options selected but max_selections is set to 1"),
    ('st.multiselect("m", ["x", "y", "z"], max_selections=1, key="c")', '["x", "nope"]',
     "Multiselect has 2 options selected but max_selections is set to 1"),
    ('st.pills("p", ["p", "q"], selection_mode="multi", key="c")', "42", "expected a list of options"),
    ('st.number_input("n", -50, 50, 5, key="c")', '"five"', "could not convert string to float"),
    ('st.number_input("n", 0, 10, key="c")', '"7"', "expected a number, got the str '7'"),
    ('st.date_input("d", dt.date(2024, 1, 1), key="c")', '"2024-03-04"', "expected a date, got the str"),
    ('st.date_input("d", dt.date(2024, 1, 1), key="c")', "42", "expected a date, got int 42"),
    ('st.time_input("t", dt.time(9, 0), key="c")', '"10:30"', "expected a time, got the str '10:30'"),
    ('st.datetime_input("t", dt.datetime(2024, 1, 1, 9, 0), key="c")', '"2024-01-01 10:00"',
     "expected a datetime, got the str"),
    ('st.color_picker("c", "#112233", key="c")', "123", "not int"),
    ('st.checkbox("c", key="c")', '"yes"', "expected True or False"),
    ('st.checkbox("c", key="c")', "None", "expected True or False"),
    ('st.toggle("c", key="c")', "1.0", "expected True or False"),
    ('st.text_input("t", key="c")', "123", "expected a str (or None), got int 123"),
    ('st.text_area("t", key="c")', "[1, 2]", "expected a str (or None), got list [1, 2]"),
]


def run(call: str, value: str) -> AppTest:
    return AppTest.from_string(
        f"import datetime as dt\nimport rerunqt as st\nst.session_state.c = {value}\n"
        f"st.session_state.got = repr({call})\n"
    ).run()


@pytest.mark.parametrize(("call", "value", "replaced"), REPLACED + REPLACED_AT_ONCE)
def test_a_value_the_widget_cannot_take_is_replaced_without_an_error(
        call: str, value: str, replaced: str) -> None:
    at = run(call, value)
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["got"] == replaced  # what the widget returned
    assert repr(at.session_state["c"]) == replaced  # session state is reset to it
    assert not at.warning


# A date outside the ten years a date_input shows when neither min_value nor max_value is
# given: Streamlit 1.67 checks no value against bounds it made up (its st_date_input e2e app:
# "Value 14: 1970-02-03"); with one bound given it resets to the default (REPLACED).
KEPT = [
    ('st.date_input("d", value=None, key="c")', "dt.date(1970, 2, 3)", "datetime.date(1970, 2, 3)"),
    ('st.date_input("d", dt.date(2024, 1, 1), key="c")', "dt.date(2090, 1, 1)",
     "datetime.date(2090, 1, 1)"),
    ('st.date_input("d", value=[], key="c")', "(dt.date(1970, 2, 3), dt.date(1971, 1, 1))",
     "(datetime.date(1970, 2, 3), datetime.date(1971, 1, 1))"),
]


@pytest.mark.parametrize(("call", "value", "kept"), KEPT)
def test_a_date_past_the_bounds_streamlit_made_up_is_kept(call: str, value: str, kept: str) -> None:
    at = run(call, value)
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["got"] == kept and repr(at.session_state["c"]) == kept
    at.run()  # and in the runs after it
    assert at.session_state["got"] == kept


@pytest.mark.parametrize(("call", "value", "message"), REFUSED)
def test_a_value_streamlit_fails_on_is_an_error_naming_the_key(
        call: str, value: str, message: str) -> None:
    at = run(call, value)
    [error] = at.exception
    assert error.exc_type == "StateValueError"
    assert "st.session_state['c'] = " in error.value and message in error.value
    assert "got" not in at.session_state  # the run stopped at the widget


def test_a_replaced_value_is_what_the_widget_shows() -> None:
    at = AppTest.from_string("""
import rerunqt as st
st.session_state.setdefault("c", "zzz")
st.selectbox("pick", ["a", "b"], index=1, key="c")
""").run()
    assert at.selectbox(key="c").value == "b" and at.selectbox(key="c").index == 1
    at.selectbox(key="c").select("a").run()  # the user's choice holds from then on
    assert at.session_state["c"] == "a" and not at.exception
