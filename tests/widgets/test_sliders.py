"""st.slider and st.select_slider through AppTest: values, types, errors, state, callbacks."""

from __future__ import annotations

import datetime as dt

import pytest

from rerunqt.core.slider_spec import slider_spec
from rerunqt.core.slider_values import format_ui_value
from rerunqt.core.timefmt import format_temporal
from rerunqt.testing import AppTest, AppTestError


def run(src: str) -> AppTest:
    return AppTest.from_string(src).run()


def error_of(src: str) -> str:
    at = run(src)
    assert len(at.exception) == 1, f"expected one exception, got {at.exception!r}"
    return at.exception[0].value


# --------------------------------------------------------------------------------------
# slider: values, types and defaults
# --------------------------------------------------------------------------------------


def test_int_slider_defaults() -> None:
    at = run("import rerunqt as st\nv = st.slider('s')\nst.text(repr(v))")
    s = at.slider[0]
    assert at.text[0].value == "0"
    assert (s.value, s.min, s.max, s.step, s.format, s.data_type) == (0, 0, 100, 1, "%d", "int")
    assert s.label == "s" and s.key is None and s.disabled is False


def test_value_defaults_to_min_value_and_keeps_the_type() -> None:
    at = run("import rerunqt as st\nst.slider('a', 5, 10)\nst.slider('b', 0.5, 2.0)")
    assert at.slider[0].value == 5 and type(at.slider[0].value) is int
    assert at.slider[1].value == 0.5 and type(at.slider[1].value) is float
    assert (at.slider[1].step, at.slider[1].format) == (0.01, "%0.2f")


def test_float_slider_defaults_and_given_step() -> None:
    at = run("import rerunqt as st\nst.slider('f', value=0.25)\nst.slider('g', 0.0, 10.0, 2.5, 0.5)")
    assert (at.slider[0].min, at.slider[0].max, at.slider[0].value) == (0.0, 1.0, 0.25)
    assert (at.slider[1].step, at.slider[1].value) == (0.5, 2.5)


def test_date_slider_defaults_to_two_weeks_either_side() -> None:
    at = run("import rerunqt as st, datetime as dt\nv = st.slider('d', value=dt.date(2024, 3, 1))")
    s = at.slider[0]
    assert s.value == dt.date(2024, 3, 1) and type(s.value) is dt.date
    assert s.min == dt.date(2024, 2, 16) and s.max == dt.date(2024, 3, 15)
    assert s.step == dt.timedelta(days=1) and s.format == "YYYY-MM-DD"


def test_datetime_slider_steps_15_minutes_when_the_span_is_under_a_day() -> None:
    at = run(
        """
        import rerunqt as st, datetime as dt
        st.slider('a', value=dt.datetime(2024, 1, 1, 9), min_value=dt.datetime(2024, 1, 1, 8),
                  max_value=dt.datetime(2024, 1, 1, 17))
        st.slider('b', value=dt.datetime(2024, 1, 1, 9))
        """
    )
    assert at.slider[0].step == dt.timedelta(minutes=15)
    assert at.slider[0].format == "YYYY-MM-DD HH:mm"  # the time shows when steps are not days
    assert at.slider[1].step == dt.timedelta(days=1)
    assert at.slider[1].min == dt.datetime(2023, 12, 18, 9)


def test_time_slider_defaults() -> None:
    at = run("import rerunqt as st, datetime as dt\nv = st.slider('t', value=dt.time(12, 30))")
    s = at.slider[0]
    assert s.value == dt.time(12, 30)
    assert (s.min, s.max) == (dt.time(0, 0), dt.time.max)
    assert s.step == dt.timedelta(minutes=15) and s.format == "HH:mm"


def test_range_slider_returns_a_sorted_tuple() -> None:
    at = run(
        """
        import rerunqt as st
        a = st.slider('a', 0, 10, (7, 3))
        b = st.slider('b', 0.0, 1.0, [0.2, 0.8])
        c = st.slider('c', 0, 10, [])
        st.text(repr((a, b, c)))
        """
    )
    assert at.text[0].value == "((3, 7), (0.2, 0.8), (0, 10))"
    assert at.slider[0].value == (3, 7)


def test_a_one_element_list_gives_a_one_tuple() -> None:
    at = run("import rerunqt as st\nv = st.slider('a', 0, 10, [4], key='a')\nst.text(repr(v))")
    assert at.text[0].value == "(4,)"
    at.slider[0].set_value([6]).run()
    assert at.text[0].value == "(6,)"


