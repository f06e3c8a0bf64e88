"""plotly's polar traces (scatterpolar, barpolar) read onto one polar grid each (Qt-free).

Every angle is settled here as the screen sees it: degrees counterclockwise from 3 o'clock,
from the angular axis' ``rotation`` and ``direction`` (plotly.express turns north up and
clockwise). Category thetas ("N", "NNE"...) are spread evenly round the circle; number
thetas are degrees (or radians with ``thetaunit``). The radial range runs from 0 to the
largest value (plotly's ``rangemode="tozero"``), bars of one angle stacked
(``polar.barmode="stack"``) with a wedge as wide as the spacing of the angles.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from rerunqt.core import plotly_values as pv
from rerunqt.core.indicator import nice_ticks

POLAR_TYPES = ("scatterpolar", "scatterpolargl", "barpolar")


class PolarTrace:
    """One trace: r and its screen angles; a bar's ``base`` and angular ``width`` (degrees)."""

    __slots__ = ("angles", "base", "color", "fill", "kind", "line_width", "lines", "marker_colors",
                 "marker_size", "markers", "name", "r", "show_legend", "slot", "thetas", "width")

    def __init__(self, kind: str, name: str, r: np.ndarray, angles: np.ndarray, thetas: list[str]) -> None:
        self.kind = kind  # "line" or "bar"
        self.name = name
        self.r = r
        self.angles = angles
        self.thetas = thetas  # each point's theta as written (for the read-out)
        self.base = np.zeros(len(r))
        self.width = 0.0
        self.lines = True
        self.markers = False
        self.fill = ""
        self.line_width = 2.0
        self.marker_size: float | np.ndarray = 6.0
        self.marker_colors: np.ndarray | None = None  # (n, 4) RGBA: color= a numeric column
        self.color: pv.Color | None = None  # None: the palette's slot-th colour
        self.slot = 0
        self.show_legend = True

    def key(self) -> tuple[Any, ...]:
        size = self.marker_size.tolist() if isinstance(self.marker_size, np.ndarray) else self.marker_size
        colors = None if self.marker_colors is None else self.marker_colors.tolist()
        return (self.kind, self.name, self.r.tolist(), self.angles.tolist(), self.base.tolist(), self.width,
                self.lines, self.markers, self.fill, self.line_width, str(size), self.color, self.slot,
                self.show_legend, str(colors))


class Polar:
    """One polar subplot: its traces, radial range and ticks, angular ticks and its look."""

    def __init__(self, layout: Mapping[str, Any], name: str, streamlit: bool) -> None:
        polar = layout.get(name) or {}
        domain = polar.get("domain") or {}
        xs, ys = domain.get("x") or [0, 1], domain.get("y") or [0, 1]
        self.domain = (float(xs[0]), float(xs[1]), float(ys[0]), float(ys[1]))
        angular = polar.get("angularaxis") or {}
        radial = polar.get("radialaxis") or {}
        self.clockwise = angular.get("direction") == "clockwise"
        self.rotation = float(angular.get("rotation", 0.0) or 0.0)
        self.radial_angle = float(radial.get("angle", 0.0) or 0.0)
        self.radial_shown = _labelled(radial)  # visible=False or showticklabels=False: no labels
        self.angular_shown = _labelled(angular)
        self.categories: list[str] = [str(c) for c in angular.get("categoryarray") or ()]
        self.radians = False
        self.traces: list[PolarTrace] = []
        self.range = _range(radial.get("range"))
        self.radial_ticks: list[float] = []
        self.angular_ticks: list[tuple[float, str]] = []  # screen angle, label
        self.hole = float(polar.get("hole") or 0.0)
        look = {} if streamlit else _template_polar(layout)
        self.bgcolor = pv.color(polar.get("bgcolor") or look.get("bgcolor"))
        grid = (angular.get("gridcolor") or radial.get("gridcolor")
                or (look.get("angularaxis") or {}).get("gridcolor"))
        self.gridcolor = pv.color(grid)
        self.barmode = str(polar.get("barmode") or "stack")
        self.title = ""

    @property
    def legend(self) -> list[PolarTrace]:
        return [t for t in self.traces if t.name and t.show_legend]

    def screen(self, degrees: np.ndarray) -> np.ndarray:
        """Polar degrees to screen degrees (counterclockwise from 3 o'clock)."""
        return self.rotation + (-degrees if self.clockwise else degrees)

    def key(self) -> tuple[Any, ...]:
        return ("polar", self.domain, self.clockwise, self.rotation, tuple(self.categories), self.range,
                tuple(self.radial_ticks), tuple(self.angular_ticks), self.bgcolor, self.gridcolor,
                self.hole, self.radial_shown, self.angular_shown, tuple(t.key() for t in self.traces))


