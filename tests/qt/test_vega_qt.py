"""Vega-Lite charts on the real window: the pyqtgraph items, colours, legend, note, hover."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from rerunqt.qt.adapters.chart_draw import PALETTE
from rerunqt.qt.adapters.vega_colours import VEGA_PALETTE

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
    {'mark': 'rect', 'encoding': {'x': {'field': 'v'}}}]}, theme=None)
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
    assert bars.note.text() == ""
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
    assert layered.note.toolTip() == layered.note.text()  # the whole note, if cut short
    assert layered.note.text() == "Not drawn natively: 'rect' marks."
    (line,) = layered.drawn.items[0]
    assert line.opts["pen"].color().name() == VEGA_PALETTE[0]
    assert line.xData.tolist() == [1, 2, 3, 4]


MARKS = """
import rerunqt as st
rows = [{'v': v, 'g': g} for v, g in [(1, 'a'), (2, 'a'), (10, 'b'), (100, 'b')]]
n = st.number_input('n', 1, 10, 1, key='n')
st.vega_lite_chart({'data': {'values': rows}, 'layer': [
    {'mark': 'tick', 'encoding': {'x': {'field': 'v', 'type': 'quantitative'},
                                  'y': {'field': 'g', 'type': 'nominal'}}},
    {'mark': 'rule', 'encoding': {'x': {'datum': n}}}]})
st.vega_lite_chart({'data': {'values': rows}, 'mark': 'point', 'encoding': {
    'x': {'field': 'v', 'type': 'quantitative', 'scale': {'type': 'log'}},
    'y': {'field': 'v', 'type': 'quantitative', 'scale': {'domain': [0, 200]}}}})
"""


def test_ticks_rules_a_log_axis_a_domain_and_an_update(rerunqt_pilot, write_script) -> None:
    import pyqtgraph as pg

    pilot = rerunqt_pilot(write_script(MARKS))
    ticks, logged = charts(pilot)
    (tick,), (rule,) = ticks.drawn.items
    assert isinstance(tick, pg.ScatterPlotItem)
    # Vega-Lite's tick: a filled bar 1 px thick (it was an outlined "|", 4 px wide)
    assert tick.opts["pen"].style() == Qt.PenStyle.NoPen and tick.opts["size"] == 14
    bounds = tick.opts["symbol"].boundingRect()
    assert bounds.height() == 1 and bounds.width() == 1 / 14  # a vertical tick on a category row
    assert tick.data["y"].tolist() == [0, 0, 1, 1]  # categories "a", "b" are rows 0 and 1
    assert isinstance(rule, pg.InfiniteLine) and rule.angle == 90 and rule.value() == 1
    box = logged.plot.getPlotItem().getViewBox()
    (x0, x1), (y0, y1) = box.viewRange()
    assert logged.plot.getPlotItem().ctrl.logXCheck.isChecked()
    assert x0 < 0.1 and 1.9 < x1 < 2.2  # log10 of 1..100, a little padding
    assert (y0, y1) == (0, 200)
    drawn = ticks.drawn
    pilot.rerun()
    assert ticks.drawn is drawn  # an unchanged chart is not redrawn
    pilot.set_value(4, key="n")
    assert charts(pilot)[0].drawn.items[1][0].value() == 4


def test_the_chart_follows_the_app_theme(rerunqt_pilot, write_script, qapp) -> None:
    from rerunqt.qt.app import apply_theme

    pilot = rerunqt_pilot(write_script(SCRIPT))
    bars = charts(pilot)[0]
    try:
        apply_theme(qapp, "dark", force=True)
        pilot.qtbot.waitUntil(lambda: bars.dark)
        brush = bars.drawn.items[0][0].opts["brush"]
        assert QColor(brush).name() == PALETTE[True][0]
        assert bars.plot.getPlotItem().getAxis("left").textPen().color().lightness() > 200
    finally:
        apply_theme(qapp, "light", force=True)
    pilot.qtbot.waitUntil(lambda: not bars.dark)


def test_colour_by_a_number_shades_each_point(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
rows = [{'x': 1, 'c': 0.0}, {'x': 2, 'c': 5.0}, {'x': 3, 'c': 10.0}]
st.vega_lite_chart({'data': {'values': rows}, 'mark': 'circle', 'encoding': {
    'x': {'field': 'x', 'type': 'quantitative'}, 'y': {'field': 'x', 'type': 'quantitative'},
    'color': {'field': 'c', 'type': 'quantitative'}}})
"""))
    (points,) = charts(pilot)[0].drawn.items[0]
    shades = [point.brush().color() for point in points.points()]
    assert [c.lightness() for c in shades] == sorted((c.lightness() for c in shades), reverse=True)
    assert shades[0].name() == "#e4f5ff" and shades[2].name() == "#004280"


