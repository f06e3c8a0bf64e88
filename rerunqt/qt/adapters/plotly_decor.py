"""A plotly figure's title and colour bar on its chart: the title where plotly places it
(bold at the left in Streamlit's theme) and a colour axis' bar right of the data."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QColor

from rerunqt.core.plotly_figure import PlotFigure
from rerunqt.qt.adapters.chart_draw import AXIS, PAGE, TEXT


def title(plot: Any, figure: PlotFigure, dark: bool, streamlit: bool) -> None:
    """The figure's title where plotly places it (Streamlit's theme: at the left, bold)."""
    shown = figure.title_html
    if streamlit and shown and not (shown.startswith("<b>") and shown.endswith("</b>")):
        shown = f"<b>{shown}</b>"
    plot.setTitle(shown or None, color=TEXT[dark], size="12pt", justify=figure.title_align)
    if shown and not getattr(plot, "rq_wide_title", False):
        # across the whole chart, as plotly places a title in the figure (x=0: its left
        # edge), not over the data alone: a long title in a narrow chart was cut short
        plot.layout.removeItem(plot.titleLabel)
        plot.layout.addItem(plot.titleLabel, 0, 0, 1, 4)
        plot.rq_wide_title = True


def colour_bar(plot: Any, figure: PlotFigure, dark: bool) -> None:
    """A colour axis' bar right of the data (drawn as Vega's gradient legend): its title,
    the colours low to high and round values along it."""
    from rerunqt.core.vega_legends import Gradient
    from rerunqt.qt.adapters.vega_legend import legend_column

    column = legend_column(plot, figure.colorbar is not None)
    if column is None:
        return
    if figure.colorbar is not None:
        title, low, high, colours = figure.colorbar
        column.gradient.show_scale(Gradient(title, low, high), tuple(QColor(*c) for c in colours),
                                   QColor(TEXT[dark]))
    column.arrange(figure.colorbar is not None, False)


__all__ = ["colour_bar", "title"]


def note_box(plot: Any, text: str, dark: bool) -> Any:
    """Nothing could be drawn: a framed note in the middle, and no empty axes."""
    from rerunqt.qt.adapters.shape_draw import set_square_view

    set_square_view(plot, 1.0)
    item = pg.TextItem(text, color=TEXT[dark], anchor=(0.5, 0.5), border=pg.mkPen(AXIS[dark]),
                       fill=pg.mkBrush(PAGE[dark]))
    item.setPos(0.5, 0.5)
    plot.addItem(item)
    return item
