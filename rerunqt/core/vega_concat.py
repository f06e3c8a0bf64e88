"""Vega-Lite's composed views (``vconcat``, ``hconcat``, ``concat``; Altair's ``a & b`` and
``a | b``) and facets (``.facet(column=...)``, ``encode(row=...)``) as a tree of plots, each
view built on its own (a facet's panel filtered to its value).

It exists so a composed chart shows every view, stacked or side by side as Vega-Lite lays
them out, instead of only the first one with a note. A view inherits the composition's
data, datasets, transforms and config; a view that is itself composed is a subtree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rerunqt.core.vega_plot import VegaPlot

_COMPOSED = {"vconcat": "v", "hconcat": "h", "concat": "h"}
_SHARED = ("data", "datasets", "config", "transform", "$schema")
VIEW_HEIGHT = 300  # Vega-Lite's config.view.continuousHeight
SPACING = 20  # Vega-Lite's concat spacing, pixels
TITLE_HEIGHT = 28  # a composition's title line (Streamlit's 16 px bold) and its gap
AXIS_ROOM = 44  # below a view's data area: the x axis' labels and title, and their padding
STEP = 20  # Vega-Lite's config.view.step: a discrete axis' pixels per category


def data_height(plot: VegaPlot) -> int | None:
    """A view's data area height: its own ``height``, else, for categories on y (a
    horizontal bar chart, a text table), Vega-Lite's step per category; None: the default."""
    if plot.height is not None:
        return plot.height
    if plot.y.kind == "category" and plot.y.labels and not plot.polar:
        return STEP * len(plot.y.labels)
    return None


class Views:
    """Views side by side ("h") or one under the other ("v"); children are plots or Views.
    ``title`` is the composition's own (``alt.vconcat(..., title=...)``), above them all."""

    __slots__ = ("children", "direction", "title")

    def __init__(self, direction: str, children: tuple[VegaPlot | Views, ...],
                 title: str = "") -> None:
        self.direction = direction
        self.children = children
        self.title = title

    def leaves(self) -> list[VegaPlot]:
        found: list[VegaPlot] = []
        for child in self.children:
            found.extend(child.leaves() if isinstance(child, Views) else [child])
        return found

    def height(self) -> int:
        """The pixels the views take: a view's own height, else Vega-Lite's default."""
        sizes = [child.height() if isinstance(child, Views) else
                 (data_height(child) or VIEW_HEIGHT) for child in self.children]
        above = TITLE_HEIGHT if self.title else 0
        if self.direction == "v":
            return above + sum(sizes) + SPACING * (len(sizes) - 1)
        return above + max(sizes, default=VIEW_HEIGHT)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Views) and (self.direction, self.children, self.title) == (
            other.direction, other.children, other.title)

    def __hash__(self) -> int:
        return hash((self.direction, self.children, self.title))

    def __repr__(self) -> str:
        return f"Views({self.direction!r}, {len(self.children)} views)"


def composed(spec: dict[str, Any], build: Callable[[dict[str, Any]], VegaPlot],
             rows: Callable[[dict[str, Any]], list[Any]] | None = None) -> Views | None:
    """The views of a composed or faceted spec, each built by ``build``; None for a single
    view. ``rows`` reads a spec's data rows (the facet's values come from them)."""
    faceted = _facet_form(spec)
    if faceted is not None and rows is not None:
        return _facets(*faceted, build, rows)
    if isinstance(spec.get("spec"), dict) and isinstance(spec.get("repeat"), (dict, list)):
        spec = repeated(spec)
    for name, direction in _COMPOSED.items():
        views = spec.get(name)
        if not isinstance(views, list):
            continue
        shared = {key: spec[key] for key in _SHARED if key in spec}
        children: list[VegaPlot | Views] = []
        for view in views:
            if not isinstance(view, dict):
                continue
            merged = {**shared, **view}
            if "config" in shared and "config" in view:
                merged["config"] = {**shared["config"], **view["config"]}
            if "transform" in shared and "transform" in view:  # the composition's first
                merged["transform"] = [*shared["transform"], *view["transform"]]
            nested = composed(merged, build, rows)
            children.append(nested if nested is not None else build(merged))
        return Views(direction, tuple(children), title_text(spec.get("title"))) if children else None
    return None


def repeated(spec: dict[str, Any]) -> dict[str, Any]:
    """A ``repeat`` spec (Altair's ``.repeat(column=[...])``) as the concatenation it
    stands for: one copy of the inner spec per field, ``{"repeat": "column"}`` replaced
    by that field; rows of columns for both ``row`` and ``column``, wrapped at
    ``columns`` for a plain list."""
    given, inner = spec["repeat"], spec["spec"]
    outer = {k: v for k, v in spec.items() if k not in ("repeat", "spec", "columns")}

    def copy(picks: dict[str, Any]) -> dict[str, Any]:
        return _substituted(inner, picks)

    if isinstance(given, list):
        width = int(spec.get("columns") or len(given) or 1)
        cells = [copy({"repeat": field}) for field in given]
        lines = [{"hconcat": cells[i:i + width]} for i in range(0, len(cells), width)]
        return {**outer, **(lines[0] if len(lines) == 1 else {"vconcat": lines})}
    row_fields, column_fields = given.get("row") or [None], given.get("column") or [None]
    lines = [{"hconcat": [copy({"row": r, "column": c}) for c in column_fields]} for r in row_fields]
    return {**outer, **(lines[0] if len(lines) == 1 else {"vconcat": lines})}


