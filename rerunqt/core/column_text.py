"""What a cell of a configured column shows (st.column_config types), Qt-free.

It exists so the Qt model and AppTest agree on, e.g., a NumberColumn's ``format``, a
DateColumn's momentjs format, a LinkColumn's display text, a list's items.
None means: the column type adds nothing, show the plain text.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, time
from typing import Any

import numpy as np

from rerunqt.core.frame_columns import ColumnSpec
from rerunqt.core.frame_text import MISSING, is_missing
from rerunqt.core.number_format import format_number

_MOMENT = re.compile(r"YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|HH|H|hh|h|mm|ss|A|a|SSS")
_STRFTIME = {"YYYY": "%Y", "YY": "%y", "MMMM": "%B", "MMM": "%b", "MM": "%m", "M": "{month}",
             "Do": "{day}", "DD": "%d", "D": "{day}", "dddd": "%A", "ddd": "%a", "HH": "%H", "H": "{hour}",
             "hh": "%I", "h": "{hour12}", "mm": "%M", "ss": "%S", "A": "%p", "a": "{ampm}", "SSS": "{ms}"}
_NAMED_DATES = {"iso8601": None, "localized": "%x", "distance": None, "calendar": None}
NUMERIC_TYPES = frozenset({"number", "progress"})
CHART_TYPES = frozenset({"line_chart", "bar_chart", "area_chart"})


def plain(value: Any) -> Any:
    return value.item() if isinstance(value, np.generic) else value


def moment_format(moment: str, value: Any) -> str:
    """A date/time in a momentjs format (the tokens Streamlit's docs use)."""
    if isinstance(value, np.datetime64):
        value = value.astype("datetime64[us]").item()
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if moment in _NAMED_DATES:
        fmt = _NAMED_DATES[moment]
        return value.isoformat() if fmt is None else value.strftime(fmt)
    hour = getattr(value, "hour", 0)
    extra = {"month": getattr(value, "month", ""), "day": getattr(value, "day", ""), "hour": hour,
             "hour12": (hour % 12) or 12, "ampm": "am" if hour < 12 else "pm",
             "ms": f"{getattr(value, 'microsecond', 0) // 1000:03d}"}
    pattern = _MOMENT.sub(lambda m: _STRFTIME[m.group(0)], moment.replace("%", "%%"))
    # strftime first (its text may hold braces), then the tokens strftime lacks (no padding)
    shown = value.strftime(pattern.replace("{", "\ue000").replace("}", "\ue001"))
    for name, text in extra.items():
        shown = shown.replace(f"\ue000{name}\ue001", str(text))
    return shown


def spec_text(spec: ColumnSpec, value: Any) -> str | None:
    kind = spec.type
    if kind == "auto" or kind == "text" or kind == "checkbox" or kind in CHART_TYPES:
        return None
    value = plain(value)
    if kind in NUMERIC_TYPES:
        fmt = spec.option("format")
        if fmt is None or is_missing(value) or not isinstance(value, (int, float)):
            return None
        try:
            return format_number(value, fmt)
        except (TypeError, ValueError):
            return None
    if kind in ("date", "time", "datetime"):
        fmt = spec.option("format")
        dated = isinstance(value, (date, time, datetime, np.datetime64)) or hasattr(value, "to_pydatetime")
        if fmt is None or is_missing(value) or not dated:
            return None
        try:
            return moment_format(fmt, value)
        except (TypeError, ValueError, KeyError):
            return None
    if kind == "link":
        shown = spec.option("display_text")
        if shown is None or is_missing(value):
            return None
        match = re.search(shown, str(value)) if "(" in shown else None
        return match.group(1) if match and match.groups() else shown
    if kind == "button":  # one label, or a list of them (one per action)
        from rerunqt.core.md_directives import short_codes

        if is_missing(value):
            return None
        labels = value if isinstance(value, (list, tuple, np.ndarray)) else [value]
        return "  ".join(short_codes(str(plain(v))).strip() for v in labels)
    if kind in ("list", "multiselect"):
        if isinstance(value, (list, tuple, np.ndarray)):
            return ", ".join(str(plain(v)) for v in value)
        return None
    if kind == "json":
        if is_missing(value):
            return MISSING
        try:
            return json.dumps(value if not isinstance(value, str) else json.loads(value), default=str)
        except ValueError:
            return str(value)
    return None


def chart_values(value: Any) -> tuple[float, ...]:
    """A chart cell's numbers (a list, array or Series); () when it holds none."""
    if value is None or isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
        return ()
    out = []
    for item in value:
        try:
            out.append(float(item))
        except (TypeError, ValueError):
            out.append(float("nan"))
    return tuple(out)
