"""st.data_editor: a table the user edits; the widget value is Streamlit's edit delta.

Session state holds only the delta, exactly Streamlit's shape::

    {"edited_rows": {row: {column: value}}, "added_rows": [{column: value}], "deleted_rows": [row]}

Rows are positions in the original data; columns are column names (str). The function
applies the delta to a copy of the data and returns it, as the data's own type: edits
first, then deletions, then additions (Streamlit's order). The front end exchanges the
same delta as nested tuples (``ui_form``). Data it reads (``read_table``):

- a list/tuple of dicts (rows): columns are the union of the keys, in order of appearance;
- a dict of lists (columns): every list as long as the others;
- a list/tuple of scalars: one column named ``"value"``;
- a list/tuple of lists/tuples (rows): columns named ``"0"``, ``"1"``...;
- a pandas DataFrame (pandas is imported only when given one).

Column types are inferred: bool, int, float (ints and floats mixed), str (also an
all-empty column), or object (anything else: shown as text, never editable).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time
from typing import Any

from rerunqt.core.registration import register
from rerunqt.errors import RerunQtAPIError

KIND = "data_editor"
INDEX = "_index"
_PARTS = ("edited_rows", "added_rows", "deleted_rows")
_PLAIN = frozenset({type(None), bool, int, float, str, date, time, datetime})
_NONE = type(None)
_TYPE_NAMES = {"bool": "a bool", "int": "an int", "float": "a number", "str": "text"}
_CONFIG_KEYS = ("label", "help", "disabled", "hidden")

Delta = dict[str, Any]
UiDelta = tuple[tuple[Any, ...], tuple[Any, ...], tuple[int, ...]]


def empty_delta() -> Delta:
    return {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


# ----------------------------------------------------------------------------- reading data
class Table:
    """The data of one call, read once: column names, types and rows of plain values."""

    __slots__ = ("format", "index", "keys", "names", "rows", "types")

    def __init__(self, fmt: str, names: tuple[str, ...], keys: tuple[Any, ...],
                 columns: list[list[Any]], index: tuple[str, ...] | None = None,
                 types: list[str | None] | None = None) -> None:
        self.format = fmt  # records | columns | values | rows | pandas
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
    return "object"


def _plain_column(values: list[Any], kind: str) -> list[Any]:
    """Values fit for props: NaN becomes None (NaN != NaN would change props every run)."""
    if kind == "float":
        return [None if v is not None and v != v else v for v in values]
    if kind == "object":
        return [v if type(v) in _PLAIN else str(v) for v in values]
    return values


def read_table(data: Any) -> Table:
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
    raise RerunQtAPIError(
        f"st.data_editor cannot edit a {type(data).__name__}. Pass a list of dicts (rows), a "
        f"dict of lists (columns), a list of values, a list of lists, or a pandas DataFrame."
    )


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


def _read_pandas(df: Any) -> Table:
    pd = _pandas()
    names, keys = _names_of(df.columns)
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
        elif not (pd.api.types.is_object_dtype(dtype) or isinstance(dtype, pd.StringDtype)):
            kind = "object"  # dates, categories...: shown, not edited
        columns.append(values)
        types.append(kind)
    index = df.index
    labels = None
    if not (isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1):
        labels = tuple(str(v) for v in index.tolist())
    return Table("pandas", names, keys, columns, labels, types)


def _pandas() -> Any:
    """pandas, imported only when a DataFrame is given (it is not a dependency)."""
    return importlib.import_module("pandas")


# ----------------------------------------------------------------------------- cells and deltas
def parse_cell(kind: str, value: Any) -> Any:
    """``value`` as a cell of a ``kind`` column; ValueError when it does not fit."""
    if value is None:
        return None
    cls = value.__class__
    if cls is str and kind in ("int", "float", "bool"):
        value = value.strip()
        if not value:
            return None
    if kind == "str":
        if cls is str:
            return value
        if cls in (int, float, bool):
            return str(value)
    elif kind == "int":
        if cls is int:
            return value
        if cls is float and value.is_integer():
            return int(value)
        if cls is str:
            return int(value)
    elif kind == "float":
        if cls is float:
            return value
        if cls is int or cls is str:
            return float(value)
    elif kind == "bool":
        if cls is bool:
            return value
        if cls is int and value in (0, 1):
            return bool(value)
        if cls is str and value.lower() in ("true", "false"):
            return value.lower() == "true"
    raise ValueError(f"{value!r} is not {_TYPE_NAMES.get(kind, 'editable')}")


def ui_form(delta: Delta) -> UiDelta:
    """The plain, immutable form of a (checked) delta: the element's value prop."""
    return (
        tuple((row, tuple(sorted(cells.items()))) for row, cells in sorted(delta["edited_rows"].items())),
        tuple(tuple(sorted(added.items())) for added in delta["added_rows"]),
        tuple(sorted(delta["deleted_rows"])),
    )


