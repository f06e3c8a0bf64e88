"""st.radio, st.selectbox and st.multiselect through AppTest (headless)."""

from __future__ import annotations

import logging
from collections import OrderedDict

import pytest

from rerunqt.core.choice_options import choices
from rerunqt.runner.requests import WidgetEvent
from rerunqt.testing import AppTest, AppTestError

WARNING = 'The widget with key "{}" was created with a default value but also had its value set'


def app(src: str) -> AppTest:
    return AppTest.from_string(src).run()


def no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def send_raw(at: AppTest, widget_id: str, front_value: object) -> AppTest:
    """A front-end value as a (possibly stale) window would send it."""
    at._events.append(WidgetEvent(widget_id, front_value))
    return at.run()


# --------------------------------------------------------------------------------------
# radio
# --------------------------------------------------------------------------------------


def test_radio_defaults_to_the_first_option_and_returns_the_object() -> None:
    at = app(
        """
        import rerunqt as st
        v = st.radio("Pick", [3, 1.5, "x", (1, 2)])
        st.text(repr(v))
        """
    )
    no_exception(at)
    radio = at.radio[0]
    assert radio.value == 3 and type(radio.value) is int
    assert radio.index == 0
    assert radio.options == ["3", "1.5", "x", "(1, 2)"]
    assert radio.label == "Pick"
    assert radio.horizontal is False and radio.captions == []
    radio.set_value((1, 2)).run()
    assert at.text[0].value == "(1, 2)"
    assert at.radio[0].index == 3
    at.radio[0].set_value(1.5).run()
    assert at.text[0].value == "1.5"


def test_radio_returns_the_option_objects_themselves() -> None:
    at = app(
        """
        import rerunqt as st
        class Thing:
            def __init__(self, name): self.name = name
        if "things" not in st.session_state:
            st.session_state.things = [Thing("a"), Thing("b")]
        things = st.session_state.things
        v = st.radio("T", things, format_func=lambda t: t.name.upper(), key="t")
        st.text(f"{v is things[0]} {v is things[1]}")
        d = st.selectbox("D", [{"id": 1}, {"id": 2}], index=1, format_func=lambda d: d["id"])
        st.text(repr(d))
        """
    )
    no_exception(at)
    assert at.text[0].value == "True False"
    assert at.radio[0].options == ["A", "B"]
    things = at.session_state["things"]
    at.radio[0].set_value(things[1]).run()
    assert at.text[0].value == "False True"
    assert at.session_state["t"] is things[1]
    assert at.selectbox[0].value == {"id": 2}
    assert at.text[1].value == "{'id': 2}"


@pytest.mark.parametrize(
    "options, expected",
    [
        ("range(2, 5)", ("2", "3", "4")),
        ("('a', 'b')", ("a", "b")),
        ("{'k1': 1, 'k2': 2}", ("k1", "k2")),
        ("{'k1': 1, 'k2': 2}.keys()", ("k1", "k2")),
        ("(c for c in 'xy')", ("x", "y")),
        ("'abc'", ("abc",)),  # one option, as Streamlit 1.67 wraps a str
    ],
)
def test_any_iterable_gives_the_options(options: str, expected: tuple[str, ...]) -> None:
    at = app(
        f"""
        import rerunqt as st
        st.radio("R", {options})
        st.selectbox("S", {options})
        st.multiselect("M", {options})
        """
    )
    no_exception(at)
    assert at.radio[0].options == at.selectbox[0].options == at.multiselect[0].options == list(expected)


def test_pandas_series_and_dataframe_options() -> None:
    pd = pytest.importorskip("pandas")
    spec = choices("radio", pd.Series([10, 20]), str)
    assert spec.labels == ("10", "20") and spec.opts == (10, 20)
    frame = choices("radio", pd.DataFrame({"a": ["x", "y"], "b": [1, 2]}), str)
    assert frame.labels == ("x", "y")


def test_radio_index_none_and_empty_options_give_none() -> None:
    at = app(
        """
        import rerunqt as st
        a = st.radio("A", ["x", "y"], index=None)
        b = st.radio("B", [])
        c = st.selectbox("C", [])
        d = st.multiselect("D", [])
        st.text(repr((a, b, c, d)))
        """
    )
    no_exception(at)
    assert at.text[0].value == "(None, None, None, [])"
    assert at.radio[0].index is None and at.radio[0].value is None
    assert at.radio[1].options == []
    at.radio[0].set_value("y").run()
    assert at.text[0].value == "('y', None, None, [])"
    at.radio[0].set_value(None).run()  # a radio can be cleared from code/tests
    assert at.text[0].value == "(None, None, None, [])"


