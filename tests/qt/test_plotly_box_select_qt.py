"""Box and lasso selection on a plotly chart in the window: a left drag draws the shape and
selects the points inside, and the state lists the shape, as Streamlit's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
fig = {"data": [{"type": "scatter", "x": [1, 2, 3, 4], "y": [1, 4, 2, 3], "mode": "markers"}]}
event = st.plotly_chart(fig, key="chart", on_select="rerun", selection_mode=%r, height=300)
st.text(repr(event.selection.point_indices))
st.text(repr([b["x"] for b in event.selection.box]))
st.text(repr([l["x"] for l in event.selection.lasso]))
"""


def _drag(qtbot, chart, path) -> None:
    from PySide6.QtTest import QTest

    view = chart.plot.getPlotItem().getViewBox()
    spots = [chart.plot.mapFromScene(view.mapViewToScene(QPointF(x, y))) for x, y in path]
    port = chart.plot.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spots[0])
    for spot in spots[1:]:
        QTest.mouseMove(port, spot)
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spots[-1])


def test_a_box_drag_selects_the_points_inside(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT % ("box",)))
    chart = pilot.record(kind="plotly_chart").widget
    view = chart.plot.getPlotItem().getViewBox()
    before = view.viewRange()
    (_, _), (y0, y1) = before
    low, high = y0 + (y1 - y0) * 0.02, y1 - (y1 - y0) * 0.02  # the whole height, inside the view
    _drag(qtbot, chart, [(1.5, low), (2.5, 2.5), (3.5, high)])
    pilot.settle()
    qtbot.waitUntil(lambda: pilot.texts("text")[0] == "[1, 2]")
    (left, right), = eval(pilot.texts("text")[1])  # the box's x, as far as a pixel goes
    assert left == pytest.approx(1.5, abs=0.01) and right == pytest.approx(3.5, abs=0.01)
    assert view.viewRange() == before  # the drag selected; it did not pan


def test_a_lasso_drag_selects_inside_its_path(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT % (["lasso"],)))
    chart = pilot.record(kind="plotly_chart").widget
    _drag(qtbot, chart, [(0.9, 0.9), (1.8, 0.9), (0.9, 1.8)])  # a triangle round (1, 1)
    pilot.settle()
    qtbot.waitUntil(lambda: pilot.texts("text")[0] == "[0]")
    (path,) = eval(pilot.texts("text")[2])  # the lasso's x values, as Streamlit lists them
    assert len(path) == 3 and path[0] == pytest.approx(0.9, abs=0.01)


def test_without_box_or_lasso_a_drag_pans(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT % ("points",)))
    chart = pilot.record(kind="plotly_chart").widget
    view = chart.plot.getPlotItem().getViewBox()
    before = view.viewRange()
    _drag(qtbot, chart, [(1.5, 1.5), (2.0, 2.0), (2.5, 2.5)])
    pilot.settle()
    assert view.viewRange() != before
    assert pilot.texts("text")[0] == "[]"
