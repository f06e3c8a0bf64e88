"""st.metric: a big value with an optional coloured delta and sparkline.

Everything is decided here, Qt-free, so AppTest and the window show the same: the value
and delta as text (numbers with ``str``, or a ``format``), the arrow's direction and
the delta's colour (``delta_color`` normal / inverse / off or a colour name), and the
sparkline's numbers (``chart_data``) as a tuple of floats.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from textwrap import dedent
from typing import Any

from rerunqt.core import context
from rerunqt.core.number_format import NAMED_FORMATS, format_number
from rerunqt.core.registration import LABEL_VISIBILITIES, check_icon
from rerunqt.core.text import _handle
from rerunqt.errors import RerunQtAPIError, StreamlitInvalidParameterTypeError, StreamlitValueError

_COLOURS = ("normal", "inverse", "off", "red", "orange", "yellow", "green", "blue", "violet", "gray",
            "grey", "primary")
_ARROWS = ("auto", "up", "down", "off")
_CHARTS = ("line", "bar", "area")


def delta_look(delta: Any, text: str, color: str, arrow: str) -> tuple[str | None, str]:
    """(arrow direction "up"/"down"/None, colour name) for this delta, as Streamlit 1.67:
    a zero delta (the number 0 or the text "0") has no arrow and is gray under normal /
    inverse; ``delta_arrow`` up / down / off overrides the direction whatever the sign."""
    if text == "" or delta is None:
        return None, "gray"
    zero = text == "0" if isinstance(delta, str) else float(delta) == 0
    negative = text.startswith("-") if isinstance(delta, str) else float(delta) < 0
    auto = None if zero else "down" if negative else "up"
    direction = {"auto": auto, "up": "up", "down": "down", "off": None}[arrow]
    if color == "off" or (zero and color in ("normal", "inverse")):
        return direction, "gray"
    if color in ("normal", "inverse"):
        good = not negative if color == "normal" else negative
        return direction, "green" if good else "red"
    return direction, "gray" if color == "grey" else color


def _chart(data: Any) -> tuple[float, ...] | None:
    if data is None:
        return None
    if hasattr(data, "to_numpy"):
        data = data.to_numpy()
    if hasattr(data, "ravel"):
        data = data.ravel().tolist()
    if isinstance(data, (str, bytes)) or not isinstance(data, Iterable):
        raise RerunQtAPIError(f"st.metric chart_data={data!r:.80} must be a list (or array / Series) of "
                              f"numbers.")
    out = []
    for value in data:
        try:
            number = float(value) if value is not None else math.nan
        except (TypeError, ValueError):
            raise RerunQtAPIError(f"st.metric chart_data holds {value!r}, which is not a number.") from None
        out.append(number)
    return tuple(out)


def metric(
    label: str,
    value: Any,
    delta: Any = None,
    delta_color: str = "normal",
    *,
    help: str | None = None,
    icon: str | None = None,
    label_visibility: str = "visible",
    border: bool = False,
    width: int | str = "stretch",
    height: int | str = "content",
    chart_data: Any = None,
    chart_type: str = "line",
    delta_arrow: str = "auto",
    format: str | None = None,
    delta_description: str | None = None,
) -> Any:
    """A value in big bold text, with how it changed (delta) and an optional sparkline."""
    if chart_type not in _CHARTS:  # Streamlit 1.67: None, the default (and an unknown kind: no check)
        chart_type = "line"
    checks = (("delta_color", delta_color, _COLOURS), ("label_visibility", label_visibility,
              LABEL_VISIBILITIES), ("delta_arrow", delta_arrow, _ARROWS))
    for name, given, allowed in checks:
        if given not in allowed:  # Streamlit 1.67's error and words
            raise StreamlitValueError(name, [repr(v) for v in allowed])
    for name, size, words in (("width", width, ("stretch", "content")), ("height", height,
                                                                       ("content", "stretch"))):
        if size not in words and not (size.__class__ is int and size > 0):
            raise RerunQtAPIError(f"st.metric {name}={size!r} is not valid; use {words[0]!r}, {words[1]!r} "
                                  f"or a positive int (pixels).")
    if icon is not None:
        check_icon("metric", icon)
    texts = []
    for name, given in (("value", value), ("delta", delta)):
        try:
            if given.__class__ is bool:  # an int to Streamlit 1.67, shown as "True"
                texts.append(str(given))
                continue
            if name == "delta" and isinstance(given, str):
                texts.append(dedent(given))  # Streamlit's: " -20" shows (and points) as "-20"
                continue
            texts.append(format_number(given, format) if given is not None or name == "value" else "")
        except TypeError:  # Streamlit 1.67's words
            raise StreamlitInvalidParameterTypeError(
                f"Invalid `{name}` type. Expected one of: int, float, Decimal, NumPy number. "
                f"Provided type: {type(given).__name__}. Convert the value to a number type."
            ) from None
        except ValueError as exc:
            raise RerunQtAPIError(f"st.metric format={format!r} does not format {given!r} ({exc}); use a "
                                  f"printf-style string such as '%.2f' or one of "
                                  f"{', '.join(NAMED_FORMATS)}.") from None
    direction, colour = delta_look(delta, texts[1], delta_color, delta_arrow)
    ctx = context.current()
    ctx.add_static("metric", (
        ("label", "" if label is None else str(label)), ("value", texts[0]), ("delta", texts[1]),
        ("direction", direction),
        ("color", colour), ("help", None if help is None else str(help)), ("icon", icon),
        ("label_visibility", label_visibility), ("border", bool(border)), ("width", width),
        ("height", height), ("chart", _chart(chart_data)), ("chart_type", chart_type),
        ("delta_description", None if delta_description is None else str(delta_description)),
        # Streamlit's AppTest reads the value as given and the format apart (its page formats)
        ("format", format), ("given", _given(value, delta, texts[1]) if format else None),
    ))
    return _handle(ctx)


def _given(value: Any, delta: Any, delta_text: str) -> tuple[str, str]:
    """The value and delta as text before ``format=`` (what Streamlit's AppTest reads)."""
    shown = delta_text if delta is None or isinstance(delta, str) else format_number(delta, None)
    return format_number(value, None), shown
