"""st.pydeck_chart: a pydeck / deck.gl map drawn natively in 2D (no browser, no tiles).

The deck's JSON is read once (core/deck_data.py) into flat shapes on st.map's Web
Mercator plane; what cannot be drawn is named in a note in the chart, never an error
that stops the script. pydeck itself is optional: a deck given as a dict or JSON text
needs none. With ``on_select`` a click on a pickable layer's object selects it and the
call returns Streamlit's selection state ``{"selection": {"indices": ..., "objects": ...}}``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from rerunqt.core.charts import check_size
from rerunqt.core.kinds import KINDS
from rerunqt.core.selection import SelectionState, check_on_select
from rerunqt.errors import (
    RerunQtAPIError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)

if TYPE_CHECKING:
    from rerunqt.core.deck_data import DeckData

MODES = ("single-object", "multi-object")
PYDECK_CHART = KINDS["pydeck_chart"]
DEFAULT_HEIGHT = 500  # pixels, Streamlit's
UiPicks = tuple[tuple[int, int], ...]  # (layer position, object index), sorted


def selection_from_ui(ui: UiPicks, deck: DeckData) -> SelectionState:
    """Streamlit's PydeckState: the picked objects' indices and rows by layer id."""
    indices: dict[str, list[int]] = {}
    objects: dict[str, list[Any]] = {}
    for position, index in ui:
        layer = deck.layers[position]
        indices.setdefault(layer.id, []).append(index)
        objects.setdefault(layer.id, []).append(layer.objects[index])
    return SelectionState(selection=SelectionState(indices=indices, objects=objects))


def empty_selection() -> SelectionState:
    return SelectionState(selection=SelectionState(indices={}, objects={}))


def selection_to_ui(state: Any, deck: DeckData) -> UiPicks:
    """A stored selection fitted to this deck: only objects that exist in it."""
    inner = state.get("selection", state) if isinstance(state, Mapping) else None
    indices = inner.get("indices") if isinstance(inner, Mapping) else None
    if not isinstance(indices, Mapping):
        return ()
    where = {layer.id: i for i, layer in enumerate(deck.layers)}
    chosen = set()
    for layer_id, picked in indices.items():
        position = where.get(str(layer_id))
        if position is None or not isinstance(picked, (list, tuple)):
            continue
        size = len(deck.layers[position].objects)
        chosen |= {(position, i) for i in picked if isinstance(i, int) and 0 <= i < size}
    return tuple(sorted(chosen))


_FIELD = re.compile(r"\{([^{}]+)\}")


def _lookup(obj: Any, name: str) -> Any:
    """A tooltip field: the object's own, a GeoJSON feature's property, or a dotted path."""
    if isinstance(obj, Mapping):
        if name in obj:
            return obj[name]
        properties = obj.get("properties")
        if isinstance(properties, Mapping) and name in properties:
            return properties[name]
    value = obj
    for part in name.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _shown(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # as JavaScript writes a whole number
    return str(value)


def tooltip_text(tooltip: Any, obj: Any) -> tuple[str, bool] | None:
    """The deck's tooltip for one object: (text, is HTML), its ``{field}``s filled in."""
    if not isinstance(tooltip, Mapping) or obj is None:
        return None
    html, text = tooltip.get("html"), tooltip.get("text")
    template = html if isinstance(html, str) else text if isinstance(text, str) else None
    if template is None:
        return None

    def fill(match: re.Match[str]) -> str:
        value = _lookup(obj, match.group(1).strip())
        return match.group(0) if value is None else _shown(value)

    return _FIELD.sub(fill, template), isinstance(html, str)


def _check(selection_mode: Any, on_select: Any, key: Any, alt: Any) -> str | None:
    check_on_select(on_select)
    if key is not None and not isinstance(key, (str, int)):
        raise RerunQtAPIError(f"st.pydeck_chart key={key!r} must be a string, an int or None.")
    if alt is not None and not isinstance(alt, str):
        raise RerunQtAPIError(f"st.pydeck_chart alt={alt!r} must be a string or None.")
    if on_select != "ignore":
        if not isinstance(selection_mode, str):
            raise StreamlitInvalidParameterTypeError(
                f"Invalid `selection_mode` type. Expected one of: str. Provided type: "
                f"{type(selection_mode).__name__}. Selection mode must be a single value.")
        if selection_mode not in MODES:
            raise StreamlitValueError("selection_mode", [f"'{mode}'" for mode in sorted(MODES)])
    return alt.strip() or None if isinstance(alt, str) else None


def pydeck_chart(pydeck_obj: Any = None, *, width: int | str = "stretch",
                 use_container_width: bool | None = None, height: int | str = DEFAULT_HEIGHT,
                 selection_mode: str = "single-object",
                 on_select: str | Callable[..., Any] = "ignore", key: str | int | None = None,
                 alt: str | None = None) -> Any:
    """A pydeck ``Deck`` (or its JSON as a dict or text) as a flat map in the window.

    Drawn from the deck's ``initialViewState`` (latitude, longitude, zoom; pitch and bearing
    are not): ScatterplotLayer, IconLayer (dots), ColumnLayer (discs), TextLayer,
    ArcLayer / LineLayer (straight lines), PathLayer, PolygonLayer, GeoJsonLayer, and
    HexagonLayer / GridLayer / ScreenGridLayer / HeatmapLayer as coloured bins (no
    elevation). There are no map tiles offline. The deck's ``tooltip`` shows on hover over
    a pickable layer; with ``on_select`` a click selects its objects (Shift / Ctrl adds
    in "multi-object" mode) and the call returns Streamlit's selection state.
    """
    from rerunqt.core.deck_data import DeckData  # numpy and the readers load on first use

    shown_alt = _check(selection_mode, on_select, key, alt)
    if use_container_width:
        width = "stretch"
    shown_width = check_size("pydeck_chart", "width", width, ("stretch",))
    shown_height = check_size("pydeck_chart", "height", height, ("stretch",))
    deck = DeckData(pydeck_obj)
    props = (
        ("deck", deck),
        ("width", shown_width),
        ("height", DEFAULT_HEIGHT if shown_height == "stretch" else shown_height),
        ("alt", shown_alt),
    )
    if on_select == "ignore":
        from rerunqt.core.chart_pick import static_chart

        return static_chart("pydeck_chart", props, key, "")
    return _selectable(deck, props, key, selection_mode, on_select)


def _selectable(deck: DeckData, props: tuple[tuple[str, Any], ...], key: str | int | None,
                mode: str, on_select: Any) -> Any:
    """The chart as a widget whose value is the selection (objects picked by clicking)."""
    from rerunqt.core.chart_pick import selectable_chart

    return selectable_chart(PYDECK_CHART, deck, props, key, mode, on_select,
                            empty_selection, selection_from_ui, selection_to_ui)


__all__ = ["empty_selection", "pydeck_chart", "selection_from_ui", "selection_to_ui", "tooltip_text"]