def _labelled(axis: Mapping[str, Any]) -> bool:
    return axis.get("visible") is not False and axis.get("showticklabels") is not False


def _range(given: Any) -> tuple[float, float] | None:
    numbers = isinstance(given, (list, tuple)) and all(isinstance(v, (int, float)) for v in given)
    if numbers and len(given) == 2:
        return (float(given[0]), float(given[1]))
    return None


def _template_polar(layout: Mapping[str, Any]) -> Mapping[str, Any]:
    """plotly.py's template's polar look (its blue-grey disc and white grid)."""
    template = layout.get("template")
    inner = template.get("layout") if isinstance(template, Mapping) else None
    polar = inner.get("polar") if isinstance(inner, Mapping) else None
    return polar if isinstance(polar, Mapping) else {}


def _degrees(polar: Polar, theta: np.ndarray | None, count: int, spec: Mapping[str, Any]) -> np.ndarray:
    """Each point's polar angle in degrees: categories spread evenly, numbers as given."""
    if theta is None:
        start, step = float(spec.get("theta0", 0)), float(spec.get("dtheta", 360 / max(count, 1)))
        return start + step * np.arange(count, dtype=np.float64)
    if theta.dtype.kind in "fiu":
        numbers = theta.astype(np.float64)
        return np.degrees(numbers) if spec.get("thetaunit") == "radians" else numbers
    for label in (str(v) for v in theta.tolist()):
        if label not in polar.categories:
            polar.categories.append(label)
    return np.array([polar.categories.index(str(v)) for v in theta.tolist()], dtype=np.float64)


def read_polars(data: Sequence[Mapping[str, Any]], layout: Mapping[str, Any], streamlit: bool
                ) -> list[Polar]:
    """The polar subplots of the figure, with their traces, in the order they appear."""
    from rerunqt.core.plotly_markers import marker_colors as _marker_colors
    from rerunqt.core.plotly_markers import marker_size as _marker_size

    polars: dict[str, Polar] = {}
    pending: list[tuple[Polar, PolarTrace, np.ndarray]] = []
    for i, spec in enumerate(data):
        kind = str(spec.get("type"))
        if kind not in POLAR_TYPES or spec.get("visible") in (False, "legendonly"):
            continue
        name = str(spec.get("subplot") or "polar")
        polar = polars.setdefault(name, Polar(layout, name, streamlit))
        r = pv.array(spec.get("r"))
        theta = pv.array(spec.get("theta"))
        count = len(r) if r is not None else (len(theta) if theta is not None else 0)
        values = np.zeros(count) if r is None else np.asarray(r[:count], dtype=np.float64)
        degrees = _degrees(polar, theta, count, spec)
        thetas = [str(v) for v in theta.tolist()] if theta is not None else [f"{d:g}°" for d in degrees]
        trace = PolarTrace("bar" if kind == "barpolar" else "line", str(spec.get("name") or ""), values,
                           degrees, thetas)
        trace.show_legend = spec.get("showlegend") is not False
        marker, line = spec.get("marker") or {}, spec.get("line") or {}
        mode = str(spec.get("mode") or ("lines+markers" if count < 20 else "lines"))
        trace.lines, trace.markers = "lines" in mode, "markers" in mode
        trace.fill = str(spec.get("fill") or "")
        trace.line_width = float(line.get("width", 2.0))
        trace.marker_size = _marker_size(marker)
        scale = (layout.get("coloraxis") or {}).get("colorscale")
        colors = _marker_colors(marker, scale)
        trace.marker_colors = colors if colors is not None and len(colors) == count else None
        given = line.get("color") if trace.kind == "line" and trace.lines else None
        given = given or (marker.get("color") if isinstance(marker.get("color"), str) else None)
        pv.set_colour(trace, given, i, streamlit)
        polar.traces.append(trace)
        pending.append((polar, trace, degrees))
    for polar in polars.values():
        _settle(polar, [(t, d) for p, t, d in pending if p is polar])
    return list(polars.values())


