"""An address no page has: Streamlit says "Page not found" and runs the default page."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from rerunqt.testing import AppTest

APP = """
import rerunqt as st

def home():
    st.title("Home")
    st.page_link(detail, label="Go to Detail Page")

def about():
    st.title("About")

def detail():
    st.title("Detail")

detail = st.Page(detail)  # left out of the navigation, as Streamlit's page-visibility app
st.navigation([st.Page(home, default=True), st.Page(about)]).run()
"""


def test_a_link_to_a_page_left_out_of_the_navigation_shows_the_default_page() -> None:
    at = AppTest.from_string(textwrap.dedent(APP)).run()
    at.switch_page("about").run()
    at.switch_page("home").run()
    at.page_link[0].click().run()
    assert not at.exception
    assert [t.value for t in at.title] == ["Home"]
    assert "Page not found" in at.toast[0].value and "`detail`" in at.toast[0].value


def test_apptest_switch_page_to_an_unknown_page_raises_as_streamlits(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(textwrap.dedent(APP))
    at = AppTest.from_file(tmp_path / "app.py").run()
    with pytest.raises(ValueError, match=r"Could not find page 'nope\.py'"):
        at.switch_page("nope.py")
    at.switch_page("about").run()  # a URL path of the app is a page too
    assert [t.value for t in at.title] == ["About"]


@pytest.mark.parametrize("call", ["st.Page(b).run()", "pg.run()\npg.run()"])
def test_only_the_page_navigation_returned_runs_and_once(call: str) -> None:
    """As Streamlit 1.67: another page's run(), or a second run(), is an error."""
    at = AppTest.from_string(
        "import rerunqt as st\n"
        "def a():\n    st.write('A')\n"
        "def b():\n    st.write('B')\n"
        f"pg = st.navigation([st.Page(a), st.Page(b)])\n{call}\n").run()
    assert at.exception[0].message == (
        "This page cannot be called directly. Only the page returned from st.navigation can "
        "be called once.")
