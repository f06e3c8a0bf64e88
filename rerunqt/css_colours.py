"""CSS colour strings as Streamlit's theme options accept them, checked without Qt.

``#rgb``, ``#rrggbb`` (and ``#rgba`` / ``#rrggbbaa``), ``rgb(r, g, b)`` / ``rgba(r, g, b, a)``
and the named CSS colours. The config loader checks values with ``parse_colour``; the Qt side
turns them into stylesheet colours with ``to_hex``.

A user's colour (a chart's ``color=``, a Styler's CSS) goes through ``parse_rgba`` or
``colour_rgba``, never straight into ``QColor``: Qt reads ``#aarrggbb`` where CSS (and
Streamlit) read ``#rrggbbaa``, and Qt does not read ``rgb()`` at all.
"""

from __future__ import annotations

import re

RGB = tuple[int, int, int]
RGBA = tuple[int, int, int, int]

CSS_COLOURS: dict[str, str] = {
    "aliceblue": "#f0f8ff", "antiquewhite": "#faebd7", "aqua": "#00ffff", "aquamarine": "#7fffd4",
    "azure": "#f0ffff", "beige": "#f5f5dc", "bisque": "#ffe4c4", "black": "#000000",
    "blanchedalmond": "#ffebcd", "blue": "#0000ff", "blueviolet": "#8a2be2", "brown": "#a52a2a",
    "burlywood": "#deb887", "cadetblue": "#5f9ea0", "chartreuse": "#7fff00",
    "chocolate": "#d2691e", "coral": "#ff7f50", "cornflowerblue": "#6495ed", "cornsilk": "#fff8dc",
    "crimson": "#dc143c", "cyan": "#00ffff", "darkblue": "#00008b", "darkcyan": "#008b8b",
    "darkgoldenrod": "#b8860b", "darkgray": "#a9a9a9", "darkgreen": "#006400",
    "darkgrey": "#a9a9a9", "darkkhaki": "#bdb76b", "darkmagenta": "#8b008b",
    "darkolivegreen": "#556b2f", "darkorange": "#ff8c00", "darkorchid": "#9932cc",
    "darkred": "#8b0000", "darksalmon": "#e9967a", "darkseagreen": "#8fbc8f",
    "darkslateblue": "#483d8b", "darkslategray": "#2f4f4f", "darkslategrey": "#2f4f4f",
    "darkturquoise": "#00ced1", "darkviolet": "#9400d3", "deeppink": "#ff1493",
    "deepskyblue": "#00bfff", "dimgray": "#696969", "dimgrey": "#696969", "dodgerblue": "#1e90ff",
    "firebrick": "#b22222", "floralwhite": "#fffaf0", "forestgreen": "#228b22",
    "fuchsia": "#ff00ff", "gainsboro": "#dcdcdc", "ghostwhite": "#f8f8ff", "gold": "#ffd700",
    "goldenrod": "#daa520", "gray": "#808080", "green": "#008000", "greenyellow": "#adff2f",
    "grey": "#808080", "honeydew": "#f0fff0", "hotpink": "#ff69b4", "indianred": "#cd5c5c",
    "indigo": "#4b0082", "ivory": "#fffff0", "khaki": "#f0e68c", "lavender": "#e6e6fa",
    "lavenderblush": "#fff0f5", "lawngreen": "#7cfc00", "lemonchiffon": "#fffacd",
    "lightblue": "#add8e6", "lightcoral": "#f08080", "lightcyan": "#e0ffff",
    "lightgoldenrodyellow": "#fafad2", "lightgray": "#d3d3d3", "lightgreen": "#90ee90",
    "lightgrey": "#d3d3d3", "lightpink": "#ffb6c1", "lightsalmon": "#ffa07a",
    "lightseagreen": "#20b2aa", "lightskyblue": "#87cefa", "lightslategray": "#778899",
    "lightslategrey": "#778899", "lightsteelblue": "#b0c4de", "lightyellow": "#ffffe0",
    "lime": "#00ff00", "limegreen": "#32cd32", "linen": "#faf0e6", "magenta": "#ff00ff",
    "maroon": "#800000", "mediumaquamarine": "#66cdaa", "mediumblue": "#0000cd",
    "mediumorchid": "#ba55d3", "mediumpurple": "#9370db", "mediumseagreen": "#3cb371",
    "mediumslateblue": "#7b68ee", "mediumspringgreen": "#00fa9a", "mediumturquoise": "#48d1cc",
    "mediumvioletred": "#c71585", "midnightblue": "#191970", "mintcream": "#f5fffa",
    "mistyrose": "#ffe4e1", "moccasin": "#ffe4b5", "navajowhite": "#ffdead", "navy": "#000080",
    "oldlace": "#fdf5e6", "olive": "#808000", "olivedrab": "#6b8e23", "orange": "#ffa500",
    "orangered": "#ff4500", "orchid": "#da70d6", "palegoldenrod": "#eee8aa",
    "palegreen": "#98fb98", "paleturquoise": "#afeeee", "palevioletred": "#db7093",
    "papayawhip": "#ffefd5", "peachpuff": "#ffdab9", "peru": "#cd853f", "pink": "#ffc0cb",
    "plum": "#dda0dd", "powderblue": "#b0e0e6", "purple": "#800080", "red": "#ff0000",
    "rosybrown": "#bc8f8f", "royalblue": "#4169e1", "saddlebrown": "#8b4513", "salmon": "#fa8072",
    "sandybrown": "#f4a460", "seagreen": "#2e8b57", "seashell": "#fff5ee", "sienna": "#a0522d",
    "silver": "#c0c0c0", "skyblue": "#87ceeb", "slateblue": "#6a5acd", "slategray": "#708090",
    "slategrey": "#708090", "snow": "#fffafa", "springgreen": "#00ff7f", "steelblue": "#4682b4",
    "tan": "#d2b48c", "teal": "#008080", "thistle": "#d8bfd8", "tomato": "#ff6347",
    "turquoise": "#40e0d0", "violet": "#ee82ee", "wheat": "#f5deb3", "white": "#ffffff",
    "whitesmoke": "#f5f5f5", "yellow": "#ffff00", "yellowgreen": "#9acd32",
    "rebeccapurple": "#663399",
}

