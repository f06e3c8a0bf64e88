"""AppTest clicks on ButtonColumn cells (Streamlit 1.67's AppTest has no such action).

``at.dataframe[0].click_button("view", 1).run()`` (or ``at.data_editor[0]``) clicks the
button in row 1 (a position in the data as given) of column "view"; a cell holding a
list of labels is a menu, and ``label=`` picks its entry. The column's ``on_click`` runs
and ``st.session_state[key]`` holds the click for that one run, as a user's click would.
"""

from __future__ import annotations

from typing import Any

from rerunqt.core.button_column import button_key, cell_labels


def click_label(column: str, row: int, value: Any, label: str | None) -> str:
    """The label a click on this cell sends; ValueError when the cell has no such button."""
    labels = cell_labels(value)
    if not labels:
        raise ValueError(f"row {row} of column {column!r} has no button (its cell is empty).")
    if label is None:
        if len(labels) > 1:
            raise ValueError(f"row {row} of column {column!r} is a menu of {labels}: pass label= "
                             f"to choose one.")
        return labels[0]
    if label not in labels:
        raise ValueError(f"row {row} of column {column!r} has no button {label!r}; its labels are "
                         f"{labels}.")
    return label


def click_key(column: str, type_config: Any, names: Any) -> str:
    """The key a column's clicks are sent to; ValueError for other columns or without key=."""
    if type_config is None or dict(type_config).get("type") != "button":
        raise ValueError(f"column {column!r} is not a ButtonColumn (columns: {list(names)}).")
    key = button_key(type_config)
    if key is None:
        raise ValueError(f"the ButtonColumn {column!r} has no key=, so its buttons do nothing "
                         f"(key is required to enable button clicks and callbacks).")
    return key
