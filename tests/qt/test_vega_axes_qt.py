"""Altair's dot-dash plot in the window: the axes it turns off (``axis=None`` draws no axis,
``alt.Axis(labels=False)`` the axis without its numbers or names; both drew every label)
and its views side by side, lined up at the top."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
rows = [{'k': 'a', 'v': 1}, {'k': 'b', 'v': 2}, {'k': 'c', 'v': 3}]
st.vega_lite_chart({'data': {'values': rows}, 'mark': 'bar', 'encoding': {
    'x': {'field': 'k', 'type': 'nominal', 'axis': None},
    'y': {'field': 'v', 'type': 'quantitative', 'axis': {'labels': False}}}})
st.vega_lite_chart({'data': {'values': rows}, 'mark': 'bar', 'encoding': {
    'x': {'field': 'k', 'type': 'nominal'}, 'y': {'field': 'v', 'type': 'quantitative'}}})
"""


def test_axis_none_hides_the_axis_and_labels_false_its_values(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    bare, plain = (record.widget.plot.getPlotItem()
                   for record in pilot.window.renderer.find(kind="vega_lite_chart"))
    assert not bare.getAxis("bottom").isVisible()
    assert bare.getAxis("left").isVisible() and not bare.getAxis("left").style["showValues"]
    assert plain.getAxis("bottom").isVisible() and plain.getAxis("bottom").style["showValues"]
    assert plain.getAxis("left").style["showValues"]


def test_views_side_by_side_line_up_at_the_top(rerunqt_pilot, write_script) -> None:
    """Vega-Lite's hconcat aligns its views' tops: a short view beside a tall column of two
    (Altair's dot-dash plot) sat centred, halfway down."""
    from rerunqt.qt.adapters.vega import VegaBox

    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
rows = [{'x': i, 'y': i * i} for i in range(5)]
line = {'mark': 'line', 'encoding': {'x': {'field': 'x', 'type': 'quantitative'},
                                     'y': {'field': 'y', 'type': 'quantitative'}}}
st.vega_lite_chart({'data': {'values': rows}, 'hconcat': [dict(line, height=100),
                                                          {'vconcat': [line, line]}]})
"""))
    chart = pilot.window.renderer.find(kind="vega_lite_chart")[0].widget
    boxes = chart.panes.findChildren(VegaBox)
    short = min(boxes, key=lambda box: box.height())
    tops = sorted(box.mapTo(chart, box.rect().topLeft()).y() for box in boxes)
    assert short.mapTo(chart, short.rect().topLeft()).y() == tops[0]
