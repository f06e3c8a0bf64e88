"""date_input and time_input arguments as Streamlit 1.67 documents them: ISO strings,
"today" in values, bounds and ranges; a range preset through session state; time steps
under a minute. Each expected value was checked with Streamlit 1.67's AppTest."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from rerunqt.testing import AppTest

HEAD = "import rerunqt as st\nfrom datetime import date, time, datetime, timedelta\n"


def shown(body: str) -> object:
    at = AppTest.from_string(HEAD + f"st.session_state['out'] = {body}\n").run()
    assert not at.exception, at.exception[0].value
    return at.session_state["out"]


TODAY = "today"  # stands for the date the test runs on (a suite can run across midnight)


def _dated(value: object, today: date) -> object:
    if value == TODAY:
        return today
    return tuple(_dated(v, today) for v in value) if isinstance(value, tuple) else value


def _on_either_day(run, expected: object = TODAY) -> None:  # type: ignore[no-untyped-def]
    """``run()`` gives ``expected`` with "today" read before or after it (midnight between)."""
    before = date.today()
    got = run()
    assert got in (_dated(expected, before), _dated(expected, date.today())), got


@pytest.mark.parametrize(("call", "expected"), [
    ('st.date_input("a", "2024-02-29")', date(2024, 2, 29)),
    ('st.date_input("a", "2024-01-01 12:30:00")', date(2024, 1, 1)),
    ('st.date_input("a", date(2024, 3, 1), min_value="2024-01-01")', date(2024, 3, 1)),
    ('st.date_input("a", "2024-03-01", min_value="2024-01-01", max_value="2024-12-31")',
     date(2024, 3, 1)),
    ('st.date_input("a", ["2024-03-01", "2024-03-05"])', (date(2024, 3, 1), date(2024, 3, 5))),
    ('st.date_input("a", (date(2024, 1, 1), "today"))', (date(2024, 1, 1), TODAY)),
    ('st.date_input("a", None, min_value="today")', None),
    ('st.date_input("a", "today", min_value="today", max_value="today")', TODAY),
])
def test_date_input_reads_iso_strings_and_today(call: str, expected: object) -> None:
    _on_either_day(lambda: shown(call), expected)


def test_date_input_string_bounds_are_the_widgets_bounds() -> None:
    at = AppTest.from_string(HEAD + 'st.date_input("a", "2024-03-01", min_value="2024-01-01", '
                             'max_value="2024-12-31", key="a")').run()
    d = at.date_input(key="a")
    assert (d.min, d.max, d.value) == (date(2024, 1, 1), date(2024, 12, 31), date(2024, 3, 1))


def test_date_input_today_outside_the_bounds_becomes_the_bound() -> None:
    lo = (date.today() + timedelta(days=30)).isoformat()
    assert shown(f'st.date_input("a", min_value="{lo}")') == date.fromisoformat(lo)


BAD_DATE = 'Invalid `value` type. Expected one of: date, datetime, ISO string, "today". Provided type: '


@pytest.mark.parametrize(("call", "name"), [
    ('st.date_input("a", "nope")', BAD_DATE + "str."),  # Streamlit 1.67's words
    ('st.date_input("a", max_value="31/12/2024")', BAD_DATE + "str."),  # (it says `value` here too)
    ('st.date_input("a", ["2024-01-01", 3])', BAD_DATE + "int."),
])
def test_date_input_bad_strings_name_the_parameter(call: str, name: str) -> None:
    at = AppTest.from_string(HEAD + call).run()
    assert at.exception and name in at.exception[0].value and "ISO" in at.exception[0].value


def test_date_range_preset_through_session_state_is_a_range() -> None:
    at = AppTest.from_string(HEAD + """
if "preset" not in st.session_state:
    st.session_state.preset = True
    st.session_state.p = (date(2023, 3, 3), date(2023, 3, 9))
    st.session_state.q = date(2023, 3, 3)
st.session_state["out"] = st.date_input("b", key="p")
st.session_state["single"] = st.date_input("c", key="q")
""").run()
    assert not at.exception, at.exception
    assert at.session_state["out"] == (date(2023, 3, 3), date(2023, 3, 9))
    assert at.date_input(key="p").is_range and not at.date_input(key="q").is_range
    assert at.session_state["single"] == date(2023, 3, 3)
    at.date_input(key="p").set_value((date(2023, 3, 4), date(2023, 3, 5))).run()
    assert at.session_state["out"] == (date(2023, 3, 4), date(2023, 3, 5))
    del at.session_state["p"]  # no state: the default, "today", a single date
    _on_either_day(lambda: at.run().session_state["out"])
    assert not at.date_input(key="p").is_range


@pytest.mark.parametrize(("call", "expected"), [
    ('st.time_input("a", "12:30")', time(12, 30)),
    ('st.time_input("a", "2024-01-01 12:30:00")', time(12, 30)),
    ('st.time_input("a", "12:30:45")', time(12, 30)),  # a step of whole minutes: no seconds
    ('st.time_input("a", "12:30:45", step=30)', time(12, 30, 45)),
    ('st.time_input("a", time(8, 45, 30), step=90)', time(8, 45, 30)),
    ('st.time_input("a", time(8, 45, 30), step=1)', time(8, 45, 30)),
    ('st.time_input("a", datetime(2024, 1, 1, 8, 45, 30, 999), step=timedelta(seconds=5))',
     time(8, 45, 30)),
    ('st.time_input("a", time(0, 0), step=timedelta(hours=23))', time(0, 0)),
])
def test_time_input_reads_iso_strings_and_sub_minute_steps(call: str, expected: object) -> None:
    assert shown(call) == expected


def test_time_input_sub_minute_step_keeps_seconds_through_state_and_increment() -> None:
    at = AppTest.from_string(HEAD + """
st.session_state.setdefault("k", time(9, 10, 11))
st.session_state["out"] = st.time_input("a", key="k", step=5)
st.session_state["odd"] = st.time_input("b", time(8, 45, 30), step=90, key="odd")
""").run()
    assert at.session_state["out"] == time(9, 10, 11)
    assert at.time_input(key="odd").step == 90
    at.time_input(key="odd").increment().run()
    assert at.session_state["odd"] == time(8, 47)
    at.time_input(key="k").set_value(time(9, 0, 7)).run()
    assert at.session_state["out"] == time(9, 0, 7)


@pytest.mark.parametrize(("call", "message"), [
    ('st.time_input("a", "25:00")', "value='25:00'"),
    ('st.time_input("a", step=0)', "outside the required range [1 second, 23 hours]"),
    ('st.time_input("a", step=timedelta(hours=24))', "outside the required range [1 second, 23 hours]"),
])
def test_time_input_bad_values_and_steps(call: str, message: str) -> None:
    at = AppTest.from_string(HEAD + call).run()
    assert at.exception and message in at.exception[0].value
