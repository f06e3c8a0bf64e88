"""Vega-Lite axes a chart turns off: ``axis=None`` draws no axis, ``alt.Axis(labels=False)``
the axis without its numbers or names (Altair's dot-dash plot); both drew every label."""

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
