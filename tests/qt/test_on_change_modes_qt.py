"""on_change="ignore" in a real window: a commit starts no run; the next run receives it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
x = st.selectbox("quiet", ["a", "b", "c"], on_change="ignore", key="quiet")
y = st.checkbox("loud", key="loud", on_change="rerun")
st.write(f"{x} {y}")
"""


def test_an_ignored_commit_waits_for_the_next_run(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    session = pilot.window.session
    runs = session.run_count
    pilot.set_value("b", key="quiet")
    assert session.run_count == runs  # no run for the ignored commit
    assert pilot.texts("markdown") == ["a False"]
    assert pilot.widget(key="quiet").currentText() == "b"  # the box still shows the choice
    pilot.set_value(True, key="loud")  # another widget's run brings it along
    assert session.run_count == runs + 1
    assert pilot.texts("markdown") == ["b True"]
    assert pilot.widget(key="quiet").currentText() == "b"
    pilot.set_value("c", key="quiet")
    pilot.rerun()  # a plain rerun too
    assert pilot.texts("markdown") == ["c True"]