@pytest.mark.parametrize(
    "call, message",
    [
        ('st.radio("R", ["a", "b"], index=2)', "The `index` parameter, set to 2, is outside the required "
                                               "range [0, 1]."),
        ('st.radio("R", ["a", "b"], index=-1)', "The `index` parameter, set to -1, is outside the required "
                                                "range [0, 1]."),
        ('st.selectbox("S", ["a"], index=5)', "The `index` parameter, set to 5, is outside the required "
                                              "range [0, 0]."),
        ('st.radio("R", ["a", "b"], index="a")', "Invalid `index` type. Expected one of: int, None. "
                                                 "Provided type: str."),
        ('st.selectbox("S", ["a", "b"], index=True)', "Invalid `index` type."),
        ('st.radio("R", ["a"], format_func="upper")', "st.radio format_func must be a function"),
        ('st.radio("R", ["a"], captions="x")', "st.radio captions must be a list of strings"),
        ('st.selectbox("S", ["a"], label_visibility="gone")',
         "Invalid `label_visibility` value. Supported values: 'visible', 'hidden', 'collapsed'."),
        ('st.radio("R", ["a"], on_change=5)', "on_change= must be a function"),
        ('st.multiselect("M", ["a", "b"], default=["x"])',
         "The default value 'x' is not part of the options"),
        ('st.multiselect("M", [1, 2], default=3)', "The default value '3' is not part of the options"),
        ('st.multiselect("M", ["a", "b", "c"], default=["a", "b"], max_selections=1)',
         "Multiselect has 2 options selected but max_selections is set to 1"),
        ('st.multiselect("M", ["a"], max_selections=0)',
         "st.multiselect max_selections must be a positive int or None, got 0"),
        ('st.multiselect("M", ["a"], max_selections=1.5)', "max_selections must be a positive int"),
    ],
)
def test_invalid_arguments_give_clear_errors(call: str, message: str) -> None:
    at = app(f"import rerunqt as st\n{call}\nst.text('after')\n")
    assert len(at.exception) == 1
    assert message in at.exception[0].value
    assert not at.text  # the run stopped there


def test_numpy_style_integer_index_is_accepted() -> None:
    at = app(
        """
        import rerunqt as st
        class Index:
            def __index__(self): return 1
        st.radio("R", ["a", "b"], index=Index())
        """
    )
    no_exception(at)
    assert at.radio[0].value == "b"


def test_radio_horizontal_captions_help_disabled_and_label_visibility_props() -> None:
    at = app(
        """
        import rerunqt as st
        st.radio("R", ["a", "b"], horizontal=True, captions=["first", None], help="Choose",
                 disabled=True, label_visibility="collapsed")
        """
    )
    radio = at.radio[0]
    assert radio.horizontal is True
    assert radio.captions == ["first", ""]
    assert radio.help == "Choose"
    assert radio.disabled is True
    assert radio.label_visibility == "collapsed"


def test_radio_set_value_not_an_option_is_refused() -> None:
    at = app('import rerunqt as st\nst.radio("R", ["a", "b"])\n')
    with pytest.raises(ValueError, match="'zzz' is not one of the options \\['a', 'b'\\]"):
        at.radio[0].set_value("zzz")


def test_radio_callback_fires_once_per_change_with_args_and_kwargs() -> None:
    at = app(
        """
        import rerunqt as st
        def changed(*args, **kwargs):
            st.session_state.log = st.session_state.get("log", []) + [(args, kwargs, st.session_state.r)]
        st.radio("R", ["a", "b", "c"], key="r", on_change=changed, args=(1, 2), kwargs={"x": 3})
        """
    )
    assert "log" not in at.session_state
    at.radio[0].set_value("c").run()
    assert at.session_state["log"] == [((1, 2), {"x": 3}, "c")]
    at.run()
    at.radio[0].set_value("c").run()  # the same value: no change
    assert len(at.session_state["log"]) == 1
    at.radio[0].set_value("a").run()
    assert at.session_state["log"][-1] == ((1, 2), {"x": 3}, "a")
    assert len(at.session_state["log"]) == 2