def _substituted(value: Any, picks: dict[str, Any]) -> Any:
    if isinstance(value, dict):
        if set(value) == {"repeat"} and value["repeat"] in picks:
            return picks[value["repeat"]]
        return {k: _substituted(v, picks) for k, v in value.items()}
    if isinstance(value, list):
        return [_substituted(v, picks) for v in value]
    return value


def share_legends(views: Views, spec: dict[str, Any]) -> Views:
    """Vega-Lite shares a composed chart's colour legend (``resolve.legend.color`` is
    "shared" by default): when every view's legend reads the same, it shows once, beside
    the top-right view, not once per view. Legends that differ (a facet's panels, each
    with its own categories) stay with their views."""
    resolve = spec.get("resolve")
    legend = resolve.get("legend") if isinstance(resolve, dict) else None
    if isinstance(legend, dict) and legend.get("color") == "independent":
        return views
    keyed = [leaf for leaf in views.leaves() if leaf.legend is not None]
    if len(keyed) < 2 or len({(leaf.legend, leaf.legend_entries()) for leaf in keyed}) != 1:
        return views
    keep = _top_right(views)
    if keep.legend is None:
        keep = keyed[-1]
    return _mapped(views, lambda leaf: leaf if leaf is keep or leaf.legend is None
                   else leaf.without_legend())


def _top_right(node: VegaPlot | Views) -> VegaPlot:
    while isinstance(node, Views):
        node = node.children[-1] if node.direction == "h" else node.children[0]
    return node


def _mapped(node: Views, change: Callable[[VegaPlot], VegaPlot]) -> Views:
    return Views(node.direction, tuple(_mapped(child, change) if isinstance(child, Views)
                                       else change(child) for child in node.children), node.title)


def title_text(value: Any) -> str:
    """A Vega-Lite title (a string, lines, or ``{"text": ...}``) as one line of text."""
    if isinstance(value, dict):
        value = value.get("text", "")
    if isinstance(value, list):
        value = " ".join(map(str, value))
    return "" if value is None else str(value)


def _facet_form(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]] | None:
    """(the spec, its facet channels, the panel spec) of ``facet`` + ``spec``, or of a unit
    spec whose ``row`` / ``column`` / ``facet`` encodings facet it (``encode(column=...)``)."""
    facet, inner = spec.get("facet"), spec.get("spec")
    if isinstance(facet, dict) and isinstance(inner, dict):
        channels = {k: facet[k] for k in ("row", "column") if isinstance(facet.get(k), dict)}
        return spec, channels or {"wrap": facet}, inner
    encoding = spec.get("encoding")
    if isinstance(encoding, dict) and "mark" in spec:
        channels = {k: encoding[k] for k in ("row", "column") if isinstance(encoding.get(k), dict)}
        if isinstance(encoding.get("facet"), dict):
            channels["wrap"] = encoding["facet"]
        if channels:
            panel = {k: v for k, v in spec.items() if k not in ("data", "datasets", "transform")}
            panel["encoding"] = {k: v for k, v in encoding.items() if k not in ("row", "column", "facet")}
            return spec, channels, panel
    return None


def _order(value: Any) -> tuple[bool, bool, Any]:
    """Numbers in order, then texts (and anything else) by their text, a missing value last."""
    number = isinstance(value, (int, float))
    return value is None, not number, value if number else str(value)


def _facets(spec: dict[str, Any], channels: dict[str, Any], inner: dict[str, Any],
            build: Callable[[dict[str, Any]], VegaPlot],
            rows: Callable[[dict[str, Any]], list[Any]]) -> Views | None:
    """A panel per value of the row / column field (a grid for both; ``columns`` per row
    when wrapped), each the panel spec filtered to its value and titled with it."""
    data = rows(spec)
    fields = {name: str(c.get("field")) for name, c in channels.items() if c.get("field")}
    if not fields:
        return None
    values = {name: sorted({r.get(f) for r in data if isinstance(r, dict)}, key=_order)
              for name, f in fields.items()}
    base = {k: spec[k] for k in _SHARED if k in spec}
    base["transform"] = list(spec.get("transform") or [])

    def panel(picks: list[tuple[str, Any]]) -> VegaPlot:
        view = {**base, **{k: v for k, v in inner.items() if k not in _SHARED}}
        filters = [{"filter": {"field": fields[name], "equal": value}} for name, value in picks]
        view["transform"] = [*base["transform"], *filters, *(inner.get("transform") or [])]
        view["title"] = " · ".join(str(value) for _, value in picks)
        return build(view)

    if "wrap" in fields:
        cells: list[VegaPlot | Views] = [panel([("wrap", v)]) for v in values["wrap"]]
        width = int(channels["wrap"].get("columns") or spec.get("columns") or len(cells) or 1)
        lines = [Views("h", tuple(cells[i:i + width])) for i in range(0, len(cells), width)]
        return Views("v", tuple(lines), title_text(spec.get("title"))) if lines else None
    row_values = values.get("row", [None])
    column_values = values.get("column", [None])
    grid = []
    for r in row_values:
        picks = [("row", r)] if "row" in fields else []
        line = [panel(picks + ([("column", c)] if "column" in fields else [])) for c in column_values]
        grid.append(Views("h", tuple(line)))
    return Views("v", tuple(grid), title_text(spec.get("title"))) if grid else None


__all__ = ["SPACING", "STEP", "TITLE_HEIGHT", "VIEW_HEIGHT", "Views", "composed", "data_height",
           "repeated", "share_legends", "title_text"]
