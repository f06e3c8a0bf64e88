"""bind="query-params" on the sliders, date/time fields, colour picker, pills, feedback and
pagination: the parameter sets the first value, the value is written back, a parameter the
widget cannot take is ignored."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

import pytest

from rerunqt.testing import AppTest

BOUND = """
import datetime as dt
import rerunqt as st
if "start" not in st.session_state:  # the URL the app was opened with
    st.session_state.start = True
    st.query_params.from_dict(START)
values = dict(
    n=st.slider("N", 0, 10, 3, key="n", bind="query-params"),
    r=st.slider("R", 0.0, 1.0, (0.25, 0.75), key="r", bind="query-params"),
    size=st.select_slider("Size", ["S", "M", "L"], value="M", key="size", bind="query-params"),
    span=st.select_slider("Span", [1, 2, 3, 4], value=(1, 4), format_func=lambda o: f"#{o}",
                          key="span", bind="query-params"),
    day=st.date_input("Day", dt.date(2024, 5, 1), key="day", bind="query-params"),
    trip=st.date_input("Trip", (dt.date(2024, 5, 1), dt.date(2024, 5, 9)), key="trip",
                       bind="query-params"),
    at=st.time_input("At", dt.time(8, 30), key="at", bind="query-params"),
    when=st.datetime_input("When", dt.datetime(2024, 5, 1, 9, 0), key="when",
                           bind="query-params"),
    ink=st.color_picker("Ink", "#112233", key="ink", bind="query-params"),
    fruit=st.pills("Fruit", ["apple", "pear"], key="fruit", bind="query-params"),
    tags=st.pills("Tags", ["a", "b", "c"], selection_mode="multi", key="tags",
                  bind="query-params"),
    view=st.segmented_control("View", ["list", "grid"], default="list", key="view",
                              bind="query-params"),
    stars=st.feedback("stars", key="stars", bind="query-params"),
    page=st.pagination(9, key="page", bind="query-params"),
)
st.session_state.seen = values
"""


def app(start: dict[str, Any]) -> AppTest:
    return AppTest.from_string(f"START = {start!r}" + BOUND).run()


def seen(at: AppTest) -> dict[str, Any]:
    assert not at.exception, at.exception
    return dict(at.session_state["seen"])


def params(at: AppTest) -> dict[str, list[str]]:
    return {key: value if isinstance(value, list) else [value]
            for key, value in at.query_params.items()}


START = {
    "n": "7", "r": ["0.5", "0.9"], "size": "L", "span": ["#2", "#3"], "day": "2024-06-02",
    "trip": ["2024-07-01", "2024-07-04"], "at": "17:45", "when": "2024-05-02T10:15:00",
    "ink": "ff8800", "fruit": "pear", "tags": ["c", "a"], "view": "grid", "stars": "4",
    "page": "5",
}


def test_every_bound_kind_starts_from_its_query_param() -> None:
    assert seen(app(START)) == {
        "n": 7, "r": (0.5, 0.9), "size": "L", "span": (2, 3), "day": date(2024, 6, 2),
        "trip": (date(2024, 7, 1), date(2024, 7, 4)), "at": time(17, 45),
        "when": datetime(2024, 5, 2, 10, 15), "ink": "#ff8800", "fruit": "pear",
        "tags": ["c", "a"], "view": "grid", "stars": 4, "page": 5,
    }


def test_the_query_params_keep_only_what_differs_from_the_defaults() -> None:
    at = app({})
    assert params(at) == {}
    assert seen(at)["n"] == 3 and seen(at)["ink"] == "#112233"
    at = app(START)
    assert params(at) == {key: value if isinstance(value, list) else [value]
                          for key, value in START.items()}


def test_a_users_change_is_written_to_the_query_params() -> None:
    at = app({})
    at.slider(key="n").set_value(9)
    at.slider(key="r").set_value((0.0, 0.5))
    at.select_slider(key="span").set_value((2, 4))
    at.date_input(key="day").set_value(date(2025, 1, 31))
    at.time_input(key="at").set_value(time(6, 5))
    at.color_picker(key="ink").set_value("#abcdef")
    at.pills(key="tags").set_value(["b"])
    at.feedback(key="stars").set_value(0)
    at.pagination(key="page").set_value(2)
    at.run()
    assert params(at) == {
        "n": ["9"], "r": ["0.0", "0.5"], "span": ["#2", "#4"], "day": ["2025-01-31"],
        "at": ["06:05"], "ink": ["abcdef"], "tags": ["b"], "stars": ["0"], "page": ["2"],
    }
    at.slider(key="n").set_value(3).run()  # back to the default: the parameter goes
    assert "n" not in params(at)


@pytest.mark.parametrize(("key", "text"), [
    ("n", "11"), ("n", "2.5"), ("r", "0.5"), ("size", "XL"), ("span", ["#2", "#9"]),
    ("day", "yesterday"), ("trip", ["2024-07-01", "2024-07-02", "2024-07-03"]),
    ("at", "25:00"), ("when", "2099-01-01T00:00"), ("ink", "red"), ("fruit", "kiwi"),
    ("view", "table"), ("stars", "5"), ("stars", "x"), ("page", "10"), ("page", "0"),
])
def test_a_param_the_widget_cannot_take_is_ignored(key: str, text: Any) -> None:
    defaults = seen(app({}))
    assert seen(app({key: text}))[key] == defaults[key]


def test_a_colour_with_its_hash_and_a_comma_separated_range_are_read_too() -> None:
    values = seen(app({"ink": "#00FF00", "r": "0.1,0.2", "trip": "2024-07-01"}))
    assert (values["ink"], values["r"], values["trip"]) == ("#00FF00", (0.1, 0.2),
                                                            (date(2024, 7, 1),))


def test_session_state_set_before_the_widget_wins_over_the_param() -> None:
    at = AppTest.from_string("""
import rerunqt as st
st.query_params["n"] = "8"
st.session_state.setdefault("n", 2)
st.text(repr(st.slider("N", 0, 10, 3, key="n", bind="query-params")))
""").run()
    assert at.text[0].value == "2"


def test_a_widget_drawn_without_bind_takes_its_parameter_out() -> None:
    """Streamlit 1.67 clears the URL parameter when a keyed widget stops binding."""
    at = AppTest.from_string("""
import rerunqt as st
if st.button("Unbind"):
    st.session_state.plain = True
bind = None if st.session_state.get("plain") else "query-params"
st.checkbox("Box", key="box", bind=bind)
st.checkbox("Other", key="other")
""").run()
    at.checkbox(key="box").check().run()
    assert dict(at.query_params) == {"box": "true"}
    at.button[0].click().run()
    assert dict(at.query_params) == {}
    assert at.checkbox(key="box").value is True  # the value stays; only the binding goes