def test_range_of_dates_and_times() -> None:
    at = run(
        """
        import rerunqt as st, datetime as dt
        t = st.slider('t', value=(dt.time(11, 30), dt.time(12, 45)))
        d = st.slider('d', dt.date(2024, 1, 1), dt.date(2024, 12, 31),
                      (dt.date(2024, 3, 1), dt.date(2024, 4, 1)))
        """
    )
    assert at.slider[0].value == (dt.time(11, 30), dt.time(12, 45))
    assert at.slider[1].value == (dt.date(2024, 3, 1), dt.date(2024, 4, 1))


def test_a_value_outside_the_bounds_widens_them() -> None:
    at = run("import rerunqt as st\nst.slider('a', 0, 10, 20)\nst.slider('b', 0, 10, (-5, 5))")
    assert (at.slider[0].value, at.slider[0].max) == (20, 20)
    assert (at.slider[1].value, at.slider[1].min, at.slider[1].max) == ((-5, 5), -5, 10)


def test_timezone_of_a_datetime_slider_survives_a_set_value() -> None:
    tz = dt.timezone(dt.timedelta(hours=2))
    at = run(
        """
        import rerunqt as st, datetime as dt
        tz = dt.timezone(dt.timedelta(hours=2))
        v = st.slider('d', value=dt.datetime(2024, 1, 1, 9, tzinfo=tz), key='d')
        st.text(repr(v))
        """
    )
    assert at.slider[0].min == dt.datetime(2023, 12, 18, 9, tzinfo=tz)
    at.slider[0].set_value(dt.datetime(2024, 1, 5, 9, tzinfo=tz)).run()
    assert at.session_state["d"] == dt.datetime(2024, 1, 5, 9, tzinfo=tz)
    assert at.session_state["d"].tzinfo == tz


# --------------------------------------------------------------------------------------
# slider: validation errors
# --------------------------------------------------------------------------------------


MATCHING = "Invalid `value` type. Expected one of: matching numeric types, matching date/time types. "


@pytest.mark.parametrize(
    ("call", "words"),
    [  # Streamlit 1.67's words: the bounds and step as resolved (a float value: step 0.01)
        ("st.slider('x', 0, 10, 5.0)", MATCHING + "Provided type: min_value=int, max_value=int, step=float."),
        ("st.slider('x', 0, 10.0)", MATCHING + "Provided type: min_value=int, max_value=float, step=int."),
        ("st.slider('x', 0.0, 1.0, 0.5, step=1)", MATCHING + "Provided type: min_value=float, "
                                                  "max_value=float, step=int."),
        ("st.slider('x', 0, 10, (1, 2.0))", "Invalid `value` type. Expected one of: list or tuple containing "
                                            "values of the same type. Provided type: int, float."),
        ("st.slider('x', value=dt.date(2024, 1, 1), step=1)", MATCHING + "Provided type: min_value=date, "
                                                              "max_value=date, step=int."),
        # Streamlit fails here with a TypeError of its own
        ("st.slider('x', dt.date(2024, 1, 1), dt.datetime(2024, 2, 1))", "max_value=datetime"),
    ],
)
def test_mixed_types_raise(call: str, words: str) -> None:
    """In Streamlit 1.67's words (checked against it)."""
    message = error_of(f"import rerunqt as st, datetime as dt\n{call}")
    assert words in message


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        ("st.slider('x', 0, 10, 5, step=0)",
         "Invalid `step` value. Supported values: a number. Zero is not allowed."),
        ("st.slider('x', 0, 10, 5, step=-1)", "must be positive"),
        ("st.slider('x', 5, 5)",
         "The `min_value` and `max_value` parameters are both set to 5. They must not be equal."),
        ("st.slider('x', value='a')",
         "Invalid `value` type. Expected one of: int, float, date, time, datetime, list, tuple. "
         "Provided type: str."),
        ("st.slider('x', value=float('nan'))", "must be finite numbers"),
        ("st.slider('x', value=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc),"
         " min_value=dt.datetime(2023, 1, 1))", "same tzinfo"),
        ("st.slider('x', value=(1, 2, 3))",
         "Invalid `value` value. Supported values: int, float, date, time, datetime, a list containing"),
        ("st.slider('x', value=('a', 'b'))", "is not a supported slider value"),
        ("st.slider('x', value=dt.date(2024, 1, 1), step=dt.timedelta(hours=1))", "whole number of days"),
        ("st.slider('x', label_visibility='nope')", "Invalid `label_visibility` value."),
        ("st.slider('x', on_change=5)", "on_change= must be a function"),
    ],
)
def test_invalid_arguments_raise_clear_errors(call: str, expected: str) -> None:
    assert expected in error_of(f"import rerunqt as st, datetime as dt\n{call}")


