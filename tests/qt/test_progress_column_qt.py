"""ProgressColumn on the real table: a bar as full as the value, its number, theme colours."""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QColor

from rerunqt.qt.adapters.cell_paint import _DARK, _LIGHT, progress_text

pytestmark = pytest.mark.qt

PROGRESS = """
import rerunqt as st
st.dataframe({"share": [0.25, 0.75], "done": [20, 80]}, key="df", width="content", column_config={
    "share": st.column_config.ProgressColumn("Share", format="percent"),
    "done": st.column_config.ProgressColumn("Done", min_value=0, max_value=100, color="auto")})
"""


def filled(view, row: int, column: int, colour: str) -> int:
    """How many pixels of the cell's middle line have the bar's fill colour."""
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(row, column))
    want = QColor(colour)
    y = rect.center().y()
    return sum(1 for x in range(rect.left(), rect.right())
               if max(abs(image.pixelColor(x, y).red() - want.red()),
                      abs(image.pixelColor(x, y).green() - want.green()),
                      abs(image.pixelColor(x, y).blue() - want.blue())) < 24)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_bars_fill_to_their_value_in_the_theme_s_colours(rerunqt_pilot, write_script, qapp, theme) -> None:
    from rerunqt.qt.app import apply_theme

    pilot = rerunqt_pilot(write_script(PROGRESS))
    view = pilot.table(key="df")
    shades = _DARK if theme == "dark" else _LIGHT
    try:
        apply_theme(qapp, theme, force=True)
        pilot.settle()
        quarter, three_quarters = filled(view, 0, 0, shades["primary"]), filled(view, 1, 0, shades["primary"])
        assert quarter > 3 and 2.5 < three_quarters / quarter < 3.5  # floats: 0 .. 1
        # color="auto": under half red, over half green (in this theme's shade)
        assert filled(view, 0, 1, shades["red"]) > 3 and filled(view, 0, 1, shades["green"]) == 0
        assert filled(view, 1, 1, shades["green"]) > 3
        folder = os.environ.get("RERUNQT_SHOTS")
        if folder:
            view.window().grab().save(os.path.join(folder, f"progress-{theme}.png"))
    finally:
        apply_theme(qapp, "light", force=True)


def test_the_number_beside_a_bar_follows_format_and_step() -> None:
    def option(values: dict):
        return lambda name, default=None: values.get(name, default)

    # Streamlit's grid: "percent" by default for floats, "%3d%%" for ints; a step's
    # decimals set the preset's (percent keeps two fewer)
    assert progress_text(0.25, option({"format": "percent"}), integral=False) == "25%"
    assert progress_text(0.5, option({}), integral=False) == "50%"
    assert progress_text(42, option({}), integral=True) == " 42%"
    assert progress_text(0.123, option({"step": 0.1}), integral=False) == "12%"
    assert progress_text(0.12345, option({"step": 0.0001}), integral=False) == "12.35%"
    assert progress_text(7.5, option({"format": "%.1f pts"}), integral=False) == "7.5 pts"
