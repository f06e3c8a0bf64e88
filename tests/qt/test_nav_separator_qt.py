"""The rule between the sidebar's page list and the sidebar's own elements."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.qt


def test_a_rule_parts_the_page_list_from_the_sidebar_s_elements(rerunqt_pilot, write_script) -> None:
    """Streamlit 1.67 draws stSidebarNavSeparator under the page list only while the
    sidebar holds elements of its own."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        def one():
            st.title("One")
        def two():
            st.title("Two")
        if st.checkbox("Sidebar text"):
            st.sidebar.write("Below the list")
        st.navigation([st.Page(one), st.Page(two)]).run()
    """))
    widget = pilot.window.renderer.places["navigation"].widget
    assert widget.list.isVisible() and not widget.separator.isVisible()
    pilot.click(label="Sidebar text")
    assert widget.separator.isVisible()
    assert widget.separator.geometry().top() >= widget.list.geometry().bottom()
    pilot.click(label="Sidebar text")
    assert not widget.separator.isVisible()


def test_page_css_hides_the_rule_alone(rerunqt_pilot, write_script) -> None:
    """Apps style the page list and hide only its rule; the list stays."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.markdown('<style>[data-testid="stSidebarNavSeparator"] {display: none !important;}'
                    '</style>', unsafe_allow_html=True)
        def one():
            st.title("One")
        def two():
            st.title("Two")
        st.sidebar.write("Below the list")
        st.navigation([st.Page(one), st.Page(two)]).run()
    """))
    widget = pilot.window.renderer.places["navigation"].widget
    assert widget.list.isVisible() and not widget.separator.isVisible()
