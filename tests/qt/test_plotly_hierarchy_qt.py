"""Treemaps and sunbursts on the real window: boxes and sectors painted, labels, hover."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsPathItem

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
family = {'labels': ['Eve', 'Cain', 'Seth', 'Enos', 'Abel'], 'parents': ['', 'Eve', 'Eve', 'Seth', 'Eve'],
          'values': [0, 10, 4, 6, 5]}
st.plotly_chart({'data': [{'type': 'treemap', **family}]}, height=300, theme=None)
st.plotly_chart({'data': [{'type': 'sunburst', **family}]}, height=300, theme=None)
long = 'A branch with a very long name indeed'
st.plotly_chart({'data': [{'type': 'treemap', 'labels': ['all', long, 'leaf', 'big'],
                           'parents': ['', 'all', long, 'all'], 'values': [0, 0, 6, 30]}]}, height=300)
"""


def chart(pilot: Any, index: int) -> Any:
    return [r.widget for r in pilot.window.renderer.find(kind="plotly_chart")][index]


def texts(widget: Any) -> list[str]:
    return [i.textItem.toPlainText() for i in widget.plot.getPlotItem().items if isinstance(i, pg.TextItem)]


def painted(widget: Any, node: Any, header: bool = False) -> QColor:
    """The colour on screen in the middle of a drawn box (or in its header, 8 px down)."""
    box = widget.plot.getPlotItem().getViewBox()
    (x0, y0, x1, y1), = [b for b, n in widget.drawn.domain.others[0].boxes if n is node]
    at = widget.plot.mapFromScene(box.mapViewToScene(QPointF((x0 + x1) / 2, y1 if header else (y0 + y1) / 2)))
    return widget.plot.grab().toImage().pixelColor(at.x() + 30, at.y() + 8)


def test_a_treemap_paints_each_branch_in_its_colorway_colour_with_labels_and_a_read_out(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    treemap = chart(pilot, 0)
    assert treemap.note.text() == ""
    drawn = treemap.drawn.domain.others[0]
    boxes = {n.label: b for b, n in drawn.boxes}
    assert set(boxes) == {"Eve", "Cain", "Seth", "Enos", "Abel"}
    tree = drawn.tree
    cain, seth, enos = tree.node("Cain"), tree.node("Seth"), tree.node("Enos")
    assert painted(treemap, cain).name() == "#636efa"  # the largest branch: plotly's first colour
    assert painted(treemap, enos).name() == "#ef553b"  # a leaf in full colour
    faded = painted(treemap, seth, header=True)  # its parent's header, faded towards the page
    assert faded.red() > 0xef - 5 and faded.green() > 0x55 + 30
    assert {"Eve", "Cain", "Seth", "Enos", "Abel"} <= set(texts(treemap))
    box = treemap.plot.getPlotItem().getViewBox()
    x0, y0, x1, y1 = boxes["Enos"]
    treemap.hover(box.mapViewToScene(QPointF((x0 + x1) / 2, (y0 + y1) / 2)))
    assert treemap.readout.text() == "Eve/Seth/Enos  ·  6 (60% of Seth)"


def test_a_sunburst_draws_a_ring_per_level_and_reads_the_sector_under_the_pointer(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    sun = chart(pilot, 1)
    sectors = [i for i in sun.plot.getPlotItem().items if isinstance(i, QGraphicsPathItem)]
    assert len(sectors) == 5
    assert not sun.plot.getPlotItem().getAxis("left").isVisible()
    drawn = sun.drawn.domain.others[0]
    cx, cy, radius = drawn.centre
    box = sun.plot.getPlotItem().getViewBox()
    sun.hover(box.mapViewToScene(QPointF(cx, cy)))
    assert sun.readout.text() == "Eve  ·  25"
    sun.hover(box.mapViewToScene(QPointF(cx + radius * 0.5, cy + radius * 0.05)))  # just past 3 o'clock
    assert sun.readout.text().startswith("Eve/Cain  ·  10")
    sun.hover(box.mapViewToScene(QPointF(cx + radius * 2, cy)))
    assert sun.readout.text() == " "
    assert "Cain" in texts(sun) and "Eve" in texts(sun)


def test_a_header_too_long_for_its_box_is_cut_with_an_ellipsis(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    shown = texts(chart(pilot, 2))
    assert "big" in shown and "A branch with a very long name indeed" not in shown
    assert any(t.startswith("A") and t.endswith("…") for t in shown), shown
