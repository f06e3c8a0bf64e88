"""@st.fragment through AppTest: a fragment's widgets rerun only the fragment."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest

COUNTING = """
import rerunqt as st
st.session_state.full = st.session_state.get("full", 0) + 1
st.text(f"full {st.session_state.full}")
st.checkbox("outside", key="outside")

@st.fragment
def part():
    st.session_state.frag = st.session_state.get("frag", 0) + 1
    if st.button("inside"):
        st.session_state.clicks = st.session_state.get("clicks", 0) + 1
    st.text(f"frag {st.session_state.frag} clicks {st.session_state.get('clicks', 0)}")

part()
st.text("after")
"""


def texts(at: AppTest) -> list[str]:
    return [t.value for t in at.text]


def test_a_widget_inside_reruns_only_the_fragment() -> None:
    at = AppTest.from_string(COUNTING).run()
    assert texts(at) == ["full 1", "frag 1 clicks 0", "after"]
    at.button[0].click().run()
    assert texts(at) == ["full 1", "frag 2 clicks 1", "after"]  # the script did not run
    at.button[0].click().run()
    assert texts(at) == ["full 1", "frag 3 clicks 2", "after"]


def test_a_widget_outside_reruns_everything_fragments_included() -> None:
    at = AppTest.from_string(COUNTING).run()
    at.checkbox(key="outside").check().run()
    assert texts(at) == ["full 2", "frag 2 clicks 0", "after"]


def test_parentheses_keys_and_nesting_in_columns() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        st.session_state.full = st.session_state.get("full", 0) + 1
        left, right = st.columns(2)

        @st.fragment(run_every=None, key="counter")
        def counter(name):
            n = st.session_state[name] = st.session_state.get(name, 0) + (
                1 if st.button(f"add {name}", key=f"add_{name}") else 0)
            st.text(f"{name} {n}")

        with left:
            counter("a")
        with right:
            counter("b")
        st.text(f"full {st.session_state.full}")
    """).run()
    at.button(key="add_b").click().run()
    assert texts(at) == ["a 0", "b 1", "full 1"]
    at.button(key="add_a").click().run()
    assert texts(at) == ["a 1", "b 1", "full 1"]
    at.button(key="add_a").click().run()
    assert texts(at) == ["a 2", "b 1", "full 1"]


def test_rerun_with_fragment_scope_reruns_the_fragment_alone() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        st.session_state.full = st.session_state.get("full", 0) + 1

        @st.fragment
        def part():
            st.session_state.frag = st.session_state.get("frag", 0) + 1
            if st.button("again") and st.session_state.frag < 5:
                st.rerun(scope="fragment")
            st.text(f"frag {st.session_state.frag}")

        part()
        st.text(f"full {st.session_state.full}")
    """).run()
    at.button[0].click().run()
    assert texts(at) == ["frag 3", "full 1"]  # the click's run, then one fragment rerun


def test_a_widget_first_drawn_by_a_fragment_rerun_reruns_only_the_fragment() -> None:
    """A pager whose page box takes ``value=page + 1``: each page turn draws it anew (its
    parameters changed), and typing in it must rerun the fragment, not the whole script
    (whose st.rerun(scope="fragment") would then be an error)."""
    at = AppTest.from_string("""
        import rerunqt as st
        st.session_state.setdefault("page", 0)
        st.session_state.full = st.session_state.get("full", 0) + 1

        @st.fragment
        def pager():
            if st.button("Next"):
                st.session_state.page += 1
                st.rerun(scope="fragment")
            new = st.number_input("Page", min_value=1, max_value=9,
                                  value=st.session_state.page + 1)
            if new - 1 != st.session_state.page:
                st.session_state.page = new - 1
                st.rerun(scope="fragment")
            if st.session_state.page >= 2:
                st.checkbox("Only flagged", key="flagged")
            st.text(f"page {st.session_state.page}")

        pager()
        st.text(f"full {st.session_state.full}")
    """).run()
    at.button[0].click().run()
    at.button[0].click().run()
    assert texts(at) == ["page 2", "full 1"]
    at.number_input[0].set_value(5).run()
    assert not at.exception
    assert texts(at) == ["page 4", "full 1"]  # the script did not run again
    at.checkbox(key="flagged").check().run()  # drawn first by a fragment rerun
    assert at.checkbox(key="flagged").value
    assert texts(at) == ["page 4", "full 1"]


def test_fragment_scope_in_a_full_run_is_an_error_that_ends_the_run() -> None:
    at = AppTest.from_string("""
        import rerunqt as st

        @st.fragment
        def part():
            st.text("in")
            st.rerun(scope="fragment")

        part()
        st.text("after")
    """).run()
    assert "only valid inside a fragment during a fragment rerun" in at.exception[0].message
    assert texts(at) == ["in"]  # Streamlit 1.67 runs nothing after the fragment's call


def test_an_exception_in_a_fragment_shows_in_the_fragment() -> None:
    at = AppTest.from_string("""
        import rerunqt as st

        @st.fragment
        def part():
            st.text("before the error")
            if st.button("boom"):
                raise ValueError("fragment failed")

        part()
        st.text("rest of the page")
    """).run()
    at.button[0].click().run()
    assert at.exception[0].message == "fragment failed"
    assert texts(at) == ["before the error", "rest of the page"]
    fragment_box = at.main.children[0]  # the error is inside the fragment's container
    assert [child.type for child in fragment_box.children.values()] == ["text", "button", "exception"]


def test_an_exception_in_a_fragment_in_a_full_run_ends_the_run() -> None:
    at = AppTest.from_string("""
        import rerunqt as st

        @st.fragment
        def part():
            st.text("before the error")
            raise ValueError("fragment failed")

        part()
        st.text("rest of the page")
    """).run()
    assert [e.message for e in at.exception] == ["fragment failed"]
    assert texts(at) == ["before the error"]  # as in Streamlit 1.67: the script stops there
    fragment_box = at.main.children[0]
    assert [child.type for child in fragment_box.children.values()] == ["text", "exception"]


def test_an_app_can_catch_a_fragments_handled_error() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        from streamlit.errors import FragmentHandledException

        @st.fragment
        def inner():
            1 / 0

        @st.fragment
        def outer():
            inner()
            st.text("not reached")

        try:
            outer()
        except FragmentHandledException as e:
            st.text(f"caught {type(e.__cause__).__name__}")
        st.text("end")
    """).run()
    assert [e.message for e in at.exception] == ["division by zero"]  # shown once, inside
    assert texts(at) == ["caught ZeroDivisionError", "end"]


