"""Vega-Lite charts on the real window: the pyqtgraph items, colours, legend, note, hover."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF

from rerunqt.qt.adapters.chart_draw import PALETTE
from rerunqt.qt.adapters.vega_draw import VEGA_PALETTE

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
rows = [{'k': k, 'g': g, 'v': v} for k, g, v in
        [('a', 'n', 1), ('a', 's', 2), ('b', 'n', 3), ('b', 's', 4)]]
st.vega_lite_chart({'data': {'values': rows}, 'mark': 'bar', 'encoding': {
    'x': {'field': 'k', 'type': 'nominal'}, 'y': {'field': 'v', 'type': 'quantitative'},
    'color': {'field': 'g', 'type': 'nominal'}, 'tooltip': [{'field': 'g'}, {'field': 'v'}]}})
st.vega_lite_chart(rows, {'layer': [
    {'mark': 'line', 'encoding': {'x': {'field': 'v'}, 'y': {'field': 'v'}}},
    {'mark': 'text', 'encoding': {'x': {'field': 'v'}}}]}, theme=None)
"""


def charts(pilot: Any) -> list[Any]:
    return [record.widget for record in pilot.window.renderer.find(kind="vega_lite_chart")]


def test_stacked_bars_take_the_palette_and_a_legend_and_hover_shows_tooltips(
        rerunqt_pilot, write_script) -> None:
    import pyqtgraph as pg

    pilot = rerunqt_pilot(write_script(SCRIPT))
    bars = charts(pilot)[0]
    items = bars.drawn.items[0]
    assert all(isinstance(item, pg.BarGraphItem) for item in items) and len(items) == 2
    assert [pg.mkBrush(item.opts["brush"]).color().name() for item in items] == list(PALETTE[False][:2])
    assert items[1].opts["y0"].tolist() == [1, 3] and items[1].opts["y1"].tolist() == [3, 7]
    legend = bars.plot.getPlotItem().legend
    assert legend.isVisible() and [label.text for _, label in legend.items] == ["n", "s"]
    assert bars.plot.getPlotItem().getAxis("bottom")._tickLevels == [[(0, "a"), (1, "b")]]
    assert not bars.note.isVisible()
    box = bars.plot.getPlotItem().getViewBox()
    bars.hover(box.mapViewToScene(QPointF(1, 7)))
    assert bars.readout.text() == "g: s  ·  v: 4"


def test_what_is_left_out_is_noted_under_the_chart_and_theme_none_uses_vegas_palette(
        rerunqt_pilot, write_script, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "vl_convert", None)
    pilot = rerunqt_pilot(write_script(SCRIPT))
    layered = charts(pilot)[1]
    assert layered.note.isVisible()
    assert layered.note.text() == "Not drawn natively: 'text' marks."
    (line,) = layered.drawn.items[0]
    assert line.opts["pen"].color().name() == VEGA_PALETTE[0]
    assert line.xData.tolist() == [1, 2, 3, 4]