def test_a_discrete_y_axis_lists_its_first_category_at_the_top(rerunqt_pilot, write_script) -> None:
    # Vega-Lite's band scale on y runs top down: the gallery's horizontal "bar chart with
    # labels" reads 1565 at the top, as st.bar_chart(horizontal=True) does here.
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
rows = [{'k': 'a', 'v': 1}, {'k': 'b', 'v': 2}, {'k': 'c', 'v': 3}]
st.vega_lite_chart({'data': {'values': rows}, 'mark': 'bar', 'encoding': {
    'x': {'field': 'v', 'type': 'quantitative'}, 'y': {'field': 'k', 'type': 'ordinal'}}})
st.vega_lite_chart({'data': {'values': rows}, 'mark': 'bar', 'encoding': {
    'x': {'field': 'k', 'type': 'nominal'}, 'y': {'field': 'v', 'type': 'quantitative'}}})
"""))
    horizontal, upright = charts(pilot)
    box = horizontal.plot.getPlotItem().getViewBox()
    assert box.yInverted()
    first, last = box.mapViewToScene(QPointF(0, 0)), box.mapViewToScene(QPointF(0, 2))
    assert first.y() < last.y()  # "a" (slot 0) above "c" (slot 2)
    assert not upright.plot.getPlotItem().getViewBox().yInverted()  # numbers still grow upwards


def test_a_step_after_line_is_drawn_level_then_up_or_down(rerunqt_pilot, write_script) -> None:
    # mark_line(interpolate="step-after"), the Altair gallery's step chart
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
rows = [{'x': 0, 'y': 5}, {'x': 1, 'y': 7}, {'x': 2, 'y': 6}]
st.vega_lite_chart({'data': {'values': rows}, 'mark': {'type': 'line', 'interpolate': 'step-after'},
    'encoding': {'x': {'field': 'x', 'type': 'quantitative'}, 'y': {'field': 'y', 'type': 'quantitative'}}})
"""))
    (line,) = charts(pilot)[0].drawn.items[0]
    x, y = line.getData()
    assert x.tolist() == [0, 1, 1, 2, 2] and y.tolist() == [5, 5, 7, 7, 6]


def test_a_tick_with_size_and_thickness_is_a_solid_bar_of_those_pixels(rerunqt_pilot, write_script) -> None:
    # mark_tick(color="red", thickness=2, size=36), the Altair gallery's goals over bars:
    # a solid 36 x 2 px bar, not the outline of a small box
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
rows = [{'k': 'a', 'v': 1}, {'k': 'b', 'v': 2}]
st.vega_lite_chart({'data': {'values': rows}, 'mark': {'type': 'tick', 'color': 'red',
    'thickness': 2, 'size': 36}, 'encoding': {'x': {'field': 'k', 'type': 'nominal'},
    'y': {'field': 'v', 'type': 'quantitative'}}})
"""))
    (tick,) = charts(pilot)[0].drawn.items[0]
    assert tick.opts["size"] == 36 and tick.opts["pen"].style() == Qt.PenStyle.NoPen
    shape = tick.opts["symbol"].boundingRect()
    assert (shape.width() * 36, shape.height() * 36) == pytest.approx((36, 2))
    assert tick.opts["brush"].color().name() == "#ff0000"


def test_the_grid_is_drawn_under_the_bars(rerunqt_pilot, write_script) -> None:
    """Vega draws the grid behind the marks: a black bar shows no grey line across it
    (pyqtgraph's axes, which draw the grid, sat above the data)."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.vega_lite_chart({'data': {'values': [{'k': 'a', 'v': 10}]}, 'mark': 'bar',
    'config': {'mark': {'color': 'black'}},
    'encoding': {'x': {'field': 'k', 'type': 'nominal'}, 'y': {'field': 'v', 'type': 'quantitative'}}})
