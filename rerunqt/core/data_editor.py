"""st.data_editor: a table the user edits; the widget value is Streamlit's edit delta.

Session state holds only the delta, exactly Streamlit's shape::

    {"edited_rows": {row: {column: value}}, "added_rows": [{column: value}], "deleted_rows": [row]}

Rows are positions in the original data; columns are column names (str). The function
applies the delta to a copy of the data and returns it, as the data's own type: edits
first, then deletions, then additions (Streamlit's order). The front end exchanges the
same delta as nested tuples (``ui_form``). Data it reads (``read_table``): everything
st.dataframe shows, as Streamlit's editor:

- a list/tuple of dicts (rows): columns are the union of the keys, in order of appearance;
- a dict of lists (columns): every list as long as the others;
- a list/tuple/set of scalars, or a 1-D numpy array: one column named ``"value"``;
- a list/tuple of lists/tuples (rows): columns named ``"0"``, ``"1"``...;
- a dict of scalars: one column ``"value"``, its keys as the index;
- an unnamed pandas Series or Index: one column ``"0"`` (pandas' name, as in Streamlit);
- a pandas DataFrame, Series, Styler or Index, a 1-D or 2-D numpy array, None, a pyarrow
  Table, a polars DataFrame or Series (core/editor_inputs.py; pandas is imported only when
  the data is pandas').

The edited copy comes back as the input's type (a Series for a Series, an ndarray for an
ndarray, a set for a set...; a Styler or Index as a DataFrame), as Streamlit's.

Column types are inferred: bool, int, float (ints and floats mixed), str (also an
all-empty column), or object (anything else: shown as text, never editable).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from rerunqt.core.button_column import register_button_columns
from rerunqt.core.editor_categories import with_category_options
from rerunqt.core.editor_columns import READ_ONLY_TYPES, check_cell, check_type_config
from rerunqt.core.editor_compat import check_editing_types, configured_kinds
from rerunqt.core.frame_columns import _freeze, column_width
from rerunqt.core.kinds import KINDS
from rerunqt.core.registration import register
from rerunqt.core.styler_cells import shown_styles
from rerunqt.core.table_data import INDEX, Table, apply_delta, read_table
from rerunqt.core.table_delta import Delta, UiDelta, empty_delta, from_ui_form, parse_cell, ui_form
from rerunqt.errors import RerunQtAPIError

DATA_EDITOR = KINDS["data_editor"]

KIND = "data_editor"
_PARTS = ("edited_rows", "added_rows", "deleted_rows")
NUM_ROWS = ("fixed", "dynamic", "add", "delete")
_CONFIG_KEYS = ("label", "help", "disabled", "hidden", "pinned")
_SHOWN_ONLY = frozenset({"width", "required", "alignment", "default", "type_config"})


class EditorSpec:
    """The checked parameters of one call: what may be edited, and the delta conversions."""

    def __init__(self, table: Table, column_order: Any, column_config: Any, num_rows: Any,
                 disabled: Any, hide_index: Any) -> None:
        if num_rows not in NUM_ROWS:
            raise RerunQtAPIError(
                f"data_editor num_rows={num_rows!r} is not valid; use 'fixed', 'dynamic', 'add' or "
                f"'delete'."
            )
        self.table = table
        # Streamlit 1.67: "add" only adds rows, "delete" only deletes them, "dynamic" both
        self.can_add = num_rows in ("dynamic", "add")
        self.can_delete = num_rows in ("dynamic", "delete")
        config = _read_config(column_config, table.names, table.index_name)
        if table.format == "pandas":  # a categorical column picks from its categories
            config = with_category_options(config, table.source, table.names)
        table.types = configured_kinds(table, config)
        self.kinds = dict(zip(table.names, table.types))
        if column_order is None:
            order = table.names
        else:
            order = _names_param("column_order", column_order)
        self.order = tuple(order)
        shown = [n for n in dict.fromkeys(order) if n in self.kinds and not config.get(n, {}).get("hidden")]
        pinned = [n for n in shown if config.get(n, {}).get("pinned") is True]
        self.shown = tuple(pinned + [n for n in shown if n not in pinned])  # pinned first, as Streamlit
        self.pinned = len(pinned)
        if hide_index is None:  # Streamlit's defaults: positions only, or rows the user adds
            hide_index = table.hides_index or bool(config.get(INDEX, {}).get("hidden")) or (
                self.can_add and table.index is None)
        self.hide_index = bool(hide_index)
        # the index column's title, as Streamlit heads it: the config's label, else its name
        title = config.get(INDEX, {}).get("label")  # "" is a title too (lodash's merge)
        self.index_title = str(table.index_name or "") if title is None else str(title)
        # by identity: ``disabled=df.columns`` (a pandas Index) compares elementwise
        named = not (disabled is True or disabled is False or disabled is None)
        if named:
            locked: frozenset[str] = frozenset(_names_param("disabled", disabled))
        else:
            locked = frozenset(self.kinds) if disabled else frozenset()
        locked |= {n for n, c in config.items() if c.get("disabled")}
        # Streamlit writes a list of disabled columns into the column config, part of the ID
        self.configured_locked = tuple(sorted(locked)) if named \
            else tuple(sorted(n for n, c in config.items() if c.get("disabled")))
        check_editing_types(table.names, self.kinds, table.rows, config, self.configured_locked)
        self.types = {n: c["type_config"] for n, c in config.items() if "type_config" in c}
        locked |= {n for n, t in self.types.items() if t.get("type") in READ_ONLY_TYPES}
        self.editable = frozenset(n for n in self.shown if n not in locked and self.kinds[n] != "object")
        self.labels = tuple(n if (label := config.get(n, {}).get("label")) is None else str(label)
                            for n in self.shown)  # ImageColumn("") heads its column with nothing
        helps = tuple(config.get(n, {}).get("help") for n in self.shown)
        self.helps = helps if any(helps) else None
        formats = tuple(config.get(n, {}).get("format") for n in self.shown)
        self.formats = formats if any(formats) else None
        widths = tuple(config.get(n, {}).get("width") for n in self.shown)
        self.widths = widths if any(widths) else None
        shown_types = tuple(_frozen(self.types.get(n)) for n in self.shown)
        self.column_types = shown_types if any(shown_types) else None

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
        if not self.can_add and delta.get("added_rows"):
            refuse("rows can be added only with num_rows='dynamic' or 'add'")
            delta = {**delta, "added_rows": []}
        if not self.can_delete and delta.get("deleted_rows"):
            refuse("rows can be deleted only with num_rows='dynamic' or 'delete'")
            delta = {**delta, "deleted_rows": []}
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
                if cells[name] is not None and name in self.types:
                    check_cell(kind, self.types[name], cells[name])
            except (TypeError, ValueError) as exc:
                cells.pop(name, None)
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


def _size(name: str, value: Any, words: tuple[str, ...]) -> Any:
    """width / height: one of ``words`` or a positive int (pixels), as st.dataframe's."""
    if value in words or (value.__class__ is int and value > 0):
        return value
    shown = " or ".join(repr(w) for w in words)
    raise RerunQtAPIError(f"data_editor {name}={value!r} is not valid; use {shown} or a positive int "
                          f"(pixels).")


