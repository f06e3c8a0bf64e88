"""Treemaps, icicles and sunbursts drawn in their domain (the square-unit view of DomainLayout).

The tree and its values, colours and sunburst angles were settled in core
(plotly_hierarchy); treemap and icicle boxes are laid out here for the domain's size in
pixels (core/hierarchy_layout), so they are squarified for the shape actually shown.
Parents fade towards the page as plotly.js' ``marker.depthfade`` does.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFontMetricsF

from rerunqt.core.hierarchy_layout import icicle, treemap
from rerunqt.core.plotly_hierarchy import Hierarchy, Node, path_of
from rerunqt.qt.adapters.chart_draw import PAGE
from rerunqt.qt.adapters.shape_draw import path_item, readable_on, ring, text_item

FONT_PX = 12  # plotly's textfont.size


def _over(front: QColor, back: QColor) -> QColor:
    """plotly's Color.combine: ``front`` (with its alpha) laid over an opaque ``back``."""
    a = front.alphaF()
    def mix(f: float, b: float) -> float:
        return f * a + b * (1 - a)

    return QColor.fromRgbF(mix(front.redF(), back.redF()), mix(front.greenF(), back.greenF()),
                           mix(front.blueF(), back.blueF()), 1.0)


def fill_of(node: Node, color_of: Callable[[Any], QColor], dark: bool) -> QColor:
    """The node's colour on the page, faded ``node.fade`` steps towards it (plotly's depthfade)."""
    page = QColor(PAGE[dark])
    given = color_of(node)
    given.setAlphaF(given.alphaF() * node.opacity)
    color = _over(given, page)
    if node.fade > 0:
        veil = QColor(page)
        veil.setAlphaF(0.75)
        faded = _over(veil, color)
        for i in range(node.fade):
            step = QColor(faded)
            step.setAlphaF(0.5 * i / node.fade)
            color = _over(step, color)
    return color


def _fits(text: str, width: float, height: float, size: int = FONT_PX) -> bool:
    font = pg.QtGui.QFont()
    font.setPixelSize(size)
    metrics = QFontMetricsF(font)
    lines = text.split("\n")
    return max(metrics.horizontalAdvance(line) for line in lines) + 8 <= width \
        and metrics.height() * len(lines) + 4 <= height


def _elided(text: str, width: float) -> str:
    font = pg.QtGui.QFont()
    font.setPixelSize(FONT_PX)
    shown = QFontMetricsF(font).elidedText(text, pg.QtCore.Qt.TextElideMode.ElideRight, max(width, 0.0))
    return shown if shown not in ("…", "") else ""


class DrawnHierarchy:
    """The items of one hierarchy trace and what is under a point (for the read-out)."""

    def __init__(self, tree: Hierarchy) -> None:
        self.tree = tree
        self.items: list[Any] = []
        self.boxes: list[tuple[tuple[float, float, float, float], Node]] = []  # view units
        self.centre = (0.0, 0.0, 0.0)  # a sunburst's centre and radius

    def node_at(self, x: float, y: float) -> Node | None:
        if self.tree.kind == "sunburst":
            cx, cy, radius = self.centre
            r = math.hypot(x - cx, y - cy) / (radius or 1)
            angle = math.degrees(math.atan2(y - cy, x - cx))
            for node in self.tree.shown:
                if node.ring is not None and node.ring[0] <= r < node.ring[1] \
                        and (angle - node.ring[2]) % 360 <= node.ring[3] - node.ring[2]:
                    return node
            return None
        found = None
        for (x0, y0, x1, y1), node in self.boxes:  # the deepest box under the point
            if x0 <= x <= x1 and y0 <= y <= y1:
                found = node
        return found

    def describe_at(self, x: float, y: float) -> str | None:
        node = self.node_at(x, y)
        if node is None:
            return None
        parent = node.parent
        share = f" ({node.value / parent.value:.0%} of {parent.label})" \
            if parent is not None and parent.index >= 0 and parent.value else ""
        where = path_of(node) if parent is not None and parent.index >= 0 else ""
        return f"{where}{node.label}  ·  {node.value:g}{share}"


