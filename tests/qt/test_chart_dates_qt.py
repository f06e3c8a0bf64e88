"""Times in the hover read-out as Streamlit's Vega-Lite tooltips write them ("Jan 02, 2024",
Vega-Lite's default ``timeFormat``), for st.line_chart / st.area_chart and Altair tooltips."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF

pytestmark = pytest.mark.qt
pytest.importorskip("altair")

SCRIPT = """
import altair as alt
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"t": pd.date_range("2024-01-01", periods=4, freq="12h"), "v": [1, 3, 2, 4]})
st.line_chart(df, x="t", y="v")
st.area_chart(df, x="t", y="v")
st.altair_chart(alt.Chart(df).mark_point().encode(x="t:T", y="v", tooltip=["t:T", "v"]))
st.altair_chart(alt.Chart(df).mark_point().encode(
    x="t:T", y="v", tooltip=[alt.Tooltip("t:T", format="%d/%m %H:%M")]))
"""


def read_at(pilot: Any, chart: Any, x: float, y: float) -> str:
    pilot.window.page_scroll.ensureWidgetVisible(chart)
    box = chart.plot.getPlotItem().getViewBox()
    pilot.qtbot.waitUntil(lambda: chart.plot.isVisible() and box.width() > 10)
    chart.hover(box.mapViewToScene(QPointF(x, y)))
    return str(chart.readout.text())


def test_times_are_read_out_as_vega_lite_tooltips_write_them(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    noon = 1704110400.0 + 12 * 3600  # 2024-01-02 00:00 UTC is the third point
    line = next(r.widget for r in pilot.window.renderer.find(kind="line_chart"))
    area = next(r.widget for r in pilot.window.renderer.find(kind="area_chart"))
    assert read_at(pilot, line, noon, 2) == "t Jan 02, 2024  ·  2"
    assert read_at(pilot, area, noon, 2) == "t Jan 02, 2024  ·  2"
    plain, formatted = [r.widget for r in pilot.window.renderer.find(kind="vega_lite_chart")]
    assert read_at(pilot, plain, noon, 2) == "t: Jan 02, 2024  ·  v: 2"
    assert read_at(pilot, formatted, noon, 2) == "t: 02/01 00:00"  # the tooltip's own format
