"""Progress bars and list chips drawn inside table cells (st.dataframe and st.data_editor).

It exists so both tables draw ProgressColumn cells and list chips the same
way, with colours that follow the theme: Streamlit's palette names ("red", "blue",
"primary"...) have a light and a dark shade; the track and the number beside a bar take
the view's palette.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette

from rerunqt.core.number_format import column_number_text, js_str
from rerunqt.qt import theme_state
from rerunqt.qt.colours import qcolor

Option = Callable[[str, Any], Any]  # a column option by name, with a default
_LIGHT = {"green": "#09ab3b", "red": "#ff2b2b", "gray": "#808495", "grey": "#808495", "orange": "#ffa421",
          "yellow": "#faca2b", "blue": "#1c83e1", "violet": "#803df5", "primary": "#ff4b4b"}
_DARK = {"green": "#3dd56d", "red": "#ff4b4b", "gray": "#a3a8b8", "grey": "#a3a8b8", "orange": "#ffbd45",
         "yellow": "#ffe312", "blue": "#3d9df3", "violet": "#9a5dff", "primary": "#ff4b4b"}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def named_colour(name: str | None, palette: QPalette, fallback: str = "primary") -> QColor:
    """A palette name in the theme's shade, a CSS colour, or the fallback; "primary" is
    the app's primaryColor (Streamlit's red unless configured)."""
    shades = dict(_DARK if is_dark(palette) else _LIGHT)
    from rerunqt.qt import theme_state  # loaded with the window already

    shades["primary"] = theme_state.colour("primary").name()
    if name is None:
        return QColor(shades.get(fallback, fallback))
    return qcolor(shades.get(name.lower(), name), shades.get(fallback, fallback))  # CSS order


def progress_text(value: float, option: Option, integral: bool) -> str:
    """The number beside a bar, as Streamlit's grid writes it: the column's format, by
    default "%3d%%" for ints and "percent" for floats."""
    try:
        shown = column_number_text(value, option("format", None), option("step", None), integral,
                                   progress=True)
    except (TypeError, ValueError):  # a format sprintf-js throws on: Streamlit shows an error cell
        shown = None
    return js_str(float(value)) if shown is None else shown


def bar_share(value: float, option: Option, integral: bool) -> float:
    """How full the bar is: min_value (0) .. max_value (100 for ints, 1 for floats)."""
    low = option("min_value", None)
    high = option("max_value", None)
    low = 0 if low is None else low
    high = (100 if integral else 1) if high is None else high
    return 0.0 if high == low else min(1.0, max(0.0, (value - low) / (high - low)))


def paint_progress(painter: QPainter, rect: QRectF, value: Any, option: Option, integral: bool,
                   palette: QPalette) -> None:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or math.isnan(value):
        return
    share = bar_share(value, option, integral)
    shown = progress_text(value, option, integral)
    text_width = painter.fontMetrics().horizontalAdvance(shown) + 8
    bar = QRectF(rect.left(), rect.center().y() - 3, max(10.0, rect.width() - text_width), 6)
    colour_name = option("color", None)
    if colour_name in ("auto", "auto-inverse"):
        good = share > 0.5 if colour_name == "auto" else share < 0.5
        fill = named_colour("green" if good else "red", palette)
    else:
        fill = named_colour(colour_name, palette)
    track = QColor(palette.color(QPalette.ColorRole.Text))
    track.setAlpha(40)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(track)
    painter.drawRoundedRect(bar, 3, 3)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * share, bar.height()), 3, 3)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(QRectF(bar.right() + 8, rect.top(), text_width, rect.height()),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)


# Streamlit's grid (glide-data-grid theme): chip height 1.25rem, text padding 0.5rem, gap
# 0.25rem, corner radius 0.25rem; the cell's padding is 0.5rem across and 3px down.
CHIP_HEIGHT, CHIP_PADDING, CHIP_GAP, CHIP_RADIUS = 20, 8, 4, 4
CELL_PADDING_X, CELL_PADDING_Y = 8, 3


def chip_colour(name: str, palette: QPalette) -> QColor:
    """A chip's fill: an option colour over the cell's background ("auto:<n>": the n-th chart
    colour, faded as Streamlit fades it)."""
    dark = is_dark(palette)
    if name.startswith("auto:"):
        from rerunqt.qt.adapters.chart_draw import categorical  # the configured chart colours

        colours = categorical(dark)
        colour = QColor(colours[int(name[5:]) % len(colours)])
        colour.setAlphaF(0.3 if dark else 0.4)
    elif name == "primary":
        colour = theme_state.primary()
    else:
        colour = named_colour(name, palette)
    if colour.alpha() == 255:
        return colour
    base, share = palette.color(QPalette.ColorRole.Base), colour.alphaF()
    return QColor.fromRgbF(*(share * getattr(colour, c)() + (1 - share) * getattr(base, c)()
                             for c in ("redF", "greenF", "blueF")))


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = channel(colour.redF()), channel(colour.greenF()), channel(colour.blueF())
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def chip_ink(fill: QColor) -> QColor:
    """The text colour on a coloured chip: black on light fills, white on dark ones."""
    return QColor("#000000" if _luminance(fill) > 0.5 else "#ffffff")


def paint_chips(painter: QPainter, cell: QRectF, chips: list[tuple[str, str | None]],
                palette: QPalette) -> list[QRectF]:
    """A list cell as Streamlit's grid draws it: one rounded chip per item, in as many lines
    as the row has room for, cut at the cell's right edge. Returns the chips' rectangles."""
    area = cell.adjusted(CELL_PADDING_X, CELL_PADDING_Y, -CELL_PADDING_X, -CELL_PADDING_Y)
    lines = max(1, int(area.height() // (CHIP_HEIGHT + CHIP_PADDING)))
    top = area.top() + (area.height() - lines * CHIP_HEIGHT - (lines - 1) * CHIP_PADDING) / 2
    metrics = painter.fontMetrics()
    plain = theme_state.colour("secondary")
    text_colour = palette.color(QPalette.ColorRole.Text)
    x, line, drawn = area.left(), 1, []
    painter.save()
    painter.setClipRect(cell, Qt.ClipOperation.IntersectClip)  # the table does not clip its cells
    painter.setPen(Qt.PenStyle.NoPen)
    for label, shade in chips:
        width = metrics.horizontalAdvance(label) + 2 * CHIP_PADDING
        if x != area.left() and x + width > area.right() and line < lines:
            line, top, x = line + 1, top + CHIP_HEIGHT + CHIP_PADDING, area.left()
        fill = plain if shade is None else chip_colour(shade, palette)
        box = QRectF(x, top, width, CHIP_HEIGHT)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, CHIP_RADIUS, CHIP_RADIUS)
        ink = text_colour if shade is None else chip_ink(fill)
        painter.setPen(ink)
        painter.drawText(box.adjusted(CHIP_PADDING, 0, 0, 0),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
        painter.setPen(Qt.PenStyle.NoPen)
        drawn.append(box)
        x += width + CHIP_GAP
        if x > area.right() + CELL_PADDING_X and line >= lines:
            break
    painter.restore()
    return drawn


def chips_width(chips: list[tuple[str, str | None]], metrics: Any) -> int:
    """The width a list cell needs for all its chips (Streamlit's measure)."""
    if not chips:
        return 2 * CELL_PADDING_X
    return sum(metrics.horizontalAdvance(label) + 2 * CHIP_PADDING + CHIP_GAP for label, _ in chips) \
        + 2 * CELL_PADDING_X - CHIP_GAP
