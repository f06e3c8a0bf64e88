"""Streamlit's browser printf (its vendored sprintf-js) and JavaScript's number-to-text rules.

Streamlit formats number_input, slider and NumberColumn values in the browser, so a
format shows what sprintf-js makes of it, not what Python's ``%`` does: ``%e`` is
``1.5e+3`` (no exponent padding), ``%f`` without a precision is the shortest number,
``%u`` wraps negatives to 32 bits, ties round away from zero, ``%,d`` groups thousands,
and the space, ``#``, ``%E`` and ``%G`` forms are errors (``SprintfError``).
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any

_PLACEHOLDER = re.compile(
    r"%(?:([1-9]\d*)\$|\(([^)]+)\))?(\+)?(0|'[^$])?(-)?(,|_)?(\d+)?(?:\.(\d+))?([b-gijostTuvxX])"
)
_TEXT = re.compile(r"[^%]+")
_KEY = re.compile(r"[a-z_][a-z_\d]*(?:\.[a-z_][a-z_\d]*|\[\d+\])*", re.I)
_INT_PREFIX = re.compile(r"\s*([+-]?\d+)")
_GROUPS = re.compile(r"\B(?=(\d{3})+(?!\d))")
_WIDE = Context(prec=1200)  # exact for any double's decimal expansion
_UNDEFINED = object()  # a placeholder with no argument: JavaScript's undefined


class SprintfError(ValueError):
    """sprintf-js throws on this format (Streamlit then shows the bare number or an error)."""


def js_str(x: float) -> str:
    """``String(x)`` for a JavaScript number: shortest digits, exponent beyond 1e21 / 1e-7."""
    if isinstance(x, int) and abs(x) < 10**21:
        x = float(x)
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    if x == 0:
        return "0"
    if x < 0:
        return "-" + js_str(-x)
    _sign, digit_tuple, exponent = Decimal(repr(x)).normalize().as_tuple()
    digits = "".join(map(str, digit_tuple))
    k, n = len(digits), int(exponent) + len(digits)
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return f"{digits[:n]}.{digits[n:]}"
    if -6 < n <= 0:
        return "0." + "0" * -n + digits
    e = n - 1
    mantissa = digits if k == 1 else f"{digits[0]}.{digits[1:]}"
    return f"{mantissa}e{'+' if e >= 0 else '-'}{abs(e)}"


def to_fixed(x: float, places: int) -> str:
    """``x.toFixed(places)``: the exact value rounded half away from zero."""
    if not math.isfinite(x) or abs(x) >= 1e21:
        return js_str(x)
    if x == 0:
        x = 0.0  # -0 shows as 0
    quantum = Decimal(1).scaleb(-places)
    return format(Decimal(x).quantize(quantum, rounding=ROUND_HALF_UP, context=_WIDE), "f")


def to_exponential(x: float, places: int | None = None) -> str:
    """``x.toExponential(places)``: ``1.500e+3``; no places: as many digits as it takes."""
    if not math.isfinite(x):
        return js_str(x)
    if x < 0:
        return "-" + to_exponential(-x, places)
    if places is None:
        if x == 0:
            return "0e+0"
        _sign, digit_tuple, exponent = Decimal(repr(x)).normalize().as_tuple()
        digits = "".join(map(str, digit_tuple))
        e = int(exponent) + len(digits) - 1
        mantissa = digits if len(digits) == 1 else f"{digits[0]}.{digits[1:]}"
    elif x == 0:
        e, mantissa = 0, to_fixed(0.0, places)
    else:
        exact = Decimal(x)
        e = exact.adjusted()
        quantum = Decimal(1).scaleb(-places)
        scaled = exact.scaleb(-e, context=_WIDE).quantize(quantum, ROUND_HALF_UP, _WIDE)
        if scaled >= 10:
            e += 1
            scaled = exact.scaleb(-e, context=_WIDE).quantize(quantum, ROUND_HALF_UP, _WIDE)
        mantissa = format(scaled, "f")
    return f"{mantissa}e{'+' if e >= 0 else '-'}{abs(e)}"


def js_round(x: float) -> int:
    """``Math.round``: the nearest integer, halves toward +infinity."""
    whole = math.floor(x)
    return whole + 1 if x - whole >= 0.5 else whole


def to_precision_number(x: float, digits: int) -> float:
    """``Number(x.toPrecision(digits))``: x rounded half away from zero to significant digits."""
    if not math.isfinite(x) or x == 0:
        return x
    exact = Decimal(x)
    quantum = Decimal(1).scaleb(exact.adjusted() - digits + 1)
    return float(exact.quantize(quantum, ROUND_HALF_UP, _WIDE))


def _parse_int(x: Any) -> int | float:
    """``parseInt(String(x), 10)``: the leading integer of the number's text (NaN if none)."""
    text = "undefined" if x is _UNDEFINED else js_str(x)
    match = _INT_PREFIX.match(text)
    return float("nan") if match is None else int(float(match.group(1)))  # a double, as in JS