def test_a_format_sprintf_js_throws_on_does_not_stop_the_app() -> None:
    """Streamlit 1.67 takes st.slider(format="%E") (only its page cannot apply it), so the
    script runs on; rerunqt raised. The slider shows its plain number."""
    at = run("import rerunqt as st\nst.slider('x', 0, 10, 5, format='%E')\nst.write('after')")
    assert not at.exception and at.slider[0].value == 5 and at.slider[0].format == "%E"
    assert at.markdown[0].value == "after"
    assert format_ui_value("int", "%E", 5) == "5"


def test_reversed_bounds_are_swapped_as_in_streamlit() -> None:
    """Streamlit 1.67 swaps a slider's min and max passed the other way round (the value
    starts at the min passed); rerunqt raised an error instead."""
    at = AppTest.from_string(
        "import rerunqt as st, datetime as dt\n"
        "st.slider('a', 10, 1)\n"
        "st.slider('b', dt.date(2024, 1, 10), dt.date(2024, 1, 1))\n").run()
    assert not at.exception
    assert [(s.value, s.min, s.max) for s in at.slider] == [
        (10, 1, 10), (dt.date(2024, 1, 10), dt.date(2024, 1, 1), dt.date(2024, 1, 10))]


def test_duplicate_unkeyed_sliders_raise_and_keys_separate_them() -> None:
    message = error_of("import rerunqt as st\nst.slider('s', 0, 9)\nst.slider('s', 0, 9)")
    assert "multiple `slider` elements with the same auto-generated ID" in message
    assert "unique `key` argument" in message
    at = run("import rerunqt as st\nst.slider('s', 0, 9, key='a')\nst.slider('s', 0, 9, key='b')")
    assert not at.exception and len(at.slider) == 2


# --------------------------------------------------------------------------------------
# slider: set_value / set_range, session state
# --------------------------------------------------------------------------------------

SLIDERS = """
import rerunqt as st, datetime as dt
n = st.slider('n', 0, 10, 5, key='n')
r = st.slider('r', 0.0, 1.0, (0.25, 0.75), key='r')
d = st.slider('d', dt.date(2024, 1, 1), dt.date(2024, 1, 31), dt.date(2024, 1, 10), key='d')
st.text(repr((n, r, d)))
"""


def test_set_value_and_set_range_return_python_values() -> None:
    at = run(SLIDERS)
    at.slider(key="n").set_value(8)
    at.slider(key="r").set_range(0.5, 0.1)
    at.slider(key="d").set_value(dt.date(2024, 1, 20))
    assert at.slider(key="n").value == 8  # pending value, before the run
    at.run()
    assert at.text[0].value == "(8, (0.1, 0.5), datetime.date(2024, 1, 20))"
    assert at.session_state["r"] == (0.1, 0.5)
    assert at.slider(key="r").value == (0.1, 0.5)
    assert type(at.session_state["n"]) is int


def test_set_value_that_the_slider_cannot_show_raises() -> None:
    at = run(SLIDERS)
    with pytest.raises(ValueError, match="outside the slider's range"):
        at.slider(key="n").set_value(11)
    with pytest.raises(ValueError, match="expected a range"):
        at.slider(key="r").set_value(0.5)
    with pytest.raises(ValueError, match="expected one int value"):
        at.slider(key="n").set_range(1, 2)
    with pytest.raises(ValueError, match="expected a date"):
        at.slider(key="d").set_value("2024-01-02")


def test_session_state_set_before_the_widget_is_used_and_coerced() -> None:
    at = AppTest.from_string(SLIDERS)
    at.session_state["n"] = 7.6  # rounded to the int slider's type
    at.session_state["r"] = [1.0, 0.9]  # sorted, made a tuple
    at.session_state["d"] = dt.datetime(2024, 1, 15, 10)  # a datetime for a date slider
    at.run()
    assert at.text[0].value == "(8, (0.9, 1.0), datetime.date(2024, 1, 15))"
    assert at.session_state["r"] == (0.9, 1.0)


@pytest.mark.parametrize(("key", "value", "message"), [
    ("n", "11", "11 is greater than the slider's max_value 10"),
    ("n", "-1", "-1 is less than the slider's min_value 0"),
    ("r", "(0.5, 2.0)", "2.0 is greater than the slider's max_value 1.0"),
    ("d", "dt.date(2023, 12, 31)", "2023-12-31 is less than the slider's min_value 2024-01-01"),
])
def test_session_state_value_out_of_the_bounds_is_an_error_naming_the_key(
        key: str, value: str, message: str) -> None:
    # Streamlit 1.67 raises StreamlitValueAboveMaxError / BelowMinError here (it does not clamp)
    at = run(f"import rerunqt as st, datetime as dt\nst.session_state[{key!r}] = {value}\n"
             + SLIDERS.split("\n", 2)[2])
    assert len(at.exception) == 1 and at.exception[0].exc_type == "StateValueError"
    assert f"st.session_state[{key!r}]" in at.exception[0].value
    assert message in at.exception[0].value


