"""st.menu_button in a real window: a choice from the menu is one run with that option."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
choice = st.menu_button("Export", ["CSV", "PDF"], key="export")
st.write(repr(choice))
"""


def test_choosing_from_the_menu_reruns_once_with_the_option(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    button = pilot.widget(key="export")
    assert [a.text() for a in button.menu().actions()] == ["CSV", "PDF"]
    runs = pilot.window.session.run_count
    button.menu().actions()[1].trigger()
    pilot.settle()
    assert pilot.texts("markdown") == ["'PDF'"]
    assert pilot.window.session.run_count == runs + 1
    pilot.rerun()
    assert pilot.texts("markdown") == ["None"]  # the choice lasted one run
