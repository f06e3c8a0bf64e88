"""st.map's data read once into numpy (Qt-free): positions, colours, sizes, the first view.

As Streamlit's: latitude / longitude come from the named columns or from a column called
lat / latitude / LAT / LATITUDE and lon / longitude / LON / LONGITUDE (any case here);
``color`` and ``size`` are a column name or one value for every point; ``size`` is a
radius in metres. The view is Web Mercator: x is the longitude in degrees and y the
Mercator ordinate scaled to degrees, so one unit is the same length on both axes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from rerunqt.core.chart_columns import Columns, read_columns
from rerunqt.core.chart_data import fingerprint
from rerunqt.errors import RerunQtAPIError

LATITUDE_NAMES = ("lat", "latitude")
LONGITUDE_NAMES = ("lon", "longitude")
DEFAULT_COLOR = (200, 30, 0, 160)  # Streamlit's default: "#c81e00" at 160/255
DEFAULT_SIZE = 100.0  # metres, Streamlit's default radius
DEFAULT_ZOOM = 12  # a single point (or several at one place), as Streamlit
MAX_LATITUDE = 85.05112878  # where Web Mercator is cut off
# degrees of longitude that fit the view at each zoom level (OpenStreetMap's table)
ZOOM_SPANS = (360, 180, 90, 45, 22.5, 11.25, 5.625, 2.813, 1.406, 0.703, 0.352, 0.176, 0.088,
              0.044, 0.022, 0.011, 0.005, 0.003, 0.001, 0.0005, 0.00025)
EARTH_CIRCUMFERENCE = 40_075_016.686  # metres at the equator

Rgba = tuple[int, int, int, int]


def mercator_y(latitude: np.ndarray | float) -> Any:
    """Web Mercator ordinate of a latitude, in degrees (equal to the longitude's scale)."""
    lat = np.radians(np.clip(latitude, -MAX_LATITUDE, MAX_LATITUDE))
    return np.degrees(np.log(np.tan(np.pi / 4 + lat / 2)))


def latitude_of(y: np.ndarray | float) -> Any:
    """The latitude of a Mercator ordinate (the inverse of ``mercator_y``)."""
    return np.degrees(2 * np.arctan(np.exp(np.radians(y))) - np.pi / 2)


def zoom_for_span(degrees: float) -> int:
    """Streamlit's automatic zoom: the level whose view fits ``degrees`` of longitude."""
    for level in range(len(ZOOM_SPANS) - 1):
        if ZOOM_SPANS[level + 1] < degrees <= ZOOM_SPANS[level]:
            return level
    return DEFAULT_ZOOM


def span_at_zoom(zoom: float, width_px: float) -> float:
    """Degrees of longitude a view ``width_px`` wide shows at ``zoom`` (deck.gl: 512 px tiles)."""
    return 360.0 * width_px / (512.0 * 2.0 ** zoom)


def metres_per_degree(latitude: float) -> float:
    """Ground metres per degree of the view (the x scale) at ``latitude``."""
    return EARTH_CIRCUMFERENCE * math.cos(math.radians(latitude)) / 360.0


class MapData:
    """What st.map shows; two are equal when their fingerprints are (no deep compare).

    ``colors`` is one RGBA tuple or an (n, 4) uint8 array; ``sizes`` one radius in metres
    or an array of them; ``center`` (lat, lon) and ``zoom`` are the first view. ``fit``:
    no zoom was given, so the first view frames every point (Streamlit's level is kept in
    ``zoom`` for AppTest, but a desktop window of any size should show all the points).
    """

    __slots__ = ("_key", "center", "colors", "fit", "latitude", "longitude", "names", "sizes",
                 "source", "zoom")

    def __init__(self, latitude: np.ndarray, longitude: np.ndarray, colors: Rgba | np.ndarray,
                 sizes: float | np.ndarray, zoom: int, center: tuple[float, float],
                 names: tuple[str | None, str | None], source: Any, fit: bool = False) -> None:
        self.fit = fit
        self.latitude = latitude
        self.longitude = longitude
        self.colors = colors
        self.sizes = sizes
        self.zoom = zoom
        self.center = center
        self.names = names  # the latitude and longitude columns used
        self.source = source
        self._key = (fingerprint(latitude), fingerprint(longitude), _key_of(colors),
                     _key_of(sizes), zoom, center, names, fit)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MapData):
            return NotImplemented
        return self is other or self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __len__(self) -> int:
        return len(self.latitude)

    def __repr__(self) -> str:
        return f"MapData({len(self)} points, zoom={self.zoom})"


def _key_of(value: Any) -> Any:
    return fingerprint(value) if isinstance(value, np.ndarray) else value


def _coordinate(columns: Columns, arg: str, given: str | None, names: tuple[str, ...]) -> str:
    """The latitude or longitude column: the one named, or the first with a usual name."""
    if given is not None:
        if not isinstance(given, str) or given not in columns.arrays:
            raise RerunQtAPIError(
                f"st.map {arg}={given!r} is not a column of the map's data; its columns are "
                f"{list(columns.arrays)!r}. Pass one of those names."
            )
        return given
    for name in columns.arrays:
        if name.lower() in names:
            return name
    usual = ", ".join(repr(n) for base in names for n in (base, base.upper()))
    raise RerunQtAPIError(
        f"st.map data has no {arg} column: name one {usual} (any case), or pass {arg}= with "
        f"the column's name. The data's columns are {list(columns.arrays)!r}."
    )


