"""st.data_editor's inputs beyond lists, dicts and DataFrames, and its return of them.

It exists so the editor takes everything st.dataframe takes, as Streamlit's does
("Anything supported by st.dataframe"), and returns the edited data as the input's own
type (Streamlit's ``convert_pandas_df_to_data_format``): a Series for a Series, a 1-D or
2-D ndarray for an ndarray, a set for a set, ``{key: value}`` for a dict of scalars, a
pyarrow Table or polars frame for theirs. A pandas Styler or Index comes back as a
DataFrame, None as an empty DataFrame (None without pandas), as in Streamlit.

Each input is turned into a form ``table_data`` reads (a list, a dict of lists, a list of
rows or a pandas DataFrame) plus a function that turns the edited copy back. pandas,
pyarrow and polars are never imported here unless the data is one of theirs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from rerunqt.errors import RerunQtAPIError

_SCALARS = (str, bytes, int, float, bool, complex, type(None))


@dataclass(frozen=True)
class Converted:
    """``data`` as a base form, how to give the edited copy back, and the index default."""

    source: Any
    back: Callable[[Any], Any] | None
    hides_index: bool
    key_value: bool = False  # a dict of scalars: one "value" column, its keys as the index


def _module(data: Any) -> str:
    return type(data).__module__.split(".")[0]


def convert(data: Any) -> Converted | None:
    """None for the base forms (list or tuple, dict of lists, DataFrame); else the base
    form of ``data`` and the way back."""
    module, name = _module(data), type(data).__name__
    if isinstance(data, (list, tuple)):
        return None
    if module == "pandas" and name == "DataFrame":
        return None
    if data is None:
        return Converted({}, _empty, False)
    if isinstance(data, (set, frozenset)):
        return Converted(list(data), type(data), True)
    if isinstance(data, Mapping):
        return _mapping(data)
    if module == "numpy" and name == "ndarray":
        return _numpy(data)
    if module == "pandas":
        return _pandas(data, name)
    if module == "pyarrow" and hasattr(data, "column_names"):
        table_type = type(data)
        return Converted(data.to_pandas(), lambda df: table_type.from_pandas(df, preserve_index=False),
                         False)
    if module == "polars":
        return _polars(data, name)
    if hasattr(data, "to_pandas"):
        return Converted(data.to_pandas(), None, False)
    if hasattr(data, "__iter__") and not isinstance(data, _SCALARS):
        return Converted(list(data), None, True)
    raise RerunQtAPIError(
        f"st.data_editor cannot edit a {type(data).__name__} ({data!r:.80}). Pass what "
        f"st.dataframe shows: a pandas DataFrame, Series, Styler or Index, a numpy array, a list "
        f"of dicts (rows), a dict of lists (columns), a list, tuple or set of values, a list of "
        f"lists, a dict of values, or a pyarrow Table / polars DataFrame."
    )


def _empty(_: Any) -> Any:
    """None edited: an empty DataFrame, as Streamlit returns (None without pandas)."""
    try:
        pd = importlib.import_module("pandas")
    except ImportError:
        return None
    return pd.DataFrame()


# ----------------------------------------------------------------------------- dicts
def _mapping(data: Mapping[Any, Any]) -> Converted:
    values = list(data.values())
    if values and all(isinstance(v, _SCALARS) for v in values):  # {key: value}: keys are the index
        keys = list(data)
        return Converted(data, lambda edited: edited, False, key_value=True) if keys else \
            Converted(data, None, False)
    if values and all(isinstance(v, Mapping) for v in values):  # {column: {index: value}}
        pd = importlib.import_module("pandas")  # given back as Streamlit does: df.to_dict()
        return Converted(pd.DataFrame(dict(data)), lambda df: df.to_dict(), False)
    if values and all(_module(v) == "pandas" and type(v).__name__ == "Series" for v in values):
        pd = importlib.import_module("pandas")
        return Converted(pd.DataFrame(dict(data)), lambda df: df.to_dict(orient="series"), False)
    columns = {key: plain_values(v) if _module(v) == "numpy" else list(v) if isinstance(v, range) else v
               for key, v in data.items()}
    first = values[0] if values else None
    return Converted(columns, None, isinstance(first, (list, tuple)))


def apply_key_value(data: Mapping[Any, Any], edited: dict[int, Any], deleted: list[int],
                    added: list[Any]) -> dict[Any, Any]:
    """A dict of scalars edited: values by row, deleted keys gone, added rows after them
    (keyed by their row number, since a new row has no key of its own)."""
    keys = list(data)
    out = {key: edited.get(row, value) for row, (key, value) in enumerate(data.items())}
    for row in deleted:
        out.pop(keys[row], None)
    for i, value in enumerate(added):
        key: Any = len(keys) + i
        while key in out:
            key += 1
        out[key] = value
    return out


# ----------------------------------------------------------------------------- numpy
def plain_values(array: Any) -> list[Any]:
    """A 1-D array as plain values: python numbers, text, datetimes (NaT as None)."""
    if array.dtype.kind == "M":
        from rerunqt.core.cell_dates import as_python

        return [None if value != value else as_python(value) for value in array]
    return list(array.tolist())


def _numpy(data: Any) -> Converted:
    if data.ndim == 0:
        data = data.reshape(1)
    if data.ndim == 1 and not data.dtype.names:
        dtype = data.dtype
        return Converted({"value": plain_values(data)}, lambda out: as_array(out["value"], dtype), True)
    if data.ndim == 2 and data.shape[1] == 1:  # one column: named "value", as Streamlit names it
        dtype = data.dtype
        return Converted({"value": plain_values(data[:, 0])},
                         lambda out: as_array(out["value"], dtype).reshape(-1, 1), True)
    if data.ndim == 2:
        dtype = data.dtype
        rows = [list(row) for row in zip(*(plain_values(data[:, i]) for i in range(data.shape[1])))] \
            if data.shape[1] else [[] for _ in range(data.shape[0])]
        return Converted(rows, lambda out: as_array(out, dtype), True)
    raise RerunQtAPIError(
        f"st.data_editor edits 1-D or 2-D numpy arrays; got one of shape {data.shape}. "
        f"Reshape it (e.g. array.reshape(len(array), -1))."
    )


def as_array(values: list[Any], dtype: Any) -> Any:
    """Edited values as an array of the original dtype; a missing value widens it as pandas
    would (ints to float NaN, bools to objects), and text is an object array, as Streamlit's."""
    import numpy as np

    if not values:
        return np.ndarray(0)
    flat = [v for row in values for v in row] if isinstance(values[0], list) else values
    if dtype.kind in "US":  # text goes through pandas as objects: Streamlit returns dtype=object
        dtype = object
    if None in flat:
        if dtype.kind in "iuf":
            nan = float("nan")
            filled = [[nan if v is None else v for v in row] for row in values] \
                if isinstance(values[0], list) else [nan if v is None else v for v in values]
            return np.array(filled, dtype=float)
        if dtype.kind not in "Mm":
            dtype = object
    try:
        return np.array(values, dtype=dtype)
    except (TypeError, ValueError):
        return np.array(values, dtype=object)


