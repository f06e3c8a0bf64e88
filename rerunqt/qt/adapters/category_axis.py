"""A bottom axis whose category labels can stand upright (Vega-Lite's labelAngle 270).

Vega-Lite turns discrete x labels to 270 degrees; Streamlit's charts show them level
while they fit and upright when they do not, each label whole up to ``labelLimit``
(180 px) and ending at its tick. pyqtgraph's axis only draws level text (it elides or
skips what overlaps), so when ``rotated`` is set this axis draws the labels of its
first tick level itself, turned, and grows tall enough to hold the longest one.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetrics


class CategoryAxis(pg.AxisItem):
    """pg.AxisItem that can draw its labels turned 270 degrees (reading upwards)."""

    def __init__(self, orientation: str, **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.rotated = False

    def metrics(self) -> QFontMetrics:
        return QFontMetrics(self.style.get("tickFont") or self.font())

    def set_rotated(self, rotated: bool, labels: list[str]) -> None:
        """Turn the labels upright (and make room for the longest), or back to level."""
        if rotated:
            longest = max((self.metrics().horizontalAdvance(t) for t in labels), default=0)
            height = longest + self.style["tickTextOffset"][1] + max(0, self.style["tickLength"]) + 4
            if self.label.isVisible():
                height += int(self.label.boundingRect().height() * 0.8)
            if not self.rotated or self.fixedHeight != height:
                self.rotated = True
                self.setHeight(height)
                self.picture = None
                self.update()
        elif self.rotated:
            self.rotated = False
            self.setHeight(None)
            self.picture = None
            self.update()

    def drawPicture(self, p: Any, axisSpec: Any, tickSpecs: Any, textSpecs: Any) -> None:
        if not self.rotated or self.orientation != "bottom":
            super().drawPicture(p, axisSpec, tickSpecs, textSpecs)
            return
        super().drawPicture(p, axisSpec, tickSpecs, [])
        view = self.linkedView()
        levels = getattr(self, "_tickLevels", None)
        if view is None or not levels:
            return
        metrics = self.metrics()
        top = max(0, self.style["tickLength"]) + self.style["tickTextOffset"][1]
        low, high = view.viewRange()[0]
        for value, text in levels[0]:
            if not low <= value <= high:
                continue
            x = self.mapFromScene(view.mapViewToScene(QPointF(value, 0))).x()
            width = metrics.horizontalAdvance(text) + 2
            p.save()
            p.translate(x, top)
            p.rotate(-90)  # reading upwards, the label's end at its tick
            p.drawText(QRectF(-width, -metrics.height() / 2, width, metrics.height()),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
            p.restore()


def category_axis(plot: Any, side: str) -> CategoryAxis:
    """The plot's ``side`` axis as a CategoryAxis (swapped in once; the caller styles it)."""
    axis = plot.getAxis(side)
    if not isinstance(axis, CategoryAxis):
        plot.setAxisItems({side: CategoryAxis(side)})
        axis = plot.getAxis(side)
    assert isinstance(axis, CategoryAxis)
    return axis


__all__ = ["CategoryAxis", "category_axis"]
