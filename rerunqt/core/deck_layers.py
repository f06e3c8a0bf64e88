"""deck.gl layers as flat 2D shapes (Qt-free): circles, polygons, lines and labels.

Each supported layer type becomes a few of the shapes below in the map's units (x the
longitude, y the Mercator ordinate, both in degrees, as st.map draws), with deck.gl's
default for every property not given. Sizes keep their units (metres or pixels) and
their pixel bounds, so the window can size them for its zoom. ``objects`` are what a
hover or a click on the layer's shape ``index`` reports: the data's rows, or for
aggregation layers one summary per hexagon / cell.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from rerunqt.core import deck_aggregate as agg
from rerunqt.core.deck_expr import Rows, Unsupported, colors, evaluate, numbers, per_row, positions
from rerunqt.core.map_data import MAX_LATITUDE, mercator_y, metres_per_degree

BLACK = (0, 0, 0, 255)
INF = math.inf


@dataclass(eq=False)
class Circles:
    """Dots: radius in ``units`` ("meters" or "pixels"), held between the pixel bounds."""

    x: np.ndarray
    y: np.ndarray
    radius: np.ndarray
    units: str
    min_px: float
    max_px: float
    fill: np.ndarray | None
    line: np.ndarray | None
    index: np.ndarray
    metres_per_unit: np.ndarray  # at each dot's latitude
    line_px: float = 1.0


@dataclass(eq=False)
class Shapes:
    """Polygons, each an outer ring and its holes (odd-even filled), with their outlines."""

    rings: list[list[np.ndarray]]
    fill: np.ndarray | None
    line: np.ndarray | None
    width: np.ndarray
    units: str
    min_px: float
    max_px: float
    index: np.ndarray


@dataclass(eq=False)
class Lines:
    """Polylines; a line's colour runs from ``start`` to ``end`` (an arc's two colours)."""

    paths: list[np.ndarray]
    start: np.ndarray
    end: np.ndarray
    width: np.ndarray
    units: str
    min_px: float
    max_px: float
    index: np.ndarray


@dataclass(eq=False)
class Texts:
    x: np.ndarray
    y: np.ndarray
    text: list[str]
    color: np.ndarray
    size: np.ndarray  # pixels
    anchor: str
    baseline: str
    index: np.ndarray


Part = Circles | Shapes | Lines | Texts


@dataclass(eq=False)
class DeckLayer:
    id: str
    type: str
    pickable: bool
    objects: list[Any]
    parts: list[Part] = field(default_factory=list)


@dataclass(frozen=True)
class View:
    """The first view: centre, zoom and the ground metres per map unit at the centre."""

    latitude: float
    longitude: float
    zoom: float

    @property
    def metres_per_unit(self) -> float:
        return metres_per_degree(max(-MAX_LATITUDE, min(MAX_LATITUDE, self.latitude)))

    def units_per_pixel(self) -> float:
        return 360.0 / (512.0 * 2.0 ** self.zoom)


class Layer:
    """One layer's JSON with deck.gl's defaults; reads accessors over its rows."""

    def __init__(self, spec: Mapping[str, Any], rows: Sequence[Any], view: View) -> None:
        self.spec, self.rows, self.view = spec, Rows(rows), view
        self.n = len(rows)
        self.opacity = float(spec.get("opacity", 1.0))

    def get(self, name: str, default: Any, *aliases: str) -> Any:
        for key in (name, *aliases):
            if key in self.spec:
                return self.spec[key]
        return default

    def value(self, name: str, default: Any, *aliases: str) -> Any:
        return evaluate(self.get(name, default, *aliases), self.rows)

    def numbers(self, name: str, default: Any, *aliases: str) -> np.ndarray:
        return numbers(self.value(name, default, *aliases), self.n, name)

    def positions(self, name: str = "getPosition", default: str = "position") -> np.ndarray:
        return positions(self.value(name, default), self.n, name)

    def colors(self, name: str, *aliases: str, default: Any = BLACK) -> np.ndarray:
        return colors(self.value(name, list(default), *aliases), self.n, self.opacity, name)


def to_units(lonlat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return lonlat[:, 0].copy(), np.asarray(mercator_y(lonlat[:, 1]), dtype=np.float64)


def _per_latitude(latitude: np.ndarray) -> np.ndarray:
    cos = np.cos(np.radians(np.clip(latitude, -MAX_LATITUDE, MAX_LATITUDE)))
    return metres_per_degree(0.0) * np.maximum(cos, 1e-6)


def _path(value: Any) -> np.ndarray | None:
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        return None
    if array.ndim != 2 or array.shape[1] < 2 or len(array) < 2:
        return None
    x, y = to_units(array)
    return np.column_stack([x, y])


def _polygon(value: Any) -> list[np.ndarray]:
    """A polygon as deck.gl takes it: one ring of positions, or an outer ring and holes."""
    if isinstance(value, Mapping):  # {"polygon": [...]} or GeoJSON-like {"coordinates": [...]}
        value = value.get("coordinates", value.get("polygon"))
    if not isinstance(value, (list, tuple)) or not value:
        return []
    first = value[0]
    if isinstance(first, (list, tuple)) and first and isinstance(first[0], (int, float)):
        value = [value]  # a single ring
    return [ring for ring in (_path(r) for r in value) if ring is not None]


def _all(n: int) -> np.ndarray:
    return np.arange(n)


def scatter(layer: Layer, icon: bool = False) -> list[Part]:
    lonlat = layer.positions()
    x, y = to_units(lonlat)
    if icon:  # IconLayer: its icons as dots of their size in pixels
        size = layer.numbers("getSize", 1) * float(layer.get("sizeScale", 1))
        return [Circles(x, y, np.maximum(size / 2, 3.0), "pixels", 0, INF,
                        layer.colors("getColor"), None, _all(layer.n), _per_latitude(lonlat[:, 1]))]
    radius = layer.numbers("getRadius", 1) * float(layer.get("radiusScale", 1))
    fill = layer.colors("getFillColor", "getColor") if layer.get("filled", True) else None
    line = layer.colors("getLineColor", "getColor") if layer.get("stroked", False) else None
    return [Circles(x, y, radius, str(layer.get("radiusUnits", "meters")),
                    float(layer.get("radiusMinPixels", 0)), float(layer.get("radiusMaxPixels", INF)),
                    fill, line, _all(layer.n), _per_latitude(lonlat[:, 1]),
                    max(1.0, float(layer.get("lineWidthMinPixels", 1))))]


def point_cloud(layer: Layer) -> list[Part]:
    """PointCloudLayer seen from above: a dot of ``pointSize`` pixels (deck.gl's 10) per point,
    in its ``getColor`` (black by default), the height left out."""
    lonlat = layer.positions()
    x, y = to_units(lonlat)
    size = float(layer.get("pointSize", 10))
    return [Circles(x, y, np.full(layer.n, max(size / 2, 1.0)), "pixels", 0, INF,
                    layer.colors("getColor"), None, _all(layer.n), _per_latitude(lonlat[:, 1]))]


def columns(layer: Layer) -> list[Part]:
    """ColumnLayer seen from above: a disc of ``radius`` metres at each position."""
    lonlat = layer.positions()
    radius = float(layer.get("radius", 1000)) * float(layer.get("coverage", 1))
    sides = max(3, int(layer.get("diskResolution", 20)))
    angles = np.linspace(0, 2 * math.pi, sides, endpoint=False)
    x, y = to_units(lonlat)
    units = radius / _per_latitude(lonlat[:, 1])
    rings = [[np.column_stack([cx + r * np.cos(angles), cy + r * np.sin(angles)])]
             for cx, cy, r in zip(x, y, units)]
    fill = layer.colors("getFillColor", "getColor") if layer.get("filled", True) else None
    line = layer.colors("getLineColor") if layer.get("stroked", False) else None
    return [Shapes(rings, fill, line, layer.numbers("getLineWidth", 1), "meters",
                   float(layer.get("lineWidthMinPixels", 0)), INF, _all(layer.n))]


def texts(layer: Layer) -> list[Part]:
    x, y = to_units(layer.positions())
    value = layer.value("getText", "text")
    labels = [str(v) for v in value] if isinstance(value, (np.ndarray, list)) else [str(value)] * layer.n
    size = layer.numbers("getSize", 32) * float(layer.get("sizeScale", 1))
    anchor, baseline = layer.value("getTextAnchor", "middle"), layer.value("getAlignmentBaseline", "center")
    return [Texts(x, y, labels, layer.colors("getColor"), size,
                  anchor if isinstance(anchor, str) else "middle",
                  baseline if isinstance(baseline, str) else "center", _all(layer.n))]


def arcs(layer: Layer, arc: bool = True) -> list[Part]:
    """ArcLayer and LineLayer: a straight line from source to target (an arc seen flat)."""
    sx, sy = to_units(layer.positions("getSourcePosition", "sourcePosition"))
    tx, ty = to_units(layer.positions("getTargetPosition", "targetPosition"))
    paths = [np.array([[a, b], [c, d]]) for a, b, c, d in zip(sx, sy, tx, ty)]
    start = layer.colors("getSourceColor" if arc else "getColor")
    end = layer.colors("getTargetColor") if arc else start
    return [Lines(paths, start, end, layer.numbers("getWidth", 1) * float(layer.get("widthScale", 1)),
                  str(layer.get("widthUnits", "pixels")), float(layer.get("widthMinPixels", 0)),
                  float(layer.get("widthMaxPixels", INF)), _all(layer.n))]


def paths(layer: Layer) -> list[Part]:
    found = [(i, _path(p)) for i, p in enumerate(per_row(layer.get("getPath", "path"), layer.rows,
                                                          "getPath"))]
    keep = np.array([i for i, p in found if p is not None], dtype=np.int64)
    color = layer.colors("getColor")[keep]
    width = (layer.numbers("getWidth", 1) * float(layer.get("widthScale", 1)))[keep]
    return [Lines([p for _, p in found if p is not None], color, color, width,
                  str(layer.get("widthUnits", "meters")), float(layer.get("widthMinPixels", 0)),
                  float(layer.get("widthMaxPixels", INF)), keep)]


def polygons(layer: Layer) -> list[Part]:
    rings = [_polygon(p) for p in per_row(layer.get("getPolygon", "polygon"), layer.rows, "getPolygon")]
    keep = np.array([i for i, r in enumerate(rings) if r], dtype=np.int64)
    fill = layer.colors("getFillColor")[keep] if layer.get("filled", True) else None
    line = layer.colors("getLineColor")[keep] if layer.get("stroked", True) else None
    width = (layer.numbers("getLineWidth", 1) * float(layer.get("lineWidthScale", 1)))[keep]
    return [Shapes([rings[i] for i in keep], fill, line, width,
                   str(layer.get("lineWidthUnits", "meters")), float(layer.get("lineWidthMinPixels", 0)),
                   float(layer.get("lineWidthMaxPixels", INF)), keep)]


def aggregate(layer: Layer, kind: str) -> tuple[list[Part], list[Any]]:
    """HexagonLayer, GridLayer, ScreenGridLayer, HeatmapLayer: bins coloured by their value."""
    lonlat = layer.positions()
    x, y = to_units(lonlat)
    weight_name = "getColorWeight" if kind in ("hexagon", "grid") else "getWeight"
    weights = layer.numbers(weight_name, 1)
    how = str(layer.get("colorAggregation", "SUM", "aggregation"))
    coverage = float(layer.get("coverage", 1))
    if kind == "hexagon":
        radius = float(layer.get("radius", 1000)) / layer.view.metres_per_unit
        ids, centres = agg.hexbin(x, y, radius)
        rings = [[agg.hexagon(cx, cy, radius * coverage)] for cx, cy in centres]
    else:
        if kind == "grid":
            size = float(layer.get("cellSize", 1000)) / layer.view.metres_per_unit
            margin = size * (1 - coverage) / 2
        else:  # pixels at the first zoom: ScreenGridLayer's cells, a heatmap's half radius
            pixels = float(layer.get("cellSizePixels", 100)) if kind == "screen" else \
                float(layer.get("radiusPixels", 50)) / 2
            size = pixels * layer.view.units_per_pixel()
            margin = float(layer.get("cellMarginPixels", 2 if kind == "screen" else 0)) \
                * layer.view.units_per_pixel()
        ids, corners = agg.grid(x, y, size)
        centres = corners + size / 2
        rings = [[np.array([[cx + margin, cy + margin], [cx + size - margin, cy + margin],
                            [cx + size - margin, cy + size - margin], [cx + margin, cy + size - margin]])]
                 for cx, cy in corners]
    values, counts = agg.totals(ids, len(centres), weights, how)
    fill = agg.quantize(values, layer.get("colorRange", agg.DEFAULT_COLOR_RANGE),
                        layer.get("colorDomain", None))
    fill[:, 3] = (fill[:, 3] * max(0.0, min(1.0, layer.opacity))).astype(np.uint8)
    from rerunqt.core.map_data import latitude_of

    objects = [{"position": [float(cx), float(latitude_of(cy))], "count": int(c),
                "colorValue": _plain(v), "elevationValue": int(c)}
               for (cx, cy), v, c in zip(centres, values, counts)]
    return [Shapes(rings, fill, None, np.zeros(len(rings)), "pixels", 0, 0, _all(len(rings)))], objects


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


READERS: dict[str, Callable[[Layer], list[Part]]] = {
    "ScatterplotLayer": scatter,
    "IconLayer": lambda layer: scatter(layer, icon=True),
    "PointCloudLayer": point_cloud,
    "ColumnLayer": columns,
    "TextLayer": texts,
    "ArcLayer": arcs,
    "GreatCircleLayer": arcs,
    "LineLayer": lambda layer: arcs(layer, arc=False),
    "PathLayer": paths,
    "TripsLayer": paths,
    "PolygonLayer": polygons,
    "SolidPolygonLayer": polygons,
}
AGGREGATES = {"HexagonLayer": "hexagon", "CPUGridLayer": "grid", "GridLayer": "grid",
              "GPUGridLayer": "grid", "ScreenGridLayer": "screen", "HeatmapLayer": "heat"}


def read_parts(kind: str, layer: Layer) -> tuple[list[Part], list[Any] | None]:
    """The shapes of one layer and, for an aggregation, its bins' summaries."""
    if kind in AGGREGATES:
        return aggregate(layer, AGGREGATES[kind])
    if kind in READERS:
        return READERS[kind](layer), None
    raise Unsupported("")  # a layer type rerunqt does not draw


__all__ = [
    "AGGREGATES",
    "READERS",
    "Circles",
    "DeckLayer",
    "Layer",
    "Lines",
    "Part",
    "Shapes",
    "Texts",
    "View",
    "read_parts",
    "to_units",
]
