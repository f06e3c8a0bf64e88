"""The pytest option that runs an app's existing Streamlit tests against rerunqt."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

APP = """
import streamlit as st
name = st.text_input("Name")
if st.button("Greet"):
    st.write(f"Hello {name}")
"""

USER_TEST = """
from streamlit.testing.v1 import AppTest

def test_greets():
    at = AppTest.from_file("app.py").run()
    at.text_input[0].input("Ada").run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Hello Ada"
    assert type(at).__module__.startswith("rerunqt.")
"""


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makepyfile(app=APP, test_app=USER_TEST)
    return pytester


def test_the_command_line_flag_aliases_streamlit_in_test_files(project: pytest.Pytester) -> None:
    result = project.runpytest_subprocess("--rerunqt-streamlit-alias", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_the_ini_option_aliases_streamlit_in_test_files(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\nrerunqt_streamlit_alias = true\n")
    result = project.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_without_the_option_test_files_are_left_alone(project: pytest.Pytester) -> None:
    project.makepyfile(test_plain="""
        import importlib.util, sys
        def test_no_alias():
            assert "streamlit" not in sys.modules
    """)
    result = project.runpytest_subprocess("-p", "no:cacheprovider", "test_plain.py")
    result.assert_outcomes(passed=1)


def test_streamlit_s_apptest_submodules_import_under_the_alias(
        project: pytest.Pytester) -> None:
    """Test files that import Streamlit's element classes (for type hints) or its
    AppTestError: ``streamlit.testing.v1`` was a module, so these imports failed."""
    project.makepyfile(test_submodules="""
        import pytest
        from streamlit.testing.v1 import AppTest
        from streamlit.testing.v1.element_tree import Button, Markdown, WidgetList
        from streamlit.testing.v1.errors import AppTestError

        def test_classes_and_error():
            at = AppTest.from_file("app.py").run()
            assert isinstance(at.button[0], Button) and isinstance(at.button, WidgetList)
            at.text_input[0].input("Ada").run()
            at.button[0].click().run()
            assert isinstance(at.markdown[0], Markdown)
            disabled = AppTest.from_string(
                "import streamlit as st\\nst.button('b', disabled=True)").run()
            with pytest.raises(AppTestError, match="Cannot update a disabled button"):
                disabled.button[0].click()
    """)
    result = project.runpytest_subprocess("--rerunqt-streamlit-alias", "-p", "no:cacheprovider",
                                          "test_submodules.py")
    result.assert_outcomes(passed=1)