@pytest.mark.parametrize(("call", "bad", "default"), [
    ("st.slider('s', 0, 10, (2, 8), key='s')", "5", "(2, 8)"),
    ("st.slider('s', 0, 10, 5, key='s')", "(1, 2)", "5"),
    ("st.select_slider('s', ['a', 'b', 'c'], value=('a', 'b'), key='s')", "'c'", "('a', 'b')"),
    ("st.select_slider('s', ['a', 'b', 'c'], value='b', key='s')", "('a', 'c')", "'b'"),
])
def test_session_state_value_of_the_other_shape_falls_back_to_the_default(
        call: str, bad: str, default: str) -> None:
    # Streamlit 1.67 shows the default (a single value for a range slider, or the reverse)
    at = run(f"import rerunqt as st\nst.session_state.s = {bad}\nst.text(repr({call}))\n")
    assert not at.exception
    assert at.text[0].value == default and repr(at.session_state["s"]) == default


def test_session_state_value_of_the_wrong_type_is_an_error_naming_the_key() -> None:
    at = AppTest.from_string(SLIDERS)
    at.session_state["n"] = "seven"
    at.run()
    message = at.exception[0].value
    assert "st.session_state['n']" in message and "expected an int" in message


def test_range_from_session_state_when_value_is_none() -> None:
    src = """
    import rerunqt as st
    if 'r' not in st.session_state:
        st.session_state.r = (20, 40)
    v = st.slider('r', 0, 100, key='r')
    st.text(repr(v))
    """
    at = run(src)
    assert at.text[0].value == "(20, 40)"
    at.slider[0].set_range(10, 90).run()
    assert at.text[0].value == "(10, 90)"


@pytest.mark.parametrize(
    ("stored", "call", "expected"),
    [
        ("(0.2, 0.4)", "st.slider('r', key='r')", "(0.2, 0.4)"),
        ("[3, 1]", "st.slider('r', max_value=5, key='r')", "(1, 3)"),
        ("(dt.date(2024, 1, 2), dt.date(2024, 1, 9))", "st.slider('r', key='r')",
         "(datetime.date(2024, 1, 2), datetime.date(2024, 1, 9))"),
    ],
)
def test_range_inferred_from_session_state_follows_its_type(stored: str, call: str, expected: str) -> None:
    at = run(
        f"""
        import rerunqt as st, datetime as dt
        if 'r' not in st.session_state:
            st.session_state.r = {stored}
        st.text(repr({call}))
        """
    )
    assert not at.exception
    assert at.text[0].value == expected


def test_value_and_session_state_together_warn_once(caplog: pytest.LogCaptureFixture) -> None:
    src = """
    import rerunqt as st
    if 'n' not in st.session_state:
        st.session_state.n = 7
    v = st.slider('n', 0, 10, 5, key='n')
    st.text(repr(v))
    """
    at = run(src)
    assert at.text[0].value == "7"
    assert not at.warning  # a log line on stderr, as in Streamlit 1.67
    assert caplog.text.count("created with a default value") == 1
    at.session_state["n"] = 6
    at.run()
    assert at.text[0].value == "6"
    assert caplog.text.count("created with a default value") == 1  # once per key


def test_keyed_slider_keeps_its_value_when_the_label_and_bounds_change() -> None:
    src = """
    import rerunqt as st
    hi = st.session_state.get('hi', 10)
    v = st.slider(f'n up to {hi}', 0, hi, key='n')
    st.text(repr(v))
    """
    at = run(src)
    at.slider[0].set_value(8).run()
    at.session_state["hi"] = 20
    at.run()
    assert at.text[0].value == "8" and at.slider[0].max == 20
    at.session_state["hi"] = 5  # 8 no longer fits: clamped
    at.run()
    assert at.text[0].value == "5"


def test_deleting_the_key_resets_to_the_default() -> None:
    at = run(SLIDERS)
    at.slider(key="n").set_value(1).run()
    del at.session_state["n"]
    at.run()
    assert at.slider(key="n").value == 5


def test_disabled_slider_ignores_set_values() -> None:
    at = run("import rerunqt as st\nv = st.slider('s', 0, 10, 3, disabled=True, key='s')")
    assert at.slider[0].disabled is True
    with pytest.raises(AppTestError):
        at.slider[0].set_value(9)
    at.run()
    assert at.session_state["s"] == 3