def _frozen(type_config: Mapping[str, Any] | None) -> tuple[tuple[str, Any], ...] | None:
    """A column's type config as plain, comparable pairs (a format_func is left out)."""
    return None if not type_config else _freeze(type_config)


def _names_param(param: str, value: Any) -> tuple[str, ...]:
    """Column names (column_order, disabled); names that are not columns are ignored later,
    as Streamlit's front end ignores them."""
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise RerunQtAPIError(f"data_editor {param}= must be a list of column names, got {value!r}.")
    return tuple(n if n.__class__ is str else str(n) for n in value)


def _read_config(config: Any, names: tuple[str, ...], index_name: str = "") -> dict[str, dict[str, Any]]:
    """column_config: column (name or position) -> label str, None (hidden) or a small dict.
    A name that is not a column is ignored; the index is ``"_index"`` or its own name."""
    if config is None:
        return {}
    if not isinstance(config, Mapping):
        raise RerunQtAPIError(f"data_editor column_config= must be a dict, got {config!r}.")
    out: dict[str, dict[str, Any]] = {}
    for column, entry in config.items():
        if column.__class__ is int and 0 <= column < len(names):
            column = names[column]
        column = str(column)
        if entry is None:
            read: dict[str, Any] = {"hidden": True}
        elif isinstance(entry, str):
            read = {"label": entry}
        elif isinstance(entry, Mapping) and set(entry) <= set(_CONFIG_KEYS) | _SHOWN_ONLY:
            # st.column_config dicts: label, help, disabled, hidden, pinned apply; the rest is display
            read = {k: v for k, v in entry.items() if k in _CONFIG_KEYS}
            type_config = dict(entry.get("type_config") or {})
            for option in ("default", "required"):  # new rows' values, which must be filled in
                if entry.get(option) is not None:
                    type_config[option] = entry[option]
            shown_as = type_config.get("format")
            if shown_as is not None:  # NumberColumn / Date... format: how cells read (not edited)
                read["format"] = str(shown_as)
            if type_config:
                read["type_config"] = check_type_config(column, type_config)
            if entry.get("width") is not None:  # "small" / "medium" / "large" / pixels
                read["width"] = column_width("data_editor", column, entry["width"])
        else:
            raise RerunQtAPIError(
                f"data_editor column_config[{column!r}] = {entry!r} is not supported: use a label "
                f"(str), None to hide the column, or a dict with keys {', '.join(_CONFIG_KEYS)}."
            )
        if column in names or column == INDEX:
            out[column] = read
        elif index_name and column == index_name:
            out[INDEX] = {**out.get(INDEX, {}), **read}
    return out


