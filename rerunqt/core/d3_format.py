"""d3-format number formats (Qt-free): Vega-Lite axis ``format`` strings and plotly ``tickformat``.

Vega (Streamlit's built-in charts, Altair) and plotly.js both write tick labels with
d3-format: ``",f"`` gives "2,500,000", ``".0%"`` "50%", ``"$,.2f"`` "$1,234.50", ``"~s"``
"2.5M". ``format_span`` is Vega's default for a continuous axis: ``",f"`` with as many
decimals as the tick step needs ("0.5", "1.5"; "1,000,000"). Negative numbers take d3's
minus sign (U+2212), as the charts in the browser show.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from rerunqt.core.axis_ticks import tick_step
from rerunqt.core.sprintf_js import to_exponential, to_fixed

MINUS = "\u2212"
PREFIXES = ("y", "z", "a", "f", "p", "n", "\u00b5", "m", "", "k", "M", "G", "T", "P", "E", "Z", "Y")
_SPEC = re.compile(r"^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-z%])?$", re.I)
_TYPES = set("%bcdefgoprsXx")


@dataclass
class Spec:
    """A parsed d3-format specifier ``[[fill]align][sign][symbol][0][width][,][.precision][~][type]``."""

    fill: str = " "
    align: str = ">"
    sign: str = "-"
    symbol: str = ""
    zero: bool = False
    width: int | None = None
    comma: bool = False
    precision: int | None = None
    trim: bool = False
    type: str = ""


def parse(specifier: str) -> Spec:
    """``specifier`` read as d3-format does; ValueError when it is not one."""
    match = _SPEC.match(specifier)
    if match is None:
        raise ValueError(f"invalid format: {specifier}")
    fill, align, sign, symbol, zero, width, comma, precision, trim, kind = match.groups()
    return Spec(fill or " ", align or ">", sign or "-", symbol or "", bool(zero),
                int(width) if width else None, bool(comma),
                int(precision[1:]) if precision else None, bool(trim), kind or "")


def _exponential(x: float, digits: int | None) -> tuple[str, int]:
    """The significant digits (no point) and the decimal exponent of ``x`` (not negative), as
    JS ``toExponential(digits)``; ``None``: the fewest digits that read back as ``x``."""
    if digits is None:
        if x == 0:
            return "0", 0
        _, shortest, power = Decimal(repr(float(x))).normalize().as_tuple()
        text = "".join(map(str, shortest))
        return text, len(text) - 1 + int(power)
    mantissa, exp = to_exponential(x, digits).split("e")
    return mantissa.replace(".", ""), int(exp)


def exponent(x: float) -> int:
    return _exponential(abs(x), None)[1] if x else 0


def _js_exponential(x: float, p: int) -> str:
    return to_exponential(x, p)  # a tie rounds up (1.25 -> "1.3e+0"), as JS, not to even


def _js_precision(x: float, p: int) -> str:
    """JS ``toPrecision``: fixed unless the exponent is below -6 or at least ``p``."""
    if x == 0:
        return to_fixed(0.0, max(p - 1, 0))
    e = int(to_exponential(x, p - 1).split("e")[1])
    if e < -6 or e >= p:
        return _js_exponential(x, p - 1)
    return to_fixed(x, max(p - 1 - e, 0))


def _rounded(x: float, p: int) -> str:
    coefficient, e = _exponential(x, p - 1)
    if e < 0:
        return "0." + "0" * (-e - 1) + coefficient
    if len(coefficient) > e + 1:
        return coefficient[:e + 1] + "." + coefficient[e + 1:]
    return coefficient + "0" * (e - len(coefficient) + 1)


def _prefix_auto(x: float, p: int) -> tuple[str, int]:
    coefficient, e = _exponential(x, p - 1)
    k = max(-8, min(8, math.floor(e / 3))) * 3
    i, n = e - k + 1, len(coefficient)
    if i == n:
        return coefficient, k
    if i > n:
        return coefficient + "0" * (i - n), k
    if i > 0:
        return coefficient[:i] + "." + coefficient[i:], k
    return "0." + "0" * -i + _exponential(x, max(0, p + i - 1) - 1)[0], k


def _trim(text: str) -> str:
    """d3's ``~``: insignificant trailing zeros (and a bare point) dropped."""
    match = re.match(r"^(\d*)\.(\d*?)0*(e.*)?$", text)
    if match is None:
        return text
    whole, fraction, tail = match.groups()
    return whole + ("." + fraction if fraction else "") + (tail or "")


def _group(digits: str) -> str:
    head = len(digits) % 3 or 3
    return ",".join([digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)])