def _numbers(arg: str, name: str, values: np.ndarray) -> np.ndarray:
    try:
        numbers = np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError):
        raise RerunQtAPIError(
            f"st.map {arg} column {name!r} must hold numbers; it holds values such as "
            f"{values[:3].tolist()!r}."
        ) from None
    if np.isnan(numbers).any():
        raise RerunQtAPIError(
            f"st.map {arg} column {name!r} has missing values (NaN or None) at rows "
            f"{np.flatnonzero(np.isnan(numbers))[:5].tolist()!r}; drop those rows first "
            f"(e.g. df.dropna(subset=[{name!r}]))."
        )
    return numbers


def parse_color(value: Any, arg: str = "color") -> Rgba:
    """A hex string (#rgb, #rrggbb, #rrggbbaa) or an RGB(A) tuple of 0-255 ints or 0-1 floats
    (out of range is clamped, as Streamlit's color_util does)."""
    if isinstance(value, str) and value.startswith("#"):
        digits = value[1:]
        if len(digits) in (3, 4):
            digits = "".join(c * 2 for c in digits)
        if len(digits) in (6, 8):
            try:
                parts = [int(digits[i:i + 2], 16) for i in range(0, len(digits), 2)]
            except ValueError:
                parts = []
            if parts:
                return (parts[0], parts[1], parts[2], parts[3] if len(parts) == 4 else 255)
    elif isinstance(value, (tuple, list, np.ndarray)) and len(value) in (3, 4):
        items = list(value)
        if all(isinstance(v, (int, float, np.number)) and not isinstance(v, bool) for v in items):
            # as Streamlit: a float is a fraction of 255, an int is 0-255; both are clamped
            scaled = [min(255, max(0, int(float(v) * 255) if isinstance(v, (float, np.floating))
                                   else int(v))) for v in items]
            return (scaled[0], scaled[1], scaled[2], scaled[3] if len(scaled) == 4 else 255)
    raise RerunQtAPIError(
        f"st.map {arg}={value!r} is not a colour: give a hex string such as '#ffaa00' or "
        f"'#ffaa0088', an RGB(A) tuple such as (255, 170, 0) or (1.0, 0.6, 0.0, 0.5), or the "
        f"name of a column holding such colours."
    )


def _colors(columns: Columns, color: Any) -> Rgba | np.ndarray:
    if color is None:
        return DEFAULT_COLOR
    if isinstance(color, str) and color in columns.arrays:
        values = columns.arrays[color].tolist()
        return np.array([parse_color(v, f"color column {color!r} value") for v in values],
                        dtype=np.uint8).reshape(len(values), 4)
    if isinstance(color, str) and not color.startswith("#"):
        raise RerunQtAPIError(
            f"st.map color={color!r} is neither a column of the data ({list(columns.arrays)!r}) "
            f"nor a hex colour such as '#ffaa00'."
        )
    return parse_color(color)


def _sizes(columns: Columns, size: Any) -> float | np.ndarray:
    if size is None:
        return DEFAULT_SIZE
    if isinstance(size, str):
        if size not in columns.arrays:
            raise RerunQtAPIError(
                f"st.map size={size!r} is not a column of the map's data; its columns are "
                f"{list(columns.arrays)!r}. Pass a column name or a radius in metres, e.g. size=50."
            )
        return np.nan_to_num(np.abs(_numbers("size", size, columns.arrays[size])))
    if isinstance(size, bool) or not isinstance(size, (int, float)) or size < 0:
        raise RerunQtAPIError(
            f"st.map size={size!r} must be a column name or a radius in metres (a number >= 0), "
            f"e.g. size=50."
        )
    return float(size)


def _cells_as_objects(data: Any, color: Any) -> Any:
    """A dict's colour column of tuples as one object per row (numpy would make it 2-D)."""
    if isinstance(data, Mapping) and isinstance(color, str) and color in data:
        values = list(data[color])
        cells = np.empty(len(values), dtype=object)
        cells[:] = [tuple(v) if isinstance(v, (list, tuple)) else v for v in values]
        return {**data, color: cells}
    return data


def read_map(data: Any, latitude: str | None = None, longitude: str | None = None,
             color: Any = None, size: Any = None, zoom: int | None = None) -> MapData:
    """``st.map``'s arguments as a MapData; a clear error naming what does not fit."""
    if zoom is not None and (isinstance(zoom, bool) or not isinstance(zoom, (int, float))
                             or not 0 <= zoom <= 24):
        raise RerunQtAPIError(
            f"st.map zoom={zoom!r} must be a number from 0 (the whole world) to 24, or None "
            f"to fit the points (OpenStreetMap's zoom levels)."
        )
    columns = read_columns(_cells_as_objects(data, color))
    if not columns.arrays or not len(next(iter(columns.arrays.values()))):
        empty = np.zeros(0)
        return MapData(empty, empty, _colors(columns, color) if color is not None else DEFAULT_COLOR,
                       DEFAULT_SIZE, 0 if zoom is None else int(zoom), (0.0, 0.0), (None, None), data)
    lat_name = _coordinate(columns, "latitude", latitude, LATITUDE_NAMES)
    lon_name = _coordinate(columns, "longitude", longitude, LONGITUDE_NAMES)
    lat = _numbers("latitude", lat_name, columns.arrays[lat_name])
    lon = _numbers("longitude", lon_name, columns.arrays[lon_name])
    center = ((float(lat.max()) + float(lat.min())) / 2, (float(lon.max()) + float(lon.min())) / 2)
    span = max(float(np.ptp(lat)), float(np.ptp(lon)))
    fit = zoom is None and span > 0
    if zoom is None:
        zoom = zoom_for_span(span)
    return MapData(lat, lon, _colors(columns, color), _sizes(columns, size), int(zoom), center,
                   (lat_name, lon_name), data, fit)


__all__ = ["MapData", "latitude_of", "mercator_y", "parse_color", "read_map", "span_at_zoom"]
