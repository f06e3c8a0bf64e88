"""Vega-Lite's ``window``, ``aggregate``, ``joinaggregate`` and ``regression`` transforms (rolling means,
running totals, ranks, a group's total on each row, fitted trend lines), Qt-free.

Rows are grouped by ``groupby``, ordered by ``sort`` (the data's order when there is none),
and each row gets each op over its ``frame`` of neighbours ([null, 0]: from the group's start
to the row, as Vega-Lite's default). Ops rerunqt does not know raise ValueError, so the
transform is named in the chart's note.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

_NUMBERS = {
    "sum": sum,
    "mean": lambda v: sum(v) / len(v) if v else None,
    "average": lambda v: sum(v) / len(v) if v else None,
    "min": lambda v: min(v) if v else None,
    "max": lambda v: max(v) if v else None,
}


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
        return None
    return float(value)


def _order(records: list[dict[str, Any]], rows: list[int], sort: Sequence[Any]) -> None:
    """Sort ``rows`` in place by the ``sort`` fields (the last key first: sorts are stable)."""
    for spec in reversed([s for s in sort if isinstance(s, dict) and "field" in s]):
        field = spec["field"]
        rows.sort(key=lambda i: (records[i].get(field) is None, records[i].get(field) or 0),
                  reverse=spec.get("order") == "descending")


def _value(op: dict[str, Any], records: list[dict[str, Any]], rows: list[int], pos: int,
           frame: tuple[int, int], sort_fields: list[str]) -> Any:
    name, field = op.get("op"), str(op.get("field"))
    peers = [tuple(records[i].get(f) for f in sort_fields) for i in rows]
    if name == "row_number":
        return pos + 1
    if name == "rank":
        return peers.index(peers[pos]) + 1
    if name == "dense_rank":
        return len(dict.fromkeys(peers[:pos + 1]))
    framed = [records[i] for i in rows[frame[0]:frame[1] + 1]]
    if name == "count":
        return len(framed) if "field" not in op else sum(r.get(field) is not None for r in framed)
    if name in ("first_value", "last_value"):
        return (framed[0] if name == "first_value" else framed[-1]).get(field) if framed else None
    if name in _NUMBERS:
        values = [v for v in (_number(r.get(field)) for r in framed) if v is not None]
        return _NUMBERS[name](values)
    raise ValueError(f"window op {name!r}")


def window(records: list[dict[str, Any]], step: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows with each window op's result added under its ``as`` name."""
    ops = [op for op in step["window"] if isinstance(op, dict)]
    low, high = (list(step.get("frame") or [None, 0]) + [None, None])[:2]
    groupby, sort = step.get("groupby") or [], step.get("sort") or []
    sort_fields = [s["field"] for s in sort if isinstance(s, dict) and "field" in s]
    out = [dict(r) for r in records]
    groups: dict[tuple[Any, ...], list[int]] = {}
    for i, record in enumerate(records):
        groups.setdefault(tuple(record.get(g) for g in groupby), []).append(i)
    for rows in groups.values():
        _order(records, rows, sort)
        for pos, i in enumerate(rows):
            frame = (0 if low is None else max(0, pos + int(low)),
                     len(rows) - 1 if high is None else min(len(rows) - 1, pos + int(high)))
            for op in ops:
                out[i][str(op["as"])] = _value(op, records, rows, pos, frame, sort_fields)
    return out


def joinaggregate(records: list[dict[str, Any]], step: dict[str, Any]) -> list[dict[str, Any]]:
    """Each row with its group's aggregates (``transform_joinaggregate(Total="sum(x)")``)."""
    whole = (None, None)  # the frame is the whole group
    return window(records, {"window": step["joinaggregate"], "frame": list(whole),
                            "groupby": step.get("groupby")})


def aggregate(records: list[dict[str, Any]], step: dict[str, Any]) -> list[dict[str, Any]]:
    """``transform_aggregate(total="sum(x)", groupby=[...])``: one row per group (first-seen
    order) holding the groupby fields and each op's result, as Vega's aggregate transform."""
    from rerunqt.core.vega_data import AGGREGATES, numbers
    from rerunqt.core.vega_data import aggregate as reduce

    groupby = [str(g) for g in step.get("groupby") or []]
    ops = step["aggregate"]
    measures = {}
    for op in ops:
        name = str(op["op"])
        if name not in AGGREGATES:
            raise ValueError(f"aggregate op {name!r}")
        values = [r.get(op.get("field")) for r in records] if op.get("field") else [0] * len(records)
        if name == "distinct":  # any value, text too: number each distinct one
            seen: dict[Any, int] = {}
            values = [seen.setdefault(v, len(seen)) for v in values]
        measures[str(op.get("as") or f"{name}_{op.get('field', '')}".rstrip("_"))] = (name, numbers(values))
    if not records:
        return []
    keys, results = reduce([[r.get(g) for r in records] for g in groupby], measures)
    whole = {"count", "valid", "missing", "distinct"}
    out = []
    for i, key in enumerate(keys):
        row: dict[str, Any] = dict(zip(groupby, key))
        for (name, (op_name, _)) in measures.items():
            value = float(results[name][i])
            row[name] = None if math.isnan(value) else int(value) if op_name in whole else value
        out.append(row)
    return out


def _fit(method: str, order: int, x: Any, y: Any) -> Any:
    """The fitted curve's function (numpy arrays in, out), as Vega's regression methods."""
    import numpy as np

    if method in ("linear", "poly", "quad"):
        degree = 1 if method == "linear" else (2 if method == "quad" else order)
        return np.poly1d(np.polyfit(x, y, degree))
    if method == "log":
        a, b = np.polyfit(np.log(x), y, 1)
        return lambda v: a * np.log(v) + b
    if method == "exp":
        a, b = np.polyfit(x, np.log(y), 1)
        return lambda v: np.exp(b) * np.exp(a * v)
    if method == "pow":
        a, b = np.polyfit(np.log(x), np.log(y), 1)
        return lambda v: np.exp(b) * v ** a
    raise ValueError(f"regression method {method!r}")


def regression(records: list[dict[str, Any]], step: dict[str, Any]) -> list[dict[str, Any]]:
    """``transform_regression("x", "y", method=...)``: per group, points along the fitted curve
    over the data's x extent (two for a straight line, a smooth run of them for a curve)."""
    import numpy as np

    on, target = str(step["on"]), str(step["regression"])
    method, order = str(step.get("method", "linear")), int(step.get("order", 3))
    names = step.get("as") or [on, target]
    groupby = step.get("groupby") or []
    groups: dict[tuple[Any, ...], list[tuple[float, float]]] = {}
    for record in records:
        x, y = _number(record.get(on)), _number(record.get(target))
        if x is not None and y is not None:
            groups.setdefault(tuple(record.get(g) for g in groupby), []).append((x, y))
    out = []
    for key, pairs in groups.items():
        x, y = np.array(pairs).T
        extent = step.get("extent") or [float(x.min()), float(x.max())]
        fit = _fit(method, order, x, y)
        xs = np.linspace(float(extent[0]), float(extent[1]), 2 if method == "linear" else 100)
        for xv, yv in zip(xs.tolist(), np.asarray(fit(xs), dtype=float).tolist()):
            out.append({**dict(zip(groupby, key)), str(names[0]): xv, str(names[1]): yv})
    return out


__all__ = ["aggregate", "joinaggregate", "regression", "window"]
