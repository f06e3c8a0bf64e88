"""The colours of a Vega-Lite chart: its series palette (Streamlit's theme or Vega-Lite's
own) and the sequential scale of a colour by a number."""

from __future__ import annotations

from PySide6.QtGui import QColor

from rerunqt.core.vega_plot import MarkSeries
from rerunqt.qt.adapters.chart_draw import categorical, theme_colours
from rerunqt.qt.colours import qcolor

# a colour by a number: low to high (Streamlit's sequential blues; Vega-Lite's "blues")
SEQUENTIAL = {"streamlit": ("#e4f5ff", "#a6dcff", "#60b4ff", "#1c83e1", "#0054a3", "#004280"),
              None: ("#cfe1f2", "#93c3df", "#4b97c9", "#1864aa", "#08306b")}
VEGA_PALETTE = ("#4c78a8", "#f58518", "#e45756", "#72b7b2", "#54a24b", "#eeca3b", "#b279a2",
                "#ff9da6", "#9d755d", "#bab0ac")


def color_of(series: MarkSeries, dark: bool, theme: str | None) -> QColor:
    if series.color:
        color = qcolor(series.color)  # CSS order: "#rrggbbaa", rgb(), names
        if color.isValid():
            return color
    palette = categorical(dark) if theme == "streamlit" else VEGA_PALETTE
    return QColor(palette[series.index % len(palette)])


def faded(color: QColor, opacity: float | None) -> QColor:
    out = QColor(color)
    if opacity is not None:  # on top of the colour's own alpha ("#ff000080"), as Vega's
        out.setAlphaF(color.alphaF() * max(0.0, min(1.0, float(opacity))))
    return out


def sequential(theme: str | None) -> tuple[str, ...]:
    """The stops of a colour by a number: with Streamlit's theme,
    ``theme.chartSequentialColors`` when set, else Streamlit's blues; Vega-Lite's otherwise."""
    if theme != "streamlit":
        return SEQUENTIAL[None]
    from rerunqt.qt import theme_state

    return theme_colours("chartSequentialColors", theme_state.base() == "dark") or SEQUENTIAL["streamlit"]


def shade(place: float, theme: str | None, stops: tuple[str, ...] | None = None) -> QColor:
    """The colour at ``place`` (0..1) along ``stops`` (default: the theme's sequential scale)."""
    stops = stops or sequential(theme)
    at = min(max(place, 0.0), 1.0) * (len(stops) - 1)
    low, high = QColor(stops[int(at)]), QColor(stops[min(int(at) + 1, len(stops) - 1)])
    part = at - int(at)
    return QColor.fromRgbF(low.redF() + (high.redF() - low.redF()) * part,
                           low.greenF() + (high.greenF() - low.greenF()) * part,
                           low.blueF() + (high.blueF() - low.blueF()) * part)
