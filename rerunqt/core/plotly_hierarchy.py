"""plotly's hierarchy traces (treemap, icicle, sunburst) read into a tree (Qt-free).

The tree is built from ``ids`` (else ``labels``) and ``parents`` as plotly.js does:
several roots hang from an implied root that is not drawn; ``branchvalues="total"``
takes a parent's value as its subtree's, ``"remainder"`` adds it to its children's
sum; without ``values`` each leaf counts 1. Default colours follow plotly.js: each
top-level branch the colorway's next colour, its descendants the same one (the drawing
fades parents towards the page, ``marker.depthfade``); ``marker.colors`` (colours, or
numbers through the colour scale) win. Where each node is drawn is in hierarchy_layout.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from rerunqt.core import plotly_values as pv
from rerunqt.core.chart_shapes import percent_text

HIERARCHY_TYPES = ("treemap", "icicle", "sunburst")


class Node:
    """One box or sector: its label, value (its size), depth, colour and where it is drawn.

    ``color`` is RGBA, or None for the palette's ``slot``-th colour (theme="streamlit"
    gives the app's); ``fade`` is how many steps the drawing fades it towards the page.
    Treemap and icicle place it at ``rect`` (pixels from the domain's top left), the
    sunburst at ``ring`` (inner and outer radius 0..1, start and end angle in degrees).
    """

    __slots__ = ("children", "color", "depth", "fade", "id", "index", "label", "opacity", "parent",
                 "rect", "ring", "slot", "text", "value")

    def __init__(self, id_: str, label: str, parent: Node | None, index: int) -> None:
        self.id = id_
        self.label = label
        self.parent = parent
        self.index = index  # its position in the trace's arrays (-1: the implied root)
        self.children: list[Node] = []
        self.value = 0.0
        self.depth = 0
        self.color: tuple[int, int, int, int] | None = None
        self.slot = 0
        self.fade = 0
        self.opacity = 1.0  # a sunburst's or icicle's leaves: plotly's leaf.opacity 0.7
        self.text = ""
        self.rect: tuple[float, float, float, float] | None = None  # x0, y0, x1, y1
        self.ring: tuple[float, float, float, float] | None = None

    @property
    def height(self) -> int:
        """Levels below this node (0 for a leaf)."""
        return 1 + max(c.height for c in self.children) if self.children else 0

    def key(self) -> tuple[Any, ...]:
        return (self.id, self.label, self.value, self.depth, self.color, self.slot, self.fade, self.opacity,
                self.text)

    def __repr__(self) -> str:
        return f"Node({self.id!r}, {self.value:g})"


class Hierarchy:
    """One hierarchy trace: its root (``implied``: made up for several roots, not drawn),
    the nodes shown (down to ``maxdepth``) and its domain in the chart."""

    def __init__(self, kind: str, root: Node, implied: bool, spec: Mapping[str, Any]) -> None:
        self.kind = kind
        self.root = root
        self.implied = implied
        domain = spec.get("domain") or {}
        xs, ys = domain.get("x") or [0, 1], domain.get("y") or [0, 1]
        self.domain = (float(xs[0]), float(xs[1]), float(ys[0]), float(ys[1]))
        self.name = str(spec.get("name") or "")
        self.title = ""
        depth = spec.get("maxdepth")
        self.maxdepth = int(depth) if isinstance(depth, (int, float)) and depth > 0 else 0
        tiling = spec.get("tiling") or {}
        self.orientation = str(tiling.get("orientation") or "h")  # icicle: "h" levels left to right
        self.squarify_ratio = float(tiling.get("squarifyratio") or 1.0)
        pad = (spec.get("marker") or {}).get("pad") or {}
        self.pad = tuple(float(pad.get(side, default)) for side, default in  # plotly: font 12 * 2
                         (("t", 24.0), ("l", 6.0), ("r", 6.0), ("b", 6.0)))
        self.tile_pad = float(tiling.get("pad", 3.0 if kind == "treemap" else 0.0))
        self.sort = spec.get("sort") is not False
        self.nodes = [n for n in walk(root) if n is not root or not implied]

    @property
    def shown(self) -> list[Node]:
        """The nodes drawn: all, or those above ``maxdepth`` levels."""
        top = 1 if self.implied else 0
        return [n for n in self.nodes if not self.maxdepth or n.depth - top < self.maxdepth]

    def node(self, label_or_id: str) -> Node:
        return next(n for n in self.nodes if label_or_id in (n.id, n.label))

    def key(self) -> tuple[Any, ...]:
        return (self.kind, self.domain, self.maxdepth, self.orientation, self.pad, self.tile_pad,
                self.implied, tuple(n.key() for n in self.nodes))


def walk(node: Node) -> list[Node]:
    out = [node]
    for child in node.children:
        out += walk(child)
    return out


def _texts(values: Any, count: int) -> list[str]:
    found = pv.array(values)
    shown = [] if found is None else ["" if v is None else str(v) for v in found.tolist()]
    return (shown + [""] * count)[:count]


def _count(spec: Mapping[str, Any]) -> int:
    labels = pv.array(spec.get("labels"))
    return 0 if labels is None else len(labels)


def _build(spec: Mapping[str, Any]) -> tuple[Node, bool]:
    """The tree; several roots (or none found) hang from an implied root."""
    labels = _texts(spec.get("labels"), _count(spec))
    count = len(labels)
    ids = _texts(spec.get("ids"), count) if spec.get("ids") is not None else labels
    parents = _texts(spec.get("parents"), count)
    nodes = [Node(ids[i] or labels[i], labels[i], None, i) for i in range(count)]
    by_id: dict[str, Node] = {}
    for node in nodes:
        by_id.setdefault(node.id, node)  # plotly.js drops a repeated id
    roots = [n for n in nodes if by_id.get(n.id) is n and parents[n.index] not in by_id]
    implied = len(roots) != 1
    root = Node("", "", None, -1) if implied else roots[0]
    for node in nodes:
        if by_id.get(node.id) is not node or node is root:
            continue
        parent = by_id.get(parents[node.index])
        node.parent = parent if parent is not None and parent is not node else root
        if node.parent is root and not implied and node in roots:
            continue
        node.parent.children.append(node)

    def depth(node: Node, level: int) -> None:
        node.depth = level
        for child in node.children:
            depth(child, level + 1)

    depth(root, 0)
    return root, implied


def _sum_values(root: Node, spec: Mapping[str, Any]) -> None:
    given = pv.array(spec.get("values"))
    numbers = [] if given is None else [float(v) if _number(v) else 0.0 for v in given.tolist()]
    total = spec.get("branchvalues") == "total"
    count = str(spec.get("count") or "leaves")

    def own(node: Node) -> float:
        if given is None:
            leaf = not node.children
            return 1.0 if ("leaves" in count and leaf) or ("branches" in count and not leaf) else 0.0
        return numbers[node.index] if 0 <= node.index < len(numbers) else 0.0

    def size(node: Node) -> float:
        below = sum(size(c) for c in node.children)
        mine = own(node)
        node.value = mine if total and given is not None and node.index >= 0 else mine + below
        return node.value

    size(root)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float, np.number)) and not isinstance(value, bool) \
        and bool(np.isfinite(value)) and bool(value >= 0)


def _colour(tree: Hierarchy, spec: Mapping[str, Any], layout: Mapping[str, Any], streamlit: bool) -> None:
    marker = spec.get("marker") or {}
    given = pv.array(marker.get("colors"))
    numbers: np.ndarray | None = None
    named: list[Any] = []
    if given is not None and given.dtype.kind in "fiu":
        axis = layout.get("coloraxis") or {} if marker.get("coloraxis") else {}
        scale = pv.colorscale(marker.get("colorscale") or axis.get("colorscale"))
        if marker.get("reversescale"):
            scale = tuple((1 - s, c) for s, c in reversed(scale))
        low, high = marker.get("cmin", axis.get("cmin")), marker.get("cmax", axis.get("cmax"))
        numbers = pv.map_colors(given.astype(np.float64), scale, low, high)
    elif given is not None:
        named = [pv.color(c) for c in given.tolist()]
    way = [str(c).lower() for c in layout.get(f"{tree.kind}colorway") or layout.get("colorway") or ()]
    custom = bool(way) and tuple(way[:len(pv.PLOTLY_COLORWAY)]) != pv.PLOTLY_COLORWAY
    slots = 0
    depthfade = marker.get("depthfade", given is None or not len(given))
    for node in walk(tree.root):
        i = node.index
        explicit: Any = None
        if numbers is not None and 0 <= i < len(numbers):
            explicit = tuple(int(c) for c in numbers[i].tolist())
        elif 0 <= i < len(named) and isinstance(named[i], tuple):
            explicit = named[i]
        if explicit is not None:
            node.color = explicit
        elif node is tree.root:
            node.color = (0, 0, 0, 0)  # plotly's root.color: the page shows through
        elif node.parent is tree.root:
            node.slot = slots
            slots += 1
            if custom:
                node.color = pv.color(way[node.slot % len(way)])  # type: ignore[assignment]
            elif not streamlit:
                node.color = pv.color(pv.PLOTLY_COLORWAY[node.slot % 10])  # type: ignore[assignment]
        elif node.parent is not None:
            node.color, node.slot = node.parent.color, node.parent.slot
        if depthfade and tree.kind == "treemap" and node.children and numbers is None:
            node.fade = node.height + 1 if depthfade is True else 0
        if tree.kind != "treemap" and not node.children:
            leaf = spec.get("leaf") or {}
            node.opacity = float(leaf.get("opacity", 1.0 if numbers is not None else 0.7))


def _label_texts(tree: Hierarchy, spec: Mapping[str, Any]) -> None:
    info = str(spec.get("textinfo") or "label+text")
    texts = _texts(spec.get("text"), _count(spec))
    root = tree.root if not tree.implied else None
    for node in tree.nodes:
        parts = []
        for part in info.split("+"):
            if part == "label":
                parts.append(node.label)
            elif part == "text" and 0 <= node.index < len(texts) and texts[node.index]:
                parts.append(texts[node.index])
            elif part == "value":
                parts.append(f"{node.value:g}")
            elif part == "percent parent" and node.parent is not None and node.parent.value:
                parts.append(percent_text(node.value / node.parent.value))
            elif part in ("percent root", "percent entry") and root is not None and root.value:
                parts.append(percent_text(node.value / root.value))
            elif part in ("percent root", "percent entry") and tree.root.value:
                parts.append(percent_text(node.value / tree.root.value))
            elif part == "current path":
                parts.append(path_of(node))
        node.text = "" if info == "none" else "\n".join(p for p in parts if p)


def path_of(node: Node) -> str:
    """plotly's "current path": the labels above the node ("all/Sun/")."""
    names = []
    up = node.parent
    while up is not None and up.index >= 0:
        names.append(up.label)
        up = up.parent
    return "/".join(reversed(names)) + "/" if names else "/"


def read_hierarchy(spec: Mapping[str, Any], layout: Mapping[str, Any], streamlit: bool) -> Hierarchy:
    """A treemap, icicle or sunburst trace as a ``Hierarchy`` (sunburst angles set here)."""
    from rerunqt.core.hierarchy_layout import sunburst_rings

    kind = str(spec.get("type"))
    root, implied = _build(spec)
    tree = Hierarchy(kind, root, implied, spec)
    _sum_values(root, spec)
    if tree.sort:
        for node in walk(root):
            node.children.sort(key=lambda c: -c.value)
        tree.nodes = [n for n in walk(root) if n is not root or not implied]
    _colour(tree, spec, layout, streamlit)
    _label_texts(tree, spec)
    if kind == "sunburst":
        sunburst_rings(tree, float(spec.get("rotation") or 0.0))
    return tree


__all__ = ["HIERARCHY_TYPES", "Hierarchy", "Node", "path_of", "read_hierarchy", "walk"]
