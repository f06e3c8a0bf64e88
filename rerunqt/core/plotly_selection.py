"""st.plotly_chart's selection state in Streamlit's shape, and its front-end form (Qt-free).

Streamlit returns ``{"selection": {"points": [...], "point_indices": [...], "box": [],
"lasso": []}}`` with attribute access (``event.selection.points``); each point has its
``curve_number`` (the trace's position in the figure), ``point_index`` and ``x``/``y``.
The front end exchanges a sorted tuple of (curve_number, point_index) pairs. Points are
picked by clicking (Shift or Ctrl adds); box and lasso selection are not drawn here.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from rerunqt.core.plotly_figure import Axis, PlotFigure, Trace
from rerunqt.core.selection import SelectionState

UiPoints = tuple[tuple[int, int], ...]


def _shown(axis: Axis, value: float) -> Any:
    """A drawn position as the figure's own value: a category label, a date text, a number."""
    if axis.kind == "category" and 0 <= round(value) < len(axis.labels):
        return axis.labels[round(value)]
    if axis.kind == "date":  # as plotly.js writes it: the time only when there is one
        moment = datetime.fromtimestamp(value, tz=timezone.utc)
        if moment.microsecond:
            return moment.strftime("%Y-%m-%d %H:%M:%S.%f").rstrip("0")
        if moment.second:
            return moment.strftime("%Y-%m-%d %H:%M:%S")
        return moment.strftime("%Y-%m-%d %H:%M") if moment.hour or moment.minute \
            else moment.strftime("%Y-%m-%d")
    return int(value) if float(value).is_integer() else float(value)


def _point(figure: PlotFigure, trace: Trace, index: int) -> dict[str, Any]:
    value = float(trace.y[index]) - (float(trace.base[index]) if trace.kind == "bar"
                                     and trace.base is not None else 0.0)
    x_axis = figure.axes.get(trace.axes[0], figure.x_axis)  # a subplot's trace: its own axes
    y_axis = figure.axes.get(trace.axes[1], figure.y_axis)
    where_axis, value_axis = (y_axis, x_axis) if trace.horizontal else (x_axis, y_axis)
    where, shown = _shown(where_axis, float(trace.x[index])), _shown(value_axis, value)
    x, y = (shown, where) if trace.horizontal else (where, shown)
    return {"curve_number": trace.curve, "point_number": index, "point_index": index, "x": x, "y": y,
            "legendgroup": trace.name}


def selection_from_ui(ui: UiPoints, figure: PlotFigure) -> SelectionState:
    by_curve = {t.curve: t for t in figure.traces}
    points = [SelectionState(_point(figure, by_curve[c], i)) for c, i in ui]
    return SelectionState(selection=SelectionState(
        points=points, point_indices=[i for _, i in ui], box=[], lasso=[]))


def empty_selection() -> SelectionState:
    return SelectionState(selection=SelectionState(points=[], point_indices=[], box=[], lasso=[]))


def selection_to_ui(state: Any, figure: PlotFigure) -> UiPoints:
    """A stored selection fitted to this figure: only points that exist in it, in one order."""
    if not isinstance(state, Mapping):
        return ()
    inner = state.get("selection", state)
    points = inner.get("points", ()) if isinstance(inner, Mapping) else ()
    sizes = {t.curve: len(t.y) for t in figure.traces if t.kind != "heatmap"}
    chosen = set()
    for point in points if isinstance(points, (list, tuple)) else ():
        if isinstance(point, Mapping):
            curve, index = point.get("curve_number"), point.get("point_index", point.get("point_number"))
            if isinstance(curve, int) and isinstance(index, int) and 0 <= index < sizes.get(curve, 0):
                chosen.add((curve, index))
    return tuple(sorted(chosen))


__all__ = ["UiPoints", "empty_selection", "selection_from_ui", "selection_to_ui"]