def _body(spec: Spec, x: float, precision: int) -> tuple[str, str]:
    """``x`` (not negative) in the spec's type, and an SI prefix for "s"."""
    kind = spec.type
    if kind == "f":  # JS toFixed: a tie rounds up ("2.5" with ".0f" is "3"), not to even
        return to_fixed(x, precision), ""
    if kind == "%":
        return to_fixed(x * 100, precision), ""
    if kind == "e":
        return _js_exponential(x, precision), ""
    if kind == "g":
        return _js_precision(x, precision), ""
    if kind == "r":
        return _rounded(x, precision), ""
    if kind == "p":
        return _rounded(x * 100, precision), ""
    if kind == "s":
        text, k = _prefix_auto(x, precision)
        return text, PREFIXES[8 + k // 3]
    if kind == "d":  # JS Math.round: a half goes up (2.5 is "3"), not to even
        return str(math.floor(x + 0.5)), ""
    base = {"b": 2, "o": 8, "x": 16, "X": 16}[kind]
    value = math.floor(x + 0.5)
    text = format(value, {2: "b", 8: "o", 16: "x"}[base])
    return (text.upper() if kind == "X" else text), ""


def formatter(specifier: str | Spec) -> Callable[[float], str]:
    """A function writing numbers as ``specifier`` says (d3-format's ``format``)."""
    spec = parse(specifier) if isinstance(specifier, str) else replace(specifier)
    if spec.zero:
        spec.fill, spec.align = "0", "="
    trim = spec.trim
    if spec.type == "n":
        spec.comma, spec.type = True, "g"
    elif spec.type not in _TYPES or spec.type == "c":
        if spec.precision is None:
            spec.precision = 12
        trim, spec.type = True, "g"
    if spec.precision is None:
        precision = 6
    elif spec.type in "gprs":
        precision = max(1, min(21, spec.precision))
    else:
        precision = max(0, min(20, spec.precision))
    base = {"b": "0b", "o": "0o", "x": "0x", "X": "0X"}.get(spec.type, "")
    prefix = {"$": "$", "#": base}.get(spec.symbol, "")
    suffix = "%" if spec.type in "%p" else ""

    def write(value: float) -> str:
        value = float(value)
        if math.isnan(value):
            body, si = "NaN", ""
            negative = False
        else:
            negative = value < 0 or (value == 0 and math.copysign(1, value) < 0)
            body, si = _body(spec, abs(value), precision)
            if trim:
                body = _trim(body)
            if negative and spec.sign != "+" and not re.search(r"[1-9]", body.split("e")[0]):
                negative = False  # rounds to zero: no sign
        lead = (("(" if spec.sign == "(" else MINUS) if negative
                else "" if spec.sign in "-(" else spec.sign) + prefix
        tail = si + suffix + (")" if negative and spec.sign == "(" else "")
        if spec.type in "defgprs%":
            cut = re.search(r"\D", body)
            if cut is not None:
                tail = body[cut.start():] + tail
                body = body[:cut.start()]
        if spec.comma and not spec.zero:
            body = _group(body)
        length = len(lead) + len(body) + len(tail)
        padding = spec.fill * (spec.width - length) if spec.width and length < spec.width else ""
        if spec.comma and spec.zero and padding:
            body = _group((padding + body).lstrip("0") or "0").rjust(len(padding + body), "0")
            padding = ""
        if spec.align == "<":
            return lead + body + tail + padding
        if spec.align == "=":
            return lead + padding + body + tail
        if spec.align == "^":
            half = len(padding) // 2
            return padding[:half] + lead + body + tail + padding[half:]
        return padding + lead + body + tail

    return write


def prefix_formatter(specifier: str | Spec, value: float) -> Callable[[float], str]:
    """d3's ``formatPrefix``: every number in the SI unit of ``value`` ("1.5M", "2.0M")."""
    spec = parse(specifier) if isinstance(specifier, str) else replace(specifier)
    spec.type = "f"
    write = formatter(spec)
    k = max(-8, min(8, math.floor(exponent(value) / 3))) * 3
    unit = PREFIXES[8 + k // 3]
    return lambda x: write(x * 10.0 ** -k) + unit


def format_span(start: float, stop: float, count: int,
                specifier: str | None = None) -> Callable[[float], str]:
    """Vega's tick label format for a continuous axis from ``start`` to ``stop`` with about
    ``count`` ticks: ``specifier`` (default ``",f"``) with the precision the step needs."""
    spec = parse(specifier if specifier is not None else ",f")
    step = tick_step(start, stop, count)
    biggest = max(abs(start), abs(stop))
    if spec.precision is None and step:
        if spec.type == "s":
            spec.precision = max(0, max(-8, min(8, math.floor(exponent(biggest) / 3))) * 3
                                 - exponent(step))
            return prefix_formatter(spec, biggest)
        if spec.type in ("", "e", "g", "p", "r"):
            rest = abs(biggest) - abs(step)
            spec.precision = max(0, exponent(rest) - exponent(step)) + 1 - (spec.type == "e")
        elif spec.type in ("f", "%"):
            spec.precision = max(0, -exponent(abs(step))) - (2 if spec.type == "%" else 0)
    return formatter(spec)


__all__ = ["MINUS", "Spec", "format_span", "formatter", "parse", "prefix_formatter"]
