"""A Vega-Lite spec (a dict, or ``chart.to_dict()`` of Altair) flattened into drawable layers.

Each ``Layer`` is one mark with its encoding and its rows, the data found where
Vega-Lite looks: inline ``values``, a ``sequence`` generator, a named dataset (Altair puts
the frame in top-level ``datasets`` and refers to it by ``{"name": ...}``), or the ``data=``
Streamlit passes.
A layer inherits its parent's data, encoding and transforms. What cannot be drawn
natively here (concat, facet and repeat, which vega_concat.py draws as views; selections
driving other views, other marks) is named in the notes, and the first view is drawn.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from rerunqt.core.vega_data import Table, table, transform

MARKS = frozenset({"line", "bar", "area", "point", "circle", "square", "tick", "rule", "trail",
                   "arc", "text", "boxplot", "rect"})
_COMPOSED = ("hconcat", "vconcat", "concat")


@dataclass
class Layer:
    """One mark: its type and properties, its encoding, its rows after the transforms."""

    mark: str
    props: dict[str, Any]
    encoding: dict[str, Any]
    data: Table
    notes: list[str] = field(default_factory=list)


def records(data: Any) -> list[Any]:
    """What ``data=`` holds as a list of row dicts: a DataFrame, a dict of columns, rows."""
    if data is None:
        return []
    if hasattr(data, "to_dict") and hasattr(data, "columns"):
        frame = data.reset_index() if _named_index(data) else data
        return list(frame.to_dict(orient="records"))
    if hasattr(data, "to_dicts"):  # polars
        return list(data.to_dicts())
    if isinstance(data, dict):
        names = list(data)
        return [dict(zip(names, row)) for row in zip(*data.values())]
    return list(data)


def _named_index(frame: Any) -> bool:
    names = getattr(getattr(frame, "index", None), "names", None) or []
    return any(name is not None for name in names)


def _sequence(spec: dict[str, Any]) -> list[Any]:
    """Vega-Lite's sequence generator (``alt.sequence``): start, start + step ... below stop."""
    try:
        start, stop, step = (float(spec.get("start", 0)), float(spec["stop"]),
                             float(spec.get("step", 1)))
    except (KeyError, TypeError, ValueError):
        return []
    count = max(0, math.ceil((stop - start) / step)) if step else 0
    name = str(spec.get("as", "data"))
    whole = all(float(v).is_integer() for v in (start, step))
    return [{name: int(start + i * step) if whole else start + i * step} for i in range(count)]


def _values(source: Any, datasets: dict[str, Any], given: list[Any] | None) -> list[Any] | None:
    """The rows of a ``data`` entry; None where the layer has no data of its own."""
    if source is not None and hasattr(source, "columns"):  # "data": df, as Streamlit takes it
        return records(source)
    if not isinstance(source, dict):
        return None
    if "values" in source:
        values = source["values"]
        return list(values) if isinstance(values, (list, tuple)) else records(values)
    if isinstance(source.get("sequence"), dict):
        return _sequence(source["sequence"])
    if "name" in source:
        named = datasets.get(source["name"])  # a DataFrame there too, as Streamlit takes it
        return records(named) if named is not None else (given or [])
    return None


def read_spec(spec: dict[str, Any], data: Any = None) -> tuple[list[Layer], dict[str, Any], list[str]]:
    """The layers to draw, the view's top-level settings, and what was left out."""
    notes: list[str] = []
    given = records(data) if data is not None else None
    datasets = dict(spec.get("datasets") or {})
    view = {key: spec.get(key) for key in ("title", "width", "height", "config")}
    top = spec
    for name in (*_COMPOSED, "facet", "repeat"):
        if name not in top:
            continue
        if name in _COMPOSED:
            views = [v for v in top[name] if isinstance(v, dict)]
            notes.append(f"{name} (only the first of {len(views)} views is drawn)")
        elif name == "facet":
            views = [top.get("spec") or {}]
            notes.append("facet (all panels drawn as one)")
        else:
            notes.append("repeat")
            views = []
        if not views:
            return [], view, notes
        shared = {k: v for k, v in top.items() if k in ("data", "transform")}
        return _collect({**shared, **views[0]}, datasets, given, notes, view)
    return _collect(top, datasets, given, notes, view)


