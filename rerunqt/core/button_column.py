"""Clicks on st.column_config.ButtonColumn cells: one trigger widget per keyed column.

A ButtonColumn with ``key=`` is, besides its column config, a widget of its own (as in
Streamlit 1.67, where st.dataframe / st.data_editor register one "dataframe_button" widget
per such column). Its value is a ``ButtonColumnClickState`` (``row``, ``label``) for the
one run after a click, None otherwise; ``on_click(*args, **kwargs)`` runs before that
run. ``row`` is the row's position in the data as given, not in the sorted view
(Streamlit's front end reports ``getOriginalIndex``). The front end sends the click as
``(row, label)``; the widget id is the key, so the table needs no extra prop to send it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rerunqt.core.kinds import PART_KINDS
from rerunqt.core.registration import check_callback, check_callback_args, register

# Not an element kind of its own (nothing is drawn for it; the table draws the buttons)
BUTTON_COLUMN = PART_KINDS["button_column"]


class ButtonColumnClickState(dict[str, Any]):
    """A click on a button cell: ``state.row`` / ``state["row"]`` and ``label``, read-only."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"a button click has no {name!r}; it has 'row' and 'label'") from None

    def _read_only(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("a ButtonColumnClickState is read-only")

    __setitem__ = __delitem__ = update = pop = popitem = clear = setdefault = _read_only  # type: ignore[assignment]

    def __setattr__(self, name: str, value: Any) -> None:
        self._read_only()

    def __ior__(self, other: Any) -> ButtonColumnClickState:  # type: ignore[override,misc]
        raise TypeError("a ButtonColumnClickState is read-only")

    def __reduce__(self) -> tuple[Any, ...]:  # pickle and deepcopy: rebuilt from a plain dict
        return (ButtonColumnClickState, (dict(self),))

    def __deepcopy__(self, memo: Any) -> ButtonColumnClickState:
        return self  # immutable, and its values (an int, a str) are too


class ButtonColumnConfig(dict[str, Any]):
    """What ``ButtonColumn(key=...)`` returns: the column config dict, plus the callback.

    The callback and its arguments are attributes, not items, so the column specs the
    table compares between runs stay plain values.
    """

    key: str
    on_click: Any
    args: Any
    kwargs: Any


def check_click_callback(on_click: Any, args: Any, kwargs: Any) -> None:
    """Bad ``on_click`` / ``args`` / ``kwargs``: the error when the column is made."""
    check_callback("on_click", on_click)
    check_callback_args(args, kwargs)


def click_from_ui(value: Any) -> ButtonColumnClickState | None:
    """``(row, label)`` from the table (or AppTest) -> the state; None for no click."""
    if value is None:
        return None
    row, label = value
    if row.__class__ is not int or row < 0 or not isinstance(label, str):
        raise ValueError(f"a button click is (row >= 0, label), got {value!r}")
    return ButtonColumnClickState(row=row, label=label)


def _same(value: Any) -> Any:
    return value


def register_button_columns(config: Any, names: tuple[str, ...]) -> None:
    """Register the trigger widget of every keyed ButtonColumn in ``column_config``.

    Call after the config was checked (so a bad column name is reported as such). Two
    columns with one key raise the duplicate-key error, as two widgets would.
    """
    if not isinstance(config, Mapping):
        return
    for column, entry in config.items():
        if not isinstance(entry, ButtonColumnConfig):
            continue
        if column.__class__ is int and 0 <= column < len(names) and str(column) not in names:
            column = names[column]
        register(BUTTON_COLUMN, str(column), entry.key, (), None, _same, entry.on_click, "on_click",
                 entry.args, entry.kwargs, False, from_ui=click_from_ui)


def cell_labels(value: Any) -> list[str]:
    """A button cell's labels: one, or one per action of a menu (none for an empty cell)."""
    import numpy as np  # with the table's data, not at start-up

    from rerunqt.core.column_text import plain
    from rerunqt.core.frame_text import is_missing

    value = plain(value)
    items = list(value) if isinstance(value, (list, tuple, np.ndarray)) else [value]
    return [str(plain(v)) for v in items if v is not None and not is_missing(v)]


def button_key(type_config: Any) -> str | None:
    """The click key of a column's frozen type options (None: not a clickable button column)."""
    options = dict(type_config or ())
    if options.get("type", "button") != "button":
        return None
    key = options.get("key")
    return None if key is None else str(key)
