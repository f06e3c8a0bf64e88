"""The data of st.data_editor: read into columns, types and rows, and written back edited.

It exists to keep the input formats (list of dicts, dict of lists, lists, a pandas
DataFrame) in one place: ``read_table`` reads them, ``apply_delta`` returns an edited copy
of the same type. Other inputs (numpy, Series, sets, None...) are converted to one of these
by core/editor_inputs.py. pandas is imported only when the data is pandas'.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time, timedelta
from typing import Any

from rerunqt.core.cell_dates import DATE_KINDS, as_python, typed_cell
from rerunqt.core.editor_categories import fits, text_categories
from rerunqt.core.editor_inputs import apply_key_value, convert
from rerunqt.core.frame_text import MISSING, is_missing
from rerunqt.core.table_delta import Delta
from rerunqt.errors import RerunQtAPIError

INDEX = "_index"
_PLAIN = frozenset({type(None), bool, int, float, str, date, time, datetime, timedelta})
_NONE = type(None)


# ----------------------------------------------------------------------------- reading data
class Table:
    """The data of one call, read once: column names, types and rows of plain values."""

    __slots__ = ("back", "format", "hides_index", "index", "index_name", "keys", "names", "rows",
                 "source", "types")

    def __init__(self, fmt: str, names: tuple[str, ...], keys: tuple[Any, ...],
                 columns: list[list[Any]], index: tuple[str, ...] | None = None,
                 types: list[str | None] | None = None, index_name: str = "") -> None:
        self.format = fmt  # records | columns | values | rows | pandas | keyvalue
        self.source: Any = None  # the data in that form (set by read_table)
        self.back: Callable[[Any], Any] | None = None  # the edited copy as the input's type
        self.hides_index = fmt != "pandas" and fmt != "keyvalue"  # Streamlit's default
        self.index_name = index_name
        self.names = names
        self.keys = keys  # the data's own column keys (dict keys, DataFrame labels)
        if types is None:
            self.types = tuple(_classify(col) for col in columns)
        else:  # a type known from a dtype wins over the values (an all-NaN float column)
            self.types = tuple(t or _classify(col) for t, col in zip(types, columns))
        shown = [_plain_column(col, kind) for col, kind in zip(columns, self.types)]
        self.rows: tuple[tuple[Any, ...], ...] = tuple(zip(*shown)) if shown else ()
        self.index = index  # row labels to show, or None for positions


def _classify(values: list[Any]) -> str:
    kinds = set(map(type, values))
    kinds.discard(_NONE)
    if not kinds or kinds == {str}:
        return "str"
    if kinds == {bool}:
        return "bool"
    if kinds == {int}:
        return "int"
    if kinds <= {int, float}:
        return "float"
    if all(issubclass(k, datetime) for k in kinds):  # pandas Timestamps too
        return "datetime"
    if kinds == {date}:
        return "date"
    if kinds == {time}:
        return "time"
    if kinds <= {list, tuple} and all(v is None or all(x.__class__ is str for x in v) for v in values):
        return "list"  # lists of text: a ListColumn users can edit (lists of numbers are charts)
    return "object"


def _plain_column(values: list[Any], kind: str) -> list[Any]:
    """Values fit for props: NaN becomes None (NaN != NaN would change props every run)."""
    if kind == "float":
        return [None if v is not None and v != v else v for v in values]
    if kind == "object":  # a duration kept as one (shown as Streamlit humanizes it), not text
        return [v if type(v) in _PLAIN else v.to_pytimedelta() if isinstance(v, timedelta) and
                hasattr(v, "to_pytimedelta") else _plain_list(v) for v in values]
    if kind == "list":
        return [None if v is None else tuple(v) for v in values]
    if kind == "datetime":  # a Timestamp as the datetime it stands for (props stay plain)
        return [None if v is None else as_python(v) for v in values]
    return values


def _plain_list(value: Any) -> Any:
    """A list cell (list, tuple, numpy array, Series) as a tuple of plain values, so chart
    and list columns can draw it; anything else as its text."""
    if isinstance(value, (list, tuple)) or value.__class__ is set or hasattr(value, "tolist"):
        items = value.tolist() if hasattr(value, "tolist") else list(value)
        if isinstance(items, list) and all(type(v) in _PLAIN for v in items):
            return tuple(items)
    return str(value)


def read_table(data: Any) -> Table:
    """The table of ``data``: any input st.dataframe takes (core/editor_inputs.py converts
    the others to one of the forms below and gives the edited copy back as their type)."""
    converted = convert(data)
    if converted is None:
        table = _read(data)
        table.source = data
        return table
    if converted.key_value:
        table = Table("keyvalue", ("value",), ("value",), [list(converted.source.values())],
                      tuple(str(k) for k in converted.source))
    else:
        table = _read(converted.source)
        table.hides_index = converted.hides_index
    table.source, table.back = converted.source, converted.back
    return table


def _read(data: Any) -> Table:
    if isinstance(data, Mapping):
        return _read_columns(data)
    if isinstance(data, (list, tuple)):
        if not data:
            return Table("values", ("value",), ("value",), [[]], None)
        first = data[0]
        if isinstance(first, Mapping):
            return _read_records(data)
        if isinstance(first, (list, tuple)):
            return _read_rows(data)
        return Table("values", ("value",), ("value",), [list(data)], None)
    if type(data).__module__.startswith("pandas") and type(data).__name__ == "DataFrame":
        return _read_pandas(data)
    raise RerunQtAPIError(f"st.data_editor cannot edit a {type(data).__name__}.")  # convert() says more


def _names_of(keys: Iterable[Any]) -> tuple[tuple[str, ...], tuple[Any, ...]]:
    keys = tuple(keys)
    names = tuple(k if k.__class__ is str else str(k) for k in keys)
    if len(set(names)) != len(names):
        dupes = sorted({n for n in names if names.count(n) > 1})
        raise RerunQtAPIError(f"st.data_editor needs unique column names; duplicated: {dupes}.")
    if INDEX in names:
        raise RerunQtAPIError(f"st.data_editor reserves the column name {INDEX!r} for the index.")
    return names, keys


def _read_records(data: list[Any] | tuple[Any, ...]) -> Table:
    seen: dict[Any, None] = {}
    for row in data:
        if not isinstance(row, Mapping):
            raise RerunQtAPIError(
                f"st.data_editor got a list of dicts with a {type(row).__name__} among them: "
                f"{row!r}. Every row must be a dict."
            )
        seen.update(dict.fromkeys(row))
    names, keys = _names_of(seen)
    return Table("records", names, keys, [[row.get(k) for row in data] for k in keys], None)


def _read_columns(data: Mapping[Any, Any]) -> Table:
    names, keys = _names_of(data)
    columns = []
    for name, key in zip(names, keys):
        column = data[key]
        if not isinstance(column, (list, tuple)):
            raise RerunQtAPIError(
                f"st.data_editor got a dict whose value for {name!r} is a "
                f"{type(column).__name__}; a dict is read as columns: use a list per column."
            )
        columns.append(list(column))
    lengths = {len(c) for c in columns}
    if len(lengths) > 1:
        shown = ", ".join(f"{n!r}: {len(c)}" for n, c in zip(names, columns))
        raise RerunQtAPIError(f"st.data_editor columns must have the same length ({shown}).")
    return Table("columns", names, keys, columns, None)


def _read_rows(data: list[Any] | tuple[Any, ...]) -> Table:
    width = len(data[0])
    for row in data:
        if not isinstance(row, (list, tuple)) or len(row) != width:
            raise RerunQtAPIError(
                f"st.data_editor got a list of rows of different shapes ({data[0]!r} and "
                f"{row!r}); every row must be a list of {width} values."
            )
    names = tuple(str(i) for i in range(width))
    return Table("rows", names, tuple(range(width)), [list(col) for col in zip(*data)]
                 if data and width else [[] for _ in range(width)], None)


def _flat_labels(columns: Any) -> tuple[str, ...]:
    """A MultiIndex's column labels as Streamlit's editor flattens them: ("A", "foo") is "A_foo"."""
    return tuple("_".join(map(str, label)) for label in columns.to_flat_index())


def _read_pandas(df: Any) -> Table:
    pd = _pandas()
    names, keys = _names_of(df.columns)
    if isinstance(df.columns, pd.MultiIndex):
        names = _flat_labels(df.columns)
    columns: list[list[Any]] = []
    types: list[str | None] = []
    na, nat = pd.NA, pd.NaT
    for position in range(len(keys)):
        series = df.iloc[:, position]
        values = [None if v is na or v is nat or (v.__class__ is float and v != v) else v
                  for v in series.tolist()]
        dtype = series.dtype
        kind = None
        if pd.api.types.is_bool_dtype(dtype):
            kind = "bool"
        elif pd.api.types.is_integer_dtype(dtype):
            kind = "int"
        elif pd.api.types.is_float_dtype(dtype):
            kind = "float"
        elif pd.api.types.is_datetime64_any_dtype(dtype):
            kind = "datetime"
        elif text_categories(dtype) is not None:
            kind = "str"  # picked from its categories (core/editor_categories.py)
        elif not (pd.api.types.is_object_dtype(dtype) or isinstance(dtype, pd.StringDtype)):
            kind = "object"  # dates, categories...: shown, not edited
        columns.append(values)
        types.append(kind)
    index = df.index
    labels = None
    if not (isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1):
        labels = tuple(MISSING if is_missing(v) else str(v) for v in index.tolist())  # not "nan"
    return Table("pandas", names, keys, columns, labels, types,
                 "" if index.name is None else str(index.name))


def _pandas() -> Any:
    """pandas, imported only when a DataFrame is given (it is not a dependency)."""
    return importlib.import_module("pandas")


# ----------------------------------------------------------------------------- the edited copy
def apply_delta(table: Table, delta: Delta) -> Any:
    """A copy of the data with the delta applied (edits, then deletions, then additions),
    as the type the data was given in."""
    edited_copy = _apply(table, table.source, _typed(table, delta))
    return edited_copy if table.back is None else table.back(edited_copy)


def _apply(table: Table, data: Any, delta: Delta) -> Any:
    edited, added, deleted = delta["edited_rows"], delta["added_rows"], delta["deleted_rows"]
    fmt = table.format
    if fmt == "pandas":
        return _apply_pandas(table, data, delta)
    if fmt == "keyvalue":
        values = {row: cells["value"] for row, cells in edited.items() if "value" in cells}
        return apply_key_value(data, values, deleted, [cells.get("value") for cells in added])
    key_of = dict(zip(table.names, table.keys))
    gone = set(deleted)
    if fmt == "columns":
        out: dict[Any, Any] = {key: list(column) for key, column in data.items()}
        for row, cells in edited.items():
            for name, value in cells.items():
                out[key_of[name]][row] = value
        for name, key in zip(table.names, table.keys):
            column = out[key]
            if gone:
                column = [v for i, v in enumerate(column) if i not in gone]
            column.extend(cells.get(name) for cells in added)
            out[key] = tuple(column) if isinstance(data[key], tuple) else column
        return out
    if fmt == "records":
        rows: list[Any] = [dict(row) for row in data]
        for row, cells in edited.items():
            for name, value in cells.items():
                rows[row][key_of[name]] = value
    elif fmt == "rows":
        rows = [list(row) for row in data]
        for row, cells in edited.items():
            for name, value in cells.items():
                rows[row][key_of[name]] = value
        rows = [tuple(new) if isinstance(old, tuple) else new for old, new in zip(data, rows)]
    else:  # values
        rows = list(data)
        for row, cells in edited.items():
            if "value" in cells:
                rows[row] = cells["value"]
    if gone:
        rows = [r for i, r in enumerate(rows) if i not in gone]
    for cells in added:
        if fmt == "records":
            rows.append({key: cells.get(name) for name, key in zip(table.names, table.keys)})
        elif fmt == "rows":
            new = [cells.get(name) for name in table.names]
            rows.append(tuple(new) if data and isinstance(data[0], tuple) else new)
        else:
            rows.append(cells.get("value"))
    return tuple(rows) if isinstance(data, tuple) else rows


def _typed(table: Table, delta: Delta) -> Delta:
    """The delta's ISO strings (date, time, datetime columns) and tuples (list columns) as
    the values the data holds."""
    dated = {n for n, t in zip(table.names, table.types) if t in DATE_KINDS}
    listed = {n for n, t in zip(table.names, table.types) if t == "list"}
    if not dated and not listed:
        return delta
    kind = dict(zip(table.names, table.types))

    def typed(name: str, value: Any) -> Any:
        if name in dated:
            return typed_cell(kind[name], value)
        if name in listed and value is not None:
            return list(value)  # the delta's tuple as the list the data holds
        return value

    def cells(row: dict[str, Any]) -> dict[str, Any]:
        return {n: typed(n, v) for n, v in row.items()}

    return {"edited_rows": {r: cells(c) for r, c in delta["edited_rows"].items()},
            "added_rows": [cells(c) for c in delta["added_rows"]], "deleted_rows": delta["deleted_rows"]}


def _fit_stamp(pd: Any, dtype: Any, value: Any) -> Any:
    """A datetime for a datetime64 column: a Timestamp in the column's timezone (or naive)."""
    if value is None or not pd.api.types.is_datetime64_any_dtype(dtype):
        return value
    stamp = pd.Timestamp(value)
    tz = getattr(dtype, "tz", None)
    if tz is None:
        return stamp.tz_localize(None) if stamp.tzinfo is not None else stamp
    return stamp.tz_localize(tz) if stamp.tzinfo is None else stamp.tz_convert(tz)


