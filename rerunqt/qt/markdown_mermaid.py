"""```mermaid fences in Markdown drawn as diagrams, as Streamlit 1.67's Markdown draws them.

Streamlit renders a fenced code block whose language is ``mermaid`` as the diagram (the
element stays one Markdown element, its body unchanged). Here a flowchart fence becomes a
picture in the text: translated into DOT and drawn by Graphviz as st.mermaid_chart draws
(core/mermaid.py), saved once per source and theme as a PNG under the temp folder. A fence
that cannot be drawn (another diagram type, no Graphviz) stays a code block, as written.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
import textwrap
from pathlib import Path

# an opening fence with the language "mermaid", its lines, and a closing fence of the same kind
FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})[ \t]*mermaid[ \t]*\n(?P<body>.*?)^(?P=fence)[ \t]*$",
                   re.MULTILINE | re.DOTALL | re.IGNORECASE)
MAX_WIDTH = 704  # Streamlit's centred page: a wider diagram is scaled down to it


def drawn_mermaid(markdown: str, dark: bool) -> str:
    """``markdown`` with each drawable ```mermaid fence as an image of its diagram."""
    def draw(found: re.Match[str]) -> str:
        path = diagram_file(textwrap.dedent(found["body"]).strip("\n"), dark)
        return found.group(0) if path is None else f"![Mermaid diagram]({path.as_uri()})"

    return FENCE.sub(draw, markdown)


def diagram_file(source: str, dark: bool) -> Path | None:
    """A PNG of the flowchart ``source`` (made once per source and theme), or None."""
    name = hashlib.sha1(f"{source}\0{dark}".encode()).hexdigest()[:20]
    path = Path(tempfile.gettempdir()) / "rerunqt-formulas" / f"mermaid-{name}.png"
    if path.is_file():
        return path
    from rerunqt.core.mermaid import diagram  # Graphviz: with the first diagram only

    svg = diagram(source)[1]
    if svg is None:
        return None
    if dark:
        from rerunqt.qt.adapters.graphviz import for_dark

        svg = for_dark(svg)
    return _save_png(svg, path)


def _save_png(svg: str, path: Path) -> Path | None:
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    if not renderer.isValid() or size.isEmpty():
        return None
    scale = min(1.0, MAX_WIDTH / size.width())
    width, height = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{id(image)}.part.png")
    if not image.save(str(partial), "PNG"):  # type: ignore[call-overload]  # stubs say bytes
        return None
    partial.replace(path)  # whole or not at all: another window may read it
    return path