def test_label_visibility_and_help_are_props() -> None:
    at = run("import rerunqt as st\nst.slider('s', label_visibility='collapsed', help='Pick one')")
    assert at.slider[0].label_visibility == "collapsed"
    assert at.slider[0].help == "Pick one"


# --------------------------------------------------------------------------------------
# slider: callbacks
# --------------------------------------------------------------------------------------

CALLBACK = """
import rerunqt as st
if 'calls' not in st.session_state:
    st.session_state.calls = []
def changed(*args, **kwargs):
    st.session_state.calls.append((args, kwargs, st.session_state.s))
st.slider('s', 0, 10, 2, key='s', on_change=changed, args=('a', 1), kwargs={'k': 'v'})
"""


def test_on_change_fires_once_per_change_with_args_and_kwargs() -> None:
    at = run(CALLBACK)
    assert at.session_state["calls"] == []
    at.run()
    assert at.session_state["calls"] == []  # a plain rerun changes nothing
    at.slider[0].set_value(6).run()
    assert at.session_state["calls"] == [(("a", 1), {"k": "v"}, 6)]
    at.slider[0].set_value(6).run()  # the same value again: no change
    at.run()
    assert len(at.session_state["calls"]) == 1
    at.slider[0].set_value(0).run()
    assert [call[2] for call in at.session_state["calls"]] == [6, 0]


def test_assigning_state_does_not_fire_on_change() -> None:
    at = run(CALLBACK)
    at.session_state["s"] = 9
    at.run()
    assert at.session_state["calls"] == [] and at.slider[0].value == 9


# --------------------------------------------------------------------------------------
# slider: conversions and formats (core helpers)
# --------------------------------------------------------------------------------------


def test_stale_front_end_values_are_clamped_or_refused() -> None:
    spec = slider_spec(0, 10, 5, None, None)
    assert spec.from_ui(12.0) == 10 and type(spec.from_ui(3.0)) is int
    with pytest.raises(ValueError):
        spec.from_ui((1, 2))
    with pytest.raises(TypeError):
        spec.from_ui("3")
    pair = slider_spec(0.0, 1.0, (0.2, 0.4), None, None)
    assert pair.from_ui([0.9, 0.1]) == (0.1, 0.9)
    assert pair.coerce((0.2, 0.4)) is not None


def test_coerce_returns_a_fitting_value_itself() -> None:
    spec = slider_spec(0, 10, (2, 4), None, None)
    value = (3, 5)
    assert spec.coerce(value) is value
    assert spec.coerce([5, 3]) == (3, 5)


def test_front_end_numbers_for_dates_and_times() -> None:
    d = slider_spec(None, None, dt.date(2024, 1, 10), None, None)
    assert d.to_ui(dt.date(2024, 1, 11)) == dt.date(2024, 1, 11).toordinal()
    t = slider_spec(None, None, dt.time(1, 2, 3), None, None)
    assert t.to_ui(dt.time(1, 2, 3)) == 3723 * 1_000_000
    assert t.from_ui(3723 * 1_000_000) == dt.time(1, 2, 3)
    x = slider_spec(None, None, dt.datetime(1970, 1, 2), None, None)
    assert x.to_ui(dt.datetime(1970, 1, 2)) == 86_400 * 1_000_000


def test_number_formats_are_printf_style() -> None:
    assert format_ui_value("int", "%d years", 7) == "7 years"
    assert format_ui_value("float", "%0.1f%%", 12.345) == "12.3%"


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("YYYY-MM-DD", "2024-03-05"),
        ("MM/DD/YY - hh:mm", "03/05/24 - 02:07"),
        ("ddd ha", "Tue 2pm"),
        ("MMMM Do, YYYY H:mm:ss", "March 5th, 2024 14:07:09"),
        ("[Week] W, dddd", "Week 10, Tuesday"),
        ("%d.%m.%Y", "05.03.2024"),
        # momentjs' US English long formats ("LT" in Streamlit's 30-days slider lesson)
        ("LT", "2:07 PM"),
        ("LTS", "2:07:09 PM"),
        ("L", "03/05/2024"),
        ("LL", "March 5, 2024"),
        ("LLL", "March 5, 2024 2:07 PM"),
        ("LLLL", "Tuesday, March 5, 2024 2:07 PM"),
        ("l", "3/5/2024"),
        ("lll", "Mar 5, 2024 2:07 PM"),
        ("[L] LT", "L 2:07 PM"),
        ("Qo [quarter], wo [week], gggg, Y N", "1st quarter, 10th week, 2024, 2024 AD"),
        ("HH:mm Z", "14:07 +00:00"),  # a naive value is UTC, as moment.utc reads it
    ],
)
def test_date_formats_use_moment_tokens_or_strftime(fmt: str, expected: str) -> None:
    assert format_temporal(dt.datetime(2024, 3, 5, 14, 7, 9), fmt) == expected