def test_disabled_widgets_ignore_values_sent_to_them() -> None:
    at = app(
        """
        import rerunqt as st
        st.radio("R", ["a", "b"], key="r", disabled=True)
        st.selectbox("S", ["a", "b"], key="s", disabled=True)
        st.multiselect("M", ["a", "b"], key="m", disabled=True)
        """
    )
    for act in (lambda: at.radio[0].set_value("b"), lambda: at.selectbox[0].select("b"),
                lambda: at.multiselect[0].select("b")):
        with pytest.raises(AppTestError, match="Cannot update a disabled"):
            act()  # as in Streamlit's AppTest
    for wid in ("r", "s", "m"):  # a (stale) front end's value is ignored too
        at._events.append(WidgetEvent(wid, 1 if wid != "m" else (1,)))
    at.run()
    assert (at.session_state["r"], at.session_state["s"], at.session_state["m"]) == ("a", "a", [])


def test_identical_unkeyed_widgets_are_a_duplicate_id_error() -> None:
    for call in ('st.radio("R", ["a", "b"])', 'st.selectbox("S", [1, 2])',
                 'st.multiselect("M", ["a"], default=["a"])'):
        at = app(f"import rerunqt as st\n{call}\n{call}\n")
        assert len(at.exception) == 1
        assert "with the same auto-generated ID" in at.exception[0].value
        assert "unique `key` argument" in at.exception[0].value
    at = app(
        """
        import rerunqt as st
        st.radio("R", ["a", "b"])
        st.radio("R", ["a", "c"])
        st.radio("R", ["a", "b"], index=1)
        st.radio("R", ["a", "b"], key="k")
        st.selectbox("R", ["a", "b"])
        """
    )
    no_exception(at)


def test_unkeyed_widgets_keep_their_values_across_runs() -> None:
    at = app(
        """
        import rerunqt as st
        st.radio("R", ["a", "b"])
        st.selectbox("S", ["a", "b"])
        st.multiselect("M", ["a", "b"])
        """
    )
    at.radio[0].set_value("b")
    at.selectbox[0].select_index(1)
    at.multiselect[0].select("b")
    at.run()
    at.run()
    assert (at.radio[0].value, at.selectbox[0].value, at.multiselect[0].value) == ("b", "b", ["b"])


# --------------------------------------------------------------------------------------
# session state
# --------------------------------------------------------------------------------------


def test_state_set_before_the_widget_drives_its_value() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        r = st.radio("R", ["a", "b", "c"], key="r")
        s = st.selectbox("S", [10, 20, 30], key="s")
        m = st.multiselect("M", ["x", "y", "z"], key="m")
        st.text(repr((r, s, m)))
        """
    )
    at.session_state["r"] = "c"
    at.session_state["s"] = 20
    at.session_state["m"] = ("z", "x")  # any iterable; stored back as a list
    at.run()
    no_exception(at)
    assert at.text[0].value == "('c', 20, ['z', 'x'])"
    assert at.radio[0].index == 2 and at.selectbox[0].index == 1
    assert at.multiselect[0].indices == [2, 0]
    assert at.session_state["m"] == ["z", "x"]
    assert not at.warning  # index 0 / no default: nothing to warn about


def test_state_value_equal_to_an_option_becomes_that_option() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        v = st.radio("R", [1, 2, 3], key="r")
        s = st.selectbox("S", ["1", "2"], key="s")
        st.text(repr((v, s)))
        """
    )
    at.session_state["r"] = 2.0  # equal to the option 2: the option itself is returned
    at.session_state["s"] = "2"
    at.run()
    assert at.text[0].value == "(2, '2')"
    assert type(at.session_state["r"]) is int


