"""LaTeX formulas drawn by matplotlib's mathtext (optional), for st.latex and Markdown.

matplotlib is imported only when a formula is first drawn; without it, or for a formula
mathtext cannot read, callers show the source instead. Rich-text labels can only show
images from files, so Markdown formulas are cached as PNG files under the temp folder.
"""

from __future__ import annotations

import hashlib
import io
import re
import tempfile
from pathlib import Path

from PySide6.QtGui import QPixmap, QTextCharFormat, QTextCursor, QTextImageFormat


def has_mathtext() -> bool:
    """Whether matplotlib (which draws the formulas) is installed."""
    import importlib.util

    return importlib.util.find_spec("matplotlib") is not None


# LaTeX that KaTeX (Streamlit) reads and mathtext does not, as what mathtext reads
_SAME_AS = (
    (re.compile(r"\\(le|ge)(?![A-Za-z])"), r"\\\1q"),
    (re.compile(r"\\[lr]Vert(?![A-Za-z])"), r"\\Vert"),
    (re.compile(r"\\[lr]vert(?![A-Za-z])"), r"\\vert"),
    (re.compile(r"\\[td]frac(?![A-Za-z])"), r"\\frac"),
    (re.compile(r"\\(displaystyle|textstyle|scriptstyle|nonumber|notag|limits)(?![A-Za-z])"), ""),
    (re.compile(r"\\label\{[^}]*\}"), ""),
    # the logos KaTeX draws (Streamlit's st_markdown app opens with st.latex(r"\LaTeX"))
    (re.compile(r"\\LaTeX(?![A-Za-z])"), r"\\mathrm{L\\!^{A}T\\!_{E}\\!X}"),
    (re.compile(r"\\KaTeX(?![A-Za-z])"), r"\\mathrm{K\\!^{A}T\\!_{E}\\!X}"),
    (re.compile(r"\\TeX(?![A-Za-z])"), r"\\mathrm{T\\!_{E}\\!X}"),
)
_ENVIRONMENT = re.compile(r"\\(begin|end)\{([a-z]+\*?)\}(\{[^}]*\})?")
_MATRICES = ("matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "array", "cases")


def mathtext_rows(source: str) -> list[str]:
    """``source`` as the rows mathtext can draw: KaTeX-only commands mapped to
    mathtext's, an environment's rows (``\\\\``) one per row, alignment marks dropped."""
    text = source.replace("\n", " ")
    for pattern, replacement in _SAME_AS:
        text = pattern.sub(replacement, text)
    matrix = any(f"{{{name}}}" in text for name in _MATRICES)
    text = _ENVIRONMENT.sub(" ", text)
    rows = [row.replace("&", r"\quad " if matrix else " ").strip() for row in text.split("\\\\")]
    return [row for row in rows if row] or [""]


def formula_png(source: str, colour: str, points: float = 16, dpi: int = 110) -> bytes | None:
    """``source`` drawn by mathtext as PNG bytes, or None (no matplotlib, or a bad formula).

    Several rows (an aligned or cases environment) are stacked, each centred.
    """
    try:
        from matplotlib import mathtext
        from matplotlib.figure import Figure
        from matplotlib.font_manager import FontProperties
    except ImportError:
        return None
    buffer = io.BytesIO()
    prop = FontProperties(size=points)
    rows = [f"${row}$" for row in mathtext_rows(source)]
    gap = points * 0.35
    try:  # as mathtext.math_to_image, on a transparent background (dark theme)
        parser = mathtext.MathTextParser("path")
        sizes = [parser.parse(row, dpi=72, prop=prop)[:3] for row in rows]
        width = max(size[0] for size in sizes)
        height = sum(size[1] for size in sizes) + gap * (len(rows) - 1)
        figure = Figure(figsize=(width / 72, height / 72))
        top = height
        for row, (row_width, row_height, depth) in zip(rows, sizes):
            top -= row_height
            figure.text((width - row_width) / 2 / width, (top + depth) / height, row,
                        fontproperties=prop, color=colour)
            top -= gap
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


def put_formula(cursor: QTextCursor, source: str, display: bool, ink: str, points: float) -> None:
    """Replace the selected placeholder of a Markdown document by the formula's picture
    (a display formula a quarter larger), or by its source in code type."""
    path = formula_file(source, ink, points * (1.25 if display else 1.0))
    if path is None:
        char = QTextCharFormat()
        char.setFontFamilies(["monospace"])
        cursor.insertText(source, char)
        return
    image = QTextImageFormat()
    image.setName(path)
    image.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
    cursor.insertImage(image)


def put_logo(cursor: QTextCursor, points: float) -> None:
    """Replace the selected placeholder by Streamlit's ``:streamlit:`` logo: a small red
    mark 0.75 of the text's height, as Streamlit's inline logo (drawn here, once a size)."""
    height = max(8, round(points * 4 / 3 * 0.75))
    folder = Path(tempfile.gettempdir()) / "rerunqt-formulas"
    path = folder / f"streamlit-logo-{height}.png"
    if not path.is_file():
        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF

        width = round(height * 1.45)
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        w, h = float(width), float(height)
        for colour, points_of in (  # three sails meeting at the foot, as the logo's
                ("#ff4b4b", ((0, h * 0.72), (w * 0.5, 0), (w * 0.5, h))),
                ("#bd4043", ((w * 0.5, 0), (w, h * 0.72), (w * 0.5, h))),
                ("#7d353b", ((0, h * 0.72), (w * 0.5, h * 0.45), (w, h * 0.72), (w * 0.5, h)))):
            painter.setBrush(QColor(colour))
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points_of]))
        painter.end()
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{id(image)}.part.png")
        image.save(str(partial), "PNG")  # type: ignore[call-overload]  # the stubs say bytes; Qt takes str
        partial.replace(path)
    logo = QTextImageFormat()
    logo.setName(str(path))
    logo.setToolTip("Streamlit logo")
    cursor.insertImage(logo)
