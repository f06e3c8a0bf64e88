"""A plotly figure's subplots: which axes pair up into a plot area, and where it sits.

``make_subplots`` and plotly express' ``facet_col`` / ``facet_row`` give each subplot its
own x and y axis (``xaxis2`` anchored to ``yaxis2``...) with a ``domain``, the fraction
of the figure it spans; ``specs=[[{"secondary_y": True}]]`` adds a y axis ``overlaying``
another, drawn on the right of the same area. plotly draws each area at its domain; so
does the Qt side, from the ``Panel`` records read here (Qt-free).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

_NAME = re.compile(r"([xy])(?:axis)?(\d*)")


def axis_name(ref: Any, letter: str) -> str:
    """A trace's or layout's axis reference as plotly's short name: "x", "x2" ("x1",
    "xaxis" and "xaxis1" are "x")."""
    found = _NAME.fullmatch(str(ref or letter))
    if found is None or found.group(1) != letter:
        return letter
    number = found.group(2)
    return letter if number in ("", "1") else f"{letter}{number}"


def layout_axes(layout: Mapping[str, Any], data: Sequence[Mapping[str, Any]],
                letter: str) -> dict[str, Mapping[str, Any]]:
    """Every ``letter`` axis the figure names, its layout entry ({} when it has none), in
    number order ("x" first)."""
    axes: dict[str, Mapping[str, Any]] = {letter: {}}
    for key, value in layout.items():
        if isinstance(key, str) and _NAME.fullmatch(key) and key.startswith(f"{letter}axis"):
            name = axis_name(key, letter)
            axes[name] = {**axes.get(name, {}), **(value if isinstance(value, Mapping) else {})}
    for trace in data:
        axes.setdefault(axis_name(trace.get(f"{letter}axis"), letter), {})
    return dict(sorted(axes.items(), key=lambda kv: int(kv[0][1:] or 1)))


@dataclass(frozen=True)
class Panel:
    """One plot area: its x and y axis, the y axes drawn on its right (``overlaying``), and
    its place as fractions of the figure (x0, x1, y0, y1; y up, as plotly's domains)."""

    x: str
    y: str
    domain: tuple[float, float, float, float]
    right: tuple[str, ...] = ()


def _domain(axis: Mapping[str, Any]) -> tuple[float, float]:
    given = axis.get("domain")
    if isinstance(given, (list, tuple)) and len(given) == 2 \
            and all(isinstance(v, (int, float)) for v in given):
        return float(given[0]), float(given[1])
    return 0.0, 1.0


def read_panels(layout: Mapping[str, Any], data: Sequence[Mapping[str, Any]]) -> tuple[Panel, ...]:
    """The figure's plot areas, one per y axis that overlays none (its anchor is its x axis)."""
    xs = layout_axes(layout, data, "x")
    ys = layout_axes(layout, data, "y")
    panels: list[Panel] = []
    for name, axis in ys.items():
        if axis.get("overlaying"):
            continue
        x = axis_name(axis.get("anchor"), "x") if axis.get("anchor") else "x"
        x = x if x in xs else "x"
        x0, x1 = _domain(xs[x])
        y0, y1 = _domain(axis)
        right = tuple(other for other, spec in ys.items()
                      if axis_name(spec.get("overlaying"), "y") == name and spec.get("overlaying"))
        panels.append(Panel(x, name, (x0, x1, y0, y1), right))
    return tuple(panels)


@dataclass(frozen=True)
class PaperText:
    """A text of the layout placed on the figure (``xref="paper"``): a subplot's title, a
    facet's ``sex=Male``. x and y are fractions of the plot areas' span, y up."""

    text: str
    x: float
    y: float
    x_anchor: str  # "left", "center", "right"
    y_anchor: str  # "bottom", "middle", "top"
    angle: float  # plotly's textangle: degrees clockwise
    size: float  # pixels (plotly's default 12)


def paper_texts(layout: Mapping[str, Any]) -> tuple[PaperText, ...]:
    """The layout's annotations placed in paper fractions (make_subplots' titles, facets')."""
    from rerunqt.core import plotly_values as pv

    found = []
    for note in layout.get("annotations") or ():
        if not isinstance(note, Mapping) or note.get("xref") != "paper" or note.get("yref") != "paper":
            continue
        x, y = note.get("x", 0.5), note.get("y", 0.5)
        if not isinstance(x, (int, float)) or not isinstance(y, (int, float)):
            continue
        font = note.get("font")
        size = font.get("size") if isinstance(font, Mapping) else None
        angle = note.get("textangle")
        size = size if isinstance(size, (int, float)) else 12
        angle = angle if isinstance(angle, (int, float)) else 0
        found.append(PaperText(pv.text(note.get("text")), float(x), float(y),
                               str(note.get("xanchor") or "center"),
                               str(note.get("yanchor") or "middle"), float(angle), float(size)))
    return tuple(found)


__all__ = ["Panel", "PaperText", "axis_name", "layout_axes", "paper_texts", "read_panels"]