def test_state_may_name_an_option_by_its_label() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        v = st.selectbox("S", [1, 2, 3], format_func=lambda n: f"#{n}", key="s")
        m = st.multiselect("M", [1, 2, 3], format_func=lambda n: f"#{n}", key="m")
        st.text(repr((v, m)))
        """
    )
    at.session_state["s"] = "#3"
    at.session_state["m"] = ["#2", 1]
    at.run()
    assert at.text[0].value == "(3, [2, 1])"
    at.selectbox[0].select("#1").run()  # AppTest accepts the label too, as Streamlit's does
    assert at.selectbox[0].value == 1


@pytest.mark.parametrize(
    "widget, bad, fallback",
    [
        ('st.radio("R", ["a", "b"], key="k")', "'zzz'", "a"),
        ('st.radio("R", ["a", "b"], index=None, key="k")', "'zzz'", None),
        ('st.selectbox("S", ["a", "b"], key="k")', "'zzz'", "a"),
        ('st.selectbox("S", ["a", "b"], index=1, key="k")', "'zzz'", "b"),
        ('st.multiselect("M", ["a", "b"], key="k")', "['a', 'zzz']", ["a"]),
        ('st.multiselect("M", ["a", "b"], default=["b"], key="k")', "['zzz']", []),
    ],
)
def test_state_value_that_is_not_an_option_falls_back_without_an_error(
        widget: str, bad: str, fallback: object) -> None:
    # Streamlit 1.67: the default (a multiselect: the items that are options), and session
    # state is reset to it; no exception (options that depend on a filter rely on this)
    at = app(f"import rerunqt as st\nst.session_state.k = {bad}\nv = {widget}\nst.text(repr(v))\n")
    no_exception(at)
    assert at.text[0].value == repr(fallback)
    assert at.session_state["k"] == fallback


def test_state_value_that_is_not_a_list_of_options_is_an_error_naming_the_key() -> None:
    at = app('import rerunqt as st\nst.session_state.k = 42\nst.multiselect("M", ["a", "b"], key="k")\n')
    assert len(at.exception) == 1
    assert at.exception[0].exc_type == "StateValueError"
    assert "st.session_state['k'] = 42" in at.exception[0].value
    assert "expected a list of options" in at.exception[0].value


def test_state_with_more_selections_than_max_is_an_error() -> None:
    at = app(
        """
        import rerunqt as st
        st.session_state.m = ["a", "b", "c"]
        st.multiselect("M", ["a", "b", "c"], key="m", max_selections=2)
        """
    )
    assert len(at.exception) == 1
    assert "st.session_state['m']" in at.exception[0].value
    assert "Multiselect has 3 options selected but max_selections is set to 2" in at.exception[0].value


def test_none_in_state_is_kept_across_runs() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        r = st.radio("R", ["a", "b"], key="r")
        s = st.selectbox("S", ["a", "b"], key="s")
        m = st.multiselect("M", ["a", "b"], key="m")
        st.text(repr((r, s, m)))
        """
    )
    at.session_state["r"] = None
    at.session_state["s"] = None
    at.session_state["m"] = None
    at.run()
    assert at.text[0].value == "(None, None, [])"
    at.run()
    assert at.text[0].value == "(None, None, [])"
    assert at.selectbox[0].index is None


@pytest.mark.parametrize(
    "widget, warns",
    [
        ('st.radio("R", ["a", "b"], index=1, key="k")', True),
        ('st.radio("R", ["a", "b"], index=0, key="k")', False),
        ('st.radio("R", ["a", "b"], index=None, key="k")', False),
        ('st.selectbox("S", ["a", "b"], index=1, key="k")', True),
        ('st.selectbox("S", ["a", "b"], key="k")', False),
        ('st.multiselect("M", ["a", "b"], default=["b"], key="k")', True),
        ('st.multiselect("M", ["a", "b"], default=[], key="k")', False),
        ('st.multiselect("M", ["a", "b"], key="k")', False),
    ],
)
def test_value_and_state_warning(widget: str, warns: bool, caplog: pytest.LogCaptureFixture) -> None:
    src = f"""
import rerunqt as st
if "k" not in st.session_state:
    st.session_state.k = "a" if "multiselect" not in {widget!r} else ["a"]
{widget}
"""
    with caplog.at_level(logging.WARNING, logger="rerunqt"):
        at = app(src)
        no_exception(at)
        assert not at.warning  # a log line, as in Streamlit 1.67: not an element on the page
        logged = [r.getMessage() for r in caplog.records if r.name == "rerunqt"]
        assert len(logged) == (1 if warns else 0)
        if warns:
            assert WARNING.format("k") in logged[0]
        assert at.session_state["k"] in ("a", ["a"])  # the state value wins
        caplog.clear()
        at.session_state["k"] = "a" if "multiselect" not in widget else ["a"]
        at.run()
        assert not [r for r in caplog.records if r.name == "rerunqt"]  # once per key


def test_keyed_value_survives_hiding_and_option_changes() -> None:
    at = app(
        """
        import rerunqt as st
        show = st.checkbox("Show", value=True, key="show")
        more = st.checkbox("More", key="more")
        opts = ["a", "b", "c"] if more else ["a", "b"]
        if show:
            st.radio("R", opts, key="r")
            st.multiselect("M", opts, key="m")
        """
    )
    at.radio[0].set_value("b")
    at.multiselect[0].set_value(["b", "a"])
    at.run()
    at.checkbox(key="show").uncheck().run()
    assert not at.radio
    at.checkbox(key="show").check().run()
    assert at.radio[0].value == "b" and at.multiselect[0].value == ["b", "a"]
    at.checkbox(key="more").check().run()  # new options, same keys: values kept
    assert at.radio[0].value == "b" and at.radio[0].options == ["a", "b", "c"]
    at.radio[0].set_value("c")
    at.multiselect[0].set_value(["c"])
    at.run()
    at.checkbox(key="more").uncheck().run()  # "c" is gone: back to the defaults, no error
    no_exception(at)
    assert at.radio[0].value == "a" and at.multiselect[0].value == []


