"""One layer's encoding channels read into values, with timeUnit, bin and aggregate applied.

``read_channels`` gives, per channel (x, y, color, size, tooltip fields...), a ``Channel``:
its title, its Vega-Lite type, and one value per drawn row (numbers as floats, dates as
seconds since the epoch, categories as strings). When any channel aggregates, the rows
are grouped by all the others first, as Vega-Lite does.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from rerunqt.core.vega_data import (
    AGGREGATES,
    aggregate,
    bin_starts,
    guess_type,
    nice_bins,
    numbers,
    predicate,
    rows,
    seconds,
    time_unit,
)
from rerunqt.core.vega_spec import Layer
from rerunqt.errors import RerunQtAPIError

CHANNELS = ("x", "y", "x2", "y2", "color", "fill", "stroke", "size", "opacity", "strokeDash",
            "shape", "xOffset", "yOffset", "detail", "text", "theta", "radius")
_QUIET = frozenset({"tooltip", "order", "key", "href", "description", "url"})  # no drawing of their own
_TYPES = {"Q": "quantitative", "T": "temporal", "O": "ordinal", "N": "nominal"}


@dataclass
class Channel:
    """A channel's definition and its values, one per row."""

    name: str
    title: str
    type: str  # quantitative, temporal, ordinal, nominal
    values: list[Any]
    spec: dict[str, Any]
    order: tuple[str, ...] | None = None  # natural order of time-unit labels (Jan..Dec)
    bin_step: float | None = None
    bin_span: tuple[float, float] | None = None  # the bins' start and stop (the axis' domain)
    constant: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def discrete(self) -> bool:
        return self.type in ("nominal", "ordinal")


def _title(spec: dict[str, Any], field_name: str | None) -> str:
    if "title" in spec and spec["title"] is None:
        return ""  # ``title=None`` (``"title": null``) removes the axis or legend title
    if isinstance(spec.get("title"), str):
        return str(spec["title"])
    op, unit = spec.get("aggregate"), spec.get("timeUnit")
    name = field_name or ""
    # Vega-Lite's order: count, then bin, then timeUnit, then the other aggregates
    if op == "count":
        return "Count of Records"
    if spec.get("bin"):
        return f"{name} (binned)"
    if isinstance(unit, dict):
        unit = unit.get("unit")
    if isinstance(unit, str) and unit and not unit.startswith("binned"):
        return f"{name} ({'-'.join(unit_parts(unit))})"
    if op:
        return f"{str(op).capitalize()} of {name}"
    return name


_UNIT_PARTS = ("year", "quarter", "month", "week", "day", "dayofyear", "date", "hours", "minutes",
               "seconds", "milliseconds")


def unit_parts(unit: str) -> list[str]:
    """A timeUnit's single units in Vega-Lite's order: "yearmonthdate" is year, month, date
    (so its default title is "field (year-month-date)"); "utc" does not count."""
    unit = unit.removeprefix("utc")
    parts = []
    for part in _UNIT_PARTS:
        at = unit.find(part)
        if at < 0 or (part == "seconds" and at > 0 and unit[at - 1] == "i"):
            continue  # the "seconds" of "milliseconds"
        if (part == "day" and unit[at + 3:at + 4] == "o") or (part == "year" and unit[at - 1:at] == "f"):
            continue  # the "day" and "year" of "dayofyear"
        parts.append(part)
    return parts or [unit]


def _shorthand(spec: dict[str, Any]) -> dict[str, Any]:
    """``"field:Q"`` (Vega-Lite dicts written by hand) split into field and type."""
    name = spec.get("field")
    if isinstance(name, str) and ":" in name and name.rsplit(":", 1)[1] in _TYPES:
        base, letter = name.rsplit(":", 1)
        return {**spec, "field": base, "type": spec.get("type") or _TYPES[letter]}
    return spec


def _tested(name: str, condition: dict[str, Any], otherwise: Any, layer: Layer, count: int
            ) -> Channel | None:
    """``alt.condition(alt.datum.x > 0, alt.value("a"), alt.value("b"))``: each row's value by
    its test, as categories whose colours (or sizes) are the values themselves, no legend."""
    try:
        test = predicate(condition["test"])
        names = list(layer.data)
        values = [condition["value"] if test(dict(zip(names, row))) else otherwise
                  for row in zip(*layer.data.values())] if names else [otherwise] * count
    except Exception:  # an expression Python cannot read: the first value, and a note
        layer.notes.append(f"{name} condition test={condition['test']!r}")
        return None
    shown = list(dict.fromkeys(values))
    if len(shown) == 1:
        return Channel(name, "", "constant", values, condition, constant=True)
    spec = {"type": "nominal", "legend": None, "scale": {"domain": shown, "range": shown}}
    return Channel(name, "", "nominal", values, spec)


