"""How one table cell reads as text (a pandas Styler's cells: styler_cells.py).

It exists so the Qt model (which formats only the visible cells) and AppTest share one
formatting, as Streamlit's: floats with up to 4 decimals, missing values as ``None``,
datetimes as ``YYYY-MM-DD HH:mm:ss`` (cell_dates.DEFAULT_FORMATS), midnight included, an
aware one with its offset (``+00:00``), times to the second.
"""

from __future__ import annotations

import math
import re
from datetime import datetime, time, timedelta
from typing import Any

import numpy as np

from rerunqt.core.timefmt import format_temporal

MISSING = "None"


class IntGaps(np.ndarray):
    """A float column that holds integers with gaps (a pandas Int64 column with NA, a polars
    integer column with nulls): a float array everywhere, but st.table writes its numbers
    as integers ("1", not "1.0000"), as Streamlit's Arrow keeps them."""


def int_gaps(array: np.ndarray) -> np.ndarray:
    return array.view(IntGaps)


def is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, (float, np.floating)):
        return math.isnan(value)
    if isinstance(value, (np.datetime64, np.timedelta64)):
        return bool(np.isnat(value))
    return type(value).__name__ in ("NAType", "NaTType")


def cell_text(value: Any, kind: str) -> str:
    if kind == "float":
        value = float(value)
        if math.isnan(value):
            return MISSING
        if math.isinf(value):
            return "∞" if value > 0 else "-∞"
        return float_text(value)
    if kind == "int":
        return str(int(value))
    if kind == "bool":
        return "true" if value else "false"
    if kind == "datetime":  # one format for the whole column, midnight too (YYYY-MM-DD HH:mm:ss)
        if np.isnat(value):
            return MISSING
        date, _, clock = str(value.astype("datetime64[s]")).partition("T")
        return f"{date} {clock}"
    if kind == "timedelta":
        return MISSING if np.isnat(value) else duration_text(value / np.timedelta64(1, "s"))
    if is_missing(value):
        return MISSING
    if isinstance(value, float):
        return cell_text(value, "float")
    if is_decimal(value):  # Arrow's decimal: a number column of Streamlit's grid
        return float_text(float(value)) if value.is_finite() else MISSING
    if type(value).__name__ == "Interval" and hasattr(value, "closed_left"):  # pandas' Interval
        return interval_text(value)
    if isinstance(value, dict):  # Arrow's struct: JSON without its null fields, as Streamlit writes it
        from rerunqt.core.table_text import json_text

        return json_text(value)
    if isinstance(value, np.ndarray):  # a list cell (polars, pyarrow): as a list reads
        return str(value.tolist())
    if isinstance(value, (bytes, bytearray)):
        return value.decode("utf-8", "replace")
    if isinstance(value, timedelta):  # pandas' Timedelta too
        return duration_text(value.total_seconds())
    if isinstance(value, datetime):  # an aware one (pandas keeps those as objects) keeps its offset
        return format_temporal(value, "YYYY-MM-DD HH:mm:ssZ" if value.tzinfo else "YYYY-MM-DD HH:mm:ss")
    if isinstance(value, time):  # Streamlit's TimeColumn: to the second
        return format_temporal(value, "HH:mm:ss")
    return str(value)


def is_decimal(value: Any) -> bool:
    """A ``decimal.Decimal`` (without importing decimal: a script that made one has)."""
    return type(value).__name__ == "Decimal" and type(value).__module__ in ("decimal", "_decimal")


def decimal_text(value: Any) -> str:
    """A Decimal as Streamlit's table writes Arrow's decimals: in full, without an exponent,
    trailing zeros of the fraction dropped ("1.10" is "1.1", "3.000" is "3")."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def interval_text(interval: Any) -> str:
    """A pandas Interval as Streamlit writes Arrow's interval type: float ends with four
    decimals and thousands separators ("(0.5488, 1.7152]"), others as their own cells."""
    from rerunqt.core.number_format import grouped_fixed

    ends = []
    for end in (interval.left, interval.right):
        if isinstance(end, (float, np.floating)):
            ends.append(grouped_fixed(float(end), 4) if math.isfinite(end) else str(end))
        else:
            ends.append(cell_text(end.item() if isinstance(end, np.generic) else end, "object"))
    return (f"{'[' if interval.closed_left else '('}{ends[0]}, "
            f"{ends[1]}{']' if interval.closed_right else ')'}")


def float_text(value: float) -> str:
    """An unformatted float as Streamlit's grid writes it (formatNumber without a format):
    up to 4 decimals, or as many as a tiny number needs ("0.0000001", not "1e-07"); "0"
    for -0.0. A whole number beyond 2**53 is JavaScript's own text of it, as the grid
    shows a number it cannot hold exactly."""
    from rerunqt.core.number_format import format_js_number
    from rerunqt.core.sprintf_js import js_str

    if value.is_integer() and abs(value) > 2 ** 53 - 1:
        return js_str(value)
    return format_js_number(value, None)


def css_colour(declarations: Any, name: str) -> str | None:
    """The value of ``name`` (``color``, ``background-color``) among a cell's CSS pairs."""
    found = None
    for prop, value in declarations or ():
        prop = str(prop).strip().lower()
        if prop == name or (name == "background-color" and prop == "background"):
            found = str(value).strip()
    return _hsl_as_rgb(found) if found and found[:3].lower() == "hsl" else found


_HSL = re.compile(r"hsla?\(\s*([-\d.]+)(?:deg)?[\s,]+([\d.]+)%[\s,]+([\d.]+)%(?:\s*[,/]\s*([\d.]+%?))?\s*\)")


def _hsl_as_rgb(text: str) -> str:
    """A CSS ``hsl()`` / ``hsla()`` colour (a browser draws Styler cells with any CSS
    colour) as the ``rgba()`` form the table's colours read; unreadable text as it is."""
    match = _HSL.fullmatch(text.strip().lower())
    if match is None:
        return text
    import colorsys

    hue, sat, light, alpha = match.groups()
    r, g, b = colorsys.hls_to_rgb(float(hue) % 360 / 360, min(float(light), 100) / 100,
                                  min(float(sat), 100) / 100)
    return f"rgba({round(r * 255)}, {round(g * 255)}, {round(b * 255)}, {alpha or 1})"


_UNITS = (("minute", 60), ("hour", 3600), ("day", 86400), ("month", 2629746), ("year", 31556952))


def duration_text(seconds: float) -> str:
    """A duration as Streamlit's tables show one: momentjs' humanize() ("a few seconds",
    "2 minutes", "a day", "3 months"), with its rounding and thresholds."""
    if not math.isfinite(seconds):
        return str(seconds)
    counts = {unit: round(abs(seconds) / size) for unit, size in _UNITS}
    if round(abs(seconds)) <= 44:
        text = "a few seconds"
    else:
        text = ""
        for (unit, _), limit in zip(_UNITS, (45, 22, 26, 11, None)):
            count = counts[unit]
            if count <= 1:
                text = f"an {unit}" if unit == "hour" else f"a {unit}"
                break
            if limit is None or count < limit:
                text = f"{count} {unit}s"
                break
    return f"-{text}" if seconds < 0 else text
