"""Sorting a table column: a stable argsort on the column's array, missing values last.

It exists so a header click sorts a million rows in numpy (the Qt model then reads rows
through the returned order; no proxy model), and so the rule is tested without Qt.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from rerunqt.core.frame_text import is_missing


def sort_order(column: np.ndarray, descending: bool) -> np.ndarray:
    """Row positions in sorted order: stable, ties in data order, missing values last."""
    n = len(column)
    kind = column.dtype.kind
    if kind in "biuf":
        keys: Any = column
        missing = np.isnan(column) if kind == "f" else None
    elif kind in "mM":
        missing = np.isnat(column)
        keys = column.view("int64")
    else:
        missing = np.fromiter((is_missing(v) for v in column), dtype=bool, count=n)
        keys = None
    present = np.flatnonzero(~missing) if missing is not None and missing.any() else np.arange(n)
    values = keys[present] if keys is not None else _object_keys(column[present])
    if descending:  # stable descending: sort the reversed array, map back, reverse
        reversed_order = np.argsort(values[::-1], kind="stable")
        order = (len(values) - 1 - reversed_order)[::-1]
    else:
        order = np.argsort(values, kind="stable")
    sorted_rows = present[order]
    if missing is not None and missing.any():
        sorted_rows = np.concatenate([sorted_rows, np.flatnonzero(missing)])
    return sorted_rows.astype(np.intp, copy=False)


def _object_keys(values: np.ndarray) -> np.ndarray:
    """Dense ranks of objects compared as themselves, else as (type name, text)."""
    try:
        return np.unique(values, return_inverse=True)[1].reshape(-1)
    except TypeError:
        texts = np.array([f"{type(v).__name__}\0{v}" for v in values], dtype=object)
        return np.unique(texts, return_inverse=True)[1].reshape(-1)


def sort_values(values: list[Any], descending: bool) -> list[int]:
    """Positions of plain Python cells (a data editor's, edits applied) in sorted order:
    numbers as numbers, other values as themselves, missing values last."""
    numbers = all(v.__class__ in (int, float) or is_missing(v) for v in values)
    if numbers:
        column: np.ndarray = np.array([np.nan if is_missing(v) else v for v in values], dtype=float)
    else:
        column = np.empty(len(values), dtype=object)
        for i, value in enumerate(values):  # one by one: a tuple stays one cell
            column[i] = value
    return sort_order(column, descending).tolist()
