"""Cached functions in a running app: reruns hit, sessions share, a hit draws what the miss drew."""

from __future__ import annotations

import pytest

from rerunqt.core.element import walk
from rerunqt.testing import AppTest

SCRIPT = """
import rerunqt as st
calls = st.session_state.setdefault("calls", [])

@st.cache_data
def load(n):
    calls.append(n)
    st.markdown(f"loaded {n}")
    with st.expander("details"):
        st.caption(f"{n} rows")
    return list(range(n))

rows = load(st.number_input("n", value=3))
rows.append("mutated")
st.text(repr(load(3)))
"""


def test_an_app_reruns_from_cache_and_a_hit_draws_the_same_elements() -> None:
    at = AppTest.from_string(SCRIPT).run()
    first = ([m.value for m in at.markdown], [c.value for c in at.caption])
    assert first == (["loaded 3", "loaded 3"], ["3 rows", "3 rows"])
    assert at.text[0].value == "[0, 1, 2]"
    at.run()
    assert ([m.value for m in at.markdown], [c.value for c in at.caption]) == first
    assert at.session_state["calls"] == [3]
    at.number_input[0].set_value(4).run()
    assert at.session_state["calls"] == [3, 4]
    assert [m.value for m in at.markdown] == ["loaded 4", "loaded 3"]


def test_the_cache_is_shared_by_sessions() -> None:
    AppTest.from_string(SCRIPT).run()
    other = AppTest.from_string(SCRIPT).run()
    assert other.session_state["calls"] == []
    assert [m.value for m in other.markdown] == ["loaded 3", "loaded 3"]


def test_scope_session_keeps_one_cache_per_session() -> None:
    script = SCRIPT.replace("@st.cache_data", "@st.cache_data(scope='session')")
    AppTest.from_string(script).run()
    other = AppTest.from_string(script).run()
    assert other.session_state["calls"] == [3]


def test_clear_of_a_session_scoped_function_clears_only_this_sessions_entries() -> None:
    script = """
import rerunqt as st
calls = st.session_state.setdefault("calls", [])

@st.cache_resource(scope="session")
def conn():
    calls.append(1)
    return object()

conn()
if st.button("clear"):
    conn.clear()
    conn()
"""
    first = AppTest.from_string(script).run()
    other = AppTest.from_string(script).run()
    other.button[0].click().run()
    assert other.session_state["calls"] == [1, 1]
    first.run()
    assert first.session_state["calls"] == [1]  # its own entry stays (as in Streamlit)


def test_a_widget_in_a_cached_function_warns_and_a_hit_draws_it_again() -> None:
    at = AppTest.from_string("""
import rerunqt as st
@st.cache_data
def f():
    st.write("inside")
    return st.checkbox("c")
f()
""").run()
    # Streamlit 1.67: an exception element marked as a warning (at.exception, not at.warning)
    assert len(at.exception) == 1 and not at.warning
    (warned,) = at.exception
    assert warned.exc_type == "CachedWidgetWarning" and warned.is_warning and warned.is_markdown
    assert warned.message.startswith(
        "Your script uses a widget command in a cached function\n"
        "(function decorated with `@st.cache_data` or `@st.cache_resource`).")
    assert warned.message.endswith("move all widget commands outside the cached function.")
    assert warned.stack_trace[-1].endswith('return st.checkbox("c")')
    from rerunqt.core.kinds import KINDS

    (drawn,) = [e for e in walk(at.tree) if e.kind == "exception"]
    assert tuple(name for name, _ in drawn.props) == KINDS["exception"].props
    assert len(at.checkbox) == 1
    at.run()  # a hit: the warning and the checkbox drawn again (Streamlit 1.67 replays both)
    assert len(at.checkbox) == 1 and len(at.exception) == 1
    assert [m.value for m in at.markdown] == ["inside"]


def test_a_hit_draws_into_the_container_it_is_called_from() -> None:
    at = AppTest.from_string("""
import rerunqt as st
@st.cache_data
def note(text):
    st.caption(text)
    return text
note("a")
with st.sidebar:
    note("a")
left, right = st.columns(2)
with right:
    note("a")
""").run()
    assert [c.value for c in at.main.caption] == ["a", "a"]
    assert [c.value for c in at.sidebar.caption] == ["a"]
    assert [c.value for c in at.columns[1].caption] == ["a"]
    assert [c.value for c in at.columns[0].caption] == []


def test_output_sent_to_the_sidebar_inside_a_cached_function_is_replayed_there() -> None:
    at = AppTest.from_string("""
import rerunqt as st
st.session_state.setdefault("calls", 0)
@st.cache_data
def load():
    st.session_state.calls += 1
    st.sidebar.caption("loaded")
    st.caption("main")
    return 1
load()
""").run()
    assert [c.value for c in at.sidebar.caption] == ["loaded"]
    at.run()
    assert at.session_state["calls"] == 1
    assert [c.value for c in at.sidebar.caption] == ["loaded"]
    assert [c.value for c in at.main.caption] == ["main"]