"""))
    pilot.window.resize(900, 700)
    pilot.settle()
    chart = charts(pilot)[0]
    plot = chart.plot.getPlotItem()
    grid_values = [v for level in plot.getAxis("left").tickValues(0, 10, 300) for v in level[1]]
    inside = [v for v in grid_values if 1 < v < 9]
    assert inside  # gridlines cross the bar's height
    image = chart.plot.grab().toImage()
    ratio = image.devicePixelRatio()
    for value in inside:
        scene = plot.getViewBox().mapViewToScene(QPointF(0, value))
        point = chart.plot.mapFromScene(scene)
        colour = image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))
        assert colour.value() < 40, (value, colour.name())  # the bar's black, no grid line


def test_a_bottom_legend_without_title_sits_under_the_chart(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
rows = [{'x': x, 'y': x * k, 'c': c} for x in (1, 2, 3) for k, c in ((1, 'A'), (2, 'B'))]
st.vega_lite_chart({'data': {'values': rows}, 'mark': 'line', 'encoding': {
    'x': {'field': 'x', 'type': 'quantitative'}, 'y': {'field': 'y', 'type': 'quantitative'},
    'color': {'field': 'c', 'type': 'nominal', 'legend': {'orient': 'bottom', 'title': None}}}})
"""))
    plot = charts(pilot)[0].plot.getPlotItem()
    legend = plot.legend
    assert legend.isVisible() and [label.text for _, label in legend.items] == ["A", "B"]
    assert getattr(legend, "rq_title", None) is None  # title=None: no title row
    view = plot.getViewBox().sceneBoundingRect()
    assert legend.sceneBoundingRect().top() >= view.bottom()  # under the data, not beside it


def test_a_composed_chart_shows_every_view_stacked_and_side_by_side(rerunqt_pilot, write_script) -> None:
    """vconcat / hconcat: each view in a box of its own (the first one only, before)."""
    from rerunqt.qt.adapters.vega import VegaBox

    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
rows = [{'x': i, 'y': i * i} for i in range(5)]
line = {'mark': 'line', 'encoding': {'x': {'field': 'x', 'type': 'quantitative'},
                                     'y': {'field': 'y', 'type': 'quantitative'}}}
bar = {'mark': 'bar', 'width': 80, 'encoding': {'x': {'field': 'x', 'type': 'ordinal'},
                                                'y': {'field': 'y', 'type': 'quantitative'}}}
st.vega_lite_chart({'data': {'values': rows}, 'vconcat': [
    dict(line, height=100), {'hconcat': [line, bar]}]})
"""))
    chart = charts(pilot)[0]
    assert not chart.plot.isVisible() and chart.note.text() == ""
    boxes = chart.panes.findChildren(VegaBox)
    assert len(boxes) == 3 and all(box.isVisible() and box.drawn is not None for box in boxes)
    top, left, right = sorted(boxes, key=lambda b: (b.mapTo(chart, b.rect().topLeft()).y(),
                                                     b.mapTo(chart, b.rect().topLeft()).x()))
    assert top.mapTo(chart, top.rect().bottomLeft()).y() < left.mapTo(chart, left.rect().topLeft()).y()
    assert left.mapTo(chart, left.rect().topRight()).x() < right.mapTo(chart, right.rect().topLeft()).x()
    assert right.width() < left.width()  # width=80 against Vega-Lite's default 300
    assert [m.kind for m in right.drawn.plot.marks] == ["bar"]
    assert chart.height() >= chart.panes.height() >= 100 + 20 + 300


def test_a_composed_chart_s_title_is_shown_above_its_views(rerunqt_pilot, write_script) -> None:
    """alt.vconcat(..., title=...) showed its views without the title."""
    from PySide6.QtWidgets import QLabel

    from rerunqt.qt.adapters.vega import VegaBox

    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
rows = [{'x': i, 'y': i * i} for i in range(5)]
line = {'mark': 'line', 'height': 80, 'encoding': {'x': {'field': 'x', 'type': 'quantitative'},
                                                   'y': {'field': 'y', 'type': 'quantitative'}}}
st.vega_lite_chart({'data': {'values': rows}, 'title': 'Both views', 'vconcat': [line, line]})
"""))
    chart = charts(pilot)[0]
    (title,) = [label for label in chart.panes.findChildren(QLabel) if label.text() == "Both views"]
    assert title.isVisible() and "bold" in title.styleSheet()
    first = min(chart.panes.findChildren(VegaBox), key=lambda b: b.mapTo(chart, b.rect().topLeft()).y())
    assert title.mapTo(chart, title.rect().bottomLeft()).y() <= first.mapTo(chart, first.rect().topLeft()).y()
    assert chart.accessibleName() == "Both views"