def test_deleting_the_key_resets_to_the_default() -> None:
    at = app(
        """
        import rerunqt as st
        if st.button("Reset"):
            del st.session_state["s"]
            st.rerun()
        st.selectbox("S", ["a", "b"], index=1, key="s")
        """
    )
    at.selectbox[0].select("a").run()
    assert at.selectbox[0].value == "a"
    at.button[0].click().run()
    assert at.selectbox[0].value == "b"


# --------------------------------------------------------------------------------------
# selectbox
# --------------------------------------------------------------------------------------


def test_selectbox_select_select_index_and_placeholder() -> None:
    at = app(
        """
        import rerunqt as st
        v = st.selectbox("Contact", ["Email", "Home phone", "Mobile phone"], index=None,
                         placeholder="Select contact method...")
        st.text(repr(v))
        """
    )
    box = at.selectbox[0]
    assert box.value is None and box.index is None
    assert box.placeholder == "Select contact method..."
    assert at.text[0].value == "None"
    box.select("Mobile phone")
    assert box.value == "Mobile phone" and box.index == 2  # visible before the run
    at.run()
    assert at.text[0].value == "'Mobile phone'"
    at.selectbox[0].select_index(0).run()
    assert at.text[0].value == "'Email'"
    assert at.selectbox[0].index == 0
    at.selectbox[0].select_index(None).run()
    assert at.text[0].value == "None"
    with pytest.raises(IndexError, match="has 3 options; index 3 is out of range"):
        at.selectbox[0].select_index(3)
    with pytest.raises(ValueError, match="not one of the options"):
        at.selectbox[0].select("Fax")


def test_selectbox_default_placeholder_and_format_func() -> None:
    at = app(
        """
        import rerunqt as st
        v = st.selectbox("Size", [1, 2, 3], index=2, format_func=lambda n: "S M L".split()[n - 1])
        st.text(repr(v))
        """
    )
    box = at.selectbox[0]
    assert box.placeholder == ""  # left out: Streamlit's AppTest reads the proto's ""
    assert box.options == ["S", "M", "L"]
    assert box.value == 3 and at.text[0].value == "3"
    box.set_value(1).run()
    assert at.text[0].value == "1"


def test_selectbox_callback_once_and_not_on_plain_runs() -> None:
    at = app(
        """
        import rerunqt as st
        def changed(a, *, b):
            st.session_state.calls = st.session_state.get("calls", []) + [(a, b, st.session_state.s)]
        st.selectbox("S", ["a", "b"], key="s", on_change=changed, args=["A"], kwargs={"b": "B"})
        """
    )
    at.run()
    assert "calls" not in at.session_state
    at.selectbox[0].select("b").run()
    at.run()
    assert at.session_state["calls"] == [("A", "B", "b")]


def test_a_stale_front_end_index_is_ignored() -> None:
    at = app('import rerunqt as st\nst.selectbox("S", ["a", "b"], key="s")\n')
    send_raw(at, "s", 7)
    no_exception(at)
    assert at.session_state["s"] == "a"
    send_raw(at, "s", 1)
    assert at.session_state["s"] == "b"


# --------------------------------------------------------------------------------------
# multiselect
# --------------------------------------------------------------------------------------


def test_multiselect_default_select_unselect_and_indices() -> None:
    at = app(
        """
        import rerunqt as st
        m = st.multiselect("Colours", ["Green", "Yellow", "Red", "Blue"], ["Yellow", "Red"])
        st.text(repr(m))
        """
    )
    multi = at.multiselect[0]
    assert multi.value == ["Yellow", "Red"]
    assert multi.indices == [1, 2]
    assert multi.options == ["Green", "Yellow", "Red", "Blue"]
    assert multi.placeholder == ""  # left out: Streamlit's AppTest reads the proto's ""
    assert multi.max_selections == 0  # Streamlit 1.67: the proto's 0 for "no limit"
    multi.select("Blue").run()
    assert at.text[0].value == "['Yellow', 'Red', 'Blue']"
    at.multiselect[0].unselect("Yellow").run()
    assert at.text[0].value == "['Red', 'Blue']"
    assert at.multiselect[0].indices == [2, 3]
    at.multiselect[0].select("Red").run()  # already selected: no change
    assert at.text[0].value == "['Red', 'Blue']"
    at.multiselect[0].unselect("Green").run()  # not selected: no change
    assert at.text[0].value == "['Red', 'Blue']"
    at.multiselect[0].set_value([]).run()
    assert at.text[0].value == "[]"