def _apply_pandas(table: Table, df: Any, delta: Delta) -> Any:
    pd = _pandas()
    out = df.copy()
    # the column labels as text, as Streamlit's editor returns them ("0", not 0; a
    # MultiIndex's levels joined by "_")
    if isinstance(out.columns, pd.MultiIndex):
        out.columns = list(_flat_labels(out.columns))
    elif not all(isinstance(label, str) for label in out.columns):
        out.columns = [str(label) for label in out.columns]
    position = {name: i for i, name in enumerate(table.names)}
    for row, cells in delta["edited_rows"].items():
        for name, value in cells.items():
            column = position[name]
            if not fits(out.dtypes.iloc[column], value):
                continue  # not one of a categorical column's categories: ignored, as Streamlit
            if value is None:  # make room for a missing value, as pandas would (no warning)
                wider = _dtype_with_none(pd, out.dtypes.iloc[column])
                if wider is not None:
                    out.isetitem(column, out.iloc[:, column].astype(wider))
            out.iat[row, column] = _fit_stamp(pd, out.dtypes.iloc[column], value)
    if delta["deleted_rows"]:
        gone = set(delta["deleted_rows"])
        out = out.iloc[[i for i in range(len(out)) if i not in gone]]
    added = delta["added_rows"]
    if not added:
        return out
    index = df.index
    labels: list[Any]
    if isinstance(index, pd.RangeIndex):
        labels = list(range(index.stop, index.stop + index.step * len(added), index.step))
    elif pd.api.types.is_integer_dtype(index.dtype):
        start = int(index.max()) + 1 if len(index) else 0
        labels = list(range(start, start + len(added)))
    else:
        labels = [None] * len(added)
    new = {}
    for column, (name, label) in enumerate(zip(table.names, out.columns)):
        dtype = out.dtypes.iloc[column]
        values = [_fit_stamp(pd, dtype, cells.get(name)) for cells in added]
        if None in values:
            dtype = _dtype_with_none(pd, dtype) or dtype
        new[label] = pd.Series(values, index=labels, dtype=dtype)
    return pd.concat([out, pd.DataFrame(new, index=labels)])


def _dtype_with_none(pd: Any, dtype: Any) -> Any:
    """The dtype a numpy int or bool column needs to hold a missing value (None if it can)."""
    if pd.api.types.is_extension_array_dtype(dtype):
        return None  # Int64, boolean, string...: they have their own NA
    if pd.api.types.is_bool_dtype(dtype):
        return object
    if pd.api.types.is_integer_dtype(dtype):
        return "float64"
    return None
