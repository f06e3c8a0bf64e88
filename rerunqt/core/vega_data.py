"""Vega-Lite's data steps done in numpy: types, time units, bins, aggregates, transforms.

A Vega-Lite layer's rows arrive as a list of dicts (inline ``values``, a named dataset
or a DataFrame's records); ``Table`` holds them as one list per column. The functions
here turn a column into numbers the way Vega-Lite reads the channel's ``type`` and do
the common per-channel steps (``timeUnit``, ``bin``, ``aggregate``) and transforms
(``filter``, ``calculate``, ``fold``). What they cannot do, they name in a note.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

Table = dict[str, list[Any]]
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
_TRUNCATE = {"year": "Y", "yearquarter": "M", "yearmonth": "M", "yearmonthdate": "D",
             "yearmonthdatehours": "h", "yearmonthdatehoursminutes": "m"}


def table(records: Sequence[Any]) -> Table:
    """Rows (dicts) as columns; a key missing in a row is None there."""
    names: dict[str, None] = {}
    for row in records:
        if isinstance(row, dict):
            names.update(dict.fromkeys(row))
    return {name: [row.get(name) if isinstance(row, dict) else None for row in records]
            for name in names}


def rows(data: Table) -> int:
    return len(next(iter(data.values()))) if data else 0


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)


def guess_type(values: Sequence[Any]) -> str:
    """The Vega-Lite type a channel without ``type`` gets: numbers, dates or names."""
    seen = [v for v in values[:64] if v is not None]
    if seen and all(is_number(v) for v in seen):
        return "quantitative"
    if seen and all(hasattr(v, "timetuple") or isinstance(v, np.datetime64) for v in seen):
        return "temporal"
    return "nominal"


def numbers(values: Sequence[Any]) -> np.ndarray:
    """float64, NaN where a value is missing or not a number."""
    if not any(isinstance(v, str) for v in values[:64]):
        try:  # all numbers (None -> NaN): numpy's loop, not Python's
            return np.array(values, dtype=np.float64)
        except (TypeError, ValueError):
            pass
    return np.array([float(v) if is_number(v) or isinstance(v, bool) else math.nan
                     for v in values], dtype=np.float64)


def _stamp(value: Any) -> float:
    if value is None:
        return math.nan
    if is_number(value):
        return float(value) / 1000.0  # Vega-Lite's numbers in time are milliseconds
    if getattr(value, "tzinfo", None) is not None and hasattr(value, "timestamp"):
        return float(value.timestamp())  # an aware datetime: its own instant
    try:
        if isinstance(value, str):
            value = value.replace("Z", "").replace("/", "-")
            if len(value) == 4 and value.isdigit():
                value = value + "-01-01"
        stamp = np.datetime64(value, "ns")
    except (TypeError, ValueError):
        return math.nan
    return math.nan if np.isnat(stamp) else float(stamp.astype(np.int64)) / 1e9


def seconds(values: Sequence[Any]) -> np.ndarray:
    """Dates (ISO strings, datetimes, ms numbers) as seconds since the epoch, NaN if unreadable."""
    if values and all(isinstance(v, str) and len(v) >= 10 for v in values[:64]):
        try:  # ISO strings as Altair writes them: parsed by numpy at once
            stamps = np.array([v.removesuffix("Z") for v in values], dtype="datetime64[ns]")
            out = stamps.astype(np.int64) / 1e9
            out[np.isnat(stamps)] = np.nan
            return out
        except (TypeError, ValueError):
            pass
    return np.array([_stamp(v) for v in values], dtype=np.float64)


def time_unit(stamps: np.ndarray, unit: str) -> tuple[list[Any], tuple[str, ...] | None]:
    """Dates cut to ``unit``: seconds (still a time axis) or labels in their natural order."""
    unit = unit.removeprefix("utc")
    good = ~np.isnan(stamps)
    moments = np.where(good, stamps, 0).astype("datetime64[s]")
    if unit in _TRUNCATE:
        cut = moments.astype(f"datetime64[{_TRUNCATE[unit]}]")
        if unit == "yearquarter":
            months = cut.astype(np.int64)
            cut = (months - months % 3).astype("datetime64[M]")
        out = cut.astype("datetime64[s]").astype(np.int64).astype(np.float64)
        return np.where(good, out, np.nan).tolist(), None
    month = moments.astype("datetime64[M]").astype(np.int64) % 12
    day = moments.astype("datetime64[D]")
    parts: dict[str, tuple[np.ndarray, tuple[str, ...]]] = {
        "month": (month, MONTHS),
        "quarter": (month // 3, ("Q1", "Q2", "Q3", "Q4")),
        "day": ((day.astype(np.int64) + 4) % 7, DAYS),
        "date": ((day - day.astype("datetime64[M]")).astype(np.int64), tuple(map(str, range(1, 32)))),
        "hours": (moments.astype("datetime64[h]").astype(np.int64) % 24, tuple(map(str, range(24)))),
    }
    if unit not in parts:
        return _composite_unit(moments, good, unit), None
    index, labels = parts[unit]
    return [labels[int(i)] if ok else None for i, ok in zip(index, good)], labels


_UNIT_PARTS = ("year", "quarter", "month", "date", "hours", "minutes", "seconds")


def _unit_parts(unit: str) -> set[str] | None:
    """The parts of a time unit (``monthdate``: month, date); None for one not drawn."""
    kept, rest = set(), unit.removeprefix("utc")
    while rest:
        part = next((p for p in _UNIT_PARTS if rest.startswith(p)), None)
        if part is None:  # week, day of week, day of year...
            return None
        kept.add(part)
        rest = rest[len(part):]
    return kept


def unit_format(unit: Any) -> str | None:
    """The axis labels' d3 time format of a time unit without a year (``monthdate``: "%b %d",
    as Vega-Lite labels it), so the made-up year 2012 is not shown; None otherwise."""
    kept = _unit_parts(unit) if isinstance(unit, str) else None
    if not kept or "year" in kept:
        return None
    day = " ".join(f for part, f in (("month", "%b"), ("date", "%d")) if part in kept)
    time = "%H:%M" if kept & {"hours", "minutes"} else ""
    time += ":%S" if "seconds" in kept else ""
    return ", ".join(p for p in (day, time) if p) or None


def _composite_unit(moments: np.ndarray, good: np.ndarray, unit: str) -> list[Any]:
    """A unit made of parts (``monthdate``, ``hoursminutes``, ``yearmonthdatehours``...) as
    seconds on a time axis: the parts kept, the rest at their start, and a unit without
    ``year`` in Vega-Lite's year 2012 (so 12 March of every year is one moment)."""
    kept = _unit_parts(unit)
    if kept is None:  # week, day of week, day of year...: not drawn
        raise KeyError(unit)
    of_year = moments.astype("datetime64[M]").astype(np.int64) % 12
    year = moments.astype("datetime64[Y]").astype(np.int64) if "year" in kept else 2012 - 1970
    month = of_year if "month" in kept else (of_year - of_year % 3 if "quarter" in kept else 0)
    out = np.asarray(year * 12 + month + np.zeros_like(good, dtype=np.int64))
    out = out.astype("datetime64[M]").astype("datetime64[s]").astype(np.int64)
    days = moments.astype("datetime64[D]")
    of_day = (moments - days).astype(np.int64)  # seconds since midnight
    steps = {"date": ((days - days.astype("datetime64[M]")).astype(np.int64), 86_400),
             "hours": (of_day // 3600, 3600), "minutes": (of_day // 60 % 60, 60),
             "seconds": (of_day % 60, 1)}
    for part, (count, size) in steps.items():
        if part in kept:
            out = out + count * size
    return np.where(good, out.astype(np.float64), np.nan).tolist()


def nice_bins(values: np.ndarray, spec: Any) -> tuple[float, float, float]:
    """Vega-Lite's bin start, step and stop: about ``maxbins`` (10) bins on a 1-2-5 step,
    from the lowest value's bin start to the highest value rounded up to a step."""
    options: dict[str, Any] = spec if isinstance(spec, dict) else {}
    finite = values[np.isfinite(values)]
    low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
    if isinstance(options.get("extent"), (list, tuple)) and len(options["extent"]) == 2:
        low, high = float(options["extent"][0]), float(options["extent"][1])
    given: Any = options.get("step")
    if is_number(given) and given > 0:
        step = float(given)
    else:
        span = (high - low) or 1.0
        raw = span / float(options.get("maxbins", 10))
        magnitude = 10.0 ** math.floor(math.log10(raw))
        step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw - 1e-12)
    start = math.floor(low / step + 1e-9) * step
    return start, step, max(math.ceil(high / step - 1e-9) * step, start + step)


