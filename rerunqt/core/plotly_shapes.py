"""A figure's layout shapes and annotations placed on its axes (Qt-free).

``fig.add_hline`` / ``add_vline`` / ``add_hrect`` / ``add_vrect`` / ``add_shape`` write
``layout.shapes`` (lines, rectangles, circles) and ``add_annotation`` (and an hline's
``annotation_text``) ``layout.annotations``. Each is read here into a ``Mark`` on its
subplot's axes: a coordinate is a data value (a number, a date, a category) or, with an
``"x domain"`` / ``"paper"`` reference, a fraction of the axis' span, resolved against
the view when drawn so a threshold line spans the plot however it is zoomed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from rerunqt.core import plotly_values as pv
from rerunqt.core.plotly_panels import axis_name

_KINDS = ("line", "rect", "circle")


@dataclass(frozen=True)
class Mark:
    """One shape or data annotation. ``x``/``y``: its two corners (a text's point twice);
    ``x_span``/``y_span``: the coordinates are fractions of the axis' span, not data."""

    kind: str  # "line", "rect", "circle" or "text"
    axes: tuple[str, str]
    x: tuple[float, float]
    y: tuple[float, float]
    x_span: bool = False
    y_span: bool = False
    line: pv.Color | None = None
    width: float = 2.0
    dash: str = "solid"
    fill: pv.Color | None = None
    opacity: float = 1.0
    below: bool = False
    text: str = ""
    arrow: bool = False
    offset: tuple[float, float] = (0.0, 0.0)  # the text from its point, pixels (plotly's ax, ay)
    anchor: tuple[str, str] = ("center", "middle")
    size: float = 12.0
    color: pv.Color | None = None  # the text's


def _ref(ref: Any, letter: str, single: bool) -> tuple[str, bool] | None:
    """(axis name, a span fraction?) of an ``xref``; None for one not drawn ("paper" over
    several subplots)."""
    text = str(ref or letter)
    if text == "paper":
        return (letter, True) if single else None
    name, _, domain = text.partition(" ")
    if domain not in ("", "domain"):
        return None
    return axis_name(name, letter), domain == "domain"


def _coordinate(value: Any, axis: Any, span: bool) -> float | None:
    """A shape's coordinate on ``axis`` (an ``Axis``): a number, a date as seconds, a
    category as its position."""
    from rerunqt.core.plotly_figure import _range

    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float, np.integer, np.floating)):
        return float(value)
    if span:
        return None
    if isinstance(value, str) and axis.kind == "category":
        return float(axis.labels.index(value)) if value in axis.labels else None
    seconds = _range([value, value])
    return seconds[0] if seconds is not None else None


def _style(spec: Mapping[str, Any]) -> dict[str, Any]:
    given = spec.get("line")
    line: Mapping[str, Any] = given if isinstance(given, Mapping) else {}
    width = line.get("width", 2)
    opacity = spec.get("opacity", 1)
    return {"line": pv.color(line.get("color")),
            "width": float(width) if isinstance(width, (int, float)) else 2.0,
            "dash": str(line.get("dash") or "solid"),
            "fill": pv.color(spec.get("fillcolor")),
            "opacity": float(opacity) if isinstance(opacity, (int, float)) else 1.0,
            "below": spec.get("layer") == "below"}


def read_marks(layout: Mapping[str, Any], axes: Mapping[str, Any],
               single: bool) -> tuple[tuple[Mark, ...], list[str]]:
    """The layout's shapes and non-paper annotations as Marks, and what is left out (kinds
    of shape not drawn). ``single``: the figure is one plot area, so "paper" is its span."""
    marks: list[Mark] = []
    left_out: list[str] = []
    for spec in layout.get("shapes") or ():
        if not isinstance(spec, Mapping) or spec.get("visible") is False:
            continue
        kind = str(spec.get("type") or ("rect" if "path" not in spec else "path"))
        xref, yref = _ref(spec.get("xref"), "x", single), _ref(spec.get("yref"), "y", single)
        if kind not in _KINDS or xref is None or yref is None or xref[0] not in axes \
                or yref[0] not in axes:
            left_out.append(f"{kind} shapes")
            continue
        xs = [_coordinate(spec.get(k), axes[xref[0]], xref[1]) for k in ("x0", "x1")]
        ys = [_coordinate(spec.get(k), axes[yref[0]], yref[1]) for k in ("y0", "y1")]
        if None in xs or None in ys:
            left_out.append(f"{kind} shapes")
            continue
        marks.append(Mark(kind, (xref[0], yref[0]), (xs[0], xs[1]), (ys[0], ys[1]),  # type: ignore[arg-type]
                          xref[1], yref[1], **_style(spec)))
    for note in layout.get("annotations") or ():
        if not isinstance(note, Mapping) or (note.get("xref") == "paper" and note.get("yref") == "paper"):
            continue  # paper texts: placed with the subplots (plotly_panels.paper_texts)
        mark = _annotation(note, axes, single)
        if mark is None:
            left_out.append("annotations")
        else:
            marks.append(mark)
    return tuple(marks), list(dict.fromkeys(left_out))


def _annotation(note: Mapping[str, Any], axes: Mapping[str, Any], single: bool) -> Mark | None:
    xref, yref = _ref(note.get("xref"), "x", single), _ref(note.get("yref"), "y", single)
    if xref is None or yref is None or xref[0] not in axes or yref[0] not in axes:
        return None
    x = _coordinate(note.get("x", 0.5 if xref[1] else None), axes[xref[0]], xref[1])
    y = _coordinate(note.get("y", 0.5 if yref[1] else None), axes[yref[0]], yref[1])
    if x is None or y is None:
        return None
    arrow = note.get("showarrow") is not False  # plotly's default draws the arrow
    ax, ay = note.get("ax"), note.get("ay")
    offset = (float(ax) if isinstance(ax, (int, float)) else -10.0,
              float(ay) if isinstance(ay, (int, float)) else -30.0) if arrow else (0.0, 0.0)
    font = note.get("font") if isinstance(note.get("font"), Mapping) else {}
    size = font.get("size") if isinstance(font, Mapping) else None
    anchor = (str(note.get("xanchor") or "auto"), str(note.get("yanchor") or "auto"))
    anchor = (anchor[0] if anchor[0] != "auto" else "center",
              anchor[1] if anchor[1] != "auto" else "middle")
    return Mark("text", (xref[0], yref[0]), (x, x), (y, y), xref[1], yref[1],
                line=pv.color(note.get("arrowcolor")), text=pv.rich(note.get("text")),
                arrow=arrow, offset=offset, anchor=anchor,
                size=float(size) if isinstance(size, (int, float)) else 12.0,
                color=pv.color(font.get("color")) if isinstance(font, Mapping) else None)


__all__ = ["Mark", "read_marks"]