def _uint32(n: int | float) -> int:
    return 0 if isinstance(n, float) else n % 2**32


def _parse(fmt: str) -> list[Any]:
    tree: list[Any] = []
    rest, kinds = fmt, 0
    while rest:
        if (m := _TEXT.match(rest)) is not None:
            tree.append(m.group(0))
        elif rest.startswith("%%"):
            m = re.match("%%", rest)
            tree.append("%")
        elif (m := _PLACEHOLDER.match(rest)) is not None:
            kinds |= 1 if m.group(2) else 2
            if kinds == 3:
                raise SprintfError("[sprintf] mixing positional and named placeholders is not supported")
            if m.group(2) and not _KEY.fullmatch(m.group(2)):
                raise SprintfError("[sprintf] failed to parse named argument key")
            tree.append(m.groups())
        else:
            raise SprintfError("[sprintf] unexpected placeholder")
        assert m is not None
        rest = rest[m.end():]
    return tree


def sprintf(fmt: str, value: float) -> str:
    """``sprintf(fmt, value)`` exactly as Streamlit's browser code computes it."""
    args = (value,)
    out, cursor = [], 0
    for node in _parse(fmt):
        if isinstance(node, str):
            out.append(node)
            continue
        param_no, keys, plus, pad_char, align, thousands, width, precision, kind = node
        if keys:
            arg: Any = _UNDEFINED  # a number has no such property
        elif param_no:
            arg = args[int(param_no) - 1] if int(param_no) <= len(args) else _UNDEFINED
        else:
            arg = args[cursor] if cursor < len(args) else _UNDEFINED
            cursor += 1
        if arg is _UNDEFINED and kind in "bcdiefguxX":
            raise SprintfError("[sprintf] expecting number but found Undefined")
        out.append(_convert(arg, kind, plus, pad_char, align, thousands, width, precision))
    return "".join(out)


def _convert(arg: Any, kind: str, plus: str | None, pad_char: str | None, align: str | None,
             thousands: str | None, width: str | None, precision: str | None) -> str:
    text = _conversion(arg, kind, width, precision)
    if kind == "j":
        return text
    sign = ""
    if kind in "diefg":
        positive = arg >= 0
        if not positive or plus:
            sign = "+" if positive else "-"
            text = text[1:] if text[:1] in "+-" else text
    if thousands and kind in "diefgu":
        separator = "_" if thousands == "_" else pad_char[1] if pad_char and pad_char[0] == "'" else ","
        text = _grouped(text, separator)
    pad = " " if not pad_char else "0" if pad_char == "0" else pad_char[1]
    gap = (int(width) if width else 0) - len(sign + text)
    fill = pad * gap if width and gap > 0 else ""
    if align:
        return sign + text + fill
    return sign + fill + text if pad == "0" else fill + sign + text


def _conversion(arg: Any, kind: str, width: str | None, precision: str | None) -> str:
    """The bare text of one conversion, before sign, grouping and padding."""
    if arg is _UNDEFINED:
        return {"s": "undefined", "t": "false", "T": "undefined", "j": "undefined",
                "o": "0"}.get(kind, "undefined")[: int(precision) if precision else None]
    x = float(arg)
    if kind in "di":
        return js_str(_parse_int(arg))
    if kind == "e":
        return to_exponential(x, int(precision) if precision else None)
    if kind == "f":
        return to_fixed(x, int(precision)) if precision else js_str(x)
    if kind == "g":
        return js_str(to_precision_number(x, int(precision))) if precision else js_str(x)
    if kind in "ouxX":
        word = _uint32(_parse_int(arg))
        return {"o": f"{word:o}", "u": str(word), "x": f"{word:x}", "X": f"{word:X}"}[kind]
    whole = _parse_int(arg)
    if kind == "b":
        return "NaN" if isinstance(whole, float) else ("-" if whole < 0 else "") + f"{abs(whole):b}"
    if kind == "c":
        return chr(0 if isinstance(whole, float) else whole % 65536)
    if kind == "j":
        return js_str(x) if math.isfinite(x) else "null"
    text = {"t": "false" if x == 0 or math.isnan(x) else "true", "T": "number"}.get(kind, js_str(arg))
    return text[: int(precision)] if precision else text


def _grouped(text: str, separator: str) -> str:
    sign = text[0] if text[:1] in "+-" else ""
    body = text[len(sign):]
    whole, dot, fraction = body.partition(".")
    return sign + _GROUPS.sub(separator, whole) + dot + fraction