def bin_starts(values: np.ndarray, start: float, step: float, stop: float) -> np.ndarray:
    """Each value's bin start (NaN stays NaN): Vega's bins hold [start, end) except the last,
    which holds its end too (the highest value is counted in the last bin, not a new one)."""
    inside = np.minimum(values, stop - step)
    return start + np.floor((inside - start) / step + 1e-9) * step


_OPS: dict[str, Callable[[np.ndarray], float]] = {
    "sum": lambda v: float(np.nansum(v)),
    "mean": lambda v: float(np.nanmean(v)) if np.isfinite(v).any() else math.nan,
    "median": lambda v: float(np.nanmedian(v)) if np.isfinite(v).any() else math.nan,
    "min": lambda v: float(np.nanmin(v)) if np.isfinite(v).any() else math.nan,
    "max": lambda v: float(np.nanmax(v)) if np.isfinite(v).any() else math.nan,
    "count": lambda v: float(len(v)),
    "valid": lambda v: float(np.isfinite(v).sum()),
    "missing": lambda v: float((~np.isfinite(v)).sum()),
    "distinct": lambda v: float(len(np.unique(v))),
    "stdev": lambda v: float(np.nanstd(v, ddof=1)) if np.isfinite(v).sum() > 1 else math.nan,
    "variance": lambda v: float(np.nanvar(v, ddof=1)) if np.isfinite(v).sum() > 1 else math.nan,
    "q1": lambda v: float(np.nanpercentile(v, 25)) if np.isfinite(v).any() else math.nan,
    "q3": lambda v: float(np.nanpercentile(v, 75)) if np.isfinite(v).any() else math.nan,
}
_OPS["average"] = _OPS["mean"]
AGGREGATES = frozenset(_OPS)


