"""Points on the plot's edge are drawn whole, as Vega-Lite draws them (no clipping at rest)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

pytestmark = pytest.mark.qt
pytest.importorskip("altair")

SCRIPT = """
import altair as alt
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"x": [1, 2, 3, 4], "y": [10, 40, 20, 30]})
st.scatter_chart(df, x="x", y="y", size=400)
st.altair_chart(alt.Chart(df).mark_circle(size=400, opacity=1).encode(x="x", y="y"))
"""

def above(pilot: Any, chart: Any, x: float, y: float, pixels: float) -> QColor:
    """The colour on screen ``pixels`` above view point (x, y) of the chart's plot."""
    pilot.window.page_scroll.ensureWidgetVisible(chart)
    box = chart.plot.getPlotItem().getViewBox()
    pilot.qtbot.waitUntil(lambda: chart.plot.isVisible() and box.width() > 10)
    at = chart.plot.mapFromScene(box.mapViewToScene(QPointF(x, y)))
    at.setY(at.y() - round(pixels))
    return chart.plot.grab().toImage().pixelColor(at)

def _inked(color: QColor) -> bool:
    return color.alpha() > 150 and color.blue() - color.red() > 60

@pytest.mark.parametrize("kind", ["scatter_chart", "vega_lite_chart"])
def test_a_point_at_the_top_edge_is_drawn_whole_until_the_view_moves(
        rerunqt_pilot, write_script, kind) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    chart = next(r.widget for r in pilot.window.renderer.find(kind=kind))
    box = chart.plot.getPlotItem().getViewBox()
    top = box.viewRange()[1][1]
    assert top == pytest.approx(40)  # the nice domain ends at the highest point
    # a 400 px² circle is ~22 px across: its upper half is above the plot's top edge
    assert _inked(above(pilot, chart, 2, 40, 5))
    box.translateBy(y=-(top - box.viewRange()[1][0]) * 0.02)  # the user pans: clipped again
    pilot.qtbot.waitUntil(lambda: not _inked(above(pilot, chart, 2, top, 5)))