_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")
_FUNC = re.compile(r"rgba?\(\s*([^)]*)\)", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:\.\d*)?%?|\.\d+%?")


def parse_colour(text: str) -> RGB:
    """The (r, g, b) of a CSS colour string; ``ValueError`` saying what is accepted.

    An alpha channel is accepted and dropped: a desktop window has nothing behind it.
    """
    r, g, b, _ = parse_rgba(text)
    return r, g, b


def parse_rgba(text: str) -> RGBA:
    """The (r, g, b, a) of a CSS colour string, each 0-255, in CSS order: ``#rrggbbaa`` and
    ``#rgba`` end with the alpha (Qt's ``#aarrggbb`` starts with it); ``ValueError`` saying
    what is accepted."""
    value = text.strip()
    lowered = value.lower()
    if lowered == "transparent":
        return 0, 0, 0, 0
    if lowered in CSS_COLOURS:
        value = CSS_COLOURS[lowered]
    if _HEX.fullmatch(value):
        digits = value[1:]
        if len(digits) <= 4:
            digits = "".join(c * 2 for c in digits)
        alpha = int(digits[6:8], 16) if len(digits) == 8 else 255
        return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16), alpha
    if match := _FUNC.fullmatch(value):
        parts = [p.strip() for p in re.split(r"[,\s/]+", match[1].strip()) if p.strip()]
        if len(parts) in (3, 4) and all(_NUMBER.fullmatch(p) for p in parts):
            r, g, b = (_channel(p) for p in parts[:3])
            return r, g, b, _alpha(parts[3]) if len(parts) == 4 else 255
    raise ValueError(f"expects a CSS colour such as '#ff4b4b', '#ff4b4b80', '#f00', "
                     f"'rgb(255, 75, 75)' or a colour name such as 'tomato', got {text!r}")


def _alpha(part: str) -> int:
    """An alpha of 0 to 1 or 0% to 100% as 0-255 (beyond that clamped, as CSS does)."""
    number = float(part.rstrip("%")) / (100 if part.endswith("%") else 1)
    return round(min(1.0, number) * 255)


def is_colour_tuple(value: object) -> bool:
    """An RGB(A) tuple or list as Streamlit's color_util takes it: 3 or 4 numbers."""
    if not (isinstance(value, (tuple, list)) and len(value) in (3, 4)):
        return False
    from numbers import Real  # here: this module is read at start-up, tuples are rare

    return all(isinstance(c, Real) and not isinstance(c, bool) for c in value)


def colour_rgba(value: object) -> RGBA:
    """A colour given as Streamlit takes one: a CSS string (``parse_rgba``) or an RGB(A) tuple
    whose components are each an int from 0 to 255 or a float from 0.0 to 1.0 (the alpha too);
    out-of-range components are clamped, as Streamlit's color_util does. ``ValueError`` else."""
    if isinstance(value, str):
        return parse_rgba(value)
    if is_colour_tuple(value):
        assert isinstance(value, (tuple, list))
        scaled = [min(255, max(0, int(float(c) * 255) if _is_float(c) else int(c))) for c in value]
        return scaled[0], scaled[1], scaled[2], scaled[3] if len(scaled) == 4 else 255
    raise ValueError(f"expects a colour: a hex string such as '#ffaa00' or '#ffaa0088', or an "
                     f"RGB(A) tuple of ints 0-255 or floats 0.0-1.0 such as (255, 170, 0) or "
                     f"(1.0, 0.6, 0.0, 0.5), got {value!r}")


def _is_float(c: object) -> bool:
    """A fraction of 255 (a float, numpy's too), not a 0-255 count (an int)."""
    from numbers import Integral, Real

    return isinstance(c, Real) and not isinstance(c, Integral)


def css_text(rgba: RGBA) -> str:
    """``#rrggbb``, or ``#rrggbbaa`` when not opaque (CSS order)."""
    return "#" + "".join(f"{c:02x}" for c in (rgba if rgba[3] != 255 else rgba[:3]))


def _channel(part: str) -> int:
    number = float(part.rstrip("%"))
    if part.endswith("%"):
        number = number * 255 / 100
    if not 0 <= number <= 255:
        raise ValueError(f"colour channel {part!r} is out of range (0 to 255)")
    return round(number)


def to_hex(rgb: RGB) -> str:
    """``#rrggbb``, the form the stylesheet and QColor use."""
    return "#" + "".join(f"{c:02x}" for c in rgb)


def mix(a: RGB, b: RGB, amount: float) -> RGB:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``: hover and pressed shades."""
    return tuple(round(x + (y - x) * amount) for x, y in zip(a, b))  # type: ignore[return-value]


def luminance(rgb: RGB) -> float:
    """WCAG relative luminance, to pick readable text on a coloured background."""
    def linear(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
