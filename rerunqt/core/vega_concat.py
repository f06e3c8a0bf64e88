"""Vega-Lite's composed views (``vconcat``, ``hconcat``, ``concat``; Altair's ``a & b`` and
``a | b``) as a tree of plots, each view built on its own.

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


class Views:
    """Views side by side ("h") or one under the other ("v"); children are plots or Views."""

    __slots__ = ("children", "direction")

    def __init__(self, direction: str, children: tuple[VegaPlot | Views, ...]) -> None:
        self.direction = direction
        self.children = children

    def leaves(self) -> list[VegaPlot]:
        found: list[VegaPlot] = []
        for child in self.children:
            found.extend(child.leaves() if isinstance(child, Views) else [child])
        return found

    def height(self) -> int:
        """The pixels the views take: a view's own height, else Vega-Lite's default."""
        sizes = [child.height() if isinstance(child, Views) else
                 (child.height if child.height is not None else VIEW_HEIGHT) for child in self.children]
        if self.direction == "v":
            return sum(sizes) + SPACING * (len(sizes) - 1)
        return max(sizes, default=VIEW_HEIGHT)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Views) and (self.direction, self.children) == (
            other.direction, other.children)

    def __hash__(self) -> int:
        return hash((self.direction, self.children))

    def __repr__(self) -> str:
        return f"Views({self.direction!r}, {len(self.children)} views)"


def composed(spec: dict[str, Any], build: Callable[[dict[str, Any]], VegaPlot]) -> Views | None:
    """The views of a composed spec, each built by ``build``; None for a single view."""
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
            nested = composed(merged, build)
            children.append(nested if nested is not None else build(merged))
        return Views(direction, tuple(children)) if children else None
    return None


__all__ = ["SPACING", "VIEW_HEIGHT", "Views", "composed"]
