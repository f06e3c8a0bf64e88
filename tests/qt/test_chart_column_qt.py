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
    from rerunqt.qt.adapters.cell_charts import chart_scale

    # the axis is 0..1 unless configured; data inside it stays as it is (a probability
    # sparkline is not stretched to the cell's height)
    assert chart_scale((0.2, 0.5), None, None) == ((0.2, 0.5), 0.0, 1.0)
    assert chart_scale((1.0, 3.0), 0, 10) == ((1.0, 3.0), 0.0, 10.0)
    # data beyond the axis is stretched onto it (min at its bottom), not clipped at its edge
    assert chart_scale((1.0, 3.0, 2.0), None, None) == ((0.0, 1.0, 0.5), 0.0, 1.0)
    assert chart_scale((0.0, 50.0, 200.0), 0, 100) == ((0.0, 25.0, 100.0), 0.0, 100.0)
    assert chart_scale((-4.0, 0.0, 4.0), None, None) == ((0.0, 0.5, 1.0), 0.0, 1.0)
    # equal values beyond it go to its top (above it) or its bottom (below it)
    assert chart_scale((5.0, 5.0), None, None) == ((1.0, 1.0), 0.0, 1.0)
    assert chart_scale((0.0, 0.0), None, None) == ((0.0, 0.0), 0.0, 1.0)
    assert chart_scale((-2.0, -2.0), None, None) == ((0.0, 0.0), 0.0, 1.0)
    assert chart_scale((1.0, 2.0), 5, 5) is None  # an empty range: Streamlit's error cell


SPARKS = """
import rerunqt as st
st.dataframe({"bar": [[0.25, 0.25]], "mixed": [[-4, 4]], "area": [[2, -3, 2]]}, key="df",
             hide_index=True, column_config={
    "bar": st.column_config.BarChartColumn("Bar", width="medium"),
    "mixed": st.column_config.BarChartColumn("Mixed", width="medium"),
    "area": st.column_config.AreaChartColumn("Area", width="medium", y_min=-5, y_max=5)})
"""


def rows_painted(view, column: int, colour: str) -> list[int]:
    """The pixel rows of the cell (from its top) holding the colour."""
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(0, column))
    want = QColor(colour)
    return [y - rect.top() for y in range(rect.top(), rect.bottom())
            if any(max(abs(image.pixelColor(x, y).red() - want.red()),
                       abs(image.pixelColor(x, y).green() - want.green()),
                       abs(image.pixelColor(x, y).blue() - want.blue())) < 24
                   for x in range(rect.left(), rect.right()))]


def test_chart_cells_draw_as_streamlits_sparklines(rerunqt_pilot, write_script) -> None:
    view = rerunqt_pilot(write_script(SPARKS)).table(key="df")
    primary = _LIGHT["primary"]
    height = view.visualRect(view.model().index(0, 0)).height()
    # values inside 0..1 stand a quarter high, from the bottom (3 px inside the cell)
    bar = rows_painted(view, 0, primary)
    assert bar and bar[-1] >= height - 5 and (height - 6) * 0.2 < len(bar) < (height - 6) * 0.35
    # the bars sit side by side with 2 px between them, 8 px in from the cell's sides
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(0, 0))
    y = rect.top() + bar[-1] - 1
    red = [x - rect.left() for x in range(rect.left(), rect.right())
           if image.pixelColor(x, y).green() < 150]
    assert 7 <= red[0] <= 9 and rect.width() - 10 <= red[-1] + 1 <= rect.width() - 7
    gaps = [b - a for a, b in zip(red, red[1:]) if b - a > 1]
    assert len(gaps) == 1 and gaps[0] <= 4
    # unconfigured data below zero is stretched onto 0..1: the bars rise from the bottom
    mixed = rows_painted(view, 1, primary)
    assert mixed[-1] >= height - 5
    # an area fills from the line down to zero (the middle of -5..5), not to the bottom
    area = view.visualRect(view.model().index(0, 2))
    tint = [image.pixelColor(area.left() + area.width() // 2, area.top() + r) for r in range(height)]
    faded = [r for r, c in enumerate(tint) if c.red() > 230 and c.green() < 235 and c.blue() < 235]
    assert faded and max(faded) < height // 2 + 3


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


def test_a_chart_cell_that_is_no_list_of_numbers_shows_its_text_faded(rerunqt_pilot, write_script) -> None:
    """Streamlit's error cell: ``"invalid"`` is written (faded), not an empty cell."""
    from rerunqt.qt.adapters.cell_charts import error_text

    assert error_text(["invalid"], (float("nan"),)) == "invalid"
    assert error_text([1, None, "x"], (1.0, float("nan"), float("nan"))) == "1,,x"
    assert error_text([1, 2], (1.0, 2.0)) is None and error_text([], ()) is None
    view = rerunqt_pilot(write_script("""
import rerunqt as st
st.dataframe({"c": ["1,2,3", "invalid"]}, key="df", hide_index=True,
             column_config={"c": st.column_config.LineChartColumn()})
""")).table(key="df")
    inked = painted(view, 1, 0, "#b5b6bc")  # text at 40 % over white: a light grey
    assert inked > 5 and painted(view, 1, 0, _LIGHT["primary"]) == 0
    assert painted(view, 0, 0, _LIGHT["primary"]) > 5
