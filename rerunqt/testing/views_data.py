"""AppTest views of st.dataframe, st.table and st.metric.

``at.dataframe[0].value`` is the data as a pandas DataFrame when pandas is installed
(``value["col"]`` lists that column, as Streamlit's), else a dict of column -> list.
It is the data as given, every column in its order, whatever ``column_order`` or a
``None`` column config hides (as Streamlit 1.67's AppTest reads it).
``select_rows`` / ``select_columns`` / ``select_cells`` queue a selection, as a user's
clicks would, on a dataframe drawn with ``on_select``.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rerunqt.core.selection import SelectionState, empty_selection, selection_from_ui
from rerunqt.testing.elements import ElementView

if TYPE_CHECKING:
    from rerunqt.core.frame_data import FrameData


def frame_value(element: Any) -> Any:
    frame: FrameData = element.prop("data")
    positions = range(len(frame.names))
    if importlib.util.find_spec("pandas") is None:  # (the lists only without pandas)
        return {frame.names[p]: [frame.value(p, r) for r in range(frame.nrows)] for p in positions}
    import pandas as pd

    source = frame._source
    if type(source).__name__ == "Styler":
        source = source.data
    given = source
    if isinstance(source, pd.Series):
        source = source.to_frame()  # its name, or 0 when it has none (as Streamlit's)
    elif isinstance(source, pd.Index):
        source = source.to_frame(index=False)
    # the data as given, unless the script changed its shape after drawing it
    # (``df.drop(..., inplace=True)``): then the columns as read
    if isinstance(source, pd.DataFrame) and source.shape == (frame.nrows, len(frame.columns)):
        return source.copy()  # (a test may change it: never the script's own frame)
    index = None if frame.index is None else pd.Index(frame.index, name=frame.index_name or None)
    names: list[Any] = list(frame.names)
    if _numbered_columns(given) and names == [str(p) for p in positions]:
        names = list(positions)  # a 2-D array's or row list's columns are 0, 1... as in pandas
    return pd.DataFrame({names[p]: frame.columns[p] for p in positions}, index=index)


def _numbered_columns(source: Any) -> bool:
    """Whether ``source`` is rows of values (a 2-D array, a list of lists or tuples) or an
    unnamed index, whose columns Streamlit names by position with numbers."""
    import numpy as np
    import pandas as pd

    if isinstance(source, pd.Index):
        return True
    if isinstance(source, np.ndarray):
        return source.ndim == 2
    return (isinstance(source, (list, tuple)) and bool(source)
            and all(isinstance(row, (list, tuple)) for row in source))


class Table(ElementView):
    """``at.table[0]``: ``value`` is the data (a DataFrame with pandas)."""

    @property
    def value(self) -> Any:
        return frame_value(self._element)

    @property
    def columns(self) -> list[str]:
        return [spec.label for spec in self._element.prop("columns")]

    def cell_text(self, row: int, column: str) -> str:
        """What the table shows in a cell (row in data order; the column type's format too)."""
        from rerunqt.core.column_text import one_line, spec_text, styler_text_wins
        from rerunqt.core.frame_text import MISSING

        frame: FrameData = self._element.prop("data")
        for spec in self._element.prop("columns"):
            if spec.name == column and not (frame.styles is not None and styler_text_wins(spec)):
                shown = spec_text(spec, frame.columns[spec.position][row])
                if shown is not None:
                    return shown
        position = frame.names.index(column)
        if self._element.kind == "table":  # Streamlit's static table has formats of its own
            from rerunqt.core.table_text import markdown_lines, table_cell

            shown = None if frame.styles is None else frame.styles.text(row, position)
            return markdown_lines(table_cell(frame.columns[position], row, frame.kinds[position])
                                  if shown is None else shown)
        text = one_line(frame.text(position, row))
        placeholder = self._element.prop("placeholder") if self._element.kind == "dataframe" else None
        return placeholder if text == MISSING and placeholder is not None else text


class DataFrame(Table):
    """``at.dataframe[0]``: ``value`` the data; ``selection`` the selection state."""

    @property
    def selection(self) -> SelectionState:
        key = self._element.key
        ui = self._element.prop("value")
        if not isinstance(key, str) or ui is None:
            return empty_selection()
        shown = self._app._pending_value(key, None)
        if shown is not None:
            return shown
        state = self._app._state_value(key, None)
        return state if isinstance(state, SelectionState) else selection_from_ui(ui, ())

    @property
    def editing_mode(self) -> str:
        """"read_only": st.dataframe (Streamlit's AppTest ``Dataframe.editing_mode``)."""
        return "read_only"

    def select_rows(self, rows: Iterable[int]) -> DataFrame:
        """Tick rows (data positions): reported ascending, as ticks in the unsorted table are."""
        return self._select(rows=sorted(set(rows)))

    def select_columns(self, columns: Iterable[str]) -> DataFrame:
        return self._select(columns=list(columns))

    def select_cells(self, cells: Iterable[tuple[int, str]]) -> DataFrame:
        return self._select(cells=[tuple(c) for c in cells])

    def _select(self, **parts: Any) -> DataFrame:
        key = self._element.key
        if not isinstance(key, str):
            raise ValueError("this dataframe has no selections: draw it with on_select='rerun' "
                             "(or a callback) to select rows, columns or cells.")
        current = self.selection["selection"]
        state = {"selection": {name: parts.get(name, current[name]) for name in ("rows", "columns", "cells")}}
        self._app._set_value(key, SelectionState(selection=SelectionState(state["selection"])))
        return self

    def click_button(self, column: str, row: int, label: str | None = None) -> DataFrame:
        """Click the ButtonColumn button in ``row`` (data position) of ``column`` (a name);
        ``label`` picks an action of a menu cell. Needs the column's ``key=``."""
        from rerunqt.testing.views_buttons import click_key, click_label

        frame: FrameData = self._element.prop("data")
        spec = next((s for s in self._element.prop("columns") if s.name == column), None)
        key = click_key(column, None if spec is None else (("type", spec.type), *spec.options),
                        frame.names)
        if not 0 <= row < frame.nrows:
            raise ValueError(f"row={row!r} is not a row of this dataframe (0..{frame.nrows - 1}).")
        assert spec is not None
        chosen = click_label(column, row, frame.columns[spec.position][row], label)
        self._app._submit(key, (row, chosen))
        return self

    def run(self, timeout: float | None = None) -> Any:
        return self._app.run(timeout=timeout)


class Metric(ElementView):
    """``at.metric[0]``: ``label``, ``value`` and ``delta`` as the metric shows them."""

    @property
    def value(self) -> str:
        """As given, before ``format=`` (as Streamlit's AppTest reads it; the page formats)."""
        given = self._element.prop("given")
        return str(self._element.prop("value") if given is None else given[0])

    @property
    def format(self) -> str:
        return self._element.prop("format") or ""

    @property
    def delta(self) -> str:
        given = self._element.prop("given")
        return str(self._element.prop("delta") if given is None else given[1])

    @property
    def body(self) -> str:
        return self.value

    @property
    def color(self) -> int:
        """The delta's colour as Streamlit's AppTest reads it, its proto's number (0 red,
        1 green, 2 gray, 3 orange, 4 yellow, 5 blue, 6 violet, 7 primary), not a name."""
        return _METRIC_COLOURS.index(self._element.prop("color"))

    @property
    def direction(self) -> int:
        """The delta's arrow as Streamlit's AppTest reads it: 0 down, 1 up, 2 none."""
        return {"down": 0, "up": 1}.get(self._element.prop("direction"), 2)


_METRIC_COLOURS = ("red", "green", "gray", "orange", "yellow", "blue", "violet", "primary")

VIEWS: dict[str, type[ElementView]] = {"dataframe": DataFrame, "table": Table, "metric": Metric}
