"""Number formats shared by st.metric, st.slider and st.column_config.NumberColumn / ProgressColumn.

A port of Streamlit's browser ``formatNumber`` (en-US): the named formats (plain,
localized, percent, dollar, euro, yen, accounting, compact, scientific, engineering,
bytes) as ``Intl.NumberFormat`` and numbro write them, anything else as sprintf-js does
(``sprintf_js``). ``max_precision`` is a column's decimals from its ``step``.
"""

from __future__ import annotations

import math
import sys
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any

from rerunqt.core.sprintf_js import SprintfError, js_round, js_str, sprintf, to_exponential

DASH = "—"
NAMED_FORMATS = ("plain", "localized", "percent", "dollar", "euro", "yen", "compact", "scientific",
                 "engineering", "accounting", "bytes")
_CURRENCY = {"dollar": ("$", 2), "euro": ("€", 2), "yen": ("¥", 0)}
_COMPACT = ("", "K", "M", "B", "T")
_BYTES = ("B", "KB", "MB", "GB", "TB")
_WIDE = Context(prec=1200)


def _is_decimal(value: Any) -> bool:
    """Whether ``value`` is a ``decimal.Decimal``, without importing ``decimal`` at start:
    a script that made a Decimal has imported it."""
    module = sys.modules.get("decimal")
    return module is not None and isinstance(value, module.Decimal)


def format_number(value: Any, fmt: str | None, max_precision: int | None = None) -> str:
    """A number as text: ``str`` of the number, or formatted by ``fmt`` (a name or printf).

    Raises ``ValueError`` (a ``SprintfError``) for a printf format sprintf-js throws on."""
    if value is None:
        return DASH
    if isinstance(value, str):
        return value
    if hasattr(value, "item") and not isinstance(value, (int, float)) and not _is_decimal(value):
        value = value.item()  # numpy scalars
    if not (isinstance(value, (int, float)) or _is_decimal(value)) or isinstance(value, bool):
        raise TypeError(f"{value!r} is a {type(value).__name__}; a metric value is an int, float, "
                        f"Decimal, str or None")
    if fmt is None:
        return str(value)
    return format_js_number(float(value), fmt, max_precision)


def format_js_number(x: float, fmt: str | None, max_precision: int | None = None) -> str:
    """Streamlit's ``formatNumber(x, fmt, max_precision)`` for a number ``x``."""
    if not math.isfinite(x):
        return ""
    c = max_precision
    if not fmt:
        if c is not None:
            return _numbro(float(js_round(x)) if c == 0 else x, c, trim=False)
        return _numbro(x, _default_mantissa(x), trim=True)
    if fmt == "plain":
        return _numbro(x, 20, trim=True)
    if fmt == "accounting":
        return _numbro(x, 2 if c is None else c, trim=False, grouped=True, parens=True)
    if fmt == "scientific" or fmt == "engineering":
        return _signed(x, _scientific(abs(x), fmt == "engineering"))
    if fmt == "compact":
        return _signed(x, _compact(abs(x), _COMPACT, bytes_=False))
    if fmt == "bytes":
        return _signed(x, _compact(abs(x), _BYTES, bytes_=True))
    d = Decimal(repr(abs(x)))
    if fmt == "localized":
        return _signed(x, _fixed(d, 0 if c is None else c, 3 if c is None else c, grouped=True))
    if fmt == "percent":
        low, high = (0, 2) if c is None else (max(c - 2, 0), max(c - 2, 0))
        return _signed(x, _fixed(d * 100, low, high, grouped=True) + "%")
    if fmt in _CURRENCY:
        symbol, places = _CURRENCY[fmt]
        places = places if c is None else c
        return _signed(x, symbol + _fixed(d, places, places, grouped=True))
    return sprintf(fmt, x)


def grouped_fixed(x: float, places: int) -> str:
    """numbro's ``"0,0.0000"``-style format (thousands separated, ``places`` decimals), as
    Streamlit's st.table writes floats: half rounds up, and -0 is "0.0000"."""
    return _numbro(x, places, trim=False, grouped=True)


def column_number_text(value: float, fmt: str | None, step: float | None, integral: bool,
                       progress: bool = False) -> str | None:
    """A NumberColumn (or ProgressColumn) cell as Streamlit's grid writes it, or None to
    show the number plainly. An int column's step is 1, so its presets show no decimals
    ("$1,234"); a column's step cuts the value to its decimals before formatting; a
    ProgressColumn shows "%3d%%" (ints) or "percent" (floats) unless told otherwise."""
    x = float(value)
    if not math.isfinite(x):
        return None
    if progress and fmt is None:
        fmt = "%3d%%" if integral else "percent"
    if fmt is None:
        return None
    if step is None and integral:
        step = 1
    places = None if step is None or math.isnan(step) else _step_decimals(step)
    if places is not None and not progress:
        x = _truncated(x, places)
    if fmt == "duration" and not progress:  # seconds, humanized ("2 minutes")
        from rerunqt.core.durations import duration_cell

        return duration_cell(x, fmt)
    return format_js_number(x, fmt, places)


