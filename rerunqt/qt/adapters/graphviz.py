"""st.graphviz_chart in the window: the SVG ``dot`` made, scaled to the column.

The graph keeps its proportions: "content" is its own size (smaller when the column
is narrower), "stretch" the column's width, pixels at most that; a pixel ``height``
fits it into that height. Without an SVG (no ``dot``, or a bad graph) the element shows
why in a note above the DOT source, never an error panel.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.code import _code_block, _rich_block
from rerunqt.qt.adapters.pickers_common import _dark

DARK_INK = "#fafafa"


class GraphvizView(QWidget):
    """The drawn graph, or the note and the DOT source when it could not be drawn."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqGraphviz")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # placed by hand, not by the layout: a laid-out fixed size would also be the
        # view's minimum width, and the page could no longer get narrower than the graph
        self.svg = QSvgWidget(self)
        self.svg.setObjectName("rqGraphvizSvg")
        self.svg.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.note = QLabel()
        self.note.setObjectName("rqCaption")
        self.note.setWordWrap(True)
        self.source = _code_block("rqCode")
        layout.addWidget(self.note)
        layout.addWidget(self.source)
        self.props: dict[str, Any] = {}
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_props(self, props: dict[str, Any]) -> None:
        self.props = props
        drawn = props["svg"] is not None
        self.svg.setVisible(drawn)
        self.note.setVisible(not drawn)
        self.source.setVisible(not drawn)
        if drawn:
            svg = str(props["svg"])
            self.svg.load(QByteArray((for_dark(svg) if _dark(self) else svg).encode("utf-8")))
            self.svg.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        else:
            self.note.setText(str(props["note"] or ""))
            self.source.set_text(_rich_block(html.escape(str(props["dot"]))))
        self.setAccessibleName(props.get("alt") or "Graphviz chart")
        self.fit()

    def graph_size(self, room: int) -> tuple[int, int]:
        """(width, height) of the graph in ``room`` pixels of width, proportions kept."""
        natural = self.svg.renderer().defaultSize()
        if natural.width() <= 0 or natural.height() <= 0:
            return 0, 0
        width_prop, height_prop = self.props["width"], self.props["height"]
        if width_prop == "stretch":
            width = room
        elif isinstance(width_prop, int):
            width = min(width_prop, room)
        else:
            width = min(natural.width(), room)
        ratio = natural.height() / natural.width()
        if isinstance(height_prop, int) and width * ratio > height_prop:
            width = int(height_prop / ratio)
        return max(1, width), max(1, round(width * ratio))

    def fit(self) -> None:
        if not self.props:
            return
        if self.props["svg"] is None:
            self.setMinimumHeight(0)
            self.setMaximumHeight(16777215)
            return
        width, height = self.graph_size(max(self.width(), 1))
        self.svg.setGeometry(0, 0, width, height)
        if self.maximumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.props:
            self.set_props(self.props)  # View > Theme: the graph's colours follow


def for_dark(svg: str) -> str:
    """dot's default black-on-white as light lines on the dark page (other colours kept)."""
    return (svg.replace('fill="white" stroke="transparent"', 'fill="none" stroke="transparent"')
            .replace('fill="white" stroke="none"', 'fill="none" stroke="none"')
            .replace('stroke="black"', f'stroke="{DARK_INK}"')
            .replace('fill="black"', f'fill="{DARK_INK}"')
            .replace('class="graph"', f'class="graph" fill="{DARK_INK}"', 1))


class GraphvizAdapter(Adapter):
    kind = "graphviz_chart"

    def create(self, element: Element, host: Host) -> QWidget:
        view = GraphvizView()
        self.update(view, element, element, frozenset(n for n, _ in element.props))
        return view

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, GraphvizView)
        widget.set_props(new.props_dict())

    def left_aligned(self, element: Element) -> bool:
        return False  # the view spans the column; the graph sits at its left


class MermaidAdapter(GraphvizAdapter):
    """st.mermaid_chart: the flowchart's DOT drawn as a Graphviz graph (at most its own
    size, as Mermaid draws), or the Mermaid source under its one-line note."""

    kind = "mermaid_chart"

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, GraphvizView)
        props = new.props_dict()
        width = props["width"]
        widget.set_props({**props, "dot": props["body"] if props["svg"] is None else props["dot"],
                          "width": width if isinstance(width, int) else "content",
                          "height": "content", "alt": props["alt"] or "Mermaid diagram"})


GRAPHVIZ_ADAPTERS: list[Adapter] = [GraphvizAdapter(), MermaidAdapter()]
