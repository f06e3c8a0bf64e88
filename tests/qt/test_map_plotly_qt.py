"""st.map and st.plotly_chart on the real window: points, bars, legend, notes, views, theme."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from rerunqt.core.map_data import latitude_of, mercator_y
from rerunqt.qt.adapters.chart_draw import PALETTE
from rerunqt.qt.adapters.map import NO_BASE_MAP

pytestmark = pytest.mark.qt

MAP = """
import rerunqt as st
zoom = st.number_input('zoom', 0, 20, 0, key='zoom')
st.map({'lat': [37.70, 37.80, 37.75], 'lon': [-122.50, -122.40, -122.45], 'r': [10, 50, 300]},
       size='r', color='#00ff0080', zoom=zoom or None, height=300)
"""

PLOTS = """
import rerunqt as st
st.plotly_chart({'data': [
    {'type': 'bar', 'x': ['a', 'b', 'c'], 'y': [1, 3, 2], 'name': 'first'},
    {'type': 'bar', 'x': ['a', 'b', 'c'], 'y': [2, 1, 1], 'name': 'second'}],
    'layout': {'barmode': 'stack', 'title': 'Stacked', 'yaxis': {'title': 'units'}}}, height=300)
st.plotly_chart({'data': [{'type': 'scatter', 'x': [1, 2, 3], 'y': [2, 4, 3], 'mode': 'lines'},
                          {'type': 'scatter3d', 'x': [1], 'y': [1], 'z': [1]}]}, height=250)
