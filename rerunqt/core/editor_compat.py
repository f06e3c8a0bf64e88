"""The data editor's column kinds against their column types, as Streamlit 1.67 has them.

An empty column takes its kind from its column type (``configured_kinds``). Which editable
column types may edit which data is checked as Streamlit's data editor checks it
(``check_editing_types``): a ``DateColumn`` over text (``"2023/03/26"``) or a
``CheckboxColumn`` over floats cannot be edited there, and Streamlit raises before drawing
the editor unless the column is disabled. Only data whose kind is certain is checked; mixed
or unusual values ("object") pass, as do empty columns.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rerunqt.core.table_data import Table
from rerunqt.errors import RerunQtAPIError

# our column kinds (table_data) as Streamlit names the data's kind in its message
_DATA_KIND = {"str": "string", "bool": "boolean", "int": "integer", "float": "float",
              "datetime": "datetime", "date": "date", "time": "time", "list": "list"}

# an editable column type: the data kinds it edits (an empty column suits every type)
_EDITS = {
    "text": {"string"},
    "number": {"integer", "float", "string"},
    "checkbox": {"boolean", "string", "integer"},
    "selectbox": {"string", "boolean", "integer", "float"},
    "date": {"date", "datetime"},
    "time": {"time", "datetime"},
    "datetime": {"datetime", "date", "time"},
    "link": {"string"},
    "list": {"list", "string"},
    "multiselect": {"list", "string"},
    "markdown": {"string"},
}


# the kind an empty column takes from its column type: Streamlit keeps what the cell sends
# (a number, a bool; a date column's cell sends ISO text, which stays text there too)
_CONFIG_KINDS = {"checkbox": "bool"}


def configured_kinds(table: Table, config: Mapping[str, Mapping[str, Any]]) -> tuple[str, ...]:
    """The column kinds, where a column without values (an empty frame's, or all missing)
    takes its kind from its column type, as the Dataframes page's "Configure an empty
    dataframe" collects ages as numbers: a NumberColumn is float, int when its min, max,
    step or default is an int; a column with values keeps the kind of its values."""
    kinds = list(table.types)
    for i, name in enumerate(table.names):
        type_config = config.get(name, {}).get("type_config")
        if type_config is None or any(row[i] is not None for row in table.rows):
            continue
        kind = type_config.get("type")
        if kind == "number":
            given = [type_config.get(k) for k in ("min_value", "max_value", "step", "default")]
            numbers = [v for v in given if v is not None and v.__class__ is not bool]
            kinds[i] = "int" if numbers and all(v.__class__ is int for v in numbers) else "float"
        elif kind in _CONFIG_KINDS:
            kinds[i] = _CONFIG_KINDS[kind]
    return tuple(kinds)


def check_editing_types(names: tuple[str, ...], kinds: Mapping[str, str], rows: Iterable[Any],
                        config: Mapping[str, Mapping[str, Any]], disabled: Iterable[str]) -> None:
    """Raise as Streamlit does for a column whose configured type cannot edit its data."""
    skipped = set(disabled)
    checked = [(i, name) for i, name in enumerate(names) if name not in skipped
               and (config.get(name, {}).get("type_config") or {}).get("type") in _EDITS]
    if not checked:
        return
    table = list(rows)
    for i, name in checked:
        column_type = config[name]["type_config"]["type"]
        kind = _DATA_KIND.get(kinds.get(name, ""))
        if kind is None or kind in _EDITS[column_type] or all(row[i] is None for row in table):
            continue
        raise RerunQtAPIError(
            f"The configured column type `{column_type}` for column `{name}` is not compatible "
            f"for editing the underlying data type `{kind}`.\n\nYou have following options to "
            f"fix this: 1) choose a compatible type 2) disable the column 3) convert the column "
            f"into a compatible data type.")


__all__ = ["check_editing_types", "configured_kinds"]