def test_multiselect_default_forms() -> None:
    at = app(
        """
        import rerunqt as st
        a = st.multiselect("A", ["x", "y"], default="y")
        b = st.multiselect("B", [(1, 2), (3, 4)], default=(3, 4))
        c = st.multiselect("C", range(5), default=range(1, 3))
        d = st.multiselect("D", ["x", "y"], default=("y", "x", "y"))
        st.text(repr((a, b, c, d)))
        """
    )
    no_exception(at)
    assert at.text[0].value == "(['y'], [(3, 4)], [1, 2], ['y', 'x'])"


def test_multiselect_returns_option_objects_and_a_fresh_list() -> None:
    at = app(
        """
        import rerunqt as st
        OPTS = st.session_state.setdefault("opts", [object(), object(), object()])
        m = st.multiselect("M", OPTS, default=[OPTS[2]], format_func=lambda o: str(OPTS.index(o)), key="m")
        st.text(str([OPTS.index(o) for o in m]) + f" same={m[0] is OPTS[2]}")
        m.append("mutated")  # the returned list is the caller's own
        """
    )
    no_exception(at)
    assert at.text[0].value == "[2] same=True"
    opts = at.session_state["opts"]
    at.multiselect[0].select(opts[0]).run()
    assert at.text[0].value == "[2, 0] same=True"
    assert at.session_state["m"] == [opts[2], opts[0]]


def test_multiselect_max_selections_in_the_ui_and_in_apptest() -> None:
    at = app(
        """
        import rerunqt as st
        m = st.multiselect("M", ["a", "b", "c"], max_selections=2, key="m")
        st.text(repr(m))
        """
    )
    assert at.multiselect[0].max_selections == 2
    at.multiselect[0].set_value(["a", "b"]).run()
    assert at.text[0].value == "['a', 'b']"
    with pytest.raises(ValueError, match="3 options selected, but max_selections is 2"):
        at.multiselect[0].select("c")
    send_raw(at, "m", (0, 1, 2))  # a window never sends this; if one did it is ignored
    no_exception(at)
    assert at.text[0].value == "['a', 'b']"
    send_raw(at, "m", (0, 0))  # nor duplicates
    assert at.text[0].value == "['a', 'b']"


def test_multiselect_callback_once_per_change() -> None:
    at = app(
        """
        import rerunqt as st
        def changed(tag):
            st.session_state.log = st.session_state.get("log", []) + [(tag, list(st.session_state.m))]
        st.multiselect("M", ["a", "b"], key="m", on_change=changed, args=("t",))
        """
    )
    at.multiselect[0].select("b").run()
    at.run()
    at.multiselect[0].set_value(["b"]).run()  # unchanged
    at.multiselect[0].select("a").run()
    assert at.session_state["log"] == [("t", ["b"]), ("t", ["b", "a"])]


def test_multiselect_order_is_the_order_of_selection() -> None:
    at = app('import rerunqt as st\nst.text(repr(st.multiselect("M", ["a", "b", "c"], key="m")))\n')
    at.multiselect[0].select("c").run()
    at.multiselect[0].select("a").run()
    assert at.text[0].value == "['c', 'a']"
    assert at.multiselect[0].indices == [2, 0]


def test_ordered_dict_options_and_labels_in_element_props_are_plain() -> None:
    at = app(
        """
        import rerunqt as st
        from collections import OrderedDict
        st.multiselect("M", OrderedDict(a=[1], b=[2]), default="b")
        """
    )
    multi = at.multiselect[0]
    assert multi.value == ["b"]
    element = multi._element
    for name, value in element.props:  # props are plain values and tuples only
        assert not isinstance(value, (list, dict, OrderedDict)), name
    assert element.prop("value") == (1,)


def test_options_of_classes_defined_in_the_script_keep_the_selection_across_reruns() -> None:
    at = app(
        """
        import enum
        from dataclasses import dataclass
        import rerunqt as st
        class Colour(enum.Enum):
            RED = 1
            BLUE = 2
        @dataclass
        class Plan:
            name: str
        class Thing:
            def __init__(self, n): self.n = n
        c = st.radio("C", Colour, format_func=lambda c: c.name, key="c")
        p = st.selectbox("P", [Plan("free"), Plan("pro")], format_func=lambda p: p.name, key="p")
        t = st.multiselect("T", [Thing(1), Thing(2)], format_func=lambda t: str(t.n), key="t")
        st.text(f"{c.name} {type(c) is Colour} {p.name} {[x.n for x in t]}")
        """
    )
    assert at.text[0].value == "RED True free []"
    at.radio[0].set_value(at.radio[0].value)  # an option of the previous run's class
    at.run()
    at.radio[0].set_value("BLUE")  # by label
    at.selectbox[0].select_index(1)
    at.multiselect[0].set_value(["2"])
    at.run()
    no_exception(at)
    assert at.text[0].value == "BLUE True pro [2]"
    at.run()  # each run redefines the classes: the choices still hold
    at.run()
    assert at.text[0].value == "BLUE True pro [2]"