st.plotly_chart({'data': [{'type': 'heatmap', 'z': [[1, 2], [3, 4]]}]}, height=250)
"""


def box(pilot: Any, kind: str, index: int = 0) -> Any:
    return pilot.window.renderer.find(kind=kind)[index].widget


def test_the_map_draws_each_point_at_its_mercator_position_with_a_note(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(MAP))
    chart = pilot.record(kind="map").widget
    points = chart.drawn.points
    x, y = points.getData()
    assert x.tolist() == [-122.50, -122.40, -122.45]
    assert np.allclose(y, mercator_y(np.array([37.70, 37.80, 37.75])))
    assert chart.note.text() == NO_BASE_MAP and chart.note.isVisible()
    brush = points.opts["brush"]  # one colour for every point
    assert (brush.color().green(), brush.color().alpha()) == (255, 128)
    plot = chart.plot.getPlotItem()
    assert plot.getViewBox().state["aspectLocked"]  # one degree of x is one degree of Mercator y
    (x0, x1), (y0, y1) = plot.getViewBox().viewRange()
    assert x0 < -122.50 and x1 > -122.40 and y0 < y.min() and y1 > y.max()  # fitted: all shown
    left = plot.getAxis("left")
    ticks = left.tickValues(y0, y1, 300)
    assert ticks, "latitude ticks"
    round_lats = [float(latitude_of(v)) for v in ticks[0][1]]
    assert all(abs(v * 100 - round(v * 100)) < 1e-6 for v in round_lats)  # at round latitudes
    assert left.tickStrings([float(mercator_y(37.75))], 1, left.major) == ["37.75°N"]
    assert left.tickStrings([float(mercator_y(37.75))], 1, left.major / 2) == [""]  # minor: no text
    assert plot.getAxis("bottom").tickStrings([-122.4], 1, 0.1) == ["122.4°W"]


def test_points_are_metres_so_they_grow_when_zooming_in(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(MAP))
    chart = pilot.record(kind="map").widget
    sizes = chart.drawn.points.data["size"].tolist()
    assert sizes[0] == 6.0 and sizes[2] > sizes[0]  # 10 m: the 3 px minimum radius; 300 m larger
    chart.plot.getPlotItem().getViewBox().scaleBy((0.25, 0.25))
    pilot.qtbot.waitUntil(lambda: chart.drawn.points.data["size"].tolist()[2] > sizes[2] * 3)


def test_hovering_a_point_reads_its_latitude_and_longitude(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(MAP))
    chart = pilot.record(kind="map").widget
    view = chart.plot.getPlotItem().getViewBox()
    chart.hover(view.mapViewToScene(QPointF(-122.40, float(mercator_y(37.80)))))
    assert chart.readout.text() == "lat 37.80000, lon -122.40000"
    (x0, _), (_, y1) = view.viewRange()
    chart.hover(view.mapViewToScene(QPointF(x0, y1)))  # far from every point
    assert chart.readout.text() == " "


def test_zoom_sets_the_first_view_and_a_user_s_pan_is_kept(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(MAP))
    chart = pilot.record(kind="map").widget
    view = chart.plot.getPlotItem().getViewBox()
    pilot.set_value(2, key="zoom")
    (x0, x1), _ = view.viewRange()
    expected = 360 * view.width() / (512 * 4)  # deck.gl: 512 px for the world at zoom 0
    assert x1 - x0 == pytest.approx(expected, rel=0.05)
    assert (x0 + x1) / 2 == pytest.approx(-122.45, abs=0.01)
    view.translateBy(x=5.0)
    view.sigRangeChangedManually.emit(view.state["mouseEnabled"])
    moved = view.viewRange()
    pilot.rerun()
    assert view.viewRange() == moved  # a rerun with the same zoom leaves the user's view


def test_the_map_follows_the_theme(rerunqt_pilot, write_script, qapp) -> None:
    from rerunqt.qt.app import apply_theme

    pilot = rerunqt_pilot(write_script("import rerunqt as st\nst.map({'lat': [1.0], 'lon': [2.0]})"))
    chart = pilot.record(kind="map").widget
    try:
        apply_theme(qapp, "dark", force=True)
        pilot.qtbot.waitUntil(lambda: chart.dark)
        axis = chart.plot.getPlotItem().getAxis("left")
        assert axis.textPen().color().lightness() > 200
        assert chart.drawn.points.getData()[0].tolist() == [2.0]
    finally:
        apply_theme(qapp, "light", force=True)
    pilot.qtbot.waitUntil(lambda: not chart.dark)


def test_plotly_bars_stack_with_legend_title_and_category_ticks(rerunqt_pilot, write_script) -> None:
    import pyqtgraph as pg

    pilot = rerunqt_pilot(write_script(PLOTS))
    chart = pilot.record(kind="plotly_chart").widget
    plot = chart.plot.getPlotItem()
    bars = [item for item in plot.items if isinstance(item, pg.BarGraphItem)]
    assert len(bars) == 2
    assert bars[1].opts["y0"].tolist() == [1.0, 3.0, 2.0]  # stacked on the first trace
    assert bars[1].opts["y1"].tolist() == [3.0, 4.0, 3.0]
    assert pg.mkBrush(bars[0].opts["brush"]).color().name() == PALETTE[False][0]
    assert [label.text for _, label in plot.legend.items] == ["first", "second"]
    assert plot.titleLabel.text == "<b>Stacked</b>"  # bold in Streamlit's theme
    assert plot.getAxis("bottom")._tickLevels == [[(0, "a"), (1, "b"), (2, "c")]]
    assert plot.getAxis("left").labelText == "units"
    assert chart.note.text() == ""


def test_plotly_lines_and_an_unsupported_trace_s_note(rerunqt_pilot, write_script) -> None:
    import pyqtgraph as pg

    pilot = rerunqt_pilot(write_script(PLOTS))
    chart = box(pilot, "plotly_chart", 1)
    curves = [i for i in chart.plot.getPlotItem().listDataItems() if isinstance(i, pg.PlotDataItem)]
    assert [c.yData.tolist() for c in curves] == [[2.0, 4.0, 3.0]]
    assert chart.note.text() == "Not drawn natively: scatter3d trace"
    assert chart.note.isVisible()
    heat = box(pilot, "plotly_chart", 2)
    images = [i for i in heat.plot.getPlotItem().items if isinstance(i, pg.ImageItem)]
    assert len(images) == 1 and images[0].image.shape == (2, 2)


def test_hovering_a_plotly_bar_reads_its_category_and_value(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(PLOTS))
    chart = pilot.record(kind="plotly_chart").widget
    view = chart.plot.getPlotItem().getViewBox()
    chart.hover(view.mapViewToScene(QPointF(1, 4)))
    assert chart.readout.text() == "b  ·  second: 1"


SELECT = """
import rerunqt as st
fig = {'data': [{'type': 'scatter', 'x': [1, 2, 3], 'y': [1, 5, 3], 'mode': 'markers'}]}
event = st.plotly_chart(fig, key='chart', on_select='rerun', height=300)
st.text(repr(event.selection.point_indices))
"""


def test_clicking_a_point_selects_it_and_shift_click_adds_another(rerunqt_pilot, write_script,
                                                                  qtbot) -> None:
    from PySide6.QtCore import Qt

    pilot = rerunqt_pilot(write_script(SELECT))
    chart = box(pilot, "plotly_chart")
    view = chart.plot.getPlotItem().getViewBox()

    def click(x: float, y: float, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        spot = chart.plot.mapFromScene(view.mapViewToScene(QPointF(x, y)))
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, modifier, spot)
        pilot.settle()

    click(2, 5)
    qtbot.waitUntil(lambda: pilot.texts("text") == ["[1]"])
    assert chart.drawn.marks.getData()[0].tolist() == [2.0]  # the picked point is ringed
    click(3, 3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: pilot.texts("text") == ["[1, 2]"])
    assert pilot.window.session.state["chart"]["selection"]["points"][1]["x"] == 3
    (x0, x1), (y0, y1) = view.viewRange()
    click(x0 + (x1 - x0) * 0.02, y0 + (y1 - y0) * 0.98)  # empty space: clears
    qtbot.waitUntil(lambda: pilot.texts("text") == ["[]"])
    assert chart.drawn.marks.getData()[0].tolist() == []


def test_a_box_only_chart_runs_and_a_click_selects_nothing(rerunqt_pilot, write_script, qtbot) -> None:
    """selection_mode="box" stopped the script ("not supported yet"); it runs, and a click
    (which is not a box) leaves the selection empty, as in Streamlit."""
    from PySide6.QtCore import Qt

    pilot = rerunqt_pilot(write_script(SELECT.replace("on_select='rerun'",
                                                      "on_select='rerun', selection_mode='box'")))
    assert pilot.texts("text") == ["[]"]
    chart = box(pilot, "plotly_chart")
    view = chart.plot.getPlotItem().getViewBox()
    spot = chart.plot.mapFromScene(view.mapViewToScene(QPointF(2, 5)))
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spot)
    pilot.settle()
    assert pilot.texts("text") == ["[]"]
    assert pilot.window.session.state["chart"]["selection"]["points"] == []


COLOURED = """
import rerunqt as st
st.plotly_chart({'data': [
    {'type': 'scatter', 'mode': 'markers', 'x': [1, 2], 'y': [3, 4], 'name': 'HIGH'},
    {'type': 'scatter', 'mode': 'markers', 'x': [2, 3], 'y': [1, 2], 'name': 'LOW'}],
    'layout': {'legend': {'title': {'text': 'risk_level'}}}}, height=300)
