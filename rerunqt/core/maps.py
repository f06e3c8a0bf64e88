"""st.map: points on longitude / latitude axes, drawn natively (no web map, no tiles).

Streamlit draws st.map with deck.gl over Carto's map tiles, fetched from the web.
rerunqt draws the same points on a Web Mercator plot with a graticule and says in the
chart that there is no base map offline, rather than pretending there is one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rerunqt.core import context
from rerunqt.core.charts import chart_width, check_size
from rerunqt.core.text import _handle
from rerunqt.errors import RerunQtAPIError

if TYPE_CHECKING:
    from rerunqt.core.handles import ElementHandle

MAP_HEIGHT = 500  # pixels, Streamlit's default map height


def map(data: Any = None, *, latitude: str | None = None, longitude: str | None = None,
        color: Any = None, size: str | float | None = None, zoom: int | None = None,
        width: int | str = "stretch", height: int | str = 500,
        use_container_width: bool | None = None, alt: str | None = None) -> ElementHandle:
    """A map of points: ``latitude``/``longitude`` columns (found by name when not given),
    ``color`` and ``size`` (a radius in metres) a column or one value, ``zoom`` the first
    view (fitted to the points when None). Pan with the mouse, zoom with the wheel."""
    from rerunqt.core.map_data import read_map  # numpy loads with the first map

    check_size("map", "width", width, ("stretch",))
    shown_height = check_size("map", "height", height, ("stretch",))
    if alt is not None and not isinstance(alt, str):
        raise RerunQtAPIError(f"st.map alt={alt!r} must be a string or None.")
    points = read_map(data, latitude, longitude, color, size, zoom)
    ctx = context.current()
    ctx.add_static("map", (
        ("data", points),
        ("width", chart_width("map", width, use_container_width)),
        ("height", MAP_HEIGHT if shown_height == "stretch" else shown_height),
        ("alt", alt),
    ))
    return _handle(ctx)