def from_ui_form(ui: Any) -> Delta:
    edited, added, deleted = ui
    return {
        "edited_rows": {row: dict(cells) for row, cells in edited},
        "added_rows": [dict(cells) for cells in added],
        "deleted_rows": [int(row) for row in deleted],
    }


def with_edit(delta: Delta, n_base: int, row: int, column: str, value: Any,
              original: tuple[Any, ...] | None = None) -> Delta:
    """``delta`` with one cell set; ``row`` counts the data's rows, then the added rows.

    An edit back to the ``original`` value (a 1-tuple, when known) drops the edit.
    """
    out = copy_delta(delta)
    if row >= n_base:
        out["added_rows"][row - n_base][column] = value
        return out
    cells = out["edited_rows"].setdefault(row, {})
    if original is not None and value == original[0] and type(value) is type(original[0]):
        cells.pop(column, None)
        if not cells:
            del out["edited_rows"][row]
    else:
        cells[column] = value
    return out


def with_added(delta: Delta, cells: Mapping[str, Any] | None = None) -> Delta:
    out = copy_delta(delta)
    out["added_rows"].append(dict(cells or {}))
    return out


def with_deleted(delta: Delta, n_base: int, rows: Iterable[int]) -> Delta:
    """``delta`` with rows deleted: a data row joins ``deleted_rows``, an added row goes."""
    out = copy_delta(delta)
    deleted = set(out["deleted_rows"])
    for row in sorted(set(rows), reverse=True):
        if row >= n_base:
            del out["added_rows"][row - n_base]
        elif row >= 0:
            deleted.add(row)
            out["edited_rows"].pop(row, None)
    out["deleted_rows"] = sorted(deleted)
    return out


def copy_delta(delta: Mapping[str, Any]) -> Delta:
    return {
        "edited_rows": {row: dict(cells) for row, cells in delta.get("edited_rows", {}).items()},
        "added_rows": [dict(cells) for cells in delta.get("added_rows", [])],
        "deleted_rows": list(delta.get("deleted_rows", [])),
    }


