"""The levels of a pandas MultiIndex, for tables that show them as Streamlit does.

Streamlit draws each level of a row MultiIndex as an index column of its own, headed by
the level's name (``df.groupby(["region", "kind"]).sum()``: "region" and "kind"), and
the levels of a column MultiIndex as header rows (``pivot_table`` with several values:
"cost" over "a" and "b"). ``FrameData`` keeps the joined labels ("E / a") for everything
else (sorting, copying, AppTest); these are only what the table paints.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from rerunqt.core.frame_text import cell_text, is_missing


def row_levels(data: Any) -> tuple[tuple[np.ndarray, ...], tuple[str, ...]] | None:
    """Each level's values (one object array per level) and names ("" unnamed), or None
    when ``data`` (a pandas DataFrame or Series) has no row MultiIndex."""
    index: Any = getattr(data, "index", None)
    if type(index).__name__ != "MultiIndex" or index.nlevels < 2:
        return None
    levels = tuple(index.get_level_values(i).to_numpy(dtype=object) for i in range(index.nlevels))
    names = tuple("" if name is None else str(name) for name in index.names)
    return levels, names


def column_levels(data: Any) -> tuple[tuple[str, ...], ...] | None:
    """Each column's level labels, or None when ``data`` has no column MultiIndex."""
    columns: Any = getattr(data, "columns", None)
    if type(columns).__name__ != "MultiIndex" or columns.nlevels < 2:
        return None
    return tuple(tuple("" if is_missing(part) else str(part) for part in column) for column in columns)


def level_text(value: Any) -> str:
    """A level's value as its cell shows it (a missing one reads "None", as Streamlit's)."""
    return cell_text(value, "object")


def numeric_index(frame: Any) -> bool:
    """Whether a frame's row labels are numbers (positions too), which Streamlit's index
    column right-aligns as any number column; text, dates and a MultiIndex read left."""
    from rerunqt.core.frame_data import kind_of

    return frame.index is None or kind_of(frame.index) in ("int", "float")


def numeric_levels(frame: Any) -> tuple[bool, ...]:
    """For each row level: whether its values are numbers (right-aligned, as above)."""
    return tuple(_numeric(values) for values in frame.levels or ())


def _numeric(values: np.ndarray) -> bool:
    import numbers

    shown = [v for v in values[:50] if not is_missing(v)]
    return bool(shown) and all(isinstance(v, numbers.Number) and not isinstance(v, (bool, np.bool_))
                               for v in shown)