def _settle(polar: Polar, traces: list[tuple[PolarTrace, np.ndarray]]) -> None:
    """Screen angles, stacked bars and their widths, the radial range and both axes' ticks."""
    categorical = bool(polar.categories)
    step = 360.0 / len(polar.categories) if categorical else 0.0
    bars = [t for t, _ in traces if t.kind == "bar"]
    stacked: dict[float, float] = {}
    for trace, degrees in traces:
        polar_degrees = degrees * step if categorical else degrees
        if trace.kind == "bar":
            spacing = step if categorical else _spacing(degrees)
            trace.width = spacing
            if polar.barmode == "stack":
                trace.base = np.array([stacked.get(d, 0.0) for d in polar_degrees.tolist()])
                for d, top in zip(polar_degrees.tolist(), (trace.base + np.nan_to_num(trace.r)).tolist()):
                    stacked[d] = top
            elif len(bars) > 1:  # "overlay": one over another, as given
                trace.base = np.zeros(len(trace.r))
        trace.angles = polar.screen(polar_degrees)
    tops = [float(np.nanmax(t.base + t.r)) for t, _ in traces if len(t.r) and np.isfinite(t.r).any()]
    high = max(tops, default=1.0) or 1.0
    if polar.range is None:
        polar.range = (0.0, high)
    low, top = polar.range
    polar.radial_ticks = [t for t in nice_ticks(low, top, 5) if low < t <= top]
    if categorical:
        polar.angular_ticks = [(float(polar.screen(np.array([i * step]))[0]), label)
                               for i, label in enumerate(polar.categories)]
    else:
        polar.angular_ticks = [(float(polar.screen(np.array([d]))[0]), f"{d:g}°") for d in range(0, 360, 45)]


def _spacing(degrees: np.ndarray) -> float:
    """Number thetas: the smallest gap between distinct angles (a wedge's width)."""
    distinct = np.unique(np.mod(degrees, 360))
    if len(distinct) < 2:
        return 360.0 / max(len(distinct), 1) if len(distinct) else 0.0
    gaps = np.diff(np.concatenate([distinct, [distinct[0] + 360]]))
    return float(gaps.min())


def to_xy(polar: Polar, r: np.ndarray, angles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Radii (data) and screen angles to unit-circle coordinates (1 at the range's top)."""
    low, high = polar.range or (0.0, 1.0)
    span = (high - low) or 1.0
    scaled = polar.hole + (1 - polar.hole) * np.clip((r - low) / span, 0, None)
    radians = np.radians(angles)
    return scaled * np.cos(radians), scaled * np.sin(radians)


def unit_radius(polar: Polar, r: float) -> float:
    low, high = polar.range or (0.0, 1.0)
    return polar.hole + (1 - polar.hole) * max((r - low) / ((high - low) or 1.0), 0.0)


__all__ = ["POLAR_TYPES", "Polar", "PolarTrace", "read_polars", "to_xy", "unit_radius"]
