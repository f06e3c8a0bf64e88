"""``element.add_rows(data)``: rows appended to a table's or a built-in chart's data.

Streamlit (up to 1.5x; 1.67 no longer has it) lets ``st.dataframe``, ``st.table`` and
the built-in charts grow in place: ``chart = st.line_chart(df); chart.add_rows(more)``.
Here the element in the handle's place is replaced by one whose data is the old data
with the new rows after it (same columns, by name, or unnamed in the same order; the
same kinds of values; a default index continues counting), so the window updates the
same widget in place (a chart gets new arrays on its curves, never a new plot).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from rerunqt.core.element import Element
from rerunqt.errors import RerunQtAPIError

if TYPE_CHECKING:
    from rerunqt.core.chart_columns import Columns
    from rerunqt.core.chart_data import ChartData
    from rerunqt.core.context import ContainerBuilder, RunContext
    from rerunqt.core.frame_data import FrameData

TABLES = ("dataframe", "table")
CHARTS = ("line_chart", "area_chart", "bar_chart", "scatter_chart")
_NUMBERS = frozenset({"int", "float", "bool"})


def not_addable(what: str) -> RerunQtAPIError:
    return RerunQtAPIError(
        f"add_rows works on dataframe, table and the built-in charts (line_chart, area_chart, "
        f"bar_chart, scatter_chart); it was called on {what}. Keep the value st.dataframe(...) "
        f"or st.line_chart(...) returned and call add_rows on that."
    )


def one_dataset(data: Any, named: dict[str, Any]) -> Any:
    """The rows to add: exactly one dataset, given positionally (Streamlit's rule)."""
    if named:
        if data is None and len(named) == 1:
            name = next(iter(named))
            raise RerunQtAPIError(
                f"add_rows({name}=...) appends to a named dataset of a Vega-Lite chart, which "
                f"rerunqt does not support; tables and the built-in charts have one dataset: "
                f"call add_rows(data) without a name."
            )
        raise RerunQtAPIError(
            "Wrong number of arguments to add_rows(): it takes exactly one dataset, "
            f"add_rows(data); got data and {sorted(named)!r}."
        )
    if data is None:
        raise RerunQtAPIError(
            "Wrong number of arguments to add_rows(): it takes exactly one dataset, "
            "add_rows(data) (a DataFrame, dict of columns, list or numpy array); got none."
        )
    return data


def add_rows(ctx: RunContext, builder: ContainerBuilder, index: int, data: Any) -> None:
    """Replace the element at ``builder.children[index]`` by one with ``data`` appended."""
    children = builder.children
    element = children[index] if index < len(children) else None
    if not isinstance(element, Element):
        raise not_addable("a container" if element is not None else "an element that is gone")
    if element.kind in TABLES:
        props = _table_props(element, data)
    elif element.kind in CHARTS:
        chart: ChartData = element.prop("data")
        grown = append_chart(element.kind, chart, data)
        props = tuple((n, grown if n == "data" else v) for n, v in element.props)
    else:
        raise not_addable(f"st.{element.kind}")
    new = element._replace(props=props)
    children[index] = new
    builder.by_key[new.key] = new
    ctx.touch()  # the live page shows the grown element now


# ------------------------------------------------------------------------------------ columns
def _kind(array: np.ndarray) -> str:
    from rerunqt.core.frame_data import kind_of

    return kind_of(array)


def _unnamed(names: tuple[str, ...]) -> bool:
    return names == tuple(str(i) for i in range(len(names)))


def match_names(function: str, old: tuple[str, ...], new: tuple[str, ...]) -> list[int]:
    """For each old column, the position of its new column: by name, or by place if unnamed."""
    if sorted(old) == sorted(new):
        where = {name: i for i, name in enumerate(new)}
        return [where[name] for name in old]
    if len(old) == len(new) and _unnamed(new):
        return list(range(len(new)))
    raise RerunQtAPIError(
        f"{function}.add_rows() got columns {list(new)!r} but the data has {list(old)!r}; the "
        f"new rows must have the same columns as the original data (the same names, or unnamed "
        f"columns in the same order)."
    )


def concat(function: str, what: str, old: np.ndarray, new: np.ndarray) -> np.ndarray:
    """``old`` then ``new``; an error naming ``what`` when their kinds of values differ."""
    if len(old) == 0:
        return new
    if len(new) == 0:
        return old
    old_kind, new_kind = _kind(old), _kind(new)
    if old_kind != new_kind and not {old_kind, new_kind} <= _NUMBERS:
        shown = {"object": "text (object)"}
        raise RerunQtAPIError(
            f"{function}.add_rows(): {what} holds {shown.get(new_kind, new_kind)} values in the "
            f"new rows but {shown.get(old_kind, old_kind)} values in the data; the new rows must "
            f"have the same data types as the original data."
        )
    return np.concatenate([old, new])


def _continued(function: str, old: np.ndarray, rows: int) -> np.ndarray:
    """A default index after an explicit one: counts on from its last number."""
    if old.dtype.kind not in "iuf":
        raise RerunQtAPIError(
            f"{function}.add_rows(): the data's index holds {_kind(old)} values but the new rows "
            f"have the default index (0, 1, 2...); give the new rows an index of the same kind."
        )
    start = old[-1] + 1 if len(old) else 0
    return np.concatenate([old, start + np.arange(rows, dtype=old.dtype)])


def _has_range_index(data: Any) -> bool:
    """A pandas object with a RangeIndex (or anything not pandas: positions)."""
    index = getattr(data, "index", None)
    return index is None or type(index).__name__ == "RangeIndex"


# ------------------------------------------------------------------------------------- tables
def _table_props(element: Element, data: Any) -> tuple[tuple[str, Any], ...]:
    from rerunqt.core.frame_columns import column_specs

    frame: FrameData = element.prop("data")
    grown = append_frame(element.kind, frame, data)
    props = []
    for name, value in element.props:
        if name == "data":
            value = grown
        elif name == "columns" and not frame.names:  # it had no data: its columns are new
            value = column_specs(element.kind, grown, None, None)
        props.append((name, value))
    return tuple(props)


def append_frame(kind: str, frame: FrameData, data: Any) -> FrameData:
    """``frame`` with the rows of ``data`` after its own."""
    from rerunqt.core.frame_data import FrameData, frame_of

    function = f"st.{kind}"
    new = frame_of(data, kind)
    if frame.styles is not None or new.styles is not None:
        raise RerunQtAPIError(
            f"{function}.add_rows() does not support pandas Styler objects (as in Streamlit). "
            f"Pass the Styler's `.data` to append the underlying DataFrame."
        )
    if not frame.names:
        return new  # the element had no data: the new rows are its data
    if new.nrows == 0:
        return frame
    order = match_names(function, frame.names, new.names)
    columns = [concat(function, f"column {name!r}", frame.columns[i], new.columns[j])
               for i, (name, j) in enumerate(zip(frame.names, order))]
    index = _frame_index(function, frame, new, data)
    return FrameData(frame.names, columns, index, frame.index_name)


def _frame_index(function: str, frame: FrameData, new: FrameData, data: Any) -> np.ndarray | None:
    old, added = frame.index, new.index
    if added is None or (old is None and _has_range_index(data)):
        # a default index counts on (Streamlit continues a RangeIndex from its stop)
        return None if old is None else _continued(function, old, new.nrows)
    if old is None:
        raise RerunQtAPIError(
            f"{function}.add_rows(): the new rows have an index of {_kind(added)} values but the "
            f"data has the default index (0, 1, 2...); the new rows must have the same index "
            f"signature as the original data (drop their index with .reset_index(drop=True))."
        )
    return concat(function, "the index", old, added)


# ------------------------------------------------------------------------------------- charts
def append_chart(kind: str, chart: ChartData, data: Any) -> ChartData:
    """``chart`` with the rows of ``data`` after its own, read with the same x, y, color."""
    from rerunqt.core.chart_columns import Columns, read_columns
    from rerunqt.core.chart_data import chart_of_columns

    function = f"st.{kind}"
    new = read_columns(data)
    old = chart.columns
    rows = len(new.index)
    if old is None or not old.arrays:  # drawn without data: the new rows are its data
        return chart_of_columns(new, data, chart.options, chart.added + 1)
    if rows == 0:
        return chart
    names = tuple(old.arrays)
    new_names = tuple(new.arrays)
    order = match_names(function, names, new_names)
    arrays = {name: concat(function, f"column {name!r}", old.arrays[name],
                           new.arrays[new_names[j]])
              for name, j in zip(names, order)}
    grown = Columns(arrays, _chart_index(function, old, new, chart.options[0] is not None),
                    old.orders)  # an ordered Categorical's order holds for the rows added
    return chart_of_columns(grown, chart.source, chart.options, chart.added + 1)


def _chart_index(function: str, old: Columns, new: Columns, has_x: bool) -> np.ndarray | None:
    """The grown index (None: positions). With an x column the index is not drawn."""
    if has_x or (old.index_is_positions and new.index_is_positions):
        return None
    if new.index_is_positions:  # Streamlit: a new RangeIndex continues after the last index
        return _continued(function, old.index, len(new.index))
    return concat(function, "the index", old.index, new.index)


__all__ = ["CHARTS", "TABLES", "add_rows", "append_chart", "append_frame", "concat",
           "match_names", "not_addable", "one_dataset"]
