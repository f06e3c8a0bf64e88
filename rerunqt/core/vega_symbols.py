"""Vega-Lite's category channels besides colour: shape, size, opacity, strokeDash (Qt-free).

A nominal or ordinal field on one of them picks, per category (in ascending order or the
scale's domain), a value from Vega-Lite's default range: shapes circle, square, triangle
up, cross, diamond...; sizes on a point scale from 4 to 361 square pixels; opacities
from 0.3 to 0.8; dashes solid, 4-2, 2-1, 1-1, 1-2-4-2. Vega-Lite draws one symbol legend
per field: the channels on the same field (colour included) make one legend, whose
entries show each category's colour, shape, size, opacity and dash together.
"""

from __future__ import annotations

from typing import Any

from rerunqt.core.vega_channels import Channel

# Vega's "symbol" scheme as pyqtgraph symbol codes
SHAPES = ("o", "s", "t1", "+", "d", "t2", "t", "t3")
SHAPE_NAMES = {"circle": "o", "square": "s", "triangle-up": "t1", "cross": "+", "diamond": "d",
                "triangle-right": "t2", "triangle-down": "t", "triangle-left": "t3", "triangle": "t1"}
DASHES: tuple[tuple[float, ...], ...] = ((1.0, 0.0), (4.0, 2.0), (2.0, 1.0), (1.0, 1.0), (1.0, 2.0, 4.0, 2.0))
SIZES = (4.0, 361.0)  # a size point scale's range, square pixels
OPACITIES = (0.3, 0.8)
LEGEND_AREA = 100.0  # Vega's legend symbolSize when size is not in the legend
KEYS = ("shape", "size", "opacity", "strokeDash")


def _natural(label: str) -> tuple[int, float, str]:
    try:
        return (0, float(label), "")
    except ValueError:
        return (1, 0.0, label)


def categories(channel: Channel) -> tuple[str, ...]:
    """The channel's categories in scale order: its scale domain, else ascending."""
    domain = (channel.spec.get("scale") or {}).get("domain")
    if isinstance(domain, list):
        return tuple(str(v) for v in domain)
    found = {label(v) for v in channel.values if v is not None}
    return tuple(sorted(found, key=_natural))


def label(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _along(span: tuple[float, float], at: int, count: int) -> float:
    return span[0] + (span[1] - span[0]) * (at / (count - 1) if count > 1 else 0.0)


def style(name: str, channel: Channel, category: str) -> Any:
    """The value the channel ``name`` gives ``category``: its scale range's, else the default."""
    order = categories(channel)
    at = order.index(category) if category in order else 0
    given = (channel.spec.get("scale") or {}).get("range")
    if isinstance(given, list) and given:
        value = given[at % len(given)]
        if name == "shape" and isinstance(value, str):
            return SHAPE_NAMES.get(value, "o")
        if name == "strokeDash" and isinstance(value, list):
            return tuple(float(d) for d in value)
        if isinstance(value, (int, float)):
            return float(value)
    if name == "shape":
        return SHAPES[at % len(SHAPES)]
    if name == "strokeDash":
        return DASHES[at % len(DASHES)]
    return _along(SIZES if name == "size" else OPACITIES, at, len(order))


def discrete_keys(channels: dict[str, Channel]) -> dict[str, Channel]:
    """The layer's shape, size, opacity and strokeDash channels on a category field."""
    return {name: channels[name] for name in KEYS
            if name in channels and channels[name].discrete and not channels[name].constant}


class Entry:
    """One legend row: the category, and its colour (palette slot, explicit), shape, area,
    opacity and dash (None where the legend does not vary it)."""

    __slots__ = ("area", "color", "dash", "label", "opacity", "shape", "slot")

    def __init__(self, text: str) -> None:
        self.label = text
        self.slot: int | None = None
        self.color: str | None = None
        self.shape = "o"
        self.area = LEGEND_AREA
        self.opacity: float | None = None
        self.dash: tuple[float, ...] | None = None

    def key(self) -> tuple[Any, ...]:
        return (self.label, self.slot, self.color, self.shape, self.area, self.opacity, self.dash)


class Symbols:
    """A symbol legend: its title, whether it shows strokes (lines) or symbols, and rows."""

    __slots__ = ("entries", "field", "filled", "strokes", "title")

    def __init__(self, title: str, field: str, strokes: bool, filled: bool,
                 entries: tuple[Entry, ...]) -> None:
        self.title, self.field, self.strokes, self.filled, self.entries = \
            title, field, strokes, filled, entries

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(e.label for e in self.entries)

    def key(self) -> tuple[Any, ...]:
        return (self.title, self.field, self.strokes, self.filled, tuple(e.key() for e in self.entries))


def _shown(channel: Channel) -> bool:
    return not ("legend" in channel.spec and not channel.spec["legend"])


def symbol_legends(read: list[tuple[Any, dict[str, Channel]]], colours: tuple[str, ...],
                   palette: tuple[str, ...]) -> tuple[tuple[Symbols, ...], bool]:
    """The chart's symbol legends, and whether one of them took in the colour legend
    (a colour on the same field). ``colours`` is the colour domain, ``palette`` its range."""
    fields: dict[str, list[tuple[str, Channel, Any]]] = {}
    for layer, chans in read:
        for name, channel in discrete_keys(chans).items():
            if _shown(channel):
                fields.setdefault(str(channel.spec.get("field")), []).append((name, channel, layer))
    legends: list[Symbols] = []
    merged = False
    for field, found in fields.items():
        layers = [layer for _, _, layer in found]
        color = next((chans["color"] for layer, chans in read
                      if any(layer is other for other in layers) and "color" in chans
                      and chans["color"].discrete and not chans["color"].constant
                      and chans["color"].spec.get("field") == field and _shown(chans["color"])), None)
        merged = merged or color is not None
        order = categories(found[0][1])
        entries = []
        for text in order:
            entry = Entry(text)
            for name, channel, _ in found:
                value = style(name, channel, text)
                if name == "shape":
                    entry.shape = value
                elif name == "size":
                    entry.area = value
                elif name == "opacity":
                    entry.opacity = value
                else:
                    entry.dash = value
            if color is not None and text in colours:
                entry.slot = colours.index(text)
                entry.color = palette[entry.slot % len(palette)] if palette else None
            entries.append(entry)
        strokes = all(layer.mark in ("line", "trail", "rule") for layer in layers)
        filled = all(bool(layer.props.get("filled", layer.mark != "point")) for layer in layers)
        legends.append(Symbols(found[0][1].title, field, strokes, filled, tuple(entries)))
    return tuple(legends), merged


__all__ = [
    "DASHES",
    "KEYS",
    "SHAPES",
    "SHAPE_NAMES",
    "Entry",
    "Symbols",
    "categories",
    "discrete_keys",
    "label",
    "style",
    "symbol_legends",
]
