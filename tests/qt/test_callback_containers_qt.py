"""A callback's writes into a container of the last run, in the window: after the
container's own elements, where Streamlit's browser places them (by index)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st

box = st.container()
with box:
    st.markdown("BarFoo")

    def clicked(cont):
        cont.info("Hi!")
        cont.markdown("FooBar")

    st.button("one", on_click=clicked, args=[box])
st.text("after")
"""


def test_the_window_shows_the_callback_output_at_the_end_of_the_container(
        tmp_path: Path, rerunqt_pilot: Any) -> None:
    app = tmp_path / "app.py"
    app.write_text(SCRIPT)
    pilot = rerunqt_pilot(app)
    pilot.click(label="one").settle()
    assert pilot.texts("markdown") == ["BarFoo", "FooBar"]
    assert pilot.texts("info") == ["Hi!"]
    pilot.rerun().settle()
    assert pilot.texts("markdown") == ["BarFoo"]
    assert pilot.texts("info") == []
