"""A Mermaid pie chart (``pie``) drawn as an SVG picture here, with no Mermaid (Qt-free).

Streamlit's Mermaid draws it in the browser: the title over a circle of slices, each
with its share in per cent, and a legend of the labels (``showData`` adds the values).
Slices keep the order written, in Streamlit's chart colours. A line not read gives a
reason instead of a picture.
"""

from __future__ import annotations

import math
import re
from html import escape

_HEADER = re.compile(r"^pie(\s+showData)?(?:\s+title\s+(.*))?$")
_SLICE = re.compile(r'^"([^"]*)"\s*:\s*(-?\d+(?:\.\d+)?)$')
_TITLE = re.compile(r"^title\s+(.*)$")
_SKIPPED = ("accTitle", "accDescr")
# Streamlit's categorical chart colours (as qt/adapters/chart_draw.py's light palette)
CATEGORY_COLORS = ("#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700",
                   "#ffd16a", "#6d3fc0", "#d5dae5")
RADIUS, LEGEND_ROW, FONT = 110, 22, 'font-family="Helvetica,Arial,sans-serif"'


def pie_svg(lines: list[str]) -> tuple[str | None, str | None]:
    """(SVG, None) for the lines of a pie (its header first), or (None, why not)."""
    header = _HEADER.match(lines[0])
    if header is None:
        return None, f"rerunqt could not read this pie chart header: {lines[0]!r}"
    title, show_data = (header[2] or "").strip(), bool(header[1])
    slices: list[tuple[str, float]] = []
    for text in lines[1:]:
        found = _SLICE.match(text)
        if found is not None:
            slices.append((found[1], float(found[2])))
        elif _TITLE.match(text):
            title = text[len("title"):].strip()
        elif text.strip() == "showData":
            show_data = True
        elif not text.startswith(_SKIPPED):
            return None, f"rerunqt could not read this line of the pie chart: {text!r}"
    total = sum(value for _, value in slices if value > 0)
    if not slices or total <= 0:
        return None, "the pie chart has no positive values"
    return _draw(title, slices, total, show_data), None


def _ink(colour: str) -> str:
    """White on a dark slice, dark grey on a pale one (kept in the dark theme too)."""
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#ffffff" if 0.299 * red + 0.587 * green + 0.114 * blue < 150 else "#31333f"


def _draw(title: str, slices: list[tuple[str, float]], total: float, show_data: bool) -> str:
    top = 40 if title else 10
    cx, cy = 10 + RADIUS, top + RADIUS
    width = cx + RADIUS + 40 + max(len(label) for label, _ in slices) * 8 + 80
    height = max(cy + RADIUS + 10, top + len(slices) * LEGEND_ROW + 10)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}">']
    if title:
        out.append(f'<text x="{width / 2:.0f}" y="24" text-anchor="middle" font-size="17" '
                   f'{FONT} fill="black">{escape(title)}</text>')
    angle = -math.pi / 2  # from twelve o'clock, clockwise
    for n, (_, value) in enumerate(slices):
        if value <= 0:
            continue
        colour = CATEGORY_COLORS[n % len(CATEGORY_COLORS)]
        sweep = 2 * math.pi * value / total
        if sweep >= 2 * math.pi - 1e-9:
            out.append(f'<circle cx="{cx}" cy="{cy}" r="{RADIUS}" fill="{colour}"/>')
        else:
            x1, y1 = cx + RADIUS * math.cos(angle), cy + RADIUS * math.sin(angle)
            x2, y2 = cx + RADIUS * math.cos(angle + sweep), cy + RADIUS * math.sin(angle + sweep)
            out.append(f'<path d="M{cx},{cy} L{x1:.2f},{y1:.2f} A{RADIUS},{RADIUS} 0 '
                       f'{int(sweep > math.pi)} 1 {x2:.2f},{y2:.2f} Z" fill="{colour}" '
                       f'stroke="white" stroke-width="1.5"/>')
        middle = angle + sweep / 2
        tx, ty = cx + RADIUS * 0.65 * math.cos(middle), cy + RADIUS * 0.65 * math.sin(middle)
        out.append(f'<text x="{tx:.1f}" y="{ty + 5:.1f}" text-anchor="middle" font-size="13" '
                   f'{FONT} fill="{_ink(colour)}">{100 * value / total:.0f}%</text>')
        angle += sweep
    for n, (label, value) in enumerate(slices):
        y = top + n * LEGEND_ROW
        words = f"{label} [{value:g}]" if show_data else label
        out.append(f'<rect x="{cx + RADIUS + 30}" y="{y}" width="14" height="14" '
                   f'fill="{CATEGORY_COLORS[n % len(CATEGORY_COLORS)]}"/>')
        out.append(f'<text x="{cx + RADIUS + 52}" y="{y + 12}" font-size="14" {FONT} '
                   f'fill="black">{escape(words)}</text>')
    return "\n".join([*out, "</svg>"]) + "\n"


__all__ = ["pie_svg"]
