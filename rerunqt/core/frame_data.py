"""The data of st.dataframe / st.table: columns extracted once as numpy arrays.

It exists so a table shows a million rows without copying them into Python objects:
every input (pandas, numpy, lists, dicts, pyarrow, polars) becomes one ``FrameData``
of 1-D arrays, which the Qt model reads one visible cell at a time. The frame is a prop
of the element, so it compares by identity and a cheap fingerprint (shape, dtypes, a
few sampled values), never by content unless two different objects look alike.
An unchanged object shown again is found in a small cache and not read again.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from typing import Any

import numpy as np

from rerunqt.core.frame_inputs import columns_of
from rerunqt.core.frame_text import cell_text, is_missing

_SAMPLES = 5
_CACHE_MAX = 32
_cache: dict[int, tuple[Any, FrameData, Any]] = {}  # id(data) -> (ref, frame, stamp)


class FrameData:
    """Named 1-D columns, row labels, and optional Styler formats/colours."""

    __slots__ = ("__weakref__", "_source", "columns", "fingerprint", "index", "index_name",
                 "kinds", "names", "nrows", "styles")

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
        if self.fingerprint != other.fingerprint or self.styles != other.styles:
            return False
        if self._source is not None and self._source is other._source:
            return True
        return _same_arrays(self, other)

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
    """The frame of ``data``, read once: an object shown again comes from the cache."""
    key = id(data)
    hit = _cache.get(key)
    if hit is not None:
        ref, frame, stamp = hit
        held = ref() if isinstance(ref, weakref.ref) else ref
        if held is data and _still_same(data, frame, stamp):
            return frame
    names, columns, index, index_name, styles = columns_of(data, function)
    try:
        frame = FrameData(names, columns, index, index_name, styles, data)
    except ValueError as exc:
        from rerunqt.errors import RerunQtAPIError

        raise RerunQtAPIError(f"st.{function} got data whose {exc}; every column must be as long "
                              f"as the others.") from None
    if len(_cache) >= _CACHE_MAX:
        _cache.clear()
    stamp = _plain_stamp(data) if isinstance(data, (list, dict)) else None
    try:
        _cache[key] = (weakref.ref(data), frame, stamp)
    except TypeError:  # lists and dicts: no weak references
        _cache[key] = (data, frame, stamp)
    return frame


def _still_same(data: Any, frame: FrameData, stamp: Any) -> bool:
    """An object from the cache still has its shape and sampled values (in-place edits)."""
    if isinstance(data, (list, dict)):
        return _plain_stamp(data) == stamp
    shape = getattr(data, "shape", None)
    if shape is not None and tuple(shape)[:1] != (frame.nrows,):
        return False
    n = frame.nrows
    if n and type(data).__name__ == "DataFrame" and hasattr(data, "iat"):
        try:
            return all(_same_value(data.iat[r, c], frame.columns[c][r])
                       for r in (0, n - 1) for c in range(min(len(frame.columns), 3)))
        except Exception:
            return False
    return True


def _same_value(given: Any, read: Any) -> bool:
    """A cell of the data against what was read from it (a Timestamp equals its datetime64)."""
    if is_missing(given) or is_missing(read):
        return is_missing(given) and is_missing(read)
    try:
        return bool(given == read)
    except (TypeError, ValueError):  # arrays in cells: compare their text
        return repr(given) == repr(read)


def _plain_stamp(data: list[Any] | dict[Any, Any]) -> tuple[Any, ...]:
    """A list or dict edited in place changes its length or its first/last items (mostly)."""
    if isinstance(data, Mapping):
        return ("dict", len(data), repr(list(data.items())[:4]))
    return ("list", len(data), repr(data[:2]), repr(data[-1:]))
