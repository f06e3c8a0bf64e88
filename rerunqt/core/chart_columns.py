"""Chart input as named numpy columns: DataFrame, Series, dict, array, list, records.

One reader for every format Streamlit's charts accept, so the chart code only sees
columns. A pandas object is read through its own methods (pandas is never imported).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from rerunqt.errors import RerunQtAPIError


class Columns:
    """Named 1-D arrays of one length, and the row index (positions unless the data has one).
    ``orders``: the categories of the ordered pandas Categorical columns, in their order."""

    __slots__ = ("arrays", "index", "index_is_positions", "orders")

    def __init__(self, arrays: dict[str, np.ndarray], index: np.ndarray | None = None,
                 orders: dict[str, tuple[str, ...]] | None = None) -> None:
        self.orders = orders or {}
        lengths = {name: len(values) for name, values in arrays.items()}
        if len(set(lengths.values())) > 1:
            raise RerunQtAPIError(
                f"data has columns of different lengths {lengths!r}; every column of a chart's "
                f"data must have one value per row. Pad or trim them to the same length."
            )
        self.arrays = arrays
        rows = next(iter(lengths.values()), 0)
        self.index_is_positions = index is None
        self.index = positions(rows) if index is None else index


_POSITIONS: dict[int, np.ndarray] = {}


def positions(rows: int) -> np.ndarray:
    """0..rows-1 as float64, shared and read-only (allocating 1M floats per rerun costs ms)."""
    array = _POSITIONS.get(rows)
    if array is None:
        if len(_POSITIONS) >= 8:
            _POSITIONS.clear()
        array = _POSITIONS[rows] = np.arange(rows, dtype=np.float64)
        array.flags.writeable = False
    return array


def _array(name: str, values: Any) -> np.ndarray:
    array = np.asarray(values)
    if array.ndim != 1:
        raise RerunQtAPIError(
            f"data column {name!r} must be one-dimensional (one value per row), got an array of "
            f"shape {array.shape}."
        )
    return array


def _is_pandas(data: Any, name: str) -> bool:
    cls = type(data)
    return cls.__module__.startswith("pandas") and cls.__name__ == name


def _pandas_index(index: Any) -> np.ndarray | None:
    """The frame's index as x, or None when it is the default 0..n-1 positions."""
    if type(index).__name__ == "RangeIndex" and index.start == 0 and index.step == 1:
        return None
    if getattr(index, "tz", None) is not None:  # a tz-aware DatetimeIndex: UTC instants
        index = index.tz_convert("UTC").tz_localize(None)
    return _array("index", index.to_numpy())


def _values(column: Any) -> np.ndarray:
    """A pandas Series' values; tz-aware datetimes as naive UTC ``datetime64`` (the same
    instants; ``to_numpy`` would give Timestamp objects, slow to read and each converted
    with a numpy warning about timezones)."""
    if getattr(column.dtype, "tz", None) is not None:
        return column.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy()
    return column.to_numpy()


def _order(column: Any) -> tuple[str, ...] | None:
    """An ordered Categorical's categories as text (Streamlit sorts its axis by them)."""
    dtype = column.dtype
    if getattr(dtype, "name", "") != "category" or not getattr(dtype, "ordered", False):
        return None
    return tuple(str(c) for c in dtype.categories)


def _from_matrix(array: np.ndarray) -> Columns:
    if array.ndim == 1:
        return Columns({"value": array})
    if array.ndim == 2:
        return Columns({str(i): array[:, i] for i in range(array.shape[1])})
    raise RerunQtAPIError(
        f"data is a {array.ndim}-D array of shape {array.shape}; a chart takes a 1-D array "
        f"(one series) or a 2-D array (one series per column)."
    )


def read_columns(data: Any) -> Columns:
    """``data`` as Columns; a clear error for what a chart cannot show."""
    if data is None:
        return Columns({})
    if _is_pandas(data, "DataFrame"):
        arrays = {str(name): _array(str(name), _values(data[name])) for name in data.columns}
        orders = {str(name): order for name in data.columns
                  if (order := _order(data[name])) is not None}
        return Columns(arrays, _pandas_index(data.index), orders)
    if _is_pandas(data, "Series"):
        name = "value" if data.name is None else str(data.name)
        order = _order(data)
        return Columns({name: _array(name, _values(data))}, _pandas_index(data.index),
                       {name: order} if order is not None else None)
    if isinstance(data, Mapping):
        if data and all(np.ndim(value) == 0 for value in data.values()):
            # {"apples": 3, "pears": 5}: one value per key, a Series as Streamlit reads it
            return Columns({"value": _array("value", list(data.values()))},
                           _array("index", [str(name) for name in data]))
        return Columns({str(name): _array(str(name), values) for name, values in data.items()})
    if isinstance(data, np.ndarray):
        return _from_matrix(data)
    if isinstance(data, (list, tuple)):
        if data and all(isinstance(row, Mapping) for row in data):
            names = list(dict.fromkeys(k for row in data for k in row))
            return Columns({str(n): _array(str(n), [row.get(n) for row in data]) for n in names})
        if data and isinstance(data[0], (list, tuple)):
            widths = {len(row) for row in data}
            if len(widths) > 1:
                raise RerunQtAPIError(
                    f"data is a ragged list of rows (row lengths {sorted(widths)}); give every "
                    f"row the same number of values."
                )
        return _from_matrix(np.asarray(data))
    raise RerunQtAPIError(
        f"data of type {type(data).__name__} cannot be charted; pass a pandas DataFrame or "
        f"Series, a dict of columns, a numpy array or a list (got {data!r:.80})."
    )