def test_the_caching_demo_computes_once_per_count() -> None:
    from pathlib import Path

    demo = Path(__file__).resolve().parents[2] / "demos" / "caching.py"
    at = AppTest.from_file(demo).run()
    first = at.caption[0].value
    at.run()
    assert at.caption[0].value == first  # the hit replays the caption of the miss
    at.button[0].click().run()
    assert not at.exception and len(at.caption) == 1


def test_tables_and_charts_without_selections_are_replayed_on_a_hit() -> None:
    """Streamlit replays every element that is not an interactive widget: st.dataframe and
    st.plotly_chart with on_select="ignore" are drawn again on a hit (they were dropped)."""
    pytest.importorskip("plotly")  # an optional extra
    at = AppTest.from_string("""
import rerunqt as st, plotly.graph_objects as go
st.session_state.setdefault("calls", 0)
@st.cache_data
def report():
    st.session_state.calls += 1
    st.dataframe({"a": [1, 2]})
    st.dataframe({"b": [3]}, key="keyed")
    st.plotly_chart(go.Figure(go.Bar(x=["a", "b"], y=[1, 2])))
    return 1
report()
report()
""").run()
    assert not at.exception and at.session_state["calls"] == 1
    assert [list(d.value.columns) for d in at.dataframe] == [["a"], ["b"], ["a"], ["b"]]
    assert len(at.get("plotly_chart")) == 2 and not at.exception
    at.run()  # both calls hit now
    assert at.session_state["calls"] == 1 and not at.exception
    assert [list(d.value.columns) for d in at.dataframe] == [["a"], ["b"], ["a"], ["b"]]
    assert len(at.get("plotly_chart")) == 2


def test_a_dataframe_with_selections_in_a_cached_function_is_still_a_widget() -> None:
    at = AppTest.from_string("""
import rerunqt as st
@st.cache_data
def pick():
    return st.dataframe({"a": [1, 2]}, on_select="rerun", key="sel")
pick()
""").run()
    assert [e.exc_type for e in at.exception] == ["CachedWidgetWarning"] and len(at.dataframe) == 1
    at.run()
    assert len(at.dataframe) == 0  # a widget runs only on a miss, as in Streamlit 1.67


def test_a_background_refresh_function_draws_once_with_streamlits_warning() -> None:
    """Streamlit's e2e st_cache_data app: with refresh_mode="background" what the function
    draws shows on the miss, under a CachedStFunctionInBackgroundModeWarning, and a hit
    replays nothing (checked against Streamlit 1.67's AppTest)."""
    at = AppTest.from_string("""
        import rerunqt as st
        @st.cache_data(ttl=60, refresh_mode="background", show_spinner=False)
        def shown(key):
            st.markdown("Inside background cache_data function")
            return 1
        @st.cache_data(ttl=60, refresh_mode="background", show_spinner=False)
        def silent(key):
            return 2
        st.markdown(f"value {shown('k') + silent('k')}")
    """).run()
    assert [m.value for m in at.markdown] == ["Inside background cache_data function", "value 3"]
    warned = at.exception[0]
    assert warned.exc_type == "CachedStFunctionInBackgroundModeWarning" and warned.is_warning
    assert warned.value.startswith(
        '`shown()` is decorated with `@st.cache_data(refresh_mode="background")`')
    assert len(at.exception) == 1
    at.run()
    assert [m.value for m in at.markdown] == ["value 3"] and not at.exception


def test_a_plain_link_button_in_a_cached_function_is_an_element_replayed_on_a_hit() -> None:
    """Streamlit checks widget rules for st.link_button only when on_click reruns: a plain
    link draws no CachedWidgetWarning and is drawn again on a hit."""
    at = AppTest.from_string("""
import rerunqt as st

@st.cache_data
def card():
    st.link_button("Docs", "https://docs.streamlit.io")
    st.link_button("Rerun", "https://x.org", on_click="rerun")
    return 1

card()
card()
""").run()
    assert [b.label for b in at.get("link_button")] == ["Docs", "Rerun", "Docs", "Rerun"]
    assert len(at.exception) == 2  # the rerunning one's warning, drawn again on the hit


def test_a_form_in_a_cached_function_warns_and_a_hit_draws_it_again() -> None:
    """Streamlit 1.67 checks its cache rule for st.form too (a CachedWidgetWarning before
    the form) and a hit replays the form with its widgets."""
    at = AppTest.from_string("""
import rerunqt as st

@st.cache_data
def signup():
    with st.form("f"):
        st.text_input("name")
        st.form_submit_button("go")
    return 1

signup()
""").run()
    assert len(at.exception) == 3  # the form, the text input, the submit button
    at.run()
    assert len(at.exception) == 3 and len(at.get("form")) == 1
    assert [t.label for t in at.text_input] == ["name"]