def _fast(op: str, ids: np.ndarray, values: np.ndarray, size: int) -> np.ndarray | None:
    """sum, count, valid, mean, min, max over all groups at once (numpy), else None."""
    good = np.isfinite(values)
    if op in ("count", "valid", "missing"):
        mask = {"count": np.ones(len(values), bool), "valid": good, "missing": ~good}[op]
        return np.bincount(ids, weights=mask.astype(np.float64), minlength=size)
    if op in ("sum", "mean", "average"):
        total = np.bincount(ids, weights=np.where(good, values, 0.0), minlength=size)
        if op == "sum":
            return total
        valid = np.bincount(ids, weights=good.astype(np.float64), minlength=size)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(valid > 0, total / np.maximum(valid, 1), np.nan)
    if op in ("min", "max"):
        out = np.full(size, np.inf if op == "min" else -np.inf)
        (np.minimum if op == "min" else np.maximum).at(out, ids[good], values[good])
        out[~np.isfinite(out)] = np.nan
        return out
    return None


def aggregate(groups: list[list[Any]], measures: dict[str, tuple[str, np.ndarray]]
              ) -> tuple[list[tuple[Any, ...]], dict[str, np.ndarray]]:
    """Rows grouped by the ``groups`` columns (first-seen order), each measure reduced by its op."""
    keys = list(zip(*groups)) if groups else [()] * len(next(iter(measures.values()))[1])
    number: dict[tuple[Any, ...], int] = {}
    ids = np.fromiter((number.setdefault(key, len(number)) for key in keys), dtype=np.int64,
                      count=len(keys))
    if not groups and not number:
        number[()] = 0
    out: dict[str, np.ndarray] = {}
    for name, (op, values) in measures.items():
        fast = _fast(op, ids, values, len(number))
        if fast is None:
            order = np.argsort(ids, kind="stable")
            parts = np.split(values[order], np.cumsum(np.bincount(ids, minlength=len(number)))[:-1])
            fast = np.array([_OPS[op](part) for part in parts], dtype=np.float64)
        out[name] = fast
    return list(number), out


# Vega's expression functions and constants of its math library (sin(datum.x), PI...).
_FUNCTIONS: dict[str, Any] = {
    **{name: getattr(math, name) for name in ("sin", "cos", "tan", "asin", "acos", "atan", "atan2",
                                              "sqrt", "exp", "floor", "ceil", "pow")},
    "log": math.log, "abs": abs, "round": lambda v: math.floor(v + 0.5), "min": min, "max": max,
    "PI": math.pi, "E": math.e, "SQRT2": math.sqrt(2), "LN2": math.log(2), "LN10": math.log(10),
}


def _date_part(part: Callable[[Any], int]) -> Callable[[Any], int | None]:
    """A Vega date function (``hours(datum.date)``): the part of the row's moment, read as
    written (a date without a zone is the time it says, as the browser reads it)."""
    from datetime import datetime, timezone

    def read(value: Any) -> int | None:
        stamp = _stamp(value)
        return None if math.isnan(stamp) else part(datetime.fromtimestamp(stamp, tz=timezone.utc))
    return read


