"""The data of st.dataframe / st.table: columns extracted once as numpy arrays.

It exists so a table shows a million rows without copying them into Python objects:
every input (pandas, numpy, lists, dicts, pyarrow, polars) becomes one ``FrameData``
of 1-D arrays, which the Qt model reads one visible cell at a time. The frame is a prop
of the element, so it compares by identity and a cheap fingerprint (shape, dtypes, a
few sampled values), then by content when two different frames look alike.

A table shows the data as it was when st.dataframe was called, as Streamlit does:
a change made to the object later (in this run or a later one) is not seen, until the
object is shown again. A pandas object is read through a shallow copy that pandas'
copy-on-write keeps apart from later edits of the original (no copy of the data is made
unless the script edits it), and the same object shown again is read again only when
its blocks or axes changed. A numpy array, or pandas without copy-on-write, is copied.
"""

from __future__ import annotations

import weakref
from typing import Any

import numpy as np

from rerunqt.core.frame_inputs import columns_of
from rerunqt.core.frame_text import cell_text

_SAMPLES = 5
_CACHE_MAX = 32
_cache: dict[int, tuple[Any, FrameData, Any]] = {}  # id(data) -> (ref, frame, stamp)
_UNCACHED = object()  # a stamp: read this object again each time it is shown


class FrameData:
    """Named 1-D columns, row labels, and optional Styler formats/colours."""

    __slots__ = ("__weakref__", "_source", "column_levels", "columns", "fingerprint", "index",
                 "index_name", "kinds", "level_names", "levels", "names", "nrows", "styles")

    def __init__(self, names: tuple[str, ...], columns: list[np.ndarray], index: np.ndarray | None,
                 index_name: str = "", styles: Any = None, source: Any = None) -> None:
        lengths = {len(c) for c in columns}
        if index is not None:
            lengths.add(len(index))
        if len(lengths) > 1:
            raise ValueError(f"columns of different lengths: {sorted(lengths)}")
        self.names = names
        self.columns = columns
        self.index = index  # None: positions 0..n-1
        self.index_name = index_name
        self.nrows = lengths.pop() if lengths else 0
        self.kinds = tuple(kind_of(c) for c in columns)
        self.styles = styles  # (formats, colours) from a pandas Styler, or None
        self._source = source  # keeps id(source) unique while this frame lives
        self.fingerprint = _fingerprint(names, columns, self.nrows)
        # a pandas MultiIndex as Streamlit draws it (frame_levels.py): the row levels' values
        # and names (one index column each), the columns' levels (one header row each)
        self.levels: tuple[np.ndarray, ...] | None = None
        self.level_names: tuple[str, ...] = ()
        self.column_levels: tuple[tuple[str, ...], ...] | None = None

    @property
    def shape(self) -> tuple[int, int]:
        return self.nrows, len(self.columns)

    def text(self, column: int, row: int) -> str:
        """What the cell shows (a Styler's format wins)."""
        if self.styles is not None:
            shown = self.styles.text(row, column)
            if shown is not None:
                return shown
        return cell_text(self.columns[column][row], self.kinds[column])

    def value(self, column: int, row: int) -> Any:
        value = self.columns[column][row]
        return value.item() if isinstance(value, np.generic) else value

    def label(self, row: int) -> str:
        if self.index is None:
            return str(row)
        return cell_text(self.index[row], kind_of(self.index))

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        if not isinstance(other, FrameData):
            return NotImplemented
        if self.fingerprint != other.fingerprint or self.styles != other.styles or (
                self.index_name, self.level_names, self.column_levels) != (
                other.index_name, other.level_names, other.column_levels):
            return False
        return _same_arrays(self, other)  # (the same source may have been edited in place)

    def __hash__(self) -> int:
        return hash(self.fingerprint)

    def __repr__(self) -> str:
        return f"FrameData({self.nrows} rows x {len(self.columns)} columns: {list(self.names)[:8]})"


def kind_of(array: np.ndarray) -> str:
    """bool, int, float, complex, datetime, timedelta, or object (text and anything else)."""
    return {"b": "bool", "i": "int", "u": "int", "f": "float", "c": "complex",
            "M": "datetime", "m": "timedelta"}.get(array.dtype.kind, "object")


