"""A widget drawn again by a cache hit, in a real window: shown as on the miss, and using
it reruns the app without an error while the cached value stands (as in Streamlit)."""

from __future__ import annotations

import pytest

from rerunqt.core.element import walk

pytestmark = pytest.mark.qt


def test_a_replayed_widget_shows_and_using_it_reruns_without_an_error(
        rerunqt_pilot, write_script) -> None:
    script = write_script("""
        import rerunqt as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1

        @st.cache_data
        def settings():
            return st.checkbox("Advanced")

        st.text(f"advanced {settings()} run {st.session_state.runs}")
    """)
    pilot = rerunqt_pilot(script)
    pilot.rerun().settle()  # a hit: the checkbox is drawn from the cache
    assert pilot.texts("text") == ["advanced False run 2"]
    assert pilot.widget(label="Advanced").isVisible()
    pilot.set_value(True, label="Advanced").settle()
    assert pilot.texts("text") == ["advanced False run 3"]
    boxes = [e for e in walk(pilot.window.renderer.shown) if e.kind == "exception"]
    assert [e.prop("type") for e in boxes] == ["CachedWidgetWarning"]  # no error besides