for _prefix in ("", "utc"):
    _FUNCTIONS.update({
        _prefix + "year": _date_part(lambda m: m.year),
        _prefix + "quarter": _date_part(lambda m: (m.month - 1) // 3 + 1),
        _prefix + "month": _date_part(lambda m: m.month - 1),  # Vega's months count from 0
        _prefix + "date": _date_part(lambda m: m.day),
        _prefix + "day": _date_part(lambda m: (m.weekday() + 1) % 7),  # 0 is Sunday
        _prefix + "hours": _date_part(lambda m: m.hour),
        _prefix + "minutes": _date_part(lambda m: m.minute),
        _prefix + "seconds": _date_part(lambda m: m.second),
        _prefix + "milliseconds": _date_part(lambda m: m.microsecond // 1000),
    })


def _expression(text: str) -> Callable[[dict[str, Any]], Any]:
    """A Vega expression over ``datum`` (comparisons, and/or, arithmetic) as a Python function."""
    source = re.sub(r"datum\.([A-Za-z_]\w*)", r"datum.get('\1')", text)
    source = re.sub(r"datum\[['\"]([^'\"]+)['\"]\]", r"datum.get('\1')", source)
    for js, py in (("===", "=="), ("!==", "!="), ("&&", " and "), ("||", " or "),
                   ("true", "True"), ("false", "False"), ("null", "None")):
        source = source.replace(js, py)
    source = re.sub(r"!(?!=)", " not ", source)
    code = compile(source, "<vega expression>", "eval")
    return lambda datum: eval(code, {"__builtins__": {}, **_FUNCTIONS}, {"datum": datum})


def predicate(rule: Any) -> Callable[[dict[str, Any]], bool]:
    """A ``filter``: an expression string or a field predicate (equal, oneOf, range, lt...)."""
    if isinstance(rule, str):
        test = _expression(rule)
        return lambda datum: bool(test(datum))
    if isinstance(rule, dict) and "param" in rule and "field" not in rule:
        # a selection before the user picks: all of it (empty=False: none), as Vega-Lite starts
        keep = rule.get("empty", True) is not False
        return lambda datum: keep
    if not isinstance(rule, dict) or "field" not in rule:
        raise ValueError(rule)
    field = rule["field"]
    tests = {"equal": lambda v, lim: bool(v == lim), "oneOf": lambda v, lim: v in lim,
             "range": lambda v, lim: v is not None and lim[0] <= v <= lim[1],
             "lt": lambda v, lim: v is not None and v < lim, "lte": lambda v, lim: v is not None and v <= lim,
             "gt": lambda v, lim: v is not None and v > lim, "gte": lambda v, lim: v is not None and v >= lim}
    checks: list[tuple[Callable[[Any, Any], bool], Any]] = []
    for name, limit in rule.items():
        if name in tests:
            checks.append((tests[name], limit))
        elif name != "field":
            raise ValueError(rule)
    return lambda datum: all(test(datum.get(field), limit) for test, limit in checks)


# Vega-Lite's transform names: a step is named by the one it holds (Altair writes a
# regression as {"on": ..., "regression": ...}, its options first).
_TRANSFORMS = ("filter", "calculate", "fold", "window", "joinaggregate", "regression", "loess",
               "aggregate", "bin", "timeUnit", "lookup", "density", "flatten", "pivot",
               "quantile", "sample", "stack", "impute", "extent")


def _binned(data: Table, step: dict[str, Any]) -> Table:
    """``transform_bin("b", field="m")``: each row's bin start as ``b`` and its end as
    ``b_end`` (or the two names of ``as``), on Vega-Lite's nice bins."""
    names = step["as"]
    start_name, end_name = (names[0], names[1]) if isinstance(names, list) else (names, f"{names}_end")
    values = numbers(data[step["field"]])
    start, size, stop = nice_bins(values, step["bin"])
    starts = bin_starts(values, start, size, stop)
    return {**data, start_name: starts.tolist(), end_name: (starts + size).tolist()}


def transform(data: Table, steps: Sequence[Any], notes: list[str]) -> Table:
    """Apply ``filter``, ``calculate``, ``fold``, ``bin``, ``window``, ``aggregate``,
    ``joinaggregate`` and ``regression``; any other step is named in ``notes``."""
    for step in steps:
        name = next((k for k in _TRANSFORMS if isinstance(step, dict) and k in step), None) or (
            next(iter(step), "?") if isinstance(step, dict) else "?")
        try:
            records = [dict(zip(data, values)) for values in zip(*data.values())]
            if name == "filter":
                keep = predicate(step["filter"])
                data = table([r for r in records if keep(r)]) or {k: [] for k in data}
            elif name == "calculate":
                make = _expression(step["calculate"])
                data = {**data, step["as"]: [make(r) for r in records]}
            elif name in ("window", "aggregate", "joinaggregate", "regression"):
                from rerunqt.core import vega_window

                data = table(getattr(vega_window, name)(records, step)) or data
            elif name == "bin":
                data = _binned(data, step)
            elif name == "fold":
                key, value = step.get("as", ("key", "value"))
                data = table([{**r, key: f, value: r.get(f)} for r in records for f in step["fold"]])
            else:
                notes.append(f"transform {name!r}")
        except Exception:  # an expression Python cannot read: say so, draw the rest
            notes.append(f"transform {name}={step.get(name)!r}")
    return data


__all__ = ["AGGREGATES", "DAYS", "MONTHS", "Table", "aggregate", "bin_starts", "guess_type",
           "is_number", "nice_bins", "numbers", "predicate", "rows", "seconds", "table", "time_unit",
           "transform"]
