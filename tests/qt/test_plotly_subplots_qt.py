"""plotly subplots on the window: each subplot its own plot area at its domain (not every
trace on one set of axes), a secondary y axis on the right, picking in a subplot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
grid = {"data": [{"type": "scatter", "x": [1, 2, 3], "y": [1, 5, 3], "mode": "markers"},
                 {"type": "scatter", "x": [100, 200], "y": [7000, 9000], "xaxis": "x2",
                  "yaxis": "y2", "mode": "markers"}],
        "layout": {"xaxis": {"anchor": "y", "domain": [0.0, 0.45]},
                   "yaxis": {"anchor": "x", "domain": [0.0, 1.0]},
                   "xaxis2": {"anchor": "y2", "domain": [0.55, 1.0]},
                   "yaxis2": {"anchor": "x2", "domain": [0.0, 1.0]},
                   "annotations": [{"text": "Right one", "x": 0.775, "y": 1.0, "xref": "paper",
                                    "yref": "paper", "yanchor": "bottom", "showarrow": False}]}}
event = st.plotly_chart(grid, key="grid", on_select="rerun", height=300)
st.text(repr(event.selection.points[0]["curve_number"] if event.selection.points else None))
twin = {"data": [{"type": "scatter", "x": [1, 2, 3], "y": [40, 50, 60]},
                 {"type": "scatter", "x": [2, 3, 4], "y": [4, 5, 6], "yaxis": "y2"}],
        "layout": {"xaxis": {"anchor": "y", "domain": [0.0, 0.94]},
                   "yaxis": {"anchor": "x", "domain": [0.0, 1.0]},
                   "yaxis2": {"anchor": "x", "overlaying": "y", "side": "right",
                              "title": {"text": "second"}}}}
st.plotly_chart(twin, height=300)
"""


def _charts(pilot):
    return [r.widget for r in pilot.window.renderer.find(kind="plotly_chart")]


def test_each_subplot_is_drawn_on_its_own_axes_side_by_side(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    grid, _ = _charts(pilot)
    (left, first), (right, second) = grid.drawn.areas
    assert first == {0} and second == {1}
    lbox, rbox = left.getViewBox(), right.getViewBox()
    assert lbox.sceneBoundingRect().right() < rbox.sceneBoundingRect().left()  # side by side
    assert rbox.viewRange()[1][0] > 1000  # the right one's own y axis (7000 to 9000)
    assert lbox.viewRange()[1][1] < 10
    texts = [t for t, _, _ in grid.plot.getPlotItem().rq_areas.texts]
    assert [t.textItem.toPlainText() for t in texts] == ["Right one"]
    assert rbox.sceneBoundingRect().left() < texts[0].scenePos().x() < rbox.sceneBoundingRect().right()


def test_a_click_in_the_second_subplot_picks_its_point(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    grid, _ = _charts(pilot)
    right = grid.drawn.areas[1][0].getViewBox()
    spot = grid.plot.mapFromScene(right.mapViewToScene(QPointF(200, 9000)))
    qtbot.mouseClick(grid.plot.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, spot)
    pilot.settle()
    qtbot.waitUntil(lambda: pilot.texts("text") == ["1"])


def test_a_secondary_y_axis_is_on_the_right_over_the_same_x(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    _, twin = _charts(pilot)
    (under, _), (over, _) = twin.drawn.areas
    assert over.getAxis("right").isVisible() and not over.getAxis("left").isVisible()
    assert over.getAxis("right").labelText == "second"
    assert over.getViewBox().viewRange()[1][1] < 10 < under.getViewBox().viewRange()[1][0]
    low, high = under.getViewBox().viewRange()[0]
    assert low <= 1 and high >= 4  # the shared x axis spans both traces' x


MIXED = """
import rerunqt as st
st.plotly_chart({"data": [{"type": "scatter", "x": [1, 2], "y": [2, 3]},
                          {"type": "pie", "values": [1, 2], "labels": ["a", "b"],
                           "domain": {"x": [0.55, 1.0], "y": [0.0, 1.0]}},
                          {"type": "bar", "x": ["a"], "y": [3], "xaxis": "x2", "yaxis": "y2"}],
                 "layout": {"xaxis": {"domain": [0, 0.45]}, "yaxis": {"domain": [0.55, 1]},
                            "xaxis2": {"domain": [0, 0.45], "anchor": "y2"},
                            "yaxis2": {"domain": [0, 0.45], "anchor": "x2"}}}, height=400)
"""


def test_a_pie_cell_is_drawn_beside_the_subplots(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(MIXED))
    chart = pilot.record(kind="plotly_chart").widget
    assert len(chart.drawn.areas) == 2 and chart.drawn.domain is not None
    (_, cx, cy, _), = chart.drawn.domain.placed
    box = chart.plot.getPlotItem().getViewBox()
    centre = box.mapViewToScene(QPointF(cx, cy))
    left_area = chart.drawn.areas[0][0].getViewBox().sceneBoundingRect()
    assert centre.x() > left_area.right()  # in the right half, where its domain puts it
    assert [label.text for _, label in chart.plot.getPlotItem().legend.items][-2:] == ["a", "b"]
    assert chart.note.text() == ""


FACET_ROW = """
import rerunqt as st
st.plotly_chart({"data": [{"type": "scatter", "x": [1, 2], "y": [1, 2]}],
                 "layout": {"xaxis": {"domain": [0, 0.98]},
                            "annotations": [{"text": "time=Lunch", "textangle": 90, "x": 0.98,
                                             "xanchor": "left", "y": 0.5, "yanchor": "middle",
                                             "xref": "paper", "yref": "paper",
                                             "showarrow": False}]}}, height=300)
"""


def test_a_facet_row_label_stands_turned_right_of_its_row(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(FACET_ROW))
    plot = pilot.record(kind="plotly_chart").widget.plot.getPlotItem()
    (text, _, _), = plot.rq_areas.texts
    box = plot.getViewBox().sceneBoundingRect()
    placed = text.sceneBoundingRect()
    assert placed.height() > placed.width()  # turned upright
    assert placed.left() >= box.left() + 0.98 * box.width() - 1  # right of x=0.98, not across it
    assert abs(placed.center().y() - box.center().y()) < 2  # centred on the row