st.plotly_chart({'data': [{'type': 'bar', 'orientation': 'h', 'x': [0.4, 0.1],
                           'y': ['Recency', 'Tenure'], 'marker': {'color': [0.4, 0.1],
                                                                  'coloraxis': 'coloraxis'}}],
                 'layout': {'coloraxis': {'colorscale': [[0, '#440154'], [1, '#fde725']],
                                          'colorbar': {'title': {'text': 'Importance'}}},
                            'yaxis': {'categoryorder': 'total ascending'}}}, height=300)
"""


def test_plotly_legend_title_and_bars_coloured_by_their_value(rerunqt_pilot, write_script) -> None:
    """plotly express' ``color=``: the legend is titled with the column (plain, above the
    entries); a numeric column colours each bar from the scale; a sorted category axis."""
    import pyqtgraph as pg

    pilot = rerunqt_pilot(write_script(COLOURED))
    legend = box(pilot, "plotly_chart", 0).plot.getPlotItem().legend
    assert legend.rq_title.text == "risk_level" and not legend.rq_title.opts.get("bold")
    assert [label.text for _, label in legend.items] == ["HIGH", "LOW"]
    plot = box(pilot, "plotly_chart", 1).plot.getPlotItem()
    (bars,) = [item for item in plot.items if isinstance(item, pg.BarGraphItem)]
    colours = [pg.mkBrush(b).color().name() for b in bars.opts["brushes"]]
    assert colours == ["#fde725", "#440154"]  # Recency the most, Tenure the least
    assert bars.opts["y"].tolist() == [1.0, 0.0]  # Recency at the top (categoryorder)
    bar = plot.rq_gradient  # the colour axis' bar, right of the data
    assert bar.isVisible() and bar.title == "Importance"
    assert (bar.stops[0].name(), bar.stops[-1].name()) == ("#440154", "#fde725")
    assert bar.labels[0].startswith("0.1") and bar.labels[-1].startswith("0.4")
    assert not hasattr(box(pilot, "plotly_chart", 0).plot.getPlotItem(), "rq_gradient")


def test_plotly_bubbles_on_a_log_axis_sit_at_their_values(rerunqt_pilot, write_script) -> None:
    """px.scatter(log_x=True, size=...): the bubbles sit where plotly puts them on the log
    axis (their raw values were placed in log space: off the axis, its range 1e-300..1e300)."""
    import pyqtgraph as pg

    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.plotly_chart({'data': [{'type': 'scatter', 'x': [100, 1000, 10000], 'y': [1, 2, 3],
                           'mode': 'markers', 'marker': {'size': [10, 20, 30]}}],
                 'layout': {'xaxis': {'type': 'log'}}})  # go.Figure's JSON: no plotly needed
"""))
    chart = pilot.record(kind="plotly_chart").widget
    plot = chart.plot.getPlotItem()
    (points,) = [item for item in plot.items if isinstance(item, pg.ScatterPlotItem)]
    assert points.getData()[0].tolist() == [2.0, 3.0, 4.0]  # log10 of 100, 1000, 10000
    low, high = plot.getViewBox().viewRange()[0]
    assert 1.0 < low < 2.0 and 4.0 < high < 5.0


