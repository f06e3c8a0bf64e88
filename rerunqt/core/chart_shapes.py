"""Geometry shared by plotly and Vega-Lite charts that are not lines or bars (Qt-free).

Pies (slice angles), boxes (quartiles, whiskers, outliers) and violins (a Gaussian
kernel density) are computed here once, so the Qt side only draws paths, and tests can
check the numbers without a window. Angles are in degrees counterclockwise from
3 o'clock (the maths convention); a slice covers ``start`` up to ``end``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from rerunqt.core.chart_data import fingerprint

RGBA = tuple[int, int, int, int]


class Slice:
    """One slice: its label, value, angles, share of the whole, and colour.

    ``color`` is an explicit colour (RGBA or a name) or None for the palette's ``slot``-th.
    """

    __slots__ = ("color", "end", "label", "share", "slot", "start", "text", "value")

    def __init__(self, label: str, value: float, start: float, end: float, share: float,
                 slot: int) -> None:
        self.label = label
        self.value = value
        self.start = start
        self.end = end
        self.share = share
        self.slot = slot
        self.color: RGBA | str | None = None
        self.text = ""  # drawn on (or beside) the slice

    def key(self) -> tuple[Any, ...]:
        return (self.label, self.value, self.start, self.end, self.slot, self.color, self.text)

    def __repr__(self) -> str:
        return f"Slice({self.label!r}, {self.value:g}, {self.start:.1f}..{self.end:.1f})"


class Pie:
    """A pie (``hole`` > 0: a donut) in its domain: the part of the chart it is centred in.

    Radii are fractions of the largest circle that fits the domain; ``text_inside`` says
    whether slice texts sit on the slices (else beside them). Texts without a slice
    (Vega-Lite ``mark_text`` in a pie) are ``labels``: (x, y, text) in radius units.
    """

    __slots__ = ("domain", "hole", "in_legend", "labels", "name", "outer", "slices", "text_inside",
                 "title")

    def __init__(self, slices: Sequence[Slice], hole: float = 0.0, outer: float = 1.0,
                 domain: tuple[float, float, float, float] = (0.0, 1.0, 0.0, 1.0),
                 title: str = "", name: str = "") -> None:
        self.slices = tuple(slices)
        self.hole = hole
        self.outer = outer
        self.domain = domain  # x0, x1, y0, y1 in 0..1 of the chart
        self.title = title
        self.name = name
        self.text_inside = True
        self.in_legend = True  # False: its slices have no category (a Vega-Lite arc without colour field)
        self.labels: tuple[tuple[float, float, str, RGBA | str | None], ...] = ()

    def key(self) -> tuple[Any, ...]:
        return (tuple(s.key() for s in self.slices), self.hole, self.outer, self.domain,
                self.title, self.name, self.text_inside, self.in_legend, self.labels)

    def slice_at(self, angle: float, radius: float) -> Slice | None:
        """The slice under a point at ``angle`` degrees and ``radius`` (fraction), if any."""
        if not self.hole * self.outer <= radius <= self.outer:
            return None
        for s in self.slices:
            if (angle - s.start) % 360 <= (s.end - s.start) + 1e-9:
                return s
        return None


def pie_angles(values: Sequence[float], clockwise: bool, rotation: float = 0.0
               ) -> list[tuple[float, float]]:
    """(start, end) per value, from 12 o'clock turned ``rotation`` degrees clockwise.

    plotly.js: the first slice always covers 12 o'clock clockwise to its size; the others
    follow it clockwise, or (plotly's default) counterclockwise from 12 o'clock.
    Vega-Lite's slices all run clockwise from 12 o'clock.
    """
    total = float(sum(values)) or 1.0
    spans = [360.0 * v / total for v in values]
    top = 90.0 - rotation
    out = []
    done = 0.0
    for i, span in enumerate(spans):
        if clockwise or i == 0:
            end = top - done
            out.append((end - span, end))
        else:  # counterclockwise after the first: from 12 o'clock to the left
            start = top + done - spans[0]
            out.append((start, start + span))
        done += span
    return out


def percent_text(share: float) -> str:
    """plotly's slice percent: three significant digits, trailing zeros dropped ("33.3%")."""
    text = f"{share * 100:.3g}"
    if "e" in text:
        text = f"{share * 100:.1f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text + "%"


class BoxStats:
    """One box: where it stands, its quartiles, whisker ends, mean and the points beyond.

    ``points`` are the values drawn as dots (outliers, or all of them); ``density`` is a
    violin's outline: (values, density scaled so the widest violin of a chart is 1).
    """

    __slots__ = ("count", "density", "lower", "mean", "median", "points", "position", "q1", "q3",
                 "upper")

    def __init__(self, position: float, values: np.ndarray, whisker: float | None = 1.5,
                 points: str = "outliers") -> None:
        finite = np.sort(values[np.isfinite(values)].astype(np.float64))
        self.position = position
        self.count = len(finite)
        if not len(finite):
            finite = np.zeros(1)
        self.q1, self.median, self.q3 = (float(v) for v in
                                         np.percentile(finite, [25, 50, 75], method="linear"))
        self.mean = float(finite.mean())
        if whisker is None:  # min-max
            self.lower, self.upper = float(finite[0]), float(finite[-1])
        else:
            spread = (self.q3 - self.q1) * whisker
            inside = finite[(finite >= self.q1 - spread) & (finite <= self.q3 + spread)]
            self.lower = float(inside[0]) if len(inside) else self.q1
            self.upper = float(inside[-1]) if len(inside) else self.q3
        if points == "all":
            self.points = finite
        elif points == "outliers" and whisker is not None:
            self.points = finite[(finite < self.lower) | (finite > self.upper)]
        else:
            self.points = np.zeros(0)
        self.density: tuple[np.ndarray, np.ndarray] | None = None

    def key(self) -> tuple[Any, ...]:
        shape = None if self.density is None else tuple(fingerprint(a) for a in self.density)
        return (self.position, self.q1, self.median, self.q3, self.lower, self.upper, self.mean,
                fingerprint(self.points), shape)

    def summary(self) -> str:
        """The hover read-out of a box, as plotly's: max, upper fence, q3, median, q1, min."""
        return (f"max {self.upper:g}, q3 {self.q3:g}, median {self.median:g}, "
                f"q1 {self.q1:g}, min {self.lower:g}")

    def __repr__(self) -> str:
        return f"BoxStats(at {self.position:g}: {self.lower:g} {self.q1:g} {self.median:g} " \
               f"{self.q3:g} {self.upper:g})"


def kde(values: np.ndarray, bandwidth: float | None = None,
        points: int = 80) -> tuple[np.ndarray, np.ndarray]:
    """A Gaussian kernel density over the values' span and two bandwidths beyond it.

    The bandwidth is plotly's default (Silverman's rule of thumb):
    ``1.059 * min(std, IQR / 1.349) * n ** -0.2``.
    """
    finite = values[np.isfinite(values)].astype(np.float64)
    if not len(finite):
        return np.zeros(0), np.zeros(0)
    if bandwidth is None:
        q1, q3 = np.percentile(finite, [25, 75])
        spread = min(float(finite.std(ddof=1)) if len(finite) > 1 else 0.0, (q3 - q1) / 1.349)
        if spread <= 0:
            spread = float(finite.std(ddof=1)) if len(finite) > 1 else 0.0
        bandwidth = 1.059 * (spread or 1.0) * len(finite) ** -0.2
    grid = np.linspace(finite.min() - 2 * bandwidth, finite.max() + 2 * bandwidth, points)
    scaled = (grid[:, None] - finite[None, :]) / bandwidth
    density = np.exp(-0.5 * scaled ** 2).sum(axis=1) / (len(finite) * bandwidth * math.sqrt(2 * math.pi))
    return grid, density


__all__ = ["BoxStats", "Pie", "Slice", "kde", "percent_text", "pie_angles"]
