"""st.pills and st.segmented_control through AppTest: single and multi selection."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest


def no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


@pytest.mark.parametrize("kind", ["pills", "segmented_control"])
def test_single_selection_returns_an_option_or_none(kind: str) -> None:
    at = AppTest.from_string(f"""
        import rerunqt as st
        v = st.{kind}("Size", ["S", "M", "L"], key="size")
        st.write(repr(v))
    """).run()
    no_exception(at)
    assert at.markdown[0].value == "None"
    widget = at.get(kind)[0]
    assert widget.options == ["S", "M", "L"] and widget.value is None
    widget.set_value("M").run()
    assert at.markdown[0].value == "'M'" and at.session_state["size"] == "M"
    at.get(kind)[0].set_value(None).run()
    assert at.markdown[0].value == "None"


@pytest.mark.parametrize("kind", ["pills", "segmented_control"])
def test_multi_selection_returns_a_list_and_calls_back(kind: str) -> None:
    at = AppTest.from_string(f"""
        import rerunqt as st
        def changed():
            st.session_state.log = st.session_state.tags
        v = st.{kind}("Tags", ["a", "b", "c"], selection_mode="multi", default=["b"],
                     key="tags", on_change=changed)
        st.write(repr(v))
    """).run()
    assert at.markdown[0].value == "['b']"
    at.get(kind)[0].set_value(["c", "a"]).run()
    assert at.session_state["tags"] == ["c", "a"] and at.session_state["log"] == ["c", "a"]


def test_options_are_objects_shown_through_format_func() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        plans = [{"name": "Free", "price": 0}, {"name": "Pro", "price": 9}]
        v = st.pills("Plan", plans, format_func=lambda p: p["name"], default=plans[1])
        st.write(str(v["price"]))
    """).run()
    no_exception(at)
    assert at.pills[0].options == ["Free", "Pro"]
    assert at.markdown[0].value == "9"


def test_required_starts_empty_and_errors_are_clear() -> None:
    """As in Streamlit 1.67: required=True without a default starts with nothing chosen
    (it chose the first option), a one-item list is that default in single mode (it
    raised), and options that are one value or None are wrapped (they raised)."""
    at = AppTest.from_string("""
        import rerunqt as st
        st.write(repr(st.segmented_control("Mode", ["Map", "List"], required=True)))
        st.write(repr(st.pills("One", ["a", "b"], default=["b"])))
        st.write(repr(st.pills("None", ["a", "b"], default=[])))
        st.pills("Scalar", 3)
        st.pills("Nothing", None)
    """).run()
    no_exception(at)
    assert [m.value for m in at.markdown] == ["None", "'b'", "None"]
    assert [p.options for p in at.pills[2:]] == [["3"], []]
    for call, words in [
        ("st.pills('x', ['a'], selection_mode='some')", "selection_mode"),
        ("st.pills('x', ['a'], default='z')", "The default value 'z' is not part of the options."),
        ("st.pills('x', ['a', 'b'], default=['a', 'b'])", "must be a single value when"),
        ("st.pills('x', ['a'], bind='query-params')", "needs a key"),
        ("st.pills('x', ['a'], selection_mode='multi', required=True)", "cannot be used together"),
    ]:
        at = AppTest.from_string("import rerunqt as st\n" + call).run()
        assert at.exception and words in at.exception[0].message, (call, at.exception)


def test_options_leave_out_a_leading_icon_as_streamlit_s_apptest() -> None:
    """Streamlit sends a leading emoji or Material icon apart from the option's text, so its
    AppTest reads "Charts" for "📊 Charts" and "" for an icon-only option; the selected
    values' labels (formatted_values) keep the icon."""
    at = AppTest.from_string("""
import rerunqt as st
st.pills("Topics", ["📊 Charts", "🗺️ Maps & geospatial", "Plain", "x:y"], key="p",
         selection_mode="multi", default=["📊 Charts"])
st.segmented_control("Zoom", [0, 1], key="z",
                     format_func=lambda o: [":material/zoom_in:", ":material/zoom_out: out"][o])
""").run()
    pills = at.button_group(key="p")
    assert pills.options == ["Charts", "Maps & geospatial", "Plain", "x:y"]
    assert pills.formatted_values == ["📊 Charts"] and pills.indices == [0]
    assert at.button_group(key="z").options == ["", "out"]
    at.button_group(key="z").set_value(1).run()
    assert at.button_group(key="z").value == 1
