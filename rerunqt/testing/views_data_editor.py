"""AppTest view of st.data_editor.

``DataEditor.value`` is the data as drawn, without edits (as in Streamlit's AppTest);
``DataEditor.edits`` the edit delta (the widget's value in session state, or a set value
not yet run): ``{"edited_rows": {...}, "added_rows": [...], "deleted_rows": [...]}``.
The edited data itself is what the script's ``st.data_editor(...)`` call returns.
``at.session_state[key] = delta`` on a drawn editor queues that delta as the user's edits,
as Streamlit's AppTest seeds editors.
Rows in actions are positions in the original data, then the added rows after them
(``len(rows) + i`` is added row ``i``); deleted rows keep their positions.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Mapping
from typing import Any

from rerunqt.core.element import walk
from rerunqt.core.proxy import SessionStateProxy
from rerunqt.core.table_delta import copy_delta, empty_delta, with_added, with_deleted, with_edit
from rerunqt.testing.elements import ElementView, Widget, user_key
from rerunqt.testing.errors import InvalidAction


class DataEditor(Widget):
    """``at.data_editor[0]``: ``edit_cell``, ``add_row``, ``delete_rows``, ``set_value`` (a
    whole delta). ``value`` is the data as drawn, without the edits (as Streamlit's AppTest
    gives it); ``edits`` the user's delta (``st.session_state[key]``)."""

    @property
    def label(self) -> str:
        return ""

    @property
    def editing_mode(self) -> str:
        """Its ``num_rows`` (fixed, dynamic, add, delete), as Streamlit's ``Dataframe.editing_mode``."""
        return str(self._element.prop("num_rows"))

    @property
    def value(self) -> Any:
        return EditorTable(self._element, self._app).value

    @property
    def edits(self) -> dict[str, Any]:
        current = super().value
        if isinstance(current, tuple):  # the element's ui form: never stored, but be safe
            return empty_delta()
        return copy_delta(current) if isinstance(current, Mapping) else empty_delta()

    def edit_cell(self, row: int, column: str | int, value: Any) -> DataEditor:
        """Set one cell; ``column`` is a name or a position among the shown columns."""
        columns = self._element.prop("columns")
        name: str = column if isinstance(column, str) else columns[column]
        rows = self._element.prop("rows")
        original = None
        if 0 <= row < len(rows) and name in columns:
            original = (rows[row][columns.index(name)],)
        return self.set_value(with_edit(self.edits, len(rows), row, name, value, original))

    def add_row(self, row: Mapping[str, Any] | None = None) -> DataEditor:
        return self.set_value(with_added(self.edits, row))

    def delete_rows(self, rows: Iterable[int]) -> DataEditor:
        return self.set_value(with_deleted(self.edits, len(self._element.prop("rows")), rows))

    def click_button(self, column: str, row: int, label: str | None = None) -> DataEditor:
        """Click the ButtonColumn button in ``row`` (data position) of ``column`` (a name);
        ``label`` picks an action of a menu cell. Needs the column's ``key=``."""
        from rerunqt.testing.views_buttons import click_key, click_label

        columns = self._element.prop("columns")
        types = self._element.prop("column_types") or ()
        where = columns.index(column) if column in columns else -1
        key = click_key(column, types[where] if 0 <= where < len(types) else None, columns)
        rows = self._element.prop("rows")
        if not 0 <= row < len(rows):
            raise ValueError(f"row={row!r} is not a row of this data_editor (0..{len(rows) - 1}).")
        self._app._submit(key, (row, click_label(column, row, rows[row][where], label)))
        return self

    def set_value(self, value: Any) -> DataEditor:
        """Queue a whole delta (checked against the table: ValueError if it does not fit)."""
        meta = self._app._session.state.widget_meta(self.id)
        if meta is not None and meta.to_ui is not None and meta.from_ui is not None:
            try:
                value = meta.from_ui(meta.to_ui(value))  # typed as the columns, like the table would
            except (TypeError, ValueError) as exc:
                raise InvalidAction(f"{value!r} is not a valid value for this data_editor: {exc}") from None
        super().set_value(value)
        return self


def _listed(cell: Any) -> Any:
    """A list cell (held as a tuple) as a list, as Streamlit's AppTest reads one."""
    return list(cell) if cell.__class__ is tuple else cell


class EditorTable(ElementView):
    """A data editor listed by ``at.dataframe``, as Streamlit's AppTest lists it there (an
    editor is a dataframe element in Streamlit): ``value`` is the data as drawn (every
    column, in the data's order, whatever column_order or a None config hides; list cells
    as lists), without the user's edits (a DataFrame with pandas, else a dict of column ->
    list)."""

    @property
    def editing_mode(self) -> str:
        """Its ``num_rows`` (fixed, dynamic, add, delete), as Streamlit's ``Dataframe.editing_mode``."""
        return str(self._element.prop("num_rows"))

    @property
    def value(self) -> Any:
        every = self._element.prop("data_columns")  # set where columns are hidden or reordered
        columns = list(self._element.prop("columns") if every is None else every)
        rows = self._element.prop("rows" if every is None else "data_rows")
        data = {name: [_listed(row[i]) for row in rows] for i, name in enumerate(columns)}
        if importlib.util.find_spec("pandas") is None:
            return data
        import pandas as pd

        index = self._element.prop("index")
        frame = pd.DataFrame(data, columns=columns, index=None if index is None else list(index))
        if not rows and every is None:  # no values to infer from: the column types say it
            frame = frame.astype({name: _EMPTY_DTYPES.get(kind, object)
                                  for name, kind in zip(columns, self._element.prop("types"),
                                                        strict=False)})
        return frame


# the dtype of an empty column of each editor type, as Streamlit's AppTest reads it back
# from Arrow (an empty text or object column is object, not pandas' float64 default)
_EMPTY_DTYPES = {"float": "float64", "int": "int64", "bool": "bool"}


class TestSessionState(SessionStateProxy):
    """``at.session_state``: assigning a drawn data editor's key queues the delta as the
    user's edits (Streamlit's AppTest seeds editors so); other keys as ``st.session_state``."""

    def __init__(self, app: Any) -> None:
        super().__init__(lambda: app._session.state)
        object.__setattr__(self, "_app", app)

    def __setitem__(self, key: str | int, value: Any) -> None:
        app = object.__getattribute__(self, "_app")
        for element in walk(app.tree):
            if element.kind == "data_editor" and user_key(element) == key:
                DataEditor(element, app).set_value(value)
                return
        super().__setitem__(key, value)

    def __repr__(self) -> str:
        """A plain dict, as Streamlit's ``print(at.session_state)`` shows."""
        return repr(self.to_dict())


VIEWS: dict[str, type[ElementView]] = {"data_editor": DataEditor}