@pytest.mark.parametrize(
    ("data_type", "value", "fmt", "expected"),
    [
        ("datetime", dt.datetime(2023, 6, 15, 14, 30), "localized", "Jun 15, 2023, 2:30:00 PM"),
        ("date", dt.date(2023, 6, 15), "localized", "Jun 15, 2023"),
        ("time", dt.time(12, 0), "localized", "12:00:00 PM"),
        ("datetime", dt.datetime(2023, 6, 15, 14, 30), "iso8601", "2023-06-15T14:30:00.000Z"),
        ("date", dt.date(2023, 6, 15), "iso8601", "2023-06-15"),
        ("time", dt.time(12, 0), "iso8601", "12:00:00.000Z"),
        ("date", dt.date(2001, 6, 15), "calendar", "06/15/2001"),
        ("time", dt.time(12, 0), "calendar", "01/01/2000"),  # the browser's day for a time
    ],
)
def test_date_slider_named_formats_as_streamlit_shows_them(data_type: str, value: object, fmt: str,
                                                           expected: str) -> None:
    """Streamlit 1.67's presets, not moment tokens ("localized" read as "locamliz44")."""
    x = slider_spec(None, None, value, None, None).to_ui(value)
    assert format_ui_value(data_type, fmt, x) == expected


def test_us_weeks_start_on_sunday_as_momentjs() -> None:
    """"w" is momentjs' US English week (week 1 holds January 1), "W" the ISO week."""
    assert format_temporal(dt.date(2021, 1, 3), "w ww W gggg GGGG") == "2 02 53 2021 2020"
    assert format_temporal(dt.date(2023, 12, 31), "w gggg") == "1 2024"


def test_date_slider_distance_format_is_relative() -> None:
    x = slider_spec(None, None, dt.date(2001, 6, 15), None, None).to_ui(dt.date(2001, 6, 15))
    assert format_ui_value("date", "distance", x).endswith("years ago")


def test_custom_format_reaches_the_element() -> None:
    at = run("import rerunqt as st\nst.slider('p', 0, 100, 5, format='%d%%')")
    assert at.slider[0].format == "%d%%"


# --------------------------------------------------------------------------------------
# select_slider
# --------------------------------------------------------------------------------------

COLOURS = "['red', 'orange', 'yellow', 'green', 'blue']"


def test_select_slider_defaults_to_the_first_option() -> None:
    at = run(f"import rerunqt as st\nv = st.select_slider('c', {COLOURS})\nst.text(repr(v))")
    s = at.select_slider[0]
    assert at.text[0].value == "'red'" and s.value == "red"
    assert s.options == ["red", "orange", "yellow", "green", "blue"]


def test_select_slider_value_and_range() -> None:
    at = run(
        f"""
        import rerunqt as st
        a = st.select_slider('a', {COLOURS}, value='green')
        b = st.select_slider('b', {COLOURS}, value=('blue', 'orange'))
        st.text(repr((a, b)))
        """
    )
    assert at.text[0].value == "('green', ('orange', 'blue'))"


def test_select_slider_options_keep_their_objects_and_format_func() -> None:
    at = run(
        """
        import rerunqt as st
        v = st.select_slider('n', options=range(1, 6), value=3, format_func=lambda n: f'#{n}', key='n')
        st.text(repr(v))
        """
    )
    assert at.select_slider[0].options == ["#1", "#2", "#3", "#4", "#5"]
    at.select_slider[0].set_value(5).run()
    assert at.text[0].value == "5" and at.session_state["n"] == 5


def test_select_slider_set_value_and_set_range() -> None:
    src = f"""
    import rerunqt as st
    a = st.select_slider('a', {COLOURS}, key='a')
    b = st.select_slider('b', {COLOURS}, value=('red', 'blue'), key='b')
    st.text(repr((a, b)))
    """
    at = run(src)
    at.select_slider(key="a").set_value("yellow")
    at.select_slider(key="b").set_range("green", "orange")
    at.run()
    assert at.text[0].value == "('yellow', ('orange', 'green'))"
    with pytest.raises(ValueError, match="not one of the options"):
        at.select_slider(key="a").set_value("purple")
    with pytest.raises(ValueError, match="expected a range"):
        at.select_slider(key="b").set_value("red")


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        # Streamlit 1.67's words: a ValueError from its index look-up, a missing parameter
        (f"st.select_slider('c', {COLOURS}, value='purple')", "purple is not in iterable"),
        (f"st.select_slider('c', {COLOURS}, value=('red', 'pink'))", "pink is not in iterable"),
        ("st.select_slider('c', [5], value=6)", "6 is not in iterable"),
        ("st.select_slider('c', [])",
         "The `options` parameter is required. Provide at least one option."),
        (f"st.select_slider('c', {COLOURS}, format_func=3)", "format_func= must be a function"),
    ],
)
def test_select_slider_errors(call: str, expected: str) -> None:
    assert expected in error_of(f"import rerunqt as st\n{call}")


