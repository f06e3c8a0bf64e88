"""deck.gl's GeoJsonLayer flat (Qt-free): points as dots, lines as paths, polygons filled.

The accessors see each feature, so ``properties.x`` names a property, as in deck.gl.
Elevation (``extruded``) is not drawn.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from rerunqt.core.deck_layers import INF, Circles, Layer, Lines, Part, Shapes, _path, _polygon, to_units


def features(data: Any) -> list[Any]:
    """The features of a FeatureCollection, a Feature, a bare geometry or a list of them."""
    if isinstance(data, Mapping):
        kind = data.get("type")
        if kind == "FeatureCollection":
            return list(data.get("features") or [])
        if kind == "Feature":
            return [data]
        if "coordinates" in data or kind == "GeometryCollection":
            return [{"type": "Feature", "geometry": data, "properties": {}}]
        return []
    return list(data) if isinstance(data, (list, tuple)) else []


def _geometries(geometry: Any) -> list[tuple[str, Any]]:
    """(Point / LineString / Polygon, coordinates) pieces of one geometry."""
    if not isinstance(geometry, Mapping):
        return []
    kind, coords = geometry.get("type"), geometry.get("coordinates")
    if kind == "GeometryCollection":
        return [p for g in geometry.get("geometries") or [] for p in _geometries(g)]
    if kind in ("Point", "LineString", "Polygon"):
        return [(kind, coords)]
    if kind in ("MultiPoint", "MultiLineString", "MultiPolygon") and isinstance(coords, list):
        return [(kind[5:], c) for c in coords]
    return []


def geojson(layer: Layer) -> list[Part]:
    rows = layer.rows.rows
    points: list[tuple[int, Any]] = []
    lines: list[tuple[int, np.ndarray]] = []
    shapes: list[tuple[int, list[np.ndarray]]] = []
    for i, feature in enumerate(rows):
        geometry = feature.get("geometry") if isinstance(feature, Mapping) else None
        for kind, coords in _geometries(geometry):
            if kind == "Point":
                points.append((i, coords))
            elif kind == "LineString":
                path = _path(coords)
                if path is not None:
                    lines.append((i, path))
            else:
                rings = _polygon(coords)
                if rings:
                    shapes.append((i, rings))
    fill = layer.colors("getFillColor") if layer.get("filled", True) else None
    line = layer.colors("getLineColor") if layer.get("stroked", True) else None
    width = layer.numbers("getLineWidth", 1) * float(layer.get("lineWidthScale", 1))
    width_args = (str(layer.get("lineWidthUnits", "meters")), float(layer.get("lineWidthMinPixels", 0)),
                  float(layer.get("lineWidthMaxPixels", INF)))
    parts: list[Part] = []
    if shapes:
        index = np.array([i for i, _ in shapes], dtype=np.int64)
        parts.append(Shapes([r for _, r in shapes], None if fill is None else fill[index],
                            None if line is None else line[index], width[index], *width_args, index))
    if lines:
        index = np.array([i for i, _ in lines], dtype=np.int64)
        color = line if line is not None else layer.colors("getLineColor")
        parts.append(Lines([p for _, p in lines], color[index], color[index], width[index],
                           *width_args, index))
    if points:
        index = np.array([i for i, _ in points], dtype=np.int64)
        lonlat = np.array([[float(c[0]), float(c[1])] for _, c in points])
        x, y = to_units(lonlat)
        radius = layer.numbers("getPointRadius", 1)[index] * float(layer.get("pointRadiusScale", 1))
        cos = np.maximum(np.cos(np.radians(lonlat[:, 1])), 1e-6)
        from rerunqt.core.map_data import metres_per_degree

        parts.append(Circles(x, y, radius, str(layer.get("pointRadiusUnits", "meters")),
                             float(layer.get("pointRadiusMinPixels", 0)),
                             float(layer.get("pointRadiusMaxPixels", INF)),
                             None if fill is None else fill[index], None if line is None else line[index],
                             index, metres_per_degree(0.0) * cos))
    return parts


__all__ = ["features", "geojson"]
