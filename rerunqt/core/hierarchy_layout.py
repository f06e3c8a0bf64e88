"""Where each node of a plotly hierarchy is drawn (Qt-free, in pixels or unit radii).

Treemaps are squarified as d3-hierarchy's ``treemapSquarify`` (plotly.js' default
``tiling.packing``), with plotly's padding: ``marker.pad`` inside a parent (its header
of 24 px on top) and ``tiling.pad`` between siblings. Icicles give each level the same
width and split a parent's extent among its children by value. Sunbursts: one ring per
level, counterclockwise from 3 o'clock (plotly's ``rotation`` turns it), a sector's
angle proportional to its value.
"""

from __future__ import annotations

from collections.abc import Sequence

from rerunqt.core.plotly_hierarchy import Hierarchy, Node, walk

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1; y down from the top


def _dice(nodes: Sequence[Node], total: float, x0: float, y0: float, x1: float, y1: float) -> None:
    """Side by side along x."""
    k = (x1 - x0) / total if total else 0.0
    for node in nodes:
        node.rect = (x0, y0, x0 + node.value * k, y1)
        x0 += node.value * k


def _slice(nodes: Sequence[Node], total: float, x0: float, y0: float, x1: float, y1: float) -> None:
    """One over another along y."""
    k = (y1 - y0) / total if total else 0.0
    for node in nodes:
        node.rect = (x0, y0, x1, y0 + node.value * k)
        y0 += node.value * k


def squarify(nodes: Sequence[Node], x0: float, y0: float, x1: float, y1: float, ratio: float = 1.0) -> None:
    """d3's squarified rows: keep adding boxes to a row while its worst aspect improves."""
    value = sum(n.value for n in nodes)
    i0 = i1 = 0
    n = len(nodes)
    while i0 < n:
        dx, dy = x1 - x0, y1 - y0
        total = nodes[i1].value
        i1 += 1
        while not total and i1 < n:
            total = nodes[i1].value
            i1 += 1
        low = high = total
        alpha = max(dy / dx if dx else 0.0, dx / dy if dy else 0.0) / ((value * ratio) or 1.0)
        beta = total * total * alpha
        worst = max(high / beta, beta / low) if beta and low else float("inf")
        while i1 < n:
            size = nodes[i1].value
            total += size
            low, high = min(low, size), max(high, size)
            beta = total * total * alpha
            ratio_now = max(high / beta, beta / low) if beta and low else float("inf")
            if ratio_now > worst:
                total -= size
                break
            worst = ratio_now
            i1 += 1
        row = nodes[i0:i1]
        if dx < dy:
            cut = y0 + dy * total / value if value else y1
            _dice(row, total, x0, y0, x1, cut)
            y0 = cut
        else:
            cut = x0 + dx * total / value if value else x1
            _slice(row, total, x0, y0, cut, y1)
            x0 = cut
        value -= total
        i0 = i1


def treemap(tree: Hierarchy, width: float, height: float) -> None:
    """Each shown node's ``rect`` in a ``width`` x ``height`` pixel domain (d3's padding)."""
    top, left, right, bottom = tree.pad
    inner = tree.tile_pad / 2
    for node in walk(tree.root):
        node.rect = None
    tree.root.rect = (0.0, 0.0, width, height)
    shown = set(map(id, tree.shown)) | {id(tree.root)}

    def place(node: Node, edge: float) -> None:
        assert node.rect is not None
        x0, y0, x1, y1 = node.rect
        x0, y0, x1, y1 = x0 + edge, y0 + edge, x1 - edge, y1 - edge
        x0, x1 = (x0, x1) if x1 >= x0 else ((x0 + x1) / 2,) * 2
        y0, y1 = (y0, y1) if y1 >= y0 else ((y0 + y1) / 2,) * 2
        node.rect = (x0, y0, x1, y1)
        children = [c for c in node.children if id(c) in shown]
        if not children:
            return
        implied = node is tree.root and tree.implied
        t, lft, r, b = (0.0, 0.0, 0.0, 0.0) if implied else (top, left, right, bottom)
        cx0, cy0, cx1, cy1 = x0 + lft - inner, y0 + t - inner, x1 - r + inner, y1 - b + inner
        cx0, cx1 = (cx0, cx1) if cx1 >= cx0 else ((cx0 + cx1) / 2,) * 2
        cy0, cy1 = (cy0, cy1) if cy1 >= cy0 else ((cy0 + cy1) / 2,) * 2
        squarify(children, cx0, cy0, cx1, cy1, tree.squarify_ratio)
        for child in children:
            place(child, inner)

    place(tree.root, 0.0)


def icicle(tree: Hierarchy, width: float, height: float) -> None:
    """Each shown node's ``rect``: one column per level (a row when ``orientation="v"``)."""
    shown = set(map(id, tree.shown))
    top = 1 if tree.implied else 0
    levels = max((n.depth - top for n in tree.shown), default=0) + 1
    across = tree.orientation != "v"
    step = (width if across else height) / levels
    for node in walk(tree.root):
        node.rect = None

    def place(node: Node, start: float, end: float) -> None:
        level = node.depth - top
        if level >= 0:
            a, b = level * step, (level + 1) * step
            node.rect = (a, start, b, end) if across else (start, a, end, b)
        kids = [c for c in node.children if id(c) in shown]
        k = (end - start) / node.value if node.value else 0.0
        for child in kids:
            place(child, start, start + child.value * k)
            start += child.value * k

    place(tree.root, 0.0, height if across else width)


def sunburst_rings(tree: Hierarchy, rotation: float = 0.0) -> None:
    """Each node's ``ring``: radii 0..1 by level (several roots start at the centre, their
    implied root dropped as plotly.js does), angles counterclockwise from 3 o'clock plus
    ``rotation``, proportional to values."""
    top = 1 if tree.implied else 0
    levels = max((n.depth for n in walk(tree.root)), default=0) + 1 - top
    if tree.maxdepth:
        levels = min(levels, tree.maxdepth)
    unit = 1.0 / max(levels, 1)

    def place(node: Node, start: float, end: float) -> None:
        node.ring = (node.depth - top) * unit, (node.depth - top + 1) * unit, start, end
        k = (end - start) / node.value if node.value else 0.0
        for child in node.children:
            place(child, start, start + child.value * k)
            start += child.value * k

    place(tree.root, rotation, rotation + 360.0)


def area(rect: Rect | None) -> float:
    if rect is None:
        return 0.0
    return max(rect[2] - rect[0], 0.0) * max(rect[3] - rect[1], 0.0)


__all__ = ["area", "icicle", "squarify", "sunburst_rings", "treemap"]