# ----------------------------------------------------------------------------- st.data_editor
def _rebased(bases: dict[str, Any], wid: str, basis: tuple[Any, ...]) -> bool:
    """Record what a keyed editor was drawn from; True when that differs from last time.

    Added and deleted rows are named by position in that data, so Streamlit 1.67 drops
    the edits of an editor with ``num_rows`` other than "fixed" when its data changes (the
    data is part of its identity); ``df = st.data_editor(df, num_rows="dynamic")`` would
    else add a new row again on every rerun. A fixed editor's identity is the data's schema
    (columns, types, index, row count, disabled columns): its edits survive changed values
    but not a changed shape. Missing values (NaN is not equal to itself) compare by repr.
    """
    old = bases.get(wid)
    bases[wid] = basis
    if old is None or old is basis:
        return False
    try:
        if old == basis:
            return False
    except Exception:  # cells whose == is not a bool (arrays)
        pass
    return repr(old) != repr(basis)


def data_editor(
    data: Any,
    *,
    width: int | str = "stretch",
    height: int | str = "auto",
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: Mapping[Any, Any] | None = None,
    num_rows: str = "fixed",
    disabled: bool | Iterable[str] = False,
    key: str | int | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    alt: str | None = None,
) -> Any:
    """A table the user edits; returns the edited copy of ``data``, of the same type.

    ``st.session_state[key]`` holds the edit delta (read-only: it cannot be assigned).
    ``disabled`` is True (nothing editable) or the names of the columns that are not.
    """
    width = _size("width", width, ("stretch", "content"))
    height = _size("height", height, ("auto", "content", "stretch"))
    if use_container_width is not None and use_container_width.__class__ is not bool:
        raise RerunQtAPIError(f"data_editor use_container_width={use_container_width!r} must be True, "
                              f"False or None.")
    if use_container_width:  # Streamlit's deprecated flag: True is width="stretch"
        width = "stretch"
    elif use_container_width is False and width.__class__ is not int:
        width = "content"
    if row_height.__class__ is int and row_height == 0:  # Streamlit's `if row_height:`
        row_height = None
    if row_height is not None and (row_height.__class__ is not int or row_height < 1):
        raise RerunQtAPIError(f"data_editor row_height={row_height!r} must be a positive int (pixels) "
                              f"or None.")
    if hide_index is not None and hide_index.__class__ is not bool:
        raise RerunQtAPIError(f"data_editor hide_index={hide_index!r} must be True, False or None.")
    table = read_table(data)
    spec = EditorSpec(table, column_order, column_config, num_rows, disabled, hide_index)
    register_button_columns(column_config, table.names)
    locked = disabled is True
    stretch = width == "stretch"
    identity: tuple[Any, ...] = () if key is not None else (
        table.format, table.names, table.types, table.rows, table.index, table.index_name, spec.shown,
        spec.labels, spec.helps, spec.formats, spec.column_types, width, height, stretch, spec.hide_index,
        num_rows, spec.widths, spec.configured_locked, row_height, alt, hide_index,  # as given: None differs
        # column_order and column_config as given, as Streamlit hashes them: the same data
        # shown through an order and through a None config are two editors
        None if column_order is None else spec.order, _freeze(column_config),
    )
    ctx, wid, delta, _ = register(
        DATA_EDITOR, "", key, identity, empty_delta(), spec.coerce, on_change, "on_change", args,
        kwargs, locked, from_ui=spec.from_ui, to_ui=spec.to_ui,
    )
    if key is not None:
        basis: tuple[Any, ...] = (table.names, table.types, table.index, table.rows) if num_rows != "fixed" \
            else (table.format, table.names, table.types, table.index, table.index_name, len(table.rows),
                  locked, spec.configured_locked)  # Streamlit's schema signature: values may change
        if _rebased(ctx.state.editor_bases, wid, basis) and delta != empty_delta():
            delta = ctx.state.reset_widget_value(wid, empty_delta())
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
        ("pinned", spec.pinned),
        ("help", spec.helps),
        ("formats", spec.formats),
        ("column_types", spec.column_types),
        ("column_widths", spec.widths),
        ("row_height", row_height),
        ("placeholder", None if placeholder is None else str(placeholder)),
        ("alt", None if alt is None else str(alt)),
        ("index_title", spec.index_title),
        # every column of the data, in its order, where some are hidden or reordered
        # (Streamlit's AppTest reads the whole data as the editor's value)
        ("data_columns", None if spec.shown == table.names else table.names),
        ("data_rows", None if spec.shown == table.names else table.rows),
        ("styles", shown_styles(data, table.names, spec.shown)),  # a Styler's, for locked columns
    ))
    return apply_delta(table, delta)
