"""LaTeX formulas drawn by matplotlib's mathtext (optional), for st.latex and Markdown.

matplotlib is imported only when a formula is first drawn; without it, or for a formula
mathtext cannot read, callers show the source instead. Rich-text labels can only show
images from files, so Markdown formulas are cached as PNG files under the temp folder.
"""

from __future__ import annotations

import hashlib
import io
import tempfile
from pathlib import Path

from PySide6.QtGui import QPixmap


def formula_png(source: str, colour: str, points: float = 16, dpi: int = 110) -> bytes | None:
    """``source`` drawn by mathtext as PNG bytes, or None (no matplotlib, or a bad formula)."""
    try:
        from matplotlib import mathtext
        from matplotlib.figure import Figure
        from matplotlib.font_manager import FontProperties
    except ImportError:
        return None
    buffer = io.BytesIO()
    prop = FontProperties(size=points)
    text = f"${source}$"
    try:  # as mathtext.math_to_image, on a transparent background (dark theme)
        width, height, depth, _, _ = mathtext.MathTextParser("path").parse(text, dpi=72, prop=prop)
        figure = Figure(figsize=(width / 72, height / 72))
        figure.text(0, depth / height, text, fontproperties=prop, color=colour)
        figure.savefig(buffer, dpi=dpi, format="png", transparent=True)
    except (ValueError, RuntimeError):
        return None
    return buffer.getvalue()


def formula_pixmap(source: str, colour: str, points: float = 16) -> QPixmap | None:
    png = formula_png(source, colour, points)
    if png is None:
        return None
    pixmap = QPixmap()
    pixmap.loadFromData(png, "PNG")
    return pixmap


def formula_file(source: str, colour: str, points: float) -> str | None:
    """A PNG file of the formula (made once per source, colour and size), or None."""
    name = hashlib.sha1(f"{source}\0{colour}\0{points:.1f}".encode()).hexdigest()[:20]
    folder = Path(tempfile.gettempdir()) / "rerunqt-formulas"
    path = folder / f"{name}.png"
    if path.is_file():
        return str(path)
    png = formula_png(source, colour, points, dpi=96)  # one image pixel per screen pixel
    if png is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{id(png)}.part")
    partial.write_bytes(png)
    partial.replace(path)  # never a half-written image for another label
    return str(path)
