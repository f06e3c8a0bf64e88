"""Layout containers through AppTest: where elements go, what they return, every error."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest


def app(source: str) -> AppTest:
    return AppTest.from_string(source).run()


def test_columns_hold_elements_by_with_and_by_method() -> None:
    at = app("""
        import rerunqt as st
        a, b, c = st.columns([3, 1, 2])
        a.button("Go")
        with b:
            st.number_input("N", key="n")
        with c:
            st.text("three")
    """)
    assert not at.exception
    assert len(at.columns) == 3
    assert [col.weight for col in at.columns] == [0.5, 1 / 6, 2 / 6]  # shares, as Streamlit
    assert at.columns[0].button[0].label == "Go"
    assert at.columns[1].number_input[0].key == "n"
    assert at.columns[2].text[0].value == "three"
    assert len(at.columns[0].text) == 0  # accessors are scoped to the column


@pytest.mark.parametrize("spec", ["0", "-1", "[]", "[1, -2]", "[1, 0]", "'ab'", "True", "[1, 'x']"])
def test_bad_column_specs_are_errors_that_say_what_is_allowed(spec: str) -> None:
    at = app(f"import rerunqt as st\nst.columns({spec})\n")
    assert ("must be either a positive integer (number of columns) or a list of positive numbers"
            in at.exception[0].message)
    assert at.exception[0].exc_type == "streamlit.errors.StreamlitInvalidColumnSpecError"


def test_numpy_and_pandas_column_specs_work_as_in_streamlit() -> None:
    """Streamlit 1.67 takes a numpy int count and an array or Series of ratios; rerunqt
    raised its invalid-spec error."""
    at = app("""
        import numpy as np, pandas as pd, rerunqt as st
        st.columns(np.int64(2))
        st.columns(np.array([1, 3]))
        st.columns(pd.Series([1.0, 1.0, 2.0]))
    """)
    assert not at.exception, at.exception
    assert [col.weight for col in at.columns] == [0.5, 0.5, 0.25, 0.75, 0.25, 0.25, 0.5]


GAP_WORDS = ("Invalid `gap` value. Supported values: 'xxsmall', 'xsmall', 'small', 'medium', "
             "'large', 'xlarge', 'xxlarge', None, a non-negative integer (pixels). Got {}.")


@pytest.mark.parametrize(("call", "message"), [  # Streamlit 1.67's StreamlitValueError words
    ("st.columns(2, gap='huge')", GAP_WORDS.format("'huge'")),
    ("st.columns(2, gap='none')", GAP_WORDS.format("'none'")),
    ("st.container(gap=-1)", GAP_WORDS.format("-1")),
    ("st.columns(2, gap=True)", GAP_WORDS.format("True")),
    ("st.columns(2, vertical_alignment='middle')", "Invalid `vertical_alignment` value. "
     "Supported values: 'top', 'center', 'bottom'. Got 'middle'."),
    ("st.container(horizontal_alignment='x')", "Invalid `horizontal_alignment` value. "
     "Supported values: 'left', 'center', 'right', 'distribute'. Got 'x'."),
    ("st.expander('a', type='x')", "Invalid `type` value. Supported values: 'default', "
     "'compact', 'step'."),
])
def test_bad_gap_and_alignment_raise_streamlits_value_error(call: str, message: str) -> None:
    at = app(f"import rerunqt as st\n{call}\n")
    assert at.exception[0].message == message
    assert at.exception[0].exc_type == "streamlit.errors.StreamlitValueError"


def test_wrap_false_on_a_vertical_container_raises_as_streamlit() -> None:
    """Streamlit 1.67 refuses ``wrap=False`` without ``horizontal=True`` (no row to keep)."""
    at = app("import rerunqt as st\nst.container(wrap=False)\n")
    assert at.exception[0].message == (
        "`wrap=False` and `horizontal=False` cannot be used together. A vertical container "
        "has no horizontal row of elements to keep in a single, scrolling row. Set "
        "`horizontal=True` to use `wrap=False`, or remove the `wrap` argument.")
    assert at.exception[0].exc_type == "streamlit.errors.StreamlitIncompatibleParametersError"
    assert not app("import rerunqt as st\nst.container(horizontal=True, wrap=False)\n").exception


def test_gap_takes_pixels_and_names_in_any_case_as_streamlit() -> None:
    at = app("""
        import rerunqt as st
        st.columns(2, gap=24)[0].text("px")
        st.columns(2, gap="LARGE")[0].text("named")
        st.container(gap=0).text("none")
    """)
    assert not at.exception
    assert [c.gap for c in at.columns[::2]] == [24, "large"]


def test_nested_columns_are_allowed() -> None:
    at = app("""
        import rerunqt as st
        outer, _ = st.columns(2)
        inner, _ = outer.columns(2)
        inner.columns(2)[1].text("deep")
    """)
    assert not at.exception
    assert at.columns[0].columns[0].columns[1].text[0].value == "deep"


def test_sidebar_by_method_and_with() -> None:
    at = app("""
        import rerunqt as st
        st.sidebar.slider("Size", 0, 10, 3, key="size")
        with st.sidebar:
            st.text("side text")
            left, right = st.columns(2)
            right.button("R")
        st.text("main text")
    """)
    assert at.sidebar.slider[0].value == 3
    assert [t.value for t in at.sidebar.text] == ["side text"]
    assert at.sidebar.columns[1].button[0].label == "R"
    assert [t.value for t in at.main.text] == ["main text"]
    assert len(at.main.slider) == 0
    assert len(at.slider) == 1  # the whole app lists both roots


def test_sidebar_widget_drives_reruns() -> None:
    at = app("""
        import rerunqt as st
        size = st.sidebar.slider("Size", 0, 10, 3, key="size")
        st.text(f"size={size}")
    """)
    at.sidebar.slider[0].set_value(7).run()
    assert at.text[0].value == "size=7"


def test_sidebar_through_a_container_is_an_error_that_names_st_sidebar() -> None:
    at = app("import rerunqt as st\nst.container().sidebar.text('x')\n")
    assert "Did you mean `st.sidebar`" in at.exception[0].message


def test_a_container_written_later_keeps_its_place() -> None:
    at = app("""
        import rerunqt as st
        box = st.container(border=True)
        st.text("after")
        box.text("inside")
    """)
    assert [e.type for e in at.main.children.values()] == ["flex_container", "text"]  # Streamlit's type
    assert at.container[0].text[0].value == "inside"
    assert at.container[0].border is True


def test_container_height_must_be_positive_pixels() -> None:
    at = app("import rerunqt as st\nst.container(height=0)\n")
    assert at.exception[0].message == ("Invalid height value: 0. Height must be either a positive "
                                       "integer (pixels), 'stretch', or 'content'.")
    at = app("import rerunqt as st\nst.container(height=200).text('x')\n")
    assert at.container[0].height == 200


def test_container_autoscroll_defaults_to_none_as_in_streamlit_1_67() -> None:
    # None: the window decides (a scrolling container follows its end while it holds
    # chat messages); True / False force it either way
    at = app("""
        import rerunqt as st
        st.container(height=200).text('x')
        st.container(height=200, autoscroll=True).text('y')
        st.container(height=200, autoscroll=False).text('z')
    """)
    assert [c.autoscroll for c in at.container] == [None, True, False]


def test_tabs_have_labels_and_scoped_elements() -> None:
    at = app("""
        import rerunqt as st
        one, two = st.tabs(["One", "Two"])
        one.text("first")
        with two:
            st.number_input("N", key="n", value=5)
    """)
    assert [t.label for t in at.tabs] == ["One", "Two"]
    assert at.tabs[1].number_input[0].value == 5
    assert len(at.tabs[0].number_input) == 0


@pytest.mark.parametrize("call, message", [
    ("st.tabs([])", "at least one tab label"),
    ("st.tabs('ab')", "list of tab labels"),
    ("st.tabs(['a', 'b'], default='c')", "default argument to st.tabs"),
])
def test_tab_errors(call: str, message: str) -> None:
    at = app(f"import rerunqt as st\n{call}\n")
    assert message in at.exception[0].message


def test_expander_and_popover_have_labels_and_content() -> None:
    at = app("""
        import rerunqt as st
        with st.expander("Details", expanded=True, icon="🔍"):
            st.checkbox("Show", key="show")
        with st.popover("Settings", help="More options"):
            st.toggle("Dark", key="dark")
    """)
    assert at.expander[0].label == "Details"
    assert at.expander[0].expanded is True
    assert at.expander[0].checkbox[0].key == "show"
    assert at.popover[0].label == "Settings"
    assert at.popover[0].toggle[0].key == "dark"


def test_bad_icon_names_the_call() -> None:
    at = app("import rerunqt as st\nst.expander('x', icon=5)\n")
    assert at.exception[0].message == "Invalid `icon` type. Expected one of: str, None. Provided type: int."


def test_empty_holds_one_element_and_writing_again_replaces_it() -> None:
    at = app("""
        import rerunqt as st
        slot = st.empty()
        slot.text("first")
        slot.text("second")
        st.text("after")
    """)
    assert [t.value for t in at.empty[0].text] == ["second"]
    # as Streamlit's AppTest lists it: the slot is what it holds
    assert [(e.type, e.value) for e in at.main.children.values()] == [("text", "second"), ("text", "after")]


def test_empty_can_be_cleared_and_filled_with_several() -> None:
    at = app("""
        import rerunqt as st
        slot = st.empty()
        slot.text("gone")
        slot.empty()
        other = st.empty()
        with other.container():
            st.text("a")
            st.text("b")
    """)
    assert len(at.empty[0].text) == 0
    assert [t.value for t in at.empty[-1].text] == ["a", "b"]


def test_with_empty_each_element_replaces_the_last() -> None:
    at = app("""
        import rerunqt as st
        with st.empty():
            for n in range(5):
                st.text(f"count {n}")
    """)
    assert [t.value for t in at.text] == ["count 4"]


def test_a_widget_in_a_column_inside_a_form_belongs_to_the_form() -> None:
    at = app("""
        import rerunqt as st
        with st.form("f"):
            left, right = st.columns(2)
            name = left.text_input("Name", key="name")
            right.form_submit_button("Save")
        st.text(f"name={name!r}")
    """)
    at.text_input("name").set_value("Ann").run()
    assert at.text[0].value == "name=''"  # held by the form
    at.button[0].click().run()
    assert at.text[0].value == "name='Ann'"


def test_a_callback_on_a_widget_in_a_column_inside_a_form_is_refused() -> None:
    at = app("""
        import rerunqt as st
        with st.form("f"):
            col, = st.columns(1)
            col.checkbox("c", on_change=print)
            st.form_submit_button()
    """)
    assert "callbacks can only be defined on `st.form_submit_button`" in at.exception[0].message


def test_a_keyed_widget_moved_to_another_container_keeps_its_value() -> None:
    at = app("""
        import rerunqt as st
        where = st.session_state.get("where", "main")
        place = st.sidebar if where == "side" else st.container()
        place.text_input("Note", key="note")
        st.button("Move", on_click=lambda: st.session_state.update(where="side"))
    """)
    at.text_input("note").set_value("kept").run()
    at.button[0].click().run()
    assert at.sidebar.text_input[0].value == "kept"


def test_a_block_kept_from_an_earlier_run_is_an_error_that_says_why() -> None:
    at = app("""
        import rerunqt as st
        if "col" not in st.session_state:
            st.session_state.col = st.columns(2)[0]
        else:
            st.session_state.col.text("x")
    """)
    assert not at.exception
    at.run()
    assert "belongs to an earlier run" in at.exception[0].message


def test_form_object_methods_are_the_element_functions() -> None:
    at = app("""
        import rerunqt as st
        form = st.form("f")
        form.text_input("Name", key="name")
        form.form_submit_button("Save")
    """)
    assert at.form[0].text_input[0].key == "name"
    assert at.form[0].button[0].label == "Save"


def test_an_element_handle_replaces_the_element_in_its_place() -> None:
    at = app("""
        import rerunqt as st
        note = st.text("Loading...")
        st.text("below")
        note.success("Done")
    """)
    assert [e.type for e in at.main.children.values()] == ["success", "text"]
    assert at.success[0].value == "Done"
    assert [t.value for t in at.text] == ["below"]


def test_a_handle_can_be_replaced_by_a_container() -> None:
    at = app("""
        import rerunqt as st
        spot = st.caption("placeholder")
        st.text("below")
        with spot.container():
            st.text("a")
            st.text("b")
    """)
    assert [e.type for e in at.main.children.values()] == ["flex_container", "text"]  # Streamlit's type
    assert [t.value for t in at.container[0].text] == ["a", "b"]


def test_a_widget_drawn_through_a_handle_keeps_its_key_and_value() -> None:
    at = app("""
        import rerunqt as st
        spot = st.caption("placeholder")
        value = spot.text_input("typed", key="t")
        st.text(f"got {value}")
    """)
    at.text_input(key="t").input("hi").run()
    assert at.text_input(key="t").value == "hi"
    assert at.text[0].value == "got hi"


def test_an_element_as_a_with_block_is_replaced_by_what_it_draws() -> None:
    """Streamlit enters the element's place: community templates write
    ``with st.sidebar.header("1. Upload"):`` around explicit ``st.sidebar`` calls."""
    at = app("""
        import rerunqt as st
        with st.sidebar.header("1. Upload"):
            n = st.sidebar.slider("n", 0, 10, 3)
        with st.header("Main"):
            st.text("inside 1")
            st.text("inside 2")
        st.text("after")
        with st.subheader("sub"):
            st.text_input("typed", key="t")
        st.text(f"n={n}")
    """)
    assert not at.exception
    assert [e.type for e in at.sidebar.children.values()] == ["header", "slider"]
    assert [e.type for e in at.main.children.values()] == ["text", "text", "text_input", "text"]
    assert [t.value for t in at.text] == ["inside 2", "after", "n=3"]
    at.text_input(key="t").input("hi").run()
    assert at.text_input(key="t").value == "hi"


def test_on_change_ignore_is_accepted_and_rerun_tracks_the_state() -> None:
    at = app("""
        import rerunqt as st
        st.expander("E", on_change="ignore").text("x")
        st.tabs(["A"], on_change="ignore")[0].text("y")
    """)
    assert not at.exception
    at = app("import rerunqt as st\nst.expander('E', key='e', on_change='rerun')\n")
    assert not at.exception and at.session_state["e"] is False  # see test_tracked_panels.py


def test_container_keys_of_any_type_are_their_str_as_in_streamlit() -> None:
    """Streamlit 1.67 keys st.container / st.expander / st.tabs / st.link_button by
    ``str(key)``; rerunqt raised "must be a string or an int" for key=("row", 1)."""
    at = app("""
        import rerunqt as st
        with st.container(key=("row", 1)):
            st.write("in")
        with st.expander("E", key=("exp", 1), on_change="rerun"):
            st.write("e")
        st.tabs(["a", "b"], key=("tabs", 1))
        st.link_button("L", "https://x.org", key=("link", 1))
    """)
    assert not at.exception, at.exception
    assert at.expander[0].open is False
