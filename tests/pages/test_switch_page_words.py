"""AppTest.switch_page's errors, word for word as Streamlit 1.67's AppTest."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from rerunqt.testing import AppTest

NAV = """
import rerunqt as st
def home():
    st.title("Home")
st.navigation([st.Page(home, title="Start"), st.Page("other.py", url_path="elsewhere")]).run()
"""


def write(folder: Path, **files: str) -> Path:
    for name, text in files.items():
        (folder / f"{name}.py").write_text(textwrap.dedent(text))
    return folder / "app.py"


def test_a_missing_file_names_the_resolved_path(tmp_path: Path) -> None:
    at = AppTest.from_file(write(tmp_path, app=NAV, other="x = 1")).run()
    expected = (f"Could not find page 'gone.py' relative to the main script "
                f"{str(tmp_path / 'app.py')!r}. Resolved page path: {str(tmp_path / 'gone.py')!r}.")
    with pytest.raises(ValueError, match=re.escape(expected)):
        at.switch_page("gone.py")


def test_a_file_that_is_no_page_lists_the_known_pages(tmp_path: Path) -> None:
    """A helper module beside the entry script is no page of st.navigation."""
    at = AppTest.from_file(write(tmp_path, app=NAV, other="x = 1", helper="x = 1")).run()
    expected = (f"Could not find a navigation page for {str(tmp_path / 'helper.py')!r}. "
                "AppTest.switch_page() matches registered script paths. If page registration "
                "depends on Session State, call AppTest.run() after updating the state and "
                f"before switching. Known pages: ['Start', {str(tmp_path / 'other.py')!r}].")
    with pytest.raises(ValueError, match=re.escape(expected)):
        at.switch_page("helper.py")


def test_a_single_page_app_runs_its_page_for_any_file(tmp_path: Path) -> None:
    at = AppTest.from_file(write(tmp_path, app="import rerunqt as st\nst.title('Only')",
                                 helper="x = 1")).run()
    at.switch_page("helper.py").run()
    assert [t.value for t in at.title] == ["Only"] and not at.exception and not at.toast


def test_an_app_with_an_empty_pages_folder_refuses_other_files(tmp_path: Path) -> None:
    """A pages/ folder makes Streamlit keep a page registry even with no page in it."""
    (tmp_path / "pages").mkdir()
    at = AppTest.from_file(write(tmp_path, app="import rerunqt as st\nst.title('Only')",
                                 helper="x = 1")).run()
    with pytest.raises(ValueError, match="Could not find a navigation page for"):
        at.switch_page("helper.py")
