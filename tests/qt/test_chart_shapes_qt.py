"""Pies, boxes, indicators and Vega-Lite arcs on the real window: items, no axes, hover, theme."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsPathItem

from rerunqt.qt.adapters.chart_draw import PALETTE

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
st.plotly_chart({'data': [{'type': 'pie', 'labels': ['a', 'b', 'c'], 'values': [1, 2, 5], 'hole': 0.5}]},
                height=300)
st.plotly_chart({'data': [{'type': 'box', 'x': ['p'] * 5 + ['q'] * 5, 'y': [1, 2, 3, 4, 30, 5, 6, 7, 8, 9]}]},
                height=300)
st.plotly_chart({'data': [{'type': 'indicator', 'mode': 'number+delta+gauge', 'value': 40,
                           'number': {'suffix': '%'}, 'delta': {'reference': 50},
                           'gauge': {'axis': {'range': [0, 100]}}}]}, height=300)
st.plotly_chart({'data': [{'type': 'scatter3d', 'x': [1], 'y': [1], 'z': [1]}]}, height=200)
rows = [{'k': 'x', 'v': 1}, {'k': 'y', 'v': 3}]
st.vega_lite_chart({'data': {'values': rows}, 'mark': {'type': 'arc', 'innerRadius': 40},
                    'encoding': {'theta': {'field': 'v', 'type': 'quantitative'},
                                 'color': {'field': 'k', 'type': 'nominal'}}})
"""


def charts(pilot: Any, kind: str) -> list[Any]:
    return [record.widget for record in pilot.window.renderer.find(kind=kind)]


def paths(chart: Any) -> list[QGraphicsPathItem]:
    return [i for i in chart.plot.getPlotItem().items if isinstance(i, QGraphicsPathItem)]


def texts(chart: Any) -> list[str]:
    import pyqtgraph as pg

    return [i.textItem.toPlainText() for i in chart.plot.getPlotItem().items if isinstance(i, pg.TextItem)]


def test_a_donut_has_a_slice_per_label_no_axes_a_legend_and_a_hover_read_out(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    pie = charts(pilot, "plotly_chart")[0]
    plot = pie.plot.getPlotItem()
    slices = paths(pie)
    assert len(slices) == 3
    assert [s.brush().color().name() for s in slices] == [PALETTE[False][2], PALETTE[False][1],
                                                          PALETTE[False][0]]
    assert not plot.getAxis("left").isVisible() and not plot.getAxis("bottom").isVisible()
    assert [label.text for _, label in plot.legend.items] == ["a", "b", "c"]
    assert texts(pie) == ["62.5%", "25%", "12.5%"]
    (_, cx, cy, radius), = pie.drawn.domain.placed
    box = plot.getViewBox()
    pie.hover(box.mapViewToScene(QPointF(cx + radius * 0.8, cy)))  # 3 o'clock: the largest slice
    assert pie.readout.text() == "c  ·  5 (62.5%)"
    pie.hover(box.mapViewToScene(QPointF(cx, cy)))  # the hole
    assert pie.readout.text() == " "
    assert pie.note.text() == ""


def test_boxes_draw_quartiles_whiskers_and_outliers_with_a_five_number_read_out(
        rerunqt_pilot, write_script) -> None:
    import pyqtgraph as pg

    pilot = rerunqt_pilot(write_script(SCRIPT))
    chart = charts(pilot, "plotly_chart")[1]
    plot = chart.plot.getPlotItem()
    (body,) = [i for i in plot.items if isinstance(i, pg.BarGraphItem)]
    assert body.opts["y0"].tolist() == [2.0, 6.0] and body.opts["y1"].tolist() == [4.0, 8.0]
    (dots,) = [i for i in plot.items if isinstance(i, pg.ScatterPlotItem) and i.data.size]
    assert dots.data["y"].tolist() == [30.0]
    assert plot.getAxis("bottom")._tickLevels == [[(0, "p"), (1, "q")]]
    chart.hover(plot.getViewBox().mapViewToScene(QPointF(1, 7)))
    assert chart.readout.text() == "q  ·  max 9, q3 8, median 7, q1 6, min 5"


def test_an_indicator_shows_its_number_delta_and_gauge_and_follows_the_theme(
        rerunqt_pilot, write_script, qapp) -> None:
    from rerunqt.qt.app import apply_theme

    pilot = rerunqt_pilot(write_script(SCRIPT))
    chart = charts(pilot, "plotly_chart")[2]
    shown = texts(chart)
    assert "40%" in shown and "▼10" in shown and {"0", "100"} <= set(shown)
    assert len(paths(chart)) == 2  # the track and the bar up to the value
    import pyqtgraph as pg

    delta = next(i for i in chart.plot.getPlotItem().items if isinstance(i, pg.TextItem)
                 and i.textItem.toPlainText() == "▼10")
    assert delta.color.name() == "#ff4136"
    try:
        apply_theme(qapp, "dark", force=True)
        pilot.qtbot.waitUntil(lambda: chart.dark)
        number = next(i for i in chart.plot.getPlotItem().items if isinstance(i, pg.TextItem)
                      and i.textItem.toPlainText() == "40%")
        assert number.color.lightness() > 200
    finally:
        apply_theme(qapp, "light", force=True)
    pilot.qtbot.waitUntil(lambda: not chart.dark)


def test_a_figure_with_nothing_drawable_is_a_note_box_without_axes(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    chart = charts(pilot, "plotly_chart")[3]
    plot = chart.plot.getPlotItem()
    assert texts(chart) == ["Not drawn natively: scatter3d trace"]
    assert not plot.getAxis("left").isVisible() and not plot.getAxis("bottom").isVisible()
    assert chart.note.text() == ""  # said once, in the box


def test_a_vega_arc_is_a_donut_without_axes(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    chart = charts(pilot, "vega_lite_chart")[0]
    plot = chart.plot.getPlotItem()
    slices = paths(chart)
    assert [QColor(s.brush().color()).name() for s in slices] == list(PALETTE[False][:2])
    assert not plot.getAxis("left").isVisible()
    assert [label.text for _, label in plot.legend.items] == ["x", "y"]
    (_, cx, cy, radius), = chart.drawn.domain.placed
    chart.hover(plot.getViewBox().mapViewToScene(QPointF(cx - radius * 0.9, cy)))  # 9 o'clock
    assert chart.readout.text() == "y  ·  3 (75%)"
