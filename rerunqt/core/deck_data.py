"""st.pydeck_chart's deck read once (Qt-free): its JSON, first view, layers as 2D shapes.

Streamlit sends ``deck.to_json()`` to deck.gl in the browser. rerunqt reads the same JSON
(a pydeck Deck, or the deck as a dict or JSON text, which needs no pydeck) and turns each
layer into flat shapes on st.map's Web Mercator plane. What cannot be drawn (an unknown
layer type, an expression too complex, data behind a URL) becomes a short note shown in
the chart; a deck never stops the script. Tiles, pitch, bearing and elevation are not drawn.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Mapping
from typing import Any

import numpy as np

from rerunqt.core.deck_expr import Unsupported
from rerunqt.core.deck_layers import Circles, DeckLayer, Layer, Lines, Shapes, Texts, View, read_parts
from rerunqt.core.map_data import latitude_of, zoom_for_span
from rerunqt.errors import RerunQtAPIError

EMPTY_MAP = {"initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}}
# pydeck gives a layer without an id a random one: equal decks differ only there
_RANDOM_ID = re.compile(r'"id": ?"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"')
_CAMEL = re.compile(r"_([a-z0-9])")
PIXEL_CELLS = ("ScreenGridLayer", "HeatmapLayer")  # their cells depend on the first zoom


def _camel(name: str) -> str:
    return _CAMEL.sub(lambda m: m.group(1).upper(), name) if "_" in name.strip("_") else name


def _plain(value: Any) -> Any:
    """What json.dumps cannot write: DataFrames as rows, numpy values as Python ones."""
    if hasattr(value, "to_dict") and hasattr(value, "columns"):
        return value.to_dict(orient="records")
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    return str(value)


def _pydeck_tooltip(deck: Any) -> Any:
    """The Deck's tooltip as Streamlit reads it (a dict; pydeck's default True is none)."""
    widget = getattr(deck, "deck_widget", None)
    if widget is not None and isinstance(getattr(widget, "tooltip", None), dict):
        return widget.tooltip
    tooltip = getattr(deck, "_tooltip", None)
    return tooltip if isinstance(tooltip, dict) else None


def _pydeck_json(deck: Any) -> str:
    try:
        return str(deck.to_json())
    except (TypeError, AttributeError):  # pandas 3 and older pydeck: Streamlit's workaround
        import weakref

        for layer in getattr(deck, "layers", None) or []:
            data = getattr(layer, "data", None)
            data = data() if isinstance(data, weakref.ref) else data
            if data is not None and hasattr(data, "to_dict") and hasattr(data, "columns"):
                layer.data = data.to_dict(orient="records")
        return str(deck.to_json())


def read_spec(deck: Any) -> tuple[dict[str, Any], Any, str]:
    """(the deck's JSON as a dict with camelCase keys, its tooltip, the JSON text) from any
    accepted form."""
    tooltip = None
    if deck is None:
        text = json.dumps(EMPTY_MAP)
    elif hasattr(deck, "to_json") and not isinstance(deck, Mapping):
        text, tooltip = _pydeck_json(deck), _pydeck_tooltip(deck)
    elif isinstance(deck, str):
        text = deck
    elif isinstance(deck, Mapping):
        text = json.dumps(deck, default=_plain)
    else:
        raise RerunQtAPIError(
            f"st.pydeck_chart takes a pydeck.Deck, the deck as a dict or as JSON text, or None; "
            f"got {type(deck).__name__}."
        )
    try:
        spec: Any = json.loads(text)
    except ValueError as exc:
        raise RerunQtAPIError(f"st.pydeck_chart got text that is not a deck's JSON: {exc}.") from None
    if not isinstance(spec, dict):
        raise RerunQtAPIError("st.pydeck_chart: the deck's JSON must be an object ({...}).")
    spec = {_camel(k): v for k, v in spec.items()}
    if tooltip is None and isinstance(spec.get("tooltip"), (dict, str)):
        tooltip = spec["tooltip"] if isinstance(spec["tooltip"], dict) else {"text": spec["tooltip"]}
    layers = spec.get("layers") or []
    spec["layers"] = [{("@@type" if k == "type" else _camel(k)): v for k, v in layer.items()}
                      for layer in (layers if isinstance(layers, list) else [layers])
                      if isinstance(layer, dict)]
    return spec, tooltip, text


def _rows(data: Any, kind: str) -> list[Any]:
    if kind == "GeoJsonLayer":
        from rerunqt.core.deck_geojson import features

        return features(data)
    if isinstance(data, list):
        return data
    if isinstance(data, Mapping) and data and all(isinstance(v, list) for v in data.values()):
        names = list(data)  # columns {"lat": [...], "lon": [...]}: one row per position
        return [dict(zip(names, values)) for values in zip(*data.values())]
    if isinstance(data, Mapping) and "features" in data:
        from rerunqt.core.deck_geojson import features

        return features(data)
    return []


def _view(spec: Mapping[str, Any]) -> tuple[View, bool]:
    state = spec.get("initialViewState")
    if isinstance(state, Mapping) and len(state) == 1 and isinstance(next(iter(state.values())), Mapping):
        state = next(iter(state.values()))  # {"view-id": {...}}: one view's state
    if not isinstance(state, Mapping):
        return View(0.0, 0.0, 1.0), True
    def number(name: str, default: float) -> float:
        value = state.get(name)
        return float(value) if isinstance(value, (int, float)) else default

    return View(number("latitude", 0.0), number("longitude", 0.0), number("zoom", 1.0)), False


class DeckData:
    """What st.pydeck_chart shows; two are equal when their JSON is (pydeck's random ids aside)."""

    __slots__ = ("_key", "fit", "flattened", "layers", "notes", "source", "spec", "tooltip", "view")

    def __init__(self, deck: Any) -> None:
        self.source = deck
        self.spec, self.tooltip, text = read_spec(deck)
        self.view, self.fit = _view(self.spec)
        self.layers, self.notes = self._read_layers()
        if self.fit:
            self._fit_view()
        state = self.spec.get("initialViewState")
        pitched = isinstance(state, Mapping) and bool(state.get("pitch") or state.get("bearing"))
        self.flattened = pitched or any(layer.get("extruded") for layer in self.spec["layers"])
        text = _RANDOM_ID.sub("", text) + json.dumps(self.tooltip, sort_keys=True)
        self._key = (zlib.crc32(text.encode()), len(text))

    def _read_layers(self) -> tuple[list[DeckLayer], tuple[str, ...]]:
        layers, notes = [], []
        for position, spec in enumerate(self.spec["layers"]):
            kind = str(spec.get("@@type", "?"))
            layer_id = str(spec.get("id", f"layer-{position}"))
            if spec.get("visible", True) is False:
                layers.append(DeckLayer(layer_id, kind, False, []))
                continue
            data = spec.get("data")
            rows = _rows(data, kind)
            drawn = DeckLayer(layer_id, kind, bool(spec.get("pickable", False)), rows)
            layers.append(drawn)
            if isinstance(data, str):
                notes.append(f"{kind} not drawn: its data is a URL (not loaded offline)")
                continue
            try:
                if kind == "GeoJsonLayer":
                    from rerunqt.core.deck_geojson import geojson

                    drawn.parts = geojson(Layer(spec, rows, self.view))
                else:
                    drawn.parts, objects = read_parts(kind, Layer(spec, rows, self.view))
                    if objects is not None:
                        drawn.objects = objects
            except Unsupported as exc:
                notes.append(f"{kind} not drawn" + (f": {exc}" if str(exc) else ""))
            except (TypeError, ValueError, IndexError, KeyError) as exc:  # odd data: say so, go on
                notes.append(f"{kind} not drawn: {type(exc).__name__}: {exc}")
        return layers, tuple(dict.fromkeys(notes))

    def _fit_view(self) -> None:
        """No initialViewState: frame every shape (pixel-sized cells are read again for it)."""
        box = self.bounds()
        if box is None:
            return
        x0, x1, y0, y1 = box
        span = max(x1 - x0, y1 - y0)
        centre = float(latitude_of((y0 + y1) / 2))
        self.view = View(centre, (x0 + x1) / 2, float(zoom_for_span(span)))
        if any(layer.type in PIXEL_CELLS for layer in self.layers):
            self.layers, self.notes = self._read_layers()

    def bounds(self) -> tuple[float, float, float, float] | None:
        """(x0, x1, y0, y1) of every shape in map units, or None when nothing is drawn."""
        xs: list[np.ndarray] = []
        ys: list[np.ndarray] = []
        for layer in self.layers:
            for part in layer.parts:
                if isinstance(part, (Circles, Texts)):
                    xs.append(part.x)
                    ys.append(part.y)
                elif isinstance(part, Lines):
                    xs += [p[:, 0] for p in part.paths]
                    ys += [p[:, 1] for p in part.paths]
                elif isinstance(part, Shapes):
                    xs += [r[:, 0] for rings in part.rings for r in rings]
                    ys += [r[:, 1] for rings in part.rings for r in rings]
        x = np.concatenate(xs) if xs else np.zeros(0)
        y = np.concatenate(ys) if ys else np.zeros(0)
        if not len(x):
            return None
        return float(x.min()), float(x.max()), float(y.min()), float(y.max())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DeckData):
            return NotImplemented
        return self is other or self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __repr__(self) -> str:
        return f"DeckData({[layer.type for layer in self.layers]}, zoom={self.view.zoom})"


__all__ = ["EMPTY_MAP", "DeckData", "read_spec"]
