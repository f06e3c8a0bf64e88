"""plotly traces drawn in a part of the chart rather than on axes: pie and indicator (Qt-free).

A pie's labels are summed (a label given twice is one slice, as plotly.js does), sorted
by value unless ``sort=False``, and laid out from 12 o'clock (``rotation``, ``direction``).
Each label keeps one colour across the figure: the ``marker.colors`` given, else the
next colour of the colorway in the order labels first appear (plotly's), which
``theme="streamlit"`` replaces by the app's palette.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from rerunqt.core import plotly_values as pv
from rerunqt.core.chart_shapes import Pie, Slice, percent_text, pie_angles

DOMAIN_TYPES = ("pie", "indicator")


def _domain(spec: Mapping[str, Any]) -> tuple[float, float, float, float]:
    domain = spec.get("domain") or {}
    xs, ys = domain.get("x") or [0, 1], domain.get("y") or [0, 1]
    return (float(xs[0]), float(xs[1]), float(ys[0]), float(ys[1]))


def _labels_and_values(spec: Mapping[str, Any]) -> tuple[list[str], list[float]]:
    """Labels in first-seen order with their summed values (negative and missing dropped)."""
    labels, values = pv.array(spec.get("labels")), pv.array(spec.get("values"))
    count = len(labels) if labels is not None else (len(values) if values is not None else 0)
    if labels is None:
        start, step = float(spec.get("label0", 0)), float(spec.get("dlabel", 1))
        texts = [f"{start + step * i:g}" for i in range(count)]
    else:
        texts = [str(v) for v in labels.tolist()]
    numbers = np.ones(count) if values is None else np.asarray(values, dtype=np.float64)[:count]
    sums: dict[str, float] = {}
    for label, value in zip(texts, numbers.tolist()):
        if np.isfinite(value) and value >= 0:
            sums[label] = sums.get(label, 0.0) + value
        else:
            sums.setdefault(label, 0.0)
    return list(sums), list(sums.values())


def _text(parts: str, label: str, value: float, share: float, given: str) -> str:
    shown = []
    for part in parts.split("+"):
        if part == "label":
            shown.append(label)
        elif part == "value":
            shown.append(f"{value:g}")
        elif part == "percent":
            shown.append(percent_text(share))
        elif part == "text" and given:
            shown.append(given)
    return "\n".join(shown)


def read_pie(spec: Mapping[str, Any], layout: Mapping[str, Any], streamlit: bool,
             slots: dict[str, int]) -> Pie:
    """One pie trace as a ``Pie``; ``slots`` numbers every label of the figure once."""
    labels, values = _labels_and_values(spec)
    marker = spec.get("marker") or {}
    given_colors = pv.array(marker.get("colors"))
    own = {label: pv.color(c) for label, c in zip(labels, given_colors.tolist())} \
        if given_colors is not None else {}
    colorway = [str(c).lower() for c in layout.get("piecolorway") or layout.get("colorway") or ()]
    custom = bool(colorway) and tuple(colorway[:len(pv.PLOTLY_COLORWAY)]) != pv.PLOTLY_COLORWAY
    for label in labels:
        slots.setdefault(label, len(slots))
    order = list(range(len(labels)))
    if spec.get("sort", True) is not False:
        order.sort(key=lambda i: -values[i])
    shown = list(order)
    clockwise = spec.get("direction") == "clockwise"
    angles = pie_angles([values[i] for i in shown], clockwise, float(spec.get("rotation") or 0))
    total = sum(values) or 1.0
    info = spec.get("textinfo") or "percent"
    position = spec.get("textposition") or "auto"
    if position == "none":
        info = "none"
    texts = pv.array(spec.get("text"))
    slices = []
    for i, (start, end) in zip(shown, angles):
        label = labels[i]
        item = Slice(label, values[i], start, end, values[i] / total, slots[label])
        explicit = own.get(label)
        if explicit is not None:
            item.color = explicit
        elif custom:
            item.color = pv.color(colorway[slots[label] % len(colorway)])
        elif not streamlit:
            item.color = pv.color(pv.PLOTLY_COLORWAY[slots[label] % len(pv.PLOTLY_COLORWAY)])
        given = str(texts.tolist()[i]) if texts is not None and i < len(texts) else ""
        item.text = "" if info == "none" else _text(str(info), label, values[i], item.share, given)
        slices.append(item)
    pie = Pie(slices, float(spec.get("hole") or 0.0), 1.0, _domain(spec),
              pv.text(spec.get("title")), str(spec.get("name") or ""))
    pie.text_inside = position != "outside"
    return pie


__all__ = ["DOMAIN_TYPES", "read_pie"]