@pytest.mark.parametrize("bad", [0, -1, "soon", True, [1]])
def test_a_bad_run_every_names_the_value(bad: object) -> None:
    at = AppTest.from_string(f"""
        import rerunqt as st

        @st.fragment(run_every={bad!r})
        def part():
            st.text("x")
    """).run()
    assert repr(bad) in at.exception[0].message
    assert "run_every" in at.exception[0].message


@pytest.mark.parametrize("every", ["2s", "500ms", 1.5, "1m"])
def test_run_every_accepts_seconds_timedeltas_and_duration_strings(every: object) -> None:
    at = AppTest.from_string(f"""
        import datetime
        import rerunqt as st

        @st.fragment(run_every={every!r})
        def part():
            st.text("ok")

        part()

        @st.fragment(run_every=datetime.timedelta(seconds=3))
        def other():
            st.text("ok too")

        other()
    """).run()
    assert texts(at) == ["ok", "ok too"]


KEYED = """
import rerunqt as st
st.session_state.setdefault("runs", {"app": 0, "charts": 0, "table": 0})
runs = st.session_state.runs
runs["app"] += 1

@st.fragment(key="charts")
def charts():
    runs["charts"] += 1
    st.text(f"charts {runs['charts']}")

@st.fragment(key="table")
def table():
    runs["table"] += 1
    st.text(f"table {runs['table']}")

charts()
table()
st.text(f"app {runs['app']}")
st.button("Refresh charts", on_click=lambda: st.rerun("charts"))
st.button("Refresh all", on_click=lambda: st.rerun(["charts", "table"]))
st.button("Plain", on_click=lambda: None)
st.button("Unknown", on_click=lambda: st.rerun("nope"))
if st.button("In the body"):
    st.rerun("charts")
"""


def test_st_rerun_with_fragment_keys_in_a_callback_reruns_only_those_fragments() -> None:
    """Streamlit 1.67's st.rerun docstring examples: ``on_click=lambda: st.rerun("charts")``."""
    at = AppTest.from_string(KEYED).run()
    assert texts(at) == ["charts 1", "table 1", "app 1"]
    at.button[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert texts(at) == ["charts 2", "table 1", "app 1"]  # the page stays, the script did not run
    at.button[1].click().run()
    assert texts(at) == ["charts 3", "table 2", "app 1"]
    at.button[2].click().run()  # a callback that returns normally: the whole script
    assert texts(at) == ["charts 4", "table 3", "app 2"]


@pytest.mark.parametrize(("button", "error"), [
    (3, "no fragment with key 'nope' was drawn. The fragment keys there are: 'charts', 'table'"),
    (4, "a fragment key is only valid in a widget callback"),
])
def test_st_rerun_with_a_fragment_key_explains_its_mistakes(button: int, error: str) -> None:
    at = AppTest.from_string(KEYED).run()
    at.button[button].click().run()
    assert error in at.exception[0].value


@pytest.mark.parametrize(("scope", "error"), [
    ("''", "scope='' is not valid"), ("[]", "scope=[] is not valid"),
    ("['charts', 'app']", "'app' cannot be in a list"), ("b'x'", "must be a str, an int"),
])
def test_st_rerun_checks_its_scope_as_streamlit_does(scope: str, error: str) -> None:
    at = AppTest.from_string(f"import rerunqt as st\nst.rerun({scope})\n").run()
    assert error in at.exception[0].value