def read_channel(name: str, raw: Any, layer: Layer, count: int) -> Channel | None:
    """One channel of the layer, or None when it is absent or cannot be read (noted)."""
    spec = _shorthand(raw if isinstance(raw, dict) else {"field": raw})
    condition = spec.get("condition")
    if isinstance(condition, list):
        condition = condition[0] if condition else None
    if isinstance(condition, dict) and "param" in condition and condition.get("empty") is False:
        # a selection with empty=False selects nothing until the user picks: the else branch
        spec = {k: v for k, v in spec.items() if k != "condition"}
    elif isinstance(condition, dict) and "test" in condition and "value" in condition \
            and "value" in spec and "field" not in spec:
        tested = _tested(name, condition, spec["value"], layer, count)
        if tested is not None:
            return tested
        spec = _shorthand({k: v for k, v in condition.items() if k not in ("param", "test", "empty")})
    elif isinstance(condition, dict):  # alt.condition(selection, ...): drawn as if all is selected
        spec = _shorthand({k: v for k, v in condition.items() if k not in ("param", "test", "empty")})
    data = layer.data
    if "value" in spec and "field" not in spec:
        return Channel(name, "", "constant", [spec["value"]] * count, spec, constant=True)
    if "datum" in spec:
        datum = spec["datum"]
        kind = guess_type([datum])
        values = seconds([datum]).tolist() if kind == "temporal" else [datum]
        return Channel(name, _title(spec, None), kind, values * count, spec, constant=True)
    field_name = spec.get("field")
    op = spec.get("aggregate")
    if op is not None and op not in AGGREGATES:
        layer.notes.append(f"aggregate {op!r}")
        return None
    if not isinstance(field_name, str):
        if op == "count":
            return Channel(name, _title(spec, None), "quantitative", [1.0] * count, spec)
        if field_name is not None:
            layer.notes.append(f"{name} field {field_name!r}")
        return None
    if not data:  # a spec without data: an empty chart, as Streamlit draws it
        return Channel(name, _title(spec, field_name), str(spec.get("type") or "quantitative"), [], spec)
    if field_name not in data and any(note.startswith("transform") for note in layer.notes):
        layer.notes.append(f"{name} field {field_name!r}")  # made by a transform left out
        return None
    if field_name not in data:
        raise RerunQtAPIError(
            f"The Vega-Lite encoding {name}={{'field': {field_name!r}}} names a column the "
            f"chart's data does not have; its columns are {list(data)!r}. Fix the field name "
            f"or pass the data that has it."
        )
    column = data[field_name]
    kind = spec.get("type") or guess_type(column)
    channel = Channel(name, _title(spec, field_name), str(kind), [], spec)
    if kind == "temporal" or spec.get("timeUnit"):
        stamps = seconds(column)
        unit = spec.get("timeUnit")
        unit = unit.get("unit") if isinstance(unit, dict) else unit
        if unit:
            try:
                values, order = time_unit(stamps, str(unit))
            except KeyError:
                layer.notes.append(f"timeUnit {unit!r}")
                values, order = stamps.tolist(), None
            if order is not None:
                channel.type, channel.order = "ordinal", order
            else:
                channel.type = "temporal"
            channel.values = values
        else:
            channel.type, channel.values = "temporal", stamps.tolist()
    elif kind == "quantitative":
        values_q = numbers(column)
        if spec.get("bin") and spec.get("bin") != "binned":
            start, step, stop = nice_bins(values_q, spec["bin"])
            values_q = bin_starts(values_q, start, step, stop)
            channel.bin_step, channel.bin_span = step, (start, stop)
        channel.values = values_q.tolist()
    else:
        channel.values = [None if v is None else _label(v) for v in column]
    return channel


def _label(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_channels(layer: Layer) -> dict[str, Channel]:
    """Every channel the layer encodes, with any aggregate applied."""
    count = rows(layer.data)
    out: dict[str, Channel] = {}
    for name in CHANNELS:
        if name in layer.encoding:
            spec = layer.encoding[name]
            if isinstance(spec, list):  # detail=[...]: group by the first
                spec = spec[0] if spec else None
            if spec is None:
                continue
            channel = read_channel(name, spec, layer, count)
            if channel is not None:
                out[name] = channel
    for name in layer.encoding:
        if name not in CHANNELS and name not in _QUIET and layer.encoding[name] is not None:
            panels = " (panels drawn as one)" if name in ("row", "column", "facet") else ""
            what = f"{name} encoding{panels}"
            if what not in layer.notes:
                layer.notes.append(what)
    tips = layer.encoding.get("tooltip")
    for i, tip in enumerate(tips if isinstance(tips, list) else [tips] if tips else []):
        channel = read_channel(f"tooltip{i}", tip, layer, count)
        if channel is not None and not channel.constant:
            out[f"tooltip{i}"] = channel
    if any(c.spec.get("aggregate") for c in out.values()):
        _aggregate(out, count)
    return out


def _aggregate(channels: dict[str, Channel], count: int) -> None:
    """Group the rows by the channels that do not aggregate; reduce the ones that do."""
    keys = [name for name, c in channels.items() if not c.spec.get("aggregate")]
    measures: dict[str, tuple[str, np.ndarray]] = {}
    for name, channel in channels.items():
        if channel.spec.get("aggregate"):
            values = np.array([math.nan if v is None else float(v) for v in channel.values])
            measures[name] = (str(channel.spec["aggregate"]), values)
            channel.type = "quantitative"
    groups = [[_hashable(v) for v in channels[name].values] for name in keys]
    if not count:
        groups = [[] for _ in keys]
    found, reduced = aggregate(groups, measures)
    for position, name in enumerate(keys):
        channels[name].values = [None if _missing(key[position]) else key[position] for key in found]
    for name, values in reduced.items():
        channels[name].values = values.tolist()


def _hashable(value: Any) -> Any:
    return None if _missing(value) else value


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


__all__ = ["CHANNELS", "Channel", "read_channel", "read_channels"]
