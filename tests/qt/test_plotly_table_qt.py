"""A plotly table on the real window: cells painted in their fills, texts, scrolling, read-out."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtWidgets import QGraphicsSceneWheelEvent

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
rows = list(range(40))
head = {'values': ['<b>n</b>', 'twice'], 'fill': {'color': '#ff0000'}}
st.plotly_chart({'data': [{'type': 'table', 'header': head,
                           'cells': {'values': [rows, [2 * r for r in rows]],
                                     'fill': {'color': [['#00ff00', '#0000ff']]}}}]}, height=300)
"""


def texts(widget: Any) -> list[str]:
    return [i.textItem.toPlainText() for i in widget.plot.getPlotItem().items if isinstance(i, pg.TextItem)]


def test_a_table_paints_its_header_and_rows_and_scrolls_with_the_wheel(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    chart = pilot.window.renderer.find(kind="plotly_chart")[0].widget
    assert chart.note.text() == ""
    drawn = chart.drawn.domain.others[0]
    box = chart.plot.getPlotItem().getViewBox()
    x0, _, _, y1 = drawn.rect
    image = chart.plot.grab().toImage()

    def colour_at(x: float, y: float) -> str:
        at = chart.plot.mapFromScene(box.mapViewToScene(QPointF(x, y)))
        return image.pixelColor(at.x(), at.y()).name()

    px = 1 / drawn.unit_px
    assert colour_at(x0 + 4 * px, y1 - 4 * px) == "#ff0000"  # the header
    assert colour_at(x0 + 4 * px, y1 - (28 + 4) * px) == "#00ff00"  # the first row
    assert colour_at(x0 + 4 * px, y1 - (28 + 24) * px) == "#0000ff"  # the second
    shown = texts(chart)
    assert "n" in shown and "twice" in shown and "0" in shown
    assert "78" not in shown  # rows past the chart's height are not drawn
    assert 0 < drawn.visible_rows < 40
    catcher = next(i for i in drawn.items if type(i).__name__ == "_WheelCatcher")
    wheel = QGraphicsSceneWheelEvent(QEvent.Type.GraphicsSceneWheel)
    wheel.setDelta(-120)  # one notch down: three rows
    catcher.wheelEvent(wheel)
    assert drawn.first == 3 and wheel.isAccepted()
    assert drawn.scroll(100) and drawn.first == 40 - drawn.visible_rows
    assert "78" in texts(chart) and "0" not in texts(chart)
    assert not drawn.scroll(1)  # already at the end
    chart.hover(box.mapViewToScene(QPointF(x0 + 4 * px, y1 - (28 + 4) * px)))
    assert chart.readout.text() == f"n: {drawn.first}"