def test_a_chart_with_on_select_is_drawn_and_the_script_goes_on(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
spec = {'data': {'values': [{'x': 1, 'y': 2}, {'x': 2, 'y': 3}]}, 'mark': 'point',
        'params': [{'name': 'pick', 'select': 'point'}],
        'encoding': {'x': {'field': 'x', 'type': 'quantitative'},
                     'y': {'field': 'y', 'type': 'quantitative'}}}
event = st.vega_lite_chart(spec, on_select='rerun', key='chart')
st.text(str(event))
st.vega_lite_chart(spec, key='still')
"""))
    assert pilot.texts("text") == ["{'selection': {'pick': {}}}"]
    first, second = charts(pilot)
    assert first.drawn is not None and second.drawn is not None
    assert [m.kind for m in first.drawn.plot.marks] == ["point"]


def test_a_title_sits_at_the_start_in_streamlit_s_theme_and_centred_in_vega_s(
        rerunqt_pilot, write_script) -> None:
    # Streamlit's chart theme sets title anchor "start": alt.Chart(...).properties(title=...)
    # is drawn over the left of the chart; theme=None keeps Vega's centred title
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
rows = [{'x': 0, 'y': 5}, {'x': 1, 'y': 7}]
spec = {'title': 'Sales', 'mark': 'line', 'encoding': {'x': {'field': 'x', 'type': 'quantitative'},
        'y': {'field': 'y', 'type': 'quantitative'}}}
st.vega_lite_chart(rows, spec)
st.vega_lite_chart(rows, spec, theme=None)
st.vega_lite_chart(rows, {'title': 'Share', 'mark': 'arc', 'encoding': {
    'theta': {'field': 'y', 'type': 'quantitative'}, 'color': {'field': 'x', 'type': 'nominal'}}})
"""))
    themed, vega, pie = (chart.plot.getPlotItem().titleLabel for chart in charts(pilot))
    assert themed.text == vega.text == "Sales" and pie.text == "Share"
    assert themed.opts["justify"] == pie.opts["justify"] == "left"
    assert vega.opts["justify"] == "center"


LABELLED = """
import rerunqt as st
rows = [{'a': a, 'b': b} for a, b in [('A', 28), ('B', 55), ('C', 100)]]
bars = {'mark': 'bar', 'encoding': {'x': {'field': 'b', 'type': 'quantitative'},
                                    'y': {'field': 'a', 'type': 'nominal'}}}
text = {'mark': {'type': 'text', 'align': 'left', 'dx': 3},
        'encoding': {**bars['encoding'], 'text': {'field': 'b', 'type': 'quantitative'}}}
st.vega_lite_chart(rows, {'layer': [bars, text]})
"""


def test_bar_labels_keep_the_scale_and_get_room_past_its_end(rerunqt_pilot, write_script) -> None:
    # The gallery's "bar chart with labels": Vega-Lite's x scale stays 0..100 (no -10..110
    # ticks) and the label beside the longest bar is fitted into the chart by a margin.
    pilot = rerunqt_pilot(write_script(LABELLED))
    chart = charts(pilot)[0]
    chart.plot.resize(600, 300)
    pilot.settle()
    item = chart.plot.getPlotItem()
    assert item.getViewBox().viewRange()[0] == [0, 100]
    right = item.layout.getContentsMargins()[2]
    assert right >= 10  # "100" at the end of the scale, 3 px past it


