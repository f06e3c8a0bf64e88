"""Plain values out of a plotly figure dict: arrays, colours, colour scales (Qt-free).

plotly 6+ writes numeric arrays in ``fig.to_dict()`` as ``{"dtype": "f8", "bdata": base64}``;
older versions and hand-written dicts give lists or numpy arrays. Colours may be hex,
``rgb(...)`` / ``rgba(...)`` or CSS names; names are left for Qt to read.
"""

from __future__ import annotations

import base64
import html
import re
from typing import Any

import numpy as np

# plotly's default colour sequence: a trace coloured from it takes the app's palette
# under theme="streamlit", as Streamlit's own plotly template does.
PLOTLY_COLORWAY = ("#636efa", "#ef553b", "#00cc96", "#ab63fa", "#ffa15a", "#19d3f3", "#ff6692",
                   "#b6e880", "#ff97ff", "#fecb52")
_PLASMA = ("#0d0887", "#46039f", "#7201a8", "#9c179e", "#bd3786", "#d8576b", "#ed7953",
           "#fb9f3a", "#fdca26", "#f0f921")
_VIRIDIS = ("#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89", "#35b779",
            "#6ece58", "#b5de2b", "#fde725")
NAMED_SCALES = {"plasma": _PLASMA, "viridis": _VIRIDIS, "blues": ("#f7fbff", "#08306b"),
                "reds": ("#fff5f0", "#67000d"), "greys": ("#ffffff", "#000000"),
                "rdbu": ("#67001f", "#f7f7f7", "#053061"), "hot": ("#000000", "#e60000", "#ffff00")}
_RGB = re.compile(r"rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)")

Color = tuple[int, int, int, int] | str  # RGBA, or a CSS colour name for Qt to read


def array(value: Any) -> np.ndarray | None:
    """A trace's data array (list, tuple, numpy, pandas, or plotly's base64 form), or None."""
    if value is None:
        return None
    if isinstance(value, dict) and "bdata" in value:
        raw = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value.get("dtype", "f8")))
        shape = value.get("shape")
        if shape:
            dims = [int(s) for s in (shape.split(",") if isinstance(shape, str) else shape)]
            raw = raw.reshape(dims)
        return raw
    if hasattr(value, "to_numpy"):
        value = value.to_numpy()
    if isinstance(value, (str, bytes, int, float)):
        return np.asarray([value])
    return np.asarray(value if not isinstance(value, tuple) else list(value))


def color(value: Any) -> Color | None:
    """One plotly colour as RGBA (or a name), None when not a single colour."""
    if isinstance(value, str):
        text = value.strip().lower()
        if text.startswith("#") and len(text) in (4, 7, 9):
            digits = text[1:] if len(text) != 4 else "".join(c * 2 for c in text[1:])
            try:
                parts = [int(digits[i:i + 2], 16) for i in range(0, len(digits), 2)]
            except ValueError:
                return None
            return (parts[0], parts[1], parts[2], parts[3] if len(parts) == 4 else 255)
        found = _RGB.fullmatch(text)
        if found:
            r, g, b, a = found.groups()
            alpha = 255 if a is None else round(float(a) * 255 if float(a) <= 1 else float(a))
            return (round(float(r)), round(float(g)), round(float(b)), alpha)
        return text if text.isalpha() else None
    return None


def with_opacity(value: Color | None, opacity: float) -> Color | None:
    if isinstance(value, tuple) and opacity < 1:
        return (value[0], value[1], value[2], round(value[3] * opacity))
    return value