# --------------------------------------------------------------------------------------
# memoised specs: a call reuses what its arguments work out to, never another's
# --------------------------------------------------------------------------------------


def test_equal_options_of_other_types_never_share_a_cached_spec() -> None:
    at = app(
        """
        import enum
        import rerunqt as st
        class Size(str, enum.Enum):  # equal to (and hashing like) the plain strings
            a = "a"
            b = "b"
        out = []
        for n, opts in enumerate(([1, 0], [1.0, 0.0], [True, False], ["a", "b"], list(Size))):
            for _ in range(2):  # the second round hits the cache
                r = st.radio(f"r{n}{_}", opts)
                s = st.selectbox(f"s{n}{_}", opts)
                m = st.multiselect(f"m{n}{_}", opts, default=opts[:1])
                out.append(" ".join(type(v).__name__ for v in (r, s, m[0])))
        st.text(" | ".join(out))
        """
    )
    no_exception(at)
    types = ["int", "int", "float", "float", "bool", "bool", "str", "str", "Size", "Size"]
    assert at.text[0].value == " | ".join(f"{t} {t} {t}" for t in types)
    labels = [tuple(radio.options) for radio in at.radio]
    assert labels[0] == labels[1] == ("1", "0")
    assert labels[2] == labels[3] == ("1.0", "0.0")
    assert labels[4] == labels[5] == ("True", "False")
    assert labels[6] == labels[7] == ("a", "b")
    assert labels[8] == labels[9] == ("Size.a", "Size.b")  # str() of a (str, Enum) member


def test_multiselect_default_of_equal_values_of_other_types() -> None:
    at = app(
        """
        import rerunqt as st
        a = st.multiselect("A", [0, 1, True], default=[1])
        b = st.multiselect("B", [0, 1, True], default=[True])
        c = st.multiselect("C", [0, 1, True], default=(1,))
        d = st.multiselect("D", [0, 1, True], default=True)
        st.text(repr((a, b, c, d)))
        """
    )
    no_exception(at)
    assert at.text[0].value == "([1], [True], [1], [True])"
    assert [m.indices for m in at.multiselect] == [[1], [2], [1], [2]]


def test_cached_index_and_captions_keep_their_types() -> None:
    ok = app('import rerunqt as st\nst.text(st.selectbox("S", ["a", "b"], index=1))\n')
    assert ok.text[0].value == "b"
    bad = app('import rerunqt as st\nst.selectbox("S", ["a", "b"], index=True)\n')
    assert "Provided type: bool." in bad.exception[0].value
    at = app(
        """
        import rerunqt as st
        st.radio("A", ["x"], captions=[1])
        st.radio("B", ["x"], captions=[True])
        st.radio("C", ["x"], captions=(1,))
        """
    )
    no_exception(at)
    assert [radio.captions for radio in at.radio] == [["1"], ["True"], ["1"]]


def test_plain_multiselect_returns_a_fresh_list_every_run() -> None:
    at = app(
        """
        import rerunqt as st
        m = st.multiselect("M", ["a", "b"], default=["a"], key="m")
        st.text(repr((m, m is st.session_state.m)))
        m.append("mutated")
        e = st.multiselect("E", ["a", "b"], key="e")
        e.append("mutated")
        """
    )
    no_exception(at)
    assert at.text[0].value == "(['a'], False)"
    at.run()
    assert at.text[0].value == "(['a'], False)"
    assert at.session_state["e"] == []
    at.multiselect[0].select("b").run()
    assert at.text[0].value == "(['a', 'b'], False)"
    assert at.session_state["m"] == ["a", "b"]


