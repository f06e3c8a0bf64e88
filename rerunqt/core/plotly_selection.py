"""st.plotly_chart's selection state in Streamlit's shape, and its front-end form (Qt-free).

Streamlit returns ``{"selection": {"points": [...], "point_indices": [...], "box": [],
"lasso": []}}`` with attribute access (``event.selection.points``); each point has its
``curve_number`` (the trace's position in the figure), ``point_index`` and ``x``/``y``.
The front end exchanges a tuple of (curve_number, point_index) pairs, sorted, then the
shapes drawn to select them: ("box" or "lasso", x values, y values) as Streamlit lists them
in ``box`` / ``lasso`` (dates as text). Points are picked by clicking (Shift or Ctrl adds),
or by dragging a box or a lasso round them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from rerunqt.core.plotly_figure import Axis, PlotFigure, Trace
from rerunqt.core.selection import SelectionState

UiPoints = tuple[tuple[Any, ...], ...]
SHAPES = ("box", "lasso")


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
    point: dict[str, Any] = {"curve_number": trace.curve, "point_number": index,
                             "point_index": index, "x": x, "y": y}
    data = figure.spec.get("data", [])
    spec = data[trace.curve] if 0 <= trace.curve < len(data) else {}
    if spec.get("legendgroup"):  # px's colour group; Streamlit leaves an empty one out
        point["legendgroup"] = spec["legendgroup"]
    for name in ("customdata", "hovertext"):  # px's hover_data columns, hover_name
        given = _item(spec.get(name), index)
        if given is not None:
            point[name] = given
    return point


def _item(values: Any, index: int) -> Any:
    """Point ``index``'s entry of a per-point array (a row of ``customdata``), as plain
    Python values; None when there is none."""
    if values is None or isinstance(values, str):
        return None
    try:
        item = values[index]
    except (IndexError, KeyError, TypeError):
        return None
    return item.tolist() if hasattr(item, "tolist") else item


def pairs(ui: Any) -> list[tuple[int, int]]:
    """The (curve number, point index) pairs of a UI selection (not its shapes)."""
    return [(p[0], p[1]) for p in ui or () if len(p) == 2 and isinstance(p[0], int)]


def selection_from_ui(ui: UiPoints, figure: PlotFigure) -> SelectionState:
    by_curve = {t.curve: t for t in figure.traces}
    chosen = pairs(ui)
    points = [SelectionState(_point(figure, by_curve[c], i)) for c, i in chosen]
    shapes: dict[str, list[SelectionState]] = {kind: [] for kind in SHAPES}
    for entry in ui:
        if len(entry) == 3 and entry[0] in SHAPES:
            shapes[entry[0]].append(SelectionState(xref="x", yref="y", x=list(entry[1]),
                                                   y=list(entry[2])))
    return SelectionState(selection=SelectionState(
        points=points, point_indices=[i for _, i in chosen], box=shapes["box"],
        lasso=shapes["lasso"]))


def shape_ui(kind: str, xs: Any, ys: Any, figure: PlotFigure) -> tuple[Any, ...]:
    """A box's corners or a lasso's path (positions as drawn) as Streamlit lists them: on
    the figure's axes, a date as text, a log axis' value unlogged."""
    def values(axis: Axis, positions: Any) -> tuple[Any, ...]:
        out = []
        for v in positions:
            v = 10 ** float(v) if axis.log else float(v)
            out.append(_shown(axis, v) if axis.kind == "date" else v)
        return tuple(out)

    return (kind, values(figure.x_axis, xs), values(figure.y_axis, ys))


def inside(xs: Any, ys: Any, path_x: Any, path_y: Any) -> Any:
    """Which points (xs, ys) lie inside the closed path (even-odd rule), as a bool array."""
    import numpy as np

    px, py = np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)
    result = np.zeros(len(px), dtype=bool)
    vx, vy = list(path_x), list(path_y)
    for i in range(len(vx)):
        x0, y0, x1, y1 = vx[i - 1], vy[i - 1], vx[i], vy[i]
        if y0 == y1:
            continue
        crosses = (py > min(y0, y1)) & (py <= max(y0, y1))
        at = x0 + (py - y0) * (x1 - x0) / (y1 - y0)
        result ^= crosses & (px < at)
    return result


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
    shapes = []
    for kind in SHAPES:
        drawn = inner.get(kind, ()) if isinstance(inner, Mapping) else ()
        for shape in drawn if isinstance(drawn, (list, tuple)) else ():
            if isinstance(shape, Mapping) and isinstance(shape.get("x"), (list, tuple)) \
                    and isinstance(shape.get("y"), (list, tuple)):
                shapes.append((kind, tuple(shape["x"]), tuple(shape["y"])))
    return (*sorted(chosen), *shapes)


__all__ = ["SHAPES", "UiPoints", "empty_selection", "inside", "pairs", "selection_from_ui",
           "selection_to_ui", "shape_ui"]
