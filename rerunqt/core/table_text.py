"""How a cell of st.table reads: Streamlit 1.67's static table formats cells its own way.

It exists because st.table is not st.dataframe's grid: Streamlit writes every float with
four decimals and thousands separators ("1,234.5000"), booleans as ``true`` / ``false``
text, lists and dicts as JSON, a missing value as an empty cell, datetimes to the second
and times to the millisecond. Everything else reads as in st.dataframe (frame_text).
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime, time
from typing import Any

import numpy as np

from rerunqt.core.frame_text import MISSING, IntGaps, cell_text, decimal_text, is_decimal, is_missing


def table_cell(column: np.ndarray, row: int, kind: str) -> str:
    """Cell ``row`` of a column of that kind; integers with gaps read as integers."""
    return table_text(column[row], "int" if isinstance(column, IntGaps) else kind)


def table_text(value: Any, kind: str) -> str:
    """One st.table cell (or index label) as Streamlit's table shows it."""
    if isinstance(value, np.generic) and kind == "object":
        value = value.item()
    if kind == "float" or (kind == "object" and isinstance(value, float)):
        return _float(float(value))
    if isinstance(value, (list, tuple, set, frozenset, dict, np.ndarray)):
        return json_text(value)
    if is_decimal(value):
        text = decimal_text(value) if value.is_finite() else ""
        return "0" if text == "-0" else text
    if is_missing(value):
        return ""
    if kind == "bool" or isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, datetime):  # pandas Timestamps too; an aware one keeps its offset
        shown = value.strftime("%Y-%m-%d %H:%M:%S")
        offset = value.strftime("%z")
        return shown + (f"{offset[:3]}:{offset[3:]}" if offset else "")
    if isinstance(value, time):
        return value.strftime("%H:%M:%S") + (f".{value.microsecond // 1000:03d}" if value.microsecond else "")
    shown = cell_text(value, kind)
    return "" if shown == MISSING else shown


def _float(value: float) -> str:
    """numbro's "0,0.0000": four decimals, thousands separated; NaN is a missing value."""
    if math.isnan(value):
        return ""
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    from rerunqt.core.number_format import grouped_fixed

    return grouped_fixed(value, 4)


def json_text(value: Any) -> str:
    """A list, set or dict as JSON without spaces, as the browser's JSON.stringify writes it."""
    return json.dumps(_plain(value), separators=(",", ":"), ensure_ascii=False, default=str)


def _plain(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        value = value.tolist()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items() if not is_missing(v)}
    if isinstance(value, (set, frozenset)):
        try:
            value = sorted(value)
        except TypeError:  # mixed items: as they come
            value = list(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (datetime, date, time)):
        return table_text(value, "object")
    if is_missing(value):
        return None
    return value


_PARAGRAPHS = re.compile(r"\n[ \t]*\n+")


def markdown_lines(text: str) -> str:
    """An st.table cell's text as Streamlit's Markdown lays it out: a single line break is a
    space (a soft break), a blank line starts a new line (a paragraph), and a break after
    two spaces or a backslash stays (a hard break)."""
    if "\n" not in text and "\r" not in text:
        return text
    paragraphs = []
    for paragraph in _PARAGRAPHS.split(text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")):
        lines = paragraph.split("\n")
        joined = lines[0]
        for line in lines[1:]:
            hard = joined.endswith("  ") or joined.endswith("\\")
            joined = joined.rstrip(" ").removesuffix("\\") + "\n" if hard else joined.rstrip() + " "
            joined += line.lstrip()
        paragraphs.append(joined)
    return "\n".join(paragraphs)

