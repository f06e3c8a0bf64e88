"""toggle, text_area, date_input, time_input, color_picker through AppTest (Streamlit 1.39 semantics)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from rerunqt.testing import AppTest, AppTestError


def run(src: str) -> AppTest:
    return AppTest.from_string(src).run()


def error(at: AppTest) -> str:
    assert at.exception, "expected the run to show an exception"
    return at.exception[0].value


# --------------------------------------------------------------------------------------
# toggle
# --------------------------------------------------------------------------------------


def test_toggle_defaults_and_set_value() -> None:
    at = run("""
        import rerunqt as st
        a = st.toggle("A")
        b = st.toggle("B", True, key="b")
        st.text(f"{a!r} {b!r}")
    """)
    assert at.text.values == ["False True"]
    assert at.toggle.values == [False, True]
    assert at.toggle[0].label == "A" and at.toggle[1].key == "b"
    at.toggle[0].set_value(True).run()
    assert at.text.values == ["True True"]
    assert type(at.toggle[0].value) is bool
    at.toggle(key="b").set_value(False).run()
    assert at.text.values == ["True False"]
    assert at.session_state["b"] is False


def test_toggle_is_its_own_kind_not_a_checkbox() -> None:
    at = run("""
        import rerunqt as st
        st.checkbox("Same")
        st.toggle("Same")
    """)
    assert not at.exception
    assert len(at.toggle) == 1 and len(at.checkbox) == 1
    assert at.toggle[0].id != at.checkbox[0].id
    assert at.toggle[0].type == "toggle"


def test_toggle_value_coercion_and_errors() -> None:
    at = run("""
        import rerunqt as st
        st.text(repr(st.toggle("One", 1)))
    """)
    assert at.text.values == ["True"]
    at = run("""
        import rerunqt as st
        st.text(repr(st.toggle("Cast", "yes")))  # cast to bool, as Streamlit documents
    """)
    assert at.text.values == ["True"]
    with pytest.raises(ValueError, match="True or False"):
        at2 = run("import rerunqt as st\nst.toggle('T')\n")
        at2.toggle[0].set_value("nope")


def test_toggle_session_state_before_widget_coerced_or_rejected() -> None:
    src = """
        import rerunqt as st
        if "t" not in st.session_state:
            st.session_state.t = {initial}
        st.text(repr(st.toggle("T", key="t")))
    """
    assert run(src.format(initial="1")).text.values == ["True"]
    at = run(src.format(initial="'maybe'"))
    assert "'t'" in error(at) and "maybe" in error(at)


def test_toggle_callback_once_per_change_with_args_and_kwargs() -> None:
    at = run("""
        import rerunqt as st
        st.session_state.setdefault("calls", [])
        def changed(tag, *, extra):
            st.session_state.calls.append((tag, extra, st.session_state.t))
        st.toggle("T", key="t", on_change=changed, args=("tag",), kwargs={"extra": 1})
        st.text(repr(st.session_state.calls))
    """)
    assert at.text.values == ["[]"]
    at.toggle[0].set_value(True).run()
    assert at.session_state["calls"] == [("tag", 1, True)]
    at.run()
    at.toggle[0].set_value(True).run()  # same value: no change, no call
    assert at.session_state["calls"] == [("tag", 1, True)]
    at.toggle[0].set_value(False).run()
    assert at.session_state["calls"] == [("tag", 1, True), ("tag", 1, False)]


def test_toggle_disabled_ignores_user_values_and_keeps_state() -> None:
    at = run("""
        import rerunqt as st
        st.toggle("T", key="t", disabled=True)
    """)
    assert at.toggle[0].disabled
    with pytest.raises(AppTestError, match=r"disabled toggle widget \(key='t'\)"):
        at.toggle[0].set_value(True)
    at.run()
    assert at.toggle[0].value is False


def test_toggle_label_visibility_and_errors() -> None:
    at = run("""
        import rerunqt as st
        st.toggle("Hidden", label_visibility="hidden")
        st.toggle("Collapsed", label_visibility="collapsed")
    """)
    assert [t.label_visibility for t in at.toggle] == ["hidden", "collapsed"]
    assert "Invalid `label_visibility` value." in error(run("""
        import rerunqt as st
        st.toggle("X", label_visibility="sideways")
    """))
    assert run("import rerunqt as st\nst.toggle(5)\n").toggle[0].label == "5"  # as Streamlit shows it


def test_toggle_duplicate_unkeyed_raises_and_value_state_warning(
        caplog: pytest.LogCaptureFixture) -> None:
    at = run("""
        import rerunqt as st
        st.toggle("Twin")
        st.toggle("Twin")
    """)
    assert "`toggle` elements" in error(at) and "unique `key` argument" in error(at)
    at = run("""
        import rerunqt as st
        st.session_state.w = False
        st.toggle("W", value=True, key="w")
    """)
    assert at.toggle[0].value is False
    assert not at.warning  # logged (as Streamlit 1.67 does), not drawn
    assert 'key "w" was created with a default value' in caplog.text


# --------------------------------------------------------------------------------------
# text_area
# --------------------------------------------------------------------------------------


def test_text_area_values_types_and_props() -> None:
    at = run("""
        import rerunqt as st
        a = st.text_area("A")
        b = st.text_area("B", 42, height=120, max_chars=10, placeholder="type here", key="b")
        c = st.text_area("C", None)
        st.text(repr((a, b, c)))
    """)
    assert at.text.values == ["('', '42', None)"]
    b = at.text_area(key="b")
    assert (b.height, b.max_chars, b.placeholder) == (120, 10, "type here")
    assert at.text_area[0].height is None and at.text_area[0].max_chars == 0


def test_text_area_input_respects_max_chars_and_set_value() -> None:
    at = run("""
        import rerunqt as st
        st.text(repr(st.text_area("Notes", max_chars=5, key="n")))
    """)
    at.text_area[0].input("toolong").run()
    assert at.text.values == ["''"]
    at.text_area[0].input("two\nl").run()
    assert at.text.values == ["'two\\nl'"]
    at.text_area[0].set_value(None).run()  # back to the default, as Streamlit's AppTest
    assert at.text.values == ["''"]
    with pytest.raises(ValueError, match="str or None"):
        at.text_area[0].set_value(3)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ("height='big'", "as tall as the text"),
        ("height='big'", "height='big'"),
        ("height=70.5", "int"),
        ("max_chars='5'", "positive int"),
    ],
)
def test_text_area_invalid_arguments(args: str, message: str) -> None:
    at = run(f"import rerunqt as st\nst.text_area('T', {args})\n")
    assert message in error(at)


def test_max_chars_0_is_no_limit_as_in_streamlit() -> None:
    """Streamlit 1.67 takes max_chars=0 as no limit (its own unset value); rerunqt raised."""
    at = run("import rerunqt as st\nst.text_input('I', max_chars=0)\nst.text_area('A', max_chars=0)\n")
    assert not at.exception, at.exception
    at.text_input[0].input("a" * 500)
    at.text_area[0].input("b" * 500).run()
    assert (at.text_input[0].value, at.text_area[0].value) == ("a" * 500, "b" * 500)


def test_text_area_height_68_is_allowed() -> None:
    assert not run("import rerunqt as st\nst.text_area('T', height=68)\n").exception


@pytest.mark.parametrize("height", [0, -10])
def test_text_area_height_below_1_is_streamlit_s_error(height: int) -> None:
    """1 to 67 px is the 68 px minimum (no error); 0 or less raises, as in Streamlit 1.67."""
    assert not run("import rerunqt as st\nst.text_area('T', height=1)\n").exception
    at = run(f"import rerunqt as st\nst.text_area('T', height={height})\n")
    assert at.exception[0].message == (f"Invalid height value: {height}. Height must be either a "
                                       f"positive integer (pixels), 'stretch', or 'content'.")


def test_text_area_session_state_none_kept_and_long_values_cut() -> None:
    src = """
        import rerunqt as st
        if "t" not in st.session_state:
            st.session_state.t = {initial}
        st.text(repr(st.text_area("T", "default", max_chars=4, key="t")))
    """
    at = run(src.format(initial="None"))
    assert at.text.values == ["None"]
    at.run()
    assert at.text.values == ["None"]
    assert run(src.format(initial="'abcdefgh'")).text.values == ["'abcd'"]
    # a number set by code is an error, as in Streamlit 1.67 (value= is cast to str)
    assert "expected a str (or None), got int 1234" in error(run(src.format(initial="1234")))
    assert run(src.format(initial="None").replace('"default"', "1234")).text.values == ["None"]


def test_text_area_callback_once_and_not_on_plain_run() -> None:
    at = run("""
        import rerunqt as st
        st.session_state.setdefault("n", 0)
        def bump(step):
            st.session_state.n += step
        st.text_area("T", key="t", on_change=bump, args=(2,))
    """)
    at.text_area[0].input("hello").run()
    assert at.session_state["n"] == 2
    at.run()
    at.text_area[0].input("hello").run()
    assert at.session_state["n"] == 2
    at.text_area[0].input("bye").run()
    assert at.session_state["n"] == 4


def test_text_area_duplicate_and_distinct_ids() -> None:
    at = run("""
        import rerunqt as st
        st.text_area("Same")
        st.text_area("Same", height=100)
        st.text_input("Same")
    """)
    assert not at.exception
    assert "text_area" in error(run("import rerunqt as st\nst.text_area('X')\nst.text_area('X')\n"))


# --------------------------------------------------------------------------------------
# date_input
# --------------------------------------------------------------------------------------


def test_date_input_default_today_and_bounds() -> None:
    at = run("""
        import rerunqt as st
        st.text(repr(st.date_input("When")))
    """)
    today = date.today()
    assert at.text.values == [repr(today)]
    d = at.date_input[0]
    assert d.value == today and not d.is_range
    assert d.min == today.replace(year=today.year - 10) or (today.month == 2 and today.day == 29)
    assert d.max.year == today.year + 10
    assert d.format == "YYYY/MM/DD"


def test_date_input_single_values() -> None:
    at = run("""
        import datetime as dt
        import rerunqt as st
        a = st.date_input("A", dt.date(2024, 2, 29))
        b = st.date_input("B", dt.datetime(2020, 5, 6, 7, 8))
        c = st.date_input("C", None)
        st.text(repr((a, b, c)))
    """)
    assert at.text.values == [repr((date(2024, 2, 29), date(2020, 5, 6), None))]
    a = at.date_input[0]
    assert (a.min, a.max) == (date(2014, 2, 28), date(2034, 2, 28))  # 29 February moves to the 28th
    assert type(at.date_input[1].value) is date


def test_date_input_ranges_return_tuples() -> None:
    at = run("""
        import datetime as dt
        import rerunqt as st
        full = st.date_input("Full", [dt.date(2024, 3, 9), dt.date(2024, 3, 1)])
        half = st.date_input("Half", (dt.date(2024, 3, 1),))
        none = st.date_input("None", ())
        st.text(repr((full, half, none)))
    """)
    assert at.text.values == [repr(((date(2024, 3, 1), date(2024, 3, 9)), (date(2024, 3, 1),), ()))]
    assert [d.is_range for d in at.date_input] == [True, True, True]
    assert at.date_input[0].min == date(2014, 3, 1) and at.date_input[0].max == date(2034, 3, 9)
    at.date_input[2].set_value([date(2024, 1, 2)]).run()  # a partial range, while picking
    assert at.date_input[2].value == (date(2024, 1, 2),)
    at.date_input[2].set_value((date(2024, 1, 9), date(2024, 1, 2))).run()
    assert at.date_input[2].value == (date(2024, 1, 2), date(2024, 1, 9))
    at.date_input[2].set_value(date(2024, 1, 5)).run()  # one date: the range's start
    assert at.date_input[2].value == (date(2024, 1, 5),)
    single = run("import rerunqt as st\nst.date_input('S')\n").date_input[0]
    with pytest.raises(ValueError, match="one date"):
        single.set_value((date(2024, 1, 1),))


def test_date_input_explicit_bounds_format_and_set_value() -> None:
    at = run("""
        import datetime as dt
        import rerunqt as st
        d = st.date_input("D", dt.date(2024, 6, 1), min_value=dt.date(2024, 1, 1),
                          max_value=dt.datetime(2024, 12, 31, 23, 0), format="DD.MM.YYYY", key="d")
        st.text(repr(d))
    """)
    d = at.date_input(key="d")
    assert (d.min, d.max, d.format) == (date(2024, 1, 1), date(2024, 12, 31), "DD.MM.YYYY")
    d.set_value(datetime(2024, 7, 4, 12, 0)).run()
    assert at.text.values == [repr(date(2024, 7, 4))]
    with pytest.raises(ValueError, match="outside this date field's range"):
        at.date_input[0].set_value(date(2030, 1, 1))  # a user cannot pick it (issue 16)
    at.session_state.d = date(2030, 1, 1)  # beyond max from code: the default (Streamlit 1.67)
    at.run()
    assert not at.exception
    assert at.text.values == [repr(date(2024, 6, 1))] and at.session_state.d == date(2024, 6, 1)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ("format='YYYY.DD.MM'", "Provided value: 'YYYY.DD.MM'."),  # Streamlit 1.67's words
        ("format='yyyy/mm/dd'", "Invalid `format` value. Supported values: 'YYYY/MM/DD', 'DD/MM/YYYY'"),
        ("format='YYYY/MM-DD'", "Provided value: 'YYYY/MM-DD'."),  # one separator throughout
        ("format=5", "Invalid `format` type. Expected one of: str. Provided type: int."),
        ("value='tomorrow'", "value='tomorrow'"),
        ("value=[dt.date(2024, 1, 1)] * 3", "0 to 2 date or datetime values. Provided type: list."),
        ("value=dt.date(2024, 1, 1), min_value=dt.date(2024, 2, 1)", "The `value` 2024-01-01 is less "
         "than the `min_value` 2024-02-01."),
        ("value=None, min_value=dt.date(2024, 2, 1), max_value=dt.date(2024, 1, 1)", "The `min_value`, set "
         "to 2024-02-01, cannot be greater than the `max_value`"),
        ("min_value='2024-13-01'", "Invalid `value` type."),  # Streamlit 1.67 says `value`
        ("min_value=3", "Invalid `min_value` type. Expected one of: date, datetime, ISO string, None."),
    ],
)
def test_date_input_invalid_arguments(args: str, message: str) -> None:
    at = run(f"import datetime as dt\nimport rerunqt as st\nst.date_input('D', {args})\n")
    assert message in error(at)


@pytest.mark.parametrize("fmt", ["YYYY/MM/DD", "DD/MM/YYYY", "MM/DD/YYYY", "YYYY-MM-DD", "DD.MM.YYYY"])
def test_date_input_valid_formats(fmt: str) -> None:
    at = run(f"import rerunqt as st\nst.date_input('D', format={fmt!r})\n")
    assert not at.exception and at.date_input[0].format == fmt


def test_date_input_session_state_coerced_and_range_inferred(
        caplog: pytest.LogCaptureFixture) -> None:
    src = """
        import datetime as dt
        import rerunqt as st
        if "d" not in st.session_state:
            st.session_state.d = {initial}
        st.text(repr(st.date_input("D", {value}, min_value=dt.date(2020, 1, 1),
                                   max_value=dt.date(2030, 1, 1), key="d")))
    """
    at = run(src.format(initial="dt.datetime(2024, 5, 6, 7, 8)", value="dt.date(2024, 1, 1)"))
    assert at.text.values == [repr(date(2024, 5, 6))]
    assert 'key "d" was created' in caplog.text  # value= and session state both set it
    at = run(src.format(initial="'2025-02-03'", value="None"))  # text: an error (Streamlit 1.67)
    assert "expected a date, got the str '2025-02-03'" in error(at)
    at = run(src.format(initial="dt.date(1999, 1, 1)", value="dt.date(2024, 1, 1)"))
    assert at.text.values == [repr(date(2024, 1, 1))]  # below min_value: the default
    at = run(src.format(initial="[dt.date(2024, 1, 9), dt.date(2024, 1, 2)]", value="None"))
    assert at.text.values == [repr((date(2024, 1, 2), date(2024, 1, 9)))]
    assert at.date_input[0].is_range
    at = run(src.format(initial="None", value="dt.date(2024, 1, 1)"))
    assert at.text.values == ["None"]
    at = run(src.format(initial="42", value="dt.date(2024, 1, 1)"))
    assert "'d'" in error(at)


def test_date_input_callback_fires_once_per_change() -> None:
    at = run("""
        import datetime as dt
        import rerunqt as st
        st.session_state.setdefault("seen", [])
        def changed(*, label):
            st.session_state.seen.append((label, st.session_state.d))
        st.date_input("D", dt.date(2024, 1, 1), key="d", on_change=changed, kwargs={"label": "x"})
    """)
    at.date_input[0].set_value(date(2024, 1, 2)).run()
    at.run()
    at.date_input[0].set_value(date(2024, 1, 2)).run()
    assert at.session_state["seen"] == [("x", date(2024, 1, 2))]


def test_date_input_today_default_does_not_warn_and_keyed_value_survives_hiding() -> None:
    at = run("""
        import datetime as dt
        import rerunqt as st
        if st.toggle("Show", True, key="show"):
            st.date_input("D", key="d")
    """)
    at.date_input[0].set_value(date(2024, 4, 4)).run()
    at.toggle[0].set_value(False).run()
    assert len(at.date_input) == 0
    at.toggle[0].set_value(True).run()
    assert at.date_input[0].value == date(2024, 4, 4)
    assert not at.warning


# --------------------------------------------------------------------------------------
# time_input
# --------------------------------------------------------------------------------------


def test_time_input_default_now_truncated_to_minutes() -> None:
    before = datetime.now().replace(second=0, microsecond=0)
    at = run("import rerunqt as st\nst.text(repr(st.time_input('T')))\n")
    after = datetime.now()
    value = at.time_input[0].value
    assert type(value) is time and value.second == 0 and value.microsecond == 0
    assert before.time() <= value <= after.time() or before.date() != after.date()
    assert at.time_input[0].step == 900


def test_time_input_values_and_step() -> None:
    at = run("""
        import datetime as dt
        import rerunqt as st
        a = st.time_input("A", dt.time(10, 7, 33, 5))
        b = st.time_input("B", dt.datetime(2024, 1, 1, 23, 50, 59), step=dt.timedelta(minutes=30))
        c = st.time_input("C", None, step=60)
        st.text(repr((a, b, c)))
    """)
    assert at.text.values == [repr((time(10, 7), time(23, 50), None))]
    assert [t.step for t in at.time_input] == [900, 1800, 60]


def test_time_input_increment_decrement_and_set_value() -> None:
    at = run("""
        import datetime as dt
        import rerunqt as st
        st.text(repr(st.time_input("A", dt.time(23, 50), key="a")))
        st.text(repr(st.time_input("B", None, key="b")))
    """)
    at.time_input[0].increment().run()
    assert at.text.values[0] == repr(time(0, 5))  # wraps at midnight, as Streamlit's AppTest
    at.time_input[0].decrement().decrement().run()
    assert at.text.values[0] == repr(time(23, 35))
    at.time_input[1].increment().run()  # nothing to step from
    assert at.text.values[1] == "None"
    at.time_input[1].set_value(datetime(2024, 1, 1, 8, 15, 42)).run()
    assert at.text.values[1] == repr(time(8, 15))
    with pytest.raises(ValueError, match="time"):
        at.time_input[1].set_value(3.5)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ("step=0", "The `step` parameter, set to 0 seconds, is outside the required range "
                   "[1 second, 23 hours]."),
        ("step=dt.timedelta(hours=24)", "outside the required range [1 second, 23 hours]"),
        ("step='fast'", "Invalid `step` type. Expected one of: int, timedelta."),
        ("step=True", "Invalid `step` type. Expected one of: int, timedelta."),
        ("value='noon'", "value='noon'"),
        ("value=dt.date(2024, 1, 1)", "Expected one of: datetime, time, ISO string. Provided type: date."),
    ],
)
def test_time_input_invalid_arguments(args: str, message: str) -> None:
    at = run(f"import datetime as dt\nimport rerunqt as st\nst.time_input('T', {args})\n")
    assert message in error(at)


def test_time_input_step_bounds_allowed() -> None:
    at = run("""
        import datetime as dt
        import rerunqt as st
        st.time_input("A", step=60)
        st.time_input("B", step=dt.timedelta(hours=23))
    """)
    assert not at.exception


def test_time_input_session_state_coercion() -> None:
    src = """
        import datetime as dt
        import rerunqt as st
        if "t" not in st.session_state:
            st.session_state.t = {initial}
        st.text(repr(st.time_input("T", key="t")))
    """
    assert "expected a time, got the str '10:30:15'" in error(run(src.format(initial="'10:30:15'")))
    assert run(src.format(initial="dt.time(10, 30, 15)")).text.values == [repr(time(10, 30))]
    assert run(src.format(initial="None")).text.values == ["None"]
    assert run(src.format(initial="dt.datetime(2024, 1, 1, 6, 1)")).text.values == [repr(time(6, 1))]
    assert "'t'" in error(run(src.format(initial="[1]")))


def test_time_input_callback_once_per_change_and_disabled() -> None:
    at = run("""
        import datetime as dt
        import rerunqt as st
        st.session_state.setdefault("n", 0)
        def bump():
            st.session_state.n += 1
        st.time_input("T", dt.time(9, 0), key="t", on_change=bump)
        st.time_input("Off", dt.time(9, 0), key="off", disabled=True)
    """)
    at.time_input[0].increment().run()
    at.run()
    assert at.session_state["n"] == 1
    assert at.session_state["t"] == time(9, 15)
    with pytest.raises(AppTestError):
        at.time_input(key="off").increment()
    at.run()
    assert at.session_state["off"] == time(9, 0)


# --------------------------------------------------------------------------------------
# color_picker
# --------------------------------------------------------------------------------------


def test_color_picker_returns_the_colour_as_written() -> None:
    """As Streamlit: "#ABC" stays "#ABC", so a script (or the app testing cheat sheet's
    ``assert at.color_picker[0].value == "#FFFFFF"``) can compare with its own text."""
    at = run("""
        import rerunqt as st
        a = st.color_picker("A")
        b = st.color_picker("B", "#ABC")
        c = st.color_picker("C", "#00FFaa", key="c")
        st.text(repr((a, b, c)))
    """)
    assert at.text.values == ["('#000000', '#ABC', '#00FFaa')"]
    at.color_picker[0].pick("#F00").run()
    assert at.color_picker[0].value == "#F00"
    at.color_picker(key="c").set_value("#123456").run()
    assert at.text.values == ["('#F00', '#ABC', '#123456')"]
    with pytest.raises(ValueError, match="not a hex colour"):
        at.color_picker[0].pick("red")


@pytest.mark.parametrize(
    ("value", "message"),
    [("'red'", "'red' is not a valid hex code"), ("123", "'123' is not a valid hex code"),
     ("'#12345'", "'#12345' is not a valid hex code")],
)
def test_color_picker_invalid_value(value: str, message: str) -> None:
    at = run(f"import rerunqt as st\nst.color_picker('C', {value})\n")
    assert message in error(at) and "Valid ones are like '#00FFAA' or '#000'." in error(at)  # Streamlit's


def test_color_picker_session_state_and_callbacks() -> None:
    at = run("""
        import rerunqt as st
        if "c" not in st.session_state:
            st.session_state.c = "#FFF"
        st.session_state.setdefault("log", [])
        def log(*args, **kwargs):
            st.session_state.log.append((args, kwargs, st.session_state.c))
        st.text(st.color_picker("C", key="c", on_change=log, args=(1, 2), kwargs={"k": 3}))
    """)
    assert at.text.values == ["#FFF"]
    assert not at.warning  # no value= given: no duplicate warning
    at.color_picker[0].pick("#000").run()
    at.run()
    assert at.session_state["log"] == [((1, 2), {"k": 3}, "#000")]
    bad = run("""
        import rerunqt as st
        st.session_state.c = "nope"
        st.text(st.color_picker("C", "#123456", key="c"))
    """)
    assert not bad.exception  # not a colour: the default, as Streamlit 1.67 resets it
    assert bad.text.values == ["#123456"] and bad.session_state.c == "#123456"
    assert "['c'] = 5" in error(run("""
        import rerunqt as st
        st.session_state.c = 5
        st.color_picker("C", key="c")
    """))


def test_color_picker_disabled_duplicate_and_label_visibility() -> None:
    at = run("""
        import rerunqt as st
        st.color_picker("C", key="c", disabled=True, label_visibility="collapsed")
    """)
    assert at.color_picker[0].label_visibility == "collapsed"
    with pytest.raises(AppTestError):
        at.color_picker[0].pick("#fff")
    at.run()
    assert at.color_picker[0].value == "#000000"
    assert "color_picker" in error(run("import rerunqt as st\nst.color_picker('C')\nst.color_picker('C')\n"))


def test_same_label_across_picker_kinds_has_distinct_ids() -> None:
    at = run("""
        import rerunqt as st
        st.toggle("X")
        st.text_area("X")
        st.date_input("X")
        st.time_input("X")
        st.color_picker("X")
    """)
    assert not at.exception
    ids = {at.toggle[0].id, at.text_area[0].id, at.date_input[0].id, at.time_input[0].id,
           at.color_picker[0].id}
    assert len(ids) == 5


def test_step_helpers_return_the_view_for_chaining() -> None:
    at = run("import datetime as dt\nimport rerunqt as st\nst.time_input('T', dt.time(1, 0))\n")
    view = at.time_input[0]
    assert view.increment() is view and view.decrement() is view
    assert isinstance(timedelta(seconds=view.step), timedelta)


# --------------------------------------------------------------------------------------
# memoised specs (date_input, time_input) and the clock caches
# --------------------------------------------------------------------------------------


def test_time_input_spec_not_shared_between_equal_steps_of_other_types() -> None:
    at = run("""
        import rerunqt as st
        st.time_input("A", None, step=60, key="a")
        st.time_input("B", None, step=60.0, key="b")
    """)
    assert "Invalid `step` type. Expected one of: int, timedelta." in error(at)
    assert at.time_input[0].step == 60
    at = run("""
        import rerunqt as st
        st.time_input("A", None, step=60, key="a")
        st.time_input("B", None, step=True, key="b")
    """)
    assert "Invalid `step` type. Expected one of: int, timedelta." in error(at)


def test_date_and_time_specs_keep_equal_aware_values_of_other_zones_apart() -> None:
    at = run("""
        import datetime as dt
        import rerunqt as st
        utc, plus1 = dt.timezone.utc, dt.timezone(dt.timedelta(hours=1))
        for _ in range(2):  # the second round reads the specs back, if they were stored
            a = st.date_input("A", dt.datetime(2024, 1, 1, 23, 30, tzinfo=utc), key=f"a{_}")
            b = st.date_input("B", dt.datetime(2024, 1, 2, 0, 30, tzinfo=plus1), key=f"b{_}")
            c = st.time_input("C", dt.time(9, 0, tzinfo=utc), key=f"c{_}")
            d = st.time_input("D", dt.time(10, 0, tzinfo=plus1), key=f"d{_}")
            st.text(repr((a, b, c, d)))
    """)
    expected = repr((date(2024, 1, 1), date(2024, 1, 2), time(9, 0), time(10, 0)))
    assert at.text.values == [expected, expected]


def test_date_input_spec_per_value_type_and_list_or_tuple() -> None:
    from rerunqt.core.dates_spec import date_spec

    day, moment = date(2024, 3, 1), datetime(2024, 3, 1, 12, 0)
    assert date_spec(day, None, None, "YYYY/MM/DD") is date_spec(day, None, None, "YYYY/MM/DD")
    assert date_spec(moment, None, None, "YYYY/MM/DD") is not date_spec(day, None, None, "YYYY/MM/DD")
    as_list = date_spec([day], None, None, "YYYY/MM/DD")
    assert as_list is date_spec([day], None, None, "YYYY/MM/DD")  # a list is keyed by its items
    assert as_list is not date_spec((day,), None, None, "YYYY/MM/DD")
    assert as_list.default == (day,) and as_list.is_range
    low = date_spec(day, day, None, "YYYY/MM/DD")
    assert low.min == day and date_spec(day, moment, None, "YYYY/MM/DD") is not low


def test_date_input_today_spec_is_rebuilt_on_a_new_day(monkeypatch: pytest.MonkeyPatch) -> None:
    from rerunqt.core import dates_spec

    first = dates_spec.date_spec("today", None, None, "YYYY/MM/DD")
    assert first.default == date.today() and first.day == date.today()
    fixed = dates_spec.date_spec(date(2024, 1, 1), None, None, "YYYY/MM/DD")
    assert fixed.day is None  # does not depend on today
    tomorrow = date.today() + timedelta(days=1)
    monkeypatch.setattr(dates_spec, "today", lambda: tomorrow)
    later = dates_spec.date_spec("today", None, None, "YYYY/MM/DD")
    assert later.default == tomorrow and later.day == tomorrow
    assert later.max.year == tomorrow.year + 10
    assert dates_spec.date_spec(date(2024, 1, 1), None, None, "YYYY/MM/DD") is fixed


def test_clock_caches_match_the_clock() -> None:
    from rerunqt.core.dates_spec import now_minute, today

    assert today() == date.today() and today() is today()
    before = datetime.now().replace(second=0, microsecond=0).time()
    value = now_minute()
    after = datetime.now().time()
    assert value.second == 0 and value.microsecond == 0
    assert before <= value <= after or after < before  # (midnight in between)


def test_color_picker_known_colours_stay_exact_strings() -> None:
    from rerunqt.core.pickers import normalize_color

    class Colour(str):
        pass

    assert normalize_color("#a1b2c3") == "#a1b2c3" and normalize_color("#a1b2c3") == "#a1b2c3"
    assert type(normalize_color(Colour("#a1b2c3"))) is str
    assert normalize_color("#A1B2C3") == "#A1B2C3" and normalize_color(" #abc ") == "#abc"
    with pytest.raises(ValueError):
        normalize_color("#A1B2C")