class EditorSpec:
    """The checked parameters of one call: what may be edited, and the delta conversions."""

    def __init__(self, table: Table, column_order: Any, column_config: Any, num_rows: Any,
                 disabled: Any, hide_index: Any) -> None:
        if num_rows not in ("fixed", "dynamic"):
            raise RerunQtAPIError(
                f"data_editor num_rows={num_rows!r} is not valid; use 'fixed' or 'dynamic'."
            )
        self.table = table
        self.dynamic = num_rows == "dynamic"
        self.kinds = dict(zip(table.names, table.types))
        config = _read_config(column_config, table.names)
        if column_order is None:
            order = table.names
        else:
            order = _names_param("column_order", column_order, table.names)
        self.shown = tuple(n for n in order if n in self.kinds and not config.get(n, {}).get("hidden"))
        self.hide_index = bool(hide_index) or bool(config.get(INDEX, {}).get("hidden"))
        if disabled is True or disabled is False or disabled is None:
            locked: frozenset[str] = frozenset(self.kinds) if disabled else frozenset()
        else:
            locked = frozenset(_names_param("disabled", disabled, table.names, allow_index=True))
        locked |= {n for n, c in config.items() if c.get("disabled")}
        self.editable = frozenset(n for n in self.shown if n not in locked and self.kinds[n] != "object")
        self.labels = tuple(config.get(n, {}).get("label") or n for n in self.shown)
        helps = tuple(config.get(n, {}).get("help") for n in self.shown)
        self.helps = helps if any(helps) else None

    # ----- delta conversions -----
    def normalize(self, delta: Any, strict: bool) -> Delta:
        """A delta fitted to this table; ``strict`` raises ValueError where lenient drops."""
        def refuse(message: str) -> None:
            if strict:
                raise ValueError(message)

        if not isinstance(delta, Mapping):
            raise TypeError(f"a data_editor value is a dict with {', '.join(_PARTS)}; "
                            f"got {type(delta).__name__} {delta!r}")
        for extra in set(delta) - set(_PARTS):
            refuse(f"unknown part {extra!r}; a data_editor value has {', '.join(_PARTS)}")
        n_base = len(self.table.rows)
        if not self.dynamic and (delta.get("added_rows") or delta.get("deleted_rows")):
            refuse("rows can be added or deleted only with num_rows='dynamic'")
            delta = {"edited_rows": delta.get("edited_rows") or {}}
        edited: dict[int, dict[str, Any]] = {}
        for raw_row, raw_cells in (delta.get("edited_rows") or {}).items():
            try:
                row = int(raw_row)
            except (TypeError, ValueError):
                row = -1
            if not 0 <= row < n_base or not isinstance(raw_cells, Mapping):
                refuse(f"edited row {raw_row!r} is not a row of the data (0 to {n_base - 1})")
                continue
            cells = self._cells(raw_cells, strict, refuse)
            if cells:
                edited[row] = cells
        added = []
        for raw_cells in delta.get("added_rows") or ():
            if not isinstance(raw_cells, Mapping):
                refuse(f"an added row is a dict of column -> value, got {raw_cells!r}")
                continue
            added.append(self._cells(raw_cells, strict, refuse))
        deleted = set()
        for raw_row in delta.get("deleted_rows") or ():
            if raw_row.__class__ is not int or not 0 <= raw_row < n_base:
                refuse(f"deleted row {raw_row!r} is not a row of the data (0 to {n_base - 1})")
                continue
            deleted.add(raw_row)
        return {"edited_rows": edited, "added_rows": added, "deleted_rows": sorted(deleted)}

    def _cells(self, raw: Mapping[Any, Any], strict: bool, refuse: Callable[[str], None]) -> dict[str, Any]:
        cells = {}
        allowed = self.editable if strict else self.kinds
        for name, value in raw.items():
            if name not in allowed:
                refuse(f"column {name!r} is not an editable column (editable: {sorted(self.editable)})")
                continue
            kind = self.kinds[name]
            if kind == "object":
                cells[name] = value
                continue
            try:
                cells[name] = parse_cell(kind, value)
            except (TypeError, ValueError) as exc:
                refuse(f"column {name!r}: {exc}")
        return cells

    def coerce(self, delta: Any) -> Any:
        """Decision 5, leniently: a delta from an older table drops what no longer fits."""
        fitted = self.normalize(delta, strict=False)
        return delta if fitted == delta else fitted

    def to_ui(self, delta: Any) -> UiDelta:
        return ui_form(self.normalize(delta, strict=True))

    def from_ui(self, ui: Any) -> Delta:
        return self.normalize(from_ui_form(ui), strict=True)


def _names_param(param: str, value: Any, names: tuple[str, ...],
                 allow_index: bool = False) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise RerunQtAPIError(f"data_editor {param}= must be a list of column names, got {value!r}.")
    out = tuple(value)
    for name in out:
        if name not in names and not (allow_index and name == INDEX):
            raise RerunQtAPIError(
                f"data_editor {param}= names {name!r}, which is not a column; columns: {list(names)}."
            )
    return out