MEAN_LABEL = """
import rerunqt as st
rows = [{'t': t, 'v': v} for t, v in [(1700000000000, 10), (1700086400000, 30)]]
line = {'mark': 'line', 'encoding': {'x': {'field': 't', 'type': 'temporal'},
                                     'y': {'field': 'v', 'type': 'quantitative'}}}
label = {'mark': 'text', 'encoding': {'y': {'field': 'v', 'aggregate': 'mean', 'type': 'quantitative'},
                                      'text': {'field': 'v', 'aggregate': 'mean', 'type': 'quantitative'}}}
st.vega_lite_chart(rows, {'layer': [line, label]})
"""


def test_a_text_mark_without_x_sits_mid_plot_and_keeps_the_time_scale(rerunqt_pilot, write_script) -> None:
    # A mean's label layered on a date line (mark_text with only y): Vega-Lite puts it at
    # width / 2; it was at x = 0, which stretched the time axis back to 1970.
    pilot = rerunqt_pilot(write_script(MEAN_LABEL))
    chart = charts(pilot)[0]
    (x0, x1), _ = chart.plot.getPlotItem().getViewBox().viewRange()
    assert 1.69e9 < x0 < x1 < 1.71e9
    (text,) = chart.drawn.items[1]
    assert (text.pos().x(), text.pos().y()) == ((x0 + x1) / 2, 20)


def test_a_rect_heatmap_draws_one_shaded_cell_per_row(rerunqt_pilot, write_script) -> None:
    import pyqtgraph as pg

    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
rows = [{'x': x, 'y': y, 'z': x * n} for x in (1, 2, 3) for y, n in (('a', 1), ('b', 2))]
st.vega_lite_chart(rows, {'mark': 'rect', 'encoding': {'x': {'field': 'x', 'type': 'ordinal'},
    'y': {'field': 'y', 'type': 'nominal'}, 'color': {'field': 'z', 'type': 'quantitative'}}})
"""))
    chart = charts(pilot)[0]
    assert chart.note.text() == ""
    (cells,) = chart.drawn.items[0]
    assert isinstance(cells, pg.BarGraphItem) and cells.opts["width"] == 1.0 == cells.opts["height"]
    shades = [pg.mkBrush(b).color().lightness() for b in cells.opts["brushes"]]
    assert len(shades) == 6 and shades[0] > shades[-1]  # 1 * "a" lightest, 3 * "b" darkest


def test_a_facet_panel_s_height_is_its_data_area(rerunqt_pilot, write_script) -> None:
    # .properties(height=150).facet(column="h"): Vega-Lite draws 150 px of data in each panel
    # with the axis and the panel title around it; the whole panel was 150 px, so the x axis'
    # labels were cut off.
    from rerunqt.qt.adapters.vega import VegaBox

    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
rows = [{'x': i, 'y': i % 3, 'h': 'pq'[i % 2]} for i in range(10)]
st.vega_lite_chart({'data': {'values': rows}, 'facet': {'column': {'field': 'h', 'type': 'nominal'}},
    'spec': {'mark': 'point', 'height': 150, 'encoding': {
        'x': {'field': 'x', 'type': 'quantitative'}, 'y': {'field': 'y', 'type': 'quantitative'}}}})
"""))
    boxes = charts(pilot)[0].panes.findChildren(VegaBox)
    assert len(boxes) == 2
    for box in boxes:
        assert 140 <= box.plot.getPlotItem().getViewBox().height() <= 170


def test_a_colour_scheme_shades_the_marks_and_the_gradient(rerunqt_pilot, write_script) -> None:
    import pyqtgraph as pg

    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
rows = [{'x': x, 'z': x} for x in (1, 2, 3)]
st.vega_lite_chart(rows, {'mark': 'point', 'encoding': {'x': {'field': 'x', 'type': 'quantitative'},
    'y': {'field': 'x', 'type': 'quantitative'},
    'color': {'field': 'z', 'type': 'quantitative', 'scale': {'scheme': 'viridis'}}}})
"""))
    (points,) = charts(pilot)[0].drawn.items[0]
    shades = [pg.mkPen(pen).color().name() for pen in points.data["pen"]]  # open circles
    assert shades[0] == "#440154" and shades[-1] == "#fde725"  # viridis, not the theme's blues