def test_select_slider_session_state_not_an_option_falls_back_to_the_default() -> None:
    src = f"import rerunqt as st\nv = st.select_slider('c', {COLOURS}, 'green', key='c')\nst.text(repr(v))"
    at = AppTest.from_string(src)
    at.session_state["c"] = "blue"
    at.run()
    assert at.text[0].value == "'blue'"
    at.session_state["c"] = "purple"  # as Streamlit 1.67: the default, without an error
    at.run()
    assert not at.exception
    assert at.text[0].value == "'green'" and at.session_state["c"] == "green"


def test_select_slider_range_inferred_from_session_state() -> None:
    src = f"import rerunqt as st\nv = st.select_slider('c', {COLOURS}, key='c')\nst.text(repr(v))"
    at = AppTest.from_string(src)
    at.session_state["c"] = ["yellow", "orange"]
    at.run()
    assert at.text[0].value == "('orange', 'yellow')"


def test_select_slider_callback_fires_once_per_change() -> None:
    src = f"""
    import rerunqt as st
    st.session_state.setdefault('log', [])
    def moved(tag, *, by):
        st.session_state.log.append((tag, by, st.session_state.c))
    st.select_slider('c', {COLOURS}, key='c', on_change=moved, args=('t',), kwargs={{'by': 'me'}})
    """
    at = run(src)
    at.run()
    assert at.session_state["log"] == []
    at.select_slider[0].set_value("green").run()
    at.run()
    assert at.session_state["log"] == [("t", "me", "green")]


def test_select_slider_disabled_and_duplicates() -> None:
    at = run(f"import rerunqt as st\nst.select_slider('c', {COLOURS}, disabled=True, key='c')")
    with pytest.raises(AppTestError):
        at.select_slider[0].set_value("blue")
    at.run()
    assert at.session_state["c"] == "red"
    message = error_of(f"import rerunqt as st\nst.select_slider('c', {COLOURS})\n"
                       f"st.select_slider('c', {COLOURS})")
    assert "multiple `select_slider` elements with the same auto-generated ID" in message


def test_select_slider_stale_index_is_ignored() -> None:
    at = run(f"import rerunqt as st\nv = st.select_slider('c', {COLOURS}, key='c')")
    at._events.append(__import__("rerunqt.runner.requests", fromlist=["WidgetEvent"]).WidgetEvent("c", 99))
    at.run()
    assert not at.exception and at.session_state["c"] == "red"


# --------------------------------------------------------------------------------------
# memoised specs: argument sets that compare equal but differ in type stay apart
# --------------------------------------------------------------------------------------


def test_slider_spec_cache_keeps_equal_arguments_of_other_types_apart() -> None:
    ints, floats = slider_spec(0, 10, 5, None, None), slider_spec(0.0, 10.0, 5.0, None, None)
    assert ints is slider_spec(0, 10, 5, None, None)  # memoised
    assert (ints.data_type, floats.data_type) == ("int", "float")
    assert type(floats.default) is float and type(ints.default) is int
    pair, listed = slider_spec(0, 10, (2, 4), None, None), slider_spec(0, 10, [2, 4], None, None)
    assert pair.default == listed.default == (2, 4)
    fpair = slider_spec(0.0, 10.0, (2.0, 4.0), None, None)
    assert fpair is not pair and type(fpair.default[0]) is float
    with pytest.raises(Exception, match="containing values of the same type"):
        slider_spec(0, 10, (2, 4.0), None, None)  # equal to (2, 4), but mixed


def test_slider_same_numbers_of_other_types_in_one_script() -> None:
    at = run(
        "import rerunqt as st\n"
        "a = st.slider('a', 0, 10, 5)\nb = st.slider('b', 0.0, 10.0, 5.0)\n"
        "c = st.slider('c', 0, 10, (2, 4))\nd = st.slider('d', 0.0, 10.0, (2.0, 4.0))\n"
        "st.text(repr((a, b, c, d)))"
    )
    assert at.text[0].value == "(5, 5.0, (2, 4), (2.0, 4.0))"
    assert [s.data_type for s in at.slider] == ["int", "float", "int", "float"]