# ----------------------------------------------------------------------------- pandas, polars
def _pandas(data: Any, name: str) -> Converted:
    if name == "Styler":  # its formats apply to read-only cells in Streamlit; edited: a DataFrame
        from rerunqt.core.styler_cells import check_styler_size

        check_styler_size(data)
        return Converted(data.data, None, False)
    if name == "Series":
        label = data.name
        frame = data.to_frame(name=0 if label is None else label)  # pandas' name, as Streamlit's
        return Converted(frame, lambda df: df.iloc[:, 0].rename(0 if label is None else label), False)
    if name.endswith("Index"):
        frame = data.to_frame(index=False, name=0 if data.name is None else data.name) \
            if data.nlevels == 1 else data.to_frame(index=False)
        return Converted(frame, None, True)
    if hasattr(data, "to_numpy"):  # pandas arrays: one column
        pd = importlib.import_module("pandas")
        return Converted(pd.DataFrame({"value": data.to_numpy()}), None, True)
    raise RerunQtAPIError(f"st.data_editor cannot edit a pandas {name}; pass a DataFrame or Series.")


def _polars(data: Any, name: str) -> Converted:
    polars = importlib.import_module("polars")
    if name == "Series":
        return Converted(data.to_frame().to_pandas(), lambda df: polars.from_pandas(df.iloc[:, 0]), True)
    if name == "LazyFrame":
        return Converted(data.collect().to_pandas(), lambda df: polars.from_pandas(df).lazy(), True)
    return Converted(data.to_pandas(), polars.from_pandas, True)