def test_plotly_marker_opacity_fades_the_markers_and_the_bars(rerunqt_pilot, write_script) -> None:
    """``px.scatter(opacity=0.6)`` / ``marker=dict(opacity=.6)``: the fill is 60 % opaque."""
    import pyqtgraph as pg

    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.plotly_chart({'data': [{'type': 'scatter', 'x': [1, 2], 'y': [1, 2], 'mode': 'markers',
                           'marker': {'opacity': 0.6, 'color': '#ff0000'}},
                          {'type': 'bar', 'x': [1, 2], 'y': [2, 1], 'marker': {'opacity': 0.5}}]})
"""))
    plot = pilot.record(kind="plotly_chart").widget.plot.getPlotItem()
    (points,) = [item for item in plot.items if isinstance(item, pg.ScatterPlotItem)]
    assert round(points.opts["brush"].color().alphaF(), 2) == 0.6
    (bars,) = [item for item in plot.items if isinstance(item, pg.BarGraphItem)]
    assert round(pg.mkBrush(bars.opts["brush"]).color().alphaF(), 2) == 0.5


def test_plotly_axes_with_visible_false_are_hidden(rerunqt_pilot, write_script) -> None:
    """fig.update_xaxes(visible=False): plotly draws no axis line, ticks nor title (a
    sparkline); the other axis stays."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.plotly_chart({'data': [{'type': 'scatter', 'x': [1, 2, 3], 'y': [3, 1, 2]}],
                 'layout': {'xaxis': {'visible': False, 'title': {'text': 'hidden'}}}})
"""))
    plot = pilot.record(kind="plotly_chart").widget.plot.getPlotItem()
    assert not plot.getAxis("bottom").isVisible()
    assert plot.getAxis("left").isVisible()


def test_a_chart_wider_than_the_page_fits_it_and_a_narrower_one_keeps_its_width(
        rerunqt_pilot, write_script) -> None:
    """Streamlit: a pixel width greater than the parent container's is the container's width
    (a figure of width 1000 with width="content", its st_plotly_chart_dimensions e2e app);
    it kept 1000 px and pushed the page into a horizontal scroll bar."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
wide = {'data': [{'type': 'scatter', 'x': [1, 2], 'y': [3, 4]}],
        'layout': {'width': 1000, 'height': 300}}
st.plotly_chart(wide, width="content")
st.vega_lite_chart({"mark": "bar", "data": {"values": [{"a": 1}]}, "encoding": {"y": {"field": "a"}}},
                   width=1200)
