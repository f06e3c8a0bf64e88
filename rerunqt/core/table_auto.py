"""st.table's automatic ``hide_index`` and ``hide_header`` (both None by default).

It exists because Streamlit 1.67 decides them from the data given: the index is hidden
when it is a default RangeIndex (a frame's own counting, or data that has no labels), and
the header row is hidden for data whose columns have no names of their own (a list or
tuple of values or of rows, a set, a key-value dict, a numpy array, a pandas or pyarrow
array).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rerunqt.core.frame_data import FrameData


def index_hidden(data: Any, frame: FrameData) -> bool:
    """A RangeIndex (of any start) is hidden; labels of any other kind are shown."""
    inner = data.data if type(data).__name__ == "Styler" else data
    if type(inner).__name__ in ("DataFrame", "Series") and type(inner).__module__.startswith("pandas"):
        return type(inner.index).__name__ == "RangeIndex"
    return frame.index is None  # other data: labels only where it has its own (dict keys)


def header_hidden(data: Any) -> bool:
    """Streamlit's data formats without column names of their own."""
    module, name = type(data).__module__, type(data).__name__
    if module.startswith("numpy") and name == "ndarray":
        return True
    if module.startswith("pyarrow") and name.endswith("Array"):
        return True
    if module.startswith("pandas") and name.endswith("Array"):
        return True
    if isinstance(data, (set, frozenset)):
        return True
    if isinstance(data, (list, tuple)):
        first = next(iter(data), None)
        return not isinstance(first, Mapping)  # values or rows; records have their keys
    if isinstance(data, Mapping):
        if not data:
            return True
        first = next(iter(data.values()))
        return not isinstance(first, (Mapping, list, tuple)) and type(first).__name__ != "Series"
    return False


__all__ = ["header_hidden", "index_hidden"]
