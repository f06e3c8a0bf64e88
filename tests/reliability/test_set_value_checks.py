"""AppTest's set_value refuses what a user could not give (issue 16, section 3, item 5).

Before the fix ``'yes'`` on a checkbox, 500 on a 0-10 number_input, text past
``max_chars`` or a date outside ``[min, max]`` were queued, and ``on_change`` saw them.
"""

from __future__ import annotations

from datetime import date

import pytest

from rerunqt.testing import AppTest

SCRIPT = """
import datetime as dt
import rerunqt as st
def changed(key):
    st.session_state.changed = key
st.checkbox("C", key="check", on_change=changed, args=("check",))
st.toggle("T", key="toggle", on_change=changed, args=("toggle",))
st.number_input("N", 0, 10, key="num", on_change=changed, args=("num",))
st.number_input("F", 0.0, 1.0, key="flo", on_change=changed, args=("flo",))
st.text_input("Name", max_chars=3, key="name", on_change=changed, args=("name",))
st.text_area("Notes", max_chars=3, key="notes", on_change=changed, args=("notes",))
st.date_input("Day", dt.date(2024, 6, 1), dt.date(2024, 1, 1), dt.date(2024, 12, 31), key="day",
              on_change=changed, args=("day",))
st.date_input("Span", (dt.date(2024, 6, 1), dt.date(2024, 6, 2)), dt.date(2024, 1, 1),
              dt.date(2024, 12, 31), key="span", on_change=changed, args=("span",))
st.selectbox("S", ["a", "b"], key="select", on_change=changed, args=("select",))
st.radio("R", ["a", "b"], key="radio", on_change=changed, args=("radio",))
st.multiselect("M", ["a", "b", "c"], max_selections=2, key="multi", on_change=changed,
               args=("multi",))
st.slider("Sl", 0, 10, key="slider", on_change=changed, args=("slider",))
st.text(f"changed: {st.session_state.get('changed')}")
"""

REFUSED = [
    ("checkbox", "check", "yes", "True or False"),
    ("checkbox", "check", 1, "True or False"),
    ("number_input", "num", 500, "outside the field's range 0 to 10"),
    ("number_input", "num", -1, "outside the field's range"),
    ("number_input", "num", 2.5, "holds ints"),
    ("number_input", "num", "5", "int or a float"),
    ("number_input", "flo", float("nan"), "finite"),
    ("number_input", "flo", 1.5, "outside the field's range"),
    ("text_input", "name", "abcd", "max_chars=3"),
    ("text_input", "name", 12, "str or None"),
    ("text_area", "notes", "abcd", "max_chars=3"),
    ("date_input", "day", date(2030, 1, 1), "outside this date field's range"),
    ("date_input", "span", (date(2023, 1, 1), date(2024, 2, 1)), "outside this date field's range"),
    ("selectbox", "select", "z", "not"),
    ("radio", "radio", "z", "not"),
    ("multiselect", "multi", ["a", "b", "c"], "max_selections"),
    ("multiselect", "multi", ["z"], "not"),
    ("slider", "slider", 11, "outside the slider's range"),
]


@pytest.mark.parametrize("kind, key, value, reason", REFUSED)
def test_set_value_refuses_a_value_a_user_cannot_give(kind: str, key: str, value: object,
                                                      reason: str) -> None:
    at = AppTest.from_string(SCRIPT).run()
    widget = getattr(at, kind)(key)
    with pytest.raises(ValueError, match=reason) as raised:
        widget.set_value(value)
    assert repr(key) in str(raised.value) or kind in str(raised.value)
    at.run()
    assert at.text[0].value == "changed: None"  # on_change never saw it
    assert not at.exception


@pytest.mark.parametrize("kind, key, value", [
    ("checkbox", "check", True), ("toggle", "toggle", True), ("number_input", "num", 10),
    ("number_input", "flo", 1), ("text_input", "name", "abc"), ("text_input", "name", "\U0001f600" * 3),
    ("text_area", "notes", "a\nb"), ("date_input", "day", date(2024, 12, 31)),
    ("date_input", "span", (date(2024, 1, 1),)), ("multiselect", "multi", ["a", "c"]),
])
def test_set_value_still_takes_every_value_a_user_can_give(kind: str, key: str,
                                                           value: object) -> None:
    at = AppTest.from_string(SCRIPT).run()
    getattr(at, kind)(key).set_value(value).run()
    assert not at.exception
    assert at.text[0].value == f"changed: {key}"


def test_one_date_on_a_range_date_input_is_the_range_s_start() -> None:
    """Streamlit's AppTest takes one date for a range date_input as a user who picked only
    the start: the value reads ``(date,)``. It raised ValueError."""
    at = AppTest.from_string(SCRIPT).run()
    at.date_input("span").set_value(date(2024, 3, 4)).run()
    assert not at.exception
    assert at.date_input("span").value == (date(2024, 3, 4),)
    assert at.text[0].value == "changed: span"