def _read_config(config: Any, names: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """column_config: column (name or position) -> label str, None (hidden) or a small dict."""
    if config is None:
        return {}
    if not isinstance(config, Mapping):
        raise RerunQtAPIError(f"data_editor column_config= must be a dict, got {config!r}.")
    out: dict[str, dict[str, Any]] = {}
    for column, entry in config.items():
        if column.__class__ is int and 0 <= column < len(names):
            column = names[column]
        if column not in names and column != INDEX:
            raise RerunQtAPIError(
                f"data_editor column_config names {column!r}, which is not a column; columns: {list(names)}."
            )
        if entry is None:
            out[column] = {"hidden": True}
        elif isinstance(entry, str):
            out[column] = {"label": entry}
        elif isinstance(entry, Mapping) and set(entry) <= set(_CONFIG_KEYS):
            out[column] = dict(entry)
        else:
            raise RerunQtAPIError(
                f"data_editor column_config[{column!r}] = {entry!r} is not supported: use a label "
                f"(str), None to hide the column, or a dict with keys {', '.join(_CONFIG_KEYS)}."
            )
    return out


# ----------------------------------------------------------------------------- the edited copy
def apply_delta(table: Table, data: Any, delta: Delta) -> Any:
    """A copy of ``data`` with the delta applied: edits, then deletions, then additions."""
    edited, added, deleted = delta["edited_rows"], delta["added_rows"], delta["deleted_rows"]
    fmt = table.format
    if fmt == "pandas":
        return _apply_pandas(table, data, delta)
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


def _apply_pandas(table: Table, df: Any, delta: Delta) -> Any:
    pd = _pandas()
    out = df.copy()
    position = {name: i for i, name in enumerate(table.names)}
    for row, cells in delta["edited_rows"].items():
        for name, value in cells.items():
            column = position[name]
            if value is None:  # make room for a missing value, as pandas would (no warning)
                wider = _dtype_with_none(pd, out.dtypes.iloc[column])
                if wider is not None:
                    out.isetitem(column, out.iloc[:, column].astype(wider))
            out.iat[row, column] = value
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
    for column, (name, key) in enumerate(zip(table.names, table.keys)):
        values = [cells.get(name) for cells in added]
        dtype = out.dtypes.iloc[column]
        if None in values:
            dtype = _dtype_with_none(pd, dtype) or dtype
        new[key] = pd.Series(values, index=labels, dtype=dtype)
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


# ----------------------------------------------------------------------------- st.data_editor
def data_editor(
    data: Any,
    *,
    width: int | None = None,
    height: int | None = None,
    use_container_width: bool = False,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: Mapping[Any, Any] | None = None,
    num_rows: str = "fixed",
    disabled: bool | Iterable[str] = False,
    key: str | int | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
) -> Any:
    """A table the user edits; returns the edited copy of ``data``, of the same type.

    ``st.session_state[key]`` holds the edit delta (read-only: it cannot be assigned).
    ``disabled`` is True (nothing editable) or the names of the columns that are not.
    """
    for name, size in (("width", width), ("height", height)):
        if size is not None and (size.__class__ is not int or size < 1):
            raise RerunQtAPIError(f"data_editor {name}={size!r} must be a positive int (pixels) or None.")
    if hide_index is not None and hide_index.__class__ is not bool:
        raise RerunQtAPIError(f"data_editor hide_index={hide_index!r} must be True, False or None.")
    table = read_table(data)
    spec = EditorSpec(table, column_order, column_config, num_rows, disabled, hide_index)
    locked = disabled is True
    stretch = True if use_container_width else False
    identity: tuple[Any, ...] = () if key is not None else (
        table.format, table.names, table.types, table.rows, table.index, spec.shown, spec.labels,
        spec.helps, width, height, stretch, spec.hide_index, num_rows,
    )
    ctx, wid, delta, _ = register(
        KIND, "", key, identity, empty_delta(), spec.coerce, on_change, "on_change", args, kwargs,
        locked, read_only=True, from_ui=spec.from_ui, to_ui=spec.to_ui,
    )
    if spec.shown == table.names:
        rows = table.rows
        types = table.types
    else:
        where = [table.names.index(n) for n in spec.shown]
        rows = tuple(tuple(row[i] for i in where) for row in table.rows)
        types = tuple(table.types[i] for i in where)
    ctx.add_widget(KIND, wid, (
        ("value", ui_form(delta)),
        ("disabled", locked),
        ("columns", spec.shown),
        ("labels", spec.labels),
        ("types", types),
        ("disabled_columns", tuple(n for n in spec.shown if n not in spec.editable)),
        ("rows", rows),
        ("index", table.index),
        ("hide_index", spec.hide_index),
        ("num_rows", num_rows),
        ("width", width),
        ("height", height),
        ("use_container_width", stretch),
        ("help", spec.helps),
    ))
    return apply_delta(table, data, delta)
