"""Polar charts on the real window: wedges painted where their angle is, grid labels, hover."""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
st.plotly_chart({'data': [
    {'type': 'barpolar', 'name': 'calm', 'r': [4, 1, 1, 1], 'theta': ['N', 'E', 'S', 'W'],
     'marker': {'color': '#ff0000'}},
    {'type': 'scatterpolar', 'name': 'line', 'r': [2, 2, 2, 2], 'theta': ['N', 'E', 'S', 'W'],
     'mode': 'markers', 'marker': {'color': '#0000ff', 'size': 10}}],
    'layout': {'polar': {'angularaxis': {'direction': 'clockwise', 'rotation': 90}}}}, height=400)
"""


def texts(widget: Any) -> list[str]:
    return [i.textItem.toPlainText() for i in widget.plot.getPlotItem().items if isinstance(i, pg.TextItem)]


def test_a_polar_chart_paints_its_wedges_round_north_and_reads_the_one_under_the_pointer(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    chart = pilot.window.renderer.find(kind="plotly_chart")[0].widget
    assert chart.note.text() == ""
    drawn = chart.drawn.domain.others[0]
    cx, cy, radius = drawn.centre
    box = chart.plot.getPlotItem().getViewBox()
    image = chart.plot.grab().toImage()

    def colour_at(angle: float, fraction: float) -> str:
        a = math.radians(angle)
        at = chart.plot.mapFromScene(box.mapViewToScene(
            QPointF(cx + fraction * radius * math.cos(a), cy + fraction * radius * math.sin(a))))
        return image.pixelColor(at.x(), at.y()).name()

    assert colour_at(90, 0.8) == "#ff0000"  # the N wedge reaches the rim (4 of 4)
    assert colour_at(0, 0.1) == "#ff0000" and colour_at(0, 0.8) != "#ff0000"  # E: 1 of 4
    assert colour_at(0, 0.5) == "#0000ff"  # a marker at r=2, east
    assert {"N", "E", "S", "W"} <= set(texts(chart))
    assert [label.text for _, label in chart.plot.getPlotItem().legend.items] == ["calm", "line"]
    chart.hover(box.mapViewToScene(QPointF(cx, cy + radius * 0.8)))
    assert chart.readout.text() == "calm: N  ·  4"
    chart.hover(box.mapViewToScene(QPointF(cx, cy - radius * 0.5)))  # the south marker
    assert chart.readout.text() == "line: S  ·  2"