def test_select_slider_equal_options_of_other_types_stay_apart() -> None:
    at = run(
        "import rerunqt as st\n"
        "a = st.select_slider('a', [1, 2, 3], 2)\n"
        "b = st.select_slider('b', [1.0, 2.0, 3.0], 2)\n"
        "c = st.select_slider('c', [True, False], True)\n"
        "d = st.select_slider('d', [0.0, 1.0])\ne = st.select_slider('e', [-0.0, 1.0])\n"
        "st.text(repr((a, b, c, d, e)))"
    )
    assert at.text[0].value == "(2, 2.0, True, 0.0, -0.0)"
    assert [s.options for s in at.select_slider] == [
        ["1", "2", "3"], ["1.0", "2.0", "3.0"], ["True", "False"], ["0.0", "1.0"], ["-0.0", "1.0"],
    ]


def test_select_slider_str_subclass_options_keep_their_objects() -> None:
    src = """
    import enum
    import rerunqt as st
    class Size(str, enum.Enum):
        S = 's'
        M = 'm'
    a = st.select_slider('a', ['s', 'm'])
    b = st.select_slider('b', [Size.S, Size.M], key='b')
    st.text(repr((a, b)))
    """
    at = run(src)
    assert at.text[0].value == "('s', <Size.S: 's'>)"
    assert at.select_slider[0].options == ["s", "m"]
    assert at.select_slider[1].options != ["s", "m"]  # str() of the members, not of 's' and 'm'
    at.select_slider(key="b").set_value("m").run()
    assert at.text[0].value == "('s', <Size.M: 'm'>)"


def test_select_slider_format_func_runs_on_every_run() -> None:
    src = """
    import rerunqt as st
    st.session_state.setdefault('n', 0)
    st.session_state.n += 1
    def shown(option):
        return f'{option}{st.session_state.n}'
    st.select_slider('c', ['x', 'y'], format_func=shown, key='c')
    """
    at = run(src)
    assert at.select_slider[0].options == ["x1", "y1"]
    at.run()
    assert at.select_slider[0].options == ["x2", "y2"]


def test_select_slider_range_from_state_does_not_leak_between_keys() -> None:
    src = (
        f"import rerunqt as st\na = st.select_slider('a', {COLOURS}, key='a')\n"
        f"b = st.select_slider('b', {COLOURS}, key='b')\nst.text(repr((a, b)))"
    )
    at = AppTest.from_string(src)
    at.session_state["a"] = ("orange", "green")
    at.run()
    assert at.text[0].value == "(('orange', 'green'), 'red')"
    at.select_slider(key="b").set_value("blue").run()
    assert at.text[0].value == "(('orange', 'green'), 'blue')"


def test_select_slider_duplicate_options_pick_the_first_equal_one() -> None:
    at = run(
        "import rerunqt as st\n"
        "v = st.select_slider('a', ['a', 'b', 'a'], 'a', key='a')\n"
        "w = st.select_slider('b', [1, True, 2], True)\nst.text(repr((v, w)))"
    )
    assert at.text[0].value == "('a', True)"
    assert at.select_slider[0].value == "a" and at.select_slider[1].value is True


def test_apptest_reads_number_bounds_as_floats_as_streamlits_apptest() -> None:
    """Streamlit 1.67's AppTest reads a number slider's min and max from its proto's doubles
    (0.0 and 100.0 for an int slider); a date slider's stay dates."""
    at = run("import rerunqt as st, datetime as dt\nst.slider('a', 0, 100)\n"
             "st.slider('d', dt.date(2024, 1, 1), dt.date(2024, 2, 1))")
    a, d = at.slider
    assert (a.min, a.max) == (0.0, 100.0) and type(a.min) is float
    assert d.min == dt.date(2024, 1, 1)


def test_a_bool_value_is_an_int_as_in_streamlit() -> None:
    """Streamlit 1.67 reads True as the int 1 (bool is an Integral there); rerunqt raised."""
    at = run("import rerunqt as st\na = st.slider('x', value=True)\nb = st.slider('y', 0, 10, (True, 5))\n"
             "st.write(type(a).__name__)")
    assert not at.exception
    assert [s.value for s in at.slider] == [1, (1, 5)]
    assert at.markdown[0].value == "int"


def test_number_input_of_mixed_numbers_lists_its_default_value_word_too() -> None:
    """Streamlit 1.67's number_input defaults ``value`` to the word "min": its error lists it."""
    assert error_of("import rerunqt as st\nst.number_input('n', min_value=1, max_value=5.0)") == (
        "All numerical arguments must be of the same type.\n`value` has str type.\n"
        "`min_value` has int type.\n`max_value` has float type.")
    assert error_of("import rerunqt as st\nst.number_input('n', 1, 5.0, 2)") == (
        "All numerical arguments must be of the same type.\n`value` has int type.\n"
        "`min_value` has int type.\n`max_value` has float type.")
