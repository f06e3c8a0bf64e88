"""A plotly date axis without ``tickformat``, on the window: plotly.js's own calendar steps
and labels ("Jan 2024"; "Jan 7" with its year under the first; "18:00" with its date),
not pyqtgraph's date axis."""

from __future__ import annotations

from typing import Any

import pytest
from chart_views import drawn_tick_labels

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
for low, high in (("2024-01-01", "2024-06-30"), ("2024-01-01", "2024-02-29"),
                  ("2024-03-01 18:00", "2024-03-02 06:00")):
    st.plotly_chart({"data": [{"type": "scatter", "x": [low, high], "y": [1, 2]}],
                     "layout": {"xaxis": {"range": [low, high]}}}, height=300)
"""


def charts(pilot: Any) -> list[Any]:
    return [record.widget for record in pilot.window.renderer.find(kind="plotly_chart")]


def test_plotly_date_axes_are_ticked_and_labelled_as_plotly_does(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    pilot.window.resize(900, 1100)
    pilot.settle()
    months, weeks, hours = charts(pilot)
    assert drawn_tick_labels(pilot, months, "bottom") == [
        "Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024", "May 2024", "Jun 2024"]
    # 7-day steps from a Sunday; the year is shown under the first day only
    assert drawn_tick_labels(pilot, weeks, "bottom") == [
        "Jan 7\n2024", "Jan 14", "Jan 21", "Jan 28", "Feb 4", "Feb 11", "Feb 18", "Feb 25"]
    # 2-hour steps; the date under the first tick and where the day changes
    assert drawn_tick_labels(pilot, hours, "bottom") == [
        "18:00\nMar 1, 2024", "20:00", "22:00", "00:00\nMar 2, 2024", "02:00", "04:00", "06:00"]


def test_a_label_of_two_lines_fits_under_the_chart(rerunqt_pilot, write_script) -> None:
    """The year under the first tick was cut off at the chart's bottom: pyqtgraph measured
    it on a QPicture (72 dpi), a quarter shorter than the window draws it."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFontMetricsF

    pilot = rerunqt_pilot(write_script(SCRIPT))
    pilot.window.resize(900, 1100)
    pilot.settle()
    weeks = charts(pilot)[1]
    assert drawn_tick_labels(pilot, weeks, "bottom")[0] == "Jan 7\n2024"
    axis = weeks.plot.getPlotItem().getAxis("bottom")
    pilot.qtbot.waitUntil(lambda: axis.geometry().height() > axis.textHeight)  # laid out again
    metrics = QFontMetricsF(axis.style.get("tickFont") or axis.font())
    two_lines = metrics.boundingRect(QRectF(0, 0, 1000, 1000), int(Qt.AlignmentFlag.AlignCenter),
                                     "Jan 7\n2024").height()
    bottom = axis.mapRectToScene(axis.boundingRect()).bottom()
    assert axis.textHeight >= two_lines
    assert bottom <= weeks.plot.sceneRect().bottom() + 0.5
    assert axis.geometry().height() >= two_lines + axis.style["tickTextOffset"][1]
