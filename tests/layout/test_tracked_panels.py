"""on_change= / key= / bind= on st.tabs, st.expander and st.popover, through AppTest."""

from __future__ import annotations

import pytest

from rerunqt.core.element import walk
from rerunqt.testing import AppTest

TABS = """
import rerunqt as st
st.session_state.setdefault("calls", 0)
def switched():
    st.session_state.calls += 1
if st.button("Go to Settings"):
    st.session_state.tabs = "Settings"
home, settings = st.tabs(["Home", "Settings"], key="tabs", on_change=ON_CHANGE)
if home.open:
    home.write("expensive home")
if settings.open:
    settings.write("expensive settings")
st.text(f"{home.open} {settings.open} {st.session_state.get('tabs')} {st.session_state.calls}")
"""


def tabs_app(on_change: str) -> AppTest:
    return AppTest.from_string(TABS.replace("ON_CHANGE", on_change)).run()


def test_rerun_tabs_track_the_selected_label_and_run_only_the_open_tab() -> None:
    at = tabs_app("'rerun'")
    assert at.text[0].value == "True False Home 0"
    assert [m.value for m in at.markdown] == ["expensive home"]
    at.tabs[1].select().run()
    assert at.text[0].value == "False True Settings 0"
    assert [m.value for m in at.markdown] == ["expensive settings"]
    assert (at.tabs[0].open, at.tabs[1].open) == (False, True)


def test_a_callback_runs_when_the_user_switches_and_code_can_switch_tabs() -> None:
    at = tabs_app("switched")
    at.tabs[1].select().run()
    assert at.text[0].value.endswith("Settings 1")
    at.tabs[0].select().run()
    assert at.text[0].value == "True False Home 2"
    at.button[0].click().run()  # code sets session_state: no callback
    assert at.text[0].value == "False True Settings 2"
    bar = next(e for e in walk(at.tree) if e.kind == "tabs")
    assert bar.prop("default") == 1  # the window shows the tab code chose


def test_ignore_keeps_the_old_behaviour() -> None:
    at = tabs_app("'ignore'")
    assert at.text[0].value == "None None None 0"
    assert at.tabs[1].open is None
    with pytest.raises(ValueError, match="does not track"):
        at.tabs[1].select()


def test_a_stored_label_no_longer_among_the_tabs_falls_back_to_the_default() -> None:
    at = AppTest.from_string("""
import rerunqt as st
st.session_state.setdefault("t", "Gone")
a, b = st.tabs(["A", "B"], default="B", key="t", on_change="rerun")
st.text(f"{a.open} {b.open}")
""").run()
    assert at.text[0].value == "False True"


EXPANDER = """
import rerunqt as st
box = st.expander("More", key="more", on_change="rerun")
st.text(f"{box.open} {st.session_state.more}")
pop = st.popover("Menu", key="menu", on_change="rerun")
st.text(f"{pop.open} {st.session_state.menu}")
"""


def test_expander_and_popover_open_state_is_tracked() -> None:
    at = AppTest.from_string(EXPANDER).run()
    assert [t.value for t in at.text] == ["False False", "False False"]
    at.expander[0].expand().run()
    assert at.text[0].value == "True True" and at.expander[0].open is True
    at.popover[0].expand().run()
    assert at.text[1].value == "True True"
    at.expander[0].collapse().run()
    assert at.text[0].value == "False False"


def test_tabs_and_expander_bind_to_the_query_params() -> None:
    at = AppTest.from_string("""
import rerunqt as st
tabs = st.tabs(["A", "B", "C"], key="view", bind="query-params")
box = st.expander("Details", key="details", bind="query-params")
st.text(f"{[t.open for t in tabs]} {box.open}")
""")
    at.query_params = {"view": "C", "details": "true"}
    at.run()
    assert at.text[0].value == "[False, False, True] True"
    at.tabs[0].select().run()
    assert at.query_params == {"details": "true"}
    at2 = AppTest.from_string(at._script.path.read_text())
    at2.query_params = {"view": "Z", "details": "maybe"}
    assert at2.run().text[0].value == "[True, False, False] False"


@pytest.mark.parametrize(("call", "words"), [
    ("st.tabs(['a'], on_change='later')", "on_change='later' is not valid"),
    ("st.expander('a', bind='query-params')", "needs a key"),
    ("st.popover('a', on_change=3)", "on_change=3 is not valid"),
])
def test_bad_tracking_arguments_are_named(call: str, words: str) -> None:
    at = AppTest.from_string("import rerunqt as st\n" + call).run()
    assert at.exception and words in at.exception[0].message
