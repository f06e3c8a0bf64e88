"""Streamlit's fix for a pandas frame that Arrow cannot serialise, without pyarrow.

Streamlit 1.67 sends every frame as Arrow; when that fails (a column mixing ints and
text, complex numbers, objects Arrow does not know), it retries with each incompatible
column (and a mixed index) turned into pandas ``string`` text, which is then what the
table shows (``"True"``, ``"2.5"``, a numpy array's ``"[1 2]"``) and what AppTest's
``value`` holds. rerunqt has no Arrow, so it predicts the failure from the values.
pandas is imported only by callers that hold a pandas object.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

_FAILS = object()  # a value Arrow cannot type
# other values Arrow types by themselves (in a list cell, say); anything else it refuses
_ARROW_KINDS = {"date": "date", "time": "time", "timedelta": "timedelta", "Timedelta": "timedelta",
                "Decimal": "decimal", "NaTType": None, "NAType": None}
_FAILING_PERIODS = frozenset({"period[B]", "period[N]", "period[ns]", "period[U]", "period[us]"})


def _scalar_kind(value: Any) -> Any:
    """The Arrow kind of one value: numbers share one kind (ints and floats mix), None
    fits any, and a list is ("list", its items' kind)."""
    import numpy as np

    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, (bool, np.bool_)):
        return "bool"
    if isinstance(value, (int, float, np.integer, np.floating)):
        return "number"
    if isinstance(value, str):
        return "str"
    if isinstance(value, bytes):
        return "bytes"
    if isinstance(value, (list, tuple, set, frozenset, np.ndarray)):
        return "list", _common_kind(value.tolist() if isinstance(value, np.ndarray) else value)
    if isinstance(value, dict):
        return "dict"
    if isinstance(value, (datetime, np.datetime64)):  # pandas' Timestamp too
        return "datetime"
    return _ARROW_KINDS.get(type(value).__name__, _FAILS)


def _common_kind(values: Iterable[Any]) -> Any:
    kind: Any = None
    for value in values:
        this = _scalar_kind(value)
        if this is _FAILS:
            return _FAILS
        if this is None:
            continue
        if kind is None:
            kind = this
        elif isinstance(kind, tuple) and isinstance(this, tuple):
            inner = kind[1] if this[1] is None else this[1] if kind[1] is None else kind[1]
            if kind[1] is not None and this[1] is not None and kind[1] != this[1]:
                return _FAILS
            kind = ("list", inner)
        elif kind != this:
            return _FAILS
        if isinstance(kind, tuple) and kind[1] is _FAILS:
            return _FAILS
    return kind


def _fix(column: Any, may_try: bool) -> str | None:
    """Streamlit's verdict on one column or index: "string", "list" or None (it fits);
    ``may_try`` answers the list case as Arrow would (Streamlit's trial conversion)."""
    from pandas.api.types import infer_dtype, is_dict_like, is_list_like

    if column.dtype.kind == "c" or str(column.dtype) in _FAILING_PERIODS:
        return "string"
    if column.dtype != object:
        return None
    inferred = infer_dtype(column, skipna=True)
    if inferred in ("mixed-integer", "complex"):
        return "string"
    if inferred != "mixed":
        return None
    present = column.dropna()
    if not len(present) or not hasattr(column, "iloc"):
        return "string"
    first = present.iloc[0]
    if not is_list_like(first) or is_dict_like(first):
        return "string"
    if isinstance(first, frozenset):
        return "list"
    return "string" if may_try and _common_kind(present) is _FAILS else None


def _struct_fits(values: list[Any]) -> bool:
    """Dicts Arrow makes a struct of: each key's values of one kind across the rows
    (``{"a": 1}`` then ``{"a": "x"}`` is refused)."""
    fields: dict[Any, list[Any]] = {}
    for value in values:
        if not isinstance(value, dict):
            return False
        for key, item in value.items():
            fields.setdefault(key, []).append(item)
    return all(_common_kind(items) is not _FAILS for items in fields.values())


def _arrow_fails(frame: Any) -> bool:
    """Whether pyarrow's ``Table.from_pandas`` would raise on ``frame``: a column Streamlit
    finds incompatible, unless it holds only dicts (Arrow makes those a struct)."""
    import pandas as pd

    for _, column in frame.items():
        verdict = _fix(column, may_try=True)
        if verdict is None:
            continue
        if column.dtype == object and _struct_fits(column.dropna().tolist()):
            continue
        return True
    index = frame.index
    return not isinstance(index, (pd.RangeIndex, pd.MultiIndex)) and _fix(index, may_try=False) is not None


def arrow_ready(frame: Any) -> Any:
    """``frame`` as Streamlit sends it: itself, or a copy with its incompatible columns as
    text (a set or frozenset column as lists) when Arrow would refuse it."""
    import pandas as pd

    if not isinstance(frame, pd.DataFrame) or not frame.columns.is_unique or not _arrow_fails(frame):
        return frame
    fixed = frame.copy()
    for position, (_, column) in enumerate(frame.items()):
        verdict = _fix(column, may_try=True)
        if verdict == "list":
            fixed.isetitem(position, column.map(
                lambda x: list(x) if isinstance(x, Iterable) and not isinstance(x, (str, bytes)) else x))
        elif verdict == "string":
            fixed.isetitem(position, column.astype("string"))
    if not isinstance(frame.index, pd.MultiIndex) and _fix(frame.index, may_try=False) is not None:
        fixed.index = frame.index.astype("string")
    return fixed
