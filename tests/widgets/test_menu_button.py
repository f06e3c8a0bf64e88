"""st.menu_button through AppTest: the chosen option for one run, then None again."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest

SCRIPT = """
import rerunqt as st
def picked(tag):
    st.session_state.log = st.session_state.get("log", []) + [(tag, st.session_state.export)]
choice = st.menu_button("Export", [0, "CSV", "PDF"], key="export", on_click=picked, args=("cb",))
st.write(repr(choice))
st.write(repr(st.session_state.get("log")))
"""


def test_the_option_lasts_one_run_and_the_callback_sees_it() -> None:
    at = AppTest.from_string(SCRIPT).run()
    assert at.markdown[0].value == "None" and at.menu_button[0].options == ["0", "CSV", "PDF"]
    at.menu_button[0].click("PDF").run()
    assert at.markdown[0].value == "'PDF'"
    assert at.markdown[1].value == "[('cb', 'PDF')]"
    at.run()
    assert at.markdown[0].value == "None"
    at.menu_button[0].click(0).run()  # a falsy option is chosen and reset like any other
    assert at.markdown[0].value == "0"
    at.run()
    assert at.markdown[0].value == "None"


def test_unknown_option_disabled_and_forms_are_clear_errors() -> None:
    at = AppTest.from_string(SCRIPT).run()
    with pytest.raises(ValueError, match="not an option"):
        at.menu_button[0].click("XLS")
    at = AppTest.from_string("import rerunqt as st\nst.menu_button('M', ['a'], disabled=True)").run()
    with pytest.raises(ValueError, match="disabled"):
        at.menu_button[0].click("a")
    at = AppTest.from_string("""
        import rerunqt as st
        with st.form("f"):
            st.menu_button("M", ["a"])
            st.form_submit_button()
    """).run()
    assert "`st.menu_button()` can't be used in an `st.form()`" in at.exception[0].message


@pytest.mark.parametrize(("call", "words"), [
    ("st.menu_button('M', [])", "at least one option"),
    ("st.menu_button('M', ['a'], type='big')", "Invalid `type` value"),
    ("st.menu_button('M', ['a'], session_state=1)", "session_state"),
])
def test_bad_input_names_the_argument(call: str, words: str) -> None:
    at = AppTest.from_string("import rerunqt as st\n" + call).run()
    assert at.exception and words in at.exception[0].message, at.exception


def test_in_the_sidebar_with_format_func() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        v = st.sidebar.menu_button("Go", [1, 2], format_func=lambda n: f"Page {n}")
        st.write(repr(v))
    """).run()
    assert at.sidebar.menu_button[0].options == ["Page 1", "Page 2"]
    at.sidebar.menu_button[0].click(2).run()
    assert at.markdown[0].value == "2"
