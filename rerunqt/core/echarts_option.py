"""An ECharts option read into a plotly figure dict, so st.plotly_chart's drawing shows it.

ECharts draws in a browser; its common charts map onto plotly's traces one to one: line
(``stack`` -> ``stackgroup``, ``areaStyle`` -> a fill), bar (``stack`` -> a stacked bar
mode, a category y axis -> horizontal bars), scatter, pie and gauge (plotly's indicator),
on category, value, time or log axes, with the title, legend, series names and colours. Data comes from each
series' ``data`` or from ``dataset.source`` (rows, dicts or a DataFrame) with
``encode``. Everything else is named in the notes shown above the chart (Qt-free).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from rerunqt.errors import RerunQtAPIError

# ECharts 5's default palette (theme=None keeps it, as ECharts does)
ECHARTS_COLORS = ("#5470c6", "#91cc75", "#fac858", "#ee6666", "#73c0de", "#3ba272", "#fc8452",
                  "#9a60b4", "#ea7ccc")
DRAWN_SERIES = ("line", "bar", "scatter", "effectScatter", "pie", "gauge")
UNDRAWN_PARTS = ("dataZoom", "visualMap", "toolbox", "brush", "timeline", "graphic", "radar",
                 "polar", "parallel", "calendar", "singleAxis", "geo", "angleAxis", "radiusAxis")
SERIES_PARTS = ("markLine", "markPoint", "markArea")
_AXIS_TYPES = {"category": "category", "value": "linear", "log": "log", "time": "date"}


def option_dict(spec: Any) -> dict[str, Any]:
    """A dict, a JSON string or a pyecharts chart (``dump_options()``) as the option dict."""
    if hasattr(spec, "dump_options") and not isinstance(spec, Mapping):
        spec = spec.dump_options()
    if isinstance(spec, str):
        try:
            spec = json.loads(spec)
        except ValueError as exc:
            raise RerunQtAPIError(f"st.echarts_chart spec is not valid JSON: {exc}") from None
    if not isinstance(spec, Mapping):
        raise RerunQtAPIError(
            f"st.echarts_chart spec={spec!r:.80} is not an ECharts option: pass a dict (the "
            f"object given to setOption), a JSON string or a pyecharts chart.")
    return dict(spec)


def _first(value: Any) -> dict[str, Any]:
    """A component given as one dict or a list of them: the first (the one drawn)."""
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, Sequence) and not isinstance(value, str) and value \
            and isinstance(value[0], Mapping):
        return dict(value[0])
    return {}


def _count(value: Any) -> int:
    return len(value) if isinstance(value, Sequence) and not isinstance(value, str) else int(
        isinstance(value, Mapping))


def _table(dataset: Any) -> tuple[list[str], list[list[Any]]]:
    """(dimension names, rows) of ``dataset.source``: a DataFrame, rows or dicts."""
    source = _first(dataset).get("source")
    if source is None:
        return [], []
    if hasattr(source, "columns") and hasattr(source, "to_numpy"):  # pandas (or alike)
        return [str(c) for c in source.columns], source.to_numpy().tolist()
    if isinstance(source, Mapping):  # column name -> values
        names = [str(k) for k in source]
        columns = [list(v) for v in source.values()]
        return names, [list(row) for row in zip(*columns)]
    rows = list(source)
    if rows and isinstance(rows[0], Mapping):
        names = [str(k) for k in rows[0]]
        return names, [[row.get(k) for k in rows[0]] for row in rows]
    if rows and all(isinstance(c, str) for c in rows[0]):  # a header row
        return [str(c) for c in rows[0]], [list(r) for r in rows[1:]]
    return [str(i) for i in range(len(rows[0]) if rows else 0)], [list(r) for r in rows]


def table_given(option: Mapping[str, Any]) -> bool:
    """Whether the series read a dataset (its first column is then the x categories)."""
    return _first(option.get("dataset")).get("source") is not None


def _column(names: list[str], rows: list[list[Any]], which: Any) -> list[Any] | None:
    index = names.index(str(which)) if str(which) in names else which
    if not isinstance(index, int) or not 0 <= index < len(names):
        return None
    return [row[index] if index < len(row) else None for row in rows]


def _value(item: Any) -> Any:
    return item.get("value") if isinstance(item, Mapping) else item


def _points(series: Mapping[str, Any], index: int, table: tuple[list[str], list[list[Any]]],
            categories: list[Any] | None) -> tuple[list[Any], list[Any], str]:
    """(where, value, name) of a series: its ``data``, or its dataset columns."""
    name = str(series.get("name") or "")
    data = series.get("data")
    if data is None and table[1]:
        names, rows = table
        encode = series.get("encode") or {}
        where = _column(names, rows, encode.get("x", encode.get("itemName", 0)))
        value_dim = encode.get("y", encode.get("value", index + 1))
        if isinstance(value_dim, list):
            value_dim = value_dim[0]
        values = _column(names, rows, value_dim)
        if values is None:
            return [], [], name
        label = names[value_dim] if isinstance(value_dim, int) else str(value_dim)
        return where or list(range(len(values))), values, name or label
    items = list(data or [])
    values = [_value(item) for item in items]
    if values and all(isinstance(v, (list, tuple)) and len(v) >= 2 for v in values):
        where = [v[0] for v in values]
        if categories:  # on a category axis a number is a category's index, as in ECharts
            where = [categories[w] if isinstance(w, int) and 0 <= w < len(categories) else w
                     for w in where]
        return where, [v[1] for v in values], name
    where = list(categories) if categories else list(range(len(values)))
    return where[:len(values)], values, name


def _colour(series: Mapping[str, Any]) -> str | None:
    for part in ("itemStyle", "lineStyle"):
        colour = (series.get(part) or {}).get("color")
        if isinstance(colour, str):
            return colour
    colour = series.get("color")
    return colour if isinstance(colour, str) else None


def _pie(series: Mapping[str, Any], index: int, table: tuple[list[str], list[list[Any]]]
         ) -> dict[str, Any]:
    if series.get("data") is None and table[1]:
        labels, values, _ = _points(series, index, table, None)
    else:
        items = list(series.get("data") or [])
        labels = [str(i.get("name", "")) if isinstance(i, Mapping) else str(n)
                  for n, i in enumerate(items)]
        values = [_value(i) for i in items]
    radius = series.get("radius")
    hole = 0.0
    if isinstance(radius, (list, tuple)) and len(radius) == 2:
        inner, outer = (float(str(r).rstrip("%") or 0) for r in radius)
        hole = inner / outer if outer else 0.0
    trace: dict[str, Any] = {"type": "pie", "labels": [str(v) for v in labels], "values": values,
                             "name": str(series.get("name") or ""), "hole": hole, "sort": False,
                             "direction": "clockwise", "textinfo": "label",
                             "textposition": "outside"}
    own = [((i.get("itemStyle") or {}).get("color") if isinstance(i, Mapping) else None)
           for i in series.get("data") or []]
    if any(isinstance(c, str) for c in own):
        trace["marker"] = {"colors": own}
    return trace


def _gauge(series: Mapping[str, Any], colour: str | None, place: tuple[float, float]
           ) -> dict[str, Any]:
    """A gauge's first value as plotly's angular indicator: its range (``min`` / ``max``,
    0 to 100 by default), name and ``detail.formatter`` ("{value}%") around the number."""
    items = series.get("data") or [{}]
    item = items[0] if isinstance(items, list) and items else {}
    value = _value(item)
    name = item.get("name") if isinstance(item, Mapping) else None
    formatter = (series.get("detail") or {}).get("formatter")
    prefix, _, suffix = formatter.partition("{value}") if isinstance(formatter, str) and \
        "{value}" in formatter else ("", "", "")
    low, high = series.get("min", 0), series.get("max", 100)
    gauge: dict[str, Any] = {"axis": {"range": [low, high]}}
    if colour:
        gauge["bar"] = {"color": colour}
    return {"type": "indicator", "mode": "gauge+number",
            "value": value if isinstance(value, (int, float)) else None,
            "title": {"text": str(name or series.get("name") or "")},
            "number": {"prefix": prefix, "suffix": suffix}, "gauge": gauge,
            "domain": {"x": list(place), "y": [0, 1]}}


def to_plotly(option: Mapping[str, Any], theme: str | None) -> tuple[dict[str, Any], list[str]]:
    """The plotly ``{"data", "layout"}`` of ``option``, and notes on what is not drawn."""
    x_given, y_given = _first(option.get("xAxis")), _first(option.get("yAxis"))
    for given, default in ((x_given, "category" if table_given(option) else "value"),
                           (y_given, "value")):  # ECharts: category when it lists data
        given.setdefault("type", "category" if given.get("data") is not None else default)
    horizontal = y_given.get("type") == "category" and x_given.get("type") != "category"
    cat_given = y_given if horizontal else x_given
    categories = cat_given.get("data")
    categories = [_value(c) for c in categories] if isinstance(categories, list) else None
    table = _table(option.get("dataset"))
    palette = option.get("color") if isinstance(option.get("color"), list) else (
        list(ECHARTS_COLORS) if theme is None else None)
    data: list[dict[str, Any]] = []
    undrawn: list[str] = []
    extras: list[str] = [part for part in UNDRAWN_PARTS if option.get(part)]
    stacks: set[Any] = set()
    unstacked = 0  # bars outside any stack (ECharts groups them beside the stacks)
    all_series = option.get("series") or []
    for index, series in enumerate([all_series] if isinstance(all_series, Mapping) else all_series):
        if not isinstance(series, Mapping):
            continue
        kind = str(series.get("type") or "line")
        extras += [part for part in SERIES_PARTS if series.get(part)]
        if kind not in DRAWN_SERIES:
            undrawn.append(kind)
            continue
        if kind == "pie":
            data.append(_pie(series, index, table))
            continue
        if kind == "gauge":  # gauges side by side, as ECharts centres each in its own place
            gauges = [s for s in all_series if isinstance(s, Mapping) and s.get("type") == "gauge"] \
                if isinstance(all_series, list) else [series]
            at, share = gauges.index(series), 1 / len(gauges)
            data.append(_gauge(series, _colour(series) or (palette[index % len(palette)]
                                                           if palette else None),
                               (at * share, (at + 1) * share)))
            continue
        where, values, name = _points(series, index, table, categories)
        trace: dict[str, Any] = {"name": name, "x": values if horizontal else where,
                                 "y": where if horizontal else values}
        colour = _colour(series) or (palette[index % len(palette)] if palette else None)
        if kind == "bar":
            trace.update(type="bar", orientation="h" if horizontal else "v")
            if series.get("stack") is not None:
                stacks.add(series.get("stack"))
            else:
                unstacked += 1
            if colour:
                trace["marker"] = {"color": colour}
        else:
            scatter = kind != "line"
            size = series.get("symbolSize")
            symbols = scatter or series.get("showSymbol", True) is not False
            trace.update(type="scatter", mode=("markers" if scatter else
                                               "lines+markers" if symbols else "lines"),
                         marker={"size": float(size) if isinstance(size, (int, float)) else
                                 (10.0 if scatter else 4.0)})
            if colour:
                trace["marker"]["color"] = colour
                trace["line"] = {"color": colour}
            if not scatter and series.get("stack") is not None:
                trace["stackgroup"] = str(series.get("stack"))
            elif not scatter and series.get("areaStyle") is not None:
                trace["fill"] = "tozeroy"
        data.append(trace)
    notes = []
    if undrawn:
        names = ", ".join(dict.fromkeys(undrawn))
        notes.append(f"ECharts {names} series not drawn")
    if extras:
        notes.append(f"not drawn: {', '.join(dict.fromkeys(extras))}")
    if _count(option.get("xAxis")) > 1 or _count(option.get("yAxis")) > 1:
        notes.append("only the first x and y axes are drawn")
    if len(stacks) > 1 or (stacks and unstacked):
        notes.append("bars of several stacks are drawn as one stack")
    return {"data": data, "layout": _layout(option, x_given, y_given, horizontal, palette,
                                            bool(stacks))}, notes


def _layout(option: Mapping[str, Any], x_given: dict[str, Any], y_given: dict[str, Any],
            horizontal: bool, palette: list[str] | None, stacked: bool) -> dict[str, Any]:
    legend = option.get("legend")  # ECharts draws a legend only when the option has one
    shown = legend is not None and _first(legend).get("show", True) is not False
    layout: dict[str, Any] = {"showlegend": bool(shown), "barmode": "stack" if stacked else "group",
                              "title": {"text": str(_first(option.get("title")).get("text") or "")}}
    if palette:
        layout["colorway"] = list(palette)
    for name, given in (("xaxis", x_given), ("yaxis", y_given)):
        axis: dict[str, Any] = {"type": _AXIS_TYPES.get(str(given.get("type")), "linear")}
        if given.get("name"):
            axis["title"] = {"text": str(given["name"])}
        low, high = given.get("min"), given.get("max")
        if isinstance(low, (int, float)) and isinstance(high, (int, float)):
            axis["range"] = [low, high]
        if given.get("inverse"):
            axis["autorange"] = "reversed"
        layout[name] = axis
    return layout


__all__ = ["ECHARTS_COLORS", "option_dict", "to_plotly"]
