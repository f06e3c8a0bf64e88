"""Chart columns on the real table: Streamlit 1.67's colours (primary by default, auto)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from rerunqt.qt.adapters.cell_paint import _LIGHT

pytestmark = pytest.mark.qt

CHARTS = """
import rerunqt as st
st.dataframe({"line": [[1, 3, 2, 5], [5, 4, 1, 2]], "bar": [[1, 2, 3], [3, 2, 1]],
              "auto": [[1, 2, 4], [4, 2, 1]], "inverse": [[1, 2, 4], [4, 2, 1]]},
             key="df", hide_index=True, column_config={
    "line": st.column_config.LineChartColumn("Line"),
    "bar": st.column_config.BarChartColumn("Bar"),
    "auto": st.column_config.LineChartColumn("Auto", color="auto"),
    "inverse": st.column_config.AreaChartColumn("Inverse", color="auto-inverse")})
"""


def painted(view, row: int, column: int, colour: str) -> int:
    """How many pixels of the cell have (nearly) the given colour."""
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(row, column))
    want = QColor(colour)
    return sum(1 for x in range(rect.left(), rect.right()) for y in range(rect.top(), rect.bottom())
               if max(abs(image.pixelColor(x, y).red() - want.red()),
                      abs(image.pixelColor(x, y).green() - want.green()),
                      abs(image.pixelColor(x, y).blue() - want.blue())) < 24)


def test_chart_cells_take_the_primary_colour_and_auto_follows_the_trend(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(CHARTS))
    view = pilot.table(key="df")
    red, green, primary = _LIGHT["red"], _LIGHT["green"], _LIGHT["primary"]
    # no color: the primary colour (it was a fixed teal)
    for column in (0, 1):
        assert painted(view, 0, column, primary) > 5 and painted(view, 0, column, "#29b09d") == 0
    # "auto": green when the last value is not below the first, red when it falls
    assert painted(view, 0, 2, green) > 5 and painted(view, 0, 2, red) == 0
    assert painted(view, 1, 2, red) > 5 and painted(view, 1, 2, green) == 0
    # "auto-inverse": the other way round
    assert painted(view, 0, 3, red) > 5 and painted(view, 0, 3, green) == 0
    assert painted(view, 1, 3, green) > 5


def test_the_y_range_follows_streamlit_rescaling_out_of_range_values() -> None:
    from rerunqt.qt.adapters.cell_paint import chart_scale

    # the data's own range by default; values inside a configured range stay as they are
    assert chart_scale((1.0, 3.0, 2.0), None, None) == ((1.0, 3.0, 2.0), 1.0, 3.0)
    assert chart_scale((1.0, 3.0), 0, 10) == ((1.0, 3.0), 0.0, 10.0)
    # values beyond y_min..y_max are rescaled into it, not clipped at its edge
    assert chart_scale((0.0, 50.0, 200.0), 0, 100) == ((0.0, 25.0, 100.0), 0.0, 100.0)
    # equal values stand on 0..value (a flat line at the top, full bars), or 0..1 for zeros
    assert chart_scale((5.0, 5.0), None, None) == ((5.0, 5.0), 0.0, 5.0)
    assert chart_scale((0.0, 0.0), None, None) == ((0.0, 0.0), 0.0, 1.0)
    assert chart_scale((-2.0, -2.0), None, None) == ((-2.0, -2.0), -2.0, 0.0)
    assert chart_scale((1.0, 2.0), 5, 5) is None  # an empty range: Streamlit's error cell


def test_chart_and_progress_cells_take_the_configured_primary_colour(
        rerunqt_pilot, write_script, qapp) -> None:
    from pathlib import Path

    from rerunqt.qt.app import apply_theme

    script = Path(write_script("""
import rerunqt as st
st.dataframe({"line": [[1, 3, 2, 5]], "done": [0.8]}, key="df", hide_index=True, column_config={
    "line": st.column_config.LineChartColumn("Line"),
    "done": st.column_config.ProgressColumn("Done")})
"""))
    config = script.parent / ".streamlit" / "config.toml"
    config.parent.mkdir()
    config.write_text('[theme]\nprimaryColor = "#1c83e1"\n')
    try:
        view = rerunqt_pilot(script).table(key="df")
        for column in (0, 1):  # Streamlit draws both in theme.colors.primary
            assert painted(view, 0, column, "#1c83e1") > 5
            assert painted(view, 0, column, _LIGHT["primary"]) == 0
    finally:
        apply_theme(qapp, "light", force=True, options={})  # the next test's window is plain