def _collect(spec: dict[str, Any], datasets: dict[str, Any], given: list[Any] | None,
             notes: list[str], view: dict[str, Any]) -> tuple[list[Layer], dict[str, Any], list[str]]:
    for key in ("width", "height", "title"):
        if view.get(key) is None and spec.get(key) is not None:
            view[key] = spec[key]
    if view.get("title") is None:
        view["title"] = _layer_title(spec)
    layers: list[Layer] = []
    _walk(spec, {}, given or [], [], datasets, layers, notes)
    _configured(layers, view.get("config"))
    used = _uses(spec)
    notes[:] = [n for n in notes if not n.startswith("selection '")
                or any(n[len("selection '"):-1] in text for text in used)]
    return layers, view, notes


def _layer_title(spec: dict[str, Any]) -> Any:
    """A layer without a title shows its first member's, depth first, as Vega-Lite does
    (``alt.Chart(df, title="...") + other``: the title sits on the first member)."""
    for child in spec.get("layer") or ():
        if isinstance(child, dict):
            found = child.get("title")
            if found is None:
                found = _layer_title(child)
            if found is not None:
                return found
    return None


def _configured(layers: list[Layer], config: Any) -> None:
    """``config.mark`` and ``config.<mark type>`` (``configure_mark(color=...)``) are each
    mark's defaults, as in Vega-Lite: the mark's own properties win."""
    if not isinstance(config, dict):
        return
    for layer in layers:
        defaults = {**(config.get("mark") or {}), **(config.get(layer.mark) or {})}
        if defaults:
            layer.props = {**{k: v for k, v in defaults.items() if k != "type"}, **layer.props}


def _uses(spec: Any) -> set[str]:
    """The param names a spec's conditions and filters name, and its expression strings: a
    selection nothing reads (a hover Altair adds for tooltips) changes nothing drawn."""
    found: set[str] = set()
    if isinstance(spec, dict):
        for key, value in spec.items():
            if key == "params":
                continue
            if key == "param" and isinstance(value, str):
                found.add(value)
            elif key in ("expr", "test", "filter", "calculate") and isinstance(value, str):
                found.add(value)  # an expression: the name is looked for inside it
            else:
                found |= _uses(value)
    elif isinstance(spec, list):
        for item in spec:
            found |= _uses(item)
    return found


def _walk(spec: dict[str, Any], encoding: dict[str, Any], rows: list[Any], steps: list[Any],
          datasets: dict[str, Any], out: list[Layer], notes: list[str]) -> None:
    own = _values(spec.get("data"), datasets, rows)
    rows = own if own is not None else rows
    steps = [*steps, *(spec.get("transform") or [])]
    encoding = {**encoding, **(spec.get("encoding") or {})}
    _note_params(spec, notes)
    if "layer" in spec:
        for child in spec["layer"]:
            if isinstance(child, dict):
                _walk(child, encoding, rows, steps, datasets, out, notes)
        return
    mark = spec.get("mark")
    props = dict(mark) if isinstance(mark, dict) else {"type": mark}
    kind = props.get("type")
    if kind not in MARKS:
        if mark is not None:
            notes.append(f"{kind!r} marks")
        return
    layer_notes: list[str] = []
    data = transform(table(rows), steps, layer_notes)
    notes.extend(note for note in layer_notes if note not in notes)
    out.append(Layer(str(kind), props, encoding, data, list(layer_notes)))


def _note_params(spec: dict[str, Any], notes: list[str]) -> None:
    """Zoom/pan (``.interactive()``) is native; a selection that filters other marks is not."""
    for param in spec.get("params") or []:
        if isinstance(param, dict) and "select" in param and param.get("bind") != "scales":
            note = f"selection {param.get('name', '')!r}".replace(" ''", "")
            if note not in notes:
                notes.append(note)


__all__ = ["MARKS", "Layer", "read_spec", "records"]
