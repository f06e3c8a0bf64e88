"""A Vega-Lite pie or donut (arc marks, with text marks placed by theta) drawn round its centre.

Every arc layer is drawn round the same centre, in layer order (a grey ring under a
coloured share: a progress donut). No axes and no grid; the pie keeps its shape when
the chart is resized (the plotly pies' DomainLayout), the colour legend sits on the
right, and the read-out names the slice under the mouse.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from rerunqt.core.chart_shapes import Pie, Slice
from rerunqt.core.vega_plot import VegaPlot
from rerunqt.qt.adapters.chart_draw import TEXT, categorical, outside_legend, title_justify
from rerunqt.qt.colours import qcolor


def draw_polar(plot: Any, vp: VegaPlot, drawn: Any, dark: bool, theme: str | None) -> Any:
    from rerunqt.qt.adapters.domain_draw import DomainLayout
    from rerunqt.qt.adapters.shape_draw import legend_sample, placed_text
    from rerunqt.qt.adapters.vega_colours import VEGA_PALETTE, color_of
    from rerunqt.qt.adapters.vega_legend import number_legends

    palette = categorical(dark) if theme == "streamlit" else VEGA_PALETTE

    def slice_color(piece: Slice) -> QColor:
        color = qcolor(piece.color) if isinstance(piece.color, str) else QColor()
        return color if color.isValid() else QColor(palette[piece.slot % len(palette)])

    pies = [m.pie for m in vp.marks if m.kind == "arc" and m.pie is not None]
    keyed = [piece for pie in pies if pie.in_legend for piece in pie.slices]
    wanted = vp.legend is not None and bool(keyed)  # legend=None, or no colour field: none
    legend = outside_legend(plot, dark, wanted, "right", vp.legend or "")
    number_legends(plot, vp, dark, theme)
    plot.setTitle(vp.title or None, color=TEXT[dark], size="11pt", bold=True,
                  justify=title_justify(theme))
    if legend is not None and wanted:
        for piece in sorted(keyed, key=lambda s: s.slot):  # every layer's categories, once each
            if piece.label not in drawn.legend:
                drawn.legend.append(piece.label)
                legend.addItem(legend_sample(slice_color(piece)), piece.label)
    texts = [m for m in vp.marks if m.kind == "text" and m.polar]

    def labels(target: Any, cx: float, cy: float, radius: float) -> list[Any]:
        items = []
        for mark in texts:
            style = dict(mark.style)
            for s in mark.series:
                tint = color_of(s, dark, theme) if mark.filled else QColor(TEXT[dark])
                for x, y, text in zip(s.x.tolist(), s.y.tolist(), s.texts):
                    if text == "" or x != x:
                        continue
                    item = placed_text(text, tint, style.get("size", 11), "center", "middle",
                                       style.get("dx", 0.0), style.get("dy", 0.0))
                    item.setPos(cx + x * radius, cy + y * radius)
                    target.addItem(item)
                    items.append(item)
        return items

    parts: list[Pie] = pies  # layered arcs share one centre, drawn in layer order
    drawn.domain = DomainLayout(parts, slice_color, dark, palette[0])
    drawn.domain.extras = labels
    drawn.domain.lay_out(plot, force=True)
    drawn.items = [[] for _ in vp.marks]
    return drawn


__all__ = ["draw_polar"]