def draw_hierarchy(plot: Any, tree: Hierarchy, rect: tuple[float, float, float, float], unit_px: float,
                   color_of: Callable[[Any], QColor], dark: bool) -> DrawnHierarchy:
    """Draw ``tree`` in ``rect`` (x0, x1, y0, y1 in view units; one unit is ``unit_px``)."""
    drawn = DrawnHierarchy(tree)
    if tree.kind == "sunburst":
        _sunburst(plot, drawn, rect, unit_px, color_of, dark)
        return drawn
    x0, x1, y0, y1 = rect
    width, height = (x1 - x0) * unit_px, (y1 - y0) * unit_px
    (treemap if tree.kind == "treemap" else icicle)(tree, width, height)
    edge = pg.mkPen(PAGE[dark], width=1)
    nodes = tree.shown if tree.implied else [tree.root] + [n for n in tree.shown if n is not tree.root]
    for node in nodes:
        if node.rect is None or node.rect[2] - node.rect[0] <= 0 or node.rect[3] - node.rect[1] <= 0:
            continue
        a, b, c, d = node.rect
        box = (x0 + a / unit_px, y1 - d / unit_px, x0 + c / unit_px, y1 - b / unit_px)
        fill = fill_of(node, color_of, dark)
        item = path_item([(box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])], fill, edge)
        plot.addItem(item)
        drawn.items.append(item)
        drawn.boxes.append((box, node))
        header = tree.kind == "treemap" and bool(node.children) and any(ch.rect for ch in node.children)
        text = node.text.replace("\n", " ") if header else node.text
        room = (c - a, tree.pad[0] if header else d - b)
        if header and text:  # cut to the box's width as plotly trims a header's label ("Satur…")
            text = _elided(text, c - a - 8)
        if text and _fits(text, *room):
            label = text_item(text, readable_on(fill), FONT_PX, (0.0, 0.0))
            label.setPos(box[0] + 3 / unit_px, box[3] - 2 / unit_px)
            plot.addItem(label)
            drawn.items.append(label)
    return drawn


def _sunburst(plot: Any, drawn: DrawnHierarchy, rect: tuple[float, float, float, float], unit_px: float,
              color_of: Callable[[Any], QColor], dark: bool) -> None:
    x0, x1, y0, y1 = rect
    radius = min(x1 - x0, y1 - y0) / 2 * 0.95
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    drawn.centre = (cx, cy, radius)
    edge = pg.mkPen(PAGE[dark], width=1)
    for node in drawn.tree.shown:
        if node.ring is None or node.ring[3] - node.ring[2] <= 0:
            continue
        inner, outer, start, end = node.ring
        fill = fill_of(node, color_of, dark)
        whole = end - start >= 359.999
        points = ring(cx, cy, inner * radius, outer * radius, start, end)
        item = path_item(points, fill, None if whole and inner == 0 else edge)
        plot.addItem(item)
        drawn.items.append(item)
        _sector_label(plot, drawn, node, fill, (cx, cy, radius), unit_px)


def _sector_label(plot: Any, drawn: DrawnHierarchy, node: Node, fill: QColor,
                  centre: tuple[float, float, float], unit_px: float) -> None:
    """The label where it fits: level across the sector, else along its radius (plotly's
    ``insidetextorientation="auto"``), else none."""
    if not node.text or node.ring is None:
        return
    cx, cy, radius = centre
    inner, outer, start, end = node.ring
    span = math.radians(end - start)
    depth_px = (outer - inner) * radius * unit_px
    if inner == 0 and end - start >= 359.9:  # the centre disc
        at, across, thick = 0.0, 2 * outer * radius * unit_px, 2 * outer * radius * unit_px
    else:
        at = (inner + outer) / 2 if inner else outer * 0.6
        across = min(at * radius * unit_px * span, 2 * at * radius * unit_px)
        thick = depth_px
    mid = math.radians((start + end) / 2)
    for size in (FONT_PX, 10, 8):  # plotly shrinks a label to fit its sector
        angle = None
        if _fits(node.text, across, thick, size):
            angle = 0.0
        elif at > 0 and _fits(node.text, depth_px, min(across, 200), size):
            angle = math.degrees(mid) + (180 if 90 < math.degrees(mid) % 360 < 270 else 0)
        if angle is not None:
            break
    else:
        return
    label = text_item(node.text, readable_on(fill), size, (0.5, 0.5))
    label.setPos(cx + at * radius * math.cos(mid), cy + at * radius * math.sin(mid))
    if angle:
        label.setAngle(angle)
    plot.addItem(label)
    drawn.items.append(label)


__all__ = ["DrawnHierarchy", "draw_hierarchy", "fill_of"]