def _fingerprint(names: tuple[str, ...], columns: list[np.ndarray], n: int) -> tuple[Any, ...]:
    rows = sorted({0, n // 4, n // 2, (3 * n) // 4, n - 1}) if n else []
    sampled = tuple(repr(column[r]) for column in columns for r in rows[:_SAMPLES])
    return (n, names, tuple(c.dtype.str for c in columns), sampled)


def _same_arrays(a: FrameData, b: FrameData) -> bool:
    """Two different objects with the same fingerprint: compare the content (rare)."""
    pairs = [*zip(a.columns, b.columns)]
    if a.index is not None or b.index is not None:
        if a.index is None or b.index is None:
            return False
        pairs.append((a.index, b.index))
    for x, y in pairs:
        try:
            if not np.array_equal(x, y, equal_nan=x.dtype.kind in "fc"):
                return False
        except (TypeError, ValueError):
            if len(x) != len(y) or not all(map(_same_cell, x, y)):
                return False
    return True


def _same_cell(p: Any, q: Any) -> bool:
    """Object cells may hold arrays (a chart column's values), whose ``==`` is not a bool."""
    try:
        if isinstance(p, np.ndarray) or isinstance(q, np.ndarray):
            return bool(np.array_equal(p, q))
        return bool(p == q)
    except (TypeError, ValueError):
        return False  # not comparable: counted as changed, which only redraws


def frame_of(data: Any, function: str) -> FrameData:
    """The frame of ``data`` as it is now: an unchanged object shown again comes from the cache."""
    key = id(data)
    hit = _cache.get(key)
    if hit is not None:
        ref, frame, stamp = hit
        held = ref() if isinstance(ref, weakref.ref) else ref
        if held is data and _still_same(data, frame, stamp):
            return frame
    source, stamp = _snapshot(data)
    if type(source).__name__ == "DataFrame" and type(source).__module__.startswith("pandas"):
        from rerunqt.core.arrow_fix import arrow_ready

        source = arrow_ready(source)  # Arrow's refusal turns mixed columns into text, as in Streamlit
    names, columns, index, index_name, styles = columns_of(source, function)
    try:
        frame = FrameData(names, columns, index, index_name, styles, source)
    except ValueError as exc:
        from rerunqt.errors import RerunQtAPIError

        raise RerunQtAPIError(f"st.{function} got data whose {exc}; every column must be as long "
                              f"as the others.") from None
    if type(source).__module__.startswith("pandas"):
        _add_levels(frame, source)
    if stamp is _UNCACHED:
        return frame
    if len(_cache) >= _CACHE_MAX:
        _cache.clear()
    try:
        _cache[key] = (weakref.ref(data), frame, stamp)
    except TypeError:  # no weak references: not cached
        pass
    return frame


def _snapshot(data: Any) -> tuple[Any, Any]:
    """(what to read, the stamp that tells a later edit of ``data``).

    pandas with copy-on-write: a shallow copy, which shares the data until the script
    edits the original (pandas then copies the edited block), and the original's
    blocks and axes as the stamp. pandas without it, and numpy: a copy, read each time.
    Lists and dicts are read each time (their cells are copied into arrays). pyarrow
    tables and polars frames do not change in place: the object itself."""
    if isinstance(data, np.ndarray):
        return data.copy(), _UNCACHED
    if isinstance(data, (list, dict, tuple)):
        return data, _UNCACHED
    name = type(data).__name__
    if name in ("DataFrame", "Series") and type(data).__module__.startswith("pandas"):
        if _copy_on_write():
            parts = _pandas_parts(data)
            if parts is not None:
                return data.copy(deep=False), parts
        return data.copy(deep=True), _UNCACHED
    return data, None


_COW: list[bool] = []


def _copy_on_write() -> bool:
    """Whether pandas copies a block shared with a shallow copy before editing it: always
    from pandas 3, by option in pandas 2."""
    if not _COW:
        import pandas as pd

        _COW.append(int(pd.__version__.split(".")[0]) >= 3
                    or pd.options.mode.copy_on_write is True)
    return _COW[0]


def _pandas_parts(data: Any) -> tuple[Any, ...] | None:
    """The objects a pandas edit replaces: the axes (columns, index) and each block's values,
    with the index names (which can be set in place). None if pandas' layout is unknown."""
    try:
        manager = data._mgr
        return (*manager.axes, *(block.values for block in manager.blocks), data.index.names)
    except AttributeError:
        return None


def _still_same(data: Any, frame: FrameData, stamp: Any) -> bool:
    """An object from the cache is unchanged: a pandas object has the same blocks and axes;
    otherwise the same shape (pyarrow tables do not change in place)."""
    if stamp is not None:
        parts = _pandas_parts(data)
        return parts is not None and len(parts) == len(stamp) and all(
            a is b for a, b in zip(parts[:-1], stamp[:-1])) and parts[-1] == stamp[-1]
    shape = getattr(data, "shape", None)
    return shape is None or tuple(shape)[:1] == (frame.nrows,)


def _add_levels(frame: FrameData, source: Any) -> None:
    """A pandas MultiIndex's levels, kept for the table to paint (frame_levels.py)."""
    from rerunqt.core.frame_levels import column_levels, row_levels

    data = getattr(source, "data", source) if type(source).__name__ == "Styler" else source
    rows = row_levels(data)
    if rows is not None:
        frame.levels, frame.level_names = rows
    frame.column_levels = column_levels(data)