st.plotly_chart(wide, width=300)
st.text("x")
"""))
    pilot.window.resize(800, 700)
    find = pilot.window.renderer.find
    charts = find(kind="plotly_chart") + find(kind="vega_lite_chart")
    text = pilot.record(kind="text").widget
    pilot.qtbot.waitUntil(lambda: text.width() < 800)
    pilot.settle()
    wide, narrow, vega = (record.widget for record in charts)
    assert wide.width() == vega.width() == text.width()  # the column's width
    assert narrow.width() == 300


def test_a_plotly_candlestick_draws_boxes_wicks_and_its_legend_colour(rerunqt_pilot, write_script) -> None:
    import pyqtgraph as pg

    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.plotly_chart({'data': [
    {'type': 'candlestick', 'name': 'AAPL', 'x': [1, 2], 'open': [1, 3], 'close': [2, 2.5],
     'high': [2.5, 3.5], 'low': [0.5, 2]},
    {'type': 'scatter', 'x': [1, 2], 'y': [1.5, 2.5], 'name': 'MA'}]}, height=300)
"""))
    chart = pilot.record(kind="plotly_chart").widget
    plot = chart.plot.getPlotItem()
    (bars,) = [item for item in plot.items if isinstance(item, pg.BarGraphItem)]
    assert bars.opts["y0"].tolist() == [1.0, 2.5] and bars.opts["y1"].tolist() == [2.0, 3.0]
    fills = [pg.mkBrush(b).color() for b in bars.opts["brushes"]]
    assert [(c.name(), c.alpha()) for c in fills] == [("#3d9970", 127), ("#ff4136", 127)]
    assert chart.note.text() == ""
    (name, _), _ = [(label.text, sample) for sample, label in plot.legend.items]
    assert name == "AAPL" and [label.text for _, label in plot.legend.items][1] == "MA"
    sample = plot.legend.items[0][0].item  # a swatch of the rising colour, not a grey bar
    assert pg.mkBrush(sample.opts["brush"]).color().name() == "#3d9970"


LONG_CATEGORIES = """
import rerunqt as st
names = st.text_input('names', 'Normal Market Conditions,2008 Financial Crisis,COVID-19 Crash')
c1, c2 = st.columns(2)
c1.plotly_chart({'data': [{'type': 'bar', 'x': names.split(','), 'y': [20, 76, 109]}]}, height=300)
"""


def test_plotly_category_labels_that_do_not_fit_stand_upright(rerunqt_pilot, write_script) -> None:
    """plotly.js turns category labels that would overlap; pyqtgraph left all but the
    first out. Short labels lie level again on the next run."""
    pilot = rerunqt_pilot(write_script(LONG_CATEGORIES))
    axis = box(pilot, "plotly_chart", 0).plot.getPlotItem().getAxis("bottom")
    assert axis.rotated and [t for _, t in axis._tickLevels[0]] == [
        "Normal Market Conditions", "2008 Financial Crisis", "COVID-19 Crash"]
    assert axis.height() > axis.metrics().horizontalAdvance("Normal Market Conditions")
    pilot.set_value("a,b,c", key=None, label="names")
    axis = box(pilot, "plotly_chart", 0).plot.getPlotItem().getAxis("bottom")
    assert not axis.rotated and [t for _, t in axis._tickLevels[0]] == ["a", "b", "c"]


ROW_LEGEND = """
import rerunqt as st
side = st.radio('side', ['h', 'v'], key='side')
st.plotly_chart({'data': [{'type': 'bar', 'x': ['a', 'b'], 'y': [1, 2], 'name': 'Normal Market'},
                          {'type': 'bar', 'x': ['a', 'b'], 'y': [2, 1], 'name': 'Custom Stress'}],
                 'layout': {'legend': {'orientation': side, 'y': 1.1}}}, height=300)
"""


def test_a_horizontal_plotly_legend_is_one_row_over_the_data(rerunqt_pilot, write_script) -> None:
    """``legend=dict(orientation="h", y=1.1)``: one row above the data from its left edge,
    as plotly.js; it was a column at the right, its names cut off in a narrow chart. Back
    to a vertical legend, it stands right of the data again."""
    pilot = rerunqt_pilot(write_script(ROW_LEGEND))
    plot = box(pilot, "plotly_chart", 0).plot.getPlotItem()
    legend, data = plot.legend.sceneBoundingRect(), plot.getViewBox().sceneBoundingRect()
    assert legend.bottom() <= data.top() + 1 and abs(legend.left() - data.left()) < 8
    assert [label.text for _, label in plot.legend.items] == ["Normal Market", "Custom Stress"]
    assert len({round(label.sceneBoundingRect().top()) for _, label in plot.legend.items}) == 1
    pilot.set_value("v", key="side")
    plot = box(pilot, "plotly_chart", 0).plot.getPlotItem()
    legend, data = plot.legend.sceneBoundingRect(), plot.getViewBox().sceneBoundingRect()
    assert legend.left() >= data.right() - 1
    assert plot.getAxis("top") in [plot.layout.itemAt(1, 1)]  # its cell given back