def colorscale(value: Any) -> tuple[tuple[float, tuple[int, int, int, int]], ...]:
    """A colour scale as (stop, RGBA) pairs: plotly's [[0, c], ..., [1, c]] or a name."""
    stops: list[tuple[float, Any]] = []
    if isinstance(value, str):
        named = NAMED_SCALES.get(value.lower().removesuffix("_r"), _PLASMA)
        if value.lower().endswith("_r"):
            named = named[::-1]
        stops = [(i / (len(named) - 1), c) for i, c in enumerate(named)]
    elif isinstance(value, (list, tuple)) and value:
        stops = [(float(s), c) for s, c in value]
    else:
        stops = [(i / (len(_PLASMA) - 1), c) for i, c in enumerate(_PLASMA)]
    out = []
    for stop, c in stops:
        rgba = color(c)
        if isinstance(rgba, tuple):
            out.append((stop, rgba))
    return tuple(out) or ((0.0, (13, 8, 135, 255)), (1.0, (240, 249, 33, 255)))


def map_colors(values: np.ndarray, scale: tuple[tuple[float, tuple[int, int, int, int]], ...],
               low: float | None = None, high: float | None = None) -> np.ndarray:
    """Numbers to (n, 4) uint8 RGBA through a colour scale, linear between ``low`` and ``high``."""
    numbers = np.asarray(values, dtype=np.float64)
    finite = numbers[np.isfinite(numbers)]
    lo = float(finite.min()) if low is None and finite.size else (low or 0.0)
    hi = float(finite.max()) if high is None and finite.size else (high or 1.0)
    if lo == hi:  # one value: plotly.js widens the range, so it takes the scale's middle
        lo, hi = lo - 0.5, hi + 0.5
    t = np.clip((numbers - lo) / (hi - lo), 0, 1)
    t = np.nan_to_num(t)
    stops = np.array([s for s, _ in scale])
    channels = np.array([c for _, c in scale], dtype=np.float64)
    out = np.empty((len(t), 4), dtype=np.uint8)
    for channel in range(4):
        out[:, channel] = np.round(np.interp(t, stops, channels[:, channel]))
    return out


def text(value: Any) -> str:
    """A title as plain text (``<br>`` a space, styling tags dropped), for the read-out."""
    shown = rich(value).replace("<br>", " ")
    return html.unescape(re.sub(r"<[^>]+>", "", shown))


_TAG = re.compile(r"<(/?)([a-z]+)\b([^>]*)>", re.I)
_STYLED = {"b": "b", "strong": "b", "i": "i", "em": "i", "s": "s", "u": "u", "sup": "sup", "sub": "sub"}


def rich(value: Any) -> str:
    """A title as Qt rich text, as plotly renders it: ``<b>``, ``<i>``, ``<br>``, ``<sup>``,
    ``<sub>`` and ``<span style>`` styled, a link's text kept, any other tag and stray
    ``<`` shown as written."""
    if isinstance(value, dict):
        value = value.get("text")
    if value is None:
        return ""
    source, out, at = str(value), [], 0
    for match in _TAG.finditer(source):
        closing, name, rest = match.group(1), match.group(2).lower(), match.group(3)
        if name == "br":
            shown = "<br>"
        elif name in _STYLED:
            shown = f"<{closing}{_STYLED[name]}>"
        elif name == "span":
            style = re.search(r"style\s*=\s*[\"']([^\"']*)[\"']", rest)
            shown = "</span>" if closing else f"<span style=\"{html.escape(style.group(1))}\">" \
                if style else "<span>"
        elif name == "a":
            shown = ""
        else:
            continue  # not plotly's: left as text
        out.append(html.escape(html.unescape(source[at:match.start()]), quote=False))
        out.append(shown)
        at = match.end()
    out.append(html.escape(html.unescape(source[at:]), quote=False))
    return "".join(out)


__all__ = ["PLOTLY_COLORWAY", "array", "color", "colorscale", "map_colors", "rich", "text", "with_opacity"]


def set_colour(trace: Any, given: Any, index: int, streamlit: bool) -> None:
    """A trace's colour: one of plotly's default colours is a palette slot (the app's palette
    under Streamlit's theme), any other colour the trace's own."""
    trace.slot = index
    if isinstance(given, str) and given.lower() in PLOTLY_COLORWAY:
        trace.slot = PLOTLY_COLORWAY.index(given.lower())
        trace.color = None if streamlit else color(given)
    else:
        trace.color = color(given)