def _step_decimals(step: float) -> int:
    """The decimals of a column's step (the grid's countDecimals)."""
    if step % 1 == 0:
        return 0
    text = js_str(step)
    if "e" in text:
        text = _fixed(Decimal(repr(abs(step))), 0, 20, grouped=False)
    return len(text.partition(".")[2])


def _truncated(x: float, places: int) -> float:
    """The grid's truncation to a step's decimals (cut, not rounded; nudged by an ulp)."""
    if places <= 0:
        return float(math.trunc(x))
    scale = 10.0**places
    scaled = x * scale
    return math.trunc(scaled + math.copysign(2**-52 * abs(scaled) * 10, scaled)) / scale


def _signed(x: float, text: str) -> str:
    """Intl writes a minus for every negative number, -0 and those that round to 0 too."""
    return "-" + text if math.copysign(1.0, x) < 0 else text


def _fixed(d: Decimal, low: int, high: int, grouped: bool) -> str:
    """A positive decimal rounded half up to ``high`` fraction digits, trailing zeros dropped
    down to ``low`` (Intl.NumberFormat's minimum/maximumFractionDigits)."""
    rounded = d.quantize(Decimal(1).scaleb(-high), rounding=ROUND_HALF_UP, context=_WIDE)
    whole, _, fraction = format(rounded, ",f" if grouped else "f").partition(".")
    fraction = fraction.rstrip("0").ljust(low, "0")
    return f"{whole}.{fraction}" if fraction else whole


def _numbro(x: float, mantissa: int, trim: bool, grouped: bool = False, parens: bool = False) -> str:
    """numbro's ``format({mantissa, trimMantissa, thousandSeparated, negative})``."""
    text = _numbro_fixed(x, mantissa)
    whole, _, fraction = text.partition(".")
    if trim:
        fraction = fraction.rstrip("0")
    if grouped:
        negative = whole.startswith("-")
        whole = ("-" if negative else "") + f"{int(whole.lstrip('-') or 0):,}"
    text = f"{whole}.{fraction}" if fraction else whole
    if x < 0:
        if float(text.replace(",", "")) == 0:
            return text.replace("-", "")
        if parens:
            return f"({text.replace('-', '')})"
    return text


def _numbro_fixed(x: float, places: int) -> str:
    """numbro's toFixed: round on the shifted number text, then BigNumber's toFixed."""
    text = js_str(x)
    if "e" in text:  # numbro pads or cuts the digits of an exponent form
        mantissa, _, exponent = text.partition("e")
        whole, _, fraction = mantissa.partition(".")
        power = int(exponent)
        if power > 0:
            out = whole + fraction + "0" * (power - len(fraction))
            return out + ("." + "0" * places if places > 0 else "")
        digits = ("0" * (-power - 1) + whole.lstrip("-") + fraction)[:places].ljust(places, "0")
        return ("-0." if whole.startswith("-") else "0.") + digits
    shifted = js_round(float(f"{text}e+{places}")) / 10.0**places
    quantum = Decimal(1).scaleb(-places)
    return format(Decimal(js_str(shifted)).quantize(quantum, rounding=ROUND_HALF_UP, context=_WIDE), "f")


def _default_mantissa(x: float) -> int:
    """Streamlit's decimals for an unformatted number: 4, or enough to show a tiny one."""
    if x == 0 or abs(x) >= 1e-4:
        return 4
    return abs(int(to_exponential(x).split("e")[1]))


def _scientific(x: float, engineering: bool) -> str:
    if x == 0:
        return "0E0"
    d = Decimal(repr(x))
    e = d.adjusted()
    if engineering:
        e -= e % 3
    mantissa = _fixed(d.scaleb(-e), 0, 3, grouped=False)
    if Decimal(mantissa) >= (1000 if engineering else 10):
        e += 3 if engineering else 1
        mantissa = _fixed(d.scaleb(-e), 0, 3, grouped=False)
    return f"{mantissa}E{e}"


def _compact(x: float, units: tuple[str, ...], bytes_: bool) -> str:
    """Intl's compact notation of a positive number: K/M/B/T (or kB..TB for bytes, one
    decimal at most); otherwise two significant digits, no decimals from 100 up."""
    d = Decimal(repr(x))
    unit = min(max(d.adjusted(), 0) // 3, len(units) - 1) if d else 0
    while True:
        scaled = d.scaleb(-3 * unit)
        places = 1 if bytes_ else max(0, 1 - scaled.adjusted()) if scaled else 0
        text = _fixed(scaled, 0, places, grouped=False)
        if unit < len(units) - 1 and Decimal(text) >= 1000:
            unit += 1
            continue
        if len(text.partition(".")[0]) >= 5:  # compact groups from 10,000 (minimumGroupingDigits 2)
            text = _fixed(Decimal(text), 0, places, grouped=True)
        return text + units[unit]


__all__ = ["DASH", "NAMED_FORMATS", "SprintfError", "column_number_text", "format_js_number", "format_number",
           "js_str"]
