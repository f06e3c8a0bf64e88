"""Fitting a chart's text to its width: legend columns and category labels.

A chart in a narrow column (a sidebar, one of three columns) has no room for a legend in
one row or for every category's label: the legend was cut off at the right and labels
overlapped. Category labels under the data that do not fit level stand upright (as
Vega-Lite's labelAngle 270), each whole up to 180 px; only when even upright labels
overlap is every n-th shown. Both are worked out from the text widths whenever the chart's width changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

_SAMPLE = 44  # a legend entry's colour sample and the gaps around it, in pixels
_LABEL_GAP = 10  # the least room between two category labels
_MIN_SLOT = 34  # a category this wide shows its label cut short ("Dooh…") rather than none
_MAX_LABEL = 90  # labels shown every n-th are cut to at most this width
_LABEL_LIMIT = 180  # an upright label longer than this is cut short (Vega-Lite's labelLimit)


def fit_legend(plot: Any, width: float) -> None:
    """As many legend columns as fit in ``width`` (at least one; rows wrap)."""
    legend = getattr(plot, "legend", None)
    if legend is None or not legend.isVisible() or not legend.items or width <= 0 \
            or getattr(legend, "rq_right", False):
        return
    widest = max(label.boundingRect().width() for _, label in legend.items) + _SAMPLE
    columns = max(1, min(len(legend.items), int(width // widest)))
    title = getattr(legend, "rq_title", None)
    if title is None or not title.isVisible():
        if columns != legend.columnCount:
            legend.setColumnCount(columns)
        return
    inline = not title.opts.get("bold")  # plotly writes a row legend's title before its entries
    columns += inline
    legend.setColumnCount(columns)  # (it lays the entries out again and drops the title)
    for i in range(legend.layout.count() - 1, -1, -1):
        legend.layout.removeAt(i)
    legend.layout.addItem(title, 0, 0, 1, 2)  # Vega-Lite's bold title: a row of its own
    for slot, (sample, label) in enumerate(legend.items, start=1 if inline else columns):
        row, column = divmod(slot, columns)
        legend.layout.addItem(sample, row, 2 * column, alignment=Qt.AlignmentFlag.AlignVCenter)
        legend.layout.addItem(label, row, 2 * column + 1)
    legend.updateSize()


def fit_categories(axis: Any, labels: tuple[str, ...], length: float) -> None:
    """Category labels that never overlap on an axis ``length`` long: each cut to its
    slot with an ellipsis while a slot holds a few letters, else every n-th label."""
    if not labels or length <= 0:
        return
    metrics = QFontMetrics(axis.style.get("tickFont") or axis.font())
    slot = length / len(labels)
    if axis.orientation in ("left", "right"):  # horizontal bars: labels stack by height
        # Vega's overlap test boxes a label by its font size, not its line height: a band
        # a little taller than the letters labels every bar, as Streamlit's chart does
        every = max(1, -(-int(metrics.ascent() + 2) // max(int(slot), 1)))
        shown = list(labels)
    elif hasattr(axis, "set_rotated"):  # a CategoryAxis: labels turn upright when they do not fit
        longest = max(metrics.horizontalAdvance(t) for t in labels)
        rotated = longest + _LABEL_GAP > slot
        every = 1 if not rotated else max(1, -(-int(metrics.height() + 8) // max(int(slot), 1)))
        shown = [metrics.elidedText(t, Qt.TextElideMode.ElideRight, _LABEL_LIMIT) for t in labels] \
            if rotated else list(labels)
        axis.set_rotated(rotated, shown[::every])
    else:
        longest = max(metrics.horizontalAdvance(t) for t in labels)
        every = 1 if longest + _LABEL_GAP <= slot or slot >= _MIN_SLOT else \
            max(1, -(-int(min(longest, _MAX_LABEL) + _LABEL_GAP) // max(int(slot), 1)))
        room = int(every * slot - _LABEL_GAP)
        shown = [metrics.elidedText(t, Qt.TextElideMode.ElideRight, room) for t in labels]
    ticks = list(enumerate(shown))
    rest = [t for i, t in enumerate(ticks) if i % every]  # ticked, unlabelled
    levels = [ticks[::every], rest] if rest else [ticks]
    if getattr(axis, "_tickLevels", None) != levels:
        axis.setTicks(levels)
