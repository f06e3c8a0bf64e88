"""A real window with [state] persist = true: closing saves, reopening restores, Clear resets."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from rerunqt.config import load_config
from rerunqt.core.persist.files import state_path

pytestmark = pytest.mark.qt

APP = """
import rerunqt as st
st.text_input("Name", key="name")
st.slider("Level", 0, 10, key="level")
"""


def _options(script: Path) -> dict[str, object]:
    return dict(load_config(script, {"state.persist": "true"}))


def test_typed_values_come_back_in_a_new_window(rerunqt_pilot, write_script, qtbot) -> None:
    script = write_script(APP)
    pilot = rerunqt_pilot(script, options=_options(script))
    pilot.type("Ada", key="name")
    pilot.set_value(7, key="level")
    pilot.window.close()  # saves at once, whatever the debounce was waiting for
    values = json.loads(state_path(script).read_text())["values"]
    assert values == {"name": "Ada", "level": 7}
    assert stat.S_IMODE(state_path(script).stat().st_mode) == 0o600
    again = rerunqt_pilot(script, options=_options(script))
    assert again.widget(key="name").text() == "Ada"
    assert again.value(key="level") == 7


def test_clear_session_state_forgets_the_saved_values(rerunqt_pilot, write_script) -> None:
    script = write_script(APP)
    pilot = rerunqt_pilot(script, options=_options(script))
    pilot.type("Ada", key="name")
    pilot.window.menus.clear_state_action.trigger()
    pilot.settle()
    pilot.window.close()
    assert json.loads(state_path(script).read_text())["values"]["name"] == ""
    again = rerunqt_pilot(script, options=_options(script))
    assert again.widget(key="name").text() == ""
