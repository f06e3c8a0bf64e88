"""Number formats shared by st.metric and st.column_config.NumberColumn / ProgressColumn.

Streamlit's named formats (plain, localized, percent, dollar, euro, yen, accounting,
compact, scientific, engineering) and printf-style strings such as ``"%.2f"``.
"""

from __future__ import annotations

import sys
from typing import Any

DASH = "—"
NAMED_FORMATS = ("plain", "localized", "percent", "dollar", "euro", "yen", "compact", "scientific",
                 "engineering", "accounting", "bytes")


def _is_decimal(value: Any) -> bool:
    """Whether ``value`` is a ``decimal.Decimal``, without importing ``decimal`` at start:
    a script that made a Decimal has imported it."""
    module = sys.modules.get("decimal")
    return module is not None and isinstance(value, module.Decimal)


def format_number(value: Any, fmt: str | None) -> str:
    """A number as text: ``str`` of the number, or formatted by ``fmt`` (a name or printf)."""
    if value is None:
        return DASH
    if isinstance(value, str):
        return value
    if hasattr(value, "item") and not isinstance(value, (int, float)) and not _is_decimal(value):
        value = value.item()  # numpy scalars
    if not (isinstance(value, (int, float)) or _is_decimal(value)) or isinstance(value, bool):
        raise TypeError(f"{value!r} is a {type(value).__name__}; a metric value is an int, float, "
                        f"Decimal, str or None")
    if fmt is None or fmt == "plain":
        return str(value)
    number = float(value)
    if fmt == "localized":
        return f"{value:,}" if isinstance(value, int) else f"{number:,.2f}"
    if fmt == "percent":
        return f"{number * 100:,.2f}%"
    if fmt in ("dollar", "euro", "yen"):
        sign = {"dollar": "$", "euro": "€", "yen": "¥"}[fmt]
        return f"-{sign}{-number:,.2f}" if number < 0 else f"{sign}{number:,.2f}"
    if fmt == "accounting":
        return f"({-number:,.2f})" if number < 0 else f"{number:,.2f}"
    if fmt == "scientific":
        return f"{number:.3E}"
    if fmt == "engineering":
        return f"{number:.3e}"
    if fmt in ("compact", "bytes"):
        return _compact(number, 1024.0 if fmt == "bytes" else 1000.0, fmt == "bytes")
    try:
        return fmt % value
    except TypeError as exc:
        raise ValueError(str(exc)) from None


def _compact(number: float, base: float, byte: bool) -> str:
    units = ("B", "KB", "MB", "GB", "TB", "PB") if byte else ("", "K", "M", "B", "T", "Q")
    size, unit = number, 0
    while abs(size) >= base and unit < len(units) - 1:
        size, unit = size / base, unit + 1
    text = f"{size:.1f}".rstrip("0").rstrip(".")
    return f"{text}{' ' if byte else ''}{units[unit]}"
