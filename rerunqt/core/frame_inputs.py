"""Every input st.dataframe and st.table accept, read into named 1-D numpy arrays.

It exists to keep the input formats in one place. pandas, pyarrow and polars are never
imported here: an object is recognised by its type's module, and converted through its
own methods (``to_numpy``, ``to_pandas``), so the non-pandas inputs work without pandas.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from rerunqt.core.frame_text import MISSING, int_gaps
from rerunqt.errors import RerunQtAPIError

Columns = tuple[tuple[str, ...], list[np.ndarray], "np.ndarray | None", str, Any]
_SCALARS = (str, bytes, int, float, bool, complex, type(None))


def _module(data: Any) -> str:
    return type(data).__module__.split(".")[0]


def columns_of(data: Any, function: str) -> Columns:
    """(names, columns, index or None, index name, Styler formats or None)."""
    module, name = _module(data), type(data).__name__
    if data is None:
        return (), [], None, "", None
    if module == "pandas":
        return _pandas(data, name, function)
    if isinstance(data, np.ndarray):
        return _numpy(data, function)
    if module == "pyarrow" and hasattr(data, "column_names"):
        if _has_pandas():
            return _pandas(data.to_pandas(), "DataFrame", function)
        return (tuple(map(str, data.column_names)),
                [_array(data.column(i).to_pylist()) for i in range(data.num_columns)], None, "", None)
    if module == "polars":
        if name == "Series":
            data = data.to_frame()
        if name == "LazyFrame":
            data = data.collect()
        return (tuple(map(str, data.columns)),
                [_polars_column(data.get_column(c)) for c in data.columns], None, "", None)
    if isinstance(data, Mapping):
        return _mapping(data, function)
    if isinstance(data, (list, tuple)):
        return _sequence(data, function)
    if hasattr(data, "to_pandas"):
        return _pandas(data.to_pandas(), "DataFrame", function)
    if isinstance(data, (set, frozenset)) or (hasattr(data, "__iter__") and not isinstance(data, _SCALARS)):
        return _sequence(list(data), function)
    raise RerunQtAPIError(
        f"st.{function} cannot show a {type(data).__name__} ({data!r:.80}). Pass a pandas DataFrame, "
        f"Series or Styler, a numpy array, a list of dicts (rows), a dict of lists (columns), a list "
        f"of lists, or a pyarrow Table / polars DataFrame."
    )


def hides_index(data: Any) -> bool:
    """Whether Streamlit hides the index of ``data`` by default (apply_data_specific_configs):
    lists, tuples and sets (of values, dicts or rows), numpy arrays, a dict of lists, a
    pandas Index, polars and pyarrow data: their index is only the row positions. A pandas
    DataFrame, Series or Styler, a dict of scalars (its keys) or of dicts keep theirs."""
    if isinstance(data, (list, tuple, set, frozenset, np.ndarray)):
        return True
    if isinstance(data, Mapping):
        first = next(iter(data.values()), None)
        return isinstance(first, (list, tuple))
    module, name = _module(data), type(data).__name__
    if module == "pandas":
        return name.endswith("Index") or name.endswith("Array")
    return module in ("polars", "pyarrow")


def has_range_index(data: Any) -> bool:
    """A pandas object (or a Styler's) whose index is a RangeIndex (row numbers)."""
    if type(data).__name__ == "Styler":
        data = data.data
    return _module(data) == "pandas" and type(getattr(data, "index", None)).__name__ == "RangeIndex"


def _has_pandas() -> bool:
    import importlib.util

    return importlib.util.find_spec("pandas") is not None


def _polars_column(series: Any) -> np.ndarray:
    array = _native(series.to_numpy())
    return int_gaps(array) if series.dtype.is_integer() and array.dtype.kind == "f" else array


def _native(array: np.ndarray) -> np.ndarray:
    return array if array.ndim == 1 else np.asarray(array.tolist(), dtype=object)


def _array(values: Sequence[Any]) -> np.ndarray:
    """A column from plain values: a typed array when they agree, else objects."""
    kinds = {type(v) for v in values} - {type(None)}
    if kinds and kinds <= {int, float} and (float in kinds or None in values):
        return np.array([np.nan if v is None else v for v in values], dtype=float)
    if kinds == {int} or kinds == {bool}:
        try:
            return np.array(values, dtype=bool if kinds == {bool} else np.int64)
        except OverflowError:
            pass
    out = np.empty(len(values), dtype=object)
    out[:] = list(values)
    return out


def _numpy(data: np.ndarray, function: str) -> Columns:
    if data.ndim == 0:  # Streamlit shows a 0-d array (np.array(0)) as an empty frame
        return (), [], None, "", None
    if data.ndim == 1:
        if data.dtype.names:  # a structured array: one column per field
            names = tuple(data.dtype.names)
            return names, [np.asarray(data[n]) for n in names], None, "", None
        return ("value",), [data], None, "", None  # Streamlit names a lone column 0 "value"
    if data.ndim == 2:
        names = ("value",) if data.shape[1] == 1 else tuple(str(i) for i in range(data.shape[1]))
        return names, [data[:, i] for i in range(data.shape[1])], None, "", None
    raise RerunQtAPIError(
        f"st.{function} shows 1-D or 2-D numpy arrays; got one of shape {data.shape}. "
        f"Reshape it (e.g. array.reshape(len(array), -1))."
    )


def _mapping(data: Mapping[Any, Any], function: str) -> Columns:
    values = list(data.values())
    if values and all(isinstance(v, _SCALARS) for v in values):  # {"a": 1, "b": 2}: one column
        return ("value",), [_array(values)], _array([str(k) for k in data]), "", None
    if values and all(isinstance(v, Mapping) for v in values):  # {column: {index: value}}
        rows = list(dict.fromkeys(k for inner in values for k in inner))  # as pandas: the union
        return (tuple(str(k) for k in data), [_array([inner.get(r) for r in rows]) for inner in values],
                _array(rows), "", None)
    names = tuple(str(k) for k in data)
    columns = []
    for name, column in zip(names, values):
        if isinstance(column, np.ndarray) and column.ndim == 1:
            columns.append(column)
        elif isinstance(column, (list, tuple, range)) or _module(column) in ("pandas", "polars"):
            columns.append(_array(list(column)))
        elif isinstance(column, _SCALARS):
            columns.append(_array([column]))
        else:
            raise RerunQtAPIError(
                f"st.{function} got a dict whose value for {name!r} is a {type(column).__name__}; a "
                f"dict is read as columns: use a list (or array) per column."
            )
    lengths = {len(c) for c in columns}
    if len(lengths) > 1:
        shown = ", ".join(f"{n!r}: {len(c)}" for n, c in zip(names, columns))
        raise RerunQtAPIError(f"st.{function} got columns of different lengths ({shown}); "
                              f"every list in the dict must have the same length.")
    return names, columns, None, "", None


def _sequence(data: Sequence[Any], function: str) -> Columns:
    if not data:
        return (), [], None, "", None
    first = data[0]
    if isinstance(first, Mapping):
        keys: dict[Any, None] = {}
        for row in data:
            if not isinstance(row, Mapping):
                raise RerunQtAPIError(
                    f"st.{function} got a list of dicts with a {type(row).__name__} among them: "
                    f"{row!r:.80}. Every row must be a dict."
                )
            keys.update(dict.fromkeys(row))
        return (tuple(str(k) for k in keys), [_array([row.get(k) for row in data]) for k in keys],
                None, "", None)
    if isinstance(first, (list, tuple, np.ndarray)):
        for row in data:
            if not isinstance(row, (list, tuple, np.ndarray)):
                raise RerunQtAPIError(
                    f"st.{function} got a list of rows with a {type(row).__name__} among them: "
                    f"{row!r:.80}. Every row must be a list of values."
                )
        width = max(len(row) for row in data)  # short rows end in missing cells, as in pandas
        return (tuple(str(i) for i in range(width)),
                [_array([row[i] if i < len(row) else None for row in data]) for i in range(width)],
                None, "", None)
    return ("value",), [_array(list(data))], None, "", None


def _pandas(data: Any, name: str, function: str) -> Columns:
    styles = None
    if name == "Styler":
        from rerunqt.core.styler_cells import StylerCells, check_styler_size

        check_styler_size(data)
        styles = StylerCells(data)
        data = data.data
        name = "DataFrame"
    # A Series or Index is one column named as it is, else "0" (pandas' DataFrame(data), as
    # in Streamlit); a MultiIndex is one column of its tuples, shown as text.
    if name == "Series":
        data = data.to_frame(name=data.name if data.name is not None else 0)
    elif name == "MultiIndex":
        return ("0",), [_array([str(v) for v in data])], None, "", None
    elif name.endswith("Index"):
        data = data.to_frame(index=False, name=data.name if data.name is not None else 0)
    elif name != "DataFrame":
        if hasattr(data, "to_numpy"):
            return ("value",), [_native(np.asarray(data.to_numpy()))], None, "", None
        raise RerunQtAPIError(f"st.{function} cannot show a pandas {name}; pass a DataFrame or Series.")
    names = tuple(" / ".join(map(str, c)) if isinstance(c, tuple) else str(c) for c in data.columns)
    columns = [_pandas_column(data.iloc[:, i]) for i in range(data.shape[1])]
    index = data.index
    labels: np.ndarray | None = None
    if not (type(index).__name__ == "RangeIndex" and index.start == 0 and index.step == 1):
        if index.nlevels > 1:
            labels = _joined_levels(index)
        else:
            labels = _pandas_column(index)
    index_name = "" if index.name is None else str(index.name)
    return names, columns, labels, index_name, styles


def _pandas_column(series: Any) -> np.ndarray:
    """numpy dtypes stay as they are (no copy); extension dtypes become object arrays."""
    dtype = series.dtype
    if isinstance(dtype, np.dtype):
        if dtype.kind == "M" or dtype.kind == "m":
            return np.asarray(series.to_numpy())
        return series.to_numpy(copy=False)
    if str(dtype).startswith(("Int", "UInt", "Float")):  # nullable numbers: missing is NaN
        if not series.hasnans:
            return series.to_numpy(dtype=str(dtype).lower())
        floats = series.to_numpy(dtype=float, na_value=np.nan)
        return floats if str(dtype).startswith("Float") else int_gaps(floats)
    return np.asarray(series.to_numpy(dtype=object))  # missing values stay NA / NaN (shown "None")


def _joined_levels(index: Any) -> np.ndarray:
    """A MultiIndex's labels, its levels joined with " / " ("North / a"); a missing level
    reads "None", not "nan". Each distinct combination of levels is written once (a
    million rows of a few hundred groups: 0.1 s, not 2.6 s)."""
    import math

    sizes = [len(level) + 1 for level in index.levels]  # code 0: a missing value
    texts = [np.array([MISSING, *(str(value) for value in level)], dtype=object) for level in index.levels]
    codes = [np.asarray(code, dtype=np.int64) + 1 for code in index.codes]
    if math.prod(sizes) >= 2 ** 62:  # (too many combinations to number: row by row)
        return np.array([" / ".join(str(text[code[row]]) for text, code in zip(texts, codes))
                         for row in range(len(index))], dtype=object)
    combined = np.zeros(len(index), dtype=np.int64)
    for code, size in zip(codes, sizes):
        combined = combined * size + code
    distinct, where = np.unique(combined, return_inverse=True)
    written = np.empty(len(distinct), dtype=object)
    for i, number in enumerate(distinct.tolist()):
        parts = []
        for text, size in zip(reversed(texts), reversed(sizes)):
            number, code = divmod(number, size)
            parts.append(str(text[code]))
        written[i] = " / ".join(reversed(parts))
    return written[where.reshape(-1)]