def test_specs_are_memoised_only_for_plain_options_and_the_cache_is_bounded() -> None:
    from rerunqt.core import choice_spec

    spec = choice_spec.radio_spec(["a", "b"], 0, str, False, None)
    assert choice_spec.radio_spec(["a", "b"], 0, str, False, None) is spec
    assert choice_spec.radio_spec(["a", "b"], 1, str, False, None) is not spec
    assert choice_spec.radio_spec(["a", "b"], 0, str, True, None) is not spec
    ints = choice_spec.selectbox_spec([1, 2], 0, str, "p")
    assert choice_spec.selectbox_spec([1, 2], 0, str, "p") is ints
    assert choice_spec.selectbox_spec([1.0, 2.0], 0, str, "p").default.__class__ is float
    assert choice_spec.selectbox_spec([True, 2], 0, str, "p").default is True
    objects = [object()]
    assert choice_spec.radio_spec(objects, 0, str, False, None).default is objects[0]
    assert choice_spec.radio_spec(objects, 0, str, False, None) is not choice_spec.radio_spec(
        objects, 0, str, False, None)
    labelled = choice_spec.multiselect_spec(["a"], None, str.upper, None, "p")
    assert labelled.choices.labels == ("A",)
    assert choice_spec.multiselect_spec(["a"], None, str.upper, None, "p") is not labelled
    for n in range(choice_spec._SPECS_MAX + 10):
        choice_spec.multiselect_spec([str(n)], None, str, None, "p")
    assert 0 < len(choice_spec._MULTISELECT_SPECS) <= choice_spec._SPECS_MAX


@pytest.mark.parametrize(("call", "expected"), [
    ('st.selectbox("s", ["a"])', "Choose an option"),
    ('st.selectbox("s", ["a"], accept_new_options=True)', "Choose or add an option"),
    ('st.selectbox("s", [], accept_new_options=True)', "Add an option"),
    ('st.selectbox("s", ["a"], accept_new_options=True, placeholder="Pick")', "Pick"),
    ('st.multiselect("s", ["a"])', "Choose options"),
    ('st.multiselect("s", ["a"], accept_new_options=True)', "Choose or add options"),
    ('st.multiselect("s", [], accept_new_options=True)', "Add options"),
    ('st.multiselect("s", ["a"], placeholder="")', ""),
])
def test_default_placeholders_follow_streamlit_1_67(call: str, expected: str) -> None:
    """The text the empty box shows (its element's prop; AppTest's ``placeholder`` reads
    "" for a left-out one, as Streamlit's AppTest reads its proto)."""
    at = AppTest.from_string("import rerunqt as st\n" + call).run()
    kind = call.split("(")[0].split(".")[1]
    assert at.get(kind)[0]._element.prop("placeholder") == expected


def test_options_that_are_one_value_or_none_are_wrapped_as_in_streamlit() -> None:
    """Streamlit 1.67 takes None as no options and a str or number as one option
    (rerunqt raised, and split a str into its letters); radio captions pair with options
    by position, missing ones blank (rerunqt raised on a count mismatch)."""
    at = AppTest.from_string("""
        import rerunqt as st
        a = st.selectbox("S", None)
        b = st.radio("R", 5)
        c = st.multiselect("M", "abc")
        d = st.radio("C", ["a", "b", "c"], captions=["only one"])
        e = st.select_slider("L", "abc")
        st.write(repr((a, b, c, d, e)))
    """).run()
    assert not at.exception, at.exception
    assert at.selectbox[0].options == [] and at.radio[0].options == ["5"]
    assert at.multiselect[0].options == ["abc"] and at.select_slider[0].options == ["abc"]
    assert at.markdown[0].value == "(None, 5, [], 'a', 'abc')"
    assert at.radio[1].captions == ["only one", "", ""]


def test_a_str_enum_class_offers_its_values_as_in_streamlit() -> None:
    """Streamlit 1.67 offers a str Enum class's members as their values (shown "fast",
    returned as the str); rerunqt showed "Mode.FAST" and returned the member. Other Enum
    classes keep their members."""
    at = AppTest.from_string("""
        import enum
        import rerunqt as st

        class Mode(str, enum.Enum):
            FAST = "fast"
            SAFE = "safe"

        class Level(enum.Enum):
            LOW = 1

        a = st.selectbox("S", Mode)
        b = st.radio("R", Mode, index=1)
        c = st.multiselect("M", Mode, default=[Mode.FAST])
        d = st.select_slider("L", Mode)
        e = st.selectbox("E", Level)
        st.write(repr((type(a).__name__, a, b, c, d, e)))
    """).run()
    assert not at.exception, at.exception
    assert at.selectbox[0].options == ["fast", "safe"] and at.select_slider[0].options == ["fast", "safe"]
    assert at.selectbox[1].options == ["Level.LOW"]
    assert at.markdown[0].value == "('str', 'fast', 'safe', ['fast'], 'fast', <Level.LOW: 1>)"
